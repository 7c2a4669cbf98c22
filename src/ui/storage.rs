//! The browser's edges: localStorage, file downloads and file reading.
//!
//! Every document of the library is kept in localStorage in the export
//! format itself, split in two parts (see `export::parts`): the large
//! document part is written when a text is opened, the small annotation part
//! on every edit. Loading joins them through the validating import, so it
//! restores exactly what an export would carry. The library's index and the
//! id of the open document have keys of their own. Called from effects and
//! callbacks only, never from the reducer.

use crate::export::{annotation_part_json, document_part_json, export_json, join_parts};
use crate::model::{Dictionary, Document, LabelSet};
use crate::ui::i18n::Lang;
use crate::ui::library::{entry_for, new_doc_id, upsert, LibraryEntry};
use wasm_bindgen::JsCast;

/// The key of the library's index (a JSON list of [`LibraryEntry`]).
pub const LIBRARY_KEY: &str = "scholia.v1.library";
/// The key of the id of the document open last.
pub const CURRENT_KEY: &str = "scholia.v1.current";
/// Before the library, the one document's parts lived under these keys; they
/// are moved into the library the first time the app starts.
pub const DOCUMENT_KEY: &str = "scholia.v1.document";
/// See [`DOCUMENT_KEY`].
pub const ANNOTATIONS_KEY: &str = "scholia.v1.annotations";
/// The key of the label set new documents start with: the set of the
/// document whose labels changed last (a JSON list of label definitions).
pub const LABELS_KEY: &str = "scholia.v1.labels";
/// The key of the user's dictionary (a JSON list of terms and labels).
pub const DICTIONARY_KEY: &str = "scholia.v1.dictionary";
/// Where an unreadable saved document is moved, so that it is never lost.
pub const UNREADABLE_KEY: &str = "scholia.v1.unreadable";
/// The key of the interface language the user chose ([`Lang::code`]).
pub const LANG_KEY: &str = "scholia.v1.lang";

/// The key of document `id`'s text, sections and suggestions.
pub fn document_key(id: &str) -> String {
    format!("scholia.v1.doc.{id}")
}

/// The key of document `id`'s title, annotations and section labels.
pub fn annotations_key(id: &str) -> String {
    format!("scholia.v1.ann.{id}")
}

/// Why saving failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's quota for this page is used up.
    Full,
    /// Storage is switched off or refused the write for another reason.
    Unavailable(String),
}

impl SaveError {
    /// What went wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveError::Full => lang.save_failed(true, ""),
            SaveError::Unavailable(why) => lang.save_failed(false, why),
        }
    }
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

fn local_storage() -> Result<web_sys::Storage, SaveError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| SaveError::Unavailable("localStorage is switched off".into()))
}

/// The library, most recently saved first (empty when there is none).
pub fn library() -> Vec<LibraryEntry> {
    local_storage()
        .ok()
        .and_then(|s| s.get_item(LIBRARY_KEY).ok().flatten())
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

fn save_library(storage: &web_sys::Storage, library: &[LibraryEntry]) -> Result<(), SaveError> {
    set(
        storage,
        LIBRARY_KEY,
        &serde_json::to_string(library).expect("entries serialise"),
    )
}

/// Saves the whole document `id` (after it was opened) and makes it current;
/// returns the library as it now stands.
pub fn save_document(id: &str, doc: &Document, now: &str) -> Result<Vec<LibraryEntry>, SaveError> {
    let storage = local_storage()?;
    set(&storage, &document_key(id), &document_part_json(doc))?;
    let library = save_annotations(id, doc, now)?;
    set_current(Some(id))?;
    Ok(library)
}

/// Saves what changes on every edit (title, annotations, section labels,
/// rejections) and the document's library entry; returns the library as it
/// now stands.
pub fn save_annotations(
    id: &str,
    doc: &Document,
    now: &str,
) -> Result<Vec<LibraryEntry>, SaveError> {
    let storage = local_storage()?;
    set(&storage, &annotations_key(id), &annotation_part_json(doc))?;
    let mut lib = library();
    upsert(&mut lib, entry_for(id, doc, now));
    save_library(&storage, &lib)?;
    Ok(lib)
}

/// Remembers which document is open (none: the paste screen).
pub fn set_current(id: Option<&str>) -> Result<(), SaveError> {
    let storage = local_storage()?;
    match id {
        Some(id) => set(&storage, CURRENT_KEY, id),
        None => storage
            .remove_item(CURRENT_KEY)
            .map_err(|e| SaveError::Unavailable(js_error_name(&e))),
    }
}

/// The label set new documents start with, if one was saved and is valid.
pub fn label_template() -> Option<LabelSet> {
    let raw = local_storage().ok()?.get_item(LABELS_KEY).ok().flatten()?;
    let labels: LabelSet = serde_json::from_str(&raw).ok()?;
    LabelSet::from_defs(labels.iter().cloned().collect())
        .ok()
        .filter(|l| !l.is_empty())
}

/// Remembers `labels` as the set new documents start with.
pub fn save_label_template(labels: &LabelSet) -> Result<(), SaveError> {
    let json = serde_json::to_string(labels).expect("label sets always serialise");
    set(&local_storage()?, LABELS_KEY, &json)
}

/// The user's dictionary (empty when none was saved or it is unreadable).
pub fn dictionary() -> Dictionary {
    local_storage()
        .ok()
        .and_then(|s| s.get_item(DICTIONARY_KEY).ok().flatten())
        .and_then(|raw| serde_json::from_str::<Dictionary>(&raw).ok())
        // Through `from_terms`, so that a hand-edited store is checked again.
        .map(|d| Dictionary::from_terms(d.terms().to_vec()))
        .unwrap_or_default()
}

/// Saves the user's dictionary.
pub fn save_dictionary(dictionary: &Dictionary) -> Result<(), SaveError> {
    let json = serde_json::to_string(dictionary).expect("dictionaries always serialise");
    set(&local_storage()?, DICTIONARY_KEY, &json)
}

/// Deletes document `id` from the library and from storage.
pub fn delete(id: &str) -> Result<(), SaveError> {
    let storage = local_storage()?;
    let gone = |e| SaveError::Unavailable(js_error_name(&e));
    storage.remove_item(&document_key(id)).map_err(gone)?;
    storage.remove_item(&annotations_key(id)).map_err(gone)?;
    let mut lib = library();
    lib.retain(|e| e.id != id);
    save_library(&storage, &lib)
}

/// Renames saved document `id` without opening it; errors are in `lang`.
pub fn rename(id: &str, title: &str, lang: Lang) -> Result<(), String> {
    let mut doc = load(id, lang)?;
    doc.title = title.trim().to_string();
    let now = crate::model::iso8601_from_millis(js_sys::Date::now() as i64);
    save_annotations(id, &doc, &now)
        .map(drop)
        .map_err(|e| e.message(lang))
}

/// The key of the "snap Latin selections to whole words" setting.
pub const SNAP_WORDS_KEY: &str = "scholia.v1.snap-words";

/// Whether Latin selections snap to whole words (off unless chosen).
pub fn snap_words() -> bool {
    local_storage()
        .ok()
        .and_then(|s| s.get_item(SNAP_WORDS_KEY).ok().flatten())
        .is_some_and(|v| v == "true")
}

/// Remembers the word-snapping setting.
pub fn save_snap_words(on: bool) -> Result<(), SaveError> {
    set(
        &local_storage()?,
        SNAP_WORDS_KEY,
        if on { "true" } else { "false" },
    )
}

/// The interface language the user chose, if any.
pub fn saved_lang() -> Option<Lang> {
    let code = local_storage().ok()?.get_item(LANG_KEY).ok()??;
    Lang::from_code(&code)
}

/// Remembers the interface language the user chose.
pub fn save_lang(lang: Lang) -> Result<(), SaveError> {
    set(&local_storage()?, LANG_KEY, lang.code())
}

fn set(storage: &web_sys::Storage, key: &str, value: &str) -> Result<(), SaveError> {
    storage.set_item(key, value).map_err(|e| {
        let name = js_error_name(&e);
        if name == "QuotaExceededError" {
            SaveError::Full
        } else {
            SaveError::Unavailable(name)
        }
    })
}

/// Saved document `id`. An unreadable one is copied aside (never deleted),
/// taken out of the library, and reported as an error message in `lang`.
pub fn load(id: &str, lang: Lang) -> Result<Document, String> {
    let storage = local_storage().map_err(|e| e.message(lang))?;
    let (doc_key, ann_key) = (document_key(id), annotations_key(id));
    let document_part = storage
        .get_item(&doc_key)
        .ok()
        .flatten()
        .ok_or_else(|| lang.texts().document_gone.to_string())?;
    let annotation_part = storage.get_item(&ann_key).ok().flatten();
    join_parts(&document_part, annotation_part.as_deref()).map_err(|e| {
        let raw = serde_json::json!({ "document": document_part, "annotations": annotation_part });
        let aside = format!("{UNREADABLE_KEY}.{id}");
        let kept = storage.set_item(&aside, &raw.to_string()).is_ok();
        if kept {
            let _ = storage.remove_item(&doc_key);
            let _ = storage.remove_item(&ann_key);
            let mut lib = library();
            lib.retain(|e| e.id != id);
            let _ = save_library(&storage, &lib);
        }
        lang.unreadable(&e.to_string(), kept.then_some(aside.as_str()))
    })
}

/// The document open last, with its id, if any; moves a document saved
/// before the library existed into it first. Errors are in `lang`.
pub fn load_current(lang: Lang) -> Result<Option<(String, Document)>, String> {
    let Ok(storage) = local_storage() else {
        return Ok(None);
    };
    if let Ok(Some(document_part)) = storage.get_item(DOCUMENT_KEY) {
        let annotation_part = storage.get_item(ANNOTATIONS_KEY).ok().flatten();
        let id = new_doc_id(js_sys::Date::now() as i64, &library(), None);
        let moved = set(&storage, &document_key(&id), &document_part).is_ok()
            && annotation_part
                .as_deref()
                .is_none_or(|a| set(&storage, &annotations_key(&id), a).is_ok());
        if moved {
            let _ = storage.remove_item(DOCUMENT_KEY);
            let _ = storage.remove_item(ANNOTATIONS_KEY);
            if let Ok(doc) = join_parts(&document_part, annotation_part.as_deref()) {
                let mut lib = library();
                let now = crate::model::iso8601_from_millis(js_sys::Date::now() as i64);
                upsert(&mut lib, entry_for(&id, &doc, &now));
                let _ = save_library(&storage, &lib);
            }
            let _ = set(&storage, CURRENT_KEY, &id);
        }
    }
    let Ok(Some(id)) = storage.get_item(CURRENT_KEY) else {
        return Ok(None);
    };
    load(&id, lang).map(|doc| Some((id, doc)))
}

/// The open document's saved state as one export file, for the crash
/// banner's download link.
pub fn saved_json() -> Option<String> {
    load_current(Lang::En)
        .ok()
        .flatten()
        .map(|(_, doc)| export_json(&doc))
}

/// Makes the browser download `contents` as `file_name`.
pub fn download(file_name: &str, contents: &str, mime: &str) -> Result<(), String> {
    let blob = gloo::file::Blob::new_with_options(contents, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "cannot create a download link".to_string())?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = gloo::utils::body();
    body.append_child(&anchor)
        .map_err(|_| "cannot start the download".to_string())?;
    anchor.click();
    anchor.remove();
    // The browser reads the blob asynchronously; revoke the URL a little later.
    gloo::timers::callback::Timeout::new(10_000, move || drop(url)).forget();
    Ok(())
}

fn js_error_name(e: &wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
