//! The Scholia JSON format: export → import → export is identical, offsets
//! are code points with each span's text, and bad files are refused with a
//! message that says what is wrong.

use scholia::analysis::{Config, Label, Value};
use scholia::export::{export, export_json, import_json, sha256_hex, ImportError};
use scholia::model::{slice_chars, Document, Source};

fn annotated(text: &str) -> Document {
    let mut doc = Document::new("Round trip 試驗", text, &Config::default());
    let len = doc.len_chars();
    doc.add_annotation(
        0,
        len.min(4),
        Label::Org,
        "a “quoted” note\nwith a line break",
    )
    .unwrap();
    // An accepted suggestion keeps its value and says where it came from.
    doc.annotations[0].value = Some(Value::Money {
        amount: 1.3e10,
        currency: "USD".into(),
    });
    doc.annotations[0].approx = true;
    doc.annotations[0].source = Source::Suggestion;
    if len > 8 {
        doc.add_annotation(2, 8, Label::Person, "").unwrap(); // overlaps the first
    }
    // A rejected suggestion stays rejected.
    if let Some(s) = doc.analysis.spans.last().cloned() {
        doc.reject_suggestion(s.start, s.end).unwrap();
    }
    if !doc.sections().is_empty() {
        doc.annotate_section(0, "Lede", "<b>not markup</b>")
            .unwrap();
    }
    doc
}

#[test]
fn export_import_export_is_identical() {
    for text in [
        scholia::SAMPLE_ARTICLE,
        "😀👩‍💻 e\u{301} 微軟\r\n投資 Mistral AI 130 億美元。\r\n\r\nSecond paragraph, 20% up.",
        "Plain English: Microsoft paid $13 billion on February 26, 2024.",
        "ab",
    ] {
        let doc = annotated(text);
        let json = export_json(&doc);
        let back = import_json(&json).unwrap_or_else(|e| panic!("{e}\n{json}"));
        assert_eq!(back, doc);
        assert_eq!(export_json(&back), json);
    }
}

#[test]
fn custom_label_sets_survive_the_round_trip() {
    let mut doc = annotated("微軟投資 Mistral AI 130 億美元。Nadella said: “we will grow”.");
    let claim = doc.add_label("CLAIM").unwrap();
    doc.recolour_label("CLAIM", "#123abc").unwrap();
    doc.set_label_key("CLAIM", Some('c')).unwrap();
    doc.rename_label("ORG", "COMPANY").unwrap();
    doc.remove_label("CARDINAL").unwrap();
    let len = doc.len_chars();
    doc.add_annotation(len - 14, len - 1, claim, "quote")
        .unwrap();
    let json = export_json(&doc);
    let file = export(&doc);
    let names: Vec<&str> = file.labels.iter().map(|l| l.name.as_str()).collect();
    assert!(
        names.contains(&"COMPANY") && names.contains(&"CLAIM"),
        "{names:?}"
    );
    assert!(!names.contains(&"CARDINAL") && !names.contains(&"ORG"));
    assert_eq!(
        file.annotations[0].label.as_str(),
        "COMPANY",
        "renamed with its label"
    );
    let back = import_json(&json).unwrap_or_else(|e| panic!("{e}\n{json}"));
    assert_eq!(back.labels, doc.labels);
    assert_eq!(back, doc);
    assert_eq!(export_json(&back), json);
    // The default set is not written: `labels` absent means the thirteen.
    let plain = annotated("微軟投資 Mistral AI。");
    assert!(export(&plain).labels.is_empty());
    assert!(!export_json(&plain).contains("\"labels\""));
}

#[test]
fn every_exported_span_quotes_its_code_point_slice() {
    let doc = annotated(
        "🇫🇷法國 Mistral AI 獲微軟投資 1,500 萬歐元 😀，約 20%。\r\nOn 2 月 26 日 it said so.",
    );
    let file = export(&doc);
    let text = &file.document.text;
    assert_eq!(file.document.sha256, sha256_hex(text));
    assert_eq!(file.document.length, text.chars().count());
    for s in &file.suggestions {
        assert_eq!(slice_chars(text, s.start, s.end), s.text);
    }
    for a in &file.annotations {
        assert_eq!(slice_chars(text, a.start, a.end), a.text);
    }
    for s in &file.sections {
        assert_eq!(slice_chars(text, s.start, s.end), s.text);
    }
    assert!(file
        .suggestions
        .iter()
        .any(|s| s.text == "微軟" && s.label == Label::Org));
}

fn valid_json() -> serde_json::Value {
    serde_json::from_str(&export_json(&annotated("微軟投資 Mistral AI 130 億美元。"))).unwrap()
}

/// Which error a bad file must give.
type Expect = fn(&ImportError) -> bool;

#[test]
fn bad_files_are_refused_with_a_reason() {
    let mut no_format = valid_json();
    no_format.as_object_mut().unwrap().remove("format");
    let mut foreign = valid_json();
    foreign["format"] = "doccano".into();
    let mut newer = valid_json();
    newer["version"] = 2.into();
    let mut edited = valid_json();
    edited["document"]["text"] = "微軟投資 Mistral AI 131 億美元。".into();
    let mut past_end = valid_json();
    past_end["annotations"][0]["end"] = 999.into();
    let mut wrong_quote = valid_json();
    wrong_quote["annotations"][0]["text"] = "<script>".into();
    let mut bad_label = valid_json();
    bad_label["annotations"][0]["label"] = "<b>HTML</b>".into();
    let mut dup = valid_json();
    let first = dup["annotations"][0].clone();
    dup["annotations"].as_array_mut().unwrap().push(first);

    let cases: Vec<(String, Expect, &str)> = vec![
        (
            "{\"format\": \"scholia\", \"vers".into(),
            |e| matches!(e, ImportError::NotJson(_)),
            "is not JSON",
        ),
        (
            "\u{0}\u{1}binary".into(),
            |e| matches!(e, ImportError::NotJson(_)),
            "is not JSON",
        ),
        (
            "[1, 2]".into(),
            |e| matches!(e, ImportError::NoFormat),
            "has no `format` field",
        ),
        (
            no_format.to_string(),
            |e| matches!(e, ImportError::NoFormat),
            "not a Scholia export",
        ),
        (
            foreign.to_string(),
            |e| matches!(e, ImportError::ForeignFormat(_)),
            "\"doccano\" format",
        ),
        (
            newer.to_string(),
            |e| matches!(e, ImportError::UnsupportedVersion(2)),
            "version 2",
        ),
        (
            edited.to_string(),
            |e| matches!(e, ImportError::HashMismatch),
            "SHA-256",
        ),
        (
            past_end.to_string(),
            |e| matches!(e, ImportError::BadItem { .. }),
            "annotations[0]: offsets",
        ),
        (
            wrong_quote.to_string(),
            |e| matches!(e, ImportError::BadItem { .. }),
            "annotations[0]: its text",
        ),
        (
            bad_label.to_string(),
            |e| matches!(e, ImportError::BadItem { .. }),
            "annotations[0]: \"<b>HTML</b>\" cannot be a label name",
        ),
        (
            dup.to_string(),
            |e| matches!(e, ImportError::BadItem { .. }),
            "used twice",
        ),
    ];
    for (input, is_expected, words) in cases {
        let err = import_json(&input).expect_err(&input);
        assert!(is_expected(&err), "{input}: got {err:?}");
        assert!(err.to_string().contains(words), "{input}: message {err}");
    }
}
