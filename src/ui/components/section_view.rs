//! One section of the article: its text with suggestion and annotation
//! marks, and its label tag in the margin.
//!
//! Rendered as its own component so that an edit re-renders only the
//! sections whose [`SectionModel`] changed.

use super::{use_lang, Dispatch, SectionForm};
use crate::analysis::SectionKind;
use crate::ui::i18n::Texts;
use crate::ui::state::Action;
use crate::ui::view::{Chunk, Piece, SectionModel};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SectionView`].
#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    /// What to show.
    pub model: Rc<SectionModel>,
    /// True when this section's label form is open.
    pub form_open: bool,
    /// The start of the suggestion the keyboard is on, when it lies here.
    #[prop_or_default]
    pub cursor: Option<usize>,
    /// The reducer.
    pub dispatch: Dispatch,
}

fn piece(p: &Piece, t: &Texts) -> Html {
    let start = p.start.to_string();
    match p.annotations.first() {
        None => html! {
            <span class={classes!(p.found.then_some("found"))} data-start={start}>{ &p.text }</span>
        },
        Some((_, label)) => {
            let ids = p
                .annotations
                .iter()
                .map(|(id, _)| id.to_string())
                .collect::<Vec<_>>()
                .join(" ");
            let labels = p
                .annotations
                .iter()
                .map(|(_, l)| l.as_str())
                .collect::<Vec<_>>()
                .join(" + ");
            let title = format!("{labels} · {}", t.your_annotation);
            let stacked = (p.annotations.len() > 1).then_some("stacked");
            html! {
                <mark class={classes!("annotation", stacked, p.found.then_some("found"))} data-label={label.to_string()} data-ann={ids}
                      data-start={start} title={title.clone()} aria-description={format!("{labels}, annotation")}>{ &p.text }</mark>
            }
        }
    }
}

/// A heading or paragraph with its marks.
#[function_component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let model = &props.model;
    let index = model.index;
    let content: Html = model
        .chunks
        .iter()
        .map(|chunk| match chunk {
            Chunk::Plain(p) => piece(p, t),
            Chunk::Suggested { label, start, end, title, pieces } => html! {
                <mark class={classes!("suggestion", (props.cursor == Some(*start)).then_some("cursor"))}
                      data-label={label.to_string()} data-span={start.to_string()} data-end={end.to_string()}
                      aria-current={(props.cursor == Some(*start)).then_some("true")}
                      aria-description={format!("{label}, {}", t.suggestion_word)} title={title.clone()}>
                    { for pieces.iter().map(|p| piece(p, t)) }
                </mark>
            },
        })
        .collect();
    let open_form = props.dispatch.clone();
    let open_form =
        Callback::from(move |_: MouseEvent| open_form.dispatch(Action::OpenSectionForm(index)));
    let (tag_text, tag_title) = match &model.label {
        Some(l) => (l.label.clone(), lang.section_label_title(&l.label, &l.note)),
        None => (
            t.add_section_label.to_string(),
            t.add_section_label_title.to_string(),
        ),
    };
    let kind = match model.kind {
        SectionKind::Heading => "heading",
        SectionKind::Paragraph => "paragraph",
    };
    html! {
        <section class={classes!("section", kind, model.label.is_some().then_some("labelled"))}
                 data-section={index.to_string()}>
            <div class="margin">
                <button class={classes!("section-tag", model.label.is_some().then_some("set"))}
                        onclick={open_form} title={tag_title.clone()} aria-label={tag_title}>
                    { tag_text }
                </button>
            </div>
            if model.kind == SectionKind::Heading {
                <h2 class="section-text">{ content }</h2>
            } else {
                <p class="section-text">{ content }</p>
            }
            if let (true, Some(note)) = (!props.form_open, model.label.as_ref().map(|l| &l.note).filter(|n| !n.is_empty())) {
                <p class="section-note">{ note }</p>
            }
            if props.form_open {
                <SectionForm section={index} current={model.label.clone()} dispatch={props.dispatch.clone()} />
            }
        </section>
    }
}
