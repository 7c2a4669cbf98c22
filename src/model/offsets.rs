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
