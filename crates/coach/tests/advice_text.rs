//! The advisor's advice in words: every reason and label in every language, a "Why?" text for
//! every rule and mistake id the advisor can cite, and the follow-up opener built from a lead.
//! "Now" is Friday 4 December 2026, 16:30.

use chrono::{NaiveDate, NaiveDateTime};
use warmcall_coach::advice_text::{
    action_label, channel_label, deal_size_label, do_not_contact_label, follow_up_opener, name_of,
    outcome_label, reason_text, source_label, stage_label, CHANNELS, DEAL_SIZES,
    DO_NOT_CONTACT_REASONS, LET_GO_REASONS, OUTCOMES, SOURCES, STAGES,
};
use warmcall_coach::advisor::{advise, Action, Reason, TimingCase};
use warmcall_coach::followup::format_day_time;
use warmcall_coach::lead::{Channel, Contact, DoNotContact, Lead, Outcome};
use warmcall_coach::question::{analyze_question, QuestionKind};
use warmcall_coach::rules::rule_text;
use warmcall_coach::schedule::DayBasis;
use warmcall_coach::settings::Settings;
use warmcall_coach::Lang;

mod support;
use support::at;

fn now() -> NaiveDateTime {
    at("2026-12-04T16:30")
}

/// Which variant a reason is; a `Reason` added to the advisor fails to compile here until the
/// sample list below has one.
fn variant(reason: &Reason) -> usize {
    match reason {
        Reason::DoNotContact { .. } => 0,
        Reason::PoorFit => 1,
        Reason::NoNeed => 2,
        Reason::SaidNotInterested => 3,
        Reason::VolumeProductNewRep => 4,
        Reason::UnansweredAttempts { .. } => 5,
        Reason::NotTheDecisionMaker { .. } => 6,
        Reason::WrongPerson => 7,
        Reason::BuyingLater { .. } => 8,
        Reason::StalledOutcomes { .. } => 9,
        Reason::DayDecidedBy { .. } => 10,
        Reason::AgreedNextContact { .. } => 11,
        Reason::CustomerTimeTooFar { .. } => 12,
        Reason::CustomerChannel { .. } => 13,
        Reason::OutsideWorkingHours => 14,
        Reason::NothingNew { .. } => 15,
        Reason::ActivityWithoutProgress { .. } => 16,
        Reason::CalledSoonAfterSendInformation { .. } => 17,
        Reason::MeetingNotAgreed { .. } => 18,
        Reason::ClosingWithoutConfirmedNeed => 19,
        Reason::NoContactYet => 20,
        Reason::NotReachedYet { .. } => 21,
        Reason::SendInformationFirst { .. } => 22,
        Reason::TimingRule { .. } => 23,
    }
}
const VARIANTS: usize = 24;

/// Every reason, with each value of its inner enum, and what its sentence in `lang` must
/// contain: its numbers and its dates as the follow-up coach writes them. Numbers are distinct
/// within a reason so that one cannot stand in for another.
fn samples(lang: Lang) -> Vec<(Reason, Vec<String>)> {
    let numbers = |list: &[i64]| list.iter().map(i64::to_string).collect::<Vec<_>>();
    let when = |text: &str| vec![format_day_time(lang, at(text))];
    let mut samples = vec![
        (Reason::PoorFit, vec![]),
        (Reason::NoContactYet, vec![]),
        (Reason::NoNeed, vec![]),
        (Reason::SaidNotInterested, vec![]),
        (Reason::VolumeProductNewRep, vec![]),
        (
            Reason::UnansweredAttempts { count: 4, limit: 3 },
            numbers(&[4, 3]),
        ),
        (
            Reason::UnansweredAttempts { count: 1, limit: 1 },
            numbers(&[1]),
        ),
        (
            Reason::NotTheDecisionMaker {
                reached_contacts: 2,
            },
            numbers(&[2]),
        ),
        (Reason::WrongPerson, vec![]),
        (
            // The time of day is the coach's slot, so only the day is said.
            Reason::BuyingLater {
                at: at("2027-06-04T10:00"),
            },
            // A buying time is said as roughly as the customer meant it: a part of the month,
            // no weekday.
            vec![match lang {
                Lang::En => "in early June",
                Lang::Sv => "först i början av juni",
                Lang::De => "erst Anfang Juni",
                Lang::Nb => "først i begynnelsen av juni",
                Lang::Nl => "rond begin juni",
            }
            .to_owned()],
        ),
        (Reason::StalledOutcomes { count: 2 }, numbers(&[2])),
        (
            Reason::NotReachedYet {
                attempts: 2,
                limit: 6,
            },
            numbers(&[2, 6]),
        ),
        (
            Reason::NotReachedYet {
                attempts: 1,
                limit: 3,
            },
            numbers(&[1, 3]),
        ),
        (
            Reason::SendInformationFirst {
                follow_up: at("2026-12-10T10:00"),
            },
            when("2026-12-10T10:00"),
        ),
        (
            Reason::AgreedNextContact {
                at: at("2026-12-11T12:00"),
            },
            when("2026-12-11T12:00"),
        ),
        (
            Reason::CustomerTimeTooFar {
                wished: at("2027-06-04T09:30"),
            },
            when("2027-06-04T09:30"),
        ),
        (Reason::OutsideWorkingHours, vec![]),
        (Reason::NothingNew { contacts: 3 }, numbers(&[3])),
        (
            Reason::ActivityWithoutProgress {
                contacts: 6,
                days: 14,
                with_new_information: 2,
            },
            numbers(&[6, 14, 2]),
        ),
        (
            Reason::ActivityWithoutProgress {
                contacts: 5,
                days: 14,
                with_new_information: 0,
            },
            numbers(&[5, 14]),
        ),
        (
            Reason::ActivityWithoutProgress {
                contacts: 7,
                days: 14,
                with_new_information: 1,
            },
            numbers(&[7, 14, 1]),
        ),
        (
            Reason::CalledSoonAfterSendInformation { hours: 5 },
            numbers(&[5]),
        ),
        (
            Reason::CalledSoonAfterSendInformation { hours: 1 },
            numbers(&[1]),
        ),
        (Reason::CalledSoonAfterSendInformation { hours: 0 }, vec![]),
        (
            Reason::MeetingNotAgreed {
                at: at("2026-12-03T14:00"),
            },
            when("2026-12-03T14:00"),
        ),
        (Reason::ClosingWithoutConfirmedNeed, vec![]),
    ];
    for (why, _) in DO_NOT_CONTACT_REASONS {
        samples.push((Reason::DoNotContact { why: *why }, vec![]));
    }
    for basis in [DayBasis::Rules, DayBasis::CustomerWish, DayBasis::Promise] {
        samples.push((Reason::DayDecidedBy { basis }, vec![]));
    }
    for case in [
        TimingCase::UnderWay,
        TimingCase::ThinkingItOver,
        TimingCase::EarlyStage,
    ] {
        for large_deal in [false, true] {
            samples.push((Reason::TimingRule { case, large_deal }, vec![]));
        }
    }
    for (channel, _) in CHANNELS {
        samples.push((Reason::CustomerChannel { channel: *channel }, vec![]));
    }
    samples
}

#[test]
fn every_reason_reads_in_every_language_with_its_numbers_and_dates() {
    let mut covered = [false; VARIANTS];
    for (reason, _) in samples(Lang::En) {
        covered[variant(&reason)] = true;
    }
    assert!(covered.iter().all(|&c| c), "a variant has no sample");

    for lang in Lang::ALL {
        let mut seen = Vec::new();
        for (reason, parts) in samples(lang) {
            let text = reason_text(lang, &reason);
            assert!(!text.trim().is_empty(), "{lang:?} {reason:?}");
            assert!(!text.contains("  "), "{lang:?}: double space in {text}");
            assert!(text.ends_with('.'), "{lang:?}: {text}");
            for part in parts {
                assert!(text.contains(&part), "{lang:?}: {part} not in {text}");
            }
            seen.push(text);
        }
        // Different facts read differently; a copied row would not.
        let count = seen.len();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), count, "{lang:?}: two reasons read the same");
    }
}

#[test]
fn dates_read_as_people_write_them_and_no_language_is_left_in_english() {
    assert_eq!(
        reason_text(
            Lang::Sv,
            &Reason::AgreedNextContact {
                at: at("2026-12-11T12:00")
            }
        ),
        "Ni kom överens om nästa kontakt: fredag 11 december kl. 12.00."
    );
    assert!(reason_text(
        Lang::De,
        &Reason::MeetingNotAgreed {
            at: at("2026-12-11T12:00")
        }
    )
    .contains("am Freitag, 11. Dezember, um 12 Uhr"));
    for (reason, _) in samples(Lang::En) {
        let english = reason_text(Lang::En, &reason);
        for lang in &Lang::ALL[1..] {
            assert_ne!(reason_text(*lang, &reason), english, "{lang:?} {reason:?}");
        }
    }
}

#[test]
fn every_label_is_there_in_every_language_and_tells_the_choices_apart() {
    fn check<T: Copy + std::fmt::Debug>(values: &[T], label: fn(Lang, T) -> &'static str) {
        assert!(!values.is_empty());
        for lang in Lang::ALL {
            let mut labels: Vec<&str> = values.iter().map(|v| label(lang, *v)).collect();
            for (value, text) in values.iter().zip(&labels) {
                assert!(!text.trim().is_empty(), "{lang:?} {value:?}");
                assert_eq!(text.trim(), *text, "{lang:?} {value:?}");
            }
            labels.sort();
            labels.dedup();
            assert_eq!(
                labels.len(),
                values.len(),
                "{lang:?}: two choices share a label"
            );
        }
    }
    let mut actions = vec![
        Action::FollowUp,
        Action::Nurture,
        Action::FindDecisionMaker,
        Action::DoNotContact,
    ];
    actions.extend(
        LET_GO_REASONS
            .iter()
            .map(|(reason, _)| Action::LetGo(*reason)),
    );
    check(&actions, action_label);
    check(&values(CHANNELS), channel_label);
    check(&values(OUTCOMES), outcome_label);
    check(&values(SOURCES), source_label);
    check(&values(STAGES), stage_label);
    check(&values(DEAL_SIZES), deal_size_label);
    check(&values(DO_NOT_CONTACT_REASONS), do_not_contact_label);
    assert_eq!(action_label(Lang::En, Action::FollowUp), "Follow up");
    assert_eq!(OUTCOMES.len(), 6);
    assert_eq!(LET_GO_REASONS.len(), 4);
}

/// The quoted rule-like ids ("L4", "M7", "T2") in a source file.
fn quoted_ids(source: &str) -> Vec<String> {
    let bytes = source.as_bytes();
    let mut ids: Vec<String> = bytes
        .windows(4)
        .filter(|w| {
            w[0] == b'"' && w[1].is_ascii_uppercase() && w[2].is_ascii_digit() && w[3] == b'"'
        })
        .map(|w| String::from_utf8_lossy(&w[1..3]).into_owned())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn every_id_the_advisor_can_cite_has_a_why_text_in_every_language() {
    // The advisor's own ids, and those of the schedule it takes every date from.
    let mut ids = quoted_ids(include_str!("../src/advisor.rs"));
    ids.extend(quoted_ids(include_str!("../src/schedule.rs")));
    for expected in [
        "L1", "L2", "L3", "L4", "L5", "L6", "L7", "M1", "M4", "M5", "M6", "M7", "S1", "S2", "S3",
        "F5", "T1", "T5",
    ] {
        assert!(ids.iter().any(|id| id == expected), "{expected} not found");
    }
    for id in &ids {
        for lang in Lang::ALL {
            let text = rule_text(id, lang).unwrap_or_else(|| panic!("{id} has no text"));
            assert!(!text.title.is_empty() && !text.explanation.is_empty());
        }
    }
}

fn realistic_lead(lang: Lang) -> Lead {
    let (discussed, promised) = match lang {
        Lang::En => ("the new price list", "check the budget with the board"),
        Lang::Sv => ("den nya prislistan", "kolla budgeten med styrelsen"),
        Lang::De => ("die neue Preisliste", "das Budget mit dem Vorstand prüfen"),
        Lang::Nb => ("den nye prislisten", "sjekke budsjettet med styret"),
        Lang::Nl => (
            "de nieuwe prijslijst",
            "het budget met het bestuur bekijken",
        ),
    };
    Lead {
        id: "lead-7".into(),
        name: "Anna".into(),
        company: "Berg AB".into(),
        log: vec![
            Contact {
                at: at("2026-11-20T10:00"),
                channel: Channel::Call,
                reached: false,
                ..Contact::default()
            },
            Contact {
                at: at("2026-12-02T10:00"),
                channel: Channel::Call,
                reached: true,
                outcome: Some(Outcome::Other),
                discussed: discussed.into(),
                promised: promised.into(),
                promised_by: NaiveDate::from_ymd_opt(2026, 12, 8),
                new_information: true,
                ..Contact::default()
            },
        ],
        ..Lead::default()
    }
}

#[test]
fn the_opener_names_the_thread_and_asks_assumptively_in_every_language() {
    let settings = Settings::default();
    for lang in Lang::ALL {
        let lead = realistic_lead(lang);
        let advice = advise(&lead, &settings, now());
        assert_eq!(advice.action, Action::FollowUp);
        let opener = follow_up_opener(&lead, &advice, &settings, lang, now())
            .unwrap_or_else(|| panic!("{lang:?}: no opener"));
        let contact = &lead.log[1];
        // A bare first name and German's default Sie: greeted without the name.
        if lang == Lang::De {
            assert!(opener.starts_with("Guten Tag, "), "{opener}");
        } else {
            assert!(opener.contains("Anna"), "{opener}");
        }
        assert!(opener.contains(&contact.discussed), "{lang:?}: {opener}");
        assert!(opener.contains(&contact.promised), "{lang:?}: {opener}");
        // The due date is Tuesday and the call the Wednesday after: said on that day, the
        // deadline was yesterday.
        let yesterday = ["yesterday", "i går", "gestern", "i går", "gisteren"][lang.index()];
        assert!(opener.contains(yesterday), "{lang:?}: {opener}");

        let (_, question) = opener.rsplit_once(". ").expect("opener, then the question");
        assert!(question.ends_with('?'), "{lang:?}: {question}");
        let kind = analyze_question(question, Some(lang), lang).kind;
        assert!(
            matches!(kind, QuestionKind::Assumptive | QuestionKind::Open),
            "{lang:?}: {question} is {kind:?}"
        );
    }
}

#[test]
fn no_opener_without_a_follow_up_or_a_thread() {
    let settings = Settings::default();
    let lead = realistic_lead(Lang::En);

    let mut do_not_call = lead.clone();
    do_not_call.do_not_contact = Some(DoNotContact::OnRegister);
    let advice = advise(&do_not_call, &settings, now());
    assert_eq!(advice.action, Action::DoNotContact);
    assert_eq!(
        follow_up_opener(&do_not_call, &advice, &settings, Lang::En, now()),
        None
    );

    let mut no_thread = lead.clone();
    no_thread.log[1].discussed = "  ".into();
    no_thread.log[1].promised = String::new();
    let advice = advise(&no_thread, &settings, now());
    assert_eq!(advice.action, Action::FollowUp);
    assert_eq!(
        follow_up_opener(&no_thread, &advice, &settings, Lang::En, now()),
        None
    );

    let mut never_reached = lead.clone();
    never_reached.log.retain(|contact| !contact.reached);
    let advice = advise(&never_reached, &settings, now());
    assert_eq!(
        follow_up_opener(&never_reached, &advice, &settings, Lang::En, now()),
        None
    );

    // Only a topic: the opener names it and asks what has happened, an open question.
    let mut topic_only = lead;
    topic_only.log[1].promised = String::new();
    let advice = advise(&topic_only, &settings, now());
    let opener = follow_up_opener(&topic_only, &advice, &settings, Lang::Sv, now()).unwrap();
    assert!(opener.contains("den nya prislistan") || opener.contains("the new price list"));
}

fn values<T: Copy>(table: &[(T, &str)]) -> Vec<T> {
    table.iter().map(|(value, _)| *value).collect()
}

/// The names in the label tables are the forms' option values and the CSV export's cells; they
/// must be the names the backup's JSON uses, so a lead reads the same in all three.
#[test]
fn every_name_in_the_label_tables_is_the_json_name() {
    fn check<T: serde::Serialize + Copy + PartialEq>(table: &[(T, &'static str)]) {
        for (value, name) in table {
            assert_eq!(serde_json::to_string(value).unwrap(), format!("\"{name}\""));
            assert_eq!(
                name_of(table, *value),
                *name,
                "name_of finds the listed name"
            );
        }
    }
    check(LET_GO_REASONS);
    check(CHANNELS);
    check(OUTCOMES);
    check(SOURCES);
    check(STAGES);
    check(DEAL_SIZES);
    check(DO_NOT_CONTACT_REASONS);
}

/// Reasons as a native rep reads them, from the native review: no translated turns ("the
/// customer's own wish set the day"), no false precision for a rough buying time, no "as soon
/// as" beside a fixed time.
#[test]
fn reasons_read_as_a_native_rep_writes_them() {
    let cases: Vec<(Lang, Reason, &str)> = vec![
        (
            Lang::En,
            Reason::DayDecidedBy { basis: DayBasis::Promise },
            "This is the first suitable day after the deadline the customer set themselves.",
        ),
        (
            Lang::Sv,
            Reason::DayDecidedBy { basis: DayBasis::Promise },
            "Det är första lämpliga dag efter den tidsfrist kunden själv satte.",
        ),
        (
            Lang::Nb,
            Reason::DayDecidedBy { basis: DayBasis::Promise },
            "Det er første passende dag etter fristen kunden selv satte.",
        ),
        (
            Lang::En,
            Reason::DayDecidedBy { basis: DayBasis::CustomerWish },
            "The customer chose the day.",
        ),
        (
            Lang::Sv,
            Reason::DayDecidedBy { basis: DayBasis::CustomerWish },
            "Kunden valde själv dagen.",
        ),
        (
            Lang::En,
            Reason::BuyingLater { at: at("2027-06-03T10:00") },
            "The customer plans to buy in early June, so it's too early to follow up now.",
        ),
        (
            Lang::Sv,
            Reason::BuyingLater { at: at("2027-06-03T10:00") },
            "Kunden planerar att köpa först i början av juni, så det är för tidigt att följa upp nu.",
        ),
        (
            Lang::De,
            Reason::BuyingLater { at: at("2027-06-15T10:00") },
            "Der Kunde plant den Kauf erst Mitte Juni – für ein Nachfassen ist es jetzt zu früh.",
        ),
        (
            Lang::Nb,
            Reason::BuyingLater { at: at("2027-06-25T10:00") },
            "Kunden planlegger å kjøpe først i slutten av juni, så det er for tidlig å følge opp nå.",
        ),
        (
            Lang::En,
            Reason::BuyingLater { at: at("2027-06-15T10:00") },
            "The customer plans to buy in mid-June, so it's too early to follow up now.",
        ),
        (
            Lang::En,
            Reason::OutsideWorkingHours,
            "This is outside your working hours, but it's the time the customer asked for.",
        ),
        (
            Lang::En,
            Reason::NoContactYet,
            "No contact yet: call as soon as you've prepared.",
        ),
        (
            Lang::Nb,
            Reason::AgreedNextContact { at: at("2026-12-07T11:00") },
            "Dere avtalte å snakkes igjen mandag 7. desember kl. 11.00.",
        ),
        (
            Lang::Nl,
            Reason::SendInformationFirst { follow_up: at("2026-12-04T15:00") },
            "De klant vroeg om informatie: stuur die eerst en neem vrijdag 4 december om 15.00 \
             uur weer contact op; dan heeft de klant tijd gehad om die te lezen.",
        ),
        (
            Lang::De,
            Reason::SendInformationFirst { follow_up: at("2026-12-04T15:00") },
            "Der Kunde hat um Unterlagen gebeten: Schicken Sie sie zuerst und fassen Sie am \
             Freitag, 4. Dezember, um 15 Uhr nach – so bleibt genug Zeit, sie zu lesen.",
        ),
    ];
    let friday = at("2026-12-04T15:00");
    let agreed = Reason::AgreedNextContact {
        at: at("2026-12-07T11:00"),
    };
    let cases = cases.into_iter().chain([
        (
            Lang::De,
            agreed.clone(),
            "Der nächste Kontakt ist vereinbart: Montag, 7. Dezember, um 11 Uhr.",
        ),
        (
            Lang::Nl,
            agreed,
            "Jullie spraken het volgende contact af: maandag 7 december om 11.00 uur.",
        ),
        (
            Lang::En,
            Reason::SendInformationFirst { follow_up: friday },
            "They asked you to send information: send it first, then follow up on Friday 4 \
             December at 15:00; by then they will have had time to read it.",
        ),
        (
            Lang::Sv,
            Reason::SendInformationFirst { follow_up: friday },
            "Kunden bad dig skicka information: skicka den först och följ upp fredag 4 december \
             kl. 15.00 – då har kunden hunnit läsa den.",
        ),
        (
            Lang::Nb,
            Reason::SendInformationFirst { follow_up: friday },
            "Kunden ba deg sende informasjon: send den først, og følg opp fredag 4. desember kl. \
             15.00 – da har kunden hatt tid til å lese den.",
        ),
    ]);
    for (lang, reason, expected) in cases {
        assert_eq!(reason_text(lang, &reason), expected, "{lang:?} {reason:?}");
    }
}
