//! What the practice record shows: pass rates per skill and day for a small chart, the streak,
//! and the skill to practise next.
//!
//! Definitions:
//! - A skill's *recent pass rate* is over its last [`RECENT_ATTEMPTS`] attempts, in percent,
//!   rounded; `None` while the skill is unpractised.
//! - *Weakest first* (the order [`Progress::next_skill`] and the session planner use):
//!   unpractised skills first, then the lowest recent pass rate; ties go to the skill practised
//!   longest ago, then to the course order of [`super::SKILLS`]. Recency breaks ties so that two
//!   equally strong skills take turns.
//! - The *streak* counts consecutive days with at least one attempt, back from today, or from
//!   yesterday while today has none yet: a streak ends only once a whole day has passed without
//!   practice. Attempts dated after today (a clock that was wrong) do not count.
//! - The chart has one point per day with attempts in the last [`CHART_DAYS`] days up to today.

use chrono::{Days, NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::state::PracticeState;
use super::{Exercise, Skill, SKILLS};
use crate::schedule::iso_serde;

/// About two sessions: recent enough to show improvement, long enough not to swing on one slip.
pub const RECENT_ATTEMPTS: usize = 20;
pub const CHART_DAYS: u64 = 90;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// In the order of [`SKILLS`].
    pub skills: Vec<SkillProgress>,
    pub total_attempts: usize,
    pub streak_days: u32,
    pub practised_today: bool,
    /// The weakest skill that has exercises in the list given (any skill when none has).
    pub next_skill: Skill,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SkillProgress {
    pub skill: Skill,
    pub attempts: usize,
    pub passes: usize,
    pub recent_pass_rate: Option<u8>,
    /// Oldest first.
    pub days: Vec<DayPoint>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DayPoint {
    #[serde(with = "iso_serde::date")]
    pub day: NaiveDate,
    pub attempts: u32,
    pub passes: u32,
    pub pass_rate: u8,
}

pub fn progress(state: &PracticeState, exercises: &[Exercise], today: NaiveDate) -> Progress {
    let chart_from = today
        .checked_sub_days(Days::new(CHART_DAYS - 1))
        .unwrap_or(NaiveDate::MIN);
    let skills = SKILLS
        .iter()
        .map(|&(skill, _)| {
            let of_skill = || state.attempts.iter().filter(move |a| a.skill == skill);
            let mut days: Vec<(NaiveDate, bool)> = of_skill()
                .map(|attempt| (attempt.at.date(), attempt.pass))
                .filter(|(day, _)| (chart_from..=today).contains(day))
                .collect();
            days.sort_unstable();
            SkillProgress {
                skill,
                attempts: of_skill().count(),
                passes: of_skill().filter(|attempt| attempt.pass).count(),
                recent_pass_rate: standing(state, skill).0,
                days: day_points(&days),
            }
        })
        .collect();
    let ranking = skills_weakest_first(state);
    let next_skill = ranking
        .iter()
        .copied()
        .find(|skill| exercises.iter().any(|exercise| exercise.skill == *skill))
        .unwrap_or(ranking[0]);
    let (streak_days, practised_today) = streak(state, today);
    Progress {
        skills,
        total_attempts: state.attempts.len(),
        streak_days,
        practised_today,
        next_skill,
    }
}

/// Every skill, weakest first (see the module documentation).
pub(super) fn skills_weakest_first(state: &PracticeState) -> Vec<Skill> {
    let mut ranking: Vec<Skill> = SKILLS.iter().map(|&(skill, _)| skill).collect();
    ranking.sort_by_cached_key(|&skill| (standing(state, skill), skill.index()));
    ranking
}

/// A skill's recent pass rate; `None` while it is unpractised.
pub(super) fn recent_rate(state: &PracticeState, skill: Skill) -> Option<u8> {
    standing(state, skill).0
}

/// A skill's recent pass rate and when it was last practised; `None` sorts first in both.
fn standing(state: &PracticeState, skill: Skill) -> (Option<u8>, Option<NaiveDateTime>) {
    let of_skill = || state.attempts.iter().filter(|a| a.skill == skill);
    let recent: Vec<bool> = of_skill()
        .rev()
        .take(RECENT_ATTEMPTS)
        .map(|attempt| attempt.pass)
        .collect();
    let passes = recent.iter().filter(|pass| **pass).count();
    let rate = (!recent.is_empty()).then(|| percent(passes, recent.len()));
    (rate, of_skill().map(|attempt| attempt.at).max())
}

fn percent(part: usize, whole: usize) -> u8 {
    // At most 100, so the cast cannot truncate.
    ((part * 100 + whole / 2) / whole.max(1)) as u8
}

/// Sorted (day, pass) pairs, one point per day.
fn day_points(sorted: &[(NaiveDate, bool)]) -> Vec<DayPoint> {
    sorted
        .chunk_by(|a, b| a.0 == b.0)
        .map(|same_day| {
            let passes = same_day.iter().filter(|(_, pass)| *pass).count();
            DayPoint {
                day: same_day[0].0,
                attempts: same_day.len() as u32,
                passes: passes as u32,
                pass_rate: percent(passes, same_day.len()),
            }
        })
        .collect()
}

/// The streak in days, and whether today is already part of it.
fn streak(state: &PracticeState, today: NaiveDate) -> (u32, bool) {
    let mut days: Vec<NaiveDate> = state
        .attempts
        .iter()
        .map(|attempt| attempt.at.date())
        .filter(|day| *day <= today)
        .collect();
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    let practised_today = days.first() == Some(&today);
    let mut expected = if practised_today {
        Some(today)
    } else {
        today.pred_opt()
    };
    let mut count = 0;
    for day in days {
        if Some(day) != expected {
            break;
        }
        count += 1;
        expected = day.pred_opt();
    }
    (count, practised_today)
}
