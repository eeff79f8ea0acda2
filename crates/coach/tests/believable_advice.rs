#![cfg(not(target_arch = "wasm32"))]
//! Advice a rep believes (issue 15): the retry cadence for someone not reached yet (L1), "send
//! me information" (S3), a promised deadline with a weekly time window (T5, F6), the prep card
//! after conversations (F2, P2) and the calendar entry's description. "Now" is Friday 4
//! December 2026, 16:30, unless a test says; the customers' country is the default settings'.

use chrono::NaiveDateTime;
use warmcall_coach::advice_text::{
    action_label, advice_sentence, calendar_description, prep_card_opener, reason_text,
    rule_in_one_sentence,
};
use warmcall_coach::advisor::{advise, Action, Advice, LetGoReason, Reason};
use warmcall_coach::export::{contact_ics, CalendarEvent};
use warmcall_coach::lead::{Channel, Contact, CustomerWishes, Lead, Outcome, Source};
use warmcall_coach::schedule::{next_contact, parse_customer_time, DayBasis, ScheduleInput, Stage};
use warmcall_coach::settings::Settings;
use warmcall_coach::Lang;

mod support;
use support::{at, date};

fn now() -> NaiveDateTime {
    at("2026-12-04T16:30")
}

fn no_answer(when: &str) -> Contact {
    Contact {
        at: at(when),
        channel: Channel::Call,
        reached: false,
        ..Contact::default()
    }
}

fn talked(when: &str, discussed: &str, promised: &str) -> Contact {
    Contact {
        at: at(when),
        channel: Channel::Call,
        reached: true,
        outcome: Some(Outcome::Other),
        discussed: discussed.into(),
        promised: promised.into(),
        new_information: true,
        ..Contact::default()
    }
}

fn cold_lead(log: Vec<Contact>) -> Lead {
    Lead {
        id: "lead-cold".into(),
        name: "Anna Berg".into(),
        company: "Harbour Logistics".into(),
        source: Source::Cold,
        stage: Stage::FirstContact,
        log,
        ..Lead::default()
    }
}

fn advice(lead: &Lead) -> Advice {
    advise(lead, &Settings::default(), now())
}

fn english(advice: &Advice) -> Vec<String> {
    advice
        .reasons
        .iter()
        .map(|reason| reason_text(Lang::En, reason))
        .collect()
}

#[test]
fn l1_a_cold_call_nobody_answered_is_retried_next_working_day_at_the_other_half_of_the_day() {
    // Friday morning, no answer: Monday afternoon, not a week later with T3's "give them room".
    let advice = advice(&cold_lead(vec![no_answer("2026-12-04T10:00")]));
    assert_eq!(advice.action, Action::FollowUp);
    assert_eq!(advice.due, Some(at("2026-12-07T15:00")));
    assert_eq!(advice.channel, Some(Channel::Call));
    assert_eq!(advice.rules, ["L1"]);
    assert_eq!(
        advice.reasons,
        [Reason::NotReachedYet {
            attempts: 1,
            limit: 3
        }]
    );
    let words = english(&advice).join(" ");
    assert!(words.contains("You have not reached them yet"), "{words}");
    assert!(words.contains("another time of day"), "{words}");
    assert!(!words.contains("timing rules"), "{words}");
}

#[test]
fn l1_an_afternoon_attempt_is_retried_in_the_morning_and_a_second_one_skips_a_working_day() {
    let afternoon = advice(&cold_lead(vec![no_answer("2026-12-03T15:30")]));
    assert_eq!(afternoon.due, Some(at("2026-12-04T10:00")));

    // Two in a row: Monday is the next working day, Tuesday the one after.
    let twice = advice(&cold_lead(vec![
        no_answer("2026-12-03T10:00"),
        no_answer("2026-12-04T15:30"),
    ]));
    assert_eq!(twice.due, Some(at("2026-12-08T10:00")));
    assert_eq!(
        twice.reasons[0],
        Reason::NotReachedYet {
            attempts: 2,
            limit: 3
        }
    );
}

#[test]
fn l1_after_a_conversation_unanswered_calls_follow_the_retry_cadence_too() {
    let lead = Lead {
        stage: Stage::InDialogue,
        ..cold_lead(vec![
            talked("2026-12-01T10:00", "the tracking pilot", ""),
            no_answer("2026-12-03T11:00"),
        ])
    };
    let advice = advice(&lead);
    assert_eq!(advice.due, Some(at("2026-12-04T15:00")));
    assert_eq!(advice.rules[0], "L1");
    assert!(!advice.rules.contains(&"T1") && !advice.rules.contains(&"T3"));
}

#[test]
fn l1_the_stop_rule_still_wins_once_the_attempts_are_used_up() {
    let lead = cold_lead(vec![
        no_answer("2026-12-01T10:00"),
        no_answer("2026-12-02T15:00"),
        no_answer("2026-12-04T10:00"),
    ]);
    assert_eq!(advice(&lead).action, Action::LetGo(LetGoReason::StopRule));

    // An inbound lead has six tries: the third is retried, and the reason says "3 of the 6".
    let inbound = Lead {
        source: Source::Inbound,
        ..lead
    };
    let advice = advice(&inbound);
    assert_eq!(advice.action, Action::FollowUp);
    let words = english(&advice).join(" ");
    assert!(words.contains("3 of the 6 attempts"), "{words}");
}

#[test]
fn l1_a_time_the_customer_asked_for_is_kept_on_the_retry_day() {
    let lead = Lead {
        customer_wishes: CustomerWishes {
            channel: None,
            time: "after 16:00".into(),
        },
        ..cold_lead(vec![no_answer("2026-12-04T16:05")])
    };
    let advice = advice(&lead);
    assert_eq!(advice.due, Some(at("2026-12-07T16:30")));
    assert_eq!(advice.rules, ["L1", "F6"]);
}

fn asked_for_information(wish: Option<Channel>) -> Lead {
    Lead {
        id: "lead-info".into(),
        name: "Jonas Ek".into(),
        source: Source::Inbound,
        stage: Stage::InDialogue,
        customer_wishes: CustomerWishes {
            channel: wish,
            time: String::new(),
        },
        log: vec![Contact {
            outcome: Some(Outcome::SendInformation),
            ..talked("2026-12-03T10:00", "fleet tracking", "read the brochure")
        }],
        ..Lead::default()
    }
}

#[test]
fn s3_send_me_information_means_send_it_today_then_follow_up_once_they_have_read_it() {
    let advice = advice(&asked_for_information(None));
    assert_eq!(advice.action, Action::SendInformation);
    assert_eq!(advice.channel, Some(Channel::Email));
    assert_eq!(advice.due, Some(at("2026-12-03T17:00")));
    assert_eq!(advice.rules[0], "S3");
    // The follow-up counts from the conversation by the timing rules, as it would have without
    // the information: T1's three days by default, kept inside the window, so Friday.
    let follow_up = advice.follow_up.expect("a follow-up date");
    assert_eq!(follow_up, at("2026-12-04T10:00"));
    assert_eq!(
        advice.reasons[0],
        Reason::SendInformationFirst { follow_up }
    );
    let words = english(&advice).join(" ");
    assert!(
        words.contains("send it first, then follow up on Friday 4 December at 10:00"),
        "{words}"
    );
    assert_eq!(
        action_label(Lang::En, advice.action),
        "Send the information"
    );
    assert!(serde_json::to_string(&advice)
        .unwrap()
        .contains(r#""action":"send-information""#));
}

#[test]
fn s3_the_information_goes_in_writing_by_email_whatever_channel_the_customer_prefers() {
    let asked_for_email = advice(&asked_for_information(Some(Channel::Email)));
    assert_eq!(asked_for_email.action, Action::SendInformation);
    assert_eq!(asked_for_email.channel, Some(Channel::Email));
    assert!(
        asked_for_email.rules.contains(&"F5"),
        "their wish is honoured"
    );

    // "Send the information by meeting" is not a thing: it goes by email, and the F5 wish is
    // not claimed for it.
    let prefers_meetings = advice(&asked_for_information(Some(Channel::Meeting)));
    assert_eq!(prefers_meetings.action, Action::SendInformation);
    assert_eq!(prefers_meetings.channel, Some(Channel::Email));
    assert!(!prefers_meetings.rules.contains(&"F5"));
}

#[test]
fn s3_once_an_email_went_out_the_advice_is_the_follow_up_and_a_missed_call_does_not_hurry_it() {
    let mut lead = asked_for_information(None);
    lead.log.push(Contact {
        at: at("2026-12-03T10:30"),
        channel: Channel::Email,
        ..Contact::default()
    });
    let sent = advice(&lead);
    assert_eq!(sent.action, Action::FollowUp);
    assert_eq!(sent.follow_up, None);
    assert!(!sent.rules.contains(&"S3"));

    // Called the next morning anyway, nobody answered: still the timing rules' day, not a retry.
    lead.log.push(no_answer("2026-12-04T09:00"));
    let called = advice(&lead);
    assert_eq!(called.action, Action::FollowUp);
    assert!(!called.rules.contains(&"L1"), "{:?}", called.rules);
}

#[test]
fn t5_a_deadline_with_a_weekly_window_gives_the_first_window_after_the_deadline() {
    // "By Friday 11 December" and "after 16:00 on Thursdays": Thursday 17 December at 16:00,
    // not Thursday 10 December, the day before they have anything to say.
    let wish = "after 16:00 on Thursdays";
    assert!(parse_customer_time(wish).is_some(), "the wish is read");
    let lead = Lead {
        id: "lead-deadline".into(),
        name: "Sara Lind".into(),
        stage: Stage::OfferOut,
        customer_wishes: CustomerWishes {
            channel: None,
            time: wish.into(),
        },
        log: vec![Contact {
            promised_by: Some(date("2026-12-11")),
            ..talked(
                "2026-12-03T10:00",
                "the offer for the new routes",
                "decide with the board",
            )
        }],
        ..Lead::default()
    };
    let advice = advice(&lead);
    assert_eq!(advice.action, Action::FollowUp);
    assert_eq!(advice.due, Some(at("2026-12-17T16:30")));
    assert_eq!(
        advice.reasons[0],
        Reason::DayDecidedBy {
            basis: DayBasis::Promise
        }
    );
    assert!(advice.rules.contains(&"F6"));

    // The same through the schedule the Follow-up tab uses.
    let proposal = next_contact(
        &ScheduleInput {
            stage: Stage::OfferOut,
            customer_time: parse_customer_time(wish),
            promised_by: Some(date("2026-12-11")),
            ..ScheduleInput::default()
        },
        &Settings::default(),
        at("2026-12-03T10:00"),
    );
    assert_eq!(proposal.at, at("2026-12-17T16:30"));

    // A window the deadline does not reach still goes by the wish.
    let without_deadline = next_contact(
        &ScheduleInput {
            customer_time: parse_customer_time(wish),
            ..ScheduleInput::default()
        },
        &Settings::default(),
        at("2026-12-03T10:00"),
    );
    assert_eq!(without_deadline.at, at("2026-12-10T16:30"));
}

/// An offer out and two logged conversations; the second logged quickly, without notes.
fn in_a_deal() -> Lead {
    Lead {
        id: "lead-offer".into(),
        name: "Anna Berg".into(),
        company: "Harbour Logistics".into(),
        stage: Stage::OfferOut,
        log: vec![
            Contact {
                promised_by: Some(date("2026-12-08")),
                ..talked(
                    "2026-12-01T10:00",
                    "the offer for the tracking pilot",
                    "check the budget with finance",
                )
            },
            Contact {
                at: at("2026-12-03T14:00"),
                channel: Channel::Call,
                reached: true,
                ..Contact::default()
            },
        ],
        ..Lead::default()
    }
}

#[test]
fn f2_the_prep_card_after_two_conversations_opens_with_the_thread_never_the_cold_opener() {
    let lead = in_a_deal();
    let settings = Settings::default();
    for lang in Lang::ALL {
        let advice = advise(&lead, &settings, now());
        let opener = prep_card_opener(&lead, &advice, &settings, lang, now())
            .unwrap_or_else(|| panic!("{lang:?}: no opener"));
        assert!(!opener.contains('['), "{lang:?}: a gap in {opener}");
        if lang == Lang::En {
            assert!(opener.contains("tracking pilot"), "{opener}");
        }
    }

    // Nurture after "send information" twice: the next contact still picks up the thread.
    let mut stalled = in_a_deal();
    stalled.qualification.need_confirmed = Some(true);
    for contact in &mut stalled.log {
        contact.outcome = Some(Outcome::SendInformation);
        // A new promise would be progress, and progress is not a stall.
        contact.promised.clear();
    }
    stalled.log.push(Contact {
        at: at("2026-12-03T15:00"),
        channel: Channel::Email,
        ..Contact::default()
    });
    let advice = advise(&stalled, &settings, now());
    assert_eq!(advice.action, Action::Nurture);
    let opener = prep_card_opener(&stalled, &advice, &settings, Lang::En, now()).unwrap();
    assert!(opener.contains("tracking pilot"), "{opener}");
}

#[test]
fn p2_a_lead_in_a_deal_without_notes_gets_no_cold_opener_a_new_lead_does() {
    let settings = Settings::default();
    let offer_without_log = Lead {
        log: Vec::new(),
        ..in_a_deal()
    };
    let advice = advise(&offer_without_log, &settings, now());
    assert_eq!(
        prep_card_opener(&offer_without_log, &advice, &settings, Lang::En, now()),
        None
    );
    let new = cold_lead(Vec::new());
    let advice = advise(&new, &settings, now());
    assert!(prep_card_opener(&new, &advice, &settings, Lang::En, now()).is_some());
}

#[test]
fn the_calendar_entry_carries_the_advice_its_reasons_and_the_thread() {
    let lead = in_a_deal();
    let advice = advice(&lead);
    let description = calendar_description(Lang::En, &lead, &advice);
    let lines: Vec<&str> = description.lines().collect();
    assert_eq!(lines[0], advice_sentence(Lang::En, &advice));
    assert!(lines[0].starts_with("Follow up (Call): "), "{}", lines[0]);
    for reason in &advice.reasons {
        assert!(
            lines.contains(&reason_text(Lang::En, reason).as_str()),
            "{description}"
        );
    }
    assert!(
        description
            .contains("Last time (Tuesday 1 December at 10:00): the offer for the tracking pilot"),
        "{description}"
    );
    assert!(
        description.contains("Promised: check the budget with finance (Tuesday 8 December)"),
        "{description}"
    );

    let ics = contact_ics(&CalendarEvent {
        uid: "lead-offer@warmcall".into(),
        stamp: at("2026-12-04T15:30"),
        start: advice.due.unwrap(),
        minutes: 15,
        summary: "Follow up: Anna Berg".into(),
        description,
    });
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("DESCRIPTION:Follow up (Call): "), "{ics}");
    assert!(
        unfolded.contains("\\nLast time (Tuesday 1 December at 10:00)"),
        "{ics}"
    );

    // In German too, with the reasons in German.
    let german = calendar_description(Lang::De, &lead, &advice);
    assert!(german.starts_with("Nachfassen (Anruf): "), "{german}");
    assert!(german.contains("Letztes Mal ("), "{german}");
}

#[test]
fn reasons_are_sentences_without_rule_codes_and_every_cited_rule_has_a_one_sentence_why() {
    let leads = [
        in_a_deal(),
        asked_for_information(None),
        cold_lead(vec![no_answer("2026-12-04T10:00")]),
        cold_lead(Vec::new()),
    ];
    for lead in &leads {
        let advice = advice(lead);
        for lang in Lang::ALL {
            for reason in &advice.reasons {
                let text = reason_text(lang, reason);
                for id in advice.rules.iter().chain(&advice.mistakes) {
                    assert!(!text.contains(id), "{lang:?}: {id} in {text}");
                }
            }
            for id in &advice.rules {
                let why = rule_in_one_sentence(id, lang)
                    .unwrap_or_else(|| panic!("{lang:?}: no why for {id}"));
                assert!(why.ends_with('.'), "{lang:?} {id}: {why}");
                assert_eq!(
                    why.matches(". ").count(),
                    0,
                    "{lang:?} {id}: one sentence: {why}"
                );
            }
        }
    }
}
