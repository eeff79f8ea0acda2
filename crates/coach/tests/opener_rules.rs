//! Runs every example opener of every language's table (the examples are the tests), and
//! checks what the builder writes against the analyzer.

use warmcall_coach::opener::{
    analyze_opener, build_openers, call_purpose, discovery_questions, examples, FindingId,
    OpenerStyle, PrepInput,
};
use warmcall_coach::question::{analyze_question, QuestionKind};
use warmcall_coach::rules::rule_text;
use warmcall_coach::Lang;

#[test]
fn every_language_has_a_full_example_table() {
    for lang in Lang::ALL {
        let table = examples(lang);
        assert!(table.len() >= 15, "{lang:?} has {} examples", table.len());
        let count =
            |pred: &dyn Fn(&[FindingId]) -> bool| table.iter().filter(|e| pred(e.findings)).count();
        assert!(count(&|f| f.is_empty()) >= 3, "{lang:?}: warm openers");
        assert!(
            count(&|f| f.contains(&FindingId::TalkingAd)) >= 2,
            "{lang:?}: ads"
        );
        assert!(
            count(&|f| f.contains(&FindingId::PermissionQuestion)) >= 2,
            "{lang:?}: permission questions"
        );
        for id in FindingId::ALL {
            assert!(
                count(&|f| f.contains(&id)) >= 1,
                "{lang:?}: no example of {id:?}"
            );
        }
    }
}

#[test]
fn every_example_gets_its_findings_and_score() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for example in examples(lang) {
            let analysis = analyze_opener(example.text, Some(lang), Lang::En);
            let ids: Vec<FindingId> = analysis.findings.iter().map(|f| f.id).collect();
            let in_band = (example.min_score..=example.max_score).contains(&analysis.score);
            if ids != example.findings || !in_band {
                let spans: Vec<&str> = analysis
                    .findings
                    .iter()
                    .map(|f| &example.text[f.span.clone()])
                    .collect();
                failures.push(format!(
                    "{lang:?} {:?}:\n  expected {:?} in {}..={}, got {ids:?} = {} {spans:?}",
                    example.text,
                    example.findings,
                    example.min_score,
                    example.max_score,
                    analysis.score,
                ));
            }
            assert_eq!(analysis.lang, lang);
            assert!(!analysis.lang_detected);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn warm_openers_score_80_and_talking_ads_below_40_in_every_language() {
    for lang in Lang::ALL {
        for example in examples(lang) {
            let score = analyze_opener(example.text, Some(lang), Lang::En).score;
            if example.findings.is_empty() {
                assert_eq!(score, 100, "{lang:?} {:?}", example.text);
            }
            if example.findings.contains(&FindingId::TalkingAd) {
                assert!(score < 40, "{lang:?} {:?}: {score}", example.text);
            }
        }
    }
}

#[test]
fn the_language_is_detected_from_the_examples() {
    for lang in Lang::ALL {
        for example in examples(lang).iter().filter(|e| e.text.len() > 60) {
            let analysis = analyze_opener(example.text, None, Lang::En);
            assert_eq!(analysis.lang, lang, "{:?}", example.text);
            assert!(analysis.lang_detected);
        }
    }
}

#[test]
fn findings_explain_the_score_cite_known_rules_and_speak_the_interface_language() {
    for lang in Lang::ALL {
        for example in examples(lang) {
            for ui_lang in Lang::ALL {
                let analysis = analyze_opener(example.text, Some(lang), ui_lang);
                let cost: u32 = analysis.findings.iter().map(|f| u32::from(f.cost)).sum();
                assert_eq!(u32::from(analysis.score), 100u32.saturating_sub(cost));
                for finding in &analysis.findings {
                    assert_eq!(finding.cost, finding.id.cost());
                    assert!(rule_text(finding.rule, ui_lang).is_some());
                    assert!(example.text.is_char_boundary(finding.span.start));
                    assert!(example.text.is_char_boundary(finding.span.end));
                    assert!(finding.span.start <= finding.span.end);
                    assert!(!finding.message.is_empty());
                }
            }
        }
    }
    // The interface language picks the message; the analysed language the suggestion.
    let text = examples(Lang::De)[8].text;
    let en = analyze_opener(text, Some(Lang::De), Lang::En);
    let sv = analyze_opener(text, Some(Lang::De), Lang::Sv);
    assert_ne!(en.findings[0].message, sv.findings[0].message);
    assert_eq!(en.findings[0].suggestion, sv.findings[0].suggestion);
}

fn cards(lang: Lang) -> Vec<PrepInput> {
    let (name, role, company, hook, need, reason, mutual) = match lang {
        Lang::En => (
            "Anna",
            "head of sales",
            "Fjord Foods",
            "your new office in Oslo",
            "onboarding new sellers",
            "a faster way to get new sellers selling",
            "Erik Lund",
        ),
        Lang::Sv => (
            "Karin",
            "försäljningschef",
            "Norrmejerier",
            "ert nya kontor i Umeå",
            "introduktionen av nya säljare",
            "ett snabbare sätt att få nya säljare att sälja",
            "Erik Lund",
        ),
        Lang::De => (
            "Frau Berger",
            "Vertriebsleiterin",
            "Müller Logistik",
            "Ihr neuer Standort in Leipzig",
            "die Einarbeitung neuer Verkäufer",
            "ein schnellerer Start für neue Verkäufer",
            "Herr Schmidt",
        ),
        Lang::Nb => (
            "Kari",
            "salgssjef",
            "Fjordkraft",
            "det nye kontoret deres i Bergen",
            "opplæringen av nye selgere",
            "en raskere vei til at nye selgere selger",
            "Ola Nordmann",
        ),
        Lang::Nl => (
            "Sanne",
            "salesmanager",
            "Van Dijk Bouw",
            "uw nieuwe vestiging in Utrecht",
            "het inwerken van nieuwe verkopers",
            "een snellere start voor nieuwe verkopers",
            "Pieter de Vries",
        ),
    };
    let full = PrepInput {
        lang: Some(lang),
        contact_name: name.into(),
        role: role.into(),
        company: company.into(),
        hook: hook.into(),
        need: need.into(),
        reason: reason.into(),
        mutual_contact: mutual.into(),
        formal: None,
    };
    vec![
        full.clone(),
        PrepInput {
            formal: Some(!warmcall_coach::followup::default_formal(lang)),
            ..full.clone()
        },
        PrepInput {
            role: String::new(),
            need: String::new(),
            reason: String::new(),
            ..full.clone()
        },
        PrepInput {
            hook: String::new(),
            mutual_contact: String::new(),
            ..full.clone()
        },
        PrepInput {
            company: String::new(),
            hook: String::new(),
            ..full.clone()
        },
        PrepInput {
            contact_name: String::new(),
            company: String::new(),
            need: String::new(),
            ..full.clone()
        },
        PrepInput {
            lang: Some(lang),
            ..PrepInput::default()
        },
        PrepInput {
            hook: "<b>your</b> \"launch\" & news".into(),
            ..full
        },
    ]
}

#[test]
fn every_built_opener_scores_80_and_ends_with_an_open_question() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for card in cards(lang) {
            let built = build_openers(&card, Lang::En);
            let styles: Vec<OpenerStyle> = built.iter().map(|b| b.style).collect();
            // No hook, no hook-first opener: a gap in a line is not a line to say.
            let mut expected = if card.hook.is_empty() {
                vec![OpenerStyle::NeedFirst]
            } else {
                vec![OpenerStyle::HookFirst, OpenerStyle::NeedFirst]
            };
            if !card.mutual_contact.is_empty() {
                expected.push(OpenerStyle::MutualContact);
            }
            assert_eq!(styles, expected);
            for opener in built {
                let analysis = analyze_opener(&opener.text, Some(lang), Lang::En);
                let last = opener
                    .text
                    .rsplit_once(". ")
                    .map_or(&*opener.text, |(_, q)| q);
                let kind = analyze_question(last, Some(lang), Lang::En).kind;
                let open = matches!(kind, QuestionKind::Open | QuestionKind::Assumptive);
                let dangling = opener.text.contains("  ")
                    || opener.text.contains(" ,")
                    || opener.text.contains(" .")
                    || opener.text.contains(" ?")
                    || opener.text.contains('{')
                    || opener.text.contains('[');
                if analysis.score < 80 || !open || !opener.text.ends_with('?') || dangling {
                    failures.push(format!(
                        "{lang:?} {:?} {:?}: score {} {:?}, last question {kind:?}",
                        opener.style,
                        opener.text,
                        analysis.score,
                        analysis.findings.iter().map(|f| f.id).collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn fields_stay_as_typed_and_the_interface_language_is_the_fallback() {
    let card = PrepInput {
        hook: "<b>{n}</b> & co".into(),
        need: "x".into(),
        ..PrepInput::default()
    };
    let built = build_openers(&card, Lang::Sv);
    assert!(
        built[0].text.contains("<b>{n}</b> & co"),
        "{}",
        built[0].text
    );
    assert!(
        built[0].text.starts_with("Hej!"),
        "the greeting is its own sentence: {}",
        built[0].text
    );
    let empty = build_openers(&PrepInput::default(), Lang::En);
    assert_eq!(empty.len(), 1, "no hook, no hook-first opener");
    assert_eq!(empty[0].text, "Hi! What matters most to you right now?");
}

#[test]
fn left_to_detection_the_openers_are_in_the_language_of_the_prep_not_the_interface() {
    for lang in Lang::ALL {
        let chosen = cards(lang).swap_remove(0);
        let detected = PrepInput {
            lang: None,
            ..chosen.clone()
        };
        for ui_lang in Lang::ALL {
            assert_eq!(
                build_openers(&detected, ui_lang),
                build_openers(&chosen, ui_lang),
                "{lang:?} prep in a {ui_lang:?} interface"
            );
            assert_eq!(
                discovery_questions(&detected, ui_lang),
                discovery_questions(&chosen, ui_lang)
            );
        }
    }
    // The issue's case: a German hook in an English interface once gave "Hi Jonas Becker! I
    // read about Ihr neues Lager in Duisburg".
    let card = PrepInput {
        contact_name: "Jonas Becker".into(),
        hook: "Ihr neues Lager in Duisburg".into(),
        ..PrepInput::default()
    };
    for opener in build_openers(&card, Lang::En) {
        let analysis = analyze_opener(&opener.text, None, Lang::En);
        assert_eq!(analysis.lang, Lang::De, "{}", opener.text);
        assert!(!opener.text.starts_with("Hi"), "{}", opener.text);
    }
}

#[test]
fn discovery_questions_are_open_and_use_the_card() {
    for lang in Lang::ALL {
        for card in cards(lang) {
            let questions = discovery_questions(&card, Lang::En);
            assert!((2..=3).contains(&questions.len()));
            for question in &questions {
                let kind = analyze_question(question, Some(lang), Lang::En).kind;
                assert!(
                    matches!(kind, QuestionKind::Open | QuestionKind::Assumptive),
                    "{lang:?} {question:?} is {kind:?}"
                );
                assert!(
                    !question.contains("  ") && !question.contains(" ?"),
                    "{question:?}"
                );
            }
            let all = questions.join(" ");
            for field in [&card.company, &card.role, &card.need] {
                assert!(
                    field.is_empty() || all.contains(field.as_str()),
                    "{field:?}: {all}"
                );
            }
        }
    }
}

#[test]
fn call_purpose_is_a_short_reminder_in_each_language() {
    let mut seen = Vec::new();
    for lang in Lang::ALL {
        let purpose = call_purpose(lang);
        assert!((60..=300).contains(&purpose.chars().count()), "{lang:?}");
        assert!(!seen.contains(&purpose));
        seen.push(purpose);
    }
}
