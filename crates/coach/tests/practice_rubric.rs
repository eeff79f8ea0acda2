#![cfg(not(target_arch = "wasm32"))]
//! Practice grades what the rep says (issue #16): content rubrics matched with each language's
//! folding and stemming, generic answers failing every built-in exercise that requires content,
//! rubric problems named for course authors, sessions that put a course's exercises first and
//! mix the skills, and what-now cards that do not give the answer away.

use std::collections::HashSet;
use std::path::Path;

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::{json, Value};
use warmcall_coach::advice_text::{action_label, do_not_contact_label};
use warmcall_coach::advisor::Action;
use warmcall_coach::practice::*;
use warmcall_coach::text::lowercase;
use warmcall_coach::Lang;

fn built_in(lang: Lang) -> Vec<Exercise> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../static/practice")
        .join(format!("{}.json", lang.code()));
    let parsed = parse_exercises(&std::fs::read_to_string(&path).expect("built-in file"));
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    parsed.exercises
}

fn find(exercises: &[Exercise], id: &str) -> Exercise {
    exercises
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("{id}"))
        .clone()
}

fn graded(exercise: &Exercise, answer: &str) -> Grade {
    grade(exercise, &Answer::Text(answer.to_owned()), exercise.lang)
}

/// Answers of the right shape that name nothing of any situation, per language and skill.
fn generic_answers(lang: Lang, skill: Skill) -> &'static [&'static str] {
    match (lang, skill) {
        (Lang::En, Skill::Assumptive) => &[
            "What did you conclude?",
            "What did they say?",
            "What did you decide?",
            "How did it go when you looked at it?",
        ],
        (Lang::Sv, Skill::Assumptive) => &["Vad kom ni fram till?", "Vad sa de?", "Vad bestämde ni?"],
        (Lang::De, Skill::Assumptive) => &[
            "Was haben Sie entschieden?",
            "Was ist dabei herausgekommen?",
            "Was haben die anderen gesagt?",
        ],
        (Lang::Nb, Skill::Assumptive) => &["Hva kom dere fram til?", "Hva sa de?", "Hva bestemte dere?"],
        (Lang::Nl, Skill::Assumptive) => &["Wat hebben jullie besloten?", "Wat zeiden ze?", "Wat is eruit gekomen?"],
        (Lang::En, Skill::WarmUp) => &[
            "Hi, I read about your new warehouse in Malmö. How are you planning the staffing there?",
        ],
        (Lang::Sv, Skill::WarmUp) => &[
            "Hej, jag läste om ert nya lager i Malmö. Hur tänker ni kring bemanningen där?",
        ],
        (Lang::De, Skill::WarmUp) => &[
            "Guten Tag, ich habe von Ihrem neuen Lager in Malmö gelesen. Wie planen Sie dort das Personal?",
        ],
        (Lang::Nb, Skill::WarmUp) => &[
            "Hei, jeg leste om det nye lageret deres i Malmö. Hvordan tenker dere rundt bemanningen der?",
        ],
        (Lang::Nl, Skill::WarmUp) => &[
            "Goedendag, ik las over uw nieuwe magazijn in Malmö. Hoe pakt u de bemanning daar aan?",
        ],
        (Lang::En, Skill::NextStep) => &["I'll call you Friday at 10, does that work?"],
        (Lang::Sv, Skill::NextStep) => &["Jag ringer dig på fredag kl. 10, passar det?"],
        (Lang::De, Skill::NextStep) => &["Ich rufe Sie am Freitag um 10 Uhr an, passt Ihnen das?"],
        (Lang::Nb, Skill::NextStep) => &["Jeg ringer deg fredag klokka 10, passer det?"],
        (Lang::Nl, Skill::NextStep) => &["Ik bel u vrijdag om 10 uur, komt dat uit?"],
        (_, Skill::WhatNow) => &[],
    }
}

#[test]
fn generic_answers_fail_every_exercise_that_requires_content_and_the_form_alone_would_pass_them() {
    let mut passed = Vec::new();
    let mut shaped_right = 0;
    for lang in Lang::ALL {
        for exercise in built_in(lang) {
            for answer in generic_answers(lang, exercise.skill) {
                let grade = graded(&exercise, answer);
                if grade.pass {
                    passed.push(format!("{}: {answer}", exercise.id));
                    continue;
                }
                assert!(
                    !grade.missing.is_empty(),
                    "{}: {answer}: {}",
                    exercise.id,
                    grade.message
                );
                let by_form = Exercise {
                    rubric: Vec::new(),
                    ..exercise.clone()
                };
                shaped_right += usize::from(graded(&by_form, answer).pass);
            }
        }
    }
    assert!(
        passed.is_empty(),
        "generic answers passed:\n{}",
        passed.join("\n")
    );
    // The test could not fail if the generic answers failed for their form: most must be
    // answers the analyzers alone would pass.
    assert!(
        shaped_right > 500,
        "only {shaped_right} generic answers pass by form"
    );
}

#[test]
fn every_built_in_text_exercise_has_a_rubric_its_model_carries_and_its_prompt_fails() {
    for lang in Lang::ALL {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("../../static/practice/{}.json", lang.code()));
        let parsed = parse_exercises(&std::fs::read_to_string(path).unwrap());
        assert_eq!(parsed.without_rubric, Vec::<String>::new(), "{lang:?}");
        for exercise in &parsed.exercises {
            if exercise.skill == Skill::WhatNow {
                assert!(exercise.rubric.is_empty());
                continue;
            }
            assert!(!exercise.rubric.is_empty(), "{}", exercise.id);
            let model = graded(exercise, &exercise.model);
            assert!(model.pass && model.missing.is_empty(), "{}", exercise.id);
            assert_eq!(model.score, 100, "{}", exercise.id);
            assert!(!graded(exercise, &exercise.prompt).pass, "{}", exercise.id);
        }
    }
}

#[test]
fn an_assumptive_question_that_names_no_thread_fails_and_says_what_is_missing() {
    let exercise = find(&built_in(Lang::En), "en-assumptive-03");
    let generic = graded(&exercise, "What did you conclude?");
    assert!(!generic.pass);
    assert_eq!(generic.score, 50, "assumptive form, no thread");
    assert_eq!(generic.missing.len(), 1);
    assert_eq!(generic.missing[0].item, Item::Thread);
    assert_eq!(generic.rules[0], "F2", "Why? explains the thread first");
    assert!(
        generic.message.contains("Name the thread"),
        "{}",
        generic.message
    );
    assert!(
        generic.message.contains("“practice managers”"),
        "{}",
        generic.message
    );
    // Inflected forms of the situation's words count.
    let named = graded(
        &exercise,
        "Priya, you were asking your practice manager's team about the no-show slots. What did they tell you?",
    );
    assert!(named.pass, "{}", named.message);
    assert!(named.missing.is_empty());
    // In the interface language, quoting the exercise's words.
    let swedish = grade(
        &exercise,
        &Answer::Text("What did they say?".into()),
        Lang::Sv,
    );
    assert!(
        swedish.message.contains("Nämn tråden"),
        "{}",
        swedish.message
    );
}

#[test]
fn a_canned_opener_fails_scenarios_it_is_not_about() {
    let exercises = built_in(Lang::En);
    let canned = "Hi, I read about your new warehouse, congratulations. How are you planning the staffing there?";
    for id in ["en-warm-up-01", "en-warm-up-02"] {
        let exercise = find(&exercises, id);
        let grade = graded(&exercise, canned);
        assert!(!grade.pass, "{id}");
        assert_eq!(grade.missing[0].item, Item::Hook);
        assert_eq!(grade.rules[0], "W2");
        assert!(grade.score < OPENER_PASS_SCORE, "{id}: {}", grade.score);
    }
    let naas = find(&exercises, "en-warm-up-01");
    let about_them = "Hi Niamh, I read that Tara Foods is opening a plant in Naas. How are you planning the hiring?";
    assert!(graded(&naas, about_them).pass);
}

#[test]
fn a_next_step_without_its_purpose_names_it_among_the_missing_parts() {
    let exercise = find(&built_in(Lang::De), "de-next-step-17");
    let grade = graded(
        &exercise,
        "Ich rufe Sie am Donnerstag um 16 Uhr an. Wie passt Ihnen das?",
    );
    assert!(!grade.pass);
    let items: Vec<Item> = grade.missing.iter().map(|m| m.item).collect();
    assert_eq!(items, [Item::Purpose]);
    assert_eq!(grade.score, 75, "three parts of four");
    assert!(
        grade.message.contains("worum es im Gespräch gehen soll"),
        "{}",
        grade.message
    );
    let vague = graded(&exercise, "Ich melde mich.");
    let items: Vec<Item> = vague.missing.iter().map(|m| m.item).collect();
    assert_eq!(
        items,
        [Item::Day, Item::Time, Item::Question, Item::Purpose]
    );
    assert_eq!(vague.score, 0);
}

fn course_json(rubric: Value) -> String {
    json!([{
        "id": "c-1", "skill": "assumptive", "lang": "en",
        "situation": "Tom promised to show the stock report to his store managers.",
        "prompt": "Did you show the report?",
        "model": "Tom, you were showing the stock report to your store managers. What did they ask?",
        "rubric": rubric,
    }])
    .to_string()
}

#[test]
fn rubric_problems_name_the_group_and_a_missing_rubric_is_listed_once() {
    let ok = parse_exercises(&course_json(json!([
        ["stock report", "report"],
        ["store managers"]
    ])));
    assert_eq!((ok.exercises.len(), ok.problems.len()), (1, 0));
    assert!(ok.without_rubric.is_empty());

    let kinds = |rubric: Value| -> Vec<(Option<&'static str>, ProblemKind)> {
        parse_exercises(&course_json(rubric))
            .problems
            .iter()
            .map(|p| (p.field, p.kind))
            .collect()
    };
    assert_eq!(
        kinds(json!([["report"], ["invoice", "bill"]])),
        [(Some("rubric"), ProblemKind::ModelMissesRubric { group: 1 })]
    );
    assert_eq!(
        kinds(json!([["report"], []])),
        [(Some("rubric"), ProblemKind::EmptyRubricGroup { group: 1 })]
    );
    assert_eq!(
        kinds(json!([["  ", "report"]])),
        [(Some("rubric"), ProblemKind::EmptyRubricGroup { group: 0 })]
    );
    assert_eq!(
        kinds(json!("report")),
        [(Some("rubric"), ProblemKind::Unreadable)]
    );
    assert_eq!(
        kinds(json!([["x".repeat(81)]])),
        [(Some("rubric"), ProblemKind::RubricTooLarge)]
    );
    let many: Vec<Value> = (0..7).map(|_| json!(["report"])).collect();
    assert_eq!(
        kinds(Value::Array(many)),
        [(Some("rubric"), ProblemKind::RubricTooLarge)]
    );

    let none = parse_exercises(&course_json(Value::Null));
    assert_eq!(none.exercises.len(), 1, "graded by its form, as before");
    assert_eq!(none.without_rubric, ["c-1"]);
    for lang in Lang::ALL {
        let message = without_rubric_message(lang, &none.without_rubric);
        assert!(
            message.contains("c-1") && message.contains("rubric"),
            "{message}"
        );
    }
    let problem = &parse_exercises(&course_json(json!([["invoice"]]))).problems[0];
    let message = problem_message(problem, Lang::En);
    assert!(
        message.contains("c-1") && message.contains("group 1"),
        "{message}"
    );
    for lang in Lang::ALL {
        assert!(problem_message(problem, lang).contains('1'));
    }
}

fn exercise(id: &str, skill: Skill) -> Exercise {
    Exercise {
        id: id.into(),
        skill,
        lang: Lang::En,
        situation: "s".into(),
        prompt: "p".into(),
        model: "m".into(),
        lead: None,
        now: None,
        settings: None,
        rubric: Vec::new(),
    }
}

#[test]
fn a_first_session_mixes_the_skills_and_a_courses_exercises_come_first() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let built: Vec<Exercise> = SKILLS
        .iter()
        .flat_map(|&(skill, name)| (1..=5).map(move |n| exercise(&format!("{name}-{n}"), skill)))
        .collect();
    let state = PracticeState::default();
    let plan = plan_session(&state, &[], &built, 8, None, today);
    let skills: HashSet<&str> = plan
        .iter()
        .map(|id| id.split('-').next().unwrap())
        .collect();
    assert_eq!(skills.len(), 4, "a first session has every skill: {plan:?}");
    assert_eq!(
        &plan[..4],
        ["assumptive-1", "warm-up-1", "what-now-1", "next-step-1"]
    );

    let course = vec![
        exercise("lesson-1", Skill::NextStep),
        exercise("lesson-2", Skill::Assumptive),
    ];
    let plan = plan_session(&state, &course, &built, 10, None, today);
    assert_eq!(&plan[..2], ["lesson-1", "lesson-2"], "{plan:?}");
    // Restricted to the course's own: only those.
    assert_eq!(
        plan_session(&state, &course, &[], 10, None, today),
        ["lesson-1", "lesson-2"]
    );
    // A lesson passed today rests behind the built-in drills that are new, but before those
    // already done.
    let mut state = PracticeState::default();
    let at = today.and_hms_opt(9, 0, 0).unwrap();
    record(&mut state, &course[0], true, 100, at);
    record(&mut state, &built[0], true, 100, at);
    let plan = plan_session(&state, &course, &built, 50, None, today);
    assert_eq!(plan[0], "lesson-2");
    let lesson = plan.iter().position(|id| id == "lesson-1").unwrap();
    let done = plan.iter().position(|id| id == "assumptive-1").unwrap();
    assert_eq!((lesson, done), (plan.len() - 2, plan.len() - 1), "{plan:?}");
}

#[test]
fn no_what_now_card_names_its_answer() {
    let mut named = Vec::new();
    for lang in Lang::ALL {
        for exercise in built_in(lang).iter().filter(|e| e.skill == Skill::WhatNow) {
            let lead = exercise.lead.as_ref().unwrap();
            let card = lowercase(&format!(
                "{} {} {} {}",
                exercise.situation,
                lead.notes,
                card_facts(lead, lang).join(" "),
                lead.log
                    .iter()
                    .map(|c| c.discussed.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
            let choice = CHOICES.iter().find(|c| c.1 == exercise.model).unwrap().0;
            let mut giveaways = vec![choice_label(lang, choice).to_owned()];
            if choice == Choice::DoNotContact {
                giveaways.push(action_label(lang, Action::DoNotContact).to_owned());
            }
            for giveaway in giveaways {
                if card.contains(&lowercase(&giveaway)) {
                    named.push(format!("{}: “{giveaway}”", exercise.id));
                }
            }
            // The flag's own label is the card's to leave out; the situation tells the fact.
            if let Some(why) = lead.do_not_contact {
                let label = do_not_contact_label(lang, why);
                assert!(!card_facts(lead, lang).contains(&label), "{}", exercise.id);
            }
        }
    }
    assert!(
        named.is_empty(),
        "cards that name the answer:\n{}",
        named.join("\n")
    );
}

fn any_rubric() -> impl Strategy<Value = Vec<Vec<String>>> {
    prop::collection::vec(prop::collection::vec(".{0,20}", 0..4), 0..4)
}

proptest! {
    #[test]
    fn grading_any_text_against_any_rubric_never_panics(
        answer in ".{0,300}",
        rubric in any_rubric(),
        skill in 0..4usize,
        lang in 0..5usize,
    ) {
        let mut exercise = exercise("x", SKILLS[skill].0);
        exercise.lang = Lang::ALL[lang];
        exercise.rubric = rubric;
        let grade = grade(&exercise, &Answer::Text(answer), Lang::ALL[4 - lang]);
        prop_assert!(grade.score <= 100);
        prop_assert!(!grade.message.is_empty());
        prop_assert_eq!(grade.pass, grade.missing.is_empty() && grade.pass);
        if exercise.skill != Skill::WhatNow {
            let content = grade.missing.iter().filter(|m| !m.phrases.is_empty()).count();
            prop_assert!(content <= exercise.rubric.len());
        }
    }

    #[test]
    fn an_answer_that_is_one_of_the_phrases_carries_its_group(
        phrase in "[a-zA-ZåäöüøæßéÅÄÖÜØÆ -]{1,30}",
        lang in 0..5usize,
    ) {
        let lang = Lang::ALL[lang];
        let mut exercise = exercise("x", Skill::Assumptive);
        exercise.lang = lang;
        exercise.rubric = vec![vec![phrase.clone()]];
        let grade = grade(&exercise, &Answer::Text(format!("What did {phrase} bring?")), lang);
        let has_word = phrase.chars().any(char::is_alphanumeric);
        prop_assert_eq!(grade.missing.is_empty(), has_word);
    }
}

#[test]
fn practice_results_export_as_formula_safe_csv() {
    let mut state = PracticeState::default();
    let at = NaiveDate::from_ymd_opt(2026, 12, 3)
        .unwrap()
        .and_hms_opt(9, 5, 0)
        .unwrap();
    record(
        &mut state,
        &exercise("en-assumptive-03", Skill::Assumptive),
        false,
        50,
        at,
    );
    record(
        &mut state,
        &exercise("=HYPERLINK(\"x\")", Skill::NextStep),
        true,
        100,
        at,
    );
    let csv = warmcall_coach::export::practice_results_csv(&state.attempts);
    assert_eq!(
        csv,
        "\u{feff}Answered,Exercise,Skill,Passed,Score\r\n\
         2026-12-03T09:05,en-assumptive-03,assumptive,no,50\r\n\
         2026-12-03T09:05,\"'=HYPERLINK(\"\"x\"\")\",next-step,yes,100\r\n"
    );
}
