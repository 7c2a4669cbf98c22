//! Scholia: an article annotator for Chinese and English news.
//!
//! The crate is one pure core shared by two front ends:
//!
//! - [`analysis`] finds entities, numbers and sections (never fails, no I/O);
//! - `ui` (wasm32 only) is the Yew app that runs the core in the browser;
//! - `src/main.rs` is the command-line tool natively and mounts the app on wasm.
//!
//! The core never touches the DOM, storage or files: only the edges do.

pub mod analysis;
