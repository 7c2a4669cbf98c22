//! The interchange formats: hand-written golden files in every format import
//! to the annotations they spell out and export back to the same JSON;
//! malformed files each give their error; every export validates against the
//! committed JSON Schema, which must match the types; export → import →
//! export is byte-identical on random documents; annotations are re-anchored
//! on edited texts.

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use scholia::analysis::{Config, Label};
use scholia::export::schema::schema_json;
use scholia::export::{
    export_as, export_json, import_any, import_document, import_json, import_onto, Format,
    ImportError, MAX_IMPORT_BYTES,
};
use scholia::model::{slice_chars, Document};
use serde_json::Value as Json;
use std::path::Path;

fn golden(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const ZH: &str = "台積電😀在新竹擴廠，投資100億美元。";
const EN: &str = "Apple paid $3 billion for Beats in May 2014, said Tim Cook.";
const ZH_SPANS: &[(usize, usize, &str)] = &[(0, 3, "ORG"), (5, 7, "GPE"), (12, 18, "MONEY")];
const EN_SPANS: &[(usize, usize, &str)] = &[
    (0, 5, "ORG"),
    (11, 21, "MONEY"),
    (26, 31, "ORG"),
    (35, 43, "DATE"),
    (50, 58, "PERSON"),
];

/// Imports golden `name`, checks its format and spans, and that exporting it
/// again in the same format gives the same JSON (as values, one per line).
fn check_golden(name: &str, format: Format, text: &str, spans: &[(usize, usize, &str)]) {
    let file = golden(name);
    let imported = import_any(&file).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(imported.format, format, "{name}");
    let doc = imported.documents[0].clone();
    assert_eq!(doc.text.as_deref(), Some(text), "{name}");
    let got: Vec<(usize, usize, &str)> = doc
        .annotations
        .iter()
        .map(|(a, _)| (a.start, a.end, a.label.as_str()))
        .collect();
    assert_eq!(got, spans, "{name}");
    for (a, q) in &doc.annotations {
        assert_eq!(slice_chars(text, a.start, a.end), q.exact, "{name}");
    }
    let doc = doc.into_document().unwrap();
    let again = export_as(&doc, format);
    let parse = |s: &str| -> Vec<Json> {
        s.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    if format.is_line_based() {
        assert_eq!(parse(&again), parse(&file), "{name}");
    } else {
        let a: Json = serde_json::from_str(&again).unwrap();
        let b: Json = serde_json::from_str(&file).unwrap();
        assert_eq!(a, b, "{name}");
    }
}

#[test]
fn golden_files_import_and_export_back() {
    for (lang, text, spans) in [("zh", ZH, ZH_SPANS), ("en", EN, EN_SPANS)] {
        check_golden(&format!("{lang}.scholia.json"), Format::Native, text, spans);
        check_golden(&format!("{lang}.w3c.json"), Format::W3c, text, spans);
        check_golden(
            &format!("{lang}.doccano.jsonl"),
            Format::Doccano,
            text,
            spans,
        );
        check_golden(&format!("{lang}.spacy.jsonl"), Format::Spacy, text, spans);
    }
    let both = import_any(&golden("zh.scholia.jsonl")).unwrap();
    assert_eq!(both.format, Format::Jsonl);
    assert_eq!(both.documents.len(), 2);
    assert_eq!(both.documents[1].annotations[0].0.label, Label::Person);
}

#[test]
fn golden_notes_and_values_survive() {
    let zh = import_document(&golden("zh.w3c.json")).unwrap();
    assert_eq!(zh.annotations[0].note, "他說：\"擴廠\"\n第二行");
    assert_eq!(
        zh.annotations[0].created.as_deref(),
        Some("2026-01-02T03:04:05.000Z")
    );
    let en = import_json(&golden("en.scholia.json")).unwrap();
    assert_eq!(en.annotations[4].note, "CEO, \"Tim\"");
    assert_eq!(
        en.annotations[3]
            .value
            .as_ref()
            .map(|v| v.to_string())
            .as_deref(),
        Some("2014-05")
    );
}

/// Imports malformed file `name` and checks its error's message.
fn check_error(name: &str, want: &str) {
    let err = import_any(&golden(&format!("malformed/{name}"))).unwrap_err();
    let message = err.to_string();
    assert!(message.contains(want), "{name}: {message}");
    assert!(!message.contains('\n'), "{name}: {message}");
}

#[test]
fn malformed_files_each_give_their_error() {
    check_error("truncated.json", "not JSON (EOF while parsing");
    check_error(
        "wrong-version.json",
        "version 7; this build reads version 1",
    );
    check_error(
        "past-end.json",
        "annotations[2]: offsets 12..25 do not fit a text of 19 characters",
    );
    check_error(
        "utf16.json",
        "annotations[1]: offsets 6..8 count UTF-16 code units",
    );
    check_error(
        "utf16.doccano.jsonl",
        "label[2]: offsets 13..20 count UTF-16 code units",
    );
    check_error(
        "html-label.json",
        "annotations[1]: \"<b onmouseover=alert(1)>GPE</b>\" cannot be a label name",
    );
    check_error("html-label.json", "(it looks like HTML)");
    check_error(
        "html-label.spacy.jsonl",
        "spans[0]: \"<script>ORG</script>\" cannot be a label name",
    );
    check_error(
        "bad-line.doccano.jsonl",
        "line 3: label[0]: expected [start, end, \"LABEL\"]",
    );
    check_error(
        "w3c-no-quote.json",
        "items[0]: its target has no TextQuoteSelector",
    );
    check_error(
        "foreign.json",
        "neither a Scholia export, W3C Web Annotation, nor doccano or spaCy JSONL",
    );
}

#[test]
fn a_50_mb_file_is_refused_for_its_size() {
    let big = format!(
        "{{\"text\":\"{}\",\"label\":[]}}",
        "a".repeat(50 * 1024 * 1024)
    );
    let err = import_any(&big).unwrap_err();
    assert!(matches!(err, ImportError::TooLarge { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "this file is 50.0 MB; files over 20 MB are refused"
    );
    assert!(import_json(&big).is_err());
    assert_eq!(MAX_IMPORT_BYTES, 20 * 1024 * 1024);
}

// ---- schema ----------------------------------------------------------------

fn committed_schema() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scholia.schema.json"))
        .expect("docs/scholia.schema.json is committed")
}

#[test]
fn committed_schema_matches_the_types() {
    assert!(
        committed_schema() == schema_json(),
        "docs/scholia.schema.json is out of date; regenerate it with\n    cargo run -- schema > docs/scholia.schema.json"
    );
}

fn validator() -> jsonschema::Validator {
    let schema: Json = serde_json::from_str(&committed_schema()).unwrap();
    jsonschema::validator_for(&schema).expect("the committed schema is a valid schema")
}

fn assert_valid(validator: &jsonschema::Validator, json: &str, what: &str) {
    let value: Json = serde_json::from_str(json).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:?}");
}

#[test]
fn every_export_validates_against_the_schema() {
    let v = validator();
    for name in ["zh.scholia.json", "en.scholia.json"] {
        assert_valid(&v, &golden(name), name);
    }
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().ends_with(".gold.json") {
            let doc = import_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
            assert_valid(&v, &export_json(&doc), &path.display().to_string());
        }
    }
    let doc = Document::new("t", scholia::SAMPLE_ARTICLE, &Config::default());
    assert_valid(&v, &export_json(&doc), "sample article");
    // A wrong file does not validate.
    let bad: Json = serde_json::from_str(&golden("malformed/html-label.json")).unwrap();
    assert!(!v.is_valid(&bad));
}

// ---- re-anchoring -----------------------------------------------------------

/// Edits a text as a user might: a new first line, CRLF line endings, and
/// one word changed in the middle.
fn edit(text: &str) -> String {
    let mut edited = format!("Updated 更新：\n{}", text.replace('\n', "\r\n"));
    let chars: Vec<char> = edited.chars().collect();
    let mid = chars.len() / 2;
    edited = chars[..mid]
        .iter()
        .chain(['※'].iter())
        .chain(chars[mid + 1..].iter())
        .collect();
    edited
}

#[test]
fn fixtures_reanchor_on_edited_texts() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    paths.sort();
    let (mut exact, mut moved, mut orphaned, mut total) = (0, 0, 0, 0);
    for path in paths {
        let file = std::fs::read_to_string(&path).unwrap();
        let old = import_json(&file).unwrap();
        let new = Document::new("edited", edit(&old.text), &Config::default());
        let (placed, report) = import_onto(&new, &file).unwrap();
        let by_id = |id| old.annotation(id).unwrap();
        for a in &placed.annotations {
            let was = by_id(a.id);
            let quote_now = placed.slice(a.start, a.end).replace("\r\n", "\n");
            let quote_then = old.slice(was.start, was.end);
            // Exact and context matches quote the same text; a fuzzy one
            // may have lost the changed character or a CR.
            if quote_now != quote_then {
                assert!(
                    quote_now.contains('※') || quote_then.contains('\n'),
                    "{}: {quote_then:?} -> {quote_now:?}",
                    path.display()
                );
            }
        }
        exact += report.exact;
        moved += report.moved;
        orphaned += report.orphaned.len();
        total += old.annotations.len();
        // Same text: everything anchors exactly.
        let (_, same) = import_onto(&old, &file).unwrap();
        assert_eq!(same.exact, old.annotations.len());
    }
    eprintln!("re-anchoring on edited fixtures: {exact} anchored exactly, {moved} moved, {orphaned} could not be placed, of {total}");
    assert_eq!(exact + moved + orphaned, total);
    assert!(orphaned * 50 <= total, "{orphaned} of {total} orphaned");
}

#[test]
fn reanchors_w3c_without_its_text_by_quote() {
    let mut value: Json = serde_json::from_str(&golden("en.w3c.json")).unwrap();
    value.as_object_mut().unwrap().remove("scholia:text");
    let file = value.to_string();
    assert!(matches!(import_document(&file), Err(ImportError::NoText)));
    let new = Document::new("t", format!("Breaking. {EN}"), &Config::default());
    let (doc, report) = import_onto(&new, &file).unwrap();
    assert_eq!(
        report.to_string(),
        "0 anchored exactly, 5 moved, 0 could not be placed"
    );
    assert_eq!(
        doc.slice(doc.annotations[4].start, doc.annotations[4].end),
        "Tim Cook"
    );
}

// ---- round trips ---------------------------------------------------------------

const PIECES: &[&str] = &[
    "台積電",
    "微軟",
    "😀",
    "👩‍👩‍👧",
    "🇹🇼",
    "e\u{301}",
    "a\u{308}\u{323}",
    "\r\n",
    "\n",
    " ",
    "“",
    "\"",
    "\\",
    "<b>",
    "100",
    "億",
    "Mistral AI",
    "。",
    "，",
    "𠀋",
    "\u{200b}",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..40).prop_map(|p| p.concat())
}

fn note() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(&["say \"hi\"", "\n", "line\r\n", "🍜", "", "<i>x</i>", "注"][..]),
        0..4,
    )
    .prop_map(|p| p.concat())
}

prop_compose! {
    fn document()(text in text())
        (spans in prop::collection::vec((0..text.chars().count(), 1..8usize, 0..13usize, note()), 0..8), text in Just(text))
        -> Document {
        let mut doc = Document::new("隨機 “doc”\n", text, &Config::default());
        let len = doc.len_chars();
        for (start, width, label, note) in spans {
            // Blank ranges and overlaps are allowed; blank ones are refused.
            let _ = doc.add_annotation(start, (start + width).min(len), Label::ALL[label], &note);
        }
        for (i, a) in doc.annotations.iter_mut().enumerate() {
            if i % 2 == 0 {
                a.created = Some("2026-01-02T03:04:05.000Z".into());
                a.modified = Some("2026-01-02T03:04:06.000Z".into());
            }
        }
        doc
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn export_import_export_is_byte_identical(doc in document()) {
        for format in Format::ALL {
            let first = export_as(&doc, format);
            let imported = import_any(&first).map_err(|e| TestCaseError::fail(format!("{format}: {e}")))?;
            let doc2 = imported.documents.into_iter().next().unwrap().into_document().unwrap();
            let second = export_as(&doc2, format);
            prop_assert_eq!(&first, &second, "{}", format);
        }
    }

    #[test]
    fn exports_validate_and_keep_the_quote_invariant(doc in document()) {
        let json = export_json(&doc);
        let value: Json = serde_json::from_str(&json).unwrap();
        let text: Vec<char> = value["document"]["text"].as_str().unwrap().chars().collect();
        for a in value["annotations"].as_array().unwrap() {
            let (s, e) = (a["start"].as_u64().unwrap() as usize, a["end"].as_u64().unwrap() as usize);
            prop_assert_eq!(text[s..e].iter().collect::<String>(), a["text"].as_str().unwrap());
        }
        let v = validator();
        prop_assert!(v.is_valid(&value));
    }

    #[test]
    fn same_text_reanchors_exactly(doc in document()) {
        let (placed, report) = import_onto(&doc, &export_as(&doc, Format::W3c)).unwrap();
        prop_assert_eq!(report.exact, doc.annotations.len());
        prop_assert_eq!(placed.annotations.len(), doc.annotations.len());
    }
}

#[test]
fn other_tools_custom_labels_join_the_label_set() {
    let line = r#"{"text": "He said costs will fall. 微軟同意。", "label": [[8, 23, "CLAIM"], [25, 27, "ORG"]]}"#;
    let imported = import_any(line).unwrap();
    let doc = imported.documents[0].clone().into_document().unwrap();
    let claim = doc.labels.get("CLAIM").expect("the foreign label is added");
    assert_eq!(claim.suggests, None, "the analyser does not suggest it");
    assert_eq!(claim.key, None, "no key is taken from the user's set");
    assert_eq!(doc.labels.len(), 14);
    assert_eq!(doc.annotations[0].label.as_str(), "CLAIM");
    // And back out, in every format.
    for format in [Format::Native, Format::W3c, Format::Doccano, Format::Spacy] {
        let again = export_as(&doc, format);
        assert!(again.contains("CLAIM"), "{format:?}: {again}");
    }
}
