//! The empty state: a large paste area, one line of help, and the sample.

use super::use_lang;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Props of [`PasteScreen`].
#[derive(Properties, PartialEq)]
pub struct PasteScreenProps {
    /// True while a text is being analysed.
    pub busy: bool,
    /// Analyses the pasted text.
    pub on_submit: Callback<String>,
    /// Loads the built-in sample article.
    pub on_sample: Callback<()>,
}

/// Where a session starts.
#[function_component]
pub fn PasteScreen(props: &PasteScreenProps) -> Html {
    let t = use_lang().texts();
    let area = use_node_ref();
    let submit = {
        let area = area.clone();
        let on_submit = props.on_submit.clone();
        move || {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                on_submit.emit(area.value());
            }
        }
    };
    let on_click = {
        let submit = submit.clone();
        Callback::from(move |_: MouseEvent| submit())
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
            e.prevent_default();
            submit();
        }
    });
    html! {
        <section class="paste-screen" aria-busy={props.busy.to_string()}>
            <h1>{ t.paste_heading }</h1>
            <p class="help">
                { t.paste_help }
            </p>
            <textarea ref={area} class="paste-area" aria-label={t.article_text}
                      placeholder={t.paste_placeholder}
                      onkeydown={on_key} disabled={props.busy} />
            <div class="paste-actions">
                <button class="primary" onclick={on_click} disabled={props.busy}>
                    { if props.busy { t.analysing } else { t.analyse } }
                </button>
                <button onclick={props.on_sample.reform(|_| ())} disabled={props.busy}>
                    { t.try_sample }
                </button>
                <span class="hint">{ t.drop_hint }</span>
            </div>
        </section>
    }
}
