//! Grading an answer with the schema's grader for the skill: the same analyzers the coach uses
//! elsewhere, so practice never teaches what the coach would then flag, and the exercise's
//! rubric (see [`super::rubric`]), so that an answer of the right shape that names nothing of
//! the situation does not pass.
//!
//! | skill        | pass                                                   | parts of the score |
//! |--------------|--------------------------------------------------------|--------------------|
//! | `assumptive` | the question analyzer reads `Assumptive`, and the thread is named | the question: 100, 50 for an open question, else 0 |
//! | `warm-up`    | the opener score is at least [`OPENER_PASS_SCORE`], and the hook names something from the situation | the opener score |
//! | `next-step`  | F4's check finds a day, an exact time and a question, and the call's purpose is named | 100 or 0 for each of the three |
//! | `what-now`   | the choice is [`coach_choice`] of the advice            | 100 or 0 (no rubric) |
//!
//! The score is the mean of the parts and of each rubric group (100 when named, 0 when not),
//! rounded, so an exercise without a rubric scores as the analyzer says.
//!
//! An answer of the wrong form (a choice for a text skill) is graded as an empty text; a text for
//! what-now is read as a choice's name.

use chrono::{NaiveDateTime, TimeDelta};

use super::rubric::{missing_groups, Item, Missing};
use super::text::{
    choice_label, missing_message, next_step_message, warm_opener_message, what_now_verdict,
};
use super::{Choice, Exercise, Skill, CHOICES};
use crate::advice_text::by_name;
use crate::advisor::{advise, Action, Advice};
use crate::followup::check_next_step;
use crate::lead::Lead;
use crate::opener::analyze_opener;
use crate::question::{analyze_question, QuestionKind};
use crate::schedule::without_repeats;
use crate::settings::Settings;
use crate::Lang;

/// The schema's pass mark for an opener: a warm opener with a slip or two stays above it.
pub const OPENER_PASS_SCORE: u8 = 80;

/// Up to this many days from `now` (overdue included) a follow-up is `follow-up-soon` (T1, T2).
const SOON_DAYS: i64 = 2;
/// Up to this many days it is `follow-up-week`: a week, and the weekend around it.
const WEEK_DAYS: i64 = 8;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Text(String),
    Choice(Choice),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grade {
    pub pass: bool,
    /// 0..=100, see the module documentation.
    pub score: u8,
    /// The rules behind the verdict, for the "why?" links: those the answer breaks when the
    /// analyzer names any, else those the skill trains; for what-now the advice's rules and the
    /// mistakes and signals its log shows.
    pub rules: Vec<&'static str>,
    /// The verdict explained, in the interface language.
    pub message: String,
    /// The model answer: the exercise's text, or for what-now the coach's choice.
    pub model: Answer,
    /// What-now only: the advice behind the coach's choice, whose reasons the interface words
    /// with [`crate::advice_text::reason_text`].
    pub advice: Option<Advice>,
    /// The rubric items the answer lacks, in rubric order; next-step's day, time and question
    /// first. Empty on a pass.
    pub missing: Vec<Missing>,
}

/// The kind of item a skill's rubric groups are; `None` for what-now, which has no rubric.
fn content_item(skill: Skill) -> Option<Item> {
    match skill {
        Skill::Assumptive => Some(Item::Thread),
        Skill::WarmUp => Some(Item::Hook),
        Skill::NextStep => Some(Item::Purpose),
        Skill::WhatNow => None,
    }
}

/// The rubric groups `text` lacks, as items of the skill's kind.
fn missing_content(exercise: &Exercise, text: &str) -> Vec<Missing> {
    let Some(item) = content_item(exercise.skill) else {
        return Vec::new();
    };
    missing_groups(&exercise.rubric, text, exercise.lang)
        .into_iter()
        .map(|group| Missing {
            item,
            phrases: exercise.rubric[group].clone(),
        })
        .collect()
}

/// The mean of the analyzer's parts and the rubric's groups (100 when named), rounded.
fn mean_score(parts: &[u8], rubric_groups: usize, missing: usize) -> u8 {
    let named = rubric_groups.saturating_sub(missing);
    let count = parts.len() + rubric_groups;
    let sum = parts.iter().map(|&part| usize::from(part)).sum::<usize>() + 100 * named;
    // At most 100, so the cast cannot truncate.
    ((sum + count / 2) / count.max(1)) as u8
}

/// `rules` with `first` in front (once): the rule a missing item breaks leads the "Why?".
fn leading(first: &'static str, rules: Vec<&'static str>) -> Vec<&'static str> {
    without_repeats(std::iter::once(first).chain(rules).collect())
}

/// Grades `answer` to `exercise`. A what-now lead is advised with the exercise's settings
/// (default settings when it has none), not the rep's, so the right answer is the same for
/// everyone. An exercise that did not come from [`super::parse_exercises`] and lacks its lead or
/// `now` is graded with an empty lead at the start of the calendar rather than refused.
pub fn grade(exercise: &Exercise, answer: &Answer, ui_lang: Lang) -> Grade {
    let lang = exercise.lang;
    let text = match answer {
        Answer::Text(text) => text.as_str(),
        Answer::Choice(_) => "",
    };
    let model = Answer::Text(exercise.model.clone());
    match exercise.skill {
        Skill::Assumptive => {
            let analysis = analyze_question(text, Some(lang), ui_lang);
            let kind_score = match analysis.kind {
                QuestionKind::Assumptive => 100,
                QuestionKind::Open => 50,
                _ => 0,
            };
            let missing = missing_content(exercise, text);
            let rules = or_trained(analysis.rules, &["F2", "F3"]);
            Grade {
                pass: analysis.kind == QuestionKind::Assumptive && missing.is_empty(),
                score: mean_score(&[kind_score], exercise.rubric.len(), missing.len()),
                rules: if missing.is_empty() {
                    rules
                } else {
                    leading("F2", rules)
                },
                message: with_missing(analysis.message, &missing, ui_lang),
                model,
                advice: None,
                missing,
            }
        }
        Skill::WarmUp => {
            let analysis = analyze_opener(text, Some(lang), ui_lang);
            let missing = missing_content(exercise, text);
            let pass = analysis.score >= OPENER_PASS_SCORE && missing.is_empty();
            let rules = analysis
                .findings
                .iter()
                .map(|finding| finding.rule)
                .collect();
            let messages: Vec<&str> = analysis
                .findings
                .iter()
                .map(|finding| finding.message.as_str())
                .collect();
            let rules = or_trained(without_repeats(rules), &["W2", "W3", "W4"]);
            let message = match (messages.is_empty(), missing.is_empty()) {
                (true, true) => warm_opener_message(ui_lang).to_owned(),
                // Praise for the opener's form would read as a pass.
                (true, false) => String::new(),
                (false, _) => messages.join(" "),
            };
            Grade {
                pass,
                score: mean_score(&[analysis.score], exercise.rubric.len(), missing.len()),
                rules: if missing.is_empty() {
                    rules
                } else {
                    leading("W2", rules)
                },
                message: with_missing(message, &missing, ui_lang),
                model,
                advice: None,
                missing,
            }
        }
        Skill::NextStep => {
            let check = check_next_step(text, Some(lang));
            let parts = [
                (check.names_day, Item::Day),
                (check.names_time, Item::Time),
                (check.asks, Item::Question),
            ];
            let mut missing: Vec<Missing> = parts
                .iter()
                .filter(|(present, _)| !present)
                .map(|&(_, item)| Missing {
                    item,
                    phrases: Vec::new(),
                })
                .collect();
            let content = missing_content(exercise, text);
            let scores = parts.map(|(present, _)| if present { 100 } else { 0 });
            let score = mean_score(&scores, exercise.rubric.len(), content.len());
            missing.extend(content);
            Grade {
                pass: missing.is_empty(),
                score,
                rules: vec!["F4"],
                message: next_step_message(ui_lang, &missing),
                model,
                advice: None,
                missing,
            }
        }
        Skill::WhatNow => grade_what_now(exercise, answer, ui_lang),
    }
}

/// The analyzer's message, then a sentence per missing content item.
fn with_missing(message: String, missing: &[Missing], ui_lang: Lang) -> String {
    let mut sentences = vec![message];
    sentences.extend(missing.iter().map(|item| missing_message(ui_lang, item)));
    sentences.retain(|sentence| !sentence.is_empty());
    sentences.join(" ")
}

fn or_trained(broken: Vec<&'static str>, trained: &[&'static str]) -> Vec<&'static str> {
    if broken.is_empty() {
        trained.to_vec()
    } else {
        broken
    }
}

fn grade_what_now(exercise: &Exercise, answer: &Answer, ui_lang: Lang) -> Grade {
    let (no_lead, default_settings) = (Lead::default(), Settings::default());
    let lead = exercise.lead.as_ref().unwrap_or(&no_lead);
    let settings = exercise.settings.as_ref().unwrap_or(&default_settings);
    let now = exercise.now.unwrap_or_default();
    let advice = advise(lead, settings, now);
    let expected = coach_choice(&advice, now);
    let chosen = match answer {
        Answer::Choice(choice) => Some(*choice),
        Answer::Text(name) => by_name(CHOICES, name.trim()),
    };
    let pass = chosen == Some(expected);
    // The reasons are the advice's, which the interface shows with the advice itself.
    let message = format!(
        "{} {}.",
        what_now_verdict(ui_lang, pass),
        choice_label(ui_lang, expected)
    );
    let mut rules = advice.rules.clone();
    rules.extend(&advice.mistakes);
    Grade {
        pass,
        score: if pass { 100 } else { 0 },
        rules: without_repeats(rules),
        message,
        model: Answer::Choice(expected),
        advice: Some(advice),
        missing: Vec::new(),
    }
}

/// The what-now choice that `advice`, given at `now`, amounts to (the schema's table): a
/// follow-up is split by how far its due time lies from `now`, an overdue one being soon.
pub fn coach_choice(advice: &Advice, now: NaiveDateTime) -> Choice {
    match advice.action {
        Action::DoNotContact => Choice::DoNotContact,
        Action::LetGo(_) => Choice::LetGo,
        Action::Nurture => Choice::Nurture,
        Action::FindDecisionMaker => Choice::FindDecisionMaker,
        // The information goes out today; the call waits until they have read it.
        Action::SendInformation => Choice::FollowUpSoon,
        Action::FollowUp => {
            let wait = advice.due.map_or(TimeDelta::zero(), |due| due - now);
            if wait <= TimeDelta::days(SOON_DAYS) {
                Choice::FollowUpSoon
            } else if wait <= TimeDelta::days(WEEK_DAYS) {
                Choice::FollowUpWeek
            } else {
                Choice::FollowUpLater
            }
        }
    }
}
