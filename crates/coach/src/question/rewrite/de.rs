//! German topics and rewrites.

use super::{address_from, fill, separable_split, Address, Frame, RewriteRules, Topic};
use crate::question::scan::Tokens;
use crate::words::Words;

pub(super) static RULES: RewriteRules = RewriteRules {
    // "zum"/"zur" carry their preposition inside.
    topic_prepositions: words![
        "über",
        "zu",
        "bezüglich",
        "wegen",
        "hinsichtlich",
        "um",
        "zum",
        "zur",
    ],
    // Unused: see `bare_phrase`.
    bare_markers: words![],
    article_for_quantified: |_| None,
    definite_suffixes: words![],
    indefinite_markers: words![],
    pronoun_articles: words![],
    capitalised_nouns: true,
    open_compounds: false,
    // The genitive joins its noun: "die Einrichtung des Zugangs".
    complement_prepositions: words!["des"],
    parties: words![
        "gewerkschaft",
        "gesellschafter",
        "aktionär",
        "vorstand",
        "führer",
        // Geschäfts-, Unternehmensführung; not Ein- or Ausführung.
        "sführung",
        "chef",
        "leiter",
        "leitung",
        "abteilung",
        "einkauf",
        "team",
        "kolleg",
        "berater",
        "beauftragte",
        "management",
        "gremium",
        // "Rat" is too short to be matched inside compounds.
        "rat",
        "aufsichtsrat",
        "betriebsrat",
        "personalrat",
        "gemeinderat",
        "stadtrat",
        "beirat",
        "verwaltungsrat",
        "it",
        "edv",
        "architekt",
        "planer",
        "gutachter",
        "prüfer",
        "notar",
        "verwaltung",
        "behörde",
        "amt",
        "gemeinde",
        "kommune",
        "vertrieb",
        "direktor",
        "direktion",
        "inhaber",
        "eigentümer",
        "lieferant",
        "partner",
        "bank",
        "anwalt",
        "jurist",
        "buchhaltung",
        "controlling",
        "zentrale",
        "konzern",
        "mitarbeiter",
        "einkäufer",
        "nutzer",
        "anwender",
        "ingenieur",
        "statiker",
        "controller",
        "entwickler",
        "arzt",
        "ärztin",
        "gruppe",
        "kommission",
        "ausschuss",
        "bauherr",
        "kunde",
        "kreistag",
        // The staff, a union, a deputy: "Hat die Belegschaft …", "Ihre Vertretung".
        // "Hat Frau Wagner …": a person named with the title, which the name runs on from.
        "frau",
        "herr",
        "herrn",
        "belegschaft",
        "mannschaft",
        "vertretung",
    ],
    never_topics: words![
        // The rep's own notes, looked up when the thread is lost.
        "notiz",
        // The nouns of "lost track", "after the holidays": the rep's memory and calendar.
        "faden",
        "überblick",
        "gedächtnis",
        // When.
        "woche",
        "monat",
        "quartal",
        "jahr",
        "tag",
        "zwischenzeit",
        "ferien",
        "saison",
        "morgen",
        "mittag",
        "abend",
        "wochenende",
        "mal",
        "weile",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "frühjahr",
        "frühling",
        "sommer",
        "herbst",
        "winter",
        "weihnacht",
        "feiertag",
        "ostern",
        "sitzung",
        "gespräch",
        "besprechung",
        "meeting",
        "messe",
        "urlaub",
        "telefon",
        "telefonat",
        "anruf",
        "ende",
        "anfang",
        "mitte",
        // Idioms: auf dem Tisch, den Faden verlieren, auf die Sprünge helfen, grünes Licht.
        "licht",
        "tisch",
        "sprünge",
        "radar",
        "schiene",
        "blick",
        "verkosten",
        "verkostet",
        "probiert",
        "bild",
        "bilde",
        "kopf",
        "laufende",
        "hand",
        "einordnung",
        // "der Stand der Dinge", "nach der langen Pause".
        "ding",
        "pause",
        "erinnerung",
    ],
    weak_topics: words![
        // "im Lauf der Woche", "kurz zur Orientierung": when and why, not what.
        "lauf",
        "laufe",
        "orientierung",
        // "the problem with the link": a carrier of the thing.
        "problem",
        // Whole words only, unlike the never-topics: "Hatten Sie Zeit", "auf Ihrer Seite", "auf
        // dem Schirm", but "die Lieferzeit", "unsere Webseite", "die Bildschirme".
        "zeit",
        "seite",
        "schirm",
        "eindruck",
        "plan",
        "idee",
        "chance",
        "möglichkeit",
        "gelegenheit",
        "stand",
        "status",
        "neuigkeit",
        "update",
        "rückmeldung",
        "mail",
        "nachricht",
        "link",
        "anhang",
        "schreiben",
        "sache",
        "frage",
        "thema",
        "entscheidung",
        "feedback",
        "einschätzung",
        "meinung",
        "ergebnis",
        "info",
        "information",
        "details",
        "termin",
        "knackpunkt",
        "punkt",
        "schritt",
        "beschluss",
        // Approvals and answers, like "Entscheidung" and "Rückmeldung": what they are about is
        // the topic ("Haben Sie schon Zustimmung vom Betriebsrat zur Zeiterfassung?").
        "zustimmung",
        "genehmigung",
        "bestätigung",
        "unterstützung",
        "antwort",
        "zusage",
        "absage",
        "sachstand",
        "zwischenstand",
    ],
    head_endings: words!["e", "en", "n", "s", "es", "er", "r", "in", "innen", "nen"],
    clitics: words![],
    not_noun_endings: words![],
    request_verbs: words![
        "schicken",
        "senden",
        "zuschicken",
        "zurückschicken",
        "zusenden",
        "mailen",
        "weiterleiten",
        "zukommen",
    ],
    request_modals: words![
        "können",
        "könnten",
        "kannst",
        "könntest",
        "würden",
        "würdest",
        "möglich",
        // "Dürfte ich Sie bitten, mir … zu schicken?"
        "dürfte",
        "darf",
    ],
    pass_on_verbs: words!["weiterleiten", "weitergeben", "bitten", "fragen"],
    requested: |topic, address| {
        let Case::Accusative(object) = case_of(topic) else {
            return None;
        };
        let had_you = match address {
            Address::Singular => "hattest du",
            Address::Plural => "hattet ihr",
            Address::Formal => "hatten Sie",
        };
        Some(format!("Wann {had_you} vor, uns {object} zu schicken?"))
    },
    you_subjects: words!["sie", "du", "ihr"],
    request_fillers: words!["bitte", "mal", "vielleicht", "eventuell"],
    request_openings: words!["gerne", "kurz"],
    passed_on: |phrase, address| {
        let had_you = match address {
            Address::Singular => "hattest du",
            Address::Plural => "hattet ihr",
            Address::Formal => "hatten Sie",
        };
        // "die Unterlagen an X weiterleiten" → "…weiterzuleiten", "Sabine bitten, mir … zu
        // schicken" → "Sabine zu bitten, …": the infinitive that ends the first clause.
        // "… weiterleiten können?": the modal is the request's, not what is to be done.
        let phrase = phrase.strip_suffix(" können").unwrap_or(phrase);
        let main = phrase.find(',').unwrap_or(phrase.len());
        let verb_at = phrase[..main].rfind(' ').map_or(0, |space| space + 1);
        let verb = &phrase[verb_at..main];
        let with_zu = match separable_split(verb, SEPARABLE_PREFIXES) {
            Some((prefix, rest)) => format!("{prefix}zu{rest}"),
            None if verb_at == 0 => return None,
            None => format!("zu {verb}"),
        };
        Some(format!(
            "Wann {had_you} vor, {}{with_zu}{}?",
            &phrase[..verb_at],
            &phrase[main..]
        ))
    },
    pronoun_objects: words!["das", "es", "ihn", "dies", "diese", "dieses"],
    with_prepositions: words!["mit"],
    from_prepositions: words!["von"],
    call_verbs: words![],
    from_contraction: |word| (word == "vom").then_some("dem"),
    to_prepositions: words!["an"],
    dative_of: dative_of_accusative,
    look_verbs: words![
        "hineinzuschauen",
        "hineingeschaut",
        "reinzuschauen",
        "reingeschaut",
        "durchgeblättert",
        "angeschaut",
        "anzuschauen",
        "anschauen",
        "angesehen",
        "anzusehen",
        "ansehen",
        "gelesen",
        "lesen",
        "geprüft",
        "prüfen",
        "durchgesehen",
        "durchgelesen",
        "getestet",
        "testen",
        "ausprobiert",
        "durchgeblättert",
        "gesichtet",
        "überflogen",
        "reingeschaut",
        "hineingeschaut",
        "blick",
    ],
    compare_verbs: words!["verglichen", "vergleichen"],
    compared: |partner, _| format!("Wie ist der Vergleich mit {partner} ausgefallen?"),
    address,
    party_said: |party| {
        if party.talked_with {
            format!("Was hat das Gespräch mit {} ergeben?", party.phrase)
        } else {
            let has = if party.plural { "haben" } else { "hat" };
            format!("Was {has} {} gesagt?", party.phrase)
        }
    },
    without_topic: |address| {
        let (have, you) = match address {
            Address::Singular => ("hast", "du"),
            Address::Plural => ("habt", "ihr"),
            Address::Formal => ("haben", "Sie"),
        };
        format!("Was {have} {you} seit unserem letzten Gespräch entschieden?")
    },
    rewrite,
};

/// "den Einkauf" → "dem Einkauf", "Ihre Geschäftsführung" → "Ihrer Geschäftsführung": the
/// accusative after "an" as the dative after "mit". "die" and its kin are feminine only before
/// a noun with a feminine ending; before any other they may be plural, which this cannot say.
fn dative_of_accusative(phrase: &str) -> Option<String> {
    let (article, noun) = phrase.split_once(' ')?;
    let feminine = FEMININE_ENDINGS
        .iter()
        .any(|ending| crate::text::lowercase(noun).ends_with(ending));
    // The masculine and neuter forms end in "-en"/"das", the feminine ones in "-e"/"die".
    let (masculine, dative) = match article {
        "den" | "das" => (true, "dem"),
        "die" => (false, "der"),
        "Ihren" | "ihren" => (true, "Ihrem"),
        "Ihre" | "ihre" => (false, "Ihrer"),
        "unseren" => (true, "unserem"),
        "unsere" => (false, "unserer"),
        "euren" => (true, "eurem"),
        "eure" => (false, "eurer"),
        "deinen" => (true, "deinem"),
        "deine" => (false, "deiner"),
        _ => return None,
    };
    (masculine || feminine).then(|| format!("{dative} {noun}"))
}

/// Noun endings that are feminine: "die Geschäftsführung", "die Direktion".
const FEMININE_ENDINGS: Words = words!["ung", "ion", "heit", "keit", "schaft", "ei", "in", "tät"];

/// Separable prefixes, longest first, that take "zu" after them ("weiterzuleiten").
const SEPARABLE_PREFIXES: Words = words![
    "zusammen", "zurück", "weiter", "vorbei", "durch", "nach", "auf", "aus", "ein", "mit", "vor",
    "ab", "an", "zu",
];

fn address(tokens: &Tokens, text: &str) -> Address {
    // "ihr" as written, the subject after its verb or a conjunction ("Kommt ihr …", "ob ihr
    // …"), unlike the formal "Ihr" and "ihr" for "her" ("Hat Frau Keller ihr Team …").
    let plural_subject = (1..tokens.len()).any(|at| {
        let previous = tokens.word(at - 1);
        text[tokens.list[at].original.clone()] == *"ihr"
            && (previous.ends_with('t')
                || matches!(previous, "seid" | "ob" | "dass" | "wenn" | "weil" | "als"))
    });
    if plural_subject && !(0..tokens.len()).any(|at| tokens.word(at) == "du") {
        return Address::Plural;
    }
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

const DATIVE_ONLY: Words = words![
    "dem", "einem", "ihrem", "unserem", "deinem", "eurem", "diesem", "zum", "zur", "vom", "beim",
    "im", "am",
];

const DATIVE_PREPOSITIONS: Words = words![
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

fn ends_like_dative_plural(noun: &str) -> bool {
    ["en", "rn", "ln"]
        .iter()
        .any(|ending| noun.ends_with(ending))
}

const GENITIVE_PREPOSITIONS: Words = words!["wegen", "bezüglich", "hinsichtlich", "betreffs"];

/// The topic in the case a rewrite's frame needs. The rep's text gives the case of the phrase
/// as written; the frames take the accusative ("über den Vertrag") or, after "bei", the
/// dative, which is unambiguous where the gender is not known: "Ihr Angebot" and "Ihr
/// Katalog" are both "bei Ihrem ...".
enum Case {
    Accusative(String),
    /// With its "bei".
    Dative(String),
}

fn case_of(topic: &Topic) -> Case {
    // A genitive complement keeps its case: only the phrase before it changes.
    if let Some((core, genitive)) = topic.phrase.split_once(" des ") {
        let core = Topic {
            phrase: core.to_owned(),
            before: topic.before.clone(),
            head: topic.head.clone(),
        };
        return match case_of(&core) {
            Case::Accusative(phrase) => Case::Accusative(format!("{phrase} des {genitive}")),
            Case::Dative(phrase) => Case::Dative(format!("{phrase} des {genitive}")),
        };
    }
    let (first, rest) = topic.phrase.split_once(' ').unwrap_or((&topic.phrase, ""));
    let lower = crate::text::lowercase(first);
    let after_dative_preposition = DATIVE_PREPOSITIONS.contains(&topic.before.as_str());
    let after_two_way_preposition = matches!(topic.before.as_str(), "in" | "an" | "auf");
    let possessive_stem = POSSESSIVES
        .iter()
        .find(|stem| lower.strip_prefix(*stem).is_some());
    let ending = possessive_stem.map_or("", |stem| &lower[stem.len()..]);
    // "euer" loses its e before an ending: eurem.
    let stem_as_written = |first: &str| match first.strip_suffix("er") {
        Some(eu) if crate::text::lowercase(first) == "euer" => format!("{eu}r"),
        _ => first.to_owned(),
    };
    match lower.as_str() {
        "zum" | "vom" | "beim" | "im" | "am" => Case::Dative(format!("beim {rest}")),
        "zur" => Case::Dative(format!("bei der {rest}")),
        "des" => Case::Dative(format!("beim {}", without_genitive(rest))),
        // After "in", "an", "auf" a "den" is the accusative singular unless its noun has the
        // "-n" of the dative plural: "auf den Plan", "in den Unterlagen", "an den Mustern".
        "den" | "diesen" if after_two_way_preposition && !ends_like_dative_plural(&topic.head) => {
            Case::Accusative(topic.phrase.clone())
        }
        "den" | "der" | "diesen" | "dieser" if after_dative_preposition => {
            Case::Dative(format!("bei {}", topic.phrase))
        }
        // "wegen der Lieferung": the genitive of a feminine noun has the dative's article.
        "der" | "dieser" if GENITIVE_PREPOSITIONS.contains(&topic.before.as_str()) => {
            Case::Dative(format!("bei {}", topic.phrase))
        }
        // An indefinite or interrogative article becomes the definite one of its case: the
        // rewrite names a thing both sides know ("eine Staffelung" → "die Staffelung").
        "eine" | "welche" => Case::Accusative(format!("die {rest}")),
        "einen" | "welchen" if after_dative_preposition => Case::Dative(format!("bei den {rest}")),
        "einen" | "welchen" => Case::Accusative(format!("den {rest}")),
        "einem" | "welchem" => Case::Dative(format!("beim {rest}")),
        "einer" => Case::Dative(format!("bei der {rest}")),
        "welcher" if after_dative_preposition => Case::Dative(format!("bei der {rest}")),
        "welcher" => Case::Accusative(format!("den {}", with_adjectives(rest, "e", "en"))),
        "ein" | "welches" => Case::Dative(format!(
            "beim {}",
            with_adjectives(&with_adjectives(rest, "er", "en"), "es", "en")
        )),
        "eines" => Case::Dative(format!("beim {}", without_genitive(rest))),
        "dem" => Case::Dative(format!("beim {rest}")),
        word if DATIVE_ONLY.contains(&word) => Case::Dative(format!("bei {}", topic.phrase)),
        // "eines der drei Angebote": a genitive plural, which the frame names as all of them.
        "der" if matches!(topic.before.as_str(), "eines" | "einer" | "eins" | "keines") => {
            Case::Accusative(format!("die {rest}"))
        }
        // Nominative masculine, the subject of "Steht der Termin noch?".
        "der" => Case::Accusative(format!("den {}", with_adjectives(rest, "e", "en"))),
        _ if possessive_stem.is_some() => {
            let stem = &first[..first.len() - ending.len()];
            match ending {
                "" => Case::Dative(format!(
                    "bei {}em {}",
                    stem_as_written(first),
                    with_adjectives(&with_adjectives(rest, "er", "en"), "es", "en")
                )),
                "es" => Case::Dative(format!("bei {stem}em {}", without_genitive(rest))),
                "er" | "em" => Case::Dative(format!("bei {}", topic.phrase)),
                _ if after_dative_preposition => Case::Dative(format!("bei {}", topic.phrase)),
                _ => Case::Accusative(topic.phrase.clone()),
            }
        }
        _ => Case::Accusative(topic.phrase.clone()),
    }
}

/// A dative topic with "zu" instead of "bei": "beim Angebot" → "zum Angebot".
fn about_dative(dative: &str) -> String {
    if let Some(rest) = dative
        .strip_prefix("beim ")
        .or_else(|| dative.strip_prefix("bei dem "))
    {
        format!("zum {rest}")
    } else if let Some(rest) = dative.strip_prefix("bei der ") {
        format!("zur {rest}")
    } else {
        format!("zu {}", dative.strip_prefix("bei ").unwrap_or(dative))
    }
}

/// Possessives and "ein", whose ending shows the case: ein, Ihr, unser + e, en, em, er, es.
const POSSESSIVES: Words = words!["ein", "mein", "dein", "ihr", "unser", "euer", "eur", "kein"];

/// Changes the ending of the adjectives (lowercase words) before the noun.
fn with_adjectives(words: &str, from: &str, to: &str) -> String {
    words
        .split(' ')
        .map(|word| match word.strip_suffix(from) {
            Some(stem) if word.starts_with(crate::text::is_lower) => format!("{stem}{to}"),
            _ => word.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The noun of a genitive phrase in the dative: "Vertrages" → "Vertrag", "Angebots" →
/// "Angebot".
fn without_genitive(words: &str) -> String {
    let (before, noun) = words.rsplit_once(' ').map_or(("", words), |(b, n)| (b, n));
    let is_consonant = |c: char| !"aeiouäöüy".contains(c);
    let stem = match noun.strip_suffix("es") {
        Some(stem) if stem.chars().count() > 2 && stem.ends_with(is_consonant) => stem,
        _ => noun.strip_suffix('s').unwrap_or(noun),
    };
    if before.is_empty() {
        stem.to_owned()
    } else {
        format!("{before} {stem}")
    }
}

/// Ends of nouns for documents, data and samples, which a customer reads or tries.
const LOOKED_AT_ENDINGS: Words = words![
    "katalog",
    "blatt",
    "blätter",
    "bericht",
    "berichte",
    "unterlagen",
    "bogen",
    "daten",
    "zahlen",
    "liste",
    "gutachten",
    "kalkulation",
    "übersicht",
    "entwurf",
    "muster",
    "pflichtenheft",
    "pläne",
    "präsentation",
    "vergleich",
    "teile",
    "paket",
];

/// The noun of a phrase that is a definite article and one noun ("den Zeitplan"), as named
/// after "beim Thema".
fn theme_of(phrase: &str) -> Option<&str> {
    let (article, noun) = phrase.split_once(' ')?;
    let one_noun = !noun.contains(' ') && noun.starts_with(crate::text::is_upper);
    (matches!(article, "der" | "die" | "das" | "den") && one_noun).then_some(noun)
}

fn rewrite(topic: Option<&Topic>, frame: Frame, address: Address) -> Vec<String> {
    let (have, you, yourself, found) = match address {
        Address::Singular => ("hast", "du", "dich", "fandest"),
        Address::Plural => ("habt", "ihr", "euch", "fandet"),
        Address::Formal => ("haben", "Sie", "sich", "fanden"),
    };
    match topic.map(case_of) {
        Some(Case::Dative(dative)) => {
            let mut rewrites = match frame {
                Frame::Decided => vec![
                    format!("Was ist {dative} herausgekommen?"),
                    format!("Wie {have} {you} {yourself} {dative} entschieden?"),
                ],
                Frame::Looked => vec![format!("Was ist {dative} herausgekommen?")],
                // "bei" beside the party would read as where it decided: "zu" says about what.
                Frame::Party { party, plural, .. } => vec![format!(
                    "Was {} {party} {} gesagt?",
                    if plural { "haben" } else { "hat" },
                    about_dative(&dative)
                )],
                Frame::TalkedWith(party) => vec![format!(
                    "Was hat das Gespräch mit {party} {} ergeben?",
                    about_dative(&dative)
                )],
            };
            rewrites.push(format!(
                "Beim letzten Mal sind wir {dative} stehen geblieben – was {have} {you} entschieden?"
            ));
            rewrites
        }
        Some(Case::Accusative(object)) => {
            // A document, data or a sample is looked at, not decided: "Wie fanden Sie das
            // Gutachten?", not "Was haben Sie beim Thema Gutachten entschieden?".
            let looked_at = topic.is_some_and(|topic| {
                LOOKED_AT_ENDINGS
                    .iter()
                    .any(|ending| topic.head.ends_with(ending))
            });
            let frame = match frame {
                Frame::Decided if looked_at => Frame::Looked,
                frame => frame,
            };
            let about = match frame {
                // "über etwas entscheiden" is said of a board, not of a customer's choice:
                // "beim Thema Zeitplan" where the phrase is an article and its noun.
                Frame::Decided => vec![match theme_of(&object) {
                    Some(noun) => format!("Was {have} {you} beim Thema {noun} entschieden?"),
                    None => format!("Was {have} {you} über {{t}} entschieden?"),
                }],
                // Asked whether they had looked at it, not whether they decided.
                Frame::Looked => vec![format!("Wie {found} {you} {{t}}?")],
                Frame::Party {
                    party,
                    plural,
                    looked: true,
                } => vec![format!(
                    "Wie {} {party} {{t}}?",
                    if plural { "fanden" } else { "fand" }
                )],
                Frame::Party { party, plural, .. } => vec![format!(
                    "Wie {} {party} über {{t}} entschieden?",
                    if plural { "haben" } else { "hat" }
                )],
                Frame::TalkedWith(party) => {
                    vec![format!(
                        "Was hat das Gespräch mit {party} über {{t}} ergeben?"
                    )]
                }
            };
            about
                .into_iter()
                .chain([format!(
                    "Letztes Mal ging es um {{t}} – was {have} {you} entschieden?"
                )])
                .map(|template| fill(&template, &object))
                .collect()
        }
        None => vec![format!(
            "Letztes Mal ging es um [Thema] – was {have} {you} entschieden?"
        )],
    }
}

/// Questions and the first rewrite ready to say, `None` where only a template fits.
#[cfg(test)]
pub(super) static EXAMPLES: &[(&str, Option<&str>)] = &[
    // "im Lauf der Woche" says when, not what.
    (
        "Haben Sie es geschafft, im Lauf der Woche die Ausschreibungsunterlagen durchzusehen?",
        Some("Wie fanden Sie die Ausschreibungsunterlagen?"),
    ),
    // Heard from, or passed to, a party: the party answers.
    (
        "Haben Sie Rückmeldung von Ihrer Rechtsabteilung bekommen?",
        Some("Was hat das Gespräch mit Ihrer Rechtsabteilung ergeben?"),
    ),
    (
        "Haben Sie schon etwas vom Vorstand zur Erweiterung gehört?",
        Some("Was hat das Gespräch mit dem Vorstand zur Erweiterung ergeben?"),
    ),
    (
        "Haben Sie das Angebot an Ihre Geschäftsführung weitergegeben?",
        Some("Was hat das Gespräch mit Ihrer Geschäftsführung über das Angebot ergeben?"),
    ),
    (
        "Hat Frau Wagner die Bestellung freigegeben?",
        Some("Wie hat Frau Wagner über die Bestellung entschieden?"),
    ),
    // A document or a sample is looked at, not decided.
    (
        "Haben Sie das Gutachten schon bekommen?",
        Some("Wie fanden Sie das Gutachten?"),
    ),
    // Found by a native review of generated lines: a verb, a number, a filler or a place is no
    // topic, and a request names the thing sent.
    ("Haben Sie den Zeitplan schon festgelegt?", Some("Was haben Sie beim Thema Zeitplan entschieden?")),
    // Asking someone else to send, in the clause before: the question's own words, as
    // planned, so that Sabine still sends.
    (
        "Kannst du Sabine bitten, mir die Zeichnungen für die neue Halle zu schicken?",
        Some("Wann hattest du vor, Sabine zu bitten, mir die Zeichnungen für die neue Halle zu schicken?"),
    ),
    ("Können Sie mir Ansprechpartner im Werk Schweinfurt nennen?", None),
    // A request worded as the rep's: no rewrite rather than one about the sites.
    ("Dürfte ich Sie bitten, mir Grundrisse der beiden Standorte zu schicken?", None),
    (
        "Würden Sie die Unterlagen bitte an Ihren Einkauf weiterleiten können?",
        Some("Wann hatten Sie vor, die Unterlagen an Ihren Einkauf weiterzuleiten?"),
    ),
    (
        "Könnten Sie Herrn Schulte bitten, das Datenblatt gegenzuzeichnen?",
        Some("Wann hatten Sie vor, Herrn Schulte zu bitten, das Datenblatt gegenzuzeichnen?"),
    ),
    // An unknown noun before the preposition: the phrase after it is where or what for, so
    // only a template is offered.
    ("Wären Sie so nett, mir Fotos von der Anlage zu schicken?", None),
    (
        "Hat der Vorstand das Angebot schon freigegeben?",
        Some("Wie hat der Vorstand über das Angebot entschieden?"),
    ),
    (
        "Steht der Schulungstermin im März noch?",
        Some("Was haben Sie beim Thema Schulungstermin entschieden?"),
    ),
    (
        "Ist unser Katalog gut bei Ihnen angekommen?",
        Some("Was ist bei unserem Katalog herausgekommen?"),
    ),
    (
        "Haben Sie mit Ihrem Steuerberater über den neuen Leasingvertrag gesprochen?",
        Some("Was hat das Gespräch mit Ihrem Steuerberater über den neuen Leasingvertrag ergeben?"),
    ),
    // A request to send asks, assuming yes, when it was planned.
    (
        "Könnten Sie uns die Messwerte schicken?",
        Some("Wann hatten Sie vor, uns die Messwerte zu schicken?"),
    ),
    (
        "Würdest du mir das ausgefüllte Datenblatt noch zukommen lassen?",
        Some("Wann hattest du vor, uns das ausgefüllte Datenblatt zu schicken?"),
    ),
    // The party who was to decide or to be asked stays in the rewrite.
    (
        "Ist Ihr Vertriebsleiter mit dem Provisionsmodell einverstanden?",
        Some("Was hat Ihr Vertriebsleiter zum Provisionsmodell gesagt?"),
    ),
    (
        "Haben Sie unser überarbeitetes Angebot mit der Verwaltungsleitung abgestimmt?",
        Some("Was hat das Gespräch mit der Verwaltungsleitung zu unserem überarbeiteten Angebot ergeben?"),
    ),
    (
        "Haben Sie mit dem Vorstand über das Budget gesprochen?",
        Some("Was hat das Gespräch mit dem Vorstand über das Budget ergeben?"),
    ),
    (
        "Haben die Gesellschafter die neuen Lizenzen freigegeben?",
        Some("Wie haben die Gesellschafter über die neuen Lizenzen entschieden?"),
    ),
    (
        "Der Gemeinderat hat das Budget für die Digitalisierung freigegeben, nicht wahr?",
        Some("Wie hat der Gemeinderat über das Budget entschieden?"),
    ),
    (
        "Hat sich Ihr Steuerberater den Finanzierungsvorschlag schon angesehen?",
        Some("Wie fand Ihr Steuerberater den Finanzierungsvorschlag?"),
    ),
    // A comparison keeps what was compared with.
    (
        "Haben Sie uns schon mit Ihrem jetzigen Lieferanten verglichen?",
        Some("Wie ist der Vergleich mit Ihrem jetzigen Lieferanten ausgefallen?"),
    ),
    (
        "Haben Sie sich für eines der drei Angebote entschieden?",
        Some("Was haben Sie über die drei Angebote entschieden?"),
    ),
    // A status is no opinion, and a look no decision.
    (
        "Ist der Vertrag schon unterschrieben?",
        Some("Was haben Sie beim Thema Vertrag entschieden?"),
    ),
    (
        "Hast du dir den Kostenvoranschlag angeschaut?",
        Some("Wie fandest du den Kostenvoranschlag?"),
    ),
    // A participle before the noun is an adjective of the topic.
    (
        "Haben Sie unser überarbeitetes Angebot geprüft?",
        Some("Was ist bei unserem überarbeiteten Angebot herausgekommen?"),
    ),
    // Never the topic: the party who answers, a light noun, a channel, the noun of an idiom.
    (
        "Hat Ihre IT die Schnittstelle schon getestet?",
        Some("Wie fand Ihre IT die Schnittstelle?"),
    ),
    (
        "Gibt es schon eine Entscheidung zum Fuhrpark?",
        Some("Was ist beim Fuhrpark herausgekommen?"),
    ),
    (
        "Wie am Telefon besprochen, wollten Sie die Preisliste prüfen. Hat das geklappt?",
        Some("Wie fanden Sie die Preisliste?"),
    ),
    (
        "Könnten Sie mich kurz ins Bild setzen, wie es mit der Fusion steht?",
        Some("Beim letzten Mal sind wir bei der Fusion stehen geblieben – was haben Sie entschieden?"),
    ),
    // Indefinite and interrogative articles become definite.
    (
        "Welche Bauform hatten Sie nochmal bevorzugt?",
        Some("Letztes Mal ging es um die Bauform – was haben Sie entschieden?"),
    ),
    (
        "Haben Sie über einen Rahmenvertrag nachgedacht?",
        Some("Was haben Sie beim Thema Rahmenvertrag entschieden?"),
    ),
    (
        "Haben Sie schon einen Termin für die Abnahme gefunden?",
        Some("Was haben Sie beim Thema Abnahme entschieden?"),
    ),
    // The case of the phrase as written: accusative after "auf den", genitive after "wegen".
    (
        "Konnten Sie schon einen Blick auf den Wartungsplan werfen?",
        Some("Wie fanden Sie den Wartungsplan?"),
    ),
    (
        "Wollte sich Ihr Einkauf nicht wegen der Lieferung melden?",
        Some("Was hat Ihr Einkauf zur Lieferung gesagt?"),
    ),
    (
        "Gibt's bei euch schon was Neues?",
        Some("Was habt ihr seit unserem letzten Gespräch entschieden?"),
    ),
    // "mein" and the genitive "des" lead a topic; a compound in "-zeit" or "-seite" is one, and
    // "Zeit" alone or "in der Zwischenzeit" is none.
    (
        "Ist meine Anfrage bei Ihnen angekommen?",
        Some("Was haben Sie über meine Anfrage entschieden?"),
    ),
    (
        "Haben Sie schon etwas wegen des Leasingangebots entschieden?",
        Some("Was ist beim Leasingangebot herausgekommen?"),
    ),
    (
        "Passt die Laufzeit so für Sie?",
        Some("Was haben Sie beim Thema Laufzeit entschieden?"),
    ),
    (
        "Habt ihr euch unsere neue Webseite angeschaut?",
        Some("Wie fandet ihr unsere neue Webseite?"),
    ),
    (
        "Haben Sie in der Zwischenzeit den Mietvertrag geprüft?",
        Some("Wie fanden Sie den Mietvertrag?"),
    ),
    // A genitive complement belongs to the topic and keeps its case.
    (
        "Kommt ihr mit der Einrichtung des Testservers voran?",
        Some("Was ist bei der Einrichtung des Testservers herausgekommen?"),
    ),
    (
        "Ist ein Austausch des Kompressors noch ein Thema?",
        Some("Was ist beim Austausch des Kompressors herausgekommen?"),
    ),
    (
        "Hat der Kreistag den Beschluss zur Sanierung der Turnhalle gefasst?",
        Some("Was hat der Kreistag zur Sanierung gesagt?"),
    ),
    // Parties: a commission, a committee, the client of a building.
    (
        "Hat die Vergabekommission die Angebote schon bewertet?",
        Some("Wie hat die Vergabekommission über die Angebote entschieden?"),
    ),
    (
        "Wissen Sie schon, ob der Bauherr die Mehrkosten trägt?",
        Some("Wie hat der Bauherr über die Mehrkosten entschieden?"),
    ),
    // "ihr" as the subject is the plural address; "Bescheid geben, ob" asks, it requests nothing.
    (
        "Findet ihr den Entwurf gut?",
        Some("Wie fandet ihr den Entwurf?"),
    ),
    (
        "Könnt ihr mir bis Freitag Bescheid geben, ob ihr die Zusatzmodule nehmt?",
        Some("Was habt ihr beim Thema Zusatzmodule entschieden?"),
    ),
    // A status question with a topic opens with the thread.
    (
        "Wie steht's um die Nachbestellung?",
        Some("Letztes Mal ging es um die Nachbestellung – was haben Sie entschieden?"),
    ),
    (
        "Wie ist der Sachstand zum Förderantrag?",
        Some("Beim letzten Mal sind wir beim Förderantrag stehen geblieben – was haben Sie entschieden?"),
    ),
    // Light nouns of approval yield to what they are about; a look verb asks what they made
    // of it.
    (
        "Haben Sie schon eine Genehmigung für den Kran bekommen?",
        Some("Was haben Sie beim Thema Kran entschieden?"),
    ),
    (
        "Hast du unseren Katalog schon durchgeblättert?",
        Some("Wie fandest du unseren Katalog?"),
    ),
    (
        "Hat die Belegschaft den neuen Dienstplan schon abgesegnet?",
        Some("Wie hat die Belegschaft über den neuen Dienstplan entschieden?"),
    ),
    (
        "Was war nochmal Ihr Eindruck von der Schulung?",
        Some("Beim letzten Mal sind wir bei der Schulung stehen geblieben – was haben Sie entschieden?"),
    ),
];
