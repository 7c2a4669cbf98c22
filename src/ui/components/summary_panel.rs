//! The Summary tab: a bar chart of label counts, the entities grouped by
//! label (click one to step through its occurrences), and a table of every
//! normalised amount and date, sortable by value.

use super::use_lang;
use crate::ui::dom::scroll_to_and_flash;
use crate::ui::summary::Summary;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SummaryPanel`].
#[derive(Properties, PartialEq)]
pub struct SummaryPanelProps {
    /// What to show.
    pub summary: Rc<Summary>,
}

/// The selector of a span's mark in the article, by its start.
fn at(start: usize) -> String {
    format!("mark.suggestion[data-span=\"{start}\"], mark.annotation[data-start=\"{start}\"]")
}

/// The tab's content.
#[function_component]
pub fn SummaryPanel(props: &SummaryPanelProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    // How to order the table, and how far each entity's cycle has gone: view
    // state only, so it lives here rather than in the reducer.
    let by_value = use_state(|| false);
    let steps = use_mut_ref(std::collections::HashMap::<String, usize>::new);
    let s = &props.summary;
    let most = s
        .counts
        .iter()
        .map(|c| c.annotated + c.pending)
        .max()
        .unwrap_or(0)
        .max(1);
    let mut rows: Vec<_> = s.amounts.iter().collect();
    if *by_value {
        rows.sort_by(|a, b| {
            a.sort_key()
                .partial_cmp(&b.sort_key())
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    let toggle = {
        let by_value = by_value.clone();
        Callback::from(move |_: MouseEvent| by_value.set(!*by_value))
    };
    html! {
        <div class="summary">
            <h3>{ t.labels }</h3>
            <ul class="bars" aria-label={t.spans_by_label}>
                { for s.counts.iter().filter(|c| c.annotated + c.pending > 0).map(|c| {
                    let width = |n: usize| format!("width: {:.1}%", 100.0 * n as f64 / most as f64);
                    html! {
                        <li key={c.label.to_string()} data-label={c.label.to_string()}
                            title={lang.bar_title(&c.label, c.annotated, c.pending)}>
                            <span class="bar-name">{ c.label.as_str() }</span>
                            <span class="bar">
                                <span class="bar-annotated" style={width(c.annotated)}></span>
                                <span class="bar-pending" style={width(c.pending)}></span>
                            </span>
                            <span class="bar-count">{ c.annotated + c.pending }</span>
                        </li>
                    }
                }) }
            </ul>
            <h3>{ t.entities }</h3>
            if s.entities.is_empty() {
                <p class="empty-list">{ t.no_entities }</p>
            }
            { for s.entities.iter().map(|(label, groups)| html! {
                <div key={label.to_string()} class="entity-group">
                    <span class="chip" data-label={label.to_string()}>{ label.as_str() }</span>
                    { for groups.iter().map(|g| {
                        let starts = g.starts.clone();
                        let key = format!("{label}:{}", g.text);
                        let steps = steps.clone();
                        let go = Callback::from(move |_: MouseEvent| {
                            let mut steps = steps.borrow_mut();
                            let step = steps.entry(key.clone()).or_default();
                            scroll_to_and_flash(&at(starts[*step % starts.len()]));
                            *step += 1;
                        });
                        html! {
                            <button class="entity" onclick={go}
                                    title={lang.occurrences_title(g.starts.len())}>
                                { &g.text }<span class="entity-count">{ g.starts.len() }</span>
                            </button>
                        }
                    }) }
                </div>
            }) }
            <h3>
                { t.amounts_and_dates }
                <button class="quiet sort" onclick={toggle} aria-pressed={by_value.to_string()}>
                    { if *by_value { t.sorted_by_value } else { t.in_text_order } }
                </button>
            </h3>
            if rows.is_empty() {
                <p class="empty-list">{ t.no_amounts }</p>
            } else {
                <table class="amounts">
                    <thead><tr><th>{ t.column_label }</th><th>{ t.column_text }</th><th>{ t.column_value }</th></tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| {
                            let start = r.start;
                            let go = Callback::from(move |_: MouseEvent| scroll_to_and_flash(&at(start)));
                            html! {
                                <tr key={format!("{}-{}", r.start, r.annotated)} onclick={go}
                                    class={classes!((!r.annotated).then_some("pending"))}>
                                    <td><span class="chip" data-label={r.label.to_string()}>{ r.label.as_str() }</span></td>
                                    <td>{ &r.text }</td>
                                    <td class="value">{ r.value.to_string() }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
        </div>
    }
}
