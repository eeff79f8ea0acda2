#![cfg(not(target_arch = "wasm32"))]
//! Practice (issue #6): grading with the schema's graders in several languages, reading exercise
//! files with a problem for every kind of mistake, Leitner moves, session planning, progress and
//! the streak on fixed dates, the stored state's JSON, hostile input, properties, and every
//! built-in file in `static/practice/`. Unless a test says otherwise, "now" is Thursday
//! 3 December 2026, 09:00, the schema's example moment.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate, NaiveDateTime};
use proptest::prelude::*;
use serde_json::{json, Value};
use warmcall_coach::advice_text::reason_text;
use warmcall_coach::advisor::Action;
use warmcall_coach::lead::Lead;
use warmcall_coach::practice::*;
use warmcall_coach::schedule::parse_iso_local;
use warmcall_coach::settings::Settings;
use warmcall_coach::Lang;

fn at(text: &str) -> NaiveDateTime {
    parse_iso_local(text).expect("test date-times are valid")
}

fn day(text: &str) -> NaiveDate {
    at(&format!("{text}T00:00")).date()
}

fn now() -> NaiveDateTime {
    at("2026-12-03T09:00")
}

fn text_exercise(id: &str, skill: Skill, lang: Lang, prompt: &str, model: &str) -> Exercise {
    Exercise {
        id: id.into(),
        skill,
        lang,
        situation: "Tuesday you walked Anna Berg through the price list.".into(),
        prompt: prompt.into(),
        model: model.into(),
        lead: None,
        now: None,
        settings: None,
        rubric: Vec::new(),
    }
}

fn lead(json: &str) -> Lead {
    serde_json::from_str(json).expect("test leads are valid")
}

fn what_now(id: &str, lead_json: &str, trap: Choice, model: Choice) -> Exercise {
    Exercise {
        lead: Some(lead(lead_json)),
        now: Some(now()),
        ..text_exercise(id, Skill::WhatNow, Lang::En, name(trap), name(model))
    }
}

fn name(choice: Choice) -> &'static str {
    CHOICES.iter().find(|(c, _)| *c == choice).unwrap().1
}

fn text(answer: &str) -> Answer {
    Answer::Text(answer.into())
}

fn grade_en(exercise: &Exercise, answer: &str) -> Grade {
    grade(exercise, &text(answer), Lang::En)
}

// ---------------------------------------------------------------------------------------------
// Grading

#[test]
fn assumptive_questions_pass_and_closed_or_recap_questions_fail_in_every_language() {
    let cases = [
        (Lang::En, "Anna, on Tuesday you were going to go through the price list with your CFO. What did you two conclude?", true),
        (Lang::En, "Did you have a chance to look at the price list?", false),
        (Lang::En, "Can you remind me where we are?", false),
        (Lang::Sv, "Anna, i tisdags skulle du gå igenom prislistan med er ekonomichef. Vad kom ni fram till?", true),
        (Lang::Sv, "Har du hunnit titta på prislistan?", false),
        (Lang::De, "Herr Becker, Sie wollten das Angebot bis Freitag mit Ihrem Geschäftsführer besprechen. Was haben Sie entschieden?", true),
        (Lang::De, "Hatten Sie schon Zeit, sich das Angebot anzuschauen?", false),
        (Lang::Nb, "Hva kom dere fram til om tilbudet?", true),
        (Lang::Nl, "Wat heeft de directie besloten over de offerte?", true),
        (Lang::Nl, "Heeft u de offerte al bekeken?", false),
    ];
    for (lang, answer, pass) in cases {
        let exercise = text_exercise("a", Skill::Assumptive, lang, "p", "m");
        let graded = grade_en(&exercise, answer);
        assert_eq!(graded.pass, pass, "{lang:?}: {answer}");
        assert_eq!(graded.score, if pass { 100 } else { 0 }, "{answer}");
        assert!(graded.advice.is_none());
    }
}

#[test]
fn an_assumptive_grade_cites_the_broken_rule_and_scores_an_open_question_half() {
    let exercise = text_exercise("a", Skill::Assumptive, Lang::En, "p", "m");
    assert_eq!(grade_en(&exercise, "Have you looked at it?").rules, ["F3"]);
    assert_eq!(
        grade_en(&exercise, "Can you remind me where we are?").rules,
        ["F2"]
    );
    let open = grade_en(&exercise, "What are your plans for next year?");
    assert!(!open.pass);
    assert_eq!(open.score, 50);
    let good = grade_en(&exercise, "What did the board decide?");
    assert_eq!(
        good.rules,
        ["F2", "F3"],
        "a pass cites what the skill trains"
    );
    assert_eq!(good.model, text("m"));
}

#[test]
fn warm_openers_pass_at_80_and_talking_ads_or_permission_questions_fail() {
    let cases = [
        (Lang::En, "Hi Maria, I read in Dagens Industri that you are opening a new warehouse in Malmö. How are you planning the staffing there?", true),
        (Lang::En, "Hi, this is Tom from Acme. You were a customer before; now we have 50% off our plans. Could that be something for you?", false),
        (Lang::En, "Hi, is this a bad time?", false),
        (Lang::Sv, "Hej Maria, jag läste i Dagens Industri att ni öppnar ett nytt lager i Malmö. Hur tänker ni kring bemanningen där?", true),
        (Lang::Sv, "Hej, har du en minut?", false),
        (Lang::De, "Guten Tag Herr Weber, ich habe gelesen, dass Sie einen neuen Standort in Leipzig eröffnen. Wie gehen Sie die Personalplanung dort an?", true),
        (Lang::De, "Guten Tag, wir haben gerade ein Sonderangebot mit 30 Prozent Rabatt. Wäre das etwas für Sie?", false),
    ];
    for (lang, answer, pass) in cases {
        let exercise = text_exercise("w", Skill::WarmUp, lang, "p", "m");
        let graded = grade_en(&exercise, answer);
        let analysis = warmcall_coach::opener::analyze_opener(answer, Some(lang), lang);
        assert_eq!(graded.score, analysis.score, "{answer}");
        assert_eq!(
            graded.pass, pass,
            "{lang:?}: {answer} scored {}",
            graded.score
        );
        assert_eq!(pass, graded.score >= OPENER_PASS_SCORE);
    }
    let exercise = text_exercise("w", Skill::WarmUp, Lang::En, "p", "m");
    let ad = grade_en(
        &exercise,
        "We have 50% off our plans this month. Could that be something?",
    );
    assert_eq!(ad.rules[0], "W3", "the talking ad is the first finding");
}

#[test]
fn grade_messages_are_in_the_interface_language() {
    let exercise = text_exercise("w", Skill::WarmUp, Lang::En, "p", "m");
    let in_swedish = grade(&exercise, &text("Hi, is this a bad time?"), Lang::Sv);
    assert!(in_swedish.message.contains("lov"), "{}", in_swedish.message);
    let good = "Hi Maria, I read that you are opening a new warehouse in Malmö. How are you planning the staffing there?";
    for lang in Lang::ALL {
        let graded = grade(&exercise, &text(good), lang);
        assert!(graded.pass);
        assert!(!graded.message.is_empty());
    }
    assert_ne!(
        grade(&exercise, &text(good), Lang::De).message,
        grade(&exercise, &text(good), Lang::Nl).message
    );
}

#[test]
fn a_next_step_needs_a_day_an_exact_time_and_a_question() {
    let cases = [
        (
            Lang::En,
            "I'll call you Friday at 12 — how does that look for you?",
            100,
        ),
        (Lang::En, "I'll call you next week.", 0),
        (Lang::En, "Let me know when it suits you.", 33),
        (
            Lang::Sv,
            "Jag ringer dig på fredag kl. 12, hur passar det?",
            100,
        ),
        (Lang::Sv, "Jag hör av mig nästa vecka.", 0),
        (
            Lang::De,
            "Ich rufe Sie am Freitag um 10 Uhr an – passt Ihnen das?",
            100,
        ),
        (Lang::De, "Ich rufe Sie am Freitag an.", 33),
        (
            Lang::Nb,
            "Jeg ringer deg på torsdag klokka 14, hvordan passer det?",
            100,
        ),
        (
            Lang::Nl,
            "Ik bel u morgen om 10.00 uur, hoe past dat in uw agenda?",
            100,
        ),
    ];
    for (lang, answer, score) in cases {
        let exercise = text_exercise("n", Skill::NextStep, lang, "p", "m");
        let graded = grade_en(&exercise, answer);
        assert_eq!(
            (graded.pass, graded.score),
            (score == 100, score),
            "{answer}"
        );
        assert_eq!(graded.rules, ["F4"]);
    }
    let exercise = text_exercise("n", Skill::NextStep, Lang::De, "p", "m");
    let missing = grade(&exercise, &text("Ich rufe Sie am Freitag an."), Lang::De).message;
    assert!(
        missing.starts_with("Es fehlt noch: eine genaue Uhrzeit, eine Frage"),
        "{missing}"
    );
    assert!(!missing.contains("Tag,"), "the day is there: {missing}");
}

/// Leads for every what-now choice, as a course author writes them, with the choice the
/// advisor's action amounts to at `now()`.
fn what_now_cases() -> Vec<(&'static str, Choice, &'static str)> {
    vec![
        (
            r#"{"id":"l1","name":"Kari Nordmann","doNotContact":"on-register"}"#,
            Choice::DoNotContact,
            "L7",
        ),
        (
            r#"{"id":"l2","poorFit":true,"log":[{"at":"2026-12-01T10:00","reached":true,"outcome":"other"}]}"#,
            Choice::LetGo,
            "L6",
        ),
        (
            r#"{"id":"l3","log":[{"at":"2026-11-20T10:00"},{"at":"2026-11-24T10:00"},{"at":"2026-11-27T10:00"}]}"#,
            Choice::LetGo,
            "L1",
        ),
        (
            r#"{"id":"l4","qualification":{"decisionMaker":false},"log":[{"at":"2026-11-20T10:00","reached":true,"outcome":"other"},{"at":"2026-11-27T10:00","reached":true,"outcome":"other"}]}"#,
            Choice::FindDecisionMaker,
            "L4",
        ),
        (
            r#"{"id":"l5","qualification":{"needConfirmed":true},"log":[{"at":"2026-11-20T10:00","reached":true,"outcome":"send-information"},{"at":"2026-11-27T10:00","reached":true,"outcome":"needs-to-think"}]}"#,
            Choice::Nurture,
            "L5",
        ),
        (
            r#"{"id":"l6","log":[{"at":"2026-12-02T15:00","reached":true,"outcome":"send-information","discussed":"the new price list"}]}"#,
            Choice::FollowUpSoon,
            "T1",
        ),
        (
            r#"{"id":"l7","stage":"offer-out","dealSize":"large","log":[{"at":"2026-12-02T15:00","reached":true,"outcome":"other"}]}"#,
            Choice::FollowUpWeek,
            "T4",
        ),
        (
            r#"{"id":"l8","log":[{"at":"2026-12-02T10:00","reached":true,"outcome":"other","agreedNext":"2026-12-14T10:00"}]}"#,
            Choice::FollowUpLater,
            "T5",
        ),
    ]
}

#[test]
fn what_now_is_graded_by_the_advisors_choice_with_its_advice() {
    for (lead_json, expected, rule) in what_now_cases() {
        let trap = if expected == Choice::FollowUpSoon {
            Choice::Nurture
        } else {
            Choice::FollowUpSoon
        };
        let exercise = what_now("w", lead_json, trap, expected);
        let right = grade(&exercise, &Answer::Choice(expected), Lang::En);
        assert!(right.pass, "{lead_json}: {}", right.message);
        assert_eq!(right.score, 100);
        assert_eq!(right.model, Answer::Choice(expected));
        assert!(
            right.rules.contains(&rule),
            "{:?} lacks {rule}",
            right.rules
        );
        let advice = right.advice.expect("what-now carries the advice");
        assert_eq!(coach_choice(&advice, now()), expected);
        assert!(right.message.starts_with("Right: "), "{}", right.message);
        assert!(right.message.contains(choice_label(Lang::En, expected)));

        let wrong = grade(&exercise, &Answer::Choice(trap), Lang::En);
        assert!(!wrong.pass);
        assert_eq!(wrong.score, 0);
        assert!(
            wrong.message.starts_with("The coach would choose: "),
            "{}",
            wrong.message
        );
        // The name as typed is read as the choice.
        assert!(grade_en(&exercise, &format!(" {} ", name(expected))).pass);
    }
}

#[test]
fn what_now_gives_the_verdict_in_the_interface_language_and_the_advice_with_its_reasons() {
    let (lead_json, expected, _) = what_now_cases().remove(2);
    let exercise = what_now("l3", lead_json, Choice::FollowUpSoon, expected);
    let graded = grade(&exercise, &Answer::Choice(Choice::FollowUpSoon), Lang::Sv);
    assert_eq!(graded.message, "Coachen väljer: Släpp.");
    let reasons: Vec<String> = graded
        .advice
        .expect("a what-now grade carries the advice")
        .reasons
        .iter()
        .map(|reason| reason_text(Lang::Sv, reason))
        .collect();
    assert!(
        reasons
            .iter()
            .any(|reason| reason.contains("3 obesvarade försök i rad")),
        "{reasons:?}"
    );
}

#[test]
fn what_now_applies_the_exercises_settings_not_the_defaults() {
    // Two unanswered cold calls: within the default stop rule of three, past a stop rule of two.
    let lead_json = r#"{"id":"l","log":[{"at":"2026-11-30T10:00"},{"at":"2026-12-01T10:00"}]}"#;
    let mut exercise = what_now("s", lead_json, Choice::LetGo, Choice::FollowUpSoon);
    assert!(grade(&exercise, &Answer::Choice(Choice::FollowUpSoon), Lang::En).pass);
    let strict: Settings = serde_json::from_str(r#"{"stopRule":{"coldAttempts":2}}"#).unwrap();
    exercise.settings = Some(strict);
    let graded = grade(&exercise, &Answer::Choice(Choice::LetGo), Lang::En);
    assert!(graded.pass, "{}", graded.message);
    assert_eq!(
        graded.advice.unwrap().action,
        Action::LetGo(warmcall_coach::advisor::LetGoReason::StopRule)
    );
}

#[test]
fn a_follow_up_is_soon_up_to_two_days_a_week_up_to_eight_and_later_beyond() {
    let mut advice = warmcall_coach::advisor::advise(&Lead::default(), &Settings::default(), now());
    assert_eq!(advice.action, Action::FollowUp);
    for (due, choice) in [
        ("2026-11-01T09:00", Choice::FollowUpSoon),
        ("2026-12-05T09:00", Choice::FollowUpSoon),
        ("2026-12-05T09:01", Choice::FollowUpWeek),
        ("2026-12-11T09:00", Choice::FollowUpWeek),
        ("2026-12-11T09:01", Choice::FollowUpLater),
    ] {
        advice.due = Some(at(due));
        assert_eq!(coach_choice(&advice, now()), choice, "due {due}");
    }
}

#[test]
fn an_answer_of_the_wrong_form_fails_without_a_panic() {
    let exercise = text_exercise("a", Skill::Assumptive, Lang::En, "p", "m");
    let graded = grade(&exercise, &Answer::Choice(Choice::Nurture), Lang::En);
    assert!(!graded.pass);
    assert_eq!(graded.score, 0);
    let (lead_json, _, _) = what_now_cases().remove(0);
    let exercise = what_now("d", lead_json, Choice::FollowUpSoon, Choice::DoNotContact);
    assert!(!grade_en(&exercise, "call them tomorrow").pass);
    // An exercise built by hand without its lead is graded against an empty lead.
    let bare = Exercise {
        lead: None,
        now: None,
        ..exercise
    };
    assert_eq!(grade_en(&bare, "follow-up-soon").score, 100);
}

// ---------------------------------------------------------------------------------------------
// Reading exercise files

/// One valid exercise of each skill, as a course author writes them.
fn fixture() -> Value {
    json!([
        {
            "id": "en-assumptive-01",
            "skill": "assumptive",
            "lang": "en",
            "situation": "Tuesday you walked Anna Berg (Nordlys AB) through the price list. She promised to go through it with her CFO by Friday.",
            "prompt": "Did you have a chance to look at the price list?",
            "model": "Anna, on Tuesday you were going to go through the price list with your CFO. What did you two conclude?"
        },
        {
            "id": "sv-warm-up-01",
            "skill": "warm-up",
            "lang": "sv",
            "situation": "Maria Lind är driftchef på Lindqvist Logistik AB. I Dagens Industri stod det att de öppnar ett nytt lager i Malmö.",
            "prompt": "Hej, har du en minut?",
            "model": "Hej Maria, jag läste i Dagens Industri att ni öppnar ett nytt lager i Malmö. Hur tänker ni kring bemanningen där?"
        },
        {
            "id": "de-next-step-01",
            "skill": "next-step",
            "lang": "de",
            "situation": "Herr Becker von der Becker Haustechnik GmbH will das Angebot mit seinem Partner besprechen.",
            "prompt": "Ich rufe Sie am Freitag an.",
            "model": "Ich rufe Sie am Freitag um 10 Uhr an – passt Ihnen das?"
        },
        {
            "id": "nb-what-now-01",
            "skill": "what-now",
            "lang": "nb",
            "situation": "Kari Nordmann i Fjordkraft AS står i Reservasjonsregisteret. Hun var hyggelig da dere møttes på messen.",
            "prompt": "follow-up-soon",
            "model": "do-not-contact",
            "lead": {"id": "kari", "name": "Kari Nordmann", "doNotContact": "on-register"},
            "now": "2026-12-03T09:00",
            "settings": {"stopRule": {"coldAttempts": 2}}
        }
    ])
}

fn parse_value(value: &Value) -> Parsed {
    parse_exercises(&value.to_string())
}

#[test]
fn a_valid_file_reads_completely_as_an_array_or_an_object() {
    let parsed = parse_value(&fixture());
    assert_eq!(parsed.problems, []);
    let ids: Vec<&str> = parsed.exercises.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "en-assumptive-01",
            "sv-warm-up-01",
            "de-next-step-01",
            "nb-what-now-01"
        ]
    );
    let what_now = &parsed.exercises[3];
    assert_eq!((what_now.skill, what_now.lang), (Skill::WhatNow, Lang::Nb));
    assert_eq!(what_now.now, Some(now()));
    assert_eq!(
        what_now.settings.as_ref().unwrap().stop_rule.cold_attempts,
        2
    );
    assert_eq!(what_now.lead.as_ref().unwrap().name, "Kari Nordmann");

    let wrapped = parse_value(&json!({"title": "My course", "exercises": fixture()}));
    assert_eq!(wrapped, parsed);
    let with_bom = parse_exercises(&format!("\u{feff}  {}\n", fixture()));
    assert_eq!(with_bom, parsed);
    // Pretty-printed, as files are written by hand.
    assert_eq!(
        parse_exercises(&serde_json::to_string_pretty(&fixture()).unwrap()),
        parsed
    );
}

#[test]
fn an_exercise_serialises_to_the_shape_it_was_read_from() {
    let parsed = parse_value(&fixture());
    let written = serde_json::to_value(&parsed.exercises).unwrap();
    let mut expected = fixture();
    // The lead is written as the lead's own record writes itself.
    expected[3]["lead"] = serde_json::to_value(parsed.exercises[3].lead.as_ref().unwrap()).unwrap();
    expected[3]["settings"] =
        serde_json::to_value(parsed.exercises[3].settings.as_ref().unwrap()).unwrap();
    assert_eq!(written, expected);
    assert_eq!(parse_value(&written), parsed);
}

fn with(field: &str, value: Value) -> Value {
    let mut exercises = fixture();
    for exercise in exercises.as_array_mut().unwrap() {
        if exercise["skill"] == "what-now" || ["skill", "lang", "id", "situation"].contains(&field)
        {
            exercise[field] = value.clone();
        }
    }
    exercises
}

fn without(index: usize, field: &str) -> Value {
    let mut exercises = fixture();
    exercises[index].as_object_mut().unwrap().remove(field);
    exercises
}

/// A problem as (index, id, field, kind).
type Found = (
    Option<usize>,
    Option<String>,
    Option<&'static str>,
    ProblemKind,
);

/// The problems of `value`.
fn problems(value: &Value) -> Vec<Found> {
    parse_value(value)
        .problems
        .into_iter()
        .map(|p| (p.index, p.id, p.field, p.kind))
        .collect()
}

fn only_problem(value: &Value) -> Found {
    let found = problems(value);
    assert_eq!(found.len(), 1, "{found:?}");
    found.into_iter().next().unwrap()
}

fn on(index: usize, id: &str, field: &'static str, kind: ProblemKind) -> Found {
    (Some(index), Some(id.to_owned()), Some(field), kind)
}

#[test]
fn each_problem_names_the_exercise_and_the_field_and_costs_only_its_exercise() {
    use ProblemKind::*;
    let id3 = "nb-what-now-01";
    assert_eq!(
        only_problem(&without(0, "model")),
        on(0, "en-assumptive-01", "model", MissingField)
    );
    assert_eq!(
        only_problem(&with("lead", json!("Kari"))),
        on(3, id3, "lead", Unreadable)
    );
    assert_eq!(
        only_problem(&with("lead", json!({"log": [{"at": "yesterday"}]}))),
        on(3, id3, "lead", Unreadable)
    );
    assert_eq!(
        only_problem(&with("now", json!("3 Dec 2026"))),
        on(3, id3, "now", Unreadable)
    );
    assert_eq!(
        only_problem(&with("now", json!(20261203))),
        on(3, id3, "now", Unreadable)
    );
    assert_eq!(
        only_problem(&with("settings", json!({"stopRule": "two"}))),
        on(3, id3, "settings", Unreadable)
    );
    assert_eq!(
        only_problem(&with("prompt", json!("call-tomorrow"))),
        on(3, id3, "prompt", UnknownChoice)
    );
    assert_eq!(
        only_problem(&with("lead", Value::Null)),
        on(3, id3, "lead", MissingForWhatNow)
    );
    assert_eq!(
        only_problem(&without(3, "now")),
        on(3, id3, "now", MissingForWhatNow)
    );
    assert_eq!(
        only_problem(&with("model", json!("follow-up-week"))),
        on(3, id3, "model", ModelFails)
    );
    assert_eq!(
        only_problem(&with("prompt", json!("do-not-contact"))),
        on(3, id3, "prompt", PromptPasses)
    );

    let mut value = fixture();
    value[1]["skill"] = json!("warmup");
    assert_eq!(
        only_problem(&value),
        on(1, "sv-warm-up-01", "skill", UnknownSkill)
    );
    value = fixture();
    value[2]["lang"] = json!("de-DE");
    assert_eq!(
        only_problem(&value),
        on(2, "de-next-step-01", "lang", UnknownLang)
    );
    value = fixture();
    value[2]["situation"] = json!("   ");
    assert_eq!(
        only_problem(&value),
        on(2, "de-next-step-01", "situation", EmptyText)
    );
    value = fixture();
    value[2]["situation"] = json!("x".repeat(MAX_TEXT_CHARS + 1));
    assert_eq!(
        only_problem(&value),
        on(2, "de-next-step-01", "situation", TooLong)
    );
    value[2]["situation"] = json!("ü".repeat(MAX_TEXT_CHARS));
    assert_eq!(
        problems(&value),
        [],
        "the limit counts characters, not bytes"
    );
    value = fixture();
    value[0]["model"] = json!("Did the CFO like the price list?");
    assert_eq!(
        only_problem(&value),
        on(0, "en-assumptive-01", "model", ModelFails)
    );
    value = fixture();
    value[1]["prompt"] = value[1]["model"].clone();
    assert_eq!(
        only_problem(&value),
        on(1, "sv-warm-up-01", "prompt", PromptPasses)
    );
    value = fixture();
    value[2]["prompt"] = json!(["Ich rufe Sie an."]);
    assert_eq!(
        only_problem(&value),
        on(2, "de-next-step-01", "prompt", Unreadable)
    );
    value = fixture();
    value[2]["id"] = json!("en-assumptive-01");
    assert_eq!(
        only_problem(&value),
        on(2, "en-assumptive-01", "id", DuplicateId)
    );
    value = fixture();
    value[0]["id"] = json!("x".repeat(MAX_ID_CHARS + 1));
    assert_eq!(only_problem(&value), (Some(0), None, Some("id"), TooLong));
    value = fixture();
    value[0]["id"] = json!(7);
    value[0]["lang"] = json!("fr");
    assert_eq!(
        problems(&value),
        [
            (Some(0), None, Some("id"), Unreadable),
            (Some(0), None, Some("lang"), UnknownLang)
        ],
        "every problem of an exercise is reported, named by position when the id does not read"
    );
    value = fixture();
    value
        .as_array_mut()
        .unwrap()
        .insert(1, json!("not an exercise"));
    assert_eq!(only_problem(&value), (Some(1), None, None, NotAnExercise));
    assert_eq!(
        parse_value(&value).exercises.len(),
        4,
        "the others are kept"
    );

    let duplicate_field =
        fixture()[0]
            .to_string()
            .replacen('{', r#"{"model":"What did you decide?","#, 1);
    let parsed = parse_exercises(&format!("[{duplicate_field}]"));
    assert_eq!(
        parsed.problems,
        [Problem {
            index: Some(0),
            id: Some("en-assumptive-01".into()),
            field: Some("model"),
            kind: DuplicateField
        }]
    );

    // The file as a whole.
    for (text, kind) in [
        ("", NotJson),
        ("[{]", NotJson),
        ("[1,]", NotJson),
        ("<html><body>exercises</body></html>", NotJson),
        ("42", NotAList),
        (r#""exercises""#, NotAList),
        (r#"{"exercises": {"id": "x"}}"#, NotAList),
        (r#"{"lessons": []}"#, NotAList),
    ] {
        let parsed = parse_exercises(text);
        assert_eq!(parsed.exercises, [], "{text}");
        assert_eq!(
            parsed.problems,
            [Problem {
                index: None,
                id: None,
                field: None,
                kind
            }],
            "{text}"
        );
    }
    assert_eq!(parse_exercises("[]"), Parsed::default());
    assert_eq!(parse_exercises(r#"{"exercises": []}"#), Parsed::default());
}

#[test]
fn unknown_fields_are_ignored_and_what_now_fields_only_read_for_what_now() {
    let mut value = fixture();
    value[0]["hint"] = json!({"deep": [1.5, null]});
    value[0]["lead"] = json!("not read for an assumptive exercise");
    let parsed = parse_value(&value);
    assert_eq!(parsed.problems, []);
    assert_eq!(parsed.exercises[0].lead, None);
}

#[test]
fn more_than_the_cap_is_reported_once_and_the_first_ones_are_kept() {
    let one = fixture()[0].clone();
    let many: Vec<Value> = (0..MAX_EXERCISES + 20)
        .map(|n| {
            let mut exercise = one.clone();
            exercise["id"] = json!(format!("en-assumptive-{n:03}"));
            exercise
        })
        .collect();
    let parsed = parse_value(&Value::Array(many));
    assert_eq!(parsed.exercises.len(), MAX_EXERCISES);
    assert_eq!(
        parsed.problems,
        [Problem {
            index: None,
            id: None,
            field: None,
            kind: ProblemKind::TooMany
        }]
    );
    assert!(problem_message(&parsed.problems[0], Lang::En).contains(&MAX_EXERCISES.to_string()));
}

#[test]
fn problem_messages_name_the_exercise_and_field_in_every_language() {
    let problem = Problem {
        index: Some(2),
        id: Some("de-next-step-01".into()),
        field: Some("model"),
        kind: ProblemKind::ModelFails,
    };
    assert_eq!(
        problem_message(&problem, Lang::En),
        "Exercise 3 (“de-next-step-01”), field “model”: the model answer does not pass its own \
         grader; for what-now, it is not the choice the coach makes for this lead."
    );
    assert!(problem_message(&problem, Lang::De)
        .starts_with("Übung 3 („de-next-step-01“), Feld „model“: Die Musterantwort"));
    assert!(problem_message(&problem, Lang::Nb)
        .starts_with("Øvelse 3 («de-next-step-01»), feltet «model»: "));
    let too_long_id = Problem {
        id: None,
        field: Some("id"),
        kind: ProblemKind::TooLong,
        ..problem.clone()
    };
    assert_eq!(
        problem_message(&too_long_id, Lang::Sv),
        format!("Övning 3, fältet ”id”: texten är för lång; gränsen är {MAX_ID_CHARS} tecken.")
    );
    let too_long_text = Problem {
        field: Some("situation"),
        ..too_long_id
    };
    assert!(problem_message(&too_long_text, Lang::Nl)
        .ends_with(&format!("de grens is {MAX_TEXT_CHARS} tekens.")));

    use ProblemKind::*;
    let kinds = [
        NotJson,
        NotAList,
        TooMany,
        NotAnExercise,
        MissingField,
        DuplicateField,
        Unreadable,
        UnknownSkill,
        UnknownLang,
        UnknownChoice,
        EmptyText,
        TooLong,
        DuplicateId,
        MissingForWhatNow,
        ModelFails,
        PromptPasses,
    ];
    for kind in kinds {
        let file_level = matches!(kind, NotJson | NotAList | TooMany);
        let problem = Problem {
            index: (!file_level).then_some(6),
            id: (!file_level).then(|| "sv-what-now-07".to_owned()),
            field: (!file_level).then_some("lead"),
            kind,
        };
        let messages: Vec<String> = Lang::ALL
            .iter()
            .map(|&lang| problem_message(&problem, lang))
            .collect();
        for (lang, message) in Lang::ALL.iter().zip(&messages) {
            assert!(message.ends_with('.'), "{lang:?} {kind:?}: {message}");
            assert!(
                !message.contains("{}") && !message.contains("  "),
                "{message}"
            );
            if !file_level {
                assert!(
                    message.contains("7 ")
                        && message.contains("sv-what-now-07")
                        && message.contains("lead"),
                    "{message}"
                );
            }
        }
        let distinct: HashSet<&String> = messages.iter().collect();
        assert_eq!(distinct.len(), 5, "{kind:?}: {messages:?}");
    }
}

#[test]
fn hostile_input_never_panics_and_costs_only_its_exercise() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    let parsed = parse_exercises(&deep);
    assert_eq!(parsed.problems.len(), 1);
    assert_eq!(parsed.problems[0].index, Some(0));

    let nested_lead = with("lead", json!({"name": "x"})).to_string().replace(
        r#"{"name":"x"}"#,
        &format!(
            "{{\"name\":\"x\",\"log\":{}{}}}",
            "[".repeat(300),
            "]".repeat(300)
        ),
    );
    let parsed = parse_exercises(&nested_lead);
    assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);
    assert_eq!(parsed.problems[0].field, Some("lead"));

    let mut value = fixture();
    value[0]["situation"] = json!("<script>alert(1)</script><img src=x onerror=alert(2)>");
    value[1]["situation"] = json!("\u{0}\u{202e}<b>".repeat(50));
    value[2]["situation"] = json!("😀".repeat(1_000_000));
    let parsed = parse_value(&value);
    assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);
    assert_eq!(parsed.problems[0].kind, ProblemKind::TooLong);
    assert_eq!(parsed.exercises.len(), 3);
    assert!(
        parsed.exercises[0].situation.starts_with("<script>"),
        "kept as text, escaped by the view"
    );

    let many_keys: String = (0..50_000).map(|n| format!("\"k{n}\":{n},")).collect();
    let _ = parse_exercises(&format!("[{{{many_keys}\"id\":\"x\"}}]"));
    let escaped_key = fixture()[0]
        .to_string()
        .replace("\"model\"", "\"mo\\u0064el\"");
    assert_eq!(parse_exercises(&format!("[{escaped_key}]")).problems, []);
    for text in ["[\"\\", "[{\"id\":\"\\ud800\"}]", "{\"exercises\":[", "[{\"a\":}]", "\u{feff}", "[null,true,1e999,-0]", "[{\"skill\":\"what-now\",\"lead\":{},\"now\":\"9999-12-31T23:59\",\"prompt\":\"let-go\",\"model\":\"let-go\",\"id\":\"e\",\"lang\":\"en\",\"situation\":\"s\"}]"] {
        let _ = parse_exercises(text);
    }
}

// ---------------------------------------------------------------------------------------------
// Leitner boxes and session planning

fn card<'a>(state: &'a PracticeState, id: &str) -> &'a Card {
    state
        .cards
        .iter()
        .find(|card| card.id == id)
        .expect("the card exists")
}

#[test]
fn a_pass_moves_a_card_up_one_box_and_a_fail_back_to_box_one() {
    let exercise = text_exercise("e1", Skill::Assumptive, Lang::En, "p", "m");
    let mut state = PracticeState::default();
    record(&mut state, &exercise, true, 100, at("2026-12-01T10:00"));
    assert_eq!(
        card(&state, "e1").leitner_box,
        2,
        "a first pass skips box 1"
    );
    for expected in [3, 4, 5, 5] {
        record(&mut state, &exercise, true, 100, at("2026-12-02T10:00"));
        assert_eq!(card(&state, "e1").leitner_box, expected);
    }
    record(&mut state, &exercise, false, 30, at("2026-12-03T10:00"));
    let failed = card(&state, "e1");
    assert_eq!(
        (failed.leitner_box, failed.seen),
        (1, at("2026-12-03T10:00"))
    );
    assert_eq!(
        failed.due(),
        day("2026-12-03"),
        "box 1 is due again the same day"
    );
    assert_eq!(state.attempts.len(), 6);
    let last = state.attempts.last().unwrap();
    assert_eq!(
        (last.id.as_str(), last.skill, last.pass, last.score),
        ("e1", Skill::Assumptive, false, 30)
    );

    let mut other = PracticeState::default();
    record(&mut other, &exercise, false, 250, at("2026-12-01T10:00"));
    assert_eq!(card(&other, "e1").leitner_box, 1);
    assert_eq!(other.attempts[0].score, 100, "a score is capped at 100");
}

#[test]
fn each_box_waits_its_interval() {
    for (leitner_box, due) in [
        (1, "2026-12-01"),
        (2, "2026-12-02"),
        (3, "2026-12-04"),
        (4, "2026-12-08"),
        (5, "2026-12-15"),
        (0, "2026-12-01"),
        (99, "2026-12-15"),
    ] {
        let card = Card {
            id: "x".into(),
            leitner_box,
            seen: at("2026-12-01T23:59"),
        };
        assert_eq!(card.due(), day(due), "box {leitner_box}");
    }
    let far = Card {
        id: "x".into(),
        leitner_box: 5,
        seen: NaiveDate::MAX.and_hms_opt(0, 0, 0).unwrap(),
    };
    assert_eq!(far.due(), NaiveDate::MAX);
}

#[test]
fn the_history_keeps_the_newest_attempts_and_cards_are_capped() {
    let mut state = PracticeState::default();
    let start = at("2026-01-01T08:00");
    for n in 0..MAX_ATTEMPTS + 10 {
        let exercise = text_exercise(
            &format!("e{}", n % (MAX_CARDS + 5)),
            Skill::NextStep,
            Lang::En,
            "p",
            "m",
        );
        record(
            &mut state,
            &exercise,
            n % 2 == 0,
            50,
            start + chrono::Duration::minutes(n as i64),
        );
    }
    assert_eq!(state.attempts.len(), MAX_ATTEMPTS);
    assert_eq!(
        state.attempts[0].at,
        start + chrono::Duration::minutes(10),
        "the oldest are dropped"
    );
    assert_eq!(state.cards.len(), MAX_CARDS);
    assert!(
        state
            .cards
            .iter()
            .all(|card| card.id != "e0" || card.seen > start),
        "the card seen longest ago went"
    );
}

/// Twenty exercises per skill, named like the built-ins.
fn course() -> Vec<Exercise> {
    SKILLS
        .iter()
        .flat_map(|&(skill, skill_name)| {
            (1..=20).map(move |n| {
                text_exercise(
                    &format!("en-{skill_name}-{n:02}"),
                    skill,
                    Lang::En,
                    "p",
                    "m",
                )
            })
        })
        .collect()
}

fn find<'a>(exercises: &'a [Exercise], id: &str) -> &'a Exercise {
    exercises.iter().find(|e| e.id == id).unwrap()
}

#[test]
fn a_session_is_never_larger_than_asked_and_clamped_to_one_to_fifty() {
    let exercises = course();
    let state = PracticeState::default();
    let today = day("2026-12-03");
    assert_eq!(
        plan_session(&state, &[], &exercises, DEFAULT_SESSION_SIZE, None, today).len(),
        10
    );
    assert_eq!(
        plan_session(&state, &[], &exercises, 0, None, today).len(),
        1
    );
    assert_eq!(
        plan_session(&state, &[], &exercises, 3, None, today).len(),
        3
    );
    assert_eq!(
        plan_session(&state, &[], &exercises, 1_000, None, today).len(),
        50
    );
    assert_eq!(
        plan_session(&state, &[], &exercises[..4], 10, None, today).len(),
        4
    );
    assert_eq!(
        plan_session(&state, &[], &[], 10, None, today),
        Vec::<String>::new()
    );
    let warm_up = plan_session(&state, &[], &exercises, 50, Some(Skill::WarmUp), today);
    assert_eq!(warm_up.len(), 20);
    assert!(warm_up.iter().all(|id| id.starts_with("en-warm-up-")));
}

#[test]
fn due_cards_come_first_lowest_box_first_then_unseen_then_the_rest() {
    let exercises = course();
    let mut state = PracticeState::default();
    let monday = at("2026-11-30T10:00");
    let ids = [
        "en-assumptive-05",
        "en-assumptive-09",
        "en-assumptive-02",
        "en-assumptive-03",
    ];
    // 05 passed three times (box 4, due in a week), 09 passed once (box 2, due Tuesday),
    // 02 failed (box 1, due Monday), 03 passed twice (box 3, due Thursday).
    for (id, passes) in ids.iter().zip([3, 1, 0, 2]) {
        let exercise = find(&exercises, id);
        if passes == 0 {
            record(&mut state, exercise, false, 0, monday);
        }
        for _ in 0..passes {
            record(&mut state, exercise, true, 100, monday);
        }
    }
    let plan = plan_session(
        &state,
        &[],
        &exercises,
        50,
        Some(Skill::Assumptive),
        day("2026-12-03"),
    );
    assert_eq!(
        &plan[..3],
        ["en-assumptive-02", "en-assumptive-09", "en-assumptive-03"]
    );
    assert_eq!(
        plan[3], "en-assumptive-01",
        "then the unseen, in list order"
    );
    assert_eq!(
        plan[plan.len() - 1],
        "en-assumptive-05",
        "not yet due: last"
    );
    assert_eq!(plan.len(), 20);
    let again = plan_session(
        &state,
        &[],
        &exercises,
        50,
        Some(Skill::Assumptive),
        day("2026-12-03"),
    );
    assert_eq!(plan, again, "the same inputs give the same plan");
}

#[test]
fn a_weak_skill_comes_back_sooner() {
    let exercises = course();
    let mut state = PracticeState::default();
    let monday = at("2026-11-30T10:00");
    // The rep fails next-step and passes assumptive, five of each.
    for n in 1..=5 {
        record(
            &mut state,
            find(&exercises, &format!("en-assumptive-{n:02}")),
            true,
            100,
            monday,
        );
        record(
            &mut state,
            find(&exercises, &format!("en-next-step-{n:02}")),
            false,
            33,
            monday,
        );
    }
    let same_day = plan_session(&state, &[], &exercises, 10, None, day("2026-11-30"));
    assert!(
        same_day[..5]
            .iter()
            .all(|id| id.starts_with("en-next-step-")),
        "the failed cards first: {same_day:?}"
    );
    assert!(
        same_day.iter().all(|id| !id.starts_with("en-assumptive-")),
        "the passed ones rest: {same_day:?}"
    );
    let tuesday = day("2026-12-01");
    let plan = plan_session(&state, &[], &exercises, 10, None, tuesday);
    assert_eq!(
        plan,
        [
            "en-next-step-01",
            "en-next-step-02",
            "en-next-step-03",
            "en-next-step-04",
            "en-next-step-05",
            "en-assumptive-01",
            "en-assumptive-02",
            "en-assumptive-03",
            "en-assumptive-04",
            "en-assumptive-05"
        ],
        "the lower box first once both are due"
    );
    // Among new exercises: unpractised skills first, then the weak one; the strong one waits.
    let unseen: Vec<Exercise> = exercises
        .iter()
        .filter(|e| !state.cards.iter().any(|c| c.id == e.id))
        .cloned()
        .collect();
    let plan = plan_session(&state, &[], &unseen, 50, None, tuesday);
    let skills: Vec<Skill> = plan.iter().map(|id| find(&exercises, id).skill).collect();
    let unpractised = [Skill::WarmUp, Skill::WhatNow];
    let both = skills
        .iter()
        .take_while(|s| unpractised.contains(s))
        .count();
    assert!(both >= 30, "the unpractised skills first: {plan:?}");
    assert_eq!(
        &skills[..4],
        [Skill::WarmUp, Skill::WhatNow, Skill::WarmUp, Skill::WhatNow],
        "skills that stand equal take turns: {plan:?}"
    );
    assert!(
        skills[both..].iter().all(|s| *s == Skill::NextStep),
        "then the weak one; the strong one waits: {plan:?}"
    );
}

#[test]
fn cards_of_missing_exercises_and_repeated_ids_are_ignored() {
    let exercises = course();
    let mut state = PracticeState::default();
    let gone = text_exercise("sv-assumptive-01", Skill::Assumptive, Lang::Sv, "p", "m");
    record(&mut state, &gone, false, 0, at("2026-12-01T10:00"));
    state.cards.push(Card {
        id: "hand-edited".into(),
        leitner_box: 200,
        seen: at("2026-12-01T10:00"),
    });
    let mut listed = exercises[..3].to_vec();
    listed.push(exercises[0].clone());
    let plan = plan_session(&state, &[], &listed, 50, None, day("2026-12-03"));
    assert_eq!(
        plan,
        ["en-assumptive-01", "en-assumptive-02", "en-assumptive-03"]
    );
}

// ---------------------------------------------------------------------------------------------
// Progress

fn attempt(skill: Skill, when: &str, pass: bool) -> Attempt {
    Attempt {
        id: format!("{skill:?}"),
        skill,
        at: at(when),
        pass,
        score: if pass { 100 } else { 0 },
    }
}

#[test]
fn progress_gives_a_point_per_day_totals_and_the_recent_rate() {
    let state = PracticeState {
        attempts: vec![
            attempt(Skill::Assumptive, "2026-08-01T10:00", true),
            attempt(Skill::Assumptive, "2026-12-01T10:00", false),
            attempt(Skill::Assumptive, "2026-12-01T11:00", true),
            attempt(Skill::Assumptive, "2026-12-01T12:00", true),
            attempt(Skill::WarmUp, "2026-12-02T09:00", false),
            attempt(Skill::Assumptive, "2026-12-03T08:00", true),
            attempt(Skill::Assumptive, "2026-12-09T08:00", true),
        ],
        ..PracticeState::default()
    };
    let report = progress(&state, &course(), day("2026-12-03"));
    assert_eq!(report.total_attempts, 7);
    let assumptive = &report.skills[0];
    assert_eq!(assumptive.skill, Skill::Assumptive);
    assert_eq!((assumptive.attempts, assumptive.passes), (6, 5));
    assert_eq!(assumptive.recent_pass_rate, Some(83));
    assert_eq!(
        assumptive.days,
        [
            DayPoint {
                day: day("2026-12-01"),
                attempts: 3,
                passes: 2,
                pass_rate: 67
            },
            DayPoint {
                day: day("2026-12-03"),
                attempts: 1,
                passes: 1,
                pass_rate: 100
            },
        ],
        "August is outside the chart, and the 9th (a wrong clock) is after today"
    );
    assert_eq!(report.skills[1].recent_pass_rate, Some(0));
    assert_eq!(report.skills[2].recent_pass_rate, None);
    assert_eq!(
        report.skills.iter().map(|s| s.skill).collect::<Vec<_>>(),
        SKILLS.iter().map(|s| s.0).collect::<Vec<_>>()
    );
    let json = serde_json::to_string(&report.skills[0].days[0]).unwrap();
    assert_eq!(
        json,
        r#"{"day":"2026-12-01","attempts":3,"passes":2,"passRate":67}"#
    );
}

#[test]
fn the_recent_rate_reads_only_the_last_attempts() {
    let mut attempts: Vec<Attempt> = (0..30)
        .map(|n| {
            attempt(
                Skill::WhatNow,
                &format!("2026-11-{:02}T10:00", n % 28 + 1),
                n < 10,
            )
        })
        .collect();
    attempts.sort_by_key(|a| a.at);
    let state = PracticeState {
        attempts,
        ..PracticeState::default()
    };
    let report = progress(&state, &[], day("2026-12-03"));
    assert_eq!(report.skills[2].passes, 10);
    let recent_passes = state
        .attempts
        .iter()
        .rev()
        .take(RECENT_ATTEMPTS)
        .filter(|a| a.pass)
        .count();
    assert_eq!(
        report.skills[2].recent_pass_rate,
        Some((recent_passes * 100 / RECENT_ATTEMPTS) as u8)
    );
}

#[test]
fn the_streak_counts_days_back_from_today_or_yesterday() {
    let on = |days: &[&str]| PracticeState {
        attempts: days
            .iter()
            .map(|d| attempt(Skill::Assumptive, &format!("{d}T20:00"), true))
            .collect(),
        ..PracticeState::default()
    };
    let today = day("2026-12-03");
    let streak = |days: &[&str]| {
        let report = progress(&on(days), &[], today);
        (report.streak_days, report.practised_today)
    };
    assert_eq!(streak(&[]), (0, false));
    assert_eq!(
        streak(&["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-03"]),
        (3, true)
    );
    assert_eq!(
        streak(&["2026-12-01", "2026-12-02"]),
        (2, false),
        "today is not over yet"
    );
    assert_eq!(
        streak(&["2026-11-30", "2026-12-01"]),
        (0, false),
        "a whole day without practice ends it"
    );
    assert_eq!(
        streak(&["2026-11-28", "2026-11-30", "2026-12-01", "2026-12-02"]),
        (3, false)
    );
    assert_eq!(
        streak(&["2026-12-03", "2026-12-04"]),
        (1, true),
        "a future day does not count"
    );
    assert_eq!(
        streak(&["2026-12-02", "2026-11-30", "2026-12-03", "2026-12-01"]),
        (4, true),
        "order of recording does not matter"
    );
}

#[test]
fn the_next_skill_is_the_weakest_unpractised_first_with_recency_breaking_ties() {
    let exercises = course();
    let today = day("2026-12-03");
    let next = |attempts: Vec<Attempt>, exercises: &[Exercise]| {
        progress(
            &PracticeState {
                attempts,
                ..PracticeState::default()
            },
            exercises,
            today,
        )
        .next_skill
    };
    assert_eq!(
        next(vec![], &exercises),
        Skill::Assumptive,
        "course order for a new rep"
    );
    let all_tried = |warm_up_pass: bool| {
        vec![
            attempt(Skill::Assumptive, "2026-12-01T10:00", true),
            attempt(Skill::WarmUp, "2026-12-01T10:00", warm_up_pass),
            attempt(Skill::WhatNow, "2026-12-01T11:00", true),
            attempt(Skill::NextStep, "2026-12-01T09:00", true),
        ]
    };
    assert_eq!(
        next(all_tried(false), &exercises),
        Skill::WarmUp,
        "the lowest rate"
    );
    assert_eq!(
        next(all_tried(true), &exercises),
        Skill::NextStep,
        "a tie goes to the one practised longest ago"
    );
    let mut tried = all_tried(true);
    tried.truncate(3);
    assert_eq!(
        next(tried.clone(), &exercises),
        Skill::NextStep,
        "unpractised before everything"
    );
    let without_next_step: Vec<Exercise> = exercises
        .iter()
        .filter(|e| e.skill != Skill::NextStep)
        .cloned()
        .collect();
    assert_eq!(
        next(tried, &without_next_step),
        Skill::Assumptive,
        "only skills that have exercises"
    );
    assert_eq!(
        next(all_tried(true), &[]),
        Skill::NextStep,
        "with no exercises at all, any skill"
    );
}

// ---------------------------------------------------------------------------------------------
// The stored state

fn some_state() -> PracticeState {
    let exercises = course();
    let mut state = PracticeState::default();
    record(&mut state, &exercises[0], true, 100, at("2026-12-01T10:00"));
    record(
        &mut state,
        &exercises[25],
        false,
        40,
        at("2026-12-02T16:45"),
    );
    state
}

#[test]
fn the_state_is_stored_in_a_small_readable_shape() {
    let json = serde_json::to_string(&some_state()).unwrap();
    assert_eq!(
        json,
        r#"{"cards":[{"id":"en-assumptive-01","box":2,"seen":"2026-12-01T10:00"},{"id":"en-warm-up-06","box":1,"seen":"2026-12-02T16:45"}],"attempts":[{"id":"en-assumptive-01","skill":"assumptive","at":"2026-12-01T10:00","pass":true,"score":100},{"id":"en-warm-up-06","skill":"warm-up","at":"2026-12-02T16:45","pass":false,"score":40}]}"#
    );
    assert_eq!(
        serde_json::from_str::<PracticeState>(&json).unwrap(),
        some_state()
    );
}

#[test]
fn the_state_round_trips_through_the_stores_reader() {
    let json = serde_json::to_string(&some_state()).unwrap();
    assert_eq!(
        warmcall_json::from_str::<PracticeState>(&json).unwrap(),
        some_state()
    );
    // Written by hand or by an older version: missing lists are empty, unknown fields ignored.
    let loaded = warmcall_json::from_str::<PracticeState>(
        r#"{"cards":[{"id":"x","box":3,"seen":"2026-12-01T10:00","extra":1}],"version":2}"#,
    )
    .unwrap();
    assert_eq!((loaded.cards.len(), loaded.attempts.len()), (1, 0));
}

// ---------------------------------------------------------------------------------------------
// Labels

#[test]
fn skills_and_choices_have_labels_in_every_language_and_names_as_serde_writes_them() {
    for &(skill, skill_name) in SKILLS {
        assert_eq!(
            serde_json::to_string(&skill).unwrap(),
            format!("\"{skill_name}\"")
        );
        let labels: HashSet<&str> = Lang::ALL
            .iter()
            .map(|&lang| skill_label(lang, skill))
            .collect();
        assert!(labels.len() >= 4, "{labels:?}");
        for lang in Lang::ALL {
            assert!(skill_instruction(lang, skill).ends_with(['.', '?']));
        }
    }
    assert_eq!(SKILLS.len(), 4);
    let mut seen = HashSet::new();
    for &(choice, choice_name) in CHOICES {
        assert_eq!(
            serde_json::to_string(&choice).unwrap(),
            format!("\"{choice_name}\"")
        );
        for lang in Lang::ALL {
            assert!(
                seen.insert((lang, choice_label(lang, choice))),
                "{lang:?} {choice_name}: labels must differ"
            );
        }
    }
    assert_eq!(CHOICES.len(), 7);
    assert_eq!(
        choice_label(Lang::Sv, Choice::Nurture),
        "Håll kontakten varm",
        "the advisor's own label"
    );
}

// ---------------------------------------------------------------------------------------------
// Properties

/// Text that is often almost an exercise file.
fn near_exercise_json() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("null".to_owned()),
        Just("\"exercises\"".to_owned()),
        Just("\"id\"".to_owned()),
        Just("\"skill\"".to_owned()),
        Just("\"what-now\"".to_owned()),
        Just("\"assumptive\"".to_owned()),
        Just("\"lang\"".to_owned()),
        Just("\"en\"".to_owned()),
        Just("\"prompt\"".to_owned()),
        Just("\"model\"".to_owned()),
        Just("\"situation\"".to_owned()),
        Just("\"lead\"".to_owned()),
        Just("\"now\"".to_owned()),
        Just("\"2026-12-03T09:00\"".to_owned()),
        Just("\"let-go\"".to_owned()),
        Just("\"What did you decide?\"".to_owned()),
        Just("\"\\u00e5\\\"\"".to_owned()),
        "-?[0-9]{1,3}(\\.[0-9])?",
        "\"[a-z \\\\\\x00-\\x1f]{0,4}\"",
    ];
    prop::collection::vec(token, 0..40).prop_map(|tokens| tokens.concat())
}

/// An exercise list with random (often invalid) values in each field.
fn exercise_values() -> impl Strategy<Value = String> {
    let field = prop_oneof![
        Just(json!("en")),
        Just(json!("what-now")),
        Just(json!("warm-up")),
        Just(json!("follow-up-soon")),
        Just(json!("do-not-contact")),
        Just(json!("2026-12-03T09:00")),
        Just(json!("Did you look at it?")),
        Just(json!("What did the board decide?")),
        Just(json!({"doNotContact": "on-register"})),
        Just(json!({"log": [{"at": "2026-12-02T10:00", "reached": true}]})),
        Just(json!(null)),
        Just(json!(3)),
        ".{0,20}".prop_map(Value::String),
    ];
    let names = [
        "id",
        "skill",
        "lang",
        "situation",
        "prompt",
        "model",
        "lead",
        "now",
        "settings",
    ];
    prop::collection::vec(prop::collection::vec((0..names.len(), field), 0..12), 0..6).prop_map(
        move |exercises| {
            Value::Array(
                exercises
                    .into_iter()
                    .map(|fields| {
                        Value::Object(
                            fields
                                .into_iter()
                                .map(|(n, v)| (names[n].to_owned(), v))
                                .collect(),
                        )
                    })
                    .collect(),
            )
            .to_string()
        },
    )
}

fn any_state() -> impl Strategy<Value = PracticeState> {
    let when = (0i64..60 * 24 * 90)
        .prop_map(|minutes| at("2026-10-01T00:00") + chrono::Duration::minutes(minutes));
    let skill = prop::sample::select(SKILLS.iter().map(|s| s.0).collect::<Vec<_>>());
    let card = ("[a-z]{1,3}", any::<u8>(), when.clone()).prop_map(|(id, leitner_box, seen)| Card {
        id,
        leitner_box,
        seen,
    });
    let attempt = ("[a-z]{1,3}", skill, when, any::<bool>(), 0u8..=100).prop_map(
        |(id, skill, at, pass, score)| Attempt {
            id,
            skill,
            at,
            pass,
            score,
        },
    );
    let lang = prop::option::of(prop::sample::select(Lang::ALL.to_vec()));
    (
        prop::collection::vec(card, 0..20),
        prop::collection::vec(attempt, 0..40),
        lang,
        any::<Option<u8>>(),
    )
        .prop_map(|(cards, attempts, lang, session_size)| PracticeState {
            cards,
            attempts,
            lang,
            session_size,
        })
}

fn any_exercises() -> impl Strategy<Value = Vec<Exercise>> {
    let skill = prop::sample::select(SKILLS.iter().map(|s| s.0).collect::<Vec<_>>());
    prop::collection::vec(("[a-z]{1,3}", skill), 0..30).prop_map(|list| {
        list.into_iter()
            .map(|(id, skill)| text_exercise(&id, skill, Lang::En, "p", "m"))
            .collect()
    })
}

proptest! {
    #[test]
    fn reading_never_panics_on_any_text(text in ".{0,200}") {
        let parsed = parse_exercises(&text);
        for problem in &parsed.problems {
            for lang in Lang::ALL {
                prop_assert!(!problem_message(problem, lang).is_empty());
            }
        }
    }

    #[test]
    fn reading_never_panics_on_near_json(text in near_exercise_json()) {
        let parsed = parse_exercises(&text);
        prop_assert!(parsed.exercises.len() <= MAX_EXERCISES);
        let ok_as_json = serde_json::from_str::<serde::de::IgnoredAny>(text.trim_start_matches('\u{feff}')).is_ok();
        prop_assert_eq!(parsed.problems.first().map(|p| p.kind) == Some(ProblemKind::NotJson), !ok_as_json);
    }

    #[test]
    fn every_exercise_read_is_valid_and_every_rejected_one_is_explained(text in exercise_values()) {
        let parsed = parse_exercises(&text);
        let elements = serde_json::from_str::<Vec<Value>>(&text).unwrap().len();
        let explained: HashSet<usize> = parsed.problems.iter().filter_map(|p| p.index).collect();
        prop_assert_eq!(parsed.exercises.len() + explained.len(), elements);
        for exercise in &parsed.exercises {
            prop_assert!(grade(exercise, &text_answer(&exercise.model), exercise.lang).pass);
            prop_assert!(!grade(exercise, &text_answer(&exercise.prompt), Lang::Nl).pass);
            prop_assert_eq!(exercise.skill == Skill::WhatNow, exercise.lead.is_some() && exercise.now.is_some());
        }
    }

    #[test]
    fn grading_never_panics_and_scores_at_most_100(answer in ".{0,300}", skill in 0..4usize, lang in 0..5usize) {
        let mut exercise = text_exercise("x", SKILLS[skill].0, Lang::ALL[lang], "p", "m");
        if exercise.skill == Skill::WhatNow {
            exercise.lead = Some(lead(r#"{"log":[{"at":"2026-12-02T10:00","reached":true}]}"#));
        }
        let graded = grade(&exercise, &text_answer(&answer), Lang::ALL[4 - lang]);
        prop_assert!(graded.score <= 100);
        prop_assert!(!graded.rules.is_empty());
        prop_assert!(!graded.message.is_empty());
    }

    #[test]
    fn a_plan_never_exceeds_its_size_never_repeats_and_never_invents_an_id(
        state in any_state(),
        exercises in any_exercises(),
        size in 0..80usize,
        skill in prop::option::of(0..4usize),
        offset in 0u64..120,
    ) {
        let today = day("2026-10-01") + Days::new(offset);
        let skill = skill.map(|s| SKILLS[s].0);
        let plan = plan_session(&state, &[], &exercises, size, skill, today);
        prop_assert!(plan.len() <= size.clamp(1, 50));
        let unique: HashSet<&String> = plan.iter().collect();
        prop_assert_eq!(unique.len(), plan.len());
        let listed: HashSet<&str> = exercises.iter().filter(|e| skill.is_none_or(|s| e.skill == s)).map(|e| e.id.as_str()).collect();
        prop_assert!(plan.iter().all(|id| listed.contains(id.as_str())));
        prop_assert_eq!(plan.len(), listed.len().min(size.clamp(1, 50)));
        let report = progress(&state, &exercises, today);
        prop_assert!(report.streak_days as usize <= state.attempts.len());
        prop_assert_eq!(report.skills.iter().map(|s| s.attempts).sum::<usize>(), state.attempts.len());
    }

    #[test]
    fn the_state_round_trips(state in any_state()) {
        let json = serde_json::to_string(&state).unwrap();
        prop_assert_eq!(serde_json::from_str::<PracticeState>(&json).unwrap(), state.clone());
        prop_assert_eq!(warmcall_json::from_str::<PracticeState>(&json).unwrap(), state);
    }
}

fn text_answer(answer: &str) -> Answer {
    Answer::Text(answer.to_owned())
}

// ---------------------------------------------------------------------------------------------
// The built-in exercises

const MIN_PER_SKILL: usize = 20;

fn built_in_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/practice");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    assert!(
        !files.is_empty(),
        "no built-in exercises: expected static/practice/<lang>.json in {}",
        dir.display()
    );
    files
}

/// What the grader says about a rejected exercise's model and prompt, read from the file
/// directly: the exercise itself is not in `Parsed`.
fn grader_says(element: &Value) -> String {
    let (Some(skill), Some(lang)) = (
        SKILLS.iter().find(|s| element["skill"] == s.1).map(|s| s.0),
        Lang::ALL.into_iter().find(|l| element["lang"] == l.code()),
    ) else {
        return String::new();
    };
    let mut exercise = text_exercise("", skill, lang, "", "");
    exercise.lead = serde_json::from_value(element["lead"].clone()).ok();
    exercise.now = element["now"].as_str().and_then(parse_iso_local);
    exercise.settings = serde_json::from_value(element["settings"].clone()).ok();
    let verdict = |field: &str| {
        let graded = grade(
            &exercise,
            &text_answer(element[field].as_str().unwrap_or("")),
            Lang::En,
        );
        format!(
            "\n      {field} (pass {}, score {}): {}",
            graded.pass, graded.score, graded.message
        )
    };
    verdict("model") + &verdict("prompt")
}

#[test]
fn every_built_in_exercise_file_is_valid_complete_and_graded_by_its_own_models() {
    let mut failures = Vec::new();
    let mut all_ids = HashSet::new();
    for path in built_in_files() {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let Some(lang) = Lang::ALL
            .into_iter()
            .find(|l| path.file_stem().is_some_and(|s| s == l.code()))
        else {
            failures.push(format!(
                "{file}: not named after a language (en, sv, de, nb, nl)"
            ));
            continue;
        };
        if !text.trim_start().starts_with('[') {
            failures.push(format!("{file}: a built-in file is a JSON array"));
        }
        let parsed = parse_exercises(&text);
        let elements: Vec<Value> = serde_json::from_str(&text).unwrap_or_default();
        for problem in &parsed.problems {
            let mut line = format!("{file}: {}", problem_message(problem, Lang::En));
            if matches!(
                problem.kind,
                ProblemKind::ModelFails | ProblemKind::PromptPasses
            ) {
                line += &grader_says(&elements[problem.index.unwrap()]);
            }
            failures.push(line);
        }
        for &(skill, skill_name) in SKILLS {
            let count = parsed.exercises.iter().filter(|e| e.skill == skill).count();
            if count < MIN_PER_SKILL {
                failures.push(format!(
                    "{file}: {count} valid {skill_name} exercises, at least {MIN_PER_SKILL} needed"
                ));
            }
        }
        for exercise in &parsed.exercises {
            if exercise.lang != lang {
                failures.push(format!("{file}: {} is in {:?}", exercise.id, exercise.lang));
            }
            let prefix = format!("{}-{}-", lang.code(), SKILLS[exercise.skill as usize].1);
            let number = exercise.id.strip_prefix(&prefix).unwrap_or("");
            if number.len() < 2 || !number.bytes().all(|b| b.is_ascii_digit()) {
                failures.push(format!("{file}: id {} is not {prefix}NN", exercise.id));
            }
            if !all_ids.insert(exercise.id.clone()) {
                failures.push(format!(
                    "{file}: id {} is used in another file too",
                    exercise.id
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems in the built-in exercises:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

#[test]
fn there_is_a_built_in_file_for_every_language() {
    let files = built_in_files();
    for lang in Lang::ALL {
        let name = format!("{}.json", lang.code());
        assert!(
            files.iter().any(|path| path.ends_with(&name)),
            "static/practice/{name} is missing"
        );
    }
}

#[test]
fn every_choice_is_the_answer_somewhere_in_each_built_in_language() {
    let mut missing = Vec::new();
    for path in built_in_files() {
        let parsed = parse_exercises(&std::fs::read_to_string(&path).unwrap());
        for &(choice, choice_name) in CHOICES {
            let answered = parsed
                .exercises
                .iter()
                .any(|e| e.skill == Skill::WhatNow && e.model == choice_name);
            if !answered {
                missing.push(format!(
                    "{}: no what-now exercise has {choice_name} ({}) as its answer",
                    path.display(),
                    choice_label(Lang::En, choice)
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
