//! Pure detection of entities, numbers and sections in Chinese and English text.
//!
//! [`analyze`] is the one entry point. It never fails and never panics: any
//! string goes in, an [`Analysis`] comes out. The detectors (`numbers`,
//! `dates`, `entities`) work on byte offsets, because that is what the regex
//! engine speaks; they propose [`Candidate`]s, overlaps are resolved here
//! (longest span first, then priority), and every offset leaves this module in
//! Unicode code points, end exclusive, as RECOGNITION.md and the export format
//! require.

mod common_words;
mod dates;
mod entities;
mod gazetteer;
mod label;
mod numbers;
mod numerals;
mod script;
mod sections;

pub use label::Label;
pub use script::Script;
pub use sections::SectionKind;

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Options for one analysis run.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Extra `(term, label)` entries; every occurrence of a term is suggested.
    pub user_terms: Vec<(String, Label)>,
}

/// The normalised value of a number, amount, date or time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// CARDINAL, ORDINAL, PERCENT: a plain number (`20%` → 20).
    Number(f64),
    /// MONEY: an amount and its ISO 4217 currency code.
    Money {
        /// The amount in units of the currency (`3 萬億美金` → 3e12).
        amount: f64,
        /// ISO 4217 code, e.g. `USD`.
        currency: String,
    },
    /// QUANTITY: an amount and its unit as written (`5 公里` → 5, `公里`).
    Quantity {
        /// The amount.
        amount: f64,
        /// The unit.
        unit: String,
    },
    /// DATE and TIME: ISO 8601 (`2023-08`, `--02-26`, `T23:00`, `P1Y`).
    Iso(String),
}

/// One suggested highlight, offsets in Unicode code points, end exclusive.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// First code point of the span.
    pub start: usize,
    /// One past the last code point of the span.
    pub end: usize,
    /// What the span is.
    pub label: Label,
    /// Exactly `text[start..end]` (in code points).
    pub text: String,
    /// The normalised value, where the span alone fixes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// True when the span is approximate (`50 多家`, `130 多億美元`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub approx: bool,
}

impl std::fmt::Display for Value {
    /// A value as a person reads it: `3000000000000 USD`, `20`, `T23:00`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fn number(n: f64) -> String {
            if n.fract() == 0.0 && n.abs() < 1e21 {
                format!("{n:.0}")
            } else {
                format!("{n}")
            }
        }
        match self {
            Value::Number(n) => f.write_str(&number(*n)),
            Value::Money { amount, currency } => write!(f, "{} {currency}", number(*amount)),
            Value::Quantity { amount, unit } => write!(f, "{} {unit}", number(*amount)),
            Value::Iso(s) => f.write_str(s),
        }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A heading or paragraph, offsets in Unicode code points, end exclusive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Heading or paragraph.
    pub kind: SectionKind,
    /// First code point of the section's visible text.
    pub start: usize,
    /// One past its last code point (line breaks and `#` markers are outside).
    pub end: usize,
}

/// Everything the core found in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Suggested highlights, sorted by start, never overlapping.
    pub spans: Vec<Span>,
    /// Sections in text order, never overlapping.
    pub sections: Vec<Section>,
    /// The script the text is mostly written in.
    pub script: Script,
}

/// A detector's proposal, offsets in **bytes** into the analysed text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Candidate {
    /// Byte range of the span; both ends lie on char boundaries.
    pub range: Range<usize>,
    /// What it is.
    pub label: Label,
    /// Its normalised value, if any.
    pub value: Option<Value>,
    /// Approximate (`多`, `餘`, `幾`, `數` fused into the numeral).
    pub approx: bool,
    /// Breaks ties between overlapping candidates of equal length; higher wins.
    pub priority: u8,
}

impl Candidate {
    /// A candidate with no value, not approximate, default priority.
    pub(crate) fn new(range: Range<usize>, label: Label) -> Self {
        Candidate {
            range,
            label,
            value: None,
            approx: false,
            priority: label.default_priority(),
        }
    }

    /// The same candidate carrying `value`.
    pub(crate) fn with_value(mut self, value: Value) -> Self {
        self.value = Some(value);
        self
    }
}

/// What every detector gets to look at.
pub(crate) struct Context<'a> {
    /// The whole text being analysed.
    pub text: &'a str,
    /// Its dominant script (decides what a bare `元` means).
    pub script: Script,
    /// Byte ranges of URLs and e-mail addresses: nothing is suggested inside them.
    pub masked: Vec<Range<usize>>,
    /// Where Latin and Han text lie, for detectors that read only one of them.
    pub regions: script::Regions,
}

impl Context<'_> {
    /// True when `range` touches a masked region (a URL, an e-mail address).
    ///
    /// `masked` is sorted and disjoint (see [`merge_ranges`]), so only the last
    /// region starting before `range` ends can touch it; a linear scan here was
    /// quadratic on texts full of links.
    pub(crate) fn is_masked(&self, range: &Range<usize>) -> bool {
        let before_end = self.masked.partition_point(|m| m.start < range.end);
        before_end > 0 && self.masked[before_end - 1].end > range.start
    }
}

/// True where the literal searches of the regex and Aho-Corasick crates use
/// SIMD: a pattern that starts with literals is searched faster in the whole
/// text, skipping Chinese text in big strides, than with a call per region.
/// The browser build has no SIMD there and searches the regions.
pub(crate) const LITERALS_SKIP_FAST: bool = cfg!(not(target_arch = "wasm32"));

/// Matches of `re`, a pattern led by literals, in `text`, as byte ranges:
/// searched in `regions` or in the whole text (see [`LITERALS_SKIP_FAST`]),
/// which finds the same when `regions` fit `re`.
pub(crate) fn find_led_by_literals<'a>(
    re: &'a regex::Regex,
    text: &'a str,
    regions: &'a [Range<usize>],
) -> Box<dyn Iterator<Item = Range<usize>> + 'a> {
    if LITERALS_SKIP_FAST {
        Box::new(re.find_iter(text).map(|m| m.range()))
    } else {
        Box::new(find_in(re, text, regions))
    }
}

/// Matches of `re` in `text` inside `regions`, as byte ranges into `text`: the
/// matches `re.find_iter(text)` finds, when `regions` fit `re` (see
/// [`script::Regions`]).
pub(crate) fn find_in<'a>(
    re: &'a regex::Regex,
    text: &'a str,
    regions: &'a [Range<usize>],
) -> impl Iterator<Item = Range<usize>> + 'a {
    regions.iter().flat_map(move |r| {
        re.find_iter(&text[r.clone()])
            .map(move |m| r.start + m.start()..r.start + m.end())
    })
}

/// Matches of `re` in `text`, as byte ranges: the matches `re.find_iter(text)`
/// finds, when every one of them is made of `part` characters only and holds
/// a byte offset listed in `cues` (sorted). `re` may have no look-around.
///
/// Only the runs of `part` characters around the cues are searched: a match
/// can neither start nor end outside such a run, so searching each run on its
/// own finds exactly what a search of the whole text finds. Patterns that
/// start with a character class (`[A-Z]…`) give the regex engine nothing to
/// skip ahead on, and scanning all of an English text for each of them costs
/// more than finding their cues (` said`, a digit after a capital) does.
/// Each run is walked once, however many cues it holds, so this is linear.
pub(crate) fn find_around(
    re: &regex::Regex,
    text: &str,
    cues: impl IntoIterator<Item = usize>,
    part: fn(char) -> bool,
    out: &mut Vec<Range<usize>>,
) {
    let mut searched_to = 0;
    for cue in cues {
        if cue < searched_to || cue >= text.len() || !text.is_char_boundary(cue) {
            continue;
        }
        let head = &text[searched_to..cue];
        let start = searched_to
            + head
                .char_indices()
                .rev()
                .take_while(|&(_, c)| part(c))
                .last()
                .map_or(head.len(), |(i, _)| i);
        let tail = &text[cue..];
        let end = cue
            + tail
                .char_indices()
                .find(|&(_, c)| !part(c))
                .map_or(tail.len(), |(i, _)| i);
        out.extend(
            re.find_iter(&text[start..end])
                .map(|m| start + m.start()..start + m.end()),
        );
        // The character at `end` (if any) is no part: no later run reaches back
        // past it.
        searched_to = end;
    }
}

/// Sorts `ranges` and merges the ones that overlap, so that a non-empty range
/// touches the result exactly when it touches one of the inputs.
fn merge_ranges(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Finds entities, numbers and sections in `text`. Never fails.
pub fn analyze(text: &str, config: &Config) -> Analysis {
    let survey = script::survey(text);
    let ctx = Context {
        text,
        script: survey.script,
        masked: merge_ranges(entities::find_masked(text)),
        regions: survey.regions,
    };
    let mut candidates = Vec::new();
    numbers::detect(&ctx, &mut candidates);
    dates::detect(&ctx, &mut candidates);
    entities::detect(&ctx, config, &mut candidates);
    candidates.retain(|c| {
        c.range.start < c.range.end
            && c.range.end <= text.len()
            && text.is_char_boundary(c.range.start)
            && text.is_char_boundary(c.range.end)
            && !ctx.is_masked(&c.range)
    });
    let chosen = resolve_overlaps(candidates);
    let sections = sections::detect(text);

    let mut index = CharIndex::new(text);
    let spans = chosen
        .into_iter()
        .map(|c| Span {
            start: index.char_at(c.range.start),
            end: index.char_at(c.range.end),
            label: c.label,
            text: text[c.range.clone()].to_string(),
            value: c.value,
            approx: c.approx,
        })
        .collect();
    let mut index = CharIndex::new(text);
    let sections = sections
        .into_iter()
        .map(|s| Section {
            kind: s.kind,
            start: index.char_at(s.range.start),
            end: index.char_at(s.range.end),
        })
        .collect();
    Analysis {
        spans,
        sections,
        script: ctx.script,
    }
}

/// Keeps the longest candidates (then the higher priority, then the earlier)
/// such that no two overlap; returns them sorted by start.
///
/// A candidate can only lose to candidates it overlaps, so the choice is made
/// separately within each cluster of transitively overlapping candidates.
/// Clusters are almost always one to three candidates long, which keeps the
/// expensive part (ranking and overlap checks) off the bulk of the input.
fn resolve_overlaps(candidates: Vec<Candidate>) -> Vec<Candidate> {
    // Each detector emits in text order: the sort mostly merges sorted runs.
    let mut by_start: Vec<(usize, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (c.range.start, i))
        .collect();
    // Stable, so equal starts keep index order: the order of `(start, index)`,
    // for one key compared instead of two.
    by_start.sort_by_key(|&(start, _)| start);
    let mut keep = vec![false; candidates.len()];
    let mut cluster = Vec::new();
    let mut first = 0;
    while first < by_start.len() {
        let mut end = candidates[by_start[first].1].range.end;
        let mut next = first + 1;
        while next < by_start.len() && by_start[next].0 < end {
            end = end.max(candidates[by_start[next].1].range.end);
            next += 1;
        }
        if next - first == 1 {
            keep[by_start[first].1] = true;
        } else {
            cluster.clear();
            cluster.extend(by_start[first..next].iter().map(|&(_, i)| i));
            choose_in_cluster(&candidates, &mut cluster, &mut keep);
        }
        first = next;
    }
    let mut slots: Vec<Option<Candidate>> = candidates.into_iter().map(Some).collect();
    by_start
        .iter()
        .filter(|&&(_, i)| keep[i])
        .filter_map(|&(_, i)| slots[i].take())
        .collect()
}

/// The greedy choice within one cluster: longest first, then higher priority,
/// then earlier start, then earlier candidate; each is kept unless it overlaps
/// one kept before it. Marks the kept ones in `keep`.
fn choose_in_cluster(candidates: &[Candidate], cluster: &mut [usize], keep: &mut [bool]) {
    cluster.sort_unstable_by_key(|&i| {
        let c = &candidates[i];
        (
            std::cmp::Reverse(c.range.len()),
            std::cmp::Reverse(c.priority),
            c.range.start,
            i,
        )
    });
    // Small clusters compare with every kept range; large ones (pathological
    // input) key kept ranges by start, where only the nearest start before a
    // range's end can overlap it.
    const SMALL: usize = 32;
    if cluster.len() <= SMALL {
        let mut kept: Vec<&Range<usize>> = Vec::with_capacity(cluster.len());
        for &i in cluster.iter() {
            let r = &candidates[i].range;
            if !kept.iter().any(|k| k.start < r.end && r.start < k.end) {
                kept.push(r);
                keep[i] = true;
            }
        }
        return;
    }
    let mut kept: std::collections::BTreeMap<usize, usize> = Default::default();
    for &i in cluster.iter() {
        let r = &candidates[i].range;
        let clashes = kept
            .range(..r.end)
            .next_back()
            .is_some_and(|(_, &end)| end > r.start);
        if !clashes {
            kept.insert(r.start, r.end);
            keep[i] = true;
        }
    }
}

/// Converts increasing byte offsets into code-point offsets in one pass.
///
/// Calls must come with non-decreasing byte offsets; a smaller one restarts
/// the scan from the beginning (still correct, just slower).
pub(crate) struct CharIndex<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharIndex<'a> {
    /// An index positioned at the start of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        CharIndex {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point offset of byte offset `byte` (a char boundary).
    pub(crate) fn char_at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let byte = byte.min(self.text.len());
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spans sorted, disjoint, inside the text, and quoting it exactly.
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

    const MB: usize = 1 << 20;

    /// `unit` repeated to about `bytes`.
    fn repeated(unit: &str, bytes: usize) -> String {
        unit.repeat(bytes.div_ceil(unit.len()))
    }

    // Adversarial pastes finish and give sane spans. Nothing here is timed
    // (timed tests are flaky on shared machines): `benches/analyze.rs`
    // measures the throughput of the same kinds of input at 10 MB.
    #[test]
    fn pathological_megabytes_stay_sane() {
        let digits = "7".repeat(MB);
        let han = "這是沒有標點的中文長句".repeat(MB / 33);
        let capitalised = "Aaa Bbb Ccc Ddd Eee Fff Ggg ".repeat(MB / 28);
        let urls = "https://x.com/".repeat(MB / 14);
        for text in [&digits, &han, &capitalised, &urls] {
            let analysis = analyze(text, &Config::default());
            assert_sane(text, &analysis);
            assert_eq!(analysis.sections.len(), 1);
        }
        // One endless numeral is no amount; nothing in a link is suggested.
        assert!(analyze(&digits, &Config::default()).spans.is_empty());
        assert!(analyze(&urls, &Config::default()).spans.is_empty());
        let mixed =
            "Microsoft 與 Mistral AI 的 130 億美元 https://x.com/a 2024 年 ".repeat(MB / 80);
        assert_sane(&mixed, &analyze(&mixed, &Config::default()));
    }

    #[test]
    fn a_megabyte_of_numerals_stays_sane() {
        for unit in ["1234567890", "2024", "1,000,000.5 "] {
            let text = repeated(unit, MB);
            assert_sane(&text, &analyze(&text, &Config::default()));
        }
    }

    #[test]
    fn a_megabyte_of_chinese_without_punctuation_stays_sane() {
        // Numerals, multipliers, surnames, date and speech words,
        // transliteration characters: every Chinese detector has something
        // to start on.
        let unit = "一二三四五六七八九十百千萬億兆兩王李張陳黃年月日時分說表示納德拉馬斯克公司集團\
                    銀行峰會美中台對美投資執行長總裁的是在有和人這中大為上個國我以要他時來用們生";
        let text = repeated(unit, MB);
        assert_sane(&text, &analyze(&text, &Config::default()));
    }

    #[test]
    fn one_megabyte_long_latin_word_stays_sane() {
        for first in ["", "A", "GPT-", "Ann "] {
            let text = format!("{first}{}", "a".repeat(MB));
            let analysis = analyze(&text, &Config::default());
            assert_sane(&text, &analysis);
            assert!(analysis.spans.is_empty(), "{first}");
        }
        let capitals = "A".repeat(MB);
        assert_sane(&capitals, &analyze(&capitals, &Config::default()));
    }

    #[test]
    fn masks_many_links_and_addresses() {
        let ctx = |masked: Vec<Range<usize>>| Context {
            text: "",
            script: Script::Latin,
            masked: merge_ranges(masked),
            regions: Default::default(),
        };
        // Unsorted and overlapping (a link holding an address).
        let c = ctx(vec![30..40, 0..10, 5..12, 20..22]);
        assert_eq!(c.masked, vec![0..12, 20..22, 30..40]);
        for (range, want) in [
            (0..1, true),
            (11..13, true),
            (12..20, false),
            (19..21, true),
            (22..30, false),
            (39..50, true),
            (40..50, false),
            (2..35, true),
        ] {
            assert_eq!(c.is_masked(&range), want, "{range:?}");
        }
        assert!(!ctx(Vec::new()).is_masked(&(0..5)));
    }

    /// The greedy choice as first written: every candidate against all kept.
    fn resolve_by_definition(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
        candidates.sort_by(|a, b| {
            b.range
                .len()
                .cmp(&a.range.len())
                .then(b.priority.cmp(&a.priority))
                .then(a.range.start.cmp(&b.range.start))
        });
        let mut kept: Vec<Candidate> = Vec::new();
        for c in candidates {
            if !kept
                .iter()
                .any(|k| k.range.start < c.range.end && c.range.start < k.range.end)
            {
                kept.push(c);
            }
        }
        kept.sort_by_key(|c| c.range.start);
        kept
    }

    #[test]
    fn resolving_by_cluster_matches_the_definition() {
        // A small linear congruential generator: reproducible, no dependency.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        let labels = [Label::Org, Label::Person, Label::Money, Label::Date];
        for round in 0..300 {
            // Dense rounds make long clusters (past the small-cluster path).
            let width = if round % 3 == 0 { 60 } else { 400 };
            let candidates: Vec<Candidate> = (0..next(120) + 1)
                .map(|_| {
                    let start = next(width) as usize;
                    let len = next(12) as usize + 1;
                    let mut c = Candidate::new(start..start + len, labels[next(4) as usize]);
                    c.priority = next(3) as u8 * 10;
                    c
                })
                .collect();
            let want = resolve_by_definition(candidates.clone());
            assert_eq!(resolve_overlaps(candidates), want, "round {round}");
        }
    }
}
