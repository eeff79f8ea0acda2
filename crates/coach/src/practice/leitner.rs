//! Spaced repetition with Leitner boxes, and the rep's practice record.
//!
//! Every exercise the rep has answered has a [`Card`] in box 1 to 5. A pass moves it up one box
//! (a first pass puts it in box 2), a fail back to box 1. A card is due
//! [`BOX_INTERVAL_DAYS`] after the day it was last answered: box 1 the same day, box 5 after two
//! weeks, so a skill that keeps failing keeps coming back and a mastered one rests.
//!
//! [`plan_session`] picks, in this order:
//! 1. a course's own exercises that are due or never answered (due first): a trainer's lesson
//!    comes before the built-in drills;
//! 2. due cards, the lowest box first (the least known), then the weaker skill, then the longest
//!    overdue;
//! 3. exercises never answered, the skill with the lowest recent pass rate first (unpractised
//!    ones before all); skills that stand equal take turns, so that a first session mixes the
//!    skills instead of drilling one;
//! 4. when the session is still not full, cards not yet due, course exercises first, then the
//!    lowest box and the weaker skill, so that a rep who wants to practise more always can.
//!
//! "Weaker" is [`super::progress`]'s ranking: the lowest recent pass rate, unpractised skills
//! first. Remaining ties keep the order of the exercise list, so a plan depends on its inputs
//! only. Cards whose exercise is not in the list (a removed exercise, another language's file)
//! are kept but not planned.

use std::collections::{HashMap, HashSet};
use std::ops::RangeInclusive;

use chrono::{Days, NaiveDate, NaiveDateTime};

use super::progress::{recent_rate, skills_weakest_first};
use super::state::{Attempt, Card, PracticeState, MAX_ATTEMPTS, MAX_CARDS};
use super::{Exercise, Skill, SKILLS};

/// Days from the last answer until a card in box 1, 2, ... 5 is due again.
pub const BOX_INTERVAL_DAYS: [u64; 5] = [0, 1, 3, 7, 14];

pub const DEFAULT_SESSION_SIZE: usize = 10;
pub const SESSION_SIZE_RANGE: RangeInclusive<usize> = 1..=50;

impl Card {
    fn level(&self) -> u8 {
        self.leitner_box.clamp(1, BOX_INTERVAL_DAYS.len() as u8)
    }

    pub fn due(&self) -> NaiveDate {
        let days = BOX_INTERVAL_DAYS[usize::from(self.level()) - 1];
        self.seen
            .date()
            .checked_add_days(Days::new(days))
            .unwrap_or(NaiveDate::MAX)
    }
}

/// Records an answer: appends the attempt (dropping the oldest past [`MAX_ATTEMPTS`]) and moves
/// the exercise's card. `score` is capped at 100.
pub fn record(
    state: &mut PracticeState,
    exercise: &Exercise,
    pass: bool,
    score: u8,
    at: NaiveDateTime,
) {
    state.attempts.push(Attempt {
        id: exercise.id.clone(),
        skill: exercise.skill,
        at,
        pass,
        score: score.min(100),
    });
    let excess = state.attempts.len().saturating_sub(MAX_ATTEMPTS);
    state.attempts.drain(..excess);

    let top = BOX_INTERVAL_DAYS.len() as u8;
    match state.cards.iter_mut().find(|card| card.id == exercise.id) {
        Some(card) => {
            card.leitner_box = if pass { (card.level() + 1).min(top) } else { 1 };
            card.seen = at;
        }
        None => {
            state.cards.push(Card {
                id: exercise.id.clone(),
                leitner_box: if pass { 2 } else { 1 },
                seen: at,
            });
            if state.cards.len() > MAX_CARDS {
                if let Some(oldest) = (0..state.cards.len()).min_by_key(|&i| state.cards[i].seen) {
                    state.cards.remove(oldest);
                }
            }
        }
    }
}

/// The ids of the exercises for a session of `size` (clamped to [`SESSION_SIZE_RANGE`]), of
/// `skill` when given, in the order to practise them (see the module documentation): `course`
/// are a course's own exercises, `built_in` the rest (empty when a course restricts sessions to
/// its own). Fewer when the lists have fewer.
pub fn plan_session(
    state: &PracticeState,
    course: &[Exercise],
    built_in: &[Exercise],
    size: usize,
    skill: Option<Skill>,
    today: NaiveDate,
) -> Vec<String> {
    let size = size.clamp(*SESSION_SIZE_RANGE.start(), *SESSION_SIZE_RANGE.end());
    let ranking = skills_weakest_first(state);
    let weakness = |skill: Skill| ranking.iter().position(|ranked| *ranked == skill);
    let cards: HashMap<&str, &Card> = state
        .cards
        .iter()
        .map(|card| (card.id.as_str(), card))
        .collect();
    let mut listed = HashSet::new();
    // How many new exercises of each skill come before, for taking the skills in turn.
    let mut new_of_skill: HashMap<Skill, usize> = HashMap::new();
    let rates: HashMap<Skill, Option<u8>> = SKILLS
        .iter()
        .map(|&(skill, _)| (skill, recent_rate(state, skill)))
        .collect();
    let mut candidates: Vec<_> = course
        .iter()
        .map(|exercise| (true, exercise))
        .chain(built_in.iter().map(|exercise| (false, exercise)))
        .enumerate()
        .filter(|(_, (_, exercise))| skill.is_none_or(|skill| exercise.skill == skill))
        // The first of two exercises with one id: a list that was not validated may repeat one.
        .filter(|(_, (_, exercise))| listed.insert(exercise.id.as_str()))
        .map(|(order, (from_course, exercise))| {
            // For new exercises only: the skill's standing, then its turn.
            let (tier, level, standing, turn, due) = match cards.get(exercise.id.as_str()) {
                Some(card) if card.due() <= today => (0, card.level(), None, 0, card.due()),
                None => {
                    let turn = new_of_skill.entry(exercise.skill).or_default();
                    *turn += 1;
                    let rate = rates.get(&exercise.skill).copied().flatten();
                    (1, 0, rate, *turn, NaiveDate::MIN)
                }
                Some(card) => (2, card.level(), None, 0, card.due()),
            };
            let lesson_first = !(from_course && tier < 2);
            // A course's own keep the author's order, which is the lesson's.
            let (standing, turn, weakness) = if from_course {
                (None, 0, None)
            } else {
                (standing, turn, weakness(exercise.skill))
            };
            let key = (
                lesson_first,
                tier,
                !from_course,
                level,
                standing,
                turn,
                weakness,
                due,
                order,
            );
            (key, exercise.id.as_str())
        })
        .collect();
    candidates.sort_unstable();
    candidates
        .into_iter()
        .take(size)
        .map(|(_, id)| id.to_owned())
        .collect()
}
