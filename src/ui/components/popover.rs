//! The popover at a selection, a suggestion or an annotation: pick a label
//! (click or its key), type an optional note, Enter to save or accept, Esc to
//! cancel; Delete rejects a suggestion or deletes an annotation; `A` labels
//! every other occurrence of an annotation's text.

use super::{use_lang, Dispatch};
use crate::model::{LabelDef, LabelSet};
use crate::ui::state::{Action, Popover};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`AnnotationPopover`].
#[derive(Properties, PartialEq)]
pub struct AnnotationPopoverProps {
    /// Where it is and what it edits.
    pub popover: Popover,
    /// The document's labels, in legend order.
    pub labels: LabelSet,
    /// The selected text, as a quote.
    pub quote: AttrValue,
    /// For a suggestion: its label and normalised value, as a person reads them.
    #[prop_or_default]
    pub detail: Option<AttrValue>,
    /// For an annotation: how many other occurrences do not carry its label yet.
    #[prop_or_default]
    pub others: usize,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// The popover.
#[function_component]
pub fn AnnotationPopover(props: &AnnotationPopoverProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let p = &props.popover;
    let save = {
        let dispatch = props.dispatch.clone();
        let (label, note) = (p.label.clone(), p.note.clone());
        Callback::from(move |_: ()| {
            dispatch.dispatch(Action::SavePopover {
                label: label.clone(),
                note: note.clone(),
            })
        })
    };
    let on_note = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetNote(input.value()));
        })
    };
    let on_note_key = {
        let save = save.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                save.emit(());
            }
        })
    };
    let label_button = |def: &LabelDef| {
        let dispatch = props.dispatch.clone();
        let pressed = def.name == p.label;
        let name = def.name.clone();
        let key = def.key.map(|k| k.to_ascii_uppercase().to_string());
        let title = lang.label_choice_title(def);
        html! {
            <button key={def.name.to_string()} class={classes!("label-choice", pressed.then_some("picked"))}
                    data-label={def.name.to_string()} aria-pressed={pressed.to_string()} title={title}
                    onclick={Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::PickLabel(name.clone())))}>
                if let Some(k) = key { <kbd>{ k }</kbd> }
                { def.name.as_str() }
            </button>
        }
    };
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let (heading, save_text) = match (p.editing, p.suggestion) {
        (Some(_), _) => (t.edit_annotation, t.save),
        (None, true) => (t.suggestion, t.accept),
        (None, false) => (t.annotate, t.save),
    };
    let style = format!("left: {:.0}px; top: {:.0}px;", p.x, p.y + 8.0);
    html! {
        <div class="popover" role="dialog" aria-label={heading} style={style}>
            <div class="popover-head">
                <strong>{ heading }</strong>
                <q class="popover-quote">{ props.quote.clone() }</q>
                if let Some(detail) = &props.detail {
                    <span class="popover-detail">{ detail.clone() }</span>
                }
            </div>
            <div class="label-choices" role="group" aria-label={t.label}>
                { for props.labels.iter().map(label_button) }
            </div>
            <input class="note-input" type="text" placeholder={t.note_placeholder}
                   aria-label={t.note} value={p.note.clone()} oninput={on_note} onkeydown={on_note_key} />
            <div class="popover-actions">
                <button class="primary" onclick={save.reform(|_: MouseEvent| ())}>
                    { save_text }<kbd>{ "Enter" }</kbd>
                </button>
                if p.suggestion && p.editing.is_none() {
                    <button class="danger" onclick={send(Action::Reject { start: p.start, end: p.end })}>
                        { t.reject }<kbd>{ "Del" }</kbd>
                    </button>
                }
                if let Some(id) = p.editing {
                    <button onclick={send(Action::EveryOccurrence(id))} disabled={props.others == 0}
                            title={t.every_occurrence_title}>
                        { lang.every_occurrence(props.others) }<kbd>{ "A" }</kbd>
                    </button>
                    <button class="danger" onclick={send(Action::Remove(id))}>{ t.delete }<kbd>{ "Del" }</kbd></button>
                }
                <button class="quiet" onclick={send(Action::CancelPopover)}>{ t.cancel }<kbd>{ "Esc" }</kbd></button>
            </div>
        </div>
    }
}
