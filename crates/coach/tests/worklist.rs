#![cfg(not(target_arch = "wasm32"))]
//! The lead list's order and columns: when to act first, each column's sort in both directions,
//! blanks last, and ties that keep their order. "Now" is Friday 4 December 2026, 16:30.

use chrono::NaiveDateTime;
use warmcall_coach::advisor::{advise, Action, Advice, LetGoReason};
use warmcall_coach::lead::{Contact, DoNotContact, Lead};
use warmcall_coach::schedule::Stage;
use warmcall_coach::settings::Settings;
use warmcall_coach::worklist::{sorted, Direction, Sort, SortKey, Urgency, WorkRow};

mod support;
use support::at;

fn now() -> NaiveDateTime {
    at("2026-12-04T16:30")
}

fn contact(when: &str, reached: bool) -> Contact {
    Contact {
        at: at(when),
        reached,
        ..Contact::default()
    }
}

fn lead(name: &str, log: Vec<Contact>) -> Lead {
    Lead {
        id: name.to_lowercase(),
        name: name.into(),
        log,
        ..Lead::default()
    }
}

fn advice(action: Action, due: Option<&str>) -> Advice {
    Advice {
        action,
        due: due.map(at),
        channel: None,
        follow_up: None,
        rules: Vec::new(),
        mistakes: Vec::new(),
        reasons: Vec::new(),
    }
}

fn follow_up(due: &str) -> Advice {
    advice(Action::FollowUp, Some(due))
}

/// A named row with one reached contact last Monday, unless the test changes it.
fn row(name: &str, advice: Advice) -> (String, WorkRow) {
    let lead = lead(name, vec![contact("2026-11-30T10:00", true)]);
    (name.to_owned(), WorkRow::new(&lead, &advice, now()))
}

fn names(rows: &[(String, WorkRow)], sort: Sort) -> Vec<&str> {
    let plain: Vec<WorkRow> = rows.iter().map(|(_, row)| row.clone()).collect();
    sorted(&plain, sort)
        .into_iter()
        .map(|i| rows[i].0.as_str())
        .collect()
}

fn by(key: SortKey, direction: Direction) -> Sort {
    Sort { key, direction }
}

#[test]
fn the_default_order_is_overdue_then_today_then_later_then_let_go_and_do_not_contact() {
    let rows = vec![
        row("LetGo", advice(Action::LetGo(LetGoReason::StopRule), None)),
        row("NextWeek", follow_up("2026-12-09T10:00")),
        row("Barred", advice(Action::DoNotContact, None)),
        row("Tonight", follow_up("2026-12-04T17:00")),
        row("Tuesday", follow_up("2026-12-01T09:00")),
        row("ThisMorning", follow_up("2026-12-04T09:00")),
        row("Decider", advice(Action::FindDecisionMaker, None)),
        row("Monday", follow_up("2026-12-07T10:00")),
    ];
    assert_eq!(
        names(&rows, Sort::default()),
        [
            "Tuesday",
            "ThisMorning",
            "Tonight",
            "Decider",
            "Monday",
            "NextWeek",
            "LetGo",
            "Barred"
        ]
    );
    let urgency = |name: &str| rows.iter().find(|(n, _)| n == name).unwrap().1.urgency;
    assert_eq!(urgency("ThisMorning"), Urgency::Overdue);
    assert_eq!(urgency("Tonight"), Urgency::DueToday);
    assert_eq!(urgency("Decider"), Urgency::DueToday);
    assert_eq!(urgency("Monday"), Urgency::Later);
}

#[test]
fn the_order_follows_the_advisor_for_real_leads() {
    let settings = Settings::default();
    let barred = Lead {
        do_not_contact: Some(DoNotContact::AskedNotToBeContacted),
        ..lead("Barred", vec![contact("2026-12-01T10:00", true)])
    };
    let not_interested = Lead {
        qualification: warmcall_coach::lead::Qualification {
            need_confirmed: Some(false),
            ..Default::default()
        },
        ..lead("NoNeed", vec![contact("2026-12-01T10:00", true)])
    };
    let talked_long_ago = lead("Waiting", vec![contact("2026-11-02T10:00", true)]);
    let fresh = lead("Fresh", Vec::new());
    let leads = [barred, not_interested, fresh, talked_long_ago];
    let rows: Vec<(String, WorkRow)> = leads
        .iter()
        .map(|lead| {
            let advice = advise(lead, &settings, now());
            (lead.name.clone(), WorkRow::new(lead, &advice, now()))
        })
        .collect();
    let order = names(&rows, Sort::default());
    assert_eq!(order[2..], ["NoNeed", "Barred"], "{order:?}");
    // Nobody is kept waiting by a lead never called: its first call is never late.
    let fresh = &rows[2].1;
    assert_ne!(fresh.urgency, Urgency::Overdue);
    assert_eq!(
        rows[3].1.urgency,
        Urgency::Overdue,
        "a month without contact"
    );
}

#[test]
fn attempts_count_the_unanswered_calls_since_the_person_was_last_reached() {
    // Logged out of order, as a hand-edited backup may hold them.
    let lead = lead(
        "Anna",
        vec![
            contact("2026-12-03T10:00", false),
            contact("2026-11-20T10:00", false),
            contact("2026-12-01T10:00", false),
            contact("2026-11-25T10:00", true),
        ],
    );
    let row = WorkRow::new(&lead, &follow_up("2026-12-07T10:00"), now());
    assert_eq!(row.attempts, 2);
    assert_eq!(row.last_contact, Some(at("2026-12-03T10:00")));
    let reached_last = self::lead("Bo", vec![contact("2026-12-03T10:00", true)]);
    let row = WorkRow::new(&reached_last, &follow_up("2026-12-07T10:00"), now());
    assert_eq!(row.attempts, 0);
    let never = self::lead("Cai", Vec::new());
    let row = WorkRow::new(&never, &follow_up("2026-12-07T10:00"), now());
    assert_eq!((row.attempts, row.last_contact), (0, None));
}

fn with_log(name: &str, advice: Advice, log: Vec<Contact>, stage: Stage) -> (String, WorkRow) {
    let lead = Lead {
        stage,
        ..lead(name, log)
    };
    (name.to_owned(), WorkRow::new(&lead, &advice, now()))
}

fn columns() -> Vec<(String, WorkRow)> {
    vec![
        with_log(
            "cecilia",
            advice(Action::Nurture, Some("2026-12-20T10:00")),
            vec![contact("2026-12-02T10:00", true)],
            Stage::OfferOut,
        ),
        with_log(
            "Adam",
            follow_up("2026-12-07T10:00"),
            vec![
                contact("2026-11-20T10:00", true),
                contact("2026-11-24T10:00", false),
            ],
            Stage::InDialogue,
        ),
        with_log(
            "Bea",
            advice(Action::FindDecisionMaker, None),
            Vec::new(),
            Stage::FirstContact,
        ),
        with_log(
            "Dan",
            follow_up("2026-12-04T10:00"),
            vec![
                contact("2026-12-01T10:00", false),
                contact("2026-12-02T10:00", false),
                contact("2026-12-03T10:00", false),
            ],
            Stage::ClosingAttempted,
        ),
    ]
}

#[test]
fn each_column_sorts_both_ways() {
    use Direction::*;
    use SortKey::*;
    let rows = columns();
    // Descending turns the column around; equal cells keep the when-to-act order either way
    // (Dan is overdue, Adam due Monday; Bea's decision maker is today's work, Cecilia later).
    let cases = [
        (
            Name,
            ["Adam", "Bea", "cecilia", "Dan"],
            ["Dan", "cecilia", "Bea", "Adam"],
        ),
        (
            NextAction,
            ["Dan", "Adam", "cecilia", "Bea"],
            ["Bea", "cecilia", "Dan", "Adam"],
        ),
        (
            Attempts,
            ["Bea", "cecilia", "Adam", "Dan"],
            ["Dan", "Adam", "Bea", "cecilia"],
        ),
        (
            Stage,
            ["Bea", "Adam", "cecilia", "Dan"],
            ["Dan", "cecilia", "Adam", "Bea"],
        ),
    ];
    for (key, ascending, descending) in cases {
        assert_eq!(names(&rows, by(key, Ascending)), ascending, "{key:?}");
        assert_eq!(names(&rows, by(key, Descending)), descending, "{key:?}");
    }
}

#[test]
fn a_blank_date_sorts_last_in_both_directions() {
    use Direction::*;
    let rows = columns();
    assert_eq!(
        names(&rows, by(SortKey::Due, Ascending)),
        ["Dan", "Adam", "cecilia", "Bea"]
    );
    assert_eq!(
        names(&rows, by(SortKey::Due, Descending)),
        ["cecilia", "Adam", "Dan", "Bea"]
    );
    assert_eq!(
        names(&rows, by(SortKey::LastContact, Ascending)),
        ["Adam", "cecilia", "Dan", "Bea"]
    );
    assert_eq!(
        names(&rows, by(SortKey::LastContact, Descending)),
        ["Dan", "cecilia", "Adam", "Bea"]
    );
}

#[test]
fn ties_keep_the_when_to_act_order_and_then_the_list_order() {
    let rows = vec![
        row("Later1", follow_up("2026-12-09T10:00")),
        row("Late", follow_up("2026-12-02T10:00")),
        row("Later2", follow_up("2026-12-09T10:00")),
        row("Sooner", follow_up("2026-12-07T10:00")),
    ];
    // Every row has 0 attempts: the column ties everywhere.
    for direction in [Direction::Ascending, Direction::Descending] {
        assert_eq!(
            names(&rows, by(SortKey::Attempts, direction)),
            ["Late", "Sooner", "Later1", "Later2"]
        );
    }
}

#[test]
fn a_header_click_turns_its_column_around_and_another_column_starts_ascending() {
    let sort = Sort::default().toggled(SortKey::Due);
    assert_eq!(sort, by(SortKey::Due, Direction::Ascending));
    let sort = sort.toggled(SortKey::Due);
    assert_eq!(sort, by(SortKey::Due, Direction::Descending));
    assert_eq!(sort.direction_of(SortKey::Due), Some(Direction::Descending));
    assert_eq!(sort.direction_of(SortKey::Stage), None);
    let sort = sort.toggled(SortKey::Stage);
    assert_eq!(sort, by(SortKey::Stage, Direction::Ascending));
}
