//! Files in and out of the browser: the widget never sends anything anywhere, so exports are
//! downloads the rep saves, and imports are files the rep picks.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlInputElement, Url};
use yew::{Callback, Event, TargetCast};

/// Offers `content` as a download named `file_name`. Returns false when the browser refused.
pub fn download(file_name: &str, mime: &str, content: &str) -> bool {
    offer_download(file_name, mime, content).is_ok()
}

fn offer_download(file_name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Firefox and Safari start the download after the click returns; revoking the URL at once
    // would cancel it there.
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    web_sys::window()
        .ok_or(JsValue::NULL)?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}

/// The file picked in `input`: its name, and its bytes or `None` when the browser could not read
/// them. `None` when nothing was picked.
async fn picked_file(input: &HtmlInputElement) -> Option<(String, Option<Vec<u8>>)> {
    let file = input.files()?.get(0)?;
    let bytes = JsFuture::from(file.array_buffer())
        .await
        .ok()
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
    Some((file.name(), bytes))
}

/// A file input's `onchange`: reads the picked file and hands its name and bytes (`None` when
/// the browser could not read it) to `then`. Picking nothing (a cancelled dialog) changes nothing.
pub fn on_file_picked(then: impl Fn(String, Option<Vec<u8>>) + Clone + 'static) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        let then = then.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let picked = picked_file(&input).await;
            // So that picking the same file again, after fixing it, reads it again. The input
            // then says "No file chosen", which is why the screens show the name themselves.
            input.set_value("");
            if let Some((name, bytes)) = picked {
                then(name, bytes)
            }
        })
    })
}
