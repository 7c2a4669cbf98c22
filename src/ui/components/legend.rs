//! The legend: every label's colour, name, key, how many suggestions of it
//! are still pending, and "accept all" / "reject all" for them.

use super::{use_lang, Dispatch};
use crate::analysis::Label;
use crate::ui::state::Action;
use crate::ui::view::hotkey;
use yew::prelude::*;

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Pending suggestion counts per label, in [`Label::ALL`] order.
    pub counts: Vec<(Label, usize)>,
    /// The reducer.
    pub dispatch: Dispatch,
}

/// A compact table of labels with colour swatches, counts, keys and bulk actions.
#[function_component]
pub fn Legend(props: &LegendProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    html! {
        <ul class="legend" aria-label={t.labels}>
            { for props.counts.iter().map(|&(label, count)| {
                let send = |action: Action| {
                    let dispatch = props.dispatch.clone();
                    Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
                };
                let description = lang.label_description(label);
                let (accept_title, accept_name) = lang.accept_all(count, label);
                let (reject_title, reject_name) = lang.reject_all(count, label);
                html! {
                    <li key={label.as_str()} class="legend-item" title={description} data-label={label.as_str()}>
                        <span class="swatch" data-label={label.as_str()}></span>
                        <span class="legend-name">{ label.as_str() }</span>
                        <span class="legend-desc">{ description }</span>
                        <span class="legend-count" aria-label={t.pending_suggestions}>{ count }</span>
                        <kbd>{ hotkey(label) }</kbd>
                        <span class="bulk">
                            <button class="quiet accept-all" disabled={count == 0} onclick={send(Action::AcceptAll(label))}
                                    title={accept_title} aria-label={accept_name}>{ t.accept_all_short }</button>
                            <button class="quiet reject-all" disabled={count == 0} onclick={send(Action::RejectAll(label))}
                                    title={reject_title} aria-label={reject_name}>{ t.reject_all_short }</button>
                        </span>
                    </li>
                }
            }) }
        </ul>
    }
}
