//! Norwegian Bokmål forms the opener templates cannot get from a fixed frame: the preposition
//! before an organisation, a hook that is a text one read, a reason typed as a noun phrase or
//! a clause.

use super::{first_word, head_word};
use crate::text::Lower;

/// "på Sykehuset Østfold", "på Tannlegesenteret", "i Oslo kommune", "i Nordfrakt": places one
/// works at take "på", companies and municipalities "i".
pub fn at(company: &str) -> &'static str {
    let lower = company.lower();
    let on = [
        "sykehus",
        "klinikk",
        "senter",
        "universitet",
        "høgskole",
        "skole",
        "legekontor",
        "sjukehus",
        "apotek",
    ];
    if on.iter().any(|w| lower.contains(w)) {
        "på"
    } else {
        "i"
    }
}

/// Who "mange … som {company}" are: a hospital is not a company.
pub fn peers(company: &str) -> &'static str {
    let lower = company.lower();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if has(&["tannlege", "klinikk", "legekontor"]) {
        "klinikker"
    } else if has(&["sykehus", "sjukehus"]) {
        "sykehus"
    } else if has(&["kommune", "fylke", "direktorat", "etaten", "universitet"]) {
        "offentlige virksomheter"
    } else {
        "bedrifter"
    }
}

/// "Jeg leste intervjuet …", "Jeg så innlegget ditt …", "Jeg leste om utvidelsen …": en tekst
/// leser man, et innlegg ser man, om alt annet leser man.
pub fn hook_sentence(hook: &str) -> String {
    let head = head_word(
        hook,
        &["den", "det", "de", "deres", "ditt", "din", "nye", "siste"],
    );
    let starts = |stems: &[&str]| stems.iter().any(|s| head.starts_with(s));
    let verb = if starts(&["intervju", "artikkel", "artikl", "kronikk", "reportasje"]) {
        "Jeg leste"
    } else if starts(&["innlegg", "video", "annonse"]) {
        "Jeg så"
    } else {
        "Jeg leste om"
    };
    format!("{verb} {hook}.")
}

/// "Grunnen til at jeg ringer, er at vi har en måte …" / "… at jeg har et spørsmål …" /
/// "… at vi hjelper …".
pub fn reason_sentence(reason: &str) -> String {
    let first = first_word(reason);
    let clause = if matches!(
        first.as_str(),
        "vi" | "jeg" | "vår" | "vårt" | "våre" | "min" | "mitt"
    ) {
        reason.to_owned()
    } else if reason.lower().starts_with("et spørsmål") {
        format!("jeg har {reason}")
    } else if matches!(first.as_str(), "en" | "et" | "ei" | "noen") {
        format!("vi har {reason}")
    } else {
        return format!("Jeg ringer angående {reason}.");
    };
    format!("Grunnen til at jeg ringer, er at {clause}.")
}

/// The prep card's question after the follow-up opener, which has just named the topic and
/// said "last time": it neither names the topic again nor says when they last spoke.
pub fn prep_card_question(promised: bool) -> &'static str {
    if promised {
        "Hva kom du fram til?"
    } else {
        "Hva har skjedd siden da?"
    }
}

/// The deadline put before an indirect question at the end of the action; after it, the
/// deadline would belong to the question's verb.
///
/// There "innen i går" would split "beskjed … om hvilken pakke"; the day alone carries the
/// deadline: "gi meg beskjed i går om hvilken pakke dere velger".
pub fn with_deadline(action: &str, by: &str) -> String {
    const QUESTION_WORDS: &[&str] = &["hvilken", "hvilket", "hvilke", "hva", "hvordan", "når"];
    let placed = super::en::place_deadline(action, by, QUESTION_WORDS);
    if placed.ends_with(by) {
        return placed;
    }
    match by
        .strip_prefix("innen ")
        .filter(|day| day.starts_with("i "))
    {
        Some(day) => super::en::place_deadline(action, day, QUESTION_WORDS),
        None => placed,
    }
}
