//! Norwegian Bokmål rule table.

use std::sync::OnceLock;

use super::{assumptive, closed, no_question, open, recap, Example, LangRules, Texts};

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
    ],
    past_suffixes: &["te", "de", "dde"],
    not_past: &[
        "siste", "neste", "beste", "første", "største", "eneste", "gode", "burde", "sende",
        "hende", "melde", "kunde", "rente", "ende", "ikke",
    ],
    not_past_suffixes: &["ende"],
    perfect_auxiliaries: &["har", "hadde", "er", "var"],
    is_participle,
    determiners: &[
        "den", "det", "de", "deres", "vår", "vårt", "våre", "min", "mitt", "mine", "din", "ditt",
        "dine", "denne", "dette", "disse",
    ],
    phrase_stops: &[
        "ennå", "enda", "allerede", "nå", "i", "på", "om", "med", "til", "for", "av", "og",
        "eller", "men", "som", "så", "fra", "hos", "ikke", "også", "dere", "du", "vi", "jeg", "de",
        "han", "hun", "siden", "igjen", "forrige", "neste", "noe", "mer", "her", "der", "da",
        "internt", "hele", "uka", "uken", "gang", "gangen", "jo", "vel", "kanskje", "gjerne",
        "etter", "før", "sist", "egentlig", "nettopp", "helgen", "dagen", "morgen", "sammen",
        "nytt",
    ],
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
];
