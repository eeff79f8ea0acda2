//! Dutch rule table.

use std::sync::OnceLock;

use super::{assumptive, closed, no_question, open, recap, Example, LangRules, Texts};

pub(super) static RULES: LangRules = LangRules {
    wh_words: words![
        "wat", "welke", "welk", "hoe", "wie", "wanneer", "waar", "waarom", "waarover", "waarvoor",
        "waarmee", "hoeveel", "waaruit", "wiens", "waarop", "waaraan", "waarin", "waarnaar",
        "waarbij", "waardoor", "waarvan", "hoelang",
    ],
    wh_with_noun: words!["welke", "welk", "hoeveel"],
    question_verbs: words![
        "heb", "hebt", "heeft", "hebben", "had", "hadden", "ben", "bent", "is", "zijn", "was",
        "waren", "kan", "kun", "kunt", "kunnen", "kon", "konden", "zou", "zouden", "wil", "wilt",
        "willen", "mag", "moet", "moeten", "gaat", "gaan", "ga", "weet", "weten", "zal", "zult",
        "zullen", "doe", "doet", "vind", "vindt", "hoor", "hoort", "komt", "past", "lukt", "staat",
        "speelt", "wordt", "werd", "kreeg", "kregen",
    ],
    auxiliaries: words![
        "heb", "hebt", "heeft", "hebben", "had", "hadden", "ben", "bent", "is", "zijn", "was",
        "waren", "kan", "kun", "kunt", "kunnen", "kon", "konden", "zou", "zouden", "wil", "wilt",
        "willen", "mag", "moet", "moeten", "zal", "zult", "zullen", "weet", "weten", "kreeg",
        "kregen",
    ],
    subjects: words![
        "je", "jij", "u", "jullie", "we", "wij", "ze", "zij", "hij", "het", "er", "men", "iemand",
        "ik", // "dat" and "dit" stand for the thing: "Hoe is dat gegaan?"
        "dat", "dit",
    ],
    fillers: words![
        "dus", "en", "maar", "hoi", "hallo", "hé", "oké", "ok", "trouwens", "nou", "even", "hey",
        "goedemorgen", "goedemiddag", "goedenavond", "beste", "want",
    ],
    tags: words![
        "toch",
        "of niet",
        "niet",
        "hè",
        "he",
        "klopt dat",
        "klopt",
        "ja",
        "of wel",
    ],
    recap: words![
        // More ways of asking to be brought up to date, from new writers' text.
        "breng|brengt me|mij|ons ~ up-to-date|bij",
        "tot nu toe ~ besproken|afgesproken",
        "of vergis ik me|mij",
        "hadden ~ afgesproken",
        "herinner* ~ waar|wat|hoe|wie|welke|wanneer",
        "bijpraten|bijwerken",
        "bij te praten|werken",
        "op de hoogte ~ brengen|stellen",
        "samen te vatten",
        "laatste stand",
        "waar waren we",
        "waar we waren",
        "waar we gebleven",
        "waar staan we",
        "waar we staan",
        "waar we nu staan",
        "me|mij op de hoogte",
        "wat hadden|hebben we ~ besproken|afgesproken|gezegd",
        "wat we ~ besproken|afgesproken",
        "geheugen opfrissen",
        "samenvatten",
        "stand van zaken",
        "update|updaten",
        "draad ~ kwijt",
        "overzicht kwijt",
        "me|mij ~ op de hoogte",
        "weet niet meer",
        // "Wie zou ook alweer ...": what someone was going to do, asked again.
        "zou|zouden|zoudt ~ ~ alweer",
        "zou|zouden|zoudt ~ ~ ook weer",
        // "Weet u nog wat ...": do you remember.
        "weet|weten je|jij|u|jullie nog wat|waar|hoe|welke|wie|wanneer|of",
        "weet|weten je|jij|u|jullie nog precies|even|ongeveer wat|waar|hoe|welke|wie|wanneer",
        "waar ~ we|wij ~ gebleven",
        "blijven|bleven|gebleven steken|hangen",
        "steken|hangen gebleven",
        // Imperatives, which ask without a question mark.
        "geef|geeft ~ ~ update|overzicht",
        "praat|praten me|mij|ons ~ bij",
        "breng|brengt ~ me|mij|ons ~ bij",
        "breng|brengt me|mij|ons ~ op de hoogte",
        "fris* ~ geheugen",
        "geheugen ~ op",
        "ik ben|was ~ ~ draad|overzicht|spoor|kluts ~ kwijt*|bijster",
        "ik ben|was het ~ kwijt*",
        "ik weet|wist ~ niet meer",
        "ik ben ~ vergeten",
        "ik ben|was ~ ~ kwijt|vergeten wat|waar|hoe|welke|wie|wanneer",
        "ik heb|had ~ ~ geen idee|overzicht meer",
        "help|helpt ~ herinner*",
        "spoor bijster",
        "overzicht ~ kwijt*",
        "me|mij|ons ~ meenemen in",
        "neem|neemt me|mij|ons ~ mee in",
        // Agreements between the rep and the customer.
        "wat er ~ afgesproken|overeengekomen",
        "wat is|was|werd er ~ afgesproken|overeengekomen",
        "wat was ~ de afspraak|afspraken|bedoeling",
        "wat de bedoeling was",
        "was|waren de volgende stap|stappen",
        "was|waren de vervolg*",
        "volgende stap|stappen was|waren",
        "vervolg* was|waren",
        "wat was|waren de afspraak|afspraken",
        "wat de afspraak|afspraken was|waren",
        "hoe zat het",
        // Questions about where things stand ask the customer to bring the rep up to date.
        // Not "hoe staat het bij jullie met ...", which asks about their business.
        "hoe staat het $",
        "hoe ziet het er ~ ~ uit met",
        "hoe ziet het eruit met",
        "hoe is het nu|inmiddels|intussen met|ermee",
        "hoe ver zijn|is|bent|ben|staan|staat ~ inmiddels|intussen|nu",
        "wat is er nieuw",
        "laatste status|stand",
        "tussenstand",
        // What happened since the last contact; not "sindsdien", said after naming the thread.
        "sinds ons|onze laatste ~ gebeurd|veranderd",
        "gebeurd|veranderd sinds ons|onze laatste",
        "hoe het|de|zaken ~ ~ staat|staan $",
        "wat is|was ~ ~ voortgang",
        "wat de stand|status|voortgang|tussenstand is|was",
        "over de voortgang",
        "hoe vordert|vorderen",
        "hoe ver staat|staan het",
        "help|helpt me|mij ~ op weg",
        // Asked to say it again: "kun je me nog eens uitleggen wat ...".
        "nog eens uitleggen|vertellen|herhalen",
        "nog een keer uitleggen|vertellen|herhalen",
        "waar ging|gingen het|we ~ vorige keer",
        "hoe staat het met|ervoor|er|mee|ermee|daar|daarmee|hiermee|nu|inmiddels|intussen|eigenlijk",
        "hoe is het gesteld met|ermee",
        "hoe gaat|loopt het nu|inmiddels|intussen|eigenlijk met",
        "hoe gaat|loopt het ~ met onze|ons",
        "waar we|wij|jullie|je|jij|u|het ~ staan|staat|sta met",
        "hoe staan de zaken",
        "hoe staat|staan ~ ervoor|erbij",
        "hoe staat|staan ~ er ~ voor|bij",
        "hoe ~ ervoor|voor staat|staan",
        "hoe zit het",
        "hoe is|was de stand",
        "waar staan|staat|sta|stond|stonden ~ ~ met|inmiddels",
        "waar staan|staat|sta|stond|stonden we|wij|jullie|je|jij|u|het ~ nu|precies",
        "waar zijn|ben|bent we|wij|jullie|je|jij|u ~ met de|het|jullie|je|uw|onze|ons",
        "waar zitten|zit we|wij|jullie|je|jij|u nu|inmiddels",
        "waar ~ ~ staat|staan $",
        "wat is|was ~ ~ status|stand",
        "wat is ~ laatste nieuws",
        // "Ik ben even kwijt wat ...", "ik ben vergeten hoe ...".
        "kwijt wat|waar|hoe|welke|wie|wanneer",
        "vergeten wat|waar|hoe|welke|wie|wanneer",
        "niet meer herinneren",
        "herinner me|mij niet",
        "niet meer paraat",
        "weg ~ kwijt",
        "hoe stond|stonden het ~ met|ervoor|erbij",
        "hoe stonden de zaken",
    ],
    softeners: words![
        "vertellen|vertel|zeggen|zeg|delen|weet|weten|uitleggen",
        "laten|laat ~ weten",
        "ik ben benieuwd",
        "benieuwd",
    ],
    past_forms: words![
        "was", "waren", "had", "hadden", "vond", "vonden", "zei", "zeiden", "kwam", "kwamen",
        "besloot", "besloten", "dacht", "dachten", "ging", "gingen", "werd", "werden", "koos",
        "kozen", "kreeg", "kregen", "liep", "viel", "vielen", "deed", "deden", "wist", "wisten",
        // Strong preterites; "-en" and inseparable prefixes are read by the rules below
        // (namen, verliep, beviel). Plurals that change their spelling are listed.
        "nam", "gaf", "gaven", "sprak", "zag", "stond", "bleef", "bleven", "hield", "liet", "trok",
        "trokken", "schreef", "schreven", "bood", "boden", "vroeg", "vroegen", "bracht",
        "brachten", "zocht", "zochten", "kocht", "kochten", "lag", "zat", "zaten", "won", "wonnen",
        "begon", "begonnen", "trof", "troffen", "sloot", "sloten", "greep", "grepen", "hing",
        "las", "lazen", "sprong", "zong", "dronk", "moest", "moesten", "kon", "konden", "wou",
        "wilde", "wilden", "mocht", "mochten",
        // More strong and irregular preterites; plurals that change their spelling follow
        // their singular.
        "bleek", "bleken", "bond", "dook", "doken", "dreef", "dreven", "dwong", "gold", "hielp",
        "keek", "keken", "kroop", "leed", "leek", "leken", "mat", "maten", "reed", "riep",
        "schoof", "schoot", "sliep", "sloeg", "stak", "staken", "stal", "stierf", "streek",
        "streken", "streed", "trad", "traden", "ving", "vloog", "vlogen", "vergat", "vergaten",
        "wierp", "woog", "wogen", "zond", "zweeg", "droeg", "vocht", "beet", "kneep", "scheen",
        "schenen", "vergeleek", "vergeleken", "verloor", "verdween", "verdwenen", "joeg",
        "placht", "hief", "schrok", "sneed", "wees", "brak", "braken", "genoot", "ervoer",
        "ervoeren",
    ],
    past_suffixes: words!["dde", "tte"],
    // Present plurals of verbs whose stem ends in "d" or "t", which look like weak preterites.
    not_past: words![
        "vinden",
        "worden",
        "houden",
        "bieden",
        "leiden",
        "rijden",
        "melden",
        "zenden",
        "wachten",
        "verwachten",
        "praten",
        "zetten",
        "letten",
        "achten",
        "testen",
        "starten",
        "kosten",
        "raden",
        "betrokken",
        "wenden",
        "beantwoorden",
        "antwoorden",
        "bedoelen",
        "beste",
        "laatste",
        "eerste",
        "grootste",
        "meeste",
        "volgende",
        "zitten",
        "ronde",
        "kunde",
        "zonde",
        // Nouns of measure in "-te": "van deze grootte".
        "grootte",
        "diepte",
        "dikte",
        "gedachten",
    ],
    not_past_suffixes: words![],
    perfect_auxiliaries: words!["heb", "hebt", "heeft", "hebben", "had", "hadden"],
    is_participle,
    capitalised_nouns: false,
    be_forms: words!["is", "zijn", "ben", "bent", "was", "waren"],
    // Verbs of motion and change, which make their perfect with "zijn".
    be_participle_endings: words![
        "gaan", "komen", "weest", "bleven", "worden", "lopen", "lukt", "beurd", "gonnen", "vallen",
        "stopt", "start", "groeid", "daald", "stegen", "reisd", "land", "staan", "keerd", "slaagd",
    ],
    passive_agents: words!["door"],
    past_prefixes: words![
        "be", "ver", "ont", "her", "er", "ge", "over", "onder", "door", "mis", "af", "op", "aan",
        "uit", "in", "mee", "na", "toe", "terug", "voor", "vast", "bij", "weg", "om", "tegen",
    ],
    past_inflections: words!["en"],
    // Weak preterites by 't kofschip: "-te" after a voiceless stem end, "-de" after any other;
    // a vowel before "-ten"/"-den" makes a present plural ("meten", "bieden").
    finite_past_suffixes: words![
        "tte", "kte", "fte", "ste", "pte", "hte", "dde", "lde", "mde", "nde", "rde", "wde", "gde",
        "bde", "vde", "sde", "zde", "jde", "ide", "tten", "kten", "ften", "sten", "pten", "hten",
        "dden", "lden", "mden", "nden", "rden", "wden", "gden", "bden", "vden", "sden", "zden",
        "jden", "iden",
    ],
    non_past_finites: words![
        "zal", "zullen", "zult", "zou", "zouden", "kan", "kun", "kunt", "kunnen", "moet", "moeten",
        "mag", "mogen", "wil", "wilt", "willen", "gaat", "gaan", "ga", "wordt", "worden",
    ],
    discovery: words![
        "meestal",
        "normaal",
        "doorgaans",
        "gewoonlijk",
        "hoe lang",
        "hoelang",
        "sinds wanneer",
        "jaar|jaren geleden",
        "tot nu|nog toe",
        "tot dusver|dusverre",
        "ooit",
        "in het verleden",
        "vroeger",
        "eerder",
        "ervaring|ervaringen",
        // Present need: "wat heeft u van ons nodig".
        "heeft|hebt|hebben|heb ~ nodig",
        // The setup before the rep came in.
        "destijds",
        "vorige leverancier*",
        "voordat jullie|je|u overstapten|overstapte|kozen|koos",
    ],
    // "Wat was de naam weer?": "weer" closing a question recalls too.
    recall_particles: words!["alweer", "ook weer", "al weer", "nog eens", "weer $"],
    first_person: words!["we", "wij", "ik"],
    recall_auxiliaries: words![],
    wh_idioms: words![
        "hoe dan ook",
        "wat dan ook",
        "hoe het ook zij",
        "wat betreft",
        "wat dat|die|het|deze|dit betreft",
    ],
    undecidable: words![],
    expletives: words!["het", "er"],
    gap_statements: words![
        "stil",
        "stilte",
        "al even|lang|tijdje niets|niks",
        "niets|niks van me|mij|ons",
        "even|alweer|tijd|tijdje|tijden|eeuwen|maanden|weken|lang geleden",
        "geleden dat we|wij",
        "lang niet gesproken|gehoord|gezien",
        "draad ~ op",
        "sinds we ~ spraken|gesproken",
        "na de|mijn|onze|jullie|uw|je zomer|vakantie|zomervakantie|kerstvakantie|feestdagen|zomerstop",
        "frisse start",
        "radiostilte",
        "weken|maanden stilte",
    ],
    lost_context: words![
        "draad ~ kwijt",
        "spoor bijster",
        "overzicht ~ kwijt*",
        "kwijt wat|waar|hoe|welke|wie|wanneer",
        "vergeten wat|waar|hoe|welke|wie|wanneer",
        "weet|wist ~ niet meer",
        "niet meer paraat",
        "weg ~ kwijt",
        "herinner me|mij niet",
        "niet meer herinneren",
    ],
    status_questions: words![
        "waar staan jullie|je|u",
        "hoe staat het",
        "hoe gaat het",
        "hoe ziet het ~ uit",
        "hoe staan de zaken",
        "waar ~ staat|staan|zitten|zit",
        "hoe ~ ervoor|voor staat|staan",
        "hoe staat|staan ~ ervoor",
        "hoe ver",
        "hoe is de stand",
        "hoe is het met|ermee",
        // "Kunt u me helpen?" after the rep said they lost the thread.
        "kun|kunt|kan|wil|wilt|zou|zoudt ~ me|mij ~ ~ helpen",
        "hoe liggen de zaken",
    ],
    // Said by the rep: "hoe weten jullie of het werkt" is a wh-question.
    embedded_yes_no: words![
        "verneem|vernemen ~ of",
        "vroeg|vraag|vragen ~ af of",
        "ik|we|wij ~ ~ weten|horen|vragen|checken|polsen|informeren ~ of",
        "graag hoor|horen|weten ~ of",
        "te horen|weten|vragen|checken|polsen|informeren of",
        "benieuwd ~ of",
        "laat|laten ~ weten of",
        "checken|polsen|nagaan|informeren of",
    ],
    confirmations: words![],
    yes_no_openings: words![],
    subordinators: words![],
    later_clauses: words!["als", "wanneer", "zodra", "nadat", "voordat", "totdat"],
    infinitive_markers: words!["te"],
    // "welke"/"welk" lead a noun phrase too: "welke variant" is the topic of a recap, said
    // with "de"/"het" in the rewrite.
    determiners: words![
        "de", "het", "uw", "onze", "ons", "jouw", "die", "dat", "deze", "dit", "hun", "mijn",
        "welke", "welk",
    ],
    phrase_stops: words![
        "al",
        "nog",
        "even",
        "wel",
        "ook",
        "met",
        "en",
        "of",
        "maar",
        "voor",
        // Stressed "voor" of a deadline: "vóór vrijdag".
        "vóór",
        "van",
        "in",
        "op",
        "aan",
        "bij",
        "naar",
        "over",
        "te",
        "om",
        "intern",
        "nu",
        "vandaag",
        "morgen",
        "inmiddels",
        "alvast",
        "eens",
        "toch",
        "er",
        "hier",
        "daar",
        "niet",
        "gisteren",
        "vorige",
        "volgende",
        "week",
        "keer",
        "zo",
        "dan",
        "misschien",
        "graag",
        "eigenlijk",
        "binnen",
        "tot",
        "stil",
        "weer",
        "alweer",
        "onder",
        "boven",
        "achter",
        "naast",
        "tussen",
        "tijdens",
        "na",
        "door",
        "zoals",
        "uit",
        "vanuit",
        "via",
        "zonder",
        "tegen",
        "sinds",
        "per",
        "rond",
        "rondom",
        "omtrent",
        "betreffende",
        // Adverbs after the object: "de handleiding een beetje", "het voorstel goed".
        "een",
        "goed",
        "beetje",
        "helemaal",
        "allemaal",
        "echt",
        "steeds",
        "zelf",
        "samen",
        "intussen",
        "ondertussen",
        "reeds",
        "definitief",
        "officieel",
        "uiteindelijk",
        "eindelijk",
        "grondig",
        "snel",
        "verder",
        "klaar",
        "iets",
        "niets",
        "eenmaal",
        "alles",
        "tegemoet",
        "live",
        // Pronominal adverbs: "hoe het project ervoor staat".
        "mogelijk",
        "nodig",
        "duidelijk",
        "haalbaar",
        "lastig",
        "moeilijk",
        "makkelijk",
        "ervoor",
        "erover",
        "ermee",
        "eraan",
        "erbij",
        "erin",
        "erop",
        "ervan",
        "eruit",
        "erna",
        "daarover",
        "daarmee",
        "daarvoor",
        "daarvan",
        "hierover",
    ],
    texts: Texts {
        closed: "Een ja/nee-vraag maakt \"nee\" het makkelijkste antwoord, en dan valt het \
                 gesprek stil. Ga ervan uit dat de klant heeft gedaan wat hij beloofde en vraag \
                 naar de uitkomst.",
        assumptive: "Goed: de vraag gaat ervan uit dat de klant zijn belofte is nagekomen en \
                     vraagt naar de uitkomst.",
        open: "Een open vraag werkt goed om behoeften te verkennen, maar bij een follow-up \
               vraag je in de verleden tijd naar de uitkomst van wat de klant zou doen (\"Wat \
               hebben jullie besloten?\").",
        recap: "Hier vraag je de klant om jou bij te praten. Pak zelf de draad op: noem waar \
                jullie het vorige keer over hadden en wat de klant zou uitzoeken, en vraag dan \
                wat het is geworden.",
        none: "Geen vraag gevonden. Schrijf de vraag die je na je opening wilt stellen.",
        unsure: "Ik kan niet goed zeggen wat voor vraag dit is. Vraag naar wat de klant zou doen, alsof het gebeurd is: ‘Wat heb je besloten over …?’",
    },
    compiled: OnceLock::new(),
};

/// Past participles: besloten, bekeken, gesproken, goedgekeurd, verlopen.
fn is_participle(word: &str) -> bool {
    const PREFIXES: &[&str] = &["ge", "be", "ver", "ont", "her", "er", "over"];
    // Separable verbs put "ge" after their particle: goedgekeurd, doorgestuurd, afgesproken.
    const PARTICLES: &[&str] = &[
        "op", "af", "aan", "door", "in", "mee", "na", "neer", "om", "terug", "toe", "uit", "voor",
        "weg", "goed", "samen", "vast", "bij", "rond", "vrij", "klaar", "los", "dicht", "open",
        "binnen", "achter", "tegen", "thuis", "bekend",
    ];
    const NOUN_ENDINGS: &[&str] = &[
        "heid", "komst", "ingen", "schap", "lijst", "dienst", "plaats", "punt", "markt", "drijven",
        // Loanwords: vervoerscontract, bedrijfsproduct, bezoekrapport, begrotingsbudget.
        "tract", "duct", "ject", "cept", "port", "budget", "effect", "waarden", "sprekken",
        "bouwen",
    ];
    // "-aan": gedaan, gegaan, gestaan.
    let ends_right =
        word.ends_with('d') || word.ends_with('t') || word.ends_with("en") || word.ends_with("aan");
    let prefixed = PREFIXES.iter().any(|prefix| word.starts_with(prefix))
        || PARTICLES.iter().any(|particle| {
            word.strip_prefix(particle)
                .is_some_and(|rest| rest.starts_with("ge"))
        });
    word.chars().count() >= 5
        && ends_right
        && prefixed
        && !NOUN_ENDINGS.iter().any(|ending| word.ends_with(ending))
        // "-ings-" joins the parts of a compound noun: beveiligingsvragenlijst.
        && !word.contains("ings")
        && strong_stem_is_one_syllable(word, PREFIXES, PARTICLES)
}

/// A participle in "-en" is a strong verb's: one syllable between its prefixes and "-en"
/// (be-sprok-en, ver-ge-lek-en, af-ge-sprok-en), where a plural noun with a prefix-like start
/// has more (be-stel-buss-en, ver-ze-ker-ing-en).
fn strong_stem_is_one_syllable(word: &str, prefixes: &[&str], particles: &[&str]) -> bool {
    let Some(mut stem) = word.strip_suffix("en") else {
        return true;
    };
    if let Some(rest) = particles.iter().find_map(|particle| {
        stem.strip_prefix(particle)
            .filter(|rest| rest.starts_with("ge"))
    }) {
        stem = rest;
    }
    // Strip the prefixes one after another: "vergeleken" is ver-ge-lek-en.
    while let Some(rest) = prefixes
        .iter()
        .find_map(|prefix| stem.strip_prefix(prefix).filter(|rest| rest.len() >= 2))
    {
        stem = rest;
    }
    let is_vowel = |c: char| "aeiouyéëèïöüáó".contains(c);
    let mut groups = 0;
    let mut in_vowel = false;
    for c in stem.chars() {
        let vowel = is_vowel(c);
        if vowel && !in_vowel {
            groups += 1;
        }
        in_vowel = vowel;
    }
    groups == 1
}

pub(super) static EXAMPLES: &[Example] = &[
    // A passive with its agent is an event: "is ontvangen door".
    assumptive("Hoe is onze offerte ontvangen door de directie?"),
    open("Wie is er betrokken bij de beslissing?"),
    // The time before the rep came in is background (discovery), not a promised step.
    open("Waarom kozen jullie destijds voor een eigen wagenpark?"),
    // The tense of a later clause is not the question's.
    open("Wat gebeurt er zodra jullie alle offertes hebben ontvangen?"),
    // The rep lost track, or asks how things stood (F2).
    // Recap forms from new writers' text.
    recap("Breng me even up-to-date: hoe ver zijn jullie met de verhuizing van het magazijn?"),
    recap("Wilt u mij nog even laten weten welke tarieven we precies hadden afgesproken?"),
    recap("Ik heb het niet meer paraat: welke locaties waren het?"),
    recap("Ik raak de weg een beetje kwijt. Welke offerte lag er als laatste?"),
    recap("Hoe stond het met de proefperiode?"),
    recap("Na al die weken radiostilte: hoe liggen de zaken nu?"),
    closed("Heeft u de offerte al bekeken?", Some("offerte")),
    closed(
        "Heb je met je manager over het voorstel gesproken?",
        Some("voorstel"),
    ),
    closed("Heeft de directie het budget goedgekeurd?", Some("budget")),
    closed(
        "Jullie hebben de prijslijst van vrijdag ontvangen, toch?",
        Some("prijslijst"),
    ),
    closed("Nog nieuws over de offerte?", Some("offerte")),
    closed(
        "Kunt u controleren of de leverdatum voor jullie past?",
        Some("leverdatum"),
    ),
    closed(
        "Bedankt voor het fijne gesprek van dinsdag. Hebben jullie het voorstel intern al \
         kunnen bespreken? Ik ben de hele week bereikbaar.",
        Some("voorstel"),
    ),
    closed(
        "Is er al een besluit genomen over de verlenging van het contract?",
        Some("verlenging"),
    ),
    closed(
        "Heb je de cijfers al doorgestuurd naar de financiële afdeling",
        Some("cijfers"),
    ),
    closed(
        "We hebben maandag de nieuwe offerte gestuurd. Heeft u ernaar kunnen kijken?",
        Some("offerte"),
    ),
    assumptive("Wat hebben jullie besloten over de offerte?"),
    assumptive("Wat zei de directie over het voorstel?"),
    assumptive("Hoe is het gesprek met de inkoopafdeling verlopen?"),
    assumptive("Kunt u mij vertellen wat u heeft besloten?"),
    assumptive(
        "Vorige keer hadden we het over de implementatie, en jij zou dat met IT afstemmen. Wat \
         vonden zij ervan?",
    ),
    assumptive("Welke optie hebben jullie uiteindelijk gekozen?"),
    assumptive("Wat heeft u besloten?"),
    assumptive("Laat me even weten wat de financieel directeur ervan vond."),
    assumptive("Hoi Sanne! Hoe viel het voorstel bij jullie?"),
    open("Wat vindt u van de nieuwe voorwaarden?"),
    open("Hoe ziet jullie planning eruit voor de invoering?"),
    open("Ik bel je vrijdag om twaalf uur – hoe past dat in je agenda?"),
    open("Wie moet er nog meer bij de beslissing betrokken worden?"),
    open("Wat hebben jullie van ons nodig om verder te gaan?"),
    recap("Waar waren we gebleven?"),
    recap("Kunt u me even bijpraten over de stand van zaken?"),
    recap("Sorry, kun je me herinneren waar we staan?"),
    recap("Wat hadden we ook alweer afgesproken?"),
    no_question("Ik stuur u morgenochtend de aangepaste offerte."),
    no_question("Bedankt voor het gesprek en tot snel!"),
    no_question("Toen we vorige week spraken, zei u dat de directie donderdag vergadert."),
    // Issue 12, classes 1 to 4.
    recap("Wat was ook alweer de naam van jullie projectleider?"),
    recap("Waar bleven we steken met de planning?"),
    recap("Het is een tijdje stil geweest. Hoe staat het bij jullie?"),
    assumptive("Wat besliste het managementteam over de pilot?"),
    assumptive("Hoe verliep de test met de nieuwe scanners?"),
    open("Wie zijn er bij zo'n beslissing betrokken?"),
    open("Hoe lang werken jullie al met het huidige systeem?"),
    closed("Heeft Marco de offerte al kunnen bekijken", Some("offerte")),
    closed(
        "Ik vroeg me af of jullie de offerte al hebben besproken.",
        Some("offerte"),
    ),
    // Class 1: recap in its imperative, "zou ... alweer", gap-and-status and agreement forms.
    recap("Wanneer zouden jullie ook alweer de knoop doorhakken?"),
    recap("Praat me even bij over de verhuizing."),
    recap("Ik ben het overzicht een beetje kwijt."),
    recap("Geef me even een korte update over de uitrol."),
    recap("Waar zijn we ook weer gebleven met het onderhoudscontract?"),
    recap("Kun je me even meenemen in hoe het project ervoor staat?"),
    recap("Het is alweer maanden geleden. Waar staan jullie nu?"),
    recap("Lang niet gesproken! Hoe staat het ervoor bij jullie?"),
    recap("Hoe zat het met de planning?"),
    recap("Wat was de afspraak over de levering?"),
    recap("Weet u nog wat we over de korting hadden afgesproken?"),
    recap("Ik weet eerlijk gezegd niet meer waar we gebleven waren."),
    recap("Kun je me nog even vertellen wat de volgende stap was?"),
    recap("Sorry dat je al even niets van me hoorde. Hoe is het met de plannen?"),
    open("Wanneer zou u weer tijd hebben?"),
    recap("Mag ik je vragen om me even bij te praten?"),
    recap("Wat zei u nog eens over de levertijd?"),
    recap("Hoe heette jullie contactpersoon bij de bank weer?"),
    open("Wanneer komt de monteur weer langs?"),
    // Class 2: strong preterites, "-aan" participles, separable verbs.
    assumptive("Wat bleek er uit de evaluatie?"),
    assumptive("Hoe keken de gebruikers tegen de nieuwe app aan?"),
    assumptive("Welke richting is het management opgegaan?"),
    assumptive("Wat spraken jullie intern af?"),
    assumptive("Hoe ervoeren de chauffeurs de nieuwe planning?"),
    assumptive("Waar wees de analyse op?"),
    // Class 3: present plurals that look like weak preterites, and questions about the time
    // before the last contact.
    open("Hoe weten jullie nu of een campagne werkt?"),
    open("Hoe zitten jullie erbij?"),
    open("Wat hebben jullie tot nu toe geprobeerd?"),
    open("Wat hebt u in het verleden al geprobeerd om de uitval te verminderen?"),
    open("Wat heeft u nog nodig om te kunnen tekenen?"),
    // Class 4: questions about where things stand ask for a recap without a gap too; "kwijt
    // wat" before a plea for help.
    recap("Hoe staat het met de nieuwe huurovereenkomst?"),
    recap("Hoe staat het project er nu voor?"),
    recap("Zou u me kunnen vertellen hoe het er nu voor staat?"),
    recap("Waar staan jullie inmiddels met de selectie van een leverancier?"),
    recap("Waar zijn we met de prijsafspraken?"),
    recap("Hoe zit het met de levering van de laptops?"),
    recap("Wat is de status van de vergunningsaanvraag?"),
    recap("Ik ben kwijt wat we over de korting zeiden. Kun je me even helpen?"),
    open("Hoe staan jullie tegenover werken in de cloud?"),
    open("Waar zit voor jullie de grootste winst in?"),
    open("Hoe ver vooruit bestellen jullie het verpakkingsmateriaal?"),
    // After a warm opener's news, "hoe ver" asks about their work.
    open("Ik las dat jullie overstappen op elektrische bussen. Hoe ver zijn jullie daarmee?"),
    open("Wat is er veranderd sinds jullie met de nieuwe kassa werken?"),
    open("Waar staat de printer nu opgesteld?"),
    open("Hoe staat het bij jullie met het inwerken van nieuwe collega's?"),
    recap("Hoe is het inmiddels met de aanvraag voor de subsidie?"),
    recap("Wat is er nieuw rond de uitbreiding van het magazijn?"),
    recap("Kunt u me de laatste stand van het project doorgeven?"),
    recap("Brengt u me even bij over de renovatie?"),
    recap("Ik ben vergeten wat we over de betaaltermijn hadden gezegd."),
    recap("Kun je me nog eens uitleggen welke optie jullie wilden?"),
    recap("Hoe ver zijn jullie nu met de selectie?"),
    recap("Wat is er sinds ons laatste overleg veranderd?"),
    recap("Hoe ziet het er op dit moment uit met de vergunning?"),
    assumptive("Wat is er sindsdien gebeurd?"),
    recap("Hoe staat het daar inmiddels mee?"),
    recap("Kunt u me vertellen hoe de zaken nu staan?"),
    recap("Mag ik vragen wat de voortgang is?"),
    recap("Hoe vordert de installatie van de zonnepanelen?"),
    recap("Is er veel veranderd sinds ons laatste overleg?"),
    open("Hoe meten jullie de voortgang van een project?"),
    recap("Hoe is het gesteld met de vergunning?"),
    recap("Hoe gaat het nu met de migratie?"),
    recap("Hoe loopt het met ons voorstel?"),
    recap("Kun je me laten weten waar jullie staan met de verhuizing?"),
    open("Hoe gaat het bestellen bij jullie in zijn werk?"),
    // Class 5: "om te horen of" embeds a yes/no question; "hoe dan ook" asks nothing; a
    // noun of measure in "-te" is no past; "dat" stands for the thing as a subject.
    closed(
        "Ik bel even om te horen of de offerte goed is aangekomen.",
        Some("offerte"),
    ),
    no_question("Hoe dan ook, ik mail je morgen de planning."),
    no_question("Wat dat betreft ben ik het helemaal met u eens."),
    open("Wie stemt er bij jullie over een investering van deze grootte?"),
    assumptive("Jullie zouden het contract laten nakijken. Hoe is dat verlopen?"),
];
