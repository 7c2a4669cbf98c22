//! The root component: owns the one reducer, runs the effects (autosave,
//! hotkeys), and wires files, drops and exports to the core.

use super::components::{
    AnnotationPopover, Article, FindBar, LabelStyles, LibraryDialog, NoticeBar, PasteScreen,
    Shortcuts, SidePanel, TopBar,
};
use super::i18n::Lang;
use super::keys::{key_action, KeyPress};
use super::state::{
    new_document_with, now_iso, now_millis, title_from_text, vet_text, Action, Notice, State,
};
use super::view::{section_models, suggestion_summary};
use super::{dom, storage};
use crate::export::{export_as, file_name, import_any, import_onto, Format, ImportError};
use crate::model::Document;
use crate::ui::library::new_doc_id;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

/// The state at start-up: the language (the user's choice, else the
/// browser's), the library, and the document open last, if any.
fn restored_state() -> State {
    let mut state = State {
        lang: storage::saved_lang().unwrap_or_else(|| {
            let browser = web_sys::window().and_then(|w| w.navigator().language());
            Lang::from_browser(browser.as_deref().unwrap_or(""))
        }),
        ..State::default()
    };
    match storage::load_current(state.lang) {
        Ok(current) => {
            if let Some((id, doc)) = current {
                state.doc_id = Some(id);
                state.doc = Some(Rc::new(doc));
            }
        }
        Err(message) => state.notice = Some(Notice::error(message)),
    }
    state.library = storage::library();
    state.dictionary = Rc::new(storage::dictionary());
    state.snap_words = storage::snap_words();
    state
}

/// Analyses `text` after the next paint, so "Analysing…" shows first.
fn load_text(dispatch: &UseReducerDispatcher<State>, title: String, text: String, lang: Lang) {
    if let Err(problem) = vet_text(&text) {
        dispatch.dispatch(Action::Notify(Notice::error(lang.text_rejected(&problem))));
        return;
    }
    dispatch.dispatch(Action::BeginLoad);
    let dispatch = dispatch.clone();
    Timeout::new(16, move || {
        let started = js_sys::Date::now();
        // New documents start with the label set edited last, and the
        // user's dictionary feeds the analyser through it.
        let labels = storage::label_template().unwrap_or_default();
        let config = crate::analysis::Config {
            user_terms: storage::dictionary().user_terms(&labels),
        };
        let mut doc = new_document_with(&title, &text, &config);
        doc.set_labels(labels);
        let took = js_sys::Date::now() - started;
        let message = lang.analysed(
            doc.len_chars(),
            took,
            doc.analysis.spans.len(),
            doc.sections().len(),
        );
        dispatch.dispatch(Action::Open(Rc::new(doc)));
        dispatch.dispatch(Action::Notify(Notice::info(message)));
    })
    .forget();
}

/// Opens a text file (analysed) or an annotation file (`.json`/`.jsonl` in
/// any supported format).
fn open_bytes(dispatch: &UseReducerDispatcher<State>, name: &str, bytes: Vec<u8>, lang: Lang) {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let message = lang.not_utf8(name, at);
            dispatch.dispatch(Action::Notify(Notice::error(message)));
            return;
        }
    };
    let lower = name.to_lowercase();
    if lower.ends_with(".json") || lower.ends_with(".jsonl") {
        match open_annotation_file(name, &text, lang) {
            Ok((doc, message)) => {
                // The library first, so the new document's id cannot clash
                // with the ones just saved.
                dispatch.dispatch(Action::LibraryLoaded(storage::library()));
                dispatch.dispatch(Action::Open(Rc::new(doc)));
                dispatch.dispatch(Action::Notify(Notice::info(message)));
            }
            Err(e) => {
                dispatch.dispatch(Action::Notify(Notice::error(lang.could_not_open(name, &e))))
            }
        }
    } else {
        let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
        let title = if stem.trim().is_empty() {
            title_from_text(&text)
        } else {
            stem.to_string()
        };
        load_text(dispatch, title, text, lang);
    }
}

/// Reads a file in any supported format (Scholia, W3C, JSONL, doccano,
/// spaCy) as whole documents. All are validated before anything is kept; all
/// but the last go straight into the library, the last is returned to open.
fn open_annotation_file(name: &str, text: &str, lang: Lang) -> Result<(Document, String), String> {
    let imported = import_any(text).map_err(|e| e.to_string())?;
    let format = imported.format;
    let mut docs = imported
        .documents
        .into_iter()
        .map(|d| d.into_document())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    let last = docs.pop().ok_or_else(|| ImportError::Empty.to_string())?;
    let earlier = docs.len();
    for doc in docs {
        let id = new_doc_id(now_millis(), &storage::library(), None);
        storage::save_document(&id, &doc, &now_iso()).map_err(|e| e.message(lang))?;
    }
    let message = if earlier == 0 {
        lang.opened_one(&last.title, format.name(), last.annotations.len())
    } else {
        lang.opened_many(earlier + 1, name, format.name())
    };
    Ok((last, message))
}

/// Imports a file's annotations onto the open document, re-anchoring them by
/// their quotes when its text differs; the notice says how that went.
fn import_onto_open(
    doc: &Document,
    name: &str,
    text: &str,
    lang: Lang,
) -> Result<(Document, Notice), ImportError> {
    let (next, report) = import_onto(doc, text)?;
    let message = lang.imported(next.annotations.len(), name, &report);
    let notice = if report.orphaned.is_empty() {
        Notice::info(message)
    } else {
        Notice::error(message)
    };
    Ok((next, notice))
}

/// The app.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(restored_state);
    let dispatch = state.dispatcher();
    let reader = use_mut_ref(|| None::<FileReader>);
    let lang = state.lang;

    // Autosave: the whole document when another text is opened, the small
    // annotation part on every edit (0 is the restored state: nothing to
    // save). Each save refreshes the library list.
    {
        let (id, doc, dispatch) = (state.doc_id.clone(), state.doc.clone(), dispatch.clone());
        use_effect_with(state.generation, move |generation| {
            if *generation > 0 {
                let saved = match (&id, &doc) {
                    (Some(id), Some(doc)) => storage::save_document(id, doc, &now_iso()),
                    _ => storage::set_current(None).map(|()| storage::library()),
                };
                let library = saved.unwrap_or_else(|e| {
                    dispatch.dispatch(Action::Notify(Notice::error(e.message(lang))));
                    storage::library()
                });
                dispatch.dispatch(Action::LibraryLoaded(library));
            }
        });
    }
    {
        let (id, doc, dispatch) = (state.doc_id.clone(), state.doc.clone(), dispatch.clone());
        use_effect_with(state.revision, move |revision| {
            if let (true, Some(id), Some(doc)) = (*revision > 0, id, doc) {
                let library =
                    storage::save_annotations(&id, &doc, &now_iso()).unwrap_or_else(|e| {
                        dispatch.dispatch(Action::Notify(Notice::error(e.message(lang))));
                        storage::library()
                    });
                dispatch.dispatch(Action::LibraryLoaded(library));
            }
        });
    }
    // The label set edited last is the one new documents start with.
    {
        let labels = state.doc.as_ref().map(|d| d.labels.clone());
        let (dispatch, lang) = (dispatch.clone(), state.lang);
        use_effect_with(labels, move |labels| {
            if let Some(labels) = labels {
                if let Err(e) = storage::save_label_template(labels) {
                    dispatch.dispatch(Action::Notify(Notice::error(e.message(lang))));
                }
            }
        });
    }
    // The dictionary and the settings live outside documents: each is saved
    // whenever it changes.
    {
        let (dispatch, lang) = (dispatch.clone(), state.lang);
        use_effect_with(state.dictionary.clone(), move |dictionary| {
            if let Err(e) = storage::save_dictionary(dictionary) {
                dispatch.dispatch(Action::Notify(Notice::error(e.message(lang))));
            }
        });
    }
    use_effect_with(state.snap_words, |snap| {
        // Harmless when it fails: the setting holds for this visit.
        let _ = storage::save_snap_words(*snap);
    });
    // `<html lang>` picks the CJK fonts and tells screen readers the language.
    use_effect_with(lang, |lang| {
        let document = gloo::utils::document();
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        document.set_title(lang.texts().page_title);
    });
    // Once the popover closes, the browser selection has done its job.
    use_effect_with(state.popover.is_some(), |open| {
        if !*open {
            dom::clear_selection();
        }
    });
    // One keydown listener for the app's lifetime; what a key does is decided
    // by `keys::key_action` on the state of the latest render.
    let latest = use_mut_ref(State::default);
    *latest.borrow_mut() = (*state).clone();
    {
        let (latest, dispatch) = (latest.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            // Not passive: a handled key must not also scroll or type.
            let options = EventListenerOptions::enable_prevent_default();
            let document = gloo::utils::document();
            let listener =
                EventListener::new_with_options(&document, "keydown", options, move |event| {
                    let Some(e) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let typing = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|t| {
                            matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                                || t.closest("[contenteditable]").ok().flatten().is_some()
                        });
                    let press = KeyPress {
                        key: e.key(),
                        ctrl: e.ctrl_key() || e.meta_key(),
                        shift: e.shift_key(),
                        alt: e.alt_key(),
                        typing,
                    };
                    let action = key_action(&latest.borrow(), &press);
                    if let Some(action) = action {
                        e.prevent_default();
                        dispatch.dispatch(action);
                    }
                });
            move || drop(listener)
        });
    }
    // The keyboard cursor stays in view.
    // The suggestion the keyboard is on is brought into view and selected,
    // so Shift+arrows can grow or shrink the selection from it.
    use_effect_with(state.cursor, |cursor| {
        if let Some((start, _)) = cursor {
            let selector = format!("mark.suggestion[data-span=\"{start}\"]");
            dom::scroll_into_view(&selector);
            dom::select_contents(&selector);
        }
    });

    let found = state
        .find
        .as_ref()
        .map(|f| f.matches.clone())
        .unwrap_or_default();
    let models = {
        let doc = state.doc.clone();
        use_memo((state.revision, found, lang), move |(_, found, lang)| {
            Rc::new(
                doc.as_deref()
                    .map(|d| section_models(d, found, *lang))
                    .unwrap_or_default(),
            )
        })
    };
    // The current match of the find bar is brought into view.
    use_effect_with(
        state
            .find
            .as_ref()
            .and_then(|f| f.matches.get(f.current).copied()),
        |current| {
            if let Some((start, _)) = current {
                dom::scroll_to_and_flash(&format!(".found[data-start=\"{start}\"]"));
            }
        },
    );

    let open_file = {
        let (dispatch, reader) = (dispatch.clone(), reader.clone());
        Callback::from(move |file: web_sys::File| {
            let file = gloo::file::File::from(file);
            let name = file.name();
            let dispatch = dispatch.clone();
            let task = gloo::file::callbacks::read_as_bytes(&file, move |result| match result {
                Ok(bytes) => open_bytes(&dispatch, &name, bytes, lang),
                Err(e) => dispatch.dispatch(Action::Notify(Notice::error(
                    lang.could_not_read(&name, &e.to_string()),
                ))),
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let import_onto_file = {
        let (dispatch, reader, doc) = (dispatch.clone(), reader.clone(), state.doc.clone());
        Callback::from(move |file: web_sys::File| {
            let Some(doc) = doc.clone() else { return };
            let file = gloo::file::File::from(file);
            let name = file.name();
            let dispatch = dispatch.clone();
            let task = gloo::file::callbacks::read_as_bytes(&file, move |result| {
                let outcome = result
                    .map_err(|e| e.to_string())
                    .and_then(|bytes| {
                        String::from_utf8(bytes).map_err(|_| lang.texts().not_utf8.to_string())
                    })
                    .and_then(|text| {
                        import_onto_open(&doc, &name, &text, lang).map_err(|e| e.to_string())
                    });
                match outcome {
                    Ok((next, notice)) => {
                        dispatch.dispatch(Action::Replace(Rc::new(next)));
                        dispatch.dispatch(Action::Notify(notice));
                    }
                    Err(e) => dispatch.dispatch(Action::Notify(Notice::error(
                        lang.could_not_import(&name, &e),
                    ))),
                }
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let on_submit = {
        let dispatch = dispatch.clone();
        Callback::from(move |text: String| load_text(&dispatch, title_from_text(&text), text, lang))
    };
    let on_sample = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            load_text(
                &dispatch,
                crate::SAMPLE_TITLE.to_string(),
                crate::SAMPLE_ARTICLE.to_string(),
                lang,
            )
        })
    };
    // Nothing is lost by New: the open document stays in the library.
    let on_new = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Close))
    };
    let on_export = {
        let (dispatch, doc) = (dispatch.clone(), state.doc.clone());
        Callback::from(move |format: Format| {
            let Some(doc) = &doc else { return };
            // `<title>.scholia.json` for the native format, `<title>.w3c.json`,
            // `<title>.doccano.jsonl`… for the others.
            let native = file_name(&doc.title);
            let stem = native.trim_end_matches(".scholia.json");
            let name = format!("{stem}.{}", format.extension());
            let mut contents = export_as(doc, format);
            if format.is_line_based() {
                contents.push('\n');
            }
            let result = storage::download(&name, &contents, "application/json");
            let notice = match result {
                Ok(()) => Notice::info(lang.exported(
                    doc.annotations.len(),
                    doc.analysis.spans.len(),
                    &name,
                    format.name(),
                )),
                Err(e) => Notice::error(lang.export_failed(&e)),
            };
            dispatch.dispatch(Action::Notify(notice));
        })
    };
    let on_rename = {
        let dispatch = dispatch.clone();
        Callback::from(move |title: String| dispatch.dispatch(Action::Rename(title)))
    };
    // A failed save of the choice is harmless: the language still changes,
    // and the browser's language is the default next time.
    let on_lang = {
        let dispatch = dispatch.clone();
        Callback::from(move |lang: Lang| {
            let _ = storage::save_lang(lang);
            dispatch.dispatch(Action::SetLang(lang));
        })
    };
    let on_dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::DismissNotice))
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_drop = {
        let open_file = open_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                open_file.emit(file);
            }
        })
    };

    let title = state.doc.as_ref().map(|d| AttrValue::from(d.title.clone()));
    let label_names: Vec<crate::model::LabelName> = state
        .doc
        .as_ref()
        .map(|d| d.labels.iter().map(|l| l.name.clone()).collect())
        .unwrap_or_default();
    let popover = state
        .popover
        .as_ref()
        .zip(state.doc.as_ref())
        .map(|(p, doc)| {
            let quote: String = doc.slice(p.start, p.end).chars().take(80).collect();
            let detail = p
                .suggestion
                .then(|| doc.suggestion(p.start, p.end))
                .flatten()
                .map(|s| AttrValue::from(suggestion_summary(s, &doc.suggested_label(s.label), lang)));
            // Occurrences of an annotation's text that lack its label.
            let others = p
                .editing
                .and_then(|id| doc.annotation(id))
                .map(|a| {
                    let text = doc.slice(a.start, a.end);
                    doc.occurrences(text)
                        .into_iter()
                        .filter(|&(s, e)| {
                            !doc.annotations
                                .iter()
                                .any(|b| (b.start, b.end) == (s, e) && b.label == a.label)
                        })
                        .count()
                })
                .unwrap_or(0);
            html! { <AnnotationPopover key={format!("{}-{}-{:?}-{}", p.start, p.end, p.editing, p.suggestion)}
                        popover={p.clone()} labels={doc.labels.clone()} quote={quote} detail={detail} others={others}
                        dispatch={dispatch.clone()} /> }
        });
    html! {
        <ContextProvider<Lang> context={lang}>
        <div class="app" ondragover={on_drag_over} ondrop={on_drop}>
            if let Some(doc) = &state.doc {
                <LabelStyles labels={doc.labels.clone()} />
            }
            <TopBar title={title} on_rename={on_rename} on_new={on_new} on_open={open_file} on_export={on_export}
                    on_import_onto={import_onto_file} on_lang={on_lang}
                    can_undo={!state.past.is_empty()} can_redo={!state.future.is_empty()} dispatch={dispatch.clone()} />
            // Fixed slots: a message or popover appearing must not shift the
            // workspace's place among its siblings (Yew would rebuild it, and
            // the browser would drop the user's selection).
            <div class="find-slot">
                if let Some(find) = &state.find {
                    <FindBar find={find.clone()} labels={label_names.clone()} dispatch={dispatch.clone()} />
                }
            </div>
            <div class="notice-slot">
                if let Some(notice) = &state.notice {
                    <NoticeBar notice={notice.clone()} on_dismiss={on_dismiss} />
                }
            </div>
            <main class="workspace">
                if let Some(doc) = &state.doc {
                    <div class="document">
                        <Article sections={(*models).clone()} section_form={state.section_form} generation={state.generation}
                                 cursor={state.cursor} dispatch={dispatch.clone()} />
                    </div>
                    <SidePanel doc={doc.clone()} tab={state.panel} list_status={state.list_status}
                               list_label={state.list_label.clone()} dictionary={state.dictionary.clone()}
                               snap_words={state.snap_words}
                               dispatch={dispatch.clone()} />
                } else {
                    <PasteScreen busy={state.busy} on_submit={on_submit} on_sample={on_sample} />
                }
            </main>
            <div class="popover-layer">
                { for popover }
                if state.show_help {
                    <Shortcuts labels={state.doc.as_ref().map(|d| d.labels.clone()).unwrap_or_default()}
                               dispatch={dispatch.clone()} />
                }
                if state.show_library {
                    <LibraryDialog entries={state.library.clone()} current={state.doc_id.clone()}
                                   dispatch={dispatch.clone()} />
                }
            </div>
        </div>
        </ContextProvider<Lang>>
    }
}
