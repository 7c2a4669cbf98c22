//! The inline form that labels a whole section (label + note).

use super::{use_lang, Dispatch};
use crate::model::{SectionAnnotation, MAX_SECTION_LABEL};
use crate::ui::state::Action;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Labels people often give news sections, offered as suggestions.
const COMMON_LABELS: [&str; 8] = [
    "Lede",
    "Background",
    "Quote",
    "Data",
    "Analysis",
    "Opinion",
    "Context",
    "Correction",
];

/// Props of [`SectionForm`].
#[derive(Properties, PartialEq)]
pub struct SectionFormProps {
    /// The section's index.
    pub section: usize,
    /// Its current label, if any.
    pub current: Option<SectionAnnotation>,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// Label, note, Save / Remove / Cancel.
#[function_component]
pub fn SectionForm(props: &SectionFormProps) -> Html {
    let t = use_lang().texts();
    let label_ref = use_node_ref();
    let note_ref = use_node_ref();
    {
        let label_ref = label_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = label_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let section = props.section;
    let on_submit = {
        let (label_ref, note_ref, dispatch) =
            (label_ref.clone(), note_ref.clone(), props.dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            dispatch.dispatch(Action::AnnotateSection {
                section,
                label: value(&label_ref),
                note: value(&note_ref),
            });
        })
    };
    let dispatch = props.dispatch.clone();
    let on_cancel =
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::CloseSectionForm));
    let dispatch = props.dispatch.clone();
    let on_remove =
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ClearSection(section)));
    let list_id = format!("section-labels-{section}");
    let (label, note) = props
        .current
        .as_ref()
        .map(|c| (c.label.clone(), c.note.clone()))
        .unwrap_or_default();
    html! {
        <form class="section-form" onsubmit={on_submit} aria-label={t.section_form}>
            <input ref={label_ref} type="text" class="section-label-input" placeholder={t.section_label_placeholder}
                   aria-label={t.section_label} required=true maxlength={MAX_SECTION_LABEL.to_string()}
                   list={list_id.clone()} value={label} />
            <datalist id={list_id}>
                { for COMMON_LABELS.iter().map(|l| html! { <option value={*l} /> }) }
            </datalist>
            <input ref={note_ref} type="text" class="section-note-input" placeholder={t.note_optional}
                   aria-label={t.section_note} value={note} />
            <button type="submit" class="primary">{ t.save }</button>
            if props.current.is_some() {
                <button type="button" onclick={on_remove}>{ t.remove_label }</button>
            }
            <button type="button" class="quiet" onclick={on_cancel}>{ t.cancel }</button>
        </form>
    }
}
