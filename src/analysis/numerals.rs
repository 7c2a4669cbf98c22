//! Turns the numerals of Chinese and English news into `f64` values.
//!
//! The detectors (`numbers`, `dates`) find where a numeral is; this module
//! only says what it is worth. Every function takes the numeral's text alone
//! and returns `None` for anything it cannot read, so callers can skip it.

/// The digit value of an ASCII or full-width digit.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// True for ASCII and full-width digits.
pub(crate) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Reads Arabic digits with thousands separators (`,` `，`) and a decimal
/// point (`.` `．`), ASCII or full-width: `1,045` → 1045, `２０` → 20.
pub(crate) fn parse_arabic(s: &str) -> Option<f64> {
    // Numerals are short: a buffer on the stack saves an allocation for each
    // of the many numbers in a text; longer input falls back to the heap.
    let mut stack = [0u8; 64];
    let mut heap = Vec::new();
    let mut len = 0;
    for c in s.chars() {
        let byte = match c {
            ',' | '，' => continue,
            '.' | '．' => b'.',
            _ => b'0' + u8::try_from(digit_value(c)?).ok()?,
        };
        if len < stack.len() {
            stack[len] = byte;
        } else {
            if heap.is_empty() {
                heap.extend_from_slice(&stack);
            }
            heap.push(byte);
        }
        len += 1;
    }
    let plain = if len <= stack.len() {
        &stack[..len]
    } else {
        &heap[..]
    };
    if plain.is_empty() || plain.starts_with(b".") || plain.ends_with(b".") {
        return None;
    }
    std::str::from_utf8(plain).ok()?.parse().ok()
}

/// The value of one Chinese digit character (`兩` → 2, `陸` → 6).
pub(crate) fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '兩' | '两' | '貳' | '贰' => 2,
        '三' | '參' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陸' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The multiplier a Chinese unit character stands for (`萬` → 10⁴).
pub(crate) fn chinese_unit(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1e3,
        '萬' | '万' => 1e4,
        '億' | '亿' => 1e8,
        '兆' => 1e12,
        _ => return None,
    })
}

/// True for the characters a Chinese numeral is written with.
pub(crate) fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_unit(c).is_some() || matches!(c, '廿' | '卅')
}

/// Reads a Chinese numeral, possibly mixed with Arabic digits and spaces:
/// `二十六` → 26, `3 萬億` → 3e12, `1.5 億` → 1.5e8, `1億733萬7091` →
/// 107337091, `三點五` → 3.5. Approximation characters (`多 餘 余 幾 几 數 数`)
/// are skipped: the caller flags the span as approximate.
pub(crate) fn parse_chinese(s: &str) -> Option<f64> {
    // `total` holds what is already scaled by a big unit (萬, 億, 兆);
    // `section` the part below the last big unit; `number` the pending digit.
    let mut total = 0.0f64;
    let mut section = 0.0f64;
    let mut number: Option<f64> = None;
    let mut last_big = f64::INFINITY;
    let mut digit_run = false;
    let mut seen_any = false;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_digit(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if is_digit(d) || matches!(d, ',' | '，' | '.' | '．') {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            number = Some(parse_arabic(s.get(i..end)?)?);
            digit_run = false;
            seen_any = true;
        } else if let Some(d) = chinese_digit(c) {
            // Digit after digit is positional (`二〇二四`), as in years.
            number = Some(match number {
                Some(n) if digit_run => n * 10.0 + f64::from(d),
                _ => f64::from(d),
            });
            digit_run = true;
            seen_any = true;
        } else if matches!(c, '點' | '点') {
            // A decimal point: the Chinese digits after it are decimals, and
            // what came before (`一百二十三點五`) is the whole part.
            let mut fraction = 0.0;
            let mut scale = 0.1;
            while let Some(d) = chars.peek().and_then(|&(_, d)| chinese_digit(d)) {
                fraction += f64::from(d) * scale;
                scale /= 10.0;
                chars.next();
            }
            if scale == 0.1 {
                return None;
            }
            number = Some(section + number.take().unwrap_or(0.0) + fraction);
            section = 0.0;
            digit_run = false;
            seen_any = true;
        } else if c == '廿' || c == '卅' {
            section += if c == '廿' { 20.0 } else { 30.0 };
            number = None;
            digit_run = false;
            seen_any = true;
        } else if let Some(unit) = chinese_unit(c) {
            digit_run = false;
            seen_any = true;
            if unit < 1e4 {
                // `十` alone means ten.
                section += number.take().unwrap_or(1.0) * unit;
            } else {
                let value = section + number.take().unwrap_or(0.0);
                section = 0.0;
                if unit > last_big {
                    total = (total + value) * unit;
                } else {
                    total += if value == 0.0 { unit } else { value * unit };
                }
                last_big = unit;
            }
        } else if c.is_whitespace() || matches!(c, '多' | '餘' | '余' | '幾' | '几' | '數' | '数')
        {
            digit_run = false;
        } else {
            return None;
        }
    }
    seen_any.then_some(total + section + number.unwrap_or(0.0))
}

/// The value of an English number word (`seven` → 7, `twenty` → 20).
fn english_word(w: &str) -> Option<f64> {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let w = w.to_ascii_lowercase();
    if let Some(i) = SMALL.iter().position(|&s| s == w) {
        return Some(i as f64);
    }
    TENS.iter()
        .position(|&s| s == w)
        .map(|i| (i as f64 + 2.0) * 10.0)
}

/// The multiplier of an English scale word or suffix (`million`, `bn`, `k`).
pub(crate) fn english_scale(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "K" => 1e3,
        "M" | "mn" => 1e6,
        "B" | "bn" => 1e9,
        "tn" => 1e12,
        _ => match w.to_ascii_lowercase().as_str() {
            "hundred" => 100.0,
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            "trillion" => 1e12,
            "dozen" => 12.0,
            _ => return None,
        },
    })
}

/// Reads English number words separated by spaces or hyphens:
/// `twenty-one` → 21, `one hundred twenty` → 120, `two million` → 2e6,
/// `one hundred and twenty` → 120 (`and` only after a scale word), `two
/// dozen` → 24. Returns `None` for sequences no one writes (`two three`).
pub(crate) fn parse_english(s: &str) -> Option<f64> {
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    // What the previous word was, to reject `two three` and `twenty thirty`.
    #[derive(PartialEq)]
    enum Prev {
        None,
        Small,
        Tens,
        Scale,
    }
    let mut prev = Prev::None;
    let mut after_and = false;
    for w in s.split([' ', '-']).filter(|w| !w.is_empty()) {
        if w.eq_ignore_ascii_case("and") {
            if prev != Prev::Scale || after_and {
                return None;
            }
            after_and = true;
            continue;
        }
        if let Some(v) = english_word(w) {
            let is_tens = v >= 20.0;
            match prev {
                Prev::Small => return None,
                Prev::Tens if is_tens || v >= 10.0 => return None,
                _ => {}
            }
            current += v;
            prev = if is_tens { Prev::Tens } else { Prev::Small };
        } else if let Some(scale) = english_scale(w).filter(|_| w.len() > 2) {
            if prev == Prev::None || prev == Prev::Scale && scale >= 1e3 && current == 0.0 {
                return None;
            }
            if after_and {
                return None;
            }
            if scale <= 100.0 {
                current *= scale;
            } else {
                total += current.max(1.0) * scale;
                current = 0.0;
            }
            prev = Prev::Scale;
        } else {
            return None;
        }
    }
    (prev != Prev::None && !(after_and && prev == Prev::Scale)).then_some(total + current)
}

/// The denominator an English fraction word stands for (`third` → 3,
/// `quarters` → 4, `half` → 2); `None` for other words.
pub(crate) fn english_fraction(w: &str) -> Option<f64> {
    let w = w.to_ascii_lowercase();
    let w = w.strip_suffix('s').unwrap_or(&w);
    Some(match w {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" | "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        _ => return None,
    })
}

/// The value of an English ordinal word (`third` → 3, `twenty-first` → 21).
pub(crate) fn parse_english_ordinal(s: &str) -> Option<f64> {
    const SMALL: [&str; 20] = [
        "zeroth",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS: [&str; 8] = [
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    let lower = s.to_ascii_lowercase();
    let (head, last) = match lower.rfind(['-', ' ']) {
        Some(i) => (&lower[..i], &lower[i + 1..]),
        None => ("", lower.as_str()),
    };
    let last_value = if let Some(i) = SMALL.iter().position(|&w| w == last) {
        i as f64
    } else {
        (TENS.iter().position(|&w| w == last)? as f64 + 2.0) * 10.0
    };
    if head.is_empty() {
        return Some(last_value);
    }
    // Only `twenty-first` style compounds: a tens word and a unit ordinal.
    let tens = english_word(head)?;
    (tens >= 20.0 && tens % 10.0 == 0.0 && (1.0..10.0).contains(&last_value))
        .then_some(tens + last_value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(got: Option<f64>, want: Option<f64>, input: &str) {
        match (got, want) {
            (Some(g), Some(w)) => assert!((g - w).abs() <= w.abs() * 1e-12, "{input}: {g} != {w}"),
            _ => assert_eq!(got, want, "{input}"),
        }
    }

    #[test]
    fn arabic() {
        for (s, want) in [
            ("20", Some(20.0)),
            ("２０", Some(20.0)),
            ("1,045", Some(1045.0)),
            ("1，045", Some(1045.0)),
            ("7.19", Some(7.19)),
            ("０．１", Some(0.1)),
            ("1,234,567.5", Some(1234567.5)),
            ("", None),
            ("1.", None),
            ("abc", None),
        ] {
            check(parse_arabic(s), want, s);
        }
    }

    #[test]
    fn chinese() {
        for (s, want) in [
            ("二十六", Some(26.0)),
            ("十一", Some(11.0)),
            ("兩", Some(2.0)),
            ("两百", Some(200.0)),
            ("三萬億", Some(3e12)),
            ("3 萬億", Some(3e12)),
            ("2200 萬", Some(2.2e7)),
            ("1.5 億", Some(1.5e8)),
            ("1.5亿", Some(1.5e8)),
            ("1億733萬7091", Some(107337091.0)),
            ("一億零七百三十三萬七千零九十一", Some(107337091.0)),
            ("130 多億", Some(1.3e10)),
            ("壹仟貳佰參拾肆", Some(1234.0)),
            ("叁佰陆拾伍", Some(365.0)),
            ("廿一", Some(21.0)),
            ("卅", Some(30.0)),
            ("二〇二四", Some(2024.0)),
            ("兆", Some(1e12)),
            ("1,045 萬", Some(1.045e7)),
            ("一百二十", Some(120.0)),
            ("五十多", Some(50.0)),
            ("三點五", Some(3.5)),
            ("三点五", Some(3.5)),
            ("一百二十三點四五", Some(123.45)),
            ("一點五億", Some(1.5e8)),
            ("三點", None),
            ("", None),
            ("三個", None),
        ] {
            check(parse_chinese(s), want, s);
        }
    }

    #[test]
    fn english() {
        for (s, want) in [
            ("two", Some(2.0)),
            ("Thirteen", Some(13.0)),
            ("twenty-one", Some(21.0)),
            ("one hundred twenty", Some(120.0)),
            ("two million", Some(2e6)),
            ("three hundred thousand", Some(3e5)),
            ("one billion two hundred million", Some(1.2e9)),
            ("one hundred and twenty", Some(120.0)),
            ("two thousand and five", Some(2005.0)),
            ("two dozen", Some(24.0)),
            ("two and three", None),
            ("one hundred and", None),
            ("two three", None),
            ("twenty thirty", None),
            ("million", None),
            ("cat", None),
        ] {
            check(parse_english(s), want, s);
        }
        for (s, want) in [
            ("first", Some(1.0)),
            ("Third", Some(3.0)),
            ("twenty-first", Some(21.0)),
            ("fortieth", Some(40.0)),
            ("first-second", None),
            ("firsts", None),
        ] {
            check(parse_english_ordinal(s), want, s);
        }
        for (s, want) in [
            ("k", Some(1e3)),
            ("B", Some(1e9)),
            ("bn", Some(1e9)),
            ("m", None),
        ] {
            check(english_scale(s), want, s);
        }
    }
}
