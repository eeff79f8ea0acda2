//! Issue 13's grammar layer for Norwegian Bokmål, with inputs from the review corpus and the
//! lines a native reviewer wrote for them.

use warmcall_coach::grammar::nb;

#[test]
fn organisations_take_their_preposition() {
    for (company, preposition) in [
        ("Sykehuset Østfold", "på"),
        ("Tannlegesenteret Tromsø", "på"),
        ("Oslo kommune", "i"),
        ("Nordfrakt", "i"),
    ] {
        assert_eq!(nb::at(company), preposition, "{company}");
    }
}

#[test]
fn a_text_is_read_a_post_is_seen() {
    assert_eq!(
        nb::hook_sentence("intervjuet med deg i Dagens Næringsliv"),
        "Jeg leste intervjuet med deg i Dagens Næringsliv."
    );
    assert_eq!(
        nb::hook_sentence("innlegget ditt på LinkedIn om rekruttering"),
        "Jeg så innlegget ditt på LinkedIn om rekruttering."
    );
    assert_eq!(
        nb::hook_sentence("utvidelsen deres til Nord-Norge"),
        "Jeg leste om utvidelsen deres til Nord-Norge."
    );
}

#[test]
fn the_reason_is_a_clause() {
    assert_eq!(
        nb::reason_sentence("en måte å korte ned opplæringstiden på"),
        "Grunnen til at jeg ringer, er at vi har en måte å korte ned opplæringstiden på."
    );
    assert_eq!(nb::reason_sentence("et spørsmål om hvordan pasientene deres bestiller time"), "Grunnen til at jeg ringer, er at jeg har et spørsmål om hvordan pasientene deres bestiller time.");
}

#[test]
fn a_deadline_goes_before_an_indirect_question() {
    assert_eq!(
        nb::with_deadline(
            "gi meg beskjed om hvilken pakke dere velger",
            "innen torsdag"
        ),
        "gi meg beskjed innen torsdag om hvilken pakke dere velger"
    );
    assert_eq!(
        nb::with_deadline("snakke med Nordfrakt om hentetidene", "innen fredag"),
        "snakke med Nordfrakt om hentetidene innen fredag"
    );
    // "innen i går" would split "beskjed … om"; the day alone says it.
    assert_eq!(
        nb::with_deadline("gi meg beskjed om hvilken pakke dere velger", "innen i går"),
        "gi meg beskjed i går om hvilken pakke dere velger"
    );
    assert_eq!(
        nb::with_deadline("sende meg tallene", "innen i går"),
        "sende meg tallene innen i går"
    );
}
