//! What the customer promised, read from the rep's infinitive phrase, so that the follow-up's
//! assumptive question (F3) asks about that action: "What did the board say?" after "discuss it
//! with the board", "How did the figures turn out?" after "send me the figures", "What did you
//! find out?" after "look into the integration", and "What did you decide?" after a decision
//! or anything the reading does not recognise.
//!
//! Every question is a wh-question in the past or perfect tense, as F3 asks; the person or
//! body is the rep's own words (legal form left out), so nothing is invented.

use crate::greeting::spoken_names;
use crate::text::{is_alphanumeric, is_lower, Lower};
use crate::Lang;

/// The customer's own things said to the customer: a reflexive possessive in the rep's note
/// ("prata med sin chef", "snakke med sjefen sin", "mit seinem Chef sprechen") refers to the
/// customer, who is "du"/"ni"/"Sie" in the line: "din chef", "sjefen din", "Ihrem Chef".
pub fn to_the_customer(lang: Lang, action: &str, formal: bool) -> String {
    let swap = |word: &str| -> Option<&'static str> {
        Some(match (lang, formal, word) {
            (Lang::Sv, false, "sin") => "din",
            (Lang::Sv, false, "sitt") => "ditt",
            (Lang::Sv, false, "sina") => "dina",
            (Lang::Sv, true, "sin") => "er",
            (Lang::Sv, true, "sitt") => "ert",
            (Lang::Sv, true, "sina") => "era",
            (Lang::Nb, _, "sin") => "din",
            (Lang::Nb, _, "si") => "di",
            (Lang::Nb, _, "sitt") => "ditt",
            (Lang::Nb, _, "sine") => "dine",
            (Lang::De, true, "sein") => "Ihr",
            (Lang::De, true, "seine") => "Ihre",
            (Lang::De, true, "seinen") => "Ihren",
            (Lang::De, true, "seinem") => "Ihrem",
            (Lang::De, true, "seiner") => "Ihrer",
            (Lang::De, true, "seines") => "Ihres",
            (Lang::De, false, "sein") => "dein",
            (Lang::De, false, "seine") => "deine",
            (Lang::De, false, "seinen") => "deinen",
            (Lang::De, false, "seinem") => "deinem",
            (Lang::De, false, "seiner") => "deiner",
            (Lang::De, false, "seines") => "deines",
            _ => return None,
        })
    };
    action
        .split(' ')
        .map(|word| {
            let core = word.trim_end_matches([',', '.', ';', ':']);
            match swap(core) {
                Some(new) => format!("{new}{}", &word[core.len()..]),
                None => word.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The kind of promise, as far as the follow-up question needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Promise {
    /// Talk to, ask, check with, or pass something on to someone: who, as the question needs
    /// them (see [`read`]).
    Talk(Party),
    /// Send the rep figures or other data: the noun phrase as the question's subject and
    /// whether it is plural.
    Data { subject: String, plural: bool },
    /// Find something out, look into something.
    Explore,
    /// German: choose, decide, let the rep know, or a promise typed as a noun ("Rückmeldung
    /// zum Angebot"): "Wie haben Sie sich entschieden?".
    Choose,
    /// Decide, choose, compare, test, sign; and anything not recognised.
    Decide,
}

/// Who the customer was to talk to, in the form the language's question takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Party {
    /// A subject for "What did … say?" ("the board", "they"); in Dutch and German with
    /// whether the verb is plural.
    Subject { who: String, plural: bool },
    /// German and Dutch: the prepositional phrase as typed, for "Was hat das Gespräch mit dem
    /// Vorstand ergeben?" / "Wat kwam er uit het gesprek met het bestuur?".
    With(String),
    /// German: "beim Klinikum Nord", for "Wie ist die Entscheidung beim Klinikum Nord
    /// ausgefallen?".
    At(String),
    /// German: "bei der IT", asked there, for "Was hat die Nachfrage bei der IT ergeben?".
    AskedAt(String),
}

/// Reads the rep's promised action (an infinitive phrase without its infinitive marker).
pub fn read(lang: Lang, action: &str) -> Promise {
    let action = action.trim().trim_end_matches(['.', '!', ';']);
    // German says the legal form ("mit der Nordfrakt GmbH"); the others leave it out.
    let action = match lang {
        Lang::De => action.to_owned(),
        _ => spoken_names(action),
    };
    let words: Vec<&str> = action.split_whitespace().collect();
    if words.is_empty() {
        return Promise::Decide;
    }
    match lang {
        Lang::En => read_verb_first(&words, &EN),
        Lang::Sv => read_verb_first(&words, &SV),
        Lang::Nb => read_verb_first(&words, &NB),
        Lang::De => read_de(&words),
        Lang::Nl => read_nl(&words),
    }
}

/// The question F3 asks after `promise`, or `None` for [`Promise::Decide`], whose question
/// may name the topic and is the caller's.
pub fn question(lang: Lang, promise: &Promise, formal: bool) -> Option<String> {
    let text = match (lang, promise) {
        (_, Promise::Decide) => return None,
        (Lang::En, Promise::Talk(Party::Subject { who, .. })) => format!("What did {who} say?"),
        (Lang::En, Promise::Data { subject, .. }) => format!("How did {subject} turn out?"),
        (Lang::En, Promise::Explore) => "What did you find out?".to_owned(),
        (Lang::Sv, Promise::Talk(Party::Subject { who, .. })) => format!("Vad sa {who}?"),
        (Lang::Sv, Promise::Data { subject, .. }) => format!("Hur blev {subject}?"),
        (Lang::Sv, Promise::Explore) => {
            format!("Vad kom {} fram till?", if formal { "ni" } else { "du" })
        }
        (Lang::Nb, Promise::Talk(Party::Subject { who, .. })) => format!("Hva sa {who}?"),
        (Lang::Nb, Promise::Data { subject, .. }) => format!("Hvordan ble {subject}?"),
        (Lang::Nb, Promise::Explore) => "Hva fant du ut?".to_owned(),
        (Lang::De, Promise::Talk(Party::With(with))) => {
            format!("Was hat das Gespräch {with} ergeben?")
        }
        (Lang::De, Promise::Talk(Party::AskedAt(at))) => {
            format!("Was hat die Nachfrage {at} ergeben?")
        }
        (Lang::De, Promise::Talk(Party::At(at))) => {
            format!("Wie ist die Entscheidung {at} ausgefallen?")
        }
        (Lang::De, Promise::Talk(Party::Subject { who, plural })) => {
            format!(
                "Was {} {who} dazu gesagt?",
                if *plural { "haben" } else { "hat" }
            )
        }
        (Lang::De, Promise::Data { subject, plural }) => {
            format!(
                "Wie {} {subject} ausgefallen?",
                if *plural { "sind" } else { "ist" }
            )
        }
        (Lang::De, Promise::Choose) if formal => "Wie haben Sie sich entschieden?".to_owned(),
        (Lang::De, Promise::Choose) => "Wie hast du dich entschieden?".to_owned(),
        (Lang::De, Promise::Explore) if formal => "Was haben Sie herausgefunden?".to_owned(),
        (Lang::De, Promise::Explore) => "Was hast du herausgefunden?".to_owned(),
        (Lang::Nl, Promise::Talk(Party::With(with))) => {
            format!("Wat kwam er uit het gesprek {with}?")
        }
        (Lang::Nl, Promise::Talk(Party::Subject { who, plural })) => {
            format!("Wat {} {who}?", if *plural { "zeiden" } else { "zei" })
        }
        (Lang::Nl, Promise::Talk(Party::At(at))) => format!("Wat zei {at}?"),
        (Lang::Nl, Promise::Data { subject, plural }) => {
            format!(
                "Hoe {} {subject} uitgevallen?",
                if *plural { "zijn" } else { "is" }
            )
        }
        (Lang::Nl, Promise::Explore) if formal => "Wat bent u te weten gekomen?".to_owned(),
        (Lang::Nl, Promise::Explore) => "Wat ben je te weten gekomen?".to_owned(),
        (_, Promise::Talk(_) | Promise::Choose) => return None,
    };
    Some(text)
}

/// The words of a language whose infinitive phrase starts with its verb (English, Swedish,
/// Norwegian).
struct VerbFirst {
    /// Verbs of deciding, choosing, comparing, testing, signing.
    decide: &'static [&'static str],
    /// Verbs of finding out.
    explore: &'static [&'static str],
    /// Verbs of talking, asking, checking with or passing on.
    talk: &'static [&'static str],
    /// Verbs of sending.
    send: &'static [&'static str],
    /// Verbs whose object is the person ("ask Priya about …", "låta juristen titta på det").
    person_object: &'static [&'static str],
    /// Prepositions before the other party ("with", "to", "by", "from").
    markers: &'static [&'static str],
    /// Words that end the party ("about", "regarding").
    ends: &'static [&'static str],
    /// The rep as the receiver ("me", "us").
    rep: &'static [&'static str],
    /// Object pronouns and their subject forms.
    pronouns: &'static [(&'static str, &'static str)],
    /// Heads of noun phrases for data that "shows" something; a compound ending in one
    /// counts too ("försäljningssiffrorna").
    data: &'static [&'static str],
    /// Words that make a party indefinite ("a colleague", "a decision"): not someone the
    /// question can name.
    indefinite: &'static [&'static str],
    /// Particles that follow the verb and are no preposition before a party or part of the
    /// object ("stämma av", "send over the figures").
    particles: &'static [&'static str],
}

const EN: VerbFirst = VerbFirst {
    decide: &[
        "decide", "choose", "pick", "compare", "test", "try", "trial", "think", "consider",
        "evaluate", "let", "sign", "weigh", "make", "agree",
    ],
    explore: &[
        "look",
        "find",
        "investigate",
        "research",
        "read",
        "work",
        "figure",
        "dig",
        "explore",
        "check",
        "review",
        "calculate",
    ],
    talk: &[
        "talk", "speak", "ask", "check", "discuss", "raise", "run", "go", "clear", "confirm",
        "sort", "have", "get", "take", "present", "show", "review",
    ],
    send: &[
        "send", "forward", "pass", "share", "email", "e-mail", "mail",
    ],
    person_object: &["ask"],
    markers: &["with", "to", "by", "from"],
    ends: &[
        "by",
        "next",
        "this",
        "tomorrow",
        "today",
        "at",
        "in",
        "after",
        "about",
        "on",
        "regarding",
        "for",
        "before",
        "if",
        "whether",
        "and",
    ],
    rep: &["me", "us"],
    pronouns: &[("them", "they"), ("him", "he"), ("her", "she")],
    data: &[
        "figures",
        "numbers",
        "data",
        "results",
        "costs",
        "prices",
        "quotes",
        "calculation",
        "calculations",
        "forecast",
        "forecasts",
        "estimate",
        "estimates",
        "volumes",
        "breakdown",
        "statistics",
        "stats",
    ],
    indefinite: &["a", "an", "some", "any", "someone", "somebody"],
    particles: &["over", "across"],
};

const SV: VerbFirst = VerbFirst {
    decide: &[
        "bestämma",
        "besluta",
        "välja",
        "jämföra",
        "testa",
        "prova",
        "fundera",
        "tänka",
        "överväga",
        "utvärdera",
        "meddela",
        "ge",
        "signera",
        "skriva",
    ],
    explore: &[
        "undersöka",
        "utreda",
        "titta",
        "läsa",
        "räkna",
        "kolla",
        "sätta",
        "ta",
        "gå",
    ],
    talk: &[
        "prata",
        "tala",
        "snacka",
        "kolla",
        "stämma",
        "diskutera",
        "ta",
        "gå",
        "fråga",
        "höra",
        "förankra",
        "reda",
        "låta",
        "få",
        "kontrollera",
        "dubbelkolla",
        "checka",
        "visa",
    ],
    send: &["skicka", "maila", "mejla", "vidarebefordra", "dela"],
    person_object: &["fråga", "låta"],
    markers: &["med", "till", "från", "av", "hos"],
    ends: &[
        "om",
        "kring",
        "angående",
        "inför",
        "för",
        "och",
        "innan",
        "på",
        "i",
        "under",
        "efter",
        "senast",
        "nästa",
        "imorgon",
        "idag",
    ],
    rep: &["mig", "oss"],
    pronouns: &[("dem", "de"), ("honom", "han"), ("henne", "hon")],
    data: &[
        "siffror",
        "siffrorna",
        "talen",
        "data",
        "datan",
        "resultat",
        "resultaten",
        "kostnaderna",
        "priserna",
        "offerterna",
        "kalkylen",
        "prognosen",
        "volymerna",
        "underlaget",
        "beräkningen",
        "statistiken",
    ],
    indefinite: &["en", "ett", "någon", "något", "några"],
    particles: &["av", "upp", "igenom", "över"],
};

const NB: VerbFirst = VerbFirst {
    decide: &[
        "bestemme",
        "beslutte",
        "velge",
        "sammenligne",
        "sammenlikne",
        "teste",
        "prøve",
        "tenke",
        "vurdere",
        "gi",
        "signere",
        "skrive",
    ],
    explore: &[
        "undersøke",
        "utrede",
        "finne",
        "se",
        "lese",
        "regne",
        "sjekke",
        "sette",
        "gå",
    ],
    talk: &[
        "snakke",
        "prate",
        "sjekke",
        "avklare",
        "diskutere",
        "ta",
        "gå",
        "spørre",
        "høre",
        "forankre",
        "la",
        "få",
        "kontrollere",
        "dobbeltsjekke",
        "vise",
    ],
    send: &["sende", "maile", "videresende", "dele"],
    person_object: &["spørre", "la"],
    markers: &["med", "til", "fra", "av", "hos"],
    ends: &[
        "om",
        "rundt",
        "angående",
        "før",
        "for",
        "og",
        "på",
        "i",
        "innen",
        "etter",
        "neste",
    ],
    rep: &["meg", "oss"],
    pronouns: &[("dem", "de"), ("ham", "han"), ("henne", "hun")],
    data: &[
        "tall",
        "tallene",
        "data",
        "dataene",
        "resultatene",
        "kostnadene",
        "prisene",
        "tilbudene",
        "kalkylen",
        "prognosen",
        "volumene",
        "underlaget",
        "beregningen",
        "statistikken",
    ],
    indefinite: &["en", "et", "ei", "noen", "noe"],
    particles: &["av", "opp", "gjennom", "over"],
};

/// Lowercase letters of a word, without the punctuation around it.
fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !is_alphanumeric(c) && c != '\'' && c != '-')
        .lower()
}

/// Words of time, in the three verb-first languages: a phrase with one is a deadline ("by
/// Friday", "innen fredag"), not a party.
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "week",
    "month",
    "end",
    "tomorrow",
    "today",
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "veckan",
    "vecka",
    "månaden",
    "mandag",
    "tirsdag",
    "onsdag",
    "torsdag",
    "uken",
    "uke",
    "måneden",
    "slutet",
    "slutten",
];

fn read_verb_first(words: &[&str], lang: &VerbFirst) -> Promise {
    let bare_words: Vec<String> = words.iter().map(|word| bare(word)).collect();
    let verb = bare_words[0].as_str();
    // "let me know which package", "compare us with …": decisions, whoever is named.
    if lang.decide.contains(&verb) && !lang.talk.contains(&verb) {
        return Promise::Decide;
    }
    let party_from = |start: usize| -> Option<Party> {
        let mut who = Vec::new();
        for (word, bare_word) in words[start..].iter().zip(&bare_words[start..]) {
            if lang.ends.contains(&bare_word.as_str()) || lang.markers.contains(&bare_word.as_str())
            {
                break;
            }
            let ends_clause = word.ends_with(',');
            who.push(word.trim_end_matches([',', '.', ';', ':']));
            if ends_clause {
                break;
            }
        }
        let who = who.join(" ");
        let lower = who.lower();
        let first = lower.split(' ').next().unwrap_or("");
        let is_time = lower.split(' ').any(|word| {
            TIME_WORDS.contains(&word) || word.starts_with(|c: char| c.is_ascii_digit())
        });
        if who.is_empty()
            || lang.rep.contains(&first)
            || lang.indefinite.contains(&first)
            || is_time
        {
            return None;
        }
        let who = lang
            .pronouns
            .iter()
            .find(|(object, _)| *object == lower)
            .map_or(who, |(_, subject)| (*subject).to_owned());
        Some(Party::Subject { who, plural: false })
    };
    let party_after_marker = || {
        markers(&bare_words, lang.markers, lang.particles)
            .into_iter()
            .rev()
            .find_map(|at| party_from(at + 1))
    };
    if lang.send.contains(&verb) {
        if let Some(party) = party_after_marker() {
            return Promise::Talk(party);
        }
        // "send me the figures", "send over the figures", "skicka siffrorna till mig".
        let object: Vec<&str> = words[1..]
            .iter()
            .zip(&bare_words[1..])
            .skip_while(|(_, bare_word)| {
                lang.rep.contains(&bare_word.as_str())
                    || lang.particles.contains(&bare_word.as_str())
            })
            .take_while(|(_, bare_word)| {
                !lang.markers.contains(&bare_word.as_str())
                    && !lang.ends.contains(&bare_word.as_str())
            })
            .map(|(word, _)| word.trim_end_matches([',', '.', ';', ':']))
            .collect();
        let is_data = object.last().is_some_and(|head| {
            let head = bare(head);
            lang.data.iter().any(|noun| head.ends_with(noun))
        });
        return if is_data {
            Promise::Data {
                subject: object.join(" "),
                plural: true,
            }
        } else {
            Promise::Decide
        };
    }
    if lang.talk.contains(&verb) {
        if lang.person_object.contains(&verb) {
            if let Some(party) = person_after(words, &bare_words, lang) {
                return Promise::Talk(party);
            }
        }
        if let Some(party) = party_after_marker() {
            return Promise::Talk(party);
        }
    }
    if lang.explore.contains(&verb) {
        return Promise::Explore;
    }
    Promise::Decide
}

/// The person a verb like "ask" or "låta" takes as its object: a pronoun, or one noun phrase
/// of at most three words before the next verb or preposition.
fn person_after(words: &[&str], bare_words: &[String], lang: &VerbFirst) -> Option<Party> {
    let first = bare_words.get(1)?;
    if let Some((_, subject)) = lang.pronouns.iter().find(|(object, _)| object == first) {
        return Some(Party::Subject {
            who: (*subject).to_owned(),
            plural: false,
        });
    }
    // "ask around internally": an adverb, not a person.
    let adverb = first.ends_with("ly")
        || [
            "around", "again", "back", "over", "round", "internt", "runt", "rundt", "igen", "igjen",
        ]
        .contains(&first.as_str());
    if lang.rep.contains(&first.as_str()) || lang.indefinite.contains(&first.as_str()) || adverb {
        return None;
    }
    let stop = bare_words[1..]
        .iter()
        .position(|word| {
            lang.ends.contains(&word.as_str())
                || lang.markers.contains(&word.as_str())
                || [
                    "titta", "se", "kolla", "gå", "läsa", "lese", "granska", "sjekke", "på",
                ]
                .contains(&word.as_str())
        })
        .map_or(words.len(), |at| at + 1);
    if stop <= 1 || stop > 4 {
        return None;
    }
    Some(Party::Subject {
        who: words[1..stop].join(" "),
        plural: false,
    })
}

/// Where the prepositions before a party are, in order; a particle right after the verb
/// ("stämma av") is none.
fn markers(bare_words: &[String], markers: &[&str], particles: &[&str]) -> Vec<usize> {
    let skip = if bare_words
        .get(1)
        .is_some_and(|word| particles.contains(&word.as_str()))
    {
        2
    } else {
        1
    };
    bare_words
        .iter()
        .enumerate()
        .skip(skip)
        .filter(|(_, word)| markers.contains(&word.as_str()))
        .map(|(at, _)| at)
        .collect()
}

/// German: the verb comes last (before a comma that starts a clause); the party is the
/// phrase after "mit", "an", "bei"/"beim" or "von"/"vom".
fn read_de(words: &[&str]) -> Promise {
    let main: Vec<&str> = words
        .iter()
        .take_while(|word| !word.starts_with(','))
        .copied()
        .scan(false, |ended, word| {
            if *ended {
                return None;
            }
            *ended = word.ends_with(',');
            Some(word.trim_end_matches(','))
        })
        .collect();
    let verb = main.last().map(|verb| verb.lower()).unwrap_or_default();
    let lower: Vec<String> = main.iter().map(|word| bare(word)).collect();
    let body = &main[..main.len().saturating_sub(1)];
    let phrase_after = |at: usize| -> String {
        body[at + 1..]
            .iter()
            .zip(&lower[at + 1..])
            .take_while(|(_, word)| {
                ![
                    "über",
                    "wegen",
                    "zu",
                    "zum",
                    "zur",
                    "bis",
                    "am",
                    "im",
                    "nächste",
                    "nächsten",
                    "diese",
                    "diesen",
                    "morgen",
                    "heute",
                    "noch",
                    "nach",
                    "ob",
                    "rücksprache",
                    "kontakt",
                    "intern",
                    "kurz",
                    "telefonisch",
                    "persönlich",
                    "nochmal",
                ]
                .contains(&word.as_str())
            })
            .map(|(word, _)| *word)
            .collect::<Vec<_>>()
            .join(" ")
    };
    const DECIDE: &[&str] = &[
        "entscheiden",
        "wählen",
        "auswählen",
        "vergleichen",
        "testen",
        "ausprobieren",
        "überlegen",
        "nachdenken",
        "geben",
        "festlegen",
    ];
    const EXPLORE: &[&str] = &[
        "ansehen",
        "anschauen",
        "durchlesen",
        "lesen",
        "recherchieren",
        "herausfinden",
        "prüfen",
        "einarbeiten",
        "durchrechnen",
        "klären",
    ];
    const SEND: &[&str] = &["schicken", "senden", "zuschicken", "mailen", "zusenden"];
    const CHOOSE: &[&str] = &[
        "entscheiden",
        "wählen",
        "auswählen",
        "geben",
        "festlegen",
        "unterschreiben",
    ];
    if CHOOSE.contains(&verb.as_str()) {
        return Promise::Choose;
    }
    if DECIDE.contains(&verb.as_str()) {
        return Promise::Decide;
    }
    // A promise typed as a noun phrase ("Rückmeldung zum Angebot") has no verb: a reply or
    // decision the customer owes.
    if !main
        .last()
        .is_some_and(|verb| verb.chars().next().is_some_and(is_lower) && verb.ends_with('n'))
    {
        return Promise::Choose;
    }
    let find = |markers: &[&str]| {
        lower
            .iter()
            .take(body.len())
            .position(|w| markers.contains(&w.as_str()))
    };
    const TALK: &[&str] = &[
        "sprechen",
        "besprechen",
        "klären",
        "abklären",
        "prüfen",
        "abstimmen",
        "reden",
        "durchgehen",
        "telefonieren",
        "abgleichen",
        "diskutieren",
        "erörtern",
        "beraten",
        "checken",
        "ansehen",
        "anschauen",
        "durchsprechen",
        "halten",
    ];
    let talks = TALK.contains(&verb.as_str());
    if let Some(at) = find(&["mit"]).filter(|_| talks) {
        let with = phrase_after(at);
        if !with.is_empty() && !is_rep_de(&with) {
            return Promise::Talk(Party::With(format!("mit {with}")));
        }
    }
    // "die Freigabe beim Klinikum einholen": a decision there; "bei der IT nachfragen": an
    // answer from there.
    const OBTAIN: &[&str] = &[
        "einholen",
        "holen",
        "bekommen",
        "erhalten",
        "abholen",
        "einfordern",
        "besorgen",
    ];
    const ASK: &[&str] = &[
        "fragen",
        "nachfragen",
        "anfragen",
        "erkundigen",
        "nachhaken",
    ];
    let asks = ASK.contains(&verb.as_str());
    if let Some(at) =
        find(&["beim", "bei", "vom", "von"]).filter(|_| asks || OBTAIN.contains(&verb.as_str()))
    {
        let at_phrase = phrase_after(at);
        if !at_phrase.is_empty() && !is_rep_de(&at_phrase) {
            let preposition = match lower[at].as_str() {
                "beim" | "vom" => "beim",
                _ => "bei",
            };
            let at_phrase = format!("{preposition} {at_phrase}");
            return Promise::Talk(if asks {
                Party::AskedAt(at_phrase)
            } else {
                Party::At(at_phrase)
            });
        }
    }
    // "den Einkaufsleiter fragen": the person asked, in the accusative.
    if asks {
        let object: Vec<&str> = body
            .iter()
            .zip(&lower)
            .take_while(|(_, word)| {
                ![
                    "nach", "wegen", "ob", "zu", "zum", "zur", "über", "bis", "am",
                ]
                .contains(&word.as_str())
            })
            .map(|(word, _)| *word)
            .collect();
        let starts_with_article = object.first().is_some_and(|first| {
            [
                "den", "die", "das", "Ihren", "Ihre", "deinen", "deine", "euren", "eure",
            ]
            .contains(first)
        });
        if object.len() >= 2 && starts_with_article {
            let (who, plural) = de_nominative(&object.join(" "));
            return Promise::Talk(Party::Subject { who, plural });
        }
    }
    if let Some(at) = find(&["an"]) {
        let to = phrase_after(at);
        if !to.is_empty() && !is_rep_de(&to) {
            let (who, plural) = de_nominative(&to);
            return Promise::Talk(Party::Subject { who, plural });
        }
    }
    if SEND.contains(&verb.as_str()) {
        let object: Vec<&str> = body
            .iter()
            .copied()
            .skip_while(|word| ["mir", "uns", "ihnen", "Ihnen", "dir", "euch"].contains(word))
            .collect();
        let head = object.last().map(|head| bare(head)).unwrap_or_default();
        if let Some((_, plural)) = DE_DATA.iter().find(|(noun, _)| head.ends_with(noun)) {
            if object.len() == 2 && ["die", "das"].contains(&object[0]) {
                return Promise::Data {
                    subject: object.join(" "),
                    plural: *plural,
                };
            }
        }
        return Promise::Decide;
    }
    if EXPLORE.contains(&verb.as_str()) {
        return Promise::Explore;
    }
    Promise::Decide
}

/// Data a German customer sends, lowercase, and whether the noun is plural.
const DE_DATA: &[(&str, bool)] = &[
    ("zahlen", true),
    ("daten", true),
    ("ergebnisse", true),
    ("kosten", true),
    ("preise", true),
    ("angebote", true),
    ("kennzahlen", true),
    ("kalkulation", false),
    ("prognose", false),
    ("aufstellung", false),
    ("übersicht", false),
    ("auswertung", false),
    ("statistik", false),
];

fn is_rep_de(phrase: &str) -> bool {
    ["mir", "uns"].contains(&phrase)
}

/// An accusative phrase after "an" as a subject, and whether it is plural: "den Vorstand" →
/// "der Vorstand", "Ihren Chef" → "Ihr Chef", "die Kollegen" (plural).
fn de_nominative(phrase: &str) -> (String, bool) {
    let mut words: Vec<String> = phrase.split(' ').map(str::to_owned).collect();
    let first = words[0].clone();
    let swapped = match first.as_str() {
        "den" => Some("der"),
        "einen" => Some("ein"),
        "Ihren" => Some("Ihr"),
        "ihren" => Some("ihr"),
        "euren" => Some("euer"),
        "deinen" => Some("dein"),
        "unseren" => Some("unser"),
        "meinen" => Some("mein"),
        _ => None,
    };
    if let Some(swapped) = swapped {
        words[0] = swapped.to_owned();
    }
    let head = words.last().map(|head| bare(head)).unwrap_or_default();
    let plural_article =
        ["die", "Ihre", "ihre", "eure", "deine", "unsere", "meine"].contains(&first.as_str());
    let plural = plural_article
        && !["ung", "ion", "heit", "keit", "schaft", "tät", "ei"]
            .iter()
            .any(|suffix| head.ends_with(suffix))
        && (head.ends_with("en") || head.ends_with("er"));
    (words.join(" "), plural)
}

/// Dutch: the verbs come last, or first after a moved pronoun ("het bespreken met de raad van
/// bestuur"); the party follows "met", "door", "aan", "naar" (sending) or "van" (getting).
fn read_nl(words: &[&str]) -> Promise {
    let lower: Vec<String> = words.iter().map(|word| bare(word)).collect();
    let has = |list: &[&str]| lower.iter().any(|word| list.contains(&word.as_str()));
    const DECIDE: &[&str] = &[
        "kiezen",
        "beslissen",
        "besluiten",
        "vergelijken",
        "testen",
        "uitproberen",
        "proberen",
        "nadenken",
        "overwegen",
        "tekenen",
        "ondertekenen",
        "weten",
        "afwegen",
    ];
    const EXPLORE: &[&str] = &[
        "uitzoeken",
        "verdiepen",
        "lezen",
        "onderzoeken",
        "nagaan",
        "uitrekenen",
        "bekijken",
        "doorrekenen",
        "nakijken",
    ];
    const SEND: &[&str] = &[
        "sturen",
        "mailen",
        "toesturen",
        "doorsturen",
        "opsturen",
        "doormailen",
    ];
    const ENDS: &[&str] = &[
        "over",
        "om",
        "voor",
        "naar",
        "bij",
        "in",
        "of",
        "en",
        "op",
        "volgende",
        "morgen",
        "vandaag",
        "uiterlijk",
        "vóór",
        "deze",
    ];
    const PRONOUNS: &[(&str, &str, bool)] = &[
        ("hun", "ze", true),
        ("hen", "ze", true),
        ("ze", "ze", true),
        ("hem", "hij", false),
        ("haar", "ze", false),
    ];
    if has(DECIDE) {
        return Promise::Decide;
    }
    let verb_like = |word: &str| {
        word.chars().next().is_some_and(is_lower)
            && (word.ends_with("en") || word.ends_with("eren"))
            && !["en", "het", "de", "een"].contains(&word)
    };
    let phrase_after = |at: usize| -> Vec<&str> {
        let mut phrase: Vec<&str> = words[at + 1..]
            .iter()
            .zip(&lower[at + 1..])
            .take_while(|(_, word)| !ENDS.contains(&word.as_str()))
            .map(|(word, _)| word.trim_end_matches([',', '.', ';', ':']))
            .collect();
        while phrase.len() > 1 && phrase.last().is_some_and(|word| verb_like(word)) {
            phrase.pop();
        }
        phrase
    };
    // "hun vragen naar de startdatum": the pronoun is who was asked; "de inkoper vragen":
    // the person.
    if lower.iter().any(|word| word == "vragen") {
        let asked: Vec<&str> = words
            .iter()
            .zip(&lower)
            .take_while(|(_, word)| {
                ![
                    "vragen", "naar", "om", "of", "over", "wanneer", "hoe", "wat",
                ]
                .contains(&word.as_str())
            })
            .map(|(word, _)| *word)
            .collect();
        let determiner = ["de", "het", "je", "jullie", "uw", "hun"];
        if asked.len() >= 2 && determiner.contains(&lower[0].as_str()) {
            let head = bare(asked[asked.len() - 1]);
            let plural = head.ends_with("'s") || (head.ends_with("en") && !head.ends_with("ing"));
            return Promise::Talk(Party::Subject {
                who: asked.join(" "),
                plural,
            });
        }
        if let Some((_, subject, plural)) = PRONOUNS.iter().find(|(object, ..)| *object == lower[0])
        {
            return Promise::Talk(Party::Subject {
                who: (*subject).to_owned(),
                plural: *plural,
            });
        }
    }
    const TALK: &[&str] = &[
        "bespreken",
        "bekijken",
        "praten",
        "overleggen",
        "afstemmen",
        "checken",
        "doornemen",
        "voorleggen",
        "hebben",
        "spreken",
        "bellen",
        "kortsluiten",
        "afspreken",
        "nagaan",
    ];
    let sends = has(SEND);
    let talks = has(TALK);
    for (at, word) in lower.iter().enumerate() {
        let marker = match word.as_str() {
            "met" if talks => "met",
            "door" | "aan" => "aan",
            "naar" if sends => "aan",
            "van" if has(&["krijgen", "ophalen"]) => "aan",
            _ => continue,
        };
        let phrase = phrase_after(at);
        if phrase.is_empty() || ["mij", "me", "ons"].contains(&phrase.join(" ").as_str()) {
            continue;
        }
        let phrase = phrase.join(" ");
        if marker == "met" {
            return Promise::Talk(Party::With(format!("met {phrase}")));
        }
        let head = phrase.rsplit(' ').next().map(bare).unwrap_or_default();
        let plural = head.ends_with("'s") || (head.ends_with("en") && !head.ends_with("ing"));
        return Promise::Talk(Party::Subject {
            who: phrase,
            plural,
        });
    }
    if sends {
        let object: Vec<&str> = words
            .iter()
            .zip(&lower)
            .skip_while(|(_, word)| ["mij", "me", "ons"].contains(&word.as_str()))
            .take_while(|(word, _)| !verb_like(word))
            .map(|(word, _)| *word)
            .collect();
        let head = object.last().map(|head| bare(head)).unwrap_or_default();
        if let Some((_, plural)) = NL_DATA.iter().find(|(noun, _)| head.ends_with(noun)) {
            return Promise::Data {
                subject: object.join(" "),
                plural: *plural,
            };
        }
        return Promise::Decide;
    }
    if has(EXPLORE) {
        return Promise::Explore;
    }
    Promise::Decide
}

/// Data a Dutch customer sends, and whether the noun is plural.
const NL_DATA: &[(&str, bool)] = &[
    ("cijfers", true),
    ("gegevens", true),
    ("resultaten", true),
    ("kosten", true),
    ("prijzen", true),
    ("offertes", true),
    ("volumes", true),
    ("data", true),
    ("berekening", false),
    ("prognose", false),
    ("offerte", false),
    ("begroting", false),
    ("calculatie", false),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(lang: Lang, action: &str) -> String {
        question(lang, &read(lang, action), lang == Lang::De).unwrap_or_else(|| "-".to_owned())
    }

    #[test]
    fn the_customers_own_things_are_said_to_them() {
        assert_eq!(
            to_the_customer(Lang::Sv, "prata med sin chef om budgeten", false),
            "prata med din chef om budgeten"
        );
        assert_eq!(
            to_the_customer(Lang::Sv, "prata med sina kollegor", true),
            "prata med era kollegor"
        );
        assert_eq!(
            to_the_customer(Lang::Nb, "snakke med sjefen sin.", false),
            "snakke med sjefen din."
        );
        assert_eq!(
            to_the_customer(Lang::De, "mit seinem Chef sprechen", true),
            "mit Ihrem Chef sprechen"
        );
        assert_eq!(
            to_the_customer(Lang::En, "talk to his boss", false),
            "talk to his boss"
        );
    }

    #[test]
    fn the_question_follows_the_promise() {
        let cases = [
            (
                Lang::En,
                "send me the figures",
                "How did the figures turn out?",
            ),
            (
                Lang::En,
                "send over the usage figures",
                "How did the usage figures turn out?",
            ),
            (Lang::En, "talk to Priya in finance", "What did Priya say?"),
            (
                Lang::En,
                "ask them about the start date",
                "What did they say?",
            ),
            (
                Lang::En,
                "check the figures with Harbour Logistics Ltd",
                "What did Harbour Logistics say?",
            ),
            (
                Lang::En,
                "forward the proposal to your managing director",
                "What did your managing director say?",
            ),
            (
                Lang::En,
                "have it reviewed by your legal team",
                "What did your legal team say?",
            ),
            (
                Lang::En,
                "get sign-off from your CFO",
                "What did your CFO say?",
            ),
            (Lang::En, "compare us with your current supplier", "-"),
            (Lang::En, "let me know which package you prefer", "-"),
            (
                Lang::En,
                "look into the integration",
                "What did you find out?",
            ),
            (Lang::Sv, "skicka siffrorna till mig", "Hur blev siffrorna?"),
            // The particle of "skicka över" is no part of what was sent.
            (
                Lang::Sv,
                "skicka över volymprognosen",
                "Hur blev volymprognosen?",
            ),
            (
                Lang::Sv,
                "prata med Nordfrakt AB om hämttiderna",
                "Vad sa Nordfrakt?",
            ),
            (Lang::Sv, "fråga dem om startdatumet", "Vad sa de?"),
            (Lang::Sv, "låta juristen titta på det", "Vad sa juristen?"),
            (
                Lang::Sv,
                "få klartecken från Region Skåne",
                "Vad sa Region Skåne?",
            ),
            (
                Lang::Sv,
                "skicka förslaget vidare till Karolinska Universitetssjukhuset",
                "Vad sa Karolinska Universitetssjukhuset?",
            ),
            (Lang::Sv, "gå igenom dem med inköp", "Vad sa inköp?"),
            (Lang::Sv, "jämföra oss med er nuvarande leverantör", "-"),
            (Lang::Nb, "sende meg tallene", "Hvordan ble tallene?"),
            (Lang::Nb, "sende over tallene", "Hvordan ble tallene?"),
            (Lang::Nb, "la juristen se på det", "Hva sa juristen?"),
            (Lang::Nb, "spørre dem om startdatoen", "Hva sa de?"),
            (
                Lang::Nb,
                "avklare med økonomisjefen",
                "Hva sa økonomisjefen?",
            ),
            (Lang::Nb, "gi meg beskjed om hvilken pakke dere velger", "-"),
            (
                Lang::De,
                "mir die Zahlen schicken",
                "Wie sind die Zahlen ausgefallen?",
            ),
            (
                Lang::De,
                "das Budget mit dem Vorstand prüfen",
                "Was hat das Gespräch mit dem Vorstand ergeben?",
            ),
            (
                Lang::De,
                "mit der Nordfrakt GmbH über die Abholzeiten sprechen",
                "Was hat das Gespräch mit der Nordfrakt GmbH ergeben?",
            ),
            (
                Lang::De,
                "die Freigabe beim Klinikum Nord einholen",
                "Wie ist die Entscheidung beim Klinikum Nord ausgefallen?",
            ),
            (
                Lang::De,
                "den Vorschlag an die Geschäftsführung weiterleiten",
                "Was hat die Geschäftsführung dazu gesagt?",
            ),
            (
                Lang::De,
                "den Vorschlag an den Vorstand weiterleiten",
                "Was hat der Vorstand dazu gesagt?",
            ),
            (
                Lang::De,
                "uns Bescheid geben, welches Paket passt",
                "Wie haben Sie sich entschieden?",
            ),
            (
                Lang::De,
                "Rückmeldung zum Angebot",
                "Wie haben Sie sich entschieden?",
            ),
            (
                Lang::Nl,
                "mij de cijfers sturen",
                "Hoe zijn de cijfers uitgevallen?",
            ),
            (
                Lang::Nl,
                "het budget met het bestuur bekijken",
                "Wat kwam er uit het gesprek met het bestuur?",
            ),
            (
                Lang::Nl,
                "met Van Dijk Transport B.V. over de ophaaltijden praten",
                "Wat kwam er uit het gesprek met Van Dijk Transport?",
            ),
            (Lang::Nl, "hun vragen naar de startdatum", "Wat zeiden ze?"),
            (
                Lang::Nl,
                "het laten bekijken door de jurist",
                "Wat zei de jurist?",
            ),
            (
                Lang::Nl,
                "het voorleggen aan het Amphia Ziekenhuis",
                "Wat zei het Amphia Ziekenhuis?",
            ),
            (
                Lang::Nl,
                "akkoord krijgen van de gemeente Utrecht",
                "Wat zei de gemeente Utrecht?",
            ),
            (
                Lang::Nl,
                "het voorstel doorsturen naar de directie",
                "Wat zei de directie?",
            ),
            (
                Lang::Nl,
                "zich verdiepen in de koppeling met jullie ERP",
                "Wat ben je te weten gekomen?",
            ),
            (
                Lang::Nl,
                "ons vergelijken met jullie huidige leverancier",
                "-",
            ),
            (Lang::En, "get back to me with a decision", "-"),
            (Lang::En, "ask around internally", "-"),
            (
                Lang::De,
                "mit dem Team Rücksprache halten",
                "Was hat das Gespräch mit dem Team ergeben?",
            ),
            (
                Lang::De,
                "den Vertrag unterschreiben",
                "Wie haben Sie sich entschieden?",
            ),
            (Lang::En, "talk to a colleague about the price", "-"),
            (
                Lang::En,
                "check the figures with Harbour Logistics by Friday",
                "What did Harbour Logistics say?",
            ),
            (
                Lang::En,
                "present it to the management team on Monday",
                "What did the management team say?",
            ),
            (
                Lang::En,
                "email me the sales figures",
                "How did the sales figures turn out?",
            ),
            (Lang::Sv, "stämma av budgeten", "-"),
            (
                Lang::Sv,
                "ta det med ledningsgruppen på måndag",
                "Vad sa ledningsgruppen?",
            ),
            (Lang::Sv, "återkomma med ett beslut", "-"),
            (
                Lang::Sv,
                "skicka försäljningssiffrorna till mig",
                "Hur blev försäljningssiffrorna?",
            ),
            (
                Lang::Nb,
                "ta det opp med ledergruppen på mandag",
                "Hva sa ledergruppen?",
            ),
            (Lang::Nb, "komme tilbake med en beslutning", "-"),
            (
                Lang::De,
                "bei der IT nachfragen, ob die Schnittstelle passt",
                "Was hat die Nachfrage bei der IT ergeben?",
            ),
            (
                Lang::De,
                "den Einkaufsleiter fragen",
                "Was hat der Einkaufsleiter dazu gesagt?",
            ),
            (
                Lang::De,
                "das mit der Geschäftsleitung am Montag besprechen",
                "Was hat das Gespräch mit der Geschäftsleitung ergeben?",
            ),
            (
                Lang::De,
                "uns die Verbrauchsdaten schicken",
                "Wie sind die Verbrauchsdaten ausgefallen?",
            ),
            (Lang::De, "sich mit einer Entscheidung melden", "-"),
            (
                Lang::Nl,
                "het met het MT bespreken op maandag",
                "Wat kwam er uit het gesprek met het MT?",
            ),
            (Lang::Nl, "de inkoper vragen", "Wat zei de inkoper?"),
            (
                Lang::Nl,
                "ons de verbruikscijfers mailen",
                "Hoe zijn de verbruikscijfers uitgevallen?",
            ),
        ];
        let mut wrong = Vec::new();
        for (lang, action, expected) in cases {
            let got = asked(lang, action);
            if got != expected {
                wrong.push(format!(
                    "{lang:?} {action:?}: {got:?}, expected {expected:?}"
                ));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
