//! Swedish forms the opener templates cannot get from a fixed frame: the hook may be a text one
//! read, the reason a noun phrase or a clause, the need a practice or a thing to get.

use super::{first_word, head_word};
use crate::text::Lower;

/// Who "många … som {company}" are: a region or a hospital is not a company.
pub fn peers(company: &str) -> &'static str {
    let lower = company.lower();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if has(&["tandvård", "klinik", "vårdcentral"]) {
        "kliniker"
    } else if has(&[
        "region",
        "kommun",
        " stad",
        "sjukhus",
        "landsting",
        "universitet",
        "myndighet",
        "verket",
    ]) {
        "organisationer"
    } else {
        "företag"
    }
}

/// "Jag läste intervjun …", "Jag såg ditt inlägg …", "Jag läste om er expansion …": en text
/// läser man, ett inlägg ser man, om allt annat läser man.
pub fn hook_sentence(hook: &str) -> String {
    let head = head_word(
        hook,
        &[
            "er", "ert", "era", "din", "ditt", "dina", "den", "det", "de", "nya", "senaste",
        ],
    );
    let starts = |stems: &[&str]| stems.iter().any(|s| head.starts_with(s));
    let verb = if starts(&[
        "intervju",
        "artikel",
        "artikl",
        "krönika",
        "debattartikel",
        "reportage",
    ]) {
        "Jag läste"
    } else if starts(&["inlägg", "video", "annons"]) {
        "Jag såg"
    } else {
        "Jag läste om"
    };
    format!("{verb} {hook}.")
}

/// "Anledningen till att jag ringer är att vi har ett sätt …" / "… är att jag har en fråga …"
/// / "… är att vi hjälper …".
pub fn reason_sentence(reason: &str) -> String {
    let first = first_word(reason);
    let clause = if matches!(
        first.as_str(),
        "vi" | "jag" | "vår" | "vårt" | "våra" | "min" | "mitt"
    ) {
        reason.to_owned()
    } else if reason.lower().starts_with("en fråga") {
        format!("jag har {reason}")
    } else if matches!(first.as_str(), "en" | "ett" | "några") {
        format!("vi har {reason}")
    } else {
        return format!("Jag ringer angående {reason}.");
    };
    format!("Anledningen till att jag ringer är att {clause}.")
}

/// The prep card's question after the follow-up opener, which has just named the topic and
/// said "last time": it neither names the topic again nor says when they last spoke.
pub fn prep_card_question(promised: bool) -> &'static str {
    if promised {
        "Vad kom du fram till?"
    } else {
        "Vad har hänt sedan dess?"
    }
}

/// The deadline put before an indirect question at the end of the action; after it, the
/// deadline would belong to the question's verb.
pub fn with_deadline(action: &str, by: &str) -> String {
    super::en::place_deadline(
        action,
        by,
        &["vilket", "vilken", "vilka", "vad", "hur", "när", "huruvida"],
    )
}
