//! The article: one keyed [`SectionView`] per section, and the mouse and
//! keyboard selection that opens the annotation popover.

use super::{use_lang, Dispatch, SectionView};
use crate::ui::dom::current_selection;
use crate::ui::state::Action;
use crate::ui::view::SectionModel;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`Article`].
#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    /// What each section shows.
    pub sections: Rc<Vec<Rc<SectionModel>>>,
    /// The section whose label form is open.
    pub section_form: Option<usize>,
    /// Bumped when another document is opened (the article renders anew).
    #[prop_or_default]
    pub generation: u64,
    /// The suggestion the keyboard is on, by its (start, end).
    #[prop_or_default]
    pub cursor: Option<(usize, usize)>,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// The first number in attribute `name` of `element` (a list of ids starts
/// with the innermost annotation's).
fn attr_number<T: std::str::FromStr>(element: &web_sys::Element, name: &str) -> Option<T> {
    element.get_attribute(name)?.split(' ').next()?.parse().ok()
}

/// How many sections join the page per frame while an article first renders:
/// a long article appears at once from the top and fills in without
/// freezing the page.
const SECTIONS_PER_FRAME: usize = 150;

/// The rendered article.
#[function_component]
pub fn Article(props: &ArticleProps) -> Html {
    let t = use_lang().texts();
    let article = use_node_ref();
    let shown = use_state(|| SECTIONS_PER_FRAME);
    {
        let shown = shown.clone();
        use_effect_with(props.generation, move |_| shown.set(SECTIONS_PER_FRAME));
    }
    {
        let (shown, total) = (shown.clone(), props.sections.len());
        use_effect_with((*shown, total), move |&(now, total)| {
            let more = (now < total).then(|| {
                gloo::timers::callback::Timeout::new(0, move || shown.set(now + SECTIONS_PER_FRAME))
            });
            move || drop(more)
        });
    }
    let complete = *shown >= props.sections.len();
    let on_select = {
        let article = article.clone();
        let dispatch = props.dispatch.clone();
        move || {
            let Some(element) = article.cast::<web_sys::Element>() else {
                return;
            };
            if let Some(sel) = current_selection(&element) {
                dispatch.dispatch(Action::Select {
                    start: sel.start,
                    end: sel.end,
                    x: sel.x,
                    y: sel.y,
                });
            }
        }
    };
    let on_mouse_up = {
        let on_select = on_select.clone();
        Callback::from(move |_: MouseEvent| on_select())
    };
    // Shift+arrows change the selection wherever the focus is (the article
    // itself is not focusable), so the keyup is heard on the document.
    {
        let on_select = on_select.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::document(), "keyup", move |event| {
                    let Some(e) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if e.shift_key() || e.key() == "Shift" {
                        on_select();
                    }
                });
            move || drop(listener)
        });
    }
    let on_click = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            let collapsed = web_sys::window()
                .and_then(|w| w.get_selection().ok().flatten())
                .is_none_or(|s| s.is_collapsed());
            if !collapsed {
                return;
            }
            let Some(target) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            // The innermost mark wins: an annotation inside a suggestion is
            // edited; a click on the suggestion's own text decides it.
            let Ok(Some(mark)) = target.closest("mark") else {
                return;
            };
            let rect = mark.get_bounding_client_rect();
            let window = gloo::utils::window();
            let x = rect.left() + window.scroll_x().unwrap_or(0.0);
            let y = rect.bottom() + window.scroll_y().unwrap_or(0.0);
            if mark.class_list().contains("annotation") {
                if let Some(id) = attr_number(&mark, "data-ann") {
                    dispatch.dispatch(Action::EditExisting { id, x, y });
                }
            } else if let (Some(start), Some(end)) = (
                attr_number(&mark, "data-span"),
                attr_number(&mark, "data-end"),
            ) {
                dispatch.dispatch(Action::OpenSuggestion { start, end, x, y });
            }
        })
    };
    html! {
        <article class="article" ref={article} aria-label={t.article} aria-busy={(!complete).to_string()}
                 data-complete={complete.to_string()}
                 onmouseup={on_mouse_up} onclick={on_click}>
            { for props.sections.iter().take(*shown).map(|model| html! {
                <SectionView key={model.index} model={model.clone()}
                             form_open={props.section_form == Some(model.index)}
                             cursor={props.cursor.map(|c| c.0).filter(|&c| model.start <= c && c < model.end)}
                             dispatch={props.dispatch.clone()} />
            }) }
        </article>
    }
}
