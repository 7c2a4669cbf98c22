//! "Label every occurrence": the other places the same text stands.
//!
//! Latin-script text matches whole words only (`AI` not inside `OpenAI`);
//! Chinese matches exactly wherever it stands, as there are no spaces.

use super::{Annotation, AnnotationId, Document, EditError, Source};

/// True for characters that continue a Latin-script word: letters and digits
/// outside the scripts written without spaces (CJK, kana, Hangul, Thai…).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        && !matches!(c,
            '\u{0E00}'..='\u{0EFF}'     // Thai, Lao
            | '\u{1100}'..='\u{11FF}'   // Hangul Jamo
            | '\u{2E80}'..='\u{9FFF}'   // CJK radicals … unified ideographs, kana
            | '\u{AC00}'..='\u{D7AF}'   // Hangul syllables
            | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
            | '\u{FF66}'..='\u{FF9F}'   // half-width kana
            | '\u{20000}'..='\u{3FFFF}' // CJK extensions B and later
        )
}

impl Document {
    /// Every occurrence of `needle` in the text, as code-point ranges: whole
    /// words where the needle begins or ends with a Latin letter or digit.
    pub fn occurrences(&self, needle: &str) -> Vec<(usize, usize)> {
        if needle.is_empty() {
            return Vec::new();
        }
        let text = &*self.text;
        let first_is_word = needle.chars().next().is_some_and(is_word_char);
        let last_is_word = needle.chars().next_back().is_some_and(is_word_char);
        let needle_chars = needle.chars().count();
        let mut out = Vec::new();
        let (mut byte, mut chars) = (0, 0);
        for (at, _) in text.match_indices(needle) {
            chars += text[byte..at].chars().count();
            byte = at;
            let before_ok =
                !first_is_word || !text[..at].chars().next_back().is_some_and(is_word_char);
            let after_ok = !last_is_word
                || !text[at + needle.len()..]
                    .chars()
                    .next()
                    .is_some_and(is_word_char);
            if before_ok && after_ok {
                out.push((chars, chars + needle_chars));
            }
        }
        out
    }

    /// Every place `query` stands, as code-point ranges: anywhere (not only
    /// whole words), ignoring the case of ASCII letters.
    pub fn find_all(&self, query: &str) -> Vec<(usize, usize)> {
        if query.trim().is_empty() {
            return Vec::new();
        }
        // ASCII lowercasing keeps every byte offset where it was.
        let (text, query) = (self.text.to_ascii_lowercase(), query.to_ascii_lowercase());
        let query_chars = query.chars().count();
        let (mut byte, mut chars) = (0, 0);
        let mut out = Vec::new();
        for (at, _) in text.match_indices(&query) {
            chars += text[byte..at].chars().count();
            byte = at;
            out.push((chars, chars + query_chars));
        }
        out
    }

    /// Labels every range of `ranges` with `label` (skipping those that carry
    /// it already), as the user's annotations; returns how many were added.
    pub fn label_ranges(
        &mut self,
        ranges: &[(usize, usize)],
        label: impl Into<super::LabelName>,
    ) -> usize {
        let label = label.into();
        let mut added = 0;
        for &(start, end) in ranges {
            let exists = self
                .annotations
                .iter()
                .any(|a| (a.start, a.end) == (start, end) && a.label == label);
            if !exists && self.add_annotation(start, end, label.clone(), "").is_ok() {
                added += 1;
            }
        }
        added
    }

    /// Gives every other occurrence of annotation `id`'s text the same label
    /// (skipping places that already carry it); returns the new ids.
    pub fn label_every_occurrence(
        &mut self,
        id: AnnotationId,
    ) -> Result<Vec<AnnotationId>, EditError> {
        let source = self
            .annotation(id)
            .cloned()
            .ok_or(EditError::NoSuchAnnotation(id))?;
        let needle = self.slice(source.start, source.end).to_string();
        let mut added = Vec::new();
        for (start, end) in self.occurrences(&needle) {
            let already = self
                .annotations
                .iter()
                .any(|a| a.start == start && a.end == end && a.label == source.label);
            if !already {
                added.push(self.insert(Annotation {
                    id: 0,
                    start,
                    end,
                    label: source.label.clone(),
                    note: String::new(),
                    value: source.value.clone(),
                    approx: source.approx,
                    source: Source::EveryOccurrence,
                    created: None,
                    modified: None,
                }));
            }
        }
        Ok(added)
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Config, Label};
    use crate::model::{Document, Source};

    #[test]
    fn finds_whole_words_in_latin_and_exact_matches_in_chinese() {
        for (text, needle, want) in [
            (
                "AI, OpenAI and Mistral AI; AI.",
                "AI",
                vec![(0, 2), (23, 25), (27, 29)],
            ),
            ("微軟與微軟雲，微軟", "微軟", vec![(0, 2), (3, 5), (7, 9)]),
            ("😀微軟 😀微軟", "微軟", vec![(1, 3), (5, 7)]),
            ("GPT-4 and GPT-4o", "GPT-4", vec![(0, 5)]),
            (
                "Mistral AI投資Mistral AI",
                "Mistral AI",
                vec![(0, 10), (12, 22)],
            ),
            ("abc", "", vec![]),
        ] {
            let d = Document::new("t", text, &Config::default());
            assert_eq!(d.occurrences(needle), want, "{needle} in {text}");
        }
    }

    #[test]
    fn finds_substrings_ignoring_ascii_case() {
        let d = Document::new(
            "t",
            "OpenAI 與 openai，😀 Mistral AI 的 ai",
            &Config::default(),
        );
        assert_eq!(d.find_all("openai"), vec![(0, 6), (9, 15)]);
        assert_eq!(d.find_all("AI"), vec![(4, 6), (13, 15), (26, 28), (31, 33)]);
        assert_eq!(d.find_all("與"), vec![(7, 8)]);
        assert!(d.find_all("  ").is_empty());
        let mut d = d;
        let ranges = d.find_all("openai");
        assert_eq!(d.label_ranges(&ranges, Label::Org), 2);
        assert_eq!(d.label_ranges(&ranges, Label::Org), 0, "not twice");
    }

    #[test]
    fn labels_every_other_occurrence_once() {
        let mut d = Document::new(
            "t",
            "納德拉說，納德拉又說。Nadella, Nadellas.",
            &Config::default(),
        );
        let id = d.add_annotation(0, 3, Label::Person, "CEO").unwrap();
        let added = d.label_every_occurrence(id).unwrap();
        assert_eq!(added.len(), 1);
        let a = d.annotation(added[0]).unwrap();
        assert_eq!((a.start, a.end, a.source), (5, 8, Source::EveryOccurrence));
        assert!(
            d.label_every_occurrence(id).unwrap().is_empty(),
            "nothing twice"
        );
        let id = d.add_annotation(11, 18, Label::Person, "").unwrap();
        assert!(
            d.label_every_occurrence(id).unwrap().is_empty(),
            "not inside Nadellas"
        );
    }
}
