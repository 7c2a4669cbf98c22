//! The colours of the document's labels, as a `<style>` element: marks,
//! chips and swatches carry `data-label` and read their colour from `--c`, so
//! recolouring a label restyles every mark without re-rendering the article.

use crate::model::LabelSet;
use crate::ui::view::label_css;
use yew::prelude::*;

/// Props of [`LabelStyles`].
#[derive(Properties, PartialEq)]
pub struct LabelStylesProps {
    /// The labels to colour.
    pub labels: LabelSet,
}

/// A `<style>` element (its text is CSS built from checked names and
/// `#rrggbb` colours, set as a text node, never as markup).
#[function_component]
pub fn LabelStyles(props: &LabelStylesProps) -> Html {
    html! { <style class="label-styles">{ label_css(&props.labels) }</style> }
}
