//! The Follow-up coach alone, as a course page embeds it with `data-mode="followup"`.

use warmcall_web::embed::{self, Bundle, Renderer};
use warmcall_web::ui::{FollowUpOnly, Mode};
use wasm_bindgen::prelude::*;
use web_sys::Element;

static BUNDLE: Bundle = Bundle {
    modes: &[Mode::FollowUp],
    registers_worker: false,
    prepare,
};

warmcall_web::bundle_exports!(BUNDLE);

fn prepare(_: &Element, options: &JsValue) -> Result<Renderer, JsError> {
    embed::single_coach::<FollowUpOnly>(options, Mode::FollowUp)
}
