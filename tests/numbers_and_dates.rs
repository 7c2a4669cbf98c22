//! Numbers, amounts, dates and times through the public `analyze` entry point.

use scholia::analysis::{analyze, Config, Label, Span, Value};

/// What a span should look like: text, label, value, approximate.
type Want = (&'static str, Label, Option<Value>, bool);

fn money(amount: f64, currency: &str) -> Option<Value> {
    Some(Value::Money {
        amount,
        currency: currency.to_string(),
    })
}

fn num(n: f64) -> Option<Value> {
    Some(Value::Number(n))
}

fn iso(s: &str) -> Option<Value> {
    Some(Value::Iso(s.to_string()))
}

/// The number-like spans `analyze` finds in `text`.
fn numeric_spans(text: &str) -> Vec<Span> {
    analyze(text, &Config::default())
        .spans
        .into_iter()
        .filter(|s| s.label.is_numeric())
        .collect()
}

fn check(text: &str, want: &[Want]) {
    let got = numeric_spans(text);
    let got: Vec<Want> = got
        .iter()
        .map(|s| {
            let t: &'static str = Box::leak(s.text.clone().into_boxed_str());
            (t, s.label, s.value.clone(), s.approx)
        })
        .collect();
    assert_eq!(got, want, "text: {text}");
    // Offsets count code points and point at exactly the span's text.
    for s in numeric_spans(text) {
        let slice: String = text.chars().skip(s.start).take(s.end - s.start).collect();
        assert_eq!(slice, s.text);
    }
}

#[test]
fn money_from_the_article() {
    use Label::Money;
    check(
        "市值達 3 萬億美金的科技巨頭微軟宣布合作。",
        &[("3 萬億美金", Money, money(3e12, "USD"), false)],
    );
    check(
        "繼 130 億美元投資 OpenAI 之後,微軟投資了這家公司。",
        &[("130 億美元", Money, money(1.3e10, "USD"), false)],
    );
    check(
        "微軟對 OpenAI 130 多億美元的投資並沒有買到什麼。",
        &[("130 多億美元", Money, money(1.3e10, "USD"), true)],
    );
    check(
        "訓練成本不到 2200 萬美元,而 GPT-4 可能超過 1 億美元。",
        &[
            ("2200 萬美元", Money, money(2.2e7, "USD"), false),
            ("1 億美元", Money, money(1e8, "USD"), false),
        ],
    );
    check(
        "微软对 OpenAI 130 多亿美元的投资",
        &[("130 多亿美元", Money, money(1.3e10, "USD"), true)],
    );
    check(
        "公司投資新台幣 60 億元擴廠。",
        &[("新台幣 60 億元", Money, money(6e9, "TWD"), false)],
    );
    check(
        "這支手機售價 300 元。",
        &[("300 元", Money, money(300.0, "TWD"), false)],
    );
    check(
        "这款手机售价 300 元。",
        &[("300 元", Money, money(300.0, "CNY"), false)],
    );
    check(
        "Microsoft invested $13 billion in OpenAI.",
        &[("$13 billion", Money, money(1.3e10, "USD"), false)],
    );
    check(
        "Mistral raised €5 million.",
        &[("€5 million", Money, money(5e6, "EUR"), false)],
    );
}

#[test]
fn percents_counts_and_ordinals() {
    check(
        "API 比 GPT-4 最新版便宜 20%,已經吸引了部分創業者。",
        &[("20%", Label::Percent, num(20.0), false)],
    );
    check(
        "價格便宜 ２０％。",
        &[("２０％", Label::Percent, num(20.0), false)],
    );
    check("近三成用戶", &[("三成", Label::Percent, num(30.0), false)]);
    check(
        "It is 20 percent cheaper.",
        &[("20 percent", Label::Percent, num(20.0), false)],
    );
    check(
        "32k 上下文窗口。",
        &[("32k", Label::Cardinal, num(32000.0), false)],
    );
    check(
        "得到了 50 多家不同規模的公司的幫助。",
        &[("50 多家", Label::Cardinal, num(50.0), true)],
    );
    check(
        "微軟投資的第二家 AI 大模型公司。",
        &[("第二家", Label::Ordinal, num(2.0), false)],
    );
    check(
        "在 MMLU 考試中拿 80 分以上。",
        &[("80 分", Label::Cardinal, num(80.0), false)],
    );
    check(
        "在原本的 M 字 Logo 下加上兩個點代表眼睛。",
        &[("兩個", Label::Cardinal, num(2.0), false)],
    );
    check(
        "合作的三個核心方向:",
        &[("三個", Label::Cardinal, num(3.0), false)],
    );
    check(
        "全市共有 1,045 萬人。",
        &[("1,045 萬人", Label::Cardinal, num(1.045e7), false)],
    );
    check(
        "There are two options and the first is cheap.",
        &[
            ("two", Label::Cardinal, num(2.0), false),
            ("first", Label::Ordinal, num(1.0), false),
        ],
    );
    check(
        "模型每秒 210 個 tokens。",
        &[(
            "每秒 210 個 tokens",
            Label::Quantity,
            Some(Value::Quantity {
                amount: 210.0,
                unit: "tokens/秒".to_string(),
            }),
            false,
        )],
    );
}

#[test]
fn dates_and_times_from_the_article() {
    check(
        "北京時間 2 月 26 日 23 點,微軟宣布。",
        &[
            ("2 月 26 日", Label::Date, iso("--02-26"), false),
            ("23 點", Label::Time, iso("T23:00"), false),
        ],
    );
    check(
        "2023 年 8 月,OpenAI 宣布推出 ChatGPT 企業版。",
        &[("2023 年 8 月", Label::Date, iso("2023-08"), false)],
    );
    check(
        "除此之外,去年 11 月,OpenAI 爆發“宮鬥”。",
        &[("去年 11 月", Label::Date, None, false)],
    );
    check(
        "企業版的开發時間“不到一年”。",
        &[("一年", Label::Date, iso("P1Y"), false)],
    );
    check(
        "2003-2009 年間,下午 3 時 30 分開會 10 分鐘。",
        &[
            ("2003-2009 年", Label::Date, iso("2003/2009"), false),
            ("下午 3 時 30 分", Label::Time, iso("T15:30"), false),
            ("10 分鐘", Label::Time, iso("PT10M"), false),
        ],
    );
    check(
        "It launched on February 26, 2024, at 3:30 pm, a year ago.",
        &[
            ("February 26, 2024", Label::Date, iso("2024-02-26"), false),
            ("3:30 pm", Label::Time, iso("T15:30"), false),
            ("a year ago", Label::Date, None, false),
        ],
    );
    check(
        "Revenue in 2024 beat Q3 2023.",
        &[
            ("2024", Label::Date, iso("2024"), false),
            ("Q3 2023", Label::Date, iso("2023-Q3"), false),
        ],
    );
}

#[test]
fn not_numbers() {
    for text in [
        "在擴張中達到了一個新的裏程碑。",
        "跑分看起來只比排名靠後的模型好一點。",
        "全班唯二在考試中拿高分。",
        "重要投資人微軟卻一無所知。",
        "微軟內部對於這一做法十分不滿。",
        "OpenAI 一些重要優勢都給取代了。",
        "統一的平台,唯一的選擇。",
        "GPT-4 和 H100 都很貴。",
        "服務器一度被擠爆了。",
        "地址:https://www.utechfun.com/post/338975.html",
    ] {
        check(text, &[]);
    }
}

#[test]
fn seed_like_article_has_only_expected_numbers() {
    let text = "北京時間 2 月 26 日 23 點,市值達 3 萬億美金的科技巨頭微軟宣布合作。\
                繼 130 億美元投資 OpenAI 之後,微軟投資的第二家 AI 大模型公司。\
                Mistral Large 排第二,全班唯二在 MMLU 考試中拿 80 分以上,只比排第三的模型好一點。";
    let got: Vec<String> = numeric_spans(text).into_iter().map(|s| s.text).collect();
    assert_eq!(
        got,
        [
            "2 月 26 日",
            "23 點",
            "3 萬億美金",
            "130 億美元",
            "第二家",
            "第二",
            "80 分",
            "第三",
        ]
    );
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "第",
        "百分之",
        "$",
        "¥",
        "年月日點",
        "１２３４５６７８９０，",
        "9,999,999,999,999,999,999,999,999,999.9",
        "多多多數數數幾幾",
    ] {
        let _ = analyze(text, &Config::default());
    }
    let _ = analyze(&"8".repeat(200_000), &Config::default());
    let _ = analyze(&"一二三萬億年月".repeat(20_000), &Config::default());
}
