//! The JSON Schema of the native format, generated from the export types
//! (`scholia schema`, committed as `docs/scholia.schema.json`).
//!
//! Native only: the browser build has no use for it. The types the export
//! borrows from the analysis and the model (labels, values, scripts …) do not
//! derive `JsonSchema` themselves, so their schemas are written here, from
//! their serialised names; a test checks every variant against them.

use super::ExportFile;
use crate::analysis::Label;
use schemars::gen::SchemaGenerator;
use schemars::schema::Schema;
use serde_json::json;

/// The schema of [`ExportFile`], pretty-printed, with a final newline.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(ExportFile);
    let mut out = serde_json::to_string_pretty(&schema).expect("schemas always serialise");
    out.push('\n');
    out
}

fn from_json(value: serde_json::Value) -> Schema {
    serde_json::from_value(value).expect("hand-written schemas are valid schemas")
}

fn strings(description: &str, names: &[&str]) -> Schema {
    from_json(json!({ "description": description, "type": "string", "enum": names }))
}

/// `Label`: one of the thirteen upper-case label names.
pub fn label(_: &mut SchemaGenerator) -> Schema {
    let names: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
    strings("The label (RECOGNITION.md).", &names)
}

/// `Option<Label>`: an analyser label, when present.
pub fn optional_label(g: &mut SchemaGenerator) -> Schema {
    label(g)
}

/// `LabelName`: a label of the document's set.
pub fn label_name(_: &mut SchemaGenerator) -> Schema {
    from_json(json!({
        "description": "A label name: one of the document's `labels` (by default the thirteen RECOGNITION.md labels, e.g. ORG), or the user's own (CLAIM). 1 to 24 characters, without < > \" &.",
        "type": "string",
        "minLength": 1,
        "maxLength": crate::model::MAX_LABEL_NAME,
        "pattern": "^[^<>\"&\\u0000-\\u001f]+$"
    }))
}

/// A `#rrggbb` colour.
pub fn colour(_: &mut SchemaGenerator) -> Schema {
    from_json(json!({
        "description": "A colour, `#rrggbb`.",
        "type": "string",
        "pattern": "^#[0-9a-fA-F]{6}$"
    }))
}

/// The names of `Script` as serialised.
pub const SCRIPTS: [&str; 3] = ["traditional", "simplified", "latin"];
/// The names of `SectionKind` as serialised.
pub const SECTION_KINDS: [&str; 2] = ["heading", "paragraph"];
/// The names of `SuggestionState` as serialised.
pub const SUGGESTION_STATES: [&str; 3] = ["pending", "accepted", "rejected"];
/// The names of `Source` as serialised.
pub const SOURCES: [&str; 4] = ["user", "suggestion", "every-occurrence", "import"];

/// `Script`.
pub fn script(_: &mut SchemaGenerator) -> Schema {
    strings("The script the text is mostly written in.", &SCRIPTS)
}

/// `SectionKind`.
pub fn section_kind(_: &mut SchemaGenerator) -> Schema {
    strings("Heading or paragraph.", &SECTION_KINDS)
}

/// `SuggestionState`.
pub fn suggestion_state(_: &mut SchemaGenerator) -> Schema {
    strings(
        "What the user made of a suggestion; `pending` when absent.",
        &SUGGESTION_STATES,
    )
}

/// `Source`.
pub fn source(_: &mut SchemaGenerator) -> Schema {
    strings(
        "How an annotation came to be; `user` when absent.",
        &SOURCES,
    )
}

/// `Option<Value>`: a number, an amount with a currency or a unit, or an
/// ISO 8601 string.
pub fn optional_value(_: &mut SchemaGenerator) -> Schema {
    from_json(json!({
        "description": "The normalised value: a number (CARDINAL, ORDINAL, PERCENT), an amount with its ISO 4217 currency (MONEY), an amount with its unit (QUANTITY), or an ISO 8601 string (DATE, TIME).",
        "anyOf": [
            { "type": "number" },
            {
                "type": "object",
                "required": ["amount", "currency"],
                "properties": {
                    "amount": { "type": "number" },
                    "currency": { "type": "string" }
                },
                "additionalProperties": false
            },
            {
                "type": "object",
                "required": ["amount", "unit"],
                "properties": {
                    "amount": { "type": "number" },
                    "unit": { "type": "string" }
                },
                "additionalProperties": false
            },
            { "type": "string" }
        ]
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Script, SectionKind};
    use crate::model::{Source, SuggestionState};

    /// Every variant serialises to a listed name. The matches are exhaustive,
    /// so a new variant does not compile until it is listed here and above.
    #[test]
    fn hand_written_enums_list_every_variant() {
        fn name<T: serde::Serialize>(t: T) -> String {
            serde_json::to_value(t)
                .expect("serialises")
                .as_str()
                .expect("a string")
                .to_string()
        }
        for s in [Script::Traditional, Script::Simplified, Script::Latin] {
            match s {
                Script::Traditional | Script::Simplified | Script::Latin => {}
            }
            assert!(SCRIPTS.contains(&name(s).as_str()));
        }
        for k in [SectionKind::Heading, SectionKind::Paragraph] {
            match k {
                SectionKind::Heading | SectionKind::Paragraph => {}
            }
            assert!(SECTION_KINDS.contains(&name(k).as_str()));
        }
        for s in [
            SuggestionState::Pending,
            SuggestionState::Accepted,
            SuggestionState::Rejected,
        ] {
            match s {
                SuggestionState::Pending
                | SuggestionState::Accepted
                | SuggestionState::Rejected => {}
            }
            assert!(SUGGESTION_STATES.contains(&name(s).as_str()));
        }
        for s in [
            Source::User,
            Source::Suggestion,
            Source::EveryOccurrence,
            Source::Import,
        ] {
            match s {
                Source::User | Source::Suggestion | Source::EveryOccurrence | Source::Import => {}
            }
            assert!(SOURCES.contains(&name(s).as_str()));
        }
    }
}
