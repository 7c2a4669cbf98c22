//! The crash banner: a Rust panic tells the user what happened instead of
//! leaving a dead page.
//!
//! After a panic the wasm instance cannot be trusted, so the banner is built
//! with plain DOM calls at panic time and needs no Rust afterwards: "Reload"
//! is a plain link, and "Download your saved work" is a blob link made from
//! what localStorage holds.

use super::i18n::Lang;
use super::storage;
use wasm_bindgen::JsCast;

/// The banner's element id.
pub const BANNER_ID: &str = "crash-banner";

/// Routes every panic to the console and the crash banner.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.as_str().into());
        show_crash_banner(&detail);
    }));
}

/// Shows the crash banner (once) with `detail` under "Technical details".
pub fn show_crash_banner(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(BANNER_ID).is_some() {
        return;
    }
    let Some(body) = document.body() else { return };
    // The app keeps `<html lang>` in step with the interface's language.
    let t = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .map_or(Lang::En, |code| Lang::from_browser(&code))
        .texts();
    let make = |tag: &str, text: &str| {
        let e = document.create_element(tag).ok()?;
        e.set_text_content(Some(text));
        Some(e)
    };
    let Some(banner) = make("div", "") else {
        return;
    };
    banner.set_id(BANNER_ID);
    let _ = banner.set_attribute("role", "alert");
    let parts = [make("strong", t.crash_title), make("p", t.crash_body)];
    for p in parts.into_iter().flatten() {
        let _ = banner.append_child(&p);
    }
    if let Some(reload) = make("a", t.reload) {
        let _ = reload.set_attribute("href", "");
        let _ = reload.set_attribute("class", "button");
        let _ = banner.append_child(&reload);
    }
    if let (Some(json), Some(link)) = (storage::saved_json(), make("a", t.download_saved)) {
        let parts = js_sys::Array::of1(&json.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
            if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
                let _ = link.set_attribute("href", &url);
                let _ = link.set_attribute("download", "saved-work.scholia.json");
                let _ = link.set_attribute("class", "button");
                let _ = banner.append_child(&link);
            }
        }
    }
    if let (Some(details), Some(summary), Some(pre)) = (
        make("details", ""),
        make("summary", t.technical_details),
        make("pre", detail),
    ) {
        let _ = details.append_child(&summary);
        let _ = details.append_child(&pre);
        let _ = banner.append_child(&details);
    }
    let _ = body.insert_before(&banner, body.first_child().as_ref());
    if let Ok(el) = banner.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
