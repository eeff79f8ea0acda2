//! The rep's practice record as stored: the Leitner cards and the attempts. Apart from the
//! scheduler (`leitner`) and the chart (`progress`), which both read it, so neither depends on
//! the other for it.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::Skill;
use crate::schedule::iso_serde;
use crate::Lang;

/// The store record the practice state is kept under.
pub const PRACTICE_KEY: &str = "practice";
/// Enough history for months of daily practice, small enough for the browser's storage (about
/// 90 characters an attempt).
pub const MAX_ATTEMPTS: usize = 5_000;
/// Every built-in exercise in every language several times over; beyond it the card answered
/// longest ago is forgotten, so that exercise files that come and go cannot fill the storage.
pub const MAX_CARDS: usize = 2_000;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PracticeState {
    /// One per exercise answered, in the order first answered.
    pub cards: Vec<Card>,
    /// Oldest first, at most [`MAX_ATTEMPTS`].
    pub attempts: Vec<Attempt>,
    /// The rep's choice of drill language; `None` follows the interface language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// The rep's choice of session size; `None` is [`super::DEFAULT_SESSION_SIZE`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_size: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// The exercise's id.
    pub id: String,
    /// 1 to 5; a hand-edited value outside is read as the nearest box.
    #[serde(rename = "box")]
    pub leitner_box: u8,
    /// When the exercise was last answered.
    #[serde(with = "iso_serde::date_time")]
    pub seen: NaiveDateTime,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// The exercise's id.
    pub id: String,
    /// Kept with the attempt so that progress outlives the exercise.
    pub skill: Skill,
    #[serde(with = "iso_serde::date_time")]
    pub at: NaiveDateTime,
    pub pass: bool,
    pub score: u8,
}
