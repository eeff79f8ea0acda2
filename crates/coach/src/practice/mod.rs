//! Practice (issue #6): short drills on four of the coach's skills, graded by the very analyzers
//! the coach uses elsewhere, and brought back on a Leitner schedule.
//!
//! - [`parse_exercises`] reads a list of exercises (`static/practice/<lang>.json`, or a course
//!   author's own file, in the shape of `docs/practice-exercises.md`) and keeps every valid one;
//!   each [`Problem`] names the exercise and the field, worded by [`problem_message`].
//! - [`grade`] grades a rep's answer with the schema's grader for the skill.
//! - [`record`] and [`plan_session`] keep the rep's [`PracticeState`]: Leitner boxes per
//!   exercise and a capped history of attempts.
//! - [`progress`] reads the history: pass rates per skill and day, the streak, the skill to
//!   practise next.
//!
//! Everything here is pure: the current time is passed in.

mod exercise;
mod grade;
mod leitner;
mod problem;
mod progress;
mod rubric;
mod state;
mod text;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::lead::{option_date_time, Lead};
use super::settings::Settings;
use super::Lang;

pub use exercise::{parse_exercises, Parsed};
pub use grade::{coach_choice, grade, Answer, Grade, OPENER_PASS_SCORE};
pub use leitner::{
    plan_session, record, BOX_INTERVAL_DAYS, DEFAULT_SESSION_SIZE, SESSION_SIZE_RANGE,
};
pub use problem::{
    Problem, ProblemKind, MAX_EXERCISES, MAX_ID_CHARS, MAX_PHRASE_CHARS, MAX_RUBRIC_GROUPS,
    MAX_RUBRIC_PHRASES, MAX_TEXT_CHARS,
};
pub use progress::{progress, DayPoint, Progress, SkillProgress, CHART_DAYS, RECENT_ATTEMPTS};
pub use rubric::{Item, Missing, ITEMS};
pub use state::{Attempt, Card, PracticeState, MAX_ATTEMPTS, MAX_CARDS, PRACTICE_KEY};
pub use text::{
    card_facts, choice_label, problem_message, skill_instruction, skill_label,
    without_rubric_message,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Skill {
    /// F2, F3: rewrite a closed or recap question so that it assumes the promise was kept.
    Assumptive,
    /// W2–W4: rewrite a talking ad or a permission question into a warm opener.
    WarmUp,
    /// T, L, S: pick what to do next with a lead.
    WhatNow,
    /// F4: rewrite a vague close into a day, a time and a question.
    NextStep,
}

/// Every skill with its JSON name, in course order (also the order ties are broken in).
pub const SKILLS: &[(Skill, &str)] = &[
    (Skill::Assumptive, "assumptive"),
    (Skill::WarmUp, "warm-up"),
    (Skill::WhatNow, "what-now"),
    (Skill::NextStep, "next-step"),
];

impl Skill {
    /// The position in [`SKILLS`], which breaks ties between equally strong skills.
    fn index(self) -> usize {
        self as usize
    }
}

/// The answers to a what-now exercise: the advisor's action, with a follow-up split by how soon
/// it is due (see [`coach_choice`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Choice {
    FollowUpSoon,
    FollowUpWeek,
    FollowUpLater,
    Nurture,
    FindDecisionMaker,
    LetGo,
    DoNotContact,
}

/// Every choice with its JSON name, in the order a picker offers them.
pub const CHOICES: &[(Choice, &str)] = &[
    (Choice::FollowUpSoon, "follow-up-soon"),
    (Choice::FollowUpWeek, "follow-up-week"),
    (Choice::FollowUpLater, "follow-up-later"),
    (Choice::Nurture, "nurture"),
    (Choice::FindDecisionMaker, "find-decision-maker"),
    (Choice::LetGo, "let-go"),
    (Choice::DoNotContact, "do-not-contact"),
];

/// One exercise, in the JSON shape of `docs/practice-exercises.md`. `lead`, `now` and `settings`
/// belong to what-now exercises only: [`parse_exercises`] requires `lead` and `now` there and
/// leaves all three out elsewhere.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Exercise {
    pub id: String,
    pub skill: Skill,
    /// The language of the texts, which is also the language the graders read the answer in.
    pub lang: Lang,
    pub situation: String,
    /// The bad version for the rep to rewrite; for what-now the tempting wrong choice's name.
    pub prompt: String,
    /// The model answer; for what-now the coach's choice's name.
    pub model: String,
    /// The facts an answer must carry: groups of phrases, any one of a group counts (see the
    /// `rubric` module); empty when the exercise has none, and always for what-now, which the
    /// advisor grades.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rubric: Vec<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead: Option<Lead>,
    #[serde(with = "option_date_time", skip_serializing_if = "Option::is_none")]
    pub now: Option<NaiveDateTime>,
    /// The settings the advisor applies to this lead: the exercise's, never the rep's, so that
    /// the right answer is the same for every rep.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Settings>,
}
