//! German rule table.

use std::sync::OnceLock;

use super::{assumptive, closed, no_question, open, recap, Example, LangRules, Texts};

pub(super) static RULES: LangRules = LangRules {
    wh_words: words![
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
    wh_with_noun: words!["welche", "welcher", "welches", "welchen", "welchem"],
    question_verbs: words![
        "haben", "hat", "hast", "habt", "hatten", "hatte", "hattest", "sind", "ist", "bist",
        "seid", "war", "waren", "warst", "können", "kannst", "könnt", "kann", "könnten", "konnten",
        "konntest", "würden", "würdest", "werden", "wird", "wirst", "wollen", "willst", "möchten",
        "gibt", "gab", "dürfen", "darf", "sollen", "soll", "sollten", "müssen", "muss", "wissen",
        "weißt", "wisst", "hätten", "hättest", "wären", "kommen", "kommt", "passt", "geht",
        "brauchen", "braucht", "steht", "läuft",
        // "gibt's", "hat's": the verb with its clitic subject.
        "gibt's", "hat's", "ist's", "war's", "steht's", "läuft's", "geht's", "klappt", "bleibt",
        "liegt", "lief", "klappte", "funktioniert", "wurde", "wurden", "kam", "durften", "mussten",
        "wollten", "wäre", "würde", "hätte", "könnte",
        // The forms of "du" and "ihr", and of a third person.
        "hattet", "wart", "konnte", "konntet", "könntest", "wollt", "wollte", "wolltest", "wolltet",
        "möchtest", "darfst", "musst", "musste", "will", "wärst", "brauchst", "kommst", "bleiben",
        "laufen", "liegen", "stehen", "passen", "klappen",
    ],
    // Not "sollte(n)": without a question mark, "Sollten Sie Fragen haben, …" is a condition.
    auxiliaries: words![
        "haben", "hat", "hast", "habt", "hatten", "hatte", "sind", "ist", "bist", "seid", "war",
        "waren", "können", "kannst", "könnt", "könnten", "konnten", "würden", "werden", "wird",
        "wollen", "möchten", "gibt", "gab", "dürfen", "sollen", "müssen", "wissen", "weißt",
        "hätten", "wären", "gibt's", "hat's", "ist's", "steht", "läuft", "klappt", "passt", "geht",
        "kommt", "liegt", "bleibt", "funktioniert", "wurde", "wurden", "kam", "durften", "mussten",
        "wollten", "wäre", "würde", "hätte", "könnte",
        // The forms of "du" and "ihr", and of a third person, of the same verbs.
        "hattest", "hattet", "warst", "wart", "konnte", "konntest", "konntet", "könntest",
        "würdest", "wirst", "willst", "wollt", "wollte", "wolltest", "wolltet", "möchtest",
        "darfst", "musst", "muss", "musste", "kann", "will", "darf", "hättest", "wärst", "brauchen",
        "braucht", "brauchst", "kommst", "bleiben", "laufen", "liegen", "stehen", "passen",
        "klappen",
    ],
    subjects: words![
        "sie", "du", "ihr", "wir", "er", "es", "man", "ich", "jemand",
        // The reflexive stands where the subject does ("Was wünschte sich Ihr Team?",
        // "Hat sich etwas getan?").
        "sich",
    ],
    fillers: words![
        "also",
        "und",
        "aber",
        "hallo",
        "hi",
        "hey",
        "moin",
        "servus",
        "sorry",
        "ok",
        "okay",
        "übrigens",
        "bitte",
        "na",
        "so",
        "kurz",
        "frage",
    ],
    tags: words![
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
        "korrekt",
        "gelle",
        "oder etwa nicht",
        "oder wie",
    ],
    recap: words![
        // More ways of asking to be brought up to date, from new writers' text.
        "wissen sie|du noch",
        "überblick geben|verschaffen",
        "ging's|ging es ~ nochmal|noch mal",
        // Imperatives: the request starts with the verb ("Halten Sie mich … auf dem Laufenden").
        "halten|halt|haltet|bringen|bring|bringt ~ mich|uns ~ laufenden|stand",
        "bringen|bring|bringt ~ mich|uns ~ ~ stand",
        "frischen|frisch|frischt|helfen|hilf|helft ~ ~ gedächtnis|sprünge",
        "mich|uns ~ auf den|dem ~ stand|laufenden",
        "mich|uns ~ auf stand",
        "mich|uns ~ ins bild",
        "mein|meinem gedächtnis",
        "nicht mehr ~ im bilde|kopf|gedächtnis",
        "nicht ~ parat|präsent",
        "mir|uns ~ ein|kurzes|kleines update",
        "wiederholen sie|du|ihr",
        "letzte|letzten|momentane|momentanen|jetzige|jetzigen|heutige|heutigen stand",
        // The rep's memory fails: "ich weiß nicht mehr", "ist mir entfallen".
        "weiß ~ nicht mehr",
        "nicht mehr ~ erinnern|sicher",
        "mir ~ entfallen",
        "habe|hab ~ vergessen",
        "fassen|fass|fasst ~ ~ zusammen",
        "mich|uns ~ briefen",
        // What was still open before: "was war da noch offen", "was stand noch aus".
        "war|waren ~ noch offen|zu",
        "stand|standen ~ noch aus",
        "worum ging|gings",
        // What the customer told the rep: "Was hatten Sie mir zu … gesagt?".
        "was|wie|welche|welchen|wann ~ sie|du|ihr mir ~ ~ gesagt|erzählt|genannt|geschildert|mitgeteilt|erklärt",
        "um was ging|gings",
        "worum es ~ ging",
        // "noch" at the end after "war", "hieß", "sah … aus" asks to hear a fact again ("Wie war
        // Ihr Name noch?"); after other verbs it means "else" ("Was wünschte sie sich noch?").
        "war|waren|hieß|hießen|lautete|lauteten ~ ~ noch $",
        "sah|sahen ~ ~ noch aus $",
        // What the customer had in mind or planned, asked back: "Welches Modell hatten Sie im
        // Auge?", "Was hatten Sie vor?".
        "was|wen|wie|wann|welche|welches|welchen|welcher ~ hatten|hattest|hattet|hatte ~ ~ im auge|sinn|kopf",
        "was|wen|wie|wann|welche|welches|welchen|welcher ~ hatten|hattest|hattet|hatte ~ ~ vor $",
        // Asking to hear it again: "Können Sie mir noch einmal erklären, …".
        "noch einmal|mal ~ sagen|erklären|schildern|erzählen|beschreiben|zusammenfassen",
        "nochmal|nochmals ~ sagen|erklären|schildern|erzählen|beschreiben|zusammenfassen",
        // What the customer meant to do, asked back: "Was wollten Sie bis heute klären?".
        "was|wann|wie|wer|wen|wem|wo|welche|welchen|welches|welcher|womit|worüber|wozu|wofür|worauf|viele|viel wollten|wolltest|wolltet sie|du|ihr",
        "welche|welchen|welches|welcher ~ wollten|wolltest|wolltet sie|du|ihr",
        "ergebnis|fazit unseres|unserer|unseren",
        // What happened since we last spoke: "Was hat sich seit unserem Gespräch getan?".
        "seit unserem|unserer|unseren ~ getan|bewegt|passiert|verändert|geändert|ergeben",
        // Questions that ask how things stand ask for an update by themselves, also without a
        // gap before them: "Wie steht's um die Bestellung?", "Wie weit seid ihr?". Not "Wie
        // sieht das bei Ihnen aus?": "das" is what was just said, and the question discovery.
        "wie sieht|sah|schaut es",
        "wie sieht's|siehts|schaut's|schauts",
        "wie steht's|stehts",
        "wie steht|stand es um|mit|bei",
        "wie weit sind|seid|bist sie|ihr|du",
        "wo stehen|steht sie|ihr|du|es|das",
        "was gibt's|gibts|gibt ~ neues",
        "was tut sich",
        "wie geht es ~ voran",
        "wie geht's|gehts ~ voran",
        "sachstand*|zwischenstand*",
        "wie ist|sind es|das ~ weitergegangen",
        "wie|wie's|wies es ~ ~ aussieht|ausschaut|steht",
        "aktuellen|aktuelle|neuesten|letzten status",
        "sollte|sollten|solltest ~ nochmal|gleich",
        // Asking what the agreed next step was.
        "was|wie war|waren ~ nächste schritt|schritte",
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
        "resümier*",
        "updaten|upzudaten|abholen",
        "faden verloren",
        "klären sie|du mich",
        "auf die sprünge",
        "geben|gib|gebt sie|du|ihr ~ mir|uns ~ ~ update|überblick|zusammenfassung",
    ],
    softeners: words![
        "sagen|sag|verraten|verrät|erzählen|erzähl|mitteilen|wissen|weißt|wisst|berichten",
        "bin|wäre gespannt|neugierig",
        "gespannt|neugierig",
    ],
    past_forms: words![
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
        "wollte", "konnte", "musste", "durfte", "wollten", "konnten", "mussten", "durften",
        "brachten", "kannten", "wussten", "mochten",
    ],
    // Weak preterites ("-te") look too much like adjectives and nouns to be read by ending.
    past_suffixes: words![],
    // Present forms of verbs whose stem ends in "t", which look like weak preterites.
    not_past: words![
        "halten", "erhalten", "behalten", "gestalten", "verwalten", "arbeiten", "bearbeiten",
        "bieten", "anbieten", "gelten", "raten", "beraten", "warten", "erwarten", "leiten",
        "bitten", "testen", "starten", "achten", "beachten", "betrachten", "richten",
        "berichten", "bewerten", "vertreten", "bereiten", "begleiten", "leisten", "kosten",
        "fürchten", "beobachten", "bedeuten", "möchten", "dürften", "hätten", "könnten",
        "sollten", "müssten", "bräuchten", "rechte", "letzte", "erste", "beste", "meiste",
        // Subjunctives and modals that mean "should", "could": not the past of a question.
        "sollte", "solltest", "könnte", "möchte", "müsste", "dürfte", "hätte", "bräuchte",
        // Words in "-te(n)" that are no verbs.
        "heute", "bitte", "nächsten", "letzten", "ersten", "weiten",
    ],
    not_past_suffixes: words![],
    perfect_auxiliaries: words!["haben", "hat", "hast", "habt", "hatten", "hatte", "hattet"],
    is_participle,
    capitalised_nouns: true,
    be_forms: words![
        "ist", "sind", "bist", "seid", "war", "waren", "warst", "wart",
    ],
    // Verbs of motion and change, which make their perfect with "sein".
    be_participle_endings: words![
        "gangen", "kommen", "laufen", "fallen", "blieben", "worden", "wesen", "schehen",
        "passiert", "lungen", "fahren", "treten", "standen", "stiegen", "wachsen", "sprungen",
        "reist", "flogen", "zogen", "startet", "scheitert", "platzt", "sunken", "landet",
    ],
    passive_agents: words![],
    past_prefixes: words![
        "be", "ent", "er", "ver", "zer", "ge", "emp", "miss", "über", "unter", "hinter", "an",
        "auf", "aus", "ab", "ein", "mit", "vor", "zu", "zurück", "heraus", "raus", "fest",
        "vorbei", "zusammen", "durch", "nach", "weg", "hin", "her", "los", "voran",
    ],
    past_inflections: words!["en", "st", "t", "est", "et"],
    // Not "-tet": it is far more often a present form ("kostet", "bietet") than "ihr machtet".
    finite_past_suffixes: words!["te", "ten", "test"],
    non_past_finites: words![
        "würde", "würden", "würdest", "werden", "wird", "wirst", "werdet", "könnte", "könnten",
        "kann", "können", "kannst", "soll", "sollen", "müsste", "müssten", "muss", "müssen",
        "darf", "dürfen", "will", "wollen", "möchte", "möchten", "bräuchten", "wäre", "wären",
        "hätte", "hätten", "sollte", "sollten", "solltest", "könntest", "möchtest", "müsstest",
    ],
    discovery: words![
        // How they handle it so far is how they work, not what they did since the call.
        "bisher|bislang ~ gelöst|gehandhabt|geregelt|organisiert|gemacht|abgewickelt|versucht|probiert|ausprobiert",
        "bis jetzt ~ gelöst|gehandhabt|geregelt|organisiert|gemacht|abgewickelt|versucht|probiert|ausprobiert",
        "normalerweise",
        "üblicherweise",
        "in der regel",
        "typischerweise",
        "grundsätzlich",
        "wie lange",
        "seit wann",
        "vor ~ jahren",
        "in der vergangenheit",
        "früher|damals|jemals",
        // Before the customer knew the rep: background, not the promised step.
        "bevor sie|du|ihr|wir",
        // The setup before the rep came in.
        // Not "hatten Sie vor, uns … zu schicken".
        "vor uns schon|bereits",
        "vor uns ~ ausprobiert|genutzt|verwendet|eingesetzt|getestet",
        "in den letzten jahren|monaten",
    ],
    recall_particles: words![
        "nochmal",
        "nochmals",
        "noch mal|einmal",
        "gleich noch",
        "wieder",
        "gleich",
        "das noch",
        "das mit",
    ],
    first_person: words!["wir", "ich"],
    recall_auxiliaries: words!["hatte", "hatten", "hattest", "hattet"],
    // "What has changed": the result of the promised step, a request for an update or a
    // question about change in general; the words do not say which.
    undecidable: words!["was hat|haben sich ~ ~ getan|verändert|geändert|entwickelt|bewegt"],
    wh_idioms: words![
        "wie besprochen|vereinbart|versprochen|angekündigt|gewünscht|erwähnt|gesagt|abgesprochen|gewohnt|immer",
        "wie am|im|per|schon|bereits ~ besprochen|vereinbart|versprochen|angekündigt|erwähnt|gesagt|abgesprochen",
        "was die|den|das|der|ihr|ihre|ihren|unser|unsere|unseren|diese|dieses ~ angeht|betrifft|anbelangt",
        // "was Neues" is "etwas Neues": "Schon was Neues zum Rahmenvertrag?".
        "was neues|neue|anderes",
    ],
    expletives: words!["es"],
    gap_statements: words![
        "monate|wochen|weile|zeit|jahr her",
        "lange nicht",
        "seit wir ~ gesprochen|telefoniert",
        "ist's|ists|lange her",
        "zeit ~ vergangen",
        "nichts ~ gehört",
        "langen|längeren pause",
        "ewig|länger nicht",
        "ewigkeit",
        "funkstille",
        "keinen|kein kontakt",
        "schon ~ her",
    ],
    lost_context: words![
        "faden verloren",
        "überblick verloren",
        "weiß ~ nicht mehr",
        "nicht mehr ~ erinnern|sicher",
        "mir ~ entfallen",
        "nicht mehr ~ im kopf|bilde|gedächtnis",
        "nicht ~ parat|präsent",
        "vergessen was|wo|wie|welche|welchen|welches|wann|worum",
    ],
    status_questions: words![
        "wie sieht es",
        "wie läuft es|das",
        "wie steht es|das",
        "wie geht es ~ voran",
        "wo stehen sie|ihr|du",
        "wie steht's|stehts",
        "wie ist ~ stand|lage",
        "wie sieht's|siehts",
        "wie weit sind|seid|bist",
        "was gibt's|gibt ~ neues",
        "wie es ~ steht|aussieht|läuft",
        "was macht|machen",
        "was tut sich",
        "was hat|haben sich",
        "wie geht|ging es ~ weiter",
    ],
    embedded_yes_no: words![
        "fragen|nachfragen|nachhören|erkundigen|wissen|interessieren|interessiert|neugierig|gespannt|frage ~ ob",
        "nachhaken|nachfassen|durchklingeln|anklopfen|horchen|nachzufragen|nachzuhaken ~ ob",
        "hören|gehört|gefragt|erfahren|wüsste|wüssten|erkundigt ~ ob",
        "bescheid|rückmeldung|schreiben|schreib|melden|meld|mitteilen|sagen|sag ~ ob",
        // "Sagen Sie mir doch kurz, ob …", "Teilen Sie mir bitte mit, ob …".
        "sagen|sag|verraten|verrat sie|du|ihr|mir|uns ~ ob",
        "mit ob",
        // "Ich hoffe, Sie hatten schon Gelegenheit, …": a hope that asks.
        "hoffe ~ ~ gelegenheit|schon|inzwischen|mittlerweile|bereits",
    ],
    // Verbs of liking and fitting with the one they please: "Gefällt Ihnen das Konzept".
    // A statement the rep wants confirmed, without a question mark.
    confirmations: words![
        "also ~ habt|haben|hast ihr|sie|du",
        "ich gehe ~ davon aus",
        "dann gehe ich ~ davon aus",
        "gut dann gehe ich ~ davon aus",
    ],
    yes_no_openings: words![
        "gefällt|gefallen|gefiel|gefielen|passt|passen|reicht|reichen|sagt|sagen|liegt|liegen ihnen|dir|euch",
    ],
    subordinators: words![],
    // German marks such a clause with a comma, which ends the clause anyway.
    later_clauses: words![],
    infinitive_markers: words!["zu"],
    determiners: words![
        "das", "den", "die", "der", "dem", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser",
        "unsere", "unseren", "unserem", "unseres", "dein", "deine", "deinen", "deinem", "euer",
        "eure", "euren", "eurem", "diesen", "dieses", "diese", "dieser", "diesem", "zum", "zur",
        "beim", "vom", "im", "ins", "am", "ein", "eine", "einen", "einem", "einer", "eines",
        "welche", "welchen", "welches", "welchem", "des", "ihres", "deines", "eures", "mein",
        "meine", "meinen", "meinem", "meiner", "meines", "unserer", "deiner", "eurer",
    ],
    phrase_stops: words![
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
        "bis",
        "seit",
        "ab",
        "über",
        "um",
        "vor",
        "gegen",
        "ohne",
        "durch",
        "aus",
        "mir",
        "dir",
        "uns",
        "euch",
        "ihnen",
        "etwas",
        "nichts",
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
    const INSEPARABLE: &[&str] = &["be", "ent", "er", "ver", "zer", "über", "miss", "hinter"];
    const SEPARABLE: &[&str] = &[
        "ab", "an", "auf", "aus", "durch", "ein", "fest", "her", "heraus", "hin", "mit", "nach",
        "vor", "weg", "zu", "zurück", "zusammen", "vorbei", "raus", "rein", "frei", "voran",
        "zurecht", "weiter", "fort", "hoch", "herum", "rum", "um", "dar", "bei", "hinzu", "dazu",
        "wieder", "bekannt", "klar", "kennen", "statt", "teil", "fertig",
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
        || word == "getan"
}

pub(super) static EXAMPLES: &[Example] = &[
    // The time before the rep came in is background (discovery), not a promised step.
    open("Wie haben Sie das bisher gelöst?"),
    open("Welche Anbieter haben Sie vor uns schon getestet?"),
    open("Was haben Sie sich angeschaut, bevor Sie auf uns gestoßen sind?"),
    // The rep lost track, or asks to be brought up to date (F2).
    // Recap forms from new writers' text.
    recap("Ich müsste erst in meinen Notizen suchen – wissen Sie noch, wie viele Arbeitsplätze es waren?"),
    recap("Könnt ihr mir kurz einen Überblick geben, wo ihr mit der Migration gerade steht?"),
    recap("Ich habe es nicht mehr im Kopf: Welche Stückzahl hatten Sie genannt?"),
    recap("Geben Sie mir bitte ein kurzes Update zum Umzug."),
    // A statement the rep wants confirmed, without a question mark.
    closed(
        "Also die Raumpläne habt ihr dann schon an den Architekten weitergeleitet",
        Some("Raumpläne"),
    ),
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
    // Recap in its common German forms: "auf dem Laufenden", the rep's memory, "gleich",
    // "lang ist's her", "ein Update", the agreed next step.
    recap("Halten Sie mich kurz auf dem Laufenden, wie es mit der Umstellung aussieht."),
    recap("Helfen Sie meinem Gedächtnis kurz auf die Sprünge: Um welche Maschine ging es?"),
    recap("Ich habe die Einzelheiten nicht mehr ganz im Kopf – was war bei der Schulung offen?"),
    recap("Wie war gleich der Name Ihres Ansprechpartners?"),
    recap("Lang ist's her! Wie steht's bei Ihnen?"),
    recap("Können Sie mir ein kurzes Update zur Umstellung geben?"),
    recap("Was war bei Ihnen der nächste Schritt?"),
    // Past forms: separable prefixes, weak preterites before a reflexive.
    assumptive("Wie haben sich Ihre Monteure mit dem neuen Scanner zurechtgefunden?"),
    assumptive("Was wünschte sich Ihre Einkaufsleiterin noch?"),
    // Present forms and words in "-te(n)" that are no past; "should"; experience before.
    open("Wie organisieren Sie heute die Einsatzplanung?"),
    open("Was kostet Sie eine Stunde Ausfall?"),
    open("Wie wird bei Ihnen entschieden, welche Filialen in den nächsten Umbau kommen?"),
    open("Bis wann muss die Anlage laufen?"),
    open("Mit wem sollte ich über die Abrechnung sprechen?"),
    open("Welche Erfahrungen haben Sie in der Vergangenheit mit Leasing gemacht?"),
    closed(
        "Ich wollte mal hören, ob der Vertrag inzwischen unterschrieben ist.",
        Some("Vertrag"),
    ),
    closed(
        "Ich hatte mich gefragt, ob Sie den Plan schon gesehen haben.",
        None,
    ),
    closed("Gibt's bei euch schon was Neues?", None),
    closed("Hat sich bei Ihnen schon etwas getan?", None),
    // The pluperfect asks to hear again what was settled; "hatte" as a full verb does not.
    recap("Welche Laufzeit hatten Sie sich vorgestellt?"),
    assumptive("Welchen Eindruck hatte Ihr Team von der Vorführung?"),
    recap("Ich weiß nicht mehr genau, was wir vereinbart hatten – können Sie mir helfen?"),
    recap("Was war bei der Montage noch offen?"),
    recap("Es ist lange her. Wie weit sind Sie mit dem Umbau?"),
    // A wh-word that asks nothing.
    no_question("Wie besprochen schicke ich Ihnen das Angebot morgen."),
    no_question("Was die Lieferung betrifft, melde ich mich morgen bei Ihnen."),
    // Embedded and verb-first yes/no questions without a question mark.
    closed(
        "Sagen Sie mir bitte Bescheid, ob die Musterlieferung passt.",
        Some("Musterlieferung"),
    ),
    closed("Liegt das Angebot schon beim Einkauf", Some("Angebot")),
    closed("Wurde der Auftrag schon freigegeben", Some("Auftrag")),
    recap("Worum ging es beim letzten Mal?"),
    recap("Wie war das mit den Rabatten?"),
    recap("Was sollte ich Ihnen nochmal schicken?"),
    assumptive("Welche Punkte konnten Sie klären?"),
    recap("Was haben Sie mir letzte Woche zur Laufzeit gesagt?"),
    recap("Nach längerer Funkstille: Was tut sich bei Ihnen?"),
    closed(
        "Ich hoffe, Sie hatten schon Gelegenheit, sich die Muster anzusehen.",
        Some("Muster"),
    ),
    no_question("Ich hoffe, Sie hatten ein schönes Wochenende."),
    // Unsure (kind none): what has changed may ask for the result, an update or background.
    no_question("Was hat sich bei Ihnen seit der Messe verändert?"),
    recap("Es ist eine Weile her. Was hat sich bei Ihnen getan?"),
    // Verb-first without a question mark: the forms of "du" and "ihr", modal preterites, verbs
    // of pleasing with a dative; "Sollten Sie …" opens a condition.
    closed(
        "Konntest du die Stückliste schon prüfen",
        Some("Stückliste"),
    ),
    closed("Wolltet ihr nicht die Lieferanten vergleichen", None),
    closed("Gefällt Ihnen der neue Entwurf", Some("Entwurf")),
    closed("Brauchen Sie die Zugänge noch", Some("Zugänge")),
    closed(
        "Sagen Sie mir doch kurz, ob die Staffelpreise so passen.",
        Some("Staffelpreise"),
    ),
    no_question("Sollten Sie noch Fragen haben, melden Sie sich gern."),
    // Recap: what the customer meant to do asked back, "noch" after "war" or "hieß", asking to
    // hear it once more, what our last talk came to, no contact for long.
    recap("Bis wann wollten Sie sich entscheiden?"),
    recap("Wie hieß Ihr Projektleiter noch?"),
    recap("Wie sah der Zeitplan für die Montage noch aus?"),
    recap("Können Sie mir noch einmal erklären, worum es bei Ihrer Anfrage ging?"),
    recap("Was war das Ergebnis unseres letzten Telefonats?"),
    recap("Wir hatten länger keinen Kontakt. Wie ist es bei Ihnen weitergegangen?"),
    assumptive("Wie ist die Abnahme bei Ihnen weitergegangen?"),
    // A question how things stand asks for an update also without a gap before it; so does
    // what happened since our last talk.
    recap("Wie weit seid ihr denn mit der Inventur?"),
    recap("Wie steht's um die Nachbestellung?"),
    recap("Wie schaut's aus mit dem Wartungsvertrag?"),
    recap("Guten Tag Frau Roth, wie ist der Sachstand beim Förderantrag?"),
    recap("Können Sie mir kurz den aktuellen Status durchgeben?"),
    recap("Sag mal, was hat sich seit unserem Telefonat getan?"),
    open("Wie sieht Ihr Prozess für Bestellungen heute aus?"),
    // "was Neues" is "etwas Neues"; "nachhaken, ob" embeds a yes/no question.
    closed("Schon was Neues zur Kältemaschine?", Some("Kältemaschine")),
    closed(
        "Ich wollte nur nachhaken, ob der Einkauf die Rahmenbestellung freigegeben hat",
        Some("Rahmenbestellung"),
    ),
    assumptive("Welchen Eindruck hat die Schulung bei Ihren Leuten hinterlassen?"),
    // A wh-word followed by an article opens a verb-final clause, which a yes/no question
    // embeds: the question stays closed.
    closed(
        "Konnten Sie schon klären, wer die Abnahme unterschreibt?",
        Some("Abnahme"),
    ),
    assumptive("Können Sie mir sagen, was die Bank entschieden hat?"),
    recap("Welche Ausführung hatten Sie im Auge?"),
    recap("Was hattet ihr mit den alten Geräten vor?"),
];
