//! The JavaScript API for training sites, version 1: plain objects in, plain objects out, usable
//! as soon as the module is initialised, with or without a widget on the page. Errors are thrown
//! as `Error`s whose message names the function and the field.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::coach::followup::{build_follow_up, default_formal, FollowUpInput};
use crate::coach::question::{analyze_question, kind_message, utf16_range, QuestionKind};
use crate::coach::schedule::{iso_local, parse_iso_date, parse_iso_local};
use crate::coach::settings::Settings;
use crate::coach::Lang;

/// Bumped only when a function's input or output changes incompatibly.
pub const API_VERSION: u32 = 1;

#[wasm_bindgen(js_name = apiVersion)]
pub fn api_version() -> u32 {
    API_VERSION
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionReport {
    pub lang: Lang,
    pub lang_detected: bool,
    pub kind: QuestionKind,
    pub rules: Vec<&'static str>,
    pub message: String,
    /// UTF-16 code units, as `String.prototype.slice` counts.
    pub span: (usize, usize),
    pub rewrites: Vec<String>,
}

/// The pure core of `analyzeQuestion`; the message is in the analysed language.
pub fn question_report(text: &str, lang: Option<&str>) -> Result<QuestionReport, String> {
    let lang = parse_lang("analyzeQuestion", "lang", lang)?;
    let analysis = analyze_question(text, lang, lang.unwrap_or_default());
    Ok(QuestionReport {
        lang: analysis.lang,
        lang_detected: analysis.lang_detected,
        kind: analysis.kind,
        rules: analysis.rules,
        // In the analysed language, also when it was detected.
        message: kind_message(analysis.kind, analysis.lang).to_owned(),
        span: utf16_range(text, analysis.span),
        rewrites: analysis.rewrites,
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FollowUpRequest {
    pub lang: String,
    #[serde(default)]
    pub contact_name: String,
    pub topic: String,
    pub promised_action: String,
    #[serde(default)]
    pub due_date: Option<String>,
    #[serde(default)]
    pub now: Option<String>,
    #[serde(default)]
    pub formal: Option<bool>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpReport {
    pub opener: String,
    pub question: String,
    pub next_step: String,
    pub next_contact: String,
    pub rules: Vec<&'static str>,
}

/// The pure core of `buildFollowUp`; `now` is the caller's local time, for when the request
/// does not carry one.
pub fn follow_up_report(request_json: &str, now: NaiveDateTime) -> Result<FollowUpReport, String> {
    let request: FollowUpRequest =
        crate::json::from_str(request_json).map_err(|error| format!("buildFollowUp: {error}"))?;
    let lang = parse_lang("buildFollowUp", "lang", Some(&request.lang))?
        .ok_or("buildFollowUp: lang must be one of en, sv, de, nb, nl")?;
    let due_date = match request.due_date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(parse_iso_date(text).ok_or_else(|| {
            format!("buildFollowUp: dueDate must be a date like 2026-12-04, not '{text}'")
        })?),
    };
    let now = match request.now.as_deref().map(str::trim) {
        None | Some("") => now,
        Some(text) => parse_iso_local(text).ok_or_else(|| {
            format!(
                "buildFollowUp: now must be a local date-time like 2026-12-04T16:30, not '{text}'"
            )
        })?,
    };
    let input = FollowUpInput {
        lang,
        contact_name: request.contact_name,
        topic: request.topic,
        promised_action: request.promised_action,
        due_date,
        formal: request.formal.unwrap_or_else(|| default_formal(lang)),
        situation: Default::default(),
    };
    let built = build_follow_up(&input, &Settings::default(), now);
    Ok(FollowUpReport {
        opener: built.opener,
        question: built.question,
        next_step: built.next_step,
        next_contact: iso_local(built.next_contact),
        rules: built.rules,
    })
}

fn parse_lang(function: &str, field: &str, tag: Option<&str>) -> Result<Option<Lang>, String> {
    match tag.map(str::trim) {
        None | Some("") => Ok(None),
        Some(tag) => Lang::from_tag(tag).map(Some).ok_or_else(|| {
            format!("{function}: {field} must be one of en, sv, de, nb, nl, not '{tag}'")
        }),
    }
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

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("warmcall: could not build the result"))
}

/// `analyzeQuestion(text, lang?)` → `{ lang, langDetected, kind, rules, message, span, rewrites }`.
#[wasm_bindgen(js_name = analyzeQuestion)]
pub fn analyze_question_js(text: JsValue, lang: Option<String>) -> Result<JsValue, JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| JsError::new("analyzeQuestion: text must be a string"))?;
    let report = question_report(&text, lang.as_deref()).map_err(|e| JsError::new(&e))?;
    to_js(&report)
}

/// `buildFollowUp({ lang, contactName, topic, promisedAction, dueDate?, now?, formal? })` →
/// `{ opener, question, nextStep, nextContact, rules }`.
#[wasm_bindgen(js_name = buildFollowUp)]
pub fn build_follow_up_js(input: JsValue) -> Result<JsValue, JsError> {
    let json = request_json("buildFollowUp", &input)?;
    let report = follow_up_report(&json, crate::ui::local_now()).map_err(|e| JsError::new(&e))?;
    to_js(&report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn noon() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, 4)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap()
    }

    #[test]
    fn analyze_reports_utf16_spans_and_detects_the_language() {
        let report = question_report("😀 Har du tittat på offerten?", None).unwrap();
        assert_eq!(report.lang, Lang::Sv);
        assert!(report.lang_detected);
        assert_eq!(report.kind, QuestionKind::Closed);
        assert_eq!(report.rules, vec!["F3"]);
        let text: Vec<u16> = "😀 Har du tittat på offerten?".encode_utf16().collect();
        let flagged = String::from_utf16(&text[report.span.0..report.span.1]).unwrap();
        assert!(flagged.contains("Har du"), "{flagged}");
        assert!(report.rewrites.iter().all(|r| r.contains("offerten")));
    }

    #[test]
    fn analyze_refuses_an_unknown_language_by_name() {
        let error = question_report("Did you?", Some("fr")).err().unwrap();
        assert!(error.contains("lang") && error.contains("'fr'"), "{error}");
    }

    #[test]
    fn build_follow_up_gives_a_weekday_iso_time_and_an_assumptive_question() {
        let report = follow_up_report(
            r#"{"lang":"de","contactName":"Herr Berg","topic":"das Angebot","promisedAction":"das Budget prüfen","dueDate":"2026-12-08","now":"2026-12-04T12:00"}"#,
            noon(),
        )
        .unwrap();
        assert!(report.opener.contains("Herr Berg"));
        let analysis = analyze_question(&report.question, Some(Lang::De), Lang::De);
        assert_eq!(
            analysis.kind,
            QuestionKind::Assumptive,
            "{}",
            report.question
        );
        assert!(
            report.next_contact.starts_with("2026-12-09T"),
            "{}",
            report.next_contact
        );
        assert_eq!(report.rules[..3], ["F2", "F3", "F4"]);
    }

    #[test]
    fn build_follow_up_names_the_field_that_is_wrong() {
        let error = |request: &str| follow_up_report(request, noon()).err().unwrap();
        assert_eq!(
            error(r#"{"lang":"en","promisedAction":"x"}"#),
            "buildFollowUp: missing field `topic`"
        );
        for (request, names) in [
            (
                r#"{"lang":"en","topic":"a","promisedAction":"b","dueDate":"4/12"}"#,
                "dueDate",
            ),
            (
                r#"{"lang":"en","topic":"a","promisedAction":"b","topik":"c"}"#,
                "`topik`",
            ),
            (
                r#"{"lang":"en","topic":"a","promisedAction":"b","now":"tomorrow"}"#,
                "now must be",
            ),
            (
                r#"{"lang":"","topic":"a","promisedAction":"b"}"#,
                "lang must be",
            ),
            (
                r#"{"lang":"en","topic":5,"promisedAction":"b"}"#,
                "field `topic`",
            ),
        ] {
            let message = error(request);
            assert!(
                message.starts_with("buildFollowUp: ") && message.contains(names),
                "{message}"
            );
        }
    }
}
