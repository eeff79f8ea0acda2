//! Issue 15's one flow: the Follow-up and Opener tabs filled from a lead, and the prep saved back.

use chrono::{NaiveDate, NaiveDateTime};
use warmcall_coach::flow::{
    follow_up_fill, gaps, lead_lang, lead_prep, opener_fill, saved_opener, unlinked_prep_key,
};
use warmcall_coach::lead::{Contact, CustomerWishes, Lead, LeadPrep, Outcome};
use warmcall_coach::opener::PrepInput;
use warmcall_coach::schedule::{DealSize, Stage};
use warmcall_coach::Lang;

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
}

fn anna() -> Lead {
    Lead {
        id: "lead-anna".into(),
        name: " Anna Berg ".into(),
        company: "Nordfrakt AB".into(),
        role: "inköpschef".into(),
        stage: Stage::OfferOut,
        deal_size: DealSize::Large,
        customer_wishes: CustomerWishes {
            time: "efter 16 på torsdagar".into(),
            ..CustomerWishes::default()
        },
        log: vec![
            Contact {
                at: at("2026-12-01T10:00"),
                reached: true,
                discussed: "den gamla offerten".into(),
                promised: "läsa igenom den".into(),
                ..Contact::default()
            },
            // The last conversation, logged before an unanswered attempt that came after it.
            Contact {
                at: at("2026-12-03T14:00"),
                reached: true,
                outcome: Some(Outcome::NeedsToThink),
                discussed: "den nya prislistan".into(),
                promised: "stämma av budgeten med styrelsen".into(),
                promised_by: NaiveDate::from_ymd_opt(2026, 12, 11),
                ..Contact::default()
            },
            Contact {
                at: at("2026-12-04T09:00"),
                reached: false,
                ..Contact::default()
            },
        ],
        ..Lead::default()
    }
}

#[test]
fn the_follow_up_is_filled_from_the_last_conversation_in_the_leads_language() {
    let fill = follow_up_fill(&anna());
    assert_eq!(fill.lang, Some(Lang::Sv));
    assert_eq!(fill.contact_name, "Anna Berg");
    assert_eq!(fill.topic, "den nya prislistan");
    assert_eq!(fill.promised_action, "stämma av budgeten med styrelsen");
    assert_eq!(fill.due_date, NaiveDate::from_ymd_opt(2026, 12, 11));
    assert_eq!(fill.customer_time, "efter 16 på torsdagar");
    assert_eq!(fill.stage, Stage::OfferOut);
    assert!(
        fill.thinking_it_over,
        "the customer said they needed to think"
    );
    assert!(fill.large_deal);
}

#[test]
fn a_first_contact_with_a_logged_conversation_is_followed_up_as_in_dialogue() {
    let lead = Lead {
        stage: Stage::FirstContact,
        ..anna()
    };
    assert_eq!(follow_up_fill(&lead).stage, Stage::InDialogue);
    let never_reached = Lead {
        stage: Stage::FirstContact,
        log: vec![Contact::default()],
        ..anna()
    };
    let fill = follow_up_fill(&never_reached);
    assert_eq!(fill.stage, Stage::FirstContact);
    assert_eq!((fill.topic.as_str(), fill.due_date), ("", None));
    assert!(!fill.thinking_it_over);
}

#[test]
fn the_leads_language_comes_from_its_log_or_is_left_open() {
    let german = Lead {
        log: vec![Contact {
            reached: true,
            discussed: "die neue Preisliste".into(),
            promised: "das Budget mit dem Vorstand abstimmen".into(),
            ..Contact::default()
        }],
        ..Lead::default()
    };
    assert_eq!(lead_lang(&german), Some(Lang::De));
    let notes_only = Lead {
        notes: "Ze willen na de zomer een nieuwe leverancier kiezen voor hun magazijn.".into(),
        ..Lead::default()
    };
    assert_eq!(lead_lang(&notes_only), Some(Lang::Nl));
    assert_eq!(
        lead_lang(&Lead::default()),
        None,
        "nothing written: no guess"
    );
    assert_eq!(follow_up_fill(&Lead::default()).lang, None);
}

#[test]
fn a_first_call_is_prepared_from_who_the_lead_is_and_its_saved_prep() {
    let fresh = Lead {
        log: Vec::new(),
        ..anna()
    };
    let fill = opener_fill(&fresh);
    assert_eq!(
        (
            fill.prep.contact_name.as_str(),
            fill.prep.role.as_str(),
            fill.prep.company.as_str()
        ),
        ("Anna Berg", "inköpschef", "Nordfrakt AB")
    );
    assert_eq!((fill.prep.hook.as_str(), fill.opener.as_str()), ("", ""));

    let prepared = Lead {
        prep: Some(LeadPrep {
            hook: "ert nya lager i Malmö".into(),
            need: "snabbare leveranser".into(),
            opener: "Hej Anna, jag läste om ert nya lager i Malmö.".into(),
            lang: Some(Lang::Sv),
            ..LeadPrep::default()
        }),
        ..fresh
    };
    let fill = opener_fill(&prepared);
    assert_eq!(fill.prep.hook, "ert nya lager i Malmö");
    assert_eq!(fill.prep.need, "snabbare leveranser");
    assert_eq!(fill.prep.lang, Some(Lang::Sv));
    assert_eq!(fill.opener, "Hej Anna, jag läste om ert nya lager i Malmö.");
    assert_eq!(
        saved_opener(&prepared),
        Some("Hej Anna, jag läste om ert nya lager i Malmö.")
    );
    let spoken_since = Lead {
        prep: prepared.prep.clone(),
        ..anna()
    };
    assert_eq!(
        saved_opener(&spoken_since),
        None,
        "after a conversation the card opens with the thread"
    );
}

#[test]
fn the_prep_saved_back_reopens_as_it_was_written() {
    let prep = PrepInput {
        lang: Some(Lang::De),
        contact_name: "Jonas Becker".into(),
        company: "Becker Logistik".into(),
        hook: " Ihr neues Lager in Kassel ".into(),
        mutual_contact: "Petra Lang".into(),
        formal: Some(true),
        ..PrepInput::default()
    };
    let saved = lead_prep(
        &prep,
        "Guten Tag Herr Becker, ich habe von Ihrem neuen Lager gelesen.",
    );
    assert_eq!(saved.hook, "Ihr neues Lager in Kassel");
    let lead = Lead {
        name: "Jonas Becker".into(),
        company: "Becker Logistik".into(),
        prep: Some(saved),
        ..Lead::default()
    };
    let reopened = opener_fill(&lead);
    assert_eq!(
        reopened.prep,
        PrepInput {
            hook: "Ihr neues Lager in Kassel".into(),
            ..prep
        }
    );
    assert!(reopened.opener.starts_with("Guten Tag Herr Becker"));
}

#[test]
fn a_lead_without_prep_loads_from_old_data_and_keeps_its_prep_through_json() {
    let old: Lead = serde_json::from_str(r#"{"id":"x","name":"Bo"}"#).unwrap();
    assert_eq!(old.prep, None);
    let json = serde_json::to_string(&old).unwrap();
    assert!(!json.contains("prep"), "{json}");
    let with_prep = Lead {
        prep: Some(LeadPrep {
            hook: "<b>expansion</b>".into(),
            ..LeadPrep::default()
        }),
        ..old
    };
    let json = serde_json::to_string(&with_prep).unwrap();
    assert!(
        json.contains(r#""prep":{"hook":"<b>expansion</b>"}"#),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<Lead>(&json).unwrap(), with_prep);
}

#[test]
fn gaps_are_found_so_a_line_with_one_is_never_offered_as_ready() {
    assert_eq!(
        gaps("Hi Anna, I saw [what you found out about them] and [why now]."),
        ["[what you found out about them]", "[why now]"]
    );
    assert!(gaps("Hi Anna, what did the board say?").is_empty());
    assert!(gaps("An open [bracket only").is_empty());
}

#[test]
fn a_call_prepared_without_a_lead_is_known_by_person_and_company() {
    let prep = |name: &str, company: &str| PrepInput {
        contact_name: name.into(),
        company: company.into(),
        ..PrepInput::default()
    };
    assert_eq!(
        unlinked_prep_key(&prep("Åsa Öberg", "Nordfrakt")),
        unlinked_prep_key(&prep(" ÅSA öberg", "NORDFRAKT "))
    );
    assert_ne!(
        unlinked_prep_key(&prep("Åsa Öberg", "Nordfrakt")),
        unlinked_prep_key(&prep("Åsa Öberg", "Sydfrakt"))
    );
}
