//! Find in text (Ctrl+F): every match highlighted, Enter / Shift+Enter to step
//! through them, and one click to label them all.

use super::{use_lang, Dispatch};
use crate::model::LabelName;
use crate::ui::state::{Action, Find};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`FindBar`].
#[derive(Properties, PartialEq)]
pub struct FindBarProps {
    /// The query and its matches.
    pub find: Find,
    /// The document's labels, in legend order.
    pub labels: Vec<LabelName>,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// The bar under the top bar.
#[function_component]
pub fn FindBar(props: &FindBarProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let input = use_node_ref();
    // The label to give every match: the one picked here, else the second
    // of the set (ORG by default: names are what people find most).
    let picked = use_state(|| None::<LabelName>);
    let label = picked
        .as_ref()
        .filter(|l| props.labels.contains(l))
        .or_else(|| props.labels.get(1).or(props.labels.first()))
        .cloned();
    {
        let input = input.clone();
        use_effect_with((), move |_| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let on_input = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetFindQuery(input.value()));
        })
    };
    let on_key = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                dispatch.dispatch(Action::StepFind {
                    forward: !e.shift_key(),
                });
            }
        })
    };
    let on_label = {
        let picked = picked.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            picked.set(LabelName::new(&select.value()).ok());
        })
    };
    let f = &props.find;
    let count = match (f.query.trim().is_empty(), f.matches.len()) {
        (true, _) => String::new(),
        (false, 0) => t.no_match.to_string(),
        (false, n) => lang.match_count(f.current + 1, n),
    };
    html! {
        <div class="find-bar" role="search">
            <input ref={input} type="search" class="find-input" placeholder={t.find_in_article}
                   aria-label={t.find_in_article} value={f.query.clone()} oninput={on_input} onkeydown={on_key} />
            <span class="find-count" aria-live="polite">{ count }</span>
            <button onclick={send(Action::StepFind { forward: false })} disabled={f.matches.is_empty()}
                    aria-label={t.previous_match} title={t.previous_title}>{ "↑" }</button>
            <button onclick={send(Action::StepFind { forward: true })} disabled={f.matches.is_empty()}
                    aria-label={t.next_match} title={t.next_title}>{ "↓" }</button>
            <span class="find-label">
                { t.label_all_as }
                <select aria-label={t.label_for_matches} onchange={on_label}>
                    { for props.labels.iter().map(|l| html! {
                        <option value={l.to_string()} selected={Some(l) == label.as_ref()}>{ l.as_str() }</option>
                    }) }
                </select>
                <button class="primary" disabled={f.matches.is_empty() || label.is_none()}
                        onclick={match label.clone() {
                            Some(l) => send(Action::LabelMatches(l)),
                            None => Callback::noop(),
                        }}>
                    { lang.label_matches(f.matches.len()) }
                </button>
            </span>
            <button class="quiet" onclick={send(Action::CloseFind)} aria-label={t.close_find}>{ "×" }</button>
        </div>
    }
}
