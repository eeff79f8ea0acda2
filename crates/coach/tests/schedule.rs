//! Scenario tests for the next-contact schedule, one or more per rule (T1–T5, F4–F6), and for
//! reading the customer's own words in the five coach languages.

use chrono::{Datelike, NaiveDateTime, Weekday};
use proptest::prelude::*;
use warmcall_coach::holidays::{is_day_off, Country};
use warmcall_coach::schedule::{
    next_contact, parse_customer_time, CustomerTime, DayBasis, DayWish, DealSize, LastOutcome,
    ScheduleInput, Span, Stage, TimeWish,
};
use warmcall_coach::settings::{Settings, WorkingHours};
use warmcall_coach::Lang;

mod support;
use support::{at, date};

/// Friday 4 December 2026, half an hour before the default working day ends.
fn friday_afternoon() -> NaiveDateTime {
    at("2026-12-04T16:30")
}

fn in_dialogue() -> ScheduleInput {
    ScheduleInput::default()
}

fn wish(text: &str) -> ScheduleInput {
    ScheduleInput {
        customer_time: Some(parse_customer_time(text).expect("the wish parses")),
        ..ScheduleInput::default()
    }
}

// ---- T1 ----

#[test]
fn t1_default_is_the_window_in_days_at_about_the_current_hour() {
    let tuesday = at("2026-12-01T10:10");
    let proposal = next_contact(&in_dialogue(), &Settings::default(), tuesday);
    assert_eq!(proposal.at, at("2026-12-04T10:30"));
    assert_eq!(proposal.rules, vec!["T1"]);
    assert_eq!(proposal.day_basis, DayBasis::Rules);
    assert_eq!(proposal.customer_time, None);
    assert!(!proposal.outside_working_hours);
}

#[test]
fn t1_a_window_ending_on_a_weekend_moves_back_to_friday_to_stay_inside_it() {
    let thursday = at("2026-12-03T11:00");
    let proposal = next_contact(&in_dialogue(), &Settings::default(), thursday);
    assert_eq!(proposal.at, at("2026-12-04T11:00"));
}

#[test]
fn t1_a_one_day_window_on_friday_goes_to_monday_not_saturday() {
    let settings = Settings {
        follow_up_window_days: 1,
        ..Settings::default()
    };
    let proposal = next_contact(&in_dialogue(), &settings, friday_afternoon());
    assert_eq!(proposal.at, at("2026-12-07T16:30"));
}

#[test]
fn t1_the_proposed_hour_stays_inside_the_reps_working_hours() {
    let settings = Settings {
        working_hours: WorkingHours {
            start_minute: 8 * 60,
            end_minute: 12 * 60,
        },
        ..Settings::default()
    };
    let evening = at("2026-12-01T20:45");
    assert_eq!(
        next_contact(&in_dialogue(), &settings, evening).at,
        at("2026-12-04T11:30")
    );
    let early = at("2026-12-01T06:00");
    assert_eq!(
        next_contact(&in_dialogue(), &settings, early).at,
        at("2026-12-04T08:00")
    );
}

#[test]
fn t1_nonsense_working_hours_from_storage_fall_back_to_the_defaults() {
    let settings = Settings {
        working_hours: WorkingHours {
            start_minute: 17 * 60,
            end_minute: 9 * 60,
        },
        follow_up_window_days: 200,
        ..Settings::default()
    };
    let proposal = next_contact(&in_dialogue(), &settings, at("2026-12-01T07:00"));
    assert_eq!(proposal.at, at("2026-12-15T09:00"));
}

// ---- T2 ----

fn thinking_it_over(stage: Stage) -> ScheduleInput {
    ScheduleInput {
        stage,
        last_outcome: LastOutcome::ThinkingItOver,
        ..ScheduleInput::default()
    }
}

#[test]
fn t2_thinking_it_over_after_a_closing_attempt_on_friday_is_followed_up_monday() {
    let proposal = next_contact(
        &thinking_it_over(Stage::ClosingAttempted),
        &Settings::default(),
        friday_afternoon(),
    );
    assert_eq!(proposal.at, at("2026-12-07T16:30"));
    assert_eq!(proposal.rules, vec!["T2"]);
    assert!(!proposal.outside_working_hours);
}

#[test]
fn t2_also_applies_when_an_offer_is_out_and_beats_a_long_window() {
    let settings = Settings {
        follow_up_window_days: 7,
        ..Settings::default()
    };
    let wednesday = at("2026-12-02T09:05");
    let proposal = next_contact(&thinking_it_over(Stage::OfferOut), &settings, wednesday);
    assert_eq!(proposal.at, at("2026-12-03T09:30"));
}

#[test]
fn t2_wins_over_t4_for_a_large_deal() {
    let input = ScheduleInput {
        deal_size: DealSize::Large,
        ..thinking_it_over(Stage::ClosingAttempted)
    };
    let proposal = next_contact(&input, &Settings::default(), friday_afternoon());
    assert_eq!(proposal.at.date(), date("2026-12-07"));
    assert_eq!(proposal.rules, vec!["T2"]);
}

#[test]
fn t2_does_not_rush_someone_thinking_it_over_at_first_contact() {
    let proposal = next_contact(
        &thinking_it_over(Stage::FirstContact),
        &Settings::default(),
        friday_afternoon(),
    );
    assert_eq!(proposal.rules, vec!["T3"]);
}

// ---- T3 ----

#[test]
fn t3_early_in_the_process_waits_a_calm_week() {
    let input = ScheduleInput {
        stage: Stage::FirstContact,
        ..ScheduleInput::default()
    };
    let proposal = next_contact(&input, &Settings::default(), friday_afternoon());
    assert_eq!(proposal.at, at("2026-12-11T16:30"));
    assert_eq!(proposal.rules, vec!["T3"]);
}

#[test]
fn t3_from_a_saturday_the_week_ends_on_the_friday_before() {
    let input = ScheduleInput {
        stage: Stage::FirstContact,
        ..ScheduleInput::default()
    };
    let saturday = at("2026-12-05T10:00");
    let proposal = next_contact(&input, &Settings::default(), saturday);
    assert_eq!(proposal.at, at("2026-12-11T10:00"));
}

// ---- T4 ----

#[test]
fn t4_a_large_deal_doubles_the_window() {
    let input = ScheduleInput {
        deal_size: DealSize::Large,
        ..ScheduleInput::default()
    };
    let proposal = next_contact(&input, &Settings::default(), friday_afternoon());
    assert_eq!(proposal.at, at("2026-12-10T16:30"));
    assert_eq!(proposal.rules, vec!["T1", "T4"]);
}

#[test]
fn t4_a_large_deal_never_waits_more_than_two_weeks() {
    let early_large = ScheduleInput {
        stage: Stage::FirstContact,
        deal_size: DealSize::Large,
        ..ScheduleInput::default()
    };
    let proposal = next_contact(&early_large, &Settings::default(), friday_afternoon());
    assert_eq!(proposal.at.date(), date("2026-12-18"));
    assert_eq!(proposal.rules, vec!["T3", "T4"]);

    let long_window = Settings {
        follow_up_window_days: 10,
        ..Settings::default()
    };
    let large = ScheduleInput {
        deal_size: DealSize::Large,
        ..ScheduleInput::default()
    };
    let proposal = next_contact(&large, &long_window, friday_afternoon());
    assert_eq!(proposal.at.date(), date("2026-12-18"));
}

// ---- T5, F5, F6: the customer's own time ----

#[test]
fn t5_f6_after_five_means_after_five_even_after_working_hours() {
    let proposal = next_contact(
        &wish("ring efter fem"),
        &Settings::default(),
        friday_afternoon(),
    );
    // Five sharp is not after five (F6): the next half hour after it.
    assert_eq!(proposal.at, at("2026-12-07T17:30"));
    assert!(proposal.rules.contains(&"T5") && proposal.rules.contains(&"F6"));
    assert_eq!(
        proposal.rules[0], "T1",
        "the day still comes from the window"
    );
    assert!(proposal.outside_working_hours);
    assert_eq!(proposal.customer_time, Some(proposal.at));
}

#[test]
fn t2_f6_thinking_it_over_with_after_17_gets_monday_after_17() {
    let input = ScheduleInput {
        customer_time: parse_customer_time("after 17:00"),
        ..thinking_it_over(Stage::ClosingAttempted)
    };
    let proposal = next_contact(&input, &Settings::default(), friday_afternoon());
    assert_eq!(proposal.at, at("2026-12-07T17:30"));
    assert_eq!(proposal.rules, vec!["T2", "T5", "F6"]);
}

#[test]
fn f6_today_after_five_is_kept_to_the_minute_the_same_day() {
    let morning = at("2026-12-04T10:00");
    let proposal = next_contact(&wish("today after 17:15"), &Settings::default(), morning);
    assert_eq!(proposal.at, at("2026-12-04T17:30"));
    let proposal = next_contact(&wish("today after 16:50"), &Settings::default(), morning);
    assert_eq!(proposal.at, at("2026-12-04T17:00"));
}

#[test]
fn f6_a_time_today_that_has_passed_moves_to_the_next_weekday_at_that_time() {
    let proposal = next_contact(
        &wish("idag kl 15"),
        &Settings::default(),
        friday_afternoon(),
    );
    assert_eq!(proposal.at, at("2026-12-07T15:00"));
}

#[test]
fn f6_before_ten_is_half_an_hour_before_the_limit() {
    let proposal = next_contact(&wish("before 10"), &Settings::default(), friday_afternoon());
    assert_eq!(proposal.at, at("2026-12-07T09:30"));
}

#[test]
fn t5_f5_a_weekday_wish_takes_the_occurrence_nearest_the_rules() {
    let proposal = next_contact(&wish("Tuesdays"), &Settings::default(), friday_afternoon());
    assert_eq!(proposal.at, at("2026-12-08T16:30"));
    assert_eq!(proposal.rules, vec!["T5", "F5", "T1"]);
    assert_eq!(proposal.day_basis, DayBasis::CustomerWish);

    let early = ScheduleInput {
        stage: Stage::FirstContact,
        ..wish("dienstags")
    };
    let proposal = next_contact(&early, &Settings::default(), friday_afternoon());
    assert_eq!(
        proposal.at.date(),
        date("2026-12-08"),
        "3 days before T3's Friday beats 4 after"
    );
}

#[test]
fn t5_f6_weekday_and_time_together() {
    let proposal = next_contact(
        &wish("op dinsdag na 17.00"),
        &Settings::default(),
        friday_afternoon(),
    );
    assert_eq!(proposal.at, at("2026-12-08T17:30"));
}

#[test]
fn t5_f5_in_a_month_is_the_customers_time_and_wins() {
    let proposal = next_contact(
        &wish("om en månad"),
        &Settings::default(),
        friday_afternoon(),
    );
    assert_eq!(proposal.at, at("2027-01-04T16:30"));
    assert_eq!(proposal.rules, vec!["T5", "F5"]);
    assert!(!proposal.customer_time_too_far);
}

#[test]
fn t5_a_named_weekend_date_is_kept_because_the_customer_asked() {
    let input = ScheduleInput {
        customer_time: Some(CustomerTime {
            day: Some(DayWish::Date(date("2026-12-05"))),
            time: Some(TimeWish::At { minute: 10 * 60 }),
        }),
        ..ScheduleInput::default()
    };
    let proposal = next_contact(&input, &Settings::default(), friday_afternoon());
    assert_eq!(proposal.at, at("2026-12-05T10:00"));
    assert!(proposal.outside_working_hours);
}

#[test]
fn t5_a_date_without_a_year_that_has_passed_this_year_means_next_year() {
    let proposal = next_contact(
        &wish("15 januari"),
        &Settings::default(),
        friday_afternoon(),
    );
    assert_eq!(proposal.at.date(), date("2027-01-15"));
}

#[test]
fn t5_a_promised_due_date_is_followed_up_the_weekday_after() {
    let by_thursday = ScheduleInput {
        promised_by: Some(date("2026-12-10")),
        ..ScheduleInput::default()
    };
    let proposal = next_contact(&by_thursday, &Settings::default(), friday_afternoon());
    assert_eq!(proposal.at, at("2026-12-11T16:30"));
    assert_eq!(proposal.day_basis, DayBasis::Promise);
    assert_eq!(proposal.rules, vec!["T5"]);

    let by_friday = ScheduleInput {
        promised_by: Some(date("2026-12-11")),
        ..ScheduleInput::default()
    };
    let proposal = next_contact(&by_friday, &Settings::default(), friday_afternoon());
    assert_eq!(proposal.at.date(), date("2026-12-14"));
}

#[test]
fn t5_a_promise_already_due_is_followed_up_as_soon_as_possible() {
    let overdue = ScheduleInput {
        promised_by: Some(date("2026-12-01")),
        ..ScheduleInput::default()
    };
    let proposal = next_contact(&overdue, &Settings::default(), friday_afternoon());
    assert_eq!(proposal.at.date(), date("2026-12-07"));
}

#[test]
fn t5_the_customers_day_beats_a_promised_due_date() {
    let input = ScheduleInput {
        promised_by: Some(date("2026-12-10")),
        ..wish("på tisdag")
    };
    let proposal = next_contact(&input, &Settings::default(), friday_afternoon());
    assert_eq!(proposal.day_basis, DayBasis::CustomerWish);
    assert_eq!(proposal.at.weekday(), Weekday::Tue);
}

// ---- F4: far beyond every rule ----

#[test]
fn f4_t5_in_six_months_for_an_offer_out_is_flagged_and_a_nearer_date_proposed() {
    let input = ScheduleInput {
        stage: Stage::OfferOut,
        ..wish("in six months")
    };
    let proposal = next_contact(&input, &Settings::default(), friday_afternoon());
    assert!(proposal.customer_time_too_far);
    assert_eq!(proposal.customer_time, Some(at("2027-06-04T16:30")));
    assert_eq!(proposal.at, at("2026-12-07T16:30"));
    assert_eq!(proposal.rules, vec!["T5", "F4", "T1"]);
}

#[test]
fn f4_a_far_promise_with_a_time_keeps_the_time_on_the_nearer_date() {
    let input = ScheduleInput {
        promised_by: Some(date("2027-03-01")),
        ..wish("nach 17 Uhr")
    };
    let proposal = next_contact(&input, &Settings::default(), friday_afternoon());
    assert!(proposal.customer_time_too_far);
    assert_eq!(proposal.at, at("2026-12-07T17:30"));
    assert_eq!(proposal.rules, vec!["T5", "F4", "T1", "F6"]);
}

#[test]
fn f4_six_weeks_is_still_the_customers_call() {
    let proposal = next_contact(
        &wish("in 6 weeks"),
        &Settings::default(),
        friday_afternoon(),
    );
    assert!(!proposal.customer_time_too_far);
    assert_eq!(proposal.at.date(), date("2027-01-15"));
}

// ---- reading the customer's words ----

fn after(hour: u16, minute: u16) -> Option<TimeWish> {
    Some(TimeWish::After {
        minute: hour * 60 + minute,
    })
}

fn day_only(day: DayWish) -> Option<CustomerTime> {
    Some(CustomerTime {
        day: Some(day),
        time: None,
    })
}

#[test]
fn parses_after_five_in_all_five_languages() {
    for text in [
        "after 17:00",
        "Call me after 5 pm",
        "after five",
        "efter 17",
        "efter kl. 17.00",
        "nach 17 Uhr",
        "ab 17 Uhr",
        "na 17.00",
        "na vijf uur",
        "etter kl. 17",
        "etter klokka fem",
    ] {
        let parsed = parse_customer_time(text).unwrap_or_default();
        assert_eq!(parsed.time, after(17, 0), "{text}");
        assert_eq!(parsed.day, None, "{text}");
    }
}

#[test]
fn parses_times_at_and_before() {
    let cases = [
        ("at 10:30", TimeWish::At { minute: 630 }),
        ("kl. 9", TimeWish::At { minute: 540 }),
        ("um 14 Uhr", TimeWish::At { minute: 840 }),
        ("om 11 uur", TimeWish::At { minute: 660 }),
        ("klokken 13.15", TimeWish::At { minute: 795 }),
        ("innan 10", TimeWish::Before { minute: 600 }),
        ("vor 12 Uhr", TimeWish::Before { minute: 720 }),
        ("før 11", TimeWish::Before { minute: 660 }),
        ("voor 10 uur", TimeWish::Before { minute: 600 }),
        ("before 9 am", TimeWish::Before { minute: 540 }),
        ("14:45 works", TimeWish::At { minute: 885 }),
    ];
    for (text, expected) in cases {
        let parsed = parse_customer_time(text).unwrap_or_default();
        assert_eq!(parsed.time, Some(expected), "{text}");
    }
}

#[test]
fn parses_weekdays_and_their_habitual_forms_in_all_five_languages() {
    for text in [
        "Tuesdays",
        "on Tuesday",
        "tisdagar",
        "på tisdag",
        "dienstags",
        "am Dienstag",
        "op dinsdag",
        "dinsdags",
        "tirsdager",
        "på tirsdag",
    ] {
        assert_eq!(
            parse_customer_time(text),
            day_only(DayWish::Weekday(Weekday::Tue)),
            "{text}"
        );
    }
}

#[test]
fn parses_intervals_in_all_five_languages() {
    let month = day_only(DayWish::In(Span::Months(1)));
    for text in [
        "in a month",
        "om en månad",
        "in einem Monat",
        "over een maand",
        "om en måned",
        "in about a month",
        "next month",
        "nästa månad",
    ] {
        assert_eq!(parse_customer_time(text), month, "{text}");
    }
    let cases = [
        ("in two weeks", Span::Weeks(2)),
        ("om 3 dagar", Span::Days(3)),
        ("in zwei Wochen", Span::Weeks(2)),
        ("om to uker", Span::Weeks(2)),
        ("over twee weken", Span::Weeks(2)),
        ("in a couple of weeks", Span::Weeks(2)),
        ("om ett par veckor", Span::Weeks(2)),
        ("nächste Woche", Span::Weeks(1)),
        ("in six months", Span::Months(6)),
        ("om ett år", Span::Months(12)),
        ("tomorrow", Span::Days(1)),
        ("i morgon", Span::Days(1)),
        ("morgen", Span::Days(1)),
        ("i dag", Span::Days(0)),
    ];
    for (text, expected) in cases {
        assert_eq!(
            parse_customer_time(text),
            day_only(DayWish::In(expected)),
            "{text}"
        );
    }
}

#[test]
fn parses_dates_with_and_without_a_year() {
    let january_15 = DayWish::DayOfMonth { day: 15, month: 1 };
    for text in [
        "15 January",
        "January 15th",
        "den 15 januari",
        "am 15. Januar",
        "15. januar",
        "op 15 januari",
        "15.1.",
        "15/1",
    ] {
        assert_eq!(parse_customer_time(text), day_only(january_15), "{text}");
    }
    let full = DayWish::Date(date("2027-01-15"));
    for text in ["2027-01-15", "15.01.2027", "15-1-2027", "15 januari 2027"] {
        assert_eq!(parse_customer_time(text), day_only(full), "{text}");
    }
}

#[test]
fn parses_a_day_and_a_time_together() {
    let parsed = parse_customer_time("Tuesdays after five").unwrap_or_default();
    assert_eq!(parsed.day, Some(DayWish::Weekday(Weekday::Tue)));
    assert_eq!(parsed.time, after(17, 0));

    let parsed =
        parse_customer_time("om en månad, efter lunch eller efter 16.30").unwrap_or_default();
    assert_eq!(parsed.day, Some(DayWish::In(Span::Months(1))));
    assert_eq!(parsed.time, after(16, 30));

    let parsed = parse_customer_time("am Dienstag nach 5").unwrap_or_default();
    assert_eq!(parsed.day, Some(DayWish::Weekday(Weekday::Tue)));
    assert_eq!(parsed.time, after(17, 0));
}

#[test]
fn parses_a_weekday_with_a_part_of_the_day_written_as_one_word_or_two() {
    let morning = Some(TimeWish::Before { minute: 12 * 60 });
    let afternoon = Some(TimeWish::After { minute: 13 * 60 });
    for (text, day, time) in [
        ("Tuesday morning", Weekday::Tue, morning),
        ("tisdagsförmiddag", Weekday::Tue, morning),
        ("tirsdag formiddag", Weekday::Tue, morning),
        ("am Dienstagvormittag", Weekday::Tue, morning),
        ("op dinsdagochtend", Weekday::Tue, morning),
        ("Thursday afternoons", Weekday::Thu, afternoon),
        ("torsdag eftermiddag", Weekday::Thu, afternoon),
        ("torsdagsettermiddag", Weekday::Thu, afternoon),
        ("Donnerstagnachmittag", Weekday::Thu, afternoon),
        ("donderdagmiddag", Weekday::Thu, afternoon),
    ] {
        let parsed = parse_customer_time(text).unwrap_or_default();
        assert_eq!(parsed.day, Some(DayWish::Weekday(day)), "{text}");
        assert_eq!(parsed.time, time, "{text}");
    }
    // An explicit time wins over the part of the day.
    let parsed = parse_customer_time("vrijdagmiddag na 14.00").unwrap_or_default();
    assert_eq!(parsed.time, after(14, 0));
}

#[test]
fn does_not_read_times_into_words_that_only_look_like_them() {
    for text in [
        "",
        "   ",
        "efter ett samtal med chefen",
        "call me at a good time",
        "innan ni bestämmer er",
        "guten Morgen",
        "send the offer again",
        "17.00.00.00",
        "at 25:00",
        "na 17.60",
        "32 januari",
    ] {
        assert_eq!(parse_customer_time(text), None, "{text}");
    }
}

// ---- properties ----

fn any_stage() -> impl Strategy<Value = Stage> {
    prop_oneof![
        Just(Stage::FirstContact),
        Just(Stage::InDialogue),
        Just(Stage::OfferOut),
        Just(Stage::ClosingAttempted),
    ]
}

fn any_outcome() -> impl Strategy<Value = LastOutcome> {
    prop_oneof![
        Just(LastOutcome::Talked),
        Just(LastOutcome::ThinkingItOver),
        Just(LastOutcome::NoAnswer),
    ]
}

fn any_time_wish() -> impl Strategy<Value = Option<TimeWish>> {
    prop_oneof![
        Just(None),
        (0u16..=2000).prop_map(|minute| Some(TimeWish::After { minute })),
        (0u16..=2000).prop_map(|minute| Some(TimeWish::Before { minute })),
        (0u16..=2000).prop_map(|minute| Some(TimeWish::At { minute })),
    ]
}

fn any_now() -> impl Strategy<Value = NaiveDateTime> {
    // 2000-01-01 to about 2100, at any minute.
    (0u64..36_500, 0u32..24 * 60).prop_map(|(days, minute)| {
        date("2000-01-01")
            .checked_add_days(chrono::Days::new(days))
            .expect("inside chrono's range")
            .and_hms_opt(minute / 60, minute % 60, 0)
            .expect("valid time")
    })
}

fn any_settings() -> impl Strategy<Value = Settings> {
    (0u8..=255, 0u16..=1500, 0u16..=1500).prop_map(|(window, start, end)| Settings {
        follow_up_window_days: window,
        working_hours: WorkingHours {
            start_minute: start,
            end_minute: end,
        },
        ..Settings::default()
    })
}

proptest! {
    #[test]
    fn the_parser_never_panics(text in any::<String>()) {
        let _ = parse_customer_time(&text);
    }

    #[test]
    fn the_parser_never_panics_on_time_like_text(text in "[0-9:./ -]{0,12}( ?(uhr|uur|pm|am|kl|after|om|in|a|month))*") {
        let _ = parse_customer_time(&text);
    }

    #[test]
    fn without_a_day_from_the_customer_the_rules_keep_to_working_days_and_two_weeks(
        stage in any_stage(),
        large in any::<bool>(),
        outcome in any_outcome(),
        time in any_time_wish(),
        settings in any_settings(),
        now in any_now(),
        lang in 0..Lang::COUNT,
    ) {
        let lang = Lang::ALL[lang];
        let input = ScheduleInput {
            stage,
            deal_size: if large { DealSize::Large } else { DealSize::Regular },
            last_outcome: outcome,
            customer_time: Some(CustomerTime { day: None, time }),
            promised_by: None,
            lang: Some(lang),
        };
        let proposal = next_contact(&input, &settings, now);
        prop_assert!(proposal.at > now);
        prop_assert!(!is_day_off(Country::of_lang(lang), proposal.at.date()), "{}", proposal.at);
        prop_assert!((proposal.at.date() - now.date()).num_days() <= 14);
        if time.is_none() {
            prop_assert!(!proposal.outside_working_hours);
        }
    }

    #[test]
    fn whatever_the_customer_said_the_proposal_is_ahead_and_far_wishes_are_negotiated(
        stage in any_stage(),
        text in "(in|om|over) [0-9]{1,3} (days|weeks|månader|Monate|maanden)|[A-Za-z ]{0,20}|[0-9]{1,2}\\.[0-9]{1,2}\\.(20[0-9]{2})?",
        promised_in_days in proptest::option::of(-30i64..400),
        settings in any_settings(),
        now in any_now(),
    ) {
        let input = ScheduleInput {
            stage,
            customer_time: parse_customer_time(&text),
            promised_by: promised_in_days.map(|days| now.date() + chrono::Duration::days(days)),
            ..ScheduleInput::default()
        };
        let proposal = next_contact(&input, &settings, now);
        prop_assert!(proposal.at > now);
        if proposal.customer_time_too_far {
            prop_assert!((proposal.at.date() - now.date()).num_days() <= 14);
            prop_assert!(!matches!(proposal.at.weekday(), Weekday::Sat | Weekday::Sun));
        }
    }
}

// ---- Holidays of the customers' country ----

fn in_dialogue_in(lang: Lang) -> ScheduleInput {
    ScheduleInput {
        lang: Some(lang),
        ..ScheduleInput::default()
    }
}

#[test]
fn t1_a_swedish_follow_up_on_23_december_waits_until_after_christmas() {
    let wednesday = at("2026-12-23T10:00");
    let proposal = next_contact(&in_dialogue_in(Lang::Sv), &Settings::default(), wednesday);
    assert_eq!(
        proposal.at,
        at("2026-12-28T10:00"),
        "24 and 25 December are off"
    );
    // A British office closes early on Christmas Eve, and Boxing Day falls on a Saturday, so
    // its bank holiday is Monday 28 December: a British customer is called a day later.
    let proposal = next_contact(&in_dialogue_in(Lang::En), &Settings::default(), wednesday);
    assert_eq!(proposal.at, at("2026-12-29T10:00"));
}

#[test]
fn a_country_chosen_in_settings_wins_over_the_language() {
    let settings = Settings {
        customer_country: Some(Country::Sweden),
        ..Settings::default()
    };
    let proposal = next_contact(&in_dialogue_in(Lang::En), &settings, at("2026-12-23T10:00"));
    assert_eq!(proposal.at, at("2026-12-28T10:00"));
}

#[test]
fn t5_a_promise_due_before_a_holiday_is_followed_up_on_the_next_working_day() {
    let input = ScheduleInput {
        promised_by: Some(date("2026-04-01")),
        lang: Some(Lang::Nb),
        ..ScheduleInput::default()
    };
    // Maundy Thursday, Good Friday, the weekend and Easter Monday are off in Norway.
    let proposal = next_contact(&input, &Settings::default(), at("2026-03-30T09:00"));
    assert_eq!(proposal.at.date(), date("2026-04-07"));
}
