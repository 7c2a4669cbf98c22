//! The Labels tab: the document's label set as an editable legend. Each label
//! shows its colour, name, key, how many annotations carry it and how many of
//! its suggestions are pending, with "accept all" / "reject all"; each can be
//! recoloured, renamed, re-keyed or removed, and new labels added. Every
//! change goes through the reducer, so it is undoable.

use super::Dispatch;
use crate::model::{LabelDef, LabelName, LabelSet};
use crate::ui::state::Action;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The document's labels, in order.
    pub labels: LabelSet,
    /// Per label (same order): how many annotations carry it.
    pub annotated: Vec<usize>,
    /// Per label (same order): how many of its suggestions are pending.
    pub pending: Vec<usize>,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// The words of the removal confirmation, saying what goes with the label.
pub fn removal_question(name: &LabelName, annotated: usize) -> String {
    match annotated {
        0 => format!("Remove the label {name}? No annotation carries it. Ctrl+Z brings it back."),
        1 => format!(
            "Remove the label {name} and the 1 annotation that carries it? Ctrl+Z brings both back."
        ),
        n => format!(
            "Remove the label {name} and the {n} annotations that carry it? Ctrl+Z brings them back."
        ),
    }
}

/// One label's row.
fn row(def: &LabelDef, annotated: usize, pending: usize, dispatch: &Dispatch) -> Html {
    let name = def.name.clone();
    let on_colour = {
        let (dispatch, name) = (dispatch.clone(), name.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::RecolourLabel {
                name: name.clone(),
                colour: input.value(),
            });
        })
    };
    let on_rename = {
        let (dispatch, name) = (dispatch.clone(), name.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let to = input.value();
            if to.trim() != name.as_str() {
                dispatch.dispatch(Action::RenameLabel {
                    from: name.clone(),
                    to,
                });
                // A refused name goes back to the current one.
                input.set_value(name.as_str());
            }
        })
    };
    let on_key = {
        let (dispatch, name) = (dispatch.clone(), name.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let key = input.value().trim().chars().next();
            dispatch.dispatch(Action::SetLabelKey {
                name: name.clone(),
                key,
            });
        })
    };
    let on_remove = {
        let (dispatch, name) = (dispatch.clone(), name.clone());
        Callback::from(move |_: MouseEvent| {
            if gloo::dialogs::confirm(&removal_question(&name, annotated)) {
                dispatch.dispatch(Action::RemoveLabel(name.clone()));
            }
        })
    };
    let send = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let key = def.key.map(|k| k.to_string()).unwrap_or_default();
    html! {
        <li key={def.name.to_string()} class="legend-item" data-label={def.name.to_string()}>
            <input type="color" class="swatch" value={def.colour.clone()} onchange={on_colour}
                   aria-label={format!("Colour of {name}")} title="Colour" />
            <span class="legend-label">
                <input class="legend-name" value={def.name.to_string()} onchange={on_rename}
                       aria-label={format!("Name of {name}")} title="Rename (Enter)" maxlength="24" />
                <span class="legend-desc">{ &def.description }</span>
            </span>
            <input class="legend-key" value={key} onchange={on_key} maxlength="1" size="1"
                   aria-label={format!("Key for {name}")} title="The key that picks this label" />
            <span class="legend-count" title="annotations · pending suggestions"
                  aria-label={format!("{annotated} annotations, {pending} pending suggestions")}>
                { annotated }{ " · " }{ pending }
            </span>
            <span class="bulk">
                if let Some(kind) = def.suggests {
                    <button class="quiet accept-all" disabled={pending == 0} onclick={send(Action::AcceptAll(kind))}
                            title={format!("Accept all {pending} pending {name} suggestions")}
                            aria-label={format!("Accept all {name} suggestions")}>{ "✓ all" }</button>
                    <button class="quiet reject-all" disabled={pending == 0} onclick={send(Action::RejectAll(kind))}
                            title={format!("Reject all {pending} pending {name} suggestions")}
                            aria-label={format!("Reject all {name} suggestions")}>{ "✗ all" }</button>
                }
                <button class="quiet danger remove-label" onclick={on_remove}
                        aria-label={format!("Remove the label {name}")} title="Remove this label">{ "🗑" }</button>
            </span>
        </li>
    }
}

/// The editable legend and the form that adds a label.
#[function_component]
pub fn Legend(props: &LegendProps) -> Html {
    let new_name = use_node_ref();
    let add = {
        let (dispatch, new_name) = (props.dispatch.clone(), new_name.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = new_name.cast::<HtmlInputElement>() {
                if !input.value().trim().is_empty() {
                    dispatch.dispatch(Action::AddLabel(input.value()));
                    input.set_value("");
                }
            }
        })
    };
    html! {
        <>
        <ul class="legend" aria-label="Labels">
            { for props.labels.iter().enumerate().map(|(i, def)| row(
                def,
                props.annotated.get(i).copied().unwrap_or(0),
                props.pending.get(i).copied().unwrap_or(0),
                &props.dispatch,
            )) }
        </ul>
        <form class="add-label" onsubmit={add}>
            <input ref={new_name} class="new-label" placeholder="New label, e.g. CLAIM" maxlength="24"
                   aria-label="New label name" />
            <button type="submit">{ "Add label" }</button>
        </form>
        </>
    }
}
