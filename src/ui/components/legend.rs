//! The legend: every label's colour, name, key, how many suggestions of it
//! are still pending, and "accept all" / "reject all" for them.

use super::Dispatch;
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
    html! {
        <ul class="legend" aria-label="Labels">
            { for props.counts.iter().map(|&(label, count)| {
                let send = |action: Action| {
                    let dispatch = props.dispatch.clone();
                    Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
                };
                html! {
                    <li key={label.as_str()} class="legend-item" title={label.description()} data-label={label.as_str()}>
                        <span class="swatch" data-label={label.as_str()}></span>
                        <span class="legend-name">{ label.as_str() }</span>
                        <span class="legend-desc">{ label.description() }</span>
                        <span class="legend-count" aria-label="pending suggestions">{ count }</span>
                        <kbd>{ hotkey(label) }</kbd>
                        <span class="bulk">
                            <button class="quiet accept-all" disabled={count == 0} onclick={send(Action::AcceptAll(label))}
                                    title={format!("Accept all {count} pending {label} suggestions")}
                                    aria-label={format!("Accept all {label} suggestions")}>{ "✓ all" }</button>
                            <button class="quiet reject-all" disabled={count == 0} onclick={send(Action::RejectAll(label))}
                                    title={format!("Reject all {count} pending {label} suggestions")}
                                    aria-label={format!("Reject all {label} suggestions")}>{ "✗ all" }</button>
                        </span>
                    </li>
                }
            }) }
        </ul>
    }
}
