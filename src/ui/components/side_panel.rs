//! The right-hand panel, in three tabs: the list (annotations, suggestions or
//! rejected ones) with the section labels; the Summary; and the Labels (the
//! legend with keys and accept/reject all).

use super::{use_lang, AnnotationList, DictionaryPanel, Dispatch, Legend, SummaryPanel};
use crate::model::{Dictionary, Document, LabelName};
use crate::ui::dom::scroll_to_and_flash;
use crate::ui::state::{Action, PanelTab};
use crate::ui::summary::{list_items, summary, ListStatus};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SidePanel`].
#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    /// The open document.
    pub doc: Rc<Document>,
    /// The open tab.
    pub tab: PanelTab,
    /// What the list shows.
    pub list_status: ListStatus,
    /// The label the list is narrowed to.
    pub list_label: Option<LabelName>,
    /// The user's dictionary (shown in the Labels tab).
    pub dictionary: Rc<Dictionary>,
    /// The word-snapping setting (shown in the Labels tab).
    pub snap_words: bool,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// The panel.
#[function_component]
pub fn SidePanel(props: &SidePanelProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let doc = &props.doc;
    let tabs = [
        (PanelTab::Annotations, t.annotations),
        (PanelTab::Summary, t.summary),
        (PanelTab::Labels, t.labels),
    ];
    let tabs = tabs.iter().map(|&(tab, name)| {
        let dispatch = props.dispatch.clone();
        let selected = tab == props.tab;
        let count = match tab {
            PanelTab::Annotations => format!(" ({})", doc.annotations.len()),
            _ => String::new(),
        };
        html! {
            <button role="tab" aria-selected={selected.to_string()} class={classes!("tab", selected.then_some("selected"))}
                    onclick={Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ShowPanel(tab)))}>
                { name }{ count }
            </button>
        }
    });
    let body = match props.tab {
        PanelTab::Annotations => {
            let items = list_items(doc, props.list_status, props.list_label.as_ref());
            let labels: Vec<LabelName> = doc.labels.iter().map(|d| d.name.clone()).collect();
            html! {
                <>
                <AnnotationList items={items} status={props.list_status} label={props.list_label.clone()}
                                labels={labels} dispatch={props.dispatch.clone()} />
                if !doc.section_annotations.is_empty() {
                    <h2>{ lang.section_labels(doc.section_annotations.len()) }</h2>
                    <ol class="section-label-list">
                        { for doc.section_annotations.iter().map(|s| {
                            let index = s.section;
                            let go = Callback::from(move |_: MouseEvent| {
                                scroll_to_and_flash(&format!("[data-section=\"{index}\"]"))
                            });
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
                </>
            }
        }
        PanelTab::Summary => html! { <SummaryPanel summary={Rc::new(summary(doc))} /> },
        PanelTab::Labels => {
            let snap_words = {
                let dispatch = props.dispatch.clone();
                Callback::from(move |e: Event| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    dispatch.dispatch(Action::SetSnapWords(input.checked()));
                })
            };
            let annotated: Vec<usize> = doc
                .labels
                .iter()
                .map(|d| doc.count_label(d.name.as_str()))
                .collect();
            let pending: Vec<usize> = doc
                .labels
                .iter()
                .map(|d| {
                    doc.shown_suggestions()
                        .filter(|(_, name)| **name == d.name)
                        .count()
                })
                .collect();
            html! {
                <>
                <Legend labels={doc.labels.clone()} annotated={annotated} pending={pending}
                        dispatch={props.dispatch.clone()} />
                <label class="setting">
                    <input type="checkbox" class="snap-words" checked={props.snap_words}
                           onchange={snap_words} />
                    { t.snap_words }
                </label>
                <DictionaryPanel dictionary={props.dictionary.clone()} labels={doc.labels.clone()}
                                 dispatch={props.dispatch.clone()} />
                <p class="panel-help">
                    { t.labels_help }
                </p>
                </>
            }
        }
    };
    html! {
        <aside class="side-panel" aria-label={t.side_panel}>
            <div class="tabs" role="tablist">{ for tabs }</div>
            <div class="tab-body" role="tabpanel">{ body }</div>
        </aside>
    }
}
