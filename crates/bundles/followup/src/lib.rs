//! The Follow-up coach alone, as a course page embeds it with `data-mode="followup"`.

use warmcall_web::embed::{self, Bundle, MountConfig, Renderer, Widget};
use warmcall_web::ui::{CoachApp, CoachAppProps, FollowUpOnly, Mode, Scenario};
use wasm_bindgen::prelude::*;
use web_sys::Element;

static BUNDLE: Bundle = Bundle {
    modes: &[Mode::FollowUp],
    registers_worker: false,
    prepare,
};

#[wasm_bindgen(start)]
pub fn start() {
    embed::start(&BUNDLE);
}

#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(element: Element, options: JsValue) -> Result<Widget, JsError> {
    embed::mount(&BUNDLE, element, options)
}

fn prepare(_: &Element, options: &JsValue) -> Result<Renderer, JsError> {
    // The loader passes `data-scenario` or the `scenario` option as JSON text.
    let scenario = embed::internal_option(options, "scenarioJson")
        .map(|json| Scenario::parse(&json, Mode::FollowUp))
        .transpose()
        .map_err(|error| JsError::new(&format!("warmcall: {error}")))?
        .map(std::rc::Rc::new);
    Ok(Box::new(move |container: Element, config: MountConfig| {
        let props = yew::props!(CoachAppProps {
            storage_prefix: config.storage_prefix,
            lang: config.lang,
            instance: config.instance,
            mode: config.mode,
            theme: config.theme,
            scenario,
        });
        let app =
            yew::Renderer::<CoachApp<FollowUpOnly>>::with_root_and_props(container, props).render();
        Box::new(move || app.destroy())
    }))
}
