//! Feeds arbitrary text to Practice (issue #6) and checks what each part promises:
//!
//! - `parse_exercises` on the whole input: no panic, at most `MAX_EXERCISES` kept, every kept
//!   exercise passes its grader with its model and fails it with its prompt, whatever the
//!   interface language; every problem has a message in every language;
//! - `grade` with the input as the answer to an exercise of every skill in every language: a
//!   score of at most 100 that agrees with the verdict, and a message;
//! - a what-now exercise with the input read as the lead (JSON): exactly one choice passes;
//! - the input read as a stored `PracticeState`: a session plan within its size, of listed
//!   exercises only, without repeats; and progress without a panic.
//!
//! Run as `analyze_question` is (see `fuzz/README.md`), with the target name `practice`.

#![no_main]

use chrono::{Days, NaiveDate, NaiveDateTime};
use libfuzzer_sys::fuzz_target;
use warmcall_coach::lead::Lead;
use warmcall_coach::practice::{
    grade, parse_exercises, plan_session, problem_message, progress, Answer, Exercise,
    PracticeState, Skill, CHOICES, MAX_EXERCISES, OPENER_PASS_SCORE, SKILLS,
};
use warmcall_coach::schedule::parse_iso_local;
use warmcall_coach::Lang;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check_parse(text);
    check_grade(text);
    check_what_now(text);
    check_plan(text);
});

fn now() -> NaiveDateTime {
    parse_iso_local("2026-12-03T09:00").unwrap()
}

fn exercise(skill: Skill, lang: Lang) -> Exercise {
    Exercise {
        id: format!("{}-{:?}", lang.code(), skill),
        skill,
        lang,
        situation: "s".into(),
        prompt: "p".into(),
        model: "m".into(),
        lead: None,
        now: None,
        settings: None,
        rubric: Default::default(),
    }
}

fn check_parse(text: &str) {
    let parsed = parse_exercises(text);
    assert!(parsed.exercises.len() <= MAX_EXERCISES);
    for exercise in &parsed.exercises {
        for (answer, pass) in [(&exercise.model, true), (&exercise.prompt, false)] {
            let graded = grade(exercise, &Answer::Text(answer.clone()), Lang::Sv);
            assert_eq!(graded.pass, pass, "{exercise:?}");
        }
        assert_eq!(
            exercise.skill == Skill::WhatNow,
            exercise.lead.is_some() && exercise.now.is_some()
        );
    }
    for problem in &parsed.problems {
        for lang in Lang::ALL {
            assert!(!problem_message(problem, lang).is_empty());
        }
    }
}

fn check_grade(text: &str) {
    for &(skill, _) in SKILLS.iter().filter(|(skill, _)| *skill != Skill::WhatNow) {
        for lang in Lang::ALL {
            let graded = grade(
                &exercise(skill, lang),
                &Answer::Text(text.to_owned()),
                Lang::En,
            );
            assert!(graded.score <= 100);
            assert!(!graded.message.is_empty() && !graded.rules.is_empty());
            match skill {
                Skill::WarmUp => assert_eq!(graded.pass, graded.score >= OPENER_PASS_SCORE),
                _ => assert_eq!(graded.pass, graded.score == 100),
            }
        }
    }
}

fn check_what_now(text: &str) {
    let Ok(lead) = serde_json::from_str::<Lead>(text) else {
        return;
    };
    let what_now = Exercise {
        lead: Some(lead),
        now: Some(now()),
        ..exercise(Skill::WhatNow, Lang::Nb)
    };
    let passing = CHOICES
        .iter()
        .filter(|&&(choice, _)| grade(&what_now, &Answer::Choice(choice), Lang::De).pass)
        .count();
    assert_eq!(passing, 1);
}

fn check_plan(text: &str) {
    let Ok(state) = serde_json::from_str::<PracticeState>(text) else {
        return;
    };
    let exercises: Vec<Exercise> = SKILLS
        .iter()
        .flat_map(|&(skill, _)| Lang::ALL.map(|lang| exercise(skill, lang)))
        .collect();
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    for (size, skill) in [(0, None), (7, Some(Skill::NextStep)), (100, None)] {
        let plan = plan_session(&state, &exercises, &[], size, skill, today);
        assert!(plan.len() <= size.clamp(1, 50));
        for (i, id) in plan.iter().enumerate() {
            assert!(exercises.iter().any(|e| &e.id == id));
            assert!(!plan[..i].contains(id));
        }
    }
    for day in [
        today,
        NaiveDate::MIN,
        NaiveDate::MAX,
        today + Days::new(10_000),
    ] {
        let _ = progress(&state, &exercises, day);
    }
}
