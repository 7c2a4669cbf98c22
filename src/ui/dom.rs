//! The DOM edge of offsets: turns the browser's selection into code-point
//! offsets of the document, and finds highlights to scroll to.
//!
//! Every text piece the article renders is an element with `data-start` (its
//! first code point in the document) holding one text node. The DOM counts in
//! UTF-16 units inside that node; [`crate::model::utf16_to_char`] converts.

use crate::model::{char_len, utf16_to_char};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// A selection inside the article, in code points, and where to show the popover.
#[derive(Clone, Debug, PartialEq)]
pub struct SelectionInfo {
    /// First selected code point.
    pub start: usize,
    /// One past the last selected code point.
    pub end: usize,
    /// Page x (CSS pixels) of the selection's left edge.
    pub x: f64,
    /// Page y (CSS pixels) of the selection's bottom edge.
    pub y: f64,
}

/// The current non-empty selection, if it lies inside `article`.
pub fn current_selection(article: &Element) -> Option<SelectionInfo> {
    let window = web_sys::window()?;
    let selection = window.get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let (start_node, end_node) = (range.start_container().ok()?, range.end_container().ok()?);
    if !article.contains(Some(&start_node)) || !article.contains(Some(&end_node)) {
        return None;
    }
    let start = point_offset(&start_node, range.start_offset().ok()?, true)?;
    let end = point_offset(&end_node, range.end_offset().ok()?, false)?;
    if start >= end {
        return None;
    }
    let rect = range.get_bounding_client_rect();
    let (scroll_x, scroll_y) = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    let width = window
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(1024.0);
    // Keep the popover (about 22rem wide) inside the viewport.
    let x = rect.left().clamp(8.0, (width - 370.0).max(8.0)) + scroll_x;
    Some(SelectionInfo {
        start,
        end,
        x,
        y: rect.bottom() + scroll_y,
    })
}

/// The code-point offset of a DOM boundary point (`node`, `offset`).
fn point_offset(node: &Node, offset: u32, is_start: bool) -> Option<usize> {
    if node.node_type() == Node::TEXT_NODE {
        let piece = node.parent_element()?.closest("[data-start]").ok()??;
        let base = data_start(&piece)?;
        let text = node.text_content().unwrap_or_default();
        return Some(base + utf16_to_char(&text, offset as usize));
    }
    let element: &Element = node.dyn_ref()?;
    if let Some(base) = data_start(element) {
        let len = char_len(&element.text_content().unwrap_or_default());
        return Some(if offset == 0 { base } else { base + len });
    }
    // A boundary between children: the piece right after it (for a start) or
    // right before it (for an end).
    let children = element.child_nodes();
    let pieces_in = |n: &Node| -> Vec<Element> {
        match n.dyn_ref::<Element>() {
            Some(e) if e.has_attribute("data-start") => vec![e.clone()],
            Some(e) => {
                let list = e.query_selector_all("[data-start]").ok();
                list.map(|l| {
                    (0..l.length())
                        .filter_map(|i| l.item(i)?.dyn_into().ok())
                        .collect()
                })
                .unwrap_or_default()
            }
            None => Vec::new(),
        }
    };
    if is_start {
        (offset..children.length())
            .filter_map(|i| children.item(i))
            .find_map(|n| pieces_in(&n).into_iter().next())
            .and_then(|e| data_start(&e))
    } else {
        (0..offset.min(children.length()))
            .rev()
            .filter_map(|i| children.item(i))
            .find_map(|n| pieces_in(&n).into_iter().last())
            .and_then(|e| Some(data_start(&e)? + char_len(&e.text_content().unwrap_or_default())))
    }
}

fn data_start(e: &Element) -> Option<usize> {
    e.get_attribute("data-start")?.parse().ok()
}

/// Clears the browser's text selection (after it became an annotation).
pub fn clear_selection() {
    if let Some(Ok(Some(selection))) = web_sys::window().map(|w| w.get_selection()) {
        let _ = selection.remove_all_ranges();
    }
}

/// Scrolls the first element matching `selector` into view if it is not.
pub fn scroll_into_view(selector: &str) {
    let document = gloo::utils::document();
    let Ok(Some(element)) = document.query_selector(selector) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Makes the text of the first element matching `selector` the browser's
/// selection. The keyboard cursor does this on every suggestion it reaches,
/// so that Shift+arrows (the browser's own selection keys) extend or shrink
/// it from there: the keyboard's way to select any span.
pub fn select_contents(selector: &str) {
    let document = gloo::utils::document();
    let Ok(Some(element)) = document.query_selector(selector) else {
        return;
    };
    let Ok(range) = document.create_range() else {
        return;
    };
    if range.select_node_contents(&element).is_err() {
        return;
    }
    if let Some(Ok(Some(selection))) = web_sys::window().map(|w| w.get_selection()) {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&range);
    }
}

/// Scrolls the first element matching `selector` into view (at once) and
/// returns the point below its start, in page coordinates: where a popover
/// about it opens.
pub fn anchor_below(selector: &str) -> Option<(f64, f64)> {
    let element = gloo::utils::document().query_selector(selector).ok()??;
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    let rect = element.get_bounding_client_rect();
    let window = gloo::utils::window();
    Some((
        rect.left() + window.scroll_x().unwrap_or(0.0),
        rect.bottom() + window.scroll_y().unwrap_or(0.0),
    ))
}

/// Scrolls the first element matching `selector` into view and flashes it.
pub fn scroll_to_and_flash(selector: &str) {
    let document = gloo::utils::document();
    let Ok(Some(element)) = document.query_selector(selector) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(web_sys::ScrollBehavior::Smooth);
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = element.class_list().remove_1("flash");
    // Re-adding the class on the next frame restarts the CSS animation.
    gloo::timers::callback::Timeout::new(16, move || {
        let _ = element.class_list().add_1("flash");
        gloo::timers::callback::Timeout::new(1600, move || {
            let _ = element.class_list().remove_1("flash");
        })
        .forget();
    })
    .forget();
}
