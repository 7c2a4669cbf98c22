//! The top bar: title, New, Open, Export, the language switch. Always visible.

use super::use_lang;
use crate::export::Format;
use crate::ui::i18n::Lang;
use crate::ui::state::Action;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`TopBar`].
#[derive(Properties, PartialEq)]
pub struct TopBarProps {
    /// The document's title, when one is open.
    pub title: Option<AttrValue>,
    /// Renames the document.
    pub on_rename: Callback<String>,
    /// Closes the document (back to the paste screen).
    pub on_new: Callback<()>,
    /// Opens a file the user picked.
    pub on_open: Callback<web_sys::File>,
    /// Downloads the export.
    pub on_export: Callback<Format>,
    /// Imports a file's annotations onto the open document.
    pub on_import_onto: Callback<web_sys::File>,
    /// True when there is an edit to undo.
    #[prop_or_default]
    pub can_undo: bool,
    /// True when there is an undone edit to redo.
    #[prop_or_default]
    pub can_redo: bool,
    /// Switches (and remembers) the interface's language.
    #[prop_or_default]
    pub on_lang: Callback<Lang>,
    /// The reducer (undo, redo, shortcuts).
    pub dispatch: super::Dispatch,
}

/// Title field and the document commands.
#[function_component]
pub fn TopBar(props: &TopBarProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let on_lang = props.on_lang.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        Lang::from_code(&select.value()).unwrap_or_default()
    });
    let on_title = props.on_rename.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    let on_file = props.on_open.clone();
    let on_file = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            on_file.emit(file);
        }
        // Picking the same file twice must fire `change` again.
        input.set_value("");
    });
    let on_import = props.on_import_onto.clone();
    let on_import = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            on_import.emit(file);
        }
        input.set_value("");
    });
    let has_doc = props.title.is_some();
    let menu = use_node_ref();
    // Choosing a format also closes the menu.
    let export_as = |format: Format| {
        let (menu, on_export) = (menu.clone(), props.on_export.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(menu) = menu.cast::<web_sys::Element>() {
                let _ = menu.remove_attribute("open");
            }
            on_export.emit(format);
        })
    };
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    html! {
        <header class="top-bar">
            <span class="brand" aria-hidden="true">{ "Scholia" }</span>
            if let Some(title) = &props.title {
                <input class="title" type="text" aria-label={t.document_title}
                       value={title.clone()} onchange={on_title} maxlength="120" />
            } else {
                <span class="title placeholder">{ t.paste_to_begin }</span>
            }
            <nav class="commands">
                if has_doc {
                    <button class="undo" onclick={send(Action::Undo)} disabled={!props.can_undo} title={t.undo_title} aria-label={t.undo}>{ "↶" }</button>
                    <button class="redo" onclick={send(Action::Redo)} disabled={!props.can_redo} title={t.redo_title} aria-label={t.redo}>{ "↷" }</button>
                }
                if has_doc {
                    <button onclick={props.on_new.reform(|_| ())} title={t.new_title}>{ t.new }</button>
                }
                <label class="button" title={t.open_file_title}>
                    { t.open_file }
                    <input type="file" class="visually-hidden" accept=".txt,.md,.markdown,.text,.json,.jsonl,text/plain,text/markdown,application/json"
                           onchange={on_file} aria-label={t.open_file_input} />
                </label>
                <button onclick={send(Action::ToggleLibrary)} title={t.documents_title}>{ t.documents }</button>
                <button onclick={send(Action::ToggleHelp)} title={t.shortcuts_title} aria-label={t.shortcuts}>{ "?" }</button>
                if has_doc {
                    <label class="button" title={t.import_title}>
                        { t.import }
                        <input type="file" class="visually-hidden" accept=".json,.jsonl,application/json"
                               onchange={on_import} aria-label={t.import_input} />
                    </label>
                }
                if has_doc {
                    <button class="primary" onclick={props.on_export.reform(|_| Format::Native)}
                            title={t.export_title}>{ t.export }</button>
                    <details class="export-menu" ref={menu.clone()}>
                        <summary aria-label={t.other_formats} title={t.other_formats_title}>{ "▾" }</summary>
                        <div class="export-formats" role="menu">
                            { for [
                                (Format::W3c, "W3C Web Annotation (.w3c.json)"),
                                (Format::Doccano, "doccano JSONL (.doccano.jsonl)"),
                                (Format::Spacy, "spaCy JSONL (.spacy.jsonl)"),
                                (Format::Jsonl, "Scholia JSONL (.scholia.jsonl)"),
                            ].into_iter().map(|(format, name)| html! {
                                <button role="menuitem" onclick={export_as(format)}>{ name }</button>
                            }) }
                        </div>
                    </details>
                }
                <select class="lang-switch" aria-label={t.language} onchange={on_lang}>
                    { for Lang::ALL.into_iter().map(|l| html! {
                        <option value={l.code()} lang={l.code()} selected={l == lang}>{ l.name() }</option>
                    }) }
                </select>
            </nav>
        </header>
    }
}
