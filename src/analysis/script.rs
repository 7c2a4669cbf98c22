//! Tells Traditional Chinese, Simplified Chinese and Latin-script text apart.
//!
//! Only one decision rests on it today: a bare `元` means TWD in Traditional
//! text and CNY in Simplified text (RECOGNITION.md).

use serde::{Deserialize, Serialize};

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

/// Frequent characters whose Traditional and Simplified forms differ, as pairs.
const PAIRS: &[(char, char)] = &[
    ('們', '们'), ('國', '国'), ('這', '这'), ('說', '说'), ('會', '会'),
    ('來', '来'), ('為', '为'), ('對', '对'), ('時', '时'), ('個', '个'),
    ('發', '发'), ('與', '与'), ('經', '经'), ('業', '业'), ('員', '员'),
    ('開', '开'), ('關', '关'), ('長', '长'), ('現', '现'), ('實', '实'),
    ('過', '过'), ('場', '场'), ('資', '资'), ('產', '产'), ('億', '亿'),
    ('萬', '万'), ('電', '电'), ('網', '网'), ('號', '号'), ('後', '后'),
    ('將', '将'), ('達', '达'), ('還', '还'), ('進', '进'), ('給', '给'),
    ('機', '机'), ('學', '学'), ('體', '体'), ('動', '动'), ('無', '无'),
    ('區', '区'), ('報', '报'), ('貿', '贸'), ('東', '东'), ('車', '车'),
    ('幣', '币'), ('術', '术'), ('訊', '讯'), ('據', '据'), ('營', '营'),
];

/// Counts tell-tale characters and picks the dominant script.
pub fn detect(text: &str) -> Script {
    let (mut traditional, mut simplified, mut han) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        if is_han(c) {
            han += 1;
            if PAIRS.iter().any(|&(t, _)| t == c) {
                traditional += 1;
            } else if PAIRS.iter().any(|&(_, s)| s == c) {
                simplified += 1;
            }
        }
    }
    if han == 0 {
        Script::Latin
    } else if simplified > traditional {
        Script::Simplified
    } else {
        Script::Traditional
    }
}

/// True for CJK unified ideographs (the ranges news text uses).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

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
