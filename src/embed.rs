//! Mounting into a host page, and the last line of defence when something panics.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, ServiceWorkerContainer};

use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::DEFAULT_PREFIX;
use crate::ui::{App, AppProps};

/// Elements carrying this attribute get a widget when the module starts.
pub const MOUNT_ATTRIBUTE: &str = "data-warmcall";
/// Set on every element a widget lives in, so the crash panel can find them all.
const ROOT_ATTRIBUTE: &str = "data-warmcall-root";
/// Put into the widget's own index.html by `scripts/build-sw.mjs`: a hash of the build's files.
/// A host page that embeds the widget has none, so it gets no service worker and no update
/// notice: the worker would sit at the host's address and cache the host's pages.
const BUILD_META: &str = "meta[name=warmcall-build]";
/// Under the widget's storage prefix: the build that last ran with this storage.
const BUILD_KEY: &str = "build";
/// Relative to the page, so that a copy served from a sub-path registers its own worker.
const SERVICE_WORKER: &str = "sw.js";

thread_local! {
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(0) };
}

/// The language of the last rendered interface, for the crash panel, which cannot ask yew.
static CURRENT_LANG: AtomicU8 = AtomicU8::new(0);

pub fn remember_lang(lang: Lang) {
    CURRENT_LANG.store(lang.index() as u8, Ordering::Relaxed);
}

fn current_lang() -> Lang {
    Lang::ALL
        .get(CURRENT_LANG.load(Ordering::Relaxed) as usize)
        .copied()
        .unwrap_or_default()
}

/// Runs when the module is initialised. On a page with no mount point it only installs the
/// panic hook, so the JS API can be used without a widget.
#[wasm_bindgen(start)]
pub fn start() {
    install_panic_hook();
    let Some(document) = document() else { return };
    if build_id(&document).is_some() {
        register_service_worker();
    }
    let Ok(marked) = document.query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")) else {
        return;
    };
    for index in 0..marked.length() {
        if let Some(element) = marked
            .item(index)
            .and_then(|n| n.dyn_into::<Element>().ok())
        {
            if !element.has_attribute(ROOT_ATTRIBUTE) {
                mount_element(element);
            }
        }
    }
}

/// Mounts one widget, configured by the element's data attributes.
pub fn mount_element(element: Element) {
    let storage_prefix = element
        .get_attribute("data-storage-prefix")
        .filter(|prefix| !prefix.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_PREFIX.to_owned());
    let lang = element
        .get_attribute("data-lang")
        .and_then(|tag| Lang::from_tag(&tag));
    let instance = NEXT_INSTANCE.with(|next| {
        let instance = next.get();
        next.set(instance + 1);
        instance
    });
    let _ = element.set_attribute(ROOT_ATTRIBUTE, "");
    if document()
        .and_then(|document| build_id(&document))
        .is_some_and(|build| note_build(&storage_prefix, &build))
    {
        UPDATE_APPLIED.store(true, Ordering::Relaxed);
    }
    let props = AppProps {
        storage_prefix: storage_prefix.into(),
        lang,
        instance,
    };
    yew::Renderer::<App>::with_root_and_props(element, props).render();
}

/// Whether to say that a new version was applied. Only the widget's own page has a build id,
/// and it has one widget, so one flag serves: the first list of notices rendered takes it.
static UPDATE_APPLIED: AtomicBool = AtomicBool::new(false);

pub fn take_update_applied() -> bool {
    UPDATE_APPLIED.swap(false, Ordering::Relaxed)
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn build_id(document: &Document) -> Option<String> {
    document
        .query_selector(BUILD_META)
        .ok()
        .flatten()?
        .get_attribute("content")
}

/// Records `build` as the last one to run with this storage; true when a different build ran
/// before. Storage that is blocked or full says false, so the notice does not repeat on every
/// visit.
fn note_build(prefix: &str, build: &str) -> bool {
    let Some(storage) = web_sys::window().and_then(|window| window.local_storage().ok().flatten())
    else {
        return false;
    };
    let key = format!("{prefix}{BUILD_KEY}");
    let previous = storage.get_item(&key).ok().flatten();
    previous.as_deref() != Some(build)
        && storage.set_item(&key, build).is_ok()
        && previous.is_some()
}

/// The worker keeps the widget's files for offline use. Without one (a sandboxed frame, file://,
/// a browser that refuses it) the widget works as before, online: nothing to tell the rep.
fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Read through Reflect: in a sandboxed frame without allow-same-origin the getter throws,
    // which a direct binding would turn into a failed start.
    let Ok(container) = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into()) else {
        return;
    };
    let Ok(container) = container.dyn_into::<ServiceWorkerContainer>() else {
        return;
    };
    let registering = wasm_bindgen_futures::JsFuture::from(container.register(SERVICE_WORKER));
    wasm_bindgen_futures::spawn_local(async move {
        let _ = registering.await;
    });
}

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&message));
        show_crash_panel(&message);
    }));
}

/// Replaces every widget on the page with a panel that says what happened and offers a reload.
/// Built with DOM calls and text nodes only: no HTML parsing, nothing from the message can run.
pub fn show_crash_panel(message: &str) {
    let Some(document) = document() else { return };
    let Ok(roots) = document.query_selector_all(&format!("[{ROOT_ATTRIBUTE}]")) else {
        return;
    };
    let lang = current_lang();
    for index in 0..roots.length() {
        let Some(root) = roots.item(index).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let _ = build_crash_panel(&document, &root, lang, message);
    }
}

fn build_crash_panel(
    document: &Document,
    root: &Element,
    lang: Lang,
    message: &str,
) -> Result<(), JsValue> {
    let panel = document.create_element("div")?;
    panel.set_class_name("warmcall wc-crash");
    panel.set_attribute("role", "alert")?;
    panel.set_attribute("data-testid", "crash-panel")?;
    let title = document.create_element("h2")?;
    title.set_text_content(Some(t(lang, Text::CrashTitle)));
    let help = document.create_element("p")?;
    help.set_text_content(Some(t(lang, Text::CrashHelp)));
    let detail = document.create_element("pre")?;
    detail.set_class_name("wc-crash-detail");
    detail.set_text_content(Some(message));
    let reload = document.create_element("button")?;
    reload.set_attribute("type", "button")?;
    reload.set_class_name("wc-button");
    reload.set_text_content(Some(t(lang, Text::Reload)));
    let on_reload = Closure::once_into_js(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    reload.add_event_listener_with_callback("click", on_reload.unchecked_ref())?;
    for child in [&title, &help, &reload, &detail] {
        panel.append_child(child)?;
    }
    root.set_text_content(None);
    root.append_child(&panel)?;
    Ok(())
}
