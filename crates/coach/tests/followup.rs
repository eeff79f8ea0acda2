//! The follow-up opener in the five coach languages: the thread (F2), the assumptive question
//! (F3) and the concrete next step (F4), with the day from the schedule.

use chrono::{NaiveDate, NaiveDateTime};
use proptest::prelude::*;
use warmcall_coach::followup::{
    build_follow_up, default_formal, format_day, format_day_time, FollowUpInput,
};
use warmcall_coach::schedule::{parse_customer_time, ScheduleInput, Stage};
use warmcall_coach::settings::Settings;
use warmcall_coach::Lang;

mod support;
use support::{at, date};

/// Tuesday 1 December 2026, late morning.
fn tuesday_morning() -> NaiveDateTime {
    at("2026-12-01T11:40")
}

fn thursday() -> NaiveDate {
    date("2026-12-03")
}

/// Anna, the new price list, and what she promised, in each language.
fn anna(lang: Lang) -> FollowUpInput {
    let (topic, action) = match lang {
        Lang::En => ("the new price list", "check the budget with the board"),
        Lang::Sv => ("den nya prislistan", "kolla budgeten med styrelsen"),
        Lang::De => ("die neue Preisliste", "das Budget mit dem Vorstand prüfen"),
        Lang::Nb => ("den nye prislisten", "sjekke budsjettet med styret"),
        Lang::Nl => (
            "de nieuwe prijslijst",
            "het budget met het bestuur bekijken",
        ),
    };
    FollowUpInput {
        contact_name: "Anna".to_owned(),
        topic: topic.to_owned(),
        promised_action: action.to_owned(),
        due_date: Some(thursday()),
        ..FollowUpInput::new(lang)
    }
}

fn build(input: &FollowUpInput) -> warmcall_coach::followup::FollowUp {
    build_follow_up(input, &Settings::default(), tuesday_morning())
}

#[test]
fn format_day_time_writes_each_locales_own_way() {
    let friday_noon = at("2026-12-04T12:00");
    let expected = [
        (Lang::En, "Friday 4 December at 12:00"),
        (Lang::Sv, "fredag 4 december kl. 12.00"),
        (Lang::De, "Freitag, 4. Dezember, um 12 Uhr"),
        (Lang::Nb, "fredag 4. desember kl. 12.00"),
        (Lang::Nl, "vrijdag 4 december om 12.00 uur"),
    ];
    for (lang, text) in expected {
        assert_eq!(format_day_time(lang, friday_noon), text);
    }
    let early = at("2027-03-01T09:05");
    assert_eq!(format_day_time(Lang::En, early), "Monday 1 March at 9:05");
    assert_eq!(
        format_day_time(Lang::Nl, early),
        "maandag 1 maart om 9.05 uur"
    );
    assert_eq!(format_day(Lang::De, early.date()), "Montag, 1. März");
    assert_eq!(format_day(Lang::Sv, date("2027-05-15")), "lördag 15 maj");
    assert_eq!(format_day(Lang::Nb, date("2027-05-15")), "lørdag 15. mai");
}

#[test]
fn f2_f3_f4_english() {
    let follow_up = build(&anna(Lang::En));
    assert_eq!(
        follow_up.opener,
        "Hi Anna, last time we talked about the new price list, and you were going to check the \
         budget with the board by yesterday."
    );
    // She was to check it with the board: the question asks what the board said (F3).
    assert_eq!(follow_up.question, "What did the board say?");
    assert_eq!(
        follow_up.next_step,
        "I'll call you on Monday 7 December at 12:00 — how does that look for you?"
    );
    assert_eq!(follow_up.next_contact, at("2026-12-04T12:00"));
    assert_eq!(follow_up.next_step_at, at("2026-12-07T12:00"));
}

#[test]
fn f4_the_next_step_proposes_the_contact_after_the_one_it_ends() {
    // The opener and the question are said at the follow-up on Friday, after the promised
    // day; the next step ends that contact, so it cannot propose Friday again. T1's window
    // runs from Friday: Monday is the first working day within three days.
    for lang in Lang::ALL {
        let follow_up = build(&anna(lang));
        assert!(
            follow_up.next_step_at.date() > follow_up.next_contact.date(),
            "{lang:?}: {} is not after {}",
            follow_up.next_step_at,
            follow_up.next_contact
        );
        assert!(
            follow_up
                .next_step
                .contains(&format_day_time(lang, follow_up.next_step_at)),
            "{}",
            follow_up.next_step
        );
    }
    // A prep card for a call today ends today's call: the next step counts from today.
    let today = build(&FollowUpInput {
        call_day: Some(tuesday_morning().date()),
        ..anna(Lang::En)
    });
    assert_eq!(today.next_step_at, at("2026-12-04T12:00"));
}

#[test]
fn f2_f3_f4_swedish() {
    let follow_up = build(&anna(Lang::Sv));
    assert_eq!(
        follow_up.opener,
        "Hej Anna, när vi hördes sist pratade vi om den nya prislistan, och du skulle kolla \
         budgeten med styrelsen senast i går."
    );
    assert_eq!(follow_up.question, "Vad sa styrelsen?");
    assert_eq!(
        follow_up.next_step,
        "Jag ringer dig måndag 7 december kl. 12.00 – hur låter det?"
    );
}

#[test]
fn f2_f3_f4_german_is_formal_by_default_and_greets_by_title_and_surname() {
    let follow_up = build(&FollowUpInput {
        contact_name: "Frau Berger".to_owned(),
        ..anna(Lang::De)
    });
    assert_eq!(
        follow_up.opener,
        "Guten Tag Frau Berger, bei unserem letzten Gespräch ging es um die neue Preisliste, und Sie \
         wollten bis gestern das Budget mit dem Vorstand prüfen."
    );
    assert_eq!(
        follow_up.question,
        "Was hat das Gespräch mit dem Vorstand ergeben?"
    );
    assert_eq!(
        follow_up.next_step,
        "Ich würde Sie am Montag, 7. Dezember, um 12 Uhr anrufen – passt Ihnen das?"
    );
}

#[test]
fn f2_f3_f4_norwegian() {
    let follow_up = build(&anna(Lang::Nb));
    assert_eq!(
        follow_up.opener,
        "Hei Anna, sist snakket vi om den nye prislisten, og du skulle sjekke budsjettet med \
         styret innen i går."
    );
    assert_eq!(follow_up.question, "Hva sa styret?");
    assert_eq!(
        follow_up.next_step,
        "Jeg ringer deg mandag 7. desember kl. 12.00 – hvordan høres det ut?"
    );
}

#[test]
fn f2_f3_f4_dutch_is_informal_by_default() {
    let follow_up = build(&anna(Lang::Nl));
    assert_eq!(
        follow_up.opener,
        "Hoi Anna, vorige keer hadden we het over de nieuwe prijslijst en je zou gisteren het \
         budget met het bestuur bekijken."
    );
    assert_eq!(
        follow_up.question,
        "Wat kwam er uit het gesprek met het bestuur?"
    );
    assert_eq!(
        follow_up.next_step,
        "Ik bel je maandag 7 december om 12.00 uur – komt dat uit?"
    );
}

/// F3: the question asks about what was promised, not always for a decision: what the person
/// said after talking to them, what the figures showed after sending them, what was found
/// after looking into something, and what was decided after a decision.
#[test]
fn f3_the_question_fits_the_promised_action() {
    let cases: &[(Lang, bool, &str, &str, &str)] = &[
        (
            Lang::En,
            false,
            "the three quotes",
            "send me the figures",
            "How did the figures turn out?",
        ),
        (
            Lang::En,
            false,
            "the service agreement",
            "talk to Priya in finance",
            "What did Priya say?",
        ),
        (
            Lang::En,
            false,
            "the licences",
            "ask them about the start date",
            "What did they say?",
        ),
        (
            Lang::En,
            false,
            "the delivery times",
            "forward the proposal to your managing director",
            "What did your managing director say?",
        ),
        (
            Lang::En,
            false,
            "the renewal terms",
            "to get sign-off from your CFO",
            "What did your CFO say?",
        ),
        (
            Lang::En,
            false,
            "the onboarding costs",
            "compare us with your current supplier",
            "What did you decide about the onboarding costs?",
        ),
        (
            Lang::En,
            false,
            "the pilot",
            "look into the integration with your ERP",
            "What did you find out?",
        ),
        (
            Lang::Sv,
            false,
            "offerterna",
            "skicka siffrorna till mig",
            "Hur blev siffrorna?",
        ),
        (
            Lang::Sv,
            false,
            "serviceavtalet",
            "prata med Nordfrakt AB om hämttiderna",
            "Vad sa Nordfrakt?",
        ),
        (
            Lang::Sv,
            false,
            "licenserna",
            "fråga dem om startdatumet",
            "Vad sa de?",
        ),
        (
            Lang::Sv,
            false,
            "avtalet",
            "att låta juristen titta på det",
            "Vad sa juristen?",
        ),
        (
            Lang::Sv,
            false,
            "ett nytt affärssystem",
            "jämföra två leverantörer",
            "Vad kom du fram till när det gäller ett nytt affärssystem?",
        ),
        (
            Lang::Nb,
            false,
            "tilbudene",
            "sende meg tallene",
            "Hvordan ble tallene?",
        ),
        (
            Lang::Nb,
            false,
            "lisensene",
            "spørre dem om startdatoen",
            "Hva sa de?",
        ),
        (
            Lang::Nb,
            false,
            "forlengelsen",
            "få klarsignal fra Sykehuset Østfold",
            "Hva sa Sykehuset Østfold?",
        ),
        (
            Lang::Nb,
            false,
            "innføringskostnadene",
            "sammenligne oss med den nåværende leverandøren deres",
            "Hva kom du fram til når det gjelder innføringskostnadene?",
        ),
        (
            Lang::De,
            true,
            "den neuen Rahmenvertrag",
            "mir die Zahlen schicken",
            "Wie sind die Zahlen ausgefallen?",
        ),
        (
            Lang::De,
            true,
            "die Lieferzeiten",
            "es mit der Rechtsabteilung klären",
            "Was hat das Gespräch mit der Rechtsabteilung ergeben?",
        ),
        (
            Lang::De,
            true,
            "die Schulung",
            "den Vorschlag an die Geschäftsführung weiterleiten",
            "Was hat die Geschäftsführung dazu gesagt?",
        ),
        (
            Lang::De,
            true,
            "die Preiserhöhung",
            "die Freigabe beim Klinikum Nord einholen",
            "Wie ist die Entscheidung beim Klinikum Nord ausgefallen?",
        ),
        (
            Lang::De,
            false,
            "den Pilotversuch",
            "mit eurem IT-Leiter sprechen",
            "Was hat das Gespräch mit eurem IT-Leiter ergeben?",
        ),
        (
            Lang::De,
            true,
            "die Einführungskosten",
            "uns mit Ihrem jetzigen Lieferanten vergleichen",
            "Was ist dabei herausgekommen?",
        ),
        (
            Lang::Nl,
            false,
            "het raamcontract",
            "mij de cijfers sturen",
            "Hoe zijn de cijfers uitgevallen?",
        ),
        (
            Lang::Nl,
            false,
            "de licenties",
            "hun vragen naar de startdatum",
            "Wat zeiden ze?",
        ),
        (
            Lang::Nl,
            false,
            "de levertijden",
            "het laten bekijken door de jurist",
            "Wat zei de jurist?",
        ),
        (
            Lang::Nl,
            false,
            "de verlenging",
            "akkoord krijgen van de gemeente Utrecht",
            "Wat zei de gemeente Utrecht?",
        ),
        (
            Lang::Nl,
            false,
            "de pilot",
            "zich verdiepen in de koppeling met jullie ERP",
            "Wat ben je te weten gekomen?",
        ),
        (
            Lang::Nl,
            true,
            "de invoeringskosten",
            "ons vergelijken met jullie huidige leverancier",
            "Wat heeft u daarover besloten?",
        ),
    ];
    for (lang, formal, topic, action, question) in cases {
        let follow_up = build(&FollowUpInput {
            topic: (*topic).to_owned(),
            promised_action: (*action).to_owned(),
            formal: *formal,
            ..anna(*lang)
        });
        assert_eq!(follow_up.question, *question, "{lang:?} {action}");
    }
}

#[test]
fn formality_switches_the_pronouns() {
    let informal_de = build(&FollowUpInput {
        formal: false,
        ..anna(Lang::De)
    });
    assert!(informal_de.opener.starts_with("Hallo Anna,"));
    assert!(informal_de.opener.contains("du wolltest bis gestern"));
    assert!(informal_de.next_step.starts_with("Ich würde dich am"));

    // A formal line to a bare first name greets without it.
    let formal_nl = build(&FollowUpInput {
        formal: true,
        ..anna(Lang::Nl)
    });
    assert!(formal_nl.opener.starts_with("Goedendag, "));
    assert!(formal_nl.opener.contains("u zou gisteren"));
    assert_eq!(
        formal_nl.question,
        "Wat kwam er uit het gesprek met het bestuur?"
    );
    assert!(formal_nl.next_step.ends_with("komt dat u uit?"));

    let formal_sv = build(&FollowUpInput {
        formal: true,
        ..anna(Lang::Sv)
    });
    assert!(formal_sv.opener.contains("och ni skulle kolla"));
    assert_eq!(formal_sv.question, "Vad sa styrelsen?");
    assert!(formal_sv.next_step.starts_with("Jag ringer er"));

    let formal_en = build(&FollowUpInput {
        formal: true,
        ..anna(Lang::En)
    });
    assert!(
        formal_en.opener.starts_with("Hi Anna,"),
        "a first name, an informal greeting"
    );
    let titled_en = build(&FollowUpInput {
        formal: true,
        contact_name: "Ms Holm".to_owned(),
        ..anna(Lang::En)
    });
    assert!(titled_en.opener.starts_with("Hello Ms Holm,"));

    assert_eq!(
        Lang::ALL.map(default_formal),
        [false, false, true, false, false]
    );
}

#[test]
fn f4_the_rules_name_the_follow_up_rules_then_the_schedules() {
    let follow_up = build(&anna(Lang::En));
    assert_eq!(follow_up.rules, vec!["F2", "F3", "F4", "T5"]);
    assert_eq!(follow_up.proposal.at, follow_up.next_contact);

    let no_due = build(&FollowUpInput {
        due_date: None,
        ..anna(Lang::En)
    });
    assert_eq!(no_due.rules, vec!["F2", "F3", "F4", "T1"]);
}

#[test]
fn t2_f4_thinking_it_over_on_friday_is_called_back_monday() {
    let input = FollowUpInput {
        due_date: None,
        situation: ScheduleInput {
            stage: Stage::ClosingAttempted,
            last_outcome: warmcall_coach::schedule::LastOutcome::ThinkingItOver,
            ..ScheduleInput::default()
        },
        ..anna(Lang::En)
    };
    let follow_up = build_follow_up(&input, &Settings::default(), at("2026-12-04T16:30"));
    assert_eq!(follow_up.next_contact, at("2026-12-07T16:30"));
    // After Monday's call the outcome is not known yet: the next step keeps T1's window.
    assert_eq!(
        follow_up.next_step,
        "I'll call you on Thursday 10 December at 16:30 — how does that look for you?"
    );
}

#[test]
fn f6_the_customers_time_reaches_the_next_step() {
    let input = FollowUpInput {
        due_date: None,
        situation: ScheduleInput {
            customer_time: parse_customer_time("nach 17 Uhr"),
            ..ScheduleInput::default()
        },
        ..anna(Lang::De)
    };
    let follow_up = build(&input);
    assert!(
        follow_up
            .next_step
            .contains("am Montag, 7. Dezember, um 17:30 Uhr anrufen"),
        "{}",
        follow_up.next_step
    );
    assert!(follow_up.rules.contains(&"F6"));
}

#[test]
fn the_due_date_is_said_as_on_the_day_of_the_call() {
    // Prepared on Tuesday 1 December, due that day: T2 proposes the call for a later day,
    // and on that day the deadline has passed. The rep will say the line then, not now.
    let prepared_on_the_due_day = build(&FollowUpInput {
        due_date: Some(date("2026-12-01")),
        ..anna(Lang::En)
    });
    assert_ne!(
        prepared_on_the_due_day.next_contact.date(),
        date("2026-12-01")
    );
    assert!(!prepared_on_the_due_day.opener.contains("by today"));

    // Due the day of the call; and with the customer asking for a call today, due tomorrow.
    let call_today = FollowUpInput {
        situation: ScheduleInput {
            customer_time: parse_customer_time("today 15:00"),
            ..ScheduleInput::default()
        },
        ..anna(Lang::En)
    };
    let today = build(&FollowUpInput {
        due_date: Some(date("2026-12-01")),
        ..call_today.clone()
    });
    assert_eq!(today.next_contact, at("2026-12-01T15:00"));
    assert!(today.opener.ends_with("with the board by today."));
    let tomorrow = build(&FollowUpInput {
        due_date: Some(date("2026-12-02")),
        ..call_today.clone()
    });
    assert!(tomorrow.opener.ends_with("with the board by Wednesday."));

    // A day more than six days ahead, and one that passed before yesterday, as dates: "by
    // Friday" about the Friday before sounds like tomorrow.
    let far = build(&FollowUpInput {
        due_date: Some(date("2026-12-15")),
        situation: call_today.situation.clone(),
        ..anna(Lang::De)
    });
    assert!(far.opener.contains("bis zum 15. Dezember das Budget"));
    let passed = build(&FollowUpInput {
        due_date: Some(date("2026-11-27")),
        ..anna(Lang::Nb)
    });
    assert!(passed.opener.ends_with("innen 27. november."));
}

#[test]
fn f2_missing_parts_leave_no_dangling_words() {
    let no_name = build(&FollowUpInput {
        contact_name: "  \n ".to_owned(),
        ..anna(Lang::En)
    });
    assert!(no_name.opener.starts_with("Hi, last time we talked about"));

    let no_due = build(&FollowUpInput {
        due_date: None,
        ..anna(Lang::En)
    });
    assert!(no_due
        .opener
        .ends_with("you were going to check the budget with the board."));

    let no_topic = build(&FollowUpInput {
        topic: String::new(),
        ..anna(Lang::Sv)
    });
    assert_eq!(
        no_topic.opener,
        "Hej Anna, när vi hördes sist sa du att du skulle kolla budgeten med styrelsen senast i \
         går."
    );
    assert_eq!(no_topic.question, "Vad sa styrelsen?");

    let no_action = build(&FollowUpInput {
        promised_action: " ".to_owned(),
        ..anna(Lang::Nl)
    });
    assert_eq!(
        no_action.opener,
        "Hoi Anna, vorige keer hadden we het over de nieuwe prijslijst."
    );
    assert_eq!(no_action.question, "Wat is er sindsdien gebeurd?");

    for lang in Lang::ALL {
        let nothing = build(&FollowUpInput::new(lang));
        assert!(!nothing.opener.contains("  "), "{}", nothing.opener);
        assert!(!nothing.opener.contains(" ,"), "{}", nothing.opener);
        assert!(nothing.opener.ends_with('.'), "{}", nothing.opener);
        assert!(nothing.question.ends_with('?'), "{}", nothing.question);
        assert!(nothing
            .next_step
            .contains(&format_day_time(lang, nothing.next_step_at)));
    }
}

#[test]
fn the_reps_own_punctuation_and_infinitive_markers_are_tidied() {
    let follow_up = build(&FollowUpInput {
        topic: "the new price list.".to_owned(),
        promised_action: "To check the budget\nwith the board.".to_owned(),
        ..anna(Lang::En)
    });
    assert_eq!(
        follow_up.opener,
        "Hi Anna, last time we talked about the new price list, and you were going to check the \
         budget with the board by yesterday."
    );

    let swedish = build(&FollowUpInput {
        promised_action: "att kolla budgeten".to_owned(),
        ..anna(Lang::Sv)
    });
    assert!(swedish.opener.contains("du skulle kolla budgeten senast"));

    let norwegian = build(&FollowUpInput {
        promised_action: "å sjekke budsjettet".to_owned(),
        ..anna(Lang::Nb)
    });
    assert!(norwegian
        .opener
        .contains("du skulle sjekke budsjettet innen"));
}

#[test]
fn markup_in_the_inputs_stays_plain_text() {
    let follow_up = build(&FollowUpInput {
        contact_name: "<b>Anna</b>".to_owned(),
        topic: "the <script>alert(1)</script> list".to_owned(),
        ..anna(Lang::En)
    });
    assert!(follow_up.opener.starts_with("Hi <b>Anna</b>, last time"));
    assert!(follow_up.opener.contains("<script>alert(1)</script>"));
}

fn any_lang() -> impl Strategy<Value = Lang> {
    prop_oneof![
        Just(Lang::En),
        Just(Lang::Sv),
        Just(Lang::De),
        Just(Lang::Nb),
        Just(Lang::Nl),
    ]
}

proptest! {
    #[test]
    fn the_builder_never_panics_on_any_text(
        lang in any_lang(),
        formal in any::<bool>(),
        name in any::<String>(),
        topic in any::<String>(),
        action in any::<String>(),
        wish in any::<String>(),
        due_in_days in proptest::option::of(-400i64..400),
    ) {
        let now = tuesday_morning();
        let input = FollowUpInput {
            lang,
            formal,
            contact_name: name,
            topic,
            promised_action: action,
            due_date: due_in_days.map(|days| now.date() + chrono::Duration::days(days)),
            call_day: None,
            situation: ScheduleInput {
                customer_time: parse_customer_time(&wish),
                ..ScheduleInput::default()
            },
        };
        let follow_up = build_follow_up(&input, &Settings::default(), now);
        prop_assert!(follow_up.next_contact > now);
        prop_assert!(follow_up.question.ends_with('?'));
    }

    #[test]
    fn plain_words_give_clean_sentences(
        lang in any_lang(),
        formal in any::<bool>(),
        name in "[A-Za-zåäöÅÄÖ ]{0,12}",
        topic in "[a-zåäöøæü \\t\\n]{0,24}",
        action in "[a-zåäöøæü \\t\\n]{0,24}",
        has_due in any::<bool>(),
    ) {
        let input = FollowUpInput {
            lang,
            formal,
            contact_name: name,
            topic,
            promised_action: action,
            due_date: has_due.then(thursday),
            ..FollowUpInput::new(lang)
        };
        let follow_up = build(&input);
        for text in [&follow_up.opener, &follow_up.question, &follow_up.next_step] {
            prop_assert!(!text.contains("  "), "{}", text);
            prop_assert!(!text.contains(" ,") && !text.contains(" ."), "{}", text);
            prop_assert!(!text.contains('\n') && !text.contains('\t'), "{}", text);
        }
        let when = format_day_time(lang, follow_up.next_step_at);
        prop_assert!(follow_up.next_step.contains(&when));
    }
}
