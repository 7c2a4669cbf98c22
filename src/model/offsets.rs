//! Conversions between the three ways of counting a position in a text.
//!
//! Scholia's offsets count Unicode code points (`char`s), end exclusive. Rust
//! strings index by UTF-8 bytes and the DOM by UTF-16 code units; these
//! functions are the only place the units meet, and they never panic: a
//! position past the end clamps to the end, and a UTF-16 position inside a
//! surrogate pair rounds down to the start of its code point.

use std::ops::Range;

/// The number of code points in `text`.
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// The byte range of code points `start..end` (clamped to the text).
pub fn byte_range(text: &str, start: usize, end: usize) -> Range<usize> {
    let mut indices = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let end = end.max(start);
    let from = indices.nth(start).unwrap_or(text.len());
    let to = if end == start {
        from
    } else {
        indices.nth(end - start - 1).unwrap_or(text.len())
    };
    from..to
}

/// The text of code points `start..end` (clamped to the text).
pub fn slice_chars(text: &str, start: usize, end: usize) -> &str {
    &text[byte_range(text, start, end)]
}

/// The byte offsets of the code-point offsets `chars` (sorted ascending), in
/// one pass over the text; offsets past the end map to `text.len()`.
pub fn byte_offsets(text: &str, chars: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(chars.len());
    let mut indices = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .enumerate();
    let mut current = indices.next();
    for &want in chars {
        while let Some((count, _)) = current {
            if count >= want {
                break;
            }
            current = indices.next();
        }
        out.push(current.map_or(text.len(), |(_, byte)| byte));
    }
    out
}

/// Widens `start..end` (code points) to whole grapheme clusters, so that a
/// selection never splits an emoji, a flag, a ZWJ sequence or a letter from
/// its combining marks. One pass over the text up to `end`.
pub fn snap_to_graphemes(text: &str, start: usize, end: usize) -> (usize, usize) {
    use unicode_segmentation::UnicodeSegmentation;
    let (mut snapped_start, mut snapped_end) = (start, end);
    let mut at = 0;
    for grapheme in text.graphemes(true) {
        let next = at + grapheme.chars().count();
        if at < start && start < next {
            snapped_start = at;
        }
        if at < end && end < next {
            snapped_end = next;
        }
        if next >= end {
            break;
        }
        at = next;
    }
    (snapped_start, snapped_end.max(snapped_start))
}

/// True for a character of a word written in an alphabet (Latin, Greek,
/// Cyrillic …, with digits and combining marks); false for space,
/// punctuation and the ideographs and kana of Chinese and Japanese, each of
/// which is a word of its own for selection.
fn in_alphabetic_word(c: char) -> bool {
    let ideograph = matches!(c,
        '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3FFFF}');
    !ideograph && (c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036F}'))
}

/// Widens `start..end` (code points) to whole words where an edge cuts
/// through a word written in an alphabet: `icrosof` in `Microsoft` becomes
/// `Microsoft`. Chinese is never widened (each character stands alone), nor
/// is an edge that already falls between words. Scans only the words at
/// the two edges.
pub fn snap_to_words(text: &str, start: usize, end: usize) -> (usize, usize) {
    let range = byte_range(text, start, end);
    if range.is_empty() {
        return (start, end);
    }
    let (mut from, mut to) = (range.start, range.end);
    if text[from..].chars().next().is_some_and(in_alphabetic_word) {
        while let Some(c) = text[..from]
            .chars()
            .next_back()
            .filter(|&c| in_alphabetic_word(c))
        {
            from -= c.len_utf8();
        }
    }
    if text[..to]
        .chars()
        .next_back()
        .is_some_and(in_alphabetic_word)
    {
        while let Some(c) = text[to..].chars().next().filter(|&c| in_alphabetic_word(c)) {
            to += c.len_utf8();
        }
    }
    (
        start - text[from..range.start].chars().count(),
        end + text[range.end..to].chars().count(),
    )
}

/// The code-point offset of UTF-16 offset `utf16` in `text`.
pub fn utf16_to_char(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (count, c) in text.chars().enumerate() {
        let next = units + c.len_utf16();
        if next > utf16 {
            return count;
        }
        units = next;
    }
    char_len(text)
}

/// The UTF-16 offset of code-point offset `chars` in `text`.
pub fn char_to_utf16(text: &str, chars: usize) -> usize {
    text.chars().take(chars).map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snaps_alphabetic_words_but_not_chinese() {
        let text = "微軟 Microsoft 與 Mistral AI 合作，café au lait, naïve";
        let at = |w: &str| {
            let b = text.find(w).unwrap();
            let s = text[..b].chars().count();
            (s, s + w.chars().count())
        };
        let (ms, me) = at("Microsoft");
        for (start, end, want) in [
            (ms + 1, me - 1, (ms, me)),     // icrosof → Microsoft
            (ms, me, (ms, me)),             // already whole
            (ms + 3, ms + 4, (ms, me)),     // one letter
            (0, 1, (0, 1)),                 // 微: Chinese stays as selected
            (ms - 2, ms + 2, (ms - 2, me)), // 軟 Mi… → 軟 Microsoft
        ] {
            assert_eq!(snap_to_words(text, start, end), want, "{start}..{end}");
        }
        let (cs, ce) = at("café");
        assert_eq!(
            snap_to_words(text, cs + 1, cs + 3),
            (cs, ce),
            "accents are letters"
        );
        let (ns, ne) = at("naïve");
        assert_eq!(snap_to_words(text, ns + 2, ns + 3), (ns, ne));
        let (as_, ae) = at("AI");
        assert_eq!(
            snap_to_words(text, as_, ae + 1),
            (as_, ae + 1),
            "a space edge stays"
        );
        assert_eq!(snap_to_words(text, 3, 3), (3, 3));
    }

    #[test]
    fn converts_between_units() {
        // (text, code points, UTF-16 units) at the end of each prefix.
        let text = "a😀b\u{301}中\r\n";
        assert_eq!(char_len(text), 7);
        for (chars, utf16) in [
            (0, 0),
            (1, 1),
            (2, 3),
            (3, 4),
            (4, 5),
            (5, 6),
            (6, 7),
            (7, 8),
        ] {
            assert_eq!(char_to_utf16(text, chars), utf16, "char {chars}");
            assert_eq!(utf16_to_char(text, utf16), chars, "utf16 {utf16}");
        }
        // Inside the surrogate pair: round down to the emoji's start.
        assert_eq!(utf16_to_char(text, 2), 1);
        assert_eq!(utf16_to_char(text, 99), 7);
    }

    #[test]
    fn snaps_selections_to_grapheme_clusters() {
        // 👩‍💻 is 3 code points, 🇫🇷 is 2, e + U+0301 is 2.
        let text = "a👩‍💻b🇫🇷e\u{301}中";
        for (start, end, want) in [
            (1, 4, (1, 4)),
            (2, 3, (1, 4)),
            (0, 2, (0, 4)),
            (5, 6, (5, 7)),
            (8, 9, (7, 9)),
            (9, 10, (9, 10)),
            (0, 10, (0, 10)),
        ] {
            assert_eq!(snap_to_graphemes(text, start, end), want, "{start}..{end}");
        }
    }

    #[test]
    fn slices_by_code_points() {
        for (text, start, end, want) in [
            ("微軟 Mistral", 0, 2, "微軟"),
            ("微軟 Mistral", 3, 10, "Mistral"),
            ("😀x😀", 1, 2, "x"),
            ("abc", 2, 99, "c"),
            ("abc", 5, 9, ""),
            ("abc", 2, 1, ""),
            ("", 0, 0, ""),
        ] {
            assert_eq!(slice_chars(text, start, end), want, "{text} {start}..{end}");
        }
        assert_eq!(byte_range("é中", 1, 2), 2..5);
        assert_eq!(
            byte_offsets("é中x", &[0, 1, 1, 2, 3, 9]),
            vec![0, 2, 2, 5, 6, 6]
        );
    }
}
