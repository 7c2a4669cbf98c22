//! The side list of the user's annotations: click to scroll to one, delete.

use super::Dispatch;
use crate::analysis::Label;
use crate::model::AnnotationId;
use crate::ui::dom::scroll_to_and_flash;
use crate::ui::state::Action;
use yew::prelude::*;

/// One row of the list.
#[derive(Clone, Debug, PartialEq)]
pub struct AnnotationItem {
    /// The annotation.
    pub id: AnnotationId,
    /// Its label.
    pub label: Label,
    /// Its text.
    pub text: String,
    /// Its note.
    pub note: String,
}

/// Props of [`AnnotationList`].
#[derive(Properties, PartialEq)]
pub struct AnnotationListProps {
    /// The rows, in text order.
    pub items: Vec<AnnotationItem>,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// The list, or a line of help when it is empty.
#[function_component]
pub fn AnnotationList(props: &AnnotationListProps) -> Html {
    if props.items.is_empty() {
        return html! {
            <p class="empty-list">{ "No annotations yet. Select any text in the article to label it." }</p>
        };
    }
    html! {
        <ol class="annotation-list">
            { for props.items.iter().map(|item| {
                let id = item.id;
                let go = Callback::from(move |_: MouseEvent| scroll_to_and_flash(&format!("[data-ann~=\"{id}\"]")));
                let dispatch = props.dispatch.clone();
                let delete = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Remove(id)));
                html! {
                    <li key={id.to_string()} class="annotation-item" data-id={id.to_string()}>
                        <button class="item-main" onclick={go} title="Show in the article">
                            <span class="chip" data-label={item.label.as_str()}>{ item.label.as_str() }</span>
                            <span class="item-text">{ &item.text }</span>
                            if !item.note.is_empty() {
                                <span class="item-note">{ &item.note }</span>
                            }
                        </button>
                        <button class="quiet delete" onclick={delete}
                                aria-label={format!("Delete annotation {}", item.text)} title="Delete">{ "×" }</button>
                    </li>
                }
            }) }
        </ol>
    }
}
