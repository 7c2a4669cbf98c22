//! Common Chinese words shaped like names, which are never a person found
//! from its shape alone.
//!
//! A surname and one or two characters before a verb of saying (`王強表示`)
//! or a run of transliteration characters (`納德拉說`) is how the analyser
//! finds a Chinese name with no title. Thousands of ordinary words share that
//! shape: `關係`, `農民`, `簡單` start with a surname character, `坦克` and
//! `基因` are made of transliteration characters. `data/common-words.txt`
//! lists about 5,000 of them, in both scripts, taken from the jieba
//! dictionary (MIT) by `scripts/common_words.py`, whose docstring says how.

use std::collections::HashSet;
use std::sync::LazyLock;

const DATA: &str = include_str!("../../data/common-words.txt");

static WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    DATA.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

/// True when `name` is, or begins with, a common word of the list (they
/// have two or three characters): `關係`, `簡單來` (before `說`), `坦克`.
pub(crate) fn starts_with_common_word(name: &str) -> bool {
    name.char_indices()
        .skip(2)
        .map(|(i, _)| i)
        .chain([name.len()])
        .take(2)
        .any(|end| WORDS.contains(&name[..end]))
}

#[cfg(test)]
mod tests {
    use super::starts_with_common_word;

    #[test]
    fn finds_common_words_in_both_scripts_but_no_names() {
        let common = [
            "關係",
            "关系",
            "農民",
            "农民",
            "簡單",
            "简单",
            "簡單來",
            "坦克",
            "何況",
            "萬一",
        ];
        for word in common {
            assert!(starts_with_common_word(word), "{word} should be listed");
        }
        for name in ["王強", "王强", "陳美玲", "納德拉", "张伟", "王", "", "#"] {
            assert!(
                !starts_with_common_word(name),
                "{name} should not be listed"
            );
        }
    }
}
