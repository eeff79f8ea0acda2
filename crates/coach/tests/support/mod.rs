//! What the native tests share: reading the dates and times they are written with, and scoring
//! the evaluation corpus. Each test file uses what it needs.
#![allow(dead_code)]

pub mod corpus;

use chrono::{NaiveDate, NaiveDateTime};

/// A local date-time as the tests write it: "2026-12-04T16:30".
pub fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").expect("test date-times are valid")
}

/// A date as the tests write it: "2026-12-04".
pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test dates are valid")
}
