//! doccano and spaCy JSONL: one document per line, offsets in code points
//! (both tools are Python, whose strings index by code point).
//!
//! - doccano: `{"text": "...", "label": [[start, end, "LABEL"], ...]}`
//!   (`labels` is accepted for `label`);
//! - spaCy: `{"text": "...", "spans": [{"start": s, "end": e, "label": "LABEL"}]}`
//!   (`ents` is accepted for `spans`).
//!
//! They carry the text and each annotation's offsets and label; nothing else
//! (no title, note, value or suggestion).

use super::import::{check_label_name, misfit};
use super::interchange::{imported_annotation, with_quotes, ImportedDocument};
use super::ImportError;

use crate::model::{char_len, Document};
use serde::Serialize;
use serde_json::Value as Json;

#[derive(Serialize)]
struct DoccanoLine<'a> {
    text: &'a str,
    label: Vec<(usize, usize, &'a str)>,
}

#[derive(Serialize)]
struct SpacyLine<'a> {
    text: &'a str,
    spans: Vec<SpacySpan<'a>>,
}

#[derive(Serialize)]
struct SpacySpan<'a> {
    start: usize,
    end: usize,
    label: &'a str,
}

/// `doc` as one line of doccano JSONL (no line break).
pub fn doccano_line(doc: &Document) -> String {
    let line = DoccanoLine {
        text: &doc.text,
        label: doc
            .annotations
            .iter()
            .map(|a| (a.start, a.end, a.label.as_str()))
            .collect(),
    };
    serde_json::to_string(&line).expect("doccano lines always serialise")
}

/// `doc` as one line of spaCy JSONL (no line break).
pub fn spacy_line(doc: &Document) -> String {
    let line = SpacyLine {
        text: &doc.text,
        spans: doc
            .annotations
            .iter()
            .map(|a| SpacySpan {
                start: a.start,
                end: a.end,
                label: a.label.as_str(),
            })
            .collect(),
    };
    serde_json::to_string(&line).expect("spaCy lines always serialise")
}

/// Which of the two a JSON object is, if either.
pub(super) fn kind(value: &Json) -> Option<Kind> {
    value.get("text")?;
    if value.get("label").or_else(|| value.get("labels")).is_some() {
        Some(Kind::Doccano)
    } else if value.get("spans").or_else(|| value.get("ents")).is_some() {
        Some(Kind::Spacy)
    } else {
        None
    }
}

/// doccano or spaCy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Doccano,
    Spacy,
}

/// Reads one doccano or spaCy document.
pub(super) fn parse(value: &Json, kind: Kind) -> Result<ImportedDocument, ImportError> {
    let text = value
        .get("text")
        .and_then(Json::as_str)
        .ok_or_else(|| ImportError::Malformed("`text` is not a string".into()))?;
    let len = char_len(text);
    let (field, items) = match kind {
        Kind::Doccano => pick(value, "label", "labels"),
        Kind::Spacy => pick(value, "spans", "ents"),
    };
    let items = items
        .as_array()
        .ok_or_else(|| ImportError::Malformed(format!("`{field}` is not an array")))?;
    let mut annotations = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at = format!("{field}[{i}]");
        let (start, end, label) = match kind {
            Kind::Doccano => match item.as_array().map(Vec::as_slice) {
                Some([s, e, l]) => (s.as_u64(), e.as_u64(), l.as_str()),
                _ => (None, None, None),
            },
            Kind::Spacy => (
                item.get("start").and_then(Json::as_u64),
                item.get("end").and_then(Json::as_u64),
                item.get("label").and_then(Json::as_str),
            ),
        };
        let shape = match kind {
            Kind::Doccano => "[start, end, \"LABEL\"]",
            Kind::Spacy => "{\"start\": s, \"end\": e, \"label\": \"LABEL\"}",
        };
        let (Some(start), Some(end), Some(label)) = (
            start.and_then(|n| usize::try_from(n).ok()),
            end.and_then(|n| usize::try_from(n).ok()),
            label,
        ) else {
            return Err(ImportError::BadItem {
                at,
                problem: format!("expected {shape}"),
            });
        };
        let label = check_label_name(label, || at.clone())?;
        if start >= end || end > len {
            if start >= end {
                return Err(ImportError::BadItem {
                    at,
                    problem: format!("offsets {start}..{end} are empty or reversed"),
                });
            }
            return Err(misfit(text, at, start, end, None));
        }
        let id = u64::try_from(i + 1).expect("fewer items than u64::MAX");
        annotations.push(imported_annotation(id, start, end, label, String::new()));
    }
    Ok(ImportedDocument {
        title: String::new(),
        annotations: with_quotes(text, annotations),
        text: Some(text.to_string()),
        native: None,
    })
}

fn pick<'a>(value: &'a Json, name: &'static str, alias: &'static str) -> (&'static str, &'a Json) {
    match value.get(name) {
        Some(v) => (name, v),
        None => (alias, value.get(alias).unwrap_or(&Json::Null)),
    }
}
