//! The "Why?" texts: a short title and explanation for each rule id the coach cites, in the five
//! interface languages. This is the one place for rule texts; other modules (the question
//! analyzer's [`rule_explanation`](super::question::rule_explanation)) look them up here.
//!
//! Layout: the rules in three families, the rules each coach cites apart from the rest, so that
//! a bundle carries the texts of the families its screens look up ([`rule_explanation_in`]):
//! the Follow-up coach alone does not carry the lead rules. Each text is written as a
//! `[&str; 5]` in [`Lang::ALL`] order (en, sv, de, nb, nl), so a missing translation does not
//! compile, and stored as one string ([`Lang::pick`]). The titles are a table of their own,
//! which only the practice drills read. The `rules!` macro builds the tables and [`RULE_IDS`]
//! from the same list, so they cannot drift apart. Explanations stay within 300 characters (the
//! tests check it): they are read at a glance and ship in the widget.
//!
//! Address: the rep is "du" in Swedish and Norwegian, "Sie" in German and "je" in Dutch.

use super::Lang;

/// The title and explanation of one rule in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleText {
    pub id: &'static str,
    pub title: &'static str,
    pub explanation: &'static str,
}

/// The text of rule `id` ("F3", "T2", ...) in `lang`, or `None` for an id without a text.
pub fn rule_text(id: &str, lang: Lang) -> Option<RuleText> {
    let index = RULE_IDS.iter().position(|&known| known == id)?;
    Some(RuleText {
        id: RULE_IDS[index],
        title: lang.pick(TITLES[index]),
        explanation: rule_explanation_in(id, lang, &FAMILIES)?,
    })
}

/// The explanation of rule `id` in `lang`, looked up in `families` only: a screen names the
/// families whose rules it shows, and a bundle carries only those.
pub fn rule_explanation_in(id: &str, lang: Lang, families: &[&RuleFamily]) -> Option<&'static str> {
    families.iter().find_map(|family| {
        let row = family.ids.iter().position(|&known| known == id)?;
        Some(lang.pick(family.explanations[row]))
    })
}

/// Some rules' ids and explanations, the five languages of each explanation joined.
pub struct RuleFamily {
    ids: &'static [&'static str],
    explanations: &'static [&'static str],
}

/// `[en, sv, de, nb, nl]` as one string, for [`Lang::pick`].
macro_rules! joined {
    ([$en:expr, $sv:expr, $de:expr, $nb:expr, $nl:expr $(,)?]) => {
        concat!($en, "\u{1f}", $sv, "\u{1f}", $de, "\u{1f}", $nb, "\u{1f}", $nl)
    };
}

macro_rules! rules {
    ($($(#[$doc:meta])* $family:ident {
        $($id:literal => { title: $title:tt, explanation: $explanation:tt $(,)? },)*
    })*) => {
        $($(#[$doc])* pub static $family: RuleFamily = RuleFamily {
            ids: &[$($id,)*],
            explanations: &[$(joined!($explanation),)*],
        };)*

        /// Every family, for a screen that may show any rule.
        pub static FAMILIES: [&RuleFamily; 3] = [$(&$family,)*];

        /// Every rule id that has a text, in table order.
        pub const RULE_IDS: &[&str] = &[$($($id,)*)*];

        /// Each rule's title, in [`RULE_IDS`] order.
        static TITLES: &[&str] = &[$($(joined!($title),)*)*];
    };
}

rules! {
    /// What the Follow-up coach cites: its question (F2, F3), the follow-up it writes and when
    /// to propose the next contact (F4–F6, T1–T5).
    COACHING {
        "F1" => {
            title: [
                "Note what was agreed",
                "Anteckna det ni kom överens om",
                "Vereinbartes notieren",
                "Noter det dere ble enige om",
                "Noteer wat er is afgesproken",
            ],
            explanation: [
                "After every call, write down what you discussed, what the customer will find out \
                 or decide, and by when. Use a CRM even with a handful of prospects: memory fails \
                 as your pipeline grows, and your next call builds on these notes.",
                "Anteckna efter varje samtal vad ni pratade om, vad kunden ska ta reda på eller \
                 bestämma och till när. Använd ett CRM även om du bara har ett fåtal prospekt: \
                 minnet sviker när affärerna blir fler, och nästa samtal bygger på anteckningarna.",
                "Notieren Sie nach jedem Gespräch, was besprochen wurde, was der Kunde klären oder \
                 entscheiden will und bis wann. Nutzen Sie ein CRM, auch bei wenigen Interessenten: \
                 Mit wachsender Pipeline lässt das Gedächtnis nach, und das nächste Gespräch baut \
                 auf diesen Notizen auf.",
                "Skriv ned etter hver samtale hva dere snakket om, hva kunden skal finne ut av eller \
                 bestemme, og innen når. Bruk et CRM selv med bare noen få potensielle kunder: \
                 hukommelsen svikter når du får flere salg på gang, og neste samtale bygger på \
                 notatene.",
                "Noteer na elk gesprek wat er besproken is, wat de klant gaat uitzoeken of beslissen \
                 en wanneer. Gebruik een CRM, ook bij maar een handvol prospects: je geheugen laat \
                 je in de steek zodra je pipeline groeit, en het volgende gesprek begint bij die \
                 notities.",
            ],
        },
        "F2" => {
            title: [
                "Open with the thread",
                "Börja där ni slutade",
                "Ans letzte Gespräch anknüpfen",
                "Begynn der dere slapp",
                "Begin waar jullie gebleven waren",
            ],
            explanation: [
                "Open the call by saying what you talked about last time and what the customer was \
                 going to do. They hear that you remember, and you pick up where you left off. \
                 Asking them to remind you where things stand sounds unprofessional and makes them \
                 steer the call.",
                "Inled samtalet med att själv säga vad ni pratade om sist och vad kunden skulle \
                 göra. Då hör kunden att du minns, och ni fortsätter där ni slutade. Att be kunden \
                 påminna dig om var ni står känns oproffsigt, och då är det kunden som styr \
                 samtalet.",
                "Beginnen Sie, indem Sie selbst sagen, worüber Sie beide zuletzt gesprochen haben \
                 und was der Kunde erledigen wollte. So merkt er, dass Sie sich erinnern. Ihn zu \
                 bitten, Sie auf den neuesten Stand zu bringen, wirkt unprofessionell und überlässt \
                 ihm die Gesprächsführung.",
                "Åpne samtalen med å si selv hva dere snakket om sist, og hva kunden skulle gjøre. \
                 Da hører kunden at du husker, og dere fortsetter der dere slapp. Å be kunden minne \
                 deg på hvor dere står, virker uprofesjonelt, og da er det kunden som styrer \
                 samtalen.",
                "Open het gesprek door zelf te zeggen waar jullie het de vorige keer over hadden en \
                 wat de klant zou doen. Zo hoort de klant dat je het onthouden hebt. De klant vragen \
                 om je bij te praten komt onprofessioneel over, en dan ligt de regie bij de klant.",
            ],
        },
        "F3" => {
            title: [
                "Ask assumptively",
                "Fråga som om det är gjort",
                "Vom Ergebnis ausgehen",
                "Spør som om det er gjort",
                "Vraag alsof het al gedaan is",
            ],
            explanation: [
                "Ask as if the customer did what they said they would: \"What did you decide?\" \
                 rather than \"Have you had a look?\". A yes/no question makes \"no\" the easy \
                 answer, the call stalls, and you end up booking yet another time.",
                "Utgå från att kunden har gjort det ni kom överens om: fråga ”Vad bestämde ni?” i \
                 stället för ”Har du hunnit titta på det?”. En ja/nej-fråga gör ”nej” till det \
                 enklaste svaret, samtalet stannar av och du får boka ännu en tid.",
                "Fragen Sie so, als hätte der Kunde getan, was er zugesagt hat: „Was haben Sie \
                 entschieden?“ statt „Konnten Sie schon draufschauen?“. Bei einer Ja/Nein-Frage ist \
                 „Nein“ die bequemste Antwort, das Gespräch stockt und Sie brauchen noch einen \
                 Termin.",
                "Spør som om kunden har gjort det dere avtalte: «Hva bestemte dere?» i stedet for \
                 «Har du fått sett på det?». Et ja/nei-spørsmål gjør «nei» til det enkleste svaret, \
                 samtalen stopper opp, og du må avtale enda et tidspunkt.",
                "Vraag alsof de klant heeft gedaan wat er is afgesproken: \"Wat hebben jullie \
                 besloten?\" in plaats van \"Heeft u er al naar kunnen kijken?\". Bij een \
                 ja/nee-vraag is \"nee\" het makkelijkste antwoord, loopt het gesprek vast en plan \
                 je weer een nieuw moment in.",
            ],
        },
        "F4" => {
            title: [
                "Propose the next step",
                "Föreslå nästa steg",
                "Nächsten Schritt vorschlagen",
                "Foreslå neste steg",
                "Stel zelf de volgende stap voor",
            ],
            explanation: [
                "Don't leave the next contact to the customer: they will always want more time than \
                 you. Propose a day and time yourself, e.g. \"I'll call you Thursday at 10, does \
                 that suit you?\" It also shows that your time is as valuable as theirs.",
                "Lämna inte nästa kontakt åt kunden, som alltid vill ha mer tid än du. Föreslå \
                 själv dag och tid, till exempel ”Jag ringer dig torsdag kl. 10, passar det?”. Det \
                 visar också att din tid är lika mycket värd som kundens.",
                "Überlassen Sie den nächsten Kontakt nicht dem Kunden: Er will immer mehr Zeit als \
                 Sie. Schlagen Sie selbst Tag und Uhrzeit vor, etwa „Ich rufe Sie am Donnerstag um \
                 10 Uhr an – passt Ihnen das?“. Das zeigt auch, dass Ihre Zeit so wertvoll ist wie \
                 seine.",
                "Ikke overlat neste kontakt til kunden, som alltid vil ha mer tid enn du. Foreslå \
                 dag og klokkeslett selv, for eksempel «Jeg ringer deg torsdag kl. 10, passer \
                 det?». Det viser også at din tid er like mye verdt som kundens.",
                "Laat het volgende contact niet aan de klant over: die wil altijd meer tijd dan jij. \
                 Stel zelf een dag en tijd voor, bijvoorbeeld \"Ik bel u donderdag om 10 uur, komt \
                 dat uit?\". Zo laat je ook zien dat jouw tijd net zo waardevol is als die van de \
                 klant.",
            ],
        },
        "F5" => {
            title: [
                "Agree how and how often",
                "Kom överens om hur och hur ofta",
                "Weg und Abstand vereinbaren",
                "Avtal hvordan og hvor ofte",
                "Spreek af hoe en hoe vaak",
            ],
            explanation: [
                "Once your offer is out and the decision is theirs, ask the customer how often they \
                 want to hear from you, and how: a meeting, a call or an email. Then stick to \
                 exactly that plan.",
                "När offerten är ute och beslutet ligger hos kunden, fråga hur ofta kunden vill att \
                 du hör av dig, och hur: möte, samtal eller mejl. Håll dig sedan exakt till den \
                 planen.",
                "Liegt Ihr Angebot vor und die Entscheidung beim Kunden, fragen Sie ihn, in welchem \
                 Abstand und auf welchem Weg er von Ihnen hören möchte: Termin, Anruf oder E-Mail. \
                 Halten Sie sich dann genau an diesen Plan.",
                "Når tilbudet er sendt og beslutningen ligger hos kunden, spør hvor ofte kunden vil \
                 høre fra deg, og hvordan: møte, telefon eller e-post. Hold deg deretter nøyaktig \
                 til den planen.",
                "Ligt je offerte er en is de beslissing aan de klant, vraag dan hoe vaak en op welke \
                 manier de klant iets van je wil horen: een afspraak, een telefoontje of een \
                 e-mail. Houd je daarna precies aan dat plan.",
            ],
        },
        "F6" => {
            title: [
                "Keep the time you promised",
                "Håll tiden du lovat",
                "Zusagen auf die Minute halten",
                "Hold tiden du har lovet",
                "Houd je aan de afgesproken tijd",
            ],
            explanation: [
                "If the customer says \"call me after five\", you call after five. Put the time in \
                 your CRM as soon as you agree on it. Keeping small promises to the minute builds \
                 the trust the next step needs.",
                "Säger kunden ”ring efter fem” så ringer du efter fem. Lägg in tiden i ditt CRM så \
                 fort ni har bestämt den. Att hålla små löften på minuten bygger det förtroende som \
                 nästa steg kräver.",
                "Sagt der Kunde „Rufen Sie mich nach 17 Uhr an“, rufen Sie nach 17 Uhr an. Tragen \
                 Sie die Zeit gleich ins CRM ein. Wer kleine Zusagen auf die Minute einhält, schafft \
                 das Vertrauen, das der nächste Schritt braucht.",
                "Sier kunden «ring meg etter fem», ringer du etter fem. Legg inn tidspunktet i \
                 CRM-et med en gang dere har avtalt det. Når du holder små løfter på minuttet, \
                 bygger du tilliten neste steg trenger.",
                "Zegt de klant \"bel me na vijven\", dan bel je na vijven. Zet het tijdstip meteen \
                 in je CRM zodra jullie het afspreken. Wie kleine beloftes tot op de minuut nakomt, \
                 bouwt het vertrouwen op dat de volgende stap nodig heeft.",
            ],
        },
        "T1" => {
            title: [
                "Follow up within a week",
                "Följ upp inom en vecka",
                "Innerhalb einer Woche nachfassen",
                "Følg opp innen en uke",
                "Volg binnen een week op",
            ],
            explanation: [
                "Unless something more specific applies, make the next contact within a week, \
                 ideally within three days. The conversation is still fresh for both of you, and \
                 the deal keeps moving.",
                "Om inget annat gäller tar du nästa kontakt inom en vecka, helst inom tre dagar. Då \
                 har ni båda samtalet färskt i minnet, och affären håller farten.",
                "Wenn nichts anderes gilt, melden Sie sich innerhalb einer Woche wieder, am besten \
                 innerhalb von drei Tagen. Dann ist das Gespräch bei beiden noch frisch, und das \
                 Geschäft bleibt in Bewegung.",
                "Hvis ikke noe annet gjelder, tar du neste kontakt innen en uke, helst innen tre \
                 dager. Da har dere begge samtalen friskt i minne, og salget holder farten.",
                "Als er niets anders geldt, neem je binnen een week weer contact op, liefst binnen \
                 drie dagen. Dan zit het gesprek bij jullie allebei nog vers in het geheugen en \
                 blijft de deal in beweging.",
            ],
        },
        "T2" => {
            title: [
                "\"I'll think about it\": call soon",
                "”Jag ska fundera”: ring snart",
                "„Ich überlege es mir“: bald nachfassen",
                "«Jeg skal tenke på det»: ring snart",
                "\"Ik denk erover na\": bel snel",
            ],
            explanation: [
                "When the customer wants to think it over after your offer or after you asked for \
                 the order, follow up as soon as you can. After three days the chance of closing \
                 drops sharply, so the coach suggests the next working day.",
                "Vill kunden fundera efter ditt erbjudande eller avslutsförsök, följer du upp så \
                 snart som möjligt. Efter tre dagar sjunker chansen till avslut kraftigt, så \
                 coachen föreslår nästa arbetsdag.",
                "Will der Kunde nach Ihrem Angebot oder Abschlussversuch noch überlegen, fassen Sie \
                 so bald wie möglich nach. Nach drei Tagen sinkt die Chance auf den Abschluss \
                 stark, deshalb schlägt der Coach den nächsten Werktag vor.",
                "Vil kunden tenke seg om etter tilbudet ditt eller etter at du har bedt om ordren, \
                 følger du opp så snart som mulig. Etter tre dager synker sjansen for et ja kraftig, \
                 så coachen foreslår neste arbeidsdag.",
                "Wil de klant erover nadenken na je offerte of nadat je om de order hebt gevraagd, \
                 volg dan zo snel mogelijk op. Na drie dagen daalt de kans op een deal sterk, dus \
                 stelt de coach de volgende werkdag voor.",
            ],
        },
        "T3" => {
            title: [
                "Early on, don't push",
                "Tidigt i processen: inget tjat",
                "Am Anfang nicht drängen",
                "Tidlig i prosessen: ikke mas",
                "In het begin niet aandringen",
            ],
            explanation: [
                "Early in the process, give the customer room: make the first follow-up within two \
                 weeks, not the next day. The coach suggests about a week, which keeps you in mind \
                 without nagging.",
                "Tidigt i processen ska du inte tjata: den första uppföljningen sker inom två \
                 veckor, inte dagen efter. Coachen föreslår ungefär en vecka, så att kunden minns \
                 dig utan att känna sig jagad.",
                "Früh im Verkaufsprozess sollten Sie nicht drängen: Fassen Sie das erste Mal \
                 innerhalb von zwei Wochen nach, nicht gleich am nächsten Tag. Der Coach schlägt \
                 etwa eine Woche vor, so bleiben Sie in Erinnerung, ohne lästig zu werden.",
                "Tidlig i prosessen skal du ikke mase: første oppfølging skjer innen to uker, ikke \
                 dagen etter. Coachen foreslår omtrent en uke, så kunden husker deg uten å føle seg \
                 jaget.",
                "Vroeg in het proces moet je niet aandringen: volg de eerste keer op binnen twee \
                 weken, niet de volgende dag al. De coach stelt ongeveer een week voor, zodat de \
                 klant je onthoudt zonder zich opgejaagd te voelen.",
            ],
        },
        "T4" => {
            title: [
                "Bigger deal, longer gaps",
                "Större affär, längre intervall",
                "Großer Auftrag, größere Abstände",
                "Større salg, lengre intervaller",
                "Grotere deal, meer tijd ertussen",
            ],
            explanation: [
                "The bigger the deal, the more time the customer needs between contacts, so the \
                 coach doubles the usual interval. But never more than two weeks, or the deal \
                 loses momentum.",
                "Ju större affären är, desto mer tid behöver kunden mellan kontakterna, så coachen \
                 dubblar det vanliga intervallet. Men aldrig mer än två veckor, annars tappar \
                 affären fart.",
                "Je größer der Auftrag, desto mehr Zeit braucht der Kunde zwischen den Kontakten, \
                 deshalb verdoppelt der Coach den üblichen Abstand. Mehr als zwei Wochen werden es \
                 aber nie, sonst verliert das Geschäft an Schwung.",
                "Jo større salget er, jo mer tid trenger kunden mellom hver kontakt, så coachen \
                 dobler det vanlige intervallet. Men aldri mer enn to uker, ellers mister salget \
                 fart.",
                "Hoe groter de deal, hoe meer tijd de klant nodig heeft tussen de contacten, dus \
                 verdubbelt de coach de gebruikelijke termijn. Maar nooit langer dan twee weken, \
                 anders verliest de deal vaart.",
            ],
        },
        "T5" => {
            title: [
                "The customer's time comes first",
                "Kundens tid går först",
                "Der Termin des Kunden geht vor",
                "Kundens tidspunkt går først",
                "De tijd van de klant gaat voor",
            ],
            explanation: [
                "When the customer names a day or a time, that is when you call. Only if it lies \
                 far beyond every rule, more than six weeks away, does the coach give you a nearer \
                 date to propose instead.",
                "När kunden nämner en dag eller tid är det då du ringer. Bara om den ligger långt \
                 bortom alla regler, mer än sex veckor bort, ger coachen dig ett närmare datum att \
                 föreslå i stället.",
                "Nennt der Kunde einen Tag oder eine Uhrzeit, rufen Sie genau dann an. Nur wenn dieser \
                 Termin weit jenseits aller Regeln liegt, mehr als sechs Wochen entfernt, nennt \
                 Ihnen der Coach ein näheres Datum, das Sie stattdessen vorschlagen.",
                "Når kunden nevner en dag eller et klokkeslett, er det da du ringer. Bare hvis det \
                 ligger langt utenfor alle reglene, mer enn seks uker fram, gir coachen deg en \
                 nærmere dato å foreslå i stedet.",
                "Noemt de klant een dag of tijdstip, dan bel je op dat moment. Alleen als dat ver \
                 buiten alle regels valt, meer dan zes weken vooruit, geeft de coach je een eerdere \
                 datum om in plaats daarvan voor te stellen.",
            ],
        },
    }
    /// What the lead screens cite besides the timing rules: letting go (L), mistakes in the
    /// log (M), signals (S), the prep card (P).
    LEADS {
        "L1" => {
            title: [
                "Decide when to stop",
                "Bestäm i förväg när du slutar",
                "Abbruchregel vorab festlegen",
                "Bestem på forhånd når du gir deg",
                "Bepaal vooraf wanneer je stopt",
            ],
            explanation: [
                "Decide in advance when a lead counts as dead: after a set number of unanswered \
                 attempts. Advice differs, from two or three tries to six or more for fresh \
                 inbound leads, so you set it yourself: by default 3 for cold leads and 6 for \
                 inbound ones.",
                "Bestäm i förväg när ett lead räknas som dött: efter ett visst antal obesvarade \
                 försök. Råden går isär, från två–tre försök till sex eller fler för nya \
                 inkommande leads, så du ställer in det själv: som standard 3 för kalla leads och \
                 6 för inkommande.",
                "Legen Sie vorher fest, wann ein Lead als erledigt gilt: nach einer bestimmten Zahl \
                 unbeantworteter Versuche. Die Empfehlungen reichen von zwei, drei Versuchen bis zu sechs \
                 und mehr bei frischen Anfragen, daher stellen Sie es selbst ein: standardmäßig 3 bei \
                 Kaltakquise, 6 bei Anfragen.",
                "Bestem på forhånd når et lead regnes som dødt: etter et visst antall ubesvarte \
                 forsøk. Rådene spriker, fra to–tre forsøk til seks eller flere for ferske \
                 innkommende leads, så du stiller det inn selv: som standard 3 for kalde leads og 6 \
                 for innkommende.",
                "Bepaal vooraf wanneer een lead als dood geldt: na een vast aantal onbeantwoorde \
                 pogingen. De adviezen lopen uiteen, van twee à drie pogingen tot zes of meer bij \
                 verse inbound leads, dus stel je het zelf in: standaard 3 voor koude leads en 6 \
                 voor inbound.",
            ],
        },
        "L2" => {
            title: [
                "Volume product: next on the list",
                "Volymprodukt: nästa på listan",
                "Massenprodukt: der Nächste auf der Liste",
                "Volumprodukt: neste på listen",
                "Volumeproduct: de volgende op de lijst",
            ],
            explanation: [
                "When you are new and sell a volume product such as phone plans or electricity, \
                 don't book callbacks. The next person on your list is worth more than chasing \
                 someone who did not say yes.",
                "Är du ny och säljer en volymprodukt, som mobilabonnemang eller el, bokar du inga \
                 återuppringningar. Nästa person på listan är värd mer än att jaga någon som inte \
                 sa ja.",
                "Sind Sie neu und verkaufen ein Massenprodukt wie Mobilfunkverträge oder Strom, \
                 vereinbaren Sie keine Rückrufe. Der Nächste auf Ihrer Liste ist mehr wert als \
                 jemand, der nicht Ja gesagt hat.",
                "Er du ny og selger et volumprodukt, som mobilabonnement eller strøm, avtaler du \
                 ingen nye oppringninger. Neste person på listen er verdt mer enn å jage noen som \
                 ikke sa ja.",
                "Ben je nieuw en verkoop je een volumeproduct, zoals telefoonabonnementen of \
                 energie, plan dan geen terugbelafspraken. De volgende op je lijst levert meer op \
                 dan iemand najagen die geen ja zei.",
            ],
        },
        "L3" => {
            title: [
                "No need, no follow-up",
                "Inget behov, ingen uppföljning",
                "Kein Bedarf, kein Nachfassen",
                "Ikke behov, ingen oppfølging",
                "Geen behoefte, geen opvolging",
            ],
            explanation: [
                "A lead without a real need, or who is not a fit, is not followed up just because \
                 it is on your list. People who are only looking cost time you could spend on \
                 customers who can actually buy.",
                "Ett lead utan verkligt behov, eller som inte passar, följs inte upp bara för att \
                 det står på listan. De som bara tittar tar tid från kunder som faktiskt kan köpa.",
                "Einem Lead ohne echten Bedarf oder ohne Passung fassen Sie nicht nach, nur weil er \
                 auf Ihrer Liste steht. Wer sich nur umschaut, kostet Zeit, die Ihnen bei Kunden \
                 fehlt, die wirklich kaufen können.",
                "Et lead uten reelt behov, eller som ikke passer, følges ikke opp bare fordi det \
                 står på listen. De som bare titter, tar tid fra kunder som faktisk kan kjøpe.",
                "Een lead zonder echte behoefte, of die niet bij je past, volg je niet op alleen \
                 omdat hij op je lijst staat. Wie alleen rondkijkt, kost tijd die je beter besteedt \
                 aan klanten die echt kunnen kopen.",
            ],
        },
        "L4" => {
            title: [
                "Find the decision maker",
                "Hitta den som bestämmer",
                "Den Entscheider finden",
                "Finn den som bestemmer",
                "Zoek wie er beslist",
            ],
            explanation: [
                "More follow-ups with someone who cannot decide are not progress. Ask who makes the \
                 decision and how you can reach that person, and make that your next step.",
                "Fler uppföljningar med någon som inte kan fatta beslutet är inga framsteg. Fråga \
                 vem som bestämmer och hur du når den personen, och gör det till ditt nästa steg.",
                "Weiteres Nachfassen bei jemandem, der nicht entscheiden kann, bringt Sie nicht \
                 weiter. Fragen Sie, wer die Entscheidung trifft und wie Sie diese Person \
                 erreichen, und machen Sie das zu Ihrem nächsten Schritt.",
                "Flere oppfølginger med noen som ikke kan ta beslutningen, er ikke fremgang. Spør \
                 hvem som bestemmer og hvordan du når den personen, og gjør det til neste steg.",
                "Nog meer opvolging bij iemand die niet kan beslissen, brengt je niet verder. Vraag \
                 wie de beslissing neemt en hoe je die persoon bereikt, en maak dat je volgende \
                 stap.",
            ],
        },
        "L5" => {
            title: [
                "Not ready yet: nurture",
                "Inte redo än: håll kontakten",
                "Noch nicht so weit: Kontakt pflegen",
                "Ikke klar ennå: hold kontakten",
                "Nog niet zover: warm houden",
            ],
            explanation: [
                "A qualified customer who is not ready to buy is not chased. Stay in touch without \
                 pressure, with an email now and then, a newsletter or social media, so that you \
                 are the one they think of when the time comes. The coach suggests an email every \
                 four weeks.",
                "En kvalificerad kund som inte är redo att köpa ska inte jagas. Håll kontakten utan \
                 press, med ett mejl då och då, ett nyhetsbrev eller sociala medier, så att det är \
                 dig kunden tänker på när det är dags. Coachen föreslår ett mejl var fjärde vecka.",
                "Einen qualifizierten Kunden, der noch nicht kaufen will, bedrängen Sie nicht. \
                 Bleiben Sie ohne Druck in Kontakt, per E-Mail, Newsletter oder soziale Medien, \
                 damit er an Sie denkt, wenn es so weit ist. Der Coach schlägt alle vier Wochen \
                 eine E-Mail vor.",
                "En kvalifisert kunde som ikke er klar til å kjøpe, skal ikke jages. Hold kontakten \
                 uten press, med en e-post nå og da, et nyhetsbrev eller sosiale medier, så det er \
                 deg kunden tenker på når tiden er inne. Coachen foreslår en e-post hver fjerde \
                 uke.",
                "Een gekwalificeerde klant die nog niet wil kopen, jaag je niet na. Houd zonder \
                 druk contact, met af en toe een mail, een nieuwsbrief of via social media, zodat \
                 de klant aan jou denkt als het zover is. De coach stelt elke vier weken een mail \
                 voor.",
            ],
        },
        "L6" => {
            title: [
                "Not every sale is a good sale",
                "Alla affärer är inte bra affärer",
                "Nicht jeder Abschluss lohnt sich",
                "Ikke alle salg er gode salg",
                "Niet elke deal is een goede deal",
            ],
            explanation: [
                "A customer who will cost you more than they bring, in support, discounts or time, \
                 is not worth winning. Letting them go frees your time for customers who are.",
                "En kund som kostar mer än hen ger, i support, rabatter eller tid, är inte värd att \
                 vinna. Släpp kunden och lägg tiden på kunder som är det.",
                "Ein Kunde, der Sie an Support, Rabatten oder Zeit mehr kostet, als er einbringt, \
                 ist den Abschluss nicht wert. Lassen Sie ihn ziehen und nutzen Sie die Zeit für \
                 Kunden, die sich lohnen.",
                "En kunde som koster mer enn de gir, i support, rabatter eller tid, er ikke verdt å \
                 vinne. Gi slipp, og bruk tiden på kunder som er det.",
                "Een klant die je meer kost dan hij oplevert, aan support, kortingen of tijd, is het \
                 binnenhalen niet waard. Laat hem gaan en besteed je tijd aan klanten die dat wel \
                 zijn.",
            ],
        },
        "L7" => {
            title: [
                "Do not contact means do not contact",
                "Respektera ett nej till kontakt",
                "Kein Kontakt heißt kein Kontakt",
                "Respekter et nei til kontakt",
                "Geen contact is geen contact",
            ],
            explanation: [
                "Someone who asked not to be contacted, or who is on a national do-not-call \
                 register, is never suggested for a call. Respecting that protects the customer \
                 and your company's name.",
                "Den som har bett att inte bli kontaktad, eller som är registrerad i NIX, föreslås \
                 aldrig för ett samtal. Det skyddar kunden och ditt företags rykte.",
                "Wer gebeten hat, nicht kontaktiert zu werden, oder auf einer Sperrliste gegen \
                 Werbeanrufe steht, wird Ihnen nie für einen Anruf vorgeschlagen. Das schützt den \
                 Kunden und den Ruf Ihres Unternehmens.",
                "Den som har bedt om ikke å bli kontaktet, eller som står i Reservasjonsregisteret, \
                 blir aldri foreslått for en samtale. Det beskytter kunden og firmaets omdømme.",
                "Wie heeft gevraagd niet benaderd te worden, of op een bel-me-niet-lijst staat, \
                 krijg je nooit voorgesteld om te bellen. Zo bescherm je de klant en de naam van je \
                 bedrijf.",
            ],
        },
        "M1" => {
            title: [
                "\"Did you forget me?\"",
                "”Har du glömt mig?”",
                "„Haben Sie mich vergessen?“",
                "«Har du glemt meg?»",
                "\"Bent u mij vergeten?\"",
            ],
            explanation: [
                "Getting in touch again and again with nothing new, hoping for a yes, only wears \
                 out your welcome. If an interested customer forgot your offer, it was not \
                 compelling enough: bring something new, or stop and move on.",
                "Att höra av sig gång på gång utan något nytt, i hopp om ett ja, gör dig bara \
                 jobbig. Har en intresserad kund glömt ditt erbjudande var det inte tillräckligt \
                 lockande: kom med något nytt, eller sluta och gå vidare.",
                "Sich immer wieder zu melden, ohne etwas Neues zu bieten, und auf ein Ja zu hoffen, \
                 nervt nur. Hat ein interessierter Kunde Ihr Angebot vergessen, war es nicht \
                 überzeugend genug: Bringen Sie etwas Neues, oder hören Sie auf und machen Sie \
                 weiter.",
                "Å ta kontakt gang på gang uten noe nytt, i håp om et ja, gjør deg bare masete. Har \
                 en interessert kunde glemt tilbudet ditt, var det ikke godt nok: kom med noe nytt, \
                 eller gi deg og gå videre.",
                "Steeds weer contact opnemen zonder iets nieuws, in de hoop op een ja, maakt je \
                 vooral lastig. Is een geïnteresseerde klant je aanbod vergeten, dan was het niet \
                 overtuigend genoeg: kom met iets nieuws, of stop en ga verder.",
            ],
        },
        "M4" => {
            title: [
                "Follow-ups for the count",
                "Uppföljning för statistikens skull",
                "Nachfassen für die Statistik",
                "Oppfølging for statistikkens skyld",
                "Opvolgen voor de cijfers",
            ],
            explanation: [
                "Follow-ups made to hit an activity target look good in a report but do not move \
                 the deal. Before each contact, know what you will bring or ask that the customer \
                 has not heard yet.",
                "Uppföljningar som görs för att nå ett aktivitetsmål ser bra ut i rapporten men för \
                 inte affären framåt. Vet före varje kontakt vad du har med dig eller vill fråga \
                 som kunden inte redan hört.",
                "Nachfassen, um eine Aktivitätsquote zu erfüllen, sieht im Bericht gut aus, bringt \
                 das Geschäft aber nicht voran. Wissen Sie vor jedem Kontakt, was Sie Neues \
                 mitbringen oder fragen.",
                "Oppfølginger som gjøres for å nå et aktivitetsmål, ser bra ut i rapporten, men \
                 flytter ikke salget. Vit før hver kontakt hva du har med deg eller vil spørre om \
                 som kunden ikke har hørt før.",
                "Opvolgen om een activiteitendoel te halen staat goed in het rapport, maar brengt de \
                 deal niet verder. Weet voor elk contact wat je meebrengt of vraagt dat de klant nog \
                 niet gehoord heeft.",
            ],
        },
        "M5" => {
            title: [
                "Talking to someone who cannot decide",
                "Du pratar med fel person",
                "Am Entscheider vorbei",
                "Du snakker med feil person",
                "Praten met wie niet beslist",
            ],
            explanation: [
                "Several conversations with someone who cannot decide feel like progress but are \
                 not. Find out who decides and reach that person, with your contact's help if you \
                 can.",
                "Flera samtal med någon som inte kan besluta känns som framsteg men är det inte. Ta \
                 reda på vem som bestämmer och nå den personen, gärna med hjälp av din kontakt.",
                "Mehrere Gespräche mit jemandem, der nicht entscheiden darf, fühlen sich wie \
                 Fortschritt an, sind es aber nicht. Finden Sie heraus, wer entscheidet, und \
                 sprechen Sie diese Person an, am besten mit Hilfe Ihres Kontakts.",
                "Flere samtaler med noen som ikke kan bestemme, føles som fremgang, men er det \
                 ikke. Finn ut hvem som bestemmer, og nå den personen, gjerne med hjelp fra \
                 kontakten din.",
                "Meerdere gesprekken met iemand die niet beslist, voelen als vooruitgang, maar zijn \
                 het niet. Zoek uit wie er beslist en benader die persoon, het liefst met hulp van \
                 je contactpersoon.",
            ],
        },
        "M6" => {
            title: [
                "Busy, but nothing moves",
                "Mycket aktivitet, inget händer",
                "Viel Betrieb, kein Fortschritt",
                "Mye aktivitet, ingenting skjer",
                "Druk, maar niets beweegt",
            ],
            explanation: [
                "Many contacts in a short time without a step forward is busy work: it feels \
                 productive but moves nothing. Work out what the customer needs in order to decide, \
                 then plan one contact that gives them exactly that.",
                "Många kontakter på kort tid utan att något går framåt är bara sysselsättning: det \
                 känns produktivt men leder ingenstans. Ta reda på vad kunden behöver för att \
                 bestämma sig och planera en kontakt som ger just det.",
                "Viele Kontakte in kurzer Zeit ohne einen Schritt nach vorn sind \
                 Beschäftigungstherapie: Es fühlt sich produktiv an, bewegt aber nichts. Klären \
                 Sie, was der Kunde für seine Entscheidung braucht, und planen Sie einen Kontakt, \
                 der genau das liefert.",
                "Mange kontakter på kort tid uten at noe går framover, er bare travelhet: det føles \
                 produktivt, men flytter ingenting. Finn ut hva kunden trenger for å bestemme seg, \
                 og planlegg én kontakt som gir akkurat det.",
                "Veel contact in korte tijd zonder een stap vooruit is bezigheidstherapie: het voelt \
                 productief, maar er beweegt niets. Zoek uit wat de klant nodig heeft om te beslissen \
                 en plan één contact dat precies dat oplevert.",
            ],
        },
        "M7" => {
            title: [
                "Read the signals right",
                "Läs kundens signaler rätt",
                "Signale richtig deuten",
                "Les kundens signaler riktig",
                "Lees de signalen goed",
            ],
            explanation: [
                "Interest, a friendly voice or a request for information is not a yes. Moving \
                 faster than the customer agreed to treats them as a target, not a relationship. \
                 Check what they actually said yes to, and keep to that pace.",
                "Intresse, en vänlig ton eller en begäran om information är inget ja. Går du \
                 fortare fram än kunden gått med på blir kunden ett mål i stället för en relation. \
                 Kolla vad kunden faktiskt sa ja till och håll det tempot.",
                "Interesse, eine freundliche Stimme oder die Bitte um Unterlagen sind kein Ja. Wer \
                 schneller vorgeht, als der Kunde zugestimmt hat, behandelt ihn als Ziel statt als \
                 Beziehung. Prüfen Sie, wozu er wirklich Ja gesagt hat, und halten Sie dieses \
                 Tempo.",
                "Interesse, en vennlig tone eller et ønske om informasjon er ikke et ja. Går du \
                 fortere fram enn kunden har sagt ja til, blir kunden et mål i stedet for en \
                 relasjon. Sjekk hva kunden faktisk gikk med på, og hold det tempoet.",
                "Interesse, een vriendelijke toon of een vraag om informatie is geen ja. Wie sneller \
                 gaat dan de klant heeft toegezegd, behandelt hem als doelwit in plaats van als \
                 relatie. Kijk wat de klant echt heeft toegezegd en houd dat tempo aan.",
            ],
        },
        "S1" => {
            title: [
                "Interest is not a deal",
                "Intresse är ingen affär",
                "Interesse ist kein Abschluss",
                "Interesse er ikke et salg",
                "Interesse is geen deal",
            ],
            explanation: [
                "An interested reaction means they want to hear more, not that they will buy. Ask \
                 what they actually agreed to before you plan the next step.",
                "En intresserad reaktion betyder att kunden vill höra mer, inte att hen tänker \
                 köpa. Fråga vad ni faktiskt kom överens om innan du planerar nästa steg.",
                "Eine interessierte Reaktion heißt, dass der Kunde mehr hören will, nicht, dass er \
                 kauft. Klären Sie, wozu er wirklich Ja gesagt hat, bevor Sie den nächsten Schritt \
                 planen.",
                "En interessert reaksjon betyr at kunden vil høre mer, ikke at de kommer til å \
                 kjøpe. Spør hva dere faktisk ble enige om før du planlegger neste steg.",
                "Een geïnteresseerde reactie betekent dat de klant meer wil horen, niet dat ze gaan \
                 kopen. Vraag wat er echt is afgesproken voordat je de volgende stap plant.",
            ],
        },
        "S2" => {
            title: [
                "Friendly is not an invitation",
                "Vänlig betyder inte välkommen",
                "Freundlich heißt nicht eingeladen",
                "Vennlig betyr ikke invitert",
                "Vriendelijk is geen uitnodiging",
            ],
            explanation: [
                "A warm voice on the phone is good manners, not an invitation to drop by. Propose a \
                 visit only when they have said they want one.",
                "En vänlig röst i telefonen är god ton, ingen inbjudan att komma förbi. Föreslå ett \
                 besök först när kunden har sagt att hen vill ha ett.",
                "Eine freundliche Stimme am Telefon ist Höflichkeit, keine Einladung zum Besuch. \
                 Schlagen Sie einen Termin vor Ort erst vor, wenn der Kunde ihn sich wünscht.",
                "En vennlig stemme i telefonen er høflighet, ikke en invitasjon til å komme innom. \
                 Foreslå et besøk først når kunden har sagt at de vil ha det.",
                "Een vriendelijke stem aan de telefoon is beleefdheid, geen uitnodiging om langs te \
                 komen. Stel pas een bezoek voor als de klant heeft gezegd dat ze dat willen.",
            ],
        },
        "S3" => {
            title: [
                "\"Email me\" means email",
                "”Mejla mig” betyder mejl",
                "„Schicken Sie mir was“ heißt E-Mail",
                "«Send meg en e-post» betyr e-post",
                "\"Mail het maar\" betekent mail",
            ],
            explanation: [
                "When they ask for information by email, send it, and agree when you may follow up. \
                 It is not a request for a call first thing tomorrow.",
                "Ber kunden om information via mejl, skicka den och kom överens om när du får höra \
                 av dig. Det är ingen begäran om ett samtal i morgon bitti.",
                "Bittet der Kunde um Informationen per E-Mail, schicken Sie sie und vereinbaren \
                 Sie, wann Sie nachfassen dürfen. Das ist keine Bitte um einen Anruf gleich morgen \
                 früh.",
                "Ber kunden om informasjon på e-post, send den og avtal når du kan følge opp. Det er \
                 ikke en bestilling av en telefon først i morgen tidlig.",
                "Vraagt de klant om informatie per mail, stuur die dan en spreek af wanneer je mag \
                 opvolgen. Het is geen verzoek om morgenochtend meteen te bellen.",
            ],
        },
        "P2" => {
            title: [
                "Prepared before it rings",
                "Förberedd innan det ringer",
                "Vorbereitet, bevor es klingelt",
                "Forberedt før det ringer",
                "Voorbereid voordat de telefoon gaat",
            ],
            explanation: [
                "Have the prep card on screen before you call: who they are, what was said, what \
                 they were going to do, your opener, your question and the next step you will \
                 propose.",
                "Ha förberedelsekortet framme innan du ringer: vem kunden är, vad som sagts, vad \
                 hen skulle göra, din öppning, din fråga och nästa steg du tänker föreslå.",
                "Haben Sie die Vorbereitungskarte vor dem Anruf auf dem Schirm: wer der Kunde ist, \
                 was besprochen wurde, was er tun wollte, Ihr Einstieg, Ihre Frage und der nächste \
                 Schritt, den Sie vorschlagen.",
                "Ha forberedelseskortet fremme før du ringer: hvem kunden er, hva som ble sagt, hva \
                 de skulle gjøre, åpningen din, spørsmålet ditt og neste steg du vil foreslå.",
                "Zorg dat de voorbereidingskaart op je scherm staat voordat je belt: wie de klant \
                 is, wat er gezegd is, wat ze zouden doen, je opening, je vraag en de volgende stap \
                 die je voorstelt.",
            ],
        },
    }
    /// What the Opener coach cites (W2–W4), with the rest of the warm-calling rules.
    OPENER {
        "W1" => {
            title: [
                "Prepare, then call",
                "Förbered dig, ring sedan",
                "Erst vorbereiten, dann anrufen",
                "Forbered deg, ring så",
                "Eerst voorbereiden, dan bellen",
            ],
            explanation: [
                "A handful of calls where you know the company, the person and their likely needs \
                 beat a long list of cold dials. Count the conversations you prepared, not the \
                 numbers you rang.",
                "Några samtal där du känner till företaget, personen och deras troliga behov slår \
                 en lång lista kalla nummer. Räkna förberedda samtal, inte antal uppringningar.",
                "Wenige Anrufe, bei denen Sie Firma, Person und wahrscheinlichen Bedarf kennen, \
                 bringen mehr als eine lange Liste kalter Nummern. Zählen Sie vorbereitete \
                 Gespräche, nicht Wählversuche.",
                "Noen få samtaler der du kjenner firmaet, personen og de trolige behovene slår en \
                 lang liste kalde numre. Tell forberedte samtaler, ikke antall oppringninger.",
                "Een paar gesprekken waarin je het bedrijf, de persoon en hun waarschijnlijke \
                 behoeften kent, leveren meer op dan een lange lijst koude nummers. Tel \
                 voorbereide gesprekken, niet belpogingen.",
            ],
        },
        "W2" => {
            title: [
                "Open with something about them",
                "Börja med något om dem",
                "Mit etwas über den Kunden beginnen",
                "Begynn med noe om dem",
                "Begin met iets over hen",
            ],
            explanation: [
                "Start with a concrete detail you found out: a press article, a new role, an \
                 expansion, a mutual contact. It shows you did your homework and makes the call \
                 hard to end. Asking for permission first does the opposite.",
                "Börja med en konkret detalj du tagit reda på: en artikel, en ny roll, en \
                 expansion, en gemensam kontakt. Det visar att du är påläst och gör samtalet svårt \
                 att avbryta. Att först be om lov gör tvärtom.",
                "Beginnen Sie mit einem konkreten Detail aus Ihrer Recherche: ein Artikel, eine neue \
                 Rolle, eine Expansion, ein gemeinsamer Kontakt. Das zeigt Vorbereitung und macht \
                 das Auflegen schwer. Eine Frage nach Erlaubnis bewirkt das Gegenteil.",
                "Begynn med en konkret detalj du har funnet ut: en artikkel, en ny rolle, en \
                 utvidelse, en felles kontakt. Det viser at du har gjort leksene og gjør samtalen \
                 vanskelig å avslutte. Å be om lov først gjør det motsatte.",
                "Begin met een concreet detail dat je hebt uitgezocht: een artikel, een nieuwe rol, \
                 een uitbreiding, een gedeeld contact. Dat laat zien dat je voorbereid bent en \
                 maakt ophangen lastig. Eerst toestemming vragen doet het omgekeerde.",
            ],
        },
        "W3" => {
            title: [
                "No talking ads",
                "Ingen uppläst reklam",
                "Keine vorgelesene Werbung",
                "Ingen opplest reklame",
                "Geen voorgelezen reclame",
            ],
            explanation: [
                "An opener that recites a discount or campaign is an advert read aloud, and people \
                 hang up on adverts. Find out what matters to them first; the offer can come when \
                 it fits a need they told you about.",
                "En öppningsreplik som räknar upp en rabatt eller kampanj är reklam som läses \
                 upp, och reklam lägger man på för. Ta först reda på vad som är viktigt för kunden; \
                 erbjudandet kan komma när det passar ett behov hen har berättat om.",
                "Ein Einstieg, der Rabatt oder Aktion aufsagt, ist vorgelesene Werbung, und bei \
                 Werbung wird aufgelegt. Finden Sie erst heraus, was dem Kunden wichtig ist; das \
                 Angebot passt später zu einem Bedarf, den er genannt hat.",
                "En åpning som ramser opp en rabatt eller kampanje, er opplest reklame, og reklame \
                 legger folk på for. Finn først ut hva som betyr noe for kunden; tilbudet kan komme \
                 når det passer et behov de har fortalt om.",
                "Een opening die een korting of actie opsomt, is voorgelezen reclame, en bij \
                 reclame hangen mensen op. Zoek eerst uit wat voor de klant telt; het aanbod komt \
                 later, als het past bij een behoefte die ze zelf noemden.",
            ],
        },
        "W4" => {
            title: [
                "Relationship before transaction",
                "Relation före affär",
                "Beziehung vor Abschluss",
                "Relasjon før salg",
                "Relatie voor transactie",
            ],
            explanation: [
                "Be curious about the person and their business; your product can wait. Ask one \
                 open question at a time, keep your own part short and let silences work: the best \
                 calls have the customer talking more than you.",
                "Var nyfiken på personen och deras verksamhet; produkten kan vänta. Ställ en öppen \
                 fråga i taget, håll din egen del kort och låt tystnaden jobba: i de bästa \
                 samtalen pratar kunden mer än du.",
                "Interessieren Sie sich für die Person und ihr Geschäft; das Produkt kann warten. \
                 Stellen Sie eine offene Frage nach der anderen, fassen Sie sich kurz und halten Sie \
                 Pausen aus: In den besten Gesprächen redet der Kunde mehr als Sie.",
                "Vær nysgjerrig på personen og virksomheten deres; produktet kan vente. Still ett \
                 åpent spørsmål om gangen, hold din egen del kort og la stillheten jobbe: i de beste \
                 samtalene snakker kunden mer enn deg.",
                "Wees nieuwsgierig naar de persoon en hun bedrijf; je product kan wachten. Stel één \
                 open vraag tegelijk, houd je eigen deel kort en laat stiltes hun werk doen: in de \
                 beste gesprekken praat de klant meer dan jij.",
            ],
        },
        "W5" => {
            title: [
                "What the call is for",
                "Vad samtalet är till för",
                "Wofür das Gespräch da ist",
                "Hva samtalen er til for",
                "Waar het gesprek voor is",
            ],
            explanation: [
                "The first call is for finding out together what matters to the customer and \
                 whether there is a way forward. Agreeing that there is none is a good result, not \
                 a failure.",
                "Första samtalet är till för att ni tillsammans ska ta reda på vad som är viktigt \
                 för kunden och om det finns en väg framåt. Att ni kommer fram till att det inte \
                 finns någon är ett bra resultat, inget misslyckande.",
                "Das erste Gespräch dient dazu, gemeinsam herauszufinden, was dem Kunden wichtig \
                 ist und ob es einen Weg nach vorn gibt. Festzustellen, dass es keinen gibt, ist ein \
                 gutes Ergebnis, kein Scheitern.",
                "Den første samtalen skal finne ut, sammen med kunden, hva som betyr noe for dem og \
                 om det finnes en vei videre. Å bli enige om at det ikke gjør det, er et godt \
                 resultat, ikke et nederlag.",
                "Het eerste gesprek is om samen uit te zoeken wat voor de klant belangrijk is en of \
                 er een weg vooruit is. Samen vaststellen dat die er niet is, is een goed resultaat, \
                 geen mislukking.",
            ],
        },
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveDateTime};

    use super::*;
    use crate::followup::{build_follow_up, FollowUpInput};
    use crate::question::{examples, rule_explanation};
    use crate::schedule::{
        next_contact, parse_customer_time, DealSize, LastOutcome, ScheduleInput, Stage,
    };
    use crate::settings::Settings;

    const MAX_EXPLANATION_CHARS: usize = 300;

    #[test]
    fn every_rule_has_a_title_and_explanation_in_every_language() {
        for &id in RULE_IDS {
            for lang in Lang::ALL {
                let text = rule_text(id, lang).unwrap_or_else(|| panic!("{id} has no text"));
                assert_eq!(text.id, id);
                assert!(!text.title.trim().is_empty(), "{id} {lang:?}: empty title");
                assert!(
                    !text.explanation.trim().is_empty(),
                    "{id} {lang:?}: empty explanation"
                );
            }
        }
    }

    #[test]
    fn every_rule_is_in_one_family_and_its_texts_in_five_languages() {
        let in_families: Vec<&str> = FAMILIES
            .iter()
            .flat_map(|family| family.ids)
            .copied()
            .collect();
        assert_eq!(in_families, RULE_IDS);
        for family in FAMILIES {
            assert_eq!(family.ids.len(), family.explanations.len());
            for joined in family.explanations {
                assert_eq!(
                    joined.split(crate::lang::JOINED_SEPARATOR).count(),
                    Lang::COUNT
                );
            }
        }
        assert_eq!(TITLES.len(), RULE_IDS.len());
        for joined in TITLES {
            assert_eq!(
                joined.split(crate::lang::JOINED_SEPARATOR).count(),
                Lang::COUNT
            );
        }
    }

    #[test]
    fn translations_are_not_copies_of_the_english_text() {
        for &id in RULE_IDS {
            let english = rule_text(id, Lang::En).unwrap();
            for lang in &Lang::ALL[1..] {
                let text = rule_text(id, *lang).unwrap();
                assert_ne!(
                    text.title, english.title,
                    "{id} {lang:?}: title untranslated"
                );
                assert_ne!(
                    text.explanation, english.explanation,
                    "{id} {lang:?}: explanation untranslated"
                );
            }
        }
    }

    #[test]
    fn explanations_fit_the_size_budget() {
        for &id in RULE_IDS {
            for lang in Lang::ALL {
                let explanation = rule_text(id, lang).unwrap().explanation;
                let chars = explanation.chars().count();
                assert!(
                    chars <= MAX_EXPLANATION_CHARS,
                    "{id} {lang:?}: {chars} characters"
                );
                // A `\` line continuation that lost its space would glue two words together.
                assert!(!explanation.contains("  "), "{id} {lang:?}: double space");
            }
        }
    }

    #[test]
    fn ids_are_unique_and_unknown_ids_have_no_text() {
        for (index, id) in RULE_IDS.iter().enumerate() {
            assert!(!RULE_IDS[..index].contains(id), "{id} is listed twice");
        }
        for id in [
            "F1", "F2", "F3", "F4", "F5", "F6", "T1", "T2", "T3", "T4", "T5", "L1", "L2", "L3",
            "L4", "L5", "L6", "L7", "M1", "M4", "M5", "M6", "M7", "W1", "W2", "W3", "W4", "W5",
            "S1", "S2", "S3", "P2",
        ] {
            assert!(RULE_IDS.contains(&id), "{id} is missing");
        }
        for lang in Lang::ALL {
            assert_eq!(rule_text("Z9", lang), None);
            assert_eq!(rule_text("f3", lang), None);
            assert_eq!(rule_text("", lang), None);
        }
    }

    #[test]
    fn the_question_analyzer_reads_its_explanations_from_this_table() {
        for lang in Lang::ALL {
            for &id in RULE_IDS {
                assert_eq!(
                    rule_explanation(id, lang),
                    Some(rule_text(id, lang).unwrap().explanation)
                );
            }
        }
    }

    fn at(date: &str, time: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{date} {time}"), "%Y-%m-%d %H:%M")
            .expect("test date-times are valid")
    }

    /// Situations that between them make the schedule cite every rule it can.
    fn scenarios() -> Vec<ScheduleInput> {
        let wish = |text: &str| ScheduleInput {
            customer_time: Some(parse_customer_time(text).expect("the wish parses")),
            ..ScheduleInput::default()
        };
        vec![
            ScheduleInput::default(),
            ScheduleInput {
                stage: Stage::ClosingAttempted,
                last_outcome: LastOutcome::ThinkingItOver,
                ..ScheduleInput::default()
            },
            ScheduleInput {
                stage: Stage::OfferOut,
                last_outcome: LastOutcome::ThinkingItOver,
                deal_size: DealSize::Large,
                ..ScheduleInput::default()
            },
            ScheduleInput {
                stage: Stage::FirstContact,
                ..ScheduleInput::default()
            },
            ScheduleInput {
                deal_size: DealSize::Large,
                ..ScheduleInput::default()
            },
            ScheduleInput {
                promised_by: NaiveDate::from_ymd_opt(2026, 12, 3),
                ..ScheduleInput::default()
            },
            wish("in six months"),
            wish("in a month"),
            wish("after 17:00"),
            wish("on Tuesday"),
        ]
    }

    #[test]
    fn every_rule_the_coach_emits_has_a_text_in_every_language() {
        let now = at("2026-12-01", "11:40");
        let settings = Settings::default();
        let mut emitted: Vec<&'static str> = Vec::new();
        for lang in Lang::ALL {
            for example in examples(lang) {
                emitted.extend(example.rules);
            }
        }
        for situation in scenarios() {
            emitted.extend(next_contact(&situation, &settings, now).rules);
            let input = FollowUpInput {
                topic: "the new price list".to_owned(),
                promised_action: "check the budget".to_owned(),
                situation,
                ..FollowUpInput::new(Lang::En)
            };
            emitted.extend(build_follow_up(&input, &settings, now).rules);
        }
        // The scenarios reach every rule the schedule and the follow-up cite, so none is
        // missed silently.
        for id in ["F2", "F3", "F4", "F5", "F6", "T1", "T2", "T3", "T4", "T5"] {
            assert!(emitted.contains(&id), "no scenario emits {id}");
        }
        // The Follow-up coach looks its rules up in this family alone.
        for &id in &emitted {
            assert!(
                rule_explanation_in(id, Lang::En, &[&COACHING]).is_some(),
                "{id} is not in COACHING"
            );
        }
        let coaching = emitted.len();
        for lang in Lang::ALL {
            for example in crate::opener::examples(lang) {
                let analysis = crate::opener::analyze_opener(example.text, Some(lang), lang);
                emitted.extend(analysis.findings.iter().map(|finding| finding.rule));
            }
        }
        // The opener examples reach every rule the opener coach cites.
        for id in crate::opener::FindingId::ALL.map(|id| id.rule()) {
            assert!(emitted.contains(&id), "no opener example emits {id}");
        }
        // The Opener coach looks its rules up in this family alone.
        for &id in &emitted[coaching..] {
            assert!(
                rule_explanation_in(id, Lang::En, &[&OPENER]).is_some(),
                "{id} is not in OPENER"
            );
        }
        for id in emitted {
            for lang in Lang::ALL {
                assert!(
                    rule_text(id, lang).is_some(),
                    "{id} has no text in {lang:?}"
                );
            }
        }
    }
}
