//! Dutch grammar for the rep's own words inside the coach's sentences.
//!
//! The rep types free text ("het laten bekijken door de jurist", "je bericht op LinkedIn",
//! "Van Dijk Transport B.V."); the templates put it after "je zou", "Ik zag" or "bij". Dutch
//! puts weak object pronouns before a time phrase ("je zou het uiterlijk vrijdag laten
//! bekijken", never "uiterlijk vrijdag het laten bekijken"), a reflexive agrees with the subject
//! (je/zich), and a line says either *je* or *u*, also in the words the rep typed. Each function
//! here is a heuristic that is right on what reps type and, when it cannot tell, leaves the words
//! as typed, which is what the line said before.
//!
//! Everything works on whole words split at whitespace, so no byte offset can fall inside a
//! multi-byte character.

use crate::text::{is_alphanumeric, is_upper, upper_char, Lower};

/// The need-first opener's question, after the opener has named the need: "Hoe staat
/// dat bij Van Dijk Transport?" rather than naming the need and the company again. `{a}` as
/// in the opener templates.
pub const ASK_AFTER_NEED: &str = "Hoe staat dat{a}?";

/// Object pronouns that are never a determiner, so they are always moved before the time phrase.
const PRONOUNS: &[&str] = &["me", "mij", "hem", "hen", "ze", "zich", "er", "jou"];

/// Words that are an object pronoun before a verb and a determiner before a noun
/// ("het laten bekijken" / "het budget bekijken", "ons laten weten" / "ons voorstel").
const PRONOUN_OR_DETERMINER: &[&str] = &["het", "ons", "hun", "haar", "dat", "dit"];

/// Verbs that take another infinitive after them ("het laten bekijken", "het gaan bespreken"),
/// where two words in -en in a row do not mean noun + verb.
const AUXILIARIES: &[&str] = &[
    "laten", "gaan", "komen", "helpen", "willen", "kunnen", "moeten", "proberen",
];

/// Words in -en after "het" that are nouns or adverbs, not the verb of the phrase.
const NOT_VERBS: &[&str] = &[
    "examen", "teken", "wapen", "eten", "leven", "vermogen", "verleden", "wezen", "tegen", "boven",
    "tussen", "binnen", "buiten", "beneden", "even", "alleen", "samen", "geen", "open",
];

/// Legal forms that are written on letterheads and never said on the phone.
const LEGAL_FORMS: &[&str] = &["bv", "nv", "vof", "cv"];

/// Prepositions and conjunctions after which "je" is a personal pronoun ("met je", "dat je"),
/// not a possessive ("je bericht").
const BEFORE_PERSONAL_JE: &[&str] = &[
    "met", "voor", "bij", "aan", "over", "naar", "van", "door", "op", "tegen", "zonder", "om",
    "dat", "die", "wat", "waar", "toen", "als", "omdat", "zodat", "tot", "vanuit",
];

/// What the rep read or saw themselves: "Ik las je interview", "Ik zag je bericht op
/// LinkedIn", not "Ik las over je bericht" (about it). Matched at the end of a word, so
/// compounds count ("LinkedIn-bericht", "jaarverslag").
const READ: &[&str] = &[
    "artikel",
    "artikelen",
    "interview",
    "column",
    "blog",
    "blogpost",
    "stuk",
    "verslag",
    "nieuwsbrief",
    "opiniestuk",
];
const SEEN: &[&str] = &[
    "bericht",
    "berichten",
    "post",
    "posts",
    "video",
    "presentatie",
    "webinar",
    "vacature",
    "vacatures",
    "advertentie",
    "update",
    "reactie",
    "lezing",
    "talk",
];
const HEARD: &[&str] = &["podcast"];

/// Generic nouns that start an organisation's name and take an article ("de gemeente Utrecht",
/// "het ministerie van ..."); the first two are written in lower case inside a sentence.
const ORGANISATION_START: &[(&str, &str, bool)] = &[
    ("gemeente", "de", true),
    ("provincie", "de", true),
    ("ministerie", "het", true),
    ("waterschap", "het", true),
    ("universiteit", "de", false),
    ("hogeschool", "de", false),
];

/// Generic nouns that end an organisation's name and take an article ("het Amphia
/// Ziekenhuis", "het Erasmus MC").
const ORGANISATION_END: &[(&str, &str)] = &[
    ("ziekenhuis", "het"),
    ("gasthuis", "het"),
    ("centrum", "het"),
    ("mc", "het"),
    ("college", "het"),
    ("lyceum", "het"),
    ("ziekenhuizen", "de"),
];

/// Verbs a need typed as an infinitive phrase ends with ("online afspraken maken"); a phrase
/// ending in a plural noun ("kortere levertijden") must not be taken for one.
const NEED_VERBS: &[&str] = &[
    "maken",
    "krijgen",
    "houden",
    "brengen",
    "zetten",
    "verbeteren",
    "verlagen",
    "verkorten",
    "verhogen",
    "inwerken",
    "vinden",
    "werven",
    "aannemen",
    "besparen",
    "beheren",
    "regelen",
    "plannen",
    "vervangen",
    "uitbreiden",
    "opzetten",
    "stroomlijnen",
    "verminderen",
    "terugdringen",
    "versnellen",
    "uitbesteden",
    "binden",
    "behouden",
    "bijhouden",
    "doen",
    "gaan",
    "inrichten",
    "opleiden",
    "volgen",
    "delen",
    "kopen",
    "inkopen",
    "verkopen",
];

fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !is_alphanumeric(c)).lower()
}

fn verb_like(word: &str) -> bool {
    let word = bare(word);
    (word.chars().count() >= 4 && word.ends_with("en") && !NOT_VERBS.contains(&word.as_str()))
        || ["gaan", "staan", "slaan"]
            .iter()
            .any(|verb| word.ends_with(verb))
}

/// Whether `words[at]` is an object pronoun of the phrase's verb rather than a determiner.
fn is_pronoun(words: &[&str], at: usize) -> bool {
    let Some(word) = words.get(at).map(|word| bare(word)) else {
        return false;
    };
    if words.len() < at + 2 {
        return false;
    }
    if PRONOUNS.contains(&word.as_str()) {
        return true;
    }
    // "je" and "u" before a verb are a reflexive the rep typed ("je verdiepen in").
    let ambiguous = PRONOUN_OR_DETERMINER.contains(&word.as_str()) || word == "je" || word == "u";
    if !ambiguous {
        return false;
    }
    let next = words[at + 1];
    if is_pronoun(words, at + 1) {
        return true;
    }
    if !verb_like(next) {
        return false;
    }
    match words.get(at + 2).map(|word| bare(word)) {
        None => true,
        // "het inwerken van nieuwe verkopers": a verb used as a noun.
        Some(after) if after == "van" => false,
        Some(after) => AUXILIARIES.contains(&bare(next).as_str()) || !verb_like(&after),
    }
}

/// The weak form a moved pronoun is said in: "me" for "mij", "ze" for "hun"/"hen" (which is
/// also what makes "hun vragen" read as asking them, not as their questions), and the
/// reflexive that agrees with the subject.
fn weak_form(word: &str, formal: bool) -> String {
    match bare(word).as_str() {
        "mij" => "me".to_owned(),
        "hun" | "hen" => "ze".to_owned(),
        "zich" | "je" | "u" if formal => "zich".to_owned(),
        "zich" | "je" | "u" => "je".to_owned(),
        other => other.to_owned(),
    }
}

/// "je zou het uiterlijk vrijdag laten bekijken": the promise clause with `subject` ("je", "u"),
/// the time phrase `by` ("uiterlijk vrijdag", "gisteren") after the weak pronouns the action
/// starts with, and the action's reflexive and pronouns in the line's register.
pub fn promise(subject: &str, by: Option<&str>, action: &str, formal: bool) -> String {
    let action = spoken(action);
    let words: Vec<&str> = action.split_whitespace().collect();
    let mut front = 0;
    while is_pronoun(&words, front) {
        front += 1;
    }
    let pronouns: Vec<String> = words[..front]
        .iter()
        .map(|word| weak_form(word, formal))
        .collect();
    let rest = register(&verb_cluster_last(&words[front..]), formal);
    let mut clause = vec![subject.to_owned(), "zou".to_owned()];
    clause.extend(pronouns);
    clause.extend(by.map(str::to_owned));
    if !rest.is_empty() {
        clause.push(rest);
    }
    clause.join(" ")
}

/// After a moved pronoun the action often starts with its verbs and ends in a prepositional
/// phrase ("het laten bekijken door de jurist"); Dutch says the phrase before the verbs ("het
/// door de jurist laten bekijken"). Anything else stays as typed.
fn verb_cluster_last(words: &[&str]) -> String {
    let verbs = words.iter().take_while(|word| verb_like(word)).count();
    let preposition = words.get(verbs).map(|word| bare(word));
    let moves = (1..=2).contains(&verbs)
        && preposition.is_some_and(|word| {
            ["door", "aan", "met", "naar", "in", "over", "bij", "voor", "op", "van"]
                .contains(&word.as_str())
        })
        // A clause after it ("met IT of ze ...", "met IT, en dan ...") is left alone.
        && !words[verbs..].iter().any(|word| {
            word.ends_with(',')
                || ["of", "dat", "omdat", "wanneer", "hoe", "wat", "welk", "welke", "en"]
                    .contains(&bare(word).as_str())
        });
    if moves {
        words[verbs..]
            .iter()
            .chain(&words[..verbs])
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        words.join(" ")
    }
}

/// The rep's words with legal forms left out ("Van Dijk Transport B.V." is said "Van Dijk
/// Transport"); punctuation after the legal form stays.
pub fn spoken(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (at, word) in words.iter().enumerate() {
        let letters: String = word
            .chars()
            .filter(|&c| is_alphanumeric(c))
            .collect::<String>()
            .lower();
        if at > 0 && LEGAL_FORMS.contains(&letters.as_str()) && word.chars().any(|c| c != '.') {
            let tail: String = word
                .chars()
                .rev()
                .take_while(|c| matches!(c, ',' | ';' | ':' | ')'))
                .collect();
            if let Some(last) = out.last_mut() {
                last.extend(tail.chars().rev());
            }
            continue;
        }
        out.push((*word).to_owned());
    }
    out.join(" ")
}

/// The rep's words in the line's register: in a *u* line "je bericht" becomes "uw bericht" and
/// "met je" "met u"; in a *je* line "uw uitbreiding" becomes "je uitbreiding" and "met u" "met
/// jou". "jullie" fits both and stays.
pub fn register(text: &str, formal: bool) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::with_capacity(words.len());
    for (at, word) in words.iter().enumerate() {
        let core = bare(word);
        let after_preposition =
            at > 0 && BEFORE_PERSONAL_JE.contains(&bare(words[at - 1]).as_str());
        let swap = match (formal, core.as_str()) {
            (true, "jij" | "jou") => Some("u"),
            (true, "jouw") => Some("uw"),
            (true, "jezelf") => Some("uzelf"),
            (true, "je") if after_preposition => Some("u"),
            (true, "je") => Some("uw"),
            (false, "uw") => Some("je"),
            (false, "uzelf") => Some("jezelf"),
            (false, "u") if after_preposition => Some("jou"),
            (false, "u") => Some("je"),
            _ => None,
        };
        out.push(match swap {
            Some(swap) => replace_core(word, &core, swap),
            None => (*word).to_owned(),
        });
    }
    out.join(" ")
}

/// `word` with its letters `core` replaced by `swap`, keeping punctuation and a capital.
fn replace_core(word: &str, core: &str, swap: &str) -> String {
    let Some(start) = word.find(|c: char| is_alphanumeric(c)) else {
        return word.to_owned();
    };
    let lower = word.lower();
    // Lowercasing can change byte lengths, so find the core in the lowered word and only cut
    // at char boundaries of the original when both agree.
    match (
        lower.get(start..start + core.len()),
        word.get(start + core.len()..),
    ) {
        (Some(found), Some(tail)) if found == core => {
            let capital = word[start..].starts_with(|c: char| is_upper(c));
            let swap = if capital {
                let mut chars = swap.chars();
                chars
                    .next()
                    .map(|first| std::iter::once(upper_char(first)).chain(chars).collect())
                    .unwrap_or_default()
            } else {
                swap.to_owned()
            };
            format!("{}{swap}{tail}", &word[..start])
        }
        _ => word.to_owned(),
    }
}

/// The hook sentence without its full stop: "Ik las je interview in het FD", "Ik zag je
/// bericht op LinkedIn", and for news about them "Ik las over jullie nieuwe vestiging". The
/// hook is a noun phrase; its head is looked for before the first preposition.
pub fn hook_sentence(hook: &str, formal: bool) -> String {
    let hook = register(&spoken(hook), formal);
    let head = |nouns: &[&str]| {
        hook.split_whitespace()
            .take_while(|word| !BEFORE_PERSONAL_JE.contains(&bare(word).as_str()))
            .take(5)
            .any(|word| {
                let word = bare(word);
                nouns.iter().any(|noun| word.ends_with(noun))
            })
    };
    if head(READ) {
        format!("Ik las {hook}")
    } else if head(SEEN) {
        format!("Ik zag {hook}")
    } else if head(HEARD) {
        format!("Ik hoorde {hook}")
    } else {
        format!("Ik las over {hook}")
    }
}

/// An organisation's name as said after "bij" or "voor": without its legal form, and with the
/// article a generic noun in it asks for ("de gemeente Utrecht", "het Amphia Ziekenhuis").
/// Company names ("Bakkerij de Vries", "Van Dijk Transport") take none.
pub fn organisation(name: &str) -> String {
    let name = spoken(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return name;
    };
    if matches!(bare(first).as_str(), "de" | "het") {
        return name;
    }
    let first_bare = bare(first);
    for (noun, article, lower) in ORGANISATION_START {
        if first_bare == *noun && words.len() > 1 {
            let rest = words[1..].join(" ");
            let noun = if *lower {
                noun.to_string()
            } else {
                (*first).to_owned()
            };
            return format!("{article} {noun} {rest}");
        }
    }
    if words.len() > 1 {
        let last = bare(last);
        let before_last = bare(words[words.len() - 2]);
        for (noun, article) in ORGANISATION_END {
            // "Tandartspraktijk Centrum" is a practice in the town centre; "Medisch Centrum"
            // and "Zorgcentrum" are institutions.
            let generic = match *noun {
                "centrum" => last != "centrum" || before_last == "medisch",
                _ => true,
            };
            if last.ends_with(noun) && generic {
                return format!("{article} {name}");
            }
        }
    }
    name
}

/// What they may need, as a noun phrase after "met": an infinitive phrase ("online afspraken
/// maken") gets "het" ("met het online afspraken maken"), which Dutch allows for any verb
/// phrase; a noun phrase ("kortere levertijden") stays as typed.
pub fn need(need: &str, formal: bool) -> String {
    let need = phrase(need, formal);
    let words: Vec<&str> = need.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return need;
    };
    let determiner = matches!(
        bare(first).as_str(),
        "de" | "het" | "een" | "hun" | "jullie" | "je" | "uw" | "meer" | "minder"
    );
    let last = bare(last);
    let verb = NEED_VERBS.iter().any(|verb| last.ends_with(verb)) || last.ends_with("eren");
    if words.len() > 1 && verb && !determiner {
        format!("het {need}")
    } else {
        need
    }
}

/// Why the rep calls, as a sentence without its full stop: "Ik bel met een vraag over ..."
/// for a question or an idea, "Ik bel over een manier om ..." for another noun phrase, and
/// "De reden dat ik bel: wij helpen ..." for a clause, which cannot follow "over".
pub fn reason_sentence(reason: &str, formal: bool) -> String {
    let reason = phrase(reason, formal);
    let words: Vec<String> = reason.split_whitespace().take(2).map(bare).collect();
    match words
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["een", "vraag" | "idee" | "voorstel" | "tip" | "aanbod" | "verzoek", ..] => {
            format!("Ik bel met {reason}")
        }
        ["een" | "de" | "het", ..] => format!("Ik bel over {reason}"),
        _ => format!("De reden dat ik bel: {reason}"),
    }
}

/// "begin juni", "half juni", "eind juni": a time of year said as roughly as the customer meant
/// it; "rond donderdag 3 juni" is exact and vague at once.
pub fn part_of_month(day: u32, month: u32) -> String {
    let part = match day {
        ..=10 => "begin",
        11..=20 => "half",
        _ => "eind",
    };
    let month = super::month_name(crate::Lang::Nl, month);
    format!("{part} {month}")
}

/// Whether a Dutch line says *u*: when the rep chose it, and always to a name with a courtesy
/// title, which the greeting answers with "Goedendag meneer Jansen"; "je" after that clashes.
pub fn formal(chosen: bool, name: &str) -> bool {
    let title = name
        .split_whitespace()
        .next()
        .map(|word| word.trim_end_matches('.').lower());
    chosen
        || title.is_some_and(|title| {
            [
                "meneer", "mevrouw", "dhr", "mevr", "heer", "dr", "prof", "mr", "ir", "drs",
            ]
            .contains(&title.as_str())
        })
}

/// A topic, need or reason as said in the line: legal forms left out, in the line's register.
pub fn phrase(text: &str, formal: bool) -> String {
    register(&spoken(text), formal)
}
