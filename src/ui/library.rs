//! The local library: which documents this browser keeps, as plain data.
//!
//! `storage` reads and writes it; this module only decides what an entry
//! says and in which order the library lists them, so it is tested natively.

use crate::model::Document;
use serde::{Deserialize, Serialize};

/// One saved document, as the library lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryEntry {
    /// Its storage id (`d` and the base-36 creation time in milliseconds).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its length in code points.
    pub chars: usize,
    /// How many annotations and section labels it holds.
    pub annotations: usize,
    /// When it was last saved, ISO 8601.
    pub modified: String,
}

/// A fresh document id for a document created at `millis`, unlike the ids
/// of `taken` and `also` (the open document, which may not be listed yet).
pub fn new_doc_id(millis: i64, taken: &[LibraryEntry], also: Option<&str>) -> String {
    let mut n = millis.max(0) as u64;
    loop {
        let id = format!("d{}", base36(n));
        if taken.iter().all(|e| e.id != id) && also != Some(id.as_str()) {
            return id;
        }
        n += 1;
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("base-36 digits are ASCII")
}

/// The entry describing `doc`, saved as `id` at `now`.
pub fn entry_for(id: &str, doc: &Document, now: &str) -> LibraryEntry {
    LibraryEntry {
        id: id.to_string(),
        title: doc.title.clone(),
        chars: doc.len_chars(),
        annotations: doc.annotations.len() + doc.section_annotations.len(),
        modified: now.to_string(),
    }
}

/// Puts `entry` in the library (replacing the one with its id), most
/// recently saved first.
pub fn upsert(library: &mut Vec<LibraryEntry>, entry: LibraryEntry) {
    library.retain(|e| e.id != entry.id);
    library.push(entry);
    library.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.id.cmp(&b.id)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Config;

    fn entry(id: &str, modified: &str) -> LibraryEntry {
        LibraryEntry {
            id: id.into(),
            title: id.into(),
            chars: 1,
            annotations: 0,
            modified: modified.into(),
        }
    }

    #[test]
    fn ids_are_unique_and_short() {
        assert_eq!(new_doc_id(0, &[], None), "d0");
        assert_eq!(new_doc_id(1_795_784_700_123, &[], None), "dmwyzueor");
        let taken = vec![entry("dz", "x")];
        assert_eq!(new_doc_id(35, &taken, None), "d10");
        assert_eq!(new_doc_id(35, &taken, Some("d10")), "d11");
    }

    #[test]
    fn most_recent_first_and_one_entry_per_id() {
        let mut lib = vec![];
        upsert(&mut lib, entry("a", "2026-01-01"));
        upsert(&mut lib, entry("b", "2026-02-01"));
        upsert(&mut lib, entry("a", "2026-03-01"));
        let ids: Vec<_> = lib.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, vec!["a", "b"]);
        let doc = Document::new("標題", "微軟投資 😀", &Config::default());
        let e = entry_for("x", &doc, "now");
        assert_eq!((e.title.as_str(), e.chars, e.annotations), ("標題", 6, 0));
    }
}
