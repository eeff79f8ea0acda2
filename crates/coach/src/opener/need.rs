//! What the prospect may need, said in the opener's frames: the need-first sentence ("A lot of
//! companies like Harbour Logistics are working on cutting delivery times at the moment."), the
//! direct question ("How are you going about cutting delivery times at Harbour Logistics?") and
//! the question that points back at the need-first sentence just said ("How are you going
//! about it?").
//!
//! The rep types the need as it comes to mind: a noun phrase ("online booking"), a thing to get
//! ("a second supplier"), a comparative ("shorter delivery times", "bättre kostnadskontroll",
//! "kortere levertijden") or a verb phrase ("getting new reps up to speed", "nieuwe verkopers
//! snel op stoom krijgen"). A frame that fits one kind reads as a calque with another ("How are
//! you going about getting shorter delivery times", "Hur arbetar du med kortare
//! leveranstider"), so each language tells the kinds apart by their first and last words and
//! gives each its own frame. German keeps its templates (see `de.rs`), with the dative an
//! indefinite need takes in [`de_with`].

use crate::grammar::{en as en_grammar, nb as nb_grammar, nl as nl_grammar, sv as sv_grammar};
use crate::text::{is_alphanumeric, is_letter, is_lower, is_upper, upper_char, Lower};

/// The three lines for one need.
pub(super) struct NeedLines {
    /// The need-first sentence: others like them are working on it.
    pub sentence: String,
    /// The question that names the need, and the company where there is one.
    pub ask: String,
    /// The question right after [`NeedLines::sentence`], which refers back to it.
    pub back: String,
}

fn first_word(text: &str) -> String {
    text.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !is_alphanumeric(c) && c != '-')
        .lower()
}

fn last_word(text: &str) -> String {
    text.split_whitespace()
        .last()
        .unwrap_or("")
        .trim_matches(|c: char| !is_alphanumeric(c) && c != '-')
        .lower()
}

// ---------------------------------------------------------------------------------------------
// English

/// The need as something one does: "onboarding new sellers" stays, "a second supplier" is
/// found, a comparative gets the verb it implies ("shorter delivery times" → "cutting delivery
/// times", "tighter cost control" → "tightening cost control"); `None` for a plain noun phrase
/// ("online booking"), which is approached.
fn en_activity(need: &str) -> Option<String> {
    // "to cut costs" is said as "cutting costs".
    let need = need
        .strip_prefix("to ")
        .or_else(|| need.strip_prefix("To "))
        .unwrap_or(need);
    let first = first_word(need);
    if first.len() > 4 && first.ends_with("ing") {
        return Some(need.to_owned());
    }
    if EN_VERBS.contains(&first.as_str()) {
        let rest = need.split_once(' ').map_or("", |(_, rest)| rest);
        return Some(
            format!("{} {rest}", en_gerund(&first))
                .trim_end()
                .to_owned(),
        );
    }
    if matches!(first.as_str(), "a" | "an" | "another") {
        return Some(format!("finding {need}"));
    }
    if !en_is_comparative(&first) {
        return None;
    }
    let rest = need
        .split_once(' ')
        .map_or("", |(_, rest)| rest)
        .trim_start();
    let verb = match first.as_str() {
        "shorter" => "cutting",
        "lower" | "less" | "fewer" => "reducing",
        "tighter" => "tightening",
        "better" => "improving",
        "faster" | "quicker" => "speeding up",
        "higher" | "greater" => "increasing",
        "simpler" | "easier" => "simplifying",
        "stronger" => "strengthening",
        "smoother" => "smoothing out",
        "cheaper" => return Some(format!("finding {need}")),
        _ => return Some(format!("getting {need}")),
    };
    if rest.is_empty() {
        return Some(format!("getting {need}"));
    }
    Some(format!("{verb} {rest}"))
}

/// Verbs a rep starts a need with ("reduce churn", "cut delivery times", "hire engineers");
/// words that are also nouns or adjectives there ("open banking", "lower costs", "plan",
/// "training") are left out.
const EN_VERBS: &[&str] = &[
    "reduce",
    "cut",
    "improve",
    "increase",
    "speed",
    "get",
    "find",
    "hire",
    "build",
    "grow",
    "automate",
    "digitise",
    "digitize",
    "replace",
    "streamline",
    "simplify",
    "expand",
    "modernise",
    "modernize",
    "upgrade",
    "consolidate",
    "outsource",
    "recruit",
    "onboard",
    "win",
    "retain",
    "attract",
    "boost",
    "tighten",
    "shorten",
    "migrate",
    "implement",
    "introduce",
    "halve",
    "standardise",
    "standardize",
    "centralise",
    "centralize",
    "optimise",
    "optimize",
];

/// "reduce" → "reducing", "cut" → "cutting", "get" → "getting".
fn en_gerund(verb: &str) -> String {
    const DOUBLE: &[&str] = &[
        "cut", "get", "plan", "win", "set", "run", "put", "ship", "stop",
    ];
    if DOUBLE.contains(&verb) {
        let last = verb.chars().last().unwrap_or_default();
        format!("{verb}{last}ing")
    } else if let Some(stem) = verb.strip_suffix('e').filter(|stem| !stem.ends_with('e')) {
        format!("{stem}ing")
    } else {
        format!("{verb}ing")
    }
}

fn en_is_comparative(word: &str) -> bool {
    matches!(word, "more" | "less" | "fewer" | "better" | "cheaper")
        || (word.len() > 4
            && word.ends_with("er")
            && !matches!(
                word,
                "other" | "customer" | "supplier" | "paper" | "water" | "order" | "power"
            ))
}

pub(super) fn en(need: &str, company: &str) -> NeedLines {
    let like = match company.is_empty() {
        true => String::new(),
        false => format!(" like {company}"),
    };
    let at = match company.is_empty() {
        true => String::new(),
        false => format!(" at {company}"),
    };
    let peers = en_grammar::peers(company);
    match en_activity(need) {
        // "are looking for a second supplier", not "working on finding" one.
        Some(_) if matches!(first_word(need).as_str(), "a" | "an" | "another") => NeedLines {
            sentence: format!("A lot of {peers}{like} are looking for {need} at the moment."),
            ask: format!("How are you going about finding {need}{at}?"),
            back: "How are you going about it?".to_owned(),
        },
        Some(activity) => NeedLines {
            sentence: format!("A lot of {peers}{like} are working on {activity} at the moment."),
            ask: format!("How are you going about {activity}{at}?"),
            back: "How are you going about it?".to_owned(),
        },
        None => NeedLines {
            sentence: format!("A lot of {peers}{like} are working on {need} at the moment."),
            ask: format!("How are you approaching {need}{at}?"),
            back: "How are you approaching it?".to_owned(),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Swedish

/// "kortare", "bättre", "fler": a comparative need is something to get ("att få kortare
/// leveranstider"); "arbetar med kortare leveranstider" is a calque.
fn sv_is_comparative(word: &str) -> bool {
    matches!(
        word,
        "bättre" | "fler" | "färre" | "mer" | "mera" | "mindre" | "större" | "lägre" | "högre"
    ) || (word.chars().count() > 5
        && word.ends_with("are")
        && !matches!(
            word,
            "säljare" | "användare" | "medarbetare" | "köpare" | "förare" | "kunders"
        ))
}

/// Verbs a rep starts a need with, in the infinitive.
const SV_VERBS: &[&str] = &[
    "minska",
    "öka",
    "korta",
    "förbättra",
    "hitta",
    "få",
    "bygga",
    "rekrytera",
    "digitalisera",
    "automatisera",
    "effektivisera",
    "sänka",
    "byta",
    "ersätta",
    "skala",
    "förenkla",
    "modernisera",
    "anställa",
    "introducera",
    "utveckla",
    "behålla",
    "vinna",
    "växa",
    "flytta",
    "halvera",
    "snabba",
    "kapa",
    "stärka",
    "säkra",
    "starta",
    "införa",
    "ta",
];

/// Companies and their staff are "ni": the question is about how the organisation works, and
/// "du" asks about the contact's own habits.
pub(super) fn sv(need: &str, company: &str) -> NeedLines {
    let like = match company.is_empty() {
        true => String::new(),
        false => format!(" som {company}"),
    };
    let at = match company.is_empty() {
        true => String::new(),
        false => format!(" på {company}"),
    };
    let peers = sv_grammar::peers(company);
    let first = first_word(need);
    if matches!(first.as_str(), "en" | "ett") {
        // A thing ("ett nytt affärssystem") is looked at: "jobbar med ett nytt affärssystem"
        // says they already run one.
        return NeedLines {
            sentence: format!("Många {peers}{like} tittar just nu på {need}."),
            ask: format!("Hur ser ni på {need}{at} i dag?"),
            back: "Hur ser ni på det i dag?".to_owned(),
        };
    }
    let activity = if SV_VERBS.contains(&first.as_str()) {
        // "minska kostnaderna" is something one works at: "att minska kostnaderna".
        format!("att {need}")
    } else if sv_is_comparative(&first) {
        format!("att få {need}")
    } else {
        need.to_owned()
    };
    NeedLines {
        sentence: format!("Många {peers}{like} jobbar just nu med {activity}."),
        ask: format!("Hur jobbar ni med {activity}{at} i dag?"),
        back: "Hur jobbar ni med det i dag?".to_owned(),
    }
}

// ---------------------------------------------------------------------------------------------
// Norwegian Bokmål

fn nb_is_comparative(word: &str) -> bool {
    matches!(
        word,
        "bedre" | "flere" | "færre" | "mer" | "mindre" | "større" | "lavere" | "høyere"
    ) || (word.chars().count() > 5
        && word.ends_with("ere")
        && !matches!(
            word,
            "selgere" | "brukere" | "ansatte" | "kunder" | "ledere"
        ))
}

/// Verbs a rep starts a need with, in the infinitive.
const NB_VERBS: &[&str] = &[
    "redusere",
    "øke",
    "korte",
    "forbedre",
    "finne",
    "få",
    "bygge",
    "rekruttere",
    "digitalisere",
    "automatisere",
    "effektivisere",
    "senke",
    "bytte",
    "erstatte",
    "forenkle",
    "modernisere",
    "ansette",
    "utvikle",
    "beholde",
    "vinne",
    "vokse",
    "flytte",
    "kutte",
    "halvere",
    "styrke",
    "sikre",
    "starte",
    "innføre",
    "ta",
    "skalere",
];

/// "å få på plass et nytt økonomisystem", "å få kortere leveringstider": a thing or a
/// comparative is something to get; a noun phrase ("nettbooking") is worked with as it stands.
fn nb_activity(need: &str) -> String {
    let first = first_word(need);
    if matches!(first.as_str(), "en" | "et" | "ei") {
        format!("å få på plass {need}")
    } else if NB_VERBS.contains(&first.as_str()) {
        // "redusere kostnadene" is something one works at: "å redusere kostnadene".
        format!("å {need}")
    } else if nb_is_comparative(&first) {
        format!("å få {need}")
    } else {
        need.to_owned()
    }
}

pub(super) fn nb(need: &str, company: &str) -> NeedLines {
    let like = match company.is_empty() {
        true => String::new(),
        false => format!(" som {company}"),
    };
    let at = match company.is_empty() {
        true => String::new(),
        false => format!(" {} {company}", nb_grammar::at(company)),
    };
    let activity = nb_activity(need);
    NeedLines {
        sentence: format!(
            "Mange {}{like} jobber for tiden med {activity}.",
            nb_grammar::peers(company)
        ),
        ask: format!("Hvordan jobber dere med {activity}{at} i dag?"),
        back: "Hvordan jobber dere med det i dag?".to_owned(),
    }
}

// ---------------------------------------------------------------------------------------------
// Dutch

/// Who "veel …" are in a Dutch line: a hospital is not a company.
fn nl_peers(company: &str) -> &'static str {
    let lower = company.lower();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if has(&["ziekenhuis", "umc", "medisch centrum"]) {
        "ziekenhuizen"
    } else if has(&["tandarts", "praktijk", "kliniek", "huisarts", "fysio"]) {
        "praktijken"
    } else if has(&[
        "gemeente",
        "provincie",
        "waterschap",
        "stichting",
        "universiteit",
        "hogeschool",
        "school",
        "ministerie",
        "woningcorporatie",
        "vereniging",
    ]) {
        "organisaties"
    } else {
        "bedrijven"
    }
}

/// Separable particles of Dutch verbs: "inwerken" → "in te werken". "voor" and "over" are left
/// out, as many verbs with them are not separable ("voorkomen", "overtuigen").
const NL_PARTICLES: &[&str] = &[
    "aan", "af", "bij", "door", "in", "mee", "na", "op", "terug", "toe", "uit", "weg", "samen",
    "vast", "binnen", "om",
];

/// Whether `word` is an infinitive a rep ends a need with: "krijgen", "maken", "verbeteren",
/// and not one of the plural nouns in "-en" a need ends with ("levertijden", "kosten").
fn nl_is_infinitive(word: &str) -> bool {
    const PLURALS: &[&str] = &[
        "tijden",
        "kosten",
        "klanten",
        "prijzen",
        "processen",
        "systemen",
        "afspraken",
        "gegevens",
        "uren",
        "heden",
        "ingen",
        "ties",
        "lijnen",
        "zaken",
        "machines",
        "middelen",
        "ruimten",
        "kanalen",
        "diensten",
        "producten",
        "vragen",
        "fouten",
        "schaden",
        "mogelijkheden",
    ];
    word.chars().count() > 3
        && word.ends_with("en")
        && word.chars().all(is_letter)
        && !PLURALS.iter().any(|plural| word.ends_with(plural))
}

/// The last verb with "te" before it, for "om … te …": "nieuwe verkopers snel op stoom te
/// krijgen", "nieuwe verkopers sneller in te werken".
fn nl_te_infinitive(phrase: &str) -> String {
    let Some((before, verb)) = phrase.rsplit_once(' ') else {
        return format!("te {phrase}");
    };
    for particle in NL_PARTICLES {
        if let Some(rest) = verb.strip_prefix(particle) {
            if rest.chars().count() >= 4 && rest.ends_with("en") {
                return format!("{before} {particle} te {rest}");
            }
        }
    }
    format!("{before} te {verb}")
}

fn nl_is_comparative(word: &str) -> bool {
    matches!(word, "meer" | "minder" | "beter" | "sneller")
        || (word.chars().count() > 5 && word.ends_with("ere") && !matches!(word, "andere"))
}

/// `need` as said in the line (the register and without legal forms already), `at` " bij
/// Van Dijk Transport" or " bij jullie". A verb phrase ("nieuwe verkopers snel op stoom
/// krijgen") is something others want and one tackles "om … te …"; a nominalised one ("het sneller inwerken
/// van nieuwe verkopers") is tackled ("aanpakken"); a comparative ("kortere levertijden") is
/// worked towards ("werken aan"); any other noun phrase is asked about with "hoe staat het met".
pub(super) fn nl(need: &str, company: &str, at: &str, formal: bool) -> NeedLines {
    let peers = nl_peers(company);
    // "jullie" is already the subject: "Hoe werken jullie aan …", not "… jullie bij jullie".
    let at_company = if company.is_empty() { "" } else { at };
    let words: Vec<&str> = need.split_whitespace().collect();
    let first = first_word(need);
    let determiner = matches!(
        first.as_str(),
        "de" | "het" | "een" | "hun" | "jullie" | "je" | "uw" | "jouw" | "onze"
    );
    // "de planning verbeteren" is a verb phrase; "de levertijden" and "het sneller inwerken
    // van …" (a verb made a noun, below) are not.
    let min_words = if determiner { 3 } else { 2 };
    let verb_phrase = words.len() >= min_words
        && first != "het"
        && !nl_is_comparative(&first)
        && nl_is_infinitive(&last_word(need));
    let back = format!("Hoe is dat{at}?");
    if verb_phrase {
        let te = nl_te_infinitive(need);
        return NeedLines {
            // "Veel bedrijven willen nieuwe verkopers snel op stoom krijgen": the verb phrase
            // as typed; "bezig met het … krijgen" is a clumsy nominalisation.
            sentence: format!("Veel {peers} willen {need}."),
            ask: format!("Hoe pakken jullie het{at_company} aan om {te}?"),
            back: "Hoe pakken jullie dat aan?".to_owned(),
        };
    }
    // "het sneller inwerken van …", "het online afspraken maken": a verb made a noun.
    let head = need.split(" van ").next().unwrap_or(need);
    let nominalised = first == "het" && words.len() > 1 && nl_is_infinitive(&last_word(head));
    // "Veel bedrijven willen op dit moment meer klanten": a comparative is wanted; "bezig met
    // meer klanten" is not said.
    let sentence = match nl_is_comparative(&first) && !nominalised {
        true => format!("Veel {peers} willen op dit moment {need}."),
        false => format!("Veel {peers} zijn op dit moment bezig met {need}."),
    };
    let ask = if nominalised {
        format!("Hoe pakken jullie{at_company} {need} aan?")
    } else if nl_is_comparative(&first) {
        format!("Hoe werken jullie{at_company} aan {need}?")
    } else {
        // Dutch grammar's "met het …" for a verb phrase it recognises and this did not.
        format!("Hoe staat het{at} met {}?", nl_grammar::need(need, formal))
    };
    NeedLines {
        sentence,
        ask,
        back,
    }
}

// ---------------------------------------------------------------------------------------------
// German

/// The question about an indefinite need, in the dative after "mit", around the need: "Wie
/// sieht es bei der Bäckerei Schulze gerade mit einem neuen Kassensystem aus?". After "Was ist
/// … für ein … geplant?" it would read as a split "was für ein" (what kind of).
pub(super) const DE_ASK_WITH: [&str; 2] = ["Wie sieht es{a} gerade mit ", " aus?"];

/// The need-first sentence for an indefinite need: a thing or an improvement is wished for
/// ("Viele in der Branche wünschen sich gerade ein neues Kassensystem."); a topic is on the
/// agenda (the `need` template).
pub(super) const DE_WISH: &str = "Viele in der Branche wünschen sich gerade {n}.";

/// An indefinite need in the accusative ("einen besseren Überblick", "ein neues
/// Kassensystem", "eine schnellere Einarbeitung …") in the dative, for "mit …": the article
/// becomes "einem"/"einer", the adjectives before the noun end in "-en". `None` for any other
/// need, which the "für …" frame takes as typed.
pub(super) fn de_with(need: &str) -> Option<String> {
    let words: Vec<&str> = need.split(' ').collect();
    let article = match *words.first()? {
        "einen" | "ein" => "einem",
        "eine" => "einer",
        _ => return None,
    };
    let mut out = vec![article.to_owned()];
    let mut in_adjectives = true;
    for word in &words[1..] {
        let lower_start = word.chars().next().is_some_and(is_lower);
        if in_adjectives && lower_start && word.chars().all(is_letter) {
            let stem = word
                .strip_suffix("en")
                .or_else(|| word.strip_suffix("es"))
                .or_else(|| word.strip_suffix("er"))
                .or_else(|| word.strip_suffix('e'));
            match stem {
                Some(stem) => out.push(format!("{stem}en")),
                None => return None,
            }
        } else {
            in_adjectives = false;
            out.push((*word).to_owned());
        }
    }
    Some(out.join(" "))
}

/// The German hook sentence's participle: a text is read ("Ich habe den Artikel … gelesen"), a
/// post or a video seen ("Ich habe deinen Beitrag auf LinkedIn gesehen"), anything else
/// noticed ("Ich habe die Ausschreibung … mitbekommen"). The head is the first capitalised
/// word; a compound's last part decides ("LinkedIn-Beitrag").
pub(super) fn de_hook_participle(hook: &str) -> &'static str {
    let head = hook
        .split(' ')
        .filter(|word| !word.starts_with("Ihr") && !word.starts_with("Euer"))
        .find(|word| word.chars().next().is_some_and(is_upper))
        .unwrap_or("")
        .lower();
    let ends = |endings: &[&str]| endings.iter().any(|ending| head.ends_with(ending));
    if ends(&[
        "artikel",
        "interview",
        "bericht",
        "kommentar",
        "blog",
        "kolumne",
        "reportage",
    ]) {
        "gelesen"
    } else if ends(&["beitrag", "post", "posting", "video", "foto"]) {
        "gesehen"
    } else {
        "mitbekommen"
    }
}

/// Nouns for people a rep writes about (new staff, a new head of sales), by their last part.
const DE_PERSONS: &[&str] = &[
    "mitarbeiter",
    "mitarbeiterin",
    "mitarbeiterinnen",
    "kollege",
    "kollegen",
    "kollegin",
    "kolleginnen",
    "kräfte",
    "verkäufer",
    "verkäuferin",
    "verkäuferinnen",
    "leiter",
    "leiterin",
    "leiterinnen",
    "chef",
    "chefin",
    "führer",
    "führerin",
    "berater",
    "beraterin",
    "vertriebler",
    "azubis",
    "auszubildende",
    "ingenieure",
    "ingenieurinnen",
    "entwickler",
    "entwicklerin",
    "techniker",
    "fahrer",
    "vorstand",
    "vorständin",
];

/// A hook about people ("Ihre drei neuen Vertriebsmitarbeiter", "Ihre neue
/// Vertriebsleiterin") in the dative, for "Ich habe von … gehört": one notices news, not people.
/// `None` for any other hook, or one whose form is not clear.
pub(super) fn de_person_dative(hook: &str) -> Option<String> {
    let words: Vec<&str> = hook.split(' ').collect();
    let is_determiner = |word: &str| {
        matches!(
            word.lower().as_str(),
            "die"
                | "der"
                | "den"
                | "ein"
                | "eine"
                | "einen"
                | "ihr"
                | "ihre"
                | "ihren"
                | "dein"
                | "deine"
                | "deinen"
                | "euer"
                | "eure"
                | "euren"
        )
    };
    let head_at = words.iter().enumerate().position(|(i, word)| {
        word.chars().next().is_some_and(is_upper) && !(i == 0 && is_determiner(word))
    })?;
    let head = words[head_at];
    let lower = head.lower();
    if !DE_PERSONS.iter().any(|person| lower.ends_with(person)) {
        return None;
    }
    let before = &words[..head_at];
    let determiner = before.first().filter(|word| is_determiner(word)).copied();
    let feminine = lower.ends_with("in");
    let masculine = !feminine
        && determiner.is_some_and(|d| {
            matches!(
                d.lower().as_str(),
                "der" | "den" | "ein" | "einen" | "ihren" | "deinen" | "euren"
            )
        });
    // Singular "Ihr"/"dein" with a masculine noun in the nominative is rare in a hook; the
    // plural is "Ihre"/"deine"/"die" or no article.
    let article = |word: &str| -> Option<String> {
        let capital = word.starts_with(is_upper);
        let lower = word.lower();
        let dative = match (lower.as_str(), feminine, masculine) {
            ("die", true, _) => "der".to_owned(),
            ("eine", true, _) => "einer".to_owned(),
            ("ihre" | "deine" | "eure", true, _) => format!("{lower}r"),
            ("der" | "den", _, true) => "dem".to_owned(),
            ("ein" | "einen", _, true) => "einem".to_owned(),
            ("ihren" | "deinen" | "euren", _, true) => format!("{}m", &lower[..lower.len() - 1]),
            ("die", false, false) => "den".to_owned(),
            ("ihre" | "deine" | "eure", false, false) => format!("{lower}n"),
            _ => return None,
        };
        Some(match capital {
            true => {
                let mut chars = dative.chars();
                chars
                    .next()
                    .map(|c| std::iter::once(upper_char(c)).chain(chars).collect())
                    .unwrap_or_default()
            }
            false => dative,
        })
    };
    let mut out = Vec::with_capacity(words.len());
    for (i, word) in before.iter().enumerate() {
        if i == 0 && determiner.is_some() {
            out.push(article(word)?);
        } else if word.chars().all(|c| c.is_ascii_digit()) || !word.ends_with('e') {
            // Numbers ("drei", "3") and adjectives already in "-en".
            out.push((*word).to_owned());
        } else {
            out.push(format!("{word}n"));
        }
    }
    let plural = !feminine && !masculine;
    let noun = match (plural, head.ends_with('n') || head.ends_with('s')) {
        (true, false) => format!("{head}n"),
        _ if masculine && head.ends_with('e') => format!("{head}n"),
        _ => head.to_owned(),
    };
    out.push(noun);
    out.extend(words[head_at + 1..].iter().map(|word| (*word).to_owned()));
    Some(out.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_comparatives_get_their_verb() {
        for (need, activity) in [
            ("shorter delivery times", Some("cutting delivery times")),
            ("tighter cost control", Some("tightening cost control")),
            ("better onboarding", Some("improving onboarding")),
            ("faster invoicing", Some("speeding up invoicing")),
            ("fewer no-shows", Some("reducing no-shows")),
            ("more leads", Some("getting more leads")),
            ("cheaper energy", Some("finding cheaper energy")),
            ("a second supplier", Some("finding a second supplier")),
            ("onboarding new sellers", Some("onboarding new sellers")),
            ("online booking", None),
            ("reduce churn", Some("reducing churn")),
            ("to cut costs", Some("cutting costs")),
            (
                "get new reps up to speed",
                Some("getting new reps up to speed"),
            ),
            ("improve forecasting", Some("improving forecasting")),
            ("supplier audits", None),
        ] {
            assert_eq!(en_activity(need).as_deref(), activity, "{need}");
        }
    }

    #[test]
    fn dutch_verb_phrases_take_te() {
        for (phrase, te) in [
            (
                "nieuwe verkopers snel op stoom krijgen",
                "nieuwe verkopers snel op stoom te krijgen",
            ),
            (
                "nieuwe verkopers sneller inwerken",
                "nieuwe verkopers sneller in te werken",
            ),
            ("de planning verbeteren", "de planning te verbeteren"),
            ("online afspraken maken", "online afspraken te maken"),
        ] {
            assert_eq!(nl_te_infinitive(phrase), te);
        }
    }

    #[test]
    fn german_people_in_a_hook_are_heard_of() {
        for (hook, dative) in [
            (
                "Ihre drei neuen Vertriebsmitarbeiter",
                Some("Ihren drei neuen Vertriebsmitarbeitern"),
            ),
            (
                "Ihre neue Vertriebsleiterin",
                Some("Ihrer neuen Vertriebsleiterin"),
            ),
            (
                "deine neuen Kollegen im Vertrieb",
                Some("deinen neuen Kollegen im Vertrieb"),
            ),
            (
                "den neuen Geschäftsführer",
                Some("dem neuen Geschäftsführer"),
            ),
            ("die neue Chefin", Some("der neuen Chefin")),
            ("eine neue Kollegin", Some("einer neuen Kollegin")),
            ("zwölf neue Pflegekräfte", Some("zwölf neuen Pflegekräften")),
            ("Ihr Vortrag auf der Messe", None),
            ("die Ausschreibung für das neue Kundenportal", None),
        ] {
            assert_eq!(de_person_dative(hook).as_deref(), dative, "{hook}");
        }
    }

    #[test]
    fn a_german_indefinite_need_goes_to_the_dative() {
        for (need, dative) in [
            ("ein neues Kassensystem", Some("einem neuen Kassensystem")),
            (
                "eine schnellere Einarbeitung neuer Pflegekräfte",
                Some("einer schnelleren Einarbeitung neuer Pflegekräfte"),
            ),
            (
                "einen besseren Überblick über die Außendienstzeiten",
                Some("einem besseren Überblick über die Außendienstzeiten"),
            ),
            ("eine Lösung", Some("einer Lösung")),
            ("kürzere Lieferzeiten", None),
            ("die Online-Terminbuchung", None),
        ] {
            assert_eq!(de_with(need).as_deref(), dative, "{need}");
        }
    }
}
