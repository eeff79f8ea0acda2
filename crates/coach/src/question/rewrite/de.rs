//! German topics and rewrites.

use super::{address_from, fill, Address, RewriteRules, Topic};
use crate::question::scan::Tokens;

pub(super) static RULES: RewriteRules = RewriteRules {
    // "zum"/"zur" carry their preposition inside.
    topic_prepositions: &[
        "über",
        "zu",
        "bezüglich",
        "wegen",
        "hinsichtlich",
        "um",
        "zum",
        "zur",
    ],
    definite_suffixes: &[],
    indefinite_markers: &[],
    capitalised_nouns: true,
    address,
    rewrite,
};

fn address(tokens: &Tokens, text: &str) -> Address {
    address_from(
        tokens,
        text,
        &[
            ("du", Address::Singular),
            ("dich", Address::Singular),
            ("dir", Address::Singular),
            ("dein", Address::Singular),
            ("deine", Address::Singular),
            ("deinen", Address::Singular),
            ("hast", Address::Singular),
            ("kannst", Address::Singular),
            ("habt", Address::Plural),
            ("könnt", Address::Plural),
            ("seid", Address::Plural),
            ("euch", Address::Plural),
            ("euer", Address::Plural),
            ("eure", Address::Plural),
            ("euren", Address::Plural),
        ],
        Address::Formal,
    )
}

const DATIVE_ONLY: &[&str] = &[
    "dem", "einem", "ihrem", "unserem", "deinem", "eurem", "diesem", "zum", "zur", "vom", "beim",
    "im", "am",
];

const DATIVE_PREPOSITIONS: &[&str] = &[
    "mit",
    "zu",
    "bei",
    "von",
    "aus",
    "nach",
    "seit",
    "gegenüber",
    "in",
    "an",
    "auf",
];

/// The topic in the dative after "bei" ("beim Angebot", "bei der Preisliste"), or `None`
/// when the phrase is not in the dative.
fn with_bei(topic: &Topic) -> Option<String> {
    let (first, rest) = topic.phrase.split_once(' ').unwrap_or((&topic.phrase, ""));
    let first_lower = crate::text::lowercase(first);
    let after_dative_preposition = DATIVE_PREPOSITIONS.contains(&topic.before.as_str());
    match first_lower.as_str() {
        "zum" | "vom" | "beim" | "im" | "am" => Some(format!("beim {rest}")),
        "zur" => Some(format!("bei der {rest}")),
        "der" | "ihrer" | "unserer" | "dieser" if after_dative_preposition => {
            Some(format!("bei {}", topic.phrase))
        }
        word if DATIVE_ONLY.contains(&word) => Some(format!("bei {}", topic.phrase)),
        _ => None,
    }
}

/// The topic in the accusative, for "über ..." and "Wie fanden Sie ...".
fn accusative(topic: &Topic) -> String {
    match topic.phrase.split_once(' ') {
        Some(("der", rest)) | Some(("Der", rest)) => format!("den {rest}"),
        _ => topic.phrase.clone(),
    }
}

fn rewrite(topic: Option<&Topic>, address: Address) -> Vec<String> {
    let (have, you, yourself, found) = match address {
        Address::Singular => ("hast", "du", "dich", "fandest"),
        Address::Plural => ("habt", "ihr", "euch", "fandet"),
        Address::Formal => ("haben", "Sie", "sich", "fanden"),
    };
    match topic {
        Some(topic) => match with_bei(topic) {
            Some(dative) => vec![
                format!("Was ist {dative} herausgekommen?"),
                format!("Wie {have} {you} {yourself} {dative} entschieden?"),
            ],
            None => {
                let object = accusative(topic);
                vec![
                    fill(
                        &format!("Was {have} {you} über {{t}} entschieden?"),
                        &object,
                    ),
                    fill(&format!("Wie {found} {you} {{t}}?"), &object),
                ]
            }
        },
        None => vec![format!(
            "Letztes Mal ging es um [Thema] – was {have} {you} entschieden?"
        )],
    }
}
