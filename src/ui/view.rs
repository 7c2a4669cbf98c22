//! What each section of the article shows: its text cut into pieces at every
//! highlight boundary, grouped under the suggestion that covers them.
//!
//! Pure and native-testable. The article renders one keyed `SectionView`
//! per [`SectionModel`]; because models compare by value, adding an
//! annotation re-renders only the sections whose models changed.

use crate::analysis::{SectionKind, Span};
use crate::model::{byte_offsets, AnnotationId, Document, LabelName, SectionAnnotation};
use crate::ui::i18n::Lang;
use std::rc::Rc;

/// A run of text under the same set of user annotations.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// Code-point offset of the piece in the whole document.
    pub start: usize,
    /// The piece's text.
    pub text: String,
    /// The annotations covering it, innermost (shortest) first.
    pub annotations: Vec<(AnnotationId, LabelName)>,
    /// True when the piece lies in a match of the find bar.
    pub found: bool,
}

/// Pieces outside any suggestion, or the pieces of one suggestion.
#[derive(Clone, Debug, PartialEq)]
pub enum Chunk {
    /// Text no suggestion covers.
    Plain(Piece),
    /// One suggestion (its part inside this section).
    Suggested {
        /// The label it shows as (the set's label for its analyser label).
        label: LabelName,
        /// The suggestion's start and end in the document.
        start: usize,
        /// One past its last code point.
        end: usize,
        /// Hover text: label, value, approximation.
        title: String,
        /// Its pieces.
        pieces: Vec<Piece>,
    },
}

/// Everything one section needs to render.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionModel {
    /// The section's index in the document.
    pub index: usize,
    /// Heading or paragraph.
    pub kind: SectionKind,
    /// Its first code point in the document.
    pub start: usize,
    /// One past its last code point.
    pub end: usize,
    /// Its chunks, in text order.
    pub chunks: Vec<Chunk>,
    /// Its label and note, if the user gave one.
    pub label: Option<SectionAnnotation>,
}

/// The stylesheet that gives every label of `labels` its colour: the marks,
/// chips and swatches carry `data-label` and read the colour from `--c`.
/// Label names hold no `"` or control characters ([`LabelName::new`]);
/// backslashes are escaped.
pub fn label_css(labels: &crate::model::LabelSet) -> String {
    labels
        .iter()
        .map(|d| {
            let name = d.name.as_str().replace('\\', "\\\\");
            format!("[data-label=\"{name}\"] {{ --c: {}; }}\n", d.colour)
        })
        .collect()
}

/// A suggestion as a person reads it: `MONEY · 3000000000000 USD (approx)`,
/// or `ORG · organisation` when it has no value, in `lang`. `label` is the
/// name it shows as (a renamed `ORG` shows its new name).
pub fn suggestion_summary(span: &Span, label: &LabelName, lang: Lang) -> String {
    let mut text = match &span.value {
        Some(value) => format!("{label} · {value}"),
        None => format!("{label} · {}", lang.label_description(span.label)),
    };
    if span.approx {
        text.push_str(lang.texts().approx);
    }
    text
}

/// Hover text for a suggestion: its summary and what a click does.
pub fn suggestion_title(span: &Span, label: &LabelName, lang: Lang) -> String {
    format!(
        "{} — {}",
        suggestion_summary(span, label, lang),
        lang.texts().suggestion_hint
    )
}

/// One model per section of `doc`, its hover texts in `lang`.
pub fn section_models(
    doc: &Document,
    found: &[(usize, usize)],
    lang: Lang,
) -> Vec<Rc<SectionModel>> {
    let sections = doc.sections();
    let mut suggestions: Vec<Vec<(&Span, &LabelName)>> = vec![Vec::new(); sections.len()];
    let mut annotations: Vec<Vec<usize>> = vec![Vec::new(); sections.len()];
    // Buckets: the sections a span overlaps are a contiguous run found by
    // binary search, so this is O((spans + annotations) · log sections).
    let first_section_after = |offset: usize| sections.partition_point(|s| s.end <= offset);
    // Accepted suggestions show as annotations and rejected ones (and those
    // of labels removed from the set) are hidden: only pending ones are drawn.
    for (span, label) in doc.shown_suggestions() {
        for (i, s) in sections
            .iter()
            .enumerate()
            .skip(first_section_after(span.start))
        {
            if s.start >= span.end {
                break;
            }
            suggestions[i].push((span, label));
        }
    }
    for (k, a) in doc.annotations.iter().enumerate() {
        for (i, s) in sections
            .iter()
            .enumerate()
            .skip(first_section_after(a.start))
        {
            if s.start >= a.end {
                break;
            }
            annotations[i].push(k);
        }
    }
    let section_bytes = byte_offsets(
        &doc.text,
        &sections
            .iter()
            .flat_map(|s| [s.start, s.end])
            .collect::<Vec<_>>(),
    );
    sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let text = &doc.text[section_bytes[2 * index]..section_bytes[2 * index + 1]];
            let anns: Vec<_> = annotations[index]
                .iter()
                .map(|&k| &doc.annotations[k])
                .collect();
            // Matches are sorted and disjoint: the ones here are a contiguous run.
            let first = found.partition_point(|m| m.1 <= section.start);
            let last = found.partition_point(|m| m.0 < section.end);
            let found_here = &found[first..last.max(first)];
            Rc::new(SectionModel {
                index,
                kind: section.kind,
                start: section.start,
                end: section.end,
                chunks: chunks(
                    text,
                    section.start,
                    section.end,
                    &suggestions[index],
                    &anns,
                    found_here,
                    lang,
                ),
                label: doc.section_annotation(index).cloned(),
            })
        })
        .collect()
}

/// Cuts the section text (`text`, covering `start..end` of the document)
/// at every highlight boundary.
fn chunks(
    text: &str,
    start: usize,
    end: usize,
    suggestions: &[(&Span, &LabelName)],
    annotations: &[&crate::model::Annotation],
    found: &[(usize, usize)],
    lang: Lang,
) -> Vec<Chunk> {
    let clip = |x: usize| x.clamp(start, end);
    let mut cuts: Vec<usize> = vec![start, end];
    for (s, _) in suggestions {
        cuts.extend([clip(s.start), clip(s.end)]);
    }
    for a in annotations {
        cuts.extend([clip(a.start), clip(a.end)]);
    }
    for &(s, e) in found {
        cuts.extend([clip(s), clip(e)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let bytes = byte_offsets(text, &cuts.iter().map(|c| c - start).collect::<Vec<_>>());

    let mut out: Vec<Chunk> = Vec::new();
    let mut next_suggestion = suggestions.iter().peekable();
    for (i, pair) in cuts.windows(2).enumerate() {
        let (a, b) = (pair[0], pair[1]);
        let mut covering: Vec<_> = annotations
            .iter()
            .filter(|x| x.start <= a && b <= x.end)
            .collect();
        covering.sort_by_key(|x| (x.end - x.start, x.id));
        let piece = Piece {
            start: a,
            text: text[bytes[i]..bytes[i + 1]].to_string(),
            annotations: covering.iter().map(|x| (x.id, x.label.clone())).collect(),
            found: found.iter().any(|&(s, e)| s <= a && b <= e),
        };
        while next_suggestion.peek().is_some_and(|(s, _)| s.end <= a) {
            next_suggestion.next();
        }
        match next_suggestion.peek() {
            Some((s, label)) if s.start <= a && b <= s.end => match out.last_mut() {
                Some(Chunk::Suggested { start, pieces, .. }) if *start == s.start => {
                    pieces.push(piece)
                }
                _ => out.push(Chunk::Suggested {
                    label: (*label).clone(),
                    start: s.start,
                    end: s.end,
                    title: suggestion_title(s, label, lang),
                    pieces: vec![piece],
                }),
            },
            _ => out.push(Chunk::Plain(piece)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Analysis, Label, Script, Section};

    fn doc(text: &str, spans: Vec<(usize, usize, Label)>) -> Document {
        let analysis = Analysis {
            spans: spans
                .into_iter()
                .map(|(start, end, label)| Span {
                    start,
                    end,
                    label,
                    text: crate::model::slice_chars(text, start, end).to_string(),
                    value: None,
                    approx: false,
                })
                .collect(),
            sections: vec![
                Section {
                    kind: SectionKind::Heading,
                    start: 0,
                    end: 4,
                },
                Section {
                    kind: SectionKind::Paragraph,
                    start: 5,
                    end: text.chars().count(),
                },
            ],
            script: Script::Traditional,
        };
        Document::from_parts("t".into(), text, analysis, vec![], vec![])
    }

    fn shape(model: &SectionModel) -> Vec<String> {
        model
            .chunks
            .iter()
            .map(|c| match c {
                Chunk::Plain(p) => format!(
                    "{}{:?}",
                    p.text,
                    p.annotations.iter().map(|a| a.0).collect::<Vec<_>>()
                ),
                Chunk::Suggested { label, pieces, .. } => format!(
                    "<{label}>{}",
                    pieces
                        .iter()
                        .map(|p| format!(
                            "{}{:?}",
                            p.text,
                            p.annotations.iter().map(|a| a.0).collect::<Vec<_>>()
                        ))
                        .collect::<String>()
                ),
            })
            .collect()
    }

    #[test]
    fn label_css_colours_every_label() {
        let mut labels = crate::model::LabelSet::default();
        labels.add("A\\B").unwrap();
        labels.recolour("A\\B", "#123456").unwrap();
        let css = label_css(&labels);
        assert!(css.starts_with("[data-label=\"PERSON\"] { --c: #77aadd; }\n"));
        assert!(
            css.ends_with("[data-label=\"A\\\\B\"] { --c: #123456; }\n"),
            "{css}"
        );
        assert_eq!(css.lines().count(), 14);
    }

    #[test]
    fn cuts_sections_at_highlights() {
        // "標題😀x\n微軟投資 Mistral AI。"
        let text = "標題😀x\n微軟投資 Mistral AI。";
        let mut d = doc(text, vec![(5, 7, Label::Org), (10, 20, Label::Org)]);
        let a = d.add_annotation(6, 12, Label::Person, "").unwrap();
        let models = section_models(&d, &[], Lang::En);
        assert_eq!(shape(&models[0]), vec!["標題😀x[]"]);
        assert_eq!(
            shape(&models[1]),
            vec![
                format!("<ORG>微[]軟[{a}]"),
                format!("投資 [{a}]"),
                format!("<ORG>Mi[{a}]stral AI[]"),
                "。[]".to_string(),
            ]
        );
        let Chunk::Suggested { pieces, .. } = &models[1].chunks[2] else {
            panic!()
        };
        assert_eq!(pieces[1].start, 12);
    }

    #[test]
    fn annotation_across_sections_is_split() {
        let mut d = doc("abcd\nefgh", vec![]);
        d.add_annotation(2, 7, Label::Org, "").unwrap();
        let m = section_models(&d, &[], Lang::En);
        assert_eq!(shape(&m[0]), vec!["ab[]", "cd[1]"]);
        assert_eq!(shape(&m[1]), vec!["ef[1]", "gh[]"]);
    }

    #[test]
    fn unchanged_sections_compare_equal_after_an_edit() {
        let mut d = doc("abcd\nefgh", vec![]);
        let before = section_models(&d, &[], Lang::En);
        d.add_annotation(6, 8, Label::Org, "").unwrap();
        let after = section_models(&d, &[], Lang::En);
        assert_eq!(before[0], after[0]);
        assert_ne!(before[1], after[1]);
    }
}
