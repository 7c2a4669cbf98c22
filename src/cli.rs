//! The command-line tool: `scholia analyze`, `scholia compare`, `scholia eval`.
//!
//! It is the native edge of the core: it reads files, runs [`analyze`] or the
//! measurements of [`crate::eval`], and prints JSON or a table.
//!
//! - `analyze [--format json|text] FILE|-`: the analyser's spans and sections;
//! - `compare GOLD PREDICTED`: gold annotations against predicted spans, each a
//!   Scholia export or `analyze --format json` output, or two directories of
//!   them paired by file name (also inter-annotator agreement);
//! - `eval DIR`: the analyser against every `*.gold.json` in `DIR`;
//! - `export --format F FILE|DIR…`: text files (analysed, the suggestions
//!   written as annotations) or files in any supported format, as `native`,
//!   `w3c`, `jsonl`, `doccano` or `spacy`; line-based formats write one line
//!   per document as soon as it is made, so memory stays bounded;
//! - `import FILE`: validates a file in any format and prints a summary;
//! - `convert IN --to F [-o OUT]`: from any format to any other;
//! - `schema`: the JSON Schema of the native format.
//!
//! Errors (a missing file, invalid UTF-8, a file that is not Scholia's, texts
//! that differ) become one line on stderr and a non-zero exit, never a panic.

use crate::analysis::{analyze, Config, Section, SectionKind, Span, Value};
use crate::eval::{evaluate, evaluate_analyzer, EvalSpan, Report, Summary};
use crate::export::{import_json, Format, ImportError};
use crate::model::{char_len, slice_chars};
use clap::{Parser, Subcommand, ValueEnum};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod interchange;
use interchange::{with_output, CliError};

/// Scholia: entities and numbers in Chinese and English news.
#[derive(Parser, Debug)]
#[command(name = "scholia", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Finds entities, numbers and sections in a text file (or `-` for stdin).
    Analyze {
        /// The text to analyse, UTF-8; `-` reads standard input.
        file: PathBuf,
        /// `json` (one object, offsets in code points) or `text` (a table).
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
    },
    /// Scores predicted spans against gold annotations (files or directories).
    Compare {
        /// The gold file (a Scholia export or `analyze` JSON), or a directory.
        gold: PathBuf,
        /// The predicted file, or a directory paired with GOLD by file name.
        predicted: PathBuf,
        /// Score the predicted exports' `suggestions`, not their `annotations`.
        #[arg(long)]
        suggestions: bool,
        /// `text` (a table) or `json` (counts and scores).
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Scores the analyser against every `*.gold.json` in a directory.
    Eval {
        /// The directory holding the gold files.
        dir: PathBuf,
        /// `text` (a table) or `json` (counts and scores).
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Writes text files (analysed) or annotation files in another format.
    Export {
        /// The format to write.
        #[arg(long, value_enum)]
        format: FormatArg,
        /// Where to write; standard output when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Text files (`.txt` and any other non-JSON file), files in a
        /// supported format (`.json`, `.jsonl`), or directories of them.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Validates a file in any supported format and summarises it.
    Import {
        /// The file.
        file: PathBuf,
    },
    /// Converts a file from any supported format to another.
    Convert {
        /// The file to read.
        input: PathBuf,
        /// The format to write.
        #[arg(long, value_enum)]
        to: FormatArg,
        /// Where to write; standard output when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Prints the JSON Schema of the native format (docs/scholia.schema.json).
    Schema,
}

/// A format on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    /// The Scholia format, one pretty-printed document.
    Native,
    /// W3C Web Annotation (an AnnotationCollection).
    W3c,
    /// The Scholia format, one compact document per line.
    Jsonl,
    /// doccano JSONL.
    Doccano,
    /// spaCy JSONL.
    Spacy,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Native => Format::Native,
            FormatArg::W3c => Format::W3c,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Doccano => Format::Doccano,
            FormatArg::Spacy => Format::Spacy,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum OutputFormat {
    Json,
    Text,
}

/// What `analyze --format json` prints.
#[derive(Serialize)]
struct AnalyzeOutput<'a> {
    text: &'a str,
    spans: &'a [Span],
    sections: Vec<SectionText<'a>>,
}

#[derive(Serialize)]
struct SectionText<'a> {
    kind: SectionKind,
    start: usize,
    end: usize,
    text: &'a str,
}

/// Runs the tool with the process's arguments and returns its exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli, &mut std::io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("scholia: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, out: &mut dyn Write) -> Result<(), String> {
    let written: Result<(), CliError> = match cli.command {
        Command::Analyze { file, format } => {
            let text = read_text(&file)?;
            let analysis = analyze(&text, &Config::default());
            match format {
                OutputFormat::Json => write_json(out, &text, &analysis.spans, &analysis.sections),
                OutputFormat::Text => write_table(out, &text, &analysis.spans, &analysis.sections),
            }
            .map_err(CliError::Io)
        }
        Command::Compare {
            gold,
            predicted,
            suggestions,
            format,
        } => {
            let run = compare_paths(&gold, &predicted, suggestions).map_err(|e| e.to_string())?;
            write_evaluation(out, &run, format).map_err(CliError::Io)
        }
        Command::Eval { dir, format } => {
            let run = eval_dir(&dir).map_err(|e| e.to_string())?;
            write_evaluation(out, &run, format).map_err(CliError::Io)
        }
        Command::Export {
            format,
            output,
            files,
        } => with_output(out, output.as_deref(), |out| {
            interchange::export_files(out, &files, format.into())
        }),
        Command::Import { file } => interchange::summarise(out, &file),
        Command::Convert { input, to, output } => with_output(out, output.as_deref(), |out| {
            interchange::convert(out, &input, to.into())
        }),
        Command::Schema => out
            .write_all(crate::export::schema::schema_json().as_bytes())
            .map_err(CliError::Io),
    };
    match written {
        Ok(()) => Ok(()),
        // A closed pipe (`scholia analyze f | head`) is not an error.
        Err(CliError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(CliError::Io(e)) => Err(format!("cannot write the output: {e}")),
        Err(CliError::Message(m)) => Err(m),
    }
}

/// Reads `path` (or stdin for `-`) as UTF-8.
fn read_text(path: &PathBuf) -> Result<String, String> {
    let shown = path.display();
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {shown}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{shown} is not UTF-8 text (invalid byte at offset {at})")
    })
}

fn write_json(
    out: &mut dyn Write,
    text: &str,
    spans: &[Span],
    sections: &[Section],
) -> std::io::Result<()> {
    let output = AnalyzeOutput {
        text,
        spans,
        sections: sections
            .iter()
            .map(|s| SectionText {
                kind: s.kind,
                start: s.start,
                end: s.end,
                text: slice_chars(text, s.start, s.end),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &output)?;
    writeln!(out)
}

fn write_table(
    out: &mut dyn Write,
    text: &str,
    spans: &[Span],
    sections: &[Section],
) -> std::io::Result<()> {
    let headings = sections
        .iter()
        .filter(|s| s.kind == SectionKind::Heading)
        .count();
    writeln!(
        out,
        "{} characters, {} sections ({} headings), {} spans",
        text.chars().count(),
        sections.len(),
        headings,
        spans.len()
    )?;
    writeln!(
        out,
        "{:>7} {:>7}  {:<9} {:<30} value",
        "start", "end", "label", "text"
    )?;
    for s in spans {
        let value = s.value.as_ref().map(Value::to_string).unwrap_or_default();
        let approx = if s.approx { " (approx)" } else { "" };
        // Line breaks inside a span would break the table's rows.
        let shown = s.text.replace(['\n', '\r'], " ");
        writeln!(
            out,
            "{:>7} {:>7}  {:<9} {:<30} {value}{approx}",
            s.start,
            s.end,
            s.label.as_str(),
            shown
        )?;
    }
    Ok(())
}

/// Why `compare` or `eval` could not score anything.
#[derive(Debug)]
pub enum CompareError {
    /// A file or directory could not be read.
    Read {
        /// The path.
        path: PathBuf,
        /// The operating system's reason.
        reason: String,
    },
    /// A file is not UTF-8 text.
    NotUtf8(PathBuf),
    /// A file is not JSON.
    NotJson {
        /// The path.
        path: PathBuf,
        /// The parser's message.
        reason: String,
    },
    /// A file claims to be a Scholia export but does not import.
    BadExport {
        /// The path.
        path: PathBuf,
        /// What the importer found.
        error: ImportError,
    },
    /// JSON that is neither a Scholia export nor `analyze --format json` output.
    Unrecognised(PathBuf),
    /// A span of `analyze` output does not fit its text.
    BadSpan {
        /// The path.
        path: PathBuf,
        /// Which span.
        index: usize,
        /// What is wrong.
        problem: String,
    },
    /// The predicted file's text is not the gold file's.
    TextMismatch {
        /// The gold file.
        gold: PathBuf,
        /// The predicted file.
        predicted: PathBuf,
    },
    /// One argument is a directory and the other a file.
    MixedKinds,
    /// No file in the predicted directory pairs with a gold file.
    NoPartner {
        /// The gold file.
        gold: PathBuf,
        /// The directory searched.
        dir: PathBuf,
    },
    /// Several files in the predicted directory pair with a gold file.
    Ambiguous {
        /// The gold file.
        gold: PathBuf,
        /// The candidates' names.
        candidates: Vec<String>,
    },
    /// A gold directory with nothing to compare.
    NoGold(PathBuf),
}

impl fmt::Display for CompareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompareError::Read { path, reason } => {
                write!(f, "cannot read {}: {reason}", path.display())
            }
            CompareError::NotUtf8(path) => write!(f, "{} is not UTF-8 text", path.display()),
            CompareError::NotJson { path, reason } => {
                write!(f, "{} is not JSON ({reason})", path.display())
            }
            CompareError::BadExport { path, error } => write!(f, "{}: {error}", path.display()),
            CompareError::Unrecognised(path) => write!(
                f,
                "{} is neither a Scholia export nor `scholia analyze --format json` output",
                path.display()
            ),
            CompareError::BadSpan {
                path,
                index,
                problem,
            } => write!(f, "{}: spans[{index}]: {problem}", path.display()),
            CompareError::TextMismatch { gold, predicted } => write!(
                f,
                "{}: its text is not the text of {}",
                predicted.display(),
                gold.display()
            ),
            CompareError::MixedKinds => {
                f.write_str("gold and predicted must be two files or two directories")
            }
            CompareError::NoPartner { gold, dir } => write!(
                f,
                "no file in {} pairs with {}",
                dir.display(),
                gold.display()
            ),
            CompareError::Ambiguous { gold, candidates } => write!(
                f,
                "several files pair with {}: {}",
                gold.display(),
                candidates.join(", ")
            ),
            CompareError::NoGold(dir) => write!(f, "no gold fixtures found in {}", dir.display()),
        }
    }
}

impl std::error::Error for CompareError {}

/// The outcome of `compare` or `eval`: one report per file pair and their sum.
#[derive(Clone, Debug, Default)]
pub struct EvalRun {
    /// Each pair compared: gold path, predicted path (or `analyze`), report.
    pub pairs: Vec<(PathBuf, String, Report)>,
    /// All pairs added up.
    pub total: Report,
}

impl EvalRun {
    fn push(&mut self, gold: PathBuf, predicted: String, report: Report) {
        self.total.add(&report);
        self.pairs.push((gold, predicted, report));
    }
}

/// What `compare` and `eval` print with `--format json`.
#[derive(Serialize)]
struct EvalOutput<'a> {
    files: Vec<FileLine<'a>>,
    report: Summary,
}

#[derive(Serialize)]
struct FileLine<'a> {
    gold: String,
    predicted: &'a str,
    report: Summary,
}

/// Which spans of a predicted Scholia export are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// The user's annotations (gold files, or a second annotator).
    Annotations,
    /// The analyser's suggestions saved in the export.
    Suggestions,
}

/// A loaded file: its text and the spans to compare.
struct Loaded {
    text: String,
    spans: Vec<EvalSpan>,
}

/// The JSON `scholia analyze --format json` prints (sections are ignored).
#[derive(Deserialize)]
struct AnalyzeInput {
    text: String,
    spans: Vec<Span>,
}

/// Compares a gold file with a predicted file, or two directories pair by pair.
pub fn compare_paths(
    gold: &Path,
    predicted: &Path,
    suggestions: bool,
) -> Result<EvalRun, CompareError> {
    let side = if suggestions {
        Side::Suggestions
    } else {
        Side::Annotations
    };
    let mut run = EvalRun::default();
    match (is_dir(gold)?, is_dir(predicted)?) {
        (false, false) => {
            let report = compare_files(gold, predicted, side)?;
            run.push(gold.to_path_buf(), predicted.display().to_string(), report);
        }
        (true, true) => {
            for (g, p) in pair_files(gold, predicted)? {
                let report = compare_files(&g, &p, side)?;
                run.push(g, p.display().to_string(), report);
            }
        }
        _ => return Err(CompareError::MixedKinds),
    }
    Ok(run)
}

/// Runs the analyser on the text of every `*.gold.json` in `dir` and scores
/// its spans against the gold annotations.
pub fn eval_dir(dir: &Path) -> Result<EvalRun, CompareError> {
    let golds: Vec<PathBuf> = list_json(dir)?
        .into_iter()
        .filter(|p| file_name(p).ends_with(".gold.json"))
        .collect();
    if golds.is_empty() {
        return Err(CompareError::NoGold(dir.to_path_buf()));
    }
    let mut run = EvalRun::default();
    for path in golds {
        let json = read_string(&path)?;
        let doc = import_json(&json).map_err(|error| CompareError::BadExport {
            path: path.clone(),
            error,
        })?;
        let report = evaluate_analyzer(&doc, &Config::default());
        run.push(path, "analyze".to_string(), report);
    }
    Ok(run)
}

fn is_dir(path: &Path) -> Result<bool, CompareError> {
    std::fs::metadata(path)
        .map(|m| m.is_dir())
        .map_err(|e| CompareError::Read {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The `*.json` files directly in `dir`, sorted by name.
fn list_json(dir: &Path) -> Result<Vec<PathBuf>, CompareError> {
    let unreadable = |e: std::io::Error| CompareError::Read {
        path: dir.to_path_buf(),
        reason: e.to_string(),
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        if path.is_file() && file_name(&path).ends_with(".json") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Pairs the gold directory's files with the predicted directory's: the
/// `*.gold.json` files if there are any (else every `*.json`), each with the
/// file of the same name, or else the one `X.*json` for a gold `X.gold.json`.
fn pair_files(
    gold_dir: &Path,
    predicted_dir: &Path,
) -> Result<Vec<(PathBuf, PathBuf)>, CompareError> {
    let all = list_json(gold_dir)?;
    let golds: Vec<PathBuf> = if all.iter().any(|p| file_name(p).ends_with(".gold.json")) {
        all.into_iter()
            .filter(|p| file_name(p).ends_with(".gold.json"))
            .collect()
    } else {
        all
    };
    if golds.is_empty() {
        return Err(CompareError::NoGold(gold_dir.to_path_buf()));
    }
    let others: Vec<String> = list_json(predicted_dir)?
        .iter()
        .map(|p| file_name(p))
        .collect();
    let mut pairs = Vec::with_capacity(golds.len());
    for gold in golds {
        let name = file_name(&gold);
        let partner = if others.contains(&name) {
            name
        } else {
            let stem = name.strip_suffix(".gold.json").unwrap_or("");
            let prefix = format!("{stem}.");
            let candidates: Vec<String> = others
                .iter()
                .filter(|o| !stem.is_empty() && o.starts_with(&prefix))
                .cloned()
                .collect();
            match candidates.as_slice() {
                [one] => one.clone(),
                [] => {
                    return Err(CompareError::NoPartner {
                        gold,
                        dir: predicted_dir.to_path_buf(),
                    })
                }
                _ => return Err(CompareError::Ambiguous { gold, candidates }),
            }
        };
        pairs.push((gold, predicted_dir.join(partner)));
    }
    Ok(pairs)
}

/// Scores one predicted file against one gold file of the same text.
fn compare_files(gold: &Path, predicted: &Path, side: Side) -> Result<Report, CompareError> {
    let g = load_spans(gold, Side::Annotations)?;
    let p = load_spans(predicted, side)?;
    // Equal texts have equal hashes; comparing the texts is cheaper and exact.
    if g.text != p.text {
        return Err(CompareError::TextMismatch {
            gold: gold.to_path_buf(),
            predicted: predicted.to_path_buf(),
        });
    }
    Ok(evaluate(&g.spans, &p.spans))
}

fn read_string(path: &Path) -> Result<String, CompareError> {
    let bytes = std::fs::read(path).map_err(|e| CompareError::Read {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    String::from_utf8(bytes).map_err(|_| CompareError::NotUtf8(path.to_path_buf()))
}

/// Reads a Scholia export (through the validating importer) or the output of
/// `analyze --format json` (checking every span against the text).
fn load_spans(path: &Path, side: Side) -> Result<Loaded, CompareError> {
    let json = read_string(path)?;
    let value: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| CompareError::NotJson {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
    if value.get("format").is_some() {
        let doc = import_json(&json).map_err(|error| CompareError::BadExport {
            path: path.to_path_buf(),
            error,
        })?;
        let spans = match side {
            Side::Annotations => doc.annotations.iter().map(EvalSpan::from).collect(),
            Side::Suggestions => doc.analysis.spans.iter().map(EvalSpan::from).collect(),
        };
        return Ok(Loaded {
            text: doc.text.to_string(),
            spans,
        });
    }
    if value.get("spans").is_none() || value.get("text").is_none() {
        return Err(CompareError::Unrecognised(path.to_path_buf()));
    }
    let input: AnalyzeInput = serde_json::from_value(value)
        .map_err(|_| CompareError::Unrecognised(path.to_path_buf()))?;
    let len = char_len(&input.text);
    for (index, s) in input.spans.iter().enumerate() {
        let bad = |problem: String| CompareError::BadSpan {
            path: path.to_path_buf(),
            index,
            problem,
        };
        if s.start > s.end || s.end > len {
            return Err(bad(format!(
                "offsets {}..{} do not fit a text of {len} characters",
                s.start, s.end
            )));
        }
        let actual = slice_chars(&input.text, s.start, s.end);
        if actual != s.text {
            return Err(bad(format!(
                "its text {:?} is not what stands at {}..{} ({actual:?})",
                s.text, s.start, s.end
            )));
        }
    }
    Ok(Loaded {
        spans: input.spans.iter().map(EvalSpan::from).collect(),
        text: input.text,
    })
}

/// Prints an evaluation: per-file overall lines and the summed table, or JSON.
fn write_evaluation(
    out: &mut dyn Write,
    run: &EvalRun,
    format: OutputFormat,
) -> std::io::Result<()> {
    match format {
        OutputFormat::Json => {
            let output = EvalOutput {
                files: run
                    .pairs
                    .iter()
                    .map(|(gold, predicted, report)| FileLine {
                        gold: gold.display().to_string(),
                        predicted,
                        report: report.summary(),
                    })
                    .collect(),
                report: run.total.summary(),
            };
            serde_json::to_writer_pretty(&mut *out, &output)?;
            writeln!(out)
        }
        OutputFormat::Text => {
            for (gold, predicted, report) in &run.pairs {
                let overall = report.overall();
                writeln!(
                    out,
                    "{} vs {}: gold {}, predicted {}, exact F1 {:.3}, overlap F1 {:.3}",
                    gold.display(),
                    predicted,
                    overall.gold,
                    overall.predicted,
                    overall.exact_scores().f1,
                    overall.overlap_scores().f1
                )?;
            }
            writeln!(out)?;
            out.write_all(run.total.to_table().as_bytes())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_args(args: &[&str]) -> Result<String, String> {
        let cli = Cli::try_parse_from(args).map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        run(cli, &mut out)?;
        Ok(String::from_utf8(out).expect("the tool writes UTF-8"))
    }

    #[test]
    fn missing_file_is_one_line_error() {
        let err = run_args(&["scholia", "analyze", "/no/such/file.txt"]).unwrap_err();
        assert!(err.starts_with("cannot read /no/such/file.txt"), "{err}");
        assert!(!err.contains('\n'));
    }

    #[test]
    fn invalid_utf8_is_reported() {
        let path = std::env::temp_dir().join(format!("scholia-cli-{}.bin", std::process::id()));
        std::fs::write(&path, b"abc\xff\xfe").unwrap();
        let err = run_args(&["scholia", "analyze", path.to_str().unwrap()]).unwrap_err();
        std::fs::remove_file(&path).ok();
        assert!(
            err.contains("is not UTF-8 text (invalid byte at offset 3)"),
            "{err}"
        );
    }

    #[test]
    fn formats_values() {
        for (value, want) in [
            (Value::Number(20.0), "20"),
            (Value::Number(0.5), "0.5"),
            (
                Value::Money {
                    amount: 3e12,
                    currency: "USD".into(),
                },
                "3000000000000 USD",
            ),
            (Value::Iso("--02-26".into()), "--02-26"),
        ] {
            assert_eq!(value.to_string(), want);
        }
    }
}
