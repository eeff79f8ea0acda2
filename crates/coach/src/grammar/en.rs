//! English forms the opener templates cannot get from a fixed frame: what the rep typed is a
//! noun phrase, a gerund or a clause, and the sentence around it has to fit each.

use super::{first_word, head_word};
use crate::text::{is_alphanumeric, Lower};

/// Who "a lot of … like {company}" are: a hospital is not a company.
pub fn peers(company: &str) -> &'static str {
    let lower = company.lower();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if has(&["dental", "clinic", "surgery", "practice", "pharmacy"]) {
        "practices"
    } else if has(&[
        "hospital",
        "nhs",
        "trust",
        "council",
        "association",
        "university",
        "school",
        "college",
        "charity",
    ]) {
        "organisations"
    } else {
        "companies"
    }
}

/// "I read the interview …", "I saw your post …", "I read about your expansion …": one reads
/// a text itself, sees a post, and reads about anything else.
pub fn hook_sentence(hook: &str) -> String {
    let head = head_word(hook, &["the", "your", "a", "an", "recent", "new"]);
    let head = head.trim_end_matches(|c: char| !is_alphanumeric(c));
    let verb = match head {
        "interview" | "article" | "piece" | "blog" | "op-ed" | "column" | "report" => "I read",
        "post" | "video" | "tweet" | "ad" | "advert" | "announcement" => "I saw",
        _ => "I read about",
    };
    format!("{verb} {hook}.")
}

/// The reason said as a clause: the rep types either what they have ("a way to cut onboarding
/// time", "a question about …") or a whole clause ("we help wholesalers …").
pub fn reason_sentence(reason: &str) -> String {
    let first = first_word(reason);
    let clause = if matches!(
        first.as_str(),
        "we" | "i" | "i'm" | "we're" | "we've" | "our" | "my"
    ) {
        reason.to_owned()
    } else if reason.lower().starts_with("a question") {
        format!("I have {reason}")
    } else if matches!(first.as_str(), "a" | "an" | "some") {
        format!("we have {reason}")
    } else {
        return format!("I'm calling about {reason}.");
    };
    format!("The reason I'm calling is that {clause}.")
}

/// The prep card's question after the follow-up opener, which has just named the topic and
/// said "last time": it neither names the topic again nor says when they last spoke.
pub fn prep_card_question(promised: bool) -> &'static str {
    if promised {
        "What did you decide?"
    } else {
        "How have things moved on since then?"
    }
}

/// The deadline put before an indirect question at the end of the action ("let me know by
/// Friday which package you prefer"): after it, the deadline would belong to "prefer".
pub fn with_deadline(action: &str, by: &str) -> String {
    place_deadline(
        action,
        by,
        &["which", "what", "whether", "how", "when", "who", "if"],
    )
}

pub(crate) fn place_deadline(action: &str, by: &str, question_words: &[&str]) -> String {
    // A preposition governing the question ("beskjed om hvilken pakke") moves with it.
    let (mut offset, mut previous) = (0, None);
    for (i, word) in action.split(' ').enumerate() {
        let bare = word.lower();
        if i > 0 && question_words.contains(&bare.as_str()) {
            let start = match previous {
                Some((at, "om" | "about")) if at > 0 => at,
                _ => offset,
            };
            let (before, after) = action.split_at(start);
            return format!("{before}{by} {after}");
        }
        previous = Some((offset, word));
        offset += word.len() + 1;
    }
    format!("{action} {by}")
}
