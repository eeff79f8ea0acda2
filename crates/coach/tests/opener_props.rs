#![cfg(not(target_arch = "wasm32"))]
//! Properties of the opener coach that must hold for any text or prep card.

use proptest::prelude::*;
use warmcall_coach::opener::{analyze_opener, build_openers, discovery_questions, PrepInput};
use warmcall_coach::Lang;

fn any_lang() -> impl Strategy<Value = Option<Lang>> {
    prop_oneof![
        Just(None),
        proptest::sample::select(Lang::ALL.to_vec()).prop_map(Some)
    ]
}

/// Words the rules react to, mixed with punctuation, emoji, right-to-left script and control
/// characters.
fn opener_like_text() -> impl Strategy<Value = String> {
    let pieces = proptest::sample::select(vec![
        "we",
        "our",
        "you",
        "offer",
        "50%",
        "off",
        "minute",
        "read",
        "about",
        "how",
        "do",
        "vi",
        "har",
        "ett",
        "erbjudande",
        "stör",
        "jag",
        "Sie",
        "Angebot",
        "störe",
        "ich",
        "kampanje",
        "øyeblikk",
        "u",
        "actie",
        "stoor",
        "ik",
        "?",
        "?",
        ".",
        ",",
        "—",
        "😀",
        "שלום",
        "مرحبا",
        "\u{202E}",
        "\u{0}",
        "\n",
        "\u{FEFF}",
        "İ",
        "ß",
        "1.5",
    ]);
    proptest::collection::vec(pieces, 0..60).prop_map(|words| words.join(" "))
}

fn check(text: &str, lang: Option<Lang>, ui_lang: Lang) -> Result<(), TestCaseError> {
    let analysis = analyze_opener(text, lang, ui_lang);
    let cost: u32 = analysis.findings.iter().map(|f| u32::from(f.cost)).sum();
    prop_assert_eq!(u32::from(analysis.score), 100u32.saturating_sub(cost));
    for finding in &analysis.findings {
        prop_assert!(finding.span.start <= finding.span.end);
        prop_assert!(text.is_char_boundary(finding.span.start));
        prop_assert!(text.is_char_boundary(finding.span.end));
    }
    let mut ids: Vec<_> = analysis.findings.iter().map(|f| f.id as u8).collect();
    ids.dedup();
    prop_assert_eq!(ids.len(), analysis.findings.len());
    Ok(())
}

proptest! {
    #[test]
    fn any_text_is_analysed_without_panic(text in opener_like_text(), lang in any_lang()) {
        check(&text, lang, Lang::En)?;
    }

    #[test]
    fn any_unicode_is_analysed_without_panic(text in "\\PC{0,300}", lang in any_lang()) {
        check(&text, lang, Lang::Sv)?;
    }

    #[test]
    fn any_card_builds_openers_and_questions(
        fields in proptest::collection::vec("\\PC{0,40}", 7),
        lang in any_lang(),
        formal in proptest::option::of(any::<bool>()),
    ) {
        let card = PrepInput {
            lang,
            contact_name: fields[0].clone(),
            role: fields[1].clone(),
            company: fields[2].clone(),
            hook: fields[3].clone(),
            need: fields[4].clone(),
            reason: fields[5].clone(),
            mutual_contact: fields[6].clone(),
            formal,
        };
        let built = build_openers(&card, Lang::De);
        // Without a hook only the need-first opener is offered (no line with a gap).
        prop_assert!((1..=3).contains(&built.len()));
        for opener in built {
            prop_assert!(opener.text.ends_with('?'));
        }
        prop_assert!(!discovery_questions(&card, Lang::Nl).is_empty());
    }
}

#[test]
fn huge_and_hostile_inputs_stay_fast() {
    let long = "We have a great offer for you and our team. ".repeat(2_300);
    let no_breaks = "x".repeat(100_000);
    let questions = "a? ".repeat(34_000);
    let emoji = "😀".repeat(25_000);
    for text in [
        long.as_str(),
        &no_breaks,
        &questions,
        &emoji,
        "",
        "\u{0}\u{202E}?",
    ] {
        for lang in [None, Some(Lang::De)] {
            let analysis = analyze_opener(text, lang, Lang::En);
            assert!(analysis.score <= 100, "{} bytes", text.len());
        }
    }
    let huge = PrepInput {
        hook: "x".repeat(100_000),
        reason: "y ".repeat(50_000),
        ..PrepInput::default()
    };
    assert_eq!(build_openers(&huge, Lang::En).len(), 2);
}
