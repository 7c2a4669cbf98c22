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
    chinese_digit, chinese_unit, english_fraction, english_scale, is_chinese_numeral, is_digit,
    parse_arabic, parse_chinese, parse_english, parse_english_ordinal,
};
use super::{Candidate, Context, Label, Script, Value};
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use regex::Regex;
use std::sync::LazyLock;

/// Every numeral, with the Chinese multipliers and approximation morphemes
/// fused into it (`130 多億`, `1億733萬7091`).
pub(crate) static NUMERAL: LazyLock<Regex> = LazyLock::new(|| {
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
    // `三點五億`: Chinese decimals, and the multipliers after them.
    let cn_dec = "(?:[點点][零〇一二三四五六七八九]+[十百千萬万億亿兆]*)?";
    // `one hundred and twenty`: one `and`; `detect` splits `two and three`.
    // English words start at a word boundary: `detect` would drop `one` in
    // `someone` anyway, and the regex skips it far more cheaply.
    let pattern = format!(
        "(?P<ar>{ar}(?:{sp}(?:{apx}{sp})?{big}+(?:{sp}{ar}|{cn}+)?)*)\
         |(?P<cn>(?:[數数幾几]{big}|{cn}){cn}*{cn_dec}(?:{apx}{big}*)?)\
         |(?i-u:\\b(?:(?P<eno>(?:(?:{tens})-)?(?:{ords}))\
         |(?P<en>(?:{words})(?:[- ](?:{words}))*(?:[ ]and[ ](?:{words})(?:[- ](?:{words}))*)?)))"
    );
    Regex::new(&pattern).expect("the numeral pattern is valid")
});

/// English cardinal words the numeral regex knows.
#[rustfmt::skip]
const EN_CARDINALS: [&str; 34] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "trillion", "dozen",
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
    ("新加坡元", Some("SGD")), ("新台幣", Some("TWD")), ("新臺幣", Some("TWD")), ("臺幣", Some("TWD")), ("新台币", Some("TWD")), ("人民幣", Some("CNY")),
    ("人民币", Some("CNY")), ("美元", Some("USD")), ("美金", Some("USD")), ("港元", Some("HKD")),
    ("港幣", Some("HKD")), ("港币", Some("HKD")), ("日圓", Some("JPY")), ("日圆", Some("JPY")),
    ("日元", Some("JPY")), ("日幣", Some("JPY")), ("日币", Some("JPY")), ("歐元", Some("EUR")),
    ("欧元", Some("EUR")), ("英鎊", Some("GBP")), ("英镑", Some("GBP")), ("韓元", Some("KRW")),
    ("韩元", Some("KRW")), ("台幣", Some("TWD")), ("台币", Some("TWD")), ("澳元", Some("AUD")),
    ("加元", Some("CAD")), ("澳幣", Some("AUD")), ("澳币", Some("AUD")), ("加幣", Some("CAD")),
    ("加币", Some("CAD")), ("瑞士法郎", Some("CHF")), ("瑞郎", Some("CHF")), ("泰銖", Some("THB")),
    ("泰铢", Some("THB")), ("越南盾", Some("VND")), ("印度盧比", Some("INR")), ("印度卢比", Some("INR")),
    ("盧比", Some("INR")), ("卢比", Some("INR")), ("韓圓", Some("KRW")), ("韩圆", Some("KRW")),
    // More currencies of news from Africa, Latin America, Southeast Asia and
    // the Gulf; a country name before a bare word (`智利比索`) picks the code.
    ("澳門元", Some("MOP")), ("澳门元", Some("MOP")), ("澳門幣", Some("MOP")), ("澳门币", Some("MOP")),
    ("澳門葡幣", Some("MOP")), ("澳门葡币", Some("MOP")), ("葡幣", Some("MOP")), ("葡币", Some("MOP")),
    ("奈拉", Some("NGN")), ("令吉", Some("MYR")), ("林吉特", Some("MYR")),
    ("馬幣", Some("MYR")), ("马币", Some("MYR")), ("新西蘭元", Some("NZD")), ("新西兰元", Some("NZD")),
    ("紐西蘭元", Some("NZD")), ("纽西兰元", Some("NZD")), ("紐元", Some("NZD")), ("纽元", Some("NZD")),
    ("智利比索", Some("CLP")), ("智利披索", Some("CLP")), ("阿根廷比索", Some("ARS")),
    ("阿根廷披索", Some("ARS")), ("墨西哥比索", Some("MXN")), ("墨西哥披索", Some("MXN")),
    ("哥倫比亞比索", Some("COP")), ("哥伦比亚比索", Some("COP")), ("菲律賓披索", Some("PHP")),
    ("菲律宾比索", Some("PHP")), ("菲律賓比索", Some("PHP")), ("比索", Some("MXN")), ("披索", Some("MXN")),
    ("巴西雷亞爾", Some("BRL")), ("巴西雷亚尔", Some("BRL")), ("雷亞爾", Some("BRL")), ("雷亚尔", Some("BRL")),
    ("沙特里亞爾", Some("SAR")), ("沙特里亚尔", Some("SAR")), ("沙烏地里亞爾", Some("SAR")),
    ("卡塔爾里亞爾", Some("QAR")), ("卡塔尔里亚尔", Some("QAR")), ("里亞爾", Some("SAR")), ("里亚尔", Some("SAR")),
    ("迪拉姆", Some("AED")), ("盧布", Some("RUB")), ("卢布", Some("RUB")), ("里拉", Some("TRY")),
    ("蘭特", Some("ZAR")), ("兰特", Some("ZAR")), ("印尼盾", Some("IDR")), ("丹麥克朗", Some("DKK")),
    ("丹麦克朗", Some("DKK")), ("瑞典克朗", Some("SEK")), ("挪威克朗", Some("NOK")), ("克朗", Some("DKK")),
    ("謝克爾", Some("ILS")), ("谢克尔", Some("ILS")), ("茲羅提", Some("PLN")), ("兹罗提", Some("PLN")),
    ("福林", Some("HUF")), ("埃及鎊", Some("EGP")), ("埃及镑", Some("EGP")), ("先令", Some("KES")),
    ("加拿大元", Some("CAD")), ("澳大利亞元", Some("AUD")), ("澳大利亚元", Some("AUD")),
    ("新加坡幣", Some("SGD")), ("新加坡币", Some("SGD")),
    // `22 億元人民幣`: the currency named after `元` says which `元` it is.
    ("元人民幣", Some("CNY")), ("元人民币", Some("CNY")), ("元港幣", Some("HKD")), ("元港币", Some("HKD")),
    ("元新台幣", Some("TWD")), ("元新台币", Some("TWD")), ("元新臺幣", Some("TWD")),
    // `塊錢` is the spoken `元`: like `元`, its currency follows the script.
    ("塊錢", None), ("块钱", None), ("円", Some("JPY")), ("元", None),
];

/// Currency words after the amount in English; whole words only.
#[rustfmt::skip]
const EN_CURRENCIES: &[(&str, &str)] = &[
    ("US dollars", "USD"), ("Australian dollars", "AUD"), ("Canadian dollars", "CAD"),
    ("Singapore dollars", "SGD"), ("Hong Kong dollars", "HKD"), ("Taiwan dollars", "TWD"),
    ("dollars", "USD"), ("dollar", "USD"), ("euros", "EUR"), ("euro", "EUR"), ("yuan", "CNY"),
    ("renminbi", "CNY"), ("yen", "JPY"), ("pounds sterling", "GBP"), ("pounds", "GBP"),
    ("won", "KRW"), ("rupees", "INR"), ("baht", "THB"), ("Swiss francs", "CHF"), ("francs", "CHF"),
    ("USD", "USD"), ("EUR", "EUR"), ("CNY", "CNY"), ("RMB", "CNY"), ("JPY", "JPY"), ("GBP", "GBP"),
    ("HKD", "HKD"), ("TWD", "TWD"), ("NTD", "TWD"), ("KRW", "KRW"), ("SGD", "SGD"), ("AUD", "AUD"),
    ("CAD", "CAD"), ("CHF", "CHF"), ("INR", "INR"), ("THB", "THB"), ("VND", "VND"),
    // More currencies: names (the country's adjective first) and ISO codes.
    ("New Zealand dollars", "NZD"), ("Chilean pesos", "CLP"), ("Mexican pesos", "MXN"),
    ("Argentine pesos", "ARS"), ("Argentinian pesos", "ARS"), ("Colombian pesos", "COP"),
    ("Philippine pesos", "PHP"), ("pesos", "MXN"), ("Brazilian reais", "BRL"), ("reais", "BRL"),
    ("Danish kroner", "DKK"), ("Norwegian kroner", "NOK"), ("Swedish kronor", "SEK"),
    ("kronor", "SEK"), ("ringgit", "MYR"), ("naira", "NGN"), ("rand", "ZAR"), ("rupiah", "IDR"),
    ("roubles", "RUB"), ("rubles", "RUB"), ("riyals", "SAR"), ("dirhams", "AED"),
    ("shekels", "ILS"), ("zlotys", "PLN"), ("zloty", "PLN"), ("forints", "HUF"), ("lira", "TRY"),
    ("patacas", "MOP"), ("Indian rupees", "INR"), ("Pakistani rupees", "PKR"),
    ("DKK", "DKK"), ("SEK", "SEK"), ("NOK", "NOK"), ("BRL", "BRL"), ("MXN", "MXN"),
    ("CLP", "CLP"), ("ARS", "ARS"), ("COP", "COP"), ("PEN", "PEN"), ("NGN", "NGN"), ("ZAR", "ZAR"),
    ("MYR", "MYR"), ("IDR", "IDR"), ("PHP", "PHP"), ("MOP", "MOP"), ("NZD", "NZD"), ("RUB", "RUB"),
    ("TRY", "TRY"), ("SAR", "SAR"), ("AED", "AED"), ("ILS", "ILS"), ("PLN", "PLN"), ("HUF", "HUF"),
    ("CZK", "CZK"), ("EGP", "EGP"), ("KES", "KES"), ("PKR", "PKR"), ("QAR", "QAR"), ("KWD", "KWD"),
];

/// The words of [`EN_CURRENCIES`], for [`starts_word`].
static EN_CURRENCY_NAMES: Words = Words::new(&firsts::<{ EN_CURRENCIES.len() }>(EN_CURRENCIES));

/// The first elements of `N` pairs.
const fn firsts<const N: usize>(pairs: &[(&'static str, &'static str)]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = pairs[i].0;
        i += 1;
    }
    out
}

/// Currency signs and codes written before the amount, longest first.
/// `None` is `¥`, which is CNY in Chinese text and JPY otherwise.
#[rustfmt::skip]
const PREFIX_CURRENCIES: &[(&str, Option<&str>)] = &[
    ("新台幣", Some("TWD")), ("新台币", Some("TWD")), ("新臺幣", Some("TWD")), ("人民幣", Some("CNY")),
    ("人民币", Some("CNY")), ("港幣", Some("HKD")), ("港币", Some("HKD")), ("US$", Some("USD")), ("NT$", Some("TWD")),
    ("R$", Some("BRL")), ("NZ$", Some("NZD")), ("MX$", Some("MXN")), ("HK$", Some("HKD")), ("S$", Some("SGD")), ("A$", Some("AUD")), ("C$", Some("CAD")),
    ("$", Some("USD")), ("＄", Some("USD")), ("€", Some("EUR")), ("£", Some("GBP")),
    ("￡", Some("GBP")), ("¥", None), ("￥", None), ("USD", Some("USD")), ("EUR", Some("EUR")),
    ("CNY", Some("CNY")), ("RMB", Some("CNY")), ("JPY", Some("JPY")), ("GBP", Some("GBP")),
    ("HKD", Some("HKD")), ("TWD", Some("TWD")), ("NTD", Some("TWD")), ("KRW", Some("KRW")),
    ("SGD", Some("SGD")), ("AUD", Some("AUD")), ("CAD", Some("CAD")), ("CHF", Some("CHF")),
    ("INR", Some("INR")), ("THB", Some("THB")), ("VND", Some("VND")), ("₩", Some("KRW")),
    ("₹", Some("INR")),
    // More signs and codes (`R$`, `NZ$`, `MX$` stand before the bare `$` above).
    ("Rs.", Some("INR")),
    ("Rs", Some("INR")), ("₦", Some("NGN")), ("₱", Some("PHP")), ("₽", Some("RUB")), ("₺", Some("TRY")),
    ("DKK", Some("DKK")), ("SEK", Some("SEK")), ("NOK", Some("NOK")), ("BRL", Some("BRL")),
    ("MXN", Some("MXN")), ("CLP", Some("CLP")), ("ARS", Some("ARS")), ("NGN", Some("NGN")),
    ("ZAR", Some("ZAR")), ("MYR", Some("MYR")), ("IDR", Some("IDR")), ("MOP", Some("MOP")),
    ("NZD", Some("NZD")), ("RUB", Some("RUB")), ("SAR", Some("SAR")), ("AED", Some("AED")),
    ("ILS", Some("ILS")), ("PLN", Some("PLN")), ("HUF", Some("HUF")), ("CZK", Some("CZK")),
    ("EGP", Some("EGP")), ("KES", Some("KES")), ("PKR", Some("PKR")), ("QAR", Some("QAR")),
    ("KWD", Some("KWD")), ("฿", Some("THB")), ("RM", Some("MYR")),
];

/// Chinese units of measure, longest first; `true` marks single characters
/// that are units only after Arabic digits (`米` is also rice). `度` is read
/// apart: after Arabic digits only (`一度` is "at one point", `三度` "three
/// times"), and with its scale when one is written (`攝氏 30 度`).
#[rustfmt::skip]
const ZH_UNITS: &[(&str, bool)] = &[
    ("平方公里", false), ("平方千米", false), ("平方公尺", false), ("平方米", false), ("立方米", false),
    ("立方公尺", false), ("公里/小時", false), ("公里/小时", false), ("公里每小時", false),
    ("公里每小时", false), ("千瓦時", false), ("千瓦时", false), ("度電", false), ("度电", false),
    ("公里", false), ("千米", false), ("公尺", false), ("公分", false), ("英畝", false), ("英亩", false),
    ("釐米", false), ("厘米", false), ("毫米", false), ("奈米", false), ("納米", false), ("纳米", false),
    ("英里", false), ("英尺", false), ("英寸", false), ("海里", false), ("公斤", false), ("千克", false),
    ("公克", false), ("毫克", false), ("公噸", false), ("公吨", false), ("公頃", false), ("公顷", false),
    ("公升", false), ("毫升", false), ("瓦時/公斤", false), ("瓦时/公斤", false), ("瓦時", false),
    ("瓦时", false), ("毫安時", false), ("毫安时", false), ("千帕", false), ("兆帕", false),
    ("吉瓦時", false), ("吉瓦时", false), ("兆瓦時", false), ("兆瓦时", false), ("吉瓦", false),
    ("帕", true), ("千瓦", false), ("兆瓦", false), ("瓩", false), ("標準箱", false),
    ("平方呎", false), ("呎", false), ("吋", false),
    ("标准箱", false), ("噸", false), ("吨", false),
    ("畝", false), ("亩", false), ("坪", false), ("桶", false), ("克", true), ("升", true), ("米", true),
    ("瓦", true), ("℃", false), ("°C", false), ("°F", false), ("°", false),
];

/// Temperature scales written before the number (`攝氏 30 度`), and the
/// unit they give `度`.
#[rustfmt::skip]
const TEMPERATURE_SCALES: &[(&str, &str)] = &[
    ("攝氏", "°C"), ("摄氏", "°C"), ("華氏", "°F"), ("华氏", "°F"),
];

/// Latin units of measure, case-sensitive, whole words only, longest first.
#[rustfmt::skip]
const EN_UNIT_LIST: &[&str] = &[
    "square kilometers", "square kilometres", "square miles", "square feet", "square foot",
    "kilowatt-hours", "kilowatt hours", "gigawatts", "gigawatt", "megawatts", "megawatt",
    "kilowatts", "kilowatt", "watts", "watt", "square meters", "square metres",
    "cubic meters", "cubic metres", "kilometers", "kilometres", "kilograms", "grams", "tokens",
    "token", "metric tons", "tonnes", "tons", "miles", "mile", "meters", "metres", "feet",
    "kilometre", "kilometer", "metre", "meter", "tonne", "inches", "hectares", "acres", "liters", "litres", "gallons", "barrels", "bytes", "pounds",
    "TEUs", "TEU", "bpd", "EFLOPS", "PFLOPS", "TFLOPS", "FLOPS", "kPa", "MPa", "GPa", "Pa",
    "kWh", "MWh", "TWh", "GWh", "mAh", "GHz", "MHz", "km/h", "mph", "km²", "m²", "km", "kg", "mg",
    "cm", "mm", "nm", "GB", "TB", "MB", "KB", "PB", "kW", "MW", "GW", "ft", "lbs", "lb", "°C",
    "°F", "℃", "°", "m", "g",
];

/// [`EN_UNIT_LIST`] for [`starts_word`].
static EN_UNITS: Words = Words::new(EN_UNIT_LIST);

/// English rate words after a unit (`210 tokens per second`, `5 GB/s`).
#[rustfmt::skip]
const EN_RATES: &[(&str, &str)] = &[
    (" per second", "second"), (" per minute", "minute"), (" per hour", "hour"),
    (" per day", "day"), (" per month", "month"), (" per year", "year"), (" a second", "second"),
    (" a day", "day"), (" a year", "year"), ("/s", "second"), ("/sec", "second"), ("/h", "hour"),
];

/// Chinese classifiers that make a numeral a count; `true` marks those that
/// count only after Arabic digits (`十分` is "very", `80 分` is a score).
#[rustfmt::skip]
const CLASSIFIERS: &[(&str, bool)] = &[
    ("個", false), ("个", false), ("家", false), ("件", false), ("位", false), ("名", false),
    ("人次", false), ("人", false), ("項", false), ("项", false), ("條", false), ("条", false), ("種", false),
    ("种", false), ("次", false), ("倍", false), ("輛", false), ("辆", false), ("台", false),
    ("臺", false), ("架", false), ("艘", false), ("部", false), ("本", false), ("張", false),
    ("张", false), ("份", false), ("隻", false), ("頭", false), ("头", false), ("座", false),
    ("棟", false), ("栋", false), ("間", false), ("间", false), ("所", false), ("層", false),
    ("层", false), ("篇", false), ("首", false), ("句", false), ("場", false), ("场", false),
    ("輪", false), ("轮", false), ("屆", false), ("届", false), ("批", false), ("套", false),
    ("款", false), ("顆", false), ("颗", false), ("枚", false), ("把", false), ("片", false),
    ("塊", false), ("块", false), ("筆", false), ("笔", false), ("戶", false), ("户", false),
    ("票", false), ("席", false), ("船", false), ("籠", false), ("笼", false), ("伙", true),
    ("地", false), ("宗", false), ("例", false),
    ("處", false), ("处", false), ("則", false), ("则", false), ("封", false), ("門", false),
    ("门", false), ("類", false), ("类", false), ("組", false), ("组", false), ("章", false),
    ("節", false), ("节", false), ("字", false), ("國", false), ("国", false), ("班", false), ("分", true), ("股", true), ("起", true), ("支", true),
];

/// Date and time words: a numeral before one of them belongs to `dates`.
#[rustfmt::skip]
const DATE_WORDS: &[&str] = &[
    "個月", "个月", "個小時", "个小时", "個星期", "个星期", "個鐘頭", "个钟头", "小時", "小时", "分鐘", "分钟", "鐘頭", "钟头", "星期",
    "世紀", "世纪", "年代", "年", "月", "日", "號", "号", "天", "週", "周", "秒", "點", "点", "時", "时", "季",
    // Ages are DATE, as in OntoNotes (see `dates`).
    "歲", "岁",
];

/// Percent signs and words after the numeral, longest first.
const PERCENT_SUFFIXES: &[&str] = &["%", "％", "個百分點", "个百分点", "百分點", "百分点"];

/// Basis-point words after the numeral (Chinese, then English whole
/// words): PERCENT with the value in percentage points (`25 个基点` → 0.25).
const BASIS_POINTS: &[&str] = &["個基點", "个基点", "基點", "基点"];

/// English basis-point words; whole words only.
static EN_BASIS_POINTS: Words = Words::new(&["basis points", "basis point", "bps", "bp"]);

/// English percent words; whole words only.
#[rustfmt::skip]
static EN_PERCENT: Words = Words::new(&[
    "percentage points", "percentage point", "per cent", "percent", "pct",
]);

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
            Some(c) if is_digit(c) => {
                let cut = spaced_tail_end(text, start, end);
                numeral(ctx, start, cut, Kind::Arabic, out, true);
                if cut < end {
                    // The number cut off is a numeral of its own (`20000 輛`).
                    let tail = cut + spaces(&text[cut..end]);
                    numeral(ctx, tail, end, Kind::Arabic, out, true);
                }
            }
            Some(c) if c.is_ascii_alphabetic() => {
                // Both readers drop words glued to other letters (`someone`,
                // `often`); checking first skips parsing them.
                if is_word_char(char_before(text, start)) || is_word_char(char_at(text, end)) {
                    continue;
                }
                // `and` joins one numeral only after a scale word (`one
                // hundred and twenty`); `two and three` are two numerals.
                let word = m.as_str();
                let and = word
                    .contains(' ')
                    .then(|| word.to_ascii_lowercase().find(" and "))
                    .flatten();
                match and {
                    Some(i) if !ends_with_scale(&word[..i]) => {
                        english(ctx, start, start + i, out);
                        english(ctx, start + i + 5, end, out);
                    }
                    _ => english(ctx, start, end, out),
                }
            }
            Some(_) => numeral(ctx, start, end, Kind::Chinese, out, true),
            None => {}
        }
    }
    first_ordinals(text, out);
}

/// Where an Arabic numeral with multipliers really ends: `46 萬 2890 輛` and
/// `2 萬 3 千名` read on across the space after `萬`, but not into a number
/// that is not below it (`5 萬 20000`) or into a date (`100 萬 2024 年`).
fn spaced_tail_end(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    let mut scale = 1.0;
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        match chinese_unit(c) {
            Some(u) if u >= 10.0 => {
                scale = if prev.and_then(chinese_unit).is_some() {
                    scale * u
                } else {
                    u
                };
            }
            _ => {}
        }
        let gap = matches!(c, ' ' | '\u{A0}' | '\u{3000}')
            && prev.and_then(chinese_unit).is_some()
            && s[i + c.len_utf8()..].starts_with(is_digit);
        if gap {
            let tail = &s[i + c.len_utf8()..];
            let after = text[end..].trim_start_matches([' ', '\u{A0}', '\u{3000}']);
            let fits = parse_chinese(tail).is_some_and(|v| v < scale);
            if !fits || starts_date_word(after) {
                return start + i;
            }
        }
        prev = Some(c);
    }
    end
}

/// `v` rounded to 13 significant digits: scaling a decimal (`33.2 × 10⁹`)
/// leaves binary noise (`33200000000.000004`) that no one wrote.
fn tidy(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    if is_short_decimal(v) {
        return v;
    }
    format!("{v:.12e}").parse().unwrap_or(v)
}

/// True when `v` is the `f64` nearest to a decimal of at most 13 significant
/// digits and 6 decimals (`20`, `3.5`, `0.25`, `1.7e12`): [`tidy`] would give
/// `v` back, and formatting a float is costly for the thousands of numbers in
/// a text. `m / 10ᵏ` with `m` below 2⁵³ and `k` ≤ 6 is that nearest `f64`,
/// because both are exact and the division rounds correctly.
fn is_short_decimal(v: f64) -> bool {
    const POWERS: [f64; 7] = [1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6];
    POWERS.iter().any(|&p| {
        let m = (v * p).round();
        m.abs() < 1e13 && m / p == v
    }) || (v.fract() == 0.0 && v.abs() < 1e15 && {
        // A whole number: its trailing zeros do not count as significant.
        let mut m = v.abs();
        while m >= 1e13 && m % 10.0 == 0.0 {
            m /= 10.0;
        }
        m < 1e13
    })
}
/// Place names that start with a numeral and a classifier (`三門峽` is no
/// `三門`); the numeral is no count there.
#[rustfmt::skip]
const NUMERAL_PLACES: &[&str] = &[
    "三門峽", "三门峡", "七台河", "五家渠", "三台縣", "三台县", "八達嶺", "八达岭", "十堰",
    "六盤水", "六盘水", "九台", "五指山", "三間房", "四平", "十間房",
];

/// Words after which a bare four- to six-digit number is a stock code.
const TICKER_MARKERS: &[&str] = &[
    "台股", "港股", "A股", "股號", "股号", "代號", "代号", "代碼", "代码", "ticker",
];

/// What may follow `首` for it to mean "first" (`首次`, `首個`, `首款`).
const FIRST_FOLLOWERS: &[char] = &[
    '次', '個', '个', '款', '期', '家', '位', '批', '座', '部', '筆', '笔', '屆', '届', '場', '场',
    '輪', '轮', '架', '輛', '辆', '套', '度', '艘', '班', '項', '项',
];

/// What before `首` makes it "head" rather than "first" (`元首`, `榜首`,
/// `禍首`). `為首` ("led by") is followed by `的` or punctuation, not by a
/// classifier, so `成為首家` stays "became the first".
const FIRST_BLOCKERS: &[char] = &['元', '榜', '禍', '祸', '匪'];

/// `首次`, `首個`, `首款`, `首期`: ORDINAL 1, the span is `首` and the
/// classifier. Phrases that name a day or period (`首日`, `首個週末`) are
/// longer DATE candidates from `dates` and win the overlap.
fn first_ordinals(text: &str, out: &mut Vec<Candidate>) {
    // `match_indices('首')` would stop at every occurrence of its last byte,
    // a continuation byte shared by a great many ideographs; the regex
    // engine's substring search skips ahead on the whole character.
    static FIRST: LazyLock<Regex> =
        LazyLock::new(|| Regex::new("首").expect("a literal is a valid pattern"));
    for i in FIRST.find_iter(text).map(|m| m.start()) {
        let after = i + '首'.len_utf8();
        let Some(next) = char_at(text, after) else {
            continue;
        };
        if !FIRST_FOLLOWERS.contains(&next)
            || char_before(text, i).is_some_and(|c| FIRST_BLOCKERS.contains(&c))
        {
            continue;
        }
        out.push(
            Candidate::new(i..after + next.len_utf8(), Label::Ordinal)
                .with_value(Value::Number(1.0)),
        );
    }
}

/// True when the English numeral `s` ends with a scale word (`one hundred`).
fn ends_with_scale(s: &str) -> bool {
    s.rsplit([' ', '-'])
        .next()
        .and_then(english_scale)
        .is_some_and(|v| v >= 100.0)
}

/// Reads English number words at `start..end`: an ordinal or a cardinal.
fn english(ctx: &Context, start: usize, end: usize, out: &mut Vec<Candidate>) {
    if parse_english_ordinal(&ctx.text[start..end]).is_some() {
        english_ordinal(ctx.text, start, end, out);
    } else {
        numeral(ctx, start, end, Kind::English, out, true);
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
struct Leading {
    words: AhoCorasick,
    /// The first characters of the words, sorted.
    firsts: Vec<char>,
}

impl Leading {
    fn new<'w>(words: impl IntoIterator<Item = &'w str> + Clone) -> Self {
        // Leftmost-first anchored at the start: the first word in list order
        // that `s` starts with, as a linear scan of the list would find.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .start_kind(StartKind::Anchored)
            .build(words.clone())
            .expect("the word lists are small and valid");
        let mut firsts: Vec<char> = words.into_iter().filter_map(|w| w.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        Leading { words: ac, firsts }
    }

    /// The index of the first word in list order that `s` starts with.
    fn first(&self, s: &str) -> Option<usize> {
        // Every word of these lists starts outside ASCII, and in English text
        // nearly every numeral is followed by ASCII: skip the automaton then.
        // In Chinese text most numerals are followed by a character that
        // starts no word of the list: a binary search rules it out sooner.
        if s.as_bytes().first().is_none_or(u8::is_ascii) {
            return None;
        }
        let first = s.chars().next()?;
        self.firsts.binary_search(&first).ok()?;
        self.words
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

/// A byte set: one lookup rules out a position where no word of a list can
/// start or end, before the list is scanned.
struct ByteSet([bool; 256]);

impl ByteSet {
    /// The first bytes of `words`, in both ASCII cases.
    const fn first_of(words: &[&str]) -> Self {
        let mut set = [false; 256];
        let mut i = 0;
        while i < words.len() {
            if let Some(&b) = words[i].as_bytes().first() {
                set[b.to_ascii_lowercase() as usize] = true;
                set[b.to_ascii_uppercase() as usize] = true;
            }
            i += 1;
        }
        ByteSet(set)
    }

    /// The last bytes of the words of `pairs`.
    const fn last_of<T>(pairs: &[(&str, T)]) -> Self {
        let mut set = [false; 256];
        let mut i = 0;
        while i < pairs.len() {
            if let Some(&b) = pairs[i].0.as_bytes().last() {
                set[b as usize] = true;
            }
            i += 1;
        }
        ByteSet(set)
    }

    /// The last bytes of `words`.
    const fn last_of_words(words: &[&str]) -> Self {
        let mut set = [false; 256];
        let mut i = 0;
        while i < words.len() {
            if let Some(&b) = words[i].as_bytes().last() {
                set[b as usize] = true;
            }
            i += 1;
        }
        ByteSet(set)
    }

    /// True when `b` is in the set (`None` never is).
    fn has(&self, b: Option<&u8>) -> bool {
        b.is_some_and(|&b| self.0[b as usize])
    }
}

/// A word list for [`starts_word`] with the bytes its words start with.
struct Words {
    list: &'static [&'static str],
    first: ByteSet,
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Self {
        Words {
            list,
            first: ByteSet::first_of(list),
        }
    }

    /// [`starts_word`] on this list; most text starts with no word of it.
    fn starts(&self, s: &str, ignore_case: bool) -> Option<&'static str> {
        if !self.first.has(s.as_bytes().first()) {
            return None;
        }
        starts_word(s, self.list, ignore_case)
    }
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
    // `third-party` software has no order.
    if text[end..].starts_with("-party") {
        return;
    }
    if word.eq_ignore_ascii_case("second") {
        // `a second`, `per second`, `30 second` are time, not order.
        let before = text[..start].trim_end_matches(' ');
        let last = before
            .rsplit(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        // `a second bite`, `a second time`: an order after all.
        let next = text[end..].strip_prefix(' ').unwrap_or("");
        let next_word = next
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        let noun_follows = last.eq_ignore_ascii_case("a")
            && next_word.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(
                next_word,
                "of" | "or"
                    | "and"
                    | "to"
                    | "later"
                    | "ago"
                    | "earlier"
                    | "before"
                    | "after"
                    | "in"
                    | "for"
                    | "longer"
                    | "more"
                    | "too"
            );
        if before.len() < start
            && !noun_follows
            && (["a", "per", "one", "each", "every", "split"]
                .iter()
                .any(|w| last.eq_ignore_ascii_case(w))
                || last.chars().all(|c| c.is_ascii_digit()) && !last.is_empty())
        {
            return;
        }
    }
    // `a third of the shares` is a fraction; `a third company` an order.
    if let Some(den) = english_fraction(word) {
        let before = &text[..start];
        let of_follows = text[end..]
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case(" of "));
        let a_before = before
            .get(before.len().saturating_sub(2)..)
            .is_some_and(|w| w.eq_ignore_ascii_case("a "));
        if of_follows && a_before {
            let a = start - 2;
            if !is_word_char(char_before(text, a)) {
                let c =
                    Candidate::new(a..end, Label::Cardinal).with_value(Value::Number(1.0 / den));
                out.push(c);
                return;
            }
        }
    }
    if let Some(v) = parse_english_ordinal(word) {
        out.push(Candidate::new(start..end, Label::Ordinal).with_value(Value::Number(v)));
    }
}

/// Standards whose number follows them (`IFRS 17`, `ISO 9001`).
const STANDARDS: &[&str] = &["IFRS", "IAS", "ISO", "GAAP", "IEC", "RFC"];

/// True when `head` ends with a currency code glued to the number that
/// follows (`RM6,500`, `THB1,200`), with no letter before the code.
fn after_currency_code(head: &str) -> bool {
    let letters = head.len()
        - head
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    let code = &head[head.len() - letters..];
    (2..=3).contains(&letters)
        && PREFIX_CURRENCIES.iter().any(|(w, _)| *w == code)
        && !is_word_char(char_before(head, head.len() - letters))
}

/// True when a four- to six-digit `code` whose closing bracket follows is a
/// stock code: `鴻海（2317）` after a Han name, `（BABA，9988）` after a Latin
/// ticker or name in the same brackets, `Japan Airlines (9201)` after a
/// capitalised name (not a year: `(2019)`). `head` is the text before it.
fn bracketed_code(head: &str, code: &str) -> bool {
    let Some(open) = head.strip_suffix(['（', '(']) else {
        // `（BABA，9988）`: after a comma, a Latin word back to the bracket.
        let Some(inner) = head.strip_suffix(['，', ',']) else {
            return false;
        };
        let word = inner.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == ' ');
        return word.len() < inner.len() && word.ends_with(['（', '(']);
    };
    match open.chars().next_back() {
        Some(c) if !c.is_ascii() && c.is_alphabetic() => true,
        Some(' ') => {
            let year = code.len() == 4 && matches!(code.get(..2), Some("19" | "20"));
            let name = open.trim_end_matches(' ');
            !year && name.ends_with(|c: char| c.is_ascii_alphabetic()) && {
                let last = name.rsplit(' ').next().unwrap_or("");
                last.starts_with(|c: char| c.is_ascii_uppercase())
            }
        }
        _ => false,
    }
}

/// Video resolutions written like pence (`1080p`).
const RESOLUTIONS: &[f64] = &[
    144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0,
];

/// Hong Kong and Taiwan market words for interest rates after an Arabic
/// numeral, as PERCENT in percentage points: `25 點子` (basis points),
/// `降息 2 碼` (quarter points, only after a rate move: `碼` is also a yard)
/// and `3.12 厘` (per cent; `厘米` is centimetres). Gives the word and the
/// factor to the percentage points.
fn market_rate(head: &str, after: &str, value: Option<f64>) -> Option<(&'static str, f64)> {
    if after.as_bytes().first().is_none_or(u8::is_ascii) {
        return None;
    }
    let v = value?;
    let mut chars = after.chars();
    let (first, second) = (chars.next()?, chars.next());
    let word = |traditional: char, t: &'static str, s: &'static str| {
        if first == traditional {
            t
        } else {
            s
        }
    };
    match first {
        '點' | '点' if second == Some('子') => Some((word('點', "點子", "点子"), 0.01)),
        '碼' | '码' if v <= 20.0 => head
            .trim_end_matches([' ', '\u{A0}', '\u{3000}'])
            .ends_with(['息', '降', '升', '減', '减', '加', '調', '调'])
            .then_some((word('碼', "碼", "码"), 0.25)),
        '厘' | '釐' if v < 30.0 && !matches!(second, Some('米' | '升' | '克')) => {
            Some((word('厘', "厘", "釐"), 1.0))
        }
        _ => None,
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
    /// The last bytes of the signs and of the rate prefixes.
    static SIGN_ENDS: ByteSet = ByteSet::last_of(PREFIX_CURRENCIES);
    static RATE_ENDS: ByteSet = ByteSet::last_of_words(RATES);
    let last = trimmed.as_bytes().last();
    if !SIGN_ENDS.has(last) && !RATE_ENDS.has(last) {
        return Prefix::None;
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
/// `ranges` allows reading it as the first end of a range (`3-5%`), which
/// reads the second end too; the second end never reads a third.
fn numeral(
    ctx: &Context,
    mut start: usize,
    mut end: usize,
    kind: Kind,
    out: &mut Vec<Candidate>,
    ranges: bool,
) {
    let text = ctx.text;
    let before = char_before(text, start);

    match kind {
        Kind::Arabic => {
            if end - start > 48 || !arabic_stands_alone(text, start, end) {
                return;
            }
            // `1/3` is a fraction; `2/26` a date, `24/7` a phrase.
            if text[end..].starts_with('/') {
                let value = parse_arabic(&text[start..end]);
                if let Some(c) = fraction(text, start, end, kind, value) {
                    out.push(c);
                }
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
    // `18 兆瓦`, `5 千瓦`, `0.5 百分點`: the multiplier the numeral swallowed
    // starts a unit word.
    if kind != Kind::English {
        if let Some(last) = text[start..end].chars().next_back() {
            let at = end - last.len_utf8();
            let rest = &text[at..];
            if is_chinese_numeral(last)
                && (ZH_UNIT_WORDS.starts(rest).is_some()
                    || begins(rest, "百分點")
                    || begins(rest, "百分点"))
            {
                end = at;
                let trimmed = text[start..end].trim_end_matches([' ', '\u{A0}', '\u{3000}']);
                end = start + trimmed.len();
                if end == start {
                    return;
                }
            }
        }
    }
    let core = &text[start..end];
    let mut approx = core.chars().any(is_approx);
    let mut value = match kind {
        Kind::English => match parse_english(core) {
            Some(v) => Some(v),
            None => match article_scale(text, start, core) {
                Some((s, v)) => {
                    start = s;
                    Some(v)
                }
                None => return,
            },
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
                    Some(
                        '一' | '壹' | '百' | '千' | '萬' | '万' | '億' | '亿' | '兆' | '零' | '〇'
                    )
                )
            || matches!(first, Some('萬' | '万' | '億' | '亿' | '兆'));
        // `上調一成` is 10%: the `成` branch below weeds out `一成不變`, `成本`.
        let one_tenth = core == "一" && text[end..].starts_with('成');
        if weak && !prefixed && !one_tenth {
            return;
        }
    }
    if matches!(pre, Prefix::None) {
        if let Some(c) = fraction(text, start, end, kind, value) {
            out.push(c);
            return;
        }
        // `-3.5%`, `負 2%`: the sign is part of the span (`減少 3%` is not).
        if let Some(sign) = negative_sign(text, start) {
            start = sign;
            value = value.map(|v| -v);
        }
    }

    match pre {
        Prefix::Ordinal(p) => {
            // `第三方` is "third party", no rank.
            if core == "三" && text[end..].starts_with('方') {
                return;
            }
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
        // `天堂2M`: digits and a letter glued to a Han word are a name.
        let in_name = before.is_some_and(|c| !c.is_ascii() && c.is_alphabetic());
        let glued = ["bn", "mn", "tn", "k", "K", "M", "B"].iter().find(|s| {
            !in_name && rest.starts_with(**s) && !is_word_char(rest[s.len()..].chars().next())
        });
        // After a currency sign a glued `m` is million (`$612m`), not metres.
        let money_m = matches!(pre, Prefix::Currency(..))
            && rest.starts_with('m')
            && !is_word_char(rest[1..].chars().next());
        if let Some(s) = glued {
            value = value.map(|v| v * english_scale(s).unwrap_or(1.0));
            end += s.len();
        } else if money_m {
            value = value.map(|v| v * 1e6);
            end += 1;
        } else {
            let sp = spaces(rest);
            static SCALES: Words = Words::new(&["thousand", "million", "billion", "trillion"]);
            if sp > 0 {
                if let Some(w) = SCALES.starts(&rest[sp..], true) {
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
        c.value = v.map(|v| match v {
            Value::Number(n) => Value::Number(tidy(n)),
            Value::Money { amount, currency } => Value::Money {
                amount: tidy(amount),
                currency,
            },
            Value::Quantity { amount, unit } => Value::Quantity {
                amount: tidy(amount),
                unit,
            },
            other => other,
        });
        c.approx = approx;
        out.push(c);
    };
    let approx_all = approx || approx_here;

    // Money with the currency before the amount (`$13 billion`, `新台幣 60 億元`).
    if let Prefix::Currency(p, code) = &pre {
        static DOLLARS: Words = Words::new(&["dollars"]);
        let mut stop = end;
        let mut code = code.clone();
        if let Some((w, c)) = ZH_CURRENCY_WORDS.starts(after) {
            stop = end + sp + w.len();
            if let Some(c) = c {
                code = c.to_string();
            }
        } else if let Some(w) = (sp > 0).then(|| DOLLARS.starts(after, true)).flatten() {
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
    if let Some(w) = (sp > 0).then(|| EN_PERCENT.starts(after, true)).flatten() {
        push(
            out,
            start..end + sp + w.len(),
            Label::Percent,
            value.map(Value::Number),
            approx_all,
        );
        return;
    }
    let basis = BASIS_POINTS
        .iter()
        .find(|w| begins(after, w))
        .copied()
        .or_else(|| EN_BASIS_POINTS.starts(after, false));
    if let Some(w) = basis {
        push(
            out,
            start..end + sp + w.len(),
            Label::Percent,
            value.map(|v| Value::Number(v / 100.0)),
            approx_all,
        );
        return;
    }
    if kind == Kind::Arabic && !approx_here {
        if let Some((w, scale)) = market_rate(&text[..start], after, value) {
            push(
                out,
                start..end + sp + w.len(),
                Label::Percent,
                value.map(|v| Value::Number(v * scale)),
                approx_all,
            );
            return;
        }
        // `1,046p`, `50p`: pence, in pounds (not `1080p`, a video resolution).
        let pence = ctx.script == Script::Latin
            && sp == 0
            && after.starts_with('p')
            && !is_word_char(char_at(text, end + 1))
            && value.is_some_and(|v| !RESOLUTIONS.contains(&v));
        if pence {
            let v = value.map(|v| Value::Money {
                amount: v / 100.0,
                currency: "GBP".to_string(),
            });
            push(out, start..end + 1, Label::Money, v, approx_all);
            return;
        }
    }
    // `2.5-metre`, `300-baht`: a unit or currency joined by a hyphen.
    if kind != Kind::Chinese && sp == 0 {
        if let Some(word) = after.strip_prefix('-') {
            if let Some(w) = EN_UNITS.starts(word, false).filter(|w| w.len() > 1) {
                let v = value.map(|amount| Value::Quantity {
                    amount,
                    unit: w.to_string(),
                });
                push(
                    out,
                    start..end + 1 + w.len(),
                    Label::Quantity,
                    v,
                    approx_all,
                );
                return;
            }
            if let Some(w) = EN_CURRENCY_NAMES.starts(word, false) {
                let code = EN_CURRENCIES
                    .iter()
                    .find(|(x, _)| *x == w)
                    .map_or("USD", |(_, c)| *c);
                let v = value.map(|amount| Value::Money {
                    amount,
                    currency: code.to_string(),
                });
                push(out, start..end + 1 + w.len(), Label::Money, v, approx_all);
                return;
            }
        }
    }
    // `一成` is 10% unless it is `一成不變` ("unchanging").
    let one_tenth_word = core.starts_with('一')
        && (core != "一"
            || after
                .strip_prefix('成')
                .is_some_and(|r| r.starts_with('不')));
    if after.starts_with('成')
        && value.is_some_and(|v| v <= 10.0 && v > 0.0)
        && !one_tenth_word
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
        // `七成五` is 75%: one more digit after `成`, standing alone.
        let tenth = c_after(3).and_then(chinese_digit).filter(|&d| {
            let next = &after[6..];
            d > 0
                && !next.starts_with(|c: char| is_chinese_numeral(c) || c == '點')
                && !starts_date_word(next)
                && CLASSIFIER_WORDS.starts(next).is_none()
        });
        let (stop, v) = match tenth {
            Some(d) => (end + sp + 6, value.map(|v| v * 10.0 + f64::from(d))),
            None => (end + sp + 3, value.map(|v| v * 10.0)),
        };
        // `六成多`: more than six tenths, approximate.
        let more = tenth.is_none() && matches!(c_after(3), Some('多' | '餘' | '余'));
        let stop = if more { stop + 3 } else { stop };
        push(
            out,
            start..stop,
            Label::Percent,
            v.map(Value::Number),
            approx_all || more,
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
        static CURRENCY_WORDS_ANY_CASE: Words =
            Words::new(&["dollars", "dollar", "euros", "euro", "yuan", "yen"]);
        if let Some(w) = EN_CURRENCY_NAMES
            .starts(after, false)
            .or_else(|| CURRENCY_WORDS_ANY_CASE.starts(after, true))
        {
            let code = EN_CURRENCIES
                .iter()
                .find(|(x, _)| x.eq_ignore_ascii_case(w))
                .map_or("USD", |(_, c)| *c);
            // `won` is also a verb (`two won`) and `pounds` a weight (`300
            // pounds`): amounts of money in them run to thousands.
            let small = value.is_none_or(|v| v.abs() < 1000.0);
            if !(small && (w == "pounds" || w == "won")) {
                let v = value.map(|amount| Value::Money {
                    amount,
                    currency: code.to_string(),
                });
                push(out, start..end + sp + w.len(), Label::Money, v, approx_all);
                return;
            }
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
    // `攝氏 30 度`, `摄氏零下 5 度` is not read (rare in news).
    let degree = after.starts_with('度') && rate.is_none();
    if degree {
        let head = text[..start].trim_end_matches([' ', '\u{A0}', '\u{3000}']);
        if let Some((scale, unit)) = TEMPERATURE_SCALES.iter().find(|(w, _)| head.ends_with(w)) {
            let v = value.map(|amount| Value::Quantity {
                amount,
                unit: unit.to_string(),
            });
            let from = head.len() - scale.len();
            push(
                out,
                from..end + sp + '度'.len_utf8(),
                Label::Quantity,
                v,
                approx_all,
            );
            return;
        }
    }
    // `330 度`: kilowatt-hours or degrees, the unit as written.
    if degree && kind == Kind::Arabic {
        quantity("度", end + sp + '度'.len_utf8(), out);
        return;
    }
    if let Some(w) = EN_UNITS.starts(after, false) {
        // `5m` is five million as often as five metres; `5 m` is metres.
        if !(w == "m" && sp == 0) {
            let stop = end + sp + w.len();
            let per = EN_RATES
                .iter()
                .find(|(p, _)| starts_word(&text[stop..], &[p], true).is_some());
            match per {
                Some((p, r)) if rate.is_none() => {
                    let v = value.map(|amount| Value::Quantity {
                        amount,
                        unit: format!("{w}/{r}"),
                    });
                    push(out, start..stop + p.len(), Label::Quantity, v, approx_all);
                }
                _ => quantity(w, stop, out),
            }
            return;
        }
    }
    for cl in ["個", "个"] {
        if let Some(tail) = after.strip_prefix(cl) {
            let sp2 = spaces(tail);
            if let Some(w) = EN_UNITS.starts(&tail[sp2..], false) {
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
        let place =
            kind == Kind::Chinese && NUMERAL_PLACES.iter().any(|p| begins(&text[start..], p));
        if (!arabic_only || kind == Kind::Arabic) && !place {
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

    // The first end of a range takes its label, unit and multiplier from
    // the second (`3-5%`, `3 至 5 億美元`, `between 3 and 5 percent`).
    if ranges && !approx_all && matches!(pre, Prefix::None) {
        if let Some(c) = range_start(ctx, start, end, value) {
            out.push(c);
            return;
        }
    }

    // Plain numbers: Arabic and English only; a Chinese numeral needs company.
    // A multiplier keeps its `times` (`five times`, `3 times`), as `2 倍` its `倍`.
    static TIMES: Words = Words::new(&["times"]);
    let times = match TIMES.starts(after, false) {
        Some(w) if sp > 0 && !approx_here => end + sp + w.len(),
        _ => end,
    };
    match kind {
        Kind::Arabic => {
            if is_word_char(char_at(text, end)) {
                return;
            }
            // `台股 2330`, `股票代號 2317`: a bare code after a market word.
            let head = text[..start].trim_end_matches([' ', '\u{A0}', '\u{3000}']);
            let code = (4..=6).contains(&(end - start))
                && text[start..end].bytes().all(|b| b.is_ascii_digit());
            if code && TICKER_MARKERS.iter().any(|m| head.ends_with(m)) {
                return;
            }
            let stop = if approx_here { after_approx } else { end };
            push(
                out,
                start..stop.max(times),
                Label::Cardinal,
                value.map(Value::Number),
                approx_all,
            );
        }
        Kind::English => {
            if !core.eq_ignore_ascii_case("one") && !core.eq_ignore_ascii_case("zero") {
                push(
                    out,
                    start..end.max(times),
                    Label::Cardinal,
                    value.map(Value::Number),
                    approx_all,
                );
            }
        }
        Kind::Chinese => {}
    }
}

/// Reads `start..end` as the first end of a range whose second end follows
/// (`3-5%`, `3 至 5 家`, `between 3 and 5 percent`): the first end gets
/// the label of the second, and its multiplier and unit (`3 至 5 億美元`
/// → 3 億 USD). `None` when no range follows, or the second end is bare.
fn range_start(ctx: &Context, start: usize, end: usize, value: Option<f64>) -> Option<Candidate> {
    let text = ctx.text;
    let rest = &text[end..];
    let sp = spaces(rest);
    let joined = &rest[sp..];
    let between = start >= 8
        && text
            .get(start - 8..start)
            .is_some_and(|w| w.eq_ignore_ascii_case("between "));
    let connector = ["-", "–", "—", "~", "～", "至", "到", "to ", "and "]
        .iter()
        .find(|c| joined.starts_with(**c))?;
    let spaced = connector.ends_with(' ');
    if spaced && (sp == 0 || *connector == "and " && !between)
        || !spaced && connector.len() == 1 && sp > 0
    {
        return None;
    }
    let from = end + sp + connector.len();
    let from = from + spaces(&text[from..]);
    let m = NUMERAL.find_at(text, from).filter(|m| m.start() == from)?;
    let kind = match m.as_str().chars().next()? {
        c if is_digit(c) => Kind::Arabic,
        c if c.is_ascii_alphabetic() => Kind::English,
        _ => Kind::Chinese,
    };
    let mut second = Vec::new();
    numeral(ctx, from, m.end(), kind, &mut second, false);
    let second = second.into_iter().find(|c| c.range.start == from)?;
    let value = value?;
    // The multiplier of the second end: its value over its leading number.
    let lead: String = m
        .as_str()
        .chars()
        .take_while(|&c| is_digit(c) || matches!(c, '.' | '．' | ',' | '，'))
        .collect();
    // A first end with a multiplier of its own (`5 億至 8 億`) keeps it.
    let bare = text[start..end]
        .chars()
        .all(|c| is_digit(c) || matches!(c, '.' | '．' | ',' | '，'));
    let lead = parse_arabic(&lead).filter(|v| *v != 0.0 && bare);
    let amount = second_number(&second);
    let scaled = |v: f64| lead.map_or(v, |l| amount.map_or(v, |s| v * s / l));
    // A bare second end (`3-5`) makes no range worth a label of its own.
    if second.label == Label::Cardinal && second.range.end == m.end() {
        return None;
    }
    let label = second.label;
    let v = match second.value? {
        Value::Number(_) if second.label == Label::Cardinal => Value::Number(scaled(value)),
        Value::Number(_) => Value::Number(value),
        Value::Money { currency, .. } => Value::Money {
            amount: scaled(value),
            currency,
        },
        Value::Quantity { unit, .. } => Value::Quantity {
            amount: scaled(value),
            unit,
        },
        Value::Iso(_) => return None,
    };
    Some(Candidate::new(start..end, label).with_value(v))
}

/// The amount a number-like candidate holds.
fn second_number(c: &Candidate) -> Option<f64> {
    match c.value.as_ref()? {
        Value::Number(n) => Some(*n),
        Value::Money { amount, .. } | Value::Quantity { amount, .. } => Some(*amount),
        Value::Iso(_) => None,
    }
}

/// `a million`, `half a million`, `a dozen`: a scale word after the article
/// `a`; the start of the span (the article, or `half`) and its value.
fn article_scale(text: &str, start: usize, core: &str) -> Option<(usize, f64)> {
    let before = text[..start].strip_suffix(' ')?;
    let head = before
        .strip_suffix('a')
        .or_else(|| before.strip_suffix('A'))?;
    if is_word_char(head.chars().next_back()) {
        return None;
    }
    let value = parse_english(&format!("one {core}"))?;
    let a = head.len();
    match head.strip_suffix(' ') {
        Some(h)
            if h.get(h.len().saturating_sub(4)..)
                .is_some_and(|w| w.eq_ignore_ascii_case("half")) =>
        {
            let half = h.len() - 4;
            if is_word_char(char_before(text, half)) {
                return Some((a, value));
            }
            Some((half, value / 2.0))
        }
        _ => Some((a, value)),
    }
}

/// A fraction starting with the numeral at `start..end`: `三分之一`,
/// `1/3`, `one-third`, `two-thirds`; always a CARDINAL holding its value.
fn fraction(
    text: &str,
    start: usize,
    end: usize,
    kind: Kind,
    value: Option<f64>,
) -> Option<Candidate> {
    let den = value?;
    let cardinal = |stop: usize, v: f64| {
        Some(Candidate::new(start..stop, Label::Cardinal).with_value(Value::Number(v)))
    };
    match kind {
        Kind::Chinese | Kind::Arabic => {
            let sp = spaces(&text[end..]);
            if let Some(tail) = text[end + sp..].strip_prefix("分之") {
                // The numerator: Chinese numerals or Arabic digits.
                let sp2 = spaces(tail).min(1);
                let from = end + sp + "分之".len() + sp2;
                let len: usize = text[from..]
                    .chars()
                    .take_while(|&c| {
                        is_chinese_numeral(c)
                            || is_digit(c)
                            || matches!(c, '.' | '．' | '點' | '点')
                    })
                    .map(char::len_utf8)
                    .sum();
                let num = parse_chinese(&text[from..from + len])?;
                return (den > 0.0)
                    .then(|| cardinal(from + len, num / den))
                    .flatten();
            }
            // `1/3`, but never `2/26` (a date) nor `24/7`: a proper fraction
            // with a small denominator, not part of a longer slash run.
            if kind != Kind::Arabic || char_before(text, start) == Some('/') {
                return None;
            }
            let tail = text[end..].strip_prefix('/')?;
            let len = tail.bytes().take_while(u8::is_ascii_digit).count();
            let after = tail[len..].chars().next();
            if len == 0 || after.is_some_and(|c| is_digit(c) || c.is_alphabetic() || c == '/') {
                return None;
            }
            let num = den;
            let den = parse_arabic(&tail[..len])?;
            let ok = num.fract() == 0.0 && num >= 1.0 && num < den && den <= 10.0;
            ok.then(|| cardinal(end + 1 + len, num / den)).flatten()
        }
        Kind::English => {
            let num = den;
            let rest = &text[end..];
            let hyphen = rest.starts_with('-');
            if !(hyphen || rest.starts_with(' ')) || !(1.0..=20.0).contains(&num) {
                return None;
            }
            let word_len = rest[1..]
                .bytes()
                .take_while(u8::is_ascii_alphabetic)
                .count();
            let word = &rest[1..1 + word_len];
            let den = english_fraction(word)?;
            // `one third-party`, `two quarters` (of a year) are no fractions.
            let next = rest[1 + word_len..].chars().next();
            if next.is_some_and(|c| c == '-' || is_word_char(Some(c)))
                || !hyphen && word.to_ascii_lowercase().starts_with("quarter")
                || word.eq_ignore_ascii_case("second")
            {
                return None;
            }
            cardinal(end + 1 + word_len, num / den)
        }
    }
}

/// Where a minus sign glued to the number at `start` begins: `-3.5%`,
/// `−2`, `負 2%`; `None` for a hyphen inside `3-5` or `GPT-4`.
fn negative_sign(text: &str, start: usize) -> Option<usize> {
    let before = char_before(text, start)?;
    if matches!(before, '-' | '−' | '－') {
        let sign = start - before.len_utf8();
        let two = char_before(text, sign);
        let glued = two.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '/' | '_'));
        return (!glued).then_some(sign);
    }
    let head = text[..start].strip_suffix(' ').unwrap_or(&text[..start]);
    let sign = head
        .strip_suffix('負')
        .or_else(|| head.strip_suffix('负'))?;
    // `勝負`, `抱負`, `欺負`: words that end in `負`.
    let word = matches!(
        sign.chars().next_back(),
        Some('勝' | '胜' | '抱' | '欺' | '擔' | '担' | '背' | '自' | '辜' | '肩' | '正')
    );
    (!word).then_some(sign.len())
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
    if before.is_some_and(|c| matches!(c, '_' | '/' | '#' | '@' | '\\'))
        || before.is_some_and(|c| c.is_ascii_alphabetic()) && !after_currency_code(&text[..start])
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
    // A stock code in brackets after a company name: `鴻海（2317）`.
    if text[end..].starts_with(['）', ')'])
        && (4..=6).contains(&core.chars().count())
        && core.chars().all(is_digit)
        && bracketed_code(&text[..start], core)
    {
        return false;
    }
    // `IFRS 17`, `ISO 9001`: the number of a standard.
    if before == Some(' ') && text[..start - 1].ends_with(|c: char| c.is_ascii_uppercase()) {
        let head = &text[..start - 1];
        let standard =
            |w: &&str| finishes(head, w) && !is_word_char(char_before(head, head.len() - w.len()));
        if STANDARDS.iter().any(standard) {
            return false;
        }
    }
    // `玉米 2601 合约`: a futures contract.
    if core.len() == 4 && core.bytes().all(|b| b.is_ascii_digit()) {
        let next = text[end..].trim_start_matches(' ');
        if begins(next, "合约") || begins(next, "合約") {
            return false;
        }
    }
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
        check("花了 5 塊錢", &["5 塊錢 MONEY 5 TWD"]);
        check("这花了 5 块钱", &["5 块钱 MONEY 5 CNY"]);
        check("100 日圓", &["100 日圓 MONEY 100 JPY"]);
        check("200 英镑", &["200 英镑 MONEY 200 GBP"]);
        check("1000 韩元", &["1000 韩元 MONEY 1000 KRW"]);
        check("S$50", &["S$50 MONEY 50 SGD"]);
        check("3 億澳元", &["3 億澳元 MONEY 300000000 AUD"]);
        check("A$3 million", &["A$3 million MONEY 3000000 AUD"]);
        check("C$3", &["C$3 MONEY 3 CAD"]);
        check("3 億加元", &["3 億加元 MONEY 300000000 CAD"]);
        check("10 億瑞郎", &["10 億瑞郎 MONEY 1000000000 CHF"]);
        check("500 泰銖", &["500 泰銖 MONEY 500 THB"]);
        check("500 泰铢", &["500 泰铢 MONEY 500 THB"]);
        check("2 萬越南盾", &["2 萬越南盾 MONEY 20000 VND"]);
        check("900 印度盧比", &["900 印度盧比 MONEY 900 INR"]);
        check("900 印度卢比", &["900 印度卢比 MONEY 900 INR"]);
        check("₩5,000", &["₩5,000 MONEY 5000 KRW"]);
        check("₹900", &["₹900 MONEY 900 INR"]);
        check("RMB 300", &["RMB 300 MONEY 300 CNY"]);
        check("CNY 5 億", &["CNY 5 億 MONEY 500000000 CNY"]);
        check(
            "300 trillion won",
            &["300 trillion won MONEY 300000000000000 KRW"],
        );
        check("two won prizes", &["two CARDINAL 2"]);
        check("5 million pounds", &["5 million pounds MONEY 5000000 GBP"]);
        check("weighs 300 pounds", &["300 pounds QUANTITY 300 pounds"]);
        check("£5 million", &["£5 million MONEY 5000000 GBP"]);
        check("500 yen", &["500 yen MONEY 500 JPY"]);
        check("15 million euros", &["15 million euros MONEY 15000000 EUR"]);
        check(
            "a million dollars",
            &["a million dollars MONEY 1000000 USD"],
        );
        check(
            "5 億至 8 億美元",
            &["5 億 MONEY 500000000 USD", "8 億美元 MONEY 800000000 USD"],
        );
        check(
            "3 至 5 億美元",
            &["3 MONEY 300000000 USD", "5 億美元 MONEY 500000000 USD"],
        );
        check("$3 to $5", &["$3 MONEY 3 USD", "$5 MONEY 5 USD"]);
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
        check("一成不变", &[] as &[&str]);
        check("售價上調一成", &["一成 PERCENT 10"]);
        check("售价上调一成，", &["一成 PERCENT 10"]);
        check("一成本", &[] as &[&str]);
        // Basis points are PERCENT in percentage points.
        check("下調 25 個基點", &["25 個基點 PERCENT 0.25"]);
        check("下调 25 个基点", &["25 个基点 PERCENT 0.25"]);
        check("下调 50 基点", &["50 基点 PERCENT 0.5"]);
        check("cut by 25 basis points", &["25 basis points PERCENT 0.25"]);
        check("a 50 bp hike", &["50 bp PERCENT 0.5"]);
        check("up 10 bps.", &["10 bps PERCENT 0.1"]);
        check("sold 50 BP shares", &["50 CARDINAL 50"]);
        check("上升 0.1 個百分點", &["0.1 個百分點 PERCENT 0.1"]);
        check("上升 0.1 个百分点", &["0.1 个百分点 PERCENT 0.1"]);
        check("grew 20 percent", &["20 percent PERCENT 20"]);
        check("by 5 percentage points", &["5 percentage points PERCENT 5"]);
        check("twenty percent", &["twenty percent PERCENT 20"]);
        check("約 20% 左右", &["20% PERCENT 20"]);
        check("七成五", &["七成五 PERCENT 75"]);
        check("近七成五的用戶", &["七成五 PERCENT 75"]);
        check("三成五年", &["三成 PERCENT 30"]);
        check("下跌 -3.5%", &["-3.5% PERCENT -3.5"]);
        check("增長負 2%", &["負 2% PERCENT -2"]);
        check("增长负 2%", &["负 2% PERCENT -2"]);
        check("減少 3%", &["3% PERCENT 3"]);
        check("fell -3.5%", &["-3.5% PERCENT -3.5"]);
        check("勝負 2 場", &["2 場 CARDINAL 2"]);
        check("百分之三點五", &["百分之三點五 PERCENT 3.5"]);
        check("上升 0.5 百分點", &["0.5 百分點 PERCENT 0.5"]);
        check("3-5%", &["3 PERCENT 3", "5% PERCENT 5"]);
        check("3 至 5%", &["3 PERCENT 3", "5% PERCENT 5"]);
        check(
            "between 3 and 5 percent",
            &["3 PERCENT 3", "5 percent PERCENT 5"],
        );
        check(
            "between three and five percent",
            &["three PERCENT 3", "five percent PERCENT 5"],
        );
        check("3 to 5 per cent", &["3 PERCENT 3", "5 per cent PERCENT 5"]);
        check("3 and 5 percent", &["3 CARDINAL 3", "5 percent PERCENT 5"]);
    }

    #[test]
    fn quantity() {
        check("跑了 5 公里", &["5 公里 QUANTITY 5 公里"]);
        // Scaling a decimal leaves no binary noise in the value.
        check("營收 33.2 億美元", &["33.2 億美元 MONEY 3320000000 USD"]);
        check(
            "revenue of $33.2 billion",
            &["$33.2 billion MONEY 33200000000 USD"],
        );
        check("up to 1,500 watts.", &["1,500 watts QUANTITY 1500 watts"]);
        check(
            "add 2.5 gigawatts of",
            &["2.5 gigawatts QUANTITY 2.5 gigawatts"],
        );
        check(
            "a 600 square feet flat",
            &["600 square feet QUANTITY 600 square feet"],
        );
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
        check("18 兆瓦", &["18 兆瓦 QUANTITY 18 兆瓦"]);
        check("5 千瓦", &["5 千瓦 QUANTITY 5 千瓦"]);
        check("3 萬千瓦", &["3 萬千瓦 QUANTITY 30000 千瓦"]);
        check("3.5 公尺", &["3.5 公尺 QUANTITY 3.5 公尺"]);
        check("三點五公里", &["三點五公里 QUANTITY 3.5 公里"]);
        check("三点五公里", &["三点五公里 QUANTITY 3.5 公里"]);
        check("三點五", &[] as &[&str]);
        check("3 米", &["3 米 QUANTITY 3 米"]);
        check("5 釐米", &["5 釐米 QUANTITY 5 釐米"]);
        check("5 厘米", &["5 厘米 QUANTITY 5 厘米"]);
        check("12 miles", &["12 miles QUANTITY 12 miles"]);
        check("5 m", &["5 m QUANTITY 5 m"]);
        check("5 cm", &["5 cm QUANTITY 5 cm"]);
        check("5 mm", &["5 mm QUANTITY 5 mm"]);
        check("5 千克", &["5 千克 QUANTITY 5 千克"]);
        check("5 克", &["5 克 QUANTITY 5 克"]);
        check("5 吨", &["5 吨 QUANTITY 5 吨"]);
        check("100g", &["100g QUANTITY 100 g"]);
        check("5 tonnes", &["5 tonnes QUANTITY 5 tonnes"]);
        check("5 tons", &["5 tons QUANTITY 5 tons"]);
        check(
            "5 square kilometres",
            &["5 square kilometres QUANTITY 5 square kilometres"],
        );
        check("5 km²", &["5 km² QUANTITY 5 km²"]);
        check("5 平方米", &["5 平方米 QUANTITY 5 平方米"]);
        check("30 坪", &["30 坪 QUANTITY 30 坪"]);
        check("三十坪", &["三十坪 QUANTITY 30 坪"]);
        check("5 公頃", &["5 公頃 QUANTITY 5 公頃"]);
        check("5 公顷", &["5 公顷 QUANTITY 5 公顷"]);
        check("5 acres", &["5 acres QUANTITY 5 acres"]);
        check("5 litres", &["5 litres QUANTITY 5 litres"]);
        check("5 公升", &["5 公升 QUANTITY 5 公升"]);
        check("5 立方米", &["5 立方米 QUANTITY 5 立方米"]);
        check(
            "5 million barrels",
            &["5 million barrels QUANTITY 5000000 barrels"],
        );
        check("300 萬桶", &["300 萬桶 QUANTITY 3000000 桶"]);
        check("5 kWh", &["5 kWh QUANTITY 5 kWh"]);
        check("5 MW", &["5 MW QUANTITY 5 MW"]);
        check("5 GW", &["5 GW QUANTITY 5 GW"]);
        check("100 億度電", &["100 億度電 QUANTITY 10000000000 度電"]);
        check("100 亿度电", &["100 亿度电 QUANTITY 10000000000 度电"]);
        check("5 兆瓦", &["5 兆瓦 QUANTITY 5 兆瓦"]);
        check("5 PB", &["5 PB QUANTITY 5 PB"]);
        check("5 bytes", &["5 bytes QUANTITY 5 bytes"]);
        check("120 km/h", &["120 km/h QUANTITY 120 km/h"]);
        check("120 公里/小時", &["120 公里/小時 QUANTITY 120 公里/小時"]);
        check("120 公里/小时", &["120 公里/小时 QUANTITY 120 公里/小时"]);
        check("30°C", &["30°C QUANTITY 30 °C"]);
        check("攝氏 30 度", &["攝氏 30 度 QUANTITY 30 °C"]);
        check("摄氏 30 度", &["摄氏 30 度 QUANTITY 30 °C"]);
        check("攝氏 -5 度", &["攝氏 -5 度 QUANTITY -5 °C"]);
        // `度` after Arabic digits is the unit as written (kWh or degrees).
        check("用電 330 度以下", &["330 度 QUANTITY 330 度"]);
        check("用电 330 度以下", &["330 度 QUANTITY 330 度"]);
        check("冷氣調高 2 度", &["2 度 QUANTITY 2 度"]);
        check("三度訪台", &[] as &[&str]);
        // A multiplier before the unit applies to the amount.
        check("裝置容量 92 萬瓩", &["92 萬瓩 QUANTITY 920000 瓩"]);
        check(
            "吞吐量 430 万标准箱",
            &["430 万标准箱 QUANTITY 4300000 标准箱"],
        );
        check(
            "吞吐量 1.2 億標準箱",
            &["1.2 億標準箱 QUANTITY 120000000 標準箱"],
        );
        check(
            "密度 205 瓦時/公斤",
            &["205 瓦時/公斤 QUANTITY 205 瓦時/公斤"],
        );
        check(
            "密度 260 瓦时/公斤",
            &["260 瓦时/公斤 QUANTITY 260 瓦时/公斤"],
        );
        check("轉了 90°", &["90° QUANTITY 90 °"]);
        check(
            "210 tokens per second",
            &["210 tokens per second QUANTITY 210 tokens/second"],
        );
        check("5 GB/s", &["5 GB/s QUANTITY 5 GB/second"]);
    }

    #[test]
    fn ordinal() {
        check("這是今年首次降息", &["首次 ORDINAL 1"]);
        check("这是今年首次降息", &["首次 ORDINAL 1"]);
        check("首個獲批的車廠", &["首個 ORDINAL 1"]);
        check("首款车型", &["首款 ORDINAL 1"]);
        check("首期產能", &["首期 ORDINAL 1"]);
        check("國家元首次日訪問", &[] as &[&str]);
        check("登上榜首位置", &[] as &[&str]);
        check("首都", &[] as &[&str]);
        check("成為首家上市的車廠", &["首家 ORDINAL 1"]);
        check("成为首家上市的车企", &["首家 ORDINAL 1"]);
        check("自首次上市以來", &["首次 ORDINAL 1"]);
        check("該黨首次執政", &["首次 ORDINAL 1"]);
        check("became the first carmaker", &["first ORDINAL 1"]);
        check("第三方機構", &[] as &[&str]);
        check("第三方机构", &[] as &[&str]);
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
        check("21st", &["21st ORDINAL 21"]);
        check("the twentieth", &["twentieth ORDINAL 20"]);
        check("a third company", &["third ORDINAL 3"]);
    }

    #[test]
    fn cardinal() {
        check("營收是去年的 2 倍", &["2 倍 CARDINAL 2"]);
        check("营收是去年的两倍", &["两倍 CARDINAL 2"]);
        check("sales grew five times faster", &["five times CARDINAL 5"]);
        check("up 3 times over", &["3 times CARDINAL 3"]);
        check("the five Times reporters", &["five CARDINAL 5"]);
        check("50 多家公司", &["50 多家 CARDINAL 50 ~"]);
        check("入場 3 萬多人次", &["3 萬多人次 CARDINAL 30000 ~"]);
        // A numeral reads on across the space after `萬` when what follows is below it.
        check("員工約 2 萬 3 千名", &["2 萬 3 千名 CARDINAL 23000"]);
        check("员工约 2 万 3 千名", &["2 万 3 千名 CARDINAL 23000"]);
        check("交車 46 萬 2890 輛", &["46 萬 2890 輛 CARDINAL 462890"]);
        check("交车 46 万 2890 辆", &["46 万 2890 辆 CARDINAL 462890"]);
        check(
            "賣出 5 萬 20000 輛",
            &["5 萬 CARDINAL 50000", "20000 輛 CARDINAL 20000"],
        );
        check("漲至 100 萬 2024 年", &["100 萬 CARDINAL 1000000"]);
        check("出游 4.74 亿人次", &["4.74 亿人次 CARDINAL 474000000"]);
        check("一篇 2 萬字的報告", &["2 萬字 CARDINAL 20000"]);
        check("一份 5000 字的报告", &["5000 字 CARDINAL 5000"]);
        check("對 15 國免簽", &["15 國 CARDINAL 15"]);
        check("对 15 国免签", &["15 国 CARDINAL 15"]);
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
        check(
            "one hundred and twenty people",
            &["one hundred and twenty CARDINAL 120"],
        );
        check("two and three", &["two CARDINAL 2", "three CARDINAL 3"]);
        check("a trillion", &["a trillion CARDINAL 1000000000000"]);
        check("a million users", &["a million CARDINAL 1000000"]);
        check("half a million", &["half a million CARDINAL 500000"]);
        check("a dozen eggs", &["a dozen CARDINAL 12"]);
        check("two dozen", &["two dozen CARDINAL 24"]);
        check("5M users", &["5M CARDINAL 5000000"]);
        check("三分之一", &["三分之一 CARDINAL 0.3333333333333333"]);
        check("三分之二的員工", &["三分之二 CARDINAL 0.6666666666666666"]);
        check("五分之一", &["五分之一 CARDINAL 0.2"]);
        check("1/3", &["1/3 CARDINAL 0.3333333333333333"]);
        check("2/26", &[] as &[&str]);
        check("24/7", &[] as &[&str]);
        check("one-third", &["one-third CARDINAL 0.3333333333333333"]);
        check(
            "two-thirds of them",
            &["two-thirds CARDINAL 0.6666666666666666"],
        );
        check("one-fifth", &["one-fifth CARDINAL 0.2"]);
        check(
            "a third of the shares",
            &["a third CARDINAL 0.3333333333333333"],
        );
        check("one third-party app", &[] as &[&str]);
        check("3 至 5 家", &["3 CARDINAL 3", "5 家 CARDINAL 5"]);
        check("三至五家", &["三 CARDINAL 3", "五家 CARDINAL 5"]);
        check("3 到 5 家", &["3 CARDINAL 3", "5 家 CARDINAL 5"]);
        check("3-5 people", &["3 CARDINAL 3", "5 CARDINAL 5"]);
        check("1,045 万人", &["1,045 万人 CARDINAL 10450000"]);
    }

    #[test]
    fn not_numbers() {
        check("台股 2330 昨日", &[] as &[&str]);
        check("港股 0700 开盘", &[] as &[&str]);
        check("ticker 2330 fell", &[] as &[&str]);
        check("台股有 2330 家", &["2330 家 CARDINAL 2330"]);
        // Stock codes in brackets after a company name.
        check("鴻海（2317）股價", &[] as &[&str]);
        check("鸿海（2317）股价", &[] as &[&str]);
        check("小米(1810)股價", &[] as &[&str]);
        check("新增門市（2317 家）", &["2317 家 CARDINAL 2317"]);
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
    fn word_lists_start_outside_ascii() {
        // `Leading::first` skips text that starts with ASCII.
        let words = ZH_CURRENCIES.iter().map(|(w, _)| *w);
        let words = words.chain(ZH_UNITS.iter().map(|(w, _)| *w));
        let words = words.chain(CLASSIFIERS.iter().map(|(w, _)| *w));
        for w in words.chain(DATE_WORDS.iter().copied()) {
            assert!(!w.as_bytes()[0].is_ascii(), "{w}");
        }
    }

    #[test]
    fn tidy_skips_only_what_it_would_keep() {
        let slow = |v: f64| format!("{v:.12e}").parse::<f64>().unwrap();
        let mut values = vec![
            20.0,
            3.5,
            0.25,
            0.1,
            0.3,
            1.7e12,
            1.7e14,
            3e12,
            123_456_789_012.5,
            1e15,
            1e21,
            9_999_999_999_999.0,
            12_345_678_901_234.0,
            1.0 / 3.0,
            33.2e9,
            0.000_001,
            1e-7,
            0.29 * 100.0,
            1.1 * 1.1,
            2.675,
            -45.6,
            1e13 + 1.0,
            4.35e8,
        ];
        // Decimals as the parsers produce them: digits scaled by Chinese units.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let digits = (seed >> 20) % 10_000_000;
            let decimals = (seed >> 8) % 5;
            let scale = [1.0, 10.0, 1e4, 1e8, 1e12][(seed % 5) as usize];
            values.push(digits as f64 / 10f64.powi(decimals as i32) * scale);
        }
        for v in values {
            assert_eq!(tidy(v).to_bits(), slow(v).to_bits(), "{v:e}");
            if is_short_decimal(v) {
                assert_eq!(v.to_bits(), slow(v).to_bits(), "{v:e}");
            }
        }
    }

    #[test]
    fn market_words_pence_and_glued_units() {
        check("再減息 25 點子", &["25 點子 PERCENT 0.25"]);
        check("若聯準會再降息 2 碼", &["2 碼 PERCENT 0.5"]);
        check("球場長 100 碼", &["100 CARDINAL 100"]);
        check("利率報 3.12 厘", &["3.12 厘 PERCENT 3.12"]);
        check("長 5 厘米", &["5 厘米 QUANTITY 5 厘米"]);
        check("shares fell to 1,046p by noon", &["1,046p MONEY 10.46 GBP"]);
        check("streams in 1080p now", &[] as &[&str]);
        check("a 2.5-metre screen", &["2.5-metre QUANTITY 2.5 metre"]);
        check("a 300-baht fee", &["300-baht MONEY 300 THB"]);
        check("spend RM6,500.", &["RM6,500 MONEY 6500 MYR"]);
        check("spend ABRM6,500.", &[] as &[&str]);
        check(
            "罰鍰新臺幣 1,200 萬元",
            &["新臺幣 1,200 萬元 MONEY 12000000 TWD"],
        );
        check(
            "提供 22 億元人民幣借款",
            &["22 億元人民幣 MONEY 2200000000 CNY"],
        );
        check("面積 275 平方呎", &["275 平方呎 QUANTITY 275 平方呎"]);
        check("提供 2.5 EFLOPS算力", &["2.5 EFLOPS QUANTITY 2.5 EFLOPS"]);
        check(
            "订购 18 船大豆，卖出 3000 多笼",
            &["18 船 CARDINAL 18", "3000 多笼 CARDINAL 3000 ~"],
        );
        check(
            "开售 288 伙，南京、无锡三地",
            &["288 伙 CARDINAL 288", "三地 CARDINAL 3"],
        );
    }

    #[test]
    fn codes_and_names_are_no_numbers() {
        for input in [
            "阿里巴巴（BABA，9988）",
            "橘子（Gamania，6180）",
            "Japan Airlines (9201) said",
            "接軌 IFRS 17 制度",
            "玉米 2601 合约",
            "代理的天堂2M營收",
        ] {
            check(input, &[]);
        }
        check("the film (2019) won", &["2019 CARDINAL 2019"]);
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
