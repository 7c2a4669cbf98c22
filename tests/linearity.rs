//! Adversarial pastes finish and give sane spans.
//!
//! Nothing here is timed (timed tests are flaky on shared machines): the
//! throughput of the same kinds of input is measured by `benches/analyze.rs`
//! at 10 MB. These tests make sure that a megabyte of the inputs most likely
//! to make a detector go quadratic or hang (an endless numeral, Chinese with
//! no punctuation to end a name, a numeral or a date, one endless Latin word)
//! comes back, with spans sorted, disjoint, inside the text and quoting it.

use scholia::analysis::{analyze, Analysis, Config};

const MB: usize = 1 << 20;

/// Spans sorted, disjoint, inside the text, and quoting it exactly; sections
/// in order and inside the text.
fn assert_sane(text: &str, analysis: &Analysis) {
    let chars: Vec<char> = text.chars().collect();
    let mut last_end = 0;
    for span in &analysis.spans {
        assert!(last_end <= span.start && span.start < span.end, "{span:?}");
        assert!(span.end <= chars.len(), "{span:?}");
        let quoted: String = chars[span.start..span.end].iter().collect();
        assert_eq!(quoted, span.text);
        last_end = span.end;
    }
    let mut last_end = 0;
    for section in &analysis.sections {
        assert!(last_end <= section.start && section.start <= section.end);
        assert!(section.end <= chars.len());
        last_end = section.end;
    }
}

/// `unit` repeated to about `bytes`.
fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

#[test]
fn a_megabyte_of_digits() {
    for unit in ["1234567890", "2024", "1,000,000.5 "] {
        let text = repeated(unit, MB);
        let analysis = analyze(&text, &Config::default());
        assert_sane(&text, &analysis);
    }
}

#[test]
fn a_megabyte_of_chinese_without_punctuation() {
    // Numerals, multipliers, surnames, date and speech words, transliteration
    // characters: every Chinese detector has something to start on.
    let unit = "一二三四五六七八九十百千萬億兆兩王李張陳黃年月日時分說表示納德拉馬斯克公司集團\
                銀行峰會美中台對美投資執行長總裁的是在有和人這中大為上個國我以要他時來用們生";
    let text = repeated(unit, MB);
    let analysis = analyze(&text, &Config::default());
    assert_sane(&text, &analysis);
}

#[test]
fn one_megabyte_long_latin_word() {
    for first in ["", "A", "GPT-", "Ann "] {
        let text = format!("{first}{}", "a".repeat(MB));
        let analysis = analyze(&text, &Config::default());
        assert_sane(&text, &analysis);
        assert!(analysis.spans.is_empty(), "{first}");
    }
    let capitals = "A".repeat(MB);
    assert_sane(&capitals, &analyze(&capitals, &Config::default()));
}
