//! The user's dictionary: terms the user has labelled by hand, which the
//! analyser then suggests in every new document.
//!
//! The dictionary belongs to the user, not to a document: the app keeps one
//! in the browser and passes it to the analyser (`Config::user_terms`) when
//! a text is opened. It learns from the user's own labelling — a name
//! selected and labelled, or a suggestion relabelled — and can be seen and
//! edited. Only names are learnt (numbers and dates are the grammar's job),
//! and only labels that take the analyser's suggestions can be suggested: a
//! term under a custom label (`CLAIM`) is kept and listed, but the analyser,
//! which knows the thirteen labels, cannot suggest it.

use super::{Annotation, Document, LabelName, LabelSet, Source};
use crate::analysis::Label;
use serde::{Deserialize, Serialize};

/// The most terms kept; learning more replaces none (the user prunes).
pub const MAX_TERMS: usize = 5_000;
/// The longest term, in code points.
pub const MAX_TERM_CHARS: usize = 60;

/// One term and the label it gets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// The text, exactly as it stands in articles.
    pub text: String,
    /// The label it is suggested with.
    pub label: LabelName,
}

/// The user's terms, sorted by text; a text has one label.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Dictionary(Vec<Term>);

impl Dictionary {
    /// A dictionary of `terms` (bad or repeated ones dropped, the last label
    /// of a repeated text kept).
    pub fn from_terms(terms: impl IntoIterator<Item = Term>) -> Self {
        let mut d = Dictionary::default();
        for t in terms {
            d.set(&t.text, t.label);
        }
        d
    }

    /// Every term, sorted by text.
    pub fn terms(&self) -> &[Term] {
        &self.0
    }

    /// How many terms there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there is no term.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds `text` with `label`, or gives an existing term that label;
    /// returns true when something changed. Blank, over-long or control-laden
    /// texts are refused (false), and so is a new term past [`MAX_TERMS`].
    pub fn set(&mut self, text: &str, label: LabelName) -> bool {
        let text = text.trim();
        let chars = text.chars().count();
        if chars == 0 || chars > MAX_TERM_CHARS || text.chars().any(char::is_control) {
            return false;
        }
        match self.0.binary_search_by(|t| t.text.as_str().cmp(text)) {
            Ok(i) if self.0[i].label == label => false,
            Ok(i) => {
                self.0[i].label = label;
                true
            }
            Err(_) if self.0.len() >= MAX_TERMS => false,
            Err(i) => {
                self.0.insert(
                    i,
                    Term {
                        text: text.to_string(),
                        label,
                    },
                );
                true
            }
        }
    }

    /// Removes the term `text`; returns true when it was there.
    pub fn remove(&mut self, text: &str) -> bool {
        match self.0.binary_search_by(|t| t.text.as_str().cmp(text)) {
            Ok(i) => {
                self.0.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    /// Learns from `doc` what the user labelled by hand since `before`: each
    /// new or relabelled name (a label that takes the analyser's PERSON, ORG,
    /// GPE, LOC, PRODUCT or EVENT suggestions, or a custom label) that the
    /// analyser did not already suggest with that label. Returns how many
    /// terms were added or changed.
    pub fn learn(&mut self, before: &Document, doc: &Document) -> usize {
        let lessons = self.lessons(before, doc);
        self.teach(lessons)
    }

    /// Adds or changes the terms of `lessons` (from [`Dictionary::lessons`]);
    /// returns how many changed.
    pub fn teach(&mut self, lessons: Vec<Term>) -> usize {
        lessons
            .into_iter()
            .filter(|t| self.set(&t.text, t.label.clone()))
            .count()
    }

    /// What [`Dictionary::learn`] would add or change, without changing
    /// anything (so a caller holding a shared dictionary copies it only when
    /// there is something to learn).
    pub fn lessons(&self, before: &Document, doc: &Document) -> Vec<Term> {
        // A change to the label set (a rename relabels its annotations) is
        // not the user labelling text: it teaches nothing.
        if before.labels != doc.labels {
            return Vec::new();
        }
        doc.annotations
            .iter()
            .filter(|a| {
                before
                    .annotation(a.id)
                    .is_none_or(|old| old.label != a.label)
                    && by_hand(doc, a)
                    && learnable(&doc.labels, &a.label)
            })
            .map(|a| Term {
                text: doc.slice(a.start, a.end).trim().to_string(),
                label: a.label.clone(),
            })
            .filter(|t| self.get(&t.text) != Some(&t.label))
            .collect()
    }

    /// The label of the term `text`, if it is in the dictionary.
    pub fn get(&self, text: &str) -> Option<&LabelName> {
        self.0
            .binary_search_by(|t| t.text.as_str().cmp(text))
            .ok()
            .map(|i| &self.0[i].label)
    }

    /// The terms the analyser can suggest, with the analyser label that the
    /// set `labels` shows as each term's label.
    pub fn user_terms(&self, labels: &LabelSet) -> Vec<(String, Label)> {
        self.0
            .iter()
            .filter_map(|t| {
                let kind = labels.get(t.label.as_str())?.suggests?;
                (!kind.is_numeric()).then(|| (t.text.clone(), kind))
            })
            .collect()
    }
}

/// True when the user chose `a`'s label themselves: a selection labelled by
/// hand, or a suggestion accepted under another label than its own.
fn by_hand(doc: &Document, a: &Annotation) -> bool {
    match a.source {
        Source::User => true,
        Source::Suggestion => doc
            .suggestion(a.start, a.end)
            .is_some_and(|s| doc.suggested_label(s.label) != a.label),
        Source::EveryOccurrence | Source::Import => false,
    }
}

/// Names are learnt, numbers are not: labels of the set that take a numeric
/// analyser label are skipped.
fn learnable(labels: &LabelSet, label: &LabelName) -> bool {
    labels.get(label.as_str()).is_some_and(|d| !d.is_numeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Config;

    fn name(s: &str) -> LabelName {
        LabelName::new(s).unwrap()
    }

    #[test]
    fn sets_replaces_and_removes_terms() {
        let mut d = Dictionary::default();
        assert!(d.set(" 瑞昱 ", Label::Org.into()));
        assert!(!d.set("瑞昱", Label::Org.into()), "no change");
        assert!(d.set("瑞昱", Label::Product.into()), "one label per text");
        assert!(d.set("Anthropic", Label::Org.into()));
        assert!(!d.set("  ", Label::Org.into()));
        assert!(!d.set(&"x".repeat(61), Label::Org.into()));
        let texts: Vec<_> = d.terms().iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, vec!["Anthropic", "瑞昱"], "sorted");
        assert!(d.remove("瑞昱"));
        assert!(!d.remove("瑞昱"));
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn learns_names_labelled_by_hand_only() {
        let text = "瑞昱與聯發科合作，營收 20 億元。Nadella 說好。";
        let mut before = Document::new("t", text, &Config::default());
        let claim = before.add_label("CLAIM").unwrap();
        let mut doc = before.clone();
        doc.add_annotation(0, 2, Label::Org, "").unwrap(); // 瑞昱, by hand
        doc.add_annotation(12, 17, Label::Money, "").unwrap(); // a number: not learnt
        doc.add_annotation(26, 28, claim.clone(), "").unwrap(); // 說好, a custom label
        if let Some(s) = doc.suggestion(3, 6).cloned() {
            doc.accept_suggestion(s.start, s.end, None).unwrap(); // accepted as is: not learnt
        }
        let mut d = Dictionary::default();
        assert_eq!(d.learn(&before, &doc), 2);
        let terms: Vec<_> = d
            .terms()
            .iter()
            .map(|t| (t.text.as_str(), t.label.as_str()))
            .collect();
        assert_eq!(terms, vec![("瑞昱", "ORG"), ("說好", "CLAIM")]);
        assert_eq!(d.learn(&doc, &doc), 0, "nothing new");
        let mut renamed = doc.clone();
        renamed.rename_label("ORG", "COMPANY").unwrap();
        assert_eq!(d.learn(&doc, &renamed), 0, "a rename teaches nothing");
        // Only analyser labels can be suggested.
        assert_eq!(
            d.user_terms(&doc.labels),
            vec![("瑞昱".to_string(), Label::Org)]
        );
    }

    #[test]
    fn a_renamed_label_still_feeds_its_analyser_label() {
        let mut labels = LabelSet::default();
        labels.rename("ORG", "COMPANY").unwrap();
        let d = Dictionary::from_terms([Term {
            text: "瑞昱".into(),
            label: name("COMPANY"),
        }]);
        assert_eq!(
            d.user_terms(&labels),
            vec![("瑞昱".to_string(), Label::Org)]
        );
        labels.remove("COMPANY").unwrap();
        assert!(
            d.user_terms(&labels).is_empty(),
            "a removed label suggests nothing"
        );
    }

    #[test]
    fn the_next_document_gets_the_terms_as_suggestions() {
        let mut d = Dictionary::default();
        d.set("瑞昱", Label::Org.into());
        let config = Config {
            user_terms: d.user_terms(&LabelSet::default()),
        };
        let doc = Document::new("t", "今天瑞昱股價上漲。", &config);
        assert!(doc
            .analysis
            .spans
            .iter()
            .any(|s| s.text == "瑞昱" && s.label == Label::Org));
    }
}
