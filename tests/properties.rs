//! Properties that hold for every input: `analyze` never panics and keeps its
//! offset invariants on arbitrary Unicode and on text built from tricky
//! pieces (Chinese numerals, full-width digits, currency signs, emoji, ZWJ
//! sequences, combining marks, `\r\n`, URLs, titles); and export → import →
//! export is identical for a document with random annotations.
//!
//! Case counts are kept small so that the file runs in a few seconds in a
//! debug build.

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use scholia::analysis::{analyze, Config, Label, Value};
use scholia::export::{export_json, import_json};
use scholia::model::{slice_chars, Document, Source};

/// Pieces that have broken text processing before, or could.
const PIECES: &[&str] = &[
    "零",
    "〇",
    "一",
    "二",
    "兩",
    "三",
    "十",
    "百",
    "千",
    "萬",
    "万",
    "億",
    "亿",
    "兆",
    "萬億",
    "壹",
    "貳",
    "參",
    "拾",
    "第",
    "多",
    "餘",
    "幾",
    "數",
    "個",
    "家",
    "件",
    "年",
    "月",
    "日",
    "點",
    "分鐘",
    "季度",
    "成",
    "百分之",
    "個百分點",
    "美元",
    "美金",
    "歐元",
    "人民幣",
    "新台幣",
    "元",
    "港元",
    "日圓",
    "公里",
    "約",
    "逾",
    "不到",
    "以上",
    "左右",
    "0",
    "1",
    "2",
    "7",
    "9",
    "13",
    "2024",
    "1,500",
    "3.5",
    "0.1",
    ".",
    ",",
    "-",
    "/",
    ":",
    "０",
    "１",
    "２",
    "９",
    "％",
    "%",
    "$",
    "US$",
    "€",
    "£",
    "¥",
    "￥",
    "B",
    "k",
    "million",
    "billion",
    "trillion",
    "a ",
    "half",
    "third",
    " of ",
    "英镑",
    "percent",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "😀",
    "🇫🇷",
    "👩\u{200d}💻",
    "\u{200d}",
    "\u{200b}",
    "\u{feff}",
    "e\u{301}",
    "\u{301}",
    "\u{308}",
    "https://example.com/1.5億?x=20%",
    "www.a.io",
    "a@b.com",
    "Microsoft",
    "Mistral AI",
    "OpenAI",
    "Apple",
    "CEO",
    "President",
    "Dr.",
    "Mr",
    "納德拉",
    "微軟",
    "北京",
    "U.S.",
    "GPT-4",
    "H100",
    "Q3",
    "re:Invent",
    "CES",
    "Feb",
    "March",
    "first",
    "3rd",
    "two",
    "a year ago",
    "# ",
    "《",
    "》",
    "「",
    "」",
    "（",
    "）",
    "，",
    "。",
    "、",
    "\u{0}",
    "\u{7f}",
    "\u{10ffff}",
    "𠀀",
    "ｱ",
];

/// Texts that once panicked: English words read backwards from a number
/// into Chinese text, sliced inside a Chinese character.
const ONCE_PANICKED: &[&str] = &["英镑 a trillion", "中 third of the market"];

#[test]
fn texts_that_once_panicked_keep_the_invariants() {
    for text in ONCE_PANICKED {
        check_analysis(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
}

/// Strings assembled from [`PIECES`].
fn tricky_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|pieces| pieces.concat())
}

/// Arbitrary strings, mostly from the pieces, some fully random.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![3 => tricky_text(), 1 => any::<String>()]
}

/// Checks every invariant [`analyze`] promises on `text`.
fn check_analysis(text: &str) -> Result<(), TestCaseError> {
    let analysis = analyze(text, &Config::default());
    let len = text.chars().count();
    let mut last_end = 0;
    for s in &analysis.spans {
        prop_assert!(s.start < s.end, "empty or reversed span {s:?}");
        prop_assert!(s.end <= len, "span {s:?} past the end ({len})");
        prop_assert!(
            s.start >= last_end,
            "span {s:?} overlaps or is out of order"
        );
        prop_assert_eq!(slice_chars(text, s.start, s.end), s.text.as_str());
        last_end = s.end;
    }
    let mut last_end = 0;
    for section in &analysis.sections {
        prop_assert!(section.start <= section.end, "reversed {section:?}");
        prop_assert!(section.end <= len, "section {section:?} past the end");
        prop_assert!(
            section.start >= last_end,
            "section {section:?} overlaps or is out of order"
        );
        last_end = section.end;
    }
    Ok(())
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Failures are reported, not written into the source tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// One random annotation: a range (clamped to the text later), a label, a
/// note, a value, approx and source.
type AnnotationSeed = (usize, usize, usize, String, Option<Value>, bool, usize);

fn value() -> impl Strategy<Value = Option<Value>> {
    // Amounts that print and parse back exactly (integers and quarters), as
    // JSON carries them.
    let amount = (-1_000_000_000_000i64..1_000_000_000_000).prop_map(|n| n as f64 / 4.0);
    prop_oneof![
        Just(None),
        amount.clone().prop_map(|n| Some(Value::Number(n))),
        (
            amount.clone(),
            prop::sample::select(&["USD", "TWD", "CNY", "EUR"][..])
        )
            .prop_map(|(amount, currency)| Some(Value::Money {
                amount,
                currency: currency.to_string()
            })),
        (amount, "[a-z公里個]{1,4}")
            .prop_map(|(amount, unit)| Some(Value::Quantity { amount, unit })),
        "[-0-9TQPYMDH:/]{1,12}".prop_map(|s| Some(Value::Iso(s))),
    ]
}

fn annotation_seed() -> impl Strategy<Value = AnnotationSeed> {
    (
        0usize..200,
        1usize..20,
        0usize..Label::ALL.len(),
        any::<String>(),
        value(),
        any::<bool>(),
        0usize..4,
    )
}

proptest! {
    #![proptest_config(config(2048))]

    #[test]
    fn analyze_keeps_its_invariants(text in any_text()) {
        check_analysis(&text)?;
    }

    #[test]
    fn analyze_keeps_its_invariants_on_mixed_lines(
        lines in prop::collection::vec(tricky_text(), 0..6)
    ) {
        check_analysis(&lines.join("\r\n"))?;
        check_analysis(&lines.join("\n\n# "))?;
    }
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn export_import_export_is_identical(
        title in any::<String>(),
        text in any_text(),
        seeds in prop::collection::vec(annotation_seed(), 0..8),
        section_label in "[A-Za-z段落 ]{0,12}",
    ) {
        let mut doc = Document::new(title, text, &Config::default());
        let len = doc.len_chars();
        let sources = [Source::User, Source::Suggestion, Source::EveryOccurrence, Source::Import];
        for (start, width, label, note, value, approx, source) in seeds {
            if len == 0 {
                break;
            }
            let start = start % len;
            let end = (start + width).min(len);
            // Blank selections are refused: that is fine, skip them.
            let Ok(id) = doc.add_annotation(start, end, Label::ALL[label], &note) else {
                continue;
            };
            let at = doc
                .annotations
                .iter()
                .position(|a| a.id == id)
                .expect("the annotation just added");
            doc.annotations[at].value = value;
            doc.annotations[at].approx = approx;
            doc.annotations[at].source = sources[source];
        }
        if !doc.sections().is_empty() {
            // A blank or over-long label is refused; either way is fine here.
            let _ = doc.annotate_section(0, &section_label, "note");
        }
        let json = export_json(&doc);
        let back = import_json(&json).map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        prop_assert_eq!(export_json(&back), json);
        prop_assert_eq!(back, doc);
    }
}
