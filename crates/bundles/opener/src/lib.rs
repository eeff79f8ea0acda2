//! The Opener coach alone, as a course page embeds it with `data-mode="opener"`.

use warmcall_web::embed::{self, Bundle, Renderer};
use warmcall_web::ui::{Mode, OpenerOnly};
use wasm_bindgen::prelude::*;
use web_sys::Element;

static BUNDLE: Bundle = Bundle {
    modes: &[Mode::Opener],
    registers_worker: false,
    prepare,
};

warmcall_web::bundle_exports!(BUNDLE);

fn prepare(_: &Element, options: &JsValue) -> Result<Renderer, JsError> {
    embed::single_coach::<OpenerOnly>(options, Mode::Opener)
}
