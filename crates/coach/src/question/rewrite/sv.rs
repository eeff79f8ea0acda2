//! Swedish topics and rewrites.

use super::{address_from, fill, Address, Frame, RewriteRules, Topic};
use crate::question::scan::Tokens;

pub(super) static RULES: RewriteRules = RewriteRules {
    topic_prepositions: words!["om", "kring", "angående", "gällande"],
    // "-n" after a vowel: miljön, idén.
    bare_markers: words!["lite", "några", "något", "någon", "fler", "mer"],
    article_for_quantified: |_| None,
    definite_suffixes: words!["en", "et", "na", "an", "ön", "én"],
    indefinite_markers: words![
        "en", "ett", "vilken", "vilket", "vilka", "något", "nåt", "inget",
    ],
    pronoun_articles: words!["den", "det", "de"],
    capitalised_nouns: false,
    open_compounds: false,
    complement_prepositions: words!["av", "om", "till", "för"],
    parties: words![
        "fack",
        "enhet",
        // Officers written as acronyms.
        "cio",
        "cfo",
        "ceo",
        "cto",
        // IT, the department: no Swedish word is "it".
        "it",
        "styrelse",
        "ledning",
        "grupp",
        "chef",
        "vd",
        "ägare",
        "koncern",
        "kommun",
        // byggherre.
        "herre",
        "avdelning",
        "inköp",
        "ekonomi",
        "produktion",
        "leverantör",
        // skyddsombud.
        "ombud",
        // försäkringsbolaget.
        "bolag",
        "kollega",
        "kolleg",
        "team",
        "jurist",
        "advokat",
        "bank",
        "revisor",
        "ledare",
        "säljare",
        "partner",
        "nämnd",
        "folk",
        "person",
        "användare",
        "ingenjör",
        "läkare",
        "konsult",
        "rådgivare",
        "medarbetare",
        "region",
        "myndighet",
        "förvaltning",
        "rektor",
        "mästare",
        "ansvarig",
        "ansvarige",
        "handläggare",
        "direktör",
        "ordförande",
        "ledamot",
        "ledamöter",
        "inköpare",
        "upphandlare",
        "beställare",
        "tekniker",
        "arkitekt",
    ],
    never_topics: words![
        // The rep's own notes, looked up when the thread is lost.
        "anteckning",
        "säsong",
        // The nouns of "lost track", "after the holidays": the rep's memory and calendar.
        "tråden",
        "semester",
        "semestrarna",
        "ledigheten",
        "koll",
        "minne",
        // When.
        "vecka",
        "månad",
        "kvartal",
        "år",
        "dag",
        "gång",
        "morgon",
        "eftermiddag",
        "kväll",
        "helg",
        "måndag",
        "tisdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lördag",
        "söndag",
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
        "vår",
        "sommar",
        "höst",
        "vinter",
        "jul",
        "påsk",
        "möte",
        "samtal",
        "sammanträde",
        "tid",
        "stund",
        // Not "slut" ("till slut"): as the end of a compound it would match "beslut".
        "halvår",
        // Events that date a statement ("sedan mässan", "efter lunchen"); a workshop or a
        // seminar to be booked is a topic.
        "mässa",
        "konferens",
        "lunch",
        "middag",
        "frukost",
        "träff",
        // Idioms: tummen upp, på bordet, på dagordningen, klartecken, grönt ljus.
        "tumme",
        "bord",
        "dagordning",
        "klartecken",
        "ljus",
        "radar",
        // "ett tag sedan": a while.
        "tag",
        "sida",
        "tråd",
        "traven",
        // What a recap request asks for.
        "lägesbild",
        "lägesrapport",
        "sammanfattning",
    ],
    weak_topics: words![
        // "the problem with the link": a carrier of the thing.
        "problem",
        "problemet",
        "plan",
        // Carriers of an answer: "återkoppling på avtalet" is about the contract.
        "återkoppling",
        "respons",
        "besked",
        "klartecken",
        "chans",
        "möjlighet",
        "läge",
        "status",
        "genomgång",
        "tanke",
        "idé",
        "nyhet",
        "uppdatering",
        "mejl",
        "mail",
        "länk",
        "bilaga",
        "meddelande",
        "brev",
        "sak",
        "fråga",
        "process",
        // "ett beslut om …" (not "tilldelningsbeslutet": light nouns match whole words only).
        "beslut",
        "nytt",
        "uppfattning",
    ],
    head_endings: words![
        "en", "n", "et", "t", "na", "ar", "arna", "er", "erna", "or", "orna", "r", "rna",
    ],
    clitics: words![],
    // Neuter participles of strong verbs (påskrivet, vunnet, bundet), infinitives in -na after
    // a consonant (hinna, räkna, öppna, ordna, lämna; a definite plural has a vowel or "r"
    // before its "-na"), and nouns in -ön that are no definite forms (lön, grön).
    not_noun_endings: words![
        "ivet", "unnet", "undet", "unget", "nna", "kna", "pna", "dna", "gna", "mna", "tna", "lön",
        "grön", "skön",
    ],
    request_verbs: words!["skicka", "maila", "mejla", "sända", "ge", "vidarebefordra"],
    request_modals: words!["kan", "kunde", "skulle", "vill", "hinner", "möjlighet"],
    pass_on_verbs: words!["vidarebefordra", "vidare", "be", "fråga"],
    requested: |topic, address| {
        let you = you(address);
        Some(format!(
            "När hade {you} tänkt skicka över {}?",
            topic.phrase
        ))
    },
    you_subjects: words!["du", "ni"],
    request_fillers: words!["snälla", "vänligen"],
    request_openings: words!["gärna", "vara", "snäll", "och", "kunna"],
    passed_on: |phrase, address| {
        let you = if address == Address::Singular {
            "du"
        } else {
            "ni"
        };
        Some(format!("När hade {you} tänkt {phrase}?"))
    },
    pronoun_objects: words!["det", "den", "dem", "detta", "dessa"],
    with_prepositions: words!["med"],
    from_prepositions: words!["från"],
    call_verbs: words!["ringa", "ringt", "ringde", "ringer"],
    from_contraction: |_| None,
    to_prepositions: words!["till"],
    dative_of: |phrase| Some(phrase.to_owned()),
    look_verbs: words![
        "titta", "tittat", "läsa", "läst", "kolla", "kollat", "granska", "granskat", "prova",
        "provat", "testa", "testat", "igenom",
    ],
    compare_verbs: words!["jämföra", "jämfört", "jämförde"],
    compared: |partner, address| {
        let you = you(address);
        format!("Vad kom {you} fram till när {you} jämförde oss med {partner}?")
    },
    address,
    party_said: |party| format!("Vad sa {}?", party.phrase),
    without_topic: |address| {
        let you = you(address);
        format!("Vad kom {you} fram till efter vårt senaste samtal?")
    },
    rewrite,
};

fn address(tokens: &Tokens, text: &str) -> Address {
    address_from(
        tokens,
        text,
        &[
            ("du", Address::Singular),
            ("dig", Address::Singular),
            ("din", Address::Singular),
            ("ditt", Address::Singular),
            ("dina", Address::Singular),
            ("ni", Address::Plural),
            ("er", Address::Plural),
            ("ert", Address::Plural),
            ("era", Address::Plural),
        ],
        Address::Plural,
    )
}

/// "du" to one person, "ni" to several or formally.
fn you(address: Address) -> &'static str {
    if address == Address::Singular {
        "du"
    } else {
        "ni"
    }
}

fn rewrite(topic: Option<&Topic>, frame: Frame, address: Address) -> Vec<String> {
    let you = you(address);
    let Some(topic) = topic else {
        return vec![format!(
            "Förra gången pratade vi om [ämne] – vad kom {you} fram till?"
        )];
    };
    if let Some(which) = which_of(&topic.before) {
        return vec![format!("{which} {} blev det till slut?", topic.phrase)];
    }
    let about = match frame {
        Frame::Decided => vec![format!("Vad kom {you} fram till om {{t}}?")],
        Frame::Looked => vec![
            format!("Vad kom {you} fram till om {{t}}?"),
            format!("Vad tyckte {you} om {{t}}?"),
        ],
        Frame::Party {
            party,
            looked: true,
            ..
        } => vec![format!("Vad tyckte {party} om {{t}}?")],
        Frame::Party { party, .. } => vec![
            format!("Vad kom {party} fram till om {{t}}?"),
            format!("Vad sa {party} om {{t}}?"),
        ],
        Frame::TalkedWith(party) => vec![format!("Vad sa {party} om {{t}}?")],
    };
    about
        .into_iter()
        .chain([format!(
            "Förra gången pratade vi om {{t}} – vad kom {you} fram till?"
        )])
        .map(|template| fill(&template, &topic.phrase))
        .collect()
}

/// "Vilken" as it opens a question, for a topic found after it (see `which_phrase`).
fn which_of(before: &str) -> Option<&'static str> {
    match before {
        "vilken" => Some("Vilken"),
        "vilket" => Some("Vilket"),
        "vilka" => Some("Vilka"),
        "många" => Some("Hur många"),
        _ => None,
    }
}

/// Questions and the first rewrite ready to say, `None` where only a template fits.
#[cfg(test)]
pub(super) static EXAMPLES: &[(&str, Option<&str>)] = &[
    // Called: the party answers.
    (
        "Hann du ringa leverantören om leveransen?",
        Some("Vad sa leverantören om leveransen?"),
    ),
    // Heard from, or passed to, a party: the party answers.
    (
        "Har ni hört något från styrelsen?",
        Some("Vad sa styrelsen?"),
    ),
    (
        "Har ni fått besked från juristerna om avtalet?",
        Some("Vad sa juristerna om avtalet?"),
    ),
    (
        "Har du skickat offerten till styrelsen?",
        Some("Vad sa styrelsen om offerten?"),
    ),
    // Found by a native review of generated lines: a verb, a number, a filler or a place is no
    // topic, and a request names the thing sent.
    ("Kan du maila mig ungefärliga mått på lagerlokalen?", None),
    (
        "Har ni pratat med facket om schemaläggningsverktyget?",
        Some("Vad sa facket om schemaläggningsverktyget?"),
    ),
    // "Något emot" is minding, a unit is a party, a season is when.
    (
        "Har du något emot att skicka över offerten?",
        Some("Vad kom du fram till om offerten?"),
    ),
    (
        "Har IT-enheten hunnit titta på integrationen?",
        Some("Vad tyckte IT-enheten om integrationen?"),
    ),
    ("Vill ni ha reservdelar i lager inför högsäsongen?", None),
    // "How many" ends at the verb of its clause.
    (
        "Hur många licenser behövde ni, sa du?",
        Some("Hur många licenser blev det till slut?"),
    ),
    // A noun without article after a quantifier or "about" is the thing asked about.
    (
        "Har ni hunnit ta fram några siffror?",
        Some("Vad kom ni fram till om siffror?"),
    ),
    (
        "Tjena! Är avtalet påskrivet?",
        Some("Vad kom ni fram till om avtalet?"),
    ),
    (
        "Har ledningsgruppen hunnit titta på offerten?",
        Some("Vad tyckte ledningsgruppen om offerten?"),
    ),
    (
        "Ligger piloten fortfarande på bordet?",
        Some("Vad kom ni fram till om piloten?"),
    ),
    (
        "Har ni hunnit diskutera budgeten på måndagsmötet?",
        Some("Vad kom ni fram till om budgeten?"),
    ),
    (
        "Kan du påminna mig om var vi står med avtalet?",
        Some("Förra gången pratade vi om avtalet – vad kom du fram till?"),
    ),
    // A request to send asks, assuming yes, when it was planned.
    (
        "Kan du skicka över siffrorna?",
        Some("När hade du tänkt skicka över siffrorna?"),
    ),
    (
        "Skulle ni kunna skicka offerten till mig?",
        Some("När hade ni tänkt skicka över offerten?"),
    ),
    (
        "Kan du skicka offerten vidare till inköp?",
        Some("När hade du tänkt skicka offerten vidare till inköp?"),
    ),
    (
        "Skulle du kunna vidarebefordra offerten till inköpschefen?",
        Some("När hade du tänkt vidarebefordra offerten till inköpschefen?"),
    ),
    // A later clause is part of what was asked.
    (
        "Skulle du kunna be er IT-ansvarige att kolla brandväggen innan vi kopplar upp oss?",
        Some(
            "När hade du tänkt be er IT-ansvarige att kolla brandväggen innan vi kopplar upp oss?",
        ),
    ),
    // "Vill … gå vidare" asks no one to pass anything on.
    (
        "Har ni bestämt er för vilken maskin ni vill gå vidare med?",
        Some("Vilken maskin blev det till slut?"),
    ),
    // The party who was to decide or to be asked stays in the rewrite; a comparison keeps what
    // was compared with.
    (
        "Har styrelsen godkänt de nya licenserna?",
        Some("Vad kom styrelsen fram till om de nya licenserna?"),
    ),
    (
        "Har ni diskuterat budgeten med styrelsen?",
        Some("Vad sa styrelsen om budgeten?"),
    ),
    (
        "Har du pratat med IT om integrationen?",
        Some("Vad sa IT om integrationen?"),
    ),
    (
        "Har ni jämfört oss med er nuvarande leverantör?",
        Some("Vad kom ni fram till när ni jämförde oss med er nuvarande leverantör?"),
    ),
    // "vårt" is no spring, the municipality is the party who answers.
    (
        "Har kommunen hunnit titta på vårt anbud?",
        Some("Vad tyckte kommunen om vårt anbud?"),
    ),
    // An infinitive in -na after a consonant is no definite plural.
    (
        "Hann ni räkna på kalkylen?",
        Some("Vad kom ni fram till om kalkylen?"),
    ),
    (
        "Har ni hunnit prova demomiljön?",
        Some("Vad kom ni fram till om demomiljön?"),
    ),
    // "offert" and "support" end like supines but are nouns.
    (
        "Har ni hunnit läsa vår offert om utökad support?",
        Some("Vad kom ni fram till om vår offert om utökad support?"),
    ),
    (
        "Har er IT-ansvarige tittat på rapporten?",
        Some("Vad tyckte er IT-ansvarige om rapporten?"),
    ),
    // An event named as a time ("sedan mässan") is not the topic.
    (
        "Vi har inte hörts sedan mässan – kan ni berätta vad som har hänt med projektet?",
        Some("Förra gången pratade vi om projektet – vad kom ni fram till?"),
    ),
    // "läget för mig" names nothing.
    (
        "Kan du dra läget för mig?",
        Some("Vad kom du fram till efter vårt senaste samtal?"),
    ),
    // Issue 12, third round: the thing to choose after "vilken", a comparison with no party.
    (
        "Vilket abonnemang var det ni funderade på, nu igen?",
        Some("Vilket abonnemang blev det till slut?"),
    ),
    (
        "Har ni hunnit jämföra våra villkor med dem ni har nu?",
        Some("Vad kom ni fram till när ni jämförde våra villkor med dem ni har nu?"),
    ),
    (
        "Har du hunnit ta upp det med ledningsgruppen?",
        Some("Vad sa ledningsgruppen om det?"),
    ),
    (
        "Har upphandlarna hunnit gå igenom anbudet?",
        Some("Vad tyckte upphandlarna om anbudet?"),
    ),
    (
        "Har ni räknat ut hur många platser ni behöver?",
        Some("Hur många platser blev det till slut?"),
    ),
    // Indefinite noun phrases are topics; a light noun hands the topic to its "om"
    // complement; "beslutet" is no "slut"; an acronym keeps its ending after a colon.
    (
        "Har ni bestämt er för en testperiod?",
        Some("Vad kom ni fram till om en testperiod?"),
    ),
    (
        "Har ni fattat ett beslut om nytt kassasystem?",
        Some("Vad kom ni fram till om nytt kassasystem?"),
    ),
    (
        "Har ni hunnit läsa styrelsebeslutet?",
        Some("Vad kom ni fram till om styrelsebeslutet?"),
    ),
    (
        "Har konsulterna hunnit testa SMS:et?",
        Some("Vad tyckte konsulterna om SMS:et?"),
    ),
    (
        "Har ni fått en chans att titta på kalkylen?",
        Some("Vad kom ni fram till om kalkylen?"),
    ),
    // Particles and predicate adjectives end a noun phrase; a named subject is the party.
    (
        "Ligger förslaget om hyresavtal kvar hos er?",
        Some("Vad kom ni fram till om förslaget om hyresavtal?"),
    ),
    (
        "Är tidplanen för utrullningen klar?",
        Some("Vad kom ni fram till om tidplanen för utrullningen?"),
    ),
    (
        "Har Karin läst igenom avtalsförslaget?",
        Some("Vad tyckte Karin om avtalsförslaget?"),
    ),
    // A wh-word, "står" and "ligger" end a noun phrase; "ett tag" is a while; the light
    // "uppfattning" hands its topic on; an insurer is a party.
    (
        "Har ni hunnit bilda er en uppfattning om leasingupplägget?",
        Some("Vad kom ni fram till om leasingupplägget?"),
    ),
    (
        "Det var ett tag sedan. Hur ligger ni till?",
        Some("Vad kom ni fram till efter vårt senaste samtal?"),
    ),
];
