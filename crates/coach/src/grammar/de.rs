//! German grammar for the rep's words inside the coach's sentences.
//!
//! The templates put noun phrases only where the accusative (or no case) is needed: "ging es um
//! …", "Ich bin auf … aufmerksam geworden", "Was ist … für … geplant?". An accusative frame
//! needs no agreement with a plural noun phrase, and a masculine noun phrase typed in the
//! nominative can be recognised and moved to the accusative ("der Vertrag", "ein neuer
//! Standort"); the other way round ("den" → "der") would also have to guess the number the
//! verb agrees with. So the labels ask for the accusative, and what is typed otherwise is
//! corrected where it is certain and left as typed where it is not.
//!
//! Everything works on whole words split at spaces, so no slice can fall inside a character.

use crate::text::{is_letter, is_lower, is_upper, upper_char, Lower};

/// The rep's words in the register of the line: a formal line says "Ihr", "Ihnen", an informal
/// one "dein", "dir". A hook copied from a note in the other register would otherwise mix both
/// in one sentence.
pub fn in_register(text: &str, formal: bool) -> String {
    map_words(text, |word| {
        let swapped = if formal {
            informal_to_formal(word)
        } else {
            formal_to_informal(word)
        };
        swapped.map(str::to_owned)
    })
}

fn informal_to_formal(word: &str) -> Option<&'static str> {
    Some(match word {
        "dein" | "Dein" | "euer" | "Euer" => "Ihr",
        "deine" | "Deine" | "eure" | "Eure" => "Ihre",
        "deinen" | "Deinen" | "euren" | "Euren" => "Ihren",
        "deinem" | "Deinem" | "eurem" | "Eurem" => "Ihrem",
        "deiner" | "Deiner" | "eurer" | "Eurer" => "Ihrer",
        "deines" | "Deines" | "eures" | "Eures" => "Ihres",
        "dir" => "Ihnen",
        "dich" => "Sie",
        _ => return None,
    })
}

/// Only the capitalised forms are formal; "ihr", "ihre" (her, their) stay. "Sie" is left
/// alone: "dich" or "du" depends on its case, and it also starts sentences.
fn formal_to_informal(word: &str) -> Option<&'static str> {
    Some(match word {
        "Ihr" => "dein",
        "Ihre" => "deine",
        "Ihren" => "deinen",
        "Ihrem" => "deinem",
        "Ihrer" => "deiner",
        "Ihres" => "deines",
        "Ihnen" => "dir",
        _ => return None,
    })
}

/// A noun phrase for an accusative slot. A masculine one typed in the nominative is moved to
/// the accusative when its form shows it: "der Wartungsvertrag" → "den Wartungsvertrag", "ein
/// besserer Überblick" → "einen besseren Überblick", "dein Beitrag" → "deinen Beitrag" (a noun
/// known to be masculine). Feminine, neuter and plural phrases read the same in both cases, and
/// a phrase whose gender cannot be told is left as typed.
pub fn accusative(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split(' ').collect();
    let Some(&first) = words.first() else {
        return phrase.to_owned();
    };
    let mut out: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
    let adjectives = |from: usize| words[from..].iter().take_while(|w| is_adjective(w)).count();
    match first {
        "der" | "Der" => {
            out[0] = if first == "Der" { "Den" } else { "den" }.to_owned();
            for i in 1..1 + adjectives(1) {
                if words[i].ends_with('e') {
                    out[i] = format!("{}n", words[i]);
                }
            }
        }
        _ if EIN_WORDS.contains(&first.lower().as_str()) => {
            let count = adjectives(1);
            let masculine = match words.get(1 + count) {
                Some(noun) if count == 0 => is_masculine_noun(noun),
                Some(_) => words[1].ends_with("er"),
                None => false,
            };
            if masculine {
                out[0] = match first {
                    "euer" => "euren".to_owned(),
                    "Euer" => "Euren".to_owned(),
                    _ => format!("{first}en"),
                };
                for i in 1..1 + count {
                    out[i] = strong_to_accusative(words[i]);
                }
            }
        }
        // A bare adjective in the strong masculine nominative: "besserer Überblick".
        _ if is_adjective(first)
            && first.ends_with("er")
            && !NOT_DECLINED.contains(&first)
            && words.get(1).is_some_and(|w| starts_upper(w)) =>
        {
            out[0] = strong_to_accusative(first);
        }
        _ => {}
    }
    out.join(" ")
}

fn strong_to_accusative(adjective: &str) -> String {
    match adjective.strip_suffix("er") {
        Some(stem) => format!("{stem}en"),
        None => adjective.to_owned(),
    }
}

/// The determiners declined like "ein", whose masculine nominative has no ending.
const EIN_WORDS: &[&str] = &[
    "ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer",
];

/// Words ending in "-er" that are not declined adjectives.
const NOT_DECLINED: &[&str] = &[
    "weniger", "mehrerer", "aber", "oder", "über", "unter", "wieder",
];

fn is_adjective(word: &str) -> bool {
    word.chars().next().is_some_and(is_lower)
        && word.chars().all(|c| is_letter(c) || c == '-')
        && word.chars().count() > 2
        && !NOT_DECLINED.contains(&word)
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(is_upper)
}

/// Endings of nouns a rep writes about prospects that are masculine ("Beitrag", "Artikel",
/// "Standort"); the compound's last part decides. An unknown noun is treated as not masculine,
/// which leaves the phrase as typed.
fn is_masculine_noun(noun: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "trag",
        "artikel",
        "bericht",
        "post",
        "ort",
        "zug",
        "wechsel",
        "start",
        "erfolg",
        "kommentar",
        "podcast",
        "auftritt",
        "besuch",
        "einstieg",
        "bau",
        "kauf",
        "schluss",
        "launch",
        "preis",
        "award",
        "gewinn",
        "rekord",
        "satz",
        "plan",
        "schritt",
        "gang",
        "ismus",
        "ling",
        "ruf",
        "blick",
        "termin",
        "bedarf",
        "markt",
        "vertrag",
        "umsatz",
        "wachs",
        "beschluss",
        "entwurf",
        "versuch",
        "kunde",
        "lieferant",
        "prozess",
    ];
    let lower = noun.lower();
    let lower = lower.trim_end_matches(|c: char| !is_letter(c));
    ENDINGS.iter().any(|ending| lower.ends_with(ending))
}

/// A topic for "ging es um …": in the register of the line, in the accusative, and with the
/// article a bare singular noun needs ("Preiserhöhung zum 1. Januar" → "die Preiserhöhung …").
pub fn topic(phrase: &str, formal: bool) -> String {
    let phrase = accusative(&in_register(phrase, formal));
    let first = phrase.split(' ').next().unwrap_or("");
    if starts_upper(first) && is_feminine_noun(first) {
        format!("die {phrase}")
    } else {
        phrase
    }
}

/// "Rückmeldung zum Angebot" → "eine Rückmeldung zum Angebot": a bare feminine singular noun
/// needs an article as the object of "zugesagt".
fn with_indefinite_article(phrase: &str) -> String {
    let first = phrase.split(' ').next().unwrap_or("");
    if starts_upper(first) && is_feminine_noun(first) {
        format!("eine {phrase}")
    } else {
        phrase.to_owned()
    }
}

/// Suffixes that make a noun feminine and singular; a plural or mass noun (the only other
/// kind said without an article) does not end in them.
fn is_feminine_noun(noun: &str) -> bool {
    const SUFFIXES: &[&str] = &["ung", "heit", "keit", "schaft", "ion", "tät"];
    let lower = noun.lower();
    SUFFIXES.iter().any(|suffix| lower.ends_with(suffix))
}

/// Where the prospect works, as said after the verb: "bei der Nordfrakt GmbH", "beim Klinikum
/// Nord", "bei den Stadtwerken Bielefeld", and "bei Siemens" for a name that takes no article,
/// which is also what an unknown name gets.
pub fn at_organisation(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let first = words.first().copied().unwrap_or("");
    let rest = || words[1..].join(" ");
    match first {
        "die" | "Die" if words.len() > 1 => return format!("bei der {}", rest()),
        "das" | "Das" | "der" | "Der" if words.len() > 1 => return format!("beim {}", rest()),
        _ => {}
    }
    let last = words
        .last()
        .map(|w| w.trim_end_matches('.').lower())
        .unwrap_or_default();
    const FEMININE_FORMS: &[&str] = &[
        "gmbh", "ag", "kg", "se", "ug", "ohg", "gbr", "mbh", "eg", "kgaa", "ltd", "inc", "llc",
        "ab", "as", "asa", "bv", "b.v", "nv", "sa", "sarl", "srl", "plc",
    ];
    if FEMININE_FORMS.contains(&last.as_str()) {
        return format!("bei der {name}");
    }
    if last == "e.v" || last == "ev" {
        return format!("beim {name}");
    }
    let head = first.lower();
    const PLURAL: &[&str] = &["werke", "betriebe", "kliniken"];
    if PLURAL.iter().any(|s| head.ends_with(s)) {
        let dative = if first.ends_with('e') { "n" } else { "" };
        return format!("bei den {first}{dative} {}", rest())
            .trim_end()
            .to_owned();
    }
    const NEUTER: &[&str] = &[
        "klinikum",
        "haus",
        "hotel",
        "institut",
        "zentrum",
        "amt",
        "büro",
        "studio",
        "restaurant",
        "café",
        "museum",
        "theater",
        "labor",
        "werk",
        "center",
        "kontor",
    ];
    const FEMININE: &[&str] = &[
        "ei",
        "praxis",
        "klinik",
        "bank",
        "kasse",
        "schule",
        "universität",
        "apotheke",
        "agentur",
        "versicherung",
        "stiftung",
        "gruppe",
        "genossenschaft",
        "gesellschaft",
        "spedition",
        "werkstatt",
        "firma",
        "behörde",
        "verwaltung",
        "gemeinde",
        "stadt",
        "kanzlei",
        "manufaktur",
        "akademie",
        "galerie",
        "brauerei",
    ];
    const MASCULINE: &[&str] = &["verein", "verband", "konzern", "hof", "betrieb", "handel"];
    // Only a common noun heads a name that takes an article; a short word such as a surname
    // ending in "-ei" is not one.
    if starts_upper(first) && head.chars().count() > 4 {
        if NEUTER.iter().any(|s| head.ends_with(s)) || MASCULINE.iter().any(|s| head.ends_with(s)) {
            return format!("beim {name}");
        }
        if FEMININE.iter().any(|s| head.ends_with(s)) {
            return format!("bei der {name}");
        }
    }
    format!("bei {name}")
}

/// A job title after "Was beschäftigt Sie als …", which stands in the accusative with "Sie":
/// "Kaufmännischer Direktor" → "Kaufmännischen Direktor", "Assistent" → "Assistenten".
pub fn role_in_accusative(role: &str) -> String {
    let mut words: Vec<String> = role.split(' ').map(str::to_owned).collect();
    let Some(first) = words.first().cloned() else {
        return role.to_owned();
    };
    let lower = first.lower();
    const ADJECTIVE: &[&str] = &["ischer", "licher", "iger", "ender", "aler", "eller", "iver"];
    if words.len() > 1 && ADJECTIVE.iter().any(|s| lower.ends_with(s)) {
        words[0] = strong_to_accusative(&first);
    } else if let Some(head) = words.iter_mut().find(|w| starts_upper(w)) {
        // Weak masculine nouns: "Assistent", "Referent", "Praktikant".
        let l = head.lower();
        if l.ends_with("ent") || l.ends_with("ant") {
            head.push_str("en");
        }
    }
    words.join(" ")
}

/// Pronouns that open a promised action and go before the time phrase in the sentence:
/// "Sie wollten mir bis Freitag die Zahlen schicken", never "bis Freitag mir".
const CLITICS: &[&str] = &[
    "mir", "mich", "uns", "dir", "dich", "euch", "ihnen", "Ihnen", "ihm", "ihn", "es", "sich",
    "sie",
];

/// "you were going to …": the rep's promised action with the due phrase (`by`, "bis
/// gestern"), the pronouns the action starts with moved before it, and a reflexive "sich" in
/// the line's person. An action typed as a noun phrase ("Rückmeldung zum Angebot", as a log
/// label may invite) has no verb to end on, so it is said as what they had promised: "Sie
/// hatten … zugesagt". `reminder` adds the "ja" of a reminder, for an action said without
/// the topic before it.
pub fn promise(action: &str, by: Option<&str>, formal: bool, reminder: bool) -> String {
    let action = to_the_rep(action);
    let action = in_register(&action, formal);
    let words: Vec<&str> = action.split(' ').filter(|w| !w.is_empty()).collect();
    let lead = words.iter().take_while(|w| CLITICS.contains(w)).count();
    let mut front: Vec<String> = words[..lead].iter().map(|w| (*w).to_owned()).collect();
    let rest = &words[lead..];
    if front.len() == 1 && front[0] == "es" {
        // "das" points back to whatever was discussed; "es" after a plural topic does not.
        front[0] = "das".to_owned();
    }
    if !formal {
        for word in &mut front {
            if word == "sich" {
                let dative = rest.first().is_some_and(|next| {
                    starts_upper(next) || ARTICLES.contains(&next.lower().as_str())
                });
                *word = if dative { "dir" } else { "dich" }.to_owned();
            }
        }
    }
    if reminder {
        front.push("ja".to_owned());
    }
    if let Some(by) = by {
        front.push(by.to_owned());
    }
    let (subject_wanted, subject_had) = if formal {
        ("Sie wollten", "Sie hatten")
    } else {
        ("du wolltest", "du hattest")
    };
    let rest = rest.join(" ");
    let mut parts = Vec::new();
    if ends_in_infinitive(&rest) {
        parts.push(subject_wanted.to_owned());
        parts.extend(front);
        parts.push(rest);
    } else {
        parts.push(subject_had.to_owned());
        if lead == 0 {
            // Promised to whom goes without saying in the typed note, not in the sentence.
            parts.push("mir".to_owned());
        }
        parts.extend(front);
        if !rest.is_empty() {
            parts.push(with_indefinite_article(&accusative(&rest)));
        }
        parts.push("zugesagt".to_owned());
    }
    parts.join(" ")
}

/// The rep's note as the customer said it ("Ihnen die Zahlen schicken": to the rep) said by
/// the rep: "mir die Zahlen schicken". Only for verbs of sending and telling, where "Ihnen"
/// (or "ihnen" typed in lowercase) can only be the rep: the line has no "them" to point to.
fn to_the_rep(action: &str) -> String {
    const TO_SOMEONE: &[&str] = &[
        "schicken",
        "senden",
        "zuschicken",
        "zusenden",
        "mailen",
        "geben",
        "sagen",
        "mitteilen",
        "zeigen",
        "weiterleiten",
        "liefern",
        "nennen",
        "bestätigen",
        "zukommen",
    ];
    let Some((first, rest)) = action.split_once(' ') else {
        return action.to_owned();
    };
    let verb = rest
        .split(',')
        .next()
        .and_then(|main| main.split_whitespace().last())
        .unwrap_or("");
    if matches!(first, "Ihnen" | "ihnen") && TO_SOMEONE.contains(&verb) {
        format!("mir {rest}")
    } else {
        action.to_owned()
    }
}

const ARTICLES: &[&str] = &[
    "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "kein", "keine",
];

/// Whether the action's main clause ends on an infinitive ("schicken", "weiterleiten",
/// "ändern", "tun"): the last word before a comma, lowercase, ending in "n".
fn ends_in_infinitive(action: &str) -> bool {
    let main = action.split(',').next().unwrap_or("");
    main.split(' ')
        .rfind(|w| !w.is_empty())
        .is_some_and(|verb| {
            verb.chars().next().is_some_and(is_lower)
                && verb.chars().all(is_letter)
                && verb.ends_with('n')
        })
}

/// Applies `swap` to the letters of each word, keeping the punctuation around them.
fn map_words(text: &str, swap: impl Fn(&str) -> Option<String>) -> String {
    text.split(' ')
        .map(|word| {
            let start = word.find(is_letter).unwrap_or(word.len());
            let core_len = word[start..]
                .find(|c: char| !is_letter(c))
                .unwrap_or(word.len() - start);
            let (head, rest) = word.split_at(start);
            let (core, tail) = rest.split_at(core_len);
            match swap(core) {
                Some(new) => format!("{head}{new}{tail}"),
                None => word.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The prep card's fields as the German templates take them: `phrases` (hook, need, reason)
/// in the line's register and the noun phrases in the accusative, the role in the accusative
/// after "Sie als …", the company as the phrase "bei der Nordfrakt GmbH".
pub fn prepare_card(
    formal: bool,
    phrases: [&mut String; 3],
    role: &mut String,
    company: &mut String,
) {
    let [hook, need, reason] = phrases;
    *hook = accusative(&in_register(hook, formal));
    *need = accusative(&in_register(need, formal));
    *reason = after_colon(&in_register(reason, formal));
    *role = role_in_accusative(role);
    if !company.is_empty() {
        *company = at_organisation(company);
    }
}

/// A reason after "Der Grund für meinen Anruf:" starts with a capital when it is a sentence of
/// its own ("Wir helfen …"), which a subject pronoun at its start shows.
fn after_colon(reason: &str) -> String {
    const SUBJECTS: &[&str] = &["wir", "ich", "es", "man"];
    let first = reason.split(' ').next().unwrap_or("");
    if !SUBJECTS.contains(&first) {
        return reason.to_owned();
    }
    let mut chars = reason.chars();
    match chars.next() {
        Some(c) => std::iter::once(upper_char(c)).chain(chars).collect(),
        None => String::new(),
    }
}

/// How a formal German line addresses someone typed by full name: "Jonas Becker" → "Herr
/// Becker", "Dr. Thomas Müller" → "Herr Dr. Müller". The courtesy title needs the person's
/// gender, told here from common first names; `None` when the first name is not known, and
/// the greeting then leaves the name out rather than guess.
pub fn formal_address(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let titles = words
        .iter()
        .take_while(|w| matches!(w.trim_end_matches('.').lower().as_str(), "dr" | "prof"))
        .count();
    let first = words.get(titles)?;
    let surname = words.get(titles + 1..).filter(|rest| !rest.is_empty())?;
    let courtesy = if MALE_NAMES.contains(first) {
        "Herr"
    } else if FEMALE_NAMES.contains(first) {
        "Frau"
    } else {
        return None;
    };
    let mut parts = vec![courtesy];
    parts.extend(&words[..titles]);
    parts.extend(surname);
    Some(parts.join(" "))
}

const MALE_NAMES: &[&str] = &[
    "Alexander",
    "Andreas",
    "Benjamin",
    "Bernd",
    "Christian",
    "Christoph",
    "Daniel",
    "David",
    "Dennis",
    "Dieter",
    "Dirk",
    "Dominik",
    "Elias",
    "Emil",
    "Erik",
    "Fabian",
    "Felix",
    "Florian",
    "Frank",
    "Georg",
    "Gerhard",
    "Hans",
    "Harald",
    "Heiko",
    "Helmut",
    "Holger",
    "Jan",
    "Jens",
    "Jonas",
    "Jörg",
    "Julian",
    "Jürgen",
    "Kai",
    "Karl",
    "Klaus",
    "Lars",
    "Leon",
    "Lukas",
    "Manfred",
    "Marco",
    "Marcel",
    "Mario",
    "Markus",
    "Martin",
    "Matthias",
    "Max",
    "Maximilian",
    "Mehmet",
    "Michael",
    "Moritz",
    "Niklas",
    "Nils",
    "Oliver",
    "Patrick",
    "Paul",
    "Peter",
    "Philipp",
    "Rainer",
    "Ralf",
    "René",
    "Robert",
    "Sebastian",
    "Simon",
    "Stefan",
    "Stephan",
    "Sven",
    "Thomas",
    "Thorsten",
    "Tim",
    "Timo",
    "Tobias",
    "Tom",
    "Torsten",
    "Uwe",
    "Volker",
    "Werner",
    "Wolfgang",
    "Yusuf",
    "Ahmet",
    "Ali",
    "Mustafa",
    "Johannes",
    "Jakob",
    "Noah",
    "Ben",
    "Finn",
    "Luca",
    "Leonard",
    "Henrik",
    "Hendrik",
    "Ole",
    "Till",
    "Malte",
];

const FEMALE_NAMES: &[&str] = &[
    "Alexandra",
    "Andrea",
    "Angelika",
    "Anja",
    "Anna",
    "Anne",
    "Annika",
    "Antje",
    "Ayşe",
    "Barbara",
    "Bettina",
    "Birgit",
    "Brigitte",
    "Carina",
    "Carolin",
    "Christina",
    "Christine",
    "Claudia",
    "Daniela",
    "Doris",
    "Elena",
    "Elif",
    "Elisabeth",
    "Emma",
    "Eva",
    "Franziska",
    "Gabriele",
    "Hanna",
    "Hannah",
    "Heike",
    "Helga",
    "Ines",
    "Jana",
    "Janina",
    "Jennifer",
    "Jessica",
    "Johanna",
    "Julia",
    "Jutta",
    "Karin",
    "Katharina",
    "Kathrin",
    "Katja",
    "Kerstin",
    "Klara",
    "Laura",
    "Lea",
    "Lena",
    "Lisa",
    "Maike",
    "Manuela",
    "Maria",
    "Marie",
    "Marina",
    "Martina",
    "Melanie",
    "Mia",
    "Monika",
    "Nadine",
    "Natalie",
    "Nicole",
    "Nina",
    "Petra",
    "Sabine",
    "Sandra",
    "Sarah",
    "Sara",
    "Silke",
    "Simone",
    "Sofia",
    "Sophie",
    "Stefanie",
    "Stephanie",
    "Susanne",
    "Svenja",
    "Tanja",
    "Ursula",
    "Vanessa",
    "Verena",
    "Zeynep",
    "Lara",
    "Leonie",
    "Emily",
    "Luisa",
    "Charlotte",
    "Marlene",
    "Ute",
    "Silvia",
    "Sonja",
    "Miriam",
];
