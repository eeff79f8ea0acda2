//! Guessing which of the five languages a text is written in, from its most frequent short
//! words, a few letters only some of the languages use, and the endings and letter groups of
//! the words none of the lists hold. Used wherever the rep's text comes without a language
//! (the question and opener analyzers) and, through [`detect_fields`] and [`writing_lang`],
//! for the short fields of the Follow-up and Opener tabs.
//!
//! Limits: it needs a few function words to go on. Sentences of five or more words are told
//! apart reliably in the test tables; a two-word text such as "Any news?" may come back `None`
//! or wrong, and the caller should fall back to the interface language. Only the last
//! `DETECT_WINDOW_BYTES` (4 KiB) of a text are read.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::question::scan::ceil_boundary;
use super::text::{is_word_char, lower_char};
use super::Lang;
use crate::words::{Fnv, Words};

const DETECT_WINDOW_BYTES: usize = 4 * 1024;

/// Words that are frequent in a language. A word listed under several languages counts for
/// each of them, so shared words ("har", "die", "was") need no special care.
const EN: Words = words![
    "the", "you", "did", "have", "has", "what", "is", "are", "to", "of", "and", "with", "your",
    "we", "any", "it", "that", "on", "about", "can", "could", "would", "how", "where", "right",
    "do", "does", "been", "was", "were", "me", "my", "just", "there", "yet", "last", "time",
    "this", "week", "news", "quote", "board", "say", "think", "decide", "decided", "look",
    "chance", "remind", "let", "know", "our", "they", "team", "get", "got", "a", "an", "for", "at",
    "be", "when", "which", "why", "who", "will", "i", "i'm", "i'll", "hi", "thanks", "tell",
    "update", "conclude", "proposal", "from", "by", "new", "next", "year", "between", "within",
    "check", "call", "talk", "send", "review", "discuss", "book", "agree",
];
const SV: Words = words![
    "och",
    "inte",
    "är",
    "vad",
    "hur",
    "jag",
    "ni",
    "mig",
    "dig",
    "kan",
    "till",
    "från",
    "också",
    "någon",
    "något",
    "några",
    "nytt",
    "var",
    "vi",
    "står",
    "offerten",
    "eller",
    "fram",
    "förra",
    "veckan",
    "ska",
    "skulle",
    "tittat",
    "hunnit",
    "kom",
    "sa",
    "har",
    "du",
    "det",
    "att",
    "på",
    "om",
    "med",
    "för",
    "en",
    "ett",
    "som",
    "vill",
    "hade",
    "er",
    "ert",
    "era",
    "styrelsen",
    "tyckte",
    "sist",
    "gången",
    "pratade",
    "påminna",
    "ännu",
    "än",
    "redan",
    "hej",
    "tack",
    "bra",
    "vår",
    "vårt",
    "avtalet",
    "kunna",
    "berätta",
    "säga",
    "blev",
    "beslut",
    "nån",
    "nåt",
    "titta",
    "kolla",
    "kollat",
    "läst",
    "fick",
    "när",
    "varför",
    "vilken",
    "vilket",
    "sig",
    "uppdatera",
    "bestämt",
    "då",
    "så",
    "mycket",
    "gärna",
    "vilka",
    "behöver",
    "vara",
    "fler",
    "beslutet",
    "mötet",
    "förslaget",
    "oss",
    "dom",
    "nu",
    "igen",
    "hos",
    "efter",
    "finns",
    "i",
    "förlåt",
    "sen",
    "sedan",
    "hörs",
    "tycker",
    "kunde",
    "av",
    "upp",
    "nya",
    "ny",
    "nästa",
    "år",
    "mellan",
    "inom",
    "samt",
    "enligt",
    "prata",
    "skicka",
    "boka",
    "ringa",
    "räkna",
    "diskutera",
    "stämma",
    "besluta",
    "återkomma",
    "gå",
    "ta",
    "igenom",
    "den",
];
const DE: Words = words![
    "und",
    "nicht",
    "ist",
    "sie",
    "ich",
    "wir",
    "haben",
    "hat",
    "das",
    "der",
    "die",
    "mit",
    "zu",
    "es",
    "was",
    "wie",
    "schon",
    "noch",
    "auf",
    "den",
    "dem",
    "ein",
    "eine",
    "gibt",
    "können",
    "könnten",
    "ihr",
    "ihnen",
    "über",
    "für",
    "oder",
    "wo",
    "gesagt",
    "angebot",
    "entschieden",
    "sind",
    "mir",
    "mich",
    "uns",
    "neuigkeiten",
    "stand",
    "bringen",
    "kurz",
    "sich",
    "auch",
    "bei",
    "vom",
    "zum",
    "zur",
    "im",
    "ob",
    "wann",
    "welche",
    "du",
    "hast",
    "habt",
    "vorstand",
    "letztes",
    "mal",
    "gesprochen",
    "dass",
    "sagen",
    "wissen",
    "nach",
    "gespräch",
    "hallo",
    "danke",
    "vielen",
    "ja",
    "nein",
    "bitte",
    "woche",
    "letzte",
    "ihre",
    "ihren",
    "ihrem",
    "euch",
    "denn",
    "eigentlich",
    "inzwischen",
    "geschafft",
    "neue",
    "neues",
    "neuen",
    "neuer",
    "neu",
    "nächste",
    "nächsten",
    "jahr",
    "zwischen",
    "innerhalb",
    "sprechen",
    "schicken",
    "prüfen",
    "klären",
    "besprechen",
    "melden",
    "anrufen",
    "entscheiden",
    "abstimmen",
];
const NB: Words = words![
    "og",
    "ikke",
    "er",
    "hva",
    "hvordan",
    "jeg",
    "dere",
    "meg",
    "deg",
    "til",
    "fra",
    "også",
    "noen",
    "noe",
    "nytt",
    "hvor",
    "frem",
    "forrige",
    "uke",
    "uka",
    "skal",
    "skulle",
    "sett",
    "rukket",
    "fått",
    "sant",
    "vært",
    "hatt",
    "har",
    "du",
    "det",
    "at",
    "på",
    "om",
    "med",
    "for",
    "en",
    "et",
    "som",
    "vil",
    "hadde",
    "deres",
    "tilbudet",
    "styret",
    "syntes",
    "sist",
    "gang",
    "snakket",
    "minne",
    "ennå",
    "allerede",
    "hei",
    "takk",
    "bra",
    "vår",
    "vårt",
    "avtalen",
    "kunne",
    "fortelle",
    "si",
    "ble",
    "beslutning",
    "se",
    "sjekke",
    "sjekket",
    "lest",
    "fikk",
    "når",
    "hvorfor",
    "hvilken",
    "hvilket",
    "seg",
    "oppdatere",
    "bestemt",
    "da",
    "så",
    "mye",
    "gjerne",
    "kom",
    "sa",
    "vi",
    "nå",
    "tenkt",
    "hvem",
    "var",
    "igjen",
    "unnskyld",
    "oss",
    "i",
    "etter",
    "møtet",
    "forslaget",
    "trenger",
    "være",
    "flere",
    "hos",
    "snakkes",
    "synes",
    "av",
    "opp",
    "nye",
    "ny",
    "neste",
    "år",
    "innen",
    "mellom",
    "ifølge",
    "videre",
    "snakke",
    "sende",
    "booke",
    "ringe",
    "regne",
    "diskutere",
    "avklare",
    "bestemme",
    "komme",
    "gå",
    "ta",
    "gjennom",
    "den",
];
const NL: Words = words![
    "en",
    "niet",
    "is",
    "u",
    "je",
    "jij",
    "jullie",
    "ik",
    "we",
    "wij",
    "hebben",
    "heeft",
    "heb",
    "hebt",
    "het",
    "de",
    "een",
    "met",
    "te",
    "al",
    "nog",
    "wat",
    "hoe",
    "waar",
    "op",
    "van",
    "voor",
    "of",
    "toch",
    "er",
    "zijn",
    "dat",
    "offerte",
    "besloten",
    "gebleven",
    "over",
    "waren",
    "kunt",
    "kun",
    "kunnen",
    "nieuws",
    "bent",
    "ben",
    "mij",
    "me",
    "ons",
    "onze",
    "uw",
    "jouw",
    "wanneer",
    "welke",
    "waarom",
    "vorige",
    "keer",
    "week",
    "gesproken",
    "besproken",
    "even",
    "eens",
    "wel",
    "ook",
    "maar",
    "dan",
    "hoi",
    "hallo",
    "bedankt",
    "vond",
    "vonden",
    "gekeken",
    "bekeken",
    "zou",
    "zouden",
    "directie",
    "gezegd",
    "zei",
    "uit",
    "bij",
    "naar",
    "wil",
    "wilt",
    "inmiddels",
    "zo",
    "dit",
    "deze",
    "die",
    "mee",
    "gehad",
    "gedaan",
    "nieuwe",
    "nieuw",
    "volgend",
    "volgende",
    "jaar",
    "tussen",
    "binnen",
    "praten",
    "sturen",
    "bekijken",
    "bespreken",
    "bellen",
    "overleggen",
    "beslissen",
    "nakijken",
    "afstemmen",
];

/// The word lists in [`Lang::ALL`] order.
const WORDS: [Words; Lang::COUNT] = [EN, SV, DE, NB, NL];

/// Spellings that point to a language inside a word none of the lists hold: word endings
/// (inflections and derivations) and letter groups, in [`Lang::ALL`] order. They carry the
/// short texts of form fields ("nya prislistan", "die neue Preisliste"), which are mostly
/// nouns. Each group counts once per word and language.
const ENDINGS: [Words; Lang::COUNT] = [
    words!["ing", "tion", "ly", "ed", "ness", "ment", "ship"],
    words!["arna", "erna", "orna", "ade", "ande", "ligt", "igt", "an", "ningen", "heten",],
    words!["ung", "ungen", "keit", "heit", "lich", "schaft", "chen", "ieren", "iert", "isch",],
    words!["ene", "sjon", "sjonen", "ert", "elig", "ingen", "heten", "ing",],
    words!["heid", "lijk", "tje", "tjes", "ing", "atie", "eren", "isch"],
];
const INFIXES: [Words; Lang::COUNT] = [
    words!["th", "wh", "ou"],
    words!["tj", "gj"],
    words!["sch", "tz", "ei", "ie", "pf"],
    words!["hv", "kj", "skj", "sj", "ei", "øy"],
    words!["ij", "oe", "aa", "uu", "oo", "sch", "ui"],
];
const SPELLING_WEIGHT: f32 = 0.3;
/// Word evidence from which the spellings are not read.
const SPELLING_NEEDED_BELOW: f32 = 4.0;

/// Letters that point to a language: (letter, languages, weight per occurrence).
const LETTER_HINTS: &[(char, &[Lang], f32)] = &[
    ('ä', &[Lang::Sv, Lang::De], 0.3),
    ('ö', &[Lang::Sv, Lang::De], 0.3),
    ('å', &[Lang::Sv, Lang::Nb], 0.3),
    ('æ', &[Lang::Nb], 0.6),
    ('ø', &[Lang::Nb], 0.6),
    ('ü', &[Lang::De], 0.6),
    ('ß', &[Lang::De], 0.6),
];

fn lang_bit(lang: Lang) -> u8 {
    1 << lang.index()
}

/// All the word lists merged into one map from a word to its languages, built on first use.
fn word_table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = WordTable::default();
        for (lang, words) in Lang::ALL.into_iter().zip(WORDS) {
            for word in words {
                *table.entry(word).or_default() |= lang_bit(lang);
            }
        }
        table
    })
}

type WordTable = HashMap<&'static str, u8, BuildHasherDefault<Fnv>>;

/// Scores per language in `Lang::ALL` order.
fn scores(text: &str) -> [f32; Lang::COUNT] {
    let text = &text[ceil_boundary(text, text.len().saturating_sub(DETECT_WINDOW_BYTES))..];
    let table = word_table();
    let mut scores = [0.0f32; Lang::COUNT];
    let mut word = String::new();
    // The words none of the lists hold, space-separated, for the spelling hints.
    let mut unknown = String::new();
    let mut count_word = |word: &mut String, scores: &mut [f32; Lang::COUNT]| {
        if let Some(&langs) = table.get(word.as_str()) {
            // A word shared by several languages tells less than a word of one language.
            let weight = 1.0 / langs.count_ones() as f32;
            for (index, score) in scores.iter_mut().enumerate() {
                if langs & (1 << index) != 0 {
                    *score += weight;
                }
            }
        } else {
            unknown.push_str(word);
            unknown.push(' ');
        }
        word.clear();
    };
    for c in text.chars() {
        if is_word_char(c) || (c == '\'' && !word.is_empty()) {
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
                continue;
            }
            let lower = lower_char(c);
            word.push(lower_char(c));
            for &(letter, langs, weight) in LETTER_HINTS {
                if lower == letter {
                    for &lang in langs {
                        scores[lang.index()] += weight;
                    }
                }
            }
        } else if !word.is_empty() {
            count_word(&mut word, &mut scores);
        }
    }
    if !word.is_empty() {
        count_word(&mut word, &mut scores);
    }
    // A sentence has function words enough; spellings are for the short texts that do not,
    // and would double the time on long ones.
    if scores.iter().all(|&score| score < SPELLING_NEEDED_BELOW) {
        for word in unknown.split_whitespace() {
            add_spelling_hints(word.as_bytes(), &mut scores);
        }
    }
    scores
}

fn add_spelling_hints(word: &[u8], scores: &mut [f32; Lang::COUNT]) {
    for lang in Lang::ALL {
        let ends = ENDINGS[lang.index()]
            .iter()
            .any(|ending| word.len() > ending.len() + 1 && word.ends_with(ending.as_bytes()));
        let holds = INFIXES[lang.index()].iter().any(|group| {
            word.windows(group.len())
                .any(|window| window == group.as_bytes())
        });
        scores[lang.index()] +=
            SPELLING_WEIGHT * (f32::from(u8::from(ends)) + f32::from(u8::from(holds)));
    }
}

/// The best language with its score and the runner-up's score; `None` when no language
/// scores at all or two tie.
fn ranked(text: &str) -> Option<(Lang, f32, f32)> {
    let scores = scores(text);
    let mut ranked: [(Lang, f32); Lang::COUNT] = Lang::ALL.map(|lang| (lang, scores[lang.index()]));
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let (best, best_score) = ranked[0];
    let runner_up = ranked[1].1;
    (best_score > 0.0 && best_score > runner_up).then_some((best, best_score, runner_up))
}

/// The most likely language and a confidence in 0..=1: how far the best score is ahead of
/// the runner-up, relative to the best. `None` when no language scores at all or two tie.
pub fn detect_lang_with_confidence(text: &str) -> Option<(Lang, f32)> {
    ranked(text).map(|(lang, best, runner_up)| (lang, (best - runner_up) / best))
}

pub fn detect_lang(text: &str) -> Option<Lang> {
    detect_lang_with_confidence(text).map(|(lang, _)| lang)
}

/// The language of form fields read together, and whether the text was enough to be sure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldsLang {
    pub lang: Lang,
    /// False when the fields hold too little to go on, or two languages come close: the
    /// caller may then show the guess but should let the rep change it.
    pub confident: bool,
}

/// About one function word, or three telling spellings, of evidence.
const CONFIDENT_SCORE: f32 = 0.9;
/// The best language at least this far (relative to its score) ahead of the runner-up.
const CONFIDENT_LEAD: f32 = 0.3;

/// The language the rep wrote several short fields in (a topic like "nya prislistan", a
/// promised action like "stämma av budgeten", a hook like "Ihr neues Lager in Duisburg"):
/// each alone is often too short to tell, together they usually are. Empty fields are
/// skipped; `None` when nothing points to any language.
pub fn detect_fields(fields: &[&str]) -> Option<FieldsLang> {
    // A line break between the fields keeps their words apart.
    let text = fields
        .iter()
        .map(|field| field.trim())
        .filter(|field| !field.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    ranked(&text).map(|(lang, best, runner_up)| FieldsLang {
        lang,
        confident: best >= CONFIDENT_SCORE && (best - runner_up) / best >= CONFIDENT_LEAD,
    })
}

/// How the language the coach writes in was settled, so that a tab can tell the rep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangSource {
    /// The rep chose it.
    Chosen,
    /// Read from the fields with confidence.
    Detected,
    /// The rep left it to detection and has not written in the fields yet: the coach writes
    /// in the interface language.
    NothingWritten,
    /// The rep left it to detection, but the fields hold too little or mix languages, so the
    /// coach writes in the interface language. `guess` is the language the fields lean to
    /// when that is another one, for the rep to take if it is right.
    Unsure { guess: Option<Lang> },
}

/// The language every line the coach writes on a tab is in, and how it was settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WritingLang {
    pub lang: Lang,
    pub source: LangSource,
}

impl WritingLang {
    /// What to hand an analyzer of the rep's own text: the settled language, or `None` when
    /// detection was unsure, so that the analyzer reads the text in front of it (a whole
    /// question says more than a few short fields).
    pub fn settled(self) -> Option<Lang> {
        match self.source {
            LangSource::Chosen | LangSource::Detected => Some(self.lang),
            LangSource::NothingWritten | LangSource::Unsure { .. } => None,
        }
    }
}

/// Which language the coach writes a tab's lines in: the one the rep `chosen`, else the one
/// the `fields` are confidently written in, else the interface language. Writing in a guess
/// would put a sentence in the wrong language in front of a customer; the interface language
/// is at least one the rep reads, and the tab says which it used.
pub fn writing_lang(chosen: Option<Lang>, fields: &[&str], ui_lang: Lang) -> WritingLang {
    if let Some(lang) = chosen {
        return WritingLang {
            lang,
            source: LangSource::Chosen,
        };
    }
    if fields.iter().all(|field| field.trim().is_empty()) {
        return WritingLang {
            lang: ui_lang,
            source: LangSource::NothingWritten,
        };
    }
    match detect_fields(fields) {
        Some(FieldsLang {
            lang,
            confident: true,
        }) => WritingLang {
            lang,
            source: LangSource::Detected,
        },
        found => WritingLang {
            lang: ui_lang,
            source: LangSource::Unsure {
                guess: found
                    .map(|found| found.lang)
                    .filter(|&lang| lang != ui_lang),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_the_close_pairs_apart() {
        assert_eq!(
            detect_lang("Har ni hunnit titta på offerten än?"),
            Some(Lang::Sv)
        );
        assert_eq!(
            detect_lang("Har dere rukket å se på tilbudet ennå?"),
            Some(Lang::Nb)
        );
        assert_eq!(
            detect_lang("Haben Sie schon über das Angebot gesprochen?"),
            Some(Lang::De)
        );
        assert_eq!(
            detect_lang("Hebben jullie al over de offerte gesproken?"),
            Some(Lang::Nl)
        );
        assert_eq!(
            detect_lang("Have you had a chance to look at the quote?"),
            Some(Lang::En)
        );
    }

    #[test]
    fn gives_up_without_evidence() {
        assert_eq!(detect_lang(""), None);
        assert_eq!(detect_lang("12345 🙂 ---"), None);
        assert_eq!(detect_lang("مرحبا بكم"), None);
    }

    /// Short fields as a rep fills in a tab, per language: a topic, a promised action, a hook.
    const FIELDS: [(Lang, [&str; 3]); Lang::COUNT] = [
        (
            Lang::En,
            [
                "the revised price list",
                "check the budget",
                "your new depot in Hull",
            ],
        ),
        (
            Lang::Sv,
            [
                "nya prislistan",
                "stämma av budgeten",
                "ert nya lager i Borås",
            ],
        ),
        (
            Lang::De,
            [
                "die neue Preisliste",
                "das Budget abstimmen",
                "Ihr neues Lager in Duisburg",
            ],
        ),
        (
            Lang::Nb,
            [
                "den nye prislisten",
                "avklare budsjettet",
                "det nye lageret deres i Drammen",
            ],
        ),
        (
            Lang::Nl,
            [
                "de nieuwe prijslijst",
                "het budget afstemmen",
                "jullie nieuwe magazijn in Tilburg",
            ],
        ),
    ];

    #[test]
    fn reads_the_short_fields_of_a_tab_together() {
        for (lang, fields) in FIELDS {
            let confident = Some(FieldsLang {
                lang,
                confident: true,
            });
            assert_eq!(detect_fields(&fields), confident, "{fields:?}");
            // Each field alone too, and with an empty field among them.
            for field in fields {
                assert_eq!(
                    detect_fields(&[field, "  "]).map(|found| found.lang),
                    Some(lang),
                    "{field:?}"
                );
            }
        }
    }

    #[test]
    fn the_chosen_language_wins_over_the_fields() {
        for (fields_lang, fields) in FIELDS {
            for chosen in Lang::ALL {
                let found = writing_lang(Some(chosen), &fields, fields_lang);
                assert_eq!(
                    found,
                    WritingLang {
                        lang: chosen,
                        source: LangSource::Chosen
                    }
                );
                assert_eq!(found.settled(), Some(chosen));
            }
        }
    }

    #[test]
    fn left_to_detection_the_coach_writes_in_the_fields_language_whatever_the_interface() {
        for (lang, fields) in FIELDS {
            for ui_lang in Lang::ALL {
                let found = writing_lang(None, &fields, ui_lang);
                assert_eq!(
                    found,
                    WritingLang {
                        lang,
                        source: LangSource::Detected
                    },
                    "{fields:?} in a {ui_lang:?} interface"
                );
                assert_eq!(found.settled(), Some(lang));
            }
        }
    }

    #[test]
    fn unsure_detection_falls_back_to_the_interface_language_and_keeps_a_different_guess() {
        for ui_lang in Lang::ALL {
            let unsure = |guess| WritingLang {
                lang: ui_lang,
                source: LangSource::Unsure { guess },
            };
            for nothing in [&[][..], &["", "  "]] {
                let found = writing_lang(None, nothing, ui_lang);
                assert_eq!(
                    found,
                    WritingLang {
                        lang: ui_lang,
                        source: LangSource::NothingWritten
                    }
                );
                assert_eq!(found.settled(), None);
            }
            let found = writing_lang(None, &["Q3", "CRM"], ui_lang);
            assert_eq!(found, unsure(None));
            assert_eq!(found.settled(), None);
            // Two languages in one tab: English leads a little, not enough to write in it.
            let mixed = writing_lang(None, &["the new price list", "stämma av budgeten"], ui_lang);
            let guess = (ui_lang != Lang::En).then_some(Lang::En);
            assert_eq!(mixed, unsure(guess), "in a {ui_lang:?} interface");
        }
        // One word that leans to a language is a guess to offer, not to write in.
        assert_eq!(
            writing_lang(None, &["prislistan"], Lang::De),
            WritingLang {
                lang: Lang::De,
                source: LangSource::Unsure {
                    guess: Some(Lang::Sv)
                }
            }
        );
    }

    #[test]
    fn is_unsure_of_fields_that_hardly_say_anything() {
        assert_eq!(detect_fields(&[]), None);
        assert_eq!(detect_fields(&["", " "]), None);
        assert_eq!(detect_fields(&["Jonas Becker", "Q3"]), None);
        let found = detect_fields(&["Budget"]);
        assert!(found.is_none_or(|found| !found.confident), "{found:?}");
    }

    #[test]
    fn confidence_is_a_fraction() {
        let (lang, confidence) =
            detect_lang_with_confidence("Was hat der Vorstand gesagt?").unwrap();
        assert_eq!(lang, Lang::De);
        assert!(confidence > 0.0 && confidence <= 1.0);
    }
}
