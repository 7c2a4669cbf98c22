//! Throughput of `analyze`: news at 1 MB and 10 MB, and two adversarial 10 MB
//! inputs.
//!
//! The news inputs repeat one ~4 KB article (`benches/data/*.txt`), so every
//! detector sees realistic density: names, money, percentages, dates, a URL.
//! The 10 MB ones show that the cost is linear: their MiB/s should match the
//! 1 MB ones. The adversarial ones are what a careless paste can hold and
//! where a detector could go quadratic or hang: one endless run of digits
//! (every numeral and date pattern starts on a digit), and Chinese without any
//! punctuation, cycling through numerals, surnames and common characters (no
//! sentence ends to stop a name, a numeral or a date). The app caps a text at
//! 2 MB; the CLI does not.
//!
//! Criterion reports MiB/s via `Throughput::Bytes`. Samples are few and short,
//! because one iteration already covers one or ten megabytes and the suite
//! should finish in about two minutes on a small machine:
//! `cargo bench --bench analyze`.

#[path = "corpus/mod.rs"]
mod corpus;
use corpus::{grown_to, megabyte_of, EN, TARGET_BYTES, ZH};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use scholia::analysis::{analyze, Config};
use std::time::Duration;

/// Ten megabytes.
const TEN_MB: usize = 10 * TARGET_BYTES;

/// Common Han characters: numerals and multipliers, frequent surnames, and
/// everyday words, without punctuation.
const HAN_MIX: &str = "一二三四五六七八九十百千萬億兆零兩王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林\
    羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘蔣蔡的是在有和人這中大為上個國我以要他時來用們生到作地\
    於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經之進著等部度家電力裡\
    如水化高自理起小物現實加量都體制機當使點從業本去把性好應開它合還因由其些然前外天政日那社義\
    事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建\
    月公無系軍很情者最立代想已通並提直題黨程展果料象員革位入常文總次品式活設及管特件長求老頭基";

/// `unit` repeated to at least `bytes`.
fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

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
    // One iteration takes a few hundred milliseconds: ten of them are enough.
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    let big = [
        ("zh-10MB", grown_to(ZH, TEN_MB)),
        ("en-10MB", grown_to(EN, TEN_MB)),
        ("digits-10MB", repeated("1234567890", TEN_MB)),
        ("han-no-punctuation-10MB", repeated(HAN_MIX, TEN_MB)),
    ];
    for (name, text) in &big {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| analyze(black_box(text), black_box(&config)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_analyze);
criterion_main!(benches);
