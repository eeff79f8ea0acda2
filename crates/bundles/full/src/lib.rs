//! The full app: every tab (its Practice tab mounts the practice bundle through the loader's
//! `loadPractice`), the service worker on the widget's own page, and the JS API (`api`).

mod api;

use warmcall_web::embed::{self, Bundle, MountConfig, Renderer};
use warmcall_web::ui::{practice_host_id, App, AppProps, Mode, PracticeLoader, WithCoaches};
use wasm_bindgen::prelude::*;
use web_sys::Element;

static BUNDLE: Bundle = Bundle {
    modes: &[Mode::Full],
    registers_worker: true,
    prepare,
};

warmcall_web::bundle_exports!(BUNDLE);

fn prepare(_: &Element, options: &JsValue) -> Result<Renderer, JsError> {
    let load_practice = embed::option_function(options, "loadPractice");
    Ok(Box::new(move |container: Element, config: MountConfig| {
        // Right after the app's element, where the Practice tab's drills appear (see
        // PracticeLoader).
        let practice = load_practice.and_then(|load| {
            let host = container.owner_document()?.create_element("div").ok()?;
            host.set_attribute("data-testid", "practice-host").ok()?;
            host.set_id(&practice_host_id(config.instance));
            container.after_with_node_1(&host).ok()?;
            Some(PracticeLoader { load, host })
        });
        let props = yew::props!(AppProps {
            storage_prefix: config.storage_prefix,
            lang: config.lang,
            instance: config.instance,
            mode: config.mode,
            theme: config.theme,
            practice,
            update_applied: config.update_applied,
        });
        let app = yew::Renderer::<App<WithCoaches>>::with_root_and_props(container, props).render();
        Box::new(move || app.destroy())
    }))
}
