//! The browser app: a Yew single-page app over the pure core.
//!
//! `state` (the reducer), `keys` (what each key does), `view` (what each
//! section shows) and `i18n` (the interface's strings in each language) are
//! plain Rust
//! and tested natively; everything else talks to the browser and is built for
//! wasm32 only: `app` (the root component, effects, hotkeys), `components`
//! (one function component per file), `storage` (localStorage, downloads),
//! `dom` (selections ↔ code-point offsets) and `panic` (the crash banner).

pub mod i18n;
pub mod keys;
pub mod library;
pub mod state;
pub mod summary;
pub mod view;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod panic;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub use app::App;

/// Installs the crash banner and mounts the app on `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn run() {
    panic::install();
    yew::Renderer::<App>::new().render();
}
