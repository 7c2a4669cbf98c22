//! The Scholia JSON format, version 1: export and lossless import.
//!
//! The format is a contract with other tools: offsets count Unicode code
//! points, end exclusive, and every span carries its `text` so that
//! `text[start:end] == span.text` holds in Python as in Rust. `document.sha256`
//! is the SHA-256 of the UTF-8 text, so a reader can tell it has the right text.
//! The same format is what the app keeps in localStorage, so a reload restores
//! exactly what an export would carry.
//!
//! Import validates everything before building a [`Document`]; it is the one
//! fallible edge of this module and reports an [`ImportError`].
//!
//! Besides the native format (docs/FORMAT.md), the module reads and writes
//! other tools' formats ([`interchange`]): W3C Web Annotation ([`w3c`]) and
//! doccano and spaCy JSONL ([`jsonl`]); annotations made on another version of
//! a text are placed on this one by their quotes ([`anchor`]). The JSON Schema
//! of the native format is generated natively only (`schema`), so the browser
//! build carries none of it.

pub mod anchor;
mod import;
pub mod interchange;
pub mod jsonl;
mod parts;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod w3c;

pub use anchor::{Orphan, Quote, ReanchorReport};
pub use import::{import_json, ImportError, MAX_IMPORT_BYTES};
pub use interchange::{
    export_as, import_any, import_document, import_onto, Format, Imported, ImportedDocument,
};
pub use parts::{annotation_part_json, document_part_json, join_parts, AnnotationPart};

use crate::analysis::{Label, Script, SectionKind, Value};
use crate::model::{
    byte_offsets, Document, LabelDef, LabelName, LabelSet, Source, SuggestionState,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The value of the `format` field.
pub const FORMAT: &str = "scholia";
/// The version this build writes and the newest it reads.
pub const VERSION: u32 = 1;

/// A whole export file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ExportFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version ([`VERSION`] when written by this build).
    pub version: u32,
    /// The text and what identifies it.
    pub document: DocumentInfo,
    /// Headings and paragraphs, in text order.
    pub sections: Vec<SectionOut>,
    /// The analyser's suggested highlights, with what the user made of them.
    pub suggestions: Vec<SuggestionOut>,
    /// The user's span annotations.
    pub annotations: Vec<AnnotationOut>,
    /// The user's section labels and notes.
    pub section_annotations: Vec<SectionAnnotationOut>,
    /// The document's label set, in legend order: the thirteen RECOGNITION.md
    /// labels (when absent) or the user's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<LabelOut>,
}

/// One label of the document's set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct LabelOut {
    /// The name annotations carry.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "schema::label_name")
    )]
    pub name: LabelName,
    /// Highlight colour, `#rrggbb`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(schema_with = "schema::colour"))]
    pub colour: String,
    /// The key that picks it in the app (a letter or digit); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<char>,
    /// The analyser label whose suggestions show as this label; absent for a
    /// label the analyser does not suggest (`CLAIM`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "schema::optional_label")
    )]
    pub suggests: Option<Label>,
    /// What it marks; absent when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl From<&LabelDef> for LabelOut {
    fn from(d: &LabelDef) -> Self {
        LabelOut {
            name: d.name.clone(),
            colour: d.colour.clone(),
            key: d.key,
            suggests: d.suggests,
            description: d.description.clone(),
        }
    }
}

impl From<LabelOut> for LabelDef {
    fn from(l: LabelOut) -> Self {
        LabelDef {
            name: l.name,
            colour: l.colour,
            key: l.key,
            suggests: l.suggests,
            description: l.description,
        }
    }
}

/// The exported form of a label set: nothing for the default set (an
/// absent `labels` means the thirteen RECOGNITION.md labels).
pub(crate) fn labels_out(labels: &LabelSet) -> Vec<LabelOut> {
    if *labels == LabelSet::default() {
        return Vec::new();
    }
    labels.iter().map(LabelOut::from).collect()
}

/// The exported text and its fingerprint.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct DocumentInfo {
    /// The document's title.
    pub title: String,
    /// The full text, exactly as annotated.
    pub text: String,
    /// Lower-case hex SHA-256 of the UTF-8 text.
    pub sha256: String,
    /// The text's length in code points.
    pub length: usize,
    /// Traditional, simplified or latin.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(schema_with = "schema::script"))]
    pub script: Script,
    /// True when the pasted or opened text's `\r\n` and `\r` line breaks were
    /// turned into `\n` before analysis (once, on paste); absent when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub newlines_normalised: bool,
}

/// One section, offsets in code points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct SectionOut {
    /// Position in the section list, referred to by section annotations.
    pub index: usize,
    /// Heading or paragraph.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "schema::section_kind")
    )]
    pub kind: SectionKind,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The section's text.
    pub text: String,
}

/// One suggestion, offsets in code points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct SuggestionOut {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The analyser's label.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(schema_with = "schema::label"))]
    pub label: Label,
    /// Exactly the text of `start..end`.
    pub text: String,
    /// The normalised value, when the span alone fixes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "schema::optional_value")
    )]
    pub value: Option<Value>,
    /// True when approximate; absent when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub approx: bool,
    /// `pending`, `accepted` or `rejected`; `pending` when absent.
    #[serde(default = "pending")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "schema::suggestion_state")
    )]
    pub state: SuggestionState,
}

fn pending() -> SuggestionState {
    SuggestionState::Pending
}

/// One user annotation, offsets in code points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct AnnotationOut {
    /// Unique within the file.
    pub id: u64,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The label: one of `labels`, or of the thirteen RECOGNITION.md labels
    /// when `labels` is absent.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "schema::label_name")
    )]
    pub label: LabelName,
    /// Exactly the text of `start..end`.
    pub text: String,
    /// The user's note, absent when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The normalised value, when the annotation carries one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "schema::optional_value")
    )]
    pub value: Option<Value>,
    /// True when the value is approximate; absent when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub approx: bool,
    /// `user`, `suggestion`, `every-occurrence` or `import`; `user` when absent.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(schema_with = "schema::source"))]
    pub source: Source,
    /// When it was made, ISO 8601 UTC; absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// When it was last changed, ISO 8601 UTC; absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One section's label and note.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct SectionAnnotationOut {
    /// Index into `sections`.
    pub section: usize,
    /// The label.
    pub label: String,
    /// The note, absent when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Lower-case hex SHA-256 of `text`'s UTF-8 bytes.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The export file for `doc`.
pub fn export(doc: &Document) -> ExportFile {
    let text: &str = &doc.text;
    let section_texts = quotes(text, doc.sections().iter().map(|s| (s.start, s.end)));
    ExportFile {
        format: FORMAT.to_string(),
        version: VERSION,
        document: DocumentInfo {
            title: doc.title.clone(),
            text: text.to_string(),
            sha256: sha256_hex(text),
            length: doc.len_chars(),
            script: doc.analysis.script,
            newlines_normalised: doc.newlines_normalised,
        },
        sections: doc
            .sections()
            .iter()
            .zip(section_texts)
            .enumerate()
            .map(|(index, (s, text))| SectionOut {
                index,
                kind: s.kind,
                start: s.start,
                end: s.end,
                text,
            })
            .collect(),
        suggestions: doc
            .analysis
            .spans
            .iter()
            .map(|s| SuggestionOut {
                start: s.start,
                end: s.end,
                label: s.label,
                text: s.text.clone(),
                value: s.value.clone(),
                approx: s.approx,
                state: doc.suggestion_state(s),
            })
            .collect(),
        annotations: annotations_out(doc),
        section_annotations: section_annotations_out(doc),
        labels: labels_out(&doc.labels),
    }
}

/// The user's annotations as exported, each with its text.
fn annotations_out(doc: &Document) -> Vec<AnnotationOut> {
    let texts = quotes(&doc.text, doc.annotations.iter().map(|a| (a.start, a.end)));
    doc.annotations
        .iter()
        .zip(texts)
        .map(|(a, text)| AnnotationOut {
            id: a.id,
            start: a.start,
            end: a.end,
            label: a.label.clone(),
            text,
            note: a.note.clone(),
            value: a.value.clone(),
            approx: a.approx,
            source: a.source,
            created: a.created.clone(),
            modified: a.modified.clone(),
        })
        .collect()
}

/// The user's section labels as exported.
fn section_annotations_out(doc: &Document) -> Vec<SectionAnnotationOut> {
    doc.section_annotations
        .iter()
        .map(|s| SectionAnnotationOut {
            section: s.section,
            label: s.label.clone(),
            note: s.note.clone(),
        })
        .collect()
}

/// The texts of code-point ranges, in one pass over `text` however many
/// ranges there are (slicing each from the start would be quadratic).
fn quotes(text: &str, ranges: impl Iterator<Item = (usize, usize)>) -> Vec<String> {
    let ranges: Vec<(usize, usize)> = ranges.collect();
    let mut points: Vec<usize> = ranges.iter().flat_map(|&(s, e)| [s, e]).collect();
    points.sort_unstable();
    points.dedup();
    let bytes = byte_offsets(text, &points);
    let byte_of = |p: usize| {
        bytes[points
            .binary_search(&p)
            .expect("every end point was collected")]
    };
    ranges
        .iter()
        .map(|&(s, e)| text[byte_of(s)..byte_of(e).max(byte_of(s))].to_string())
        .collect()
}

/// `doc` as pretty-printed JSON in the Scholia format.
pub fn export_json(doc: &Document) -> String {
    serde_json::to_string_pretty(&export(doc)).expect("export types always serialise")
}

/// A file name for `title`: `<name>.scholia.json`, safe on every OS.
pub fn file_name(title: &str) -> String {
    let mut name: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    while name.contains("--") {
        name = name.replace("--", "-");
    }
    let name: String = name.trim_matches('-').chars().take(60).collect();
    let name = if name.is_empty() {
        "article".to_string()
    } else {
        name
    };
    format!("{name}.scholia.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_utf8() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn names_files_safely() {
        for (title, want) in [
            ("微軟擁抱新寵 Mistral", "微軟擁抱新寵-Mistral.scholia.json"),
            ("a/b\\c: d?", "a-b-c-d.scholia.json"),
            ("", "article.scholia.json"),
            ("<script>", "script.scholia.json"),
        ] {
            assert_eq!(file_name(title), want);
        }
    }
}
