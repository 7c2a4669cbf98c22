//! Every format Scholia reads and writes, behind one entry point each way:
//! [`export_as`] and [`import_any`] (which detects the format), plus
//! [`import_onto`], which places a file's annotations on an open text that
//! may differ from the one they were made on.
//!
//! | [`Format`] | shape | carries |
//! |---|---|---|
//! | `native` | one Scholia export (pretty JSON) | everything |
//! | `jsonl` | one compact Scholia export per line | everything |
//! | `w3c` | a W3C `AnnotationCollection` | text, title, annotations (id, label, note, offsets, created, modified) |
//! | `doccano` | `{"text", "label": [[s, e, "L"]]}` per line | text, offsets, labels |
//! | `spacy` | `{"text", "spans": [{"start", "end", "label"}]}` per line | text, offsets, labels |
//!
//! Import validates the whole file before returning anything; files over
//! [`MAX_IMPORT_BYTES`](super::MAX_IMPORT_BYTES) are refused unread, and an
//! error on a line of a JSONL file says which line.

use super::anchor::{reanchor, Quote, ReanchorReport};
use super::import::{check_size, validate_value};
use super::{export, export_json, jsonl, w3c, ImportError};
use crate::analysis::{analyze, Config, Label};
use crate::model::{Annotation, AnnotationId, Document, LabelName, Source};
use serde_json::Value as Json;
use std::fmt;

/// A file format Scholia reads and writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// The Scholia format, one document, pretty-printed.
    Native,
    /// The Scholia format, one compact document per line.
    Jsonl,
    /// W3C Web Annotation JSON-LD.
    W3c,
    /// doccano JSONL.
    Doccano,
    /// spaCy JSONL.
    Spacy,
}

impl Format {
    /// Every format, in the order the CLI lists them.
    pub const ALL: [Format; 5] = [
        Format::Native,
        Format::W3c,
        Format::Jsonl,
        Format::Doccano,
        Format::Spacy,
    ];

    /// The format's name on the command line and in messages.
    pub fn name(self) -> &'static str {
        match self {
            Format::Native => "native",
            Format::Jsonl => "jsonl",
            Format::W3c => "w3c",
            Format::Doccano => "doccano",
            Format::Spacy => "spacy",
        }
    }

    /// True for the formats that hold one document per line.
    pub fn is_line_based(self) -> bool {
        matches!(self, Format::Jsonl | Format::Doccano | Format::Spacy)
    }

    /// The usual file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Native => "scholia.json",
            Format::W3c => "w3c.json",
            Format::Jsonl => "scholia.jsonl",
            Format::Doccano => "doccano.jsonl",
            Format::Spacy => "spacy.jsonl",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One document read from a file, in whatever format.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedDocument {
    /// Its title; empty when the format has none.
    pub title: String,
    /// The text the annotations were made on; `None` for W3C annotations
    /// that do not carry it.
    pub text: Option<String>,
    /// The annotations (offsets into `text`, or as the file gave them), each
    /// with what it quotes, for re-anchoring.
    pub annotations: Vec<(Annotation, Quote)>,
    /// The whole document, for the Scholia formats (suggestions, sections,
    /// section annotations and all).
    pub native: Option<Document>,
}

impl ImportedDocument {
    /// The document itself. Formats without an analysis get the analyser's
    /// (suggestions the annotations coincide with count as accepted).
    pub fn into_document(self) -> Result<Document, ImportError> {
        if let Some(doc) = self.native {
            return Ok(doc);
        }
        let text = self.text.ok_or(ImportError::NoText)?;
        let analysis = analyze(&text, &Config::default());
        let annotations = self.annotations.into_iter().map(|(a, _)| a).collect();
        Ok(Document::from_parts(
            self.title,
            text,
            analysis,
            annotations,
            Vec::new(),
        ))
    }

    /// How many annotations carry each label: the thirteen in legend order,
    /// then the others by name.
    pub fn label_counts(&self) -> Vec<(LabelName, usize)> {
        count_labels(self.annotations.iter().map(|(a, _)| &a.label))
    }
}

/// What a file held.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The format detected.
    pub format: Format,
    /// Its documents, in file order (one for `native` and `w3c`).
    pub documents: Vec<ImportedDocument>,
}

impl Imported {
    /// How many annotations carry each label, over every document.
    pub fn label_counts(&self) -> Vec<(LabelName, usize)> {
        count_labels(
            self.documents
                .iter()
                .flat_map(|d| d.annotations.iter().map(|(a, _)| &a.label)),
        )
    }
}

fn count_labels<'a>(labels: impl Iterator<Item = &'a LabelName>) -> Vec<(LabelName, usize)> {
    let mut counts = std::collections::BTreeMap::new();
    for l in labels {
        *counts.entry(l.clone()).or_insert(0) += 1;
    }
    let order = |l: &LabelName| {
        l.builtin()
            .and_then(|b| Label::ALL.iter().position(|&x| x == b))
            .unwrap_or(Label::ALL.len())
    };
    let mut counts: Vec<(LabelName, usize)> = counts.into_iter().collect();
    counts.sort_by_key(|(l, _)| order(l));
    counts
}

/// An annotation read from another tool's file.
pub(super) fn imported_annotation(
    id: AnnotationId,
    start: usize,
    end: usize,
    label: LabelName,
    note: String,
) -> Annotation {
    Annotation {
        id,
        start,
        end,
        label,
        note,
        value: None,
        approx: false,
        source: Source::Import,
        created: None,
        modified: None,
    }
}

/// Pairs each annotation with its quote in `text`.
pub(super) fn with_quotes(text: &str, annotations: Vec<Annotation>) -> Vec<(Annotation, Quote)> {
    let chars: Vec<char> = text.chars().collect();
    annotations
        .into_iter()
        .map(|a| {
            let q = Quote::at(&chars, a.start, a.end);
            (a, q)
        })
        .collect()
}

fn native(doc: Document) -> ImportedDocument {
    ImportedDocument {
        title: doc.title.clone(),
        text: Some(doc.text.to_string()),
        annotations: with_quotes(&doc.text, doc.annotations.clone()),
        native: Some(doc),
    }
}

/// `doc` in `format`. Line-based formats give one line, without its line
/// break; the others pretty-printed JSON.
pub fn export_as(doc: &Document, format: Format) -> String {
    match format {
        Format::Native => export_json(doc),
        Format::Jsonl => {
            serde_json::to_string(&export(doc)).expect("export types always serialise")
        }
        Format::W3c => w3c::export_w3c_json(doc),
        Format::Doccano => jsonl::doccano_line(doc),
        Format::Spacy => jsonl::spacy_line(doc),
    }
}

/// Reads one JSON value in any supported shape.
fn read_value(value: Json) -> Result<(Format, ImportedDocument), ImportError> {
    if !value.is_object() {
        return Err(ImportError::Unrecognised);
    }
    if value.get("format").is_some() {
        return Ok((Format::Native, native(validate_value(value)?)));
    }
    if w3c::looks_like(&value) {
        return Ok((Format::W3c, w3c::parse(&value)?));
    }
    match jsonl::kind(&value) {
        Some(jsonl::Kind::Doccano) => {
            Ok((Format::Doccano, jsonl::parse(&value, jsonl::Kind::Doccano)?))
        }
        Some(jsonl::Kind::Spacy) => Ok((Format::Spacy, jsonl::parse(&value, jsonl::Kind::Spacy)?)),
        None => Err(ImportError::Unrecognised),
    }
}

/// Reads a file in any supported format, detecting which; validates all of
/// it first.
pub fn import_any(file: &str) -> Result<Imported, ImportError> {
    check_size(file)?;
    let file = file.strip_prefix('\u{feff}').unwrap_or(file);
    if file.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let whole = serde_json::from_str::<Json>(file);
    let lines: Vec<(usize, &str)> = file
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l))
        .collect();
    let error = match whole {
        Ok(value) => {
            let (format, doc) = read_value(value)?;
            // A one-line file of a line-based format stays that format.
            let format = if format == Format::Native && lines.len() == 1 {
                Format::Jsonl
            } else {
                format
            };
            return Ok(Imported {
                format,
                documents: vec![doc],
            });
        }
        Err(e) => e,
    };
    // Not one JSON value: JSONL if its first line is a JSON object by itself.
    let first_is_json = lines
        .first()
        .is_some_and(|(_, l)| serde_json::from_str::<Json>(l).is_ok_and(|v| v.is_object()));
    if lines.len() < 2 || !first_is_json {
        return Err(ImportError::NotJson(error.to_string()));
    }
    let mut format = None;
    let mut documents = Vec::with_capacity(lines.len());
    for (number, line) in lines {
        let at_line = |error| ImportError::Line {
            line: number,
            error: Box::new(error),
        };
        let value: Json =
            serde_json::from_str(line).map_err(|e| at_line(ImportError::NotJson(e.to_string())))?;
        let (found, doc) = read_value(value).map_err(at_line)?;
        let found = if found == Format::Native {
            Format::Jsonl
        } else {
            found
        };
        if found == Format::W3c {
            return Err(at_line(ImportError::Malformed(
                "W3C annotations are one JSON document, not JSONL".into(),
            )));
        }
        match format {
            None => format = Some(found),
            Some(f) if f != found => {
                return Err(at_line(ImportError::Malformed(format!(
                    "a {found} document in a {f} file"
                ))))
            }
            Some(_) => {}
        }
        documents.push(doc);
    }
    Ok(Imported {
        format: format.expect("at least two lines were read"),
        documents,
    })
}

/// Reads a file that holds exactly one whole document (with its text).
pub fn import_document(file: &str) -> Result<Document, ImportError> {
    let imported = import_any(file)?;
    let n = imported.documents.len();
    let doc = imported
        .documents
        .into_iter()
        .next()
        .ok_or(ImportError::Empty)?;
    if n > 1 {
        return Err(ImportError::ManyDocuments(n));
    }
    doc.into_document()
}

/// Places the annotations of `file` (any format) on `doc`'s text, which may
/// differ from the text they were made on, and returns `doc` with them in
/// place of its own annotations, and how each fared.
///
/// When the file's text is `doc`'s, its annotations are taken as they are
/// (with its section annotations and rejected suggestions, for the Scholia
/// formats); otherwise each is re-anchored by its quote ([`super::anchor`]),
/// those that cannot be placed are left out and listed in the report, and
/// `doc`'s section annotations stay. Of a file with several documents, the
/// one with `doc`'s text is taken, else the only one.
pub fn import_onto(doc: &Document, file: &str) -> Result<(Document, ReanchorReport), ImportError> {
    let imported = import_any(file)?;
    let n = imported.documents.len();
    let same_text = |d: &ImportedDocument| d.text.as_deref() == Some(&*doc.text);
    let chosen = match imported.documents.iter().position(same_text) {
        Some(i) => i,
        None if n == 1 => 0,
        None if n == 0 => return Err(ImportError::Empty),
        None => return Err(ImportError::ManyDocuments(n)),
    };
    let chosen = imported
        .documents
        .into_iter()
        .nth(chosen)
        .expect("the index was found among the documents");
    let title = if chosen.title.is_empty() {
        doc.title.clone()
    } else {
        chosen.title.clone()
    };
    if same_text(&chosen) {
        let count = chosen.annotations.len();
        let (section_annotations, rejected) = match &chosen.native {
            Some(native) => (native.section_annotations.clone(), native.rejected.clone()),
            None => (doc.section_annotations.clone(), doc.rejected.clone()),
        };
        let annotations = chosen.annotations.into_iter().map(|(a, _)| a).collect();
        let mut out = Document::from_parts(
            title,
            doc.text.clone(),
            doc.analysis.clone(),
            annotations,
            section_annotations,
        );
        out.rejected = rejected;
        let report = ReanchorReport {
            exact: count,
            ..ReanchorReport::default()
        };
        return Ok((out, report));
    }
    let (placed, report) = reanchor(&doc.text, chosen.annotations);
    let mut out = Document::from_parts(
        title,
        doc.text.clone(),
        doc.analysis.clone(),
        placed,
        doc.section_annotations.clone(),
    );
    out.rejected = doc.rejected.clone();
    Ok((out, report))
}
