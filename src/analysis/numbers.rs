//! Finds amounts of money, percentages, quantities, ordinals and counts.
//!
//! One regex finds every numeral (Arabic, full-width, Chinese, English words);
//! the code around it then reads the few characters before and after to decide
//! what the numeral is: a currency sign or `第` before, a classifier, unit,
//! currency word or `%` after. Hedges (`約`, `以上`, `about`) are never read,
//! so they stay outside the span as RECOGNITION.md asks. Numerals followed by
//! a date or time word are left to `dates`. Bare Chinese numerals with nothing
//! around them give nothing: `一` alone is far more often "a" or part of a
//! word (`唯一`, `統一`) than a number.

use super::numerals::{
    english_scale, is_digit, parse_chinese, parse_english, parse_english_ordinal,
};
use super::{Candidate, Context, Label, Script, Value};
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use regex::Regex;
use std::sync::LazyLock;

/// Every numeral, with the Chinese multipliers and approximation morphemes
/// fused into it (`130 多億`, `1億733萬7091`).
static NUMERAL: LazyLock<Regex> = LazyLock::new(|| {
    let ar = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?";
    let cn = "[零〇一二兩两三四五六七八九十百千萬万億亿兆壹貳贰參叁肆伍陸陆柒捌玖拾佰仟廿卅]";
    let big = "[十百千萬万億亿兆拾佰仟]";
    let apx = "[多餘余幾几數数]";
    let sp = r"[ \x{A0}\x{3000}]?";
    let mut words: Vec<&str> = EN_CARDINALS.to_vec();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let words = words.join("|");
    let mut ords: Vec<&str> = EN_ORDINALS.to_vec();
    ords.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let ords = ords.join("|");
    let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    let pattern = format!(
        "(?P<ar>{ar}(?:{sp}(?:{apx}{sp})?{big}+(?:{ar}|{cn}+)?)*)\
         |(?P<cn>(?:[數数幾几]{big}|{cn}){cn}*(?:{apx}{big}*)?)\
         |(?i:(?P<eno>(?:(?:{tens})-)?(?:{ords}))\
         |(?P<en>(?:{words})(?:[- ](?:{words}))*))"
    );
    Regex::new(&pattern).expect("the numeral pattern is valid")
});

/// English cardinal words the numeral regex knows.
#[rustfmt::skip]
const EN_CARDINALS: [&str; 33] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "trillion",
];

/// English ordinal words the numeral regex knows.
#[rustfmt::skip]
const EN_ORDINALS: [&str; 27] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
    "seventieth", "eightieth", "ninetieth",
];

/// Currency words written after the amount (Chinese), longest first.
/// `None` is the bare `元`, whose meaning depends on the script.
#[rustfmt::skip]
const ZH_CURRENCIES: &[(&str, Option<&str>)] = &[
    ("新加坡元", Some("SGD")), ("新台幣", Some("TWD")), ("新台币", Some("TWD")), ("人民幣", Some("CNY")),
    ("人民币", Some("CNY")), ("美元", Some("USD")), ("美金", Some("USD")), ("港元", Some("HKD")),
    ("港幣", Some("HKD")), ("港币", Some("HKD")), ("日圓", Some("JPY")), ("日圆", Some("JPY")),
    ("日元", Some("JPY")), ("日幣", Some("JPY")), ("日币", Some("JPY")), ("歐元", Some("EUR")),
    ("欧元", Some("EUR")), ("英鎊", Some("GBP")), ("英镑", Some("GBP")), ("韓元", Some("KRW")),
    ("韩元", Some("KRW")), ("台幣", Some("TWD")), ("台币", Some("TWD")), ("澳元", Some("AUD")),
    ("加元", Some("CAD")), ("円", Some("JPY")), ("元", None),
];

/// Currency words after the amount in English; whole words only.
#[rustfmt::skip]
const EN_CURRENCIES: &[(&str, &str)] = &[
    ("US dollars", "USD"), ("dollars", "USD"), ("dollar", "USD"), ("euros", "EUR"), ("euro", "EUR"),
    ("yuan", "CNY"), ("renminbi", "CNY"), ("yen", "JPY"), ("USD", "USD"), ("EUR", "EUR"),
    ("CNY", "CNY"), ("RMB", "CNY"), ("JPY", "JPY"), ("GBP", "GBP"), ("HKD", "HKD"), ("TWD", "TWD"),
    ("NTD", "TWD"), ("KRW", "KRW"), ("SGD", "SGD"),
];

/// The words of [`EN_CURRENCIES`], for [`starts_word`].
#[rustfmt::skip]
const EN_CURRENCY_NAMES: [&str; 19] = [
    "US dollars", "dollars", "dollar", "euros", "euro", "yuan", "renminbi", "yen", "USD", "EUR",
    "CNY", "RMB", "JPY", "GBP", "HKD", "TWD", "NTD", "KRW", "SGD",
];

/// Currency signs and codes written before the amount, longest first.
/// `None` is `¥`, which is CNY in Chinese text and JPY otherwise.
#[rustfmt::skip]
const PREFIX_CURRENCIES: &[(&str, Option<&str>)] = &[
    ("新台幣", Some("TWD")), ("新台币", Some("TWD")), ("人民幣", Some("CNY")), ("人民币", Some("CNY")),
    ("港幣", Some("HKD")), ("港币", Some("HKD")), ("US$", Some("USD")), ("NT$", Some("TWD")),
    ("HK$", Some("HKD")), ("S$", Some("SGD")), ("A$", Some("AUD")), ("C$", Some("CAD")),
    ("$", Some("USD")), ("＄", Some("USD")), ("€", Some("EUR")), ("£", Some("GBP")),
    ("￡", Some("GBP")), ("¥", None), ("￥", None), ("USD", Some("USD")), ("EUR", Some("EUR")),
    ("CNY", Some("CNY")), ("RMB", Some("CNY")), ("JPY", Some("JPY")), ("GBP", Some("GBP")),
    ("HKD", Some("HKD")), ("TWD", Some("TWD")), ("NTD", Some("TWD")), ("KRW", Some("KRW")),
    ("SGD", Some("SGD")),
];

/// Chinese units of measure, longest first; `true` marks single characters
/// that are units only after Arabic digits (`米` is also rice, `度` "once").
#[rustfmt::skip]
const ZH_UNITS: &[(&str, bool)] = &[
    ("平方公里", false), ("平方千米", false), ("平方公尺", false), ("平方米", false), ("立方米", false),
    ("千瓦時", false), ("千瓦时", false), ("公里", false), ("千米", false), ("公尺", false), ("公分", false),
    ("釐米", false), ("厘米", false), ("毫米", false), ("奈米", false), ("納米", false), ("纳米", false),
    ("英里", false), ("英尺", false), ("英寸", false), ("海里", false), ("公斤", false), ("千克", false),
    ("公克", false), ("毫克", false), ("公噸", false), ("公吨", false), ("公頃", false), ("公顷", false),
    ("公升", false), ("毫升", false), ("千瓦", false), ("兆瓦", false), ("噸", false), ("吨", false),
    ("畝", false), ("亩", false), ("克", true), ("升", true), ("米", true), ("度", true), ("瓦", true),
    ("℃", false),
];

/// Latin units of measure, case-sensitive, whole words only, longest first.
#[rustfmt::skip]
const EN_UNITS: &[&str] = &[
    "square kilometers", "square kilometres", "kilometers", "kilometres", "kilograms", "tokens",
    "token", "tonnes", "tons", "miles", "mile", "meters", "metres", "feet", "inches", "hectares",
    "acres", "barrels", "kWh", "TWh", "GWh", "mAh", "GHz", "MHz", "km²", "km", "kg", "mg", "cm",
    "mm", "nm", "GB", "TB", "MB", "KB", "PB", "kW", "MW", "GW", "ft", "lbs", "lb", "°C", "°F", "℃",
];

/// Chinese classifiers that make a numeral a count; `true` marks those that
/// count only after Arabic digits (`十分` is "very", `80 分` is a score).
#[rustfmt::skip]
const CLASSIFIERS: &[(&str, bool)] = &[
    ("個", false), ("个", false), ("家", false), ("件", false), ("位", false), ("名", false),
    ("人", false), ("項", false), ("项", false), ("條", false), ("条", false), ("種", false),
    ("种", false), ("次", false), ("倍", false), ("輛", false), ("辆", false), ("台", false),
    ("臺", false), ("架", false), ("艘", false), ("部", false), ("本", false), ("張", false),
    ("张", false), ("份", false), ("隻", false), ("頭", false), ("头", false), ("座", false),
    ("棟", false), ("栋", false), ("間", false), ("间", false), ("所", false), ("層", false),
    ("层", false), ("篇", false), ("首", false), ("句", false), ("場", false), ("场", false),
    ("輪", false), ("轮", false), ("屆", false), ("届", false), ("批", false), ("套", false),
    ("款", false), ("顆", false), ("颗", false), ("枚", false), ("把", false), ("片", false),
    ("塊", false), ("块", false), ("筆", false), ("笔", false), ("戶", false), ("户", false),
    ("歲", false), ("岁", false), ("票", false), ("席", false), ("宗", false), ("例", false),
    ("處", false), ("处", false), ("則", false), ("则", false), ("封", false), ("門", false),
    ("门", false), ("類", false), ("类", false), ("組", false), ("组", false), ("章", false),
    ("節", false), ("节", false), ("分", true), ("股", true), ("起", true), ("支", true),
];

/// Date and time words: a numeral before one of them belongs to `dates`.
#[rustfmt::skip]
const DATE_WORDS: &[&str] = &[
    "個月", "个月", "個小時", "个小时", "個星期", "个星期", "個鐘頭", "个钟头", "小時", "小时", "分鐘", "分钟", "鐘頭", "钟头", "星期",
    "世紀", "世纪", "年代", "年", "月", "日", "號", "号", "天", "週", "周", "秒", "點", "点", "時", "时", "季",
];

/// Percent signs and words after the numeral, longest first.
const PERCENT_SUFFIXES: &[&str] = &["%", "％", "個百分點", "个百分点", "百分點", "百分点"];

/// English percent words; whole words only.
#[rustfmt::skip]
const EN_PERCENT: &[&str] = &[
    "percentage points", "percentage point", "per cent", "percent", "pct",
];

/// `每…` rate prefixes before a quantity (`每秒 210 個 tokens`).
#[rustfmt::skip]
const RATES: &[&str] = &[
    "每秒鐘", "每秒钟", "每分鐘", "每分钟", "每小時", "每小时", "每秒", "每天", "每日", "每週", "每周", "每月", "每年", "每人",
];

/// What kind of numeral the regex found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Arabic,
    Chinese,
    English,
}

/// Finds every MONEY, PERCENT, QUANTITY, ORDINAL and CARDINAL in `ctx.text`.
pub(crate) fn detect(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    // The alternatives start with disjoint characters (digits, Han, Latin
    // letters), so the first character tells which one matched; this saves
    // resolving capture groups on every `一` of a Chinese text.
    for m in NUMERAL.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        match m.as_str().chars().next() {
            Some(c) if is_digit(c) => numeral(ctx, start, end, Kind::Arabic, out),
            Some(c) if c.is_ascii_alphabetic() => {
                // Both readers drop words glued to other letters (`someone`,
                // `often`); checking first skips parsing them.
                if is_word_char(char_before(text, start)) || is_word_char(char_at(text, end)) {
                    continue;
                }
                if parse_english_ordinal(m.as_str()).is_some() {
                    english_ordinal(text, start, end, out);
                } else {
                    numeral(ctx, start, end, Kind::English, out);
                }
            }
            Some(_) => numeral(ctx, start, end, Kind::Chinese, out),
            None => {}
        }
    }
}

/// The character just before byte `i`.
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The character at byte `i`.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// True when `c` would continue a Latin word or number.
fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Byte length of up to two spaces at the start of `s`.
fn spaces(s: &str) -> usize {
    s.chars()
        .take(2)
        .take_while(|c| matches!(c, ' ' | '\u{A0}' | '\u{3000}'))
        .map(char::len_utf8)
        .sum()
}

/// True when `s` starts with `w`.
///
/// The word lists here are scanned around every numeral and nearly every
/// entry fails, so one byte is compared before the full comparison: the last
/// byte of `w`'s first character, which tells Han characters apart far better
/// than their shared lead bytes.
fn begins(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    let k = match w.first() {
        None => return true,
        Some(&b) if b < 0x80 => 0,
        Some(&b) if b < 0xE0 => 1,
        Some(&b) if b < 0xF0 => 2,
        Some(_) => 3,
    };
    s.get(k) == w.get(k) && s.starts_with(w)
}

/// True when `s` ends with `w`; like [`begins`], one byte is compared first.
fn finishes(s: &str, w: &str) -> bool {
    s.as_bytes().last() == w.as_bytes().last() && s.ends_with(w)
}

/// Finds which word of a list a string starts with, without comparing it
/// with every word: the lists are read after every numeral, and most of what
/// follows a numeral starts none of their words.
struct Leading(AhoCorasick);

impl Leading {
    fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        // Leftmost-first anchored at the start: the first word in list order
        // that `s` starts with, as a linear scan of the list would find.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .start_kind(StartKind::Anchored)
            .build(words)
            .expect("the word lists are small and valid");
        Leading(ac)
    }

    /// The index of the first word in list order that `s` starts with.
    fn first(&self, s: &str) -> Option<usize> {
        self.0
            .find(Input::new(s).anchored(Anchored::Yes))
            .map(|m| m.pattern().as_usize())
    }
}

/// A word list with its [`Leading`] matcher.
struct WordList<T: 'static> {
    list: &'static [(&'static str, T)],
    leading: LazyLock<Leading>,
}

impl<T: Copy> WordList<T> {
    /// The first entry of the list that `s` starts with.
    fn starts(&self, s: &str) -> Option<(&'static str, T)> {
        self.leading.first(s).map(|i| self.list[i])
    }
}

macro_rules! word_list {
    ($name:ident: $t:ty = $list:expr) => {
        static $name: WordList<$t> = WordList {
            list: $list,
            leading: LazyLock::new(|| Leading::new($list.iter().map(|(w, _)| *w))),
        };
    };
}

word_list!(ZH_CURRENCY_WORDS: Option<&'static str> = ZH_CURRENCIES);
word_list!(ZH_UNIT_WORDS: bool = ZH_UNITS);
word_list!(CLASSIFIER_WORDS: bool = CLASSIFIERS);

static DATE_WORD_INDEX: LazyLock<Leading> =
    LazyLock::new(|| Leading::new(DATE_WORDS.iter().copied()));

/// True when `s` starts with a date or time word.
fn starts_date_word(s: &str) -> bool {
    DATE_WORD_INDEX.first(s).is_some()
}

/// The first word of `list` that `s` starts with as a whole word (Latin).
fn starts_word<'l>(s: &str, list: &[&'l str], ignore_case: bool) -> Option<&'l str> {
    let first = s.as_bytes().first().map(u8::to_ascii_lowercase);
    list.iter().copied().find(|w| {
        if w.as_bytes().first().map(u8::to_ascii_lowercase) != first {
            return false;
        }
        let head = match s.get(..w.len()) {
            Some(h) => h,
            None => return false,
        };
        let same = if ignore_case {
            head.eq_ignore_ascii_case(w)
        } else {
            head == *w
        };
        same && !is_word_char(s[w.len()..].chars().next())
    })
}

/// An approximation morpheme fused into a numeral.
fn is_approx(c: char) -> bool {
    matches!(c, '多' | '餘' | '余' | '幾' | '几' | '數' | '数')
}

/// Emits an English ordinal word (`first`, `twenty-first`).
fn english_ordinal(text: &str, start: usize, end: usize, out: &mut Vec<Candidate>) {
    if is_word_char(char_before(text, start)) || is_word_char(char_at(text, end)) {
        return;
    }
    let word = &text[start..end];
    if word.eq_ignore_ascii_case("second") {
        // `a second`, `per second`, `30 second` are time, not order.
        let before = text[..start].trim_end_matches(' ');
        let last = before
            .rsplit(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        if before.len() < start
            && (["a", "per", "one", "each", "every", "split"]
                .iter()
                .any(|w| last.eq_ignore_ascii_case(w))
                || last.chars().all(|c| c.is_ascii_digit()) && !last.is_empty())
        {
            return;
        }
    }
    if let Some(v) = parse_english_ordinal(word) {
        out.push(Candidate::new(start..end, Label::Ordinal).with_value(Value::Number(v)));
    }
}

/// Where a numeral's prefix starts and what it says.
enum Prefix {
    None,
    Ordinal(usize),
    Percent(usize),
    Currency(usize, String),
    Rate(usize, &'static str),
}

/// Reads what stands right before the numeral at `start`.
fn prefix(ctx: &Context, start: usize) -> Prefix {
    let text = ctx.text;
    let before = &text[..start];
    let trimmed = before.trim_end_matches([' ', '\u{A0}', '\u{3000}']);
    let gap = before.len() - trimmed.len();
    if gap > 2 {
        return Prefix::None;
    }
    if trimmed.ends_with('第') {
        return Prefix::Ordinal(trimmed.len() - '第'.len_utf8());
    }
    if gap <= 1 && trimmed.ends_with("百分之") {
        return Prefix::Percent(trimmed.len() - "百分之".len());
    }
    for &(sign, code) in PREFIX_CURRENCIES {
        if !finishes(trimmed, sign) {
            continue;
        }
        if let Some(head) = trimmed.strip_suffix(sign) {
            // `ABCUSD`, `NZ$` or `GPT$` are not the codes we know.
            let ascii_sign = sign.starts_with(|c: char| c.is_ascii_alphabetic());
            if (ascii_sign || sign.starts_with('$')) && is_word_char(head.chars().next_back()) {
                return Prefix::None;
            }
            let code = match code {
                Some(c) => c,
                None if ctx.script == Script::Latin => "JPY",
                None => "CNY",
            };
            return Prefix::Currency(head.len(), code.to_string());
        }
    }
    for &rate in RATES {
        if !finishes(trimmed, rate) {
            continue;
        }
        if let Some(head) = trimmed.strip_suffix(rate) {
            return Prefix::Rate(head.len(), &rate['每'.len_utf8()..]);
        }
    }
    Prefix::None
}

/// Reads one numeral at `start..end` together with what surrounds it.
fn numeral(ctx: &Context, start: usize, mut end: usize, kind: Kind, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let core = &text[start..end];
    let before = char_before(text, start);
    let mut approx = core.chars().any(is_approx);

    match kind {
        Kind::Arabic => {
            if core.len() > 48 || !arabic_stands_alone(text, start, end) {
                return;
            }
        }
        Kind::English => {
            if is_word_char(before) || is_word_char(char_at(text, end)) {
                return;
            }
        }
        Kind::Chinese => {}
    }
    let mut value = match kind {
        Kind::English => match parse_english(core) {
            Some(v) => Some(v),
            None => return,
        },
        // `數百萬`, `幾十`: approximate with no number to read.
        Kind::Chinese if core.starts_with(['數', '数', '幾', '几']) => None,
        _ => match parse_chinese(core) {
            Some(v) if v.is_finite() => Some(v),
            _ => return,
        },
    };
    let pre = prefix(ctx, start);
    if kind == Kind::Chinese {
        // `一多個` is no numeral: `多` only follows a unit (`十多`, `一百多`).
        if core.ends_with(is_approx) && !approx_follows_unit(core) {
            end -= core.chars().next_back().map_or(0, char::len_utf8);
            approx = text[start..end].chars().any(is_approx);
        }
        let core = &text[start..end];
        let mut chars = core.chars();
        let first = chars.next();
        let lone = chars.next().is_none();
        let prefixed = matches!(pre, Prefix::Ordinal(_) | Prefix::Percent(_));
        // A lone `一` is "a"; a leading `萬` is `萬一` ("in case"), `千萬` "must".
        let weak = first.is_none()
            || lone
                && matches!(
                    first,
                    Some('一' | '壹' | '百' | '千' | '萬' | '万' | '億' | '亿' | '兆')
                )
            || matches!(first, Some('萬' | '万' | '億' | '亿' | '兆'));
        if weak && !prefixed {
            return;
        }
    }

    match pre {
        Prefix::Ordinal(p) => {
            let mut stop = end;
            let sp = spaces(&text[end..]);
            let rest = &text[end + sp..];
            if !starts_date_word(rest) {
                if let Some((w, arabic_only)) = CLASSIFIER_WORDS.starts(rest) {
                    if !arabic_only || kind == Kind::Arabic {
                        stop = end + sp + w.len();
                    }
                }
            }
            let mut c = Candidate::new(p..stop, Label::Ordinal);
            if let Some(v) = value {
                c = c.with_value(Value::Number(v));
            }
            c.approx = approx;
            out.push(c);
            return;
        }
        Prefix::Percent(p) => {
            let mut c = Candidate::new(p..end, Label::Percent);
            if let Some(v) = value {
                c = c.with_value(Value::Number(v));
            }
            c.approx = approx;
            out.push(c);
            return;
        }
        _ => {}
    }

    // A trailing approximation morpheme (`50 多家`) is kept only if something
    // follows it; otherwise the span ends at the digits.
    let digits_end = end;
    let mut after_approx = end;
    if !approx && kind == Kind::Arabic {
        let sp = spaces(&text[end..]);
        if let Some(c) = char_at(text, end + sp).filter(|&c| is_approx(c) && c != '數' && c != '数')
        {
            after_approx = end + sp + c.len_utf8();
        }
    }
    let approx_here = after_approx > end;
    end = after_approx;

    // English scales: `32k`, `7.19B`, `1.5 million`.
    if kind == Kind::Arabic && !approx_here {
        let rest = &text[end..];
        let glued = ["bn", "mn", "tn", "k", "K", "M", "B"]
            .iter()
            .find(|s| rest.starts_with(**s) && !is_word_char(rest[s.len()..].chars().next()));
        if let Some(s) = glued {
            value = value.map(|v| v * english_scale(s).unwrap_or(1.0));
            end += s.len();
        } else {
            let sp = spaces(rest);
            if sp > 0 {
                if let Some(w) = starts_word(
                    &rest[sp..],
                    &["thousand", "million", "billion", "trillion"],
                    true,
                ) {
                    value = value.map(|v| v * english_scale(w).unwrap_or(1.0));
                    end += sp + w.len();
                }
            }
        }
    }

    let rest = &text[end..];
    let sp = spaces(rest);
    let after = &rest[sp..];
    let c_after = |len: usize| char_at(text, end + sp + len);

    let push = |out: &mut Vec<Candidate>,
                range: std::ops::Range<usize>,
                label: Label,
                v: Option<Value>,
                approx: bool| {
        let mut c = Candidate::new(range, label);
        c.value = v;
        c.approx = approx;
        out.push(c);
    };
    let approx_all = approx || approx_here;

    // Money with the currency before the amount (`$13 billion`, `新台幣 60 億元`).
    if let Prefix::Currency(p, code) = &pre {
        let mut stop = end;
        let mut code = code.clone();
        if let Some((w, c)) = ZH_CURRENCY_WORDS.starts(after) {
            stop = end + sp + w.len();
            if let Some(c) = c {
                code = c.to_string();
            }
        } else if let Some(w) = (sp > 0)
            .then(|| starts_word(after, &["dollars"], true))
            .flatten()
        {
            stop = end + sp + w.len();
        }
        if approx_here && stop == end {
            stop = digits_end;
        }
        let v = value.map(|amount| Value::Money {
            amount,
            currency: code,
        });
        push(out, *p..stop, Label::Money, v, approx_all);
        return;
    }

    // Percent.
    if let Some(w) = PERCENT_SUFFIXES.iter().find(|w| begins(after, w)) {
        push(
            out,
            start..end + sp + w.len(),
            Label::Percent,
            value.map(Value::Number),
            approx_all,
        );
        return;
    }
    if let Some(w) = (sp > 0)
        .then(|| starts_word(after, EN_PERCENT, true))
        .flatten()
    {
        push(
            out,
            start..end + sp + w.len(),
            Label::Percent,
            value.map(Value::Number),
            approx_all,
        );
        return;
    }
    if after.starts_with('成')
        && value.is_some_and(|v| v <= 10.0 && v > 0.0)
        && !core.starts_with('一')
        && !matches!(
            c_after(3),
            Some(
                '為' | '为'
                    | '功'
                    | '本'
                    | '長'
                    | '长'
                    | '立'
                    | '員'
                    | '员'
                    | '交'
                    | '績'
                    | '绩'
                    | '果'
                    | '熟'
                    | '人'
                    | '都'
                    | '份'
            )
        )
    {
        push(
            out,
            start..end + sp + 3,
            Label::Percent,
            value.map(|v| Value::Number(v * 10.0)),
            approx_all,
        );
        return;
    }

    // Money with the currency after the amount.
    if let Some((w, code)) = ZH_CURRENCY_WORDS.starts(after) {
        let bare_yuan = code.is_none();
        let next = c_after(w.len());
        if !(bare_yuan
            && matches!(
                next,
                Some(
                    '素' | '件'
                        | '旦'
                        | '首'
                        | '朝'
                        | '宇'
                        | '年'
                        | '老'
                        | '氣'
                        | '气'
                        | '帥'
                        | '帅'
                )
            ))
        {
            let code = code.unwrap_or(if ctx.script == Script::Simplified {
                "CNY"
            } else {
                "TWD"
            });
            let v = value.map(|amount| Value::Money {
                amount,
                currency: code.to_string(),
            });
            push(out, start..end + sp + w.len(), Label::Money, v, approx_all);
            return;
        }
    }
    if sp > 0 || kind == Kind::English {
        if let Some(w) = starts_word(after, &EN_CURRENCY_NAMES, false).or_else(|| {
            starts_word(
                after,
                &["dollars", "dollar", "euros", "euro", "yuan", "yen"],
                true,
            )
        }) {
            let code = EN_CURRENCIES
                .iter()
                .find(|(x, _)| x.eq_ignore_ascii_case(w))
                .map_or("USD", |(_, c)| *c);
            let v = value.map(|amount| Value::Money {
                amount,
                currency: code.to_string(),
            });
            push(out, start..end + sp + w.len(), Label::Money, v, approx_all);
            return;
        }
    }

    // Quantities: a unit, possibly after the classifier `個` (`210 個 tokens`).
    let (rate_start, rate) = match pre {
        Prefix::Rate(p, r) => (p, Some(r)),
        _ => (start, None),
    };
    let quantity = |unit: &str, stop: usize, out: &mut Vec<Candidate>| {
        let unit = match rate {
            Some(r) => format!("{unit}/{r}"),
            None => unit.to_string(),
        };
        let v = value.map(|amount| Value::Quantity { amount, unit });
        push(out, rate_start..stop, Label::Quantity, v, approx_all);
    };
    if let Some((w, arabic_only)) = ZH_UNIT_WORDS.starts(after) {
        if !arabic_only || kind == Kind::Arabic {
            quantity(w, end + sp + w.len(), out);
            return;
        }
    }
    if let Some(w) = starts_word(after, EN_UNITS, false) {
        quantity(w, end + sp + w.len(), out);
        return;
    }
    for cl in ["個", "个"] {
        if let Some(tail) = after.strip_prefix(cl) {
            let sp2 = spaces(tail);
            if let Some(w) = starts_word(&tail[sp2..], EN_UNITS, false) {
                quantity(w, end + sp + cl.len() + sp2 + w.len(), out);
                return;
            }
        }
    }

    // Dates and times are for `dates`.
    if starts_date_word(after) {
        return;
    }

    // Counts with a classifier.
    if let Some((w, arabic_only)) = CLASSIFIER_WORDS.starts(after) {
        if !arabic_only || kind == Kind::Arabic {
            push(
                out,
                start..end + sp + w.len(),
                Label::Cardinal,
                value.map(Value::Number),
                approx_all,
            );
            return;
        }
    }

    // `3rd`, `21st`.
    if kind == Kind::Arabic && !approx_here && end == digits_end {
        for suf in ["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"] {
            if rest.starts_with(suf) && !is_word_char(rest[2..].chars().next()) {
                push(
                    out,
                    start..end + 2,
                    Label::Ordinal,
                    value.map(Value::Number),
                    false,
                );
                return;
            }
        }
    }

    // Plain numbers: Arabic and English only; a Chinese numeral needs company.
    match kind {
        Kind::Arabic => {
            if is_word_char(char_at(text, end)) {
                return;
            }
            let stop = if approx_here { after_approx } else { end };
            push(
                out,
                start..stop,
                Label::Cardinal,
                value.map(Value::Number),
                approx_all,
            );
        }
        Kind::English => {
            if !core.eq_ignore_ascii_case("one") && !core.eq_ignore_ascii_case("zero") {
                push(
                    out,
                    start..end,
                    Label::Cardinal,
                    value.map(Value::Number),
                    approx_all,
                );
            }
        }
        Kind::Chinese => {}
    }
}

/// True when an approximation morpheme at the end of `core` follows a unit.
fn approx_follows_unit(core: &str) -> bool {
    let mut rev = core.chars().rev();
    rev.next();
    rev.next().is_some_and(|c| {
        matches!(
            c,
            '十' | '百' | '千' | '萬' | '万' | '億' | '亿' | '拾' | '佰' | '仟'
        )
    })
}

/// False for digits that belong to a name, version, ticker or clock reading
/// (`GPT-4`, `H100`, `1.2.3`, `0700.HK`, `3:30`).
fn arabic_stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = char_before(text, start);
    if before.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '_' | '/' | '#' | '@' | '\\'))
    {
        return false;
    }
    if let Some(c @ ('-' | '.' | ':' | '‐' | '–')) = before {
        let two = char_before(text, start - c.len_utf8());
        let glued = match c {
            '.' | ':' => two.is_some_and(|d| d.is_ascii_alphanumeric()),
            _ => two.is_some_and(|d| d.is_ascii_alphabetic()),
        };
        if glued {
            return false;
        }
    }
    let mut after = text[end..].chars();
    match after.next() {
        // `1.2.3`, `3:30`, and tickers such as `0700.HK`.
        Some('.' | ':' | '．')
            if after
                .next()
                .is_some_and(|c| is_digit(c) || c.is_ascii_uppercase()) =>
        {
            return false
        }
        Some(c) if is_digit(c) => return false,
        _ => {}
    }
    // Codes with leading zeros (`00700`) are identifiers, not amounts.
    let core = &text[start..end];
    let first_two: Vec<char> = core.chars().take(2).collect();
    if first_two.len() == 2 && matches!(first_two[0], '0' | '０') && is_digit(first_two[1]) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the detector and renders candidates as `text LABEL value [~]`.
    fn run(input: &str) -> Vec<String> {
        let script = super::super::script::detect(input);
        let ctx = Context {
            text: input,
            script,
            masked: Vec::new(),
            regions: super::super::script::survey(input).regions,
        };
        let mut out = Vec::new();
        detect(&ctx, &mut out);
        let mut out = keep_longest(out);
        out.sort_by_key(|c| c.range.start);
        out.iter()
            .map(|c| {
                let v = match &c.value {
                    None => String::new(),
                    Some(Value::Number(n)) => format!(" {n}"),
                    Some(Value::Money { amount, currency }) => format!(" {amount} {currency}"),
                    Some(Value::Quantity { amount, unit }) => format!(" {amount} {unit}"),
                    Some(Value::Iso(s)) => format!(" {s}"),
                };
                let a = if c.approx { " ~" } else { "" };
                format!("{} {}{v}{a}", &input[c.range.clone()], c.label)
            })
            .collect()
    }

    /// Drops candidates contained in a longer one, as `analyze` would.
    fn keep_longest(mut v: Vec<Candidate>) -> Vec<Candidate> {
        v.sort_by_key(|c| std::cmp::Reverse(c.range.len()));
        let mut kept: Vec<Candidate> = Vec::new();
        for c in v {
            if !kept
                .iter()
                .any(|k| k.range.start < c.range.end && c.range.start < k.range.end)
            {
                kept.push(c);
            }
        }
        kept
    }

    fn check(input: &str, expected: &[&str]) {
        assert_eq!(run(input), expected, "input: {input}");
    }

    #[test]
    fn money() {
        check(
            "市值達 3 萬億美金的",
            &["3 萬億美金 MONEY 3000000000000 USD"],
        );
        check(
            "市值达 3 万亿美金的",
            &["3 万亿美金 MONEY 3000000000000 USD"],
        );
        check("繼 130 億美元投資", &["130 億美元 MONEY 13000000000 USD"]);
        check(
            "對 OpenAI 130 多億美元的投資",
            &["130 多億美元 MONEY 13000000000 USD ~"],
        );
        check("成本不到 2200 萬美元", &["2200 萬美元 MONEY 22000000 USD"]);
        check("可能超過 1 億美元", &["1 億美元 MONEY 100000000 USD"]);
        check(
            "共1億733萬7091美元",
            &["1億733萬7091美元 MONEY 107337091 USD"],
        );
        check(
            "投資新台幣 60 億元",
            &["新台幣 60 億元 MONEY 6000000000 TWD"],
        );
        check("售價 300 元。", &["300 元 MONEY 300 TWD"]);
        check("售价 300 元。这个", &["300 元 MONEY 300 CNY"]);
        check("賣 5 萬日圓", &["5 萬日圓 MONEY 50000 JPY"]);
        check("1.5 亿人民币", &["1.5 亿人民币 MONEY 150000000 CNY"]);
        check("十億港元", &["十億港元 MONEY 1000000000 HKD"]);
        check("三千歐元", &["三千歐元 MONEY 3000 EUR"]);
        check("200 英鎊", &["200 英鎊 MONEY 200 GBP"]);
        check("1000 韓元", &["1000 韓元 MONEY 1000 KRW"]);
        check("五十新加坡元", &["五十新加坡元 MONEY 50 SGD"]);
        check("价格 ¥100 元", &["¥100 元 MONEY 100 CNY"]);
        check("It cost ¥100.", &["¥100 MONEY 100 JPY"]);
        check("raised $13 billion", &["$13 billion MONEY 13000000000 USD"]);
        check("US$5 million", &["US$5 million MONEY 5000000 USD"]);
        check("NT$300", &["NT$300 MONEY 300 TWD"]);
        check("HK$1,000", &["HK$1,000 MONEY 1000 HKD"]);
        check("€5 million", &["€5 million MONEY 5000000 EUR"]);
        check("£3", &["£3 MONEY 3 GBP"]);
        check("valued at $7.19B today", &["$7.19B MONEY 7190000000 USD"]);
        check("paid 20 dollars", &["20 dollars MONEY 20 USD"]);
        check("USD 5 million", &["USD 5 million MONEY 5000000 USD"]);
        check("5 million yuan", &["5 million yuan MONEY 5000000 CNY"]);
        check(
            "two million dollars",
            &["two million dollars MONEY 2000000 USD"],
        );
        check("元素 3 元素", &["3 CARDINAL 3"]);
    }

    #[test]
    fn percent() {
        check("便宜 20%", &["20% PERCENT 20"]);
        check("便宜 ２０％", &["２０％ PERCENT 20"]);
        check("百分之二十", &["百分之二十 PERCENT 20"]);
        check("百分之 5", &["百分之 5 PERCENT 5"]);
        check("近三成", &["三成 PERCENT 30"]);
        check("三成为", &[] as &[&str]);
        check("一成不變", &[] as &[&str]);
        check("上升 0.1 個百分點", &["0.1 個百分點 PERCENT 0.1"]);
        check("上升 0.1 个百分点", &["0.1 个百分点 PERCENT 0.1"]);
        check("grew 20 percent", &["20 percent PERCENT 20"]);
        check("by 5 percentage points", &["5 percentage points PERCENT 5"]);
        check("twenty percent", &["twenty percent PERCENT 20"]);
        check("約 20% 左右", &["20% PERCENT 20"]);
    }

    #[test]
    fn quantity() {
        check("跑了 5 公里", &["5 公里 QUANTITY 5 公里"]);
        check("重 3.5 kg", &["3.5 kg QUANTITY 3.5 kg"]);
        check("重 3.5kg。", &["3.5kg QUANTITY 3.5 kg"]);
        check(
            "每秒 210 個 tokens",
            &["每秒 210 個 tokens QUANTITY 210 tokens/秒"],
        );
        check(
            "每秒 210 个 tokens",
            &["每秒 210 个 tokens QUANTITY 210 tokens/秒"],
        );
        check("80 GB 顯存", &["80 GB QUANTITY 80 GB"]);
        check("10TB", &["10TB QUANTITY 10 TB"]);
        check("三百公斤", &["三百公斤 QUANTITY 300 公斤"]);
        check("5 萬噸", &["5 萬噸 QUANTITY 50000 噸"]);
        check("100 平方公里", &["100 平方公里 QUANTITY 100 平方公里"]);
        check("100 公尺", &["100 公尺 QUANTITY 100 公尺"]);
        check("跳了 2 米", &["2 米 QUANTITY 2 米"]);
        check("三米", &[] as &[&str]);
        check("一度被擠爆", &[] as &[&str]);
        check("drove 5 km north", &["5 km QUANTITY 5 km"]);
        check("5 kmh", &["5 CARDINAL 5"]);
    }

    #[test]
    fn ordinal() {
        check("第二家 AI 公司", &["第二家 ORDINAL 2"]);
        check("第 27 次", &["第 27 次 ORDINAL 27"]);
        check("排第三的", &["第三 ORDINAL 3"]);
        check("第二個商業", &["第二個 ORDINAL 2"]);
        check("第二个商业", &["第二个 ORDINAL 2"]);
        check("the first time", &["first ORDINAL 1"]);
        check("came 3rd and 21st", &["3rd ORDINAL 3", "21st ORDINAL 21"]);
        check("the twenty-first century", &["twenty-first ORDINAL 21"]);
        check("second quarter", &["second ORDINAL 2"]);
        check("wait a second", &[] as &[&str]);
        check("firstly", &[] as &[&str]);
    }

    #[test]
    fn cardinal() {
        check("50 多家公司", &["50 多家 CARDINAL 50 ~"]);
        check("五十多家公司", &["五十多家 CARDINAL 50 ~"]);
        check("14 件", &["14 件 CARDINAL 14"]);
        check("加上兩個點", &["兩個 CARDINAL 2"]);
        check("两个点", &["两个 CARDINAL 2"]);
        check("合作的三個核心方向", &["三個 CARDINAL 3"]);
        check("1,045 萬人", &["1,045 萬人 CARDINAL 10450000"]);
        check("32k 上下文窗口", &["32k CARDINAL 32000"]);
        check("拿 80 分以上", &["80 分 CARDINAL 80"]);
        check("數百萬人", &["數百萬人 CARDINAL ~"]);
        check("十餘家", &["十餘家 CARDINAL 10 ~"]);
        check("共 1234 人", &["1234 人 CARDINAL 1234"]);
        check("共 1234", &["1234 CARDINAL 1234"]);
        check("there are two options", &["two CARDINAL 2"]);
        check(
            "thirteen and twenty-one",
            &["thirteen CARDINAL 13", "twenty-one CARDINAL 21"],
        );
        check(
            "one hundred twenty people",
            &["one hundred twenty CARDINAL 120"],
        );
        check("1.5 million users", &["1.5 million CARDINAL 1500000"]);
        check("50 多", &["50 多 CARDINAL 50 ~"]);
    }

    #[test]
    fn not_numbers() {
        for input in [
            "達到了一個新的裏程碑",
            "一家公司",
            "好一點",
            "唯一",
            "一無所知",
            "統一",
            "一些重要優勢",
            "十分不滿",
            "全班唯二在",
            "比 GPT-4 便宜",
            "H100 芯片",
            "版本 1.2.3",
            "騰訊 0700.HK",
            "萬一出事",
            "千萬不要",
            "百度公司",
            "someone often",
            "one of them",
            "3:30",
            "COVID-19",
            "三星",
            "兩岸",
            "5G",
        ] {
            check(input, &[]);
        }
    }

    #[test]
    fn left_to_dates() {
        for input in [
            "2023 年",
            "11 月",
            "23 點",
            "10 分鐘",
            "3 個月",
            "兩個月",
            "一年",
        ] {
            check(input, &[]);
        }
    }

    #[test]
    fn survives_odd_input() {
        let digits = "9".repeat(100_000);
        let _ = run(&digits);
        let _ = run(&"一二三四五六七八九十百千萬億".repeat(1000));
        let _ = run("$");
        let _ = run("第");
        let _ = run("百分之");
        let _ = run("1,");
        let _ = run("１．");
        let _ = run("多多多幾幾");
    }
}
