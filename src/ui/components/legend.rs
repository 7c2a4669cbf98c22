//! The Labels tab: the document's label set as an editable legend. Each label
//! shows its colour, name, key, how many annotations carry it and how many of
//! its suggestions are pending, with "accept all" / "reject all"; each can be
//! recoloured, renamed, re-keyed or removed, and new labels added. Every
//! change goes through the reducer, so it is undoable.

use super::{use_lang, Dispatch};
use crate::model::{LabelDef, LabelSet};
use crate::ui::i18n::{LabelField, Lang};
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

/// One label's row.
fn row(def: &LabelDef, annotated: usize, pending: usize, dispatch: &Dispatch, lang: Lang) -> Html {
    let t = lang.texts();
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
        let current = def.key.map(String::from).unwrap_or_default();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let key = input.value().trim().chars().next();
            dispatch.dispatch(Action::SetLabelKey {
                name: name.clone(),
                key,
            });
            // A refused key (taken, or one the shortcuts use) goes back to
            // the current one; an accepted one comes with the next render.
            input.set_value(&current);
        })
    };
    let on_remove = {
        let (dispatch, name) = (dispatch.clone(), name.clone());
        Callback::from(move |_: MouseEvent| {
            if gloo::dialogs::confirm(&lang.removal_question(&name, annotated)) {
                dispatch.dispatch(Action::RemoveLabel(name.clone()));
            }
        })
    };
    let send = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let key = def.key.map(|k| k.to_string()).unwrap_or_default();
    let (accept, reject) = (
        lang.accept_all(pending, &name),
        lang.reject_all(pending, &name),
    );
    html! {
        <li key={def.name.to_string()} class="legend-item" data-label={def.name.to_string()}>
            <input type="color" class="swatch" value={def.colour.clone()} onchange={on_colour}
                   aria-label={lang.label_field(LabelField::Colour, &name)} title={t.colour} />
            <span class="legend-label">
                <input class="legend-name" value={def.name.to_string()} onchange={on_rename}
                       aria-label={lang.label_field(LabelField::Name, &name)} title={t.rename_title} maxlength="24" />
                <span class="legend-desc">{ lang.def_description(def).to_string() }</span>
            </span>
            <input class="legend-key" value={key} onchange={on_key} maxlength="1" size="1"
                   aria-label={lang.label_field(LabelField::Key, &name)} title={t.key_title} />
            <span class="legend-count" title={t.counts_title} aria-label={lang.label_counts(annotated, pending)}>
                { annotated }{ " · " }{ pending }
            </span>
            <span class="bulk">
                if let Some(kind) = def.suggests {
                    <button class="quiet accept-all" disabled={pending == 0} onclick={send(Action::AcceptAll(kind))}
                            title={accept.0} aria-label={accept.1}>{ t.accept_all_short }</button>
                    <button class="quiet reject-all" disabled={pending == 0} onclick={send(Action::RejectAll(kind))}
                            title={reject.0} aria-label={reject.1}>{ t.reject_all_short }</button>
                }
                <button class="quiet danger remove-label" onclick={on_remove}
                        aria-label={lang.label_field(LabelField::Remove, &name)} title={t.remove_label_title}>{ "×" }</button>
            </span>
        </li>
    }
}

/// The editable legend and the form that adds a label.
#[function_component]
pub fn Legend(props: &LegendProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
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
        <ul class="legend" aria-label={t.labels}>
            { for props.labels.iter().enumerate().map(|(i, def)| row(
                def,
                props.annotated.get(i).copied().unwrap_or(0),
                props.pending.get(i).copied().unwrap_or(0),
                &props.dispatch,
                lang,
            )) }
        </ul>
        <form class="add-label" onsubmit={add}>
            <input ref={new_name} class="new-label" placeholder={t.new_label_placeholder} maxlength="24"
                   aria-label={t.new_label_name} />
            <button type="submit">{ t.add_label }</button>
        </form>
        </>
    }
}
