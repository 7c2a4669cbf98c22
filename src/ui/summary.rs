//! The Summary tab's content, computed from what the screen shows (the
//! user's annotations and the pending suggestions): counts by label, the
//! entities grouped by label, and every normalised amount and date.
//!
//! Pure and native-tested; the `SummaryPanel` component only draws it.

use crate::analysis::Value;
use crate::model::{Document, LabelName, SuggestionState};

/// How many spans of one label the article shows.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelCount {
    /// The label.
    pub label: LabelName,
    /// The user's annotations with it.
    pub annotated: usize,
    /// Pending suggestions with it.
    pub pending: usize,
}

/// One distinct text of an entity label and where it stands.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityGroup {
    /// The text, e.g. `微軟`.
    pub text: String,
    /// The start of every occurrence, in text order.
    pub starts: Vec<usize>,
}

/// One normalised amount, date or time.
#[derive(Clone, Debug, PartialEq)]
pub struct AmountRow {
    /// Its label.
    pub label: LabelName,
    /// The text as written.
    pub text: String,
    /// Its value.
    pub value: Value,
    /// Where it starts.
    pub start: usize,
    /// True for the user's annotation, false for a pending suggestion.
    pub annotated: bool,
}

impl AmountRow {
    /// What "sort by value" sorts on: label, then currency or unit, then the
    /// number (ISO strings sort as text).
    pub fn sort_key(&self) -> (&LabelName, String, f64, String) {
        let label = &self.label;
        match &self.value {
            Value::Number(n) => (label, String::new(), *n, String::new()),
            Value::Money { amount, currency } => (label, currency.clone(), *amount, String::new()),
            Value::Quantity { amount, unit } => (label, unit.clone(), *amount, String::new()),
            Value::Iso(s) => (label, String::new(), 0.0, s.clone()),
        }
    }
}

/// Everything the Summary tab shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// One row per label of the set, in legend order.
    pub counts: Vec<LabelCount>,
    /// Labels without values (entities, the user's own) with their distinct
    /// texts, most frequent first.
    pub entities: Vec<(LabelName, Vec<EntityGroup>)>,
    /// Every span with a value, in text order.
    pub amounts: Vec<AmountRow>,
}

/// The summary of `doc`.
pub fn summary(doc: &Document) -> Summary {
    struct Shown<'a> {
        label: &'a LabelName,
        start: usize,
        text: &'a str,
        value: Option<&'a Value>,
        annotated: bool,
    }
    let mut shown: Vec<Shown> = doc
        .annotations
        .iter()
        .map(|a| Shown {
            label: &a.label,
            start: a.start,
            text: doc.slice(a.start, a.end),
            value: a.value.as_ref(),
            annotated: true,
        })
        .collect();
    shown.extend(doc.shown_suggestions().map(|(s, label)| Shown {
        label,
        start: s.start,
        text: &s.text,
        value: s.value.as_ref(),
        annotated: false,
    }));
    shown.sort_by_key(|s| (s.start, !s.annotated));

    let counts = doc
        .labels
        .iter()
        .map(|def| LabelCount {
            label: def.name.clone(),
            annotated: shown
                .iter()
                .filter(|s| *s.label == def.name && s.annotated)
                .count(),
            pending: shown
                .iter()
                .filter(|s| *s.label == def.name && !s.annotated)
                .count(),
        })
        .collect();

    let mut entities = Vec::new();
    for def in doc.labels.iter().filter(|d| !d.is_numeric()) {
        let mut groups: Vec<EntityGroup> = Vec::new();
        for s in shown.iter().filter(|s| *s.label == def.name) {
            match groups.iter_mut().find(|g| g.text == s.text) {
                Some(g) => g.starts.push(s.start),
                None => groups.push(EntityGroup {
                    text: s.text.to_string(),
                    starts: vec![s.start],
                }),
            }
        }
        groups.sort_by(|a, b| {
            b.starts
                .len()
                .cmp(&a.starts.len())
                .then(a.starts[0].cmp(&b.starts[0]))
        });
        if !groups.is_empty() {
            entities.push((def.name.clone(), groups));
        }
    }

    let amounts = shown
        .iter()
        .filter_map(|s| {
            Some(AmountRow {
                label: s.label.clone(),
                text: s.text.to_string(),
                value: s.value?.clone(),
                start: s.start,
                annotated: s.annotated,
            })
        })
        .collect();
    Summary {
        counts,
        entities,
        amounts,
    }
}

/// Which items the side list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ListStatus {
    /// The user's annotations.
    #[default]
    Annotations,
    /// Pending suggestions.
    Suggestions,
    /// Rejected suggestions (to restore).
    Rejected,
}

/// One row of the side list.
#[derive(Clone, Debug, PartialEq)]
pub struct ListItem {
    /// An annotation's id, or `None` for a suggestion.
    pub id: Option<crate::model::AnnotationId>,
    /// Where it starts.
    pub start: usize,
    /// Where it ends.
    pub end: usize,
    /// Its label.
    pub label: LabelName,
    /// Its text.
    pub text: String,
    /// Its note (annotations only).
    pub note: String,
}

/// The rows of the side list for a status and an optional label.
pub fn list_items(doc: &Document, status: ListStatus, label: Option<&LabelName>) -> Vec<ListItem> {
    let keep = |l: &LabelName| label.is_none_or(|want| want == l);
    match status {
        ListStatus::Annotations => doc
            .annotations
            .iter()
            .filter(|a| keep(&a.label))
            .map(|a| ListItem {
                id: Some(a.id),
                start: a.start,
                end: a.end,
                label: a.label.clone(),
                text: doc.slice(a.start, a.end).to_string(),
                note: a.note.clone(),
            })
            .collect(),
        ListStatus::Suggestions | ListStatus::Rejected => {
            let want = if status == ListStatus::Rejected {
                SuggestionState::Rejected
            } else {
                SuggestionState::Pending
            };
            doc.analysis
                .spans
                .iter()
                .filter_map(|s| {
                    // Suggestions of a label removed from the set are hidden.
                    let shown_as = &doc.labels.for_kind(s.label)?.name;
                    (keep(shown_as) && doc.suggestion_state(s) == want).then(|| ListItem {
                        id: None,
                        start: s.start,
                        end: s.end,
                        label: shown_as.clone(),
                        text: s.text.clone(),
                        note: s.value.as_ref().map(Value::to_string).unwrap_or_default(),
                    })
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Config, Label};

    #[test]
    fn summarises_what_the_screen_shows() {
        let mut doc = Document::new(
            "t",
            "微軟投資 Mistral AI 130 億美元；微軟再投 20 億美元，約 20%。",
            &Config::default(),
        );
        let money: Vec<_> = doc
            .analysis
            .spans
            .iter()
            .filter(|s| s.label == Label::Money)
            .cloned()
            .collect();
        doc.accept_suggestion(money[0].start, money[0].end, None)
            .unwrap();
        doc.reject_suggestion(money[1].start, money[1].end).unwrap();
        let s = summary(&doc);
        let count = |l: Label| s.counts.iter().find(|c| c.label == l).unwrap().clone();
        assert_eq!(s.counts.len(), 13, "one row per label of the set");
        assert_eq!(
            (count(Label::Money).annotated, count(Label::Money).pending),
            (1, 0)
        );
        let orgs = &s.entities.iter().find(|e| e.0 == Label::Org).unwrap().1;
        assert_eq!(orgs[0].text, "微軟");
        assert_eq!(orgs[0].starts.len(), 2, "most frequent first");
        let texts: Vec<_> = s
            .amounts
            .iter()
            .map(|a| (a.text.as_str(), a.annotated))
            .collect();
        assert_eq!(
            texts,
            vec![("130 億美元", true), ("20%", false)],
            "the rejected one is gone"
        );
        assert!(
            s.amounts[0].sort_key() < s.amounts[1].sort_key()
                || s.amounts[0].label != s.amounts[1].label
        );
    }

    #[test]
    fn lists_filter_by_status_and_label() {
        let mut doc = Document::new("t", "微軟投資 Mistral AI 130 億美元。", &Config::default());
        let first = doc.analysis.spans[0].clone();
        doc.reject_suggestion(first.start, first.end).unwrap();
        let id = doc.add_annotation(0, 2, Label::Person, "n").unwrap();
        let annotations = list_items(&doc, ListStatus::Annotations, None);
        assert_eq!(annotations.len(), 1);
        assert_eq!(annotations[0].id, Some(id));
        let rejected = list_items(&doc, ListStatus::Rejected, None);
        assert_eq!(
            rejected.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(),
            vec![first.text.as_str()]
        );
        let money = list_items(&doc, ListStatus::Suggestions, Some(&Label::Money.into()));
        assert_eq!(money.len(), 1);
        assert_eq!(money[0].note, "13000000000 USD");
        assert!(list_items(&doc, ListStatus::Annotations, Some(&Label::Org.into())).is_empty());
        doc.rename_label("MONEY", "AMOUNT").unwrap();
        let amount = list_items(
            &doc,
            ListStatus::Suggestions,
            Some(&LabelName::new("AMOUNT").unwrap()),
        );
        assert_eq!(amount.len(), 1, "a renamed label keeps its suggestions");
        doc.remove_label("AMOUNT").unwrap();
        assert!(
            list_items(&doc, ListStatus::Suggestions, None)
                .iter()
                .all(|i| i.text != "130 億美元"),
            "a removed label's suggestions are hidden"
        );
    }

    #[test]
    fn custom_labels_count_and_group() {
        let mut doc = Document::new(
            "t",
            "He said: cut costs. She said: cut costs.",
            &Config::default(),
        );
        let claim = doc.add_label("CLAIM").unwrap();
        doc.add_annotation(9, 18, claim.clone(), "").unwrap();
        doc.add_annotation(30, 39, claim.clone(), "").unwrap();
        let s = summary(&doc);
        assert_eq!(s.counts.last().unwrap().label, claim);
        assert_eq!(s.counts.last().unwrap().annotated, 2);
        let claims = &s.entities.iter().find(|e| e.0 == claim).unwrap().1;
        assert_eq!(claims[0].starts, vec![9, 30]);
    }
}
