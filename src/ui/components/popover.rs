//! The annotation popover at the selection: pick a label (click or hotkey),
//! type an optional note, Enter to save, Esc to cancel; Delete for an
//! existing annotation.

use super::Dispatch;
use crate::analysis::Label;
use crate::ui::state::{Action, Popover};
use crate::ui::view::hotkey;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`AnnotationPopover`].
#[derive(Properties, PartialEq)]
pub struct AnnotationPopoverProps {
    /// Where it is and what it edits.
    pub popover: Popover,
    /// The selected text, as a quote.
    pub quote: AttrValue,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// The popover.
#[function_component]
pub fn AnnotationPopover(props: &AnnotationPopoverProps) -> Html {
    let p = &props.popover;
    let save = {
        let dispatch = props.dispatch.clone();
        let (label, note) = (p.label, p.note.clone());
        Callback::from(move |_: ()| {
            dispatch.dispatch(Action::SavePopover {
                label,
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
    let label_button = |label: Label| {
        let dispatch = props.dispatch.clone();
        let pressed = label == p.label;
        html! {
            <button key={label.as_str()} class={classes!("label-choice", pressed.then_some("picked"))}
                    data-label={label.as_str()} aria-pressed={pressed.to_string()}
                    title={format!("{} — {} (key {})", label.as_str(), label.description(), hotkey(label))}
                    onclick={Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::PickLabel(label)))}>
                <kbd>{ hotkey(label) }</kbd>{ label.as_str() }
            </button>
        }
    };
    let dispatch = props.dispatch.clone();
    let on_cancel = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::CancelPopover));
    let delete = p.editing.map(|id| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Remove(id)))
    });
    let style = format!("left: {:.0}px; top: {:.0}px;", p.x, p.y + 8.0);
    let heading = if p.editing.is_some() {
        "Edit annotation"
    } else {
        "Annotate"
    };
    html! {
        <div class="popover" role="dialog" aria-label={heading} style={style}>
            <div class="popover-head">
                <strong>{ heading }</strong>
                <q class="popover-quote">{ props.quote.clone() }</q>
            </div>
            <div class="label-choices" role="group" aria-label="Label">
                { for Label::ALL.into_iter().map(label_button) }
            </div>
            <input class="note-input" type="text" placeholder="Note (optional) — Enter saves"
                   aria-label="Note" value={p.note.clone()} oninput={on_note} onkeydown={on_note_key} />
            <div class="popover-actions">
                <button class="primary" onclick={save.reform(|_: MouseEvent| ())}>{ "Save" }<kbd>{ "Enter" }</kbd></button>
                if let Some(delete) = delete {
                    <button class="danger" onclick={delete}>{ "Delete" }</button>
                }
                <button class="quiet" onclick={on_cancel}>{ "Cancel" }<kbd>{ "Esc" }</kbd></button>
            </div>
        </div>
    }
}
