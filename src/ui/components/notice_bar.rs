//! The message bar under the top bar: errors and confirmations in plain words.

use super::use_lang;
use crate::ui::state::Notice;
use yew::prelude::*;

/// Props of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The message.
    pub notice: Notice,
    /// Hides it.
    pub on_dismiss: Callback<()>,
}

/// Shows one message with a dismiss button.
#[function_component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let t = use_lang().texts();
    let class = if props.notice.is_error {
        "notice error"
    } else {
        "notice info"
    };
    let role = if props.notice.is_error {
        "alert"
    } else {
        "status"
    };
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class={class} role={role}>
            <span class="notice-text">{ &props.notice.text }</span>
            <button class="quiet" onclick={on_dismiss} aria-label={t.dismiss}>{ "×" }</button>
        </div>
    }
}
