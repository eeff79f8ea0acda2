//! Dutch topics and rewrites.

use super::{address_from, fill, Address, RewriteRules, Topic};
use crate::question::scan::Tokens;

pub(super) static RULES: RewriteRules = RewriteRules {
    topic_prepositions: &["over", "omtrent", "rond", "betreffende"],
    definite_suffixes: &[],
    indefinite_markers: &[],
    capitalised_nouns: false,
    address,
    rewrite,
};

fn address(tokens: &Tokens, text: &str) -> Address {
    address_from(
        tokens,
        text,
        &[
            ("u", Address::Formal),
            ("uw", Address::Formal),
            ("jullie", Address::Plural),
            ("je", Address::Singular),
            ("jij", Address::Singular),
            ("jou", Address::Singular),
            ("jouw", Address::Singular),
        ],
        Address::Formal,
    )
}

fn rewrite(topic: Option<&Topic>, address: Address) -> Vec<String> {
    let (have_you, found_you) = match address {
        Address::Singular => ("heb je", "vond je"),
        Address::Plural => ("hebben jullie", "vonden jullie"),
        Address::Formal => ("heeft u", "vond u"),
    };
    match topic {
        Some(topic) => vec![
            fill(
                &format!("Wat {have_you} besloten over {{t}}?"),
                &topic.phrase,
            ),
            fill(&format!("Wat {found_you} van {{t}}?"), &topic.phrase),
        ],
        None => vec![format!(
            "Vorige keer hadden we het over [onderwerp] – wat {have_you} besloten?"
        )],
    }
}
