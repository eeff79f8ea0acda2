//! Browser tests: components mounted into a fresh container each, against the real
//! localStorage of headless Chromium. Run by scripts/test.sh through wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use warmcall_coach::settings::Settings;
use warmcall_store::local::LocalStorage;
use warmcall_store::{KeyValueStore, StorageError, OWNER, OWNER_KEY};
use warmcall_web::ui::{App, AppProps, WithCoaches};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Data the widget wrote earlier: its marker and its schema version.
fn claim_for_warmcall(prefix: &str) {
    let storage = local_storage();
    storage
        .set_item(&format!("{prefix}{OWNER_KEY}"), OWNER)
        .unwrap();
    storage.set_item(&format!("{prefix}schema"), "1").unwrap();
}

/// A container of its own, so tests never see each other's DOM.
fn fresh_container() -> Element {
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    container
}

/// A storage prefix of its own, so tests never see each other's data.
fn fresh_prefix(name: &str) -> String {
    format!("test-{name}-{}:", js_sys::Math::random())
}

async fn mount(prefix: &str) -> (Element, yew::AppHandle<App<WithCoaches>>) {
    let container = fresh_container();
    let props = yew::props!(AppProps {
        storage_prefix: prefix.to_owned(),
        lang: Some(warmcall_coach::Lang::En),
    });
    let handle =
        yew::Renderer::<App<WithCoaches>>::with_root_and_props(container.clone(), props).render();
    yew::scheduler::flush().await;
    (container, handle)
}

fn find(container: &Element, test_id: &str) -> Element {
    container
        .query_selector(&format!("[data-testid='{test_id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with test id {test_id}"))
}

async fn click(container: &Element, test_id: &str) {
    find(container, test_id)
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
}

async fn type_into(container: &Element, test_id: &str, value: &str) {
    let input = find(container, test_id).unchecked_into::<HtmlInputElement>();
    input.set_value(value);
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
fn local_storage_adapter_reads_and_writes_the_real_storage() {
    let (storage, full) =
        LocalStorage::open("warmcall-test:").expect("storage works in the test browser");
    assert!(!full);
    let key = fresh_prefix("adapter");
    assert_eq!(storage.get(&key), Ok(None));
    storage.set(&key, "value").unwrap();
    assert_eq!(
        local_storage().get_item(&key).unwrap().as_deref(),
        Some("value")
    );
    storage.remove(&key).unwrap();
    assert_eq!(storage.get(&key), Ok(None));
}

#[wasm_bindgen_test]
fn local_storage_adapter_lists_every_key_of_the_real_storage() {
    let (storage, _) = LocalStorage::open("warmcall-test:").unwrap();
    let prefix = fresh_prefix("keys");
    let (ours, theirs) = (format!("{prefix}lead:a"), format!("{prefix}host"));
    storage.set(&ours, "1").unwrap();
    local_storage().set_item(&theirs, "2").unwrap();
    let listed = |storage: &LocalStorage| {
        let mut keys: Vec<String> = storage
            .keys()
            .unwrap()
            .into_iter()
            .filter(|key| key.starts_with(&prefix))
            .collect();
        keys.sort();
        keys
    };
    assert_eq!(listed(&storage), [theirs.clone(), ours.clone()]);
    storage.remove(&ours).unwrap();
    storage.remove(&theirs).unwrap();
    assert_eq!(listed(&storage), Vec::<String>::new());
}

#[wasm_bindgen_test]
fn a_write_past_the_quota_fails_as_full_and_keeps_the_old_value() {
    let (storage, _) = LocalStorage::open("warmcall-test:").unwrap();
    let key = fresh_prefix("quota");
    // The prefix is the widget's (its marker is there), as it is after any earlier visit.
    claim_for_warmcall(&key);
    storage.set(&key, "previous").unwrap();
    // Chromium allows about 5 MB per origin (UTF-16, so 10 MB of bytes); 6 M characters exceeds it.
    let huge = "x".repeat(6 * 1024 * 1024);
    assert_eq!(storage.set(&key, &huge), Err(StorageError::Full));
    assert_eq!(storage.get(&key), Ok(Some("previous".to_owned())));
    // Filled to the brim, storage still opens for reading and says that it is full, instead of
    // passing for blocked storage (whose data would not be shown at all).
    let fillers = fill_storage_to_the_brim();
    let (reopened, full) = LocalStorage::open(&key).expect("full storage still opens");
    assert!(full, "a full storage is reported as full");
    assert_eq!(reopened.get(&key), Ok(Some("previous".to_owned())));
    drop(fillers);
    storage.remove(&key).unwrap();
}

#[wasm_bindgen_test]
async fn the_shell_shows_every_tab() {
    let (container, _app) = mount(&fresh_prefix("shell")).await;
    for tab in ["today", "followup", "opener", "practice", "settings"] {
        let button = find(&container, &format!("tab-{tab}"));
        assert_eq!(button.get_attribute("role").as_deref(), Some("tab"));
    }
    assert_eq!(
        find(&container, "tab-today")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    find(&container, "prepared-count");
    // Mounted without the loader, the app has no practice bundle to show, and says so.
    click(&container, "tab-practice").await;
    find(&container, "practice-unavailable");
    click(&container, "tab-settings").await;
    assert_eq!(
        find(&container, "tab-settings")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    find(&container, "settings");
}

#[wasm_bindgen_test]
async fn settings_are_saved_and_come_back_in_a_new_widget() {
    let prefix = fresh_prefix("settings");
    let (container, app) = mount(&prefix).await;
    click(&container, "tab-settings").await;
    type_into(&container, "setting-cold-attempts", "5").await;
    assert!(find(&container, "settings-status")
        .text_content()
        .unwrap()
        .contains("Saved"));
    let stored = local_storage()
        .get_item(&format!("{prefix}settings"))
        .unwrap()
        .unwrap();
    let stored: Settings = serde_json::from_str(&stored).unwrap();
    assert_eq!(stored.stop_rule.cold_attempts, 5);
    app.destroy();

    let (container, _app) = mount(&prefix).await;
    click(&container, "tab-settings").await;
    let input = find(&container, "setting-cold-attempts").unchecked_into::<HtmlInputElement>();
    assert_eq!(input.value(), "5");
}

#[wasm_bindgen_test]
async fn an_invalid_setting_is_explained_and_not_saved() {
    let prefix = fresh_prefix("invalid");
    let (container, _app) = mount(&prefix).await;
    click(&container, "tab-settings").await;
    type_into(&container, "setting-window", "30").await;
    let status = find(&container, "settings-status").text_content().unwrap();
    assert!(status.contains("never more than two weeks"), "{status}");
    assert_eq!(
        local_storage()
            .get_item(&format!("{prefix}settings"))
            .unwrap(),
        None
    );
}

#[wasm_bindgen_test]
async fn a_corrupt_stored_value_is_set_aside_with_a_notice() {
    let prefix = fresh_prefix("corrupt");
    claim_for_warmcall(&prefix);
    local_storage()
        .set_item(&format!("{prefix}settings"), "{broken")
        .unwrap();
    let (container, _app) = mount(&prefix).await;
    let notice = find(&container, "notice").text_content().unwrap();
    assert!(
        notice.contains(&format!("{prefix}backup:settings:1")),
        "{notice}"
    );
    assert_eq!(
        local_storage()
            .get_item(&format!("{prefix}backup:settings:1"))
            .unwrap()
            .as_deref(),
        Some("{broken")
    );
}

#[wasm_bindgen_test]
async fn the_crash_panel_replaces_the_widget_and_shows_the_message_as_text() {
    let host = fresh_container();
    let mut widget = warmcall_full::mount_widget(host.clone(), JsValue::UNDEFINED).unwrap();
    yew::scheduler::flush().await;
    // The widget renders into a shadow root, inside the element it creates there.
    let shadow = host.shadow_root().unwrap();
    let container = shadow.first_element_child().unwrap();
    find(&container, "warmcall-app");

    warmcall_web::embed::show_crash_panel("panicked at <img src=x onerror=alert(1)>");
    let panel = find(&container, "crash-panel");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert!(panel
        .text_content()
        .unwrap()
        .contains("<img src=x onerror=alert(1)>"));
    assert!(
        panel.query_selector("img").unwrap().is_none(),
        "the message must not become HTML"
    );
    let reload = panel.query_selector("button").unwrap().unwrap();
    assert_eq!(reload.text_content().as_deref(), Some("Reload"));
    assert!(container
        .query_selector("[data-testid='warmcall-app']")
        .unwrap()
        .is_none());

    widget.unmount();
    assert_eq!(shadow.child_element_count(), 0);
    assert!(!host.has_attribute("data-warmcall-root"));
}

async fn type_into_area(container: &Element, test_id: &str, value: &str) {
    let area = find(container, test_id).unchecked_into::<web_sys::HtmlTextAreaElement>();
    area.set_value(value);
    area.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_question_is_analysed_as_it_is_typed_and_a_rewrite_can_be_accepted() {
    let prefix = fresh_prefix("followup");
    let (container, app) = mount(&prefix).await;
    click(&container, "tab-followup").await;
    type_into_area(
        &container,
        "followup-question",
        "Har du tittat på offerten?",
    )
    .await;
    let analysis = find(&container, "question-analysis");
    assert_eq!(
        analysis.get_attribute("data-kind").as_deref(),
        Some("closed")
    );
    assert!(
        analysis.text_content().unwrap().contains("Svenska"),
        "the assumed language is named"
    );
    assert_eq!(
        analysis
            .query_selector("mark")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Har du")
    );

    click(&container, "accept-rewrite").await;
    let question =
        find(&container, "followup-question").unchecked_into::<web_sys::HtmlTextAreaElement>();
    assert!(
        question.value().contains("offerten"),
        "{}",
        question.value()
    );
    let analysis = find(&container, "question-analysis");
    assert_eq!(
        analysis.get_attribute("data-kind").as_deref(),
        Some("assumptive")
    );
    let stored = local_storage()
        .get_item(&format!("{prefix}followup-draft"))
        .unwrap()
        .unwrap();
    assert!(stored.contains(&question.value()));
    app.destroy();

    let (container, _app) = mount(&prefix).await;
    click(&container, "tab-followup").await;
    let question =
        find(&container, "followup-question").unchecked_into::<web_sys::HtmlTextAreaElement>();
    assert!(question.value().contains("offerten"));
}

#[wasm_bindgen_test]
async fn script_typed_into_a_field_is_shown_as_text() {
    let (container, _app) = mount(&fresh_prefix("hostile")).await;
    click(&container, "tab-followup").await;
    let hostile =
        "<img src=x onerror=\"window.hacked=1\">Did you <script>window.hacked=2</script>read it?";
    type_into_area(&container, "followup-question", hostile).await;
    let analysis = find(&container, "question-analysis");
    assert!(analysis.query_selector("img, script").unwrap().is_none());
    assert!(analysis.text_content().unwrap().contains("<img src=x"));
    let hacked = js_sys::Reflect::get(&web_sys::window().unwrap(), &"hacked".into()).unwrap();
    assert!(hacked.is_undefined());
}

/// Removes the filler keys when dropped, so a failing assertion does not leave the storage full
/// for the tests after it.
struct Fillers(Vec<String>);

impl Drop for Fillers {
    fn drop(&mut self) {
        for key in &self.0 {
            let _ = local_storage().remove_item(key);
        }
    }
}

/// Fills localStorage until not even a few characters fit.
fn fill_storage_to_the_brim() -> Fillers {
    let storage = local_storage();
    let mut keys = Vec::new();
    // Chromium allows about 5 M characters per origin. Each round fills what the previous one
    // left, which is less than its step.
    let mut size = 6 * 1024 * 1024;
    for step in [100_000usize, 1_000, 10, 1] {
        let key = fresh_prefix("filler");
        while size > 0 && storage.set_item(&key, &"x".repeat(size)).is_err() {
            size = size.saturating_sub(step);
        }
        keys.push(key);
        size = step;
    }
    Fillers(keys)
}

#[wasm_bindgen_test]
async fn a_draft_that_cannot_be_saved_says_so_and_keeps_the_stored_one() {
    let prefix = fresh_prefix("full");
    let (container, _app) = mount(&prefix).await;
    click(&container, "tab-followup").await;
    type_into_area(&container, "followup-question", "What did you conclude?").await;
    let draft_key = format!("{prefix}followup-draft");
    let saved = local_storage().get_item(&draft_key).unwrap().unwrap();
    assert!(container
        .query_selector("[data-testid='save-problem']")
        .unwrap()
        .is_none());

    let fillers = fill_storage_to_the_brim();
    type_into_area(
        &container,
        "followup-question",
        "What did you conclude about the quote and the timeline for the rollout?",
    )
    .await;
    let problem = find(&container, "save-problem").text_content().unwrap();
    drop(fillers);
    assert!(problem.contains("full"), "{problem}");
    assert_eq!(
        local_storage().get_item(&draft_key).unwrap(),
        Some(saved),
        "the stored draft is intact"
    );
    let question =
        find(&container, "followup-question").unchecked_into::<web_sys::HtmlTextAreaElement>();
    assert!(
        question.value().contains("timeline"),
        "what the rep typed stays on screen"
    );
}

#[wasm_bindgen_test]
async fn a_corrupt_draft_is_set_aside_with_a_notice_on_its_tab() {
    let prefix = fresh_prefix("corrupt-draft");
    claim_for_warmcall(&prefix);
    local_storage()
        .set_item(&format!("{prefix}followup-draft"), "{\"question\": ")
        .unwrap();
    let (container, _app) = mount(&prefix).await;
    click(&container, "tab-followup").await;
    let notice = find(&container, "notice").text_content().unwrap();
    assert!(
        notice.contains(&format!("{prefix}backup:followup-draft:1")),
        "{notice}"
    );
    click(&container, "notice-dismiss").await;
    assert!(container
        .query_selector("[data-testid='notice']")
        .unwrap()
        .is_none());
}
