//! Names and sections through the public `analyze` entry point: offsets in
//! code points, `text[start..end]` exactly the span, overlaps resolved.

use scholia::analysis::{analyze, Config, Label, SectionKind};

/// The non-numeric spans of `input` as (text, label), checking offsets.
fn names(input: &str, config: &Config) -> Vec<(String, Label)> {
    let chars: Vec<char> = input.chars().collect();
    let analysis = analyze(input, config);
    for s in &analysis.spans {
        let by_offset: String = chars[s.start..s.end].iter().collect();
        assert_eq!(by_offset, s.text, "offsets of {s:?}");
    }
    analysis
        .spans
        .into_iter()
        .filter(|s| !s.label.is_numeric())
        .map(|s| (s.text, s.label))
        .collect()
}

fn check(input: &str, expected: &[(&str, Label)]) {
    let want: Vec<(String, Label)> = expected.iter().map(|&(t, l)| (t.to_string(), l)).collect();
    assert_eq!(names(input, &Config::default()), want, "{input}");
}

/// Sections of `input` as (kind, text), checking offsets and cleanliness.
fn sections(input: &str) -> Vec<(SectionKind, String)> {
    let chars: Vec<char> = input.chars().collect();
    analyze(input, &Config::default())
        .sections
        .into_iter()
        .map(|s| {
            let text: String = chars[s.start..s.end].iter().collect();
            assert!(!text.is_empty(), "empty section");
            assert_eq!(text.trim(), text, "whitespace at the edge of {text:?}");
            (s.kind, text)
        })
        .collect()
}

fn check_sections(input: &str, expected: &[(SectionKind, &str)]) {
    let want: Vec<(SectionKind, String)> =
        expected.iter().map(|&(k, t)| (k, t.to_string())).collect();
    assert_eq!(sections(input), want, "{input:?}");
}

use Label::*;
use SectionKind::{Heading as H, Paragraph as P};

#[test]
fn traditional_simplified_and_english_side_by_side() {
    check(
        "微軟 CEO 納德拉補充道",
        &[("微軟", Org), ("納德拉", Person)],
    );
    check(
        "微软 CEO 纳德拉补充道",
        &[("微软", Org), ("纳德拉", Person)],
    );
    check(
        "Microsoft CEO Satya Nadella said",
        &[("Microsoft", Org), ("Satya Nadella", Person)],
    );
    check(
        "法國 AI 初創公司 Mistral 達成深度合作",
        &[("法國", Gpe), ("Mistral", Org)],
    );
    check(
        "法国 AI 初创公司 Mistral 达成深度合作",
        &[("法国", Gpe), ("Mistral", Org)],
    );
    check(
        "French AI start-up Mistral signed a deal",
        &[("Mistral", Org)],
    );
}

#[test]
fn people_without_their_titles() {
    check("創始人 Arthur Mensch 透露", &[("Arthur Mensch", Person)]);
    check(
        "OpenAI 首席运营官 Brad Lightcap 曾透露",
        &[("OpenAI", Org), ("Brad Lightcap", Person)],
    );
    check(
        "針對與微軟的合作,Mistral CEO Arthur 表示",
        &[("微軟", Org), ("Mistral", Org), ("Arthur", Person)],
    );
    check("President Biden's speech", &[("Biden", Person)]);
    check("董事长黄仁勋表示", &[("黄仁勋", Person)]);
}

#[test]
fn products_places_and_longest_names() {
    check(
        "微軟和 Mistral AI 將通過 Azure AI Studio 提供 Le Chat",
        &[
            ("微軟", Org),
            ("Mistral AI", Org),
            ("Azure AI Studio", Product),
            ("Le Chat", Product),
        ],
    );
    check("比 GPT-4 最新版便宜", &[("GPT-4", Product)]);
    check("包括歐洲公共部門工作負載", &[("歐洲", Loc)]);
    check("包括欧洲公共部门工作负载", &[("欧洲", Loc)]);
    check(
        "the US Department of Commerce and Silicon Valley",
        &[("US Department of Commerce", Org), ("Silicon Valley", Loc)],
    );
}

#[test]
fn organisations_around_chinese_suffixes() {
    check(
        "用戶包括移動支付公司 Block 和化妝品公司雅詩蘭黛等。",
        &[("Block", Org), ("雅詩蘭黛", Org)],
    );
    check("微軟透露,該公司與這家公司都不是名字", &[("微軟", Org)]);
}

#[test]
fn negatives() {
    check("The Cat sat on the mat. In the end, Metadata won.", &[]);
    check("插上 USB 隨身碟", &[]);
    check("", &[]);
    check(
        "地址:https://www.utechfun.com/post/Microsoft-OpenAI.html",
        &[],
    );
}

#[test]
fn user_terms_come_first() {
    let config = Config {
        user_terms: vec![("貓耳朵".into(), Product), ("Le Chat".into(), Person)],
    };
    assert_eq!(
        names("Le Chat 的貓耳朵", &config),
        vec![
            ("Le Chat".to_string(), Person),
            ("貓耳朵".to_string(), Product)
        ]
    );
}

#[test]
fn seed_style_sections() {
    check_sections(
        "微軟擁抱新寵Mistral\n北京時間 2 月 26 日 23 點,微軟宣布與法國 AI 初創公司 Mistral 達成深度合作。\n簡單來說,OpenAI 已經不再是微軟獨寵了。\n網頁版 Le Chat 聊天助手\n除了通過 API 訪問之外,這次 Mistral 也开放了網頁版 Le Chat 聊天助手。\n微軟和OpenAI的“裂痕”藏不住了?\n微軟與 OpenAI 之間的“裂痕”早有跡可循。\n",
        &[
            (H, "微軟擁抱新寵Mistral"),
            (P, "北京時間 2 月 26 日 23 點,微軟宣布與法國 AI 初創公司 Mistral 達成深度合作。"),
            (P, "簡單來說,OpenAI 已經不再是微軟獨寵了。"),
            (H, "網頁版 Le Chat 聊天助手"),
            (P, "除了通過 API 訪問之外,這次 Mistral 也开放了網頁版 Le Chat 聊天助手。"),
            (H, "微軟和OpenAI的“裂痕”藏不住了?"),
            (P, "微軟與 OpenAI 之間的“裂痕”早有跡可循。"),
        ],
    );
}

#[test]
fn markdown_sections() {
    check_sections(
        "# 微软拥抱 Mistral\n\n微软宣布与 Mistral AI 达成合作。\n\n## Why it matters ##\n\nOpenAI is no longer Microsoft's only partner.\n",
        &[
            (H, "微软拥抱 Mistral"),
            (P, "微软宣布与 Mistral AI 达成合作。"),
            (H, "Why it matters"),
            (P, "OpenAI is no longer Microsoft's only partner."),
        ],
    );
}

#[test]
fn hard_wrapped_english_sections() {
    let text = "Microsoft backs Mistral\n\nMicrosoft said on Monday that it would take a\nsmall stake in Mistral AI. The French start-up\nwill offer its models on Azure.\n\nMistral was founded in 2023 by former Google\nand Meta researchers\n";
    check_sections(
        text,
        &[
            (H, "Microsoft backs Mistral"),
            (P, "Microsoft said on Monday that it would take a\nsmall stake in Mistral AI. The French start-up\nwill offer its models on Azure."),
            (P, "Mistral was founded in 2023 by former Google\nand Meta researchers"),
        ],
    );
}

#[test]
fn crlf_sections_leave_line_ends_out() {
    let text = "標題\r\n\r\n第一段，說明微軟與 Mistral 的合作。\r\n第二段，補充細節。  \r\n";
    check_sections(
        text,
        &[
            (H, "標題"),
            (P, "第一段，說明微軟與 Mistral 的合作。"),
            (P, "第二段，補充細節。"),
        ],
    );
    for (_, s) in sections(text) {
        assert!(!s.contains('\r'), "{s:?}");
    }
}

#[test]
fn emoji_and_combining_marks_count_as_code_points() {
    let text = "🚀 Café launch\nThe cafe\u{301} opened in Paris 👩‍💻, run by Arthur Mensch.\n";
    check_sections(
        text,
        &[
            (H, "🚀 Café launch"),
            (
                P,
                "The cafe\u{301} opened in Paris 👩‍💻, run by Arthur Mensch.",
            ),
        ],
    );
    check(text, &[("Paris", Gpe), ("Arthur Mensch", Person)]);
}

#[test]
fn institutions_named_after_places() {
    use Label::{Event, Gpe, Org};
    // A known place, an optional `省`/`市`, a field and an institution head.
    check("廣東省財政廳昨日公布", &[("廣東省財政廳", Org)]);
    check(
        "杭州市住房和城乡建设局发布通知",
        &[("杭州市住房和城乡建设局", Org)],
    );
    check(
        "深圳證券交易所與日本航空",
        &[("深圳證券交易所", Org), ("日本航空", Org)],
    );
    // Directions, office titles and words that merely start with a head stay out.
    check("台灣西南部的工廠", &[("台灣", Gpe)]);
    check("香港局面緊張", &[("香港", Gpe)]);
    check("日本航空業復甦", &[("日本", Gpe)]);
    // A place and its `縣`/`省` with no head is one place.
    check("新工廠位於日本福岡縣", &[("日本", Gpe), ("福岡縣", Gpe)]);
    // A time zone is no place.
    check("台北時間與澳門時間相同", &[]);
    // English: a place before a public body, `Exchange`, `Central Bank of`.
    check(
        "The U.S. Securities and Exchange Commission and the Tokyo Stock Exchange",
        &[
            ("U.S. Securities and Exchange Commission", Org),
            ("Tokyo Stock Exchange", Org),
        ],
    );
    check("the Central Bank of Peru", &[("Central Bank of Peru", Org)]);
    check("at 9 a.m. Tokyo time", &[]);
    check(
        "speaking at the Bank of America Technology Conference",
        &[("Bank of America Technology Conference", Event)],
    );
}

#[test]
fn airliner_models_are_products() {
    use Label::Product;
    check(
        "長榮訂購 A350-1000 與 787-10 客機",
        &[
            ("長榮", Label::Org),
            ("A350-1000", Product),
            ("787-10", Product),
        ],
    );
    check(
        "The carrier took its first A321neo and two 737 MAX 8 jets",
        &[("A321neo", Product), ("737 MAX 8", Product)],
    );
}

#[test]
fn flight_numbers_are_no_products() {
    check("原定的 BR198 航班取消", &[]);
    check("passengers on flight UA857 waited", &[]);
}
