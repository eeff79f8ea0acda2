//! Assumptive rewrites of closed and recap questions (F3, F2), and the topic they keep.
//!
//! A closed question's rewrites keep its topic: the first noun phrase after a topic
//! preposition ("about", "om", "über", ...), else the first one led by a determiner, else
//! (Swedish and Norwegian) the last noun with a definite ending; when the question only says
//! "it", the sentence before is searched. With no topic found, and always for recap, the
//! rewrite opens with the thread and leaves a bracketed placeholder for the rep to fill
//! (`[topic]`).
//!
//! Native reviewers found rewrites that changed what was asked: the board or IT dropped, a
//! status or an approval turned into the customer's opinion, a comparison lost, a request
//! written as done. So the rewrite keeps the party ([`Frame`]) and the comparison, asks for an
//! opinion only after a look, and a request to send something asks when the customer planned
//! to send it, never whether it was sent.

mod de;
mod en;
mod nb;
mod nl;
mod sv;

use std::ops::Range;
use std::sync::OnceLock;

use super::scan::{self, Tokens};
use super::{classify, find_pattern, is_in, LangRules, QuestionKind, Verdict};
use crate::text::is_upper;
use crate::words::{WordSet, Words};
use crate::Lang;

/// What a language adds to [`LangRules`] for finding topics and writing rewrites. Noun lists
/// hold stems, matched as the end of a phrase's head noun followed by one of `head_endings`,
/// so that compounds and inflected forms are covered ("styrelsemötet", "Steuerberater").
struct RewriteRules {
    /// Prepositions of "about": a noun phrase after one is the topic even when another comes
    /// first ("Did you talk to the bank about the loan?").
    topic_prepositions: Words,
    /// Quantifiers and adverbs after which a noun without article is the thing asked about
    /// ("some budget", "al licenties", "lite statistik"), as after `topic_prepositions`.
    bare_markers: Words,
    /// The phrase after a quantifier as the rewrite says it, where the language wants an
    /// article there ("some budget" → "the budget", "al offertes" → "de offertes").
    article_for_quantified: fn(&str) -> Option<String>,
    /// Definite noun endings (Swedish, Norwegian), which make a noun a topic without article.
    definite_suffixes: Words,
    /// Words before which such an ending is only an indefinite noun ("ett paket").
    indefinite_markers: Words,
    /// Articles that are also pronouns ("det", "de"): their phrase must end in a definite noun
    /// ("de två maskinerna"), or "Blir det fortfarande ..." would give the topic "det
    /// fortfarande".
    pronoun_articles: Words,
    /// Nouns are capitalised (German): a noun phrase ends at its first capitalised word.
    capitalised_nouns: bool,
    /// Compounds are written as separate words ("the floor plan"): a word between the article
    /// and a light noun may be a noun that narrows it.
    open_compounds: bool,
    /// Prepositions that join a complement to its noun ("the order of cartridges", "bytet av
    /// affärssystem"): the complement belongs to the topic.
    complement_prepositions: Words,
    /// The parties who are to answer or decide (people, boards, departments, suppliers):
    /// never the topic, and named in the rewrite, or it would ask the customer what the board
    /// decided.
    parties: Words,
    /// Nouns that are never the topic besides the parties: times and occasions, and the nouns
    /// of idioms ("on the table").
    never_topics: Words,
    /// Prepositions that join the party one talks to or compares with ("with", "med", "mit").
    with_prepositions: Words,
    /// Prepositions of hearing from a party ("heard back from legal", "Rückmeldung von der
    /// Rechtsabteilung"): the party answers, as after `with_prepositions`.
    from_prepositions: Words,
    /// Verbs of calling right before a party ("ring the supplier", "ringa leverantören"): the
    /// party answers, as after `with_prepositions`. Empty where the verb comes last.
    call_verbs: Words,
    /// For a preposition of `from_prepositions` joined to its article, that a party's phrase
    /// starts with, the article it stands for after "with" (German "vom Vorstand" → "mit dem
    /// Vorstand").
    from_contraction: fn(&str) -> Option<&'static str>,
    /// Prepositions of passing or sending something to someone ("an den Einkauf weitergegeben",
    /// "till styrelsen"): a party after one answers, as after `with_prepositions` (German
    /// ones take the accusative, said after "mit" with `dative_of`), and a request to send to
    /// anyone but the rep is to pass it on.
    to_prepositions: Words,
    /// The party's phrase after "with", from its phrase after `to_prepositions`; `None` where
    /// its case cannot be told (German "an die Kollegen").
    dative_of: fn(&str) -> Option<String>,
    /// Verbs of looking at something ("look", "read", "angeschaut"): only after one does the
    /// rewrite ask what the customer made of it; after any other it would turn a status or an
    /// approval into an opinion.
    look_verbs: Words,
    /// Verbs of comparing: the rewrite asks how the rep's offer compared, or it loses the
    /// comparison.
    compare_verbs: Words,
    /// The assumptive question about how "we" compared with the party as written.
    compared: fn(&str, Address) -> String,
    /// Light and carrier nouns ("plan", "chance", "email", "link"): the topic only when the
    /// question names nothing else.
    weak_topics: Words,
    head_endings: Words,
    /// Clitics that are not part of a noun they end ("the tender's at").
    clitics: Words,
    /// Endings of participles and infinitives that look like definite nouns ("påskrivet",
    /// "sammenlignet", "påminna"); after a phrase's first word they also end the phrase
    /// (Dutch "de subsidie toekent", "de training nuttig").
    not_noun_endings: Words,
    /// Verbs of sending and giving, not in the past: a question with one asks for something,
    /// and rewriting it as if it were done would change its meaning.
    request_verbs: Words,
    /// Modal verbs (and "möglich") that make such a verb a request: "could you send".
    request_modals: Words,
    /// Verbs of passing something on or of asking someone else ("forward", "weiterleiten",
    /// "ask"): a request with one is not for the customer to send the rep something.
    pass_on_verbs: Words,
    /// The assumptive question for a request to send the rep `Topic`: when the customer had
    /// planned to send it; `None` where the topic's form does not fit the sentence.
    requested: fn(&Topic, Address) -> Option<String>,
    /// The customer as the subject after a request's modal ("could you", "kannst du"): only
    /// then is the request's verb phrase the customer's to do.
    you_subjects: Words,
    /// Politeness that is no part of what is asked ("please", "bitte"): left out of a verb
    /// phrase said again.
    request_fillers: Words,
    /// The same before the verb phrase only ("mind", "vara snäll och"), where the words are
    /// politeness; further on they may be part of what is asked.
    request_openings: Words,
    /// The assumptive question for a request to pass something on or to ask someone else,
    /// around its verb phrase as written: when the customer had planned to do it.
    passed_on: fn(&str, Address) -> Option<String>,
    /// Object pronouns: a question that asks about "it" names a thing, found or not.
    pronoun_objects: Words,
    address: fn(&Tokens, &str) -> Address,
    /// The assumptive question for a question that names no thing ("Any news?").
    without_topic: fn(Address) -> String,
    /// The assumptive question for a question that names a party and nothing else ("Have
    /// you heard back from legal?"): what it said, with the party as found (`talked_with` when
    /// after "with" or "from", else its subject, `plural` as its verb).
    party_said: fn(&Party) -> String,
    /// With a topic: the rewrites about it in `Frame`, the one that opens with the thread
    /// last. Without: the templates that leave a bracketed gap for the rep to fill.
    rewrite: fn(Option<&Topic>, Frame, Address) -> Vec<String>,
}

/// What the question asked of whom, which its rewrite must keep.
#[derive(Clone, Copy)]
enum Frame<'a> {
    /// The customer was to decide or do something.
    Decided,
    /// The customer was to look at it: what they made of it.
    Looked,
    /// A party named as the subject ("Has the board approved …?"), as written: what it
    /// decided, or what it made of the thing when it was to `look` at it. `plural` when the
    /// question's verb was (German and Dutch "haben", "hebben"), for the rewrite's verb to
    /// agree.
    Party {
        party: &'a str,
        plural: bool,
        looked: bool,
    },
    /// The customer was to talk with a party, written as after the preposition ("mit dem
    /// Vorstand"): what it said.
    TalkedWith(&'a str),
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

/// The rewrites of one question: `ready` can be said as they are; each of `templates` has a
/// bracketed gap for the rep to fill.
#[derive(Default)]
pub(super) struct Rewrites {
    pub ready: Vec<String>,
    pub templates: Vec<String>,
}

/// The rewrites of the question in `tokens` (one sentence of `text`), given its verdict;
/// `previous` is the sentence before it, searched when the question only says "it".
pub(super) fn rewrites(
    lang: Lang,
    verdict: &Verdict,
    tokens: &Tokens,
    text: &str,
    previous: Option<Range<usize>>,
) -> Rewrites {
    if !matches!(verdict.kind, QuestionKind::Closed | QuestionKind::Recap) {
        return Rewrites::default();
    }
    let rules = super::rules_for(lang);
    let extra = rewrite_rules_for(lang);
    let address = (extra.address)(tokens, text);
    let only_templates = || Rewrites {
        ready: Vec::new(),
        templates: (extra.rewrite)(None, Frame::Decided, address),
    };
    if verdict.kind == QuestionKind::Closed {
        if is_request(rules, extra, tokens) {
            let rewrites = requested(rules, extra, tokens, text, address);
            // Asking someone with nothing to send ("fragen, ob die Rechnung freigegeben ist"),
            // when it cannot be said again as planned, is read as any other question.
            let sends = (0..tokens.len()).any(|at| is_in(extra.request_verbs, tokens.word(at)));
            if sends || !rewrites.ready.is_empty() {
                return rewrites;
            }
        }
        if asks_for_the_rep(rules, extra, tokens) {
            return Rewrites::default();
        }
        if let Some(rewrite) = comparison(rules, extra, tokens, text, address) {
            return Rewrites {
                ready: vec![rewrite],
                templates: Vec::new(),
            };
        }
    }
    // "Hvilken pakke var det dere vurderte igjen?", "Have you decided which option to take?":
    // the thing to be chosen is what the question is about, asked as chosen.
    if let Some(which) = which_phrase(rules, extra, tokens, text, verdict.kind) {
        let mut ready = (extra.rewrite)(Some(&which), Frame::Decided, address);
        ready.truncate(1);
        ready.retain(|rewrite| keeps_topic_assumptively(rules, extra, rewrite, &which, None));
        if !ready.is_empty() {
            return Rewrites {
                ready,
                templates: Vec::new(),
            };
        }
    }
    let mut topic = find_topic(rules, extra, tokens, text);
    if let (None, Some(previous)) = (&topic, previous) {
        let mut before = Tokens::default();
        before.fill(text, previous);
        topic = find_topic(rules, extra, &before, text);
    }
    let Some(topic) = topic else {
        if let Some(rewrite) = about_it(rules, extra, tokens, text, verdict, address) {
            return Rewrites {
                ready: vec![rewrite],
                templates: Vec::new(),
            };
        }
        // Only a party named ("Rückmeldung von Ihrer Rechtsabteilung"): what it said. With a
        // word the rules do not know beside it ("filled in the feedback form"), the question
        // may be about that, which the line would drop.
        let only_the_party = unknown_words(rules, extra, tokens) == 0;
        if let Some(party) = party(rules, extra, tokens, text).filter(|_| only_the_party) {
            let said = (extra.party_said)(&party);
            if read_as_assumptive(rules, &said).is_some() {
                return Rewrites {
                    ready: vec![said],
                    templates: Vec::new(),
                };
            }
        }
        // A call is to someone: when the rules did not find whom, the question still named
        // them ("ring our reference customers").
        let calls = (0..tokens.len()).any(|at| is_in(extra.call_verbs, tokens.word(at)));
        let names_nothing = verdict.kind == QuestionKind::Recap
            || (!calls && !refers_back(extra, tokens) && unknown_words(rules, extra, tokens) <= 1);
        let mut rewrites = only_templates();
        let general = (extra.without_topic)(address);
        if names_nothing && read_as_assumptive(rules, &general).is_some() {
            rewrites.ready.push(general);
        }
        return rewrites;
    };
    let party = party(rules, extra, tokens, text);
    let frame = frame_of(extra, tokens, verdict, party.as_ref());
    let mut ready = (extra.rewrite)(Some(&topic), frame, address);
    if verdict.kind == QuestionKind::Recap {
        // A recap request is answered by naming the thread oneself (F2).
        ready.rotate_right(1);
    } else {
        // The thread is the opener's to name; a closed question needs only the question.
        ready.pop();
    }
    let party_phrase = party.as_ref().map(|party| party.phrase.as_str());
    ready.retain(|rewrite| keeps_topic_assumptively(rules, extra, rewrite, &topic, party_phrase));
    if ready.is_empty() {
        only_templates()
    } else {
        Rewrites {
            ready,
            templates: Vec::new(),
        }
    }
}

/// Words of "which" that take a noun in the languages whose rewrites ask which one was
/// chosen: `Topic::before` is one of them for such a topic.
const WHICH: Words = words![
    "which", "vilken", "vilket", "vilka", "hvilken", "hvilket", "hvilke", "many", "många", "mange",
];

/// "How" before "many" in those languages ("hvor mange lisenser").
const HOW: Words = words!["how", "hur", "hvor"];

/// The noun phrase after "which" ("hvilken pakke", "vilken av lösningarna", "which modules"):
/// in a recap wherever it stands, in a closed question when it opens an embedded clause.
fn which_phrase(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    kind: QuestionKind,
) -> Option<Topic> {
    let which = (0..tokens.len()).find(|&at| {
        let word = tokens.word(at);
        is_in(WHICH, word)
            && (!matches!(word, "many" | "många" | "mange")
                || (at > 0 && is_in(HOW, tokens.word(at - 1))))
    })?;
    let opens_phrase = if tokens.word(which).starts_with('m') {
        which - 1
    } else {
        which
    };
    if kind == QuestionKind::Closed && opens_phrase < 2 {
        return None;
    }
    let start = which + 1;
    // "hvilken av løsningene", "which of the options".
    let mut end = start;
    if is_in(extra.complement_prepositions, tokens.word(end)) || tokens.word(end) == "of" {
        end += 1;
        if rules.compiled().determiners.contains(tokens.word(end)) {
            end += 1;
        }
    }
    let nouns_from = end;
    while end < tokens.len()
        && end < nouns_from + 3
        && tokens.clause(end) == tokens.clause(which)
        && !ends_phrase(rules, tokens.word(end))
        && !rules.compiled().determiners.contains(tokens.word(end))
        && !rules.compiled().wh_words.contains(tokens.word(end))
        // "which option you'll", "vilket alternativ ni’d": a clitic pronoun.
        && !tokens.word(end).contains('\'')
        // "hur många licenser behövde ni": the phrase ends at its verb or subject.
        && !(end > nouns_from && is_verb_or_subject(rules, tokens.word(end)))
    {
        end += 1;
    }
    let head = end.checked_sub(1).filter(|&head| head >= start)?;
    let ends_in_noun = !rules.compiled().determiners.contains(tokens.word(head))
        && !is_in(extra.complement_prepositions, tokens.word(head))
        && tokens.word(head) != "of"
        && !tokens.is_name_like(head);
    ends_in_noun.then(|| Topic {
        phrase: text[tokens.byte_span(start, head)].to_owned(),
        before: tokens.word(which).to_owned(),
        head: tokens.word(head).to_owned(),
    })
}

/// What the question asked of whom (see [`Frame`]).
fn frame_of<'a>(
    extra: &RewriteRules,
    tokens: &Tokens,
    verdict: &Verdict,
    party: Option<&'a Party>,
) -> Frame<'a> {
    let looked = looks(extra, tokens);
    // Looking "with your team" is still the customer's own look.
    match party {
        _ if verdict.kind == QuestionKind::Recap => Frame::Decided,
        Some(party) if !party.talked_with => Frame::Party {
            party: &party.phrase,
            plural: party.plural,
            looked,
        },
        _ if looked => Frame::Looked,
        Some(party) => Frame::TalkedWith(&party.phrase),
        None => Frame::Decided,
    }
}

/// Object pronouns that a rewrite can keep after its preposition of "about" ("om det", "about
/// it"), in the languages where that is how it is said (not German "zu es", Dutch "over het").
const PRONOUN_TOPICS: Words = words!["it", "det"];

/// "Tok du det opp med teamet ditt?" → "Hva sa teamet ditt om det?": a closed question about
/// "it" that names no noun, nor one in the sentence before, but a party who was to look, decide
/// or be asked keeps "it" as written, which says as much as the question did.
fn about_it(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    verdict: &Verdict,
    address: Address,
) -> Option<String> {
    if verdict.kind != QuestionKind::Closed {
        return None;
    }
    let at = (2..tokens.len()).find(|&at| is_in(PRONOUN_TOPICS, tokens.word(at)))?;
    let party = party(rules, extra, tokens, text)?;
    let it = Topic {
        phrase: tokens.word(at).to_owned(),
        before: tokens.word(at - 1).to_owned(),
        head: tokens.word(at).to_owned(),
    };
    let frame = frame_of(extra, tokens, verdict, Some(&party));
    let rewrite = (extra.rewrite)(Some(&it), frame, address)
        .into_iter()
        .next()?;
    read_as_assumptive(rules, &rewrite).map(|_| rewrite)
}

/// Whether the analyzer reads `rewrite` as one assumptive question about `topic`. A topic
/// copied from the rep's text can contain anything, so each rewrite is checked.
fn keeps_topic_assumptively(
    rules: &LangRules,
    extra: &RewriteRules,
    rewrite: &str,
    topic: &Topic,
    party: Option<&str>,
) -> bool {
    read_as_assumptive(rules, rewrite).is_some_and(|tokens| {
        let names_topic = || (0..tokens.len()).any(|at| tokens.word(at) == topic.head);
        match find_topic(rules, extra, &tokens, rewrite) {
            Some(found) => {
                found.head.starts_with(&topic.head)
                    || topic.head.starts_with(&found.head)
                    // "beim Thema Zeitplan": a carrier noun before the topic's own noun.
                    || (is_listed(extra, &extra.compiled().weak_topics, &found.head, false)
                        && names_topic())
                    // The party the question named as its subject, unlisted ("the trust"),
                    // is the rewrite's subject now, found before the topic (and perhaps run
                    // on over the verb: "the trust decide").
                    || (party.is_some_and(|party| {
                        let party = crate::text::lowercase(party);
                        party.ends_with(&found.head)
                            || crate::text::lowercase(&found.phrase).starts_with(&party)
                    }) && names_topic())
            }
            // A topic without article or definite ending ("om nytt CRM-system") is found in
            // the question only through the phrase that carried it.
            None => names_topic(),
        }
    })
}

/// The words of `rewrite` when the analyzer reads it as one assumptive question.
fn read_as_assumptive(rules: &LangRules, rewrite: &str) -> Option<Tokens> {
    let sentences = scan::sentences(rewrite, 0);
    let [sentence] = sentences.as_slice() else {
        return None;
    };
    let mut tokens = Tokens::default();
    tokens.fill(rewrite, sentence.range.clone());
    classify(rules, &tokens, sentence.asks)
        .is_some_and(|verdict| verdict.kind == QuestionKind::Assumptive)
        .then_some(tokens)
}

/// How many words of the question are none the tables know: a short question of known
/// words ("Any news?", "Har dere landet noe?") names no thing, a longer one may name one
/// that was not found ("Blir det fortfarande uppstart i januari?").
fn unknown_words(rules: &LangRules, extra: &RewriteRules, tokens: &Tokens) -> usize {
    (0..tokens.len())
        .filter(|&at| {
            let word = tokens.word(at);
            !is_function_word(rules, word)
                && !rules.compiled().past_forms.contains(word)
                && !is_in(extra.pronoun_objects, word)
                && !is_in(extra.call_verbs, word)
                && !(rules.is_participle)(word)
                && !is_listed_noun(extra, &extra.compiled().never_topics, word)
                && !is_listed(extra, &extra.compiled().weak_topics, word, false)
        })
        .count()
}

/// Words after a quantifier or adverb that are no thing to ask about ("any joy", "al eens",
/// "noch Fragen").
const NOT_BARE_NOUNS: Words = words![
    "together",
    "ready",
    // "har du något emot att": minding, not a thing.
    "emot",
    "imot",
    "sorted",
    "yet",
    "already",
    "else",
    "longer",
    "further",
    "joy",
    "luck",
    "thought",
    "thoughts",
    "idea",
    "ideas",
    "eens",
    "verder",
    "iets",
    "niets",
    "bekend",
    "duidelijk",
    "klaar",
    "rond",
    "binnen",
    "steeds",
    "altijd",
    "niet",
    "zover",
    "contact",
    "mer",
    "mera",
    "nytt",
    "nya",
    "nye",
    "möjlighet",
    "chans",
    "tanker",
    "mulighet",
    "sjanse",
    "etwas",
    "mehr",
    "nicht",
    "wieder",
    "fragen",
    "neues",
    "kontakt",
    "tid",
    "zeit",
    "tijd",
    "groen",
    "dålig",
    "bra",
    "klart",
];

/// Particles after which the word before is a verb ("budget set aside", "figures signed off"),
/// in the one language whose compounds are written apart.
const PHRASAL_PARTICLES: Words =
    words!["aside", "up", "out", "off", "back", "down", "away", "through"];

/// Whether the word at `at` can be a noun the rules know nothing of: no function word, verb
/// form, party, time, name (where nouns are not capitalised) or light noun; where nouns are
/// capitalised, a capitalised word.
fn is_bare_noun(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    at: usize,
) -> bool {
    let compiled = rules.compiled();
    let word = tokens.word(at);
    let capitalised = tokens
        .list
        .get(at)
        .is_some_and(|token| text[token.original.clone()].starts_with(is_upper));
    word.chars().count() >= 3
        && word
            .chars()
            .all(|c| crate::text::is_letter(c) || matches!(c, '-' | '\'' | '’'))
        && if extra.capitalised_nouns {
            capitalised
        } else {
            !is_name(tokens, text, at)
        }
        && !is_function_word(rules, word)
        && !compiled.subordinators.contains(word)
        && !compiled.past_forms.contains(word)
        && !super::is_strong_past(rules, word)
        && !(rules.is_participle)(word)
        && !is_verb_ending(extra, word)
        && !is_in(NOT_BARE_NOUNS, word)
        && [
            extra.pronoun_objects,
            extra.request_verbs,
            extra.request_modals,
            extra.pass_on_verbs,
            extra.look_verbs,
            extra.compare_verbs,
            extra.with_prepositions,
            extra.complement_prepositions,
            extra.topic_prepositions,
            extra.bare_markers,
        ]
        .iter()
        .all(|&list| !is_in(list, word))
        && !is_listed_noun(extra, &extra.compiled().never_topics, word)
        && !is_listed_noun(extra, &extra.compiled().parties, word)
        && !is_listed(extra, &extra.compiled().weak_topics, word, false)
}

/// A noun without article after a quantifier or a preposition of "about" ("some budget", "on
/// planning permission", "al licenties"): where compounds are written apart, with the nouns
/// that follow it.
fn bare_phrase(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    at: usize,
) -> Option<Range<usize>> {
    // German writes its nouns capitalised, and the capitalised-noun path finds them already;
    // on German text this path only added wrong topics.
    if extra.capitalised_nouns {
        return None;
    }
    let marker = tokens.word(at.checked_sub(1)?);
    let after_marker = is_in(extra.bare_markers, marker) || is_in(extra.topic_prepositions, marker);
    if !after_marker || !is_bare_noun(rules, extra, tokens, text, at) {
        return None;
    }
    let mut end = at + 1;
    while extra.open_compounds
        && end < tokens.len()
        && end < at + 3
        && tokens.clause(end) == tokens.clause(at)
        && is_bare_noun(rules, extra, tokens, text, end)
        && !is_in(PHRASAL_PARTICLES, tokens.word(end + 1))
    {
        end += 1;
    }
    Some(at..end)
}

/// "book training at the new site", "Fotos von der Anlage": a word the rules do not know right
/// before the preposition of the phrase found is likely the thing asked about, or its verb;
/// either way the phrase after the preposition is where or what for, not the topic, and a
/// template is safer than a rewrite about the wrong thing.
fn unknown_word_before(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    phrase: &Range<usize>,
) -> bool {
    let Some(before) = phrase.start.checked_sub(2) else {
        return false;
    };
    let preposition = tokens.word(before + 1);
    // Where compounds are written as one word and nouns are not capitalised, that word is as
    // often an infinitive ("kika på ritningarna"), which the rules cannot tell from a noun;
    // German capitalises the noun ("mir Fotos von der Anlage").
    (extra.open_compounds || extra.capitalised_nouns)
        && rules.compiled().phrase_stops.contains(preposition)
        && !is_in(extra.topic_prepositions, preposition)
        && !is_in(extra.with_prepositions, preposition)
        && !is_in(extra.complement_prepositions, preposition)
        && tokens.clause(before) == tokens.clause(phrase.start)
        && is_bare_noun(rules, extra, tokens, text, before)
}

/// Whether the question asks about "it": an object pronoun after the verb and its subject
/// ("Have you run it past legal?"), not the dummy subject of "Har det hänt något?".
fn refers_back(extra: &RewriteRules, tokens: &Tokens) -> bool {
    (2..tokens.len()).any(|at| is_in(extra.pronoun_objects, tokens.word(at)))
}

/// Whether the question asks after looking at something ("Have you had time to read it?").
fn looks(extra: &RewriteRules, tokens: &Tokens) -> bool {
    let look_verbs = &extra.compiled().look_verbs;
    (0..tokens.len()).any(|at| look_verbs.contains(tokens.word(at)))
}

/// The party the question names, as written.
pub(super) struct Party {
    pub phrase: String,
    /// After a preposition of "with": the customer was to talk with it. Else its subject.
    pub talked_with: bool,
    /// The verb agreeing with it is plural (German and Dutch "haben", "hebben").
    pub plural: bool,
}

/// The opening verbs of German and Dutch questions whose subject is plural.
const PLURAL_VERBS: Words = words![
    "haben", "sind", "werden", "konnten", "können", "wollten", "hebben", "zijn", "worden",
    "kunnen", "gaan", "willen",
];

/// Words that may stand between the opening verb and its subject: "Hat sich Ihr Steuerberater
/// …".
const BEFORE_SUBJECT: Words = words!["sich", "eigentlich", "inmiddels", "nu", "ju", "jo"];

/// Conjunctions that open an embedded question, whose subject comes next: "if the governors
/// had read it", "ob Ihre IT …".
const SUBORDINATORS: Words = words!["if", "whether", "ob", "om", "of", "huruvida", "hvorvidt"];

/// Lowercase particles inside surnames ("Van den Berg", "de Vries", "von Trapp").
const NAME_PARTICLES: Words = words!["van", "de", "den", "der", "ter", "ten", "von", "zu", "af"];

/// Possessives written after the noun (Norwegian, colloquial Swedish): "sjefen din".
const POSTPOSED_POSSESSIVES: Words = words!["din", "dine", "ditt", "deres", "dina"];

/// The party the question names: after a preposition of "with" (talked with), or as the
/// subject of the question or of the question it embeds (decided). A party elsewhere ("at
/// the board meeting", "the partners' meeting") is only where, and one set off by a comma
/// ("Goedemiddag mevrouw Visser, heeft u …") is the customer addressed.
fn party(rules: &LangRules, extra: &RewriteRules, tokens: &Tokens, text: &str) -> Option<Party> {
    if let Some(NounSubject {
        phrase: subject, ..
    }) = noun_subject(rules, extra, tokens, text)
    {
        let phrase = &text[tokens.byte_span(subject.start, subject.end - 1)];
        return Some(Party {
            phrase: if subject.start == 0 {
                sentence_case_undone(phrase)
            } else {
                phrase.to_owned()
            },
            talked_with: false,
            plural: PLURAL_VERBS.contains(&tokens.word(0)),
        });
    }
    let parties = &extra.compiled().parties;
    let is_party = |at: usize| at < tokens.len() && is_listed_noun(extra, parties, tokens.word(at));
    let same_clause = |a: usize, b: usize| b < tokens.len() && tokens.clause(a) == tokens.clause(b);
    if let Some(named) = named_subject(rules, extra, tokens, text) {
        return Some(named);
    }
    let mut head = 0;
    while head < tokens.len() {
        if !is_party(head) {
            head += 1;
            continue;
        }
        let mut start = head;
        // "your IT team", "dem Vorstand", "er IT-ansvarige": its determiner and an acronym.
        while start > 0 && head - start < 2 {
            let before = tokens.word(start - 1);
            let acronym = tokens.list.get(start - 1).is_some_and(|token| {
                let original = &text[token.original.clone()];
                original.chars().count() >= 2 && original.chars().all(is_upper)
            });
            // "Siobhan's team".
            let owner = before.ends_with("'s") && tokens.is_name_like(start - 1);
            if rules.compiled().determiners.contains(before) || acronym || owner {
                start -= 1;
            } else {
                break;
            }
        }
        // "the finance team", "your team leads": one party noun narrowing another; "meneer De
        // Wit": the name after a title.
        let mut end = head;
        loop {
            if same_clause(end, end + 1) && (is_party(end + 1) || tokens.is_name_like(end + 1)) {
                end += 1;
            } else if end > head
                && !extra.capitalised_nouns
                && same_clause(end, end + 2)
                && is_in(NAME_PARTICLES, tokens.word(end + 1))
                && tokens.is_name_like(end + 2)
            {
                // "mevrouw Van den Berg", "Pieter de Vries": a particle inside a surname.
                end += 2;
            } else {
                break;
            }
        }
        // "de raad van bestuur".
        if is_in(extra.complement_prepositions, tokens.word(end + 1))
            && same_clause(end, end + 2)
            && is_party(end + 2)
        {
            end += 2;
        }
        if same_clause(end, end + 1) && is_in(POSTPOSED_POSSESSIVES, tokens.word(end + 1)) {
            end += 1;
        }
        let next = end + 1;
        if same_clause(end, next) && is_in(extra.never_topics, tokens.word(next)) {
            head = next;
            continue;
        }
        let phrase = text[tokens.byte_span(start, end)].to_owned();
        let before = start.checked_sub(1).map_or("", |at| tokens.word(at));
        // Talked with, heard from, called or passed something to: the party answers, as it is
        // said after "with".
        let answering = if is_in(extra.with_prepositions, before)
            || is_in(extra.from_prepositions, before)
            || is_in(extra.call_verbs, before)
        {
            Some(phrase.clone())
        } else if is_in(extra.to_prepositions, before) {
            (extra.dative_of)(&phrase)
        } else {
            None
        }
        .or_else(|| {
            let article = (extra.from_contraction)(tokens.word(start))?;
            Some(format!(
                "{article} {}",
                &text[tokens.byte_span(start + 1, end)]
            ))
        });
        if let Some(phrase) = answering {
            return Some(Party {
                phrase,
                talked_with: true,
                plural: false,
            });
        }
        let addressed = next < tokens.len() && !same_clause(end, next);
        let subject = match start {
            0 | 1 => !addressed,
            2 => is_in(BEFORE_SUBJECT, tokens.word(1)),
            _ => false,
        } || is_in(SUBORDINATORS, before);
        if subject {
            let verb = if start == 0 { next } else { 0 };
            return Some(Party {
                phrase: if start == 0 {
                    sentence_case_undone(&phrase)
                } else {
                    phrase
                },
                talked_with: false,
                plural: verb < tokens.len() && PLURAL_VERBS.contains(&tokens.word(verb)),
            });
        }
        head = end + 1;
    }
    None
}

/// A person named right after the opening verb, where nouns are not capitalised: "Has Sarah
/// looked at the offer?", "Hebben Kees en Ilse de software getest?". Else the rewrite would
/// ask the customer what Sarah was to do.
fn named_subject(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
) -> Option<Party> {
    let verb = tokens.word(0);
    let opens_with_verb = rules.compiled().question_verbs.contains(verb)
        || rules.compiled().perfect_auxiliaries.contains(verb);
    // The Norwegian formal "De" is written like a name.
    let pronoun = rules.compiled().subjects.contains(tokens.word(1));
    if extra.capitalised_nouns || !opens_with_verb || pronoun || !is_name(tokens, text, 1) {
        return None;
    }
    let same_clause = |b: usize| b < tokens.len() && tokens.clause(1) == tokens.clause(b);
    let mut end = 1;
    loop {
        if same_clause(end + 1) && is_name(tokens, text, end + 1) {
            end += 1;
        } else if same_clause(end + 2)
            && (is_in(NAME_PARTICLES, tokens.word(end + 1)) || is_in(AND, tokens.word(end + 1)))
            && is_name(tokens, text, end + 2)
        {
            end += 2;
        } else {
            break;
        }
    }
    // "Ruud van de technische dienst", "Petra van inkoop": where the person works.
    if same_clause(end + 2) && is_in(extra.complement_prepositions, tokens.word(end + 1)) {
        let mut last = end + 2;
        if rules.compiled().determiners.contains(tokens.word(last)) {
            while same_clause(last + 1)
                && last < end + 4
                && !ends_phrase(rules, tokens.word(last + 1))
                && !rules.compiled().determiners.contains(tokens.word(last + 1))
            {
                last += 1;
            }
        }
        if !ends_phrase(rules, tokens.word(last)) {
            end = last;
        }
    }
    // The name must be followed by more of its clause (the object, the participle).
    if !same_clause(end + 1) {
        return None;
    }
    Some(Party {
        phrase: text[tokens.byte_span(1, end)].to_owned(),
        talked_with: false,
        plural: PLURAL_VERBS.contains(&verb),
    })
}

/// Conjunctions joining two names into one party.
const AND: Words = words!["and", "och", "und", "og", "en"];

/// Participles of the passive, of "be" and of motion, after which the subject is the thing
/// itself ("Har avtalen blitt signert?", "Has the proposal gone down well?").
const PASSIVE_PARTICIPLES: Words =
    words!["blitt", "vært", "been", "blivit", "varit", "gone", "come", "got", "gotten",];

/// Prepositions of where a party sits, between it and its verb: "innkjøperne i Sykehuspartner".
const PARTY_PLACES: Words = words!["i", "hos", "på", "in", "at", "från", "fra"];

/// The noun phrase subject of a verb-first question that asks what it did, listed as a party or
/// not: "Har kommunen sendt ut …", "Har utviklerne deres fått testet …", "Har innkjøperne i
/// Sykehuspartner sagt ja …", "Rakk juristene å …". After a perfect auxiliary a subject with an
/// active participle did the thing asked about, so it is a party, never the topic; a passive or
/// a verb of motion ("Har avtalen blitt signert?", "Har saken gått videre?") keeps the thing.
fn noun_subject(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
) -> Option<NounSubject> {
    let compiled = rules.compiled();
    let verb = (0..tokens.len()).find(|&at| !compiled.fillers.contains(tokens.word(at)))?;
    let opener = tokens.word(verb);
    let perfect = compiled.perfect_auxiliaries.contains(opener);
    if !perfect && !compiled.auxiliaries.contains(opener) {
        return None;
    }
    let start = verb + 1;
    let word = tokens.word(start);
    let led_by_determiner = compiled.determiners.contains(word);
    // A determiner's phrase may run on over words it does not know ("de directie groen
    // licht gegeven"): a subject is the determiner and one or two words.
    let phrase = if led_by_determiner && !extra.capitalised_nouns {
        Some(determiner_phrase(rules, extra, tokens, text, start)?)
            .filter(|phrase| phrase.len() <= 3)?
    } else if !extra.capitalised_nouns
        && is_definite_noun(rules, extra, word)
        && !is_name(tokens, text, start)
    {
        start..start + 1
    } else if !extra.capitalised_nouns && is_name(tokens, text, start) {
        // "Har Lars sagt något om licenserna?"
        start..start + 1
    } else {
        return None;
    };
    let same_clause = |at: usize| at < tokens.len() && tokens.clause(at) == tokens.clause(start);
    let mut end = phrase.end;
    if same_clause(end) && is_in(POSTPOSED_POSSESSIVES, tokens.word(end)) {
        end += 1;
    }
    // After a perfect auxiliary a past form is the participle too ("sent", "made", "looked").
    let is_verb = |at: usize| {
        let word = tokens.word(at);
        (rules.is_participle)(word)
            || compiled.past_forms.contains(word)
            || is_regular_past(rules, word)
            || compiled.infinitive_markers.contains(word)
    };
    let mut next = end;
    if same_clause(next + 1) && is_in(PARTY_PLACES, tokens.word(next)) {
        // "innkjøperne i Sykehuspartner sagt", "the buyers at the trust agreed".
        let skip = if compiled.determiners.contains(tokens.word(next + 1)) {
            3
        } else {
            2
        };
        if is_verb(next + skip) {
            next += skip;
        }
    }
    let after = tokens.word(next);
    // The Swedish s-passive: "Har offerten godkänts av …".
    let active_participle = perfect
        && is_verb(next)
        && !compiled.infinitive_markers.contains(after)
        && !after.ends_with('s')
        && !is_in(PASSIVE_PARTICIPLES, after)
        && !rules
            .be_participle_endings
            .iter()
            .any(|ending| after.ends_with(ending));
    // Not after a determiner's phrase, which may run on over the verb ("your team get round
    // to").
    let infinitive = !led_by_determiner && compiled.infinitive_markers.contains(after);
    // It did something to a thing named after it ("Har prisene økt?" asks about the prices).
    let has_object = (next + 1..tokens.len())
        .take_while(|&at| same_clause(at))
        .any(|at| {
            let word = tokens.word(at);
            compiled.determiners.contains(word)
                || is_in(extra.pronoun_objects, word)
                || (is_definite_noun(rules, extra, word) && !is_name(tokens, text, at))
        });
    // A subject that could be the thing itself ("Har offerten fått ett bra mottagande?")
    // counts only when it is written as a person ("utviklerne", "upphandlarna") or does
    // something with a second verb ("fått testet", "rakk … å").
    let agent = is_agent_noun(tokens.word(phrase.end - 1));
    let second_verb = (rules.is_participle)(tokens.word(next + 1)) && same_clause(next + 1);
    // A noun led by a determiner ("the trust", "your FD") is no thing asked about when it has
    // done something to another.

    let named = is_name(tokens, text, start);
    let acts =
        infinitive || (active_participle && (agent || second_verb || led_by_determiner || named));
    (same_clause(next) && acts && has_object).then_some(NounSubject {
        phrase: start..end,
        verb: next,
    })
}

/// A noun phrase subject (`phrase`) and where its verb is: the words between, a place of the
/// party's ("at the trust"), are no topic either.
struct NounSubject {
    phrase: Range<usize>,
    verb: usize,
}

/// Definite endings of nouns of people who do something (Norwegian -er, Swedish -are, -ör):
/// "regnskapsføreren", "utviklerne", "upphandlarna", "revisorerna".
/// After a possessive they are indefinite: "era utvecklare", "deres utviklere".
const AGENT_ENDINGS: Words = words![
    "eren", "erne", "aren", "arna", "ören", "örerna", "istene", "isten", "isterna", "are", "ere",
];

fn is_agent_noun(word: &str) -> bool {
    AGENT_ENDINGS.iter().any(|ending| word.ends_with(ending))
}

/// "What did you find when you compared us with your current supplier?" for a question that
/// asks whether the customer compared the rep's offer with someone's, named after "with". (A
/// rewrite with "we" as its subject would read as a recap of what "we" agreed.)
fn comparison(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    address: Address,
) -> Option<String> {
    let verb = (0..tokens.len()).find(|&at| is_in(extra.compare_verbs, tokens.word(at)))?;
    // After the verb where it comes first ("a chance to compare our offer with"), else before
    // it ("mit … verglichen").
    let is_with = |at: &usize| is_in(extra.with_prepositions, tokens.word(*at));
    let with = (verb + 1..tokens.len())
        .find(is_with)
        .or_else(|| (1..verb).find(is_with))?;
    // Up to the party's noun, with a possessive after it ("leverandøren deres"): adjectives
    // before it may look like participles ("nåværende"), so only the verb of comparing ends it.
    let parties = &extra.compiled().parties;
    let mut last = None;
    let mut at = with + 1;
    while at < tokens.len() && at <= with + 6 && tokens.clause(at) == tokens.clause(with) {
        let word = tokens.word(at);
        if is_in(extra.compare_verbs, word) {
            break;
        }
        if is_listed_noun(extra, parties, word) {
            last = Some(at);
        } else if last == Some(at - 1) && rules.compiled().determiners.contains(word) {
            last = Some(at);
            break;
        }
        at += 1;
    }
    // "med det dere har i dag", "with what you pay now": no party, but what the offer was
    // compared with, up to the end of the question.
    let rest_of_question = at == tokens.len() && at > with + 1;
    let last = last.or(rest_of_question.then_some(at - 1))?;
    let partner = &text[tokens.byte_span(with + 1, last)];
    let rewrite = (extra.compared)(partner, address);
    // "compare our rates with", "sammenligne tilbudet vårt med": the question's own object
    // instead of "us", where it stands between the verb and the preposition.
    let has_object =
        with > verb + 1 && with <= verb + 5 && tokens.clause(verb) == tokens.clause(with);
    let rewrite = if has_object {
        with_object(
            &rewrite,
            partner,
            &text[tokens.byte_span(verb + 1, with - 1)],
        )?
    } else {
        rewrite
    };
    read_as_assumptive(rules, &rewrite).map(|_| rewrite)
}

/// `rewrite`, written as "… compared us with {partner}?", with `object` for "us".
fn with_object(rewrite: &str, partner: &str, object: &str) -> Option<String> {
    let before_partner = rewrite[..rewrite.rfind(partner)?].trim_end();
    let preposition = before_partner.rfind(' ')?;
    let us = before_partner[..preposition].rfind(' ')? + 1;
    Some(format!(
        "{}{}{}",
        &rewrite[..us],
        object,
        &rewrite[preposition..]
    ))
}

/// Subjects before a verb of sending that make it the rep's own ("the figures I sent").
const THE_REP: Words =
    words!["i", "we", "jag", "vi", "ich", "wir", "jeg", "ik", "wij", "we'll", "i'll",];

/// Where a request starts: its first modal ("could", "kannst", "möjlighet").
fn request_modal(extra: &RewriteRules, tokens: &Tokens) -> Option<usize> {
    (0..tokens.len()).find(|&at| is_in(extra.request_modals, tokens.word(at)))
}

/// A verb of sending, of passing something on or of asking someone else.
fn sends_or_passes_on(extra: &RewriteRules, word: &str) -> bool {
    is_in(extra.request_verbs, word) || is_in(extra.pass_on_verbs, word)
}

/// A question that asks the customer to send, give or pass on something, or to ask someone
/// ("Could you send me the figures?"), rather than after something they promised to do.
fn is_request(rules: &LangRules, extra: &RewriteRules, tokens: &Tokens) -> bool {
    let Some(modal) = request_modal(extra, tokens) else {
        return false;
    };
    // Passing on is asked of the customer by name ("could you ask"); "ni vill gå vidare" is no
    // request.
    let asks_the_customer = is_in(extra.you_subjects, tokens.word(modal + 1));
    (modal + 1..tokens.len()).any(|at| {
        let word = tokens.word(at);
        let by_the_rep = is_in(THE_REP, tokens.word(at - 1));
        // "Kunne dere sendt meg …?": a participle right after the modal and its subject is
        // the polite form of the request, not a past.
        let polite_participle = asks_the_customer && at == modal + 2;
        (is_in(extra.request_verbs, word)
            || (asks_the_customer && is_in(extra.pass_on_verbs, word)))
            && !by_the_rep
            && (polite_participle || !rules.compiled().past_forms.contains(word))
    })
}

/// A request for something the rep is to get, with a verb other than sending ("Können Sie
/// mir Ansprechpartner nennen?", "Could you set me up with a test login?"): as if done, it would
/// ask what the customer decided about it; no line is better than that one.
///
/// To be told whether or about something ("let me know whether", "sagen, ob") is asking after
/// the customer's side, which has its rewrite.
fn asks_for_the_rep(rules: &LangRules, extra: &RewriteRules, tokens: &Tokens) -> bool {
    let Some(modal) = request_modal(extra, tokens) else {
        return false;
    };
    let asks_after_something =
        find_pattern(tokens, 0..tokens.len(), &rules.compiled().embedded_yes_no).is_some()
            || (0..tokens.len()).any(|at| {
                is_in(extra.topic_prepositions, tokens.word(at)) || is_in(WHETHER, tokens.word(at))
            });
    !asks_after_something
        && is_in(extra.you_subjects, tokens.word(modal + 1))
        && (modal + 2..tokens.len())
            .take_while(|&at| tokens.clause(at) == tokens.clause(modal))
            .any(|at| is_in(TO_THE_REP, tokens.word(at)))
}

/// The words that embed a yes/no question: "let me know whether", "vertellen of".
const WHETHER: Words = words!["whether", "if", "ob", "om", "of"];

/// Particles of sending ("send over", "skicka över", "sende tilbake"), and the "om" of Dutch
/// "om het contract terug te sturen".
const SEND_PARTICLES: Words = words![
    "over", "across", "through", "back", "över", "tillbaka", "tilbake", "terug", "door", "om",
];

/// The rep as the receiver after such a preposition.
const TO_THE_REP: Words =
    words!["me", "us", "mir", "mich", "uns", "mig", "oss", "meg", "mij", "ons"];

/// A request to send the rep something ("Could you send me the site survey results?") asks,
/// as F3 wants, as if the customer will: when they had planned to send it, about the thing
/// named. A request to pass something on, or to ask someone else, gets no rewrite: a line
/// about sending it to the rep would change who was to do what, and a template would ask
/// about a thread the request never named.
fn requested(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    address: Address,
) -> Rewrites {
    // Only the clause that asks: "…, so that we can move on" says nothing about who sends.
    let Some(verb) = (0..tokens.len()).find(|&at| sends_or_passes_on(extra, tokens.word(at)))
    else {
        return Rewrites::default();
    };
    let clause = (0..tokens.len()).filter(|&at| tokens.clause(at) == tokens.clause(verb));
    // "Kannst du Sabine bitten, mir … zu schicken?": the asking may stand in the clause before.
    let to_someone_else = (0..verb)
        .chain(clause.clone())
        .any(|at| is_in(extra.pass_on_verbs, tokens.word(at)))
        || clause.filter(|&at| at > verb).any(|at| {
            // Followed by anyone but the rep: to pass it on ("forward the proposal to your head
            // of procurement").
            is_in(extra.to_prepositions, tokens.word(at))
                && at + 1 < tokens.len()
                && !is_in(TO_THE_REP, tokens.word(at + 1))
        });
    // The thing sent is no phrase after a preposition ("mått på lagerlokalen", "the plans for
    // the site": where or what for), only one after the verb, its receiver, its subject, its
    // particle or Dutch "om … te".
    let topic = (!to_someone_else)
        .then(|| find_topic(rules, extra, tokens, text))
        .flatten()
        .filter(|topic| {
            let before = topic.before.as_str();
            !rules.compiled().phrase_stops.contains(before)
                || is_in(SEND_PARTICLES, before)
                || is_in(TO_THE_REP, before)
                || is_in(extra.request_verbs, before)
                || rules.compiled().subjects.contains(before)
        });
    let rewrite = if to_someone_else {
        passed_on(rules, extra, tokens, text, address)
    } else {
        topic.and_then(|topic| {
            let rewrite = (extra.requested)(&topic, address)?;
            keeps_topic_assumptively(rules, extra, &rewrite, &topic, None).then_some(rewrite)
        })
    };
    Rewrites {
        ready: rewrite.into_iter().collect(),
        templates: Vec::new(),
    }
}

/// A request to pass something on or to ask someone else ("Could you ask Helen to send back
/// the signed order?") is asked again with its own verb phrase, as written, as if the customer
/// had planned to do it: who was to do what stays as the rep put it. `None` unless the customer
/// is the one asked ("could you", not "would it be possible") and the rewrite reads as
/// assumptive and keeps the thing passed on.
fn passed_on(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    address: Address,
) -> Option<String> {
    let modal = request_modal(extra, tokens)?;
    if !is_in(extra.you_subjects, tokens.word(modal + 1)) {
        return None;
    }
    let asked = |at: usize| sends_or_passes_on(extra, tokens.word(at));
    // To the end, with what is to be done in a clause of its own ("Sabine bitten, mir die
    // Zeichnungen zu schicken", "fragen, ob …") and a later one: native reviewers found "innan
    // vi kopplar upp oss" part of what was asked.
    let start = (modal + 2..tokens.len())
        .find(|&at| !is_in(extra.request_openings, tokens.word(at)))
        .unwrap_or(tokens.len());
    let kept: Vec<usize> = (start..tokens.len())
        .filter(|&at| !is_in(extra.request_fillers, tokens.word(at)))
        .collect();
    // The words kept, each with what followed it in the text, the last without.
    let mut phrase = String::new();
    for (index, &at) in kept.iter().enumerate() {
        let word = tokens.byte_span(at, at);
        phrase.push_str(&text[word.clone()]);
        if index + 1 < kept.len() {
            let next = tokens.byte_span(at + 1, at + 1).start.max(word.end);
            phrase.push_str(&text[word.end..next]);
        }
    }
    if !kept.iter().any(|&at| asked(at)) {
        return None;
    }
    let rewrite = (extra.passed_on)(&phrase, address)?;
    // The phrase is the question's own, so the topic is in it unless it stood before the
    // modal; the rewrite's own topic may be another noun of the phrase ("accounts").
    let topic = find_topic(rules, extra, tokens, text);
    read_as_assumptive(rules, &rewrite)
        .is_some_and(|said| {
            topic.is_none_or(|topic| (0..said.len()).any(|at| said.word(at) == topic.head))
        })
        .then_some(rewrite)
}

/// A separable verb split at its prefix ("weiter" + "leiten", "door" + "sturen"), for the
/// infinitive marker to go between; the rest must be a verb of four letters or more.
fn separable_split(verb: &str, prefixes: Words) -> Option<(&str, &str)> {
    prefixes
        .iter()
        .find(|prefix| verb.starts_with(prefix) && verb.len() >= prefix.len() + 4)
        .map(|prefix| verb.split_at(prefix.len()))
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
    /// The head noun, lowercase.
    pub head: String,
}

/// How good a noun phrase is as a topic.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// A light or carrier noun with a complement or a noun before it: "the status of the
    /// migration", "the floor plan".
    Weak,
    Strong,
}

/// The topic of a question: the first noun phrase that is neither a party, a time nor the
/// noun of an idiom, one after a preposition of "about" first, light and carrier nouns last.
fn find_topic(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
) -> Option<Topic> {
    let mut best: Option<(Strength, Range<usize>, usize)> = None;
    let subject = noun_subject(rules, extra, tokens, text);
    for at in 0..tokens.len() {
        let word = tokens.word(at);
        let after_determiner = at > 0 && rules.compiled().determiners.contains(tokens.word(at - 1));
        let core = if rules.compiled().determiners.contains(word) {
            determiner_phrase(rules, extra, tokens, text, at)
        } else if let Some(genitive) = genitive_phrase(rules, extra, tokens, text, at) {
            Some(genitive)
        } else if let Some(bare) = bare_phrase(rules, extra, tokens, text, at) {
            Some(bare)
        } else if !after_determiner
            // A capitalised word inside the sentence is a name ("Har Johan hunnit …"), never
            // the topic, where nouns are not capitalised; an acronym is no name ("API-et").
            && (extra.capitalised_nouns || !is_name(tokens, text, at))
            && is_definite_noun(rules, extra, word)
            && !(at > 0 && extra.compiled().indefinite_markers.contains(tokens.word(at - 1)))
            && !(at == 0 && opens_as_weak_past(rules, tokens))
        {
            Some(at..at + 1)
        } else {
            None
        };
        let Some(core) = core else { continue };
        // "Ruud van de technische dienst": where a person named works is no topic.
        let after_name = at == 3
            && is_in(extra.complement_prepositions, tokens.word(2))
            && is_name(tokens, text, 1);
        if after_name && !extra.capitalised_nouns {
            continue;
        }
        if subject
            .as_ref()
            .is_some_and(|subject| (subject.phrase.start..subject.verb).contains(&core.start))
        {
            continue;
        }
        let head = core.end - 1;
        // "the 14th", "den 3.": a date or a number is when or how many, never the thing.
        if is_number(tokens.word(head)) {
            continue;
        }
        // "meneer De Graaf": where nouns are not capitalised, a capitalised head is a name
        // (an acronym, "the SLA", is not).
        if !extra.capitalised_nouns && head > core.start && is_name(tokens, text, head) {
            continue;
        }
        // "your team get round": a party before the head, where the phrase ran on too far.
        // A determiner is never that party, also when it looks like one ("vårt" is no spring).
        let never_topics = &extra.compiled().never_topics;
        let names_a_non_topic = is_listed_noun(extra, never_topics, tokens.word(head))
            || (core.start..head).any(|at| {
                let word = tokens.word(at);
                !rules.compiled().determiners.contains(word)
                    && is_listed(extra, never_topics, word, false)
            });
        if names_a_non_topic {
            continue;
        }
        let is_weak = is_listed(
            extra,
            &extra.compiled().weak_topics,
            tokens.word(head),
            false,
        );
        let complement = complement_end(rules, extra, tokens, core.end, is_weak, text);
        // A second complement of the first: "søknaden om ekstra midler til opplæring".
        let complement = if complement > core.end {
            complement_end(rules, extra, tokens, complement, false, text)
        } else {
            complement
        };
        let phrase = core.start..complement;
        // "the floor plan": a noun before a light noun narrows it as a complement does; an
        // updated plan is still just the plan.
        let narrowed_by_noun = extra.open_compounds
            && head > core.start + 1
            && !is_regular_past(rules, tokens.word(head - 1));
        let strength = if !is_weak {
            Strength::Strong
        } else if phrase.end > core.end || narrowed_by_noun {
            Strength::Weak
        } else {
            continue;
        };
        // "en avgjørelse om nytt CRM-system", "en vurdering av de to alternativene": a light
        // noun with an indefinite article only carries the thing its complement names.
        let carried = strength == Strength::Weak
            && phrase.end > core.end + 1
            && extra
                .compiled()
                .indefinite_markers
                .contains(tokens.word(core.start))
            && is_in(extra.complement_prepositions, tokens.word(core.end));
        let (phrase, head) = if carried {
            (core.end + 1..phrase.end, phrase.end - 1)
        } else {
            (phrase, head)
        };
        // Not where "about" joins a complement to the phrase found before ("forslaget om en
        // lengre avtale").
        let inside_best = best
            .as_ref()
            .is_some_and(|(_, found, _)| found.end > at.saturating_sub(1));
        let after_about = at > 0
            && !inside_best
            && extra
                .compiled()
                .topic_prepositions
                .contains(tokens.word(at - 1));
        // "the brochure about the units": the phrase after "about" is the complement of a
        // topic already found, which names the thing.
        let in_complement = best.as_ref().is_some_and(|(found, before, _)| {
            *found == Strength::Strong && before.contains(&phrase.start)
        });
        if after_about && strength == Strength::Strong && !in_complement {
            return sayable(rules, tokens, &phrase, head)
                .then(|| topic(extra, tokens, text, phrase, head));
        }
        if best.as_ref().is_none_or(|(found, ..)| strength > *found) {
            best = Some((strength, phrase, head));
        }
    }
    if best.is_none() {
        if let Some(relative) = relative_topic(rules, extra, tokens) {
            let head = relative.end - 1;
            return Some(topic(extra, tokens, text, relative, head));
        }
    }
    let (_, phrase, head) = best?;
    if unknown_word_before(rules, extra, tokens, text, &phrase) {
        return None;
    }
    sayable(rules, tokens, &phrase, head).then(|| topic(extra, tokens, text, phrase, head))
}

/// Number words, which as the last word of a phrase say how many, not what.
const NUMBER_WORDS: Words = words![
    "two", "three", "four", "five", "six", "ten", "två", "tre", "fyra", "fem", "sex", "tio",
    "zwei", "drei", "vier", "fünf", "sechs", "zehn", "to", "fire", "seks", "ti", "twee", "drie",
    "vier", "vijf", "zes", "tien",
];

/// Whether a phrase can stand as the topic of a line said to a customer: it ends in a noun,
/// not in a function word, a number or a verb ("het nou", "twee", "mulighet til å", "het
/// lukken"). A line that fails is given as a template instead.
fn sayable(rules: &LangRules, tokens: &Tokens, phrase: &Range<usize>, head: usize) -> bool {
    let compiled = rules.compiled();
    let last = tokens.word(head);
    let has_infinitive = phrase
        .clone()
        .any(|at| compiled.infinitive_markers.contains(tokens.word(at)));
    // Dutch "het" before an infinitive without complement is the verb's subject or object
    // ("zou het lukken", "het erg vinden"); "het koppelen van de boekhouding" is a noun.
    let verbal_noun = tokens.word(phrase.start) == "het"
        && head > phrase.start
        && head + 1 == phrase.end
        && last.ends_with("en");
    // "en hyggelig (prat)", "ett trevligt": a phrase cut before its noun ends in an adjective.
    let adjective = ADJECTIVE_ENDINGS
        .iter()
        .any(|ending| last.ends_with(ending));
    !(is_function_word(rules, last)
        || is_number(last)
        || has_infinitive
        || verbal_noun
        || adjective)
}

/// Endings of adjectives that no noun a rep asks about has, in any of the languages.
const ADJECTIVE_ENDINGS: Words = words!["lig", "ligt", "liga"];

/// A word of the tables' closed classes: pronouns, fillers, auxiliaries, prepositions and
/// other phrase stops, determiners, wh-words.
fn is_function_word(rules: &LangRules, word: &str) -> bool {
    let compiled = rules.compiled();
    [
        &compiled.subjects,
        &compiled.fillers,
        &compiled.question_verbs,
        &compiled.phrase_stops,
        &compiled.determiners,
        &compiled.wh_words,
        &compiled.perfect_auxiliaries,
        &compiled.auxiliaries,
        &compiled.be_forms,
    ]
    .iter()
    .any(|list| list.contains(word))
}

fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || is_in(NUMBER_WORDS, word)
}

/// Words with "'s" that are a pronoun or wh-word and "is" or "has", not a genitive.
const NOT_GENITIVES: Words = words![
    "it's", "that's", "what's", "there's", "here's", "let's", "he's", "she's", "who's", "where's",
    "how's", "when's", "why's", "one's",
];

/// Time words before a genitive that belong to it: "next year's budget".
const GENITIVE_TIMES: Words = words!["next", "last", "this"];

/// A noun phrase led by a genitive, which stands for a determiner: "next year's budget", "last
/// quarter's figures" (English), from the genitive (or the time word before it) to its noun.
fn genitive_phrase(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    at: usize,
) -> Option<Range<usize>> {
    let word = tokens.word(at);
    let is_genitive = word.ends_with("'s") && word.len() > 3 && !is_in(NOT_GENITIVES, word);
    if !is_genitive || !extra.open_compounds || is_name(tokens, text, at) {
        return None;
    }
    let next = tokens.word(at + 1);
    let noun = at + 1 < tokens.len()
        && tokens.clause(at + 1) == tokens.clause(at)
        && !ends_phrase(rules, next)
        && !rules.compiled().determiners.contains(next);
    if !noun {
        return None;
    }
    let start = match at.checked_sub(1) {
        Some(before) if is_in(GENITIVE_TIMES, tokens.word(before)) => before,
        _ => at,
    };
    // "last year's usage figures": the nouns of a compound after the first.
    let mut end = at + 2;
    while end < at + 4
        && tokens.clause(end) == tokens.clause(at)
        && is_bare_noun(rules, extra, tokens, text, end)
        && !is_in(PHRASAL_PARTICLES, tokens.word(end + 1))
    {
        end += 1;
    }
    Some(start..end)
}

/// Whether the question opens with a weak past verb before its subject ("Passet det å …",
/// "Fungerte det"), which looks like a definite noun (passet, "the passport"). A noun there
/// with a relative clause has a verb after the pronoun ("Tilbudet du sendte …").
fn opens_as_weak_past(rules: &LangRules, tokens: &Tokens) -> bool {
    let compiled = rules.compiled();
    let ends_like_past = |word: &str| {
        rules
            .finite_past_suffixes
            .iter()
            .any(|suffix| word.ends_with(suffix))
    };
    let after = tokens.word(2);
    ends_like_past(tokens.word(0))
        && tokens.clause(1) == tokens.clause(0)
        && compiled.subjects.contains(tokens.word(1))
        && !compiled.question_verbs.contains(after)
        && !compiled.past_forms.contains(after)
        && !ends_like_past(after)
}

/// The pronoun and the relative clause of "we" or "I" after it that a question asks about
/// when it names no noun: "det vi diskuterte", "det vi snakket om" (with a preposition of
/// "about" at its end), up to the next adverb or preposition.
fn relative_topic(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
) -> Option<Range<usize>> {
    let at = (1..tokens.len().saturating_sub(2)).find(|&at| {
        let before = tokens.word(at - 1);
        // An object, not the cleft "vad var det vi bestämde".
        !rules.compiled().be_forms.contains(before)
            && !rules.compiled().question_verbs.contains(before)
            && is_in(extra.pronoun_objects, tokens.word(at))
            && rules.compiled().first_person.contains(tokens.word(at + 1))
            && tokens.clause(at + 2) == tokens.clause(at)
    })?;
    let mut end = at + 2;
    while end < tokens.len() && end < at + 5 && tokens.clause(end) == tokens.clause(at) {
        let word = tokens.word(end);
        if extra.compiled().topic_prepositions.contains(word) {
            end += 1;
            break;
        }
        if rules.compiled().phrase_stops.contains(word) {
            break;
        }
        end += 1;
    }
    // A verb of the past must follow "we": "det vi diskuterte", not "det vi".
    (end > at + 2 && is_regular_past(rules, tokens.word(at + 2))
        || rules.compiled().past_forms.contains(tokens.word(at + 2))
        || rules
            .compiled()
            .question_verbs
            .contains(tokens.word(at + 2)))
    .then_some(at..end)
}

/// Whether the word at `at` is written as a name: a capital inside the sentence, then a small
/// letter.
fn is_name(tokens: &Tokens, text: &str, at: usize) -> bool {
    let original = tokens
        .list
        .get(at)
        .map_or("", |token| &text[token.original.clone()]);
    tokens.is_name_like(at) && original.chars().nth(1).is_some_and(crate::text::is_lower)
}

/// Whether `word` is one of the listed nouns, alone or at the end of a compound
/// ("styrelsemötet").
fn is_listed_noun(extra: &RewriteRules, stems: &WordSet, word: &str) -> bool {
    is_listed(extra, stems, word, true)
}

/// Whether `word` is one of the listed nouns with one of the language's endings; as the end
/// of a compound too when `in_compounds`. Stems of three letters or fewer only match whole
/// words, or "dag" would match "idag".
fn is_listed(extra: &RewriteRules, stems: &WordSet, word: &str, in_compounds: bool) -> bool {
    extra
        .compiled()
        .head_endings
        .iter()
        .copied()
        .chain([""])
        .filter_map(|ending| word.strip_suffix(ending))
        .any(|rest| {
            // A stem is a whole word, or (in compounds) a longer stem the word ends with: each
            // end of the word is looked up once, instead of comparing every stem.
            stems.contains(rest)
                || (in_compounds
                    && rest.char_indices().skip(1).any(|(at, _)| {
                        rest[at..].chars().count() > 3 && stems.contains(&rest[at..])
                    }))
        })
}

/// The lists looked up for every word of a question, as sets, per language.
struct CompiledRewriteRules {
    /// With the parties.
    never_topics: WordSet,
    parties: WordSet,
    weak_topics: WordSet,
    /// Tried on every word: split out once.
    head_endings: Vec<&'static str>,
    topic_prepositions: WordSet,
    indefinite_markers: WordSet,
    /// Looked up for every word of every rewrite said again.
    look_verbs: WordSet,
}

impl RewriteRules {
    fn compiled(&self) -> &'static CompiledRewriteRules {
        static COMPILED: [OnceLock<CompiledRewriteRules>; Lang::COUNT] =
            [const { OnceLock::new() }; Lang::COUNT];
        // The tables are the five statics: which one `self` is gives the language.
        let lang = Lang::ALL
            .into_iter()
            .find(|&lang| std::ptr::eq(rewrite_rules_for(lang), self))
            .unwrap_or(Lang::En);
        COMPILED[lang.index()].get_or_init(|| CompiledRewriteRules {
            never_topics: self
                .never_topics
                .iter()
                .chain(self.parties.iter())
                .collect(),
            parties: WordSet::new(self.parties),
            weak_topics: WordSet::new(self.weak_topics),
            head_endings: self.head_endings.iter().collect(),
            topic_prepositions: WordSet::new(self.topic_prepositions),
            indefinite_markers: WordSet::new(self.indefinite_markers),
            look_verbs: WordSet::new(self.look_verbs),
        })
    }
}

/// The end of the complement joined to a noun phrase ending at `end` ("of the autumn range",
/// "av affärssystem"): up to three more words, or `end` when there is none.
fn complement_end(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    end: usize,
    after_light_noun: bool,
    text: &str,
) -> usize {
    // "zum Thema Wartungsintervalle": a light German noun takes a noun in apposition.
    let apposition = after_light_noun
        && extra.capitalised_nouns
        && tokens.clause(end) == tokens.clause(end - 1)
        && tokens
            .list
            .get(end)
            .is_some_and(|token| text[token.original.clone()].starts_with(is_upper));
    if apposition {
        return end + 1;
    }
    if !is_in(extra.complement_prepositions, tokens.word(end)) {
        return end;
    }
    let mut last = end + 1;
    while last < tokens.len() && last <= end + 3 && tokens.clause(last) == tokens.clause(end) {
        let word = tokens.word(last);
        let is_article = last == end + 1 && rules.compiled().determiners.contains(word);
        if !is_article
            && (ends_phrase(rules, word)
                || is_verb_ending(extra, word)
                || is_in(extra.request_verbs, word))
        {
            break;
        }
        last += 1;
        // Where nouns are capitalised, the complement ends with its noun ("des Zugangs").
        let is_noun = tokens
            .list
            .get(last - 1)
            .is_some_and(|token| text[token.original.clone()].starts_with(is_upper));
        if extra.capitalised_nouns && !is_article && is_noun {
            break;
        }
    }
    let has_noun = last > end + 1 && !rules.compiled().determiners.contains(tokens.word(last - 1));
    if has_noun && !is_listed_noun(extra, &extra.compiled().never_topics, tokens.word(last - 1)) {
        last
    } else {
        end
    }
}

fn ends_phrase(rules: &LangRules, word: &str) -> bool {
    rules.compiled().phrase_stops.contains(word)
        // "en uppdatering om vad som hänt": a wh-word opens a clause, not a noun.
        || rules.compiled().wh_words.contains(word)
        || rules.compiled().subjects.contains(word)
        || rules.compiled().question_verbs.contains(word)
        || rules.compiled().past_forms.contains(word)
        // Also inflected or prefixed: "welke punten stonden".
        || super::is_strong_past(rules, word)
        || (rules.is_participle)(word)
}

/// A word with an ending of `not_noun_endings`, which follows a noun only as a verb: "of de
/// gemeente de subsidie toekent".
fn is_verb_ending(extra: &RewriteRules, word: &str) -> bool {
    extra
        .not_noun_endings
        .iter()
        .any(|ending| word.ends_with(ending) && word.len() > ending.len())
}

/// The part of a word from its apostrophe on: "'s" in "tender's".
fn clitic_of(word: &str) -> String {
    word.rfind('\'')
        .map_or_else(String::new, |at| word[at..].to_owned())
}

fn topic(
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    phrase: Range<usize>,
    head: usize,
) -> Topic {
    let span = tokens.byte_span(phrase.start, phrase.end - 1);
    let as_written = &text[span];
    // "where the tender's at": the clitic is the verb, not part of the noun.
    let as_written = match is_in(extra.clitics, &clitic_of(tokens.word(phrase.end - 1))) {
        true => as_written
            .rfind(['\'', '’'])
            .map_or(as_written, |apostrophe| &as_written[..apostrophe]),
        false => as_written,
    };
    let before = phrase
        .start
        .checked_sub(1)
        .map_or_else(String::new, |at| tokens.word(at).to_owned());
    // "some budget" is asked about as "the budget": English puts the article back that the
    // quantifier stood for.
    let quantified =
        is_in(extra.bare_markers, &before) && !is_in(extra.complement_prepositions, &before);
    let with_article = quantified
        .then(|| (extra.article_for_quantified)(as_written))
        .flatten();
    Topic {
        phrase: if let Some(with_article) = with_article {
            with_article
        } else if phrase.start == 0 {
            sentence_case_undone(as_written)
        } else {
            as_written.to_owned()
        },
        before,
        head: tokens.word(head).to_owned(),
    }
}

/// A phrase that opened the question, with the capital it had only for that: "Provkörningen
/// med" → "provkörningen med". Acronyms ("MT-besluit") and the German formal "Ihr" keep theirs.
fn sentence_case_undone(phrase: &str) -> String {
    let mut chars = phrase.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return phrase.to_owned();
    };
    let keeps_capital = is_upper(second) || crate::text::lowercase(phrase).starts_with("ihr");
    if keeps_capital {
        return phrase.to_owned();
    }
    let mut undone = String::with_capacity(phrase.len());
    undone.push(crate::text::lower_char(first));
    undone.push_str(&phrase[first.len_utf8()..]);
    undone
}

/// The determiner at `at` and up to three words of its noun phrase (four where compounds are
/// written apart: "the draft service level agreement"), in the same clause. A
/// participle after the noun ends the phrase ("the contract signed"); one right after the
/// determiner is an adjective ("the updated price list").
fn determiner_phrase(
    rules: &LangRules,
    extra: &RewriteRules,
    tokens: &Tokens,
    text: &str,
    at: usize,
) -> Option<Range<usize>> {
    if rules.compiled().determiners.contains(tokens.word(at + 1)) {
        return None;
    }
    let is_noun = |index: usize| {
        tokens.list.get(index).is_some_and(|token| {
            text[token.original.clone()].starts_with(is_upper)
                && !rules.compiled().subjects.contains(tokens.word(index))
        })
    };
    let longest = if extra.open_compounds { 4 } else { 3 };
    let mut end = at + 1;
    while end < tokens.len() && end <= at + longest && tokens.clause(end) == tokens.clause(at) {
        let word = tokens.word(end);
        if extra.capitalised_nouns {
            if is_noun(end) {
                return Some(at..end + 1);
            }
            // A participle right before the noun is its adjective: "unserem überarbeiteten
            // Angebot".
            let before_noun = is_noun(end + 1) && tokens.clause(end + 1) == tokens.clause(at);
            if before_noun && (rules.is_participle)(word) {
                end += 1;
                continue;
            }
        }
        let participle_after_noun = end > at + 1 && is_regular_past(rules, word);
        let verb_after_noun = end > at + 1 && is_verb_ending(extra, word);
        // Right after an article that is never a pronoun, a word that is also a past form is
        // a noun: "de maten", not "mat" (measured).
        let noun_after_article = end == at + 1
            && is_in(ARTICLES, tokens.word(at))
            && !is_in(extra.pronoun_articles, tokens.word(at))
            && !rules.compiled().phrase_stops.contains(word);
        if (ends_phrase(rules, word) && !noun_after_article)
            || participle_after_noun
            || verb_after_noun
            // Dutch puts the infinitive of a request after its object: "de maten sturen".
            || is_in(extra.request_verbs, word)
            // "the new dosing pumps pass", "de betalingstermijn nou weer".
            || is_in(extra.pass_on_verbs, word)
            || rules.compiled().fillers.contains(word)
            || rules.compiled().determiners.contains(word)
        {
            break;
        }
        end += 1;
    }
    let needs_definite = is_in(extra.pronoun_articles, tokens.word(at));
    let ends_definite = end > at + 1 && is_definite_noun(rules, extra, tokens.word(end - 1));
    (end > at + 1 && !extra.capitalised_nouns && (!needs_definite || ends_definite))
        .then_some(at..end)
}

/// Articles that are only articles in the languages that write them (Swedish and Norwegian
/// "de" is also "they", and is excluded there by `pronoun_articles`).
const ARTICLES: Words = words!["the", "de", "een"];

fn is_verb_or_subject(rules: &LangRules, word: &str) -> bool {
    is_function_word(rules, word)
        || is_regular_past(rules, word)
        || super::is_strong_past(rules, word)
        || rules.compiled().past_forms.contains(word)
}

fn is_regular_past(rules: &LangRules, word: &str) -> bool {
    rules
        .past_suffixes
        .iter()
        .any(|suffix| word.ends_with(suffix))
        && !rules.compiled().not_past.contains(word)
}

fn is_definite_noun(rules: &LangRules, extra: &RewriteRules, word: &str) -> bool {
    word.chars().count() >= 5
        && extra
            .definite_suffixes
            .iter()
            .any(|suffix| word.ends_with(suffix))
        && !extra
            .not_noun_endings
            .iter()
            .any(|ending| word.ends_with(ending))
        && !rules.compiled().phrase_stops.contains(word)
        && !rules.compiled().question_verbs.contains(word)
        && !rules.compiled().past_forms.contains(word)
        && !rules.compiled().wh_words.contains(word)
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

#[cfg(test)]
mod tests {
    use crate::question::analyze_question;
    use crate::Lang;

    #[test]
    fn every_example_gets_its_rewrite_or_none() {
        let mut failures = Vec::new();
        for lang in Lang::ALL {
            let examples = match lang {
                Lang::En => super::en::EXAMPLES,
                Lang::Sv => super::sv::EXAMPLES,
                Lang::De => super::de::EXAMPLES,
                Lang::Nb => super::nb::EXAMPLES,
                Lang::Nl => super::nl::EXAMPLES,
            };
            for &(question, expected) in examples {
                let analysis = analyze_question(question, Some(lang), lang);
                let got = analysis.rewrites.first().map(String::as_str);
                if got != expected {
                    failures.push(format!("{question:?}: {got:?}, not {expected:?}"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Reviewers found a status, an approval or a talk with someone rewritten as the customer's
    /// opinion, and requests rewritten as if done: a request to send asks when it was planned.
    #[test]
    fn no_status_approval_or_talk_becomes_an_opinion_and_no_request_is_sent() {
        let opinion = ["think of", "tyckte", "fanden", "syntes", "vond"];
        let cases = [
            (Lang::En, "Is the contract signed yet?"),
            (Lang::En, "Have you discussed the budget with the board?"),
            (Lang::Sv, "Är avtalet påskrivet?"),
            (Lang::Sv, "Har styrelsen godkänt de nya licenserna?"),
            (Lang::De, "Ist der Vertrag schon unterschrieben?"),
            (
                Lang::De,
                "Haben Sie mit Ihrer IT über die Schnittstelle gesprochen?",
            ),
            (Lang::Nb, "Er kontrakten signert?"),
            (
                Lang::Nb,
                "Har dere bestemt dere for ett av de tre tilbudene?",
            ),
            (Lang::Nl, "Is het contract al getekend?"),
            (
                Lang::Nl,
                "Hebben jullie de begroting met het bestuur besproken?",
            ),
        ];
        for (lang, question) in cases {
            let analysis = analyze_question(question, Some(lang), lang);
            assert!(!analysis.rewrites.is_empty(), "{question}");
            for rewrite in &analysis.rewrites {
                assert!(
                    !opinion.iter().any(|word| rewrite.contains(word)),
                    "{question}: {rewrite}"
                );
            }
        }
        let requests = [
            (Lang::En, "Could you send me the offer?"),
            (Lang::Sv, "Kan du skicka offerten till mig?"),
            (Lang::De, "Könnten Sie mir das Angebot schicken?"),
            (Lang::Nb, "Kan du sende meg tilbudet?"),
            (Lang::Nl, "Zou je me de offerte kunnen sturen?"),
        ];
        // Asked as planned, never as sent, decided or liked.
        let planned = ["planning to", "tänkt", "vor,", "tenkt", "van plan"];
        for (lang, question) in requests {
            let analysis = analyze_question(question, Some(lang), lang);
            assert_eq!(analysis.rewrites.len(), 1, "{question}");
            let rewrite = &analysis.rewrites[0];
            assert!(
                planned.iter().any(|word| rewrite.contains(word))
                    && !opinion.iter().any(|word| rewrite.contains(word)),
                "{question}: {rewrite}"
            );
        }
        // Passing something on, or asking someone else to send it, is not the customer
        // sending the rep something: asked as planned with the question's own words, so that
        // whoever was to receive or send it still does.
        let handed_on = [
            (
                Lang::En,
                "Could you ask Helen to send back the signed order?",
                "ask Helen to send back the signed order",
            ),
            (
                Lang::En,
                "Would you mind forwarding the proposal to your CFO?",
                "forward the proposal to your CFO",
            ),
            (
                Lang::Sv,
                "Kan du be Kristina skicka tillbaka det signerade avtalet?",
                "be Kristina skicka tillbaka det signerade avtalet",
            ),
            (
                Lang::De,
                "Könnten Sie das Angebot bitte an Ihren Einkauf weiterleiten?",
                "das Angebot an Ihren Einkauf weiterzuleiten",
            ),
            (
                Lang::Nb,
                "Kan du be Hanne sende tilbake den signerte kontrakten?",
                "be Hanne sende tilbake den signerte kontrakten",
            ),
            (
                Lang::Nl,
                "Kunt u de offerte doorsturen naar uw inkoper?",
                "de offerte door te sturen naar uw inkoper",
            ),
        ];
        for (lang, question, kept) in handed_on {
            let analysis = analyze_question(question, Some(lang), lang);
            let [rewrite] = analysis.rewrites.as_slice() else {
                panic!("{question}: {:?}", analysis.rewrites);
            };
            assert!(
                rewrite.contains(kept) && planned.iter().any(|word| rewrite.contains(word)),
                "{question}: {rewrite}"
            );
        }
        // Asked of no one ("would it be possible"), there is no customer's plan to ask about.
        let analysis = analyze_question(
            "Would it be possible to forward the spec sheet to your site engineer?",
            Some(Lang::En),
            Lang::En,
        );
        assert!(analysis.rewrites.is_empty(), "{:?}", analysis.rewrites);
    }
}
