//! English topics and rewrites.

use super::{fill, Address, RewriteRules, Topic};
use crate::question::scan::Tokens;

pub(super) static RULES: RewriteRules = RewriteRules {
    topic_prepositions: &[
        "about",
        "at",
        "on",
        "over",
        "into",
        "regarding",
        "re",
        "through",
    ],
    definite_suffixes: &[],
    indefinite_markers: &[],
    capitalised_nouns: false,
    address: |_: &Tokens, _: &str| Address::Formal,
    rewrite,
};

fn rewrite(topic: Option<&Topic>, _: Address) -> Vec<String> {
    match topic {
        Some(topic) => [
            "What did you conclude about {t}?",
            "What did you think of {t}?",
        ]
        .iter()
        .map(|template| fill(template, &topic.phrase))
        .collect(),
        None => vec!["Last time we talked about [topic] — what did you conclude?".to_owned()],
    }
}
