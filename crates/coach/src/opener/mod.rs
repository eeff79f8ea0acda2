//! The opener coach: the first words of a warm call (W2–W5 in `shared/coaching-rules.md`).
//!
//! [`analyze_opener`] reads what a rep plans to say first and reports findings, each with a cost;
//! the score is 100 minus the costs, floored at 0, so it is explained by the findings alone.
//! [`build_openers`] writes openers from a prep card, and [`discovery_questions`] the curious
//! questions that follow. The language machinery is the question analyzer's: its sentence
//! splitter, tokenizer and pattern syntax (`a|b`, `word*`, `~`, `$`), and its verdict on each
//! sentence decides whether the opener hands the word to the prospect.
//!
//! Costs, chosen so that a warm opener with at most two small slips stays at 80 or above, and
//! an offer read aloud without anything about the prospect ends below 40 on its own:
//!
//! | finding             | rule | cost | span                                             |
//! |---------------------|------|------|--------------------------------------------------|
//! | `talking-ad`        | W3   |  50  | the offer words                                  |
//! | `permission-question` | W2 |  25  | the permission question                          |
//! | `product-first`     | W4   |  15  | the first sentence about either side             |
//! | `we-focus`          | W4   |  15  | the sentence with the most we-words              |
//! | `no-hook`           | W2   |  15  | `0..0` (nothing to point at)                     |
//! | `no-question`       | W4   |  20  | `0..0`                                           |
//! | `closed-question`   | W4   |  10  | the last yes/no question                         |
//! | `too-long`          | W4   |  10  | the words past the 30th, up to the first question |
//! | `stacked-questions` | W4   |  10  | the first run of consecutive questions           |
//!
//! Decisions:
//! - `talking-ad` (W3): offer words (a discount, "free trial", "50 % off") anywhere but in a
//!   clause of research, or a pitch when nothing in the opener is about them. A pitch is a
//!   statement clause with the seller as its subject among its first words ("we help ...",
//!   "nu har vi ..."), a possessive of the seller ("our platform"), or a value-proposition
//!   phrase ("award-winning", "companies like yours", "X helps ..."). With a researched hook
//!   the same pitch is a product-first slip, weighed by `product-first` and `we-focus`.
//!   Figures alone are no offer: "grew its exports by 40 percent" is research.
//! - A permission question ("do you have a minute?") cites W2: the first seconds should make
//!   the call hard to end, and this hands the prospect the easy exit before they know why the
//!   rep called. It does not count as a question about them, so an opener whose only question
//!   asks for permission also gets `no-question`. Only yes/no questions (and statements that
//!   embed one: "I wonder if you have a minute") ask for permission, so "at the moment"
//!   inside an open question about their business is not one.
//! - Questions are the sentences the question analyzer reads as questions. Open, assumptive
//!   and other wh-questions hand the word over; when every question is yes/no (or a recap
//!   request) the opener gets `closed-question`.
//! - `we-focus`: at least 3 we-words (we, I, our, ...) and at least twice as many as
//!   you-words, counting the polite forms (Sie/Ihnen/Ihr, ni/er, u/uw, De/Dem).
//! - `product-first`: the first sentence that mentions either side, skipping a permission
//!   question and a short introduction ("this is Tom from Acme"), has more we-words than you-words and no hook.
//! - A hook is a marker phrase of research (read, noticed, congratulations, article,
//!   suggested, new office, hiring, ...) outside a pitching clause ("we've just launched" is
//!   news about the seller), or a number in a sentence about them that neither offers nor
//!   pitches. A name alone is not one.
//! - `too-long`: more than 30 words before the first question, or in all when there is none.
//! - `stacked-questions`: two question sentences in a row; the prospect answers one of them.
//! - Findings come in the order of the table. Messages are in the interface language;
//!   suggestions are lines the rep can say, in the analysed language, with a bracketed gap
//!   where only the rep knows what goes.
//! - Only the first 4 KiB are read (an opener is said in well under a minute), so any input is
//!   analysed in bounded time.

/// A word that starts with a digit, as a pattern alternative list.
macro_rules! number {
    () => {
        "0*|1*|2*|3*|4*|5*|6*|7*|8*|9*"
    };
}

mod build;
mod de;
mod en;
mod nb;
mod need;
mod nl;
mod sv;

use std::ops::Range;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::detect::detect_lang;
use super::question::scan::{floor_boundary, sentences, Tokens};
use super::question::QuestionKind;
use super::question::{classify_question, compile, find_pattern, Patterns};
use super::text::is_word_char;
use super::words::Words;
use super::Lang;

pub use build::{
    build_openers, call_purpose, discovery_questions, BuiltOpener, OpenerStyle, PrepInput,
};

const SCAN_BYTES: usize = 4 * 1024;
const MAX_WORDS_BEFORE_QUESTION: usize = 30;
/// A short introduction ("Hi, this is Tom from Acme") is not yet about anyone.
const MAX_INTRO_WORDS: usize = 10;
/// How far into a clause the seller may stand as its subject: the Germanic languages but
/// English put it after a fronted phrase and the verb ("nu har vi", "deze maand hebben we"),
/// and English after an adverb ("right now we have").
const SELLER_SUBJECT_WORDS: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingId {
    TalkingAd,
    PermissionQuestion,
    ProductFirst,
    WeFocus,
    NoHook,
    NoQuestion,
    ClosedQuestion,
    TooLong,
    StackedQuestions,
}

impl FindingId {
    pub const ALL: [FindingId; 9] = [
        FindingId::TalkingAd,
        FindingId::PermissionQuestion,
        FindingId::ProductFirst,
        FindingId::WeFocus,
        FindingId::NoHook,
        FindingId::NoQuestion,
        FindingId::ClosedQuestion,
        FindingId::TooLong,
        FindingId::StackedQuestions,
    ];

    pub fn cost(self) -> u8 {
        [50, 25, 15, 15, 15, 20, 10, 10, 10][self as usize]
    }

    pub fn rule(self) -> &'static str {
        match self {
            FindingId::TalkingAd => "W3",
            FindingId::PermissionQuestion | FindingId::NoHook => "W2",
            _ => "W4",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub id: FindingId,
    pub rule: &'static str,
    /// Bytes of the analysed text, on char boundaries (see the module documentation).
    pub span: Range<usize>,
    pub cost: u8,
    /// In the interface language.
    pub message: String,
    /// A line to say instead, in the analysed language.
    pub suggestion: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OpenerAnalysis {
    pub lang: Lang,
    /// True when no language was given and `lang` was detected from the text.
    pub lang_detected: bool,
    /// 100 minus the costs of the findings, floored at 0.
    pub score: u8,
    pub findings: Vec<Finding>,
}

/// One example opener of a language's table, with the exact findings and the score band the
/// analyzer must give it.
#[derive(Clone, Copy, Debug)]
pub struct OpenerExample {
    pub text: &'static str,
    pub findings: &'static [FindingId],
    pub min_score: u8,
    pub max_score: u8,
}

/// The example table of a language, as documentation and as test cases.
pub fn examples(lang: Lang) -> &'static [OpenerExample] {
    // Kept out of `OpenerRules`, so that the examples, which only tests read, are not linked
    // into the widget.
    match lang {
        Lang::En => en::EXAMPLES,
        Lang::Sv => sv::EXAMPLES,
        Lang::De => de::EXAMPLES,
        Lang::Nb => nb::EXAMPLES,
        Lang::Nl => nl::EXAMPLES,
    }
}

/// A language's opener rules. Patterns use the question analyzer's syntax; word lists hold
/// lowercase words, except that a capitalised entry ("Sie") only matches as written.
struct OpenerRules {
    /// An offer read aloud (W3): a talking ad wherever it stands.
    offer: Words,
    /// Value-proposition phrases ("award-winning", "companies like yours"): a pitch.
    pitch: Words,
    /// The seller as subject ("we"): a statement clause that has one among its first words
    /// says what the seller does, which is a pitch.
    seller: Words,
    /// The seller's possessives ("our"): anywhere in a statement, a pitch.
    ours: Words,
    /// Asking for permission to talk; read in yes/no questions and after an embedding lead.
    permission: Words,
    /// What embeds a yes/no question in a statement ("I wonder if").
    ask_if: Words,
    /// Signs of research about the prospect (W2).
    hook: Words,
    /// Signs of an earlier meeting ("we met at the fair"): a hook, and never a pitch even
    /// with the seller as subject.
    met: Words,
    /// The rep introducing themselves.
    intro: Words,
    we: Words,
    you: Words,
    /// Finding messages in [`FindingId::ALL`] order.
    messages: [&'static str; 9],
    /// Suggested lines: a hook with an open question, and an open question alone.
    hook_line: &'static str,
    open_line: &'static str,
    build: build::Templates,
    compiled: OnceLock<[Patterns; 7]>,
}

impl OpenerRules {
    fn patterns(&self) -> &[Patterns; 7] {
        self.compiled.get_or_init(|| {
            [
                self.offer,
                self.pitch,
                self.permission,
                self.ask_if,
                self.hook,
                self.met,
                self.intro,
            ]
            .map(compile)
        })
    }
}

fn rules_for(lang: Lang) -> &'static OpenerRules {
    match lang {
        Lang::En => &en::RULES,
        Lang::Sv => &sv::RULES,
        Lang::De => &de::RULES,
        Lang::Nb => &nb::RULES,
        Lang::Nl => &nl::RULES,
    }
}

/// What one sentence says, as far as the findings care.
struct Reading {
    range: Range<usize>,
    offer: Option<Range<usize>>,
    /// The first clause that pitches the seller's product or company.
    pitch: Option<Range<usize>>,
    permission: bool,
    /// A sign of research about them, outside the pitching clauses.
    hook: bool,
    intro: bool,
    words: usize,
    we: usize,
    you: usize,
    /// The question analyzer's verdict when the sentence asks something, and where the
    /// question starts.
    question: Option<(QuestionKind, usize)>,
}

pub fn analyze_opener(text: &str, lang: Option<Lang>, ui_lang: Lang) -> OpenerAnalysis {
    let head = &text[..floor_boundary(text, SCAN_BYTES)];
    let (lang, lang_detected) = match lang {
        Some(lang) => (lang, false),
        None => match detect_lang(head) {
            Some(lang) => (lang, true),
            None => (ui_lang, false),
        },
    };
    let rules = rules_for(lang);
    let readings = read(rules, lang, head);

    let mut found: Vec<(FindingId, Range<usize>)> = Vec::new();
    // A pitch with nothing about them is the advert; after a researched hook the same words
    // are a product-first slip (W4), which `product-first` and `we-focus` weigh.
    let hooked = readings.iter().any(|r| r.hook);
    let ad = readings.iter().find_map(|r| r.offer.clone()).or_else(|| {
        readings
            .iter()
            .find_map(|r| r.pitch.clone())
            .filter(|_| !hooked)
    });
    if let Some(ad) = ad {
        found.push((FindingId::TalkingAd, trim(head, &ad)));
    }
    if let Some(ask) = readings.iter().find(|r| r.permission) {
        found.push((FindingId::PermissionQuestion, trim(head, &ask.range)));
    }
    let first = readings
        .iter()
        .find(|r| !r.permission && r.we + r.you > 0 && !(r.intro && r.words <= MAX_INTRO_WORDS));
    if let Some(first) = first.filter(|r| r.we > r.you && !r.hook) {
        found.push((FindingId::ProductFirst, trim(head, &first.range)));
    }
    let (we, you) = readings
        .iter()
        .fold((0, 0), |(we, you), r| (we + r.we, you + r.you));
    if we >= 3 && we >= 2 * you {
        if let Some(most) = readings
            .iter()
            .max_by_key(|r| (r.we, usize::MAX - r.range.start))
        {
            found.push((FindingId::WeFocus, trim(head, &most.range)));
        }
    }
    if !hooked {
        found.push((FindingId::NoHook, 0..0));
    }
    let asks = |r: &&Reading| r.question.is_some() && !r.permission;
    let questions: Vec<&Reading> = readings.iter().filter(asks).collect();
    let is_open = |r: &&Reading| {
        matches!(
            r.question,
            Some((QuestionKind::Open | QuestionKind::Assumptive, _))
        )
    };
    if questions.is_empty() {
        found.push((FindingId::NoQuestion, 0..0));
    } else if !questions.iter().any(is_open) {
        let last = questions[questions.len() - 1];
        found.push((FindingId::ClosedQuestion, trim(head, &last.range)));
    }
    let question_at = questions
        .first()
        .and_then(|r| r.question.map(|(_, at)| at))
        .unwrap_or(head.len());
    if let Some(extra) = words(&head[..question_at]).nth(MAX_WORDS_BEFORE_QUESTION) {
        found.push((FindingId::TooLong, trim(head, &(extra.start..question_at))));
    }
    let stacked = readings
        .windows(2)
        .find(|pair| pair.iter().all(|r| asks(&r)))
        .map(|pair| pair[0].range.start..pair[1].range.end);
    if let Some(run) = stacked {
        found.push((FindingId::StackedQuestions, trim(head, &run)));
    }

    let messages = &rules_for(ui_lang).messages;
    let findings: Vec<Finding> = found
        .into_iter()
        .map(|(id, span)| Finding {
            id,
            rule: id.rule(),
            span,
            cost: id.cost(),
            message: messages[id as usize].to_owned(),
            suggestion: suggestion(rules, id),
        })
        .collect();
    let cost: u32 = findings.iter().map(|f| u32::from(f.cost)).sum();
    OpenerAnalysis {
        lang,
        lang_detected,
        score: 100u32.saturating_sub(cost) as u8,
        findings,
    }
}

fn suggestion(rules: &OpenerRules, id: FindingId) -> Option<String> {
    let line = match id {
        FindingId::TalkingAd
        | FindingId::PermissionQuestion
        | FindingId::ProductFirst
        | FindingId::NoHook => rules.hook_line,
        FindingId::NoQuestion | FindingId::ClosedQuestion => rules.open_line,
        FindingId::WeFocus | FindingId::TooLong | FindingId::StackedQuestions => return None,
    };
    Some(line.to_owned())
}

fn read(rules: &OpenerRules, lang: Lang, head: &str) -> Vec<Reading> {
    let [offer, pitch, permission, ask_if, hook, met, intro] = rules.patterns();
    let mut tokens = Tokens::default();
    sentences(head, 0)
        .into_iter()
        .map(|sentence| {
            let range = sentence.range.clone();
            tokens.fill(head, range.clone());
            let all = 0..tokens.len();
            let question = {
                let analysis = classify_question(&head[range.clone()], Some(lang), lang);
                // A follow-up question the rules cannot place (recap or result?) is still
                // an open question, which is all an opener needs to know; so is one that would
                // ask for a recap in a follow-up ("Wie weit sind Sie damit?"): a first call has
                // nothing to recap, and asks how things stand.
                let kind = if analysis.unsure || analysis.kind == QuestionKind::Recap {
                    QuestionKind::Open
                } else {
                    analysis.kind
                };
                analysis
                    .asks()
                    .then(|| (kind, range.start + analysis.span.start))
            };
            let listed = |list: Words, at: usize| {
                is_listed(
                    list,
                    tokens.word(at),
                    &head[tokens.list[at].original.clone()],
                )
            };
            let count = |list: Words| (0..tokens.len()).filter(|&at| listed(list, at)).count();
            let (we, you) = (count(rules.we), count(rules.you));
            let clauses = tokens.clauses();
            let found = |clause: &Range<usize>, patterns: &Patterns| {
                find_pattern(&tokens, clause.clone(), patterns).is_some()
            };
            let met: Vec<bool> = clauses.iter().map(|clause| found(clause, met)).collect();
            let researched: Vec<bool> = clauses
                .iter()
                .zip(&met)
                .map(|(clause, &met)| met || found(clause, hook))
                .collect();
            // A clause states what comes before the question of its sentence, or all of a
            // sentence without a question mark (a relative "which comes with ..." asks
            // nothing, whatever its word order).
            let question_at = question.map_or(head.len(), |(_, at)| at);
            let states = |clause: &Range<usize>| {
                !sentence.asks || tokens.byte_span(clause.start, clause.end - 1).end <= question_at
            };
            // Only statements pitch: "how do companies like yours ...?" asks about them. The
            // seller as subject sells ("we've just launched ..."), unless the clause is
            // research about them too ("we met at the fair and you mentioned ..."). Pitch
            // phrases in a clause of research tell about them ("stopped working for free");
            // so does a possessive there ("our mutual contact", Swedish "i vår": this spring).
            // Offer words always sell.
            let pitches = |clause: &Range<usize>, researched: bool| {
                let about_both = researched && clause.clone().any(|at| listed(rules.you, at));
                states(clause)
                    && ((!about_both
                        && clause
                            .clone()
                            .take(SELLER_SUBJECT_WORDS)
                            .any(|at| listed(rules.seller, at)))
                        || (!researched
                            && (find_pattern(&tokens, clause.clone(), pitch).is_some()
                                || clause.clone().any(|at| listed(rules.ours, at)))))
            };
            let offers: Vec<Option<Range<usize>>> = clauses
                .iter()
                .map(|clause| find_pattern(&tokens, clause.clone(), offer))
                .collect();
            let pitched: Vec<bool> = clauses
                .iter()
                .zip(researched.iter().zip(met.iter().zip(&offers)))
                .map(|(clause, (&researched, (&met, offer)))| {
                    offer.is_some() || (!met && pitches(clause, researched))
                })
                .collect();
            let span = |found: &Range<usize>| tokens.byte_span(found.start, found.end - 1);
            let offer = offers.iter().flatten().next().map(span);
            let pitch = clauses
                .iter()
                .zip(&pitched)
                .find(|(_, &pitched)| pitched)
                .map(|(clause, _)| span(clause));
            let has_number = clauses
                .iter()
                .zip(&pitched)
                .filter(|(_, &pitched)| !pitched)
                .any(|(clause, _)| {
                    clause
                        .clone()
                        .any(|at| tokens.word(at).starts_with(|c: char| c.is_ascii_digit()))
                });
            let asks_yes_no = match question {
                Some((QuestionKind::Open | QuestionKind::Assumptive, _)) => false,
                Some(_) => true,
                None => find_pattern(&tokens, all.clone(), ask_if).is_some(),
            };
            let permission =
                asks_yes_no && find_pattern(&tokens, all.clone(), permission).is_some();
            // A figure about them is research ("your team grew from 40 to 65"), unless the
            // sentence sells: then it is a price, a date or a claim.
            let figure_about_them =
                has_number && you > 0 && offer.is_none() && pitch.is_none() && !permission;
            // What the rep found out is told, not asked: "how do you recruit?" is no hook.
            let research = clauses
                .iter()
                .zip(researched.iter().zip(&pitched))
                .any(|(clause, (&researched, &pitched))| researched && !pitched && states(clause));
            Reading {
                hook: figure_about_them || research,
                intro: find_pattern(&tokens, all, intro).is_some(),
                words: tokens.len(),
                permission,
                offer,
                pitch,
                we,
                you,
                question,
                range,
            }
        })
        .collect()
}

fn is_listed(list: Words, lower: &str, original: &str) -> bool {
    list.iter().any(|entry| {
        if entry.starts_with(|c: char| c.is_ascii_uppercase()) {
            original == entry
        } else {
            match entry.strip_suffix('*') {
                Some(prefix) => lower.starts_with(prefix),
                None => lower == entry,
            }
        }
    })
}

/// The byte ranges of the whitespace-separated words that hold a letter or digit.
fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(at, c)| {
            if !c.is_whitespace() {
                start = start.or(Some(at));
                return None;
            }
            start.take().map(|begin| begin..at)
        })
        .filter(|range| text[range.clone()].chars().any(is_word_char))
}

/// `range` without the whitespace around it.
fn trim(text: &str, range: &Range<usize>) -> Range<usize> {
    let part = &text[range.clone()];
    let start = range.start + (part.len() - part.trim_start().len());
    let end = (range.start + part.trim_end().len()).max(start);
    start..end
}

const fn ex(
    text: &'static str,
    findings: &'static [FindingId],
    min_score: u8,
    max_score: u8,
) -> OpenerExample {
    OpenerExample {
        text,
        findings,
        min_score,
        max_score,
    }
}

/// A warm opener: no findings.
const fn warm(text: &'static str) -> OpenerExample {
    ex(text, &[], 100, 100)
}

/// A good opener with a small slip: still at 80 or above.
const fn good(text: &'static str, findings: &'static [FindingId]) -> OpenerExample {
    ex(text, findings, 80, 99)
}

/// An offer read aloud: below 40.
const fn ad(text: &'static str, findings: &'static [FindingId]) -> OpenerExample {
    ex(text, findings, 0, 39)
}

/// Anything else that needs work: below 80.
const fn weak(text: &'static str, findings: &'static [FindingId]) -> OpenerExample {
    ex(text, findings, 0, 79)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs_and_rules_match_the_documented_table() {
        let table: Vec<(u8, &str)> = FindingId::ALL
            .iter()
            .map(|id| (id.cost(), id.rule()))
            .collect();
        assert_eq!(
            table,
            [
                (50, "W3"),
                (25, "W2"),
                (15, "W4"),
                (15, "W4"),
                (15, "W2"),
                (20, "W4"),
                (10, "W4"),
                (10, "W4"),
                (10, "W4")
            ]
        );
    }

    #[test]
    fn words_skip_punctuation_only_chunks() {
        let text = " Hi  Anna, — this is\tTom ";
        let found: Vec<&str> = words(text).map(|r| &text[r]).collect();
        assert_eq!(found, ["Hi", "Anna,", "this", "is", "Tom"]);
        assert_eq!(trim(text, &(0..text.len())), 1..text.len() - 1);
        assert_eq!(trim("   ", &(0..3)), 3..3);
    }
}
