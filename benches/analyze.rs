//! Throughput of `analyze` on 1 MB of Chinese and 1 MB of English news.
//!
//! Each input repeats one ~4 KB article (`benches/data/*.txt`), so every
//! detector sees realistic density: names, money, percentages, dates, a URL.
//! Criterion reports MB/s via `Throughput::Bytes`. Samples are few and short,
//! because one iteration already covers a whole megabyte and the suite should
//! finish in about a minute on a small machine: `cargo bench --bench analyze`.

#[path = "corpus/mod.rs"]
mod corpus;
use corpus::{megabyte_of, EN, ZH};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use scholia::analysis::{analyze, Config};
use std::time::Duration;

fn bench_analyze(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("analyze");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10));
    for (name, article) in [("zh-1MB", ZH), ("en-1MB", EN)] {
        let text = megabyte_of(article);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| analyze(black_box(&text), black_box(&config)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_analyze);
criterion_main!(benches);
