//! The grammar the templates need per language: how the rep's words fit into the coach's
//! sentences (case, number, articles, prepositions, pronoun order, register).

pub mod de;
pub mod en;
pub mod nb;
pub mod nl;
pub mod promise;
pub mod sv;

use crate::text::{lowercase, Lower};
use crate::Lang;
use chrono::Weekday;

/// The rep's first word, lowercase: what kind of phrase they typed ("a", "we", "finding").
fn first_word(text: &str) -> String {
    text.split_whitespace().next().unwrap_or("").lower()
}

/// What a hook is about: the first of its first three words, lowercase, that is not in `skip`
/// (articles, possessives, "new"), so "your recent interview" is about an interview.
fn head_word(hook: &str, skip: &[&str]) -> String {
    hook.split_whitespace()
        .take(3)
        .map(lowercase)
        .find(|word| !skip.contains(&word.as_str()))
        .unwrap_or_default()
}

/// The weekday and month names the dates in every line use.
pub(crate) fn weekday_name(lang: Lang, weekday: Weekday) -> &'static str {
    const NAMES: [[&str; 7]; 5] = [
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ],
        [
            "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
        ],
        [
            "Montag",
            "Dienstag",
            "Mittwoch",
            "Donnerstag",
            "Freitag",
            "Samstag",
            "Sonntag",
        ],
        [
            "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
        ],
        [
            "maandag",
            "dinsdag",
            "woensdag",
            "donderdag",
            "vrijdag",
            "zaterdag",
            "zondag",
        ],
    ];
    NAMES[lang.index()][weekday.num_days_from_monday() as usize]
}

pub(crate) fn month_name(lang: Lang, month: u32) -> &'static str {
    const NAMES: [[&str; 12]; 5] = [
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ],
        [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        [
            "januar",
            "februar",
            "mars",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "desember",
        ],
        [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
    ];
    let index = (month.clamp(1, 12) - 1) as usize;
    NAMES[lang.index()][index]
}
