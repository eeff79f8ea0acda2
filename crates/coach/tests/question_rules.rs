//! Runs every example of every language's rule table (the LanguageTool model: the examples
//! are the tests), and checks each rewrite the analyzer offers.

use warmcall_coach::detect::detect_lang;
use warmcall_coach::question::{analyze_question, examples, QuestionKind};
use warmcall_coach::Lang;

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[test]
fn every_language_has_a_full_example_table() {
    for lang in Lang::ALL {
        let table = examples(lang);
        assert!(table.len() >= 25, "{lang:?} has {} examples", table.len());
        for kind in [
            QuestionKind::Closed,
            QuestionKind::Assumptive,
            QuestionKind::Open,
            QuestionKind::Recap,
            QuestionKind::None,
        ] {
            let count = table.iter().filter(|example| example.kind == kind).count();
            assert!(count >= 3, "{lang:?} has {count} {kind:?} examples");
        }
        let passages = table
            .iter()
            .filter(|example| example.text.contains(". "))
            .count();
        assert!(
            passages >= 2,
            "{lang:?} needs questions embedded in passages"
        );
    }
}

#[test]
fn every_example_gets_its_kind_and_rules() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for example in examples(lang) {
            let analysis = analyze_question(example.text, Some(lang), Lang::En);
            if analysis.kind != example.kind || analysis.rules != example.rules {
                failures.push(format!(
                    "{lang:?} {:?}: expected {:?} {:?}, got {:?} {:?} (span {:?})",
                    example.text,
                    example.kind,
                    example.rules,
                    analysis.kind,
                    analysis.rules,
                    &example.text[analysis.span.clone()],
                ));
            }
            assert!(!analysis.lang_detected);
            assert_eq!(analysis.lang, lang);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rewrites_are_assumptive_and_keep_the_topic() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for example in examples(lang) {
            let analysis = analyze_question(example.text, Some(lang), Lang::En);
            let needs_rewrite = matches!(example.kind, QuestionKind::Closed | QuestionKind::Recap);
            let offered = analysis.rewrites.len() + analysis.templates.len();
            if needs_rewrite && offered == 0 {
                failures.push(format!("{lang:?} {:?}: no rewrite", example.text));
            }
            if !needs_rewrite && offered > 0 {
                failures.push(format!("{lang:?} {:?}: unexpected rewrite", example.text));
            }
            for rewrite in &analysis.rewrites {
                let again = analyze_question(rewrite, Some(lang), Lang::En);
                if again.kind != QuestionKind::Assumptive {
                    failures.push(format!("{lang:?} {rewrite:?} is {:?}", again.kind));
                }
                if rewrite.contains('[') {
                    failures.push(format!(
                        "{lang:?} {rewrite:?} has a gap but is ready to say"
                    ));
                }
                if let Some(topic) = example.topic {
                    if !rewrite.contains(topic) {
                        failures.push(format!("{lang:?} {rewrite:?} lost the topic {topic:?}"));
                    }
                }
            }
            if example.topic.is_some() && analysis.rewrites.is_empty() {
                failures.push(format!("{lang:?} {:?}: only templates", example.text));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn templates_open_with_the_thread_and_leave_a_gap() {
    for lang in Lang::ALL {
        for example in examples(lang) {
            let analysis = analyze_question(example.text, Some(lang), lang);
            for template in &analysis.templates {
                assert!(
                    template.contains('[') && template.contains(']'),
                    "{template}"
                );
            }
        }
    }
}

/// Detection is only promised for sentences of five words or more (see `detect`).
#[test]
fn examples_of_five_words_or_more_detect_their_language() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for example in examples(lang).iter().filter(|e| word_count(e.text) >= 5) {
            let detected = detect_lang(example.text);
            if detected != Some(lang) {
                failures.push(format!(
                    "{lang:?} {:?} detected as {detected:?}",
                    example.text
                ));
            }
            let analysis = analyze_question(example.text, None, Lang::En);
            if detected == Some(lang) {
                assert!(analysis.lang_detected);
                assert_eq!(analysis.kind, example.kind, "{:?}", example.text);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_message_is_in_the_interface_language() {
    let text = "Har ni hunnit titta på offerten?";
    let in_german = analyze_question(text, Some(Lang::Sv), Lang::De);
    let in_swedish = analyze_question(text, Some(Lang::Sv), Lang::Sv);
    assert_eq!(in_german.kind, QuestionKind::Closed);
    assert!(
        in_german.message.contains("Ja/Nein"),
        "{}",
        in_german.message
    );
    assert!(
        in_swedish.message.contains("ja/nej"),
        "{}",
        in_swedish.message
    );
    assert!(in_german.rewrites.iter().all(|r| r.contains("offerten")));
}

#[test]
fn an_undetectable_text_falls_back_to_the_interface_language() {
    let analysis = analyze_question("🙂 ???", None, Lang::Nl);
    assert_eq!(analysis.lang, Lang::Nl);
    assert!(!analysis.lang_detected);
}

#[test]
fn the_main_question_is_the_last_one() {
    let text = "What did the board say? And did they like the pricing?";
    let analysis = analyze_question(text, Some(Lang::En), Lang::En);
    assert_eq!(analysis.kind, QuestionKind::Closed);
    assert_eq!(&text[analysis.span.clone()], "did they");
    let text = "Did you see the quote? What did the board say about it?";
    let analysis = analyze_question(text, Some(Lang::En), Lang::En);
    assert_eq!(analysis.kind, QuestionKind::Assumptive);
    assert_eq!(&text[analysis.span.clone()], "What did");
}

#[test]
fn spans_point_at_what_decided_the_verdict() {
    let cases = [
        (
            Lang::En,
            "Hi Anna, can you remind me where we are?",
            "remind me",
        ),
        (Lang::Sv, "Ni fick offerten, eller hur?", "eller hur"),
        (
            Lang::De,
            "Was hat der Vorstand gesagt?",
            "Was hat der Vorstand gesagt",
        ),
        (Lang::Nb, "Så, har dere sett på tilbudet?", "har dere"),
        (Lang::Nl, "Wat vindt u van de offerte?", "Wat"),
    ];
    for (lang, text, expected) in cases {
        let analysis = analyze_question(text, Some(lang), Lang::En);
        assert_eq!(&text[analysis.span.clone()], expected, "{text}");
    }
    let none = analyze_question("Thanks, talk soon.", Some(Lang::En), Lang::En);
    assert_eq!((none.kind, none.span), (QuestionKind::None, 0..0));
}

#[test]
fn rewrites_keep_the_register() {
    let cases = [
        (
            Lang::Sv,
            "Har du sett offerten?",
            "Vad kom du fram till om offerten?",
        ),
        (
            Lang::De,
            "Hast du das Angebot gesehen?",
            "Was hast du beim Thema Angebot entschieden?",
        ),
        (
            Lang::De,
            "Habt ihr das Angebot gesehen?",
            "Was habt ihr beim Thema Angebot entschieden?",
        ),
        (
            Lang::Nb,
            "Har De sett tilbudet?",
            "Hva kom De frem til om tilbudet?",
        ),
        (
            Lang::Nl,
            "Heb je de offerte gezien?",
            "Wat heb je besloten over de offerte?",
        ),
        (
            Lang::Nl,
            "Hebt u de offerte gezien?",
            "Wat heeft u besloten over de offerte?",
        ),
        (
            Lang::Nl,
            "Hebben jullie de offerte gezien?",
            "Wat hebben jullie besloten over de offerte?",
        ),
    ];
    for (lang, text, expected) in cases {
        let analysis = analyze_question(text, Some(lang), Lang::En);
        assert_eq!(
            analysis.rewrites.first().map(String::as_str),
            Some(expected),
            "{text}"
        );
    }
}

#[test]
fn german_topics_in_the_dative_are_rewritten_with_bei() {
    let analysis = analyze_question(
        "Gibt es schon Neuigkeiten zur Preisliste?",
        Some(Lang::De),
        Lang::De,
    );
    assert_eq!(
        analysis.rewrites[0],
        "Was ist bei der Preisliste herausgekommen?"
    );
}

#[test]
fn serialises_kinds_in_lowercase() {
    let analysis = analyze_question("Where were we?", Some(Lang::En), Lang::En);
    let json = serde_json::to_value(&analysis).unwrap();
    assert_eq!(json["kind"], "recap");
    assert_eq!(json["lang"], "en");
    assert_eq!(json["rules"][0], "F2");
}
