//! The side list: the user's annotations, the pending suggestions or the
//! rejected ones, narrowed to a label. Click a row to scroll to it; delete an
//! annotation, accept or reject a suggestion, restore a rejected one.

use super::Dispatch;
use crate::model::LabelName;
use crate::ui::dom::scroll_to_and_flash;
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

const STATUSES: [(ListStatus, &str); 3] = [
    (ListStatus::Annotations, "Annotations"),
    (ListStatus::Suggestions, "Suggestions"),
    (ListStatus::Rejected, "Rejected"),
];

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
    let status = props.status;
    let label = props.label.clone();
    let on_status = {
        let dispatch = props.dispatch.clone();
        let label = label.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let status = STATUSES
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
        ListStatus::Annotations => {
            "No annotations yet. Select any text in the article, or accept a suggestion."
        }
        ListStatus::Suggestions => "No pending suggestions.",
        ListStatus::Rejected => "Nothing rejected.",
    };
    html! {
        <>
        <div class="list-filters">
            <select aria-label="Show" onchange={on_status}>
                { for STATUSES.iter().map(|(s, name)| html! { <option selected={*s == status}>{ *name }</option> }) }
            </select>
            <select aria-label="Label" onchange={on_label}>
                <option value="" selected={label.is_none()}>{ "every label" }</option>
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
                        (Some(id), _) => html! {
                            <button class="quiet delete" onclick={send(Action::Remove(id))}
                                    aria-label={format!("Delete annotation {}", item.text)} title="Delete">{ "×" }</button>
                        },
                        (None, ListStatus::Rejected) => html! {
                            <button class="quiet" onclick={send(Action::Restore { start, end })}
                                    aria-label={format!("Restore suggestion {}", item.text)} title="Restore">{ "↺" }</button>
                        },
                        (None, _) => html! { <>
                            <button class="quiet" onclick={send(Action::Accept { start, end, label: None })}
                                    aria-label={format!("Accept suggestion {}", item.text)} title="Accept">{ "✓" }</button>
                            <button class="quiet" onclick={send(Action::Reject { start, end })}
                                    aria-label={format!("Reject suggestion {}", item.text)} title="Reject">{ "✗" }</button>
                        </> },
                    };
                    let key = item.id.map_or_else(|| format!("s{start}-{end}"), |id| format!("a{id}"));
                    html! {
                        <li key={key} class="annotation-item" data-id={item.id.map(|i| i.to_string())}>
                            <button class="item-main" onclick={go} title="Show in the article">
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
