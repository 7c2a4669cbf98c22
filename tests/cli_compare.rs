//! `scholia compare` and `scholia eval`, run as a user would run them, on the
//! hand-made files in `tests/fixtures/compare/`:
//!
//! - `gold/{zh,en,cn}.gold.json`: gold annotations (Traditional Chinese,
//!   English, Simplified Chinese);
//! - `pred/zh.pred.json`: a second annotator on the `zh` text (one date cut
//!   short, one wrong currency, one extra CARDINAL), whose saved suggestions
//!   equal the gold;
//! - `pred/en.analyze.json`: `scholia analyze --format json` output for the
//!   `en` text, with `OpenAI` as PERSON and `20 percent` off by 1e-10;
//! - `pred/cn.gold.json`: the same name as its gold file, in full agreement;
//! - `mismatch/zh.json`: an export of a slightly different `zh` text.
//!
//! Every expected figure below is counted by hand from those files.

use serde_json::Value as Json;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare")
}

fn fixture(name: &str) -> String {
    fixtures().join(name).display().to_string()
}

fn scholia(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scholia"))
        .args(args)
        .output()
        .expect("the scholia binary runs")
}

/// Runs a command that must succeed and parses its JSON output.
fn json_of(args: &[&str]) -> Json {
    let out = scholia(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("--format json prints JSON")
}

/// The row named `name` among a summary's labels or groups.
fn row<'a>(rows: &'a Json, name: &str) -> &'a Json {
    rows.as_array()
        .expect("rows are an array")
        .iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no row {name} in {rows}"))
}

fn close(actual: &Json, want: f64) -> bool {
    actual.as_f64().is_some_and(|a| (a - want).abs() < 1e-9)
}

/// `(gold, predicted, exact, overlap, valued, value_correct)` of a row.
fn counts(row: &Json) -> [u64; 6] {
    [
        "gold",
        "predicted",
        "exact",
        "overlap",
        "valued",
        "value_correct",
    ]
    .map(|k| row[k].as_u64().unwrap_or_else(|| panic!("no {k} in {row}")))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scholia-compare-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    dir
}

#[test]
fn compares_two_directories_paired_by_name() {
    let json = json_of(&[
        "compare",
        &fixture("gold"),
        &fixture("pred"),
        "--format",
        "json",
    ]);
    let files = json["files"].as_array().expect("files");
    let pairs: Vec<(String, String)> = files
        .iter()
        .map(|f| {
            let name = |k: &str| {
                Path::new(f[k].as_str().expect("a path"))
                    .file_name()
                    .expect("a file name")
                    .to_string_lossy()
                    .into_owned()
            };
            (name("gold"), name("predicted"))
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("cn.gold.json", "cn.gold.json"),
            ("en.gold.json", "en.analyze.json"),
            ("zh.gold.json", "zh.pred.json"),
        ]
        .map(|(g, p)| (g.to_string(), p.to_string()))
    );
    let report = &json["report"];
    assert_eq!(report["documents"], 3);
    let labels = &report["labels"];
    for (name, want) in [
        ("ORG", [5, 4, 4, 4, 0, 0]),
        ("PERSON", [0, 1, 0, 0, 0, 0]),
        ("DATE", [3, 3, 2, 3, 1, 1]),
        ("MONEY", [3, 3, 3, 3, 3, 2]),
        ("PERCENT", [2, 2, 2, 2, 2, 2]),
        ("CARDINAL", [0, 1, 0, 0, 0, 0]),
    ] {
        assert_eq!(counts(row(labels, name)), want, "{name}");
    }
    assert_eq!(labels.as_array().map(Vec::len), Some(6), "{labels}");
    let groups = &report["groups"];
    for (name, want, exact_f1) in [
        ("numbers", [5, 6, 5, 5, 5, 4], 10.0 / 11.0),
        ("dates", [3, 3, 2, 3, 1, 1], 2.0 / 3.0),
        ("entities", [5, 5, 4, 4, 0, 0], 0.8),
    ] {
        let r = row(groups, name);
        assert_eq!(counts(r), want, "{name}");
        assert!(close(&r["exact_scores"]["f1"], exact_f1), "{name}: {r}");
    }
    let overall = &report["overall"];
    assert_eq!(counts(overall), [13, 14, 11, 12, 6, 5]);
    assert!(close(&overall["exact_scores"]["precision"], 11.0 / 14.0));
    assert!(close(&overall["exact_scores"]["recall"], 11.0 / 13.0));
    assert!(close(&overall["exact_scores"]["f1"], 22.0 / 27.0));
    assert!(close(&overall["overlap_scores"]["f1"], 24.0 / 27.0));
    assert!(close(&overall["value_accuracy"], 5.0 / 6.0));
}

#[test]
fn compares_two_annotators_of_one_text() {
    // Inter-annotator agreement: two exports of the same text.
    let json = json_of(&[
        "compare",
        &fixture("gold/zh.gold.json"),
        &fixture("pred/zh.pred.json"),
        "--format",
        "json",
    ]);
    let report = &json["report"];
    assert_eq!(counts(&report["overall"]), [4, 5, 3, 4, 1, 0]);
    assert!(close(&report["overall"]["exact_scores"]["f1"], 2.0 / 3.0));
    assert!(close(&report["overall"]["overlap_scores"]["f1"], 8.0 / 9.0));
    assert!(close(&report["overall"]["value_accuracy"], 0.0));
    // The date cut short counts under overlap only.
    assert_eq!(counts(row(&report["labels"], "DATE")), [1, 1, 0, 1, 0, 0]);
}

#[test]
fn suggestions_flag_scores_the_saved_suggestions() {
    let json = json_of(&[
        "compare",
        "--suggestions",
        &fixture("gold/zh.gold.json"),
        &fixture("pred/zh.pred.json"),
        "--format",
        "json",
    ]);
    let overall = &json["report"]["overall"];
    assert_eq!(counts(overall), [4, 4, 4, 4, 2, 2]);
    assert!(close(&overall["exact_scores"]["f1"], 1.0));
    assert!(close(&overall["value_accuracy"], 1.0));
}

#[test]
fn reads_analyze_output_as_the_prediction() {
    let json = json_of(&[
        "compare",
        &fixture("gold/en.gold.json"),
        &fixture("pred/en.analyze.json"),
        "--format",
        "json",
    ]);
    let labels = &json["report"]["labels"];
    for (name, want) in [
        ("ORG", [2, 1, 1, 1, 0, 0]),
        ("PERSON", [0, 1, 0, 0, 0, 0]),
        // 20.0000000001 is 20 within the relative tolerance of 1e-9.
        ("PERCENT", [1, 1, 1, 1, 1, 1]),
        ("MONEY", [1, 1, 1, 1, 1, 1]),
        ("DATE", [1, 1, 1, 1, 1, 1]),
    ] {
        assert_eq!(counts(row(labels, name)), want, "{name}");
    }
}

#[test]
fn compares_what_analyze_prints_for_the_same_text() {
    // `analyze --format json` output is accepted as it is printed.
    let dir = temp_dir("analyze");
    let gold = fixture("gold/en.gold.json");
    let gold_json: Json =
        serde_json::from_str(&std::fs::read_to_string(&gold).expect("gold reads"))
            .expect("gold is JSON");
    let text_path = dir.join("en.txt");
    std::fs::write(
        &text_path,
        gold_json["document"]["text"].as_str().expect("a text"),
    )
    .expect("write the text");
    let analysed = scholia(&[
        "analyze",
        "--format",
        "json",
        &text_path.display().to_string(),
    ]);
    assert!(analysed.status.success());
    let predicted = dir.join("en.json");
    std::fs::write(&predicted, &analysed.stdout).expect("write the analysis");
    let json = json_of(&[
        "compare",
        &gold,
        &predicted.display().to_string(),
        "--format",
        "json",
    ]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(json["report"]["overall"]["gold"], 5);
}

#[test]
fn prints_a_table_by_default() {
    let out = scholia(&["compare", &fixture("gold"), &fixture("pred")]);
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).expect("UTF-8");
    for want in [
        "3 documents",
        "exact F1",
        "overlap F1",
        "value acc",
        "numbers",
        "dates",
        "entities",
        "0.833 (5/6)",
    ] {
        assert!(table.contains(want), "no {want:?} in\n{table}");
    }
    let overall = table
        .lines()
        .find(|l| l.starts_with("overall"))
        .expect("an overall row");
    let cells: Vec<&str> = overall.split_whitespace().collect();
    assert_eq!(
        &cells[..6],
        ["overall", "13", "14", "0.786", "0.846", "0.815"]
    );
}

#[test]
fn eval_runs_the_analyser_on_every_gold_file() {
    let json = json_of(&["eval", &fixture("gold"), "--format", "json"]);
    assert_eq!(json["report"]["documents"], 3);
    assert_eq!(json["report"]["overall"]["gold"], 13);
    assert_eq!(json["files"].as_array().map(Vec::len), Some(3));
    let out = scholia(&["eval", &fixture("gold")]);
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        table.contains("3 documents") && table.contains("overall"),
        "{table}"
    );
}

#[test]
fn errors_are_one_line_and_never_panics() {
    let dir = temp_dir("errors");
    let write = |name: &str, body: &str| {
        let path = dir.join(name);
        std::fs::write(&path, body).expect("write a temporary file");
        path.display().to_string()
    };
    let not_json = write("broken.json", "{\"format\": \"scholia\",");
    let foreign = write("foreign.json", r#"{"format": "other", "version": 1}"#);
    let unknown = write("unknown.json", r#"{"hello": "world"}"#);
    let bad_span = write(
        "bad-span.json",
        r#"{"text": "abc", "spans": [{"start": 1, "end": 9, "label": "ORG", "text": "bc"}]}"#,
    );
    let empty_dir = temp_dir("empty");
    let empty = empty_dir.display().to_string();
    let lonely_dir = temp_dir("lonely");
    let lonely = lonely_dir.display().to_string();
    std::fs::write(lonely_dir.join("other.json"), "{}").expect("write");
    let gold_zh = fixture("gold/zh.gold.json");
    let gold_dir = fixture("gold");
    let mismatch = fixture("mismatch/zh.json");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["compare", &gold_zh, &mismatch],
            "mismatch/zh.json: its text is not the text of",
        ),
        (
            vec!["compare", &gold_zh, "/no/such/file.json"],
            "cannot read /no/such/file.json",
        ),
        (
            vec!["compare", &gold_zh, &not_json],
            "broken.json is not JSON",
        ),
        (
            vec!["compare", &foreign, &gold_zh],
            "foreign.json: this file is in the \"other\" format",
        ),
        (
            vec!["compare", &gold_zh, &unknown],
            "unknown.json is neither a Scholia export nor",
        ),
        (
            vec!["compare", &gold_zh, &bad_span],
            "bad-span.json: spans[0]: offsets 1..9 do not fit",
        ),
        (
            vec!["compare", &gold_dir, &gold_zh],
            "must be two files or two directories",
        ),
        (vec!["compare", &gold_dir, &lonely], "pairs with"),
        (vec!["eval", &empty], "no gold fixtures found in"),
        (vec!["eval", "/no/such/dir"], "cannot read /no/such/dir"),
    ];
    for (args, want) in cases {
        let out = scholia(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(stderr.contains(want), "{args:?}: {stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
    }
    for d in [&dir, &empty_dir, &lonely_dir] {
        std::fs::remove_dir_all(d).ok();
    }
}
