//! The JavaScript API for training sites, version 1: plain objects in, plain objects out, usable
//! as soon as the module is initialised, with or without a widget on the page. Errors are thrown
//! as `Error`s whose message names the function and the field. Each function converts JS values and
//! calls its pure core in `coach::api`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use warmcall_coach::api::{
    advice_report, follow_up_report, opener_report, openers_report, question_report, API_VERSION,
};

#[wasm_bindgen(js_name = apiVersion)]
pub fn api_version() -> u32 {
    API_VERSION
}

/// A plain object from JS as JSON text, or an error naming the function.
fn request_json(function: &str, input: &JsValue) -> Result<String, JsError> {
    if !input.is_object() {
        return Err(JsError::new(&format!(
            "{function}: pass an object with the fields listed in the README"
        )));
    }
    js_sys::JSON::stringify(input)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new(&format!("{function}: the input could not be read as JSON")))
}

/// An optional string argument: `undefined` or `null` for none, anything else but a string is an
/// error naming the function and the argument (a number would otherwise reach the core as text).
fn optional_string(function: &str, name: &str, value: &JsValue) -> Result<Option<String>, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| JsError::new(&format!("{function}: {name} must be a string or left out")))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("warmcall: could not build the result"))
}

/// `analyzeQuestion(text, lang?)` → `{ lang, langDetected, kind, rules, message, span, rewrites, templates }`.
#[wasm_bindgen(js_name = analyzeQuestion)]
pub fn analyze_question_js(text: JsValue, lang: JsValue) -> Result<JsValue, JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| JsError::new("analyzeQuestion: text must be a string"))?;
    let lang = optional_string("analyzeQuestion", "lang", &lang)?;
    let report = question_report(&text, lang.as_deref()).map_err(|e| JsError::new(&e))?;
    to_js(&report)
}

/// `buildFollowUp({ lang, contactName, topic, promisedAction, dueDate?, now?, formal? })` →
/// `{ opener, question, nextStep, nextStepAt, nextContact, rules }`.
#[wasm_bindgen(js_name = buildFollowUp)]
pub fn build_follow_up_js(input: JsValue) -> Result<JsValue, JsError> {
    let json = request_json("buildFollowUp", &input)?;
    let report =
        follow_up_report(&json, warmcall_web::ui::local_now()).map_err(|e| JsError::new(&e))?;
    to_js(&report)
}

/// `analyzeOpener(text, lang?)` → `{ lang, langDetected, score, findings: [{ id, rule, span, cost, message, suggestion? }] }`.
#[wasm_bindgen(js_name = analyzeOpener)]
pub fn analyze_opener_js(text: JsValue, lang: JsValue) -> Result<JsValue, JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| JsError::new("analyzeOpener: text must be a string"))?;
    let lang = optional_string("analyzeOpener", "lang", &lang)?;
    to_js(&opener_report(&text, lang.as_deref()).map_err(|e| JsError::new(&e))?)
}

/// `buildOpeners({ lang, contactName, role?, company, hook?, need?, reason?, mutualContact? })` →
/// `[{ style, text }]`.
#[wasm_bindgen(js_name = buildOpeners)]
pub fn build_openers_js(input: JsValue) -> Result<JsValue, JsError> {
    let json = request_json("buildOpeners", &input)?;
    to_js(&openers_report(&json).map_err(|e| JsError::new(&e))?)
}

/// `adviseLead(lead, now, lang?, settings?)` → `{ action, letGoReason?, due?, channel?, rules,
/// mistakes, reasons, opener? }`.
#[wasm_bindgen(js_name = adviseLead)]
pub fn advise_lead_js(
    lead: JsValue,
    now: JsValue,
    lang: JsValue,
    settings: JsValue,
) -> Result<JsValue, JsError> {
    // The argument's name after the function's, as the pure core's errors read.
    let lead = request_json("adviseLead: lead", &lead)?;
    let now = now
        .as_string()
        .ok_or_else(|| JsError::new("adviseLead: now must be a string like 2026-12-04T16:30"))?;
    let lang = optional_string("adviseLead", "lang", &lang)?;
    let settings = if settings.is_undefined() || settings.is_null() {
        None
    } else {
        Some(request_json("adviseLead: settings", &settings)?)
    };
    let report = advice_report(&lead, &now, lang.as_deref(), settings.as_deref())
        .map_err(|e| JsError::new(&e))?;
    to_js(&report)
}
