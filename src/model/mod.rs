//! The annotated document and the edits a user can make to it.
//!
//! A [`Document`] is a text, the analysis of that text (suggestions and
//! sections), the user's span annotations and section annotations. Every
//! offset counts Unicode code points, end exclusive. The edits are plain
//! methods that validate their input and return [`EditError`] instead of
//! panicking; the UI reducer and the CLI call the same ones.

mod dictionary;
mod labels;
mod occurrences;
mod offsets;
mod suggestions;
mod time;

pub use dictionary::{Dictionary, Term, MAX_TERMS, MAX_TERM_CHARS};
pub use labels::{LabelDef, LabelError, LabelName, LabelSet, MAX_LABEL_NAME, RESERVED_KEYS};
pub use offsets::{
    byte_offsets, byte_range, char_len, char_to_utf16, slice_chars, snap_to_graphemes,
    snap_to_words, utf16_to_char,
};
pub use suggestions::SuggestionState;
pub use time::iso8601_from_millis;

use crate::analysis::{analyze, Analysis, Config, Section, Value};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;
use std::sync::Arc;

/// Identifies a user annotation within its document; never reused.
pub type AnnotationId = u64;

/// A span of text the user labelled.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// Unique within the document.
    pub id: AnnotationId,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The label the user chose (one of the document's [`LabelSet`]).
    pub label: LabelName,
    /// Free text; empty when the user wrote none.
    pub note: String,
    /// The normalised value, when the annotation carries one (an accepted
    /// suggestion's, or a gold file's).
    pub value: Option<Value>,
    /// True when the value is approximate (`50 多家`).
    pub approx: bool,
    /// How the annotation came to be.
    pub source: Source,
    /// When it was made, ISO 8601 UTC (`2026-11-27T13:05:00.123Z`); set by the
    /// app, which has a clock (the core has none).
    pub created: Option<String>,
    /// When it was last changed, ISO 8601 UTC.
    pub modified: Option<String>,
}

/// How an annotation came to be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The user selected text and labelled it.
    #[default]
    User,
    /// The user accepted an analyser suggestion.
    Suggestion,
    /// Made by "label every occurrence".
    EveryOccurrence,
    /// Read from another tool's file.
    Import,
}

/// A label and note on a whole section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionAnnotation {
    /// Index into the document's sections.
    pub section: usize,
    /// A short free-text label (`Lede`, `Background`, `Quote` …).
    pub label: String,
    /// Free text; may be empty.
    pub note: String,
}

/// The longest section label accepted, in code points.
pub const MAX_SECTION_LABEL: usize = 40;

/// A text with its analysis and the user's annotations.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// Shown in the top bar and used for the export file name.
    pub title: String,
    /// The article, exactly as pasted (line endings included). Shared, so that
    /// the undo history's snapshots cost no copy of it.
    pub text: Arc<str>,
    /// Suggestions, sections and script, from [`analyze`]; shared likewise.
    pub analysis: Arc<Analysis>,
    /// The labels its annotations may carry, in legend order.
    pub labels: LabelSet,
    /// The user's span annotations, sorted by (start, end, id).
    pub annotations: Vec<Annotation>,
    /// At most one per section, sorted by section.
    pub section_annotations: Vec<SectionAnnotation>,
    /// Suggestions the user rejected, by their (start, end); hidden from then on.
    pub rejected: BTreeSet<(usize, usize)>,
    /// True when the text's `\r\n` and `\r` line breaks were turned into `\n`
    /// when it was pasted or opened (recorded in the export).
    pub newlines_normalised: bool,
    next_id: AnnotationId,
}

/// Why an edit was refused. Nothing changes when one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The range is empty, reversed or past the end of the text.
    BadRange {
        /// Requested start.
        start: usize,
        /// Requested end.
        end: usize,
        /// The text's length in code points.
        len: usize,
    },
    /// The selection held only white space.
    Blank,
    /// No annotation has this id.
    NoSuchAnnotation(AnnotationId),
    /// No section has this index.
    NoSuchSection(usize),
    /// No suggestion spans exactly this range.
    NoSuchSuggestion {
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
    },
    /// A section label must be 1 to 40 characters.
    BadSectionLabel,
    /// A change to the label set was refused.
    Label(LabelError),
}

impl From<LabelError> for EditError {
    fn from(e: LabelError) -> Self {
        EditError::Label(e)
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::BadRange { start, end, len } => {
                write!(
                    f,
                    "range {start}..{end} does not fit a text of {len} characters"
                )
            }
            EditError::Blank => f.write_str("the selection holds only white space"),
            EditError::NoSuchAnnotation(id) => write!(f, "no annotation has id {id}"),
            EditError::NoSuchSection(i) => write!(f, "no section has index {i}"),
            EditError::NoSuchSuggestion { start, end } => {
                write!(f, "no suggestion spans {start}..{end}")
            }
            EditError::BadSectionLabel => {
                write!(
                    f,
                    "a section label must be 1 to {MAX_SECTION_LABEL} characters"
                )
            }
            EditError::Label(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for EditError {}

impl Document {
    /// Stamps annotations that are new or changed since `before` with `now`
    /// (ISO 8601): `created` and `modified` for new ones, `modified` for changed.
    pub fn stamp_changes(&mut self, before: &Document, now: &str) {
        for a in &mut self.annotations {
            match before.annotation(a.id) {
                None => {
                    a.created.get_or_insert_with(|| now.to_string());
                    a.modified = Some(now.to_string());
                }
                Some(old) if old != a => a.modified = Some(now.to_string()),
                Some(_) => {}
            }
        }
    }

    /// Analyses `text` and returns a document with no annotations yet.
    pub fn new(title: impl Into<String>, text: impl Into<String>, config: &Config) -> Self {
        let text: String = text.into();
        let analysis = analyze(&text, config);
        Document::from_parts(title.into(), text, analysis, Vec::new(), Vec::new())
    }

    /// Assembles a document from already-validated parts (used by import).
    pub fn from_parts(
        title: String,
        text: impl Into<Arc<str>>,
        analysis: impl Into<Arc<Analysis>>,
        mut annotations: Vec<Annotation>,
        mut section_annotations: Vec<SectionAnnotation>,
    ) -> Self {
        annotations.sort_by_key(|a| (a.start, a.end, a.id));
        let mut labels = LabelSet::default();
        for a in &annotations {
            labels.ensure(&a.label);
        }
        section_annotations.sort_by_key(|s| s.section);
        let next_id = annotations.iter().map(|a| a.id).max().unwrap_or(0) + 1;
        Document {
            title,
            text: text.into(),
            analysis: analysis.into(),
            labels,
            annotations,
            section_annotations,
            rejected: BTreeSet::new(),
            newlines_normalised: false,
            next_id,
        }
    }

    /// The text's length in code points.
    pub fn len_chars(&self) -> usize {
        char_len(&self.text)
    }

    /// The text of code points `start..end`.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        slice_chars(&self.text, start, end)
    }

    /// The sections the analysis found.
    pub fn sections(&self) -> &[Section] {
        &self.analysis.sections
    }

    /// The id the next annotation will get.
    pub fn next_id(&self) -> AnnotationId {
        self.next_id
    }

    /// Labels code points `start..end` (white space at either edge is trimmed
    /// off) and returns the new annotation's id.
    pub fn add_annotation(
        &mut self,
        start: usize,
        end: usize,
        label: impl Into<LabelName>,
        note: &str,
    ) -> Result<AnnotationId, EditError> {
        let label = label.into();
        let len = self.len_chars();
        if start >= end || end > len {
            return Err(EditError::BadRange { start, end, len });
        }
        let (start, end) = snap_to_graphemes(&self.text, start, end);
        let (start, end) = trim_range(&self.text, start, end).ok_or(EditError::Blank)?;
        self.labels.ensure(&label);
        Ok(self.insert(Annotation {
            id: 0,
            start,
            end,
            label,
            note: note.trim().to_string(),
            value: None,
            approx: false,
            source: Source::User,
            created: None,
            modified: None,
        }))
    }

    /// Gives `annotation` the next id, inserts it in order and returns the id.
    pub(crate) fn insert(&mut self, mut annotation: Annotation) -> AnnotationId {
        let id = self.next_id;
        self.next_id += 1;
        annotation.id = id;
        let key = (annotation.start, annotation.end, id);
        let at = self
            .annotations
            .partition_point(|a| (a.start, a.end, a.id) < key);
        self.annotations.insert(at, annotation);
        id
    }

    /// The annotation with this id.
    pub fn annotation(&self, id: AnnotationId) -> Option<&Annotation> {
        self.annotations.iter().find(|a| a.id == id)
    }

    /// Changes an annotation's label and note.
    pub fn edit_annotation(
        &mut self,
        id: AnnotationId,
        label: impl Into<LabelName>,
        note: &str,
    ) -> Result<(), EditError> {
        let label = label.into();
        self.labels.ensure(&label);
        let a = self
            .annotations
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or(EditError::NoSuchAnnotation(id))?;
        a.label = label;
        a.note = note.trim().to_string();
        Ok(())
    }

    /// Deletes an annotation and returns it.
    pub fn remove_annotation(&mut self, id: AnnotationId) -> Result<Annotation, EditError> {
        let at = self
            .annotations
            .iter()
            .position(|a| a.id == id)
            .ok_or(EditError::NoSuchAnnotation(id))?;
        Ok(self.annotations.remove(at))
    }

    /// Replaces the label set, adding any label an annotation carries that
    /// the new set lacks.
    pub fn set_labels(&mut self, labels: LabelSet) {
        self.labels = labels;
        for a in &self.annotations {
            self.labels.ensure(&a.label);
        }
    }

    /// Adds a custom label to the set and returns its name.
    pub fn add_label(&mut self, name: &str) -> Result<LabelName, EditError> {
        Ok(self.labels.add(name)?)
    }

    /// Renames a label, and every annotation that carries it.
    pub fn rename_label(&mut self, old: &str, new: &str) -> Result<(), EditError> {
        let new = self.labels.rename(old, new)?;
        for a in self.annotations.iter_mut().filter(|a| a.label == *old) {
            a.label = new.clone();
        }
        Ok(())
    }

    /// Gives a label another colour (`#rrggbb`).
    pub fn recolour_label(&mut self, name: &str, colour: &str) -> Result<(), EditError> {
        Ok(self.labels.recolour(name, colour)?)
    }

    /// Sets or clears the key that picks a label.
    pub fn set_label_key(&mut self, name: &str, key: Option<char>) -> Result<(), EditError> {
        Ok(self.labels.set_key(name, key)?)
    }

    /// How many annotations carry the label `name`.
    pub fn count_label(&self, name: &str) -> usize {
        self.annotations.iter().filter(|a| a.label == *name).count()
    }

    /// Removes a label from the set, and every annotation that carries it;
    /// returns how many annotations went. Its suggestions stop showing.
    pub fn remove_label(&mut self, name: &str) -> Result<usize, EditError> {
        self.labels.remove(name)?;
        let before = self.annotations.len();
        self.annotations.retain(|a| a.label != *name);
        Ok(before - self.annotations.len())
    }

    /// Sets (or replaces) the label and note of section `section`.
    pub fn annotate_section(
        &mut self,
        section: usize,
        label: &str,
        note: &str,
    ) -> Result<(), EditError> {
        if section >= self.analysis.sections.len() {
            return Err(EditError::NoSuchSection(section));
        }
        let label = label.trim();
        if label.is_empty() || char_len(label) > MAX_SECTION_LABEL {
            return Err(EditError::BadSectionLabel);
        }
        let entry = SectionAnnotation {
            section,
            label: label.to_string(),
            note: note.trim().to_string(),
        };
        match self
            .section_annotations
            .binary_search_by_key(&section, |s| s.section)
        {
            Ok(i) => self.section_annotations[i] = entry,
            Err(i) => self.section_annotations.insert(i, entry),
        }
        Ok(())
    }

    /// Removes the annotation of section `section`, if it has one.
    pub fn clear_section(&mut self, section: usize) -> Result<(), EditError> {
        match self
            .section_annotations
            .binary_search_by_key(&section, |s| s.section)
        {
            Ok(i) => {
                self.section_annotations.remove(i);
                Ok(())
            }
            Err(_) => Err(EditError::NoSuchSection(section)),
        }
    }

    /// The annotation of section `section`, if any.
    pub fn section_annotation(&self, section: usize) -> Option<&SectionAnnotation> {
        self.section_annotations
            .binary_search_by_key(&section, |s| s.section)
            .ok()
            .map(|i| &self.section_annotations[i])
    }
}

/// `text` with every `\r\n` and lone `\r` turned into `\n`, and whether
/// anything changed. Done once, when a text is pasted or opened, so that
/// offsets never depend on the platform the text came from.
pub fn normalise_newlines(text: &str) -> (String, bool) {
    if !text.contains('\r') {
        return (text.to_string(), false);
    }
    (text.replace("\r\n", "\n").replace('\r', "\n"), true)
}

/// Shrinks `start..end` (code points) past white space at both edges; `None`
/// when nothing but white space is left.
fn trim_range(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let slice = slice_chars(text, start, end);
    let lead = slice.chars().take_while(|c| c.is_whitespace()).count();
    if lead == end - start {
        return None;
    }
    let trail = slice
        .chars()
        .rev()
        .take_while(|c| c.is_whitespace())
        .count();
    Some((start + lead, end - trail))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Label;

    fn doc(text: &str) -> Document {
        Document::new("t", text, &Config::default())
    }

    #[test]
    fn adds_trims_and_sorts_annotations() {
        let mut d = doc("微軟投資 Mistral AI 😀 today");
        let b = d.add_annotation(5, 16, Label::Org, " note ").unwrap();
        let a = d.add_annotation(0, 2, Label::Org, "").unwrap();
        assert_eq!(d.slice(5, 15), "Mistral AI");
        let ids: Vec<_> = d.annotations.iter().map(|x| x.id).collect();
        assert_eq!(ids, vec![a, b]);
        let b = d.annotation(b).unwrap();
        assert_eq!((b.start, b.end, b.note.as_str()), (5, 15, "note"));
    }

    #[test]
    fn refuses_bad_ranges_and_blank_selections() {
        let mut d = doc("abc  def");
        assert_eq!(
            d.add_annotation(2, 2, Label::Org, ""),
            Err(EditError::BadRange {
                start: 2,
                end: 2,
                len: 8
            })
        );
        assert!(matches!(
            d.add_annotation(0, 9, Label::Org, ""),
            Err(EditError::BadRange { .. })
        ));
        assert_eq!(
            d.add_annotation(3, 5, Label::Org, ""),
            Err(EditError::Blank)
        );
        assert!(d.annotations.is_empty());
    }

    #[test]
    fn normalises_line_breaks_once() {
        for (text, want, changed) in [
            ("a\r\nb\rc\nd", "a\nb\nc\nd", true),
            ("微軟\n😀", "微軟\n😀", false),
            ("\r\n\r\n", "\n\n", true),
        ] {
            assert_eq!(normalise_newlines(text), (want.to_string(), changed));
        }
    }

    #[test]
    fn ids_are_never_reused() {
        let mut d = doc("one two three");
        let a = d.add_annotation(0, 3, Label::Cardinal, "").unwrap();
        d.remove_annotation(a).unwrap();
        let b = d.add_annotation(4, 7, Label::Cardinal, "").unwrap();
        assert_ne!(a, b);
        assert_eq!(d.remove_annotation(a), Err(EditError::NoSuchAnnotation(a)));
    }

    #[test]
    fn section_annotations_replace_and_clear() {
        let mut d = doc("Heading\n\nA paragraph that is longer than the heading.");
        assert_eq!(
            d.annotate_section(9, "Lede", ""),
            Err(EditError::NoSuchSection(9))
        );
        assert_eq!(d.sections().len(), 2, "a heading and a paragraph");
        d.annotate_section(0, "Lede", "first").unwrap();
        d.annotate_section(0, "Title", "").unwrap();
        assert_eq!(d.section_annotation(0).unwrap().label, "Title");
        assert_eq!(
            d.annotate_section(0, "  ", ""),
            Err(EditError::BadSectionLabel)
        );
        d.clear_section(0).unwrap();
        assert!(d.section_annotation(0).is_none());
    }
}
