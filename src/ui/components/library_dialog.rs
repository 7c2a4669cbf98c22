//! The library: every document this browser keeps, to open, rename or
//! delete (with confirmation). Opening another document loses nothing: each
//! is saved on every change.

use super::{use_lang, Dispatch};
use crate::ui::library::LibraryEntry;
use crate::ui::state::{Action, Notice};
use crate::ui::storage;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`LibraryDialog`].
#[derive(Properties, PartialEq)]
pub struct LibraryDialogProps {
    /// The saved documents, most recent first.
    pub entries: Vec<LibraryEntry>,
    /// The open document's id.
    pub current: Option<String>,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// The dialog.
#[function_component]
pub fn LibraryDialog(props: &LibraryDialogProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let dispatch = props.dispatch.clone();
    let close = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ToggleLibrary));
    let refresh =
        |dispatch: &Dispatch| dispatch.dispatch(Action::LibraryLoaded(storage::library()));
    let rows = props.entries.iter().map(|entry| {
        let id = entry.id.clone();
        let is_current = props.current.as_deref() == Some(id.as_str());
        let open = {
            let (dispatch, id) = (props.dispatch.clone(), id.clone());
            Callback::from(move |_: MouseEvent| match storage::load(&id, lang) {
                Ok(doc) => dispatch.dispatch(Action::OpenSaved { id: id.clone(), doc: Rc::new(doc) }),
                Err(message) => {
                    dispatch.dispatch(Action::Notify(Notice::error(message)));
                    refresh(&dispatch);
                }
            })
        };
        let rename = {
            let (dispatch, id) = (props.dispatch.clone(), id.clone());
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                let title = input.value();
                if title.trim().is_empty() {
                    return;
                }
                if is_current {
                    dispatch.dispatch(Action::Rename(title));
                } else {
                    if let Err(message) = storage::rename(&id, &title, lang) {
                        dispatch.dispatch(Action::Notify(Notice::error(message)));
                    }
                    refresh(&dispatch);
                }
            })
        };
        let delete = {
            let (dispatch, id, title) = (props.dispatch.clone(), id.clone(), entry.title.clone());
            let annotations = entry.annotations;
            Callback::from(move |_: MouseEvent| {
                let question = lang.confirm_delete(&title, annotations);
                if !gloo::dialogs::confirm(&question) {
                    return;
                }
                match storage::delete(&id) {
                    Ok(()) => {
                        if is_current {
                            dispatch.dispatch(Action::Close);
                        }
                        dispatch.dispatch(Action::Notify(Notice::info(lang.deleted(&title))));
                    }
                    Err(e) => dispatch.dispatch(Action::Notify(Notice::error(e.message(lang)))),
                }
                refresh(&dispatch);
            })
        };
        let when = entry.modified.get(..16).unwrap_or(&entry.modified).replace('T', " ");
        html! {
            <li key={id.clone()} class={classes!("library-item", is_current.then_some("current"))} data-id={id.clone()}>
                <input class="library-title" type="text" value={entry.title.clone()} onchange={rename}
                       aria-label={lang.title_of(&entry.title)} maxlength="120" />
                <span class="library-meta">
                    { lang.library_meta(entry.chars, entry.annotations, &when) }
                </span>
                <span class="library-actions">
                    if is_current {
                        <span class="library-open-now">{ t.open_now }</span>
                    } else {
                        <button onclick={open}>{ t.open }</button>
                    }
                    <button class="danger" onclick={delete} aria-label={lang.delete_named(&entry.title)}>{ t.delete }</button>
                </span>
            </li>
        }
    });
    html! {
        <div class="library" role="dialog" aria-label={t.documents}>
            <h2>{ lang.documents_heading(props.entries.len()) }</h2>
            if props.entries.is_empty() {
                <p class="empty-list">{ t.no_documents }</p>
            } else {
                <ol class="library-list">{ for rows }</ol>
            }
            <button class="primary" onclick={close}>{ t.close }<kbd>{ "Esc" }</kbd></button>
        </div>
    }
}
