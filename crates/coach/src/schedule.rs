//! When the next contact should be: the timing rules T1–T5 and the promise rules F4–F6.
//!
//! Everything here is calendar arithmetic on the rep's local time, which the caller passes in as
//! `now` (the browser knows the rep's zone; the coach does not need to). The result is a real
//! date-time, on a weekday and inside the rep's working hours unless the customer asked for
//! something else, together with the ids of the rules that decided it so the interface can
//! answer "why this time?".
//!
//! Design:
//! - [`ScheduleInput`] describes the lead's situation (stage, deal size, last outcome, the
//!   customer's own words, a promised due date). It is serialisable so the lead advisor can keep
//!   it with the lead and call [`next_contact`] with the same value.
//! - The day comes from one source, in this order: the customer's own day (T5), a due date the
//!   customer promised (T5, just after it), or the timing rules (T2, T3, T1, lengthened by T4).
//!   A weekly window with hours ("after 16:00 on Thursdays") and a promised date together give
//!   the first window after the date. The time of day is the customer's own time when they
//!   named one (F6), otherwise a slot in working hours near the hour the rep is working now.
//! - Someone not reached yet is retried on L1's cadence instead ([`retry_after_no_answer`]), and
//!   information asked for is sent by the end of the working day ([`send_by`]).
//! - A customer day far beyond every rule is still reported in [`Proposal::customer_time`], but
//!   [`Proposal::at`] is then the rules' date, for the rep to propose instead (F4).

mod parse;

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use serde::{Deserialize, Serialize};

pub use parse::parse_customer_time;

use super::holidays::{is_day_off, Country};
use super::settings::{Settings, WorkingHours};
use super::Lang;

/// Where the lead is in the sales process.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    FirstContact,
    /// A follow-up implies at least one conversation, so this is the default.
    #[default]
    InDialogue,
    OfferOut,
    ClosingAttempted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum DealSize {
    #[default]
    Regular,
    /// T4: a bigger decision takes longer, so the coach waits longer between contacts.
    Large,
}

/// How the last contact ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum LastOutcome {
    #[default]
    Talked,
    /// "I need to think about it" (T2 when it follows an offer or a closing attempt).
    ThinkingItOver,
    NoAnswer,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct ScheduleInput {
    pub stage: Stage,
    pub deal_size: DealSize,
    pub last_outcome: LastOutcome,
    /// What the customer said about when to be contacted ([`parse_customer_time`] reads it).
    pub customer_time: Option<CustomerTime>,
    /// The day by which the customer said they would have done their part ("by Thursday").
    #[serde(with = "iso_serde::option_date")]
    pub promised_by: Option<NaiveDate>,
    /// The conversation's language: unless Settings name the customers' country, the holidays
    /// a proposal skips are those of the language's country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

/// The customer's own time: a day, a time of day, or both ("Tuesdays after 17:00").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct CustomerTime {
    pub day: Option<DayWish>,
    pub time: Option<TimeWish>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum DayWish {
    Date(#[serde(with = "iso_serde::date")] NaiveDate),
    /// A date said without a year ("15 January"): the next such day from now.
    DayOfMonth {
        day: u8,
        month: u8,
    },
    /// "Tuesdays" / "on Tuesday": the Tuesday that best fits the timing rules.
    Weekday(#[serde(with = "iso_serde::weekday")] Weekday),
    /// "in a month", "next week", "tomorrow" (one day), "today" (zero days).
    In(Span),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Span {
    Days(u16),
    Weeks(u16),
    Months(u16),
}

/// A time of day in minutes after local midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TimeWish {
    After { minute: u16 },
    Before { minute: u16 },
    At { minute: u16 },
}

/// What decided the day of the proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayBasis {
    Rules,
    CustomerWish,
    Promise,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// When the rep should make the next contact.
    pub at: NaiveDateTime,
    /// The rules that decided `at`, the deciding one first.
    pub rules: Vec<&'static str>,
    pub day_basis: DayBasis,
    /// What the customer's own time (a wish or a promised date) works out to; kept even when
    /// `at` is a nearer date the coach proposes instead.
    pub customer_time: Option<NaiveDateTime>,
    /// The customer's time lies far beyond every timing rule: `at` is a nearer date to
    /// negotiate (T5, F4).
    pub customer_time_too_far: bool,
    /// `at` is on a weekend or outside working hours, which only a customer's wish can cause.
    pub outside_working_hours: bool,
}

/// T3 and T4: no follow-up later than two weeks on the rules' own account.
pub const MAX_RULE_DAYS: u64 = 14;
/// T3: early in the process a calm week, well inside the two-week ceiling.
const EARLY_STAGE_DAYS: u64 = 7;
/// T5 lets the customer's time win unless it is "outside every rule by far": three times the
/// two-week ceiling. "In a month" is a normal thing for a customer to ask and is kept; "in
/// six months" is not, and the coach proposes a nearer date.
pub const FAR_BEYOND_RULES_DAYS: i64 = 42;
const SLOT_MINUTES: u32 = 30;
const MINUTES_PER_DAY: u32 = 24 * 60;

pub fn next_contact(input: &ScheduleInput, settings: &Settings, now: NaiveDateTime) -> Proposal {
    let today = now.date();
    let hours = usable_hours(settings.working_hours);
    let calendar = Calendar(settings.customer_country_for(input.lang));
    let (rule_day, rule_ids) = day_by_rules(input, settings, today, calendar);
    let wish = input.customer_time.unwrap_or_default();

    let wished_day = wish
        .day
        .and_then(|day| resolve_day_wish(day, today, rule_day, calendar));
    // A weekday with hours ("after 16:00 on Thursdays") is when the customer can be reached,
    // and with a deadline ("by Friday 11 December") it means the first such window after the
    // deadline: before it, they have nothing to report yet. A bare weekday ("on Tuesday") is
    // the day they named for the call, and wins over the deadline as any named day does.
    let window_after_promise = match (wish.day, wish.time, input.promised_by) {
        (Some(DayWish::Weekday(weekday)), Some(_), Some(due)) => {
            calendar.first_weekday_after(weekday, due.max(today))
        }
        _ => None,
    };
    let (day, day_basis, mut rules) = if let Some(day) = window_after_promise {
        (day, DayBasis::Promise, vec!["T5", "F5"])
    } else if let Some(day) = wished_day {
        let mut rules = vec!["T5", "F5"];
        // A weekday wish is fitted into the rules' interval, so those rules shaped it too.
        if matches!(wish.day, Some(DayWish::Weekday(_))) {
            rules.extend(&rule_ids);
        }
        (day, DayBasis::CustomerWish, rules)
    } else if let Some(due) = input.promised_by {
        (
            calendar.next_working_day_after(due.max(today)),
            DayBasis::Promise,
            vec!["T5"],
        )
    } else {
        (rule_day, DayBasis::Rules, rule_ids.clone())
    };

    let usual_minute = usual_minute(now.time(), hours);
    let minute = match wish.time {
        Some(time) => {
            rules.extend(["T5", "F6"]);
            wished_minute(time, usual_minute)
        }
        None => usual_minute,
    };
    let time = clock(minute);

    let mut at = day.and_time(time);
    if at <= now {
        // Only a wish for today at an hour already gone gets here: the same hour, next workday.
        at = calendar.next_working_day_after(today).and_time(time);
    }

    let customer_time = (day_basis != DayBasis::Rules || wish.time.is_some()).then_some(at);
    let too_far =
        day_basis != DayBasis::Rules && (at.date() - today).num_days() > FAR_BEYOND_RULES_DAYS;
    if too_far {
        at = rule_day.and_time(time);
        rules = vec!["T5", "F4"];
        rules.extend(&rule_ids);
        if wish.time.is_some() {
            rules.push("F6");
        }
    }

    Proposal {
        at,
        rules: without_repeats(rules),
        day_basis,
        customer_time,
        customer_time_too_far: too_far,
        outside_working_hours: calendar.is_day_off(at.date()) || !hours.contains(at.time()),
    }
}

/// The first moment, from `now` on, inside the rep's working hours on a weekday: when the first
/// call to a new lead is due (W1), since it waits only for the rep's preparation.
pub fn first_working_moment(settings: &Settings, now: NaiveDateTime) -> NaiveDateTime {
    let hours = usable_hours(settings.working_hours);
    let minute = now.hour() * 60 + now.minute();
    let today = now.date();
    let calendar = Calendar(settings.customer_country_for(None));
    if !calendar.is_day_off(today) && minute < hours.end {
        return if minute >= hours.start {
            now
        } else {
            today.and_time(clock(hours.start))
        };
    }
    calendar
        .next_working_day_after(today)
        .and_time(clock(hours.start))
}

/// L1's retry cadence for someone not reached yet: not the follow-up timing (nobody has been
/// given time to think), but the next working day after the last attempt, or the one after once
/// two or more attempts in a row went unanswered, so the tries spread over the week; and at the
/// other half of the working day, since whoever did not pick up in the morning may well in the
/// afternoon. A time of day the customer asked for is kept (F6).
pub fn retry_after_no_answer(
    last_attempt: NaiveDateTime,
    attempts_in_a_row: usize,
    customer_time: Option<TimeWish>,
    settings: &Settings,
) -> NaiveDateTime {
    let hours = usable_hours(settings.working_hours);
    let calendar = Calendar(settings.customer_country_for(None));
    let mut day = calendar.next_working_day_after(last_attempt.date());
    if attempts_in_a_row >= 2 {
        day = calendar.next_working_day_after(day);
    }
    let midday = (hours.start + hours.end) / 2 / SLOT_MINUTES * SLOT_MINUTES;
    let morning = (hours.start + 60).min(midday.saturating_sub(SLOT_MINUTES).max(hours.start));
    let afternoon = midday
        .max(hours.latest_start().saturating_sub(90))
        .min(hours.latest_start());
    let last_minute = last_attempt.hour() * 60 + last_attempt.minute();
    let other_half = if last_minute < midday {
        afternoon
    } else {
        morning
    };
    let minute = match customer_time {
        Some(wish) => wished_minute(wish, other_half),
        None => other_half,
    };
    day.and_time(clock(minute))
}

/// When to send information the customer asked for: by the end of the working day they asked
/// on, or of the next working day when they asked after hours (S3: an email, not a call).
pub fn send_by(asked_at: NaiveDateTime, settings: &Settings) -> NaiveDateTime {
    let hours = usable_hours(settings.working_hours);
    let calendar = Calendar(settings.customer_country_for(None));
    let minute = asked_at.hour() * 60 + asked_at.minute();
    let day = if calendar.is_day_off(asked_at.date()) || minute >= hours.end {
        calendar.next_working_day_after(asked_at.date())
    } else {
        asked_at.date()
    };
    day.and_time(clock(hours.end))
}

fn day_by_rules(
    input: &ScheduleInput,
    settings: &Settings,
    today: NaiveDate,
    calendar: Calendar,
) -> (NaiveDate, Vec<&'static str>) {
    let after_an_ask = matches!(input.stage, Stage::OfferOut | Stage::ClosingAttempted);
    if after_an_ask && input.last_outcome == LastOutcome::ThinkingItOver {
        // T2 wins over T4: the chance to close drops after three days whatever the size.
        return (calendar.next_working_day_after(today), vec!["T2"]);
    }
    let (days, rule) = if input.stage == Stage::FirstContact {
        (EARLY_STAGE_DAYS, "T3")
    } else {
        let window = u64::from(settings.follow_up_window_days).clamp(1, MAX_RULE_DAYS);
        (window, "T1")
    };
    if input.deal_size == DealSize::Large {
        let days = (days * 2).min(MAX_RULE_DAYS);
        (calendar.working_day_within(today, days), vec![rule, "T4"])
    } else {
        (calendar.working_day_within(today, days), vec![rule])
    }
}

/// The calendar day a wish names, or `None` when it names none that lies ahead.
fn resolve_day_wish(
    wish: DayWish,
    today: NaiveDate,
    rule_day: NaiveDate,
    calendar: Calendar,
) -> Option<NaiveDate> {
    match wish {
        DayWish::Date(date) => (date >= today).then_some(date),
        DayWish::DayOfMonth { day, month } => (0..8).find_map(|years_ahead| {
            let date = NaiveDate::from_ymd_opt(
                today.year().checked_add(years_ahead)?,
                u32::from(month),
                u32::from(day),
            )?;
            (date >= today).then_some(date)
        }),
        DayWish::Weekday(weekday) => (1..=MAX_RULE_DAYS)
            .map(|n| add_days(today, n))
            // "On a Thursday" means a working Thursday, not the one that is Christmas Eve.
            .filter(|date| date.weekday() == weekday && !calendar.is_day_off(*date))
            .min_by_key(|date| (*date - rule_day).num_days().abs()),
        DayWish::In(span) => {
            let date = match span {
                Span::Days(n) => today.checked_add_days(Days::new(u64::from(n))),
                Span::Weeks(n) => today.checked_add_days(Days::new(u64::from(n) * 7)),
                Span::Months(n) => today.checked_add_months(Months::new(u32::from(n))),
            }?;
            // "In a month" is approximate, so the coach may move it off a day off.
            Some(if calendar.is_day_off(date) {
                calendar.next_working_day_after(date)
            } else {
                date
            })
        }
    }
}

/// Calls are proposed at about the hour the rep works now: the customer picked up at this hour,
/// and a round half hour is easy to say and to note.
fn usual_minute(now: NaiveTime, hours: Hours) -> u32 {
    let minute = now.hour() * 60 + now.minute();
    let rounded = minute.div_ceil(SLOT_MINUTES) * SLOT_MINUTES;
    rounded.clamp(hours.start, hours.latest_start())
}

fn wished_minute(wish: TimeWish, usual: u32) -> u32 {
    match wish {
        TimeWish::At { minute } => u32::from(minute),
        // "After five" is a promise kept to the minute (F6): not five sharp, which is not after
        // five, but the next half hour after it (17:30; "after 17:15" also 17:30); never past
        // midnight.
        TimeWish::After { minute } => {
            ((u32::from(minute) / SLOT_MINUTES + 1) * SLOT_MINUTES).min(23 * 60 + 59)
        }
        // Half an hour before their limit leaves room for the call itself.
        TimeWish::Before { minute } => usual.min(u32::from(minute).saturating_sub(SLOT_MINUTES)),
    }
}

#[derive(Clone, Copy, Debug)]
struct Hours {
    start: u32,
    end: u32,
}

impl Hours {
    fn latest_start(self) -> u32 {
        if self.end - self.start >= SLOT_MINUTES {
            self.end - SLOT_MINUTES
        } else {
            self.start
        }
    }

    fn contains(self, time: NaiveTime) -> bool {
        let minute = time.hour() * 60 + time.minute();
        (self.start..self.end).contains(&minute)
    }
}

/// Settings loaded from storage may be hand-edited; nonsense hours fall back to the defaults
/// instead of producing nonsense proposals.
fn usable_hours(hours: WorkingHours) -> Hours {
    let (start, end) = (u32::from(hours.start_minute), u32::from(hours.end_minute));
    if start < end && end <= MINUTES_PER_DAY {
        Hours { start, end }
    } else {
        let fallback = WorkingHours::default();
        Hours {
            start: u32::from(fallback.start_minute),
            end: u32::from(fallback.end_minute),
        }
    }
}

fn clock(minute: u32) -> NaiveTime {
    let minute = minute.min(MINUTES_PER_DAY - 1);
    NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap_or_default()
}

/// The working days of the customers' country: weekends and its holidays are off (T1–T5 count
/// the days, but a call on Christmas Eve reaches nobody).
#[derive(Clone, Copy)]
struct Calendar(Country);

impl Calendar {
    fn is_day_off(self, date: NaiveDate) -> bool {
        is_day_off(self.0, date)
    }

    fn next_working_day_after(self, date: NaiveDate) -> NaiveDate {
        let mut day = add_days(date, 1);
        // Bounded: no country has more than a week off in a row, and at chrono's last day
        // `add_days` stops moving.
        for _ in 0..14 {
            if !self.is_day_off(day) {
                break;
            }
            day = add_days(day, 1);
        }
        day
    }

    /// The first working `weekday` after `date`, looked for within two weeks.
    fn first_weekday_after(self, weekday: Weekday, date: NaiveDate) -> Option<NaiveDate> {
        (1..=MAX_RULE_DAYS)
            .map(|n| add_days(date, n))
            .find(|day| day.weekday() == weekday && !self.is_day_off(*day))
    }

    /// The working day `days` after `today`, or the last working day before it when that is
    /// off, so the window is kept; the next working day if that is not after today.
    fn working_day_within(self, today: NaiveDate, days: u64) -> NaiveDate {
        let mut day = add_days(today, days);
        while day > today && self.is_day_off(day) {
            day = day.pred_opt().unwrap_or(today);
        }
        if day > today {
            day
        } else {
            self.next_working_day_after(today)
        }
    }
}

/// Saturates at chrono's last representable day instead of panicking.
fn add_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

pub(crate) fn without_repeats(rules: Vec<&'static str>) -> Vec<&'static str> {
    let mut kept: Vec<&'static str> = Vec::with_capacity(rules.len());
    for rule in rules {
        if !kept.contains(&rule) {
            kept.push(rule);
        }
    }
    kept
}

/// "2026-12-04T12:00": a local date-time as ISO 8601 to the minute, the form the JS API and
/// `<input type="datetime-local">` use.
pub fn iso_local(at: NaiveDateTime) -> String {
    use chrono::Timelike;
    format!("{}T{:02}:{:02}", at.date(), at.hour(), at.minute())
}

/// Reads "2026-12-04". By hand rather than with chrono's `parse_from_str`, whose format
/// machinery would add about 10 KB to the widget for two fixed formats.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().splitn(3, '-');
    let year = fixed_digits(parts.next()?, 4)?;
    let month = fixed_digits(parts.next()?, 2)?;
    let day = fixed_digits(parts.next()?, 2)?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// Reads "2026-12-04T16:30", with optional seconds ("T16:30:00").
pub fn parse_iso_local(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.trim().split_once('T')?;
    let mut parts = time.split(':');
    let hour = fixed_digits(parts.next()?, 2)?;
    let minute = fixed_digits(parts.next()?, 2)?;
    let second = fixed_digits(parts.next().unwrap_or("00"), 2)?;
    if parts.next().is_some() {
        return None;
    }
    parse_iso_date(date)?.and_hms_opt(hour, minute, second)
}

/// A field of exactly `len` ASCII digits: `str::parse` alone would also take a sign ("+1").
fn fixed_digits(part: &str, len: usize) -> Option<u32> {
    (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
        .then(|| part.parse().ok())
        .flatten()
}

#[cfg(test)]
mod iso_tests {
    use super::*;

    #[test]
    fn schedule_inputs_round_trip_through_json_in_iso_forms() {
        let input = ScheduleInput {
            promised_by: parse_iso_date("2026-12-08"),
            customer_time: parse_customer_time("tisdagar efter 17"),
            ..ScheduleInput::default()
        };
        let json = serde_json::to_string(&input).unwrap();
        assert!(json.contains("\"promisedBy\":\"2026-12-08\""), "{json}");
        assert_eq!(serde_json::from_str::<ScheduleInput>(&json).unwrap(), input);
        let date =
            serde_json::to_string(&DayWish::Date(parse_iso_date("2027-01-15").unwrap())).unwrap();
        assert_eq!(
            serde_json::from_str::<DayWish>(&date).unwrap(),
            DayWish::Date(parse_iso_date("2027-01-15").unwrap())
        );
        assert!(serde_json::from_str::<ScheduleInput>(r#"{"promisedBy":"8 Dec"}"#).is_err());
        assert!(serde_json::from_str::<DayWish>(r#"{"weekday":8}"#).is_err());
    }

    #[test]
    fn iso_dates_and_times_read_and_write_back() {
        let at = parse_iso_local("2026-12-04T16:30").unwrap();
        assert_eq!(iso_local(at), "2026-12-04T16:30");
        assert_eq!(parse_iso_local("2026-12-04T16:30:00"), Some(at));
        assert_eq!(
            parse_iso_date(" 2026-02-28 ").unwrap().to_string(),
            "2026-02-28"
        );
        for bad in [
            "",
            "2026-02-30",
            "26-12-04",
            "2026-12-4",
            "2026-12-04T",
            "2026-12-04T25:00",
            "2026-12-04T16:30Z",
            "2026-12-04 16:30",
            "2026-+1-04",
            "+026-12-04",
            "2026-12-+4",
            "2026-12-04T+1:30",
            "2026-12-04T16:-1",
            "😀",
        ] {
            assert!(
                parse_iso_local(bad).is_none()
                    && (bad.contains('T') || parse_iso_date(bad).is_none()),
                "{bad}"
            );
        }
    }
}

/// Serde in the ISO forms above, instead of chrono's `serde` feature, whose parser would add
/// its whole format machinery to the widget.
pub mod iso_serde {
    use chrono::{NaiveDate, NaiveDateTime};
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub mod date {
        use super::*;

        pub fn serialize<S: Serializer>(
            date: &NaiveDate,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.collect_str(date)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<NaiveDate, D::Error> {
            let text = <&str>::deserialize(deserializer)?;
            super::super::parse_iso_date(text)
                .ok_or_else(|| D::Error::custom("expected a date like 2026-12-04"))
        }
    }

    pub mod option_date {
        use super::*;

        pub fn serialize<S: Serializer>(
            date: &Option<NaiveDate>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match date {
                Some(date) => serializer.collect_str(date),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<NaiveDate>, D::Error> {
            match Option::<&str>::deserialize(deserializer)? {
                None => Ok(None),
                Some(text) => super::super::parse_iso_date(text)
                    .map(Some)
                    .ok_or_else(|| D::Error::custom("expected a date like 2026-12-04")),
            }
        }
    }

    /// ISO 8601 weekday numbers: 1 is Monday, 7 is Sunday.
    pub mod weekday {
        use chrono::Weekday;

        use super::*;

        pub fn serialize<S: Serializer>(day: &Weekday, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_u8(day.number_from_monday() as u8)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Weekday, D::Error> {
            let number = u8::deserialize(deserializer)?;
            number
                .checked_sub(1)
                .and_then(|n| Weekday::try_from(n).ok())
                .ok_or_else(|| D::Error::custom("expected a weekday number from 1 (Monday) to 7"))
        }
    }

    pub mod date_time {
        use super::*;

        pub fn serialize<S: Serializer>(
            at: &NaiveDateTime,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(&super::super::iso_local(*at))
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<NaiveDateTime, D::Error> {
            let text = <&str>::deserialize(deserializer)?;
            super::super::parse_iso_local(text)
                .ok_or_else(|| D::Error::custom("expected a local date-time like 2026-12-04T16:30"))
        }
    }
}
