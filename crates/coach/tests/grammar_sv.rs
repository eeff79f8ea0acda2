//! Issue 13's grammar layer for Swedish, with inputs from the review corpus and the lines a
//! native reviewer wrote for them.

use warmcall_coach::grammar::sv;

#[test]
fn a_text_is_read_a_post_is_seen() {
    for (hook, line) in [
        (
            "intervjun med dig i Dagens Industri",
            "Jag läste intervjun med dig i Dagens Industri.",
        ),
        (
            "ditt inlägg på LinkedIn om rekrytering",
            "Jag såg ditt inlägg på LinkedIn om rekrytering.",
        ),
        (
            "er nya filial i Göteborg",
            "Jag läste om er nya filial i Göteborg.",
        ),
    ] {
        assert_eq!(sv::hook_sentence(hook), line);
    }
}

#[test]
fn the_reason_is_a_clause() {
    for (reason, line) in [
        ("ett sätt att korta introduktionstiden", "Anledningen till att jag ringer är att vi har ett sätt att korta introduktionstiden."),
        ("en fråga om hur era patienter bokar tid", "Anledningen till att jag ringer är att jag har en fråga om hur era patienter bokar tid."),
        ("vi hjälper byggföretag som ert att halvera administrationen", "Anledningen till att jag ringer är att vi hjälper byggföretag som ert att halvera administrationen."),
    ] {
        assert_eq!(sv::reason_sentence(reason), line);
    }
}

#[test]
fn a_deadline_goes_before_an_indirect_question() {
    assert_eq!(
        sv::with_deadline("meddela mig vilket paket ni väljer", "senast i går"),
        "meddela mig senast i går vilket paket ni väljer"
    );
    assert_eq!(
        sv::with_deadline("prata med Nordfrakt om hämttiderna", "senast fredag"),
        "prata med Nordfrakt om hämttiderna senast fredag"
    );
}
