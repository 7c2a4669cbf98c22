//! Component tests in a real browser (headless Chromium through
//! `wasm-bindgen-test`): the article renders the expected marks for a given
//! text, user text never becomes markup, DOM selections map to code points,
//! storage and the crash banner behave. Run: `make test-browser`.
#![cfg(target_arch = "wasm32")]

use scholia::analysis::{Config, Label};
use scholia::model::{Dictionary, Document, LabelName, Term};
use scholia::ui::components::{Article, LabelStyles, Shortcuts, SidePanel, TopBar};
use scholia::ui::dom::current_selection;
use scholia::ui::i18n::Lang;
use scholia::ui::panic::{show_crash_banner, BANNER_ID};
use scholia::ui::state::{PanelTab, State};
use scholia::ui::storage::{self, SaveError};
use scholia::ui::view::section_models;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HarnessProps {
    doc: Rc<Document>,
}

/// The article as the app mounts it, over a reducer holding `doc`.
#[function_component]
fn Harness(props: &HarnessProps) -> Html {
    let state = use_reducer({
        let doc = props.doc.clone();
        move || State {
            doc: Some(doc),
            ..State::default()
        }
    });
    let doc = state
        .doc
        .clone()
        .expect("the harness always holds a document");
    let sections = Rc::new(section_models(&doc, &[], Lang::En));
    html! { <Article sections={sections} section_form={None::<usize>} dispatch={state.dispatcher()} /> }
}

/// Mounts the article for `doc` in a fresh element and waits for it to render.
async fn mount(doc: Document) -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { doc: Rc::new(doc) })
        .render();
    yew::scheduler::flush().await;
    root
}

fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

fn doc(text: &str) -> Document {
    Document::new("test", text, &Config::default())
}

#[wasm_bindgen_test]
async fn renders_suggestions_as_labelled_marks_with_values() {
    let root = mount(doc(
        "微軟宣布投資 Mistral AI 130 億美元。\n\nMicrosoft will pay $2 billion, up 20%.",
    ))
    .await;
    let orgs = texts(&root, "mark.suggestion[data-label=\"ORG\"]");
    assert!(orgs.contains(&"微軟".to_string()), "{orgs:?}");
    assert!(orgs.contains(&"Mistral AI".to_string()), "{orgs:?}");
    let money = all(&root, "mark.suggestion[data-label=\"MONEY\"]");
    assert_eq!(money[0].text_content().unwrap(), "130 億美元");
    assert!(money[0]
        .get_attribute("title")
        .unwrap()
        .contains("13000000000 USD"));
    assert_eq!(
        texts(&root, "mark.suggestion[data-label=\"PERCENT\"]"),
        vec!["20%"]
    );
    assert_eq!(all(&root, "section").len(), 2);
}

/// The top bar (with a document open) and the shortcuts, under a language.
#[function_component]
fn Chrome() -> Html {
    let state = use_reducer(State::default);
    let lang = use_context::<Lang>().expect("mounted under a ContextProvider<Lang>");
    html! {
        <>
        <TopBar title={Some(AttrValue::from("標題"))} on_rename={Callback::noop()} on_new={Callback::noop()}
                on_open={Callback::noop()} on_export={Callback::noop()} on_import_onto={Callback::noop()}
                dispatch={state.dispatcher()} />
        <Shortcuts dispatch={state.dispatcher()} />
        <span class="lang">{ lang.code() }</span>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct InLangProps {
    lang: Lang,
}

#[function_component]
fn InLang(props: &InLangProps) -> Html {
    html! { <ContextProvider<Lang> context={props.lang}><Chrome /></ContextProvider<Lang>> }
}

async fn mount_chrome(lang: Lang) -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<InLang>::with_root_and_props(root.clone(), InLangProps { lang }).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn the_interface_speaks_traditional_chinese_under_its_context() {
    let root = mount_chrome(Lang::ZhHant).await;
    let text = root.text_content().unwrap();
    for want in [
        "匯出",
        "開啟檔案…",
        "文件庫",
        "快捷鍵",
        "下一則建議",
        "標籤按鍵",
        "關閉",
    ] {
        assert!(text.contains(want), "{want:?} missing from {text:?}");
    }
    assert!(
        !text.contains("Export") && !text.contains("next suggestion"),
        "{text}"
    );
    let undo = root.query_selector("button.undo").unwrap().unwrap();
    assert_eq!(undo.get_attribute("aria-label").as_deref(), Some("復原"));
    let switch: web_sys::HtmlSelectElement = root
        .query_selector("select.lang-switch")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(switch.value(), "zh-Hant");
    assert_eq!(switch.get_attribute("aria-label").as_deref(), Some("語言"));
    root.remove();

    let root = mount_chrome(Lang::En).await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Export") && text.contains("next suggestion"),
        "{text}"
    );
    root.remove();
}

#[wasm_bindgen_test]
fn suggestion_tooltips_follow_the_language() {
    let d = doc("微軟投資 Mistral AI 130 億美元。");
    let models = section_models(&d, &[], Lang::ZhHant);
    let titles: Vec<&str> = models[0]
        .chunks
        .iter()
        .filter_map(|c| match c {
            scholia::ui::view::Chunk::Suggested { title, .. } => Some(title.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        titles.iter().any(|t| t.starts_with("ORG · 機構 — 建議")),
        "{titles:?}"
    );
    assert!(
        titles.iter().any(|t| t.contains("13000000000 USD")),
        "{titles:?}"
    );
}

#[wasm_bindgen_test]
async fn user_text_is_never_markup() {
    let text = "<script>window.__scholia_pwned = 1</script><b>bold</b><img src=x onerror=alert(1)>";
    let root = mount(doc(text)).await;
    assert!(all(&root, "script, b, img").is_empty());
    assert_eq!(root.text_content().unwrap().replace("+ label", ""), text);
    let pwned = js_sys::Reflect::get(&gloo::utils::window(), &"__scholia_pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
async fn annotations_render_filled_and_pieces_carry_code_point_offsets() {
    let text = "😀👩‍💻 e\u{301} 微軟投資 Mistral AI。";
    let mut d = doc(text);
    // 😀, 👩 ZWJ 💻, space, e + combining acute, space: 微 is code point 8.
    let id = d.add_annotation(8, 10, Label::Org, "note").unwrap();
    let root = mount(d).await;
    let marks = all(&root, "mark.annotation");
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].text_content().unwrap(), "微軟");
    assert_eq!(marks[0].get_attribute("data-ann").unwrap(), id.to_string());
    assert_eq!(marks[0].get_attribute("data-start").unwrap(), "8");
    for piece in all(&root, "[data-start]") {
        let start: usize = piece.get_attribute("data-start").unwrap().parse().unwrap();
        let shown = piece.text_content().unwrap();
        let want: String = text
            .chars()
            .skip(start)
            .take(shown.chars().count())
            .collect();
        assert_eq!(shown, want, "piece at {start}");
    }
}

#[wasm_bindgen_test]
async fn a_dom_selection_maps_to_code_points() {
    let text = "😀😀 e\u{301}微軟 Mistral AI 🇫🇷 today";
    let root = mount(doc(text)).await;
    let article = root.query_selector(".article").unwrap().unwrap();
    // Select "Mistral AI" through the DOM, in UTF-16 units, as a mouse would.
    let pieces = all(&root, "[data-start]");
    let mut start_point = None;
    let mut end_point = None;
    for p in &pieces {
        let node = p.first_child().unwrap();
        let data = node.text_content().unwrap();
        let utf16: Vec<u16> = data.encode_utf16().collect();
        let find = |needle: &str| {
            let n: Vec<u16> = needle.encode_utf16().collect();
            utf16
                .windows(n.len())
                .position(|w| w == n.as_slice())
                .map(|i| (i, n.len()))
        };
        if let Some((i, _)) = find("Mistral") {
            start_point = Some((node.clone(), i as u32));
        }
        if let Some((i, len)) = find("AI") {
            end_point = Some((node.clone(), (i + len) as u32));
        }
    }
    let (start_node, start_offset) = start_point.expect("Mistral is rendered");
    let (end_node, end_offset) = end_point.expect("AI is rendered");
    let range = gloo::utils::document().create_range().unwrap();
    range.set_start(&start_node, start_offset).unwrap();
    range.set_end(&end_node, end_offset).unwrap();
    let selection = gloo::utils::window().get_selection().unwrap().unwrap();
    selection.remove_all_ranges().unwrap();
    selection.add_range(&range).unwrap();
    let got = current_selection(&article).expect("the selection lies in the article");
    let want_start = text[..text.find("Mistral").unwrap()].chars().count();
    assert_eq!(
        (got.start, got.end),
        (want_start, want_start + "Mistral AI".len())
    );
    selection.remove_all_ranges().unwrap();
}

#[wasm_bindgen_test]
fn storage_round_trips_and_reports_a_full_store() {
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let mut d = doc("微軟投資 Mistral AI 😀。");
    d.add_annotation(5, 15, Label::Org, "“quoted”\nnote")
        .unwrap();
    storage::save_document("d1", &d, "2026-11-27T10:00:00.000Z").unwrap();
    assert_eq!(storage::load("d1", Lang::En).unwrap(), d);
    assert_eq!(
        storage::load_current(Lang::En).unwrap(),
        Some(("d1".to_string(), d.clone()))
    );
    d.add_annotation(0, 2, Label::Org, "").unwrap();
    storage::save_annotations("d1", &d, "2026-11-27T10:01:00.000Z").unwrap();
    assert_eq!(storage::load("d1", Lang::En).unwrap(), d);
    // A second document joins the library, most recent first.
    storage::save_document("d2", &doc("another text"), "2026-11-27T10:02:00.000Z").unwrap();
    let ids: Vec<_> = storage::library()
        .into_iter()
        .map(|e| (e.id, e.annotations))
        .collect();
    assert_eq!(ids, vec![("d2".to_string(), 0), ("d1".to_string(), 2)]);
    storage::rename("d1", "Renamed", Lang::En).unwrap();
    assert_eq!(storage::load("d1", Lang::En).unwrap().title, "Renamed");
    storage::delete("d2").unwrap();
    assert_eq!(storage::library().len(), 1);
    assert!(storage::load("d2", Lang::En).is_err());

    // Fill the quota, then a larger save must say the store is full.
    let chunk = "x".repeat(256 * 1024);
    let mut key = 0;
    let mut size = chunk.len();
    while size > 0 {
        if storage
            .set_item(&format!("filler-{key}"), &chunk[..size])
            .is_err()
        {
            size /= 2;
        }
        key += 1;
    }
    let mut bigger = d.clone();
    bigger
        .add_annotation(0, 2, Label::Org, &"n".repeat(4096))
        .unwrap();
    assert_eq!(
        storage::save_annotations("d1", &bigger, "now"),
        Err(SaveError::Full)
    );
    assert_eq!(
        storage::save_document("d3", &bigger, "now"),
        Err(SaveError::Full)
    );
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
fn an_unreadable_saved_document_is_kept_aside_and_reported() {
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let damaged = "{\"format\": \"scholia\", \"version\": 1";
    storage
        .set_item(&storage::document_key("d9"), damaged)
        .unwrap();
    storage.set_item(storage::CURRENT_KEY, "d9").unwrap();
    let message = storage::load_current(Lang::En).unwrap_err();
    assert!(message.contains("could not be restored"), "{message}");
    let aside = format!("{}.d9", storage::UNREADABLE_KEY);
    let kept = storage.get_item(&aside).unwrap().unwrap();
    let kept: serde_json::Value = serde_json::from_str(&kept).unwrap();
    assert_eq!(kept["document"], damaged);
    assert!(storage
        .get_item(&storage::document_key("d9"))
        .unwrap()
        .is_none());
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
fn a_document_saved_before_the_library_moves_into_it() {
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let d = doc("微軟投資 Mistral AI。");
    storage
        .set_item(
            storage::DOCUMENT_KEY,
            &scholia::export::document_part_json(&d),
        )
        .unwrap();
    let (id, loaded) = storage::load_current(Lang::En)
        .unwrap()
        .expect("moved and loaded");
    assert_eq!(loaded, d);
    assert_eq!(storage::library()[0].id, id);
    assert!(storage.get_item(storage::DOCUMENT_KEY).unwrap().is_none());
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
fn the_crash_banner_explains_and_offers_reload_and_download() {
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage::save_document("d1", &doc("saved text"), "now").unwrap();
    show_crash_banner("panicked at src/x.rs:1:1: boom");
    let banner = gloo::utils::document()
        .get_element_by_id(BANNER_ID)
        .expect("the banner is shown");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let text = banner.text_content().unwrap();
    assert!(
        text.contains("Your work up to your last completed change is saved"),
        "{text}"
    );
    assert!(text.contains("boom"));
    let links = all(&banner, "a");
    assert_eq!(links[0].text_content().unwrap(), "Reload");
    assert_eq!(
        links[1].get_attribute("download").as_deref(),
        Some("saved-work.scholia.json")
    );
    assert!(links[1].get_attribute("href").unwrap().starts_with("blob:"));
    // A second panic does not stack a second banner.
    show_crash_banner("again");
    assert_eq!(
        gloo::utils::document()
            .query_selector_all(&format!("#{BANNER_ID}"))
            .unwrap()
            .length(),
        1
    );
    banner.remove();
    storage.clear().unwrap();
}

#[derive(Properties, PartialEq)]
struct LabelsHarnessProps {
    doc: Rc<Document>,
    dictionary: Rc<Dictionary>,
}

/// The side panel on its Labels tab, with the label colours, as the app
/// mounts them.
#[function_component]
fn LabelsHarness(props: &LabelsHarnessProps) -> Html {
    let state = use_reducer({
        let (doc, dictionary) = (props.doc.clone(), props.dictionary.clone());
        move || State {
            doc: Some(doc),
            dictionary,
            panel: PanelTab::Labels,
            ..State::default()
        }
    });
    let doc = state.doc.clone().expect("the harness holds a document");
    html! {
        <>
        <LabelStyles labels={doc.labels.clone()} />
        <SidePanel doc={doc} tab={state.panel} list_status={state.list_status}
                   list_label={state.list_label.clone()} dictionary={state.dictionary.clone()}
                   snap_words={state.snap_words} dispatch={state.dispatcher()} />
        </>
    }
}

#[wasm_bindgen_test]
async fn the_labels_tab_edits_the_set_and_shows_the_dictionary() {
    let mut d = doc("Nadella said the deal opens a new era. 微軟同意。");
    let claim = d.add_label("CLAIM").unwrap();
    d.recolour_label("CLAIM", "#112233").unwrap();
    d.add_annotation(14, 37, claim.clone(), "").unwrap();
    let dictionary = Rc::new(Dictionary::from_terms([Term {
        text: "遠揚晶片".into(),
        label: LabelName::from(Label::Org),
    }]));
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<LabelsHarness>::with_root_and_props(
        root.clone(),
        LabelsHarnessProps {
            doc: Rc::new(d),
            dictionary,
        },
    )
    .render();
    yew::scheduler::flush().await;

    let rows = all(&root, ".legend-item");
    assert_eq!(rows.len(), 14, "the thirteen and CLAIM");
    let claim_row = root
        .query_selector(".legend-item[data-label=\"CLAIM\"]")
        .unwrap()
        .expect("a row for the custom label");
    let key: web_sys::HtmlInputElement = claim_row
        .query_selector(".legend-key")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(key.value(), "r");
    assert!(
        claim_row.text_content().unwrap().contains("1 · 0"),
        "one annotation, no suggestion"
    );
    assert!(
        claim_row.query_selector(".accept-all").unwrap().is_none(),
        "a custom label has no suggestions to accept"
    );
    let css = texts(&root, "style.label-styles").join("");
    assert!(
        css.contains("[data-label=\"CLAIM\"] { --c: #112233; }"),
        "{css}"
    );
    assert_eq!(
        texts(&root, ".dictionary .term-text"),
        vec!["遠揚晶片".to_string()]
    );

    // Adding a label through the form is an edit the reducer makes.
    let input: web_sys::HtmlInputElement = root
        .query_selector(".new-label")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("QUOTE");
    let add: web_sys::HtmlElement = root
        .query_selector(".add-label button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    add.click();
    yew::scheduler::flush().await;
    assert_eq!(all(&root, ".legend-item").len(), 15);
    assert!(root
        .query_selector(".legend-item[data-label=\"QUOTE\"]")
        .unwrap()
        .is_some());
    root.remove();
}
