//! Swedish topics and rewrites.

use super::{address_from, fill, Address, RewriteRules, Topic};
use crate::question::scan::Tokens;

pub(super) static RULES: RewriteRules = RewriteRules {
    topic_prepositions: &["om", "på", "kring", "angående", "gällande"],
    definite_suffixes: &["en", "et", "na", "an"],
    indefinite_markers: &[
        "en", "ett", "vilken", "vilket", "vilka", "något", "nåt", "inget",
    ],
    capitalised_nouns: false,
    address,
    rewrite,
};

fn address(tokens: &Tokens, text: &str) -> Address {
    address_from(
        tokens,
        text,
        &[
            ("du", Address::Singular),
            ("dig", Address::Singular),
            ("din", Address::Singular),
            ("ditt", Address::Singular),
            ("dina", Address::Singular),
            ("ni", Address::Plural),
            ("er", Address::Plural),
            ("ert", Address::Plural),
            ("era", Address::Plural),
        ],
        Address::Plural,
    )
}

fn rewrite(topic: Option<&Topic>, address: Address) -> Vec<String> {
    let you = if address == Address::Singular {
        "du"
    } else {
        "ni"
    };
    match topic {
        Some(topic) => vec![
            fill(&format!("Vad kom {you} fram till om {{t}}?"), &topic.phrase),
            fill(&format!("Vad tyckte {you} om {{t}}?"), &topic.phrase),
        ],
        None => vec![format!(
            "Förra gången pratade vi om [ämne] – vad kom {you} fram till?"
        )],
    }
}
