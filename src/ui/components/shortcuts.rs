//! The keyboard shortcuts, shown by `?`.

use super::{use_lang, Dispatch};
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

/// A dialog listing every shortcut and the label keys.
#[function_component]
pub fn Shortcuts(props: &ShortcutsProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let dispatch = props.dispatch.clone();
    let close = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ToggleHelp));
    html! {
        <div class="shortcuts" role="dialog" aria-label={t.shortcuts}>
            <h2>{ t.shortcuts }</h2>
            <dl>
                { for lang.shortcuts().iter().map(|(k, what)| html! { <><dt><kbd>{ *k }</kbd></dt><dd>{ *what }</dd></> }) }
            </dl>
            <h3>{ t.label_keys }</h3>
            <dl class="label-keys">
                { for props.labels.iter().filter_map(|d| Some((d.key?, d))).map(|(k, d)| html! {
                    <><dt><kbd>{ k.to_ascii_uppercase() }</kbd></dt><dd><span class="chip" data-label={d.name.to_string()}>{ d.name.as_str() }</span></dd></>
                }) }
            </dl>
            <button class="primary" onclick={close}>{ t.close }<kbd>{ "Esc" }</kbd></button>
        </div>
    }
}
