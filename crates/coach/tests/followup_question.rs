//! The built follow-up question must be what F3 asks for, according to the question analyzer
//! the interface shows to the rep: assumptive in every language, whatever parts are filled in.

use chrono::{NaiveDate, NaiveDateTime};
use warmcall_coach::followup::{build_follow_up, format_day_time, FollowUpInput};
use warmcall_coach::question::{analyze_question, QuestionKind};
use warmcall_coach::settings::Settings;
use warmcall_coach::Lang;

fn topic_and_actions(lang: Lang) -> (&'static str, [&'static str; 3]) {
    match lang {
        Lang::En => (
            "the new price list",
            [
                "check the budget with the board",
                "talk to your colleagues",
                "compare our offer with the current supplier",
            ],
        ),
        Lang::Sv => (
            "den nya prislistan",
            [
                "kolla budgeten med styrelsen",
                "prata med dina kollegor",
                "jämföra vårt erbjudande med nuvarande leverantör",
            ],
        ),
        Lang::De => (
            "die neue Preisliste",
            [
                "das Budget mit dem Vorstand prüfen",
                "mit den Kollegen sprechen",
                "unser Angebot mit dem jetzigen Lieferanten vergleichen",
            ],
        ),
        Lang::Nb => (
            "den nye prislisten",
            [
                "sjekke budsjettet med styret",
                "snakke med kollegene dine",
                "sammenligne tilbudet vårt med dagens leverandør",
            ],
        ),
        Lang::Nl => (
            "de nieuwe prijslijst",
            [
                "het budget met het bestuur bekijken",
                "met je collega's overleggen",
                "ons aanbod met de huidige leverancier vergelijken",
            ],
        ),
    }
}

#[test]
fn f3_every_built_question_analyses_as_assumptive() {
    let now = NaiveDateTime::parse_from_str("2026-12-01 11:40", "%Y-%m-%d %H:%M")
        .expect("valid date-time");
    let due = NaiveDate::from_ymd_opt(2026, 12, 3);
    let mut disagreements = Vec::new();
    for lang in Lang::ALL {
        let (topic, actions) = topic_and_actions(lang);
        for formal in [false, true] {
            for action in actions {
                for (with_topic, with_action, due_date) in [
                    (true, true, due),
                    (false, true, None),
                    (true, false, due),
                    (false, false, None),
                ] {
                    let input = FollowUpInput {
                        lang,
                        formal,
                        contact_name: "Anna".to_owned(),
                        topic: if with_topic { topic } else { "" }.to_owned(),
                        promised_action: if with_action { action } else { "" }.to_owned(),
                        due_date,
                        ..FollowUpInput::new(lang)
                    };
                    let follow_up = build_follow_up(&input, &Settings::default(), now);
                    let analysis = analyze_question(&follow_up.question, Some(lang), lang);
                    if analysis.kind != QuestionKind::Assumptive {
                        disagreements.push(format!(
                            "{lang:?}: {:?} is {:?}",
                            follow_up.question, analysis.kind
                        ));
                    }
                    let when = format_day_time(lang, follow_up.next_step_at);
                    assert!(
                        follow_up.next_step.contains(&when),
                        "{}",
                        follow_up.next_step
                    );
                }
            }
        }
    }
    disagreements.sort();
    disagreements.dedup();
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}
