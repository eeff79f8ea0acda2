//! German rule table.

use std::sync::OnceLock;

use super::{assumptive, closed, no_question, open, recap, Example, LangRules, Texts};

pub(super) static RULES: LangRules = LangRules {
    wh_words: &[
        "was",
        "wie",
        "wer",
        "wem",
        "wen",
        "wessen",
        "wann",
        "wo",
        "warum",
        "weshalb",
        "wieso",
        "welche",
        "welcher",
        "welches",
        "welchen",
        "welchem",
        "woran",
        "worauf",
        "wozu",
        "wobei",
        "womit",
        "worüber",
        "wohin",
        "woher",
        "inwiefern",
        "weswegen",
        "wofür",
        "worum",
        "wovon",
        "worin",
        "woraus",
        "wodurch",
        "wogegen",
        "wonach",
        "worunter",
        "wovor",
    ],
    wh_with_noun: &["welche", "welcher", "welches", "welchen", "welchem"],
    question_verbs: &[
        "haben", "hat", "hast", "habt", "hatten", "hatte", "hattest", "sind", "ist", "bist",
        "seid", "war", "waren", "warst", "können", "kannst", "könnt", "kann", "könnten", "konnten",
        "konntest", "würden", "würdest", "werden", "wird", "wirst", "wollen", "willst", "möchten",
        "gibt", "gab", "dürfen", "darf", "sollen", "soll", "sollten", "müssen", "muss", "wissen",
        "weißt", "wisst", "hätten", "hättest", "wären", "kommen", "kommt", "passt", "geht",
        "brauchen", "braucht", "steht", "läuft",
    ],
    auxiliaries: &[
        "haben", "hat", "hast", "habt", "hatten", "hatte", "sind", "ist", "bist", "seid", "war",
        "waren", "können", "kannst", "könnt", "könnten", "konnten", "würden", "werden", "wird",
        "wollen", "möchten", "gibt", "gab", "dürfen", "sollen", "sollten", "müssen", "wissen",
        "weißt", "hätten", "wären",
    ],
    subjects: &[
        "sie", "du", "ihr", "wir", "er", "es", "man", "ich", "jemand",
    ],
    fillers: &[
        "also",
        "und",
        "aber",
        "hallo",
        "hi",
        "ok",
        "okay",
        "übrigens",
        "bitte",
        "na",
        "so",
        "kurz",
        "frage",
    ],
    tags: &[
        "oder",
        "nicht wahr",
        "ne",
        "nicht",
        "gell",
        "oder nicht",
        "richtig",
        "stimmt's",
        "stimmt",
        "ja",
        "stimmt das",
    ],
    recap: &[
        "mich|uns ~ auf den ~ stand|laufenden",
        "auf den neuesten|aktuellen stand",
        "erinnern sie|du mich|uns",
        "mich|uns erinnern",
        "erinner mich|uns",
        "wo wir stehen",
        "wo stehen wir",
        "wo waren wir",
        "wo sind wir stehen",
        "worüber|was haben|hatten wir ~ gesprochen|besprochen|vereinbart",
        "worüber|was wir ~ gesprochen|besprochen|vereinbart",
        "der|den|dem|aktuelle|aktuellen|neuesten stand",
        "stand der dinge",
        "zusammenfass*",
        "rekapitulier*",
        "updaten|upzudaten|abholen",
        "faden verloren",
        "klären sie|du mich",
        "mich|uns ins bild",
        "auf die sprünge",
    ],
    softeners: &[
        "sagen|sag|verraten|verrät|erzählen|erzähl|mitteilen|wissen|weißt|wisst|berichten",
        "bin|wäre gespannt|neugierig",
        "gespannt|neugierig",
    ],
    past_forms: &[
        "war",
        "waren",
        "warst",
        "hatte",
        "hatten",
        "sagte",
        "sagten",
        "meinte",
        "meinten",
        "fand",
        "fanden",
        "fandest",
        "fandet",
        "kam",
        "kamen",
        "entschied",
        "entschieden",
        "ergab",
        "gab",
        "ging",
        "lief",
        "dachte",
        "dachten",
        "wurde",
        "wurden",
        "beschloss",
        "beschlossen",
        "sah",
        "sahen",
        "hieß",
        // Strong and mixed preterites; "-en", "-st", "-t" and prefixes are read by the rules
        // below (nahmen, bekam, verlief).
        "nahm", "sprach", "fiel", "hielt", "ließ", "lag", "stand", "saß", "schrieb", "blieb",
        "zog", "bot", "bat", "trug", "traf", "schlug", "wuchs", "brachte", "kannte", "nannte",
        "wusste", "sandte", "wandte", "rief", "schien", "stieg", "trat", "tat", "galt", "gewann",
        "begann", "sang", "sank", "trank", "warf", "half", "starb", "las", "aß", "gaß", "wies",
        "litt", "schnitt", "griff", "glich", "riss", "schloss", "floss", "verlor", "fror", "wog",
        "flog", "zwang", "sprang", "gelang", "schied", "trieb", "fing", "hing", "empfahl",
        "befahl", "stahl", "brach", "stach", "geschah", "fuhr", "lud", "wusch", "mochte",
        "wollte", "konnte", "musste", "durfte",
    ],
    // Weak preterites ("-te") look too much like adjectives and nouns to be read by ending.
    past_suffixes: &[],
    // Present forms of verbs whose stem ends in "t", which look like weak preterites.
    not_past: &[
        "halten", "erhalten", "behalten", "gestalten", "verwalten", "arbeiten", "bearbeiten",
        "bieten", "anbieten", "gelten", "raten", "beraten", "warten", "erwarten", "leiten",
        "bitten", "testen", "starten", "achten", "beachten", "betrachten", "richten",
        "berichten", "bewerten", "vertreten", "bereiten", "begleiten", "leisten", "kosten",
        "fürchten", "beobachten", "bedeuten", "möchten", "dürften", "hätten", "könnten",
        "sollten", "müssten", "bräuchten", "rechte", "letzte", "erste", "beste", "meiste",
    ],
    not_past_suffixes: &[],
    perfect_auxiliaries: &["haben", "hat", "hast", "habt", "hatten", "hatte", "hattet"],
    is_participle,
    capitalised_nouns: true,
    be_forms: &[
        "ist", "sind", "bist", "seid", "war", "waren", "warst", "wart",
    ],
    // Verbs of motion and change, which make their perfect with "sein".
    be_participle_endings: &[
        "gangen", "kommen", "laufen", "fallen", "blieben", "worden", "wesen", "schehen",
        "passiert", "lungen", "fahren", "treten", "standen", "stiegen", "wachsen", "sprungen",
        "reist", "flogen", "zogen", "startet", "scheitert", "platzt", "sunken", "landet",
    ],
    past_prefixes: &[
        "be", "ent", "er", "ver", "zer", "ge", "emp", "miss", "über", "unter", "hinter", "an",
        "auf", "aus", "ab", "ein", "mit", "vor", "zu", "zurück", "heraus", "raus", "fest",
        "vorbei", "zusammen", "durch", "nach", "weg", "hin", "her", "los", "voran",
    ],
    past_inflections: &["en", "st", "t", "est", "et"],
    finite_past_suffixes: &["te", "ten", "test", "tet"],
    non_past_finites: &[
        "würde", "würden", "würdest", "werden", "wird", "wirst", "werdet", "könnte", "könnten",
        "kann", "können", "kannst", "soll", "sollen", "müsste", "müssten", "muss", "müssen",
        "darf", "dürfen", "will", "wollen", "möchte", "möchten", "bräuchten", "wäre", "wären",
        "hätte", "hätten",
    ],
    discovery: &[
        "normalerweise",
        "üblicherweise",
        "in der regel",
        "typischerweise",
        "grundsätzlich",
        "wie lange",
        "seit wann",
        "vor ~ jahren",
    ],
    recall_particles: &[
        "nochmal",
        "nochmals",
        "noch mal|einmal",
        "gleich noch",
        "wieder",
    ],
    first_person: &["wir", "ich"],
    expletives: &["es"],
    gap_statements: &[
        "monate|wochen|weile|zeit|jahr her",
        "lange nicht",
        "seit wir ~ gesprochen|telefoniert",
        "faden verloren",
        "überblick verloren",
    ],
    status_questions: &[
        "wie sieht es",
        "wie läuft es|das",
        "wie steht es|das",
        "wie geht es ~ voran",
    ],
    embedded_yes_no: &[
        "fragen|nachfragen|nachhören|erkundigen|wissen|interessieren|interessiert|neugierig|gespannt|frage ~ ob",
    ],
    subordinators: &[],
    infinitive_markers: &["zu"],
    determiners: &[
        "das", "den", "die", "der", "dem", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser",
        "unsere", "unseren", "unserem", "unseres", "dein", "deine", "deinen", "deinem", "euer",
        "eure", "euren", "eurem", "diesen", "dieses", "diese", "dieser", "diesem", "zum", "zur",
        "beim", "vom", "im", "ins", "am",
    ],
    phrase_stops: &[
        "schon",
        "noch",
        "bereits",
        "jetzt",
        "inzwischen",
        "intern",
        "mal",
        "auch",
        "denn",
        "eigentlich",
        "mit",
        "für",
        "in",
        "an",
        "auf",
        "bei",
        "von",
        "zu",
        "nach",
        "und",
        "oder",
        "aber",
        "ob",
        "dass",
        "bitte",
        "doch",
    ],
    texts: Texts {
        closed: "Eine Ja/Nein-Frage macht \"Nein\" zur bequemsten Antwort, und das Gespräch \
                 kann genau dort stecken bleiben. Gehen Sie davon aus, dass der Kunde erledigt \
                 hat, was er zugesagt hat, und fragen Sie nach dem Ergebnis.",
        assumptive: "Gut: Die Frage setzt voraus, dass der Kunde sein Versprechen gehalten hat, \
                     und fragt nach dem Ergebnis.",
        open: "Eine offene Frage eignet sich, um Bedarf zu erkunden. Beim Nachfassen fragen \
               Sie besser in der Vergangenheit nach dem Ergebnis dessen, was der Kunde tun \
               wollte (\"Was haben Sie entschieden?\").",
        recap: "Hier bitten Sie den Kunden, Sie auf den Stand zu bringen. Nehmen Sie den Faden \
                selbst auf: Sagen Sie, worüber Sie zuletzt gesprochen haben und was der Kunde \
                klären wollte, und fragen Sie dann nach dem Ergebnis.",
        none: "Keine Frage gefunden. Schreiben Sie die Frage, die Sie nach Ihrem Einstieg \
               stellen möchten.",
        unsure: "Ich kann nicht sicher sagen, was für eine Frage das ist. Fragen Sie nach dem, was der Kunde tun wollte, als wäre es geschehen: „Zu welchem Ergebnis sind Sie bei … gekommen?“",
    },
    compiled: OnceLock::new(),
};

/// Perfect participles: gesagt, entschieden, besprochen, vereinbart, herausgekommen.
fn is_participle(word: &str) -> bool {
    const INSEPARABLE: &[&str] = &["be", "ent", "er", "ver", "zer", "über", "miss"];
    const SEPARABLE: &[&str] = &[
        "ab", "an", "auf", "aus", "durch", "ein", "fest", "her", "heraus", "hin", "mit", "nach",
        "vor", "weg", "zu", "zurück", "zusammen", "vorbei", "raus", "rein", "frei", "voran",
    ];
    let ends_right = word.ends_with('t') || word.ends_with("en");
    let long_enough = word.chars().count() >= 6;
    let ge_after_separable = SEPARABLE.iter().any(|prefix| {
        word.strip_prefix(prefix)
            .is_some_and(|rest| rest.starts_with("ge"))
    });
    let prefixed = word.starts_with("ge")
        || ge_after_separable
        || INSEPARABLE.iter().any(|prefix| word.starts_with(prefix));
    // Verbs in "-ieren" make their participle without "ge-": diskutiert, reagiert.
    let without_ge = word.ends_with("iert") && word.chars().count() >= 7;
    (ends_right && long_enough && prefixed && !matches!(word, "gestern" | "gegen" | "genauen"))
        || without_ge
}

pub(super) static EXAMPLES: &[Example] = &[
    closed(
        "Haben Sie sich das Angebot schon angesehen?",
        Some("Angebot"),
    ),
    closed(
        "Hatten Sie schon Gelegenheit, mit Ihrem Team über den Vertrag zu sprechen?",
        Some("Vertrag"),
    ),
    closed("Gibt es schon Neuigkeiten zum Angebot?", Some("Angebot")),
    closed("Du hast die Preisliste bekommen, oder?", Some("Preisliste")),
    closed(
        "Konnten Sie die Unterlagen schon mit der Geschäftsführung besprechen?",
        Some("Unterlagen"),
    ),
    closed(
        "Könnten Sie bitte die Zahlen im neuen Entwurf prüfen?",
        Some("Zahlen"),
    ),
    closed(
        "Danke nochmal für das Gespräch am Dienstag. Habt ihr das Konzept inzwischen im Team \
         besprochen? Ich bin die ganze Woche erreichbar.",
        Some("Konzept"),
    ),
    closed(
        "Haben Sie schon eine Entscheidung zum Rahmenvertrag getroffen",
        Some("Rahmenvertrag"),
    ),
    closed(
        "Wissen Sie schon, ob das Budget freigegeben wurde?",
        Some("Budget"),
    ),
    closed("Gibt es etwas Neues?", None),
    assumptive("Was hat der Vorstand zu unserem Vorschlag gesagt?"),
    assumptive("Was haben Sie entschieden?"),
    assumptive("Können Sie mir sagen, was Sie entschieden haben?"),
    assumptive("Wie ist das Gespräch mit dem Einkauf gelaufen?"),
    assumptive("Welche Variante habt ihr am Ende gewählt?"),
    assumptive(
        "Letzte Woche ging es um die Lizenzen für Ihr Vertriebsteam, und Sie wollten das mit \
         der IT klären. Was kam dabei heraus?",
    ),
    assumptive("Wie hast du dich beim Angebot entschieden?"),
    assumptive("Erzählen Sie doch mal, was die Geschäftsführung zum Konzept meinte."),
    open("Was halten Sie von unserem neuen Vorschlag?"),
    open("Wie sieht Ihr Zeitplan für die Einführung aus?"),
    open("Ich rufe Sie am Freitag um 12 Uhr an – wie passt das in Ihren Kalender?"),
    open("Wer entscheidet bei Ihnen außerdem mit?"),
    open("Was brauchen Sie noch von uns, um weiterzumachen?"),
    recap("Können Sie mich kurz auf den Stand bringen?"),
    recap("Wo waren wir stehen geblieben?"),
    recap("Erinnern Sie mich bitte, worüber wir gesprochen haben?"),
    recap("Entschuldigung, wo stehen wir gerade?"),
    no_question("Ich schicke Ihnen das überarbeitete Angebot morgen früh."),
    no_question("Vielen Dank für das Gespräch und bis bald!"),
    no_question(
        "Als wir letzte Woche gesprochen haben, sagten Sie, dass der Vorstand am Donnerstag \
         tagt.",
    ),
    // Issue 12, classes 1 to 4.
    recap("Was war nochmal Ihr Wunschtermin für den Start?"),
    recap("Was hatten wir zum Liefertermin abgemacht?"),
    recap("Es ist schon ein paar Monate her. Wie sieht es bei Ihnen aus?"),
    assumptive("Wie hat der Betriebsrat reagiert?"),
    assumptive("Wofür hat sich die Geschäftsführung entschieden?"),
    assumptive("Was hielt Ihr Einkaufsleiter von den Konditionen?"),
    open("Was würde es brauchen, damit Sie umsteigen?"),
    open("Wie werden solche Investitionen bei Ihnen normalerweise freigegeben?"),
    closed(
        "Hat Herr Becker schon einen Blick auf das Angebot geworfen",
        Some("Angebot"),
    ),
    closed(
        "Ich wollte kurz nachfragen, ob Sie die Unterlagen erhalten haben.",
        Some("Unterlagen"),
    ),
];
