//! Known names (organisations, products, places, events, a few people) and
//! the whole-word dictionary matcher that finds them.
//!
//! The list lives in `data/gazetteer.tsv` and is compiled in, so the core
//! stays free of I/O. The same [`Terms`] matcher serves the user's own
//! dictionary (`Config::user_terms`), so both follow one boundary rule:
//! Latin-script ends of a term must sit on word boundaries (`Meta` is not
//! found in `Metadata`, `US` not in `USB`), Han ends match anywhere, since
//! Chinese has no spaces to anchor on.

use super::Label;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// The compiled-in list: `term<TAB>LABEL`, `#` comments; label `-` blocks a term.
const DATA: &str = include_str!("../../data/gazetteer.tsv");

/// A dictionary term found in a text, offsets in bytes.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Hit {
    /// Byte range of the occurrence; both ends lie on char boundaries.
    pub range: Range<usize>,
    /// What it is; `None` for a blocking entry (`北京時間` is no place).
    pub label: Option<Label>,
}

/// A set of terms matched longest-first on word boundaries.
pub(crate) struct Terms {
    automaton: Option<AhoCorasick>,
    labels: Vec<Option<Label>>,
}

impl Terms {
    /// Builds a matcher; empty terms are dropped, the first of duplicates wins.
    pub(crate) fn new<'a>(entries: impl IntoIterator<Item = (&'a str, Option<Label>)>) -> Self {
        let (terms, labels): (Vec<&str>, Vec<Option<Label>>) =
            entries.into_iter().filter(|(t, _)| !t.is_empty()).unzip();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&terms)
            .ok();
        Terms { automaton, labels }
    }

    /// Non-overlapping occurrences in text order, longest first at each start.
    ///
    /// When the longest term at a position fails the boundary rule, shorter
    /// terms starting there are tried (`Azure AI Studios` still yields
    /// `Azure`), then the search resumes one character later; each retry is
    /// bounded by the longest term, so the scan stays linear.
    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        let Some(ac) = &self.automaton else {
            return hits;
        };
        let mut pos = 0;
        while pos < text.len() {
            let Some(first) = ac.find(Input::new(text).span(pos..text.len())) else {
                break;
            };
            let mut candidate = Some(first);
            let mut accepted = None;
            while let Some(m) = candidate {
                if on_word_boundaries(text, m.range()) {
                    accepted = Some(m);
                    break;
                }
                candidate = if m.end() > m.start() + 1 {
                    let shorter = Input::new(text)
                        .span(m.start()..m.end() - 1)
                        .anchored(Anchored::Yes);
                    ac.find(shorter)
                } else {
                    None
                };
            }
            match accepted {
                Some(m) => {
                    hits.push(Hit {
                        range: m.range(),
                        label: self.labels[m.pattern().as_usize()],
                    });
                    pos = m.end().max(pos + 1);
                }
                None => pos = first.start() + char_len_at(text, first.start()),
            }
        }
        hits
    }
}

/// The built-in gazetteer's matcher.
static GAZETTEER: LazyLock<Terms> = LazyLock::new(|| Terms::new(entries()));

/// The built-in gazetteer by term, for rules that ask "is this a known name?".
static BY_TERM: LazyLock<HashMap<&'static str, Option<Label>>> =
    LazyLock::new(|| entries().rev().collect());

/// Parsed lines of [`DATA`]; lines that do not parse are skipped (a unit test
/// makes sure there are none).
fn entries() -> impl DoubleEndedIterator<Item = (&'static str, Option<Label>)> {
    DATA.lines().filter_map(parse_line)
}

fn parse_line(line: &str) -> Option<(&str, Option<Label>)> {
    if line.trim().is_empty() || line.starts_with('#') {
        return None;
    }
    let (term, label) = line.split_once('\t')?;
    let label = match label.trim() {
        "-" => None,
        other => Some(other.parse().ok()?),
    };
    Some((term, label))
}

/// Known names in `text`, non-overlapping, in text order (blockers included).
pub(crate) fn find(text: &str) -> Vec<Hit> {
    GAZETTEER.find(text)
}

/// The label of `term` if the gazetteer lists exactly that term.
pub(crate) fn label_of(term: &str) -> Option<Label> {
    BY_TERM.get(term).copied().flatten()
}

/// True for characters that glue Latin-script words together (letters and
/// digits of alphabetic scripts, `_`); Han and other wide scripts do not.
pub(crate) fn is_word_char(c: char) -> bool {
    // The cheap test first: most characters of Chinese text fail it.
    c == '_' || ((c as u32) < 0x2E80 && c.is_alphanumeric())
}

/// True when neither end of `range` splits a Latin-script word.
pub(crate) fn on_word_boundaries(text: &str, range: Range<usize>) -> bool {
    let inner = &text[range.clone()];
    let (Some(first), Some(last)) = (inner.chars().next(), inner.chars().next_back()) else {
        return false;
    };
    let before_ok = !is_word_char(first)
        || !text[..range.start]
            .chars()
            .next_back()
            .is_some_and(is_word_char);
    let after_ok =
        !is_word_char(last) || !text[range.end..].chars().next().is_some_and(is_word_char);
    before_ok && after_ok
}

fn char_len_at(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(1, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[(&str, Label)]) {
        let got: Vec<(&str, Label)> = find(input)
            .into_iter()
            .filter_map(|h| Some((&input[h.range], h.label?)))
            .collect();
        assert_eq!(got, expected, "{input}");
    }

    #[test]
    fn every_line_parses() {
        for line in DATA.lines() {
            if !line.trim().is_empty() && !line.starts_with('#') {
                assert!(parse_line(line).is_some(), "bad gazetteer line {line:?}");
                assert_eq!(line.trim(), line, "stray whitespace in {line:?}");
            }
        }
        assert!(DATA.lines().next().is_some_and(|l| l.contains("MIT")));
        assert!(entries().count() > 300);
    }

    #[test]
    fn finds_names_in_three_writings() {
        use Label::*;
        // The seed-style sentences (微軟 CEO 納德拉…, Mistral 達成…) in all
        // three writings are checked once, in tests/entities_and_sections.rs.
        check("歐洲公共部門", &[("歐洲", Loc)]);
        check("欧洲公共部门", &[("欧洲", Loc)]);
        check("the European public sector", &[]);
        check(
            "台積電、TSMC 與 IBM",
            &[("台積電", Org), ("TSMC", Org), ("IBM", Org)],
        );
        check("《南華早報》報道", &[("南華早報", Org)]);
    }

    #[test]
    fn longest_term_wins() {
        use Label::*;
        check("與 Mistral AI 建立", &[("Mistral AI", Org)]);
        check(
            "通過 Azure AI Studio 和 Azure 機器學習",
            &[("Azure AI Studio", Product), ("Azure", Product)],
        );
        check("比 GPT-4 最新版便宜", &[("GPT-4", Product)]);
        check(
            "GPT-4o and GPT-4",
            &[("GPT-4o", Product), ("GPT-4", Product)],
        );
        check("網頁版 Le Chat 聊天助手", &[("Le Chat", Product)]);
        check(
            "US Department of Commerce",
            &[("US Department of Commerce", Org)],
        );
        check("微軟擁抱新寵Mistral", &[("微軟", Org), ("Mistral", Org)]);
    }

    #[test]
    fn latin_terms_need_word_boundaries() {
        use Label::*;
        check("Metadata and USB sticks", &[]);
        check("Metaverse, Meta, Meta's", &[("Meta", Org), ("Meta", Org)]);
        check("Azure AI Studios", &[("Azure", Product)]);
        check("GPT-4x", &[]);
        check("US-based, U.S. firms", &[("US", Gpe), ("U.S.", Gpe)]);
        check("Appleton", &[]);
    }

    #[test]
    fn well_known_names_in_three_writings() {
        use Label::*;
        for (input, expected) in [
            ("廣達與緯創", &[("廣達", Org), ("緯創", Org)][..]),
            ("广达与纬创", &[("广达", Org), ("纬创", Org)]),
            ("Quanta and Wistron", &[("Quanta", Org), ("Wistron", Org)]),
            ("海關總署與東盟", &[("海關總署", Org), ("東盟", Org)]),
            ("海关总署与东盟", &[("海关总署", Org), ("东盟", Org)]),
            (
                "Saudi Aramco in Riyadh",
                &[("Saudi Aramco", Org), ("Riyadh", Gpe)],
            ),
            ("進博會、廣交會", &[("進博會", Event), ("廣交會", Event)]),
            ("进博会、广交会", &[("进博会", Event), ("广交会", Event)]),
            ("匈牙利、卡達", &[("匈牙利", Gpe), ("卡達", Gpe)]),
            ("匈牙利、卡塔尔", &[("匈牙利", Gpe), ("卡塔尔", Gpe)]),
            ("Hungary, Qatar", &[("Hungary", Gpe), ("Qatar", Gpe)]),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn currencies_markets_and_time_zones_are_no_places() {
        check("美元、港股與台幣", &[]);
        check("美元、港股与台币", &[]);
        check(
            "2 pm Pacific time, in the Pacific",
            &[("Pacific", Label::Loc)],
        );
        check("Chinese and Dutch buyers", &[]);
    }

    #[test]
    fn blockers_hide_shorter_names() {
        check("北京時間 2 月 26 日", &[]);
        check("北京时间 23 点，北京", &[("北京", Label::Gpe)]);
    }

    #[test]
    fn user_terms_share_the_matcher() {
        let terms = Terms::new([
            ("Le", Some(Label::Person)),
            ("", None),
            ("蘭黛", Some(Label::Org)),
        ]);
        let got: Vec<_> = terms
            .find("Le Chat, Lemon, 雅詩蘭黛")
            .into_iter()
            .map(|h| h.range)
            .collect();
        assert_eq!(got, vec![0..2, 22..28]);
        assert!(Terms::new([]).find("anything").is_empty());
    }

    #[test]
    fn label_lookup() {
        assert_eq!(label_of("OpenAI"), Some(Label::Org));
        assert_eq!(label_of("北京時間"), None);
        assert_eq!(label_of("nothing"), None);
    }
}
