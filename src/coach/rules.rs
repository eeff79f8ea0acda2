//! The "Why?" texts: a short title and explanation for each rule id the coach cites, in the five
//! interface languages. This is the one place for rule texts; other modules (the question
//! analyzer's [`rule_explanation`](super::question::rule_explanation)) look them up here.
//!
//! Layout: one static row per rule with a `[&str; 5]` per field in [`Lang::ALL`] order (en, sv,
//! de, nb, nl), so a missing translation does not compile. The `rules!` macro builds both the
//! table and [`RULE_IDS`] from the same list, so they cannot drift apart. Explanations stay
//! within 300 characters (the tests check it): they are read at a glance and ship in the widget.
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
    let index = lang.index();
    ROWS.iter().find(|row| row.id == id).map(|row| RuleText {
        id: row.id,
        title: row.title[index],
        explanation: row.explanation[index],
    })
}

struct Row {
    id: &'static str,
    title: [&'static str; 5],
    explanation: [&'static str; 5],
}

macro_rules! rules {
    ($($id:literal => { title: $title:expr, explanation: $explanation:expr $(,)? },)*) => {
        /// Every rule id that has a text, in table order.
        pub const RULE_IDS: &[&str] = &[$($id,)*];

        static ROWS: &[Row] = &[$(Row { id: $id, title: $title, explanation: $explanation },)*];
    };
}

rules! {
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
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveDateTime};

    use super::*;
    use crate::coach::followup::{build_follow_up, FollowUpInput};
    use crate::coach::question::{examples, rule_explanation};
    use crate::coach::schedule::{
        next_contact, parse_customer_time, DealSize, LastOutcome, ScheduleInput, Stage,
    };
    use crate::coach::settings::Settings;

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
            "F1", "F2", "F3", "F4", "F5", "F6", "T1", "T2", "T3", "T4", "T5", "W2", "W3", "W4",
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
        for lang in Lang::ALL {
            for example in crate::coach::opener::examples(lang) {
                let analysis = crate::coach::opener::analyze_opener(example.text, Some(lang), lang);
                emitted.extend(analysis.findings.iter().map(|finding| finding.rule));
            }
        }
        // The opener examples reach every rule the opener coach cites.
        for id in crate::coach::opener::FindingId::ALL.map(|id| id.rule()) {
            assert!(emitted.contains(&id), "no opener example emits {id}");
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
