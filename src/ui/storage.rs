//! The browser's edges: localStorage, file downloads and file reading.
//!
//! The document is kept in localStorage in the export format itself, split in
//! two parts (see `export::parts`): the large document part is written when a
//! text is opened, the small annotation part on every edit. A reload joins
//! them through the validating import, so it restores exactly what an export
//! would carry. Called from effects and callbacks only, never from the reducer.

use crate::export::{annotation_part_json, document_part_json, export_json, join_parts};
use crate::model::Document;
use wasm_bindgen::JsCast;

/// The localStorage key of the open document's text, sections and suggestions.
pub const DOCUMENT_KEY: &str = "scholia.v1.document";
/// The localStorage key of its title, annotations and section labels.
pub const ANNOTATIONS_KEY: &str = "scholia.v1.annotations";
/// Where an unreadable saved document is moved, so that it is never lost.
pub const UNREADABLE_KEY: &str = "scholia.v1.unreadable";

/// Why saving failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's quota for this page is used up.
    Full,
    /// Storage is switched off or refused the write for another reason.
    Unavailable(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Full => f.write_str(
                "This browser's storage for Scholia is full, so your latest changes are not saved. \
                 They are still on screen: use Export now to keep them.",
            ),
            SaveError::Unavailable(why) => write!(
                f,
                "This browser does not let Scholia save ({why}). Your work is on screen only: use Export to keep it."
            ),
        }
    }
}

fn local_storage() -> Result<web_sys::Storage, SaveError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| SaveError::Unavailable("localStorage is switched off".into()))
}

/// Saves the whole document (after a new text was opened), or forgets the
/// saved one when `None`.
pub fn save_document(doc: Option<&Document>) -> Result<(), SaveError> {
    let storage = local_storage()?;
    match doc {
        None => {
            for key in [DOCUMENT_KEY, ANNOTATIONS_KEY] {
                storage
                    .remove_item(key)
                    .map_err(|e| SaveError::Unavailable(js_error_name(&e)))?;
            }
            Ok(())
        }
        Some(doc) => {
            set(&storage, DOCUMENT_KEY, &document_part_json(doc))?;
            set(&storage, ANNOTATIONS_KEY, &annotation_part_json(doc))
        }
    }
}

/// Saves what changes on every edit: title, annotations, section labels.
pub fn save_annotations(doc: &Document) -> Result<(), SaveError> {
    set(
        &local_storage()?,
        ANNOTATIONS_KEY,
        &annotation_part_json(doc),
    )
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

/// The saved document, if there is one. An unreadable one is copied aside
/// (never deleted) and reported as an error message.
pub fn load() -> Result<Option<Document>, String> {
    let Ok(storage) = local_storage() else {
        return Ok(None);
    };
    let Ok(Some(document_part)) = storage.get_item(DOCUMENT_KEY) else {
        return Ok(None);
    };
    let annotation_part = storage.get_item(ANNOTATIONS_KEY).ok().flatten();
    match join_parts(&document_part, annotation_part.as_deref()) {
        Ok(doc) => Ok(Some(doc)),
        Err(e) => {
            let raw =
                serde_json::json!({ "document": document_part, "annotations": annotation_part });
            let kept = storage.set_item(UNREADABLE_KEY, &raw.to_string()).is_ok();
            if kept {
                let _ = storage.remove_item(DOCUMENT_KEY);
                let _ = storage.remove_item(ANNOTATIONS_KEY);
            }
            Err(format!(
                "The document saved in this browser could not be restored: {e}. {}",
                if kept {
                    format!("Its data is kept in localStorage under \"{UNREADABLE_KEY}\".")
                } else {
                    "It is left where it was.".to_string()
                }
            ))
        }
    }
}

/// The saved document as one export file, for the crash banner's download link.
pub fn saved_json() -> Option<String> {
    load().ok().flatten().map(|doc| export_json(&doc))
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
