//! `scholia export`, `import`, `convert` and `schema`, run as a user would.

use std::path::PathBuf;
use std::process::{Command, Output};

fn scholia(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scholia"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scholia-ix-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn golden(name: &str) -> String {
    format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// A failure: non-zero exit, one line on stderr containing `want`.
fn check_failure(out: &Output, want: &str) {
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(want), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn ten_thousand_documents_export_as_jsonl() {
    let dir = temp_dir("10k");
    for i in 0..10_000 {
        let text = if i % 2 == 0 {
            format!("第 {i} 號：台積電在新竹投資 {i} 億美元。")
        } else {
            format!("Doc {i}: Apple paid ${i} million for Beats in May 2014.")
        };
        std::fs::write(dir.join(format!("{i:05}.txt")), text).unwrap();
    }
    let out = scholia(&["export", "--format", "jsonl", dir.to_str().unwrap()]);
    let lines = stdout(&out);
    assert_eq!(lines.lines().count(), 10_000);
    let spacy = scholia(&["export", "--format", "spacy", dir.to_str().unwrap()]);
    assert_eq!(stdout(&spacy).lines().count(), 10_000);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn export_writes_every_format_from_text_and_from_exports() {
    let dir = temp_dir("formats");
    let txt = dir.join("beats.txt");
    std::fs::write(&txt, "Apple paid $3 billion for Beats in May 2014.\r\n").unwrap();
    for format in ["native", "w3c", "jsonl", "doccano", "spacy"] {
        let out = stdout(&scholia(&[
            "export",
            "--format",
            format,
            txt.to_str().unwrap(),
        ]));
        assert!(out.contains("Beats"), "{format}: {out}");
        // What export writes, import reads.
        let file = dir.join(format!("out.{format}.json"));
        std::fs::write(&file, &out).unwrap();
        let summary = stdout(&scholia(&["import", file.to_str().unwrap()]));
        assert!(
            summary.starts_with(&format!("format: {format}\n")),
            "{summary}"
        );
        assert!(summary.contains("MONEY"), "{summary}");
    }
    // Several files: one line each; one-document formats refuse.
    let two = [golden("zh.scholia.json"), golden("en.w3c.json")];
    let out = stdout(&scholia(&[
        "export", "--format", "doccano", &two[0], &two[1],
    ]));
    assert_eq!(out.lines().count(), 2);
    check_failure(
        &scholia(&["export", "--format", "native", &two[0], &two[1]]),
        "the native format holds one document",
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn import_summarises_by_label_and_format() {
    let out = stdout(&scholia(&["import", &golden("en.doccano.jsonl")]));
    assert_eq!(
        out,
        "format: doccano\ndocuments: 1\nannotations: 5\n  PERSON         1\n  ORG            2\n  DATE           1\n  MONEY          1\n"
    );
    let out = stdout(&scholia(&["import", &golden("zh.w3c.json")]));
    assert!(
        out.starts_with("format: w3c\ndocuments: 1\nannotations: 3\n"),
        "{out}"
    );
}

#[test]
fn convert_goes_between_formats() {
    let dir = temp_dir("convert");
    let w3c = dir.join("zh.w3c.json");
    let out = scholia(&[
        "convert",
        &golden("zh.spacy.jsonl"),
        "--to",
        "w3c",
        "-o",
        w3c.to_str().unwrap(),
    ]);
    stdout(&out);
    let back = stdout(&scholia(&[
        "convert",
        w3c.to_str().unwrap(),
        "--to",
        "spacy",
    ]));
    assert_eq!(
        back,
        std::fs::read_to_string(golden("zh.spacy.jsonl")).unwrap()
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_input_is_one_line_on_stderr() {
    check_failure(
        &scholia(&["import", &golden("malformed/truncated.json")]),
        "truncated.json: this file is not JSON",
    );
    check_failure(
        &scholia(&["import", &golden("malformed/bad-line.doccano.jsonl")]),
        "line 3: label[0]: expected",
    );
    check_failure(
        &scholia(&["convert", &golden("malformed/utf16.json"), "--to", "w3c"]),
        "count UTF-16 code units",
    );
    check_failure(
        &scholia(&["import", "/no/such/file.json"]),
        "cannot read /no/such/file.json",
    );
    let dir = temp_dir("big");
    let big = dir.join("big.json");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    check_failure(
        &scholia(&["import", big.to_str().unwrap()]),
        "this file is 50.0 MB; files over 20 MB are refused",
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let out = stdout(&scholia(&["schema"]));
    let committed = std::fs::read_to_string(format!(
        "{}/docs/scholia.schema.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert_eq!(out, committed);
}
