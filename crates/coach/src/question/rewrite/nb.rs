//! Norwegian topics and rewrites.

use super::{address_from, fill, Address, RewriteRules, Topic};
use crate::question::scan::Tokens;

pub(super) static RULES: RewriteRules = RewriteRules {
    topic_prepositions: &["om", "på", "angående", "rundt", "vedrørende"],
    definite_suffixes: &["en", "et", "ene"],
    indefinite_markers: &[
        "en", "et", "ei", "hvilken", "hvilket", "hvilke", "noe", "intet",
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
            ("De", Address::Formal),
            ("Dem", Address::Formal),
            ("Deres", Address::Formal),
            ("du", Address::Singular),
            ("deg", Address::Singular),
            ("din", Address::Singular),
            ("ditt", Address::Singular),
            ("dine", Address::Singular),
            ("dere", Address::Plural),
            ("deres", Address::Plural),
        ],
        Address::Plural,
    )
}

fn rewrite(topic: Option<&Topic>, address: Address) -> Vec<String> {
    let you = match address {
        Address::Singular => "du",
        Address::Plural => "dere",
        Address::Formal => "De",
    };
    match topic {
        Some(topic) => vec![
            fill(&format!("Hva kom {you} frem til om {{t}}?"), &topic.phrase),
            fill(&format!("Hva syntes {you} om {{t}}?"), &topic.phrase),
        ],
        None => vec![format!(
            "Sist snakket vi om [tema] – hva kom {you} frem til?"
        )],
    }
}
