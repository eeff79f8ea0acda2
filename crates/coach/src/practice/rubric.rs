//! Content rubrics: the facts an answer must carry, so that a drill grades what the rep says and
//! not only its shape ("What did you conclude?" is assumptive, and names nothing).
//!
//! A rubric is a list of groups; a group is a list of phrases, any one of which carries the fact
//! ("practice manager", "no-show", "appointment slot"). A phrase is found in an answer when its
//! words appear in a row, each compared after the language's case folding and a light stemming:
//! a few inflection endings per language are cut, so "practice managers" matches "practice
//! manager's" and "no-shows" matches "no-show".
//!
//! Decisions:
//! - A stemmer per language of a handful of endings rather than a dictionary: the rubric's
//!   author lists the forms that differ more (irregular plurals, synonyms) as alternatives, and
//!   the bundle does not carry word lists.
//! - Endings are cut again while one fits ("budgeten", "budget" and "marknadsbudgeten" all end
//!   in "budg"), but only while a stem of three letters stays, so short words keep their shape.
//! - In Swedish, German, Norwegian and Dutch, which write compounds as one word, a phrase's
//!   first word of four letters or more also matches as the end of a longer word: "budget"
//!   finds "Marketingbudget", "lager" finds "centrallager". Only the end: the head of a compound
//!   is what it is about.
//! - German umlauts are folded into their base vowel after stemming, so plurals with an umlaut
//!   ("Märkte") meet their singular ("Markt").

use crate::text::{is_word_char, lower_char};
use crate::Lang;

/// A rubric item an answer lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    pub item: Item,
    /// The group's phrases for a content item (any one would have done); empty for next-step's
    /// day, time and question, which F4's check looks for.
    pub phrases: Vec<String>,
}

/// What a rubric item is about: each skill's content groups are of one kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    /// Assumptive: what was discussed or what the customer was to do (F2).
    Thread,
    /// Warm-up: something found out about this prospect (W2).
    Hook,
    /// Next-step: what the next contact is about.
    Purpose,
    Day,
    Time,
    /// Next-step: the question that leaves the choice to the customer.
    Question,
}

/// Every item with the name the `warmcall:result` event gives it.
pub const ITEMS: &[(Item, &str)] = &[
    (Item::Thread, "thread"),
    (Item::Hook, "hook"),
    (Item::Purpose, "purpose"),
    (Item::Day, "day"),
    (Item::Time, "time"),
    (Item::Question, "question"),
];

/// One word of a text, folded and stemmed.
type Stem = String;

/// The indexes of the groups of `rubric` that `answer` carries none of, in rubric order.
pub fn missing_groups(rubric: &[Vec<String>], answer: &str, lang: Lang) -> Vec<usize> {
    let words = stems(answer, lang);
    rubric
        .iter()
        .enumerate()
        .filter(|(_, group)| !group.iter().any(|phrase| contains(&words, phrase, lang)))
        .map(|(index, _)| index)
        .collect()
}

/// Whether `phrase` occurs in the stemmed `words` of an answer.
fn contains(words: &[Stem], phrase: &str, lang: Lang) -> bool {
    let wanted = stems(phrase, lang);
    if wanted.is_empty() || wanted.len() > words.len() {
        return false;
    }
    words.windows(wanted.len()).any(|window| {
        window
            .iter()
            .zip(&wanted)
            .enumerate()
            .all(|(position, (word, want))| {
                word == want || (position == 0 && compound_head(word, want, lang))
            })
    })
}

/// Whether `word` is a compound that ends with `head` (see the module documentation).
fn compound_head(word: &str, head: &str, lang: Lang) -> bool {
    lang != Lang::En && head.chars().count() >= 4 && word.len() > head.len() && word.ends_with(head)
}

/// The words of `text`, folded and stemmed. Apostrophes and hyphens split words, so "no-show"
/// is "no show" and "manager's" is "manager s", whose lone "s" nothing asks for.
fn stems(text: &str, lang: Lang) -> Vec<Stem> {
    text.split(|c: char| !is_word_char(c))
        .filter(|word| !word.is_empty())
        .map(|word| stem(&word.chars().map(lower_char).collect::<String>(), lang))
        .collect()
}

/// Inflection endings, longest first within each language, cut once.
fn endings(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["ies", "ing", "es", "ed", "s", "e", "y"],
        Lang::Sv => &[
            "arnas", "ernas", "ornas", "arna", "erna", "orna", "ande", "ende", "ens", "ets", "are",
            "ar", "er", "or", "en", "et", "na", "an", "a", "e", "s",
        ],
        Lang::De => &[
            "ungen", "ung", "ern", "en", "er", "es", "em", "ns", "e", "n", "s",
        ],
        Lang::Nb => &[
            "ene", "ane", "ers", "ens", "ets", "er", "en", "et", "a", "e", "s",
        ],
        Lang::Nl => &["tjes", "jes", "en", "es", "s", "e"],
    }
}

fn stem(word: &str, lang: Lang) -> Stem {
    let mut cut = word;
    // Each round makes the word shorter, so this ends.
    while let Some(ending) = endings(lang)
        .iter()
        .find(|ending| cut.ends_with(*ending) && cut.chars().count() >= ending.chars().count() + 3)
    {
        cut = &cut[..cut.len() - ending.len()];
    }
    if lang == Lang::De {
        cut.chars()
            .map(|c| match c {
                'ä' => 'a',
                'ö' => 'o',
                'ü' => 'u',
                other => other,
            })
            .collect()
    } else {
        cut.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(answer: &str, phrase: &str, lang: Lang) -> bool {
        missing_groups(&[vec![phrase.to_owned()]], answer, lang).is_empty()
    }

    #[test]
    fn inflected_and_possessive_forms_meet() {
        assert!(finds(
            "What did your practice manager's team say?",
            "practice managers",
            Lang::En
        ));
        assert!(finds(
            "Which slots had the most no-show cases?",
            "no-shows",
            Lang::En
        ));
        assert!(finds(
            "What did the NO-SHOWS look like?",
            "no-show",
            Lang::En
        ));
        assert!(finds(
            "Vad sa ekonomichefen om offerten?",
            "offert",
            Lang::Sv
        ));
        assert!(finds("Was sagen die Märkte?", "Markt", Lang::De));
        assert!(finds("Hva sa lagersjefene?", "lagersjef", Lang::Nb));
        assert!(finds(
            "Wat vonden de planners van de offertes?",
            "offerte",
            Lang::Nl
        ));
    }

    #[test]
    fn compounds_match_by_their_head_outside_english() {
        assert!(finds(
            "Was hat das Marketingbudget ergeben?",
            "Budget",
            Lang::De
        ));
        assert!(finds("Vad sa de om marknadsbudgeten?", "budget", Lang::Sv));
        assert!(finds(
            "Wie viele Lieferungen waren es?",
            "Lieferung",
            Lang::De
        ));
        assert!(!finds("What did the warehouses say?", "house", Lang::En));
        // The head only, not any part.
        assert!(!finds(
            "Was hat die Budgetplanung ergeben?",
            "Budget",
            Lang::De
        ));
    }

    #[test]
    fn different_words_and_partial_phrases_do_not_match() {
        assert!(!finds(
            "What did you conclude?",
            "practice managers",
            Lang::En
        ));
        assert!(!finds(
            "What did the managers say?",
            "practice managers",
            Lang::En
        ));
        assert!(!finds("", "no-show", Lang::En));
        assert!(!finds("anything", "", Lang::En));
    }
}
