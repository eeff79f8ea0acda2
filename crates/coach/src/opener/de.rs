//! German opener rules, templates and examples.

use std::sync::OnceLock;

use super::build::Templates;
use super::FindingId::*;
use super::{ad, good, warm, weak, OpenerExample, OpenerRules};

pub(super) static RULES: OpenerRules = OpenerRules {
    offer: words![
        "sonderangebot*",
        "wussten|wusstest|wisst sie|du|ihr ~ dass ~ wir|unser*",
        "von unser*|uns ~ gehört",
        "unser* ~ vorstellen|präsentieren|zeigen",
        "aktion|aktionen",
        "rabatt*",
        "kostenlos*",
        "gratis",
        "sonderpreis*|vorteilspreis*|festpreis*",
        "keine|ohne einrichtungsgebühr|grundgebühr|anschlussgebühr",
    ],
    pitch: words![
        "preisgekrönt*|marktführer*|marktführend*|branchenführend*|führend*",
        "nummer eins",
        "wie ihres|ihrem|ihrer|ihr|deins|deinem",
        "bis zu",
        "bei uns",
        "angebot*",
        "kunden",
        "hilft|helfen|bietet|bieten|liefert|liefern",
        "garantie*",
        "günstiger",
        "vorstellen|präsentieren",
        "ihr|euer ~ partner",
        "experten|spezialisten|spezialisiert",
    ],
    seller: words!["wir"],
    ours: words!["unser*"],
    permission: words![
        "stör|störe|stört|stören|störung",
        "ungelegen|ungünstig*|gelegen",
        "passt|passt's|passts",
        "zeitpunkt",
        "einen|kurzen|kleinen|schlechter|schlechten|guter|guten|günstiger|ruhigen \
         moment|augenblick",
        "minute|minuten|minütchen",
        "kurz|gerade zeit",
        "zeit für ~ gespräch|telefonat|mich|uns",
        "haben|hätten|hast|hättest sie|du ~ zeit",
        "können|könnten|kannst|könntest|kann|darf ~ sprechen|reden|telefonieren",
        "mitten in",
        "besprechung|termin|meeting",
        "im stress",
        "beschäftigt",
        "gerade|jetzt schlecht|ungünstig|günstig|gut|passend|ok|okay|recht",
        "unterwegs",
        "geht|geht's|gehts ~ gerade|grad|jetzt",
        "grad|gerade recht|gut|schlecht|ungünstig",
        "in ordnung",
        "hast|haben|hättest|hätten|kannst|können|könnten ~ kurz $",
        "erwische|erwischt|erreiche",
        "rufe|melde ich ~ besser|später|morgen",
        "zurückrufen",
    ],
    ask_if: words!["frage|fragen|fragte|wissen ~ ob"],
    hook: words![
        "gelesen|gesehen|bemerkt|aufgefallen|mitbekommen|entdeckt",
        "glückwunsch*|gratuliere",
        "artikel|interview|beitrag|post|bericht*|pressemitteilung|podcast",
        "empfohlen|vorgeschlagen|erwähnt",
        "neue* büro*|standort*|niederlassung*|rolle|position|aufgabe|stelle|werk|filiale",
        "expandier*|expansion",
        "stellen ~ ein",
        "eröffnet|eröffnen|gestartet|angekündigt|übernommen",
        "laut|berichtet*|meldung|erzählt|meinte|gehört|gestolpert",
        "vortrag|karriereseite|webseite|website|zuschlag",
        "ausgezeichnet|auszeichnung|abgeschlossen",
        "gesagt|sagte|zufolge|gestoßen|geschrieben|verfolge|übersehen",
        "zeitung|presse|pressemeldung",
        "gewählt|ernannt|befördert",
        "gemeinsame*",
        "ihren|deinen namen|nummer",
        "linkedin",
    ],
    met: words!["kennengelernt|getroffen|begegnet"],
    intro: words![
        "hier ist|spricht",
        "mein name ist",
        "ich bin ~ von|bei",
        "ich heiße",
        "ich rufe ~ von|bei ~ an",
    ],
    we: words![
        "wir", "uns", "unser*", "ich", "mich", "mir", "mein", "meine", "meinen", "meinem",
        "meiner", "meines",
    ],
    you: words![
        "du", "dich", "dir", "dein*", "euch", "euer", "eure*", "Sie", "Ihnen", "Ihr", "Ihre",
        "Ihren", "Ihrem", "Ihrer", "Ihres",
    ],
    messages: [
        "Der Einstieg ist ein Angebot oder eine Anpreisung Ihres Produkts. Vorgelesen klingt das \
         nach Werbung, und bei Werbung wird aufgelegt. Heben Sie es auf, bis Sie den Bedarf \
         kennen.",
        "Die Frage nach Erlaubnis macht das Nein leicht, bevor der Kunde weiß, warum Sie \
         anrufen. Beginnen Sie mit dem, was Sie über ihn herausgefunden haben.",
        "Das Erste, was der Kunde hört, handelt von Ihnen und Ihrem Produkt. Beginnen Sie mit \
         ihm: was Ihnen aufgefallen ist, woran er arbeitet.",
        "Sie sprechen weit mehr über sich (wir, ich, unser) als über den Kunden (Sie, Ihr). \
         Machen Sie aus einem Satz über sich eine Frage an ihn.",
        "Nichts hier betrifft gerade diese Person. Ein recherchiertes Detail (ein Artikel, \
         eine neue Rolle, eine Expansion, ein gemeinsamer Kontakt) macht das Gespräch lohnend.",
        "Nichts hier gibt dem Kunden das Wort: Es gibt keine Frage oder nur eine, die um \
         Erlaubnis bittet. Schließen Sie mit einer offenen, neugierigen Frage zu seiner Lage.",
        "Ihre Fragen lassen sich mit Ja oder Nein beantworten. Eine offene Frage (wie, was) \
         bringt den Kunden ins Erzählen.",
        "Mehr als 30 Wörter vor der ersten Frage sind ein Monolog. Kommen Sie früher zur Frage \
         und lassen Sie den Kunden reden.",
        "Mehrere Fragen hintereinander: Beantwortet wird nur eine. Stellen Sie eine und hören \
         Sie zu.",
    ],
    hook_line: "Mir ist [was Sie über den Kunden herausgefunden haben] aufgefallen – was \
                bedeutet das gerade für Sie?",
    open_line: "Wie lösen Sie das heute?",
    build: Templates {
        // The dative is only said of the company ("bei euch", "bei Ihnen"): informal "euch".
        you: [["du", "dich", "euch"], ["Sie", "Sie", "Ihnen"]],
        // The company arrives as a whole phrase ("bei der Nordfrakt GmbH", "beim Klinikum
        // Nord"): its article and preposition depend on the name.
        at: [" {x}", " bei {d}"],
        like: " wie {x}",
        like_alone: "",
        role: " als {y}",
        // Accusative frames throughout: no verb agrees with the rep's noun phrase, so a plural
        // one ("Ihre drei neuen Vertriebsmitarbeiter") fits as well as a singular one.
        hook: "Ich habe {h} mitbekommen.",
        mutual: "{m} hat mir empfohlen, {o} anzurufen.",
        need: "Viele in der Branche haben gerade {n} ganz oben auf der Agenda.|Welche Rolle \
               spielt das Thema bei {d}?",
        reason: "Der Grund für meinen Anruf: {r}.",
        ask_need: "Was ist{a} gerade für {n} geplant?",
        ask: "Was steht{a} gerade ganz oben auf der Agenda?",
        busy: "Was beschäftigt {o}{l} gerade am meisten?",
        // Not "dieses Jahr", which in December is nearly over.
        year: "Was wäre{a} in den nächsten zwölf Monaten ein echter Erfolg für {o}?",
        purpose: "Im Gespräch finden Sie gemeinsam mit dem Kunden heraus, was ihm wichtig ist \
                  und ob es einen Weg nach vorn gibt. Auch ein klares „passt nicht“ ist ein \
                  gutes Ergebnis. Sie wählen selbst, wenn Sie bereit sind: Das Widget wählt nie.",
    },
    compiled: OnceLock::new(),
};

pub(super) const EXAMPLES: &[OpenerExample] = &[
    warm(
        "Guten Tag Frau Berger, hier spricht Jonas Weber von Nordlicht. Ich habe im \
         Handelsblatt gelesen, dass Sie einen neuen Standort in Leipzig eröffnen. Wie planen \
         Sie dort die Besetzung?",
    ),
    warm(
        "Hallo Herr Yilmaz, herzlichen Glückwunsch zur neuen Rolle als Einkaufsleiter! Was \
         steht in den ersten Monaten für Sie ganz oben?",
    ),
    warm(
        "Guten Tag Frau Klein, Herr Schmidt hat mir empfohlen, Sie anzurufen. Er hat erwähnt, \
         dass Sie gerade die Einarbeitung neuer Vertriebler überarbeiten. Wie sieht das bei \
         Ihnen im Moment aus?",
    ),
    warm(
        "Hallo Lukas, ich habe Ihren Beitrag auf LinkedIn gesehen: Sie stellen zwölf \
         Entwickler ein. Was treibt das Wachstum an?",
    ),
    warm(
        "Guten Tag Frau Lange, Ihr Lager ist im letzten Jahr von 40 auf 65 Mitarbeiter \
         gewachsen. Wie hat sich das auf Ihre Schichtplanung ausgewirkt?",
    ),
    ad(
        "Guten Tag, hier ist Markus Braun von FiberNet. Wir haben gerade ein Angebot: 50 \
         Prozent Rabatt auf Internet für Geschäftskunden. Wäre das etwas für Sie?",
        &[TalkingAd, ProductFirst, NoHook, ClosedQuestion],
    ),
    ad(
        "Guten Tag! Sie waren vor ein paar Jahren Kunde bei uns, und jetzt haben wir eine \
         Aktion für ehemalige Kunden. Hätten Sie Interesse?",
        &[TalkingAd, ProductFirst, NoHook, ClosedQuestion],
    ),
    ad(
        "Guten Tag, haben Sie kurz Zeit? Wir haben gerade ein Sonderangebot für Drucker.",
        &[
            TalkingAd,
            PermissionQuestion,
            ProductFirst,
            NoHook,
            NoQuestion,
        ],
    ),
    weak(
        "Guten Tag Frau Berger, hier ist Jonas Weber von Nordlicht – störe ich gerade?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    weak(
        "Guten Tag Frau Berger, mir ist Ihr neuer Standort in Leipzig aufgefallen. Haben Sie \
         einen Moment? Wie planen Sie dort die Besetzung?",
        &[PermissionQuestion],
    ),
    good(
        "Guten Tag Herr Wolf, wir sind eine Beratung aus München und helfen Speditionen, \
         Treibstoffkosten zu senken. Ich habe gesehen, dass Sie gerade ein Lager in Augsburg \
         eröffnet haben. Wie planen Sie dort die Touren?",
        &[ProductFirst],
    ),
    weak(
        "Guten Tag Frau Krüger, ich rufe von Brightwave an. Wir arbeiten mit vielen Händlern, \
         und unsere Plattform nutzen unsere Partner europaweit. Ich habe Ihre neue Filiale in \
         Köln gesehen. Wie entwickelt sich dort die Kundenfrequenz?",
        &[ProductFirst, WeFocus],
    ),
    // "What has changed since?" is one the follow-up coach cannot place (recap or result);
    // in an opener it is simply an open question.
    warm(
        "Guten Tag Herr Hegele, ich habe gelesen, dass Sie die Kartonagenfabrik in Heilbronn \
         übernommen haben. Was hat sich für Ihren Einkauf seitdem am meisten verändert?",
    ),
    weak(
        "Hallo Tom, Glückwunsch zur Finanzierungsrunde. Ich würde Ihnen gern zeigen, wie wir \
         schnell wachsenden Teams helfen.",
        &[ProductFirst, NoQuestion],
    ),
    good(
        "Guten Tag Frau Hansen, ich habe gelesen, dass Fjordfisk nach Dänemark expandiert. \
         Arbeiten Sie dort schon mit einem Logistikpartner?",
        &[ClosedQuestion],
    ),
    good(
        "Guten Tag Herr Peters, ich habe den Artikel in der Computerwoche über Ihren Umzug in \
         die Cloud gelesen, und weil wir in den letzten Jahren sehr vielen Behörden und \
         Kommunen bei genau dieser Art von Migration geholfen haben, dachte ich, ein kurzes \
         Gespräch könnte sich lohnen. Was hat Sie bewogen, gerade jetzt umzusteigen?",
        &[TooLong],
    ),
    good(
        "Hallo Emma, herzlichen Glückwunsch zur neuen Stelle bei Rewe! Wie waren die ersten \
         Wochen? Was hat für Sie jetzt Priorität?",
        &[StackedQuestions],
    ),
    weak(
        "Guten Tag Herr Olsen, ich rufe wegen der Kosten Ihres Fuhrparks an. Nutzen Sie heute \
         schon ein Tool für die Tankabrechnung?",
        &[NoHook, ClosedQuestion],
    ),
    // Issue 12: a value-proposition pitch is a talking ad, also with figures in it.
    ad(
        "Guten Tag, hier ist Jan Roth von Heliotherm. Wir helfen Betrieben wie Ihrem, die \
         Energiekosten mit unserer preisgekrönten Steuerung um bis zu 20 Prozent zu senken.",
        &[TalkingAd, ProductFirst, NoHook, NoQuestion],
    ),
    // ... and also when the rep introduces the company and ends with an open question.
    ad(
        "Guten Tag, ich bin von Lagerteam Süd. Wir besetzen Lagerstellen innerhalb von 48 \
         Stunden, und unsere Kunden behalten neun von zehn über das erste Jahr hinaus. Wie \
         rekrutieren Sie für die Hochsaison?",
        &[TalkingAd, ProductFirst, WeFocus, NoHook],
    ),
    // Permission questions in their common forms.
    weak(
        "Guten Tag Herr Arslan, Lena Brandt von Fuhrpark Plus. Komme ich Ihnen gerade ungelegen?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    weak(
        "Guten Tag Frau Chen, Tom Weber von Archivwerk hier. Hätten Sie zwei Minuten für mich?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    // Figures quoted from an article are research, not an offer.
    warm(
        "Guten Tag Frau Vogel, ich habe im Südkurier gelesen, dass Ihre Molkerei den Export \
         im letzten Jahr um 35 Prozent gesteigert hat. Was hat Ihnen die neuen Märkte \
         geöffnet?",
    ),
    // "At the moment" inside an open question about them asks no permission.
    warm(
        "Guten Tag Herr Peters, ich habe Ihr Interview zur Rückverlagerung der Produktion \
         gesehen. Was ist im Moment die größte Hürde?",
    ),
    // An earlier meeting is a hook even with "we" as the subject.
    warm(
        "Guten Tag Frau Maier, wir haben uns auf der Verpackungsmesse in Nürnberg \
         kennengelernt, und Sie haben von der neuen Linie in Hof erzählt. Wie läuft der \
         Anlauf?",
    ),
];
