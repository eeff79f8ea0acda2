//! W1: count prepared conversations, not dials. A call counts when the rep opens its prep card
//! (on Today, on the lead's page or on the Opener tab), once per lead and day: reopening the card
//! is not another prepared call. The widget itself never dials (P1), so it cannot know whether
//! the call was made; opening the card is the preparation W1 asks for.

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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCount {
    #[serde(with = "iso_serde::date")]
    pub day: NaiveDate,
    pub count: u16,
    /// The calls counted on this day (lead ids, or the Opener tab's key for a call prepared
    /// without a lead), so that each counts once. Counts from before this list have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calls: Vec<String>,
}

impl PreparedCalls {
    pub fn count_on(&self, day: NaiveDate) -> u16 {
        self.days
            .iter()
            .find(|d| d.day == day)
            .map_or(0, |d| d.count)
    }

    /// Counts `call` as prepared on `day` unless it already was; whether it counted now.
    pub fn record(&mut self, day: NaiveDate, call: &str) -> bool {
        match self.days.iter_mut().find(|d| d.day == day) {
            Some(today) if today.calls.iter().any(|counted| counted == call) => false,
            Some(today) => {
                today.count = today.count.saturating_add(1);
                today.calls.push(call.to_owned());
                true
            }
            None => {
                self.days.push(DayCount {
                    day,
                    count: 1,
                    calls: vec![call.to_owned()],
                });
                self.days.sort_by_key(|d| d.day);
                let excess = self.days.len().saturating_sub(KEPT_DAYS);
                self.days.drain(..excess);
                true
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
        calls.record(day(0), "anna");
        calls.record(day(0), "bo");
        calls.record(day(1), "anna");
        assert_eq!(
            (
                calls.count_on(day(0)),
                calls.count_on(day(1)),
                calls.count_on(day(2))
            ),
            (2, 1, 0)
        );
        for n in 2..200 {
            calls.record(day(n), "anna");
        }
        assert_eq!(calls.days.len(), KEPT_DAYS);
        assert_eq!(calls.count_on(day(0)), 0, "the oldest days are dropped");
        assert_eq!(calls.count_on(day(199)), 1);
        let json = serde_json::to_string(&calls).unwrap();
        assert!(json.contains("\"2026-07-19\""), "{}", &json[..80]);
        assert_eq!(serde_json::from_str::<PreparedCalls>(&json).unwrap(), calls);
    }

    #[test]
    fn a_call_counts_once_per_lead_and_day() {
        let mut calls = PreparedCalls::default();
        assert!(calls.record(day(0), "lead-anna"));
        assert!(!calls.record(day(0), "lead-anna"), "reopening the card");
        assert!(calls.record(day(0), "lead-bo"));
        assert!(
            calls.record(day(1), "lead-anna"),
            "the next day is another call"
        );
        assert_eq!((calls.count_on(day(0)), calls.count_on(day(1))), (2, 1));
    }

    #[test]
    fn counts_saved_before_the_per_lead_list_still_load_and_add_up() {
        let mut calls: PreparedCalls =
            serde_json::from_str(r#"{"days":[{"day":"2026-01-01","count":3}]}"#).unwrap();
        assert_eq!(calls.count_on(day(0)), 3);
        assert!(calls.record(day(0), "lead-anna"));
        assert!(!calls.record(day(0), "lead-anna"));
        assert_eq!(calls.count_on(day(0)), 4);
    }
}
