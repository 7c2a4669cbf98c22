//! `scholia export`, `import` and `convert`: the file side of
//! [`crate::export::interchange`].
//!
//! Files are read one at a time and each document is written as soon as it
//! is made, so `export --format jsonl` over a directory of ten thousand texts
//! holds one of them in memory at once. Files over
//! [`MAX_IMPORT_BYTES`] are refused from their size, unread.

use crate::analysis::{Config, Label};
use crate::export::{export_as, import_any, Format, ImportError, MAX_IMPORT_BYTES};
use crate::model::Document;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why `export`, `import` or `convert` stopped.
#[derive(Debug)]
pub enum CliError {
    /// Writing the output failed.
    Io(std::io::Error),
    /// Anything else, as the one line to print.
    Message(String),
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Io(e) => write!(f, "cannot write the output: {e}"),
            CliError::Message(m) => f.write_str(m),
        }
    }
}

impl From<String> for CliError {
    fn from(m: String) -> Self {
        CliError::Message(m)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::Io(e)
    }
}

/// Runs `f` on `output` (a new file) or, when it is `None`, on `out`.
pub fn with_output(
    out: &mut dyn Write,
    output: Option<&Path>,
    f: impl FnOnce(&mut dyn Write) -> Result<(), CliError>,
) -> Result<(), CliError> {
    match output {
        None => f(out),
        Some(path) => {
            let file = std::fs::File::create(path)
                .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
            let mut writer = std::io::BufWriter::new(file);
            f(&mut writer)?;
            writer.flush()?;
            Ok(())
        }
    }
}

/// Reads `path` as UTF-8, refusing files over the import limit unread.
fn read_file(path: &Path) -> Result<String, String> {
    let shown = path.display();
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot read {shown}: {e}"))?
        .len();
    if size > MAX_IMPORT_BYTES as u64 {
        let bytes = usize::try_from(size).unwrap_or(usize::MAX);
        return Err(format!("{shown}: {}", ImportError::TooLarge { bytes }));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{shown} is not UTF-8 text (invalid byte at offset {at})")
    })
}

/// True for files read as annotation files rather than as texts.
fn is_structured(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("json" | "jsonl")
    )
}

/// The files named, directories replaced by their files (sorted, hidden
/// ones skipped). Only paths are held, not contents.
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let mut inner = Vec::new();
            for entry in entries {
                let entry = entry.map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                let p = entry.path();
                let hidden = p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'));
                if p.is_file() && !hidden {
                    inner.push(p);
                }
            }
            inner.sort();
            files.extend(inner);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// The documents in `path`: a text file gives one, analysed, with every
/// suggestion accepted as an annotation; an annotation file gives its own.
fn documents(path: &Path) -> Result<Vec<Document>, String> {
    let content = read_file(path)?;
    let shown = path.display();
    if !is_structured(path) {
        let title = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("article")
            .to_string();
        let mut doc = Document::new(title, content, &Config::default());
        for label in Label::ALL {
            doc.accept_all(label);
        }
        return Ok(vec![doc]);
    }
    let imported = import_any(&content).map_err(|e| format!("{shown}: {e}"))?;
    imported
        .documents
        .into_iter()
        .map(|d| d.into_document().map_err(|e| format!("{shown}: {e}")))
        .collect()
}

fn one_document_only(format: Format) -> String {
    format!(
        "the {format} format holds one document; use --format jsonl, doccano or spacy for several"
    )
}

/// `scholia export`: every document of every file, in `format`.
pub fn export_files(
    out: &mut dyn Write,
    paths: &[PathBuf],
    format: Format,
) -> Result<(), CliError> {
    let files = expand(paths)?;
    if files.is_empty() {
        return Err(CliError::Message("no files to export".into()));
    }
    let mut single: Option<Document> = None;
    for path in &files {
        for doc in documents(path)? {
            if format.is_line_based() {
                // Written now, not collected: memory stays bounded.
                writeln!(out, "{}", export_as(&doc, format))?;
            } else if single.replace(doc).is_some() {
                return Err(CliError::Message(one_document_only(format)));
            }
        }
    }
    if let Some(doc) = single {
        writeln!(out, "{}", export_as(&doc, format))?;
    }
    Ok(())
}

/// `scholia convert`: the file's documents in `format`.
pub fn convert(out: &mut dyn Write, input: &Path, format: Format) -> Result<(), CliError> {
    let content = read_file(input)?;
    let shown = input.display();
    let imported = import_any(&content).map_err(|e| format!("{shown}: {e}"))?;
    if !format.is_line_based() && imported.documents.len() > 1 {
        return Err(CliError::Message(one_document_only(format)));
    }
    for doc in imported.documents {
        let doc = doc.into_document().map_err(|e| format!("{shown}: {e}"))?;
        writeln!(out, "{}", export_as(&doc, format))?;
    }
    Ok(())
}

/// `scholia import`: validates the file and prints the format detected and
/// the annotations by label.
pub fn summarise(out: &mut dyn Write, path: &Path) -> Result<(), CliError> {
    let content = read_file(path)?;
    let imported = import_any(&content).map_err(|e| format!("{}: {e}", path.display()))?;
    let annotations: usize = imported.documents.iter().map(|d| d.annotations.len()).sum();
    writeln!(out, "format: {}", imported.format)?;
    writeln!(out, "documents: {}", imported.documents.len())?;
    let without_text = imported
        .documents
        .iter()
        .filter(|d| d.text.is_none())
        .count();
    if without_text > 0 {
        writeln!(
            out,
            "without their text: {without_text} (import them onto an open text)"
        )?;
    }
    writeln!(out, "annotations: {annotations}")?;
    for (label, n) in imported.label_counts() {
        writeln!(out, "  {:<9} {n:>6}", label.as_str())?;
    }
    Ok(())
}
