//! Today with the lead list and Settings, as a course page embeds it with `data-mode="today"`:
//! the full app without the coaching screens (`WithoutCoaches`).

use warmcall_web::embed::{Bundle, MountConfig, Renderer};
use warmcall_web::ui::{App, AppProps, Mode, WithoutCoaches};
use wasm_bindgen::prelude::*;
use web_sys::Element;

static BUNDLE: Bundle = Bundle {
    modes: &[Mode::Today],
    registers_worker: false,
    prepare,
};

warmcall_web::bundle_exports!(BUNDLE);

fn prepare(_: &Element, _: &JsValue) -> Result<Renderer, JsError> {
    Ok(Box::new(|container: Element, config: MountConfig| {
        let props = yew::props!(AppProps {
            storage_prefix: config.storage_prefix,
            lang: config.lang,
            instance: config.instance,
            mode: config.mode,
            theme: config.theme,
        });
        let app =
            yew::Renderer::<App<WithoutCoaches>>::with_root_and_props(container, props).render();
        Box::new(move || app.destroy())
    }))
}
