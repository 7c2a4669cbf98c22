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

fn quantity(amount: f64, unit: &str) -> Option<Value> {
    Some(Value::Quantity {
        amount,
        unit: unit.to_string(),
    })
}

#[test]
fn chinese_grammar_in_both_scripts() {
    use Label::{Cardinal, Date, Money, Percent, Quantity};
    check("近七成五的用戶", &[("七成五", Percent, num(75.0), false)]);
    check("近七成五的用户", &[("七成五", Percent, num(75.0), false)]);
    check(
        "跑了三點五公里。",
        &[("三點五公里", Quantity, quantity(3.5, "公里"), false)],
    );
    check(
        "跑了三点五公里。",
        &[("三点五公里", Quantity, quantity(3.5, "公里"), false)],
    );
    check("股價下跌 -3.5%。", &[("-3.5%", Percent, num(-3.5), false)]);
    check("增長率為負 2%。", &[("負 2%", Percent, num(-2.0), false)]);
    check("增长率为负 2%。", &[("负 2%", Percent, num(-2.0), false)]);
    check("營收減少 3%。", &[("3%", Percent, num(3.0), false)]);
    check(
        "其中三分之一在巴黎。",
        &[("三分之一", Cardinal, num(1.0 / 3.0), false)],
    );
    check("約 1/3 的人。", &[("1/3", Cardinal, num(1.0 / 3.0), false)]);
    check("廿一日開幕。", &[("廿一日", Date, iso("---21"), false)]);
    check("民國 113 年", &[("民國 113 年", Date, iso("2024"), false)]);
    check(
        "民國 113 年 2 月開始",
        &[("民國 113 年 2 月", Date, iso("2024-02"), false)],
    );
    check(
        "民国 113 年 2 月开始",
        &[("民国 113 年 2 月", Date, iso("2024-02"), false)],
    );
    check(
        "於 2024/2/26 發布。",
        &[("2024/2/26", Date, iso("2024-02-26"), false)],
    );
    check(
        "2024 年第一季營收",
        &[("2024 年第一季", Date, iso("2024-Q1"), false)],
    );
    check(
        "2024 年上半年营收",
        &[("2024 年上半年", Date, iso("2024-01/2024-06"), false)],
    );
    check(
        "共 3 至 5 家公司。",
        &[
            ("3", Cardinal, num(3.0), false),
            ("5 家", Cardinal, num(5.0), false),
        ],
    );
    check(
        "漲了 3-5%。",
        &[
            ("3", Percent, num(3.0), false),
            ("5%", Percent, num(5.0), false),
        ],
    );
    check(
        "2003 至 2009 年間",
        &[("2003 至 2009 年", Date, iso("2003/2009"), false)],
    );
    check(
        "他今年 50 歲。",
        &[
            ("今年", Date, None, false),
            ("50 歲", Date, iso("P50Y"), false),
        ],
    );
    check(
        "花了 5 塊錢。",
        &[("5 塊錢", Money, money(5.0, "TWD"), false)],
    );
    check(
        "这花了 5 块钱。",
        &[("5 块钱", Money, money(5.0, "CNY"), false)],
    );
    check(
        "賣 5 萬日圓",
        &[("5 萬日圓", Money, money(5e4, "JPY"), false)],
    );
    check(
        "200 英鎊",
        &[("200 英鎊", Money, money(200.0, "GBP"), false)],
    );
    check(
        "200 英镑",
        &[("200 英镑", Money, money(200.0, "GBP"), false)],
    );
    check(
        "300 兆韓元",
        &[("300 兆韓元", Money, money(3e14, "KRW"), false)],
    );
    check(
        "300 兆韩元",
        &[("300 兆韩元", Money, money(3e14, "KRW"), false)],
    );
    check("CNY 5 億", &[("CNY 5 億", Money, money(5e8, "CNY"), false)]);
    check("RMB 300", &[("RMB 300", Money, money(300.0, "CNY"), false)]);
    check("NT$300", &[("NT$300", Money, money(300.0, "TWD"), false)]);
    check(
        "HK$1,000",
        &[("HK$1,000", Money, money(1000.0, "HKD"), false)],
    );
    check(
        "10 億瑞郎",
        &[("10 億瑞郎", Money, money(1e9, "CHF"), false)],
    );
    check(
        "2 萬越南盾",
        &[("2 萬越南盾", Money, money(2e4, "VND"), false)],
    );
    check(
        "總功率約 18 兆瓦。",
        &[("18 兆瓦", Quantity, quantity(18.0, "兆瓦"), false)],
    );
    check(
        "总功率约 18 兆瓦。",
        &[("18 兆瓦", Quantity, quantity(18.0, "兆瓦"), false)],
    );
    check(
        "今天攝氏 30 度。",
        &[
            ("今天", Date, None, false),
            ("攝氏 30 度", Quantity, quantity(30.0, "°C"), false),
        ],
    );
    check(
        "全市共有 1,045 萬人。",
        &[("1,045 萬人", Cardinal, num(1.045e7), false)],
    );
    check(
        "全市共有 1,045 万人。",
        &[("1,045 万人", Cardinal, num(1.045e7), false)],
    );
}

#[test]
fn english_grammar() {
    use Label::{Cardinal, Date, Money, Ordinal, Percent, Quantity};
    check(
        "one hundred and twenty people",
        &[("one hundred and twenty", Cardinal, num(120.0), false)],
    );
    check(
        "a trillion dollars",
        &[("a trillion dollars", Money, money(1e12, "USD"), false)],
    );
    check(
        "half a million users",
        &[("half a million", Cardinal, num(5e5), false)],
    );
    check("a dozen firms", &[("a dozen", Cardinal, num(12.0), false)]);
    check(
        "1.5 million people",
        &[("1.5 million", Cardinal, num(1.5e6), false)],
    );
    check(
        "$7.19B deal",
        &[("$7.19B", Money, money(7.19e9, "USD"), false)],
    );
    check("5M users", &[("5M", Cardinal, num(5e6), false)]);
    check("the 21st time", &[("21st", Ordinal, num(21.0), false)]);
    check("the twentieth", &[("twentieth", Ordinal, num(20.0), false)]);
    check(
        "two-thirds of them",
        &[("two-thirds", Cardinal, num(2.0 / 3.0), false)],
    );
    check(
        "a third of the shares",
        &[("a third", Cardinal, num(1.0 / 3.0), false)],
    );
    check("up 5 per cent", &[("5 per cent", Percent, num(5.0), false)]);
    check(
        "by 2 percentage points",
        &[("2 percentage points", Percent, num(2.0), false)],
    );
    check(
        "£5 million or 5 million pounds",
        &[
            ("£5 million", Money, money(5e6, "GBP"), false),
            ("5 million pounds", Money, money(5e6, "GBP"), false),
        ],
    );
    check(
        "300 trillion won",
        &[("300 trillion won", Money, money(3e14, "KRW"), false)],
    );
    check("500 yen", &[("500 yen", Money, money(500.0, "JPY"), false)]);
    check("5 euros", &[("5 euros", Money, money(5.0, "EUR"), false)]);
    check(
        "USD 5 million",
        &[("USD 5 million", Money, money(5e6, "USD"), false)],
    );
    check("revenue in FY2025", &[("FY2025", Date, None, false)]);
    check(
        "in the first quarter of 2024",
        &[("first quarter of 2024", Date, iso("2024-Q1"), false)],
    );
    check("the 1990s", &[("1990s", Date, iso("199"), false)]);
    check("by mid-2024", &[("mid-2024", Date, iso("2024"), true)]);
    check(
        "in early March",
        &[("early March", Date, iso("--03"), true)],
    );
    check(
        "rose 3-5%",
        &[
            ("3", Percent, num(3.0), false),
            ("5%", Percent, num(5.0), false),
        ],
    );
    check(
        "between 3 and 5 percent",
        &[
            ("3", Percent, num(3.0), false),
            ("5 percent", Percent, num(5.0), false),
        ],
    );
    check(
        "210 tokens per second",
        &[(
            "210 tokens per second",
            Quantity,
            quantity(210.0, "tokens/second"),
            false,
        )],
    );
    check("5 km", &[("5 km", Quantity, quantity(5.0, "km"), false)]);
    check(
        "120 km/h",
        &[("120 km/h", Quantity, quantity(120.0, "km/h"), false)],
    );
}

#[test]
fn longer_date_phrases_win_over_their_numbers() {
    use Label::{Date, Ordinal};
    // `首日`/`首個週末` are DATE; `首次` alone is ORDINAL 1.
    check("撤辣後首個週末成交回升", &[("首個週末", Date, None, false)]);
    check("撤辣后首个周末成交回升", &[("首个周末", Date, None, false)]);
    check(
        "這是今年首次減息",
        &[
            ("今年", Date, None, false),
            ("首次", Ordinal, num(1.0), false),
        ],
    );
    check(
        "这是今年首次降息",
        &[
            ("今年", Date, None, false),
            ("首次", Ordinal, num(1.0), false),
        ],
    );
    // A duration range and a day range are one DATE, not a number and a date.
    check("仍需 3 至 5 年。", &[("3 至 5 年", Date, None, false)]);
    check("仍需 3 到 5 年。", &[("3 到 5 年", Date, None, false)]);
    check(
        "假期（2 月 10 日至 17 日）",
        &[("2 月 10 日至 17 日", Date, iso("--02-10/--02-17"), false)],
    );
    check("過去 20 年累積", &[("過去 20 年", Date, None, false)]);
    check("过去 20 年积累", &[("过去 20 年", Date, None, false)]);
    check(
        "over the past 20 years",
        &[("past 20 years", Date, None, false)],
    );
    check("24 小時內", &[("24 小時", Date, iso("PT24H"), false)]);
    check(
        "within 24 hours",
        &[("24 hours", Date, iso("PT24H"), false)],
    );
    check("within 72 小时", &[("72 小时", Date, iso("PT72H"), false)]);
    check("3 小時內", &[("3 小時", Label::Time, iso("PT3H"), false)]);
}

#[test]
fn more_currencies_units_and_first_words() {
    use Label::{Cardinal, Money, Ordinal, Percent, Quantity};
    // ISO codes before and after the amount, signs and currency names.
    check(
        "Orsted raised NOK 12 billion, about 7 billion SEK.",
        &[
            ("NOK 12 billion", Money, money(12e9, "NOK"), false),
            ("7 billion SEK", Money, money(7e9, "SEK"), false),
        ],
    );
    check(
        "Petrobras will spend R$5.5 billion and hold $820m in reserve.",
        &[
            ("R$5.5 billion", Money, money(5.5e9, "BRL"), false),
            ("$820m", Money, money(8.2e8, "USD"), false),
        ],
    );
    check(
        "The levy brought in 40 billion Mexican pesos and 3 million ringgit.",
        &[
            ("40 billion Mexican pesos", Money, money(4e10, "MXN"), false),
            ("3 million ringgit", Money, money(3e6, "MYR"), false),
        ],
    );
    check(
        "Tata paid Rs 250 crore",
        &[("Rs 250", Money, money(250.0, "INR"), false)],
    );
    check(
        "拉各斯的月租約 45 萬奈拉，首爾則是 120 萬韓元。",
        &[
            ("45 萬奈拉", Money, money(450000.0, "NGN"), false),
            ("120 萬韓元", Money, money(1.2e6, "KRW"), false),
        ],
    );
    check(
        "门票收入 3.5 亿澳门元，另有 800 万令吉和 2 亿智利比索。",
        &[
            ("3.5 亿澳门元", Money, money(3.5e8, "MOP"), false),
            ("800 万令吉", Money, money(8e6, "MYR"), false),
            ("2 亿智利比索", Money, money(2e8, "CLP"), false),
        ],
    );
    // Units: containers, battery capacity, pressure, power.
    check(
        "港口吞吐量達 3,400 萬 TEU。",
        &[("3,400 萬 TEU", Quantity, quantity(3.4e7, "TEU"), false)],
    );
    check(
        "电池容量 6000 毫安时，吸力 12000 帕。",
        &[
            ("6000 毫安时", Quantity, quantity(6000.0, "毫安时"), false),
            ("12000 帕", Quantity, quantity(12000.0, "帕"), false),
        ],
    );
    check(
        "The field pumps 90,000 bpd at 35 MPa.",
        &[
            ("90,000 bpd", Quantity, quantity(90000.0, "bpd"), false),
            ("35 MPa", Quantity, quantity(35.0, "MPa"), false),
        ],
    );
    // `班` counts flights; `首套`, `首度` are "first"; `成多` is approximate.
    check("每週增至 28 班", &[("28 班", Cardinal, num(28.0), false)]);
    check(
        "首套房貸款，公司首度轉虧",
        &[
            ("首套", Ordinal, num(1.0), false),
            ("首度", Ordinal, num(1.0), false),
        ],
    );
    check("市佔率達五成多", &[("五成多", Percent, num(50.0), true)]);
}

#[test]
fn halves_compound_durations_ranges_and_evening_hours() {
    use Label::{Date, Time};
    // Halves and compound durations are one span with an ISO duration.
    check(
        "談判拖了 2 年半，試產只花一年半。",
        &[
            ("2 年半", Date, iso("P2Y6M"), false),
            ("一年半", Date, iso("P1Y6M"), false),
        ],
    );
    check(
        "会议开了 3 个半小时",
        &[("3 个半小时", Time, iso("PT3H30M"), false)],
    );
    check(
        "全程 1 小時 20 分鐘，工期 2 年 3 個月。",
        &[
            ("1 小時 20 分鐘", Time, iso("PT1H20M"), false),
            ("2 年 3 個月", Date, iso("P2Y3M"), false),
        ],
    );
    // `半` that starts a word is not half a unit.
    check("過去 5 年半導體需求", &[("過去 5 年", Date, None, false)]);
    // Evening hours read on a 24-hour clock.
    check(
        "晚間 9 點 15 分起飛，晚间 10 点抵达。",
        &[
            ("晚間 9 點 15 分", Time, iso("T21:15"), false),
            ("晚间 10 点", Time, iso("T22:00"), false),
        ],
    );
    // A weekday after `上`/`下` is one relative DATE.
    check(
        "上週三公布，下周二生效",
        &[("上週三", Date, None, false), ("下周二", Date, None, false)],
    );
    check("较历年同期为高", &[("历年同期", Date, None, false)]);
    // English month ranges, halves and years used as modifiers.
    check(
        "Exports rose in the April-June quarter.",
        &[("April-June", Date, iso("--04/--06"), false)],
    );
    check(
        "Deliveries slip to the first half of 2027.",
        &[("first half of 2027", Date, iso("2027-01/2027-06"), false)],
    );
    check(
        "Lawmakers passed the 2026 budget; the 2000 workers stayed.",
        &[
            ("2026", Date, iso("2026"), false),
            ("2000", Label::Cardinal, num(2000.0), false),
        ],
    );
}

#[test]
fn numerals_inside_words_and_place_names() {
    // `零部件`, `零組件` are parts; `三門峽`, `七台河` are cities.
    check("汽车零部件与电子零組件出口", &[]);
    check("三门峡和七台河的工厂", &[]);
    // `a second` before a noun is an order; `a second later` a time.
    check(
        "It is a second attempt.",
        &[("second", Label::Ordinal, num(2.0), false)],
    );
    check("Wait a second, please.", &[]);
}
