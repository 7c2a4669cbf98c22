//! Highlights never drift: whatever comes before a span (emoji, ZWJ
//! sequences, flags, combining marks, CJK, `\r\n`), every span's offsets count
//! code points and quote exactly its text.

use scholia::analysis::{analyze, Config, Span};
use scholia::model::slice_chars;

const BODY: &str =
    "微軟宣布投資 Mistral AI 130 億美元，約 20%。Microsoft paid $2 billion on February 26, 2024.";

fn spans(text: &str) -> Vec<Span> {
    analyze(text, &Config::default()).spans
}

#[test]
fn prefixes_shift_spans_by_their_code_point_length() {
    let base = spans(BODY);
    assert!(base.len() >= 5, "{base:?}");
    for prefix in [
        "😀",
        "👩‍💻👨‍👩‍👧",
        "🇫🇷🇹🇼",
        "e\u{301}a\u{308}",
        "中文字",
        "\r\n",
        "\r\n\r\n",
        "𠀀𪚥",
        "\u{FEFF}",
    ] {
        let text = format!("{prefix} {BODY}");
        let shift = prefix.chars().count() + 1;
        let got = spans(&text);
        let moved: Vec<_> = base
            .iter()
            .map(|s| (s.start + shift, s.end + shift, s.label, s.text.clone()))
            .collect();
        let got: Vec<_> = got
            .iter()
            .map(|s| (s.start, s.end, s.label, s.text.clone()))
            .collect();
        assert_eq!(got, moved, "prefix {prefix:?}");
    }
}

#[test]
fn every_span_quotes_its_slice_and_lies_on_the_text() {
    for text in [
        BODY,
        scholia::SAMPLE_ARTICLE,
        "😀😀😀 2 月 26 日 23 點\r\n\r\n👍🏽 U.S. 對美投資 50 多家公司",
        "",
        "\r\n\r\n",
        "e\u{301}\u{302}\u{303}",
    ] {
        let analysis = analyze(text, &Config::default());
        let len = text.chars().count();
        let mut last_end = 0;
        for s in &analysis.spans {
            assert!(s.start < s.end && s.end <= len, "{s:?}");
            assert!(s.start >= last_end, "sorted and not overlapping: {s:?}");
            last_end = s.end;
            assert_eq!(slice_chars(text, s.start, s.end), s.text);
        }
        for sec in &analysis.sections {
            assert!(sec.start < sec.end && sec.end <= len);
            let t = slice_chars(text, sec.start, sec.end);
            assert_eq!(t.trim(), t, "sections are trimmed");
        }
    }
}

#[test]
fn never_panics_on_odd_input() {
    let odd = [
        "\u{0}\u{1}\u{2}binary\u{7f}",
        "\u{FFFD}\u{FFFD}",
        &"9".repeat(10_000),
        &"萬".repeat(5_000),
        &"億兆".repeat(3_000),
        "$$$ ％％ 第第第 年年月月日日",
        "1,,,,2...3 ,000 .5",
        "<script>alert(1)</script>",
        "\u{202E}RTL override 123",
    ];
    for text in odd {
        let analysis = analyze(text, &Config::default());
        for s in &analysis.spans {
            assert_eq!(slice_chars(text, s.start, s.end), s.text);
        }
    }
}
