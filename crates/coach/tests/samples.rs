//! The sample leads of a first visit: one of each kind of advice, whatever the day and language
//! they are added on, marked as samples, and never in a CSV export.

use chrono::NaiveDateTime;
use warmcall_coach::advisor::{advise, Action, LetGoReason, Reason};
use warmcall_coach::export::leads_to_csv;
use warmcall_coach::holidays::{is_day_off, Country};
use warmcall_coach::samples::{sample_leads, SAMPLE_IDS};
use warmcall_coach::settings::Settings;
use warmcall_coach::Lang;

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").expect("test date-times are valid")
}

/// A Wednesday morning, a Saturday, and a Friday at noon after Ascension Day (Thursday 14 May
/// 2026, a holiday in every country but the UK).
const MOMENTS: [&str; 3] = ["2026-12-09T09:30", "2026-12-05T11:00", "2026-05-15T12:00"];

#[test]
fn the_samples_show_one_of_each_kind_of_advice_on_any_day_in_any_language() {
    let settings = Settings::default();
    for lang in Lang::ALL {
        let country = Country::of_lang(lang);
        let settings = Settings {
            customer_country: Some(country),
            ..settings.clone()
        };
        for moment in MOMENTS {
            let now = at(moment);
            let leads = sample_leads(lang, country, now);
            let ids: Vec<&str> = leads.iter().map(|lead| lead.id.as_str()).collect();
            assert_eq!(ids, SAMPLE_IDS, "{lang:?} {moment}");
            let advice: Vec<_> = leads.iter().map(|l| advise(l, &settings, now)).collect();
            let case = format!("{lang:?} on {moment}: {advice:#?}");

            let overdue = &advice[0];
            assert_eq!(overdue.action, Action::FollowUp, "{case}");
            assert!(overdue.due.is_some_and(|due| due < now), "{case}");

            // Due today on a working day; at the next working day's agreed time on a day off.
            let due = &advice[1];
            assert_eq!(due.action, Action::FollowUp, "{case}");
            let due_at = due.due.expect("a follow-up has a time");
            assert!(due_at.date() >= now.date(), "{case}");
            if !is_day_off(country, now.date()) {
                assert!(due.due_today(now).is_some(), "{case}");
            } else {
                assert!(!is_day_off(country, due_at.date()), "{case}");
            }

            assert_eq!(advice[2].action, Action::FollowUp, "{case}");
            assert!(advice[2].reasons.contains(&Reason::NoContactYet), "{case}");
            assert_eq!(advice[3].action, Action::Nurture, "{case}");
            assert_eq!(
                advice[4].action,
                Action::LetGo(LetGoReason::StopRule),
                "{case}"
            );

            for lead in &leads {
                assert!(lead.sample, "{lead:?}");
                assert!(!lead.name.is_empty() && !lead.company.is_empty());
                assert!(
                    lead.email.is_ascii() && lead.email.contains('@'),
                    "{}",
                    lead.email
                );
                for contact in &lead.log {
                    assert!(contact.at < now, "{lead:?}");
                    assert!(!is_day_off(country, contact.at.date()), "{lead:?}");
                }
            }
        }
    }
}

#[test]
fn the_samples_are_written_in_the_interface_language() {
    let now = at(MOMENTS[0]);
    let names = |lang| {
        sample_leads(lang, Country::of_lang(lang), now)[1].log[0]
            .discussed
            .clone()
    };
    assert_eq!(names(Lang::En), "the offer for 40 licences");
    assert_eq!(names(Lang::Sv), "offerten på 40 licenser");
    assert_eq!(names(Lang::De), "das Angebot über 40 Lizenzen");
    assert_eq!(
        sample_leads(Lang::Nl, Country::Netherlands, now)[0].email,
        "sanne.vries@example.nl"
    );
    assert_eq!(
        sample_leads(Lang::Sv, Country::Sweden, now)[4].email,
        "karin.ek@example.se"
    );
}

#[test]
fn a_csv_export_leaves_out_samples_not_kept_and_carries_those_kept() {
    let now = at(MOMENTS[0]);
    let mut leads = sample_leads(Lang::En, Country::UnitedKingdom, now);
    let csv = leads_to_csv(&leads);
    assert_eq!(csv.lines().count(), 1, "only the header: {csv}");

    leads[0].sample = false;
    let csv = leads_to_csv(&leads);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.contains("Emma Clarke"), "{csv}");
    assert!(!csv.contains("Tom Bennett"), "{csv}");
}

#[test]
fn the_sample_flag_is_stored_only_when_set() {
    let now = at(MOMENTS[0]);
    let mut lead = sample_leads(Lang::En, Country::UnitedKingdom, now).remove(2);
    let json = serde_json::to_string(&lead).unwrap();
    assert!(json.contains(r#""sample":true"#), "{json}");
    lead.sample = false;
    let json = serde_json::to_string(&lead).unwrap();
    assert!(!json.contains(r#""sample":"#), "{json}");
    // An older backup, without the field, reads as the rep's own lead.
    let read: warmcall_coach::lead::Lead =
        serde_json::from_str(r#"{"id":"a","name":"A"}"#).unwrap();
    assert!(!read.sample);
}
