#![cfg(not(target_arch = "wasm32"))]
//! Scenario tests for the lead advisor, one or more per rule (L1–L7, T1–T5, F5, F6), mistake
//! (M1, M4, M5, M6) and signal (S1–S3), the precedence table, the backup's JSON shape, and
//! properties over arbitrary leads. "Now" is Friday 4 December 2026, 16:30, unless a test says.

use chrono::{Duration, NaiveDateTime};
use proptest::prelude::*;
use warmcall_coach::advisor::{advise, Action, Advice, LetGoReason, Reason, TimingCase};
use warmcall_coach::lead::{
    Channel, Contact, CustomerWishes, DoNotContact, Lead, Outcome, Qualification, Source,
};
use warmcall_coach::schedule::{DayBasis, DealSize, Stage};
use warmcall_coach::settings::{Experience, ProductKind, Settings, StopRule, WorkingHours};

mod support;
use support::{at, date};

fn now() -> NaiveDateTime {
    at("2026-12-04T16:30")
}

/// A conversation that went somewhere neutral and brought something new.
fn talked(when: &str) -> Contact {
    Contact {
        at: at(when),
        channel: Channel::Call,
        reached: true,
        outcome: Some(Outcome::Other),
        new_information: true,
        ..Contact::default()
    }
}

fn ended(when: &str, outcome: Outcome) -> Contact {
    Contact {
        outcome: Some(outcome),
        ..talked(when)
    }
}

fn no_answer(when: &str) -> Contact {
    Contact {
        at: at(when),
        channel: Channel::Call,
        reached: false,
        ..Contact::default()
    }
}

/// In dialogue, one good conversation on Wednesday: a plain follow-up case.
fn lead() -> Lead {
    Lead {
        id: "lead-1".into(),
        name: "Anna Berg".into(),
        log: vec![talked("2026-12-02T10:00")],
        ..Lead::default()
    }
}

fn advice(lead: &Lead) -> Advice {
    advise(lead, &Settings::default(), now())
}

fn volume_new_rep() -> Settings {
    Settings {
        experience: Experience::New,
        product: ProductKind::Volume,
        ..Settings::default()
    }
}

fn mistakes(lead: &Lead) -> Vec<&'static str> {
    advice(lead).mistakes
}

fn assert_stopped(advice: &Advice, action: Action, rule: &str) {
    assert_eq!(advice.action, action, "{advice:?}");
    assert_eq!(advice.due, None);
    assert_eq!(advice.channel, None);
    assert_eq!(advice.rules, vec![rule]);
}

// ---- L7 ----

#[test]
fn l7_do_not_contact_beats_an_agreed_call_and_every_other_fact() {
    let mut lead = lead();
    lead.do_not_contact = Some(DoNotContact::AskedNotToBeContacted);
    lead.qualification.need_confirmed = Some(true);
    lead.customer_wishes.time = "after 17:00".into();
    lead.log[0].outcome = Some(Outcome::BookedMeeting);
    lead.log[0].agreed_next = Some(at("2026-12-08T10:00"));
    let advice = advice(&lead);
    assert_stopped(&advice, Action::DoNotContact, "L7");
    assert_eq!(
        advice.reasons,
        vec![Reason::DoNotContact {
            why: DoNotContact::AskedNotToBeContacted
        }]
    );
}

#[test]
fn l7_a_number_on_the_register_is_never_suggested_even_with_an_empty_log() {
    let lead = Lead {
        do_not_contact: Some(DoNotContact::OnRegister),
        source: Source::Inbound,
        ..Lead::default()
    };
    assert_stopped(&advice(&lead), Action::DoNotContact, "L7");
}

// ---- L6 ----

#[test]
fn l6_a_customer_who_costs_more_than_they_bring_is_let_go() {
    let lead = Lead {
        poor_fit: true,
        ..lead()
    };
    let advice = advice(&lead);
    assert_stopped(&advice, Action::LetGo(LetGoReason::NotAGoodSale), "L6");
    assert_eq!(advice.reasons, vec![Reason::PoorFit]);
}

// ---- L3 ----

#[test]
fn l3_no_real_need_is_let_go() {
    let mut lead = lead();
    lead.qualification.need_confirmed = Some(false);
    let advice = advice(&lead);
    assert_stopped(&advice, Action::LetGo(LetGoReason::NotQualified), "L3");
    assert_eq!(advice.reasons, vec![Reason::NoNeed]);
}

#[test]
fn l3_a_customer_who_said_not_interested_is_let_go_an_unknown_need_is_not() {
    let mut lead = lead();
    assert_eq!(advice(&lead).action, Action::FollowUp);
    lead.log
        .push(ended("2026-12-03T10:00", Outcome::NotInterested));
    let advice = advice(&lead);
    assert_stopped(&advice, Action::LetGo(LetGoReason::NotQualified), "L3");
    assert_eq!(advice.reasons, vec![Reason::SaidNotInterested]);
}

// ---- L2 ----

#[test]
fn l2_a_new_rep_selling_a_volume_product_sets_no_callbacks() {
    let advice = advise(&lead(), &volume_new_rep(), now());
    assert_stopped(
        &advice,
        Action::LetGo(LetGoReason::VolumeProductNewRep),
        "L2",
    );
    assert_eq!(advice.reasons, vec![Reason::VolumeProductNewRep]);
}

#[test]
fn l2_applies_only_to_new_reps_volume_products_and_callbacks() {
    let experienced = Settings {
        experience: Experience::Experienced,
        ..volume_new_rep()
    };
    assert_eq!(
        advise(&lead(), &experienced, now()).action,
        Action::FollowUp
    );
    let considered = Lead {
        product: Some(ProductKind::Considered),
        ..lead()
    };
    assert_eq!(
        advise(&considered, &volume_new_rep(), now()).action,
        Action::FollowUp
    );
    let volume = Lead {
        product: Some(ProductKind::Volume),
        ..lead()
    };
    let new_rep = Settings {
        experience: Experience::New,
        ..Settings::default()
    };
    assert_eq!(
        advise(&volume, &new_rep, now()).action,
        Action::LetGo(LetGoReason::VolumeProductNewRep)
    );
    // The first call is not a callback.
    let untouched = Lead {
        log: Vec::new(),
        ..lead()
    };
    assert_eq!(
        advise(&untouched, &volume_new_rep(), now()).action,
        Action::FollowUp
    );
}

// ---- L1 ----

#[test]
fn l1_a_cold_lead_is_let_go_after_three_unanswered_attempts() {
    let mut lead = lead();
    lead.log.push(no_answer("2026-12-03T09:00"));
    lead.log.push(no_answer("2026-12-03T14:00"));
    assert_eq!(advice(&lead).action, Action::FollowUp);
    lead.log.push(no_answer("2026-12-04T09:00"));
    let advice = advice(&lead);
    assert_stopped(&advice, Action::LetGo(LetGoReason::StopRule), "L1");
    assert_eq!(
        advice.reasons,
        vec![Reason::UnansweredAttempts { count: 3, limit: 3 }]
    );
}

#[test]
fn l1_an_inbound_lead_gets_six_attempts_and_a_reached_contact_resets_the_count() {
    let mut lead = Lead {
        source: Source::Inbound,
        log: (1..=5)
            .map(|day| no_answer(&format!("2026-11-{:02}T10:00", 20 + day)))
            .collect(),
        ..lead()
    };
    assert_eq!(advice(&lead).action, Action::FollowUp);
    lead.log.push(no_answer("2026-12-01T10:00"));
    assert_eq!(
        advice(&lead).reasons,
        vec![Reason::UnansweredAttempts { count: 6, limit: 6 }]
    );
    lead.log.push(talked("2026-12-02T10:00"));
    assert_eq!(advice(&lead).action, Action::FollowUp);
}

#[test]
fn l1_the_limits_come_from_the_settings_and_referrals_count_as_cold() {
    let settings = Settings {
        stop_rule: StopRule {
            cold_attempts: 2,
            inbound_attempts: 6,
        },
        ..Settings::default()
    };
    let lead = Lead {
        source: Source::Referral,
        log: vec![no_answer("2026-12-03T10:00"), no_answer("2026-12-04T10:00")],
        ..lead()
    };
    assert_eq!(
        advise(&lead, &settings, now()).action,
        Action::LetGo(LetGoReason::StopRule)
    );
}

// ---- L4 / M5 ----

#[test]
fn l4_after_several_contacts_with_a_non_decider_find_the_decision_maker() {
    let mut lead = lead();
    lead.qualification.decision_maker = Some(false);
    assert_eq!(advice(&lead).action, Action::FollowUp);
    lead.log.push(talked("2026-12-03T10:00"));
    let advice = advice(&lead);
    assert_stopped(&advice, Action::FindDecisionMaker, "L4");
    assert_eq!(
        advice.reasons,
        vec![Reason::NotTheDecisionMaker {
            reached_contacts: 2
        }]
    );
    assert_eq!(advice.mistakes, vec!["M5"]);
}

#[test]
fn l4_the_wrong_person_means_finding_the_right_one() {
    let mut lead = lead();
    lead.log
        .push(ended("2026-12-03T10:00", Outcome::WrongPerson));
    let advice = advice(&lead);
    assert_stopped(&advice, Action::FindDecisionMaker, "L4");
    assert_eq!(advice.reasons, vec![Reason::WrongPerson]);
}

#[test]
fn m5_two_reached_contacts_with_a_non_decider_are_flagged_whatever_the_action() {
    let mut lead = lead();
    lead.qualification.decision_maker = Some(false);
    lead.log.push(talked("2026-11-20T10:00"));
    lead.log.extend([
        no_answer("2026-12-03T09:00"),
        no_answer("2026-12-03T13:00"),
        no_answer("2026-12-04T09:00"),
    ]);
    let advice = advice(&lead);
    assert_eq!(advice.action, Action::LetGo(LetGoReason::StopRule));
    assert_eq!(advice.mistakes, vec!["M5"]);
    assert!(advice.reasons.contains(&Reason::NotTheDecisionMaker {
        reached_contacts: 2
    }));
}

// ---- L5 ----

#[test]
fn l5_qualified_but_buying_in_six_months_is_nurtured_by_email_every_four_weeks() {
    let mut lead = lead();
    lead.qualification.need_confirmed = Some(true);
    lead.qualification.timing = Some("in 6 months".into());
    let advice = advice(&lead);
    assert_eq!(advice.action, Action::Nurture);
    assert_eq!(advice.channel, Some(Channel::Email));
    assert_eq!(advice.rules, vec!["L5"]);
    // Four weeks after Wednesday 2 December is Wednesday 30 December, at the hour of that call.
    assert_eq!(advice.due, Some(at("2026-12-30T10:00")));
    assert!(
        matches!(advice.reasons[..], [Reason::BuyingLater { at }] if at.date() > date("2027-05-01"))
    );
}

#[test]
fn l5_repeated_think_it_over_without_progress_is_nurtured_not_chased() {
    let mut lead = lead();
    lead.qualification.need_confirmed = Some(true);
    lead.log
        .push(ended("2026-11-20T10:00", Outcome::SendInformation));
    lead.log
        .push(ended("2026-12-03T10:00", Outcome::NeedsToThink));
    lead.log[0].outcome = Some(Outcome::NeedsToThink);
    let advice = advice(&lead);
    assert_eq!(advice.action, Action::Nurture);
    assert_eq!(advice.reasons[0], Reason::StalledOutcomes { count: 3 });
    // Four weeks on is New Year's Eve, when offices close; New Year's Day and the weekend
    // follow, so the nurture email goes out on Monday 4 January.
    assert_eq!(advice.due, Some(at("2027-01-04T10:00")));
}

#[test]
fn l5_needs_a_confirmed_need_and_a_timing_really_far_off() {
    let mut lead = lead();
    lead.qualification.timing = Some("in 6 months".into());
    assert_eq!(advice(&lead).action, Action::FollowUp, "need not confirmed");
    lead.qualification.need_confirmed = Some(true);
    lead.qualification.timing = Some("in a month".into());
    assert_eq!(advice(&lead).action, Action::FollowUp, "a month is near");
    lead.qualification.timing = Some("when the budget is set".into());
    assert_eq!(advice(&lead).action, Action::FollowUp, "unreadable");
    // A new promise is progress, so two "think it over" in a row with one is not stalling.
    lead.log = vec![
        ended("2026-12-01T10:00", Outcome::NeedsToThink),
        Contact {
            promised: "ask the board".into(),
            ..ended("2026-12-03T10:00", Outcome::NeedsToThink)
        },
    ];
    assert_eq!(advice(&lead).action, Action::FollowUp);
}

// ---- T1–T5 ----

#[test]
fn t1_by_default_the_next_contact_is_within_three_days_on_a_weekday() {
    let advice = advice(&lead());
    assert_eq!(advice.action, Action::FollowUp);
    assert_eq!(advice.due, Some(at("2026-12-04T10:00")));
    assert_eq!(advice.channel, Some(Channel::Call));
    assert_eq!(advice.rules, vec!["T1"]);
    assert_eq!(
        advice.reasons,
        vec![Reason::TimingRule {
            case: TimingCase::UnderWay,
            large_deal: false
        }]
    );
    assert!(advice.mistakes.is_empty());
}

#[test]
fn t2_think_it_over_after_a_closing_attempt_is_followed_up_the_next_workday() {
    let settings = Settings {
        follow_up_window_days: 5,
        ..Settings::default()
    };
    let mut lead = lead();
    lead.stage = Stage::ClosingAttempted;
    lead.qualification.need_confirmed = Some(true);
    lead.log
        .push(ended("2026-12-04T11:00", Outcome::NeedsToThink));
    let advice = advise(&lead, &settings, now());
    assert_eq!(advice.due, Some(at("2026-12-07T11:00")));
    assert_eq!(advice.rules[0], "T2");
    assert_eq!(
        advice.reasons[0],
        Reason::TimingRule {
            case: TimingCase::ThinkingItOver,
            large_deal: false
        }
    );
    lead.stage = Stage::InDialogue;
    assert_eq!(
        advise(&lead, &settings, now()).due,
        Some(at("2026-12-09T11:00"))
    );
}

#[test]
fn t3_early_in_the_process_the_first_follow_up_waits_a_calm_week() {
    let lead = Lead {
        stage: Stage::FirstContact,
        ..lead()
    };
    let advice = advice(&lead);
    assert_eq!(advice.due, Some(at("2026-12-09T10:00")));
    assert_eq!(advice.rules, vec!["T3"]);
    assert_eq!(
        advice.reasons,
        vec![Reason::TimingRule {
            case: TimingCase::EarlyStage,
            large_deal: false
        }]
    );
}

#[test]
fn timing_counts_from_the_last_contact_so_a_missed_follow_up_is_overdue() {
    let lead = Lead {
        log: vec![talked("2026-11-16T14:00")],
        ..lead()
    };
    let advice = advice(&lead);
    assert_eq!(advice.action, Action::FollowUp);
    assert!(advice.due.unwrap() < now(), "{:?}", advice.due);
    assert!(advice.due.unwrap() > at("2026-11-16T14:00"));
}

#[test]
fn w1_a_new_lead_is_due_as_soon_as_the_call_is_prepared() {
    let lead = Lead {
        stage: Stage::FirstContact,
        log: Vec::new(),
        ..lead()
    };
    let advice = advice(&lead);
    assert_eq!(advice.action, Action::FollowUp);
    assert_eq!(advice.due, Some(now()));
    assert_eq!(advice.rules, vec!["W1"]);
    assert_eq!(advice.reasons, vec![Reason::NoContactYet]);
    // Saturday night: the first working moment is Monday at nine.
    let saturday = advise(&lead, &Settings::default(), at("2026-12-05T22:30"));
    assert_eq!(saturday.due, Some(at("2026-12-07T09:00")));
}

#[test]
fn w1_t5_a_new_lead_who_asked_for_after_five_by_email_is_due_then() {
    let lead = Lead {
        stage: Stage::FirstContact,
        log: Vec::new(),
        customer_wishes: CustomerWishes {
            channel: Some(Channel::Email),
            time: "after 17:00".into(),
        },
        ..lead()
    };
    let advice = advice(&lead);
    assert_eq!(advice.due, Some(at("2026-12-04T17:30")));
    assert_eq!(advice.channel, Some(Channel::Email));
    assert_eq!(advice.rules, vec!["W1", "T5", "F6", "F5"]);
    assert!(advice.reasons.contains(&Reason::NoContactYet));
}

#[test]
fn t4_a_large_deal_waits_longer_but_within_two_weeks() {
    let lead = Lead {
        deal_size: DealSize::Large,
        ..lead()
    };
    let advice = advice(&lead);
    assert_eq!(advice.due, Some(at("2026-12-08T10:00")));
    assert_eq!(advice.rules, vec!["T1", "T4"]);
    assert_eq!(
        advice.reasons,
        vec![Reason::TimingRule {
            case: TimingCase::UnderWay,
            large_deal: true
        }]
    );
}

#[test]
fn t5_the_customers_own_time_wins() {
    let mut lead = lead();
    lead.customer_wishes.time = "in a month".into();
    let advice = advice(&lead);
    assert_eq!(advice.due, Some(at("2027-01-04T10:00")));
    assert_eq!(advice.rules[0], "T5");
    assert_eq!(
        advice.reasons,
        vec![Reason::DayDecidedBy {
            basis: DayBasis::CustomerWish
        }]
    );
}

#[test]
fn t5_an_agreed_next_contact_is_kept_to_the_minute_over_the_words_in_the_wishes() {
    let mut lead = lead();
    lead.customer_wishes.time = "in a month".into();
    lead.log[0].agreed_next = Some(at("2026-12-08T10:15"));
    let advice = advice(&lead);
    assert_eq!(advice.due, Some(at("2026-12-08T10:15")));
    assert!(advice.rules.contains(&"T5") && advice.rules.contains(&"F6"));
    assert!(advice.reasons.contains(&Reason::AgreedNextContact {
        at: at("2026-12-08T10:15")
    }));
    // One already past is still the promise, now overdue, not a reason to start over (F6).
    lead.customer_wishes.time.clear();
    lead.log[0].agreed_next = Some(at("2026-12-03T10:15"));
    assert_eq!(
        advise(&lead, &Settings::default(), now()).due,
        Some(at("2026-12-03T10:15"))
    );
}

#[test]
fn t5_a_time_far_beyond_the_rules_is_kept_for_negotiation_and_a_nearer_one_proposed() {
    let mut lead = lead();
    lead.customer_wishes.time = "in 6 months".into();
    let advice = advice(&lead);
    assert_eq!(advice.due, Some(at("2026-12-04T10:00")));
    assert_eq!(advice.rules[..2], ["T5", "F4"]);
    assert!(advice.reasons.iter().any(
        |r| matches!(r, Reason::CustomerTimeTooFar { wished } if wished.date() > date("2027-05-01"))
    ));
}

#[test]
fn t5_a_promised_date_is_followed_up_right_after() {
    let mut lead = lead();
    lead.log[0].promised = "check the budget".into();
    lead.log[0].promised_by = Some(date("2026-12-09"));
    let advice = advice(&lead);
    assert_eq!(advice.due, Some(at("2026-12-10T10:00")));
    assert_eq!(advice.rules, vec!["T5"]);
}

// ---- F5, F6 ----

#[test]
fn f5_the_customers_channel_is_kept() {
    let mut lead = lead();
    lead.customer_wishes.channel = Some(Channel::Email);
    let advice = advice(&lead);
    assert_eq!(advice.channel, Some(Channel::Email));
    assert_eq!(advice.rules, vec!["T1", "F5"]);
    assert!(advice.reasons.contains(&Reason::CustomerChannel {
        channel: Channel::Email
    }));
}

#[test]
fn f6_call_me_after_five_means_after_five_even_outside_working_hours() {
    let mut lead = lead();
    lead.customer_wishes.time = "after 17:00".into();
    let advice = advice(&lead);
    assert_eq!(advice.due, Some(at("2026-12-04T17:30")));
    assert!(advice.rules.contains(&"F6"));
    assert!(advice.reasons.contains(&Reason::OutsideWorkingHours));
}

// ---- mistakes ----

#[test]
fn m1_three_contacts_in_a_row_with_nothing_new_are_flagged() {
    let reminder = |when: &str| Contact {
        new_information: false,
        ..talked(when)
    };
    let mut lead = lead();
    lead.log = vec![
        talked("2026-11-10T10:00"),
        reminder("2026-11-17T10:00"),
        reminder("2026-11-24T10:00"),
        no_answer("2026-11-30T10:00"),
        reminder("2026-12-01T10:00"),
    ];
    let advice = advice(&lead);
    assert_eq!(advice.mistakes, vec!["M1"]);
    assert!(advice.reasons.contains(&Reason::NothingNew { contacts: 3 }));
    lead.log[2].new_information = true;
    assert!(mistakes(&lead).is_empty());
}

#[test]
fn m4_m6_five_contacts_in_two_weeks_without_progress_are_flagged() {
    let mut lead = lead();
    lead.log = ["11-23", "11-25", "11-27", "12-01", "12-03"]
        .iter()
        .map(|day| Contact {
            channel: Channel::Email,
            reached: false,
            outcome: None,
            new_information: false,
            ..talked(&format!("2026-{day}T10:00"))
        })
        .collect();
    let advice = advice(&lead);
    assert!(advice.mistakes.contains(&"M4") && advice.mistakes.contains(&"M6"));
    assert!(advice.reasons.contains(&Reason::ActivityWithoutProgress {
        contacts: 5,
        days: 14,
        with_new_information: 0
    }));
    // Bringing news each time is no longer contacts for the count, but still busy work.
    for contact in &mut lead.log {
        contact.new_information = true;
    }
    assert_eq!(mistakes(&lead), vec!["M6"]);
    // A booked meeting among them is progress.
    lead.log[4] = ended("2026-12-03T10:00", Outcome::BookedMeeting);
    assert!(mistakes(&lead).is_empty());
    // Contacts older than two weeks do not count.
    lead.log[4].at = at("2026-11-19T10:00");
    lead.log[4].outcome = None;
    assert!(mistakes(&lead).is_empty());
}

// ---- signals ----

#[test]
fn s3_a_call_the_morning_after_send_me_information_is_too_eager() {
    let mut lead = lead();
    lead.log = vec![
        ended("2026-12-02T10:00", Outcome::SendInformation),
        talked("2026-12-03T09:00"),
    ];
    let advice = advice(&lead);
    assert_eq!(advice.mistakes, vec!["M7", "S3"]);
    assert!(advice
        .reasons
        .contains(&Reason::CalledSoonAfterSendInformation { hours: 23 }));
    lead.log[1].at = at("2026-12-03T11:00");
    assert!(mistakes(&lead).is_empty(), "a day later");
    lead.log[1].at = at("2026-12-03T09:00");
    lead.log[1].channel = Channel::Email;
    assert!(mistakes(&lead).is_empty(), "the information itself");
    lead.log[1].channel = Channel::Call;
    lead.log[0].agreed_next = Some(at("2026-12-03T09:00"));
    assert!(mistakes(&lead).is_empty(), "agreed");
}

#[test]
fn s2_a_friendly_call_is_not_an_invitation_to_come_by() {
    let mut lead = lead();
    lead.log.push(Contact {
        channel: Channel::Meeting,
        ..talked("2026-12-03T14:00")
    });
    let advice = advice(&lead);
    assert_eq!(advice.mistakes, vec!["M7", "S2"]);
    assert!(advice.reasons.contains(&Reason::MeetingNotAgreed {
        at: at("2026-12-03T14:00")
    }));
    lead.log[0].outcome = Some(Outcome::BookedMeeting);
    assert!(mistakes(&lead).is_empty());
}

#[test]
fn s1_an_interested_reaction_is_not_a_deal_in_the_bag() {
    let mut lead = Lead {
        stage: Stage::ClosingAttempted,
        ..lead()
    };
    let advice = advice(&lead);
    assert_eq!(advice.mistakes, vec!["M7", "S1"]);
    assert!(advice
        .reasons
        .contains(&Reason::ClosingWithoutConfirmedNeed));
    lead.qualification.need_confirmed = Some(true);
    assert!(mistakes(&lead).is_empty());
}

// ---- precedence ----

#[derive(Clone, Copy, Debug, Default)]
struct Conditions {
    do_not_contact: bool,
    poor_fit: bool,
    no_need: bool,
    volume_new_rep: bool,
    stop_rule: bool,
    non_decider: bool,
    not_ready: bool,
}

fn situation(c: Conditions) -> (Lead, Settings) {
    let mut log = vec![talked("2026-11-30T10:00"), talked("2026-12-01T10:00")];
    if c.stop_rule {
        log.extend([
            no_answer("2026-12-02T10:00"),
            no_answer("2026-12-03T10:00"),
            no_answer("2026-12-04T10:00"),
        ]);
    }
    let lead = Lead {
        do_not_contact: c.do_not_contact.then_some(DoNotContact::OnRegister),
        poor_fit: c.poor_fit,
        qualification: Qualification {
            need_confirmed: Some(!c.no_need),
            decision_maker: Some(!c.non_decider),
            timing: c.not_ready.then(|| "in 6 months".to_string()),
        },
        log,
        ..lead()
    };
    let settings = if c.volume_new_rep {
        volume_new_rep()
    } else {
        Settings::default()
    };
    (lead, settings)
}

#[test]
fn precedence_the_first_matching_row_decides() {
    use LetGoReason::*;
    let all = Conditions {
        do_not_contact: true,
        poor_fit: true,
        no_need: true,
        volume_new_rep: true,
        stop_rule: true,
        non_decider: true,
        not_ready: true,
    };
    let none = Conditions::default();
    let rows: [(Conditions, Action); 14] = [
        (all, Action::DoNotContact),
        (
            Conditions {
                do_not_contact: false,
                ..all
            },
            Action::LetGo(NotAGoodSale),
        ),
        (
            Conditions {
                do_not_contact: false,
                poor_fit: false,
                ..all
            },
            Action::LetGo(NotQualified),
        ),
        (
            Conditions {
                volume_new_rep: true,
                stop_rule: true,
                non_decider: true,
                not_ready: true,
                ..none
            },
            Action::LetGo(VolumeProductNewRep),
        ),
        (
            Conditions {
                stop_rule: true,
                non_decider: true,
                not_ready: true,
                ..none
            },
            Action::LetGo(StopRule),
        ),
        (
            Conditions {
                non_decider: true,
                not_ready: true,
                ..none
            },
            Action::FindDecisionMaker,
        ),
        (
            Conditions {
                not_ready: true,
                ..none
            },
            Action::Nurture,
        ),
        (none, Action::FollowUp),
        // Each condition alone.
        (
            Conditions {
                do_not_contact: true,
                ..none
            },
            Action::DoNotContact,
        ),
        (
            Conditions {
                poor_fit: true,
                ..none
            },
            Action::LetGo(NotAGoodSale),
        ),
        (
            Conditions {
                no_need: true,
                ..none
            },
            Action::LetGo(NotQualified),
        ),
        (
            Conditions {
                volume_new_rep: true,
                ..none
            },
            Action::LetGo(VolumeProductNewRep),
        ),
        (
            Conditions {
                stop_rule: true,
                ..none
            },
            Action::LetGo(StopRule),
        ),
        (
            Conditions {
                non_decider: true,
                ..none
            },
            Action::FindDecisionMaker,
        ),
    ];
    for (conditions, expected) in rows {
        let (lead, settings) = situation(conditions);
        let advice = advise(&lead, &settings, now());
        assert_eq!(advice.action, expected, "{conditions:?}");
        assert_eq!(
            advice.due.is_some(),
            matches!(expected, Action::FollowUp | Action::Nurture),
            "{conditions:?}"
        );
    }
}

// ---- the backup's JSON shape ----

#[test]
fn a_lead_with_every_field_round_trips_through_json() {
    let lead = Lead {
        id: "7f3a".into(),
        name: "Anna Berg".into(),
        company: "Berg & Söner AB".into(),
        role: "CFO".into(),
        phone: "+46 70 123 45 67".into(),
        email: "anna@berg.example".into(),
        source: Source::EventOrNetwork,
        product: Some(ProductKind::Volume),
        deal_size: DealSize::Large,
        stage: Stage::OfferOut,
        qualification: Qualification {
            need_confirmed: Some(true),
            decision_maker: Some(false),
            timing: Some("Q2".into()),
        },
        do_not_contact: Some(DoNotContact::OnRegister),
        customer_wishes: CustomerWishes {
            channel: Some(Channel::Meeting),
            time: "tisdagar efter 17".into(),
        },
        poor_fit: true,
        notes: "Met at the fair; \"quote\" <b>".into(),
        log: vec![Contact {
            at: at("2026-12-02T10:00"),
            channel: Channel::Email,
            reached: true,
            outcome: Some(Outcome::SendInformation),
            discussed: "the price list".into(),
            promised: "check with the board".into(),
            promised_by: Some(date("2026-12-09")),
            agreed_next: Some(at("2026-12-10T12:30")),
            new_information: true,
        }],
        sample: true,
        prep: Some(warmcall_coach::lead::LeadPrep {
            hook: "their new plant in Gävle".into(),
            need: "faster deliveries".into(),
            reason: "they are hiring drivers".into(),
            mutual_contact: "Per Ek".into(),
            opener: "Hi Anna, I read about your new plant in Gävle.".into(),
            lang: Some(warmcall_coach::Lang::En),
            formal: Some(false),
        }),
    };
    let json = serde_json::to_string(&lead).unwrap();
    for part in [
        r#""source":"event-or-network""#,
        r#""dealSize":"large""#,
        r#""stage":"offer-out""#,
        r#""needConfirmed":true"#,
        r#""doNotContact":"on-register""#,
        r#""customerWishes":{"channel":"meeting""#,
        r#""poorFit":true"#,
        r#""at":"2026-12-02T10:00""#,
        r#""outcome":"send-information""#,
        r#""promisedBy":"2026-12-09""#,
        r#""agreedNext":"2026-12-10T12:30""#,
        r#""newInformation":true"#,
        r#""sample":true"#,
    ] {
        assert!(json.contains(part), "{part} in {json}");
    }
    assert_eq!(serde_json::from_str::<Lead>(&json).unwrap(), lead);
    let sparse: Lead =
        serde_json::from_str(r#"{"id":"x","log":[{"at":"2026-12-02T10:00"}]}"#).unwrap();
    assert_eq!(sparse.log[0].agreed_next, None);
    assert!(serde_json::from_str::<Lead>(r#"{"log":[{"agreedNext":"tomorrow"}]}"#).is_err());
}

#[test]
fn advice_serialises_with_kebab_case_actions() {
    let mut lead = lead();
    lead.log.extend([
        no_answer("2026-12-03T09:00"),
        no_answer("2026-12-03T13:00"),
        no_answer("2026-12-04T09:00"),
    ]);
    let json = serde_json::to_string(&advice(&lead)).unwrap();
    assert!(
        json.starts_with(r#"{"action":{"let-go":"stop-rule"},"due":null"#),
        "{json}"
    );
    assert!(
        json.contains(r#"{"kind":"unanswered-attempts","count":3,"limit":3}"#),
        "{json}"
    );
    let json = serde_json::to_string(&advice(&crate::lead())).unwrap();
    assert!(
        json.contains(r#""action":"follow-up","due":"2026-12-04T10:00""#),
        "{json}"
    );
}

// ---- properties ----

fn any_time() -> impl Strategy<Value = NaiveDateTime> {
    // 2025-01-01 to the end of 2027, to the minute: the range real logs and "now" span.
    (0i64..3 * 366 * 24 * 60)
        .prop_map(|minutes| at("2025-01-01T00:00") + Duration::minutes(minutes))
}

fn any_channel() -> impl Strategy<Value = Channel> {
    prop_oneof![
        Just(Channel::Call),
        Just(Channel::Email),
        Just(Channel::Meeting)
    ]
}

fn any_outcome() -> impl Strategy<Value = Option<Outcome>> {
    proptest::option::of(prop_oneof![
        Just(Outcome::NeedsToThink),
        Just(Outcome::SendInformation),
        Just(Outcome::NotInterested),
        Just(Outcome::WrongPerson),
        Just(Outcome::BookedMeeting),
        Just(Outcome::Other),
    ])
}

fn any_words() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("after 17:00".to_string()),
        Just("in 6 months".to_string()),
        Just("in a month".to_string()),
        Just("tomorrow before 9".to_string()),
        Just("tisdagar".to_string()),
        Just("op 15 januari om 10 uur".to_string()),
        any::<String>(),
    ]
}

fn any_contact() -> impl Strategy<Value = Contact> {
    (
        any_time(),
        any_channel(),
        any::<bool>(),
        any_outcome(),
        prop_oneof![
            Just(String::new()),
            Just("ask the board".to_string()),
            any::<String>()
        ],
        proptest::option::of(any_time().prop_map(|t| t.date())),
        proptest::option::of(any_time()),
        any::<bool>(),
    )
        .prop_map(
            |(
                at,
                channel,
                reached,
                outcome,
                promised,
                promised_by,
                agreed_next,
                new_information,
            )| {
                Contact {
                    at,
                    channel,
                    reached,
                    outcome,
                    discussed: String::new(),
                    promised,
                    promised_by,
                    agreed_next,
                    new_information,
                }
            },
        )
}

fn any_lead() -> impl Strategy<Value = Lead> {
    (
        prop_oneof![
            Just(Source::Cold),
            Just(Source::Inbound),
            Just(Source::EventOrNetwork),
            Just(Source::Referral)
        ],
        proptest::option::of(prop_oneof![
            Just(ProductKind::Volume),
            Just(ProductKind::Considered)
        ]),
        any::<bool>(),
        prop_oneof![
            Just(Stage::FirstContact),
            Just(Stage::InDialogue),
            Just(Stage::OfferOut),
            Just(Stage::ClosingAttempted)
        ],
        (
            proptest::option::of(any::<bool>()),
            proptest::option::of(any::<bool>()),
            proptest::option::of(any_words()),
        ),
        proptest::option::of(prop_oneof![
            Just(DoNotContact::AskedNotToBeContacted),
            Just(DoNotContact::OnRegister)
        ]),
        (proptest::option::of(any_channel()), any_words()),
        any::<bool>(),
        proptest::collection::vec(any_contact(), 0..12),
    )
        .prop_map(
            |(
                source,
                product,
                large,
                stage,
                (need, decider, timing),
                dnc,
                (channel, time),
                poor_fit,
                log,
            )| Lead {
                source,
                product,
                deal_size: if large {
                    DealSize::Large
                } else {
                    DealSize::Regular
                },
                stage,
                qualification: Qualification {
                    need_confirmed: need,
                    decision_maker: decider,
                    timing,
                },
                do_not_contact: dnc,
                customer_wishes: CustomerWishes { channel, time },
                poor_fit,
                log,
                ..Lead::default()
            },
        )
}

fn any_settings() -> impl Strategy<Value = Settings> {
    (
        any::<bool>(),
        any::<bool>(),
        0u8..=25,
        0u8..=25,
        0u8..=20,
        any::<u16>(),
        any::<u16>(),
    )
        .prop_map(
            |(new, volume, cold, inbound, window, start, end)| Settings {
                experience: if new {
                    Experience::New
                } else {
                    Experience::Experienced
                },
                product: if volume {
                    ProductKind::Volume
                } else {
                    ProductKind::Considered
                },
                stop_rule: StopRule {
                    cold_attempts: cold,
                    inbound_attempts: inbound,
                },
                follow_up_window_days: window,
                working_hours: WorkingHours {
                    start_minute: start % 1500,
                    end_minute: end % 1500,
                },
                ..Settings::default()
            },
        )
}

proptest! {
    #[test]
    fn advise_never_panics_never_contacts_a_do_not_contact_lead_and_never_schedules_before_the_last_contact(
        lead in any_lead(),
        settings in any_settings(),
        now in any_time(),
    ) {
        let advice = advise(&lead, &settings, now);
        if lead.do_not_contact.is_some() {
            prop_assert_eq!(advice.action, Action::DoNotContact);
            prop_assert_eq!(advice.due, None);
            prop_assert_eq!(advice.channel, None);
        }
        match advice.action {
            Action::FollowUp | Action::Nurture | Action::SendInformation => {
                let due = advice.due.expect("a contact has a due time");
                prop_assert_eq!(
                    advice.follow_up.is_some(),
                    advice.action == Action::SendInformation
                );
                match lead.log.iter().map(|contact| contact.at).max() {
                    Some(last) => prop_assert!(due >= last, "{due} before the last contact {last}"),
                    None => prop_assert!(due >= now, "a new lead is due from now on: {due} before {now}"),
                }
                prop_assert!(advice.channel.is_some());
            }
            _ => prop_assert_eq!(advice.due, None),
        }
        const KNOWN: &[&str] = &[
            "W1", "F4", "F5", "F6", "T1", "T2", "T3", "T4", "T5", "L1", "L2", "L3", "L4", "L5", "L6",
            "L7", "M1", "M4", "M5", "M6", "M7", "S1", "S2", "S3",
        ];
        for id in advice.rules.iter().chain(&advice.mistakes) {
            prop_assert!(KNOWN.contains(id), "unknown id {}", id);
        }
    }
}

#[test]
fn due_today_takes_overdue_and_todays_contacts_and_a_decision_maker_to_find_at_the_day_end() {
    let now = at("2026-12-07T09:00");
    let with = |action, due: Option<&str>| Advice {
        action,
        due: due.map(at),
        channel: None,
        follow_up: None,
        rules: Vec::new(),
        mistakes: Vec::new(),
        reasons: Vec::new(),
    };
    let cases = [
        (
            with(Action::FollowUp, Some("2026-12-03T10:00")),
            Some("2026-12-03T10:00"),
        ),
        (
            with(Action::Nurture, Some("2026-12-07T16:30")),
            Some("2026-12-07T16:30"),
        ),
        (with(Action::FollowUp, Some("2026-12-08T08:00")), None),
        (
            with(Action::SendInformation, Some("2026-12-07T17:00")),
            Some("2026-12-07T17:00"),
        ),
        (
            with(Action::FindDecisionMaker, None),
            Some("2026-12-07T23:59:59"),
        ),
        (with(Action::DoNotContact, Some("2026-12-07T10:00")), None),
        (
            with(
                Action::LetGo(LetGoReason::NotQualified),
                Some("2026-12-07T10:00"),
            ),
            None,
        ),
    ];
    for (advice, expected) in cases {
        let expected = expected.map(|text| {
            NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").unwrap_or_else(|_| at(text))
        });
        assert_eq!(advice.due_today(now), expected, "{:?}", advice.action);
    }
}
