//! The benchmark inputs, shared by the native bench (`benches/analyze.rs`)
//! and the browser one (`tests/wasm_bench.rs`): two news articles written for
//! Scholia, each grown to one megabyte (or more, natively).

/// A Traditional Chinese business article mixed with English names.
pub const ZH: &str = include_str!("../data/zh.txt");
/// An English business article.
pub const EN: &str = include_str!("../data/en.txt");

/// One megabyte: the size every input is grown to.
pub const TARGET_BYTES: usize = 1 << 20;

/// `article` repeated, separated by blank lines, until it reaches one megabyte.
pub fn megabyte_of(article: &str) -> String {
    grown_to(article, TARGET_BYTES)
}

/// `article` repeated, separated by blank lines, until it reaches `bytes`.
pub fn grown_to(article: &str, bytes: usize) -> String {
    let article = article.trim_end();
    let mut text = String::with_capacity(bytes + article.len() + 2);
    while text.len() < bytes {
        text.push_str(article);
        text.push_str("\n\n");
    }
    text
}
