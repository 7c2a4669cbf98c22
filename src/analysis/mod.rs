//! Pure detection of entities, numbers and sections in Chinese and English text.
//!
//! [`analyze`] is the one entry point. It never fails and never panics: any
//! string goes in, an [`Analysis`] comes out. The detectors (`numbers`,
//! `dates`, `entities`) work on byte offsets, because that is what the regex
//! engine speaks; they propose [`Candidate`]s, overlaps are resolved here
//! (longest span first, then priority), and every offset leaves this module in
//! Unicode code points, end exclusive, as RECOGNITION.md and the export format
//! require.

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
}

impl Context<'_> {
    /// True when `range` touches a masked region (a URL, an e-mail address).
    pub(crate) fn is_masked(&self, range: &Range<usize>) -> bool {
        self.masked
            .iter()
            .any(|m| m.start < range.end && range.start < m.end)
    }
}

/// Finds entities, numbers and sections in `text`. Never fails.
pub fn analyze(text: &str, config: &Config) -> Analysis {
    let ctx = Context {
        text,
        script: script::detect(text),
        masked: entities::find_masked(text),
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
fn resolve_overlaps(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        let (la, lb) = (a.range.len(), b.range.len());
        lb.cmp(&la)
            .then(b.priority.cmp(&a.priority))
            .then(a.range.start.cmp(&b.range.start))
    });
    // Accepted ranges keyed by start; a new range overlaps an accepted one
    // only if the nearest accepted start before its end lies inside it.
    let mut taken: std::collections::BTreeMap<usize, Candidate> = Default::default();
    for c in candidates {
        let clashes = taken
            .range(..c.range.end)
            .next_back()
            .is_some_and(|(_, prev)| prev.range.end > c.range.start);
        if !clashes {
            taken.insert(c.range.start, c);
        }
    }
    taken.into_values().collect()
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
