//! The legend: every label's colour, name and how many suggestions carry it.

use crate::analysis::Label;
use crate::ui::view::hotkey;
use yew::prelude::*;

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Suggestion counts per label, in [`Label::ALL`] order.
    pub counts: Vec<(Label, usize)>,
}

/// A compact table of labels with colour swatches, counts and hotkeys.
#[function_component]
pub fn Legend(props: &LegendProps) -> Html {
    html! {
        <ul class="legend" aria-label="Labels">
            { for props.counts.iter().map(|&(label, count)| html! {
                <li key={label.as_str()} class="legend-item" title={label.description()}>
                    <span class="swatch" data-label={label.as_str()}></span>
                    <span class="legend-name">{ label.as_str() }</span>
                    <span class="legend-desc">{ label.description() }</span>
                    <span class="legend-count" aria-label="suggestions">{ count }</span>
                    <kbd>{ hotkey(label) }</kbd>
                </li>
            }) }
        </ul>
    }
}
