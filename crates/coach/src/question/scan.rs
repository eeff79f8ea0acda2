//! Cutting text into sentences, clauses and lowercase words without regexes. Every range kept
//! here points into the caller's text on char boundaries, so spans can be handed back as they
//! are.

use std::ops::Range;

use crate::text::{is_upper, is_word_char, lower_char};

/// Only the end of a long text is read: the main question is the last one, and a bounded scan
/// keeps a pasted 100,000-character email as fast as a short note.
pub(crate) const SCAN_WINDOW_BYTES: usize = 16 * 1024;
/// A run-on "sentence" longer than this is read from its end, where the question mark is.
const SENTENCE_WINDOW_BYTES: usize = 2 * 1024;

#[derive(Clone, Debug)]
pub(crate) struct Sentence {
    pub range: Range<usize>,
    /// Ends with a question mark (ASCII or full-width).
    pub asks: bool,
}

/// The largest char boundary at or below `index`.
pub(crate) fn floor_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// The smallest char boundary at or above `index`.
pub(crate) fn ceil_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index += 1;
    }
    index
}

/// The byte offset from which a text is scanned (see [`SCAN_WINDOW_BYTES`]).
pub(crate) fn scan_start(text: &str) -> usize {
    ceil_boundary(text, text.len().saturating_sub(SCAN_WINDOW_BYTES))
}

fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '?' | '!' | '.' | '\n' | '\r' | '…' | '？' | '！' | '。' | '؟'
    )
}

/// Splits `text[from..]` into sentences. A full stop between two letters or digits ("1.5",
/// "v2.0") does not end a sentence.
pub(crate) fn sentences(text: &str, from: usize) -> Vec<Sentence> {
    let mut found = Vec::new();
    let mut start = from;
    let mut asks = false;
    let mut in_terminator_run = false;
    let mut chars = text[from..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let at = from + offset;
        let next = chars.peek().map(|&(_, n)| n);
        let is_end = ends_sentence(c) && !(c == '.' && next.is_some_and(is_word_char));
        if is_end {
            asks |= matches!(c, '?' | '？' | '؟');
            in_terminator_run = true;
            continue;
        }
        if in_terminator_run && is_closing_quote(c) {
            continue;
        }
        if in_terminator_run {
            push_sentence(text, &mut found, start..at, asks);
            start = at;
            asks = false;
        }
        in_terminator_run = false;
    }
    push_sentence(text, &mut found, start..text.len(), asks);
    found
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')')
}

fn push_sentence(text: &str, found: &mut Vec<Sentence>, range: Range<usize>, asks: bool) {
    if text[range.clone()].chars().any(is_word_char) {
        found.push(Sentence { range, asks });
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Token {
    /// Where the word is in the analysed text.
    pub original: Range<usize>,
    /// Where its lowercase form is in [`Tokens::lower`].
    lower: Range<usize>,
    /// Index of the clause (parts of a sentence between commas, dashes, colons...).
    pub clause: u16,
    /// Written with a capital: after the first word, a name or (German) a noun.
    pub capitalised: bool,
}

/// The words of one sentence, lowercased once into a shared buffer so that matching is plain
/// string comparison without an allocation per word.
#[derive(Default)]
pub(crate) struct Tokens {
    lower: String,
    pub list: Vec<Token>,
}

fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '–' | '—' | '(' | ')' | '"' | '“' | '”' | '„' | '«' | '»' | '、' | '，'
    )
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-')
}

impl Tokens {
    pub fn fill(&mut self, text: &str, range: Range<usize>) {
        self.lower.clear();
        self.list.clear();
        let start = ceil_boundary(
            text,
            range
                .start
                .max(range.end.saturating_sub(SENTENCE_WINDOW_BYTES)),
        );
        let part = &text[start..range.end];
        let mut clause: u16 = 0;
        let mut clause_has_words = false;
        let mut word_start: Option<usize> = None;
        let mut word_lower_start = 0;
        let mut word_capitalised = false;
        let mut chars = part.char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            let at = start + offset;
            if is_word_char(c) {
                if word_start.is_none() {
                    word_start = Some(at);
                    word_lower_start = self.lower.len();
                    word_capitalised = is_upper(c);
                }
                self.lower.push(lower_char(c));
                continue;
            }
            // "API:et", "SMS:en": Swedish writes an ending after an acronym with a colon.
            let after_acronym = c == ':'
                && part[..offset].chars().next_back().is_some_and(is_upper)
                && chars
                    .peek()
                    .is_some_and(|&(_, n)| is_word_char(n) && !is_upper(n));
            let joins_word = word_start.is_some()
                && (is_inner_joiner(c) || after_acronym)
                && chars.peek().is_some_and(|&(_, n)| is_word_char(n));
            if joins_word {
                self.lower.push(if c == '’' { '\'' } else { c });
                continue;
            }
            if let Some(begin) = word_start.take() {
                self.push_word(begin..at, word_lower_start, clause, word_capitalised);
                clause_has_words = true;
            }
            // A lone hyphen between spaces is used as a dash.
            if (is_clause_break(c) || c == '-') && clause_has_words {
                clause = clause.saturating_add(1);
                clause_has_words = false;
            }
        }
        if let Some(begin) = word_start {
            self.push_word(begin..range.end, word_lower_start, clause, word_capitalised);
        }
    }

    fn push_word(
        &mut self,
        original: Range<usize>,
        lower_start: usize,
        clause: u16,
        capitalised: bool,
    ) {
        let lower = lower_start..self.lower.len();
        self.list.push(Token {
            original,
            lower,
            clause,
            capitalised,
        });
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn word(&self, index: usize) -> &str {
        self.list
            .get(index)
            .map_or("", |token| &self.lower[token.lower.clone()])
    }

    /// A capitalised word after the first: a name, or in German any noun.
    pub fn is_name_like(&self, index: usize) -> bool {
        index > 0 && self.list.get(index).is_some_and(|token| token.capitalised)
    }

    pub fn clause(&self, index: usize) -> u16 {
        self.list.get(index).map_or(u16::MAX, |token| token.clause)
    }

    /// Token index ranges of the clauses, in order.
    pub fn clauses(&self) -> Vec<Range<usize>> {
        let mut clauses = Vec::new();
        let mut start = 0;
        for index in 1..=self.list.len() {
            if index == self.list.len() || self.list[index].clause != self.list[start].clause {
                clauses.push(start..index);
                start = index;
            }
        }
        clauses
    }

    /// The byte range in the text covered by tokens `first..=last`.
    pub fn byte_span(&self, first: usize, last: usize) -> Range<usize> {
        match (self.list.get(first), self.list.get(last)) {
            (Some(a), Some(b)) if a.original.start <= b.original.end => {
                a.original.start..b.original.end
            }
            _ => 0..0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_do_not_split_but_question_marks_do() {
        let text = "Version 2.0 is out. Did you see it?\" Great!";
        let found = sentences(text, 0);
        let asks: Vec<bool> = found.iter().map(|s| s.asks).collect();
        assert_eq!(asks, vec![false, true, false]);
        assert_eq!(text[found[1].range.clone()].trim(), "Did you see it?\"");
    }

    #[test]
    fn lowercases_non_ascii_and_keeps_original_ranges() {
        let text = "Ärligt, HAR NI tittat på offerten?";
        let mut tokens = Tokens::default();
        tokens.fill(text, 0..text.len());
        assert_eq!(tokens.word(0), "ärligt");
        assert_eq!(tokens.word(1), "har");
        assert_eq!(tokens.clause(0), 0);
        assert_eq!(tokens.clause(1), 1);
        assert_eq!(&text[tokens.list[5].original.clone()], "offerten");
        assert_eq!(tokens.clauses(), vec![0..1, 1..6]);
    }

    #[test]
    fn an_ending_after_an_acronym_and_colon_stays_in_the_word() {
        let text = "Har ni testat API:et? Obs:det gäller SMS: alla";
        let mut tokens = Tokens::default();
        tokens.fill(text, 0..text.len());
        assert_eq!(tokens.word(3), "api:et");
        assert_eq!(tokens.word(4), "obs");
        assert_eq!(tokens.word(7), "sms");
        assert_eq!(tokens.clause(8), tokens.clause(7) + 1);
    }

    #[test]
    fn apostrophes_and_hyphens_stay_inside_words() {
        let text = "Didn’t the follow-up land - or did it?";
        let mut tokens = Tokens::default();
        tokens.fill(text, 0..text.len());
        assert_eq!(tokens.word(0), "didn't");
        assert_eq!(tokens.word(2), "follow-up");
        assert_eq!(tokens.clauses(), vec![0..4, 4..7]);
    }
}
