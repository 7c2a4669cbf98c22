//! Reads a Scholia export back into a [`Document`], checking every field.
//!
//! Nothing is trusted: the format name and version, the text's SHA-256, and
//! every offset and quoted `text` are checked before a document is built, and
//! the first problem found is reported with where it is.
//!
//! [`ImportError`] is also the error of the other formats' import
//! ([`super::interchange`]): one enum for the one fallible edge.

use super::{sha256_hex, ExportFile, FORMAT, VERSION};
use crate::analysis::{Analysis, Label, Section, Span};
use crate::model::{
    char_len, slice_chars, utf16_to_char, Annotation, Document, LabelDef, LabelName, LabelSet,
    SectionAnnotation, SuggestionState, MAX_SECTION_LABEL,
};
use std::fmt;

/// Why a file could not be imported. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all (with the parser's line and column).
    NotJson(String),
    /// JSON, but with no `format` field: some other tool's file.
    NoFormat,
    /// A `format` other than `scholia`.
    ForeignFormat(String),
    /// A version this build cannot read.
    UnsupportedVersion(u64),
    /// The right format, but a field is missing or of the wrong type.
    Malformed(String),
    /// `document.sha256` does not match `document.text`.
    HashMismatch,
    /// An item's offsets or text do not fit the document.
    BadItem {
        /// Where, e.g. `annotations[3]`.
        at: String,
        /// What is wrong.
        problem: String,
    },
    /// The file is larger than [`MAX_IMPORT_BYTES`]; refused before parsing.
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// A problem on one line of a JSONL file.
    Line {
        /// The line, counting from 1.
        line: usize,
        /// What is wrong on it.
        error: Box<ImportError>,
    },
    /// Offsets that fit the text only when counted in UTF-16 code units;
    /// Scholia counts code points.
    Utf16Offsets {
        /// Where, e.g. `label[0]`.
        at: String,
        /// The offsets as written.
        start: usize,
        /// The end offset as written.
        end: usize,
    },
    /// JSON in none of the supported shapes.
    Unrecognised,
    /// The file holds no document.
    Empty,
    /// W3C annotations that do not carry the text they were made on, where a
    /// whole document was needed.
    NoText,
    /// Several documents where one was needed.
    ManyDocuments(usize),
}

/// The largest file import reads: 20 MiB, ten times the longest article
/// a person annotates, and small enough to parse in a browser tab at once.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotJson(e) => write!(f, "this file is not JSON ({e})"),
            ImportError::NoFormat => {
                f.write_str("this file is not a Scholia export: it has no `format` field")
            }
            ImportError::ForeignFormat(name) => {
                write!(
                    f,
                    "this file is in the {name:?} format, not a Scholia export"
                )
            }
            ImportError::UnsupportedVersion(v) => write!(
                f,
                "this file is Scholia format version {v}; this build reads version {VERSION}"
            ),
            ImportError::Malformed(e) => write!(f, "this Scholia file is damaged: {e}"),
            ImportError::HashMismatch => f.write_str(
                "the document text does not match its SHA-256: the file was edited or damaged",
            ),
            ImportError::BadItem { at, problem } => write!(f, "{at}: {problem}"),
            ImportError::TooLarge { bytes } => write!(
                f,
                "this file is {:.1} MB; files over {} MB are refused",
                *bytes as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
            ImportError::Line { line, error } => write!(f, "line {line}: {error}"),
            ImportError::Utf16Offsets { at, start, end } => write!(
                f,
                "{at}: offsets {start}..{end} count UTF-16 code units; Scholia counts code points"
            ),
            ImportError::Unrecognised => f.write_str(
                "this file is neither a Scholia export, W3C Web Annotation, nor doccano or spaCy JSONL",
            ),
            ImportError::Empty => f.write_str("this file holds no document"),
            ImportError::NoText => f.write_str(
                "these W3C annotations do not carry their text; import them onto an open text",
            ),
            ImportError::ManyDocuments(n) => write!(
                f,
                "this file holds {n} documents and none has the open text; import one at a time"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Parses and validates a Scholia export.
pub fn import_json(json: &str) -> Result<Document, ImportError> {
    check_size(json)?;
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| ImportError::NotJson(e.to_string()))?;
    validate_value(value)
}

/// Every label name, comma-separated.
fn label_names() -> String {
    let names: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
    names.join(", ")
}

/// A hint for labels that are markup, which some tools export.
fn looks_like_html(label: &str) -> &'static str {
    if label.contains('<') && label.contains('>') {
        " (it looks like HTML)"
    } else {
        ""
    }
}

/// Refuses a file over [`MAX_IMPORT_BYTES`].
pub(super) fn check_size(file: &str) -> Result<(), ImportError> {
    if file.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: file.len() });
    }
    Ok(())
}

/// A label name an annotation may carry (any label of a set, not only the
/// analyser's).
pub(super) fn check_label_name(
    name: &str,
    at: impl FnOnce() -> String,
) -> Result<LabelName, ImportError> {
    LabelName::new(name).map_err(|e| ImportError::BadItem {
        at: at(),
        problem: format!("{e}{}", looks_like_html(name)),
    })
}

/// The error for offsets `start..end` that do not fit `text` (code points):
/// [`ImportError::Utf16Offsets`] when they would fit as UTF-16 (and quote
/// `quoted`, when known), else [`ImportError::BadItem`].
pub(super) fn misfit(
    text: &str,
    at: String,
    start: usize,
    end: usize,
    quoted: Option<&str>,
) -> ImportError {
    let len = char_len(text);
    let utf16_len: usize = text.chars().map(char::len_utf16).sum();
    if start <= end && end <= utf16_len && utf16_len > len {
        let (s, e) = (utf16_to_char(text, start), utf16_to_char(text, end));
        let fits = match quoted {
            Some(q) => (s, e) != (start, end) && slice_chars(text, s, e) == q,
            None => end > len,
        };
        if fits {
            return ImportError::Utf16Offsets { at, start, end };
        }
    }
    let problem = match quoted {
        Some(q) if start <= end && end <= len => format!(
            "its text {q:?} is not what stands at {start}..{end} ({:?})",
            slice_chars(text, start, end)
        ),
        _ => format!("offsets {start}..{end} do not fit a text of {len} characters"),
    };
    ImportError::BadItem { at, problem }
}

/// Validates an already parsed export: format, version, then every field.
pub(super) fn validate_value(value: serde_json::Value) -> Result<Document, ImportError> {
    let format = value.get("format").ok_or(ImportError::NoFormat)?;
    match format.as_str() {
        Some(FORMAT) => {}
        Some(other) => return Err(ImportError::ForeignFormat(other.to_string())),
        None => return Err(ImportError::Malformed("`format` is not a string".into())),
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) => return Err(ImportError::UnsupportedVersion(v)),
        None => {
            return Err(ImportError::Malformed(
                "`version` is missing or not a number".into(),
            ))
        }
    }
    // Labels first, for an error that says where (serde would only name it).
    // Suggestions carry the analyser's labels; annotations any valid name.
    if let Some(items) = value.get("suggestions").and_then(|v| v.as_array()) {
        for (i, item) in items.iter().enumerate() {
            if let Some(name) = item.get("label").and_then(|l| l.as_str()) {
                // Worded as serde words it (`Malformed`), which callers of
                // `import_json` already match, but saying where.
                if name.parse::<Label>().is_err() {
                    return Err(ImportError::Malformed(format!(
                        "suggestions[{i}]: unknown variant {name:?}, expected one of {}{}",
                        label_names(),
                        looks_like_html(name)
                    )));
                }
            }
        }
    }
    for list in ["annotations", "labels"] {
        let key = if list == "labels" { "name" } else { "label" };
        if let Some(items) = value.get(list).and_then(|v| v.as_array()) {
            for (i, item) in items.iter().enumerate() {
                if let Some(name) = item.get(key).and_then(|l| l.as_str()) {
                    check_label_name(name, || format!("{list}[{i}]"))?;
                }
            }
        }
    }
    let file: ExportFile =
        serde_json::from_value(value).map_err(|e| ImportError::Malformed(e.to_string()))?;
    validate(file)
}

fn validate(file: ExportFile) -> Result<Document, ImportError> {
    let text = file.document.text;
    if sha256_hex(&text) != file.document.sha256 {
        return Err(ImportError::HashMismatch);
    }
    let len = char_len(&text);
    let check = |at: String, start: usize, end: usize, quoted: &str| -> Result<(), ImportError> {
        if start > end || end > len || slice_chars(&text, start, end) != quoted {
            return Err(misfit(&text, at, start, end, Some(quoted)));
        }
        Ok(())
    };

    let mut sections = Vec::with_capacity(file.sections.len());
    for (i, s) in file.sections.iter().enumerate() {
        check(format!("sections[{i}]"), s.start, s.end, &s.text)?;
        if s.index != i {
            return Err(ImportError::BadItem {
                at: format!("sections[{i}]"),
                problem: format!("its index is {}", s.index),
            });
        }
        sections.push(Section {
            kind: s.kind,
            start: s.start,
            end: s.end,
        });
    }
    let mut spans: Vec<Span> = Vec::with_capacity(file.suggestions.len());
    let mut rejected = std::collections::BTreeSet::new();
    for (i, s) in file.suggestions.into_iter().enumerate() {
        check(format!("suggestions[{i}]"), s.start, s.end, &s.text)?;
        if s.state == SuggestionState::Rejected {
            rejected.insert((s.start, s.end));
        }
        spans.push(Span {
            start: s.start,
            end: s.end,
            label: s.label,
            text: s.text,
            value: s.value,
            approx: s.approx,
        });
    }
    spans.sort_by_key(|s| (s.start, s.end));
    if let Some(w) = spans.windows(2).position(|w| w[1].start < w[0].end) {
        return Err(ImportError::BadItem {
            at: format!(
                "suggestions (at {}..{})",
                spans[w + 1].start,
                spans[w + 1].end
            ),
            problem: "suggestions overlap".into(),
        });
    }

    let mut annotations = Vec::with_capacity(file.annotations.len());
    let mut seen = std::collections::HashSet::new();
    for (i, a) in file.annotations.into_iter().enumerate() {
        let at = format!("annotations[{i}]");
        check(at.clone(), a.start, a.end, &a.text)?;
        if a.start == a.end {
            return Err(ImportError::BadItem {
                at,
                problem: "it is empty".into(),
            });
        }
        if !seen.insert(a.id) {
            return Err(ImportError::BadItem {
                at,
                problem: format!("id {} is used twice", a.id),
            });
        }
        annotations.push(Annotation {
            id: a.id,
            start: a.start,
            end: a.end,
            label: a.label,
            note: a.note,
            value: a.value,
            approx: a.approx,
            source: a.source,
            created: a.created,
            modified: a.modified,
        });
    }

    let mut section_annotations = Vec::with_capacity(file.section_annotations.len());
    let mut labelled = std::collections::HashSet::new();
    for (i, s) in file.section_annotations.into_iter().enumerate() {
        let at = format!("section_annotations[{i}]");
        if s.section >= sections.len() {
            return Err(ImportError::BadItem {
                at,
                problem: format!("there is no section {}", s.section),
            });
        }
        let label_len = char_len(s.label.trim());
        if label_len == 0 || label_len > MAX_SECTION_LABEL {
            return Err(ImportError::BadItem {
                at,
                problem: "its label is empty or too long".into(),
            });
        }
        if !labelled.insert(s.section) {
            return Err(ImportError::BadItem {
                at,
                problem: format!("section {} is labelled twice", s.section),
            });
        }
        section_annotations.push(SectionAnnotation {
            section: s.section,
            label: s.label,
            note: s.note,
        });
    }

    let labels = if file.labels.is_empty() {
        None
    } else {
        let defs = file.labels.into_iter().map(LabelDef::from).collect();
        Some(LabelSet::from_defs(defs).map_err(|e| ImportError::BadItem {
            at: "labels".into(),
            problem: e.to_string(),
        })?)
    };

    let analysis = Analysis {
        spans,
        sections,
        script: file.document.script,
    };
    let mut doc = Document::from_parts(
        file.document.title,
        text,
        analysis,
        annotations,
        section_annotations,
    );
    doc.rejected = rejected;
    doc.newlines_normalised = file.document.newlines_normalised;
    if let Some(labels) = labels {
        doc.set_labels(labels);
    }
    Ok(doc)
}
