//! Issue 13's grammar layer for English, with inputs from the review corpus and the lines a
//! native reviewer wrote for them.

use warmcall_coach::grammar::en;

#[test]
fn a_hook_is_read_seen_or_read_about() {
    for (hook, line) in [
        (
            "the interview with you in Logistics Weekly",
            "I read the interview with you in Logistics Weekly.",
        ),
        (
            "your post about hiring three new sales reps",
            "I saw your post about hiring three new sales reps.",
        ),
        (
            "your new warehouse in Malmö",
            "I read about your new warehouse in Malmö.",
        ),
        (
            "the two new clinics you opened this autumn",
            "I read about the two new clinics you opened this autumn.",
        ),
    ] {
        assert_eq!(en::hook_sentence(hook), line);
    }
}

#[test]
fn the_reason_is_a_clause() {
    for (reason, line) in [
        (
            "a way to cut onboarding time",
            "The reason I'm calling is that we have a way to cut onboarding time.",
        ),
        (
            "a question about how patients book",
            "The reason I'm calling is that I have a question about how patients book.",
        ),
        (
            "we help wholesalers like you halve stock-outs",
            "The reason I'm calling is that we help wholesalers like you halve stock-outs.",
        ),
        ("the new tender", "I'm calling about the new tender."),
    ] {
        assert_eq!(en::reason_sentence(reason), line);
    }
}

#[test]
fn peers_fit_the_organisation() {
    assert_eq!(en::peers("St Mary's Hospital"), "organisations");
    assert_eq!(en::peers("Riverside Dental"), "practices");
    assert_eq!(en::peers("Nordic Freight"), "companies");
}

#[test]
fn a_deadline_goes_before_an_indirect_question() {
    assert_eq!(
        en::with_deadline("let me know which package you prefer", "by Friday"),
        "let me know by Friday which package you prefer"
    );
    assert_eq!(
        en::with_deadline("send me the figures", "by Friday"),
        "send me the figures by Friday"
    );
    // A question word at the start is the action itself, not an indirect question.
    assert_eq!(
        en::with_deadline("what we agreed", "by Friday"),
        "what we agreed by Friday"
    );
}
