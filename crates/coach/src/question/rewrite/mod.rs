//! Assumptive rewrites of closed and recap questions (F3, F2), and the topic they keep.
//!
//! A closed question's rewrites keep its topic: the first noun phrase after a topic
//! preposition ("about", "om", "über", ...), else the first one led by a determiner, else
//! (Swedish and Norwegian) the last noun with a definite ending; when the question only says
//! "it", the sentence before is searched. With no topic found, and always for recap, the
//! rewrite opens with the thread and leaves a bracketed placeholder for the rep to fill
//! (`[topic]`).

mod de;
mod en;
mod nb;
mod nl;
mod sv;

use std::ops::Range;

use super::scan::{self, Tokens};
use super::{classify, is_in, LangRules, QuestionKind, Verdict};
use crate::text::is_upper;
use crate::Lang;

/// What a language adds to [`LangRules`] for finding topics and writing rewrites.
struct RewriteRules {
    topic_prepositions: &'static [&'static str],
    /// Definite noun endings (Swedish, Norwegian), which make a noun a topic without article.
    definite_suffixes: &'static [&'static str],
    /// Words before which such an ending is only an indefinite noun ("ett paket").
    indefinite_markers: &'static [&'static str],
    /// Nouns are capitalised (German): a noun phrase ends at its first capitalised word.
    capitalised_nouns: bool,
    address: fn(&Tokens, &str) -> Address,
    /// Assumptive rewrites: about the topic when there is one, else opening with the thread.
    rewrite: fn(Option<&Topic>, Address) -> Vec<String>,
}

fn rewrite_rules_for(lang: Lang) -> &'static RewriteRules {
    match lang {
        Lang::En => &en::RULES,
        Lang::Sv => &sv::RULES,
        Lang::De => &de::RULES,
        Lang::Nb => &nb::RULES,
        Lang::Nl => &nl::RULES,
    }
}

/// The rewrites of the question in `tokens` (one sentence of `text`), given its verdict;
/// `previous` is the sentence before it, searched when the question only says "it".
pub(super) fn rewrites(
    lang: Lang,
    verdict: &Verdict,
    tokens: &Tokens,
    text: &str,
    previous: Option<Range<usize>>,
) -> Vec<String> {
    let rules = super::rules_for(lang);
    let extra = rewrite_rules_for(lang);
    let address = (extra.address)(tokens, text);
    match verdict.kind {
        QuestionKind::Closed => {
            let mut topic = find_topic(rules, extra, tokens, text, verdict.topic_from)
                .or_else(|| find_topic(rules, extra, tokens, text, 0));
            if let (None, Some(previous)) = (&topic, previous) {
                let mut before = Tokens::default();
                before.fill(text, previous);
                topic = find_topic(rules, extra, &before, text, 0);
            }
            rewrites_for(rules, extra, topic.as_ref(), address)
        }
        QuestionKind::Recap => rewrites_for(rules, extra, None, address),
        _ => Vec::new(),
    }
}

/// The language's rewrites that the analyzer itself reads as assumptive. A topic copied from
/// the rep's text can contain anything, so each rewrite is checked; when none passes, the
/// rewrite without a topic (which the tests check in every language) is used.
fn rewrites_for(
    rules: &LangRules,
    extra: &RewriteRules,
    topic: Option<&Topic>,
    address: Address,
) -> Vec<String> {
    let is_assumptive = |rewrite: &String| {
        let mut tokens = Tokens::default();
        let sentences = scan::sentences(rewrite, 0);
        sentences.len() == 1 && {
            tokens.fill(rewrite, sentences[0].range.clone());
            classify(rules, &tokens, sentences[0].asks)
                .is_some_and(|verdict| verdict.kind == QuestionKind::Assumptive)
        }
    };
    let checked: Vec<String> = (extra.rewrite)(topic, address)
        .into_iter()
        .filter(is_assumptive)
        .collect();
    if checked.is_empty() && topic.is_some() {
        (extra.rewrite)(None, address)
    } else {
        checked
    }
}

/// How the customer is addressed, so that a rewrite keeps the rep's register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Address {
    /// du, je/jij
    Singular,
    /// ni, ihr, dere, jullie
    Plural,
    /// Sie, De, u
    Formal,
}

/// The noun phrase a closed question is about, as written, with the word before it.
struct Topic {
    pub phrase: String,
    /// The lowercase word before the phrase, if any (German needs it to choose the case).
    pub before: String,
}

/// The topic of a closed question, searched from token `from` (see the module documentation).
fn find_topic(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    from: usize,
) -> Option<Topic> {
    let mut first_phrase: Option<Range<usize>> = None;
    let mut first_definite: Option<usize> = None;
    for at in from..tokens.len() {
        let word = tokens.word(at);
        let phrase = if is_in(rules.determiners, word) {
            determiner_phrase(rules, extra, tokens, text, at)
        } else if is_definite_noun(rules, extra, word)
            && !(at > 0 && is_in(extra.indefinite_markers, tokens.word(at - 1)))
        {
            first_definite = first_definite.or(Some(at));
            Some(at..at + 1)
        } else {
            None
        };
        let Some(phrase) = phrase else { continue };
        let after_preposition = (at > 0 && is_in(extra.topic_prepositions, tokens.word(at - 1)))
            || is_in(extra.topic_prepositions, word);
        if after_preposition {
            return Some(topic(tokens, text, phrase));
        }
        if first_phrase.is_none() && is_in(rules.determiners, word) {
            first_phrase = Some(phrase);
        }
    }
    first_phrase
        .or(first_definite.map(|at| at..at + 1))
        .map(|phrase| topic(tokens, text, phrase))
}

fn topic(tokens: &Tokens, text: &str, phrase: Range<usize>) -> Topic {
    let span = tokens.byte_span(phrase.start, phrase.end - 1);
    Topic {
        phrase: text[span].to_owned(),
        before: phrase
            .start
            .checked_sub(1)
            .map_or_else(String::new, |at| tokens.word(at).to_owned()),
    }
}

/// The determiner at `at` and up to three words of its noun phrase, in the same clause.
fn determiner_phrase(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    at: usize,
) -> Option<Range<usize>> {
    let mut end = at + 1;
    while end < tokens.len() && end <= at + 3 && tokens.clause(end) == tokens.clause(at) {
        let word = tokens.word(end);
        if extra.capitalised_nouns {
            let original = &text[tokens.list[end].original.clone()];
            let is_noun =
                original.chars().next().is_some_and(is_upper) && !is_in(rules.subjects, word);
            if is_noun {
                return Some(at..end + 1);
            }
        }
        let stops = is_in(rules.phrase_stops, word)
            || is_in(rules.subjects, word)
            || is_in(rules.question_verbs, word)
            || is_in(rules.past_forms, word)
            || (rules.is_participle)(word);
        if stops {
            break;
        }
        end += 1;
    }
    (end > at + 1 && !extra.capitalised_nouns).then_some(at..end)
}

fn is_definite_noun(rules: &LangRules, extra: &RewriteRules, word: &str) -> bool {
    word.chars().count() >= 5
        && extra
            .definite_suffixes
            .iter()
            .any(|suffix| word.ends_with(suffix))
        && !is_in(rules.phrase_stops, word)
        && !is_in(rules.question_verbs, word)
        && !is_in(rules.past_forms, word)
        && !(rules.is_participle)(word)
}

/// Fills a rewrite template: `{t}` is the topic.
fn fill(template: &str, topic: &str) -> String {
    template.replace("{t}", topic)
}

/// Reads the address form from the words of the question: the first listed word found wins,
/// `case_sensitive` words (German "Sie", Norwegian "De") only when written with a capital
/// inside the sentence.
fn address_from(
    tokens: &Tokens,
    text: &str,
    forms: &[(&str, Address)],
    default: Address,
) -> Address {
    for &(form, address) in forms {
        for (index, token) in tokens.list.iter().enumerate() {
            let original = &text[token.original.clone()];
            let matches = if form.starts_with(is_upper) {
                index > 0 && original == form
            } else {
                tokens.word(index) == form
            };
            if matches {
                return address;
            }
        }
    }
    default
}
