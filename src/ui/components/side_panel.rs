//! The right-hand panel: the user's annotations, the section labels, and the
//! legend with suggestion counts.

use super::annotation_list::AnnotationItem;
use super::{AnnotationList, Dispatch, Legend};
use crate::analysis::Label;
use crate::model::{Document, SuggestionState};
use crate::ui::dom::scroll_to_and_flash;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SidePanel`].
#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    /// The open document.
    pub doc: Rc<Document>,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// The panel.
#[function_component]
pub fn SidePanel(props: &SidePanelProps) -> Html {
    let doc = &props.doc;
    let items: Vec<AnnotationItem> = doc
        .annotations
        .iter()
        .map(|a| AnnotationItem {
            id: a.id,
            label: a.label,
            text: doc.slice(a.start, a.end).to_string(),
            note: a.note.clone(),
        })
        .collect();
    let counts: Vec<(Label, usize)> = Label::ALL
        .into_iter()
        .map(|l| {
            (
                l,
                doc.analysis
                    .spans
                    .iter()
                    .filter(|s| s.label == l && doc.suggestion_state(s) == SuggestionState::Pending)
                    .count(),
            )
        })
        .collect();
    let pending: usize = counts.iter().map(|c| c.1).sum();
    html! {
        <aside class="side-panel" aria-label="Annotations and labels">
            <h2>{ format!("Annotations ({})", items.len()) }</h2>
            <AnnotationList items={items} dispatch={props.dispatch.clone()} />
            if !doc.section_annotations.is_empty() {
                <h2>{ format!("Section labels ({})", doc.section_annotations.len()) }</h2>
                <ol class="section-label-list">
                    { for doc.section_annotations.iter().map(|s| {
                        let index = s.section;
                        let go = Callback::from(move |_: MouseEvent| scroll_to_and_flash(&format!("[data-section=\"{index}\"]")));
                        let preview: String = doc.sections().get(index)
                            .map(|sec| doc.slice(sec.start, sec.end).chars().take(24).collect())
                            .unwrap_or_default();
                        html! {
                            <li key={index.to_string()}>
                                <button class="item-main" onclick={go}>
                                    <span class="chip section-chip">{ &s.label }</span>
                                    <span class="item-text">{ preview }{ "…" }</span>
                                    if !s.note.is_empty() { <span class="item-note">{ &s.note }</span> }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            }
            <h2>{ format!("Suggestions ({} pending of {})", pending, doc.analysis.spans.len()) }</h2>
            <Legend counts={counts} dispatch={props.dispatch.clone()} />
            <p class="panel-help">
                { "Dashed underlines are suggestions: click one (or move to it with N and P) to accept, relabel or reject it. Filled highlights are your annotations. Select any text to annotate it. Press ? for every shortcut." }
            </p>
        </aside>
    }
}
