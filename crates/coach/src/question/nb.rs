//! Norwegian Bokmål rule table.

use std::sync::OnceLock;

use super::scan::Tokens;
use super::{
    address_from, assumptive, closed, fill, no_question, open, recap, Address, Example, LangRules,
    Texts, Topic,
};

pub(super) static RULES: LangRules = LangRules {
    wh_words: &[
        "hva",
        "hvilken",
        "hvilket",
        "hvilke",
        "hvordan",
        "hvem",
        "hvor",
        "hvorfor",
        "når",
        "hvorledes",
    ],
    wh_with_noun: &["hvilken", "hvilket", "hvilke"],
    question_verbs: &[
        "har", "hadde", "er", "var", "kan", "kunne", "skal", "skulle", "vil", "ville", "får",
        "fikk", "ble", "rakk", "rekker", "kommer", "gjør", "gjorde", "synes", "syntes", "vet",
        "visste", "finnes", "fantes", "trenger", "passer", "går", "blir", "hørte", "fant", "tok",
        "sendte", "leste", "sjekket", "burde", "må", "liker",
    ],
    auxiliaries: &[
        "har", "hadde", "er", "var", "kan", "kunne", "skal", "skulle", "vil", "ville", "får",
        "fikk", "rakk", "rekker", "kommer", "gjorde", "finnes", "fantes", "ble", "burde",
    ],
    subjects: &[
        "du", "dere", "de", "han", "hun", "den", "det", "vi", "jeg", "man", "noen", "alle",
    ],
    fillers: &[
        "så",
        "og",
        "men",
        "hei",
        "heisann",
        "ok",
        "okei",
        "forresten",
        "altså",
        "takk",
        "bare",
    ],
    tags: &[
        "ikke sant",
        "sant",
        "ikke",
        "eller",
        "ja",
        "eller hva",
        "stemmer det",
        "ikke sant da",
    ],
    recap: &[
        "minne|minn meg|oss på",
        "hvor vi står",
        "hvor står vi",
        "hvor var vi",
        "hvor vi var",
        "hvor vi slapp",
        "hvor slapp vi",
        "hvor vi er",
        "oppdatere|oppdater meg|oss",
        "friske opp hukommelsen",
        "hva snakket|sa|kom|ble vi",
        "hva vi snakket|sa|kom|ble",
        "oppsummere",
        "sette meg inn",
        "hvor er vi",
        "hvor saken står",
        "hvor står saken|det",
        "status",
        "oppdatering",
        "var det nå",
        "husker ikke",
        "mistet ~ tråden",
        "ikke ~ oversikten",
    ],
    softeners: &[
        "fortelle|fortell|si|dele|vite|vet",
        "jeg er nysgjerrig",
        "nysgjerrig",
    ],
    past_forms: &[
        "kom",
        "sa",
        "ble",
        "var",
        "hadde",
        "gikk",
        "fikk",
        "tok",
        "syntes",
        "fant",
        "valgte",
        "landet",
        "snakket",
        "sjekket",
        "tenkte",
        "mente",
        "bestemte",
        "besluttet",
        "svarte",
        "likte",
        "gjorde",
        "visste",
        "rakk",
        // Strong preterites; prefixes are read by the rules below (foreslo, forsto, mottok).
        "så",
        "skrev",
        "slo",
        "sto",
        "dro",
        "falt",
        "ga",
        "gav",
        "holdt",
        "lot",
        "la",
        "lå",
        "satt",
        "traff",
        "vant",
        "brøt",
        "bød",
        "solgte",
        "fortalte",
        "spurte",
        "grep",
        "fløy",
        "frøs",
        "sang",
        "sprang",
        "stakk",
        "steg",
        "forsvant",
        "drakk",
        "drev",
        "skjøt",
    ],
    past_suffixes: &["te", "de", "dde"],
    not_past: &[
        "siste", "neste", "beste", "første", "største", "eneste", "gode", "burde", "sende",
        "hende", "melde", "kunde", "rente", "ende", "ikke",
    ],
    not_past_suffixes: &["ende"],
    perfect_auxiliaries: &["har", "hadde"],
    is_participle,
    be_forms: &["er", "var"],
    // Verbs of motion and change, which may make their perfect with "være".
    be_participle_endings: &["kommet", "blitt", "gått", "reist", "dratt", "løpt", "falt"],
    past_prefixes: &[
        "an", "inn", "be", "for", "fore", "opp", "ut", "over", "mot", "fram", "frem", "til", "av",
        "gjennom", "om", "under", "etter",
    ],
    past_inflections: &[],
    finite_past_suffixes: &["et", "te", "de", "dde"],
    non_past_finites: &[
        "skal", "vil", "kan", "må", "bør", "gjør", "pleier", "kommer", "ville", "skulle", "kunne",
        "trenger",
    ],
    discovery: &[
        "pleier",
        "vanligvis",
        "normalt",
        "hvor lenge",
        "siden når",
        "år siden",
    ],
    recall_particles: &["igjen"],
    first_person: &["vi", "jeg"],
    expletives: &["det"],
    gap_statements: &[
        "siden sist",
        "vi snakket|snakkes|hørtes|møttes ~ sist",
        "siden vi snakket|snakkes|snakket|hørtes|møttes|pratet",
        "lenge|stund siden",
        "halvt år",
        "måneder|uker|år siden",
        "mistet ~ tråden",
        "ikke ~ oversikten",
        "husker ikke",
    ],
    status_questions: &[
        "hvordan ser det ut",
        "hvordan går det",
        "hvordan står det",
        "hvordan er status|situasjonen",
        "hvordan ligger dere|du an",
    ],
    embedded_yes_no: &[
        "lurer|lurte på om",
        "høre|sjekke|spørre|vite om dere|du|de|han|hun|noen|det|vi|jeg",
    ],
    infinitive_markers: &["å"],
    determiners: &[
        "den", "det", "de", "deres", "vår", "vårt", "våre", "min", "mitt", "mine", "din", "ditt",
        "dine", "denne", "dette", "disse",
    ],
    topic_prepositions: &["om", "på", "angående", "rundt", "vedrørende"],
    phrase_stops: &[
        "ennå", "enda", "allerede", "nå", "i", "på", "om", "med", "til", "for", "av", "og",
        "eller", "men", "som", "så", "fra", "hos", "ikke", "også", "dere", "du", "vi", "jeg", "de",
        "han", "hun", "siden", "igjen", "forrige", "neste", "noe", "mer", "her", "der", "da",
        "internt", "hele", "uka", "uken", "gang", "gangen", "jo", "vel", "kanskje", "gjerne",
        "etter", "før", "sist", "egentlig", "nettopp", "helgen", "dagen", "morgen", "sammen",
        "nytt",
    ],
    definite_suffixes: &["en", "et", "ene"],
    indefinite_markers: &[
        "en", "et", "ei", "hvilken", "hvilket", "hvilke", "noe", "intet",
    ],
    capitalised_nouns: false,
    address,
    rewrite,
    texts: Texts {
        closed: "Et ja/nei-spørsmål gjør «nei» til det enkleste svaret, og samtalen kan stoppe \
                 opp der. Gå ut fra at kunden har gjort det de lovet, og spør hva det førte \
                 til.",
        assumptive: "Bra: spørsmålet tar for gitt at kunden gjorde det de lovet, og spør etter \
                     resultatet.",
        open: "Et åpent spørsmål passer godt når du kartlegger behov, men i en oppfølging bør \
               du spørre i fortid om resultatet av det kunden skulle gjøre («Hva kom dere frem \
               til?»).",
        recap: "Her ber du kunden oppdatere deg. Ta opp tråden selv: si hva dere snakket om \
                sist og hva kunden skulle gjøre, og spør så hva det ble til.",
        none: "Fant ikke noe spørsmål. Skriv spørsmålet du vil stille etter åpningen din.",
    },
    compiled: OnceLock::new(),
};

/// Perfect participles. Regular ones in "-et" (snakket) cannot be told from neuter nouns
/// (tilbudet) by their ending, so those are listed.
fn is_participle(word: &str) -> bool {
    const LISTED: &[&str] = &[
        "snakket",
        "sjekket",
        "rukket",
        "jobbet",
        "ventet",
        "kikket",
        "landet",
        "prøvd",
        "besluttet",
        "kommet",
        "funnet",
        "blitt",
        "hatt",
        "vært",
        "gått",
        "fått",
        "sett",
        "tatt",
        "avklart",
        "godkjent",
    ];
    const NOT: &[&str] = &[
        "litt", "mest", "helt", "godt", "kort", "nytt", "fort", "vårt", "mitt", "ditt", "sitt",
        "rett", "lett", "slett", "fast", "først", "sist", "best", "natt", "kveld", "stort",
    ];
    LISTED.contains(&word)
        || (word.chars().count() >= 4
            && word.ends_with('t')
            && !word.ends_with("et")
            && !NOT.contains(&word))
}

fn address(tokens: &Tokens, text: &str) -> Address {
    address_from(
        tokens,
        text,
        &[
            ("De", Address::Formal),
            ("Dem", Address::Formal),
            ("Deres", Address::Formal),
            ("du", Address::Singular),
            ("deg", Address::Singular),
            ("din", Address::Singular),
            ("ditt", Address::Singular),
            ("dine", Address::Singular),
            ("dere", Address::Plural),
            ("deres", Address::Plural),
        ],
        Address::Plural,
    )
}

fn rewrite(topic: Option<&Topic>, address: Address) -> Vec<String> {
    let you = match address {
        Address::Singular => "du",
        Address::Plural => "dere",
        Address::Formal => "De",
    };
    match topic {
        Some(topic) => vec![
            fill(&format!("Hva kom {you} frem til om {{t}}?"), &topic.phrase),
            fill(&format!("Hva syntes {you} om {{t}}?"), &topic.phrase),
        ],
        None => vec![format!(
            "Sist snakket vi om [tema] – hva kom {you} frem til?"
        )],
    }
}

pub(super) static EXAMPLES: &[Example] = &[
    closed("Har dere rukket å se på tilbudet?", Some("tilbudet")),
    closed("Har du snakket med sjefen din om avtalen?", Some("avtalen")),
    closed("Har styret godkjent budsjettet?", Some("budsjettet")),
    closed(
        "Dere fikk prislisten på fredag, ikke sant?",
        Some("prislisten"),
    ),
    closed("Noe nytt om avtalen?", Some("avtalen")),
    closed(
        "Kan du sjekke om leveringsdatoen passer for dere?",
        Some("leveringsdatoen"),
    ),
    closed(
        "Takk for et godt møte på tirsdag. Har dere fått diskutert forslaget internt? Jeg er \
         tilgjengelig hele uka.",
        Some("forslaget"),
    ),
    closed(
        "Rakk dere å gå gjennom underlaget med økonomiavdelingen?",
        Some("underlaget"),
    ),
    closed(
        "Har De fått svar fra ledelsen angående tilbudet",
        Some("tilbudet"),
    ),
    closed(
        "Vi sendte det nye tilbudet på mandag. Har du fått sett på det?",
        Some("tilbudet"),
    ),
    assumptive("Hva kom dere frem til om tilbudet?"),
    assumptive("Hva sa styret om forslaget?"),
    assumptive("Hvordan gikk møtet med ledergruppen?"),
    assumptive("Kan du fortelle hva dere bestemte på møtet?"),
    assumptive("Sist snakket vi om innføringen, og du skulle avklare med IT. Hva syntes de?"),
    assumptive("Hvilket alternativ valgte dere til slutt?"),
    assumptive("Hva har dere bestemt rundt opplegget?"),
    assumptive("Fortell gjerne hva økonomisjefen sa om kalkylen."),
    assumptive("Hei Kari! Hvordan ble forslaget tatt imot hos dere?"),
    open("Hva synes dere om de nye vilkårene?"),
    open("Hvordan ser tidsplanen deres ut for innføringen?"),
    open("Jeg ringer deg fredag klokka tolv – hvordan passer det for deg?"),
    open("Hvem flere må være med på beslutningen?"),
    open("Hva trenger dere fra oss for å gå videre?"),
    recap("Kan du minne meg på hvor vi står?"),
    recap("Unnskyld, hvor var vi igjen?"),
    recap("Hei! Kan du oppdatere meg på status?"),
    recap("Hva snakket vi om sist?"),
    no_question("Jeg sender det oppdaterte tilbudet i morgen tidlig."),
    no_question("Takk for praten, snakkes snart!"),
    no_question("Da vi snakket sammen på mandag, nevnte du at styret møtes på torsdag."),
    // Issue 12, classes 1 to 4.
    recap("Hva var budsjettrammen deres igjen?"),
    recap("Hvor var det vi landet med prisen?"),
    recap("Det er lenge siden vi snakket. Hvordan ser det ut hos dere nå?"),
    assumptive("Hva har de sagt om avtaleutkastet?"),
    assumptive("Hva foreslo styret i møtet?"),
    open("Hva er den største utfordringen for dere akkurat nå?"),
    open("Hvordan pleier dere å velge leverandører?"),
    closed("Fikk Per tid til å se på tilbudet", Some("tilbudet")),
    closed(
        "Jeg lurer på om dere har fått sett på forslaget.",
        Some("forslaget"),
    ),
];
