//! The smallest app warmcall's boot is compared with: Yew 0.23 rendering one button into a
//! shadow root (as the widget does) and keeping a count in localStorage, built with the same
//! release profile. `scripts/bench-browser.mjs` times navigation to its first render beside the
//! widget's, in the same run.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

const KEY: &str = "baseline:count";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

#[component]
fn Counter() -> Html {
    let count = use_state(|| {
        storage()
            .and_then(|storage| storage.get_item(KEY).ok().flatten())
            .and_then(|text| text.parse::<u32>().ok())
            .unwrap_or(0)
    });
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| {
            let next = *count + 1;
            if let Some(storage) = storage() {
                let _ = storage.set_item(KEY, &next.to_string());
            }
            count.set(next);
        })
    };
    html! {
        <button type="button" data-testid="baseline-ready" {onclick}>{format!("Clicked {} times", *count)}</button>
    }
}

#[wasm_bindgen(start)]
pub fn start() -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document")?;
    let host = document
        .get_element_by_id("baseline")
        .ok_or("no #baseline")?;
    let shadow =
        host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?;
    let root = document.create_element("div")?;
    shadow.append_child(&root)?;
    yew::Renderer::<Counter>::with_root(root).render();
    Ok(())
}
