//! The export split in two for autosave: a *document part* (the text, its
//! sections and suggestions), which changes only when a new text is opened,
//! and an *annotation part* (title, annotations, section annotations), which
//! changes on every edit. Saving only the small part on each edit keeps
//! autosave cheap on long articles; joining the parts goes through the same
//! validating import as a file does.

use super::{
    annotations_out, export, import::validate_value, labels_out, section_annotations_out,
    sha256_hex,
};
use super::{AnnotationOut, ImportError, LabelOut, SectionAnnotationOut};
use crate::model::Document;
use serde::{Deserialize, Serialize};

/// What changes on every edit, tied to its text by the text's SHA-256.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnnotationPart {
    /// SHA-256 of the document text these annotations belong to.
    pub sha256: String,
    /// The document's title.
    pub title: String,
    /// The user's span annotations.
    pub annotations: Vec<AnnotationOut>,
    /// The user's section labels.
    pub section_annotations: Vec<SectionAnnotationOut>,
    /// The (start, end) of every suggestion the user rejected.
    #[serde(default)]
    pub rejected: Vec<(usize, usize)>,
    /// The document's label set (absent in parts saved before label sets).
    #[serde(default)]
    pub labels: Vec<LabelOut>,
}

/// The document part of `doc`, as compact JSON.
pub fn document_part_json(doc: &Document) -> String {
    let mut file = export(doc);
    file.annotations.clear();
    file.section_annotations.clear();
    file.labels.clear();
    serde_json::to_string(&file).expect("export types always serialise")
}

/// The annotation part of `doc`, as compact JSON.
pub fn annotation_part_json(doc: &Document) -> String {
    let file = export_annotations(doc);
    serde_json::to_string(&file).expect("export types always serialise")
}

fn export_annotations(doc: &Document) -> AnnotationPart {
    AnnotationPart {
        sha256: sha256_hex(&doc.text),
        title: doc.title.clone(),
        annotations: annotations_out(doc),
        section_annotations: section_annotations_out(doc),
        rejected: doc.rejected.iter().copied().collect(),
        labels: labels_out(&doc.labels),
    }
}

/// Joins the two parts and validates the result as an import would.
pub fn join_parts(
    document_part: &str,
    annotation_part: Option<&str>,
) -> Result<Document, ImportError> {
    let mut value: serde_json::Value =
        serde_json::from_str(document_part).map_err(|e| ImportError::NotJson(e.to_string()))?;
    if let Some(part) = annotation_part {
        let part: AnnotationPart = serde_json::from_str(part)
            .map_err(|e| ImportError::Malformed(format!("annotations: {e}")))?;
        if value.pointer("/document/sha256").and_then(|v| v.as_str()) != Some(part.sha256.as_str())
        {
            return Err(ImportError::Malformed(
                "the saved annotations belong to a different text".into(),
            ));
        }
        value["document"]["title"] = part.title.into();
        value["annotations"] = serde_json::to_value(part.annotations).expect("serialisable");
        value["section_annotations"] =
            serde_json::to_value(part.section_annotations).expect("serialisable");
        value["labels"] = serde_json::to_value(part.labels).expect("serialisable");
        let rejected: std::collections::HashSet<_> = part.rejected.into_iter().collect();
        if let Some(suggestions) = value["suggestions"].as_array_mut() {
            for s in suggestions {
                let at = (
                    s["start"].as_u64().unwrap_or(u64::MAX) as usize,
                    s["end"].as_u64().unwrap_or(u64::MAX) as usize,
                );
                s["state"] = if rejected.contains(&at) {
                    "rejected"
                } else {
                    "pending"
                }
                .into();
            }
        }
    }
    validate_value(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Config, Label};

    #[test]
    fn parts_join_back_into_the_same_document() {
        let mut doc = Document::new(
            "標題",
            "微軟投資 Mistral AI 😀 130 億美元。\n\n第二段。",
            &Config::default(),
        );
        doc.add_annotation(5, 15, Label::Org, "note").unwrap();
        let claim = doc.add_label("CLAIM").unwrap();
        doc.add_annotation(0, 2, claim, "").unwrap();
        doc.rename_label("ORG", "COMPANY").unwrap();
        doc.annotate_section(0, "Lede", "").unwrap();
        doc.title = "Renamed".into();
        let money = doc
            .analysis
            .spans
            .iter()
            .find(|s| s.label == Label::Money)
            .unwrap()
            .clone();
        doc.reject_suggestion(money.start, money.end).unwrap();
        let joined =
            join_parts(&document_part_json(&doc), Some(&annotation_part_json(&doc))).unwrap();
        assert_eq!(joined, doc);
    }

    #[test]
    fn a_document_part_alone_has_no_annotations() {
        let mut doc = Document::new("t", "微軟投資 Mistral AI。", &Config::default());
        let part = document_part_json(&doc);
        doc.add_annotation(0, 2, Label::Org, "").unwrap();
        let joined = join_parts(&part, None).unwrap();
        assert!(joined.annotations.is_empty());
        assert_eq!(joined.analysis, doc.analysis);
    }

    #[test]
    fn annotations_of_another_text_are_refused() {
        let a = Document::new("a", "one text", &Config::default());
        let b = Document::new("b", "another text", &Config::default());
        let err = join_parts(&document_part_json(&a), Some(&annotation_part_json(&b))).unwrap_err();
        assert!(err.to_string().contains("different text"), "{err}");
    }
}
