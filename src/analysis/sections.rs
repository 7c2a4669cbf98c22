//! Splits a text into headings and paragraphs.
//!
//! Pasted news comes in two shapes: one paragraph per line, every line ending
//! in `。` (the usual web copy), or hard-wrapped lines separated by blank
//! lines (e-mail, plain-text English). Both are handled in one linear pass
//! over the lines. A heading is a markdown `#` line, or a short line with no
//! closing punctuation followed by a longer one. Ranges never include line
//! terminators, `#` markers or surrounding whitespace; a paragraph joined
//! from hard-wrapped lines spans the line breaks between them.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Heading or paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    /// A title or sub-heading.
    Heading,
    /// Running text.
    Paragraph,
}

/// A section found in the text, offsets in bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FoundSection {
    /// Heading or paragraph.
    pub kind: SectionKind,
    /// Byte range of the visible text; both ends lie on char boundaries.
    pub range: Range<usize>,
}

/// A heading may be at most this wide: 40 CJK characters or 90 Latin ones,
/// with CJK counting 9 and everything else 4 (see [`width`]).
const MAX_HEADING_WIDTH: usize = 360;

/// Punctuation that closes a sentence or clause: a line ending in it is text,
/// never a heading. `?` and `!` are left out on purpose (question headings).
const CLOSING: &[char] = &[
    '。', '．', '.', ',', '，', ';', '；', ':', '：', '、', '…', '｡',
];

/// One non-blank line, trimmed.
struct Line {
    /// Byte range without the terminator and surrounding whitespace.
    range: Range<usize>,
    /// Index of its block (blank lines separate blocks).
    block: usize,
    /// Weighted length, see [`width`].
    width: usize,
    /// Ends in [`CLOSING`] punctuation (closing quotes looked through).
    closes_clause: bool,
    /// Ends a sentence: [`CLOSING`] or `?`, `!`.
    ends_sentence: bool,
    /// For a markdown heading, the range of its text (may be empty).
    markdown: Option<Range<usize>>,
}

/// Headings and paragraphs of `text` in order, never overlapping.
pub(crate) fn detect(text: &str) -> Vec<FoundSection> {
    let lines = split_lines(text);
    let hard_wrapped = hard_wrapped_blocks(&lines);
    let mut sections = Vec::new();
    // The paragraph being built, and whether the next line may join it.
    let mut open: Option<(Range<usize>, bool)> = None;
    for (i, line) in lines.iter().enumerate() {
        if let Some(heading) = &line.markdown {
            close(&mut open, &mut sections);
            if !heading.is_empty() {
                sections.push(FoundSection {
                    kind: SectionKind::Heading,
                    range: heading.clone(),
                });
            }
            continue;
        }
        let continues = i > 0
            && lines[i - 1].block == line.block
            && open.as_ref().is_some_and(|(_, joinable)| *joinable);
        if continues {
            if let Some((range, _)) = open.as_mut() {
                range.end = line.range.end;
            }
        } else {
            close(&mut open, &mut sections);
            if is_heading(&lines, i) {
                sections.push(FoundSection {
                    kind: SectionKind::Heading,
                    range: line.range.clone(),
                });
                continue;
            }
            open = Some((line.range.clone(), false));
        }
        let joinable = !line.ends_sentence || hard_wrapped[line.block];
        if let Some((_, j)) = open.as_mut() {
            *j = joinable;
        }
    }
    close(&mut open, &mut sections);
    sections
}

fn close(open: &mut Option<(Range<usize>, bool)>, sections: &mut Vec<FoundSection>) {
    if let Some((range, _)) = open.take() {
        sections.push(FoundSection {
            kind: SectionKind::Paragraph,
            range,
        });
    }
}

/// A short line without closing punctuation, followed by a longer paragraph.
fn is_heading(lines: &[Line], i: usize) -> bool {
    let line = &lines[i];
    if line.width > MAX_HEADING_WIDTH || line.closes_clause || line.width == 0 {
        return false;
    }
    let Some(next) = lines.get(i + 1) else {
        return false;
    };
    if next.markdown.is_some() || next.width <= line.width {
        return false;
    }
    // Inside one block, a line about as long as the next one is more likely
    // the first line of a hard-wrapped paragraph than a heading; a question
    // is exempt because wrapped lines rarely end exactly on a `?`.
    let question = line.ends_sentence;
    next.block != line.block || question || line.width * 3 < next.width * 2
}

/// For each block: true when most of its inner lines end mid-sentence, i.e.
/// the block is one hard-wrapped paragraph and even lines that happen to end
/// in a full stop continue onto the next line.
fn hard_wrapped_blocks(lines: &[Line]) -> Vec<bool> {
    let blocks = lines.last().map_or(0, |l| l.block + 1);
    let mut open_ended = vec![0usize; blocks];
    let mut inner = vec![0usize; blocks];
    for pair in lines.windows(2) {
        let (line, next) = (&pair[0], &pair[1]);
        if line.block == next.block && line.markdown.is_none() && next.markdown.is_none() {
            inner[line.block] += 1;
            if !line.ends_sentence {
                open_ended[line.block] += 1;
            }
        }
    }
    (0..blocks)
        .map(|b| inner[b] >= 2 && open_ended[b] * 2 > inner[b])
        .collect()
}

/// The non-blank lines of `text`, trimmed, with their block numbers.
fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut block = 0;
    let mut previous_blank = false;
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while start <= text.len() {
        // Line ends: `\n`, `\r\n`, `\r`, and the Unicode line/paragraph separators.
        let (end, next_start) = loop {
            if i >= bytes.len() {
                break (bytes.len(), bytes.len() + 1);
            }
            // Skip to the next byte that may end a line.
            i += next_line_break_byte(&bytes[i..]);
            if i >= bytes.len() {
                break (bytes.len(), bytes.len() + 1);
            }
            match bytes[i] {
                b'\n' => break (i, i + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => break (i, i + 2),
                b'\r' => break (i, i + 1),
                0xE2 if matches!(bytes.get(i + 1..i + 3), Some([0x80, 0xA8 | 0xA9])) => {
                    break (i, i + 3)
                }
                _ => i += 1,
            }
        };
        let raw = &text[start..end];
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            previous_blank = true;
        } else {
            if previous_blank && !lines.is_empty() {
                block += 1;
            }
            previous_blank = false;
            let s = start + (raw.len() - raw.trim_start().len());
            let range = s..s + trimmed.len();
            lines.push(make_line(text, range, block));
        }
        start = next_start;
        i = next_start;
    }
    lines
}

/// The offset of the first `\n`, `\r` or 0xE2 byte (which starts the line and
/// paragraph separators) in `bytes`, or its length; eight bytes at a time.
fn next_line_break_byte(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // True when one byte of `x` is zero (exact as to whether, not where).
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let mut n = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("chunks are eight bytes"));
        if has_zero(word ^ (b'\n' as u64 * ONES))
            || has_zero(word ^ (b'\r' as u64 * ONES))
            || has_zero(word ^ (0xE2 * ONES))
        {
            break;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .position(|&b| matches!(b, b'\n' | b'\r' | 0xE2))
        .unwrap_or(bytes.len() - n)
}

fn make_line(text: &str, range: Range<usize>, block: usize) -> Line {
    let s = &text[range.clone()];
    let markdown = markdown_heading(s).map(|r| range.start + r.start..range.start + r.end);
    let last = s
        .trim_end_matches(|c: char| CLOSING_QUOTES.contains(&c))
        .chars()
        .next_back();
    let closes_clause = last.is_some_and(|c| CLOSING.contains(&c));
    let ends_sentence = closes_clause || last.is_some_and(|c| "?!？！‼⁇".contains(c));
    let weighted = width(s);
    // A line of symbols only (`***`, `---`) is a separator, never a heading.
    let width = if s.chars().any(char::is_alphanumeric) {
        weighted
    } else {
        0
    };
    Line {
        range,
        block,
        width,
        closes_clause,
        ends_sentence,
        markdown,
    }
}

/// Closing quotes and brackets looked through when finding a line's last
/// punctuation (`……發展。”` ends a sentence).
const CLOSING_QUOTES: &[char] = &[
    '”', '’', '"', '\'', '」', '』', '）', ')', '》', '】', '〉', ']', '*', '_',
];

/// For a markdown ATX heading (`#` to `######` then a space or nothing), the
/// byte range of its text inside `line`, without the optional closing `#`s.
fn markdown_heading(line: &str) -> Option<Range<usize>> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = &line[hashes..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let content = rest.trim();
    // A closing sequence needs a space before it (`# C#` keeps its `#`).
    let content = match content.trim_end_matches('#') {
        stripped if stripped.is_empty() => stripped,
        stripped if stripped.ends_with([' ', '\t']) => stripped.trim_end(),
        _ => content,
    };
    if content.is_empty() {
        return Some(hashes..hashes);
    }
    let start = content.as_ptr() as usize - line.as_ptr() as usize;
    Some(start..start + content.len())
}

/// Display width in ninths of a CJK character: wide characters (CJK, kana,
/// Hangul, full-width forms, emoji) count 9, combining marks and joiners 0,
/// everything else 4, so 40 CJK and 90 Latin characters weigh the same.
///
/// Only widths up to [`WIDTH_CAP`] are told apart: a line that wide is far
/// from a heading, and next to a heading it is wider than any test asks; so
/// long paragraphs are not read to their end.
fn width(s: &str) -> usize {
    // Most English lines are pure ASCII; this skips decoding them.
    if s.is_ascii() {
        return 4 * s.len();
    }
    let bytes = s.as_bytes();
    let mut total = 0;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII and CJK (lead bytes E3–E9: U+3000–U+9FFF) are nearly every
        // character of a news text: their first byte tells their width.
        let (w, len) = match bytes[i] {
            0..=0x7F => (4, 1),
            0xE3..=0xE9 => (9, 3),
            _ => {
                let c = s[i..].chars().next().expect("i is a char boundary");
                (char_width(c), c.len_utf8())
            }
        };
        total += w;
        i += len;
        if total > WIDTH_CAP {
            break;
        }
    }
    total
}

/// The width of one character, as [`width`] counts it.
fn char_width(c: char) -> usize {
    match c as u32 {
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF => 0,
        0x200B..=0x200D | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xE0100..=0xE01EF => 0,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF => 9,
        0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F000.. => 9,
        _ => 4,
    }
}

/// Widths above this compare alike in [`is_heading`]: a heading is at most
/// [`MAX_HEADING_WIDTH`] wide, and a next line wider than this is wider than
/// it and than one and a half times it.
const WIDTH_CAP: usize = MAX_HEADING_WIDTH * 3 / 2;

#[cfg(test)]
mod tests {
    use super::*;
    use SectionKind::{Heading as H, Paragraph as P};

    fn check(input: &str, expected: &[(SectionKind, &str)]) {
        let got: Vec<(SectionKind, &str)> = detect(input)
            .into_iter()
            .map(|s| (s.kind, &input[s.range]))
            .collect();
        assert_eq!(got, expected, "{input:?}");
    }

    #[test]
    fn seed_style_one_paragraph_per_line() {
        check(
            "微軟擁抱新寵Mistral\n北京時間 2 月 26 日 23 點,市值達 3 萬億美金的科技巨頭微軟宣布,其與法國 AI 初創公司 Mistral 達成深度合作。\n簡單來說,OpenAI 已經不再是微軟獨寵了。\nMistral Large\nMistral Large 在所有已能通過 API 訪問的大模型中排第二。\n主要亮點是:\n32k 上下文窗口。\n",
            &[
                (H, "微軟擁抱新寵Mistral"),
                (P, "北京時間 2 月 26 日 23 點,市值達 3 萬億美金的科技巨頭微軟宣布,其與法國 AI 初創公司 Mistral 達成深度合作。"),
                (P, "簡單來說,OpenAI 已經不再是微軟獨寵了。"),
                (H, "Mistral Large"),
                (P, "Mistral Large 在所有已能通過 API 訪問的大模型中排第二。"),
                (P, "主要亮點是:"),
                (P, "32k 上下文窗口。"),
            ],
        );
        check(
            "微软和OpenAI的“裂痕”藏不住了?\n微软与 OpenAI 之间的“裂痕”早有迹可循。\n",
            &[
                (H, "微软和OpenAI的“裂痕”藏不住了?"),
                (P, "微软与 OpenAI 之间的“裂痕”早有迹可循。"),
            ],
        );
        check(
            "他說：“很高興與微軟建立合作夥伴關系。”\n不過由於太火了,目前全平台無法響應……",
            &[
                (P, "他說：“很高興與微軟建立合作夥伴關系。”"),
                (P, "不過由於太火了,目前全平台無法響應……"),
            ],
        );
    }

    #[test]
    fn markdown_headings() {
        check(
            "# Microsoft embraces Mistral\n\n## 合作方向 ##\nMicrosoft will invest in Mistral AI.\n#hashtag is text.\n###### \n####### seven",
            &[
                (H, "Microsoft embraces Mistral"),
                (H, "合作方向"),
                (P, "Microsoft will invest in Mistral AI."),
                (P, "#hashtag is text."),
                (P, "####### seven"),
            ],
        );
        check("#   C#\ntext", &[(H, "C#"), (P, "text")]);
    }

    #[test]
    fn hard_wrapped_english() {
        let text = "Microsoft backs Mistral\n\nMicrosoft said on Monday that it would take a small\nstake in Mistral AI, the French start-up. The deal\nfollows the $13 billion that Microsoft has put into\nOpenAI.\n\nShort closing line\n";
        check(
            text,
            &[
                (H, "Microsoft backs Mistral"),
                (P, "Microsoft said on Monday that it would take a small\nstake in Mistral AI, the French start-up. The deal\nfollows the $13 billion that Microsoft has put into\nOpenAI."),
                (P, "Short closing line"),
            ],
        );
        // A line ending mid-sentence joins the next even in a short block.
        check(
            "The deal was\nsigned in Paris.",
            &[(P, "The deal was\nsigned in Paris.")],
        );
    }

    #[test]
    fn line_endings_and_whitespace() {
        check(
            "  標題  \r\n\r\n  這是第一段，內容比標題長得多。  \r\n第二段。\r第三段。\u{3000}\n",
            &[
                (H, "標題"),
                (P, "這是第一段，內容比標題長得多。"),
                (P, "第二段。"),
                (P, "第三段。"),
            ],
        );
        check(
            "Title\r\nA first paragraph, longer than the title.\r\n",
            &[
                (H, "Title"),
                (P, "A first paragraph, longer than the title."),
            ],
        );
        for text in ["a\r\nb\r\n", "x\ry\r", "標題\r\n正文比標題長。\r\n"] {
            for s in detect(text) {
                let inner = &text[s.range];
                assert!(!inner.ends_with(['\r', '\n', ' ']), "{inner:?}");
                assert!(!inner.starts_with(['\r', '\n', ' ']), "{inner:?}");
            }
        }
    }

    #[test]
    fn emoji_and_combining_marks() {
        check(
            "🚀 Café launch 👩‍💻\nThe cafe\u{301} opened in Paris, and the queue was long.\n",
            &[
                (H, "🚀 Café launch 👩‍💻"),
                (
                    P,
                    "The cafe\u{301} opened in Paris, and the queue was long.",
                ),
            ],
        );
    }

    #[test]
    fn edge_cases() {
        check("", &[]);
        check("\n\r\n  \t\n", &[]);
        check("單獨一行", &[(P, "單獨一行")]);
        check(
            "***\nA paragraph that follows a separator line.",
            &[(P, "***\nA paragraph that follows a separator line.")],
        );
        // Too long for a heading, even without punctuation.
        let long = "這".repeat(41);
        let text = format!("{long}\n{}。", "長".repeat(60));
        assert_eq!(detect(&text)[0].kind, P);
    }

    #[test]
    fn linear_on_huge_input() {
        let text = "這是一段沒有標點的很長的文字".repeat(200_000);
        let sections = detect(&text);
        assert_eq!(sections.len(), 1);
        let lines = "short\n".repeat(200_000);
        assert_eq!(detect(&lines).len(), 1);
    }
}
