//! Mounting into a host page, and the last line of defence when something panics. A bundle
//! (`crates/bundles/*`) names its modes and how it renders; everything else is here.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, ServiceWorkerContainer, ShadowRoot, ShadowRootInit, ShadowRootMode,
};

use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::local::LocalStorage;
use crate::store::{claim, DEFAULT_PREFIX};
use crate::ui::{Mode, Theme};

/// Set on every host element that has a widget, so a second `mount` on it is refused.
const ROOT_ATTRIBUTE: &str = "data-warmcall-root";
/// Put into the widget's own index.html by `scripts/build-sw.mjs`: a hash of the build's files.
/// A host page that embeds the widget has none, so it gets no service worker and no update
/// notice: the worker would sit at the host's address and cache the host's pages.
const BUILD_META: &str = "meta[name=warmcall-build]";
/// On the host element: the build whose code runs this widget, as its loader said (the loader
/// and the bundles it names are one build: their names carry their content's hash). Tests and a
/// host page can read it; the page's own meta only says which page this is.
const BUILD_ATTRIBUTE: &str = "data-warmcall-build";
/// Under the widget's storage prefix: the build that last ran with this storage.
const BUILD_KEY: &str = "build";
/// Relative to the page, so that a copy served from a sub-path registers its own worker.
const SERVICE_WORKER: &str = "sw.js";

thread_local! {
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(0) };
    /// The element each mounted widget renders into, for the crash panel: inside a shadow root,
    /// where `document.querySelectorAll` does not reach.
    static MOUNTED: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// The language a mounted widget's interface is in, as its root element says, for the crash
/// panel, which cannot ask yew.
fn rendered_lang(container: &Element) -> Lang {
    container
        .query_selector("[lang]")
        .ok()
        .flatten()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// What a bundle carries: the modes it can show, and what reads its own options and renders.
pub struct Bundle {
    pub modes: &'static [Mode],
    /// Whether this bundle registers the service worker on the widget's own page: the full
    /// app does; a bundle that runs beside it on the same page must not register it twice.
    pub registers_worker: bool,
    /// Reads the bundle's own options (before anything is changed on the page, so that an error
    /// leaves the element as it was) and returns what renders the widget into its container.
    pub prepare: fn(&Element, &JsValue) -> Result<Renderer, JsError>,
}

/// Renders a widget into its container with the shared settings; returns what destroys it.
pub type Renderer = Box<dyn FnOnce(Element, MountConfig) -> Box<dyn FnOnce()>>;

/// Runs when a bundle's module is initialised: the panic hook, and on the widget's own page the
/// service worker. Mounting is the loader's (`warmcall.js`) job, so a page that only wants the
/// JS API gets no widget.
pub fn start(bundle: &Bundle) {
    install_panic_hook();
    if bundle.registers_worker
        && document()
            .and_then(|document| build_id(&document))
            .is_some()
    {
        register_service_worker();
    }
}

/// A mounted widget, as `mount` returns it to JavaScript.
#[wasm_bindgen]
pub struct Widget {
    /// Destroys the yew app; `None` once unmounted.
    destroy: Option<Box<dyn FnOnce()>>,
    host: Element,
    container: Element,
}

#[wasm_bindgen]
impl Widget {
    /// Removes the widget and everything it rendered; the host element is left empty, ready
    /// for another `mount`. Calling it twice does nothing the second time.
    pub fn unmount(&mut self) {
        let Some(destroy) = self.destroy.take() else {
            return;
        };
        destroy();
        MOUNTED.with(|mounted| mounted.borrow_mut().retain(|root| root != &self.container));
        if let Some(shadow) = self.host.shadow_root() {
            empty(&shadow);
        }
        let _ = self.host.remove_attribute(ROOT_ATTRIBUTE);
        let _ = self.host.remove_attribute(BUILD_ATTRIBUTE);
    }
}

/// Mounts one widget into `element`, inside its shadow root so that neither the host's CSS nor
/// the widget's reaches the other. `options` (an object, or undefined) wins over the element's
/// data attributes; a value that is not understood is an error naming it, not a silent default.
pub fn mount(bundle: &Bundle, element: Element, options: JsValue) -> Result<Widget, JsError> {
    if element.has_attribute(ROOT_ATTRIBUTE) {
        return Err(JsError::new(
            "warmcall: this element already has a widget; unmount it first",
        ));
    }
    let setting = |key: &str, attribute: &str| setting(&element, &options, key, attribute);
    let storage_prefix = setting("storagePrefix", "data-storage-prefix")?
        .map_or_else(|| DEFAULT_PREFIX.to_owned(), |given| given.value);
    let lang = parse_setting(
        setting("lang", "data-lang")?,
        Lang::from_tag,
        &Lang::ALL.map(Lang::code).join(", "),
    )?;
    let mode = parse_setting(
        setting("mode", "data-mode")?,
        Mode::from_name,
        &Mode::names(),
    )?
    .unwrap_or_default();
    let theme = parse_setting(
        setting("theme", "data-theme")?,
        Theme::from_name,
        &Theme::names(),
    )?
    .unwrap_or_default();
    if !bundle.modes.contains(&mode) {
        // The loader picks the bundle by the mode; only a hand-made call gets here.
        return Err(JsError::new(
            "warmcall: this bundle does not have that data-mode; mount through warmcall.js",
        ));
    }
    let render = (bundle.prepare)(&element, &options)?;
    // Before anything is rendered: a prefix holding someone else's keys is an error for the
    // page's author, like a bad attribute, and the widget must not start reading them.
    if let Some(storage) = LocalStorage::connect() {
        claim(&storage, &storage_prefix).map_err(|refusal| JsError::new(&refusal.message()))?;
    }
    let css_url = internal_option(&options, "cssUrl");
    let build = internal_option(&options, "build").filter(|build| !build.is_empty());

    let document = document().ok_or_else(|| JsError::new("warmcall: no document to mount in"))?;
    let shadow = match element.shadow_root() {
        Some(shadow) => shadow,
        None => element
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| JsError::new("warmcall: this element cannot hold a widget (it cannot have a shadow root; use a <div>)"))?,
    };
    empty(&shadow);
    let container = document
        .create_element("div")
        .map_err(|_| JsError::new("warmcall: could not create the widget's element"))?;
    if let Some(css_url) = css_url {
        show_when_styled(&document, &shadow, &container, &css_url);
    }
    let _ = shadow.append_child(&container);

    let _ = element.set_attribute(ROOT_ATTRIBUTE, "");
    if let Some(build) = &build {
        let _ = element.set_attribute(BUILD_ATTRIBUTE, build);
    }
    MOUNTED.with(|mounted| mounted.borrow_mut().push(container.clone()));
    // Only the widget's own page has the build meta, and it has one app widget: the notice is
    // its. The build compared is the one whose code runs, not the page's: a page of one build
    // whose loader came from another build's cache once said "updated" while the old code ran.
    let update_applied = bundle.registers_worker
        && build_id(&document).is_some()
        && build.is_some_and(|build| note_build(&storage_prefix, &build));
    let config = MountConfig {
        storage_prefix,
        lang,
        mode,
        theme,
        instance: NEXT_INSTANCE.with(|next| next.replace(next.get() + 1)),
        update_applied,
    };
    let destroy = render(container.clone(), config);
    Ok(Widget {
        destroy: Some(destroy),
        host: element,
        container,
    })
}

/// Removes every child node. Not `innerHTML = ""`: a page that requires Trusted Types
/// (`require-trusted-types-for 'script'`) refuses any string assigned to it, even an empty one.
fn empty(shadow: &ShadowRoot) {
    while let Some(child) = shadow.first_child() {
        let _ = shadow.remove_child(&child);
    }
}

/// A setting as given, and where: "data-mode" or "the option mode".
pub struct Given {
    value: String,
    source: String,
}

/// A setting from the `mount()` option `key`, else the element's data attribute: trimmed, and
/// `None` when absent or empty. An option that is not a string is an error naming it.
pub fn setting(
    element: &Element,
    options: &JsValue,
    key: &str,
    attribute: &str,
) -> Result<Option<Given>, JsError> {
    let option = js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or_default();
    let (value, source) = if option.is_undefined() || option.is_null() {
        match element.get_attribute(attribute) {
            Some(value) => (value, attribute.to_owned()),
            None => return Ok(None),
        }
    } else {
        let value = option
            .as_string()
            .ok_or_else(|| JsError::new(&format!("warmcall: the option {key} must be a string")))?;
        (value, format!("the option {key}"))
    };
    let value = value.trim().to_owned();
    Ok((!value.is_empty()).then_some(Given { value, source }))
}

/// An option the loader sets (never a page): the stylesheet's address, the exercises' base.
pub fn internal_option(options: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(options, &JsValue::from_str(key))
        .ok()
        .and_then(|value| value.as_string())
}

/// What the options and data attributes chose, read and checked, for every bundle.
pub struct MountConfig {
    pub storage_prefix: String,
    pub lang: Option<Lang>,
    pub mode: Mode,
    pub theme: Theme,
    /// Distinguishes element ids when several widgets share a page.
    pub instance: u32,
    /// A new build runs for the first time with this storage: the widget says so once.
    pub update_applied: bool,
}

/// The function an option holds (the loader's `loadPractice`, a page's `onResult`), if it is one.
pub fn option_function(options: &JsValue, key: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(options, &JsValue::from_str(key))
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Function>().ok())
}

/// `None` for a setting not given; an error naming where it came from and what is accepted for
/// one that does not read.
pub fn parse_setting<T>(
    given: Option<Given>,
    parse: impl Fn(&str) -> Option<T>,
    accepted: &str,
) -> Result<Option<T>, JsError> {
    match given {
        None => Ok(None),
        Some(Given { value, source }) => parse(&value).map(Some).ok_or_else(|| {
            JsError::new(&format!(
                "warmcall: {source} \"{value}\" is not one of: {accepted}"
            ))
        }),
    }
}

/// Links the stylesheet into the shadow root and keeps the widget hidden until it has loaded
/// (or failed to), so a host page never shows the unstyled widget for a moment.
fn show_when_styled(document: &Document, shadow: &ShadowRoot, container: &Element, css_url: &str) {
    let Ok(link) = document.create_element("link") else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", css_url);
    let _ = container.set_attribute("hidden", "");
    let shown = container.clone();
    let show = Closure::<dyn FnMut()>::new(move || {
        let _ = shown.remove_attribute("hidden");
    })
    .into_js_value();
    let _ = link.add_event_listener_with_callback("load", show.unchecked_ref());
    let _ = link.add_event_listener_with_callback("error", show.unchecked_ref());
    let _ = shadow.append_child(&link);
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
    MOUNTED.with(|mounted| {
        // A panic while the list is being changed leaves nothing to find; never panic again here.
        let Ok(mounted) = mounted.try_borrow() else {
            return;
        };
        for root in mounted.iter() {
            let _ = build_crash_panel(&document, root, rendered_lang(root), message);
        }
    });
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

/// What renders a single coach (`S`, in `mode`), for the Follow-up and Opener bundles' `prepare`:
/// the loader passes `data-scenario` or the `scenario` option as JSON text, read here so that
/// a wrong case is refused before the page is touched.
pub fn single_coach<S: crate::ui::CoachScreens>(
    options: &JsValue,
    mode: Mode,
) -> Result<Renderer, JsError> {
    let scenario = internal_option(options, "scenarioJson")
        .map(|json| crate::ui::Scenario::parse(&json, mode))
        .transpose()
        .map_err(|error| JsError::new(&format!("warmcall: {error}")))?
        .map(std::rc::Rc::new);
    Ok(Box::new(move |container: Element, config: MountConfig| {
        let props = yew::props!(crate::ui::CoachAppProps {
            storage_prefix: config.storage_prefix,
            lang: config.lang,
            instance: config.instance,
            mode: config.mode,
            theme: config.theme,
            scenario,
        });
        let app =
            yew::Renderer::<crate::ui::CoachApp<S>>::with_root_and_props(container, props).render();
        Box::new(move || app.destroy())
    }))
}

/// The two exports every bundle has, `start` and `mountWidget`, for its `Bundle`: written once
/// here because `#[wasm_bindgen(start)]` must be in the crate that is linked as the module.
#[macro_export]
macro_rules! bundle_exports {
    ($bundle:path) => {
        #[wasm_bindgen::prelude::wasm_bindgen(start)]
        pub fn start() {
            $crate::embed::start(&$bundle);
        }

        #[wasm_bindgen::prelude::wasm_bindgen(js_name = mountWidget)]
        pub fn mount_widget(
            element: web_sys::Element,
            options: wasm_bindgen::JsValue,
        ) -> Result<$crate::embed::Widget, wasm_bindgen::JsError> {
            $crate::embed::mount(&$bundle, element, options)
        }
    };
}
