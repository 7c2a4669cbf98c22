//! The user's dictionary, in the Labels tab: every term the user has
//! labelled by hand, with its label; change a term's label, remove it, or
//! add one. New documents get these terms as suggestions.

use super::{use_lang, Dispatch};
use crate::model::{Dictionary, LabelName, LabelSet};
use crate::ui::state::Action;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`DictionaryPanel`].
#[derive(Properties, PartialEq)]
pub struct DictionaryPanelProps {
    /// The dictionary.
    pub dictionary: Rc<Dictionary>,
    /// The open document's labels (a term's label is one of them).
    pub labels: LabelSet,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// The most rows drawn at once; the filter narrows the rest.
const SHOWN: usize = 100;

/// A `<select>` of the labels with `current` picked.
fn label_select(
    labels: &LabelSet,
    current: Option<&LabelName>,
    aria: String,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <select aria-label={aria} onchange={onchange}>
            { for labels.iter().map(|d| html! {
                <option value={d.name.to_string()} selected={Some(&d.name) == current}>{ d.name.as_str() }</option>
            }) }
            // A term whose label the set lacks keeps showing it.
            if let Some(c) = current.filter(|c| labels.get(c.as_str()).is_none()) {
                <option value={c.to_string()} selected=true>{ c.as_str() }</option>
            }
        </select>
    }
}

/// The list, its filter and the add form.
#[function_component]
pub fn DictionaryPanel(props: &DictionaryPanelProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let filter = use_state(String::new);
    let (new_term, new_label) = (use_node_ref(), use_node_ref());
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            filter.set(input.value());
        })
    };
    let add = {
        let dispatch = props.dispatch.clone();
        let (new_term, new_label) = (new_term.clone(), new_label.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(term), Some(label)) = (
                new_term.cast::<HtmlInputElement>(),
                new_label.cast::<HtmlSelectElement>(),
            ) else {
                return;
            };
            if let Ok(label) = LabelName::new(&label.value()) {
                dispatch.dispatch(Action::SetTerm {
                    text: term.value(),
                    label,
                });
                term.set_value("");
            }
        })
    };
    let needle = filter.trim().to_lowercase();
    let matching: Vec<_> = props
        .dictionary
        .terms()
        .iter()
        .filter(|t| needle.is_empty() || t.text.to_lowercase().contains(&needle))
        .collect();
    let hidden = matching.len().saturating_sub(SHOWN);
    let rows = matching.iter().take(SHOWN).map(|term| {
        let text = term.text.clone();
        let relabel = {
            let (dispatch, text) = (props.dispatch.clone(), text.clone());
            Callback::from(move |e: Event| {
                let select: HtmlSelectElement = e.target_unchecked_into();
                if let Ok(label) = LabelName::new(&select.value()) {
                    dispatch.dispatch(Action::SetTerm {
                        text: text.clone(),
                        label,
                    });
                }
            })
        };
        let remove = {
            let (dispatch, text) = (props.dispatch.clone(), text.clone());
            Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::RemoveTerm(text.clone())))
        };
        html! {
            <li key={term.text.clone()} class="term">
                <span class="term-text">{ &term.text }</span>
                { label_select(&props.labels, Some(&term.label), lang.term_field(false, &term.text), relabel) }
                <button class="quiet delete" onclick={remove} aria-label={lang.term_field(true, &term.text)}
                        title={t.remove_term_title}>{ "×" }</button>
            </li>
        }
    });
    html! {
        <section class="dictionary" aria-label={t.dictionary}>
            <h2>{ lang.dictionary_heading(props.dictionary.len()) }</h2>
            <p class="panel-help">{ t.dictionary_help }</p>
            if props.dictionary.len() > 8 {
                <input class="term-filter" type="search" placeholder={t.filter_terms} aria-label={t.filter_terms}
                       value={(*filter).clone()} oninput={on_filter} />
            }
            <ul class="terms">{ for rows }</ul>
            if hidden > 0 {
                <p class="empty-list">{ lang.more_terms(hidden) }</p>
            }
            <form class="add-term" onsubmit={add}>
                <input ref={new_term} class="new-term" placeholder={t.new_term_placeholder} maxlength="60"
                       aria-label={t.new_term_name} />
                <select ref={new_label} aria-label={t.new_term_label}>
                    { for props.labels.iter().map(|d| html! {
                        <option value={d.name.to_string()} selected={d.name == crate::analysis::Label::Org}>{ d.name.as_str() }</option>
                    }) }
                </select>
                <button type="submit">{ t.add_term }</button>
            </form>
        </section>
    }
}
