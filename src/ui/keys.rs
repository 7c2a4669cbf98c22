//! What each key does, as a pure function of the state: tested natively, and
//! the app's one keydown listener only translates the browser event.

use super::state::{Action, State};
use crate::model::LabelName;

/// A key press, as much of it as the shortcuts need.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyPress {
    /// `KeyboardEvent.key`: `"a"`, `"Enter"`, `"Escape"`…
    pub key: String,
    /// Ctrl (or ⌘ on a Mac) held.
    pub ctrl: bool,
    /// Shift held.
    pub shift: bool,
    /// Alt held.
    pub alt: bool,
    /// The focus is in a text field: plain keys belong to it.
    pub typing: bool,
}

/// The action a key press asks for, if any.
pub fn key_action(state: &State, k: &KeyPress) -> Option<Action> {
    let key = k.key.as_str();
    if k.ctrl && !k.alt {
        // In a text field, Ctrl+Z is the field's own undo.
        return match (k.typing, key.to_ascii_lowercase().as_str(), k.shift) {
            (_, "f", false) if state.doc.is_some() => Some(Action::OpenFind),
            (false, "z", false) => Some(Action::Undo),
            (false, "z", true) | (false, "y", _) => Some(Action::Redo),
            _ => None,
        };
    }
    if k.alt {
        return None;
    }
    if key == "Escape" {
        return if state.popover.is_some() {
            Some(Action::CancelPopover)
        } else if state.find.is_some() {
            Some(Action::CloseFind)
        } else if state.show_help {
            Some(Action::ToggleHelp)
        } else if state.show_library {
            Some(Action::ToggleLibrary)
        } else if state.section_form.is_some() {
            Some(Action::CloseSectionForm)
        } else if state.cursor.is_some() {
            Some(Action::ClearCursor)
        } else {
            None
        };
    }
    if k.typing || state.doc.is_none() {
        return None;
    }
    if key == "?" {
        return Some(Action::ToggleHelp);
    }
    let lower = key.to_ascii_lowercase();
    // The open document's label set says which key picks which label.
    let label_for_key = |key: &str| -> Option<LabelName> {
        let def = state.doc.as_ref()?.labels.by_key_name(key)?;
        Some(def.name.clone())
    };
    if let Some(p) = &state.popover {
        return match lower.as_str() {
            "enter" => Some(Action::SavePopover {
                label: p.label.clone(),
                note: p.note.clone(),
            }),
            "delete" | "backspace" => match (p.editing, p.suggestion) {
                (Some(id), _) => Some(Action::Remove(id)),
                (None, true) => Some(Action::Reject {
                    start: p.start,
                    end: p.end,
                }),
                (None, false) => None,
            },
            "a" if p.editing.is_some() => p.editing.map(Action::EveryOccurrence),
            _ => label_for_key(key).map(|label| Action::SavePopover {
                label,
                note: p.note.clone(),
            }),
        };
    }
    match (lower.as_str(), state.cursor) {
        ("n" | "j", _) => Some(Action::MoveCursor { forward: true }),
        ("p" | "k", _) => Some(Action::MoveCursor { forward: false }),
        ("enter", Some((start, end))) => Some(Action::Accept {
            start,
            end,
            label: None,
        }),
        ("x" | "delete" | "backspace", Some((start, end))) => Some(Action::Reject { start, end }),
        (_, Some((start, end))) => label_for_key(key).map(|label| Action::Accept {
            start,
            end,
            label: Some(label),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Label;
    use crate::ui::state::new_document;
    use std::rc::Rc;

    fn press(key: &str) -> KeyPress {
        KeyPress {
            key: key.into(),
            ..KeyPress::default()
        }
    }

    fn open() -> State {
        State::default().apply(Action::Open(Rc::new(new_document(
            "t",
            "微軟投資 Mistral AI 130 億美元。",
        ))))
    }

    #[test]
    fn keyboard_only_pass_accepts_relabels_and_rejects() {
        let mut s = open();
        let mut run = |key: &str| {
            if let Some(action) = key_action(&s, &press(key)) {
                s = s.clone().apply(action);
            }
        };
        run("n"); // 微軟
        run("Enter"); // accept ORG, move on to Mistral AI
        run("3"); // accept as GPE (relabel), move on to 130 億美元
        run("x"); // reject
        let doc = s.doc.as_ref().unwrap();
        let labels: Vec<_> = doc.annotations.iter().map(|a| a.label.clone()).collect();
        assert_eq!(labels, vec![Label::Org, Label::Gpe]);
        assert_eq!(doc.rejected.len(), 1);
        let before = s.doc.clone();
        let undo = KeyPress {
            key: "z".into(),
            ctrl: true,
            ..Default::default()
        };
        let action = key_action(&s, &undo).unwrap();
        let t = s.clone().apply(action);
        assert_ne!(t.doc, before, "Ctrl+Z undoes");
        let redo = KeyPress {
            key: "Z".into(),
            ctrl: true,
            shift: true,
            ..Default::default()
        };
        let action = key_action(&t, &redo).unwrap();
        let t = t.apply(action);
        assert_eq!(t.doc, before, "Ctrl+Shift+Z redoes");
    }

    #[test]
    fn keys_in_text_fields_and_without_a_document_do_nothing() {
        let typing = KeyPress {
            key: "n".into(),
            typing: true,
            ..Default::default()
        };
        assert_eq!(key_action(&open(), &typing), None);
        let undo_in_field = KeyPress {
            key: "z".into(),
            ctrl: true,
            typing: true,
            ..Default::default()
        };
        assert_eq!(key_action(&open(), &undo_in_field), None);
        assert_eq!(key_action(&State::default(), &press("n")), None);
        assert_eq!(key_action(&open(), &press("?")), Some(Action::ToggleHelp));
    }

    #[test]
    fn popover_keys() {
        let s = open().apply(Action::Select {
            start: 0,
            end: 2,
            x: 0.0,
            y: 0.0,
        });
        assert_eq!(
            key_action(&s, &press("2")),
            Some(Action::SavePopover {
                label: Label::Org.into(),
                note: String::new()
            })
        );
        assert_eq!(
            key_action(&s, &press("Escape")),
            Some(Action::CancelPopover)
        );
        // The selection is the 微軟 suggestion: Delete rejects it.
        assert_eq!(
            key_action(&s, &press("Delete")),
            Some(Action::Reject { start: 0, end: 2 })
        );
        let s = s.apply(Action::SavePopover {
            label: Label::Org.into(),
            note: String::new(),
        });
        let id = s.doc.as_ref().unwrap().annotations[0].id;
        let s = s.apply(Action::EditExisting { id, x: 0.0, y: 0.0 });
        assert_eq!(
            key_action(&s, &press("A")),
            Some(Action::EveryOccurrence(id))
        );
        assert_eq!(
            key_action(&s, &press("Backspace")),
            Some(Action::Remove(id))
        );
    }

    #[test]
    fn custom_label_keys_pick_custom_labels() {
        let s = open()
            .apply(Action::AddLabel("CLAIM".into()))
            .apply(Action::Select {
                start: 0,
                end: 4,
                x: 0.0,
                y: 0.0,
            });
        assert_eq!(
            key_action(&s, &press("r")),
            Some(Action::SavePopover {
                label: crate::model::LabelName::new("CLAIM").unwrap(),
                note: String::new(),
            })
        );
        assert_eq!(key_action(&s, &press("z")), None, "no label has z");
    }
}
