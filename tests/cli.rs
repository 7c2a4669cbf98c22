//! The `scholia` command-line tool, run as a user would run it.

use std::io::Write;
use std::process::{Command, Stdio};

fn scholia() -> Command {
    Command::new(env!("CARGO_BIN_EXE_scholia"))
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("scholia-test-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

fn code_points(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn analyze_json_gives_code_point_offsets_and_quoted_text() {
    let text = "😀 北京時間 2 月 26 日 23 點，微軟宣布投資 Mistral AI。\r\n市值 3 萬億美金。\r\n";
    let path = temp_file("a.txt", text.as_bytes());
    let out = scholia()
        .args(["analyze", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    std::fs::remove_file(&path).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["text"], text);
    let spans = json["spans"].as_array().unwrap();
    for s in spans {
        let (start, end) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
        assert_eq!(code_points(text, start, end), s["text"].as_str().unwrap());
    }
    let find = |t: &str| {
        spans
            .iter()
            .find(|s| s["text"] == t)
            .unwrap_or_else(|| panic!("no span {t}: {spans:?}"))
    };
    assert_eq!(find("2 月 26 日")["label"], "DATE");
    assert_eq!(find("2 月 26 日")["value"], "--02-26");
    assert_eq!(find("23 點")["value"], "T23:00");
    assert_eq!(
        find("3 萬億美金")["value"],
        serde_json::json!({"amount": 3e12, "currency": "USD"})
    );
    assert_eq!(find("微軟")["label"], "ORG");
    // 😀, space, 北京時間, space, "2 月 26 日", space, "23 點", "，": 21 code points.
    assert_eq!(find("微軟")["start"], 21);
    let sections = json["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 2);
    for s in sections {
        let (start, end) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
        assert_eq!(code_points(text, start, end), s["text"].as_str().unwrap());
        assert!(!s["text"].as_str().unwrap().contains('\r'));
    }
}

#[test]
fn analyze_reads_stdin_and_prints_a_table() {
    let mut child = scholia()
        .args(["analyze", "--format", "text", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Microsoft invested $13 billion in OpenAI.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("MONEY"), "{table}");
    assert!(table.contains("13000000000 USD"), "{table}");
}

#[test]
fn a_missing_file_or_invalid_utf8_is_one_line_and_a_failure() {
    let out = scholia()
        .args(["analyze", "/no/such/file.txt"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("scholia: cannot read /no/such/file.txt"),
        "{err}"
    );
    assert!(!err.contains("panicked"));

    let path = temp_file("bad.txt", b"ok \xff\xfe bytes");
    let out = scholia().arg("analyze").arg(&path).output().unwrap();
    std::fs::remove_file(&path).ok();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("is not UTF-8 text (invalid byte at offset 3)"),
        "{err}"
    );
}
