//! W3C Web Annotation (JSON-LD, `http://www.w3.org/ns/anno.jsonld`): export
//! as an `AnnotationCollection`, and import of collections, pages and single
//! annotations.
//!
//! Each annotation targets the text (`urn:sha256:<hex>`) with a
//! `TextQuoteSelector` (exact, and [`CONTEXT`](super::anchor::CONTEXT) code points of prefix and
//! suffix) and a `TextPositionSelector` whose `start` and `end` count Unicode
//! code points, as the model does (many tools write UTF-16 units; Scholia
//! does not, and refuses positions that only make sense as UTF-16). The label
//! is a `TextualBody` with `purpose: "tagging"`, the note another with
//! `purpose: "commenting"`. The text itself travels in the collection's
//! `scholia:text` property, so a file can be opened on its own; without it,
//! the annotations can still be placed on an open text by their quotes.
//! Carried: id, label, note, offsets, created, modified; not carried: value,
//! approx, source, suggestions, sections.

use super::anchor::{reanchor, Quote};
use super::import::{check_label_name, misfit};
use super::interchange::{imported_annotation, ImportedDocument};
use super::{sha256_hex, ImportError};
use crate::model::{char_len, slice_chars, Document};
use serde::Serialize;
use serde_json::Value as Json;

/// The JSON-LD context of the Web Annotation vocabulary.
pub const CONTEXT_IRI: &str = "http://www.w3.org/ns/anno.jsonld";

/// The extension property that carries the annotated text.
pub const TEXT_PROPERTY: &str = "scholia:text";

#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'a str,
    total: usize,
    #[serde(rename = "scholia:text")]
    text: &'a str,
    first: Page,
}

#[derive(Serialize)]
struct Page {
    #[serde(rename = "type")]
    kind: &'static str,
    items: Vec<W3cAnnotation>,
}

#[derive(Serialize)]
struct W3cAnnotation {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modified: Option<String>,
    body: Vec<Body>,
    target: Target,
}

#[derive(Serialize)]
struct Body {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: String,
    format: &'static str,
}

#[derive(Serialize)]
struct Target {
    source: String,
    selector: (QuoteSelector, PositionSelector),
}

#[derive(Serialize)]
struct QuoteSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: String,
    prefix: String,
    suffix: String,
}

#[derive(Serialize)]
struct PositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

/// `doc`'s annotations as a pretty-printed W3C `AnnotationCollection`.
pub fn export_w3c_json(doc: &Document) -> String {
    let text: &str = &doc.text;
    let chars: Vec<char> = text.chars().collect();
    let hash = sha256_hex(text);
    let items = doc
        .annotations
        .iter()
        .map(|a| {
            let quote = Quote::at(&chars, a.start, a.end);
            let mut body = vec![Body {
                kind: "TextualBody",
                purpose: "tagging",
                value: a.label.as_str().to_string(),
                format: "text/plain",
            }];
            if !a.note.is_empty() {
                body.push(Body {
                    kind: "TextualBody",
                    purpose: "commenting",
                    value: a.note.clone(),
                    format: "text/plain",
                });
            }
            W3cAnnotation {
                id: format!("urn:scholia:{hash}:{}", a.id),
                kind: "Annotation",
                created: a.created.clone(),
                modified: a.modified.clone(),
                body,
                target: Target {
                    source: format!("urn:sha256:{hash}"),
                    selector: (
                        QuoteSelector {
                            kind: "TextQuoteSelector",
                            exact: quote.exact,
                            prefix: quote.prefix,
                            suffix: quote.suffix,
                        },
                        PositionSelector {
                            kind: "TextPositionSelector",
                            start: a.start,
                            end: a.end,
                        },
                    ),
                },
            }
        })
        .collect::<Vec<_>>();
    let collection = Collection {
        context: CONTEXT_IRI,
        id: format!("urn:scholia:{hash}"),
        kind: "AnnotationCollection",
        label: &doc.title,
        total: items.len(),
        text,
        first: Page {
            kind: "AnnotationPage",
            items,
        },
    };
    serde_json::to_string_pretty(&collection).expect("W3C types always serialise")
}

/// True when `value` looks like Web Annotation JSON-LD.
pub(super) fn looks_like(value: &Json) -> bool {
    value.get("@context").is_some()
        || matches!(
            value.get("type").and_then(Json::as_str),
            Some("AnnotationCollection" | "AnnotationPage" | "Annotation")
        )
}

fn malformed(at: &str, problem: &str) -> ImportError {
    ImportError::BadItem {
        at: at.to_string(),
        problem: problem.to_string(),
    }
}

/// One value or an array of them, as JSON-LD allows.
fn one_or_many(value: Option<&Json>) -> Vec<&Json> {
    match value {
        None => Vec::new(),
        Some(Json::Array(items)) => items.iter().collect(),
        Some(one) => vec![one],
    }
}

fn has_type(value: &Json, name: &str) -> bool {
    one_or_many(value.get("type"))
        .iter()
        .any(|t| t.as_str() == Some(name))
}

/// Reads a W3C collection, page or annotation.
pub(super) fn parse(value: &Json) -> Result<ImportedDocument, ImportError> {
    if let Some(context) = value.get("@context") {
        if !one_or_many(Some(context))
            .iter()
            .any(|c| c.as_str() == Some(CONTEXT_IRI))
        {
            return Err(ImportError::Malformed(format!(
                "its `@context` does not name {CONTEXT_IRI}"
            )));
        }
    }
    let (items, at): (Vec<&Json>, &str) = if has_type(value, "AnnotationCollection") {
        match value.get("first") {
            Some(page @ Json::Object(_)) => (one_or_many(page.get("items")), "first.items"),
            Some(Json::String(_)) => {
                return Err(ImportError::Malformed(
                    "the collection's pages are not in the file (`first` is a link)".into(),
                ))
            }
            _ => (one_or_many(value.get("items")), "items"),
        }
    } else if has_type(value, "AnnotationPage") {
        (one_or_many(value.get("items")), "items")
    } else if has_type(value, "Annotation") {
        (vec![value], "")
    } else {
        return Err(ImportError::Malformed(
            "its `type` is not AnnotationCollection, AnnotationPage or Annotation".into(),
        ));
    };
    let text = match value.get(TEXT_PROPERTY) {
        None => None,
        Some(Json::String(t)) => Some(t.clone()),
        Some(_) => {
            return Err(ImportError::Malformed(format!(
                "`{TEXT_PROPERTY}` is not a string"
            )))
        }
    };
    let title = value
        .get("label")
        .and_then(Json::as_str)
        .unwrap_or_default()
        .to_string();

    let len = text.as_deref().map(char_len);
    let hash = text.as_deref().map(sha256_hex);
    let mut placed = Vec::new();
    let mut unplaced = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let at = if at.is_empty() {
            "annotation".to_string()
        } else {
            format!("{at}[{i}]")
        };
        let (annotation, quote, positioned) = parse_annotation(item, &at)?;
        if let (Some(text), Some(hash)) = (&text, &hash) {
            if let Some(source) = item
                .get("target")
                .and_then(|t| t.get("source"))
                .and_then(Json::as_str)
            {
                if let Some(hex) = source.strip_prefix("urn:sha256:") {
                    if hex != hash {
                        return Err(ImportError::HashMismatch);
                    }
                }
            }
            if positioned {
                let (s, e) = (annotation.start, annotation.end);
                let fits = len.is_some_and(|l| s < e && e <= l);
                if !fits || slice_chars(text, s, e) != quote.exact {
                    return Err(misfit(text, at, s, e, Some(&quote.exact)));
                }
            } else {
                unplaced.push((at, annotation, quote));
                continue;
            }
        }
        placed.push((annotation, quote));
    }
    if let Some(text) = &text {
        // Quote-only annotations on a known text: place them by their quote.
        for (at, annotation, quote) in unplaced {
            let (mut found, report) = reanchor(text, vec![(annotation, quote.clone())]);
            match found.pop() {
                Some(a)
                    if report.orphaned.is_empty()
                        && slice_chars(text, a.start, a.end) == quote.exact =>
                {
                    let chars: Vec<char> = text.chars().collect();
                    let quote = Quote::at(&chars, a.start, a.end);
                    placed.push((a, quote));
                }
                _ => {
                    return Err(malformed(
                        &at,
                        &format!("its quote {:?} is not in the text", quote.exact),
                    ))
                }
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (a, _) in placed.iter_mut() {
        // Ids from other tools may repeat or be missing: renumber on a clash.
        if !seen.insert(a.id) {
            a.id = 0;
        }
    }
    let next = placed.iter().map(|(a, _)| a.id).max().unwrap_or(0) + 1;
    for (id, (a, _)) in (next..).zip(placed.iter_mut().filter(|(a, _)| a.id == 0)) {
        a.id = id;
    }
    Ok(ImportedDocument {
        title,
        text,
        annotations: placed,
        native: None,
    })
}

/// One annotation: the annotation (offsets from its position selector, or
/// 0..len of its quote), its quote, and whether it had a position.
fn parse_annotation(
    item: &Json,
    at: &str,
) -> Result<(crate::model::Annotation, Quote, bool), ImportError> {
    if !item.is_object() || !has_type(item, "Annotation") {
        return Err(malformed(at, "it is not an Annotation"));
    }
    let mut label = None;
    let mut note = String::new();
    for (b, body) in one_or_many(item.get("body")).into_iter().enumerate() {
        let value = body.get("value").and_then(Json::as_str);
        let purposes = one_or_many(body.get("purpose"));
        let purpose = purposes.first().and_then(|p| p.as_str());
        match (purpose, value) {
            (Some("tagging") | None, Some(v)) if label.is_none() => {
                label = Some(check_label_name(v, || format!("{at}.body[{b}]"))?);
            }
            (Some("commenting") | Some("describing"), Some(v)) if note.is_empty() => {
                note = v.to_string();
            }
            _ => {}
        }
    }
    let label = label.ok_or_else(|| malformed(at, "it has no tagging body with a label"))?;
    let target = item
        .get("target")
        .ok_or_else(|| malformed(at, "it has no target"))?;
    let mut quote = None;
    let mut position = None;
    for (s, selector) in one_or_many(target.get("selector")).into_iter().enumerate() {
        let field = |name: &str| {
            selector
                .get(name)
                .and_then(Json::as_str)
                .map(str::to_string)
        };
        if has_type(selector, "TextQuoteSelector") {
            let exact = field("exact")
                .ok_or_else(|| malformed(at, "its TextQuoteSelector has no `exact`"))?;
            quote = Some(Quote {
                exact,
                prefix: field("prefix").unwrap_or_default(),
                suffix: field("suffix").unwrap_or_default(),
            });
        } else if has_type(selector, "TextPositionSelector") {
            let number = |name: &str| {
                selector
                    .get(name)
                    .and_then(Json::as_u64)
                    .and_then(|n| usize::try_from(n).ok())
                    .ok_or_else(|| {
                        malformed(
                            &format!("{at}.target.selector[{s}]"),
                            &format!("`{name}` is not a non-negative integer"),
                        )
                    })
            };
            position = Some((number("start")?, number("end")?));
        }
    }
    let quote = quote.ok_or_else(|| malformed(at, "its target has no TextQuoteSelector"))?;
    if quote.exact.is_empty() {
        return Err(malformed(at, "it quotes nothing"));
    }
    let (start, end) = position.unwrap_or((0, char_len(&quote.exact)));
    if position.is_some_and(|(s, e)| s >= e) {
        return Err(malformed(
            at,
            &format!("its position {start}..{end} is empty"),
        ));
    }
    let id = item
        .get("id")
        .and_then(Json::as_str)
        .and_then(|id| id.rsplit([':', '#', '/', '-']).next())
        .and_then(|n| n.parse::<u64>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(0);
    let mut a = imported_annotation(id, start, end, label, note);
    a.created = item
        .get("created")
        .and_then(Json::as_str)
        .map(str::to_string);
    a.modified = item
        .get("modified")
        .and_then(Json::as_str)
        .map(str::to_string);
    Ok((a, quote, position.is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Config, Label};

    #[test]
    fn positions_count_code_points() {
        let mut doc = Document::new("t", "😀😀 微軟 Mistral", &Config::default());
        doc.add_annotation(3, 5, Label::Org, "").unwrap();
        let json: Json = serde_json::from_str(&export_w3c_json(&doc)).unwrap();
        let selector = &json["first"]["items"][0]["target"]["selector"];
        assert_eq!(selector[0]["exact"], "微軟");
        assert_eq!(selector[0]["prefix"], "😀😀 ");
        assert_eq!(
            (selector[1]["start"].as_u64(), selector[1]["end"].as_u64()),
            (Some(3), Some(5))
        );
    }
}
