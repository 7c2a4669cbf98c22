//! Throughput of `analyze` compiled to wasm32, in headless Chromium: the same
//! 1 MB Chinese and English inputs as `benches/analyze.rs`, printed in MB/s.
//! A measurement, not a test: nothing here asserts on time. Run it in release
//! mode, or it measures the debug build:
//! `cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture`.
#![cfg(target_arch = "wasm32")]

#[path = "../benches/corpus/mod.rs"]
mod corpus;
use corpus::{megabyte_of, EN, ZH};
use scholia::analysis::{analyze, Config};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Stop measuring after this many milliseconds (or [`MAX_RUNS`] runs).
const BUDGET_MS: f64 = 3000.0;
const MAX_RUNS: u32 = 20;

/// Milliseconds from `performance.now()` (sub-millisecond), falling back to
/// `Date.now()`. Read through `Reflect` so no extra `web-sys` feature is needed.
fn now_ms() -> f64 {
    let global = js_sys::global();
    let performance = js_sys::Reflect::get(&global, &"performance".into()).ok();
    let reading = performance.filter(|p| !p.is_undefined()).and_then(|p| {
        let now = js_sys::Reflect::get(&p, &"now".into()).ok()?;
        now.dyn_into::<js_sys::Function>()
            .ok()?
            .call0(&p)
            .ok()?
            .as_f64()
    });
    reading.unwrap_or_else(js_sys::Date::now)
}

#[wasm_bindgen_test]
fn analyze_throughput() {
    let config = Config::default();
    for (name, article) in [("zh-1MB", ZH), ("en-1MB", EN)] {
        let text = megabyte_of(article);
        // One run to compile the regexes and warm the caches.
        let spans = analyze(&text, &config).spans.len();
        let mut runs = 0u32;
        let mut best = f64::INFINITY;
        let start = now_ms();
        while runs < MAX_RUNS && (runs < 3 || now_ms() - start < BUDGET_MS) {
            let t = now_ms();
            let analysis = analyze(&text, &config);
            best = best.min(now_ms() - t);
            std::hint::black_box(analysis);
            runs += 1;
        }
        let mean = (now_ms() - start) / f64::from(runs);
        let bytes = text.len() as f64;
        let mb_s = |ms: f64| bytes / 1e6 / (ms / 1e3);
        let mib_s = |ms: f64| bytes / (1u64 << 20) as f64 / (ms / 1e3);
        console_log!(
            "wasm analyze/{name}: {spans} spans, {runs} runs, mean {mean:.1} ms = {:.1} MB/s ({:.1} MiB/s), best {best:.1} ms = {:.1} MB/s",
            mb_s(mean),
            mib_s(mean),
            mb_s(best),
        );
    }
}
