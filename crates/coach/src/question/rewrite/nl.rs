//! Dutch topics and rewrites.

use super::{address_from, fill, separable_split, Address, Frame, RewriteRules, Topic};
use crate::question::scan::Tokens;
use crate::words::Words;

const SENDING: Words = words![
    "sturen",
    "mailen",
    "doorsturen",
    "opsturen",
    "toesturen",
    "terugsturen",
    "retourneren",
    "appen",
    "geven",
    "bezorgen",
];

const PASSING_ON: Words = words!["doorsturen", "doorgeven", "vragen"];

/// Separable prefixes, split from their verb by "te" ("door te sturen").
const SEPARABLE_PREFIXES: Words = words![
    "terug", "klaar", "door", "over", "mee", "toe", "uit", "aan", "weg", "bij", "op", "af", "in",
    "na",
];

pub(super) static RULES: RewriteRules = RewriteRules {
    topic_prepositions: words!["over", "omtrent", "rond", "betreffende", "aangaande"],
    bare_markers: words!["al", "nog", "ook", "meer", "extra", "enkele", "intussen"],
    article_for_quantified: |phrase| {
        // Plurals take "de" whatever their gender; a singular's article is unknown.
        (phrase.ends_with('s') || phrase.ends_with("en")).then(|| format!("de {phrase}"))
    },
    definite_suffixes: words![],
    indefinite_markers: words![],
    pronoun_articles: words![],
    capitalised_nouns: false,
    open_compounds: false,
    // Not "met": "het voorstel met Hanneke", "de proef met de directie" name who with.
    complement_prepositions: words!["van", "voor", "over"],
    parties: words![
        "vakbond",
        // IT, the department: no Dutch word is "it".
        "it",
        "aandeelhouder",
        "directie",
        "bestuur",
        "mt",
        "team",
        "manager",
        "leidinggevende",
        "afdeling",
        "inkoop",
        "financiën",
        "collega",
        "leverancier",
        "eigenaar",
        "raad",
        "commissie",
        "jurist",
        "advocaat",
        "bank",
        "partner",
        "baas",
        "directeur",
        "medewerker",
        "mensen",
        "groep",
        "gebruiker",
        "adviseur",
        "consultant",
        "specialist",
        "arts",
        "gemeente",
        "provincie",
        "overheid",
        "klant",
        "wethouder",
        "college",
        "ondernemingsraad",
        "werkgroep",
        "controller",
        "accountant",
        "architect",
        "leider",
        "meneer",
        "mevrouw",
        "heer",
        "inkoper",
        "bestuurder",
        "concurrent",
        "lab",
        "commissaris",
        // opdrachtgever, werkgever.
        "gever",
        // People by their trade: monteur, installateur, chauffeur, ingenieur, verpleegkundige.
        "teur",
        "ffeur",
        "nieur",
        "kundige",
        "docent",
        "analist",
        "fabrikant",
        "planner",
        "coördinator",
        "voorzitter",
        "secretaris",
        "meester",
        "vennoot",
        "vennoten",
        "compagnon",
    ],
    never_topics: words![
        // The rep's own notes, looked up when the thread is lost.
        "aantekening",
        // The nouns of "lost track", "after the holidays": the rep's memory and calendar.
        "draad",
        "overzicht",
        "spoor",
        "geheugen",
        "paraat",
        "laatst",
        "precies",
        "stilte",
        "radiostilte",
        // When.
        "week",
        "maand",
        "kwartaal",
        "jaar",
        "dag",
        "keer",
        "ochtend",
        "middag",
        "avond",
        "weekend",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "voorjaar",
        "najaar",
        "zomer",
        "winter",
        "kerst",
        "pasen",
        "vergadering",
        "gesprek",
        "contact",
        "telefoontje",
        "excuses",
        "overleg",
        "bijeenkomst",
        "vakantie",
        "moment",
        "eind",
        "begin",
        // Idioms: op tafel, aan de slag, groen licht, de draad kwijt, op de hoogte.
        "tafel",
        "slag",
        "licht",
        "hoogte",
        "radar",
        "agenda",
        "kant",
        "akkoord",
        "bedoeling",
        "knoop",
        "beeld",
        "streep",
        "handen",
        "zaken",
        // What a recap asks for, not a thread to name.
        "tussenstand",
    ],
    weak_topics: words![
        // "the problem with the link": a carrier of the thing.
        "probleem",
        "plan",
        // Carriers of an answer: "toestemming voor de ombouw" is about the conversion.
        "toestemming",
        "reactie",
        "terugkoppeling",
        "idee",
        "kans",
        "mogelijkheid",
        "stand",
        "status",
        "update",
        "nieuws",
        "keuze",
        "mail",
        "e-mail",
        "bericht",
        "link",
        "bijlage",
        "brief",
        "vraag",
        "punt",
        "deadline",
        "tijd",
        "datum",
        "check",
        "vraagje",
        "besluit",
        "beslissing",
        "gelegenheid",
        "afspraak",
        "naam",
    ],
    head_endings: words!["en", "s", "'s", "n", "e"],
    clitics: words![],
    // Present tenses of separable verbs, last in a clause after their object: "of de gemeente
    // de subsidie toekent", "of de order doorgaat".
    // An adjective after the noun is uninflected, so predicative: "was de training nuttig".
    not_noun_endings: words![
        "gaat", "komt", "doet", "loopt", "wordt", "blijft", "kent", "neemt", "voert", "geeft",
        "houdt", "ziet", "trekt", "legt", "stelt", "zegt", "vindt", "werkt", "keurt", "ig", "lijk",
        "baar", "zaam", "isch",
        // Infinitives last in the clause, after a modal: "je zou het contract bekijken".
        "eren", "igen", "ijken", "eggen", "ullen", "sturen", "nemen", "geven", "zetten", "kennen",
        "spreken", "lezen", "maken", "passen", "kijken", "tekenen", "bellen",
    ],
    request_verbs: SENDING,
    request_modals: words!["kun", "kunt", "kan", "kunnen", "wil", "wilt", "zou", "lukt"],
    pass_on_verbs: PASSING_ON,
    requested: |topic, address| {
        let were_you = match address {
            Address::Singular => "was je",
            Address::Plural => "waren jullie",
            Address::Formal => "was u",
        };
        Some(format!(
            "Wanneer {were_you} van plan {} te sturen?",
            topic.phrase
        ))
    },
    you_subjects: words!["u", "je", "jij", "jullie"],
    request_fillers: words!["even", "misschien", "alstublieft", "alsjeblieft", "kunnen"],
    request_openings: words!["nog"],
    passed_on: |phrase, address| {
        let were_you = match address {
            Address::Singular => "was je",
            Address::Plural => "waren jullie",
            Address::Formal => "was u",
        };
        // "te" goes with the first verb of sending or asking, inside a separable one:
        // "de offerte door te sturen naar …", "Helen te vragen om … terug te sturen".
        let words: Vec<&str> = phrase.split(' ').collect();
        let at = words.iter().position(|word| {
            let word = crate::text::lowercase(word.trim_end_matches(|c: char| !c.is_alphabetic()));
            SENDING.contains(&word.as_str()) || PASSING_ON.contains(&word.as_str())
        })?;
        if at > 0 && words[at - 1] == "te" {
            return None;
        }
        let verb = words[at];
        let with_te = match separable_split(verb, SEPARABLE_PREFIXES) {
            Some((prefix, rest)) => format!("{prefix} te {rest}"),
            None => format!("te {verb}"),
        };
        let mut said = words[..at].to_vec();
        said.push(&with_te);
        said.extend_from_slice(&words[at + 1..]);
        Some(format!("Wanneer {were_you} van plan {}?", said.join(" ")))
    },
    pronoun_objects: words!["het", "dat", "dit", "ze", "die", "deze"],
    with_prepositions: words!["met"],
    from_prepositions: words!["van"],
    call_verbs: words![],
    from_contraction: |_| None,
    to_prepositions: words!["aan", "naar"],
    dative_of: |phrase| Some(phrase.to_owned()),
    look_verbs: words![
        "kijken",
        "gekeken",
        "bekijken",
        "bekeken",
        "lezen",
        "gelezen",
        "doorgenomen",
        "doornemen",
        "testen",
        "getest",
        "proberen",
        "geprobeerd",
        "uitproberen",
        "uitgeprobeerd",
        "doorlezen",
        "doorgelezen",
        "doorbladeren",
        "doorgebladerd",
        "bestuderen",
        "bestudeerd",
        "zien",
        "gezien",
        "terugkijken",
        "teruggekeken",
        "beluisteren",
        "beluisterd",
        // What one made of it: "Vond u de demo nuttig?", "Wat vond u van ...".
        "vond",
        "vonden",
        "vind",
        "vindt",
    ],
    compare_verbs: words!["vergelijken", "vergeleken"],
    // "Hoe vielen wij uit …" would read as asking what "we" agreed: a recap.
    compared: |partner, _| format!("Hoe viel de vergelijking met {partner} uit?"),
    address,
    party_said: |party| {
        let said = if party.plural { "zeiden" } else { "zei" };
        format!("Wat {said} {}?", party.phrase)
    },
    without_topic: |address| {
        let have_you = match address {
            Address::Singular => "heb je",
            Address::Plural => "hebben jullie",
            Address::Formal => "heeft u",
        };
        format!("Wat {have_you} besloten sinds ons laatste gesprek?")
    },
    rewrite,
};

/// "u" anywhere makes the line formal; else the first of "je" and "jullie" decides: "Heb je
/// de overeenkomst met jullie IT-manager ..." says "je", "Heeft jullie architect ..." "jullie".
fn address(tokens: &Tokens, text: &str) -> Address {
    let formal = address_from(
        tokens,
        text,
        &[("u", Address::Formal), ("uw", Address::Formal)],
        Address::Singular,
    );
    if formal == Address::Formal {
        return formal;
    }
    let informal = |word: &str| match word {
        "jullie" => Some(Address::Plural),
        "je" | "jij" | "jou" | "jouw" => Some(Address::Singular),
        _ => None,
    };
    // "Is dat gelukt?" says no pronoun: the sentences before it do ("Je zou ...").
    (0..tokens.len())
        .find_map(|at| informal(tokens.word(at)))
        .or_else(|| {
            let lower = crate::text::lowercase(text);
            let mut words = lower.split(|c: char| !crate::text::is_letter(c));
            words.find_map(|word| match word {
                "u" | "uw" => Some(Address::Formal),
                word => informal(word),
            })
        })
        .unwrap_or(Address::Formal)
}

fn rewrite(topic: Option<&Topic>, frame: Frame, address: Address) -> Vec<String> {
    let (have_you, found_you) = match address {
        Address::Singular => ("heb je", "vond je"),
        Address::Plural => ("hebben jullie", "vonden jullie"),
        Address::Formal => ("heeft u", "vond u"),
    };
    let Some(topic) = topic else {
        return vec![format!(
            "Vorige keer hadden we het over [onderwerp] – wat {have_you} besloten?"
        )];
    };
    // "besloten over de brochure over de units" says "over" twice: ask what they did with it,
    // or after a look what they made of it.
    let double_over = topic.phrase.contains(" over ");
    // One chooses between options, never decides "about" them: "de twee pakketten".
    // A number in a complement ("voor 500 licenties") counts, not options.
    let options = matches!(
        topic.phrase.split_whitespace().nth(1),
        Some("twee" | "drie" | "vier" | "beide")
    );
    let about = match frame {
        Frame::Decided | Frame::Looked if options => {
            vec![format!("Welke van {{t}} {have_you} gekozen?")]
        }
        Frame::Party { party, plural, .. } if options => vec![format!(
            "Welke van {{t}} {} {party} gekozen?",
            if plural { "hebben" } else { "heeft" }
        )],
        Frame::Decided if double_over => vec![format!("Wat {have_you} met {{t}} gedaan?")],
        Frame::Decided => vec![format!("Wat {have_you} besloten over {{t}}?")],
        Frame::Looked if double_over => vec![format!("Wat {found_you} van {{t}}?")],
        Frame::Looked => vec![
            format!("Wat {have_you} besloten over {{t}}?"),
            format!("Wat {found_you} van {{t}}?"),
        ],
        Frame::Party {
            party,
            plural,
            looked: true,
        } => vec![format!(
            "Wat {} {party} van {{t}}?",
            if plural { "vonden" } else { "vond" }
        )],
        Frame::Party { party, .. } if double_over => {
            vec![format!("Hoe reageerde {party} op {{t}}?")]
        }
        Frame::Party { party, plural, .. } => vec![
            format!(
                "Wat {} {party} besloten over {{t}}?",
                if plural { "hebben" } else { "heeft" }
            ),
            format!("Hoe reageerde {party} op {{t}}?"),
        ],
        Frame::TalkedWith(party) => vec![format!("Wat zei {party} over {{t}}?")],
    };
    let phrase = definite(&topic.phrase);
    about
        .into_iter()
        .chain([format!(
            "Vorige keer hadden we het over {{t}} – wat {have_you} besloten?"
        )])
        .map(|template| fill(&template, &phrase))
        .collect()
}

/// A topic asked with "welke"/"welk" or pointed at with "die"/"dat" said with its article:
/// "welke variant" is "de variant" (also every plural), "welk pakket" is "het pakket".
fn definite(phrase: &str) -> String {
    let split = phrase.split_once(' ');
    match split.map(|(first, rest)| (crate::text::lowercase(first), rest)) {
        Some((first, rest)) if matches!(first.as_str(), "welke" | "die" | "deze") => {
            format!("de {rest}")
        }
        Some((first, rest)) if matches!(first.as_str(), "welk" | "dat" | "dit") => {
            format!("het {rest}")
        }
        _ => phrase.to_owned(),
    }
}

/// Questions and the first rewrite ready to say, `None` where only a template fits.
#[cfg(test)]
pub(super) static EXAMPLES: &[(&str, Option<&str>)] = &[
    // Heard from, or passed to, a party: the party answers.
    (
        "Is er al akkoord van financiën?",
        Some("Wat zei financiën?"),
    ),
    (
        "Heeft u al iets van het bestuur gehoord over de uitbreiding?",
        Some("Wat zei het bestuur over de uitbreiding?"),
    ),
    (
        "Heeft u de offerte naar uw inkoper doorgestuurd?",
        Some("Wat zei uw inkoper over de offerte?"),
    ),
    // A problem is the carrier of what it was with.
    (
        "Wat was ook weer het probleem met de koppeling naar Exact?",
        Some("Vorige keer hadden we het over de koppeling – wat heeft u besloten?"),
    ),
    // "meer precies" is no quantity of a thing.
    (
        "Ik weet even niet meer precies waar we waren, kunt u me helpen?",
        Some("Wat heeft u besloten sinds ons laatste gesprek?"),
    ),
    // Found by a native review of generated lines: a verb, a number, a filler or a place is no
    // topic, and a request names the thing sent.
    (
        "Zou het lukken om me vóór vrijdag de cijfers te sturen?",
        None,
    ),
    (
        "Lukt het om het contract deze week getekend terug te sturen?",
        Some("Wanneer was u van plan het contract te sturen?"),
    ),
    (
        "Wat was de afspraak rond de betalingstermijn nou weer?",
        Some("Vorige keer hadden we het over de betalingstermijn – wat heeft u besloten?"),
    ),
    ("Hadden we het vorige keer over twee of drie fases?", None),
    // A noun without article after a quantifier or "about" is the thing asked about.
    (
        "Hebben jullie al licenties besteld?",
        Some("Wat hebben jullie besloten over de licenties?"),
    ),
    (
        "Gaan jullie in het derde kwartaal aan de slag met de offerte?",
        Some("Wat hebben jullie besloten over de offerte?"),
    ),
    (
        "Heeft de directie groen licht gegeven voor de proef?",
        Some("Wat heeft de directie besloten over de proef?"),
    ),
    (
        "Is het contract al getekend?",
        Some("Wat heeft u besloten over het contract?"),
    ),
    (
        "Kun je me vertellen waar we staan met de offerte?",
        Some("Vorige keer hadden we het over de offerte – wat heb je besloten?"),
    ),
    // A request to send asks, assuming yes, when it was planned.
    (
        "Kunt u mij de offerte sturen?",
        Some("Wanneer was u van plan de offerte te sturen?"),
    ),
    (
        "Zou je me de maten van de hallendeuren kunnen sturen?",
        Some("Wanneer was je van plan de maten van de hallendeuren te sturen?"),
    ),
    (
        "Kunt u de offerte doorsturen naar uw inkoper?",
        Some("Wanneer was u van plan de offerte door te sturen naar uw inkoper?"),
    ),
    (
        "Zou je Helen kunnen vragen om het contract terug te sturen?",
        Some("Wanneer was je van plan Helen te vragen om het contract terug te sturen?"),
    ),
    (
        "Ik wilde even vragen of de raad van bestuur het budget al heeft goedgekeurd.",
        Some("Wat heeft de raad van bestuur besloten over het budget?"),
    ),
    // The customer addressed is no third party.
    (
        "Goedemiddag mevrouw Visser, heeft u al gelegenheid gehad om naar ons voorstel te kijken?",
        Some("Wat heeft u besloten over ons voorstel?"),
    ),
    // The party who was to decide or to be asked stays in the rewrite; a comparison keeps what
    // was compared with.
    (
        "Heeft het bestuur de nieuwe licenties goedgekeurd?",
        Some("Wat heeft het bestuur besloten over de nieuwe licenties?"),
    ),
    (
        "Hebben de aandeelhouders de begroting goedgekeurd?",
        Some("Wat hebben de aandeelhouders besloten over de begroting?"),
    ),
    (
        "Heb je met IT gesproken over de koppeling?",
        Some("Wat zei IT over de koppeling?"),
    ),
    (
        "Heeft u ons al vergeleken met uw huidige leverancier?",
        Some("Hoe viel de vergelijking met uw huidige leverancier uit?"),
    ),
    // The party who is to answer, and the noun of an idiom, are never the topic.
    (
        "Heeft de gemeente de vergunning al verleend?",
        Some("Wat heeft de gemeente besloten over de vergunning?"),
    ),
    (
        "Hebben jullie al akkoord gegeven op de offerte?",
        Some("Wat hebben jullie besloten over de offerte?"),
    ),
    // A compound with "-ings-" is no participle; a noun ending in "tijd" is no time.
    (
        "Hebt u de beveiligingsrichtlijn al doorgenomen?",
        Some("Wat heeft u besloten over de beveiligingsrichtlijn?"),
    ),
    (
        "Heb je de levertijden al met de planner afgestemd?",
        Some("Wat zei de planner over de levertijden?"),
    ),
    // "weer" recalls and is no part of the topic.
    (
        "Hoe ging de demo weer?",
        Some("Vorige keer hadden we het over de demo – wat heeft u besloten?"),
    ),
    // A name written with an article ("De Wit") is no topic.
    (
        "Heeft meneer De Wit het contract al getekend?",
        Some("Wat heeft meneer De Wit besloten over het contract?"),
    ),
    // An occasion or an apology is no thread to name.
    (
        "Sinds ons laatste contact is het stil gebleven. Hoe staan de zaken?",
        Some("Wat heeft u besloten sinds ons laatste gesprek?"),
    ),
    (
        "Heb je mijn mail over de leveringsvoorwaarden gelezen?",
        Some("Wat heb je besloten over de leveringsvoorwaarden?"),
    ),
    // A noun asked with "welke"/"welk" takes "de"/"het".
    (
        "Welk pakket zouden jullie ook alweer nemen?",
        Some("Vorige keer hadden we het over het pakket – wat hebben jullie besloten?"),
    ),
    (
        "Fris mijn geheugen op: welke optie had jullie voorkeur?",
        Some("Vorige keer hadden we het over de optie – wat hebben jullie besloten?"),
    ),
    // An adverb, a predicative adjective or a separable verb after the noun ends it.
    (
        "Is het voorstel goed ontvangen?",
        Some("Wat heeft u besloten over het voorstel?"),
    ),
    (
        "Was de workshop nuttig voor je collega's?",
        Some("Wat heb je besloten over de workshop?"),
    ),
    (
        "Weet u al of de bank de lening toekent?",
        Some("Wat heeft de bank besloten over de lening?"),
    ),
    // A plural noun with a prefix-like start is no participle.
    (
        "Heeft u de offerte voor de bestelbussen al bekeken?",
        Some("Wat heeft u besloten over de offerte voor de bestelbussen?"),
    ),
    // "met" joins who with, not a complement; "je" before "jullie" keeps the line informal.
    (
        "Je hebt de offerte met Sander besproken, toch?",
        Some("Wat heb je besloten over de offerte?"),
    ),
    (
        "Heb je het voorstel al met jullie inkoper besproken?",
        Some("Wat heb je besloten over het voorstel?"),
    ),
    // Options are chosen between, not decided about.
    (
        "Heeft u al een keuze gemaakt uit de drie offertes?",
        Some("Welke van de drie offertes heeft u gekozen?"),
    ),
    (
        "Heeft het bestuur de twee varianten al vergeleken?",
        Some("Welke van de twee varianten heeft het bestuur gekozen?"),
    ),
    (
        "Heeft u de offerte voor 500 licenties al goedgekeurd?",
        Some("Wat heeft u besloten over de offerte voor 500 licenties?"),
    ),
    // "over" after a noun that names the thing is its complement, said once.
    (
        "Hebt u het rapport over de nulmeting al doorgelezen?",
        Some("Wat vond u van het rapport over de nulmeting?"),
    ),
    (
        "Heeft de directie het advies over de verbouwing al doorgelezen?",
        Some("Wat vond de directie van het advies over de verbouwing?"),
    ),
    (
        "Heeft u het advies over de verbouwing al besproken?",
        Some("Wat heeft u met het advies over de verbouwing gedaan?"),
    ),
    // A person named as the subject stays in the rewrite, with where they work.
    (
        "Heeft Jeroen de begroting al rondgekregen?",
        Some("Wat heeft Jeroen besloten over de begroting?"),
    ),
    (
        "Hebben Kees en Ilse de nieuwe roosters al getest?",
        Some("Wat vonden Kees en Ilse van de nieuwe roosters?"),
    ),
    (
        "Heeft Ruud van de technische dienst de specificaties al bevestigd?",
        Some("Wat heeft Ruud van de technische dienst besloten over de specificaties?"),
    ),
    // People named by their trade are parties.
    (
        "Hebben de installateurs de nieuwe warmtepompen al getest?",
        Some("Wat vonden de installateurs van de nieuwe warmtepompen?"),
    ),
    // The customer addressed by title and surname is no party.
    (
        "Meneer Van der Linden, heeft u de prijsopgave met de bedrijfsarts besproken?",
        Some("Wat zei de bedrijfsarts over de prijsopgave?"),
    ),
];
