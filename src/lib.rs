//! Scholia: an article annotator for Chinese and English news.
//!
//! One pure core, shared by two front ends:
//!
//! - [`analysis`]: finds entities, numbers (with normalised values) and
//!   sections; never fails, does no I/O;
//! - [`model`]: the annotated [`model::Document`] and the edits a user makes,
//!   plus the code-point / UTF-8 / UTF-16 offset conversions;
//! - [`export`]: the versioned Scholia JSON format, export and validated import;
//! - [`eval`]: precision, recall and F1 of spans against a gold annotation
//!   (`scholia compare`, `scholia eval`, and the fixture floors in the tests);
//! - `cli` (native only): the `scholia` command-line tool;
//! - [`ui`]: the Yew app that runs the core in the browser (its reducer and
//!   view model are plain Rust; the components exist on wasm32 only).
//!
//! The core never touches the DOM, storage or files: only `cli` and `ui` do.

pub mod analysis;
pub mod eval;
pub mod export;
pub mod model;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

pub mod ui;

/// The built-in sample article (mixed Traditional Chinese and English business
/// news, written for Scholia), shown by "Try the sample article".
pub const SAMPLE_ARTICLE: &str = include_str!("../data/sample-article.txt");

/// The sample article's title.
pub const SAMPLE_TITLE: &str = "雲端晶片戰升溫（範例）";
