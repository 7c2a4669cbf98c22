//! What the user does with the analyser's suggestions: accept one (it becomes
//! an annotation that keeps the suggestion's value), relabel it (accept with
//! another label), or reject it (hidden, and remembered for this document);
//! and the same for every suggestion of a label at once.

use super::{Annotation, AnnotationId, Document, EditError, LabelName, Source};
use crate::analysis::{Label, Span};
use serde::{Deserialize, Serialize};

/// Where a suggestion stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SuggestionState {
    /// Not decided yet: drawn as a dashed underline.
    Pending,
    /// An annotation made from it exists.
    Accepted,
    /// The user rejected it: hidden.
    Rejected,
}

impl Document {
    /// The suggestion spanning exactly `start..end`, if any.
    pub fn suggestion(&self, start: usize, end: usize) -> Option<&Span> {
        let spans = &self.analysis.spans;
        let at = spans.partition_point(|s| s.start < start);
        spans[at..]
            .iter()
            .take_while(|s| s.start == start)
            .find(|s| s.end == end)
    }

    /// The annotation accepted from the suggestion at `start..end`, if any.
    fn accepted_at(&self, start: usize, end: usize) -> Option<usize> {
        let from = self
            .annotations
            .partition_point(|a| (a.start, a.end) < (start, end));
        self.annotations[from..]
            .iter()
            .take_while(|a| (a.start, a.end) == (start, end))
            .position(|a| a.source == Source::Suggestion)
            .map(|i| from + i)
    }

    /// Where `span` (one of this document's suggestions) stands.
    pub fn suggestion_state(&self, span: &Span) -> SuggestionState {
        if self.rejected.contains(&(span.start, span.end)) {
            SuggestionState::Rejected
        } else if self.accepted_at(span.start, span.end).is_some() {
            SuggestionState::Accepted
        } else {
            SuggestionState::Pending
        }
    }

    /// The label the analyser's `kind` suggestions show as: the label of the
    /// set that takes them (a renamed `ORG`), or the kind's own name.
    pub fn suggested_label(&self, kind: Label) -> LabelName {
        self.labels
            .for_kind(kind)
            .map_or_else(|| kind.into(), |d| d.name.clone())
    }

    /// True when `span` is drawn: pending, and its analyser label has a label
    /// in the set (removing `ORG` from the set hides its suggestions).
    pub fn is_shown(&self, span: &Span) -> bool {
        self.labels.for_kind(span.label).is_some()
            && self.suggestion_state(span) == SuggestionState::Pending
    }

    /// The suggestions drawn, in text order, each with the label it shows as.
    pub fn shown_suggestions(&self) -> impl Iterator<Item = (&Span, &LabelName)> {
        self.analysis.spans.iter().filter_map(|s| {
            let def = self.labels.for_kind(s.label)?;
            (self.suggestion_state(s) == SuggestionState::Pending).then_some((s, &def.name))
        })
    }

    /// Accepts the suggestion at `start..end`, with its own label or `label`;
    /// accepting it again relabels the annotation. Returns the annotation's id.
    pub fn accept_suggestion(
        &mut self,
        start: usize,
        end: usize,
        label: Option<LabelName>,
    ) -> Result<AnnotationId, EditError> {
        let span = self
            .suggestion(start, end)
            .cloned()
            .ok_or(EditError::NoSuchSuggestion { start, end })?;
        let own = self.suggested_label(span.label);
        let label = label.unwrap_or_else(|| own.clone());
        self.labels.ensure(&label);
        // A value belongs to its label: `130 億美元` relabelled ORG has none.
        let (value, approx) = if label == own {
            (span.value, span.approx)
        } else {
            (None, false)
        };
        self.rejected.remove(&(start, end));
        if let Some(i) = self.accepted_at(start, end) {
            let a = &mut self.annotations[i];
            (a.label, a.value, a.approx) = (label, value, approx);
            return Ok(a.id);
        }
        Ok(self.insert(Annotation {
            id: 0,
            start,
            end,
            label,
            note: String::new(),
            value,
            approx,
            source: Source::Suggestion,
            created: None,
            modified: None,
        }))
    }

    /// Rejects the suggestion at `start..end` (and drops the annotation made
    /// from it, if it had been accepted).
    pub fn reject_suggestion(&mut self, start: usize, end: usize) -> Result<(), EditError> {
        if self.suggestion(start, end).is_none() {
            return Err(EditError::NoSuchSuggestion { start, end });
        }
        if let Some(i) = self.accepted_at(start, end) {
            self.annotations.remove(i);
        }
        self.rejected.insert((start, end));
        Ok(())
    }

    /// Makes a rejected suggestion pending again.
    pub fn restore_suggestion(&mut self, start: usize, end: usize) -> Result<(), EditError> {
        if self.rejected.remove(&(start, end)) {
            Ok(())
        } else {
            Err(EditError::NoSuchSuggestion { start, end })
        }
    }

    /// The pending suggestions of the analyser label `label`, as (start, end).
    fn pending_of(&self, label: Label) -> Vec<(usize, usize)> {
        self.analysis
            .spans
            .iter()
            .filter(|s| s.label == label && self.suggestion_state(s) == SuggestionState::Pending)
            .map(|s| (s.start, s.end))
            .collect()
    }

    /// Accepts every pending suggestion of `label`; returns how many.
    pub fn accept_all(&mut self, label: Label) -> usize {
        let pending = self.pending_of(label);
        for &(start, end) in &pending {
            self.accept_suggestion(start, end, None)
                .expect("a pending suggestion exists");
        }
        pending.len()
    }

    /// Rejects every pending suggestion of `label`; returns how many.
    pub fn reject_all(&mut self, label: Label) -> usize {
        let pending = self.pending_of(label);
        self.rejected.extend(pending.iter().copied());
        pending.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Config, Value};

    fn doc() -> Document {
        Document::new(
            "t",
            "微軟投資 Mistral AI 130 億美元，微軟再投 20 億美元。",
            &Config::default(),
        )
    }

    fn span_of(d: &Document, text: &str) -> (usize, usize) {
        let s = d
            .analysis
            .spans
            .iter()
            .find(|s| s.text == text)
            .unwrap_or_else(|| panic!("no suggestion {text}"));
        (s.start, s.end)
    }

    #[test]
    fn accepting_keeps_the_value_and_relabelling_drops_it() {
        let mut d = doc();
        let (s, e) = span_of(&d, "130 億美元");
        let id = d.accept_suggestion(s, e, None).unwrap();
        let a = d.annotation(id).unwrap();
        assert_eq!(
            (&a.label, a.source),
            (&Label::Money.into(), Source::Suggestion)
        );
        assert_eq!(
            a.value,
            Some(Value::Money {
                amount: 1.3e10,
                currency: "USD".into()
            })
        );
        assert_eq!(
            d.suggestion_state(d.suggestion(s, e).unwrap()),
            SuggestionState::Accepted
        );
        // Accepting again relabels the same annotation.
        assert_eq!(
            d.accept_suggestion(s, e, Some(Label::Cardinal.into()))
                .unwrap(),
            id
        );
        assert_eq!(d.annotations.len(), 1);
        assert_eq!(d.annotation(id).unwrap().value, None);
    }

    #[test]
    fn rejecting_hides_and_restoring_brings_back() {
        let mut d = doc();
        let (s, e) = span_of(&d, "Mistral AI");
        d.accept_suggestion(s, e, None).unwrap();
        d.reject_suggestion(s, e).unwrap();
        assert!(
            d.annotations.is_empty(),
            "the accepted annotation went with it"
        );
        assert_eq!(
            d.suggestion_state(d.suggestion(s, e).unwrap()),
            SuggestionState::Rejected
        );
        d.restore_suggestion(s, e).unwrap();
        assert_eq!(
            d.suggestion_state(d.suggestion(s, e).unwrap()),
            SuggestionState::Pending
        );
        assert_eq!(
            d.reject_suggestion(0, 1),
            Err(EditError::NoSuchSuggestion { start: 0, end: 1 })
        );
    }

    #[test]
    fn accept_all_and_reject_all_of_a_label() {
        let mut d = doc();
        let orgs = d
            .analysis
            .spans
            .iter()
            .filter(|s| s.label == Label::Org)
            .count();
        assert!(orgs >= 2);
        let (s, e) = span_of(&d, "Mistral AI");
        d.reject_suggestion(s, e).unwrap();
        assert_eq!(
            d.accept_all(Label::Org),
            orgs - 1,
            "the rejected one stays rejected"
        );
        assert_eq!(d.accept_all(Label::Org), 0, "nothing is pending any more");
        assert_eq!(d.reject_all(Label::Money), 2);
        assert!(d.annotations.iter().all(|a| a.label == Label::Org));
    }
}
