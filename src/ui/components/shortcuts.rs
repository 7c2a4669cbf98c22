//! The keyboard shortcuts, shown by `?`.

use super::Dispatch;
use crate::model::LabelSet;
use crate::ui::state::Action;
use yew::prelude::*;

/// Props of [`Shortcuts`].
#[derive(Properties, PartialEq)]
pub struct ShortcutsProps {
    /// The open document's labels (their keys are listed), if any.
    #[prop_or_default]
    pub labels: LabelSet,
    /// The reducer.
    pub dispatch: Dispatch,
}

const KEYS: [(&str, &str); 13] = [
    ("N or J", "next suggestion"),
    ("P or K", "previous suggestion"),
    ("Enter", "accept the suggestion, or save the popover"),
    (
        "X or Delete",
        "reject the suggestion, or delete the annotation",
    ),
    (
        "a label's key",
        "label the selection or suggestion with it at once",
    ),
    ("A", "in an annotation's popover: label every occurrence"),
    ("Shift + arrows", "select text from the keyboard"),
    ("Esc", "cancel, close"),
    (
        "Ctrl+F",
        "find in the article; Enter / Shift+Enter step through matches",
    ),
    ("Ctrl+Z", "undo"),
    ("Ctrl+Shift+Z or Ctrl+Y", "redo"),
    ("Ctrl+Enter", "analyse the pasted text"),
    ("?", "show or hide this list"),
];

/// A dialog listing every shortcut and the label keys.
#[function_component]
pub fn Shortcuts(props: &ShortcutsProps) -> Html {
    let dispatch = props.dispatch.clone();
    let close = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ToggleHelp));
    html! {
        <div class="shortcuts" role="dialog" aria-label="Keyboard shortcuts">
            <h2>{ "Keyboard shortcuts" }</h2>
            <dl>
                { for KEYS.iter().map(|(k, what)| html! { <><dt><kbd>{ *k }</kbd></dt><dd>{ *what }</dd></> }) }
            </dl>
            <h3>{ "Label keys" }</h3>
            <dl class="label-keys">
                { for props.labels.iter().filter_map(|d| Some((d.key?, d))).map(|(k, d)| html! {
                    <><dt><kbd>{ k.to_ascii_uppercase() }</kbd></dt><dd><span class="chip" data-label={d.name.to_string()}>{ d.name.as_str() }</span></dd></>
                }) }
            </dl>
            <button class="primary" onclick={close}>{ "Close" }<kbd>{ "Esc" }</kbd></button>
        </div>
    }
}
