//! Measures recognition: gold spans against predicted spans over one text.
//!
//! [`evaluate`] compares two span lists and returns a [`Report`] of raw
//! counts per label; scores (precision, recall, F1, value accuracy) are
//! computed from the counts only when asked for, so reports over many
//! documents add up exactly: sum the counts with [`Report::add`], then score
//! (micro-averaging). Two matchings are counted side by side:
//!
//! - **exact**: same start, same end, same label;
//! - **overlap**: same label and ranges that share at least one code point,
//!   paired one-to-one, greedily by largest overlap.
//!
//! **Value accuracy** is the share, among exactly matched pairs whose gold
//! span carries a value, of predictions whose value (and approximation flag)
//! equals the gold one ([`values_match`]).
//!
//! The module is pure: no I/O, never fails. The same comparison serves as an
//! inter-annotator agreement measure when both sides are human annotations.

use crate::analysis::{analyze, Config, Label, Span, Value};
use crate::model::LabelName;
use crate::model::{Annotation, Document};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt::{self, Write as _};

/// Relative tolerance under which two numeric values are equal.
pub const RELATIVE_TOLERANCE: f64 = 1e-9;

/// One span to compare, offsets in Unicode code points, end exclusive.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvalSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// What the span is.
    pub label: LabelName,
    /// The normalised value, if any.
    #[serde(default)]
    pub value: Option<Value>,
    /// True when the value is approximate.
    #[serde(default)]
    pub approx: bool,
}

impl From<&Span> for EvalSpan {
    fn from(s: &Span) -> Self {
        EvalSpan {
            start: s.start,
            end: s.end,
            label: s.label.into(),
            value: s.value.clone(),
            approx: s.approx,
        }
    }
}

impl From<&Annotation> for EvalSpan {
    fn from(a: &Annotation) -> Self {
        EvalSpan {
            start: a.start,
            end: a.end,
            label: a.label.clone(),
            value: a.value.clone(),
            approx: a.approx,
        }
    }
}

/// Raw counts for one label (or a sum of labels); every score derives from them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Pairs matched exactly (same start, end, label).
    pub exact: usize,
    /// Pairs matched by overlap (same label, shared code points), one-to-one.
    pub overlap: usize,
    /// Exact pairs whose gold span carries a value.
    pub valued: usize,
    /// Of those, the pairs whose predicted value equals the gold one.
    pub value_correct: usize,
}

impl Counts {
    /// Adds `other`'s counts to these.
    pub fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.exact += other.exact;
        self.overlap += other.overlap;
        self.valued += other.valued;
        self.value_correct += other.value_correct;
    }

    /// Precision, recall and F1 under exact matching.
    pub fn exact_scores(&self) -> Scores {
        Scores::new(self.exact, self.gold, self.predicted)
    }

    /// Precision, recall and F1 under overlap matching.
    pub fn overlap_scores(&self) -> Scores {
        Scores::new(self.overlap, self.gold, self.predicted)
    }

    /// The share of valued exact pairs whose value is right; `None` when there
    /// were none to check.
    pub fn value_accuracy(&self) -> Option<f64> {
        (self.valued > 0).then(|| self.value_correct as f64 / self.valued as f64)
    }

    /// True when neither side has a span.
    pub fn is_empty(&self) -> bool {
        self.gold == 0 && self.predicted == 0
    }
}

/// Precision, recall and F1, each between 0 and 1.
///
/// With nothing predicted, precision is 1 (nothing was wrong); with nothing
/// to find, recall is 1 (nothing was missed). So both sides empty scores 1
/// everywhere, and one side empty scores F1 0.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Matched / predicted.
    pub precision: f64,
    /// Matched / gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Scores {
    /// Scores for `matched` pairs out of `gold` and `predicted` spans.
    pub fn new(matched: usize, gold: usize, predicted: usize) -> Scores {
        let ratio = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
        let precision = ratio(matched, predicted);
        let recall = ratio(matched, gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Scores {
            precision,
            recall,
            f1,
        }
    }
}

/// A family of labels reported together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    /// MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL.
    Numbers,
    /// DATE, TIME.
    Dates,
    /// PERSON, ORG, GPE, LOC, PRODUCT, EVENT.
    Entities,
}

impl Group {
    /// Every group, in report order.
    pub const ALL: [Group; 3] = [Group::Numbers, Group::Dates, Group::Entities];

    /// The group's name as printed (`numbers`).
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Numbers => "numbers",
            Group::Dates => "dates",
            Group::Entities => "entities",
        }
    }

    /// The labels in the group.
    pub fn labels(self) -> &'static [Label] {
        match self {
            Group::Numbers => &[
                Label::Money,
                Label::Percent,
                Label::Quantity,
                Label::Cardinal,
                Label::Ordinal,
            ],
            Group::Dates => &[Label::Date, Label::Time],
            Group::Entities => &[
                Label::Person,
                Label::Org,
                Label::Gpe,
                Label::Loc,
                Label::Product,
                Label::Event,
            ],
        }
    }
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Counts per label over one or more documents; add reports to aggregate.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// How many documents were compared.
    pub documents: usize,
    /// Counts per label; labels absent from both sides have no entry.
    pub labels: BTreeMap<LabelName, Counts>,
}

impl Report {
    /// Adds `other`'s documents and counts to this report.
    pub fn add(&mut self, other: &Report) {
        self.documents += other.documents;
        for (label, counts) in &other.labels {
            self.labels.entry(label.clone()).or_default().add(counts);
        }
    }

    /// The counts of `label` (all zero when it never occurred).
    pub fn label(&self, label: impl Into<LabelName>) -> Counts {
        self.labels.get(&label.into()).copied().unwrap_or_default()
    }

    /// The summed counts of a group's labels.
    pub fn group(&self, group: Group) -> Counts {
        let mut sum = Counts::default();
        for label in group.labels() {
            sum.add(&self.label(*label));
        }
        sum
    }

    /// The summed counts of every label (micro-average when scored).
    pub fn overall(&self) -> Counts {
        let mut sum = Counts::default();
        for counts in self.labels.values() {
            sum.add(counts);
        }
        sum
    }

    /// The report with its scores, ready to serialise as JSON.
    pub fn summary(&self) -> Summary {
        Summary {
            documents: self.documents,
            labels: self
                .labels
                .iter()
                .filter(|(_, c)| !c.is_empty())
                .map(|(label, c)| Row::new(label.as_str(), c))
                .collect(),
            groups: Group::ALL
                .iter()
                .map(|g| Row::new(g.as_str(), &self.group(*g)))
                .collect(),
            overall: Row::new("overall", &self.overall()),
        }
    }

    /// The report as a plain-text table: one row per label that occurred,
    /// then the groups and the overall (micro) figures.
    pub fn to_table(&self) -> String {
        let summary = self.summary();
        let mut out = String::new();
        let noun = if self.documents == 1 {
            "document"
        } else {
            "documents"
        };
        // Writing to a String cannot fail.
        let _ = writeln!(out, "{} {noun}", self.documents);
        let _ = writeln!(
            out,
            "{:<10} {:>6} {:>6}  {:>8} {:>8} {:>8}  {:>10}  {:>14}",
            "label", "gold", "pred", "exact P", "exact R", "exact F1", "overlap F1", "value acc"
        );
        let rule = "-".repeat(80);
        for row in &summary.labels {
            let _ = writeln!(out, "{row}");
        }
        let _ = writeln!(out, "{rule}");
        for row in &summary.groups {
            let _ = writeln!(out, "{row}");
        }
        let _ = writeln!(out, "{rule}");
        let _ = writeln!(out, "{}", summary.overall);
        out
    }
}

/// A scored report: what `--format json` prints.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// How many documents were compared.
    pub documents: usize,
    /// One row per label that occurred on either side.
    pub labels: Vec<Row>,
    /// One row per [`Group`].
    pub groups: Vec<Row>,
    /// Every label together (micro-averaged).
    pub overall: Row,
}

/// One line of a report: its counts and the scores they give.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// A label (`ORG`), a group (`numbers`) or `overall`.
    pub name: String,
    /// The raw counts.
    #[serde(flatten)]
    pub counts: Counts,
    /// Exact-match scores.
    pub exact_scores: Scores,
    /// Overlap-match scores.
    pub overlap_scores: Scores,
    /// Share of right values among valued exact pairs; `null` when none.
    pub value_accuracy: Option<f64>,
}

impl Row {
    fn new(name: &str, counts: &Counts) -> Row {
        Row {
            name: name.to_string(),
            counts: *counts,
            exact_scores: counts.exact_scores(),
            overlap_scores: counts.overlap_scores(),
            value_accuracy: counts.value_accuracy(),
        }
    }
}

impl fmt::Display for Row {
    /// One table row: name, gold, predicted, exact P/R/F1, overlap F1, value accuracy.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.counts;
        let value = match self.value_accuracy {
            Some(acc) => format!("{acc:.3} ({}/{})", c.value_correct, c.valued),
            None => "-".to_string(),
        };
        write!(
            f,
            "{:<10} {:>6} {:>6}  {:>8.3} {:>8.3} {:>8.3}  {:>10.3}  {:>14}",
            self.name,
            c.gold,
            c.predicted,
            self.exact_scores.precision,
            self.exact_scores.recall,
            self.exact_scores.f1,
            self.overlap_scores.f1,
            value
        )
    }
}

/// True when two numbers agree within [`RELATIVE_TOLERANCE`].
fn numbers_match(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= RELATIVE_TOLERANCE * a.abs().max(b.abs())
}

/// True when a predicted value equals the gold one: numbers within a relative
/// tolerance of 1e-9, the same currency or unit, identical ISO strings.
pub fn values_match(gold: &Value, predicted: &Value) -> bool {
    match (gold, predicted) {
        (Value::Number(a), Value::Number(b)) => numbers_match(*a, *b),
        (
            Value::Money {
                amount: a,
                currency: ca,
            },
            Value::Money {
                amount: b,
                currency: cb,
            },
        ) => ca == cb && numbers_match(*a, *b),
        (
            Value::Quantity {
                amount: a,
                unit: ua,
            },
            Value::Quantity {
                amount: b,
                unit: ub,
            },
        ) => ua == ub && numbers_match(*a, *b),
        (Value::Iso(a), Value::Iso(b)) => a == b,
        _ => false,
    }
}

/// True when `predicted` carries the gold span's value and approximation.
fn value_right(gold: &EvalSpan, predicted: &EvalSpan) -> bool {
    match (&gold.value, &predicted.value) {
        (Some(g), Some(p)) => gold.approx == predicted.approx && values_match(g, p),
        _ => false,
    }
}

/// Compares the spans of one document and counts, per label, the gold and
/// predicted spans, the exact and overlap matches and the right values.
pub fn evaluate(gold: &[EvalSpan], predicted: &[EvalSpan]) -> Report {
    let mut labels: BTreeMap<LabelName, Counts> = BTreeMap::new();
    for g in gold {
        labels.entry(g.label.clone()).or_default().gold += 1;
    }
    for p in predicted {
        labels.entry(p.label.clone()).or_default().predicted += 1;
    }
    count_exact(gold, predicted, &mut labels);
    count_overlap(gold, predicted, &mut labels);
    Report {
        documents: 1,
        labels,
    }
}

/// Exact matches, one-to-one; among identical predicted spans, one with the
/// right value is paired first, so duplicates never cost a right value.
fn count_exact(
    gold: &[EvalSpan],
    predicted: &[EvalSpan],
    labels: &mut BTreeMap<LabelName, Counts>,
) {
    let mut unused: HashMap<(usize, usize, &LabelName), Vec<&EvalSpan>> = HashMap::new();
    for p in predicted {
        unused
            .entry((p.start, p.end, &p.label))
            .or_default()
            .push(p);
    }
    for g in gold {
        let Some(candidates) = unused.get_mut(&(g.start, g.end, &g.label)) else {
            continue;
        };
        if candidates.is_empty() {
            continue;
        }
        let at = candidates
            .iter()
            .position(|p| value_right(g, p))
            .unwrap_or(0);
        let p = candidates.swap_remove(at);
        let counts = labels.entry(g.label.clone()).or_default();
        counts.exact += 1;
        if g.value.is_some() {
            counts.valued += 1;
            if value_right(g, p) {
                counts.value_correct += 1;
            }
        }
    }
}

/// Overlap matches: every overlapping same-label pair, largest overlap first
/// (ties by position, so the result does not depend on input order), each
/// span used at most once.
fn count_overlap(
    gold: &[EvalSpan],
    predicted: &[EvalSpan],
    labels: &mut BTreeMap<LabelName, Counts>,
) {
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in predicted.iter().enumerate() {
            let shared = g.end.min(p.end).saturating_sub(g.start.max(p.start));
            if p.label == g.label && shared > 0 {
                pairs.push((shared, gi, pi));
            }
        }
    }
    pairs.sort_by_key(|&(shared, gi, pi)| {
        let (g, p) = (&gold[gi], &predicted[pi]);
        (
            std::cmp::Reverse(shared),
            g.start,
            g.end,
            p.start,
            p.end,
            gi,
            pi,
        )
    });
    let mut gold_used = vec![false; gold.len()];
    let mut predicted_used = vec![false; predicted.len()];
    for (_, gi, pi) in pairs {
        if gold_used[gi] || predicted_used[pi] {
            continue;
        }
        gold_used[gi] = true;
        predicted_used[pi] = true;
        labels.entry(gold[gi].label.clone()).or_default().overlap += 1;
    }
}

/// Runs the analyser on `doc`'s text and compares its spans with the
/// document's annotations, taken as gold.
pub fn evaluate_analyzer(doc: &Document, config: &Config) -> Report {
    let analysis = analyze(&doc.text, config);
    let gold: Vec<EvalSpan> = doc.annotations.iter().map(EvalSpan::from).collect();
    let predicted: Vec<EvalSpan> = analysis.spans.iter().map(EvalSpan::from).collect();
    evaluate(&gold, &predicted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, label: Label) -> EvalSpan {
        EvalSpan {
            start,
            end,
            label: label.into(),
            value: None,
            approx: false,
        }
    }

    fn valued(start: usize, end: usize, label: Label, value: Value, approx: bool) -> EvalSpan {
        EvalSpan {
            start,
            end,
            label: label.into(),
            value: Some(value),
            approx,
        }
    }

    fn money(amount: f64, currency: &str) -> Value {
        Value::Money {
            amount,
            currency: currency.into(),
        }
    }

    const EPS: f64 = 1e-12;

    /// Overall exact P, R, F1, overlap F1 and value accuracy for each case,
    /// computed by hand.
    #[test]
    fn scores_hand_computed_cases() {
        use Label::*;
        type Case = (
            &'static str,
            Vec<EvalSpan>,
            Vec<EvalSpan>,
            (f64, f64, f64),
            f64,
            Option<f64>,
        );
        let cases: Vec<Case> = vec![
            (
                "perfect match",
                vec![span(0, 2, Org), span(5, 8, Person)],
                vec![span(0, 2, Org), span(5, 8, Person)],
                (1.0, 1.0, 1.0),
                1.0,
                None,
            ),
            (
                "missing span",
                vec![span(0, 2, Org), span(5, 8, Person)],
                vec![span(0, 2, Org)],
                (1.0, 0.5, 2.0 / 3.0),
                2.0 / 3.0,
                None,
            ),
            (
                "extra span",
                vec![span(0, 2, Org)],
                vec![span(0, 2, Org), span(5, 8, Person)],
                (0.5, 1.0, 2.0 / 3.0),
                2.0 / 3.0,
                None,
            ),
            (
                "wrong label matches neither way",
                vec![span(0, 2, Org)],
                vec![span(0, 2, Gpe)],
                (0.0, 0.0, 0.0),
                0.0,
                None,
            ),
            (
                "boundary off by one: overlap yes, exact no",
                vec![span(3, 9, Money)],
                vec![span(2, 9, Money)],
                (0.0, 0.0, 0.0),
                1.0,
                None,
            ),
            (
                "touching ranges do not overlap",
                vec![span(3, 9, Money)],
                vec![span(9, 12, Money)],
                (0.0, 0.0, 0.0),
                0.0,
                None,
            ),
            (
                "overlap is one-to-one, largest overlap first",
                // Gold 0..10 overlaps both predictions; 2..10 (8 shared) wins,
                // 0..3 (3 shared) then pairs with nothing.
                vec![span(0, 10, Org)],
                vec![span(0, 3, Org), span(2, 10, Org)],
                (0.0, 0.0, 0.0),
                2.0 / 3.0,
                None,
            ),
            (
                "value mismatch: matched span, wrong value",
                vec![
                    valued(0, 6, Money, money(1.3e10, "USD"), false),
                    valued(8, 11, Percent, Value::Number(20.0), false),
                ],
                vec![
                    valued(0, 6, Money, money(1.3e10, "EUR"), false),
                    valued(8, 11, Percent, Value::Number(20.0 + 1e-10), false),
                ],
                (1.0, 1.0, 1.0),
                1.0,
                Some(0.5),
            ),
            (
                "approx flag is part of the value",
                vec![valued(0, 5, Cardinal, Value::Number(50.0), true)],
                vec![valued(0, 5, Cardinal, Value::Number(50.0), false)],
                (1.0, 1.0, 1.0),
                1.0,
                Some(0.0),
            ),
            (
                "value only checked on exact matches with a gold value",
                vec![
                    valued(0, 5, Date, Value::Iso("2023-08".into()), false),
                    span(7, 9, Date),
                ],
                vec![
                    valued(0, 4, Date, Value::Iso("2023-08".into()), false),
                    valued(7, 9, Date, Value::Iso("2024".into()), false),
                ],
                (0.5, 0.5, 0.5),
                1.0,
                None,
            ),
            (
                "missing predicted value is wrong",
                vec![valued(
                    0,
                    5,
                    Quantity,
                    Value::Quantity {
                        amount: 5.0,
                        unit: "公里".into(),
                    },
                    false,
                )],
                vec![span(0, 5, Quantity)],
                (1.0, 1.0, 1.0),
                1.0,
                Some(0.0),
            ),
            ("both empty", vec![], vec![], (1.0, 1.0, 1.0), 1.0, None),
            (
                "empty gold",
                vec![],
                vec![span(0, 2, Org)],
                (0.0, 1.0, 0.0),
                0.0,
                None,
            ),
            (
                "empty prediction",
                vec![span(0, 2, Org)],
                vec![],
                (1.0, 0.0, 0.0),
                0.0,
                None,
            ),
        ];
        for (name, gold, predicted, (p, r, f1), overlap_f1, value_acc) in cases {
            let overall = evaluate(&gold, &predicted).overall();
            let exact = overall.exact_scores();
            assert!((exact.precision - p).abs() < EPS, "{name}: P {exact:?}");
            assert!((exact.recall - r).abs() < EPS, "{name}: R {exact:?}");
            assert!((exact.f1 - f1).abs() < EPS, "{name}: F1 {exact:?}");
            let overlap = overall.overlap_scores().f1;
            assert!(
                (overlap - overlap_f1).abs() < EPS,
                "{name}: overlap F1 {overlap}"
            );
            assert_eq!(
                overall.value_accuracy(),
                value_acc,
                "{name}: value accuracy"
            );
        }
    }

    #[test]
    fn compares_values() {
        let q = |amount: f64, unit: &str| Value::Quantity {
            amount,
            unit: unit.into(),
        };
        for (gold, predicted, want) in [
            (Value::Number(20.0), Value::Number(20.0), true),
            (
                Value::Number(1e12),
                Value::Number(1e12 * (1.0 + 1e-10)),
                true,
            ),
            (
                Value::Number(1e12),
                Value::Number(1e12 * (1.0 + 1e-8)),
                false,
            ),
            (Value::Number(0.0), Value::Number(0.0), true),
            (Value::Number(0.0), Value::Number(1e-300), false),
            (Value::Number(f64::NAN), Value::Number(f64::NAN), false),
            (money(3e12, "USD"), money(3e12, "USD"), true),
            (money(3e12, "USD"), money(3e12, "TWD"), false),
            (money(3e12, "USD"), Value::Number(3e12), false),
            (q(5.0, "公里"), q(5.0, "公里"), true),
            (q(5.0, "公里"), q(5.0, "km"), false),
            (
                Value::Iso("--02-26".into()),
                Value::Iso("--02-26".into()),
                true,
            ),
            (
                Value::Iso("2023-08".into()),
                Value::Iso("2023-8".into()),
                false,
            ),
        ] {
            assert_eq!(
                values_match(&gold, &predicted),
                want,
                "{gold:?} vs {predicted:?}"
            );
        }
    }

    #[test]
    fn counts_per_label_and_group() {
        use Label::*;
        let gold = vec![
            span(0, 2, Org),
            span(3, 6, Person),
            valued(7, 12, Money, money(1e8, "CNY"), false),
            valued(13, 16, Date, Value::Iso("2024".into()), false),
        ];
        let predicted = vec![
            span(0, 2, Org),
            span(3, 5, Person),
            valued(7, 12, Money, money(1e8, "CNY"), false),
            span(20, 22, Cardinal),
        ];
        let report = evaluate(&gold, &predicted);
        let want = |gold, predicted, exact, overlap, valued, value_correct| Counts {
            gold,
            predicted,
            exact,
            overlap,
            valued,
            value_correct,
        };
        for (label, counts) in [
            (Org, want(1, 1, 1, 1, 0, 0)),
            (Person, want(1, 1, 0, 1, 0, 0)),
            (Money, want(1, 1, 1, 1, 1, 1)),
            (Date, want(1, 0, 0, 0, 0, 0)),
            (Cardinal, want(0, 1, 0, 0, 0, 0)),
            (Gpe, want(0, 0, 0, 0, 0, 0)),
        ] {
            assert_eq!(report.label(label), counts, "{label}");
        }
        for (group, counts) in [
            (Group::Entities, want(2, 2, 1, 2, 0, 0)),
            (Group::Numbers, want(1, 2, 1, 1, 1, 1)),
            (Group::Dates, want(1, 0, 0, 0, 0, 0)),
        ] {
            assert_eq!(report.group(group), counts, "{group}");
        }
        assert_eq!(report.overall(), want(4, 4, 2, 3, 1, 1));
        // The table shows only labels that occurred.
        let table = report.to_table();
        assert!(table.contains("PERSON"), "{table}");
        assert!(!table.contains("GPE"), "{table}");
        assert!(table.contains("1.000 (1/1)"), "{table}");
    }

    /// Two documents: counts add up before scoring (micro), which differs
    /// from averaging the two F1s (macro).
    #[test]
    fn aggregates_documents_by_summing_counts() {
        use Label::*;
        // Document 1: 1 gold, 1 right prediction → F1 1.
        let one = evaluate(&[span(0, 2, Org)], &[span(0, 2, Org)]);
        // Document 2: 3 gold, 1 right, 1 wrong prediction → P 1/2, R 1/3.
        let two = evaluate(
            &[span(0, 2, Org), span(4, 6, Org), span(8, 9, Org)],
            &[span(0, 2, Org), span(10, 12, Org)],
        );
        let mut total = Report::default();
        total.add(&one);
        total.add(&two);
        assert_eq!(total.documents, 2);
        let org = total.label(Org);
        assert_eq!((org.gold, org.predicted, org.exact), (4, 3, 2));
        let scores = org.exact_scores();
        // P = 2/3, R = 2/4, F1 = 2·(2/3)(1/2)/(2/3 + 1/2) = 4/7.
        assert!((scores.precision - 2.0 / 3.0).abs() < EPS);
        assert!((scores.recall - 0.5).abs() < EPS);
        assert!((scores.f1 - 4.0 / 7.0).abs() < EPS);
        // Adding in the other order gives the same report.
        let mut reversed = Report::default();
        reversed.add(&two);
        reversed.add(&one);
        assert_eq!(reversed, total);
    }

    #[test]
    fn duplicates_pair_one_to_one() {
        use Label::*;
        let gold = vec![valued(0, 2, Cardinal, Value::Number(2.0), false)];
        let predicted = vec![
            valued(0, 2, Cardinal, Value::Number(3.0), false),
            valued(0, 2, Cardinal, Value::Number(2.0), false),
        ];
        let c = evaluate(&gold, &predicted).overall();
        assert_eq!(
            (c.exact, c.overlap, c.valued, c.value_correct),
            (1, 1, 1, 1)
        );
        assert_eq!(c.predicted, 2);
    }

    #[test]
    fn summary_serialises_with_scores() {
        let report = evaluate(&[span(0, 2, Label::Org)], &[span(0, 2, Label::Org)]);
        let json = serde_json::to_value(report.summary()).expect("a summary serialises");
        assert_eq!(json["documents"], 1);
        assert_eq!(json["labels"][0]["name"], "ORG");
        assert_eq!(json["labels"][0]["gold"], 1);
        assert_eq!(json["labels"][0]["exact_scores"]["f1"], 1.0);
        assert_eq!(json["overall"]["value_accuracy"], serde_json::Value::Null);
        assert_eq!(json["groups"][2]["name"], "entities");
        // A report round-trips, so saved reports can be added up later.
        let saved = serde_json::to_string(&report).expect("a report serialises");
        let back: Report = serde_json::from_str(&saved).expect("and reads back");
        assert_eq!(back, report);
    }

    #[test]
    fn evaluates_the_analyser_on_a_document() {
        let mut doc = Document::new("t", "微軟投資 130 億美元。", &Config::default());
        doc.add_annotation(0, 2, Label::Org, "")
            .expect("a valid range");
        let report = evaluate_analyzer(&doc, &Config::default());
        assert_eq!(report.label(Label::Org).gold, 1);
        assert_eq!(report.documents, 1);
    }
}
