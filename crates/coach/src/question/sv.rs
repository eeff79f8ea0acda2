//! Swedish rule table.

use std::sync::OnceLock;

use super::scan::Tokens;
use super::{
    address_from, assumptive, closed, fill, no_question, open, recap, Address, Example, LangRules,
    Texts, Topic,
};

pub(super) static RULES: LangRules = LangRules {
    // "var" is both "where" and "was": followed by a subject it is read as the verb.
    wh_words: &[
        "vad", "vilken", "vilket", "vilka", "hur", "vem", "vems", "när", "var", "varför", "vart",
    ],
    wh_with_noun: &["vilken", "vilket", "vilka"],
    question_verbs: &[
        "har",
        "hade",
        "är",
        "var",
        "kan",
        "kunde",
        "ska",
        "skulle",
        "vill",
        "ville",
        "får",
        "fick",
        "blev",
        "hann",
        "hinner",
        "kommer",
        "gick",
        "gör",
        "gjorde",
        "tycker",
        "tyckte",
        "vet",
        "visste",
        "finns",
        "fanns",
        "behöver",
        "brukar",
        "hörde",
        "såg",
        "tog",
        "känner",
        "passar",
        "går",
        "blir",
        "skickade",
        "läste",
        "kollade",
        "menar",
        "borde",
        "måste",
        "hittade",
        "bestämde",
    ],
    auxiliaries: &[
        "har", "hade", "är", "var", "kan", "kunde", "ska", "skulle", "vill", "ville", "får",
        "fick", "hann", "hinner", "kommer", "gjorde", "finns", "fanns", "blev", "borde",
    ],
    subjects: &[
        "du", "ni", "han", "hon", "hen", "de", "dom", "den", "det", "vi", "jag", "man", "någon",
        "nån", "alla",
    ],
    fillers: &[
        "så",
        "och",
        "men",
        "hej",
        "hejsan",
        "okej",
        "ok",
        "förresten",
        "snälla",
        "alltså",
        "nå",
        "jaha",
        "tack",
        "bara",
    ],
    tags: &[
        "eller hur",
        "eller",
        "va",
        "inte sant",
        "visst",
        "stämmer det",
        "ok",
        "eller inte",
    ],
    recap: &[
        "påminna|påminn mig|oss",
        "var vi står",
        "var står vi",
        "var vi var",
        "var var vi",
        "var vi slutade",
        "var slutade vi",
        "var vi är",
        "uppdatera|uppdaterar mig|oss",
        "fräscha upp mitt minne",
        "vad pratade|sa|kom|bestämde|sade vi",
        "vad vi pratade|sa|kom|bestämde|sade",
        "sätta mig in",
        "sammanfatta",
    ],
    softeners: &[
        "berätta|berättar",
        "säga|säg",
        "dela",
        "veta|vet",
        "jag är nyfiken",
        "nyfiken",
    ],
    past_forms: &[
        "kom",
        "sa",
        "sade",
        "blev",
        "var",
        "hade",
        "gick",
        "fick",
        "tog",
        "såg",
        "hörde",
        "gjorde",
        "fanns",
        "hann",
        "valde",
        "kände",
        "tänkte",
        "tyckte",
        "visste",
        "landade",
        "bestämde",
        "beslutade",
        "svarade",
        "enades",
        "drog",
        "stod",
        "föll",
    ],
    past_suffixes: &["ade", "de", "te", "dde"],
    not_past: &[
        "inte", "senaste", "kunde", "borde", "bästa", "sista", "nästa", "mitte",
    ],
    not_past_suffixes: &["ande", "ende"],
    perfect_auxiliaries: &["har", "hade"],
    is_participle,
    determiners: &[
        "den", "det", "de", "er", "ert", "era", "vår", "vårt", "våra", "min", "mitt", "mina",
        "din", "ditt", "dina", "denna", "detta", "dessa",
    ],
    topic_prepositions: &["om", "på", "kring", "angående", "gällande"],
    phrase_stops: &[
        "än",
        "ännu",
        "redan",
        "nu",
        "idag",
        "i",
        "på",
        "om",
        "med",
        "till",
        "för",
        "av",
        "och",
        "eller",
        "men",
        "som",
        "så",
        "från",
        "hos",
        "inte",
        "också",
        "ni",
        "du",
        "vi",
        "jag",
        "de",
        "han",
        "hon",
        "sen",
        "sedan",
        "igen",
        "förra",
        "nästa",
        "något",
        "nåt",
        "mer",
        "här",
        "där",
        "då",
        "alls",
        "internt",
        "hela",
        "veckan",
        "gången",
        "ju",
        "väl",
        "kanske",
        "gärna",
        "efter",
        "innan",
        "sist",
        "egentligen",
        "troligen",
        "inget",
        "mycket",
        "vilket",
        "dagen",
        "början",
        "kvällen",
        "morgonen",
        "månaden",
        "helgen",
    ],
    definite_suffixes: &["en", "et", "na", "an"],
    indefinite_markers: &[
        "en", "ett", "vilken", "vilket", "vilka", "något", "nåt", "inget",
    ],
    capitalised_nouns: false,
    address,
    rewrite,
    texts: Texts {
        closed: "En ja/nej-fråga gör \"nej\" till det enklaste svaret, och samtalet riskerar \
                 att stanna där. Utgå från att kunden gjorde det hen lovade och fråga vad det \
                 ledde till.",
        assumptive: "Bra: frågan utgår från att kunden gjort det hen lovade och frågar efter \
                     resultatet.",
        open: "En öppen fråga fungerar bra när du utforskar behov, men i en uppföljning bör \
               du fråga i dåtid efter resultatet av det kunden skulle göra (\"Vad kom ni fram \
               till?\").",
        recap: "Här ber du kunden uppdatera dig. Ta själv upp tråden: säg vad ni pratade om \
                sist och vad kunden skulle göra, och fråga sedan vad det blev.",
        none: "Ingen fråga hittades. Skriv frågan du tänker ställa efter din inledning.",
    },
    compiled: OnceLock::new(),
};

/// Supines after "har"/"hade": kommit, pratat, sett, bestämt, sagt, hört, valt, tänkt.
fn is_participle(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "it", "at", "tt", "mt", "gt", "rt", "lt", "kt", "nt", "dt", "pt", "vt", "xt", "st",
    ];
    const NOT: &[&str] = &[
        "just", "först", "mest", "bäst", "sist", "fast", "helt", "kort", "lätt", "rätt", "gott",
        "mitt", "ditt", "sitt", "vårt", "allt", "sätt", "snabbt", "stort", "litet", "budget",
        "inget", "något", "mycket", "vilket", "annat", "bort", "fort", "kanske", "vart",
    ];
    word.chars().count() >= 4 && ENDINGS.iter().any(|e| word.ends_with(e)) && !NOT.contains(&word)
}

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

fn rewrite(topic: Option<&Topic>, address: Address) -> Vec<String> {
    let you = if address == Address::Singular {
        "du"
    } else {
        "ni"
    };
    match topic {
        Some(topic) => vec![
            fill(&format!("Vad kom {you} fram till om {{t}}?"), &topic.phrase),
            fill(&format!("Vad tyckte {you} om {{t}}?"), &topic.phrase),
        ],
        None => vec![format!(
            "Förra gången pratade vi om [ämne] – vad kom {you} fram till?"
        )],
    }
}

pub(super) static EXAMPLES: &[Example] = &[
    closed("Har ni hunnit titta på offerten?", Some("offerten")),
    closed("Har du pratat med din chef om avtalet?", Some("avtalet")),
    closed("Har styrelsen godkänt budgeten?", Some("budgeten")),
    closed(
        "Ni fick väl prislistan i fredags, eller hur?",
        Some("prislistan"),
    ),
    closed("Något nytt om avtalet?", Some("avtalet")),
    closed(
        "Kan du kolla om leveransdatumet fungerar för er?",
        Some("leveransdatumet"),
    ),
    closed(
        "Tack för ett bra möte i tisdags. Har ni hunnit diskutera förslaget internt? Jag har \
         tid hela veckan.",
        Some("förslaget"),
    ),
    closed(
        "Hann ni gå igenom underlaget med ekonomiavdelningen?",
        Some("underlaget"),
    ),
    closed("Har ni bestämt er för vilket paket ni vill ha?", None),
    closed(
        "Har ni fått svar från styrelsen angående offerten",
        Some("offerten"),
    ),
    closed(
        "Vi skickade den nya offerten i måndags. Har du hunnit läsa den?",
        Some("offerten"),
    ),
    assumptive("Vad kom ni fram till om offerten?"),
    assumptive("Vad sa styrelsen om förslaget?"),
    assumptive("Hur gick mötet med ledningsgruppen?"),
    assumptive("Kan du berätta vad ni bestämde på mötet?"),
    assumptive(
        "Förra gången pratade vi om införandet, och du skulle stämma av med IT. Vad tyckte de?",
    ),
    assumptive("Vilket alternativ valde ni till slut?"),
    assumptive("Vad har ni bestämt kring upplägget?"),
    assumptive("Berätta gärna vad ekonomichefen sa om kalkylen."),
    assumptive("Hej Karin! Hur landade förslaget hos er?"),
    open("Vad tycker ni om de nya villkoren?"),
    open("Hur ser er tidsplan ut för införandet?"),
    open("Jag ringer dig på fredag klockan tolv – hur passar det i din kalender?"),
    open("Vilka fler behöver vara med i beslutet?"),
    open("Vad behöver ni från oss för att gå vidare?"),
    recap("Kan du påminna mig var vi står?"),
    recap("Förlåt, var var vi nu igen?"),
    recap("Hej! Kan du uppdatera mig på läget?"),
    recap("Vad pratade vi om förra gången?"),
    no_question("Jag skickar den uppdaterade offerten i morgon bitti."),
    no_question("Tack för samtalet, hörs snart!"),
    no_question("När vi pratades vid i måndags nämnde du att styrelsen träffas på torsdag."),
];
