//! The interface's languages: English and Traditional Chinese (as written in
//! Taiwan).
//!
//! Every string a person reads in the app comes from here: the fixed ones as
//! the fields of [`Texts`] (one const per language, so a missing translation
//! is a compile error, never a runtime fallback), the ones with numbers or
//! names in them as methods on [`Lang`] (an exhaustive `match`, for the same
//! reason). The label codes (`PERSON`, `ORG`…) are data and stay as they are
//! in every language; their descriptions are translated. Export files are
//! never localised. Plain Rust, tested natively.

use crate::analysis::Label;
use crate::export::ReanchorReport;
use crate::model::{EditError, LabelDef, MAX_TERMS, MAX_TERM_CHARS};
use crate::ui::state::{TextRejected, MAX_TEXT_BYTES};
use std::fmt;

/// A language of the interface.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    /// English, the default.
    #[default]
    #[serde(rename = "en")]
    En,
    /// Traditional Chinese.
    #[serde(rename = "zh-Hant")]
    ZhHant,
}

impl Lang {
    /// Both languages, in the order the switch offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHant];

    /// The interface language for a browser's language tag
    /// (`navigator.language`): any Chinese (`zh`, `zh-TW`, `zh-Hans-CN`…) is
    /// Traditional Chinese, everything else English.
    pub fn from_browser(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("zh") {
            Lang::ZhHant
        } else {
            Lang::En
        }
    }

    /// The BCP 47 code, for `<html lang>` and for storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHant => "zh-Hant",
        }
    }

    /// The language a stored [`Lang::code`] names, if any.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself, for the switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHant => "中文",
        }
    }

    /// The fixed strings of this language.
    pub fn texts(self) -> &'static Texts {
        texts(self)
    }

    /// A label's description, for the legend and tooltips (the code itself,
    /// `PERSON`, is never translated).
    pub fn label_description(self, label: Label) -> &'static str {
        match self {
            Lang::En => label.description(),
            Lang::ZhHant => match label {
                Label::Person => "人物",
                Label::Org => "機構",
                Label::Gpe => "國家、城市、州省",
                Label::Loc => "地區、地點",
                Label::Product => "產品、型號、服務",
                Label::Event => "具名事件",
                Label::Date => "日期或期間",
                Label::Time => "時刻",
                Label::Percent => "百分比",
                Label::Money => "金額",
                Label::Quantity => "計量數量",
                Label::Ordinal => "序數",
                Label::Cardinal => "數目",
            },
        }
    }

    /// Why a pasted or opened text was not taken (the CLI keeps
    /// [`TextRejected`]'s English `Display`).
    pub fn text_rejected(self, why: &TextRejected) -> String {
        let max = MAX_TEXT_BYTES / 1_048_576;
        match (self, why) {
            (Lang::En, _) => why.to_string(),
            (Lang::ZhHant, TextRejected::Empty) => {
                "沒有可分析的文字：請先貼上或開啟一篇文章。".into()
            }
            (Lang::ZhHant, TextRejected::TooLarge(bytes)) => format!(
                "這段文字有 {:.1} MB；Scholia 一次最多處理 {max} MB。請分成幾段。未做任何變更。",
                *bytes as f64 / 1_048_576.0
            ),
            (Lang::ZhHant, TextRejected::Binary) => {
                "這看起來是二進位檔，不是文字（含有控制字元）。未做任何變更。".into()
            }
        }
    }

    /// After a text was analysed.
    pub fn analysed(self, chars: usize, ms: f64, suggestions: usize, sections: usize) -> String {
        match self {
            Lang::En => format!(
                "Analysed {chars} characters in {ms:.0} ms: {suggestions} suggestions in {sections} sections. Select any text to annotate it."
            ),
            Lang::ZhHant => format!(
                "已分析 {chars} 個字元，費時 {ms:.0} 毫秒：{sections} 個段落中有 {suggestions} 則建議。選取任何文字即可加上註記。"
            ),
        }
    }

    /// An edit the document refused (`error` is the model's own words).
    pub fn edit_refused(self, error: &EditError) -> String {
        match self {
            Lang::En => format!("That edit was not made: {error}."),
            Lang::ZhHant => format!("未做這項修改：{error}。"),
        }
    }

    /// After "accept all" of a label.
    pub fn accepted_all(self, count: usize, label: impl fmt::Display) -> String {
        match self {
            Lang::En => format!("Accepted {count} {label} suggestions. Ctrl+Z undoes this."),
            Lang::ZhHant => format!("已接受 {count} 則 {label} 建議。按 Ctrl+Z 可復原。"),
        }
    }

    /// After "reject all" of a label.
    pub fn rejected_all(self, count: usize, label: impl fmt::Display) -> String {
        match self {
            Lang::En => format!("Rejected {count} {label} suggestions. Ctrl+Z undoes this."),
            Lang::ZhHant => format!("已拒絕 {count} 則 {label} 建議。按 Ctrl+Z 可復原。"),
        }
    }

    /// After "every occurrence" labelled `count` more.
    pub fn labelled_occurrences(self, count: usize) -> String {
        match self {
            Lang::En => format!("Labelled {count} more occurrences. Ctrl+Z undoes this."),
            Lang::ZhHant => format!("已為另外 {count} 處加上標籤。按 Ctrl+Z 可復原。"),
        }
    }

    /// After the find bar labelled its matches.
    pub fn labelled_matches(self, count: usize, label: impl fmt::Display) -> String {
        match self {
            Lang::En => format!("Labelled {count} matches {label}. Ctrl+Z undoes this."),
            Lang::ZhHant => format!("已將 {count} 個相符處標為 {label}。按 Ctrl+Z 可復原。"),
        }
    }

    /// A file that is not UTF-8 (`at`: the first bad byte).
    pub fn not_utf8(self, name: &str, at: usize) -> String {
        match self {
            Lang::En => format!(
                "\"{name}\" is not UTF-8 text (invalid byte at offset {at}). Save it as UTF-8 and open it again. Nothing was changed."
            ),
            Lang::ZhHant => format!(
                "「{name}」不是 UTF-8 文字（位移 {at} 處有無效位元組）。請另存為 UTF-8 後再開啟。未做任何變更。"
            ),
        }
    }

    /// A file that could not be opened (`error`: the importer's words).
    pub fn could_not_open(self, name: &str, error: &str) -> String {
        match self {
            Lang::En => format!("Could not open \"{name}\": {error}. Nothing was changed."),
            Lang::ZhHant => format!("無法開啟「{name}」：{error}。未做任何變更。"),
        }
    }

    /// A file the browser could not read.
    pub fn could_not_read(self, name: &str, error: &str) -> String {
        match self {
            Lang::En => format!("Could not read \"{name}\": {error}. Nothing was changed."),
            Lang::ZhHant => format!("無法讀取「{name}」：{error}。未做任何變更。"),
        }
    }

    /// A file whose annotations could not be imported.
    pub fn could_not_import(self, name: &str, error: &str) -> String {
        match self {
            Lang::En => format!("Could not import \"{name}\": {error}. Nothing was changed."),
            Lang::ZhHant => format!("無法匯入「{name}」：{error}。未做任何變更。"),
        }
    }

    /// After opening an annotation file with one document.
    pub fn opened_one(self, title: &str, format: &str, annotations: usize) -> String {
        match self {
            Lang::En => format!("Opened \"{title}\" ({format}) with {annotations} annotations."),
            Lang::ZhHant => format!("已開啟「{title}」（{format}），共 {annotations} 則註記。"),
        }
    }

    /// After opening an annotation file with `count` documents.
    pub fn opened_many(self, count: usize, name: &str, format: &str) -> String {
        match self {
            Lang::En => format!(
                "Opened {count} documents from \"{name}\" ({format}): this is the last; the others are in Documents."
            ),
            Lang::ZhHant => format!(
                "已從「{name}」（{format}）開啟 {count} 份文件：這是最後一份，其餘的在文件庫中。"
            ),
        }
    }

    /// After importing annotations onto the open text: how many, how they
    /// were placed, the ones that could not be (up to ten, quoted).
    pub fn imported(self, count: usize, name: &str, report: &ReanchorReport) -> String {
        let (exact, moved, lost) = (report.exact, report.moved, report.orphaned.len());
        let shown: Vec<String> = report
            .orphaned
            .iter()
            .take(10)
            .map(|o| match self {
                Lang::En => format!("“{}” ({})", o.exact, o.label),
                Lang::ZhHant => format!("「{}」（{}）", o.exact, o.label),
            })
            .collect();
        let more = lost.saturating_sub(10);
        let mut message = match self {
            Lang::En => format!(
                "Imported {count} annotations from \"{name}\": {exact} anchored exactly, {moved} moved, {lost} could not be placed."
            ),
            Lang::ZhHant => format!(
                "已從「{name}」匯入 {count} 則註記：{exact} 則位置不變，{moved} 則已移位，{lost} 則無法放置。"
            ),
        };
        if !shown.is_empty() {
            match self {
                Lang::En => {
                    message.push_str(&format!(" Not placed: {}", shown.join(", ")));
                    if more > 0 {
                        message.push_str(&format!(" and {more} more"));
                    }
                    message.push('.');
                }
                Lang::ZhHant => {
                    message.push_str(&format!("未放置：{}", shown.join("、")));
                    if more > 0 {
                        message.push_str(&format!("，另有 {more} 則"));
                    }
                    message.push('。');
                }
            }
        }
        message.push_str(match self {
            Lang::En => " Ctrl+Z undoes the import.",
            Lang::ZhHant => "按 Ctrl+Z 可復原這次匯入。",
        });
        message
    }

    /// After an export was downloaded.
    pub fn exported(
        self,
        annotations: usize,
        suggestions: usize,
        name: &str,
        format: &str,
    ) -> String {
        match self {
            Lang::En => format!(
                "Exported {annotations} annotations and {suggestions} suggestions to {name} ({format})."
            ),
            Lang::ZhHant => format!(
                "已將 {annotations} 則註記與 {suggestions} 則建議匯出到 {name}（{format}）。"
            ),
        }
    }

    /// An export that failed.
    pub fn export_failed(self, error: &str) -> String {
        match self {
            Lang::En => format!("The export failed: {error}. Your work is unchanged."),
            Lang::ZhHant => format!("匯出失敗：{error}。您的內容沒有變動。"),
        }
    }

    /// Why saving to the browser failed (`full`: the quota is used up;
    /// otherwise `why` names the browser's refusal).
    pub fn save_failed(self, full: bool, why: &str) -> String {
        match (self, full) {
            (Lang::En, true) => "This browser's storage for Scholia is full, so your latest changes are not saved. \
                 They are still on screen: use Export now to keep them."
                .into(),
            (Lang::En, false) => format!(
                "This browser does not let Scholia save ({why}). Your work is on screen only: use Export to keep it."
            ),
            (Lang::ZhHant, true) => "這個瀏覽器給 Scholia 的儲存空間已滿，最近的變更沒有儲存。\
                 內容仍在畫面上：請立即匯出以保留。"
                .into(),
            (Lang::ZhHant, false) => format!(
                "這個瀏覽器不允許 Scholia 儲存（{why}）。您的內容只在畫面上：請匯出以保留。"
            ),
        }
    }

    /// A saved document that could not be read (`error`: the importer's
    /// words; `aside`: the key its data was copied to, if it could be).
    pub fn unreadable(self, error: &str, aside: Option<&str>) -> String {
        match (self, aside) {
            (Lang::En, Some(aside)) => format!(
                "The document saved in this browser could not be restored: {error}. Its data is kept in localStorage under \"{aside}\"."
            ),
            (Lang::En, None) => format!(
                "The document saved in this browser could not be restored: {error}. It is left where it was."
            ),
            (Lang::ZhHant, Some(aside)) => format!(
                "無法還原存在這個瀏覽器中的文件：{error}。其資料保留在 localStorage 的「{aside}」之下。"
            ),
            (Lang::ZhHant, None) => {
                format!("無法還原存在這個瀏覽器中的文件：{error}。資料仍留在原處。")
            }
        }
    }

    /// The library's confirmation before deleting a document.
    pub fn confirm_delete(self, title: &str, annotations: usize) -> String {
        match self {
            Lang::En => format!(
                "Delete \"{title}\" and its {annotations} annotations from this browser? This cannot be undone; export it first to keep a copy."
            ),
            Lang::ZhHant => format!(
                "要從這個瀏覽器刪除「{title}」及其 {annotations} 則註記嗎？此操作無法復原；如需保留副本，請先匯出。"
            ),
        }
    }

    /// After a document was deleted from the library.
    pub fn deleted(self, title: &str) -> String {
        match self {
            Lang::En => format!("Deleted \"{title}\"."),
            Lang::ZhHant => format!("已刪除「{title}」。"),
        }
    }

    /// The library's heading.
    pub fn documents_heading(self, count: usize) -> String {
        match self {
            Lang::En => format!("Documents in this browser ({count})"),
            Lang::ZhHant => format!("這個瀏覽器中的文件（{count}）"),
        }
    }

    /// A library entry's size and time (`when`: `YYYY-MM-DD hh:mm`, UTC).
    pub fn library_meta(self, chars: usize, annotations: usize, when: &str) -> String {
        match self {
            Lang::En => {
                format!("{chars} characters · {annotations} annotations · saved {when} UTC")
            }
            Lang::ZhHant => format!("{chars} 個字元 · {annotations} 則註記 · 儲存於 {when} UTC"),
        }
    }

    /// The accessible name of a library entry's title field.
    pub fn title_of(self, title: &str) -> String {
        match self {
            Lang::En => format!("Title of {title}"),
            Lang::ZhHant => format!("「{title}」的標題"),
        }
    }

    /// The accessible name of a library entry's Delete button.
    pub fn delete_named(self, title: &str) -> String {
        match self {
            Lang::En => format!("Delete {title}"),
            Lang::ZhHant => format!("刪除「{title}」"),
        }
    }

    /// The accessible names of a list row's buttons, for the row's text.
    pub fn row_action(self, action: RowAction, text: &str) -> String {
        match (self, action) {
            (Lang::En, RowAction::Delete) => format!("Delete annotation {text}"),
            (Lang::En, RowAction::Edit) => format!("Edit annotation {text}"),
            (Lang::En, RowAction::Restore) => format!("Restore suggestion {text}"),
            (Lang::En, RowAction::Accept) => format!("Accept suggestion {text}"),
            (Lang::En, RowAction::Reject) => format!("Reject suggestion {text}"),
            (Lang::ZhHant, RowAction::Delete) => format!("刪除註記「{text}」"),
            (Lang::ZhHant, RowAction::Edit) => format!("編輯註記「{text}」"),
            (Lang::ZhHant, RowAction::Restore) => format!("還原建議「{text}」"),
            (Lang::ZhHant, RowAction::Accept) => format!("接受建議「{text}」"),
            (Lang::ZhHant, RowAction::Reject) => format!("拒絕建議「{text}」"),
        }
    }

    /// The find bar's count: the match shown (from 1) of `total`.
    pub fn match_count(self, current: usize, total: usize) -> String {
        match self {
            Lang::En => format!("{current} of {total}"),
            Lang::ZhHant => format!("第 {current} 個，共 {total} 個"),
        }
    }

    /// The find bar's button that labels every match.
    pub fn label_matches(self, count: usize) -> String {
        match self {
            Lang::En => format!("Label {count}"),
            Lang::ZhHant => format!("標記 {count} 處"),
        }
    }

    /// The legend's "accept all" tooltip and accessible name.
    pub fn accept_all(self, count: usize, label: impl fmt::Display) -> (String, String) {
        match self {
            Lang::En => (
                format!("Accept all {count} pending {label} suggestions"),
                format!("Accept all {label} suggestions"),
            ),
            Lang::ZhHant => (
                format!("接受全部 {count} 則待處理的 {label} 建議"),
                format!("全部接受 {label} 建議"),
            ),
        }
    }

    /// The legend's "reject all" tooltip and accessible name.
    pub fn reject_all(self, count: usize, label: impl fmt::Display) -> (String, String) {
        match self {
            Lang::En => (
                format!("Reject all {count} pending {label} suggestions"),
                format!("Reject all {label} suggestions"),
            ),
            Lang::ZhHant => (
                format!("拒絕全部 {count} 則待處理的 {label} 建議"),
                format!("全部拒絕 {label} 建議"),
            ),
        }
    }

    /// A label's description in this language: the built-in labels'
    /// descriptions are translated while the user has not changed them;
    /// the user's own are shown as written.
    pub fn def_description(self, def: &LabelDef) -> &str {
        match def.suggests {
            Some(kind) if def.description == kind.description() => self.label_description(kind),
            _ => &def.description,
        }
    }

    /// A label button's tooltip in the popover: name, description, key.
    pub fn label_choice_title(self, def: &LabelDef) -> String {
        let mut title = def.name.to_string();
        let description = self.def_description(def);
        if !description.is_empty() {
            title = format!("{title} — {description}");
        }
        match (self, def.key) {
            (_, None) => title,
            (Lang::En, Some(k)) => format!("{title} (key {})", k.to_ascii_uppercase()),
            (Lang::ZhHant, Some(k)) => format!("{title}（按鍵 {}）", k.to_ascii_uppercase()),
        }
    }

    /// The accessible names of a label's colour, name and key fields, and of
    /// its remove button.
    pub fn label_field(self, field: LabelField, name: impl fmt::Display) -> String {
        match (self, field) {
            (Lang::En, LabelField::Colour) => format!("Colour of {name}"),
            (Lang::En, LabelField::Name) => format!("Name of {name}"),
            (Lang::En, LabelField::Key) => format!("Key for {name}"),
            (Lang::En, LabelField::Remove) => format!("Remove the label {name}"),
            (Lang::ZhHant, LabelField::Colour) => format!("{name} 的顏色"),
            (Lang::ZhHant, LabelField::Name) => format!("{name} 的名稱"),
            (Lang::ZhHant, LabelField::Key) => format!("{name} 的按鍵"),
            (Lang::ZhHant, LabelField::Remove) => format!("移除標籤 {name}"),
        }
    }

    /// A label's counts, for screen readers.
    pub fn label_counts(self, annotated: usize, pending: usize) -> String {
        match self {
            Lang::En => format!("{annotated} annotations, {pending} pending suggestions"),
            Lang::ZhHant => format!("{annotated} 則註記，{pending} 則待處理建議"),
        }
    }

    /// The confirmation before a label is removed, saying what goes with it.
    pub fn removal_question(self, name: impl fmt::Display, annotated: usize) -> String {
        match (self, annotated) {
            (Lang::En, 0) => format!(
                "Remove the label {name}? No annotation carries it. Ctrl+Z brings it back."
            ),
            (Lang::En, 1) => format!(
                "Remove the label {name} and the 1 annotation that carries it? Ctrl+Z brings both back."
            ),
            (Lang::En, n) => format!(
                "Remove the label {name} and the {n} annotations that carry it? Ctrl+Z brings them back."
            ),
            (Lang::ZhHant, 0) => {
                format!("要移除標籤 {name} 嗎？沒有註記使用它。按 Ctrl+Z 可以復原。")
            }
            (Lang::ZhHant, n) => format!(
                "要移除標籤 {name} 以及使用它的 {n} 則註記嗎？按 Ctrl+Z 可以復原。"
            ),
        }
    }

    /// After a label was added.
    pub fn label_added(self, name: impl fmt::Display, key: Option<char>) -> String {
        match (self, key) {
            (Lang::En, Some(k)) => format!("Added the label {name}. Press {k} to pick it."),
            (Lang::En, None) => format!("Added the label {name}."),
            (Lang::ZhHant, Some(k)) => format!("已新增標籤 {name}。按 {k} 即可選用。"),
            (Lang::ZhHant, None) => format!("已新增標籤 {name}。"),
        }
    }

    /// After a label was removed with its annotations.
    pub fn label_removed(self, name: impl fmt::Display, annotations: usize) -> String {
        match (self, annotations) {
            (Lang::En, 1) => {
                format!("Removed the label {name} and its 1 annotation. Ctrl+Z brings them back.")
            }
            (Lang::En, n) => format!(
                "Removed the label {name} and its {n} annotations. Ctrl+Z brings them back."
            ),
            (Lang::ZhHant, n) => {
                format!("已移除標籤 {name} 及其 {n} 則註記。按 Ctrl+Z 可以復原。")
            }
        }
    }

    /// The dictionary's heading.
    pub fn dictionary_heading(self, terms: usize) -> String {
        match self {
            Lang::En => format!("Your dictionary ({terms})"),
            Lang::ZhHant => format!("您的詞典（{terms}）"),
        }
    }

    /// Below a dictionary list cut short.
    pub fn more_terms(self, hidden: usize) -> String {
        match self {
            Lang::En => format!("{hidden} more: type in the filter to find them."),
            Lang::ZhHant => format!("還有 {hidden} 筆：在篩選欄輸入即可找到。"),
        }
    }

    /// A term's label select, or its remove button (accessible names).
    pub fn term_field(self, remove: bool, term: &str) -> String {
        match (self, remove) {
            (Lang::En, false) => format!("Label of {term}"),
            (Lang::En, true) => format!("Remove {term} from the dictionary"),
            (Lang::ZhHant, false) => format!("{term} 的標籤"),
            (Lang::ZhHant, true) => format!("從詞典移除 {term}"),
        }
    }

    /// Why a dictionary term was not taken.
    pub fn term_refused(self, full: bool) -> String {
        match (self, full) {
            (Lang::En, true) => format!(
                "The dictionary is full ({MAX_TERMS} terms): remove some first."
            ),
            (Lang::En, false) => format!(
                "A dictionary term must be 1 to {MAX_TERM_CHARS} characters, without control characters."
            ),
            (Lang::ZhHant, true) => format!("詞典已滿（{MAX_TERMS} 筆），請先移除一些。"),
            (Lang::ZhHant, false) => {
                format!("詞典詞條須為 1 到 {MAX_TERM_CHARS} 個字元，且不含控制字元。")
            }
        }
    }

    /// The popover's "every occurrence" button.
    pub fn every_occurrence(self, more: usize) -> String {
        match self {
            Lang::En => format!("Every occurrence ({more} more)"),
            Lang::ZhHant => format!("每一處（另 {more} 處）"),
        }
    }

    /// The tooltip of a section's label tag (`note` may be empty).
    pub fn section_label_title(self, label: &str, note: &str) -> String {
        match (self, note.is_empty()) {
            (Lang::En, true) => format!("Section label: {label}"),
            (Lang::En, false) => format!("Section label: {label} — {note}"),
            (Lang::ZhHant, true) => format!("段落標籤：{label}"),
            (Lang::ZhHant, false) => format!("段落標籤：{label} — {note}"),
        }
    }

    /// The heading over the section labels in the side panel.
    pub fn section_labels(self, count: usize) -> String {
        match self {
            Lang::En => format!("Section labels ({count})"),
            Lang::ZhHant => format!("段落標籤（{count}）"),
        }
    }

    /// A bar's tooltip in the Summary.
    pub fn bar_title(self, label: impl fmt::Display, annotated: usize, suggested: usize) -> String {
        match self {
            Lang::En => format!("{label}: {annotated} annotated, {suggested} suggested"),
            Lang::ZhHant => format!("{label}：{annotated} 則已註記，{suggested} 則建議"),
        }
    }

    /// An entity's tooltip in the Summary.
    pub fn occurrences_title(self, count: usize) -> String {
        match self {
            Lang::En => format!("{count} occurrence(s): click to step through them"),
            Lang::ZhHant => format!("出現 {count} 次：點一下即可逐一查看"),
        }
    }

    /// The keyboard shortcuts: the keys and what they do.
    pub fn shortcuts(self) -> &'static [(&'static str, &'static str); SHORTCUT_COUNT] {
        match self {
            Lang::En => &SHORTCUTS_EN,
            Lang::ZhHant => &SHORTCUTS_ZH_HANT,
        }
    }
}

/// The buttons of a row of the side list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowAction {
    /// Delete an annotation.
    Delete,
    /// Open an annotation's popover (label, note, every occurrence).
    Edit,
    /// Make a rejected suggestion pending again.
    Restore,
    /// Accept a suggestion.
    Accept,
    /// Reject a suggestion.
    Reject,
}

/// How many lines the shortcuts dialog lists.
pub const SHORTCUT_COUNT: usize = 13;

const SHORTCUTS_EN: [(&str, &str); SHORTCUT_COUNT] = [
    ("N or J", "next suggestion"),
    ("P or K", "previous suggestion"),
    ("Enter", "accept the suggestion, or save the popover"),
    (
        "X or Delete",
        "reject the suggestion, or delete the annotation",
    ),
    (
        "a label's key",
        "label the selection or suggestion with it at once",
    ),
    ("A", "in an annotation's popover: label every occurrence"),
    ("Shift + arrows", "grow or shrink the selection from the suggestion the cursor is on (Ctrl too: by words); a label key then labels it"),
    ("Esc", "cancel, close"),
    (
        "Ctrl+F",
        "find in the article; Enter / Shift+Enter step through matches",
    ),
    ("Ctrl+Z", "undo"),
    ("Ctrl+Shift+Z or Ctrl+Y", "redo"),
    ("Ctrl+Enter", "analyse the pasted text"),
    ("?", "show or hide this list"),
];

const SHORTCUTS_ZH_HANT: [(&str, &str); SHORTCUT_COUNT] = [
    ("N 或 J", "下一則建議"),
    ("P 或 K", "上一則建議"),
    ("Enter", "接受建議，或儲存浮動視窗"),
    ("X 或 Delete", "拒絕建議，或刪除註記"),
    ("標籤的按鍵", "立即以該標籤標記選取的文字或建議"),
    ("A", "在註記的浮動視窗中：標記每一處"),
    (
        "Shift + 方向鍵",
        "從游標所在的建議開始擴大或縮小選取範圍（加 Ctrl：以字詞為單位），再按標籤鍵即可標註",
    ),
    ("Esc", "取消、關閉"),
    ("Ctrl+F", "在文章中尋找；Enter / Shift+Enter 逐一跳到相符處"),
    ("Ctrl+Z", "復原"),
    ("Ctrl+Shift+Z 或 Ctrl+Y", "重做"),
    ("Ctrl+Enter", "分析貼上的文字"),
    ("?", "顯示或隱藏這份清單"),
];

/// Declares [`Texts`] and [`Texts::all`] from one list of fields, so the
/// test that every string is non-empty cannot miss one.
macro_rules! texts {
    ($($(#[doc = $doc:literal])+ $name:ident,)+) => {
        /// The interface's fixed strings in one language.
        #[derive(Debug, PartialEq, Eq)]
        pub struct Texts {
            $($(#[doc = $doc])+ pub $name: &'static str,)+
        }

        impl Texts {
            /// Every field, by name, in declaration order.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)+]
            }
        }
    };
}

texts! {
    /// The language switch's accessible name.
    language,
    /// The title field's accessible name.
    document_title,
    /// Instead of a title, before a text is open.
    paste_to_begin,
    /// Undo button.
    undo,
    /// Undo button's tooltip.
    undo_title,
    /// Redo button.
    redo,
    /// Redo button's tooltip.
    redo_title,
    /// New button.
    new,
    /// New button's tooltip.
    new_title,
    /// Open file button.
    open_file,
    /// Open file's file input, accessible name.
    open_file_input,
    /// Open file's tooltip.
    open_file_title,
    /// Documents (the library) button.
    documents,
    /// Documents button's tooltip.
    documents_title,
    /// The shortcuts dialog's name and heading.
    shortcuts,
    /// The `?` button's tooltip.
    shortcuts_title,
    /// Import annotations button.
    import,
    /// Its file input, accessible name.
    import_input,
    /// Its tooltip.
    import_title,
    /// Export button.
    export,
    /// Export button's tooltip.
    export_title,
    /// The export menu's accessible name.
    other_formats,
    /// The export menu's tooltip.
    other_formats_title,
    /// The paste screen's heading.
    paste_heading,
    /// The paste screen's line of help.
    paste_help,
    /// The paste area's accessible name.
    article_text,
    /// The paste area's placeholder.
    paste_placeholder,
    /// Analyse button.
    analyse,
    /// Analyse button while busy.
    analysing,
    /// The sample button.
    try_sample,
    /// The hint about dropping files.
    drop_hint,
    /// The article's accessible name.
    article,
    /// Hover text of an annotation, after its labels.
    your_annotation,
    /// Hover text of a suggestion, after its summary.
    suggestion_hint,
    /// Appended to a suggestion's value when it is approximate.
    approx,
    /// A section's tag when it has no label.
    add_section_label,
    /// That tag's tooltip.
    add_section_label_title,
    /// The section form's accessible name.
    section_form,
    /// Its label field's placeholder.
    section_label_placeholder,
    /// Its label field's accessible name.
    section_label,
    /// Its note field's placeholder.
    note_optional,
    /// Its note field's accessible name.
    section_note,
    /// Save button.
    save,
    /// Remove a section's label.
    remove_label,
    /// Cancel button.
    cancel,
    /// Popover heading on an annotation.
    edit_annotation,
    /// Popover heading on a suggestion.
    suggestion,
    /// Popover heading on a new selection.
    annotate,
    /// Accept button.
    accept,
    /// Reject button.
    reject,
    /// Delete button.
    delete,
    /// Restore button's tooltip.
    restore,
    /// The name of a group of label buttons or a label filter.
    label,
    /// The popover's note placeholder.
    note_placeholder,
    /// The popover's note field, accessible name.
    note,
    /// The "every occurrence" tooltip.
    every_occurrence_title,
    /// Status filter: annotations (also the tab).
    annotations,
    /// Status filter: suggestions.
    suggestions,
    /// Status filter: rejected.
    rejected,
    /// The status filter's accessible name.
    show,
    /// The label filter's "no filter" option.
    every_label,
    /// The empty list of annotations.
    no_annotations,
    /// The empty list of suggestions.
    no_suggestions,
    /// The empty list of rejected ones.
    nothing_rejected,
    /// A row's tooltip.
    show_in_article,
    /// The find bar with no match.
    no_match,
    /// The find field's placeholder and accessible name.
    find_in_article,
    /// Previous match, accessible name.
    previous_match,
    /// Previous match, tooltip.
    previous_title,
    /// Next match, accessible name.
    next_match,
    /// Next match, tooltip.
    next_title,
    /// Before the find bar's label picker.
    label_all_as,
    /// The find bar's label picker, accessible name.
    label_for_matches,
    /// Close the find bar.
    close_find,
    /// Legend count's accessible name.
    pending_suggestions,
    /// Legend's accept-all button.
    accept_all_short,
    /// Legend's reject-all button.
    reject_all_short,
    /// Library entry that is open now.
    open_now,
    /// Open button.
    open,
    /// The empty library.
    no_documents,
    /// Close button.
    close,
    /// Dismiss a notice.
    dismiss,
    /// The shortcuts dialog's label keys heading.
    label_keys,
    /// Summary tab.
    summary,
    /// Labels tab and headings.
    labels,
    /// The side panel's accessible name.
    side_panel,
    /// The Labels tab's help.
    labels_help,
    /// The bar chart's accessible name.
    spans_by_label,
    /// The entities heading.
    entities,
    /// No entities.
    no_entities,
    /// The amounts heading.
    amounts_and_dates,
    /// The table's order: by value.
    sorted_by_value,
    /// The table's order: as in the text.
    in_text_order,
    /// No amounts.
    no_amounts,
    /// Column: label.
    column_label,
    /// Column: as written.
    column_text,
    /// Column: value.
    column_value,
    /// After "every occurrence" found nothing to label.
    no_other_occurrence,
    /// A library entry is gone from storage.
    document_gone,
    /// Why a file to import was refused: it is not UTF-8.
    not_utf8,
    /// The browser title.
    page_title,
    /// The crash banner's first line.
    crash_title,
    /// The crash banner's explanation.
    crash_body,
    /// The crash banner's reload link.
    reload,
    /// The crash banner's download link.
    download_saved,
    /// The crash banner's details.
    technical_details,
    /// A suggestion, in a mark's description.
    suggestion_word,
    /// An annotation, in a mark's description.
    annotation_word,
    /// A label's colour input, tooltip.
    colour,
    /// A label's name field, tooltip.
    rename_title,
    /// A label's key field, tooltip.
    key_title,
    /// A label's counts, tooltip.
    counts_title,
    /// A label's remove button, tooltip.
    remove_label_title,
    /// The new label field's placeholder.
    new_label_placeholder,
    /// The new label field's accessible name.
    new_label_name,
    /// The add label button.
    add_label,
    /// The dictionary section's accessible name.
    dictionary,
    /// What the dictionary is.
    dictionary_help,
    /// The dictionary filter's placeholder and name.
    filter_terms,
    /// The new term field's placeholder.
    new_term_placeholder,
    /// The new term field's accessible name.
    new_term_name,
    /// The new term's label select, accessible name.
    new_term_label,
    /// The add term button.
    add_term,
    /// A term's remove button, tooltip.
    remove_term_title,
    /// The word-snapping setting.
    snap_words,
    /// A listed annotation's edit button, tooltip.
    edit,
}

/// A field of a label's row in the legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelField {
    /// The colour input.
    Colour,
    /// The name field.
    Name,
    /// The key field.
    Key,
    /// The remove button.
    Remove,
}

/// English.
pub const EN: Texts = Texts {
    language: "Language",
    document_title: "Document title",
    paste_to_begin: "Paste an article to begin",
    undo: "Undo",
    undo_title: "Undo (Ctrl+Z)",
    redo: "Redo",
    redo_title: "Redo (Ctrl+Shift+Z)",
    new: "New",
    new_title: "Close this article and paste another",
    open_file: "Open file…",
    open_file_input: "Open file",
    open_file_title: "Open a text (.txt, .md) or an annotation file (Scholia, W3C, doccano, spaCy JSONL)",
    documents: "Documents",
    documents_title: "Documents saved in this browser",
    shortcuts: "Keyboard shortcuts",
    shortcuts_title: "Keyboard shortcuts (?)",
    import: "Import annotations…",
    import_input: "Import annotations onto this text",
    import_title: "Put the annotations of a Scholia, W3C, doccano or spaCy file onto this text; moved text is found by its quotes",
    export: "Export",
    export_title: "Download the text, suggestions and annotations as a Scholia file (.scholia.json)",
    other_formats: "Other export formats",
    other_formats_title: "Other formats",
    paste_heading: "Paste a news article",
    paste_help: "Chinese (Traditional or Simplified) or English. Scholia highlights names and numbers; select any text to annotate it. Nothing leaves your browser.",
    article_text: "Article text",
    paste_placeholder: "Paste the article here, then press Analyse (Ctrl+Enter)…",
    analyse: "Analyse",
    analysing: "Analysing…",
    try_sample: "Try the sample article",
    drop_hint: "or drop a .txt, .md or .scholia.json file anywhere on the page",
    article: "Article",
    your_annotation: "your annotation · click to edit",
    suggestion_hint: "suggestion: click to accept, relabel or reject",
    approx: " (approx)",
    add_section_label: "+ label",
    add_section_label_title: "Label this whole section",
    section_form: "Label this section",
    section_label_placeholder: "Section label, e.g. Lede",
    section_label: "Section label",
    note_optional: "Note (optional)",
    section_note: "Section note",
    save: "Save",
    remove_label: "Remove label",
    cancel: "Cancel",
    edit_annotation: "Edit annotation",
    suggestion: "Suggestion",
    annotate: "Annotate",
    accept: "Accept",
    reject: "Reject",
    delete: "Delete",
    restore: "Restore",
    label: "Label",
    note_placeholder: "Note (optional) — Enter saves",
    note: "Note",
    every_occurrence_title: "Give every other occurrence of this text the same label",
    annotations: "Annotations",
    suggestions: "Suggestions",
    rejected: "Rejected",
    show: "Show",
    every_label: "every label",
    no_annotations: "No annotations yet. Select any text in the article, or accept a suggestion.",
    no_suggestions: "No pending suggestions.",
    nothing_rejected: "Nothing rejected.",
    show_in_article: "Show in the article",
    no_match: "no match",
    find_in_article: "Find in the article",
    previous_match: "Previous match",
    previous_title: "Previous (Shift+Enter)",
    next_match: "Next match",
    next_title: "Next (Enter)",
    label_all_as: "Label all as ",
    label_for_matches: "Label for every match",
    close_find: "Close find",
    pending_suggestions: "pending suggestions",
    accept_all_short: "✓ all",
    reject_all_short: "✗ all",
    open_now: "open",
    open: "Open",
    no_documents: "No saved documents yet: paste or open an article.",
    close: "Close",
    dismiss: "Dismiss message",
    label_keys: "Label keys",
    summary: "Summary",
    labels: "Labels",
    side_panel: "Annotations, summary and labels",
    labels_help: "Dashed underlines are suggestions: click one (or move to it with N and P) to accept, relabel or reject it. Filled highlights are your annotations. Select any text to annotate it. Press ? for every shortcut.",
    spans_by_label: "Spans by label",
    entities: "Entities",
    no_entities: "No names found or annotated.",
    amounts_and_dates: "Amounts and dates",
    sorted_by_value: "sorted by value",
    in_text_order: "in text order",
    no_amounts: "No amounts, percentages, quantities or dates.",
    column_label: "label",
    column_text: "as written",
    column_value: "value",
    no_other_occurrence: "No other occurrence needed that label.",
    document_gone: "That document is no longer in this browser's storage.",
    not_utf8: "it is not UTF-8 text",
    page_title: "Scholia — article annotator",
    crash_title: "Scholia stopped because of an internal error.",
    crash_body: "Your work up to your last completed change is saved in this browser. \
                 Reload the page to continue, or download the saved work first.",
    reload: "Reload",
    download_saved: "Download your saved work",
    technical_details: "Technical details",
    suggestion_word: "suggestion",
    annotation_word: "annotation",
    colour: "Colour",
    rename_title: "Rename (Enter)",
    key_title: "The key that picks this label",
    counts_title: "annotations · pending suggestions",
    remove_label_title: "Remove this label",
    new_label_placeholder: "New label, e.g. CLAIM",
    new_label_name: "New label name",
    add_label: "Add label",
    dictionary: "Your dictionary",
    dictionary_help: "Names you label by hand (or relabel) are added here, and new documents suggest them. Terms under your own labels are kept but not suggested: the analyser knows the thirteen built-in kinds only.",
    filter_terms: "Filter terms",
    new_term_placeholder: "New term, e.g. 瑞昱",
    new_term_name: "New dictionary term",
    new_term_label: "Label of the new term",
    add_term: "Add",
    remove_term_title: "Remove",
    snap_words: "Snap selections in Latin script to whole words",
    edit: "Edit",
};

/// Traditional Chinese, as written in Taiwan.
pub const ZH_HANT: Texts = Texts {
    language: "語言",
    document_title: "文件標題",
    paste_to_begin: "貼上一篇文章即可開始",
    undo: "復原",
    undo_title: "復原 (Ctrl+Z)",
    redo: "重做",
    redo_title: "重做 (Ctrl+Shift+Z)",
    new: "新增",
    new_title: "關閉這篇文章，貼上另一篇",
    open_file: "開啟檔案…",
    open_file_input: "開啟檔案",
    open_file_title: "開啟文字檔（.txt、.md）或註記檔（Scholia、W3C、doccano、spaCy JSONL）",
    documents: "文件庫",
    documents_title: "存放在這個瀏覽器中的文件",
    shortcuts: "快捷鍵",
    shortcuts_title: "快捷鍵 (?)",
    import: "匯入註記…",
    import_input: "將註記匯入這篇文字",
    import_title: "將 Scholia、W3C、doccano 或 spaCy 檔案中的註記套用到這篇文字；位置變動的文字會依引文找回",
    export: "匯出",
    export_title: "將文字、建議與註記下載為 Scholia 檔案（.scholia.json）",
    other_formats: "其他匯出格式",
    other_formats_title: "其他格式",
    paste_heading: "貼上一篇新聞文章",
    paste_help: "中文（繁體或簡體）或英文皆可。Scholia 會標示其中的名稱與數字；選取任何文字即可加上註記。所有內容都不會離開您的瀏覽器。",
    article_text: "文章內容",
    paste_placeholder: "在此貼上文章，再按「分析」(Ctrl+Enter)…",
    analyse: "分析",
    analysing: "分析中…",
    try_sample: "試用範例文章",
    drop_hint: "或將 .txt、.md、.scholia.json 檔案拖放到頁面任何位置",
    article: "文章",
    your_annotation: "您的註記 · 點一下即可編輯",
    suggestion_hint: "建議：點一下即可接受、改標或拒絕",
    approx: "（約）",
    add_section_label: "+ 標籤",
    add_section_label_title: "為整個段落加上標籤",
    section_form: "為這個段落加上標籤",
    section_label_placeholder: "段落標籤，例如 Lede",
    section_label: "段落標籤",
    note_optional: "備註（選填）",
    section_note: "段落備註",
    save: "儲存",
    remove_label: "移除標籤",
    cancel: "取消",
    edit_annotation: "編輯註記",
    suggestion: "建議",
    annotate: "加上註記",
    accept: "接受",
    reject: "拒絕",
    delete: "刪除",
    restore: "還原",
    label: "標籤",
    note_placeholder: "備註（選填）— 按 Enter 儲存",
    note: "備註",
    every_occurrence_title: "為這段文字的其他每一處加上相同標籤",
    annotations: "註記",
    suggestions: "建議",
    rejected: "已拒絕",
    show: "顯示",
    every_label: "所有標籤",
    no_annotations: "還沒有註記。選取文章中的任何文字，或接受一則建議。",
    no_suggestions: "沒有待處理的建議。",
    nothing_rejected: "沒有已拒絕的建議。",
    show_in_article: "在文章中顯示",
    no_match: "沒有相符結果",
    find_in_article: "在文章中尋找",
    previous_match: "上一個相符處",
    previous_title: "上一個 (Shift+Enter)",
    next_match: "下一個相符處",
    next_title: "下一個 (Enter)",
    label_all_as: "全部標為 ",
    label_for_matches: "所有相符處的標籤",
    close_find: "關閉尋找",
    pending_suggestions: "待處理的建議",
    accept_all_short: "✓ 全部",
    reject_all_short: "✗ 全部",
    open_now: "已開啟",
    open: "開啟",
    no_documents: "還沒有儲存的文件：請貼上或開啟一篇文章。",
    close: "關閉",
    dismiss: "關閉訊息",
    label_keys: "標籤按鍵",
    summary: "摘要",
    labels: "標籤",
    side_panel: "註記、摘要與標籤",
    labels_help: "虛線底線是建議：點一下（或用 N 和 P 移到該處）即可接受、改標或拒絕。填色標示是您的註記。選取任何文字即可加上註記。按 ? 查看所有快捷鍵。",
    spans_by_label: "各標籤的數量",
    entities: "實體",
    no_entities: "沒有找到或標註任何名稱。",
    amounts_and_dates: "金額與日期",
    sorted_by_value: "依數值排序",
    in_text_order: "依文中順序",
    no_amounts: "沒有金額、百分比、數量或日期。",
    column_label: "標籤",
    column_text: "原文",
    column_value: "數值",
    no_other_occurrence: "沒有其他需要加上這個標籤的地方。",
    document_gone: "這份文件已不在這個瀏覽器的儲存空間中。",
    not_utf8: "這不是 UTF-8 文字",
    page_title: "Scholia — 文章註記工具",
    crash_title: "Scholia 發生內部錯誤，已停止運作。",
    crash_body: "到最後一次完成的變更為止，您的內容都已存在這個瀏覽器中。請重新載入頁面繼續，或先下載已儲存的內容。",
    reload: "重新載入",
    download_saved: "下載已儲存的內容",
    technical_details: "技術細節",
    suggestion_word: "建議",
    annotation_word: "註記",
    colour: "顏色",
    rename_title: "重新命名（Enter）",
    key_title: "選取這個標籤的按鍵",
    counts_title: "註記 · 待處理建議",
    remove_label_title: "移除這個標籤",
    new_label_placeholder: "新標籤，例如 CLAIM",
    new_label_name: "新標籤名稱",
    add_label: "新增標籤",
    dictionary: "您的詞典",
    dictionary_help: "您親手標註（或改標）的名稱會加入這裡，之後的新文件會把它們列為建議。自訂標籤下的詞條會保留但不會被建議：分析器只認得內建的十三種標籤。",
    filter_terms: "篩選詞條",
    new_term_placeholder: "新詞條，例如 瑞昱",
    new_term_name: "新的詞典詞條",
    new_term_label: "新詞條的標籤",
    add_term: "加入",
    remove_term_title: "移除",
    snap_words: "拉丁字母的選取自動擴展到完整單字",
    edit: "編輯",
};

/// The fixed strings of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::ZhHant => &ZH_HANT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Orphan;

    #[test]
    fn browser_tags_pick_the_language() {
        for (tag, want) in [
            ("zh-TW", Lang::ZhHant),
            ("zh-Hant-TW", Lang::ZhHant),
            ("zh-HK", Lang::ZhHant),
            ("zh-CN", Lang::ZhHant),
            ("zh", Lang::ZhHant),
            ("ZH_tw", Lang::ZhHant),
            ("en-US", Lang::En),
            ("en", Lang::En),
            ("fr-FR", Lang::En),
            ("ja", Lang::En),
            ("zu", Lang::En),
            ("", Lang::En),
        ] {
            assert_eq!(Lang::from_browser(tag), want, "{tag:?}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.code()));
        }
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::default(), Lang::En);
    }

    #[test]
    fn every_string_is_there_in_both_languages() {
        let (en, zh) = (EN.all(), ZH_HANT.all());
        assert_eq!(en.len(), zh.len());
        for ((name, english), (_, chinese)) in en.iter().zip(&zh) {
            assert!(!english.trim().is_empty(), "EN.{name} is empty");
            assert!(!chinese.trim().is_empty(), "ZH_HANT.{name} is empty");
        }
        // The Chinese strings are Chinese (a few are symbols and key names).
        let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        let untranslated: Vec<_> = zh.iter().filter(|(_, s)| !han(s)).collect();
        assert!(untranslated.is_empty(), "{untranslated:?}");
        for lang in Lang::ALL {
            for (key, what) in lang.shortcuts() {
                assert!(!key.is_empty() && !what.is_empty());
            }
            for label in Label::ALL {
                assert!(!lang.label_description(label).is_empty());
            }
        }
        assert_eq!(texts(Lang::ZhHant).export, "匯出");
        assert_eq!(Lang::En.texts().export, "Export");
    }

    #[test]
    fn messages_carry_their_numbers_in_both_languages() {
        let check = |lang: Lang, message: String, parts: &[&str]| {
            for part in parts {
                assert!(
                    message.contains(part),
                    "{lang:?}: {message:?} lacks {part:?}"
                );
            }
        };
        check(
            Lang::En,
            Lang::En.analysed(1234, 37.4, 56, 7),
            &["1234 characters", "37 ms", "56 suggestions", "7 sections"],
        );
        check(
            Lang::ZhHant,
            Lang::ZhHant.analysed(1234, 37.4, 56, 7),
            &["1234 個字元", "37 毫秒", "56 則建議", "7 個段落"],
        );
        check(
            Lang::En,
            Lang::En.accepted_all(3, Label::Org),
            &["Accepted 3 ORG"],
        );
        check(
            Lang::ZhHant,
            Lang::ZhHant.accepted_all(3, Label::Org),
            &["已接受 3 則 ORG"],
        );
        check(
            Lang::ZhHant,
            Lang::ZhHant.rejected_all(2, Label::Money),
            &["已拒絕 2 則 MONEY"],
        );
        check(
            Lang::ZhHant,
            Lang::ZhHant.labelled_matches(4, Label::Gpe),
            &["4", "GPE"],
        );
        let mut labels = crate::model::LabelSet::default();
        let person = labels.get("PERSON").unwrap().clone();
        check(
            Lang::ZhHant,
            Lang::ZhHant.label_choice_title(&person),
            &["PERSON", "人物", "1"],
        );
        check(
            Lang::En,
            Lang::En.label_choice_title(&person),
            &["PERSON — person (key 1)"],
        );
        // A description the user wrote is shown as written, in any language.
        labels.add("CLAIM").unwrap();
        labels.describe("CLAIM", "a claim to check").unwrap();
        let claim = labels.get("CLAIM").unwrap();
        check(
            Lang::ZhHant,
            Lang::ZhHant.label_choice_title(claim),
            &["CLAIM — a claim to check（按鍵 R）"],
        );
        check(
            Lang::ZhHant,
            Lang::ZhHant.removal_question("CLAIM", 3),
            &["CLAIM", "3 則註記", "Ctrl+Z"],
        );
        check(
            Lang::ZhHant,
            Lang::ZhHant.label_added("CLAIM", Some('r')),
            &["按 r"],
        );
        check(Lang::ZhHant, Lang::ZhHant.term_refused(true), &["5000"]);
        check(Lang::ZhHant, Lang::ZhHant.match_count(2, 5), &["2", "5"]);
        check(
            Lang::ZhHant,
            Lang::ZhHant.confirm_delete("標題", 9),
            &["「標題」", "9 則註記"],
        );
        check(Lang::ZhHant, Lang::ZhHant.save_failed(true, ""), &["已滿"]);
        check(
            Lang::En,
            Lang::En.save_failed(false, "SecurityError"),
            &["(SecurityError)"],
        );
        assert_eq!(
            Lang::En.text_rejected(&TextRejected::Binary),
            TextRejected::Binary.to_string(),
            "English is the CLI's message"
        );
        check(
            Lang::ZhHant,
            Lang::ZhHant.text_rejected(&TextRejected::TooLarge(3 * 1_048_576)),
            &["3.0 MB", "2 MB"],
        );
        check(
            Lang::ZhHant,
            Lang::ZhHant.text_rejected(&TextRejected::Empty),
            &["沒有可分析的文字"],
        );
        let report = ReanchorReport {
            exact: 2,
            moved: 1,
            orphaned: vec![Orphan {
                id: 7,
                label: Label::Org.into(),
                exact: "微軟".into(),
            }],
        };
        assert_eq!(
            Lang::En.imported(3, "a.json", &report),
            "Imported 3 annotations from \"a.json\": 2 anchored exactly, 1 moved, 1 could not be placed. \
             Not placed: “微軟” (ORG). Ctrl+Z undoes the import."
        );
        check(
            Lang::ZhHant,
            Lang::ZhHant.imported(3, "a.json", &report),
            &["匯入 3 則", "「微軟」（ORG）", "Ctrl+Z"],
        );
    }
}
