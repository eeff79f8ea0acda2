//! The pure core of the JavaScript API for training sites (version 1): JSON text in, records
//! out, with errors that name the function and the field. The `#[wasm_bindgen]` wrappers in the
//! app bundle only convert JS values, so tests and the fuzzer run the real API code.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::advice_text::{follow_up_opener, reason_text};
use crate::advisor::{advise, Action, LetGoReason};
use crate::followup::{build_follow_up, default_formal, FollowUpInput};
use crate::lead::{Channel, Lead};
use crate::opener::{analyze_opener, build_openers, BuiltOpener, FindingId, PrepInput};
use crate::question::{analyze_question, message_in, utf16_range, QuestionKind};
use crate::schedule::{iso_local, parse_iso_date, parse_iso_local};
use crate::settings::{
    Settings, SettingsProblem, ATTEMPTS_RANGE, DAILY_GOAL_RANGE, WINDOW_DAYS_RANGE,
};
use crate::Lang;

/// Bumped only when a function's input or output changes incompatibly.
pub const API_VERSION: u32 = 1;

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
    /// `kind` is `none` because the coach cannot tell, not because there is no question.
    pub unsure: bool,
    /// Rewrites ready to be said as they are.
    pub rewrites: Vec<String>,
    /// Rewrites with a bracketed gap for the rep to fill, never to be shown as ready to say.
    pub templates: Vec<String>,
}

/// The pure core of `analyzeQuestion`; the message is in the analysed language.
pub fn question_report(text: &str, lang: Option<&str>) -> Result<QuestionReport, String> {
    let lang = parse_lang("analyzeQuestion", "lang", lang)?;
    let analysis = analyze_question(text, lang, lang.unwrap_or_default());
    // In the analysed language, also when it was detected.
    let message = message_in(&analysis, analysis.lang).to_owned();
    Ok(QuestionReport {
        lang: analysis.lang,
        lang_detected: analysis.lang_detected,
        kind: analysis.kind,
        rules: analysis.rules,
        message,
        span: utf16_range(text, analysis.span),
        unsure: analysis.unsure,
        rewrites: analysis.rewrites,
        templates: analysis.templates,
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
    /// When the contact after `next_contact` is proposed, in `next_step`.
    pub next_step_at: String,
    pub next_contact: String,
    pub rules: Vec<&'static str>,
}

/// The pure core of `buildFollowUp`; `now` is the caller's local time, for when the request
/// does not carry one.
pub fn follow_up_report(request_json: &str, now: NaiveDateTime) -> Result<FollowUpReport, String> {
    let request: FollowUpRequest =
        warmcall_json::from_str(request_json).map_err(|error| format!("buildFollowUp: {error}"))?;
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
        call_day: None,
        situation: Default::default(),
    };
    let built = build_follow_up(&input, &Settings::default(), now);
    Ok(FollowUpReport {
        opener: built.opener,
        question: built.question,
        next_step: built.next_step,
        next_step_at: iso_local(built.next_step_at),
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

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenerReport {
    pub lang: Lang,
    pub lang_detected: bool,
    pub score: u8,
    pub findings: Vec<FindingReport>,
}

#[derive(Serialize)]
pub struct FindingReport {
    pub id: FindingId,
    pub rule: &'static str,
    /// UTF-16 code units.
    pub span: (usize, usize),
    pub cost: u8,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

/// The pure core of `analyzeOpener`; messages are in the analysed language.
pub fn opener_report(text: &str, lang: Option<&str>) -> Result<OpenerReport, String> {
    let lang = parse_lang("analyzeOpener", "lang", lang)?;
    let mut analysis = analyze_opener(text, lang, lang.unwrap_or_default());
    if analysis.lang_detected {
        analysis = analyze_opener(text, None, analysis.lang);
    }
    Ok(OpenerReport {
        lang: analysis.lang,
        lang_detected: analysis.lang_detected,
        score: analysis.score,
        findings: analysis
            .findings
            .into_iter()
            .map(|finding| FindingReport {
                id: finding.id,
                rule: finding.rule,
                span: utf16_range(text, finding.span),
                cost: finding.cost,
                message: finding.message,
                suggestion: finding.suggestion,
            })
            .collect(),
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OpenersRequest {
    pub lang: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub role: String,
    pub company: String,
    #[serde(default)]
    pub hook: String,
    #[serde(default)]
    pub need: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub mutual_contact: String,
    #[serde(default)]
    pub formal: Option<bool>,
}

/// The pure core of `buildOpeners`.
pub fn openers_report(request_json: &str) -> Result<Vec<BuiltOpener>, String> {
    let request: OpenersRequest =
        warmcall_json::from_str(request_json).map_err(|error| format!("buildOpeners: {error}"))?;
    let lang = parse_lang("buildOpeners", "lang", Some(&request.lang))?.unwrap_or_default();
    let prep = PrepInput {
        lang: Some(lang),
        contact_name: request.contact_name,
        role: request.role,
        company: request.company,
        hook: request.hook,
        need: request.need,
        reason: request.reason,
        mutual_contact: request.mutual_contact,
        formal: request.formal,
    };
    Ok(build_openers(&prep, lang))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AdviceReport {
    /// `follow-up`, `send-information`, `nurture`, `find-decision-maker`, `let-go` or
    /// `do-not-contact`.
    pub action: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub let_go_reason: Option<LetGoReason>,
    /// Local `YYYY-MM-DDTHH:MM`; only for `follow-up`, `send-information` and `nurture`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// For `send-information`: when to follow up once the customer has read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    pub rules: Vec<&'static str>,
    pub mistakes: Vec<&'static str>,
    /// The advisor's facts as sentences in the requested language.
    pub reasons: Vec<String>,
    /// What to say first on a follow-up, when the last conversation left a thread.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opener: Option<String>,
}

/// The pure core of `adviseLead`. `settings_json` is the Settings record as stored (every field
/// optional); without it the defaults apply, as in `buildFollowUp`. `lang` only picks the
/// language of `reasons` and `opener`; it defaults to English, whatever the settings'
/// interface language.
pub fn advice_report(
    lead_json: &str,
    now: &str,
    lang: Option<&str>,
    settings_json: Option<&str>,
) -> Result<AdviceReport, String> {
    let lead: Lead =
        warmcall_json::from_str(lead_json).map_err(|error| format!("adviseLead: lead: {error}"))?;
    let now = parse_iso_local(now).ok_or_else(|| {
        format!(
            "adviseLead: now must be a local date-time like 2026-12-04T16:30, not '{}'",
            now.trim()
        )
    })?;
    let lang = parse_lang("adviseLead", "lang", lang)?.unwrap_or_default();
    let settings = match settings_json {
        None => Settings::default(),
        Some(json) => advice_settings(json)?,
    };
    let advice = advise(&lead, &settings, now);
    let (action, let_go_reason) = match advice.action {
        Action::FollowUp => ("follow-up", None),
        Action::SendInformation => ("send-information", None),
        Action::Nurture => ("nurture", None),
        Action::FindDecisionMaker => ("find-decision-maker", None),
        Action::LetGo(reason) => ("let-go", Some(reason)),
        Action::DoNotContact => ("do-not-contact", None),
    };
    Ok(AdviceReport {
        action,
        let_go_reason,
        due: advice.due.map(iso_local),
        follow_up: advice.follow_up.map(iso_local),
        channel: advice.channel,
        opener: follow_up_opener(&lead, &advice, &settings, lang, now),
        reasons: advice
            .reasons
            .iter()
            .map(|reason| reason_text(lang, reason))
            .collect(),
        rules: advice.rules,
        mistakes: advice.mistakes,
    })
}

/// Settings from a caller are held to the ranges the Settings screen enforces: a value the rep
/// could never have saved would give advice the widget never gives.
fn advice_settings(json: &str) -> Result<Settings, String> {
    let settings: Settings =
        warmcall_json::from_str(json).map_err(|error| format!("adviseLead: settings: {error}"))?;
    let range =
        |range: std::ops::RangeInclusive<u8>| format!("{} to {}", range.start(), range.end());
    match settings.problems().first() {
        None => Ok(settings),
        Some(SettingsProblem::AttemptsOutOfRange) => Err(format!(
            "adviseLead: settings: stopRule.coldAttempts and stopRule.inboundAttempts must be {}",
            range(ATTEMPTS_RANGE)
        )),
        Some(SettingsProblem::WindowOutOfRange) => Err(format!(
            "adviseLead: settings: followUpWindowDays must be {}",
            range(WINDOW_DAYS_RANGE)
        )),
        Some(SettingsProblem::GoalOutOfRange) => Err(format!(
            "adviseLead: settings: dailyPreparedGoal must be {}",
            range(DAILY_GOAL_RANGE)
        )),
        Some(SettingsProblem::WorkingHoursInverted | SettingsProblem::TimeUnreadable) => Err(
            "adviseLead: settings: workingHours must have startMinute before endMinute, within \
             the day (0 to 1440)"
                .to_owned(),
        ),
    }
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

#[cfg(test)]
mod opener_tests {
    use super::*;

    #[test]
    fn openers_come_back_in_three_styles_and_score_well() {
        let openers = openers_report(
            r#"{"lang":"nl","contactName":"Sanne","company":"Bakker Logistiek","hook":"het artikel in het FD over jullie nieuwe magazijn in Tilburg","need":"planning van de piekdrukte","mutualContact":"Pieter de Vries"}"#,
        )
        .unwrap();
        assert_eq!(openers.len(), 3);
        for opener in &openers {
            let report = opener_report(&opener.text, Some("nl")).unwrap();
            assert!(
                report.score >= 80,
                "{} scored {}",
                opener.text,
                report.score
            );
        }
    }

    #[test]
    fn a_talking_ad_is_scored_low_with_its_findings_in_utf16() {
        let report = opener_report(
            "Hej! 🎉 Vi har just nu 50 % rabatt på alla våra abonnemang, är det något för er?",
            None,
        )
        .unwrap();
        assert_eq!(report.lang, Lang::Sv);
        assert!(report.score < 40, "{}", report.score);
        assert!(report.findings.iter().any(|f| f.id == FindingId::TalkingAd));
        let length =
            "Hej! 🎉 Vi har just nu 50 % rabatt på alla våra abonnemang, är det något för er?"
                .encode_utf16()
                .count();
        assert!(report
            .findings
            .iter()
            .all(|f| f.span.0 <= f.span.1 && f.span.1 <= length));
    }

    #[test]
    fn build_openers_names_the_field_that_is_wrong() {
        assert_eq!(
            openers_report(r#"{"lang":"de"}"#).err().unwrap(),
            "buildOpeners: missing field `company`"
        );
        assert!(openers_report(r#"{"lang":"xx","company":"a"}"#)
            .err()
            .unwrap()
            .contains("'xx'"));
    }
}

#[cfg(test)]
mod advice_tests {
    use super::*;

    const NOW: &str = "2026-12-04T16:30";

    /// Talked on Wednesday; the customer was to check the budget with the board by Tuesday.
    const LEAD: &str = r#"{
        "id": "lead-1", "name": "Anna", "company": "Berg AB", "source": "inbound",
        "stage": "offer-out", "qualification": {"needConfirmed": true, "decisionMaker": true},
        "customerWishes": {"channel": "call", "time": ""},
        "log": [{"at": "2026-12-02T10:00", "channel": "call", "reached": true,
                 "outcome": "other", "discussed": "the new price list",
                 "promised": "check the budget with the board", "promisedBy": "2026-12-08",
                 "newInformation": true}]
    }"#;

    fn json(report: &AdviceReport) -> serde_json::Value {
        serde_json::to_value(report).unwrap()
    }

    #[test]
    fn a_follow_up_comes_with_a_due_time_channel_reasons_and_an_opener() {
        let report = advice_report(LEAD, NOW, None, None).unwrap();
        assert_eq!(report.action, "follow-up");
        assert_eq!(report.let_go_reason, None);
        // The day after the promised Tuesday.
        assert!(
            report.due.as_deref().unwrap().starts_with("2026-12-09T"),
            "{:?}",
            report.due
        );
        assert_eq!(report.channel, Some(Channel::Call));
        assert_eq!(report.rules, ["T5", "F5"]);
        assert!(report.mistakes.is_empty());
        assert_eq!(report.reasons.len(), 2, "{:?}", report.reasons);
        assert!(report.reasons.iter().all(|r| !r.is_empty()));
        let opener = report.opener.as_deref().unwrap();
        assert!(
            // Said on the day of the call, the Wednesday: the Tuesday is yesterday.
            opener.contains("check the budget with the board by yesterday"),
            "{opener}"
        );
        assert!(opener.ends_with('?'), "{opener}");

        let value = json(&report);
        assert_eq!(value["action"], "follow-up");
        assert_eq!(value["channel"], "call");
        assert!(value.get("letGoReason").is_none());

        let swedish = advice_report(LEAD, NOW, Some("sv-SE"), None).unwrap();
        assert_eq!(swedish.due, report.due);
        assert!(swedish.opener.unwrap().contains("senast i går"));
        assert_ne!(swedish.reasons, report.reasons);
    }

    #[test]
    fn send_me_information_is_its_own_action_with_a_send_by_and_a_follow_up_time() {
        let lead = LEAD
            .replace(r#""outcome": "other""#, r#""outcome": "send-information""#)
            .replace(r#""channel": "call", "time": """#, r#""time": """#);
        let value = json(&advice_report(&lead, NOW, None, None).unwrap());
        assert_eq!(value["action"], "send-information");
        assert_eq!(value["channel"], "email");
        assert_eq!(value["due"], "2026-12-02T17:00");
        assert!(
            value["followUp"].as_str().unwrap() > "2026-12-02T17:00",
            "{value}"
        );
        assert_eq!(value["rules"][0], "S3");
    }

    #[test]
    fn a_do_not_contact_lead_never_gets_a_time_a_channel_or_an_opener() {
        for why in ["asked-not-to-be-contacted", "on-register"] {
            let lead = LEAD.replacen('{', &format!(r#"{{"doNotContact": "{why}","#), 1);
            let report = advice_report(&lead, NOW, Some("de"), None).unwrap();
            assert_eq!(report.action, "do-not-contact");
            assert_eq!((report.due, report.channel), (None, None));
            assert_eq!(report.opener, None);
            assert_eq!(report.rules, ["L7"]);
            let value = json(&advice_report(&lead, NOW, None, None).unwrap());
            for field in ["due", "channel", "opener", "letGoReason"] {
                assert!(value.get(field).is_none(), "{field} in {value}");
            }
        }
    }

    #[test]
    fn a_let_go_names_its_reason_and_the_settings_decide_the_stop_rule() {
        let unanswered = r#"{"log": [
            {"at": "2026-12-01T10:00"}, {"at": "2026-12-02T10:00"}, {"at": "2026-12-03T10:00"}
        ]}"#;
        let report = advice_report(unanswered, NOW, Some("nb"), None).unwrap();
        assert_eq!(report.action, "let-go");
        assert_eq!(json(&report)["letGoReason"], "stop-rule");
        assert_eq!(report.due, None);
        assert!(report.reasons[0].contains('3'), "{:?}", report.reasons);

        let patient = r#"{"stopRule": {"coldAttempts": 4}}"#;
        let report = advice_report(unanswered, NOW, None, Some(patient)).unwrap();
        assert_eq!(report.action, "follow-up");
    }

    #[test]
    fn errors_name_the_function_and_the_field() {
        let error = |lead: &str, now: &str, lang: Option<&str>, settings: Option<&str>| {
            advice_report(lead, now, lang, settings).err().unwrap()
        };
        assert_eq!(
            error(r#"{"name": }"#, NOW, None, None),
            "adviseLead: lead: wrong type or value in field `name`"
        );
        assert_eq!(
            error("Anna", NOW, None, None),
            "adviseLead: lead: not valid JSON of the expected shape"
        );
        assert_eq!(
            error(r#"{"stage": 5}"#, NOW, None, None),
            "adviseLead: lead: wrong type or value in field `stage`"
        );
        assert_eq!(
            error(r#"{"source": "tv"}"#, NOW, None, None),
            "adviseLead: lead: unknown variant `tv` in field `source`"
        );
        assert_eq!(
            error(r#"{"log": [{"at": "Friday"}]}"#, NOW, None, None),
            "adviseLead: lead: wrong type or value in field `at`"
        );
        for now in ["tomorrow", "2026-12-04", "2026-12-04 16:30", ""] {
            let message = error(LEAD, now, None, None);
            assert!(
                message.starts_with("adviseLead: now must be")
                    && message.contains(&format!("'{now}'")),
                "{message}"
            );
        }
        assert!(error(LEAD, NOW, Some("fr"), None).starts_with("adviseLead: lang must be"));
        assert_eq!(
            error(
                LEAD,
                NOW,
                None,
                Some(r#"{"stopRule": {"coldAttempts": "x"}}"#)
            ),
            "adviseLead: settings: wrong type or value in field `coldAttempts`"
        );
        for (settings, field) in [
            (r#"{"followUpWindowDays": 30}"#, "followUpWindowDays"),
            (r#"{"stopRule": {"inboundAttempts": 0}}"#, "stopRule"),
            (
                r#"{"workingHours": {"startMinute": 1020, "endMinute": 540}}"#,
                "workingHours",
            ),
        ] {
            let message = error(LEAD, NOW, None, Some(settings));
            assert!(
                message.starts_with("adviseLead: settings: ") && message.contains(field),
                "{message}"
            );
        }
    }
}
