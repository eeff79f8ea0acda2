//! Properties that must hold for any text a rep (or a paste accident) can produce.

use proptest::prelude::*;
use warmcall_coach::question::{analyze_question, utf16_range, QuestionKind};
use warmcall_coach::Lang;

fn any_lang() -> impl Strategy<Value = Option<Lang>> {
    prop_oneof![
        Just(None),
        proptest::sample::select(Lang::ALL.to_vec()).prop_map(Some)
    ]
}

/// Words the analyzer reacts to, mixed with punctuation, emoji, right-to-left script and
/// control characters, so that generated texts reach the interesting branches.
fn question_like_text() -> impl Strategy<Value = String> {
    let pieces = proptest::sample::select(vec![
        "did",
        "you",
        "the",
        "quote",
        "what",
        "har",
        "ni",
        "offerten",
        "om",
        "haben",
        "Sie",
        "das",
        "Angebot",
        "zum",
        "heb",
        "je",
        "de",
        "offerte",
        "hva",
        "kom",
        "dere",
        "frem",
        "til",
        "remind",
        "me",
        "where",
        "we",
        "are",
        "eller",
        "hur",
        "oder",
        "toch",
        "ikke",
        "sant",
        "?",
        ",",
        ".",
        "—",
        "\"",
        "'",
        "(",
        "😀",
        "שלום",
        "مرحبا",
        "\u{0}",
        "\u{202e}",
        "\r\n",
        "İ",
        "ß",
        "…",
        "？",
        "[",
        "]",
        "{t}",
        "Ärligt",
        "ø",
    ]);
    proptest::collection::vec(pieces, 0..40).prop_map(|words| words.join(" "))
}

fn check_span(text: &str, span: &std::ops::Range<usize>) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{span:?} in {text:?}"
    );
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    let (start16, end16) = utf16_range(text, span.clone());
    let expected_start: usize = text[..span.start].encode_utf16().count();
    let expected_len: usize = text[span.clone()].encode_utf16().count();
    assert_eq!(
        (start16, end16),
        (expected_start, expected_start + expected_len)
    );
}

fn check(text: &str, lang: Option<Lang>, ui_lang: Lang) {
    let analysis = analyze_question(text, lang, ui_lang);
    check_span(text, &analysis.span);
    if analysis.kind == QuestionKind::None {
        assert_eq!(analysis.span, 0..0);
        assert!(analysis.rules.is_empty());
    }
    if let Some(lang) = lang {
        assert_eq!(analysis.lang, lang);
        assert!(!analysis.lang_detected);
    }
    for rewrite in &analysis.rewrites {
        let again = analyze_question(rewrite, Some(analysis.lang), ui_lang);
        assert_eq!(
            again.kind,
            QuestionKind::Assumptive,
            "{rewrite:?} from {text:?}"
        );
    }
}

proptest! {
    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC*", lang in any_lang()) {
        check(&text, lang, Lang::En);
    }

    #[test]
    fn question_like_text_keeps_every_promise(text in question_like_text(), lang in any_lang()) {
        check(&text, lang, Lang::Sv);
    }

    #[test]
    fn utf16_range_clamps_any_range(text in "\\PC{0,40}", a in 0usize..200, b in 0usize..200) {
        let (start, end) = utf16_range(&text, a..b);
        prop_assert!(start <= end && end <= text.encode_utf16().count());
    }

    #[test]
    fn long_texts_stay_bounded(piece in question_like_text(), repeat in 1usize..400) {
        let text = piece.repeat(repeat);
        check(&text, None, Lang::De);
    }
}

#[test]
fn a_hundred_thousand_characters_are_analysed_from_their_end() {
    let mut text =
        "Hej! Vi pratade om offerten förra veckan, och ni skulle ta upp den. ".repeat(1500);
    text.push_str("Har ni hunnit titta på den?");
    assert!(text.chars().count() > 100_000);
    let analysis = analyze_question(&text, None, Lang::Sv);
    assert_eq!(analysis.kind, QuestionKind::Closed);
    assert!(
        analysis.rewrites[0].contains("offerten"),
        "{:?}",
        analysis.rewrites
    );
    // How fast is for benches/analyze.rs, which times a 105,000-character text.
}

#[test]
fn no_question_mark_and_no_words_is_no_question() {
    for text in ["", "   ", "\u{0}\u{1}\u{7f}", "🙂🙂🙂", "«»\"'(", "…"] {
        let analysis = analyze_question(text, Some(Lang::En), Lang::En);
        assert_eq!(analysis.kind, QuestionKind::None, "{text:?}");
    }
}
