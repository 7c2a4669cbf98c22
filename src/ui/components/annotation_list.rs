//! The side list: the user's annotations, the pending suggestions or the
//! rejected ones, narrowed to a label. Click a row to scroll to it; delete an
//! annotation, accept or reject a suggestion, restore a rejected one.

use super::{use_lang, Dispatch};
use crate::model::LabelName;
use crate::ui::dom::{anchor_below, scroll_to_and_flash};
use crate::ui::i18n::{RowAction, Texts};
use crate::ui::state::Action;
use crate::ui::summary::{ListItem, ListStatus};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`AnnotationList`].
#[derive(Properties, PartialEq)]
pub struct AnnotationListProps {
    /// The rows, in text order.
    pub items: Vec<ListItem>,
    /// What the rows are.
    pub status: ListStatus,
    /// The label they are narrowed to.
    pub label: Option<LabelName>,
    /// The document's labels, in legend order (the label filter's choices).
    pub labels: Vec<LabelName>,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// The statuses the list can show, with their names in `t`'s language.
fn statuses(t: &Texts) -> [(ListStatus, &'static str); 3] {
    [
        (ListStatus::Annotations, t.annotations),
        (ListStatus::Suggestions, t.suggestions),
        (ListStatus::Rejected, t.rejected),
    ]
}

/// The selector of an item's mark in the article.
fn mark_selector(item: &ListItem) -> String {
    match item.id {
        Some(id) => format!("[data-ann~=\"{id}\"]"),
        None => format!("mark.suggestion[data-span=\"{}\"]", item.start),
    }
}

/// The filters and the list, or a line of help when it is empty.
#[function_component]
pub fn AnnotationList(props: &AnnotationListProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let status = props.status;
    let label = props.label.clone();
    let on_status = {
        let dispatch = props.dispatch.clone();
        let label = label.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let status = statuses(t)
                .get(select.selected_index().max(0) as usize)
                .map_or(status, |s| s.0);
            dispatch.dispatch(Action::FilterList {
                status,
                label: label.clone(),
            });
        })
    };
    let on_label = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let label = LabelName::new(&select.value()).ok();
            dispatch.dispatch(Action::FilterList { status, label });
        })
    };
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let empty = match status {
        ListStatus::Annotations => t.no_annotations,
        ListStatus::Suggestions => t.no_suggestions,
        ListStatus::Rejected => t.nothing_rejected,
    };
    html! {
        <>
        <div class="list-filters">
            <select aria-label={t.show} onchange={on_status}>
                { for statuses(t).iter().map(|(s, name)| html! { <option selected={*s == status}>{ *name }</option> }) }
            </select>
            <select aria-label={t.label} onchange={on_label}>
                <option value="" selected={label.is_none()}>{ t.every_label }</option>
                { for props.labels.iter().map(|l| html! {
                    <option value={l.to_string()} selected={label.as_ref() == Some(l)}>{ l.as_str() }</option>
                }) }
            </select>
        </div>
        if props.items.is_empty() {
            <p class="empty-list">{ empty }</p>
        } else {
            <ol class="annotation-list">
                { for props.items.iter().map(|item| {
                    let selector = mark_selector(item);
                    let go = Callback::from(move |_: MouseEvent| scroll_to_and_flash(&selector));
                    let (start, end) = (item.start, item.end);
                    let actions = match (item.id, status) {
                        (Some(id), _) => {
                            // The popover opens at the mark, as a click on it would:
                            // the keyboard's way to relabel, annotate every occurrence…
                            let edit = {
                                let (dispatch, selector) = (props.dispatch.clone(), mark_selector(item));
                                Callback::from(move |_: MouseEvent| {
                                    if let Some((x, y)) = anchor_below(&selector) {
                                        dispatch.dispatch(Action::EditExisting { id, x, y });
                                    }
                                })
                            };
                            html! { <>
                                <button class="quiet edit" onclick={edit}
                                        aria-label={lang.row_action(RowAction::Edit, &item.text)} title={t.edit}>{ "✎" }</button>
                                <button class="quiet delete" onclick={send(Action::Remove(id))}
                                        aria-label={lang.row_action(RowAction::Delete, &item.text)} title={t.delete}>{ "×" }</button>
                            </> }
                        }
                        (None, ListStatus::Rejected) => html! {
                            <button class="quiet" onclick={send(Action::Restore { start, end })}
                                    aria-label={lang.row_action(RowAction::Restore, &item.text)} title={t.restore}>{ "↺" }</button>
                        },
                        (None, _) => html! { <>
                            <button class="quiet" onclick={send(Action::Accept { start, end, label: None })}
                                    aria-label={lang.row_action(RowAction::Accept, &item.text)} title={t.accept}>{ "✓" }</button>
                            <button class="quiet" onclick={send(Action::Reject { start, end })}
                                    aria-label={lang.row_action(RowAction::Reject, &item.text)} title={t.reject}>{ "✗" }</button>
                        </> },
                    };
                    let key = item.id.map_or_else(|| format!("s{start}-{end}"), |id| format!("a{id}"));
                    html! {
                        <li key={key} class="annotation-item" data-id={item.id.map(|i| i.to_string())}>
                            <button class="item-main" onclick={go} title={t.show_in_article}>
                                <span class="chip" data-label={item.label.to_string()}>{ item.label.as_str() }</span>
                                <span class="item-text">{ &item.text }</span>
                                if !item.note.is_empty() {
                                    <span class="item-note">{ &item.note }</span>
                                }
                            </button>
                            { actions }
                        </li>
                    }
                }) }
            </ol>
        }
        </>
    }
}
