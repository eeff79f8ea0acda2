#![cfg(not(target_arch = "wasm32"))]
//! CRM statuses read as what the advisor knows: exports shaped like HubSpot's, Pipedrive's and
//! Salesforce's, imported, then advised.

use chrono::NaiveDateTime;
use warmcall_coach::advisor::{advise, Action, Advice, LetGoReason, Reason};
use warmcall_coach::import::{
    decode_text, map_rows, parse_csv, suggest_mapping, CrmStatus, CsvTable, ImportPreview,
    LeadField, RowError, RowProblem, StatusChoices,
};
use warmcall_coach::lead::Lead;
use warmcall_coach::schedule::Stage;
use warmcall_coach::settings::Settings;

mod support;
use support::{at, date};

/// A Sunday evening in December, importing for the week ahead.
fn now() -> NaiveDateTime {
    at("2026-12-06T19:00")
}

fn fixture(name: &str) -> CsvTable {
    let path = format!("{}/tests/fixtures/crm/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).expect("the fixture exists");
    let (text, _) = decode_text(&bytes);
    parse_csv(&text).expect("the fixture reads")
}

fn import_with(table: &CsvTable, statuses: &StatusChoices) -> ImportPreview {
    let mapping = suggest_mapping(&table.headers);
    map_rows(table, &mapping, statuses, &[], "imp-", now())
}

fn import(name: &str) -> (CsvTable, ImportPreview) {
    let table = fixture(name);
    let preview = import_with(&table, &StatusChoices::default());
    (table, preview)
}

fn lead<'a>(preview: &'a ImportPreview, name: &str) -> &'a Lead {
    preview
        .leads
        .iter()
        .find(|lead| lead.name == name)
        .unwrap_or_else(|| panic!("{name} was imported"))
}

fn advice(lead: &Lead) -> Advice {
    advise(lead, &Settings::default(), now())
}

#[test]
fn hubspot_bad_timing_until_q2_is_nurtured_until_april_not_followed_up_on_monday() {
    let (_, preview) = import("hubspot.csv");
    let karl = lead(&preview, "Karl Braun");
    assert_eq!(karl.qualification.need_confirmed, Some(true));
    assert_eq!(karl.qualification.timing.as_deref(), Some("2027-04-01"));
    assert!(
        karl.notes.contains("budget frozen until Q2"),
        "the rep reads why: {:?}",
        karl.notes
    );
    let advice = advice(karl);
    assert_eq!(advice.action, Action::Nurture);
    assert_eq!(advice.rules[0], "L5");
    assert!(
        advice.reasons.iter().any(|reason| matches!(
            reason,
            Reason::BuyingLater { at } if at.date() == date("2027-04-01")
        )),
        "{:?}",
        advice.reasons
    );
    let due = advice.due.expect("a nurture email has a day");
    assert!(
        due.date() > date("2026-12-31"),
        "not a follow-up tomorrow: {due}"
    );
}

#[test]
fn hubspot_unqualified_is_let_go_by_l3() {
    let (_, preview) = import("hubspot.csv");
    let eva = lead(&preview, "Eva Lind");
    assert_eq!(eva.qualification.need_confirmed, Some(false));
    assert_eq!(eva.notes, "No fleet of their own");
    let advice = advice(eva);
    assert_eq!(advice.action, Action::LetGo(LetGoReason::NotQualified));
    assert_eq!(advice.rules, ["L3"]);
}

#[test]
fn hubspot_attempted_to_contact_counts_as_an_unanswered_attempt() {
    let (_, preview) = import("hubspot.csv");
    let jonas = lead(&preview, "Jonas Meyer");
    assert_eq!(jonas.log.len(), 1);
    assert!(!jonas.log[0].reached);
    assert_eq!(jonas.log[0].at, now());
    assert_eq!(jonas.stage, Stage::FirstContact);
    let advice = advice(jonas);
    assert_eq!(advice.action, Action::FollowUp);
    assert!(
        !advice.reasons.contains(&Reason::NoContactYet),
        "an attempt was made: {:?}",
        advice.reasons
    );
    // With one attempt allowed, that one attempt is the stop rule's (L1).
    let one_try = Settings {
        stop_rule: warmcall_coach::settings::StopRule {
            cold_attempts: 1,
            ..Settings::default().stop_rule
        },
        ..Settings::default()
    };
    assert_eq!(
        advise(jonas, &one_try, now()).action,
        Action::LetGo(LetGoReason::StopRule)
    );
}

#[test]
fn hubspot_connected_and_open_deal_are_in_dialogue_and_new_is_a_first_call() {
    let (_, preview) = import("hubspot.csv");
    for name in ["Lisa Jansen", "Tom Olsen", "Sara Holm"] {
        let lead = lead(&preview, name);
        assert_eq!(lead.stage, Stage::InDialogue, "{name}");
        assert!(
            lead.log.len() == 1 && lead.log[0].reached,
            "{name}: {:?}",
            lead.log
        );
        assert_eq!(advice(lead).action, Action::FollowUp, "{name}");
    }
    let anna = lead(&preview, "Anna Berg");
    assert!(anna.log.is_empty());
    assert!(advice(anna).reasons.contains(&Reason::NoContactYet));
}

#[test]
fn the_preview_lists_each_status_with_its_meaning_and_an_unknown_one_as_ignored() {
    let table = fixture("hubspot.csv");
    let mapping = suggest_mapping(&table.headers);
    let choices = StatusChoices::for_table(&table, &mapping, &StatusChoices::default());
    let listed: Vec<_> = choices
        .values
        .iter()
        .map(|value| (value.shown.as_str(), value.chosen))
        .collect();
    assert_eq!(
        listed,
        [
            ("New", Some(CrmStatus::NewLead)),
            ("Attempted to contact", Some(CrmStatus::Attempted)),
            ("Connected", Some(CrmStatus::InDialogue)),
            ("Open Deal", Some(CrmStatus::InDialogue)),
            ("Unqualified", Some(CrmStatus::NotQualified)),
            (
                "Bad timing, budget frozen until Q2",
                Some(CrmStatus::Nurture)
            ),
            ("In Progress", Some(CrmStatus::InDialogue)),
            ("Needs a second look", None),
        ]
    );
    let (_, preview) = import("hubspot.csv");
    let piet = lead(&preview, "Piet de Vries");
    assert!(piet.log.is_empty() && piet.qualification.need_confirmed.is_none());
}

#[test]
fn a_mapping_changed_in_the_preview_is_what_the_import_applies() {
    let table = fixture("hubspot.csv");
    let mapping = suggest_mapping(&table.headers);
    let mut choices = StatusChoices::for_table(&table, &mapping, &StatusChoices::default());
    let unqualified = choices
        .values
        .iter()
        .position(|value| value.shown == "Unqualified")
        .expect("listed");
    choices.choose(unqualified, Some(CrmStatus::Nurture));
    let ignored = choices
        .values
        .iter()
        .position(|value| value.shown == "Connected")
        .expect("listed");
    choices.choose(ignored, None);
    let preview = import_with(&table, &choices);
    let eva = lead(&preview, "Eva Lind");
    assert_eq!(advice(eva).action, Action::Nurture);
    let lisa = lead(&preview, "Lisa Jansen");
    assert!(lisa.log.is_empty(), "ignored: {:?}", lisa.log);
    // Remapping a column keeps the rep's choices for the values still there.
    let again = StatusChoices::for_table(&table, &mapping, &choices);
    assert_eq!(again.values[unqualified].chosen, Some(CrmStatus::Nurture));
}

#[test]
fn pipedrive_deal_status_and_lost_reason() {
    let (table, preview) = import("pipedrive.csv");
    let field = |field| Some(field);
    assert_eq!(
        suggest_mapping(&table.headers),
        [
            None,
            field(LeadField::Status),
            field(LeadField::LostReason),
            field(LeadField::Name),
            field(LeadField::Email),
            field(LeadField::Company)
        ]
    );
    let mia = lead(&preview, "Mia Svensson");
    assert_eq!(
        mia.stage,
        Stage::InDialogue,
        "an open deal is a conversation"
    );
    let ole = lead(&preview, "Ole Hansen");
    assert_eq!(ole.qualification.timing.as_deref(), Some("2027-07-01"));
    assert_eq!(advice(ole).action, Action::Nurture);
    assert!(ole.notes.contains("budget frozen until Q3 2027"));
    let ida = lead(&preview, "Ida Berg");
    assert_eq!(advice(ida).action, Action::LetGo(LetGoReason::NotQualified));
    // A lost reason the table does not know falls back to the deal's "lost", and is kept.
    let jan = lead(&preview, "Jan Bakker");
    assert_eq!(jan.qualification.need_confirmed, Some(false));
    assert_eq!(jan.notes, "Price too high");
    // A won deal is a customer: not imported as a lead to chase, and said so.
    assert!(preview.leads.iter().all(|lead| lead.name != "Nils Dahl"));
    assert_eq!(
        preview.errors,
        [RowError {
            line: 5,
            problem: RowProblem::AlreadyCustomer { column: 1 }
        }]
    );
}

#[test]
fn salesforce_lead_statuses() {
    let (_, preview) = import("salesforce.csv");
    let greta = lead(&preview, "Greta Lund");
    assert!(advice(greta).reasons.contains(&Reason::NoContactYet));
    let hans = lead(&preview, "Hans Vogel");
    assert_eq!(hans.stage, Stage::InDialogue);
    let rik = lead(&preview, "Rik Smit");
    assert_eq!(advice(rik).action, Action::LetGo(LetGoReason::NotQualified));
    let ulla = lead(&preview, "Ulla Ek");
    assert_eq!(
        advice(ulla).action,
        Action::Nurture,
        "no date given: a quarter out"
    );
    assert_eq!(ulla.qualification.timing.as_deref(), Some("2027-03-07"));
    assert!(preview.leads.iter().all(|lead| lead.name != "Mette Nilsen"));
    assert!(matches!(
        preview.errors[..],
        [RowError {
            line: 4,
            problem: RowProblem::AlreadyCustomer { .. }
        }]
    ));
}

#[test]
fn statuses_in_other_languages() {
    let table = parse_csv(
        "Name;Status\nA;Kontaktversuch\nB;Fel tidpunkt, hör av dig efter Q3\nC;Niet gekwalificeerd\nD;Ikke nådd\n",
    )
    .unwrap();
    let preview = import_with(&table, &StatusChoices::default());
    assert!(!lead(&preview, "A").log[0].reached);
    assert_eq!(advice(lead(&preview, "B")).action, Action::Nurture);
    assert_eq!(
        lead(&preview, "C").qualification.need_confirmed,
        Some(false)
    );
    assert!(!lead(&preview, "D").log[0].reached);
}

#[test]
fn a_row_split_by_another_delimiter_says_which() {
    let table = parse_csv("Name,Company,Email\nAnna,Berg AB,anna@berg.example\nJonas;Meyer GmbH;jonas@meyer.example\nLisa,Jansen\n").unwrap();
    let preview = import_with(&table, &StatusChoices::default());
    assert_eq!(
        preview.errors,
        [
            RowError {
                line: 3,
                problem: RowProblem::OtherDelimiter {
                    row: ';',
                    file: ','
                }
            },
            RowError {
                line: 4,
                problem: RowProblem::CellCount {
                    expected: 3,
                    found: 2
                }
            }
        ]
    );
    let tabs = parse_csv("Name;Company\nAnna;Berg\nJonas\tMeyer\nLisa|Jansen\n").unwrap();
    let problems: Vec<_> = import_with(&tabs, &StatusChoices::default())
        .errors
        .into_iter()
        .map(|error| error.problem)
        .collect();
    assert_eq!(
        problems,
        [
            RowProblem::OtherDelimiter {
                row: '\t',
                file: ';'
            },
            RowProblem::OtherDelimiter {
                row: '|',
                file: ';'
            }
        ]
    );
}

#[test]
fn hubspot_internal_status_values_read_like_their_labels() {
    let table = parse_csv(
        "Name,hs_lead_status\nA,ATTEMPTED_TO_CONTACT\nB,OPEN_DEAL\nC,BAD_TIMING\nD,UNQUALIFIED\n",
    )
    .unwrap();
    assert_eq!(suggest_mapping(&table.headers)[1], Some(LeadField::Status));
    let preview = import_with(&table, &StatusChoices::default());
    assert!(!lead(&preview, "A").log[0].reached);
    assert_eq!(lead(&preview, "B").stage, Stage::InDialogue);
    assert_eq!(advice(lead(&preview, "C")).action, Action::Nurture);
    assert_eq!(
        advice(lead(&preview, "D")).action,
        Action::LetGo(LetGoReason::NotQualified)
    );
}
