//! Copy for every text the coach writes, so that the rep pastes it into a mail or a CRM instead
//! of retyping it. A line with a gap ("[what you found out about them]") is not offered: pasted
//! as it is, the gap would reach the customer.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlTextAreaElement};
use yew::prelude::*;

use crate::coach::flow::gaps;
use crate::coach::Lang;
use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct CopyTextProps {
    pub text: AttrValue,
    pub lang: Lang,
    /// What is copied, for the button's accessible name when several are on screen.
    #[prop_or_default]
    pub what: Option<AttrValue>,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

#[component]
pub fn CopyText(props: &CopyTextProps) -> Html {
    let copied = use_state(|| Copied::Not);
    let lang = props.lang;
    {
        // A status about an earlier text would claim the new one was copied.
        let copied = copied.clone();
        use_effect_with(props.text.clone(), move |_| copied.set(Copied::Not));
    }
    let missing = gaps(&props.text);
    if props.text.trim().is_empty() {
        return Html::default();
    }
    if !missing.is_empty() {
        return html! {
            <p class="wc-help wc-gaps" data-testid="copy-gaps">
                {t(lang, Text::FillGapsFirst).replace("{gaps}", &missing.join(", "))}
            </p>
        };
    }
    let onclick = {
        let (copied, text) = (copied.clone(), props.text.clone());
        Callback::from(move |event: MouseEvent| {
            let beside = event.target_dyn_into::<Element>();
            let (copied, text) = (copied.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let done = write_clipboard(&text).await
                    || beside.is_some_and(|element| copy_by_selection(&element, &text));
                copied.set(if done { Copied::Done } else { Copied::Failed });
            });
        })
    };
    let label = props
        .what
        .as_ref()
        .map(|what| format!("{}: {what}", t(lang, Text::Copy)));
    html! {
        <span class="wc-copy">
            <button type="button" class="wc-button wc-secondary wc-copy-button" data-testid="copy"
                aria-label={label} {onclick}>{t(lang, Text::Copy)}</button>
            <span role="status" aria-live="polite" data-testid="copy-status" data-copied={(*copied == Copied::Done).to_string()}
                class={if *copied == Copied::Failed { "wc-error" } else { "wc-ok" }}>
                {match *copied {
                    Copied::Not => "",
                    Copied::Done => t(lang, Text::Copied),
                    Copied::Failed => t(lang, Text::CopyFailed),
                }}
            </span>
        </span>
    }
}

/// `navigator.clipboard.writeText`, looked up at run time: it is missing on pages that are not
/// served over HTTPS, and rejects when the page has no focus or permission.
async fn write_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|clipboard| clipboard.is_object());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let promise = Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|write| write.dyn_into::<Function>().ok())
        .and_then(|write| write.call1(&clipboard, &JsValue::from_str(text)).ok())
        .and_then(|promise| promise.dyn_into::<Promise>().ok());
    match promise {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// The older way: select the text in a hidden text area and ask the document to copy. The text
/// area goes beside the button, inside the widget's shadow root, where the selection is made.
fn copy_by_selection(beside: &Element, text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(area) = document
        .create_element("textarea")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("aria-hidden", "true");
    let _ = area.set_attribute("class", "wc-copy-buffer");
    let Some(parent) = beside.parent_element() else {
        return false;
    };
    if parent.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = Reflect::get(&document, &JsValue::from_str("execCommand"))
        .ok()
        .and_then(|exec| exec.dyn_into::<Function>().ok())
        .and_then(|exec| exec.call1(&document, &JsValue::from_str("copy")).ok())
        .is_some_and(|done| done.as_bool() == Some(true));
    area.remove();
    copied
}
