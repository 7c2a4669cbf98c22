//! Finds dates, periods, durations and times of day, Chinese and English.
//!
//! Two regexes do the work: one for Chinese forms (`2023 年 8 月`, `去年 11 月`,
//! `下午 3 時 30 分`, `兩年`) and one for English and numeric forms
//! (`February 26, 2024`, `Q3 2024`, `2024-02-26`, `3:30 pm`, `a year ago`,
//! `Christmas Day`).
//! Each match gets an ISO 8601 value when the span alone fixes one; relative
//! spans (`去年`, `last quarter`) get none. A date and a time written together
//! are two spans, and a time-zone word such as `北京時間` is never inside one.

use super::numerals::{is_chinese_numeral, is_digit, parse_chinese, parse_english};
use super::{Candidate, Context, Label, Value};
use regex::{CaptureLocations, Regex, RegexSet};
use std::sync::LazyLock;

/// Chinese dates, periods, durations and times.
pub(crate) static ZH: LazyLock<Regex> = LazyLock::new(|| {
    let y = "(?:[0-9０-９]{4}|[零〇一二三四五六七八九]{4})";
    let n = "(?:[0-9０-９]{1,2}|[一二三四五六七八九十兩两廿卅]{1,3})";
    let amount = "(?:[0-9０-９]{1,4}(?:[.．][0-9０-９])?|[一二三四五六七八九十兩两半]{1,3})";
    let sp = r"[ \x{A0}\x{3000}]?";
    let to = "[-–—~～至到]";
    let day = "[日號号]";
    let period = "上午|下午|晚上|凌晨|早上|中午|傍晚|清晨|早晨|深夜|夜間|夜间|晚間|晚间|午夜";
    let rel_year = "去年|今年|明年|前年|後年|后年|同年|當年|当年|上年";
    let relative = "(?:上|下|本|這|这)[週周][一二三四五六日]|歷年同期|历年同期|上個月|上个月|下個月|下个月|這個月|这个月|本月|上月|下月|上週|上周|本週|本周|下週|下周|\
                    上半年|下半年|今天|昨天|明天|前天|後天|后天|昨日|今日|明日|近日|日前|近年來|近年来|近年|\
                    年初|年底|年中|週末|周末|(?:星期|禮拜|礼拜)[一二三四五六日天]|[週周][一二三四五六日]|\
                    多年|數年|数年|幾年|几年|數月|数月|幾個月|几个月|數天|数天|幾天|几天|多天|\
                    同日|當日|当日|當天|当天|翌日|次日|全日|全年|同期|\
                    首日|首季度?|首個(?:周末|週末|交易日)|首个(?:周末|交易日)|前[一二三]季度?|\
                    春節|春节|除夕|[春夏秋冬]季|\
                    上一?季度?|下一?季度?|本季度?|同月|當月|当月|當晚|当晚|首[週周]|[本全上下][賽赛]季|\
                    國慶(?:假期|連假|日)|国庆(?:假期|长假|节|黄金周)|中秋節|中秋节|端午節|端午节|元旦|聖誕節|圣诞节|\
                    第[一二三四五六七八九十]{1,2}天";
    let roc = "(?:[0-9０-９]{1,3}|[一二三四五六七八九十百零〇]{1,6})";
    let pattern = format!(
        "(?:民國|民国){sp}(?P<roc>{roc}){sp}年(?:{sp}(?P<rocm>{n}){sp}月(?:{sp}(?P<rocd>{n}){sp}{day})?)?\
         |(?P<fy>{y}){sp}(?:財年|财年|財政年度|财政年度)(?:{sp}第[一二三四1-4]季度?)?\
         |(?P<y>{y}){sp}(?:{to}{sp}(?P<y2>{y}){sp})?年\
           (?:(?P<ypart>[初底末])|{sp}(?:(?:第?(?P<yq>[一二三四1-4])|(?P<yq1>首))季度?|(?P<yh>[上下])半年\
           |(?P<ym>{n}){sp}(?:月{sp})?(?:{to}{sp}(?P<ym2>{n}){sp})?月(?:{sp}(?P<yd>{n}){sp}{day}(?:{sp}{to}{sp}(?P<yd2>{n}){sp}{day})?)?))?\
         |(?P<rel>{rel_year})(?:{sp}(?:{n}{sp}(?:月{sp})?(?:{to}{sp}{n}{sp})?月(?:{sp}{n}{sp}{day})?|上半年|下半年|第[一二三四1-4]季度?|[一二三四]季度|首季度?|前[一二三]季度?|[前頭头首]{sp}{n}{sp}(?:個|个)月|年初|年底|年末|年中|同期|度))?\
         |(?P<q>第[一二三四1-4]季度?|[一二三四]季度)\
         |(?P<mr>{n}){sp}(?:月{sp})?{to}{sp}(?P<mr2>{n}){sp}月\
         |(?P<m>{n}){sp}月(?:{sp}(?P<md>{n}){sp}{day}(?:{sp}{to}{sp}(?P<md2>{n}){sp}{day})?|(?P<mpart>[初末底]|上旬|中旬|下旬|{sp}第[一二三四五1-5][週周]))?\
         |(?P<d>{n}){sp}{day}\
         |(?P<per>{period})?{sp}(?P<h>{n}){sp}[點点時时](?:鐘|钟)?(?:{sp}(?:(?P<mi>[0-9０-９]{{1,2}}|[零一二三四五六七八九十]{{1,3}}){sp}分|(?P<half>半)))?\
         |(?P<pero>{period}|今晚|今早|昨晚|昨夜)\
         |(?P<ch>{amount}){sp}(?:個|个)?(?:小時|小时|鐘頭|钟头){sp}(?:又|零)?{sp}(?P<cm>[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}}){sp}(?:分鐘|分钟)\
         |(?P<cy>{amount}){sp}年{sp}(?:又|零)?{sp}(?P<cmo>[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,2}}){sp}(?:個|个)月\
         |(?:(?P<past>過去|过去|未來|未来){sp})?(?P<n>{amount})(?:{sp}{to}{sp}(?P<n2>{amount}))?{sp}(?P<apx>[多餘余])?{sp}(?P<u>個工作日|个工作日|工作日|個交易日|个交易日|交易日|個季度|个季度|個多月|个多月|個多小時|个多小时|個月|个月|個星期|个星期|個小時|个小时|個鐘頭|个钟头|小時|小时|鐘頭|钟头|分鐘|分钟|秒鐘|秒钟|年|天|週|周|星期|秒|歲|岁|個半小時|个半小时|個半鐘頭|个半钟头|個半月|个半月)(?P<uh>半)?(?P<term>期)?\
         |(?P<relo>{relative})"
    );
    Regex::new(&pattern).expect("the Chinese date pattern is valid")
});

/// English month names and abbreviations.
const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

/// English and numeric dates, periods, durations and times.
pub(crate) static EN: LazyLock<Regex> = LazyLock::new(|| {
    let mon = MONTHS;
    let num = "[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|many";
    let unit = "years?|months?|weeks?|days?|decades?|hours?|minutes?|seconds?";
    let scope = "year|month|week|quarter|decade|weekend|spring|summer|fall|autumn|winter|night";
    let pattern = format!(
        "(?P<iy>[12][0-9]{{3}})(?P<s1>[-/])(?P<im>[0-9]{{1,2}})(?P<s2>[-/])(?P<id>[0-9]{{1,2}})\
         |(?P<ymy>[12][0-9]{{3}})-(?P<ymm>0[1-9]|1[0-2])\
         |(?i-u:(?P<mrm>{mon})(?u-i:[-–])(?P<mrm2>{mon})(?:,?[ ]+(?P<mry>[12][0-9]{{3}}))?\
         |(?P<mym>{mon})\\.?,?[ ]+(?P<myy>[12][0-9]{{3}})\
         |(?P<mdm>{mon})\\.?[ ]+(?P<mdd>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:,?[ ]+(?P<mdy>[12][0-9]{{3}}))?\
         |(?P<dmd>[0-9]{{1,2}})(?:st|nd|rd|th)?[ ]+(?:of[ ]+)?(?P<dmm>{mon})\\.?(?:,?[ ]+(?P<dmy>[12][0-9]{{3}}))?\
         |(?P<mo>January|February|April|June|July|August|September|October|November|December)\
         |(?P<pmo>(?-i:March|May))(?-u:\\b)\
         |Q(?P<qq>[1-4])(?:(?:[ ]+of)?[ ]+(?P<qqy>[12][0-9]{{3}}))?\
         |(?P<qo>first|second|third|fourth)[- ]quarter(?:[ ]+of[ ]+(?P<qoy>[12][0-9]{{3}}))?\
         |(?P<hf>first|second)[- ]half(?:[ ]+of[ ]+(?P<hfy>[12][0-9]{{3}}))?\
         |(?:FY[ ]?|fiscal[ ]+(?:year[ ]+)?)(?P<fy>[12][0-9]{{3}}|[0-9]{{2}})\
         |(?P<dec>[12][0-9]{{2}}0)s\
         |(?P<part>early|mid|late)(?:-|[ ]+)(?:(?P<party>[12][0-9]{{3}})|(?P<partm>January|February|March|April|May|June|July|August|September|October|November|December))\
         |(?P<yqy>[12][0-9]{{3}})[ ]+Q(?P<yqq>[1-4])\
         |(?-i:[Tt]he|[Ii]ts|[Tt]heir)[ ]+(?P<ty>(?:19|20)[0-9]{{2}})[ ]\
         |(?:in|since|by|of|from|until|during|before|after|for)[ ]+(?P<py>[12][0-9]{{3}})(?P<pys>s)?\
         |(?P<fyr>[12][0-9]{{3}})(?u-i:[-–/])(?:[0-9]{{2}}|[12][0-9]{{3}})[ ]+(?:fiscal|financial)[ ]+year\
         |(?P<hh>[0-9]{{1,2}}):(?P<mi>[0-5][0-9])(?::(?P<ss>[0-5][0-9]))?(?:[ ]?(?P<ap>[ap]\\.?m\\.?))?\
         |(?P<hd>[0-9]{{1,2}})\\.(?P<mid>[0-5][0-9])[ ]?(?P<apd>[ap]\\.?m\\.?)\
         |(?P<h2>[0-9]{{1,2}})[ ]?(?P<ap2>[ap]\\.?m\\.?)\
         |(?P<ago>(?:{num})[ ]+(?:{unit})[ ]+(?:ago|earlier|later))\
         |(?P<rel>yesterday|today|tomorrow|(?:last|this|next|past|earlier[ ]this)[ ]+(?:{scope})|the[ ]+past[ ]+(?:{scope})\
           |(?:past|last|next)[ ]+(?:{num})[ ]+(?:{unit})|full[- ]year\
           |(?:first|past|last|next)[ ]+(?:{num})[ ]+(?:months|weeks|days|years|quarters)\
           |Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\
         |(?-i:(?P<hol>Christmas[ ]Day|Christmas[ ]Eve|New[ ]Year(?u:['’])s[ ](?:Day|Eve)|Boxing[ ]Day\
           |Valentine(?u:['’])s[ ]Day|Halloween|Thanksgiving|Easter|Songkran|Diwali|Ramadan|Hanukkah\
           |(?:Lunar|Chinese)[ ]New[ ]Year|Black[ ]Friday|Cyber[ ]Monday|Golden[ ]Week)(?-u:\\b))\
         |(?P<trel>tonight|noon|midnight|this[ ]+(?:morning|afternoon|evening))\
         |(?P<dn>[0-9]+(?:\\.[0-9]+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)[ -](?P<du>{unit}))"
    );
    Regex::new(&pattern).expect("the English date pattern is valid")
});

/// Characters that make a following `一` part of a word (`統一`, `唯一`, `萬一`).
const GLUED_BEFORE_ONE: &[char] = &[
    '統', '统', '唯', '之', '萬', '万', '同', '這', '这', '那', '某', '哪', '每', '逐', '專', '专',
    '單', '单', '第', '劃', '划', '純', '纯', '不',
];

/// Finds every DATE and TIME in `ctx.text`.
///
/// Each regex only searches the regions of its script (see
/// [`Regions`](super::script::Regions)): every Chinese match holds a Han
/// character and nothing but digits, spaces, `-`, `~` and `.` from ASCII; every
/// English match is Latin text with an ASCII letter or digit.
pub(crate) fn detect(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let mut zh = Caps::new(&ZH_SPLIT);
    for region in &ctx.regions.han {
        zh.for_each(&text[region.clone()], |caps| {
            if let Some(c) = chinese(text, region.start, caps) {
                out.push(c);
            }
        });
    }
    let mut en = Caps::new(&EN_SPLIT);
    for region in &ctx.regions.latin {
        // Chinese text has many Latin regions holding a lone number, where
        // a search costs more than this look.
        if !may_hold_english(&text[region.clone()]) {
            continue;
        }
        en.for_each(&text[region.clone()], |caps| {
            if let Some(c) = english(text, region.start, caps) {
                out.push(c);
            }
        });
    }
}

/// False when `hay` holds no ASCII letter, `-`, `/` or `:`, which every match
/// of [`EN`] does: each alternative spells a word or a unit (`Q3`, `pm`,
/// `days`), or joins numbers with one of these (`2024-02`, `3:30`).
fn may_hold_english(hay: &str) -> bool {
    hay.bytes()
        .any(|b| b.is_ascii_alphabetic() || matches!(b, b'-' | b'/' | b':'))
}

/// A pattern taken apart into its alternatives, to read the groups of a
/// match cheaply.
///
/// Reading groups costs far more than finding a match: the regex engine
/// re-runs a search that tracks every group of the pattern, and the date
/// patterns have dozens of alternatives and groups. So the whole pattern only
/// finds where a match starts; a set of the alternatives, each anchored there,
/// tells which one matched (the first that matches at that start, as
/// leftmost-first alternation prefers); and only that alternative, a small
/// pattern of its own, reads the groups.
struct Split {
    /// The pattern.
    whole: &'static Regex,
    /// Each alternative, anchored: `^(?:…)`.
    first: RegexSet,
    /// The same, one by one.
    each: Vec<Regex>,
    /// For each alternative, the index in it of each group of `whole`.
    local: Vec<Vec<Option<usize>>>,
}

impl Split {
    fn new(whole: &'static Regex) -> Self {
        let alternatives = alternatives(whole.as_str());
        let anchored: Vec<String> = alternatives.iter().map(|a| format!("^(?:{a})")).collect();
        let first = RegexSet::new(&anchored).expect("each alternative is a valid pattern");
        let each: Vec<Regex> = anchored
            .iter()
            .map(|a| Regex::new(a).expect("each alternative is a valid pattern"))
            .collect();
        let local = each
            .iter()
            .map(|re| {
                whole
                    .capture_names()
                    .enumerate()
                    .map(|(i, name)| match name {
                        _ if i == 0 => Some(0),
                        Some(name) => re.capture_names().position(|n| n == Some(name)),
                        None => None,
                    })
                    .collect()
            })
            .collect();
        Split {
            whole,
            first,
            each,
            local,
        }
    }
}

/// The top-level alternatives of `pattern`, in order; an alternative that is
/// one group with flags around alternatives (`(?i-u:a|b)`) is taken apart too
/// (`(?i-u:a)`, `(?i-u:b)`), which prefers the same matches.
fn alternatives(pattern: &str) -> Vec<String> {
    let mut out = Vec::new();
    for alternative in split_top_level(pattern) {
        let flagged = alternative
            .strip_prefix("(?")
            .and_then(|rest| rest.strip_suffix(')'))
            .and_then(|inner| inner.split_once(':'))
            .filter(|(flags, inner)| {
                flags.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
                    && split_top_level(inner).len() > 1
                    && balanced(inner)
            });
        match flagged {
            Some((flags, inner)) => out.extend(
                split_top_level(inner)
                    .into_iter()
                    .map(|a| format!("(?{flags}:{a})")),
            ),
            None => out.push(alternative.to_string()),
        }
    }
    out
}

/// The characters of `pattern` that are regex syntax (neither escaped nor
/// inside a character class), each with its byte offset and the group depth
/// after it.
fn syntax(pattern: &str) -> impl Iterator<Item = (usize, char, i32)> + '_ {
    let (mut depth, mut class, mut escaped) = (0i32, false, false);
    pattern.char_indices().filter_map(move |(i, c)| {
        match c {
            _ if escaped => {
                escaped = false;
                return None;
            }
            '\\' => {
                escaped = true;
                return None;
            }
            '[' if !class => class = true,
            ']' if class => class = false,
            _ if class => return None,
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        Some((i, c, depth))
    })
}

/// `pattern` cut at the `|` outside groups and classes.
fn split_top_level(pattern: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, _, _) in syntax(pattern).filter(|&(_, c, depth)| c == '|' && depth == 0) {
        parts.push(&pattern[start..i]);
        start = i + 1;
    }
    parts.push(&pattern[start..]);
    parts
}

/// True when the groups of `pattern` open and close in order.
fn balanced(pattern: &str) -> bool {
    syntax(pattern).try_fold(0, |_, (_, _, depth)| (depth >= 0).then_some(depth)) == Some(0)
}

static ZH_SPLIT: LazyLock<Split> = LazyLock::new(|| Split::new(&ZH));
static EN_SPLIT: LazyLock<Split> = LazyLock::new(|| Split::new(&EN));

/// The groups of one match, read by index: thousands of matches per
/// megabyte make looking groups up by name (a hash each) and allocating
/// a `Captures` per match a measurable cost.
struct Caps<'h> {
    split: &'static Split,
    hay: &'h str,
    /// Where the current match starts in `hay`, and its alternative.
    at: usize,
    alternative: usize,
    /// The groups of each alternative, offsets from `at`.
    locs: Vec<CaptureLocations>,
    /// The groups of the whole pattern, when `alternative` is [`WHOLE`].
    whole: CaptureLocations,
}

/// The `alternative` of [`Caps`] when the whole pattern read the groups.
const WHOLE: usize = usize::MAX;

/// One group of a match in [`Caps`], offsets into its haystack.
#[derive(Clone, Copy)]
struct Group<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
}

impl<'h> Caps<'h> {
    fn new(split: &'static Split) -> Self {
        Caps {
            split,
            hay: "",
            at: 0,
            alternative: 0,
            locs: split.each.iter().map(Regex::capture_locations).collect(),
            whole: split.whole.capture_locations(),
        }
    }

    /// Group `i` of the whole pattern in the current match, if it took part.
    fn get(&self, i: usize) -> Option<Group<'h>> {
        let (start, end) = if self.alternative == WHOLE {
            self.whole.get(i)?
        } else {
            let local = (*self.split.local[self.alternative].get(i)?)?;
            self.locs[self.alternative].get(local)?
        };
        Some(Group {
            hay: self.hay,
            start: self.at + start,
            end: self.at + end,
        })
    }

    /// Calls `f` on every match of the pattern in `hay`, as `captures_iter`
    /// would find them (no pattern here matches the empty string).
    fn for_each(&mut self, hay: &'h str, mut f: impl FnMut(&Self)) {
        self.hay = hay;
        let split = self.split;
        let mut at = 0;
        while at <= hay.len() {
            let Some(m) = split.whole.find_at(hay, at) else {
                break;
            };
            let rest = &hay[m.start()..];
            let own = split.first.matches(rest).iter().next().and_then(|k| {
                let own = split.each[k].captures_read(&mut self.locs[k], rest)?;
                (own.end() == m.end() - m.start()).then_some(k)
            });
            debug_assert!(
                own.is_some(),
                "an alternative matches where the pattern does"
            );
            match own {
                Some(k) => {
                    self.at = m.start();
                    self.alternative = k;
                }
                // Never expected; the whole pattern reads the groups then.
                None => {
                    split
                        .whole
                        .captures_read_at(&mut self.whole, hay, m.start());
                    self.at = 0;
                    self.alternative = WHOLE;
                }
            }
            f(self);
            at = if m.end() > m.start() {
                m.end()
            } else {
                // Never loop on an empty match: step over one character.
                m.end() + hay[m.end()..].chars().next().map_or(1, char::len_utf8)
            };
        }
    }
}

/// Looks the named groups of a pattern up once, as a struct of indices.
macro_rules! groups {
    ($(#[$doc:meta])* $name:ident, $stat:ident = $re:ident: $($g:ident)*) => {
        $(#[$doc])*
        struct $name {
            $($g: usize,)*
        }
        static $stat: LazyLock<$name> = LazyLock::new(|| {
            let index = |n: &str| {
                $re.capture_names()
                    .position(|x| x == Some(n))
                    .expect("the pattern names every group listed")
            };
            $name { $($g: index(stringify!($g)),)* }
        });
    };
}

groups!(
    /// Group indices of [`ZH`].
    ZhGroups, ZH_GROUPS = ZH:
    roc rocm rocd fy y y2 ypart yq yq1 yh ym ym2 yd yd2 rel q mr mr2 m md md2 mpart d per h mi half pero past n n2 apx u
    term relo ch cm cy cmo uh
);

groups!(
    /// Group indices of [`EN`].
    EnGroups, EN_GROUPS = EN:
    iy s1 im s2 id ymy ymm mym myy mdm mdd mdy dmd dmm dmy mo qq qqy qo qoy fy dec part party
    partm yqy yqq py pys pmo fyr hh mi ss ap h2 ap2 ago rel trel dn du mrm mrm2 mry hf hfy ty
    hd mid apd hol
);

/// The character just before byte `i`.
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The character at byte `i`.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// True when `c` would continue a Latin word or a number.
fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || is_digit(c))
}

/// The value of a numeral group, if present and readable.
fn number(caps: &Caps, i: usize) -> Option<f64> {
    parse_chinese(caps.get(i)?.as_str())
}

/// A whole number within `lo..=hi` read from group `i`.
fn ranged(caps: &Caps, i: usize, lo: u32, hi: u32) -> Option<u32> {
    let v = number(caps, i)?;
    (v.fract() == 0.0 && v >= f64::from(lo) && v <= f64::from(hi)).then_some(v as u32)
}

/// Month or day groups may not use `兩` (that is a count, not a date).
fn has_liang(caps: &Caps, i: usize) -> bool {
    caps.get(i)
        .is_some_and(|m| m.as_str().contains(['兩', '两']))
}

/// A duration number as ISO 8601 writes it (`2`, `1.5`).
fn iso_number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as u64)
    } else {
        format!("{v}")
    }
}

/// A candidate with an optional ISO value.
fn candidate(range: std::ops::Range<usize>, label: Label, iso: Option<String>) -> Candidate {
    let c = Candidate::new(range, label);
    match iso {
        Some(v) => c.with_value(Value::Iso(v)),
        None => c,
    }
}

/// Reads one match of the Chinese regex; `base` is the byte offset in `text`
/// of the haystack `caps` was found in.
fn chinese(text: &str, base: usize, caps: &Caps) -> Option<Candidate> {
    let g = &*ZH_GROUPS;
    let whole = caps.get(0)?;
    let (start, end) = (base + whole.start(), base + whole.end());
    let before = char_before(text, start);
    // Digits glued to other digits or to a Latin name are not ours (`H100 日`).
    if whole.as_str().starts_with(is_digit)
        && before.is_some_and(|c| is_digit(c) || c.is_ascii_alphabetic() || c == '.')
    {
        return None;
    }
    // A numeral glued to a longer Chinese numeral (`一百年`) is only a piece of it.
    if whole.as_str().starts_with(is_chinese_numeral) && before.is_some_and(is_chinese_numeral) {
        return None;
    }
    let starts_with_lone_one = |i: usize| caps.get(i).is_some_and(|m| m.as_str() == "一");
    let one_glued = before.is_some_and(|c| GLUED_BEFORE_ONE.contains(&c));

    if caps.get(g.roc).is_some() {
        // The Republic of China calendar counts years from 1912.
        let year = ranged(caps, g.roc, 1, 999)? + 1911;
        let iso = match (caps.get(g.rocm), caps.get(g.rocd)) {
            (None, _) => format!("{year:04}"),
            (Some(_), None) => format!("{year:04}-{:02}", ranged(caps, g.rocm, 1, 12)?),
            (Some(_), Some(_)) => format!(
                "{year:04}-{:02}-{:02}",
                ranged(caps, g.rocm, 1, 12)?,
                ranged(caps, g.rocd, 1, 31)?
            ),
        };
        return Some(candidate(start..end, Label::Date, Some(iso)));
    }
    if caps.get(g.fy).is_some() {
        // A fiscal year is no calendar year (Microsoft's FY2024 ends in June
        // 2024, NVIDIA's in January): the span alone fixes no interval.
        ranged(caps, g.fy, 1000, 2999)?;
        return Some(candidate(start..end, Label::Date, None));
    }
    if caps.get(g.y).is_some() {
        let year = ranged(caps, g.y, 1000, 2999)?;
        let iso = if caps.get(g.ypart).is_some() {
            // `2025 年底`: a part of the year, like `1 月末`, has no ISO form.
            None
        } else if let Some(y2) = caps.get(g.y2) {
            let y2 = parse_chinese(y2.as_str())?;
            Some(format!("{year:04}/{:04}", y2 as u32))
        } else if caps.get(g.yq1).is_some() {
            // `2024 年首季`: the first quarter.
            Some(format!("{year:04}-Q1"))
        } else if caps.get(g.yq).is_some() {
            Some(format!("{year:04}-Q{}", ranged(caps, g.yq, 1, 4)?))
        } else if let Some(h) = caps.get(g.yh) {
            // Halves as month intervals: ISO 8601 has no half-year notation.
            Some(match h.as_str() {
                "上" => format!("{year:04}-01/{year:04}-06"),
                _ => format!("{year:04}-07/{year:04}-12"),
            })
        } else if caps.get(g.ym).is_some() {
            if has_liang(caps, g.ym) || has_liang(caps, g.yd) {
                return None;
            }
            let month = ranged(caps, g.ym, 1, 12)?;
            match (caps.get(g.ym2), caps.get(g.yd)) {
                (Some(_), None) => {
                    let m2 = ranged(caps, g.ym2, 1, 12)?;
                    Some(format!("{year:04}-{month:02}/{year:04}-{m2:02}"))
                }
                (Some(_), Some(_)) => None,
                (None, Some(_)) => {
                    let d = ranged(caps, g.yd, 1, 31)?;
                    match caps.get(g.yd2) {
                        // `2024 年 2 月 10 日至 17 日`: one date word covers both ends.
                        Some(_) => {
                            let d2 = ranged(caps, g.yd2, 1, 31)?;
                            Some(format!(
                                "{year:04}-{month:02}-{d:02}/{year:04}-{month:02}-{d2:02}"
                            ))
                        }
                        None => Some(format!("{year:04}-{month:02}-{d:02}")),
                    }
                }
                (None, None) => Some(format!("{year:04}-{month:02}")),
            }
        } else {
            Some(format!("{year:04}"))
        };
        return Some(candidate(start..end, Label::Date, iso));
    }
    if caps.get(g.relo).is_some() {
        let next = char_at(text, end);
        // `全日制` is "full-time"; `冬季奧運` is an event's name.
        let glued = match whole.as_str() {
            "全日" => next == Some('制'),
            w if w.ends_with('季') => matches!(next, Some('奧' | '奥' | '達' | '达')),
            _ => false,
        };
        if glued {
            return None;
        }
    }
    if caps.get(g.rel).is_some() || caps.get(g.relo).is_some() || caps.get(g.q).is_some() {
        let mut c = candidate(start..end, Label::Date, None);
        c.approx = whole.as_str().starts_with(['多', '數', '数', '幾', '几']);
        return Some(c);
    }
    if caps.get(g.mr).is_some() {
        if has_liang(caps, g.mr) || has_liang(caps, g.mr2) {
            return None;
        }
        let (m1, m2) = (ranged(caps, g.mr, 1, 12)?, ranged(caps, g.mr2, 1, 12)?);
        return Some(candidate(
            start..end,
            Label::Date,
            Some(format!("--{m1:02}/--{m2:02}")),
        ));
    }
    if caps.get(g.m).is_some() {
        if has_liang(caps, g.m) || has_liang(caps, g.md) || starts_with_lone_one(g.m) && one_glued {
            return None;
        }
        let month = ranged(caps, g.m, 1, 12)?;
        // `1 月末`, `3 月上旬`: a part of a month has no ISO form of its own.
        if caps.get(g.mpart).is_some() {
            return Some(candidate(start..end, Label::Date, None));
        }
        let iso = match (caps.get(g.md), caps.get(g.md2)) {
            (Some(_), Some(_)) => {
                let (d1, d2) = (ranged(caps, g.md, 1, 31)?, ranged(caps, g.md2, 1, 31)?);
                format!("--{month:02}-{d1:02}/--{month:02}-{d2:02}")
            }
            (Some(_), None) => format!("--{month:02}-{:02}", ranged(caps, g.md, 1, 31)?),
            _ => format!("--{month:02}"),
        };
        return Some(candidate(start..end, Label::Date, Some(iso)));
    }
    if caps.get(g.d).is_some() {
        // `一日` is "one day" far more often than "the 1st"; `5 日圓` is money.
        let money_or_word = matches!(
            char_at(text, end),
            Some(
                '圓' | '圆'
                    | '元'
                    | '幣'
                    | '币'
                    | '本'
                    | '語'
                    | '语'
                    | '文'
                    | '軍'
                    | '军'
                    | '產'
                    | '产'
                    | '式'
            )
        );
        if money_or_word || has_liang(caps, g.d) {
            return None;
        }
        if starts_with_lone_one(g.d) {
            // `市值一日蒸發`: a duration of one day, unless glued (`統一日期`).
            return (!one_glued && whole.as_str() == "一日")
                .then(|| candidate(start..end, Label::Date, Some("P1D".to_string())));
        }
        let day = ranged(caps, g.d, 1, 31)?;
        return Some(candidate(
            start..end,
            Label::Date,
            Some(format!("---{day:02}")),
        ));
    }
    if let Some(h) = caps.get(g.h) {
        let period = caps.get(g.per).map(|m| m.as_str());
        let minute_given = caps.get(g.mi).is_some() || caps.get(g.half).is_some();
        // `一點` ("a little") and `三點建議` are no times: a Chinese hour needs
        // a period word or minutes to count as a clock reading.
        if h.as_str().starts_with(|c: char| !is_digit(c)) && period.is_none() && !minute_given {
            return None;
        }
        let mut hour = ranged(caps, g.h, 0, 24)?;
        let minute = if caps.get(g.half).is_some() {
            30
        } else if caps.get(g.mi).is_some() {
            ranged(caps, g.mi, 0, 59)?
        } else {
            0
        };
        match period {
            Some("下午" | "晚上" | "傍晚" | "深夜" | "夜間" | "夜间" | "晚間" | "晚间")
                if hour < 12 =>
            {
                hour += 12
            }
            Some("中午") if hour < 11 => hour += 12,
            Some("凌晨" | "午夜") if hour == 12 => hour = 0,
            _ => {}
        }
        let iso = format!("T{:02}:{minute:02}", hour % 24);
        // The span starts at the period word if there is one, else at the hour.
        let span_start = base + caps.get(g.per).map_or(h.start(), |m| m.start());
        return Some(candidate(span_start..end, Label::Time, Some(iso)));
    }
    if caps.get(g.pero).is_some() {
        return Some(candidate(start..end, Label::Time, None));
    }
    if let Some(iso) = compound_duration(caps) {
        // `2 小時 45 分鐘`, `3 年 6 個月`: one duration; a day or more is DATE.
        let label = if iso.starts_with("PT") && iso_hours(&iso) < 24.0 {
            Label::Time
        } else {
            Label::Date
        };
        return Some(candidate(start..end, label, Some(iso)));
    }
    if let Some(n) = caps.get(g.n) {
        // `2025/26 年度`: a crop or fiscal year, relative as fiscal years are.
        if let Some(c) = split_year(text, base + n.start(), end) {
            return Some(c);
        }
        if n.as_str() == "一" && one_glued && caps.get(g.past).is_none() {
            return None;
        }
        // `10 年期間` is "during ten years": `期` belongs to `期間`.
        let end = match caps.get(g.term) {
            Some(t) if matches!(char_at(text, base + t.end()), Some('間' | '间' | '限')) => {
                base + t.start()
            }
            _ => end,
        };
        let unit = caps.get(g.u).map_or("", |m| m.as_str());
        // `6 个多小时`: more than six hours, approximate.
        let approx = caps.get(g.apx).is_some() || unit.contains('多');
        let value = if n.as_str() == "半" {
            Some(0.5)
        } else if n.as_str().contains('半') {
            None
        } else {
            Some(parse_chinese(n.as_str())?)
        };
        // `4 年半`, `一年半`, `1 個半小時`: half a unit more. `半` that starts
        // a word (`3 年半導體`) stays out.
        let (end, half_after) = match caps.get(g.uh) {
            Some(h) if char_at(text, base + h.end()).is_some_and(|c| HALF_WORDS.contains(c)) => {
                (base + h.start(), false)
            }
            Some(_) => (end, true),
            None => (end, false),
        };
        let half = half_after || unit.contains('半');
        let unit = match unit {
            "個半小時" => "個小時",
            "个半小时" => "个小时",
            "個半鐘頭" => "個鐘頭",
            "个半钟头" => "个钟头",
            "個半月" | "個多月" => "個月",
            "个半月" | "个多月" => "个月",
            "個多小時" => "個小時",
            "个多小时" => "个小时",
            u => u,
        };
        let value = match value {
            Some(v) if half && v.fract() == 0.0 => Some(v + 0.5),
            Some(_) if half => return None,
            v => v,
        };
        let (label, iso) = match unit {
            // Ages are DATE, as in OntoNotes (`50 years old`), and an age is
            // the time since birth: `50 歲` → P50Y, as `50 years` reads.
            "年" | "歲" | "岁" => (Label::Date, value.map(|v| format!("P{}Y", iso_number(v)))),
            "個月" | "个月" => (Label::Date, value.map(|v| format!("P{}M", iso_number(v)))),
            "個季度" | "个季度" => (
                Label::Date,
                value.map(|v| format!("P{}M", iso_number(v * 3.0))),
            ),
            "天" => (Label::Date, value.map(|v| format!("P{}D", iso_number(v)))),
            "週" | "周" | "星期" | "個星期" | "个星期" => {
                (Label::Date, value.map(|v| format!("P{}W", iso_number(v))))
            }
            "秒" | "秒鐘" | "秒钟" => {
                (Label::Time, value.map(|v| format!("PT{}S", iso_number(v))))
            }
            "分鐘" | "分钟" => (Label::Time, value.map(|v| format!("PT{}M", iso_number(v)))),
            _ => (
                Label::Time,
                value.map(|v| {
                    if v == 0.5 {
                        "PT30M".to_string()
                    } else {
                        format!("PT{}H", iso_number(v))
                    }
                }),
            ),
        };
        // `半年` is six months; say so rather than `P0.5Y`.
        let iso = match (n.as_str(), unit) {
            ("半", "年") => Some("P6M".to_string()),
            _ => iso,
        };
        // `4 年半` → P4Y6M, `1 個半小時` → PT1H30M, as ISO 8601 writes them.
        let iso = match (half, value, iso) {
            (true, Some(v), Some(i)) if i.ends_with('Y') => {
                Some(format!("P{}Y6M", iso_number(v - 0.5)))
            }
            (true, Some(v), Some(i)) if i.ends_with('H') && i.starts_with("PT") => {
                Some(format!("PT{}H30M", iso_number(v - 0.5)))
            }
            (_, _, i) => i,
        };
        // Durations of a day or more are DATE: `24 小時` → PT24H.
        let label = match value {
            Some(v)
                if label == Label::Time
                    && iso.as_deref().is_some_and(|i| i.ends_with('H'))
                    && v >= 24.0 =>
            {
                Label::Date
            }
            _ => label,
        };
        // Working and trading days, `過去 20 年` and duration ranges
        // (`3 至 5 年`) are DATE whose span alone fixes no ISO value.
        let (label, iso) = if unit.ends_with("工作日") || unit.ends_with("交易日") {
            (Label::Date, None)
        } else if caps.get(g.past).is_some() || caps.get(g.n2).is_some() {
            (label, None)
        } else {
            (label, iso)
        };
        let mut c = candidate(start..end, label, iso);
        c.approx = approx;
        return Some(c);
    }
    None
}

/// True when the year ending at `at` (after `the`) modifies a noun: a
/// space and a lowercase word that is no plural (`the 2025 budget`, not `the 2000 workers`).
fn year_as_modifier(text: &str, at: usize) -> bool {
    let Some(rest) = text[at..].strip_prefix(' ') else {
        return false;
    };
    let word: &str = rest
        .split(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .next()
        .unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && !word.ends_with('s')
        && !matches!(
            word,
            "and" | "or" | "to" | "of" | "in" | "at" | "per" | "fiscal" | "financial"
        )
}

/// `2025/26 年度` (a crop or fiscal year over two calendar years) when the
/// two digits of a `年` match at `n_start..end` follow `2025/` and `度`
/// follows them: one DATE with no value.
fn split_year(text: &str, n_start: usize, end: usize) -> Option<Candidate> {
    let head = &text.as_bytes()[..n_start];
    let two = text[n_start..end]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count()
        == 2;
    let k = head.len();
    let year_slash = k >= 5
        && head[k - 1] == b'/'
        && head[k - 5..k - 1].iter().all(u8::is_ascii_digit)
        && !head
            .get(k.wrapping_sub(6))
            .is_some_and(u8::is_ascii_alphanumeric);
    (two && year_slash && text[end..].starts_with('度'))
        .then(|| candidate(k - 5..end + '度'.len_utf8(), Label::Date, None))
}

/// Characters after which `半` starts a word of its own (`半導體`, `半數`),
/// not half a unit (`4 年半`).
const HALF_WORDS: &str = "導导島岛數数價价徑径場场夜職职年";

/// `2 小時 45 分鐘` → PT2H45M, `3 年 6 個月` → P3Y6M: the ISO value of a
/// compound duration, if the match is one.
fn compound_duration(caps: &Caps) -> Option<String> {
    let g = &*ZH_GROUPS;
    let (big, small, hours) = if caps.get(g.ch).is_some() {
        (g.ch, g.cm, true)
    } else if caps.get(g.cy).is_some() {
        (g.cy, g.cmo, false)
    } else {
        return None;
    };
    let b = number(caps, big).filter(|v| v.fract() == 0.0)?;
    let limit = if hours { 59 } else { 11 };
    let s = ranged(caps, small, 1, limit)?;
    Some(if hours {
        format!("PT{}H{s}M", iso_number(b))
    } else {
        format!("P{}Y{s}M", iso_number(b))
    })
}

/// The hours of a `PT…H…M` value, for the day-or-more rule.
fn iso_hours(iso: &str) -> f64 {
    iso.trim_start_matches("PT")
        .split('H')
        .next()
        .and_then(|h| h.parse().ok())
        .unwrap_or(0.0)
}

/// The month number of an English month name or abbreviation.
fn month_number(name: &str) -> Option<u32> {
    let head: String = name
        .chars()
        .take(3)
        .collect::<String>()
        .to_ascii_lowercase();
    let i = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| *m == head)?;
    Some(i as u32 + 1)
}

/// A group's text read as a whole number.
fn int(caps: &Caps, i: usize) -> Option<u32> {
    caps.get(i)?.as_str().parse().ok()
}

/// Reads one match of the English and numeric regex; `base` is the byte
/// offset in `text` of the haystack `caps` was found in.
fn english(text: &str, base: usize, caps: &Caps) -> Option<Candidate> {
    let g = &*EN_GROUPS;
    let whole = caps.get(0)?;
    let (start, end) = (base + whole.start(), base + whole.end());
    let before = char_before(text, start);
    let after = char_at(text, end);
    if let Some(y) = caps.get(g.ty) {
        // `the 2025 budget`: a year before a noun is a DATE (the match ends
        // with the space after it); `the 2000 workers` is a count.
        let stop = base + y.end();
        return (!is_word_char(before) && year_as_modifier(text, stop)).then(|| {
            candidate(
                base + y.start()..stop,
                Label::Date,
                Some(y.as_str().to_string()),
            )
        });
    }
    // Never start or end inside a Latin word or a longer number.
    if is_word_char(before) || is_word_char(after) {
        return None;
    }
    if matches!(before, Some('-' | '/' | ':' | '.'))
        && char_before(text, start - 1).is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    let valid_day = |d: u32| (1..=31).contains(&d);
    if caps.get(g.iy).is_some() {
        if caps.get(g.s1).map(|m| m.as_str()) != caps.get(g.s2).map(|m| m.as_str()) {
            return None;
        }
        let (y, m, d) = (int(caps, g.iy)?, int(caps, g.im)?, int(caps, g.id)?);
        if !(1..=12).contains(&m) || !valid_day(d) {
            return None;
        }
        let iso = format!("{y:04}-{m:02}-{d:02}");
        return Some(candidate(start..end, Label::Date, Some(iso)));
    }
    if caps.get(g.ymy).is_some() {
        let iso = format!("{:04}-{:02}", int(caps, g.ymy)?, int(caps, g.ymm)?);
        return Some(candidate(start..end, Label::Date, Some(iso)));
    }
    if let Some(m) = caps.get(g.mdm) {
        let month = month_number(m.as_str())?;
        let day = int(caps, g.mdd).filter(|d| valid_day(*d))?;
        let iso = match int(caps, g.mdy) {
            Some(y) => format!("{y:04}-{month:02}-{day:02}"),
            None => format!("--{month:02}-{day:02}"),
        };
        return Some(candidate(start..end, Label::Date, Some(iso)));
    }
    if let Some(m) = caps.get(g.dmm) {
        let month = month_number(m.as_str())?;
        let day = int(caps, g.dmd).filter(|d| valid_day(*d))?;
        let iso = match int(caps, g.dmy) {
            Some(y) => format!("{y:04}-{month:02}-{day:02}"),
            None => format!("--{month:02}-{day:02}"),
        };
        return Some(candidate(start..end, Label::Date, Some(iso)));
    }
    if let (Some(m1), Some(m2)) = (caps.get(g.mrm), caps.get(g.mrm2)) {
        // `January-March`: one date word over both ends is one DATE.
        let capital = |m: Group| m.as_str().starts_with(|c: char| c.is_ascii_uppercase());
        if !capital(m1) || !capital(m2) {
            return None;
        }
        let (a, b) = (month_number(m1.as_str())?, month_number(m2.as_str())?);
        let iso = match int(caps, g.mry) {
            Some(y) => format!("{y:04}-{a:02}/{y:04}-{b:02}"),
            None => format!("--{a:02}/--{b:02}"),
        };
        return Some(candidate(start..end, Label::Date, Some(iso)));
    }
    if let Some(h) = caps.get(g.hf) {
        // `second half of 2026` → 2026-07/2026-12; without a year no value.
        let iso = int(caps, g.hfy).map(|y| {
            if h.as_str().eq_ignore_ascii_case("first") {
                format!("{y:04}-01/{y:04}-06")
            } else {
                format!("{y:04}-07/{y:04}-12")
            }
        });
        return Some(candidate(start..end, Label::Date, iso));
    }
    if let Some(m) = caps.get(g.mym) {
        let iso = format!("{:04}-{:02}", int(caps, g.myy)?, month_number(m.as_str())?);
        return Some(candidate(start..end, Label::Date, Some(iso)));
    }
    if let Some(m) = caps.get(g.mo) {
        // Capitalised only: `june` in running text is rarely the month.
        if !m.as_str().starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let iso = format!("--{:02}", month_number(m.as_str())?);
        return Some(candidate(start..end, Label::Date, Some(iso)));
    }
    if caps.get(g.qq).is_some() {
        if !whole.as_str().starts_with('Q') {
            return None;
        }
        let iso = int(caps, g.qqy).map(|y| format!("{y:04}-Q{}", int(caps, g.qq).unwrap_or(1)));
        return Some(candidate(start..end, Label::Date, iso));
    }
    if caps.get(g.yqy).is_some() {
        let iso = format!("{:04}-Q{}", int(caps, g.yqy)?, int(caps, g.yqq)?);
        return Some(candidate(start..end, Label::Date, Some(iso)));
    }
    if let Some(y) = caps.get(g.py) {
        // `in 1990s`: a decade, as ISO 8601 writes it (`199`).
        let (iso, stop) = match caps.get(g.pys) {
            Some(s) if y.as_str().ends_with('0') => (y.as_str()[..3].to_string(), s.end()),
            Some(_) => return None,
            None => (y.as_str().to_string(), y.end()),
        };
        return Some(candidate(
            base + y.start()..base + stop,
            Label::Date,
            Some(iso),
        ));
    }
    if let Some(q) = caps.get(g.qo) {
        let n = match q.as_str().to_ascii_lowercase().as_str() {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            _ => 4,
        };
        let iso = int(caps, g.qoy).map(|y| format!("{y:04}-Q{n}"));
        return Some(candidate(start..end, Label::Date, iso));
    }
    if let Some(m) = caps.get(g.pmo) {
        // `March` and `May` are also a verb and a modal: read them as months
        // only capitalised after a preposition (`in March`), which stays out.
        // (`May 2024`, `March 5` are read above, as the pattern tries them first.)
        let head = text[..base + m.start()].trim_end_matches(' ');
        let word = head
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if !matches!(
            word.to_ascii_lowercase().as_str(),
            "in" | "since" | "by" | "from" | "until" | "during" | "before" | "after"
        ) || head.len() == text[..base + m.start()].len()
        {
            return None;
        }
        let iso = format!("--{:02}", month_number(m.as_str())?);
        return Some(candidate(
            base + m.start()..base + m.end(),
            Label::Date,
            Some(iso),
        ));
    }
    if caps.get(g.fy).is_some() || caps.get(g.fyr).is_some() {
        // A fiscal year is no calendar year (Microsoft's FY2025 ends in June
        // 2025, NVIDIA's in January): the span alone fixes no interval.
        return Some(candidate(start..end, Label::Date, None));
    }
    if let Some(d) = caps.get(g.dec) {
        return Some(candidate(
            start..end,
            Label::Date,
            Some(d.as_str()[..3].to_string()),
        ));
    }
    if caps.get(g.part).is_some() {
        // `mid-2024`, `early March`: the period they lie in, approximate.
        let iso = match caps.get(g.partm) {
            Some(m) => {
                if !m.as_str().starts_with(|c: char| c.is_ascii_uppercase()) {
                    return None;
                }
                format!("--{:02}", month_number(m.as_str())?)
            }
            None => caps.get(g.party)?.as_str().to_string(),
        };
        let mut c = candidate(start..end, Label::Date, Some(iso));
        c.approx = true;
        return Some(c);
    }
    if let Some(h) = caps.get(g.hol) {
        let iso = match h.as_str() {
            "Christmas Day" => Some("--12-25"),
            "Christmas Eve" => Some("--12-24"),
            "Boxing Day" => Some("--12-26"),
            "Halloween" => Some("--10-31"),
            s if s.starts_with("New Year") => Some(if s.ends_with("Day") {
                "--01-01"
            } else {
                "--12-31"
            }),
            s if s.starts_with("Valentine") => Some("--02-14"),
            // Movable feasts and festivals: the span alone fixes no day.
            _ => None,
        };
        return Some(candidate(start..end, Label::Date, iso.map(str::to_string)));
    }
    if caps.get(g.hh).is_some() || caps.get(g.h2).is_some() || caps.get(g.hd).is_some() {
        let (h_name, m_name, ap_name) = if caps.get(g.hh).is_some() {
            (g.hh, g.mi, g.ap)
        } else if caps.get(g.hd).is_some() {
            (g.hd, g.mid, g.apd)
        } else {
            (g.h2, g.mi, g.ap2)
        };
        let mut hour = int(caps, h_name)?;
        let minute = int(caps, m_name).unwrap_or(0);
        let ap = caps.get(ap_name).map(|m| m.as_str().to_ascii_lowercase());
        // `7am.` ends a sentence: the full stop is no part of `am`.
        let end = match &ap {
            Some(a) if a.len() == 3 && a.ends_with('.') => end - 1,
            _ => end,
        };
        match ap.as_deref().map(|s| s.starts_with('p')) {
            Some(pm) => {
                if !(1..=12).contains(&hour) {
                    return None;
                }
                hour = match (pm, hour) {
                    (false, 12) => 0,
                    (true, 12) => 12,
                    (true, h) => h + 12,
                    (false, h) => h,
                };
            }
            None if hour > 24 => return None,
            None => {}
        }
        let iso = match int(caps, g.ss) {
            Some(s) => format!("T{:02}:{minute:02}:{s:02}", hour % 24),
            None => format!("T{:02}:{minute:02}", hour % 24),
        };
        return Some(candidate(start..end, Label::Time, Some(iso)));
    }
    if caps.get(g.ago).is_some() || caps.get(g.rel).is_some() {
        return Some(candidate(start..end, Label::Date, None));
    }
    if caps.get(g.trel).is_some() {
        return Some(candidate(start..end, Label::Time, None));
    }
    if let Some(n) = caps.get(g.dn) {
        let v = n
            .as_str()
            .parse::<f64>()
            .ok()
            .or_else(|| parse_english(n.as_str()))?;
        let unit = caps.get(g.du)?.as_str().to_ascii_lowercase();
        let unit = unit.trim_end_matches('s');
        let (label, iso) = match unit {
            "year" => (Label::Date, format!("P{}Y", iso_number(v))),
            "decade" => (Label::Date, format!("P{}Y", iso_number(v * 10.0))),
            "month" => (Label::Date, format!("P{}M", iso_number(v))),
            "week" => (Label::Date, format!("P{}W", iso_number(v))),
            "day" => (Label::Date, format!("P{}D", iso_number(v))),
            // A day or more is DATE, as `24 小時` is.
            "hour" if v >= 24.0 => (Label::Date, format!("PT{}H", iso_number(v))),
            "hour" => (Label::Time, format!("PT{}H", iso_number(v))),
            "minute" => (Label::Time, format!("PT{}M", iso_number(v))),
            _ => (Label::Time, format!("PT{}S", iso_number(v))),
        };
        return Some(candidate(start..end, label, Some(iso)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the detector and renders candidates as `text LABEL value`.
    fn run(input: &str) -> Vec<String> {
        let ctx = Context {
            text: input,
            script: super::super::script::detect(input),
            masked: Vec::new(),
            regions: super::super::script::survey(input).regions,
        };
        let mut out = Vec::new();
        detect(&ctx, &mut out);
        out.sort_by_key(|c| c.range.start);
        out.iter()
            .map(|c| {
                let v = match &c.value {
                    Some(Value::Iso(s)) => format!(" {s}"),
                    _ => String::new(),
                };
                let a = if c.approx { " ~" } else { "" };
                format!("{} {}{v}{a}", &input[c.range.clone()], c.label)
            })
            .collect()
    }

    fn check(input: &str, expected: &[&str]) {
        assert_eq!(run(input), expected, "input: {input}");
    }

    #[test]
    fn chinese_dates() {
        check("2023 年 8 月,OpenAI", &["2023 年 8 月 DATE 2023-08"]);
        check("2023年8月", &["2023年8月 DATE 2023-08"]);
        check(
            "北京時間 2 月 26 日 23 點",
            &["2 月 26 日 DATE --02-26", "23 點 TIME T23:00"],
        );
        check(
            "北京时间 2 月 26 日 23 点",
            &["2 月 26 日 DATE --02-26", "23 点 TIME T23:00"],
        );
        check("11 月", &["11 月 DATE --11"]);
        check("十一月", &["十一月 DATE --11"]);
        check("31 日", &["31 日 DATE ---31"]);
        check("二十六日", &["二十六日 DATE ---26"]);
        check(
            "2024 年 2 月 26 日",
            &["2024 年 2 月 26 日 DATE 2024-02-26"],
        );
        check("2024年2月26号", &["2024年2月26号 DATE 2024-02-26"]);
        check("二〇二四年", &["二〇二四年 DATE 2024"]);
        check("2003-2009 年", &["2003-2009 年 DATE 2003/2009"]);
        check(
            "2021 年 1 月至 9 月",
            &["2021 年 1 月至 9 月 DATE 2021-01/2021-09"],
        );
        check("2024 年第三季", &["2024 年第三季 DATE 2024-Q3"]);
        check("第三季度", &["第三季度 DATE"]);
        check("去年 11 月,OpenAI", &["去年 11 月 DATE"]);
        check("今年", &["今年 DATE"]);
        check("去年同期", &["去年同期 DATE"]);
        check("明年上半年", &["明年上半年 DATE"]);
        check("上月", &["上月 DATE"]);
        check("上半年", &["上半年 DATE"]);
        check("星期日", &["星期日 DATE"]);
        check("多年合作", &["多年 DATE ~"]);
        check("13 月", &[] as &[&str]);
        check("100 日圓", &[] as &[&str]);
        check("5 日元", &[] as &[&str]);
        check("廿一日", &["廿一日 DATE ---21"]);
        check("卅日", &["卅日 DATE ---30"]);
        check("民國 113 年", &["民國 113 年 DATE 2024"]);
        check("民国 113 年", &["民国 113 年 DATE 2024"]);
        check("民國 113 年 2 月", &["民國 113 年 2 月 DATE 2024-02"]);
        check("民國一一三年", &["民國一一三年 DATE 2024"]);
        check(
            "民國一百一十三年二月",
            &["民國一百一十三年二月 DATE 2024-02"],
        );
        check(
            "民國 113 年 2 月 26 日",
            &["民國 113 年 2 月 26 日 DATE 2024-02-26"],
        );
        check("2024 年上半年", &["2024 年上半年 DATE 2024-01/2024-06"]);
        check("2024 年下半年", &["2024 年下半年 DATE 2024-07/2024-12"]);
        check("下半年", &["下半年 DATE"]);
        check("第一季", &["第一季 DATE"]);
        check("2024 年第一季", &["2024 年第一季 DATE 2024-Q1"]);
        check("2003 至 2009 年", &["2003 至 2009 年 DATE 2003/2009"]);
        // Each end has its own `年`: a range of two spans (RECOGNITION.md).
        check(
            "2003 年至 2009 年",
            &["2003 年 DATE 2003", "2009 年 DATE 2009"],
        );
        check("3 至 5 月", &["3 至 5 月 DATE --03/--05"]);
        check("3 月至 5 月", &["3 月至 5 月 DATE --03/--05"]);
        check("2023 財年第四季", &["2023 財年第四季 DATE"]);
        check("2023 财年", &["2023 财年 DATE"]);
        check("2024年年底", &["2024年 DATE 2024", "年底 DATE"]);
    }

    #[test]
    fn chinese_durations() {
        check("不到一年", &["一年 DATE P1Y"]);
        check("兩年", &["兩年 DATE P2Y"]);
        check("两年", &["两年 DATE P2Y"]);
        check("三個月", &["三個月 DATE P3M"]);
        check("3 个月", &["3 个月 DATE P3M"]);
        check("十年", &["十年 DATE P10Y"]);
        check("50 多年", &["50 多年 DATE P50Y ~"]);
        check("半年", &["半年 DATE P6M"]);
        check("5 天", &["5 天 DATE P5D"]);
        check("兩週", &["兩週 DATE P2W"]);
        check("10 分鐘", &["10 分鐘 TIME PT10M"]);
        check("10 分钟", &["10 分钟 TIME PT10M"]);
        check("3 小時", &["3 小時 TIME PT3H"]);
        check("半小時", &["半小時 TIME PT30M"]);
        check("30 秒", &["30 秒 TIME PT30S"]);
        check("50 歲", &["50 歲 DATE P50Y"]);
        check("50 岁", &["50 岁 DATE P50Y"]);
        check("五十多歲", &["五十多歲 DATE P50Y ~"]);
        check("統一年度", &[] as &[&str]);
        check("唯一年", &[] as &[&str]);
    }

    #[test]
    fn chinese_relative_days_and_periods() {
        // Relative days, parts of the year and festivals carry no value.
        for (hant, hans) in [
            ("央行同日宣布", "央行同日宣布"),
            ("股價當天收高", "股价当天收高"),
            ("指數當日下跌", "指数当日下跌"),
            ("新規翌日生效", "新规次日生效"),
            ("港股全日成交", "港股全日成交"),
            ("全年出貨量", "全年出货量"),
            ("比上年增加", "比上年增加"),
            ("比亞迪同期交車", "比亚迪同期交车"),
            ("開賣首日售罄", "开卖首日售罄"),
            ("前三季營收", "前三季度营收"),
            ("春節假期", "春节假期"),
            ("除夕夜", "除夕夜"),
            ("夏季用電", "夏季用电"),
        ] {
            for s in [hant, hans] {
                let got = run(s);
                assert_eq!(got.len(), 1, "input: {s}: {got:?}");
                assert!(got[0].ends_with(" DATE"), "input: {s}: {got:?}");
            }
        }
        check("全日制學生", &[] as &[&str]);
        check("全日制学生", &[] as &[&str]);
        check("冬季奧運會", &[] as &[&str]);
        check("冬季奥运会", &[] as &[&str]);
        check("夏季達沃斯", &[] as &[&str]);
        check("開幕後首個週末", &["首個週末 DATE"]);
        check("开幕后首个周末", &["首个周末 DATE"]);
        check("過去 30 年", &["過去 30 年 DATE"]);
        check("过去十年", &["过去十年 DATE"]);
        check("1 月末", &["1 月末 DATE"]);
        check("3 月上旬", &["3 月上旬 DATE"]);
        check("今年 1-2 月", &["今年 1-2 月 DATE"]);
        check("去年 3 至 5 月", &["去年 3 至 5 月 DATE"]);
    }

    #[test]
    fn chinese_ranges_under_one_date_word() {
        check(
            "2 月 10 日至 17 日",
            &["2 月 10 日至 17 日 DATE --02-10/--02-17"],
        );
        check(
            "3 月 1 日到 5 日",
            &["3 月 1 日到 5 日 DATE --03-01/--03-05"],
        );
        check(
            "2025 年 4 月 3 日至 6 日",
            &["2025 年 4 月 3 日至 6 日 DATE 2025-04-03/2025-04-06"],
        );
        check("2024 年一季度", &["2024 年一季度 DATE 2024-Q1"]);
        check("2024 年三季", &["2024 年三季 DATE 2024-Q3"]);
        check("二季度营收", &["二季度 DATE"]);
        check("2024 年首季營收", &["2024 年首季 DATE 2024-Q1"]);
        check("2024 年首季度营收", &["2024 年首季度 DATE 2024-Q1"]);
        check("今年首季營收", &["今年首季 DATE"]);
        check("首季營收", &["首季 DATE"]);
        check("第二季營收", &["第二季 DATE"]);
        check("今年前三季", &["今年前三季 DATE"]);
        check("今年前 10 個月出口", &["今年前 10 個月 DATE"]);
        check("今年前 10 个月出口", &["今年前 10 个月 DATE"]);
        check("上年同期營收", &["上年同期 DATE"]);
        check("上年同期营收", &["上年同期 DATE"]);
        check("今年二季度", &["今年二季度 DATE"]);
        check("2025 年底前", &["2025 年底 DATE"]);
        check("2025 年初", &["2025 年初 DATE"]);
        check("2025 年中國經濟", &["2025 年 DATE 2025"]);
        check("2025 年中国经济", &["2025 年 DATE 2025"]);
        check("三季的比賽", &[] as &[&str]);
        // A duration range is one DATE without a value.
        check("仍需 3 至 5 年", &["3 至 5 年 DATE"]);
        check("15 到 20 年內", &["15 到 20 年 DATE"]);
        check("两到三年", &["两到三年 DATE"]);
    }

    #[test]
    fn chinese_long_durations() {
        // A day or more is DATE, shorter is TIME.
        check("24 小時內", &["24 小時 DATE PT24H"]);
        check("72 小时过境", &["72 小时 DATE PT72H"]);
        check("23 小時", &["23 小時 TIME PT23H"]);
        check("市值一日蒸發", &["一日 DATE P1D"]);
        check("统一日期", &[] as &[&str]);
        check("10 個工作日內", &["10 個工作日 DATE"]);
        check("5 个交易日", &["5 个交易日 DATE"]);
        // A loan term keeps its `期`; `期間` is "during".
        check("5 年期利率", &["5 年期 DATE P5Y"]);
        check("1 年期 LPR", &["1 年期 DATE P1Y"]);
        check("10 年期間", &["10 年 DATE P10Y"]);
        check("3 年期限", &["3 年 DATE P3Y"]);
    }

    #[test]
    fn chinese_times() {
        check("23 點 30 分", &["23 點 30 分 TIME T23:30"]);
        check("18 日晚間宣布", &["18 日 DATE ---18", "晚間 TIME"]);
        check("18 日晚间宣布", &["18 日 DATE ---18", "晚间 TIME"]);
        check("下午 3 時 30 分", &["下午 3 時 30 分 TIME T15:30"]);
        check("下午3时30分", &["下午3时30分 TIME T15:30"]);
        check("晚上八點", &["晚上八點 TIME T20:00"]);
        check("三點半", &["三點半 TIME T03:30"]);
        check("上午", &["上午 TIME"]);
        check("晚上", &["晚上 TIME"]);
        check("好一點", &[] as &[&str]);
        check("一點", &[] as &[&str]);
        check("三點建議", &[] as &[&str]);
        check("30 點", &[] as &[&str]);
        check("北京時間", &[] as &[&str]);
    }

    #[test]
    fn english_dates() {
        check("arrivals from a year earlier", &["a year earlier DATE"]);
        check("over the past 20 years", &["past 20 years DATE"]);
        check("in the next two weeks", &["next two weeks DATE"]);
        check("full-year profit", &["full-year DATE"]);
        check("for 20 years", &["20 years DATE P20Y"]);
        check("within 48 hours", &["48 hours DATE PT48H"]);
        check("within 3 hours", &["3 hours TIME PT3H"]);
        check("two weeks later", &["two weeks later DATE"]);
        check("in the 2024-25 fiscal year", &["2024-25 fiscal year DATE"]);
        check("visitors in March, and", &["March DATE --03"]);
        check("until May.", &["May DATE --05"]);
        check("in May 2024.", &["May 2024 DATE 2024-05"]);
        check("since March 5, 2024", &["March 5, 2024 DATE 2024-03-05"]);
        check("Prices May rise", &[] as &[&str]);
        check("a margin March", &[] as &[&str]);
        check("prices may march higher in may", &[] as &[&str]);
        check(
            "on February 26, 2024.",
            &["February 26, 2024 DATE 2024-02-26"],
        );
        check("on 26 Feb 2024.", &["26 Feb 2024 DATE 2024-02-26"]);
        check("Feb 2024", &["Feb 2024 DATE 2024-02"]);
        check("Feb. 26", &["Feb. 26 DATE --02-26"]);
        check("in February", &["February DATE --02"]);
        check("Q3 2024", &["Q3 2024 DATE 2024-Q3"]);
        check("2024 Q3", &["2024 Q3 DATE 2024-Q3"]);
        check("2024-02-26", &["2024-02-26 DATE 2024-02-26"]);
        check("2024/2/26", &["2024/2/26 DATE 2024-02-26"]);
        check("2023-08", &["2023-08 DATE 2023-08"]);
        check("2024-02/26", &[] as &[&str]);
        check("in 2024, sales", &["2024 DATE 2024"]);
        check("since 2019", &["2019 DATE 2019"]);
        check("CES 2024", &[] as &[&str]);
        check("within 2024", &[] as &[&str]);
        check("a year ago", &["a year ago DATE"]);
        check("three months ago", &["three months ago DATE"]);
        check("last quarter", &["last quarter DATE"]);
        check("yesterday", &["yesterday DATE"]);
        check("on Monday", &["Monday DATE"]);
        check("three months", &["three months DATE P3M"]);
        check("two years", &["two years DATE P2Y"]);
        check("twenty-one days", &["twenty-one days DATE P21D"]);
        check("a 30-day trial", &["30-day DATE P30D"]);
        check("May I", &[] as &[&str]);
        check("12 hours", &["12 hours TIME PT12H"]);
        check("10 minutes", &["10 minutes TIME PT10M"]);
        check("in FY2025", &["FY2025 DATE"]);
        check("fiscal 2025", &["fiscal 2025 DATE"]);
        check(
            "the first quarter of 2024",
            &["first quarter of 2024 DATE 2024-Q1"],
        );
        check("fourth-quarter revenue", &["fourth-quarter DATE"]);
        check("Q1 of 2024", &["Q1 of 2024 DATE 2024-Q1"]);
        check("Q1", &["Q1 DATE"]);
        check("the 1990s", &["1990s DATE 199"]);
        check("in the 2020s", &["2020s DATE 202"]);
        check("in 1990s", &["1990s DATE 199"]);
        check("1995s", &[] as &[&str]);
        check("by mid-2024", &["mid-2024 DATE 2024 ~"]);
        check("in early March", &["early March DATE --03 ~"]);
        check("late 2023", &["late 2023 DATE 2023 ~"]);
        check("early may", &[] as &[&str]);
    }

    #[test]
    fn relative_periods_and_holidays() {
        for (input, span) in [
            ("未來三年的投入", "未來三年 DATE"),
            ("未来 5 年无需偿还", "未来 5 年 DATE"),
            ("过去四个季度的开支", "过去四个季度 DATE"),
            ("集團今年頭 10 個月合同銷售", "今年頭 10 個月 DATE"),
            ("增速比上一季度加快", "上一季度 DATE"),
            ("比上年度增加", "上年度 DATE"),
            ("11 月第三周全国均价", "11 月第三周 DATE"),
            ("赛后第二天他", "第二天 DATE"),
            ("刷新本赛季纪录", "本赛季 DATE"),
            ("当晚观看人数", "当晚 DATE"),
            ("比国庆假期还忙", "国庆假期 DATE"),
            ("预计 2025/26 年度产量", "2025/26 年度 DATE"),
            ("卸一车粮要等 6 个多小时", "6 个多小时 TIME PT6H ~"),
            (
                "in the first nine months, against",
                "first nine months DATE",
            ),
            (
                "in the 2025-26 financial year, said",
                "2025-26 financial year DATE",
            ),
            (
                "games on Christmas Day set to",
                "Christmas Day DATE --12-25",
            ),
            ("spending during Songkran rose", "Songkran DATE"),
            ("guidance for 2025. Shares", "2025 DATE 2025"),
            ("lowered its 2025 foreign arrivals", "2025 DATE 2025"),
        ] {
            check(input, &[span]);
        }
        check("四个季度", &["四个季度 DATE P12M"]);
        check("Christmas is near", &[] as &[&str]);
        check("by 9.30am UK time", &["9.30am TIME T09:30"]);
        check("leaves at 11.05pm Bangkok time", &["11.05pm TIME T23:05"]);
        check("published at 7am. Chief", &["7am TIME T07:00"]);
        check("at 7 a.m. Chief", &["7 a.m. TIME T07:00"]);
        check("shares rose 9.30 percent", &[] as &[&str]);
    }

    #[test]
    fn english_times() {
        check("at 3:30 pm", &["3:30 pm TIME T15:30"]);
        check(
            "at 3:30 p.m. today",
            &["3:30 p.m. TIME T15:30", "today DATE"],
        );
        check("at 10:00", &["10:00 TIME T10:00"]);
        check("at 12 am", &["12 am TIME T00:00"]);
        check("at 9am", &["9am TIME T09:00"]);
        check("tonight", &["tonight TIME"]);
        check("25:00", &[] as &[&str]);
        check("version1:30", &[] as &[&str]);
    }

    #[test]
    fn regions_hold_every_match() {
        for text in crate::analysis::script::REGION_EDGE_CASES {
            let regions = crate::analysis::script::survey(text).regions;
            for (re, regions) in [(&*ZH, &regions.han), (&*EN, &regions.latin)] {
                let whole: Vec<_> = re.find_iter(text).map(|m| m.range()).collect();
                let found: Vec<_> = crate::analysis::find_in(re, text, regions).collect();
                assert_eq!(found, whole, "{text}");
            }
        }
    }

    #[test]
    fn english_matches_hold_a_letter_or_a_joiner() {
        let texts = crate::analysis::script::REGION_EDGE_CASES
            .iter()
            .copied()
            .chain([
                "3:30",
                "2024-02-26",
                "2024/2/26",
                "2024-02",
                "9:05:30",
                "1:00 3",
            ]);
        for text in texts {
            for m in EN.find_iter(text) {
                assert!(may_hold_english(m.as_str()), "{:?} in {text}", m.as_str());
            }
        }
        for digits in ["2", " 26 ", "1,500", "407.54", "２０２４"] {
            assert!(!may_hold_english(digits));
            assert!(EN.find(digits).is_none(), "{digits}");
        }
    }

    #[test]
    fn alternatives_read_the_groups_the_whole_pattern_reads() {
        assert_eq!(ZH_SPLIT.each.len(), 14);
        assert_eq!(EN_SPLIT.each.len(), 26);
        let mut texts: Vec<String> = crate::analysis::script::REGION_EDGE_CASES
            .iter()
            .map(|t| t.to_string())
            .collect();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for entry in std::fs::read_dir(dir).expect("the fixtures are there") {
            let path = entry.expect("a fixture").path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(path).expect("a fixture is text"));
            }
        }
        texts.push(
            "May 5, Mayor, March 2024, 3:30 p.m., Q3 of 2024, 2024 Q1, mid-May, 1990s, \
             FY24, fiscal year 2023, 2023-24 fiscal year, two years ago, 民國113年5月, \
             2023 年 8 月 26 日至 28 日, 第三季, 下午 3 時 30 分, 過去 5 年多, \
             4 年半, 一年半, 1 个半小时, 2 小時 45 分鐘, 3 年 6 個月, 上週五, 下周一, \
             晚間 11 點 40 分, January-March, second half of 2026, the 2025 budget"
                .to_string(),
        );
        for text in &texts {
            for (split, re) in [(&*ZH_SPLIT, &*ZH), (&*EN_SPLIT, &*EN)] {
                let mut whole = re.capture_locations();
                let mut caps = Caps::new(split);
                let mut seen = 0;
                caps.for_each(text, |caps| {
                    let start = caps.get(0).expect("a match").start();
                    re.captures_read_at(&mut whole, text, start)
                        .expect("a match");
                    for i in 0..whole.len() {
                        let got = caps.get(i).map(|g| (g.start(), g.end()));
                        assert_eq!(got, whole.get(i), "group {i} in {text}");
                    }
                    seen += 1;
                });
                assert_eq!(seen, re.find_iter(text).count());
            }
        }
    }

    #[test]
    fn survives_odd_input() {
        let _ = run(&"2".repeat(100_000));
        let _ = run(&"年月日".repeat(10_000));
        let _ = run(&"二十".repeat(10_000));
        let _ = run("年");
        let _ = run("２０２４年１３月");
    }
}
