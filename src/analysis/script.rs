//! Tells Traditional Chinese, Simplified Chinese and Latin-script text apart.
//!
//! Two things rest on it: a bare `元` means TWD in Traditional text and CNY in
//! Simplified text (RECOGNITION.md), and the [`Regions`] where each script is
//! written, so that detectors reading only Latin or only Han text can skip the
//! rest. Both come from one pass over the text ([`survey`]).

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// The dominant script of a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Script {
    /// Chinese written mostly in Traditional characters.
    Traditional,
    /// Chinese written mostly in Simplified characters.
    Simplified,
    /// No Chinese to speak of (English and other Latin-script text).
    #[default]
    Latin,
}

/// Which side of a Traditional/Simplified pair `c` is, for frequent
/// characters whose two forms differ. The two arms list the pairs in the
/// same order (`們`/`们`, `國`/`国`, …); a match is much cheaper than a table
/// scan on every Han character of the text.
#[rustfmt::skip]
fn telltale(c: char) -> Option<Script> {
    match c {
        '們' | '國' | '這' | '說' | '會' | '來' | '為' | '對' | '時' | '個' |
        '發' | '與' | '經' | '業' | '員' | '開' | '關' | '長' | '現' | '實' |
        '過' | '場' | '資' | '產' | '億' | '萬' | '電' | '網' | '號' | '後' |
        '將' | '達' | '還' | '進' | '給' | '機' | '學' | '體' | '動' | '無' |
        '區' | '報' | '貿' | '東' | '車' | '幣' | '術' | '訊' | '據' | '營' => Some(Script::Traditional),
        '们' | '国' | '这' | '说' | '会' | '来' | '为' | '对' | '时' | '个' |
        '发' | '与' | '经' | '业' | '员' | '开' | '关' | '长' | '现' | '实' |
        '过' | '场' | '资' | '产' | '亿' | '万' | '电' | '网' | '号' | '后' |
        '将' | '达' | '还' | '进' | '给' | '机' | '学' | '体' | '动' | '无' |
        '区' | '报' | '贸' | '东' | '车' | '币' | '术' | '讯' | '据' | '营' => Some(Script::Simplified),
        _ => None,
    }
}

/// [`telltale`] of every unified ideograph (U+4E00–U+9FFF), one byte each:
/// a lookup is cheaper than the `match` for every Han character of a text.
static TELLTALES: std::sync::LazyLock<Vec<Option<Script>>> = std::sync::LazyLock::new(|| {
    (IDEOGRAPHS_START..=IDEOGRAPHS_END)
        .map(|code| char::from_u32(code).and_then(telltale))
        .collect()
});
const IDEOGRAPHS_START: u32 = 0x4E00;
const IDEOGRAPHS_END: u32 = 0x9FFF;

/// [`telltale`] through [`TELLTALES`].
fn telltale_fast(c: char) -> Option<Script> {
    let code = c as u32;
    if !(IDEOGRAPHS_START..=IDEOGRAPHS_END).contains(&code) {
        return telltale(c);
    }
    ideograph_telltale(&TELLTALES, code)
}

/// [`telltale`] of the unified ideograph `code`, looked up in `table`
/// ([`TELLTALES`]).
fn ideograph_telltale(table: &[Option<Script>], code: u32) -> Option<Script> {
    table[(code - IDEOGRAPHS_START) as usize]
}

/// The three-byte character (U+0800–U+FFFF) starting at byte `i` of `bytes`
/// (valid UTF-8, `i` a char boundary), if there is one, read straight from
/// its bytes.
fn three_byte_char_at(bytes: &[u8], i: usize) -> Option<char> {
    let &[b0, b1, b2] = bytes.get(i..i + 3)? else {
        return None;
    };
    if b0 & 0xF0 != 0xE0 {
        return None;
    }
    char::from_u32(three_byte_code(b0, b1, b2))
}

/// The code point that the three-byte UTF-8 sequence `b0 b1 b2` (a lead
/// byte `1110xxxx` and two continuation bytes) encodes.
pub(crate) fn three_byte_code(b0: u8, b1: u8, b2: u8) -> u32 {
    (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F)
}

/// Counts tell-tale characters and picks the dominant script.
#[cfg(test)]
pub fn detect(text: &str) -> Script {
    survey(text).script
}

/// What one pass over a text finds out about its scripts.
pub(crate) struct Survey {
    /// The dominant script.
    pub script: Script,
    /// Where each script is written.
    pub regions: Regions,
}

/// Byte ranges, sorted and disjoint, outside which a regex reading only one
/// script cannot match.
///
/// Each range starts and ends at a *run* boundary: the character just outside
/// (if any) can never be part of such a match, so searching each range on its
/// own finds exactly the matches a search of the whole text finds, provided
/// the regex has no look-around (`\b`, `^`, `$`). Runs lacking the character
/// every match needs are dropped; runs closer than [`MERGE_GAP`] are searched
/// as one, because a search call costs about as much as scanning a few dozen
/// bytes.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Regions {
    /// Runs of [`is_latin_part`] characters holding an ASCII capital.
    pub capitalised: Vec<Range<usize>>,
    /// Runs of [`is_latin_part`] characters holding an ASCII letter or digit.
    pub latin: Vec<Range<usize>>,
    /// Runs of [`is_han_part`] characters holding a Han character.
    pub han: Vec<Range<usize>>,
    /// Runs of unified ideographs (U+4E00–U+9FFF) and the middle dots that
    /// join transliterated names (`薩蒂亞·納德拉`), holding such a dot.
    pub dotted: Vec<Range<usize>>,
}

/// Runs closer than this many bytes are merged into one region.
const MERGE_GAP: usize = 24;

/// True for characters a Latin-script match can contain: ASCII, the two-byte
/// range (accented letters), `’`, and the Kelvin sign, which case-insensitive
/// regexes match for `k` (the long `ſ` for `s` is a two-byte character).
fn is_latin_part(c: char) -> bool {
    (c as u32) < 0x800 || matches!(c, '\u{2019}' | '\u{212A}')
}

/// True for characters a Chinese date or name match can contain: everything
/// outside ASCII, plus the ASCII digits, space, `-`, `~` and `.` of `2023 年`,
/// `2003-2009 年`, `1.5 小時`.
fn is_han_part(c: char) -> bool {
    !c.is_ascii() || is_han_ascii(c as u8)
}

/// The dots that join the parts of a transliterated name.
pub(crate) fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '‧' | '•' | '・')
}

fn is_han_ascii(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'~' | b'.')
}

/// Collects the regions of one kind while the text is scanned.
#[derive(Default)]
struct Collector {
    /// The open run: its start, and whether it holds a required character.
    open: Option<(usize, bool)>,
    regions: Vec<Range<usize>>,
}

impl Collector {
    /// Opens a run at `at` unless one is open; notes a required character.
    fn extend(&mut self, at: usize, required: bool) {
        match &mut self.open {
            Some((_, has)) => *has |= required,
            None => self.open = Some((at, required)),
        }
    }

    /// Ends the open run (if any) at `at`.
    fn close(&mut self, at: usize) {
        let Some((start, has)) = self.open.take() else {
            return;
        };
        if !has {
            return;
        }
        match self.regions.last_mut() {
            Some(last) if start - last.end < MERGE_GAP => last.end = at,
            _ => self.regions.push(start..at),
        }
    }

    fn has_required(&self) -> bool {
        self.open.is_some_and(|(_, has)| has)
    }
}

/// The length of the ASCII prefix of `bytes`, eight bytes at a time.
fn ascii_len(bytes: &[u8]) -> usize {
    let mut n = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_ne_bytes(chunk.try_into().expect("chunks are eight bytes"));
        if word & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(bytes.len() - n)
}

/// Counts tell-tale characters, picks the dominant script and finds where
/// each script is written, in one pass.
pub(crate) fn survey(text: &str) -> Survey {
    let (mut traditional, mut simplified, mut han) = (0usize, 0usize, 0usize);
    let mut capitalised = Collector::default();
    let mut latin = Collector::default();
    let mut han_runs = Collector::default();
    let mut dotted = Collector::default();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            // ASCII stretches are handled whole: English text is mostly one.
            let end = i + ascii_len(&bytes[i..]);
            let stretch = &bytes[i..end];
            capitalised.extend(i, false);
            if !capitalised.has_required() {
                capitalised.extend(i, stretch.iter().any(u8::is_ascii_uppercase));
            }
            latin.extend(i, false);
            if !latin.has_required() {
                latin.extend(i, stretch.iter().any(u8::is_ascii_alphanumeric));
            }
            // A Han run goes on through digits and spaces (`2 月 26 日`) and
            // stops at the first other ASCII character; one may start again
            // after the last.
            match stretch.iter().position(|&b| !is_han_ascii(b)) {
                None => han_runs.extend(i, false),
                Some(first) => {
                    han_runs.close(i + first);
                    let last = stretch
                        .iter()
                        .rposition(|&b| !is_han_ascii(b))
                        .expect("a stretch with a non-Han byte has a last one");
                    if last + 1 < stretch.len() {
                        han_runs.extend(i + last + 1, false);
                    }
                }
            }
            dotted.close(i);
            i = end;
            continue;
        }
        let c = text[i..]
            .chars()
            .next()
            .expect("a non-ASCII byte at a char boundary starts a char");
        if is_latin_part(c) {
            latin.extend(i, false);
            capitalised.extend(i, false);
        } else {
            latin.close(i);
            capitalised.close(i);
        }
        if matches!(c, '\u{4E00}'..='\u{9FFF}') || is_name_dot(c) {
            dotted.extend(i, is_name_dot(c));
        } else {
            dotted.close(i);
        }
        let is_han_char = is_han(c);
        debug_assert!(is_han_part(c));
        han_runs.extend(i, is_han_char);
        if is_han_char {
            han += 1;
            match telltale_fast(c) {
                Some(Script::Traditional) => traditional += 1,
                Some(Script::Simplified) => simplified += 1,
                _ => {}
            }
        }
        i += c.len_utf8();
        if matches!(c, '\u{4E00}'..='\u{9FFF}') {
            // Chinese text is mostly ideographs and punctuation (`，`, `。`,
            // `「`). After an ideograph, the Latin regions are closed and a
            // Han region holding a Han character is open; the ideographs and
            // the punctuation that follow leave them so, and only the counts
            // and the dotted region change: they are read in a tight loop.
            let table = &*TELLTALES;
            while let Some(c) = three_byte_char_at(bytes, i) {
                if matches!(c, '\u{4E00}'..='\u{9FFF}') {
                    han += 1;
                    match ideograph_telltale(table, c as u32) {
                        Some(Script::Traditional) => traditional += 1,
                        Some(Script::Simplified) => simplified += 1,
                        _ => {}
                    }
                    dotted.extend(i, false);
                } else if is_latin_part(c) || is_name_dot(c) || is_han(c) {
                    break;
                } else {
                    dotted.close(i);
                }
                i += 3;
            }
        }
    }
    for collector in [&mut capitalised, &mut latin, &mut han_runs, &mut dotted] {
        collector.close(text.len());
    }
    let script = if han == 0 {
        Script::Latin
    } else if simplified > traditional {
        Script::Simplified
    } else {
        Script::Traditional
    };
    Survey {
        script,
        regions: Regions {
            capitalised: capitalised.regions,
            latin: latin.regions,
            han: han_runs.regions,
            dotted: dotted.regions,
        },
    }
}

/// Texts that exercise region edges: curly apostrophes, accents, the Kelvin
/// sign and long s (which Unicode case folding would take for `k` and `s`;
/// the patterns fold ASCII case only), dotted names, digits against Han,
/// full-width digits, odd spaces.
#[cfg(test)]
pub(crate) const REGION_EDGE_CASES: &[&str] = &[
    include_str!("../../data/sample-article.txt"),
    include_str!("../../benches/data/zh.txt"),
    include_str!("../../benches/data/en.txt"),
    "O’Brien said. José Núñez told us; Renée-Marie Dupont warned 薩蒂亞·納德拉表示",
    "10 wee\u{212A}s ago, ſeptember 2024, 3:30 P.M., Feb. 26, 2024 and Q3 2024",
    "２０２４年１２月３１日，2003-2009 年，2 月 26 日\u{3000}23 點，\u{A0}5 天",
    "Llama 3.1个钟头，Q1.5 小時，v2.5天",
    "GPT-4、H100、Llama 3.1 與 Goldman Sachs Group Inc.、US Department of Commerce",
    "微軟CEO納德拉·薩蒂亞說Claude 2在MMLU拿80分·比Mistral Large強",
    "Ａｂｃ Ｄｅｆ said; Ωmega Corp. and Straße Bank of Zürich",
    "",
    "·",
    "A",
];

/// True for CJK unified ideographs (the ranges news text uses).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pairs [`telltale`] encodes, Traditional first.
    const PAIRS: &[(char, char)] = &[
        ('們', '们'),
        ('國', '国'),
        ('這', '这'),
        ('說', '说'),
        ('會', '会'),
        ('來', '来'),
        ('為', '为'),
        ('對', '对'),
        ('時', '时'),
        ('個', '个'),
        ('發', '发'),
        ('與', '与'),
        ('經', '经'),
        ('業', '业'),
        ('員', '员'),
        ('開', '开'),
        ('關', '关'),
        ('長', '长'),
        ('現', '现'),
        ('實', '实'),
        ('過', '过'),
        ('場', '场'),
        ('資', '资'),
        ('產', '产'),
        ('億', '亿'),
        ('萬', '万'),
        ('電', '电'),
        ('網', '网'),
        ('號', '号'),
        ('後', '后'),
        ('將', '将'),
        ('達', '达'),
        ('還', '还'),
        ('進', '进'),
        ('給', '给'),
        ('機', '机'),
        ('學', '学'),
        ('體', '体'),
        ('動', '动'),
        ('無', '无'),
        ('區', '区'),
        ('報', '报'),
        ('貿', '贸'),
        ('東', '东'),
        ('車', '车'),
        ('幣', '币'),
        ('術', '术'),
        ('訊', '讯'),
        ('據', '据'),
        ('營', '营'),
    ];

    #[test]
    fn telltales_are_the_pairs() {
        for &(t, s) in PAIRS {
            assert_eq!(telltale(t), Some(Script::Traditional), "{t}");
            assert_eq!(telltale(s), Some(Script::Simplified), "{s}");
        }
        for c in ['中', '文', 'a', '1', '。'] {
            assert_eq!(telltale(c), None, "{c}");
        }
    }

    #[test]
    fn the_telltale_table_is_the_match() {
        for code in (0..0x3_0000).filter(|c| c % 3 == 0 || (0x4E00..0xA000).contains(c)) {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(telltale_fast(c), telltale(c), "{c:?}");
            }
        }
    }

    #[test]
    fn regions_are_sorted_disjoint_runs() {
        for text in REGION_EDGE_CASES {
            let regions = survey(text).regions;
            for list in [
                &regions.capitalised,
                &regions.latin,
                &regions.han,
                &regions.dotted,
            ] {
                for pair in list.windows(2) {
                    assert!(pair[0].end < pair[1].start, "{text}: {list:?}");
                }
                for r in list {
                    assert!(r.start < r.end && text.is_char_boundary(r.start));
                    assert!(text.is_char_boundary(r.end), "{text}: {r:?}");
                }
            }
        }
        let regions = survey("微軟 CEO 納德拉, 2 月").regions;
        assert_eq!(regions.capitalised, vec![6..11]);
        // Runs around `CEO` and `,` are closer than `MERGE_GAP`: one region.
        assert_eq!(regions.han, vec![0..27]);
        assert!(regions.dotted.is_empty());
    }

    #[test]
    fn detects_scripts() {
        for (text, want) in [
            ("微軟宣布與法國公司達成合作", Script::Traditional),
            ("微软宣布与法国公司达成合作", Script::Simplified),
            ("Microsoft invests in Mistral", Script::Latin),
            ("", Script::Latin),
            ("OpenAI 的 GPT-4 很強，這是真的", Script::Traditional),
        ] {
            assert_eq!(detect(text), want, "{text}");
        }
    }
}
