//! W1: count prepared conversations, not dials. A call counts when the rep had its prep card
//! on screen and says they made it; the widget itself never dials (P1).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::schedule::iso_serde;

/// The store record the counts are kept under. Here rather than in the Today tab so that the
/// store's backup can carry the counts without depending on the interface.
pub const PREPARED_KEY: &str = "prepared-calls";

/// How many days of counts are kept: enough for a progress picture, small in storage.
pub const KEPT_DAYS: usize = 90;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PreparedCalls {
    /// Oldest first, one entry per day with at least one prepared call.
    pub days: Vec<DayCount>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCount {
    #[serde(with = "iso_serde::date")]
    pub day: NaiveDate,
    pub count: u16,
}

impl PreparedCalls {
    pub fn count_on(&self, day: NaiveDate) -> u16 {
        self.days
            .iter()
            .find(|d| d.day == day)
            .map_or(0, |d| d.count)
    }

    pub fn record(&mut self, day: NaiveDate) {
        match self.days.iter_mut().find(|d| d.day == day) {
            Some(today) => today.count = today.count.saturating_add(1),
            None => {
                self.days.push(DayCount { day, count: 1 });
                self.days.sort_by_key(|d| d.day);
                let excess = self.days.len().saturating_sub(KEPT_DAYS);
                self.days.drain(..excess);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(u64::from(n))
    }

    #[test]
    fn counts_per_day_and_forgets_beyond_the_kept_days() {
        let mut calls = PreparedCalls::default();
        calls.record(day(0));
        calls.record(day(0));
        calls.record(day(1));
        assert_eq!(
            (
                calls.count_on(day(0)),
                calls.count_on(day(1)),
                calls.count_on(day(2))
            ),
            (2, 1, 0)
        );
        for n in 2..200 {
            calls.record(day(n));
        }
        assert_eq!(calls.days.len(), KEPT_DAYS);
        assert_eq!(calls.count_on(day(0)), 0, "the oldest days are dropped");
        assert_eq!(calls.count_on(day(199)), 1);
        let json = serde_json::to_string(&calls).unwrap();
        assert!(json.contains("\"2026-07-19\""), "{}", &json[..80]);
        assert_eq!(serde_json::from_str::<PreparedCalls>(&json).unwrap(), calls);
    }
}
