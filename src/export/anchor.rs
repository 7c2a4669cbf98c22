//! Re-anchoring: placing annotations made on one text onto another (edited,
//! re-pasted, with other line endings) by what they quote.
//!
//! Each annotation carries a [`Quote`]: its exact text and up to
//! [`CONTEXT`] code points of context on either side. It is placed by, in
//! order: the old offsets if the quote still stands there (*exact*); the
//! occurrence of the quote whose context matches best, nearest the old offset
//! on a tie (*moved*); a fuzzy match within an edit distance of a fifth of the
//! quote's length (*moved*); otherwise it is *orphaned*. The fuzzy search only
//! looks at windows around positions where a piece of the quote occurs
//! exactly (by the pigeonhole principle one of `k + 1` pieces must survive
//! `k` edits), so its cost grows with the number of candidate windows, not
//! with the square of the text. All offsets are code points.

use crate::model::{Annotation, AnnotationId, LabelName};
use std::fmt;

/// Code points of context kept on each side of a quote.
pub const CONTEXT: usize = 32;

/// At most this many candidate windows are tried per annotation.
const MAX_CANDIDATES: usize = 64;

/// What an annotation says about where it stood.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Quote {
    /// Exactly the annotated text.
    pub exact: String,
    /// Up to [`CONTEXT`] code points before it.
    pub prefix: String,
    /// Up to [`CONTEXT`] code points after it.
    pub suffix: String,
}

impl Quote {
    /// The quote of code points `start..end` of `chars`, with its context.
    pub fn at(chars: &[char], start: usize, end: usize) -> Quote {
        let end = end.min(chars.len());
        let start = start.min(end);
        Quote {
            exact: chars[start..end].iter().collect(),
            prefix: chars[start.saturating_sub(CONTEXT)..start].iter().collect(),
            suffix: chars[end..(end + CONTEXT).min(chars.len())]
                .iter()
                .collect(),
        }
    }
}

/// An annotation that could not be placed on the new text.
#[derive(Clone, Debug, PartialEq)]
pub struct Orphan {
    /// Its id in the imported file.
    pub id: AnnotationId,
    /// Its label.
    pub label: LabelName,
    /// The text it quoted.
    pub exact: String,
}

/// How the annotations of an import fared on the new text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReanchorReport {
    /// Placed at their old offsets.
    pub exact: usize,
    /// Placed elsewhere, by their quote (exactly or fuzzily).
    pub moved: usize,
    /// Not placed; left out of the result.
    pub orphaned: Vec<Orphan>,
}

impl fmt::Display for ReanchorReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} anchored exactly, {} moved, {} could not be placed",
            self.exact,
            self.moved,
            self.orphaned.len()
        )
    }
}

/// Where one annotation went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Placement {
    Exact(usize, usize),
    Moved(usize, usize),
    Orphaned,
}

/// Places `items` (annotations with their quotes; offsets as they were) on
/// `text`. Returns the placed annotations, with new offsets, and the report.
pub fn reanchor(text: &str, items: Vec<(Annotation, Quote)>) -> (Vec<Annotation>, ReanchorReport) {
    let chars: Vec<char> = text.chars().collect();
    let mut report = ReanchorReport::default();
    let mut placed = Vec::with_capacity(items.len());
    for (mut a, quote) in items {
        match place(&chars, text, &quote, a.start) {
            Placement::Exact(s, e) | Placement::Moved(s, e) if s >= e => {
                report.orphaned.push(orphan(&a, quote));
            }
            Placement::Exact(s, e) => {
                report.exact += 1;
                (a.start, a.end) = (s, e);
                placed.push(a);
            }
            Placement::Moved(s, e) => {
                report.moved += 1;
                (a.start, a.end) = (s, e);
                placed.push(a);
            }
            Placement::Orphaned => report.orphaned.push(orphan(&a, quote)),
        }
    }
    (placed, report)
}

fn orphan(a: &Annotation, quote: Quote) -> Orphan {
    Orphan {
        id: a.id,
        label: a.label.clone(),
        exact: quote.exact,
    }
}

fn place(chars: &[char], text: &str, quote: &Quote, old_start: usize) -> Placement {
    let exact: Vec<char> = quote.exact.chars().collect();
    if exact.is_empty() {
        return Placement::Orphaned;
    }
    let old_end = old_start + exact.len();
    if old_end <= chars.len() && chars[old_start..old_end] == exact[..] {
        return Placement::Exact(old_start, old_end);
    }
    let index = CharIndex::new(text);
    let prefix: Vec<char> = quote.prefix.chars().collect();
    let suffix: Vec<char> = quote.suffix.chars().collect();
    let score = |s: usize, e: usize| context_score(chars, s, e, &prefix, &suffix);

    // The quote as it was, wherever it occurs: best context, then nearest.
    let best = index
        .find_all(text, &quote.exact)
        .into_iter()
        .map(|s| (s, s + exact.len()))
        .max_by_key(|&(s, e)| (score(s, e), std::cmp::Reverse(s.abs_diff(old_start))));
    if let Some((s, e)) = best {
        return Placement::Moved(s, e);
    }
    fuzzy(chars, text, &index, &exact, old_start, &score)
}

/// The number of context code points that still agree around `s..e`.
fn context_score(chars: &[char], s: usize, e: usize, prefix: &[char], suffix: &[char]) -> usize {
    let before = prefix
        .iter()
        .rev()
        .zip(chars[..s].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let after = suffix
        .iter()
        .zip(chars[e.min(chars.len())..].iter())
        .take_while(|(a, b)| a == b)
        .count();
    before + after
}

/// Edit distance, context score (reversed: more is better), distance from
/// the old offset; smaller is better.
type FuzzyKey = (usize, std::cmp::Reverse<usize>, usize);

fn fuzzy(
    chars: &[char],
    text: &str,
    index: &CharIndex,
    exact: &[char],
    old_start: usize,
    score: &dyn Fn(usize, usize) -> usize,
) -> Placement {
    let len = exact.len();
    let k = len / 5;
    if k == 0 {
        return Placement::Orphaned;
    }
    // k + 1 pieces: at least one occurs unchanged in any match with <= k edits.
    let pieces = k + 1;
    let mut candidates: Vec<usize> = Vec::new();
    for p in 0..pieces {
        let from = p * len / pieces;
        let to = (p + 1) * len / pieces;
        if to <= from {
            continue;
        }
        let piece: String = exact[from..to].iter().collect();
        for at in index.find_all(text, &piece) {
            candidates.push(at.saturating_sub(from));
        }
    }
    candidates.sort_unstable_by_key(|&c| c.abs_diff(old_start));
    candidates.dedup();
    candidates.truncate(MAX_CANDIDATES);

    // Smallest distance, then best context, then nearest the old offset.
    let mut best: Option<(FuzzyKey, usize, usize)> = None;
    for c in candidates {
        let from = c.saturating_sub(k);
        let to = (c + len + k).min(chars.len());
        if from >= to {
            continue;
        }
        if let Some((d, s, e)) = best_substring(exact, &chars[from..to], k) {
            let (s, e) = (from + s, from + e);
            let key = (d, std::cmp::Reverse(score(s, e)), s.abs_diff(old_start));
            if best.as_ref().is_none_or(|(b, _, _)| key < *b) {
                best = Some((key, s, e));
            }
        }
    }
    match best {
        Some((_, s, e)) => Placement::Moved(s, e),
        None => Placement::Orphaned,
    }
}

/// The substring of `window` closest to `pattern` in edit distance, if within
/// `k`: (distance, start, end). Sellers' algorithm, keeping each cell's start.
fn best_substring(pattern: &[char], window: &[char], k: usize) -> Option<(usize, usize, usize)> {
    let m = pattern.len();
    // Column over the pattern: (distance, start in window).
    let mut prev: Vec<(usize, usize)> = (0..=m).map(|i| (i, 0)).collect();
    let mut best: Option<(usize, usize, usize)> = None;
    for (j, &wc) in window.iter().enumerate() {
        let mut cur = Vec::with_capacity(m + 1);
        cur.push((0, j + 1));
        for i in 1..=m {
            let sub = (
                prev[i - 1].0 + usize::from(pattern[i - 1] != wc),
                prev[i - 1].1,
            );
            let del = (cur[i - 1].0 + 1, cur[i - 1].1);
            let ins = (prev[i].0 + 1, prev[i].1);
            cur.push(sub.min(del).min(ins));
        }
        let (d, s) = cur[m];
        if d <= k && best.is_none_or(|(bd, _, _)| d < bd) {
            best = Some((d, s, j + 1));
        }
        prev = cur;
    }
    best
}

/// Byte to code-point conversion for `str::match_indices` results.
struct CharIndex {
    /// Byte offset of every code point.
    starts: Vec<usize>,
}

impl CharIndex {
    fn new(text: &str) -> Self {
        CharIndex {
            starts: text.char_indices().map(|(b, _)| b).collect(),
        }
    }

    /// The code-point offsets of every (possibly overlapping) occurrence.
    fn find_all(&self, text: &str, needle: &str) -> Vec<usize> {
        let mut out = Vec::new();
        if needle.is_empty() {
            return out;
        }
        let mut from = 0;
        while let Some(at) = text[from..].find(needle) {
            let byte = from + at;
            if let Ok(c) = self.starts.binary_search(&byte) {
                out.push(c);
            }
            let step = text[byte..].chars().next().map_or(1, char::len_utf8);
            from = byte + step;
            if out.len() > 10 * MAX_CANDIDATES {
                break;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;

    fn item(text: &str, start: usize, end: usize) -> (Annotation, Quote) {
        let chars: Vec<char> = text.chars().collect();
        let a = Annotation {
            id: 1,
            start,
            end,
            label: crate::analysis::Label::Org.into(),
            note: String::new(),
            value: None,
            approx: false,
            source: Source::User,
            created: None,
            modified: None,
        };
        (a, Quote::at(&chars, start, end))
    }

    fn check(old: &str, start: usize, end: usize, new: &str, want: Option<&str>) {
        let (placed, report) = reanchor(new, vec![item(old, start, end)]);
        let got = placed
            .first()
            .map(|a| crate::model::slice_chars(new, a.start, a.end).to_string());
        assert_eq!(got.as_deref(), want, "{old:?} -> {new:?} ({report})");
    }

    #[test]
    fn places_by_quote_and_context() {
        check("台積電在新竹", 0, 3, "台積電在新竹", Some("台積電"));
        check("台積電在新竹", 4, 6, "據報，台積電在新竹", Some("新竹"));
        check(
            "a\r\nMistral AI",
            3,
            13,
            "a\nMistral AI",
            Some("Mistral AI"),
        );
        // Two occurrences: the one whose context still matches wins.
        check(
            "x ORG y. z ORG w.",
            11,
            14,
            "z ORG w. x ORG y. q",
            Some("ORG"),
        );
        // Fuzzy: one letter changed in a ten-letter quote.
        check(
            "the Mistral AI deal",
            4,
            14,
            "the Mistrel AI deal",
            Some("Mistrel AI"),
        );
        check("the Mistral AI deal", 4, 14, "nothing alike at all", None);
        check("😀微軟😀", 1, 3, "🚀🚀微軟", Some("微軟"));
    }

    #[test]
    fn reports_counts() {
        let old = "Apple and Beats, Apple again";
        let items = vec![item(old, 0, 5), item(old, 10, 15), item(old, 17, 22)];
        let (_, report) = reanchor("Beats, Apple and more", items);
        assert_eq!((report.exact, report.moved), (0, 3));
        assert_eq!(
            report.to_string(),
            "0 anchored exactly, 3 moved, 0 could not be placed"
        );
    }
}
