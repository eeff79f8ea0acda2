//! The question analyzer of the follow-up coach (F2, F3 in `shared/coaching-rules.md`).
//!
//! It reads what a rep plans to ask a customer on a follow-up call and says which kind of
//! question it is: `closed` (yes/no, flagged by F3), `recap` (asks the customer to bring the rep
//! up to date, flagged by F2), `assumptive` (a wh-question in the past or perfect tense, what F3
//! asks for), `open` (another wh-question) or `none`.
//!
//! Decisions a caller may want to know:
//! - The *main* question of a passage is its last sentence that is a question. A sentence is a
//!   question when it ends with "?", or when its word order is interrogative without one: an
//!   auxiliary followed by a subject ("Have you looked at the quote."), a wh-word followed by
//!   a verb rather than a subject ("What did the board say"), or a polite imperative that
//!   embeds a wh-clause ("Let me know what you decided").
//! - Inside a sentence the clauses (split at commas, dashes, colons) are read in order and the
//!   last one that opens like a question decides, so "Last time we talked about X — what did
//!   you conclude?" is assumptive. A modal opener whose verb is one of telling or knowing hands
//!   over to the wh-clause it embeds ("Could you tell me what you decided?"); other modal
//!   requests stay closed ("Could you check the figures?").
//! - A recap request anywhere in the main question wins over everything else.
//! - `rules` lists the rules the question breaks: `["F3"]` for closed, `["F2"]` for recap, and
//!   nothing for assumptive, open and none. An open question breaks no rule (it is fine for
//!   discovery); its message says why F3 would want more in a follow-up.
//! - Rewrites are given for closed and recap questions (see `rewrite`).
//! - Only the last 16 KiB of a text are read (see `scan`), so any input is analysed in
//!   bounded time.

mod de;
mod en;
mod nb;
mod nl;
mod rewrite;
pub(crate) mod scan;
mod sv;

use std::ops::Range;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::detect::detect_lang;
use super::rules::rule_text;
use super::words::{WordSet, Words};
use super::Lang;
use scan::Tokens;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    Closed,
    Assumptive,
    Open,
    Recap,
    None,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuestionAnalysis {
    /// The language analysed.
    pub lang: Lang,
    /// True when no language was given and `lang` was detected from the text; false when it
    /// was given, or when detection was unsure and the interface language was used instead.
    pub lang_detected: bool,
    pub kind: QuestionKind,
    /// Ids of the rules the question breaks (see the module documentation).
    pub rules: Vec<&'static str>,
    /// A short explanation in the interface language.
    pub message: String,
    /// Byte range in the analysed text of what decided the verdict; `0..0` for `None`.
    pub span: Range<usize>,
    /// True when there is a question but the rules cannot tell its kind: `kind` is then
    /// `None` and `message` says that the coach is unsure, rather than a guess.
    pub unsure: bool,
    /// Assumptive rewrites in the analysed language, for closed and recap questions, ready
    /// to be said as they are.
    pub rewrites: Vec<String>,
    /// Rewrites with a bracketed gap for the rep to fill (`[topic]`), given instead of
    /// `rewrites` when the question's topic could not be found with confidence: a template
    /// is shown as one to fill in, never as ready to say.
    pub templates: Vec<String>,
}

impl QuestionAnalysis {
    /// Whether the text asks a question, also one whose kind the rules cannot tell.
    pub fn asks(&self) -> bool {
        self.kind != QuestionKind::None || self.unsure
    }
}

/// One example sentence of a language's rule table; the test suite runs every one of them.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    pub text: &'static str,
    pub kind: QuestionKind,
    pub rules: &'static [&'static str],
    /// For closed examples with a topic: a word every rewrite must keep.
    pub topic: Option<&'static str>,
}

/// The example table of a language, as documentation and as test cases.
pub fn examples(lang: Lang) -> &'static [Example] {
    // Kept out of `LangRules` so that the example sentences, which only tests read, are not
    // linked into the widget.
    match lang {
        Lang::En => en::EXAMPLES,
        Lang::Sv => sv::EXAMPLES,
        Lang::De => de::EXAMPLES,
        Lang::Nb => nb::EXAMPLES,
        Lang::Nl => nl::EXAMPLES,
    }
}

/// The "why?" text for a rule id, in the interface language: the explanation from the rule
/// table in [`super::rules`], which holds every rule text.
pub fn rule_explanation(rule: &str, ui_lang: Lang) -> Option<&'static str> {
    rule_text(rule, ui_lang).map(|text| text.explanation)
}

/// What the coach says about `analysis` in `lang`: the `message` the analysis would carry
/// with `lang` as the interface language.
pub fn message_in(analysis: &QuestionAnalysis, lang: Lang) -> &'static str {
    let texts = &rules_for(lang).texts;
    if analysis.unsure {
        texts.unsure
    } else {
        texts.message(analysis.kind)
    }
}

/// Converts a byte range of `text` into a UTF-16 code unit range `(start, end)` for the JS
/// API. A range out of bounds or inside a character is first clamped to the text and widened
/// to the characters it touches.
pub fn utf16_range(text: &str, bytes: Range<usize>) -> (usize, usize) {
    let start = scan::floor_boundary(text, bytes.start);
    let end = scan::ceil_boundary(text, bytes.end.max(start));
    let utf16_len = |part: &str| part.chars().map(char::len_utf16).sum::<usize>();
    let start16 = utf16_len(&text[..start]);
    (start16, start16 + utf16_len(&text[start..end]))
}

pub fn analyze_question(text: &str, lang: Option<Lang>, ui_lang: Lang) -> QuestionAnalysis {
    analyze(text, lang, ui_lang, rewrite::rewrites)
}

/// [`analyze_question`] without the rewrites (`rewrites` and `templates` stay empty): for the
/// opener analyzer, which needs only the kind, so that a bundle without the follow-up coach
/// does not link the rewrite code and its tables.
pub fn classify_question(text: &str, lang: Option<Lang>, ui_lang: Lang) -> QuestionAnalysis {
    analyze(text, lang, ui_lang, |_, _, _, _, _| {
        rewrite::Rewrites::default()
    })
}

fn analyze(
    text: &str,
    lang: Option<Lang>,
    ui_lang: Lang,
    write: impl Fn(Lang, &Verdict, &Tokens, &str, Option<Range<usize>>) -> rewrite::Rewrites,
) -> QuestionAnalysis {
    let scan_from = scan::scan_start(text);
    let (lang, lang_detected) = match lang {
        Some(lang) => (lang, false),
        None => match detect_lang(&text[scan_from..]) {
            Some(lang) => (lang, true),
            None => (ui_lang, false),
        },
    };
    let rules = rules_for(lang);
    let texts = &rules_for(ui_lang).texts;
    let sentences = scan::sentences(text, scan_from);
    let mut tokens = Tokens::default();
    for (index, sentence) in sentences.iter().enumerate().rev() {
        tokens.fill(text, sentence.range.clone());
        let Some(verdict) = classify(rules, &tokens, sentence.asks) else {
            continue;
        };
        let verdict = recap_after_gap(rules, &tokens, text, &sentences, verdict);
        if verdict.unsure {
            return QuestionAnalysis {
                lang,
                lang_detected,
                kind: QuestionKind::None,
                rules: Vec::new(),
                message: texts.unsure.to_owned(),
                span: 0..0,
                unsure: true,
                rewrites: Vec::new(),
                templates: Vec::new(),
            };
        }
        let previous = index
            .checked_sub(1)
            .map(|before| sentences[before].range.clone());
        let rewrites = write(lang, &verdict, &tokens, text, previous);
        return QuestionAnalysis {
            lang,
            lang_detected,
            kind: verdict.kind,
            rules: match verdict.kind {
                QuestionKind::Closed => vec!["F3"],
                QuestionKind::Recap => vec!["F2"],
                _ => Vec::new(),
            },
            message: texts.message(verdict.kind).to_owned(),
            span: tokens.byte_span(verdict.span.0, verdict.span.1),
            unsure: false,
            rewrites: rewrites.ready,
            templates: rewrites.templates,
        };
    }
    QuestionAnalysis {
        lang,
        lang_detected,
        kind: QuestionKind::None,
        rules: Vec::new(),
        message: texts.none.to_owned(),
        span: 0..0,
        unsure: false,
        rewrites: Vec::new(),
        templates: Vec::new(),
    }
}

/// A question about how things stand ("how does it look on your side?", "what became of the
/// case?", "can you help me?") asks for a recap when the rep also says that a long time has
/// passed or that they lost the thread; its kind without that may be open, assumptive or
/// closed. After "I've lost my notes" any wh-question asks for one ("What were the main
/// concerns?").
fn recap_after_gap(
    rules: &LangRules,
    tokens: &Tokens,
    text: &str,
    sentences: &[scan::Sentence],
    verdict: Verdict,
) -> Verdict {
    if matches!(verdict.kind, QuestionKind::Recap | QuestionKind::None) {
        return verdict;
    }
    let compiled = rules.compiled();
    let is_wh = matches!(verdict.kind, QuestionKind::Assumptive | QuestionKind::Open);
    let status = find_pattern(tokens, 0..tokens.len(), &compiled.status_questions);
    if !is_wh && status.is_none() {
        return verdict;
    }
    // One pass over the sentences, and none for a question alone (every rewrite is analysed
    // again): this runs on every keystroke.
    let (mut lost_track, mut after_gap) = (false, false);
    let mut look = |sentence: &Tokens| {
        lost_track |= find_pattern(sentence, 0..sentence.len(), &compiled.lost_context).is_some();
        after_gap |= status.is_some()
            && find_pattern(sentence, 0..sentence.len(), &compiled.gap_statements).is_some();
    };
    if sentences.len() == 1 {
        look(tokens);
    } else {
        let mut other = Tokens::default();
        for sentence in sentences {
            other.fill(text, sentence.range.clone());
            look(&other);
        }
    }
    match status {
        _ if lost_track && is_wh => Verdict {
            kind: QuestionKind::Recap,
            span: verdict.span,
            unsure: false,
        },
        Some(status) if lost_track || after_gap => Verdict {
            kind: QuestionKind::Recap,
            span: (status.start, status.end - 1),
            unsure: false,
        },
        _ => verdict,
    }
}

/// Texts in one interface language.
struct Texts {
    pub closed: &'static str,
    pub assumptive: &'static str,
    pub open: &'static str,
    pub recap: &'static str,
    pub none: &'static str,
    /// Said when the rules cannot tell the kind of a question.
    pub unsure: &'static str,
}

impl Texts {
    fn message(&self, kind: QuestionKind) -> &'static str {
        match kind {
            QuestionKind::Closed => self.closed,
            QuestionKind::Assumptive => self.assumptive,
            QuestionKind::Open => self.open,
            QuestionKind::Recap => self.recap,
            QuestionKind::None => self.none,
        }
    }
}

/// A language's rule table. Word lists hold lowercase words. Patterns are space-separated
/// words where `a|b` is either word, `word*` a prefix, `~` a gap of up to three words and `$`
/// the end of the sentence.
struct LangRules {
    pub wh_words: Words,
    /// Wh-words that may take a noun before the verb: "which option did you choose".
    pub wh_with_noun: Words,
    /// Verbs that open a yes/no question ("did", "har", "haben", "heb", ...).
    pub question_verbs: Words,
    /// The subset that opens a question even without a question mark, when a subject follows.
    pub auxiliaries: Words,
    pub subjects: Words,
    /// Words skipped at the start of a clause: greetings, "so", "and", "please".
    pub fillers: Words,
    /// Tag questions that make up the last clause: "right", "eller hur", "oder", ...
    pub tags: Words,
    /// Requests for a recap (F2).
    pub recap: Words,
    /// Verbs of telling or knowing that hand a question over to an embedded wh-clause.
    pub softeners: Words,
    /// Past tense forms (and perfect participles that cannot be present forms).
    pub past_forms: Words,
    /// Endings of regular past forms, and words with those endings that are not past forms.
    pub past_suffixes: Words,
    pub not_past: Words,
    pub not_past_suffixes: Words,
    /// Auxiliaries of the perfect tense; they count together with a participle.
    pub perfect_auxiliaries: Words,
    pub is_participle: fn(&str) -> bool,
    /// Nouns are capitalised (German): a capitalised word is no verb form.
    pub capitalised_nouns: bool,
    /// Forms of "be". As a perfect auxiliary only with the participles ending in
    /// `be_participle_endings` (verbs of motion and change: "ist gelaufen", "is verlopen"); with
    /// others they make a present state ("ist geregelt", "zijn betrokken"). As a copula in a
    /// wh-question with a recall particle they ask to hear a fact again ("what was it again").
    pub be_forms: Words,
    pub be_participle_endings: Words,
    /// Prepositions of the agent of a passive ("door"), which makes "be" and a participle an
    /// event instead of a state.
    pub passive_agents: Words,
    /// Prefixes and particles a strong past form keeps ("be-kam", "under-stood", "an-såg"), and
    /// the endings it takes for person and number ("nahm-en", "tog-s").
    pub past_prefixes: Words,
    pub past_inflections: Words,
    /// Endings of weak past forms, trusted only in the finite verb's place after the wh-phrase
    /// and before its subject, where no noun or adjective stands ("Hva savnet dere").
    pub finite_past_suffixes: Words,
    /// Modal, future and (where "be" is no perfect auxiliary) present forms of "be" and "do": as
    /// the finite verb of a wh-question they keep it out of the past, whatever participles
    /// follow ("what would it have taken", "how are decisions made", "hvem må være med").
    pub non_past_finites: Words,
    /// Words that make a wh-question about habits or background before the last contact:
    /// "usually", "how long have", "years ago".
    pub discovery: Words,
    /// Particles asking to hear again what was said before: "again", "nochmal", "ook alweer".
    pub recall_particles: Words,
    /// "we" and "I": a past wh-question about what the rep's side did or said asks the customer
    /// to recap it ("where did we leave off", "vad var det vi sa").
    pub first_person: Words,
    /// Finite verbs of a tense that recalls a settled past (the German pluperfect "hatten …
    /// vereinbart"): a wh-question in that tense asks to hear again what was settled.
    pub recall_auxiliaries: Words,
    /// Phrases led by a wh-word that ask nothing ("wie besprochen", "was … angeht"), matched
    /// at the head of a clause.
    pub wh_idioms: Words,
    /// Wh-questions whose kind the words cannot decide (German "Was hat sich … getan?" asks
    /// for the result, for a recap or about a change alike): the analysis says it is unsure.
    pub undecidable: Words,
    /// Subjects that stand in for a later one ("was it", "var det", "is er").
    pub expletives: Words,
    /// Statements that a long time has passed; after or before them a question about how
    /// things stand asks for a recap.
    pub gap_statements: Words,
    /// Statements that the rep lost track of what was said ("I've lost my notes", "ich weiß
    /// nicht mehr"): they count as a gap, and any wh-question after or before them asks the
    /// customer to recap.
    pub lost_context: Words,
    pub status_questions: Words,
    /// Openings that embed a yes/no question: "I was wondering if", "ich wollte fragen, ob".
    pub embedded_yes_no: Words,
    /// Patterns that open a yes/no question also without a question mark where no pronoun or
    /// article follows the verb: a bare noun as the subject ("has legal had a look"), or a
    /// question without a verb ("any news on the renewal").
    pub yes_no_openings: Words,
    /// Openings of a statement that the rep wants confirmed, said without a question mark:
    /// "So you've had time to test it", "I take it …", "Also die Pläne habt ihr …".
    pub confirmations: Words,
    /// Words that open a subordinate or adverbial clause ("da", "når", "siden", "sist"): in a
    /// verb-second language the clause after one starts with the finite verb without asking
    /// anything ("Sist vi snakket, skulle du se på kalkylen.").
    pub subordinators: Words,
    /// Openings of a clause about a later or conditional event inside a wh-question ("once
    /// you've got the quotes", "när ni har fått"): the question's tense is decided before it.
    pub later_clauses: Words,
    /// Words before an infinitive ("to", "att", "å"), which is never a past form ("å bytte").
    pub infinitive_markers: Words,
    /// Words that start a noun phrase that can be a topic ("the", "your", "das", "de", ...).
    pub determiners: Words,
    /// Words that end a noun phrase: adverbs, prepositions, pronouns.
    pub phrase_stops: Words,
    pub texts: Texts,
    /// Filled on first use from the pattern lists above.
    pub compiled: OnceLock<Compiled>,
}

fn rules_for(lang: Lang) -> &'static LangRules {
    match lang {
        Lang::En => &en::RULES,
        Lang::Sv => &sv::RULES,
        Lang::De => &de::RULES,
        Lang::Nb => &nb::RULES,
        Lang::Nl => &nl::RULES,
    }
}

fn is_in(list: Words, word: &str) -> bool {
    list.contains(&word)
}

/// One step of a compiled pattern.
pub(crate) enum Step {
    /// Up to three words of anything (`~`).
    Gap,
    /// The end of the sentence (`$`).
    End,
    /// One word, any of the alternatives (`a|b`); an alternative ending in `*` is a prefix.
    Word(Alternatives),
}

/// The alternatives of a word step, with the prefixes (`word*`) apart so that matching does
/// not look for the `*` again at every word.
pub(crate) struct Alternatives {
    words: Vec<&'static str>,
    prefixes: Vec<&'static str>,
}

impl Alternatives {
    fn new(step: &'static str) -> Alternatives {
        let (mut words, mut prefixes) = (Vec::new(), Vec::new());
        for alternative in step.split('|') {
            match alternative.strip_suffix('*') {
                Some(prefix) => prefixes.push(prefix),
                None => words.push(alternative),
            }
        }
        Alternatives { words, prefixes }
    }

    fn matches(&self, word: &str) -> bool {
        self.words.contains(&word) || self.prefixes.iter().any(|prefix| word.starts_with(prefix))
    }
}

pub(crate) type Pattern = Vec<Step>;

/// A pattern list with the words its patterns can start with. Most words start none of
/// them, and are skipped without trying each pattern: that is most of the time a list takes.
pub(crate) struct Patterns {
    list: Vec<Pattern>,
    first_words: WordSet,
    first_prefixes: Vec<&'static str>,
    /// A pattern opens with a gap or the end, so any word may start it.
    anywhere: bool,
}

impl Patterns {
    fn may_start(&self, word: &str) -> bool {
        self.anywhere
            || self.first_words.contains(word)
            || self
                .first_prefixes
                .iter()
                .any(|prefix| word.starts_with(prefix))
    }

    /// Whether one of the patterns matches from token `at` on.
    fn match_at(&self, tokens: &Tokens, at: usize) -> bool {
        self.may_start(tokens.word(at))
            && self
                .list
                .iter()
                .any(|pattern| match_at(tokens, at, pattern).is_some())
    }
}

/// A language's patterns, split into steps once so that matching is plain comparison, and
/// the word lists read for every word as sets.
struct Compiled {
    recap: Patterns,
    softeners: Patterns,
    tags: Patterns,
    discovery: Patterns,
    recall_particles: Patterns,
    gap_statements: Patterns,
    lost_context: Patterns,
    status_questions: Patterns,
    embedded_yes_no: Patterns,
    yes_no_openings: Patterns,
    confirmations: Patterns,
    wh_idioms: Patterns,
    undecidable: Patterns,
    /// `past_forms` for lookups: each word is tried with every prefix and ending.
    past_forms: WordSet,
    subjects: WordSet,
    determiners: WordSet,
    fillers: WordSet,
    phrase_stops: WordSet,
    question_verbs: WordSet,
    not_past: WordSet,
    perfect_auxiliaries: WordSet,
    be_forms: WordSet,
    non_past_finites: WordSet,
    wh_words: WordSet,
    /// Tried on every word: split out once.
    past_prefixes: Vec<&'static str>,
    past_inflections: Vec<&'static str>,
    wh_with_noun: WordSet,
    auxiliaries: WordSet,
    first_person: WordSet,
    expletives: WordSet,
    infinitive_markers: WordSet,
    recall_auxiliaries: WordSet,
    subordinators: WordSet,
    passive_agents: WordSet,
    later_clauses: Patterns,
}

pub(crate) fn compile(patterns: Words) -> Patterns {
    let list: Vec<Pattern> = patterns
        .iter()
        .map(|pattern| {
            pattern
                .split_whitespace()
                .map(|step| match step {
                    "~" => Step::Gap,
                    "$" => Step::End,
                    words => Step::Word(Alternatives::new(words)),
                })
                .collect()
        })
        .collect();
    let mut first_words = Vec::new();
    let mut first_prefixes = Vec::new();
    let mut anywhere = false;
    for pattern in &list {
        match pattern.first() {
            Some(Step::Word(alternatives)) => {
                first_words.extend(&alternatives.words);
                first_prefixes.extend(&alternatives.prefixes);
            }
            _ => anywhere = true,
        }
    }
    Patterns {
        list,
        first_words: WordSet::from_iter(first_words),
        first_prefixes,
        anywhere,
    }
}

impl LangRules {
    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| Compiled {
            recap: compile(self.recap),
            softeners: compile(self.softeners),
            tags: compile(self.tags),
            discovery: compile(self.discovery),
            recall_particles: compile(self.recall_particles),
            gap_statements: compile(self.gap_statements),
            lost_context: compile(self.lost_context),
            status_questions: compile(self.status_questions),
            embedded_yes_no: compile(self.embedded_yes_no),
            yes_no_openings: compile(self.yes_no_openings),
            confirmations: compile(self.confirmations),
            wh_idioms: compile(self.wh_idioms),
            undecidable: compile(self.undecidable),
            past_forms: WordSet::new(self.past_forms),
            subjects: WordSet::new(self.subjects),
            determiners: WordSet::new(self.determiners),
            fillers: WordSet::new(self.fillers),
            phrase_stops: WordSet::new(self.phrase_stops),
            question_verbs: WordSet::new(self.question_verbs),
            not_past: WordSet::new(self.not_past),
            perfect_auxiliaries: WordSet::new(self.perfect_auxiliaries),
            be_forms: WordSet::new(self.be_forms),
            non_past_finites: WordSet::new(self.non_past_finites),
            wh_words: WordSet::new(self.wh_words),
            past_prefixes: self.past_prefixes.iter().collect(),
            past_inflections: self.past_inflections.iter().collect(),
            wh_with_noun: WordSet::new(self.wh_with_noun),
            auxiliaries: WordSet::new(self.auxiliaries),
            first_person: WordSet::new(self.first_person),
            expletives: WordSet::new(self.expletives),
            infinitive_markers: WordSet::new(self.infinitive_markers),
            recall_auxiliaries: WordSet::new(self.recall_auxiliaries),
            subordinators: WordSet::new(self.subordinators),
            passive_agents: WordSet::new(self.passive_agents),
            later_clauses: compile(self.later_clauses),
        })
    }
}

/// The token index just after a match of `steps` starting at token `at`.
fn match_at(tokens: &Tokens, at: usize, steps: &[Step]) -> Option<usize> {
    let Some((step, rest)) = steps.split_first() else {
        return Some(at);
    };
    match step {
        Step::Gap => (0..=3)
            .filter(|skip| at + skip <= tokens.len())
            .find_map(|skip| match_at(tokens, at + skip, rest)),
        Step::End if at == tokens.len() => match_at(tokens, at, rest),
        Step::End => None,
        Step::Word(alternatives) if at < tokens.len() => {
            if alternatives.matches(tokens.word(at)) {
                match_at(tokens, at + 1, rest)
            } else {
                None
            }
        }
        Step::Word(_) => None,
    }
}

/// The first match of any of `patterns` starting in `starts`, as a token range.
pub(crate) fn find_pattern(
    tokens: &Tokens,
    starts: Range<usize>,
    patterns: &Patterns,
) -> Option<Range<usize>> {
    starts
        .take_while(|&at| at < tokens.len())
        .filter(|&at| patterns.may_start(tokens.word(at)))
        .find_map(|at| {
            patterns
                .list
                .iter()
                .find_map(|pattern| match_at(tokens, at, pattern))
                .filter(|&end| end > at)
                .map(|end| at..end)
        })
}

/// What opens a clause as a question.
#[derive(Clone, Copy, Debug)]
enum Opening {
    /// A wh-word; `direct` when a verb follows it rather than a subject.
    Wh { at: usize, direct: bool },
    /// A verb before its subject: a yes/no question.
    VerbFirst { at: usize },
    /// A telling or knowing verb that embeds a wh-clause: "could you tell me what ...".
    Embedded { wh: usize },
}

struct Verdict {
    kind: QuestionKind,
    /// First and last token of the span.
    span: (usize, usize),
    /// The rules cannot tell which kind this is: the analysis says so instead of guessing,
    /// because a confident wrong verdict teaches the wrong habit.
    unsure: bool,
}

fn classify(rules: &LangRules, tokens: &Tokens, asks: bool) -> Option<Verdict> {
    if tokens.len() == 0 {
        return None;
    }
    let clauses = tokens.clauses();
    let heads: Vec<usize> = clauses
        .iter()
        .map(|clause| {
            (clause.start..clause.end)
                .find(|&at| {
                    !rules.compiled().fillers.contains(tokens.word(at))
                        || filler_is_verb(rules, tokens, at)
                })
                .unwrap_or(clause.end)
        })
        .collect();
    let openings: Vec<Opening> = clauses
        .iter()
        .zip(&heads)
        .enumerate()
        .filter_map(|(index, (clause, &head))| {
            let found = opening(
                rules,
                tokens,
                head,
                clause.end,
                asks,
                index + 1 == clauses.len(),
            );
            // Without a question mark, a verb first after a fronted subordinate clause is
            // verb-second order, not a question.
            let after_subordinate = index
                .checked_sub(1)
                .and_then(|before| heads.get(before))
                .is_some_and(|&before| {
                    rules.compiled().subordinators.contains(tokens.word(before))
                });
            match found {
                Some(Opening::VerbFirst { .. }) if !asks && after_subordinate => None,
                found => found,
            }
        })
        .collect();

    let compiled = rules.compiled();
    if let Some(recap) = find_pattern(tokens, 0..tokens.len(), &compiled.recap) {
        let starts_a_clause = heads.contains(&recap.start);
        if asks || starts_a_clause || !openings.is_empty() {
            return Some(Verdict {
                kind: QuestionKind::Recap,
                span: (recap.start, recap.end - 1),
                unsure: false,
            });
        }
    }

    let last_clause = clauses.last()?.clone();
    let is_tag = clauses.len() > 1
        && asks
        && compiled
            .tags
            .list
            .iter()
            .any(|tag| match_at(tokens, last_clause.start, tag) == Some(last_clause.end));
    if is_tag {
        return Some(Verdict {
            kind: QuestionKind::Closed,
            span: (last_clause.start, last_clause.end - 1),
            unsure: false,
        });
    }

    if !asks && compiled.confirmations.match_at(tokens, 0) {
        return Some(Verdict {
            kind: QuestionKind::Closed,
            span: (0, last_clause.end - 1),
            unsure: false,
        });
    }

    if let Some(embedder) = find_pattern(tokens, 0..tokens.len(), &compiled.embedded_yes_no) {
        let wh_after = openings.iter().any(|opening| match *opening {
            Opening::Wh { at, .. } | Opening::Embedded { wh: at } => at >= embedder.end,
            Opening::VerbFirst { .. } => false,
        });
        if !wh_after {
            return Some(Verdict {
                kind: QuestionKind::Closed,
                span: (embedder.start, embedder.end - 1),
                unsure: false,
            });
        }
    }

    let chosen = openings
        .iter()
        .rev()
        .find(|opening| !matches!(opening, Opening::Wh { direct: false, .. }))
        .or(openings.last());
    match chosen {
        Some(&Opening::Wh { at, .. }) => {
            let clause_end = clauses[usize::from(tokens.clause(at))].end;
            Some(wh_verdict(rules, tokens, at, clause_end))
        }
        Some(&Opening::Embedded { wh }) => Some(wh_verdict(rules, tokens, wh, tokens.len())),
        Some(&Opening::VerbFirst { at }) => {
            let same_clause = tokens.clause(at + 1) == tokens.clause(at);
            Some(Verdict {
                kind: QuestionKind::Closed,
                span: (at, if same_clause { at + 1 } else { at }),
                unsure: false,
            })
        }
        None if asks => {
            let head = heads.last().copied().unwrap_or(0).min(last_clause.end - 1);
            Some(Verdict {
                kind: QuestionKind::Closed,
                span: (head, last_clause.end - 1),
                unsure: false,
            })
        }
        None => None,
    }
}

fn opening(
    rules: &LangRules,
    tokens: &Tokens,
    head: usize,
    clause_end: usize,
    asks: bool,
    is_last_clause: bool,
) -> Option<Opening> {
    if head >= clause_end {
        return None;
    }
    // A preposition may lead the wh-phrase: "Zu welchem Ergebnis sind Sie gekommen?".
    let led_by_preposition = head + 1 < clause_end
        && rules.compiled().phrase_stops.contains(tokens.word(head))
        && is_wh_word(rules, tokens.word(head + 1));
    let head = if led_by_preposition { head + 1 } else { head };
    if rules.compiled().wh_idioms.match_at(tokens, head) {
        return None;
    }
    let word = tokens.word(head);
    let next = tokens.word(head + 1);
    let next_is_subject = rules.compiled().subjects.contains(next)
        || rules.compiled().determiners.contains(next)
        || tokens.is_name_like(head + 1);
    let is_wh = is_wh_word(rules, word);
    let is_verb = rules.compiled().question_verbs.contains(word);
    // After a modal ("could you tell me what") the telling verb may come later in the clause;
    // otherwise it must open the clause ("let me know what"), or "I know what you mean" would
    // count as a question.
    if let Some(wh) = embedded_wh(rules, tokens, head, clause_end, !is_verb) {
        return Some(Opening::Embedded { wh });
    }
    if is_wh && !(is_verb && next_is_subject) {
        let after_phrase = if rules.compiled().wh_with_noun.contains(word)
            && !rules.compiled().question_verbs.contains(next)
            && !rules.compiled().perfect_auxiliaries.contains(next)
            && !rules.compiled().past_forms.contains(next)
        {
            head + 2
        } else {
            head + 1
        };
        // Where nouns are capitalised (German), an article after the wh-phrase starts the
        // subject of a verb-final clause: "…, wer die Projektleitung übernimmt".
        let article_subject = rules.capitalised_nouns && !led_by_preposition && {
            let word = tokens.word(after_phrase);
            rules.compiled().determiners.contains(word) && !rules.compiled().wh_words.contains(word)
        };
        let followed_by_subject = after_phrase < clause_end
            && (rules
                .compiled()
                .subjects
                .contains(tokens.word(after_phrase))
                || matches!(tokens.word(after_phrase), "a" | "an")
                || article_subject);
        let direct = !followed_by_subject || (head == 0 && asks);
        // A subordinate wh-clause is a question only as the last clause of a "?" sentence.
        return (direct || (asks && is_last_clause)).then_some(Opening::Wh { at: head, direct });
    }
    // "Har ekonomi godkänt fakturan": a bare noun as the subject between the auxiliary and
    // its participle.
    let before_participle = head + 2 < clause_end
        && rules.compiled().perfect_auxiliaries.contains(word)
        && !rules.compiled().determiners.contains(next)
        && !(rules.is_participle)(next)
        && (rules.is_participle)(tokens.word(head + 2));
    let opens_yes_no = is_verb
        && (asks
            || (rules.compiled().auxiliaries.contains(word)
                && (next_is_subject || before_participle)));
    let opens_without_subject_word = rules.compiled().yes_no_openings.match_at(tokens, head);
    (opens_yes_no || opens_without_subject_word).then_some(Opening::VerbFirst { at: head })
}

fn is_wh_word(rules: &LangRules, word: &str) -> bool {
    rules.compiled().wh_words.contains(word)
        || word
            .split_once('\'')
            .is_some_and(|(stem, _)| rules.compiled().wh_words.contains(stem))
}

/// The wh-word of a clause embedded by a telling or knowing verb in the clause starting at
/// `head` ("could you tell me what", "sagen Sie mir, was", "weet u al wat").
fn embedded_wh(
    rules: &LangRules,
    tokens: &Tokens,
    head: usize,
    clause_end: usize,
    at_head_only: bool,
) -> Option<usize> {
    let starts = if at_head_only {
        head..head + 1
    } else {
        head..clause_end
    };
    let softener = find_pattern(tokens, starts, &rules.compiled().softeners)?;
    (softener.end..tokens.len().min(softener.end + 4))
        .take_while(|&at| tokens.clause(at) <= tokens.clause(head) + 1)
        .find(|&at| is_wh_word(rules, tokens.word(at)))
}

fn wh_verdict(rules: &LangRules, tokens: &Tokens, wh: usize, end: usize) -> Verdict {
    let compiled = rules.compiled();
    // "Who needs to be involved when the decision is made?": the tense of a later or
    // conditional clause is not the question's.
    let end =
        find_pattern(tokens, wh + 1..end, &compiled.later_clauses).map_or(end, |later| later.start);
    let finite = finite_verb(rules, tokens, wh, end);
    let past = past_marker(rules, tokens, wh + 1..end, finite);
    let recalls = find_pattern(tokens, wh + 1..end, &compiled.recall_particles).is_some()
        && (past.is_some()
            || (wh + 1..end).any(|at| rules.compiled().be_forms.contains(tokens.word(at))));
    let about_own_side = past.is_some() && subject_is_first_person(rules, tokens, wh, end, finite);
    if recalls || about_own_side || in_recall_tense(rules, tokens, wh + 1..end) {
        return Verdict {
            kind: QuestionKind::Recap,
            span: (wh, past.unwrap_or(wh).max(wh)),
            unsure: false,
        };
    }
    if find_pattern(tokens, wh..end, &compiled.undecidable).is_some() {
        // Open, so that a gap statement can still make it a recap (`recap_after_gap`).
        return Verdict {
            kind: QuestionKind::Open,
            span: (wh, wh),
            unsure: true,
        };
    }
    let is_non_past =
        finite.is_some_and(|at| rules.compiled().non_past_finites.contains(tokens.word(at)));
    // Also in a later clause: "…, bevor Sie auf uns gestoßen sind?" asks about the time before.
    let is_discovery = find_pattern(tokens, wh..tokens.len(), &compiled.discovery).is_some();
    match past {
        Some(marker) if !is_non_past && !is_discovery => Verdict {
            kind: QuestionKind::Assumptive,
            span: (wh, marker),
            unsure: false,
        },
        _ => Verdict {
            kind: QuestionKind::Open,
            span: (wh, wh),
            unsure: false,
        },
    }
}

/// Whether the clause holds a recall auxiliary with a participle ("Was hatten Sie gesagt?"),
/// not the auxiliary as a full verb ("Welchen Eindruck hatten Sie?").
fn in_recall_tense(rules: &LangRules, tokens: &Tokens, range: Range<usize>) -> bool {
    let has_auxiliary = range.clone().any(|at| {
        rules
            .compiled()
            .recall_auxiliaries
            .contains(tokens.word(at))
    });
    has_auxiliary
        && range.clone().any(|at| {
            let word = tokens.word(at);
            let previous = at.checked_sub(1).map_or("", |before| tokens.word(before));
            let is_noun = rules.capitalised_nouns && tokens.is_name_like(at);
            let is_adjective = at > range.start && rules.compiled().determiners.contains(previous);
            !is_noun
                && !is_adjective
                && !rules.compiled().not_past.contains(word)
                && (rules.is_participle)(word)
        })
}

/// The finite verb of a wh-clause: the first verb within a few words after the wh-word (the
/// wh-phrase may hold a noun: "which option did", "vilka delar strök").
fn finite_verb(rules: &LangRules, tokens: &Tokens, wh: usize, end: usize) -> Option<usize> {
    (wh + 1..end.min(wh + 5)).find(|&at| {
        let word = tokens.word(at);
        let is_noun = rules.capitalised_nouns && tokens.is_name_like(at);
        !is_noun
            && (rules.compiled().question_verbs.contains(word)
                || rules.compiled().non_past_finites.contains(word)
                || rules.compiled().perfect_auxiliaries.contains(word)
                || rules.compiled().be_forms.contains(word)
                || is_strong_past(rules, word)
                || (ends_like_weak_past(rules, word) && subject_follows(rules, tokens, at + 1)))
    })
}

/// Whether a filler that is also a verb is the verb here: before a subject that no finite verb
/// follows (Norwegian "Så du på tilbudet?", "saw you", against "Så du har sett det?").
fn filler_is_verb(rules: &LangRules, tokens: &Tokens, at: usize) -> bool {
    let compiled = rules.compiled();
    compiled.question_verbs.contains(tokens.word(at))
        && tokens.clause(at + 1) == tokens.clause(at)
        && subject_follows(rules, tokens, at + 1)
        && !compiled.question_verbs.contains(tokens.word(at + 2))
        && !compiled.non_past_finites.contains(tokens.word(at + 2))
}

fn subject_follows(rules: &LangRules, tokens: &Tokens, at: usize) -> bool {
    let word = tokens.word(at);
    rules.compiled().subjects.contains(word)
        || rules.compiled().determiners.contains(word)
        || tokens.is_name_like(at)
}

fn ends_like_weak_past(rules: &LangRules, word: &str) -> bool {
    word.chars().count() >= 4
        && rules
            .finite_past_suffixes
            .iter()
            .any(|suffix| word.ends_with(suffix))
        && !rules.compiled().not_past.contains(word)
        && !rules.compiled().question_verbs.contains(word)
}

/// A listed strong past form, also with a prefix or a person ending ("bekam", "nahmen").
fn is_strong_past(rules: &LangRules, word: &str) -> bool {
    let compiled = rules.compiled();
    let past_forms = &compiled.past_forms;
    let inflected = |word: &str| {
        past_forms.contains(word)
            || compiled.past_inflections.iter().any(|ending| {
                word.strip_suffix(ending)
                    .is_some_and(|stem| past_forms.contains(stem))
            })
    };
    !rules.compiled().not_past.contains(word)
        && (inflected(word)
            || compiled.past_prefixes.iter().any(|prefix| {
                word.strip_prefix(prefix)
                    .is_some_and(|stem| stem.len() >= 3 && inflected(stem))
            }))
}

/// True when the subject of the wh-clause is the rep's own side ("where did we", "vad var det
/// vi", "was wir vereinbart hatten"): the first pronoun after the finite verb, or after the
/// wh-word when the verb comes last, before any preposition or conjunction ("what has happened
/// since we spoke" is about what happened).
fn subject_is_first_person(
    rules: &LangRules,
    tokens: &Tokens,
    wh: usize,
    end: usize,
    finite: Option<usize>,
) -> bool {
    let start = finite.map_or(wh + 1, |at| at + 1);
    for at in start..end.min(start + 4) {
        let word = tokens.word(at);
        if rules.compiled().first_person.contains(word) {
            return true;
        }
        let is_subject = rules.compiled().subjects.contains(word);
        if (is_subject && !rules.compiled().expletives.contains(word))
            || rules.compiled().phrase_stops.contains(word)
        {
            return false;
        }
    }
    false
}

/// The last token that puts the clause in the past or perfect tense.
fn past_marker(
    rules: &LangRules,
    tokens: &Tokens,
    range: Range<usize>,
    finite: Option<usize>,
) -> Option<usize> {
    let mut marker = None;
    let mut has_agent = false;
    let mut perfect_auxiliary = None;
    let mut be_auxiliary = None;
    let mut participle = None;
    let mut be_participle = None;
    for at in range {
        let word = tokens.word(at);
        // A word that is both a pronoun and a determiner ("de", "ihr", "het") before a
        // participle is the subject: "Vad har de bestämt".
        let previous = at.checked_sub(1).map_or("", |before| tokens.word(before));
        let after_determiner = rules.compiled().determiners.contains(previous)
            && !rules.compiled().subjects.contains(previous);
        // German nouns are capitalised: "Betrieb" is no form of "treiben".
        let is_noun = rules.capitalised_nouns && tokens.is_name_like(at);
        let is_function_word = rules.compiled().fillers.contains(word)
            || rules.compiled().phrase_stops.contains(word)
            || rules.compiled().determiners.contains(word)
            || rules.compiled().subjects.contains(word);
        let regular_past = word.chars().count() >= 5
            && !is_function_word
            && !rules.compiled().infinitive_markers.contains(previous)
            && rules
                .past_suffixes
                .iter()
                .any(|suffix| word.ends_with(suffix))
            && !rules.compiled().not_past.contains(word)
            && !rules
                .not_past_suffixes
                .iter()
                .any(|suffix| word.ends_with(suffix))
            && !after_determiner;
        let strong_past = is_strong_past(rules, word) && (!is_function_word || finite == Some(at));
        let finite_past = finite == Some(at) && ends_like_weak_past(rules, word);
        if !is_noun && (strong_past || regular_past || finite_past) {
            marker = Some(at);
        }
        has_agent |= rules.compiled().passive_agents.contains(word);
        if rules.compiled().perfect_auxiliaries.contains(word) {
            perfect_auxiliary = Some(at);
        } else if rules.compiled().be_forms.contains(word) {
            be_auxiliary = Some(at);
        } else if !after_determiner && !is_noun && !rules.compiled().not_past.contains(word) {
            if (rules.is_participle)(word) {
                participle = Some(at);
            }
            let takes_be = rules
                .be_participle_endings
                .iter()
                .any(|ending| word.ends_with(ending));
            if takes_be && (rules.is_participle)(word) {
                be_participle = Some(at);
            }
        }
    }
    if let (Some(auxiliary), Some(participle)) = (perfect_auxiliary, participle) {
        marker = marker.max(Some(auxiliary.max(participle)));
    }
    // "Hoe is de presentatie ontvangen door de raad?": with its agent, "be" and any
    // participle are a passive event in the past, not a state.
    let be_participle = if has_agent { participle } else { be_participle };
    if let (Some(auxiliary), Some(participle)) = (be_auxiliary, be_participle) {
        marker = marker.max(Some(auxiliary.max(participle)));
    }
    marker
}

const fn closed(text: &'static str, topic: Option<&'static str>) -> Example {
    Example {
        text,
        kind: QuestionKind::Closed,
        rules: &["F3"],
        topic,
    }
}

const fn assumptive(text: &'static str) -> Example {
    Example {
        text,
        kind: QuestionKind::Assumptive,
        rules: &[],
        topic: None,
    }
}

const fn open(text: &'static str) -> Example {
    Example {
        text,
        kind: QuestionKind::Open,
        rules: &[],
        topic: None,
    }
}

const fn recap(text: &'static str) -> Example {
    Example {
        text,
        kind: QuestionKind::Recap,
        rules: &["F2"],
        topic: None,
    }
}

const fn no_question(text: &'static str) -> Example {
    Example {
        text,
        kind: QuestionKind::None,
        rules: &[],
        topic: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens_of(text: &str) -> Tokens {
        let mut tokens = Tokens::default();
        tokens.fill(text, 0..text.len());
        tokens
    }

    #[test]
    fn patterns_support_alternatives_prefixes_gaps_and_end() {
        let tokens = tokens_of("Can you remind me where we were");
        let pattern = |list: Words| compile(list).list.remove(0);
        assert_eq!(match_at(&tokens, 2, &pattern(words!["remind me"])), Some(4));
        assert_eq!(
            match_at(&tokens, 0, &pattern(words!["can|could you remind*"])),
            Some(3)
        );
        assert_eq!(
            match_at(&tokens, 0, &pattern(words!["can ~ where"])),
            Some(5)
        );
        assert_eq!(
            match_at(&tokens, 4, &pattern(words!["where we were $"])),
            Some(7)
        );
        assert_eq!(
            match_at(&tokens, 3, &pattern(words!["where we were $"])),
            None
        );
        assert_eq!(
            find_pattern(&tokens, 0..7, &compile(words!["where we"])),
            Some(4..6)
        );
        assert_eq!(
            find_pattern(&tokens, 0..4, &compile(words!["where we"])),
            None
        );
    }

    #[test]
    fn utf16_range_counts_surrogate_pairs_and_clamps() {
        let text = "😀 Did you?";
        let did = text.find("Did").unwrap();
        assert_eq!(utf16_range(text, did..did + 3), (3, 6));
        assert_eq!(utf16_range(text, 1..2), (0, 2));
        assert_eq!(utf16_range(text, 5..1000), (3, 11));
        let (start, end) = (3, 1);
        assert_eq!(utf16_range("", start..end), (0, 0));
    }

    #[test]
    fn every_rule_the_analyzer_reports_has_an_explanation() {
        for ui_lang in Lang::ALL {
            for rule in ["F2", "F3"] {
                let text = rule_explanation(rule, ui_lang).unwrap();
                assert!(text.len() > 80, "{rule} in {ui_lang:?} is too short");
            }
            assert_eq!(rule_explanation("Z9", ui_lang), None);
        }
    }
}
