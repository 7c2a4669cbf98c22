//! The command-line tool: `scholia analyze [--format json|text] FILE|-`.
//!
//! It is the native edge of the core: it reads a file or stdin, runs
//! [`analyze`], and prints JSON or a table. Errors (a missing file, invalid
//! UTF-8) become one line on stderr and a non-zero exit, never a panic.

use crate::analysis::{analyze, Config, Section, SectionKind, Span, Value};
use crate::model::slice_chars;
use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

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
    match cli.command {
        Command::Analyze { file, format } => {
            let text = read_text(&file)?;
            let analysis = analyze(&text, &Config::default());
            let written = match format {
                OutputFormat::Json => write_json(out, &text, &analysis.spans, &analysis.sections),
                OutputFormat::Text => write_table(out, &text, &analysis.spans, &analysis.sections),
            };
            match written {
                // A closed pipe (`scholia analyze f | head`) is not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(|e| format!("cannot write the output: {e}")),
            }
        }
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
