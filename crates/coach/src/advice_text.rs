//! The lead advisor's [`Advice`] in words: labels for its action and for the lead's fields, one
//! sentence per [`Reason`], and the opening line of a follow-up.
//!
//! Layout as in [`super::rules`]: every label is a `[&str; 5]` in [`Lang::ALL`] order (en, sv,
//! de, nb, nl) and every table is an exhaustive `match`, so neither a missing translation nor a
//! missing variant compiles. The `labels!` macro also lists the variants with their JSON names in
//! table order, from the same lines, so that list cannot fall behind either: the lead and log
//! forms offer them, and the CSV export writes the names.
//!
//! Address: the rep is "du" in Swedish and Norwegian, "Sie" in German and "je" in Dutch, as in
//! the rule texts. Dates are written with [`format_day_time`], as in the follow-up coach.

use chrono::{NaiveDate, NaiveDateTime};

use super::advisor::{Action, Advice, LetGoReason, Reason, TimingCase};
use super::followup::{
    build_follow_up, default_formal, format_day, format_day_time, FollowUpInput,
};
use super::grammar;
use super::grammar::nl;
use super::lead::{Channel, Contact, DoNotContact, Lead, Outcome, Source};
use super::opener::{build_openers, PrepInput};
use super::schedule::{DayBasis, DealSize, Stage};
use super::settings::Settings;
use super::Lang;

macro_rules! labels {
    ($(#[$doc:meta])* $function:ident, $all:ident: $type:ty {
        $($variant:path = $name:literal => $row:expr,)*
    }) => {
        $(#[$doc])*
        pub fn $function(lang: Lang, value: $type) -> &'static str {
            let row: [&'static str; 5] = match value {
                $($variant => $row,)*
            };
            row[lang.index()]
        }

        /// Every value with the name its JSON uses (the forms' option values, the CSV export's
        /// cells), in the order its labels are listed.
        pub const $all: &[($type, &str)] = &[$(($variant, $name),)*];
    };
}

/// The JSON name of `value` in one of the tables below (`SOURCES`, `STAGES`, ...).
pub fn name_of<T: Copy + PartialEq>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(option, _)| *option == value)
        .map_or("", |(_, name)| name)
}

/// Every name of a table, for a message that lists what is accepted.
pub fn names_of<T>(table: &[(T, &str)]) -> String {
    table
        .iter()
        .map(|(_, name)| *name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The value named `name` in one of the tables below, if any.
pub fn by_name<T: Copy>(table: &[(T, &str)], name: &str) -> Option<T> {
    table
        .iter()
        .find(|(_, candidate)| *candidate == name)
        .map(|(value, _)| *value)
}

/// What to do with the lead, as a short imperative for a badge or a list row.
pub fn action_label(lang: Lang, action: Action) -> &'static str {
    let row = match action {
        Action::FollowUp => [
            "Follow up",
            "Följ upp",
            "Nachfassen",
            "Følg opp",
            "Opvolgen",
        ],
        Action::SendInformation => [
            "Send the information",
            "Skicka informationen",
            "Unterlagen senden",
            "Send informasjonen",
            "Informatie sturen",
        ],
        Action::Nurture => [
            "Nurture",
            "Håll kontakten varm",
            "Kontakt pflegen",
            "Hold kontakten varm",
            "Warm houden",
        ],
        Action::FindDecisionMaker => [
            "Find the decision maker",
            "Hitta den som bestämmer",
            "Entscheider finden",
            "Finn den som bestemmer",
            "Zoek wie er beslist",
        ],
        Action::LetGo(reason) => return let_go_label(lang, reason),
        Action::DoNotContact => [
            "Do not contact",
            "Kontakta inte",
            "Nicht kontaktieren",
            "Ikke kontakt",
            "Niet benaderen",
        ],
    };
    row[lang.index()]
}

labels! {
    /// The let-go action with its reason, so that "let go" never shows without the why.
    let_go_label, LET_GO_REASONS: LetGoReason {
        LetGoReason::StopRule = "stop-rule" => [
            "Let go: stop rule reached",
            "Släpp: stoppregeln är nådd",
            "Abschreiben: Abbruchregel erreicht",
            "Gi slipp: stoppregelen er nådd",
            "Loslaten: stopregel bereikt",
        ],
        LetGoReason::VolumeProductNewRep = "volume-product-new-rep" => [
            "Let go: call the next on your list",
            "Släpp: ring nästa på listan",
            "Abschreiben: den Nächsten auf der Liste anrufen",
            "Gi slipp: ring neste på listen",
            "Loslaten: bel de volgende op je lijst",
        ],
        LetGoReason::NotQualified = "not-qualified" => [
            "Let go: not qualified",
            "Släpp: inte kvalificerad",
            "Abschreiben: nicht qualifiziert",
            "Gi slipp: ikke kvalifisert",
            "Loslaten: niet gekwalificeerd",
        ],
        LetGoReason::NotAGoodSale = "not-a-good-sale" => [
            "Let go: not a good sale",
            "Släpp: ingen bra affär",
            "Abschreiben: kein gutes Geschäft",
            "Gi slipp: ikke et godt salg",
            "Loslaten: geen goede deal",
        ],
    }
}

labels! {
    channel_label, CHANNELS: Channel {
        Channel::Call = "call" => ["Call", "Samtal", "Anruf", "Telefon", "Telefoon"],
        Channel::Email = "email" => ["Email", "Mejl", "E-Mail", "E-post", "E-mail"],
        Channel::Meeting = "meeting" => ["Meeting", "Möte", "Termin", "Møte", "Afspraak"],
    }
}

labels! {
    /// How a contact ended, as the log form offers it.
    outcome_label, OUTCOMES: Outcome {
        Outcome::NeedsToThink = "needs-to-think" => [
            "Needs to think about it",
            "Vill fundera på saken",
            "Will es sich überlegen",
            "Vil tenke på det",
            "Wil erover nadenken",
        ],
        Outcome::SendInformation = "send-information" => [
            "Asked for information",
            "Bad om information",
            "Bat um Unterlagen",
            "Ba om informasjon",
            "Vroeg om informatie",
        ],
        Outcome::NotInterested = "not-interested" => [
            "Not interested",
            "Inte intresserad",
            "Kein Interesse",
            "Ikke interessert",
            "Geen interesse",
        ],
        Outcome::WrongPerson = "wrong-person" => [
            "Wrong person",
            "Fel person",
            "Falscher Ansprechpartner",
            "Feil person",
            "Verkeerde persoon",
        ],
        Outcome::BookedMeeting = "booked-meeting" => [
            "Booked a meeting",
            "Bokade ett möte",
            "Termin vereinbart",
            "Booket et møte",
            "Afspraak gemaakt",
        ],
        Outcome::Other = "other" => ["Other", "Annat", "Sonstiges", "Annet", "Anders"],
    }
}

labels! {
    /// Where the lead came from.
    source_label, SOURCES: Source {
        Source::Cold = "cold" => [
            "Cold call",
            "Kall kontakt",
            "Kaltakquise",
            "Kald kontakt",
            "Koude acquisitie",
        ],
        Source::Inbound = "inbound" => [
            "Inbound",
            "Inkommande",
            "Eingehende Anfrage",
            "Innkommende",
            "Inkomende aanvraag",
        ],
        Source::EventOrNetwork = "event-or-network" => [
            "Event or network",
            "Event eller nätverk",
            "Veranstaltung oder Netzwerk",
            "Arrangement eller nettverk",
            "Evenement of netwerk",
        ],
        Source::Referral = "referral" => [
            "Referral",
            "Rekommendation",
            "Empfehlung",
            "Anbefaling",
            "Aanbeveling",
        ],
    }
}

labels! {
    stage_label, STAGES: Stage {
        Stage::FirstContact = "first-contact" => [
            "First contact",
            "Första kontakt",
            "Erstkontakt",
            "Første kontakt",
            "Eerste contact",
        ],
        Stage::InDialogue = "in-dialogue" => ["In dialogue", "I dialog", "Im Gespräch", "I dialog", "In gesprek"],
        Stage::OfferOut = "offer-out" => [
            "Offer sent",
            "Offert skickad",
            "Angebot verschickt",
            "Tilbud sendt",
            "Offerte verstuurd",
        ],
        Stage::ClosingAttempted = "closing-attempted" => [
            "Asked for the order",
            "Avslutsförsök gjort",
            "Abschluss versucht",
            "Bedt om ordren",
            "Om de order gevraagd",
        ],
    }
}

labels! {
    deal_size_label, DEAL_SIZES: DealSize {
        DealSize::Regular = "regular" => [
            "Regular deal",
            "Vanlig affär",
            "Normaler Auftrag",
            "Vanlig salg",
            "Gewone deal",
        ],
        DealSize::Large = "large" => ["Large deal", "Stor affär", "Großer Auftrag", "Stort salg", "Grote deal"],
    }
}

labels! {
    /// Why the lead must not be contacted (L7); each country's register is the one reps know.
    do_not_contact_label, DO_NOT_CONTACT_REASONS: DoNotContact {
        DoNotContact::AskedNotToBeContacted = "asked-not-to-be-contacted" => [
            "Asked not to be contacted",
            "Vill inte bli kontaktad",
            "Will nicht kontaktiert werden",
            "Vil ikke bli kontaktet",
            "Wil niet benaderd worden",
        ],
        DoNotContact::OnRegister = "on-register" => [
            "On a do-not-call register",
            "Registrerad i NIX",
            "Auf einer Sperrliste",
            "Står i Reservasjonsregisteret",
            "Op een bel-me-niet-lijst",
        ],
    }
}

/// One fact behind the advice as a sentence, with its numbers and dates.
///
/// A due date that follows from the buying timing is written as a day only: its time of day is
/// the coach's slot, not anything the customer said.
pub fn reason_text(lang: Lang, reason: &Reason) -> String {
    let fixed = |row: [&str; 5]| row[lang.index()].to_owned();
    match reason {
        Reason::DoNotContact { why } => fixed(match why {
            DoNotContact::AskedNotToBeContacted => [
                "The customer asked not to be contacted.",
                "Kunden har bett att inte bli kontaktad.",
                "Der Kunde hat gebeten, nicht kontaktiert zu werden.",
                "Kunden har bedt om ikke å bli kontaktet.",
                "De klant heeft gevraagd niet benaderd te worden.",
            ],
            DoNotContact::OnRegister => [
                "The customer is on a do-not-call register.",
                "Kunden är registrerad i NIX.",
                "Der Kunde steht auf einer Sperrliste gegen Werbeanrufe.",
                "Kunden står i Reservasjonsregisteret.",
                "De klant staat op een bel-me-niet-lijst.",
            ],
        }),
        Reason::PoorFit => fixed([
            "Marked as a poor fit: this customer would cost more than they bring.",
            "Markerad som fel kund: hen skulle kosta mer än hen ger.",
            "Als unpassend markiert: Der Kunde würde mehr kosten, als er einbringt.",
            "Merket som feil kunde: de ville kostet mer enn de gir.",
            "Gemarkeerd als slechte match: deze klant kost meer dan hij oplevert.",
        ]),
        Reason::NoNeed => fixed([
            "The customer has no real need for what you offer.",
            "Kunden har inget verkligt behov av det du erbjuder.",
            "Der Kunde hat keinen echten Bedarf an Ihrem Angebot.",
            "Kunden har ikke noe reelt behov for det du tilbyr.",
            "De klant heeft geen echte behoefte aan wat je aanbiedt.",
        ]),
        Reason::SaidNotInterested => fixed([
            "In your last conversation the customer said they are not interested.",
            "I ert senaste samtal sa kunden att hen inte är intresserad.",
            "Im letzten Gespräch kam heraus, dass kein Interesse besteht.",
            "I den siste samtalen sa kunden at de ikke er interessert.",
            "In jullie laatste gesprek zei de klant geen interesse te hebben.",
        ]),
        Reason::VolumeProductNewRep => fixed([
            "You are new and sell a volume product: the next person on your list is worth more \
             than a callback.",
            "Du är ny och säljer en volymprodukt: nästa person på listan är värd mer än en \
             återuppringning.",
            "Sie sind neu und verkaufen ein Massenprodukt: Der Nächste auf Ihrer Liste ist mehr \
             wert als ein Rückruf.",
            "Du er ny og selger et volumprodukt: neste person på listen er verdt mer enn en ny \
             oppringning.",
            "Je bent nieuw en verkoopt een volumeproduct: de volgende op je lijst levert meer op \
             dan terugbellen.",
        ]),
        Reason::UnansweredAttempts { count, limit } => {
            let one = *count == 1;
            match lang {
                Lang::En => format!(
                    "{count} unanswered {} in a row; your stop rule for this lead is {limit}.",
                    if one { "attempt" } else { "attempts" }
                ),
                Lang::Sv => format!(
                    "{count} {} försök i rad; din stoppregel för det här leadet är {limit}.",
                    if one { "obesvarat" } else { "obesvarade" }
                ),
                Lang::De => format!(
                    "{count} {} in Folge; Ihre Abbruchregel für diesen Lead greift nach {limit} {}.",
                    if one {
                        "unbeantworteter Versuch"
                    } else {
                        "unbeantwortete Versuche"
                    },
                    if *limit == 1 { "Versuch" } else { "Versuchen" }
                ),
                Lang::Nb => format!(
                    "{count} {} forsøk på rad; stoppregelen din for dette leadet er {limit}.",
                    if one { "ubesvart" } else { "ubesvarte" }
                ),
                // A sentence does not start with a digit in Dutch.
                Lang::Nl if one => {
                    format!("Eén onbeantwoorde poging; je stopregel voor deze lead is {limit}.")
                }
                Lang::Nl => format!(
                    "Al {count} onbeantwoorde pogingen op rij; je stopregel voor deze lead is \
                     {limit}."
                ),
            }
        }
        Reason::NotTheDecisionMaker { reached_contacts } => {
            let (count, one) = (*reached_contacts, *reached_contacts == 1);
            match lang {
                Lang::En => format!(
                    "{count} {} with someone who cannot make the decision.",
                    if one { "conversation" } else { "conversations" }
                ),
                Lang::Sv => format!("{count} samtal med någon som inte kan fatta beslutet."),
                Lang::De => format!(
                    "{count} {} mit jemandem, der nicht entscheiden darf.",
                    if one { "Gespräch" } else { "Gespräche" }
                ),
                Lang::Nb => format!(
                    "{count} {} med noen som ikke kan ta beslutningen.",
                    if one { "samtale" } else { "samtaler" }
                ),
                Lang::Nl if one => {
                    "Eén gesprek met iemand die de beslissing niet kan nemen.".into()
                }
                Lang::Nl => {
                    format!("Al {count} gesprekken met iemand die de beslissing niet kan nemen.")
                }
            }
        }
        Reason::WrongPerson => fixed([
            "Your last conversation showed you were talking to the wrong person.",
            "Ert senaste samtal visade att du pratade med fel person.",
            "Das letzte Gespräch hat gezeigt, dass Sie den falschen Ansprechpartner haben.",
            "Den siste samtalen viste at du snakket med feil person.",
            "Uit het laatste gesprek bleek dat je met de verkeerde persoon sprak.",
        ]),
        // A buying time is rough: said as a part of a month, never as a weekday and date.
        Reason::BuyingLater { at } => {
            let (day, month) = (chrono::Datelike::day(at), chrono::Datelike::month(at));
            let when = part_of_month(lang, day, month);
            match lang {
                Lang::En => format!(
                    "The customer plans to buy in {when}, so it's too early to follow up now."
                ),
                Lang::Sv => format!(
                    "Kunden planerar att köpa först {when}, så det är för tidigt att följa upp nu."
                ),
                Lang::De => format!(
                    "Der Kunde plant den Kauf erst {when} – für ein Nachfassen ist es jetzt zu \
                     früh."
                ),
                Lang::Nb => format!(
                    "Kunden planlegger å kjøpe først {when}, så det er for tidlig å følge opp nå."
                ),
                Lang::Nl => format!(
                    "De klant wil pas rond {} kopen; dat is te ver weg om nu op te volgen.",
                    nl::part_of_month(chrono::Datelike::day(at), chrono::Datelike::month(at))
                ),
            }
        }
        Reason::StalledOutcomes { count } => match lang {
            Lang::En => format!(
                "The last {count} conversations ended with \"send me information\" or \"I need to \
                 think about it\", and nothing moved forward."
            ),
            Lang::Sv => format!(
                "De senaste {count} samtalen slutade med ”skicka information” eller ”jag ska \
                 fundera”, utan att något gick framåt."
            ),
            Lang::De => format!(
                "Die letzten {count} Gespräche endeten mit „Schicken Sie mir Unterlagen“ oder „Ich \
                 überlege es mir“, ohne Fortschritt."
            ),
            Lang::Nb => format!(
                "De siste {count} samtalene endte med «send meg informasjon» eller «jeg skal tenke \
                 på det», uten at noe gikk framover."
            ),
            Lang::Nl => format!(
                "De laatste {count} gesprekken eindigden met \"stuur maar informatie\" of \"ik \
                 denk erover na\", zonder stap vooruit."
            ),
        },
        Reason::DayDecidedBy { basis } => fixed(match basis {
            DayBasis::Rules => [
                "The timing rules set the day.",
                "Tidsreglerna bestämde dagen.",
                "Der Tag ergibt sich aus den Zeitregeln.",
                "Tidsreglene bestemte dagen.",
                "De timingregels bepaalden de dag.",
            ],
            DayBasis::CustomerWish => [
                "The customer chose the day.",
                "Kunden valde själv dagen.",
                "Der Termin geht auf einen Kundenwunsch zurück.",
                "Kunden valgte dagen selv.",
                "De klant koos zelf de dag.",
            ],
            DayBasis::Promise => [
                "This is the first suitable day after the deadline the customer set themselves.",
                "Det är första lämpliga dag efter den tidsfrist kunden själv satte.",
                "Das ist der erste passende Tag nach der Frist, die im letzten Gespräch zugesagt \
                 wurde.",
                "Det er første passende dag etter fristen kunden selv satte.",
                "Deze dag valt direct na de datum waarop de klant zijn toezegging zou nakomen.",
            ],
        }),
        Reason::TimingRule { case, large_deal } => {
            let situation = fixed(match case {
                TimingCase::UnderWay => [
                    "The conversation is under way: follow up within a few days, while it is fresh.",
                    "Dialogen är igång: följ upp inom några dagar, medan samtalet fortfarande är \
                     färskt i minnet.",
                    "Sie sind mit dem Kunden im Gespräch: Fassen Sie innerhalb weniger Tage nach, \
                     solange alles noch frisch ist.",
                    "Dialogen er i gang: følg opp innen noen dager, mens samtalen ennå er frisk i \
                     minne.",
                    "Het gesprek loopt: volg binnen een paar dagen op, nu het nog vers is.",
                ],
                TimingCase::ThinkingItOver => [
                    "The customer is thinking over your offer: call on the next working day, \
                     before the chance to close fades.",
                    "Kunden funderar på erbjudandet: ring nästa arbetsdag, innan chansen att göra \
                     affär minskar.",
                    "Der Kunde denkt über Ihr Angebot nach: Rufen Sie am nächsten Arbeitstag an, \
                     bevor die Chance auf den Abschluss schwindet.",
                    "Kunden tenker over tilbudet: ring neste arbeidsdag, før sjansen til å få \
                     avtalen i havn avtar.",
                    "De klant denkt na over het aanbod: bel de volgende werkdag, voordat de kans \
                     op een deal afneemt.",
                ],
                TimingCase::EarlyStage => [
                    "Early in the process: give the customer some space, with the first follow-up \
                     within two weeks.",
                    "Tidigt i processen: ge kunden utrymme och följ upp första gången inom två \
                     veckor.",
                    "Frühe Phase: Lassen Sie dem Kunden Zeit und fassen Sie erstmals innerhalb von \
                     zwei Wochen nach.",
                    "Tidlig i prosessen: gi kunden litt tid og følg opp første gang innen to uker.",
                    "Vroeg in het traject: geef de klant ruimte en volg binnen twee weken voor het \
                     eerst op.",
                ],
            });
            if !large_deal {
                return situation;
            }
            let larger = fixed([
                "A large deal gets more time between contacts, but never more than two weeks.",
                "En stor affär får mer tid mellan kontakterna, men aldrig mer än två veckor.",
                "Bei einem großen Geschäft darf zwischen den Kontakten mehr Zeit liegen, aber nie \
                 mehr als zwei Wochen.",
                "En stor avtale får mer tid mellom kontaktene, men aldri mer enn to uker.",
                "Bij een grote deal mag er meer tijd tussen de contactmomenten zitten, maar nooit \
                 meer dan twee weken.",
            ]);
            format!("{situation} {larger}")
        }
        Reason::AgreedNextContact { at } => {
            let when = format_day_time(lang, *at);
            match lang {
                Lang::En => format!("You both agreed on the next contact: {when}."),
                Lang::Sv => format!("Ni kom överens om nästa kontakt: {when}."),
                Lang::De => format!("Der nächste Kontakt ist vereinbart: {when}."),
                Lang::Nb => format!("Dere avtalte å snakkes igjen {when}."),
                Lang::Nl => format!("Jullie spraken het volgende contact af: {when}."),
            }
        }
        Reason::CustomerTimeTooFar { wished } => {
            let when = format_day_time(lang, *wished);
            match lang {
                Lang::En => format!(
                    "The customer's time ({when}) is far beyond every timing rule: propose a \
                     nearer date."
                ),
                Lang::Sv => format!(
                    "Kundens önskade tid ({when}) ligger långt bortom alla tidsregler: föreslå \
                     ett närmare datum."
                ),
                Lang::De => format!(
                    "Der Wunschtermin des Kunden ({when}) liegt weit jenseits aller Zeitregeln: \
                     Schlagen Sie einen früheren Termin vor."
                ),
                Lang::Nb => format!(
                    "Kundens ønskede tidspunkt ({when}) ligger langt utenfor alle tidsreglene: \
                     foreslå en nærmere dato."
                ),
                Lang::Nl => format!(
                    "Het gewenste moment van de klant ({when}) ligt ver buiten alle \
                     timingregels: stel een eerdere datum voor."
                ),
            }
        }
        Reason::CustomerChannel { channel } => fixed(match channel {
            Channel::Call => [
                "The customer prefers a phone call.",
                "Kunden vill helst bli uppringd.",
                "Der Kunde möchte lieber angerufen werden.",
                "Kunden vil helst bli ringt opp.",
                "De klant wordt het liefst gebeld.",
            ],
            Channel::Email => [
                "The customer prefers email.",
                "Kunden vill helst ha mejl.",
                "Der Kunde möchte lieber eine E-Mail.",
                "Kunden vil helst ha e-post.",
                "De klant krijgt het liefst een e-mail.",
            ],
            Channel::Meeting => [
                "The customer prefers to meet.",
                "Kunden vill helst ses på ett möte.",
                "Der Kunde möchte sich lieber persönlich treffen.",
                "Kunden vil helst møtes.",
                "De klant maakt het liefst een afspraak.",
            ],
        }),
        Reason::OutsideWorkingHours => fixed([
            "This is outside your working hours, but it's the time the customer asked for.",
            "Tiden ligger utanför din arbetstid, men det är den tid kunden bad om.",
            "Der Termin liegt außerhalb Ihrer Arbeitszeit, aber der Kunde hat ihn so gewünscht.",
            "Tidspunktet er utenfor arbeidstiden din, men det er det kunden ba om.",
            "Het tijdstip valt buiten je werktijd, maar de klant vroeg erom.",
        ]),
        Reason::NothingNew { contacts } => match lang {
            Lang::En => format!(
                "Your last {contacts} contacts brought nothing new and moved nothing forward."
            ),
            Lang::Sv => {
                format!("Dina senaste {contacts} kontakter gav inget nytt och förde inget framåt.")
            }
            Lang::De => format!(
                "Ihre letzten {contacts} Kontakte brachten nichts Neues und keinen Fortschritt."
            ),
            Lang::Nb => format!(
                "De siste {contacts} kontaktene dine ga ikke noe nytt og flyttet ingenting \
                 framover."
            ),
            Lang::Nl => {
                format!(
                    "Je laatste {contacts} contacten brachten niets nieuws en geen vooruitgang."
                )
            }
        },
        Reason::ActivityWithoutProgress {
            contacts,
            days,
            with_new_information,
        } => {
            let new = *with_new_information;
            let news = match (lang, new) {
                (Lang::En, 0) => "none of them brought anything new".to_owned(),
                (Lang::En, _) => format!("{new} of them brought something new"),
                (Lang::Sv, 0) => "ingen av dem gav något nytt".to_owned(),
                (Lang::Sv, _) => format!("{new} av dem gav något nytt"),
                (Lang::De, 0) => "keiner davon brachte etwas Neues".to_owned(),
                (Lang::De, 1) => "1 davon brachte etwas Neues".to_owned(),
                (Lang::De, _) => format!("{new} davon brachten etwas Neues"),
                (Lang::Nb, 0) => "ingen av dem ga noe nytt".to_owned(),
                (Lang::Nb, _) => format!("{new} av dem ga noe nytt"),
                (Lang::Nl, 0) => "geen daarvan bracht iets nieuws".to_owned(),
                (Lang::Nl, 1) => "1 daarvan bracht iets nieuws".to_owned(),
                (Lang::Nl, _) => format!("{new} daarvan brachten iets nieuws"),
            };
            match lang {
                Lang::En => {
                    format!("{contacts} contacts in the last {days} days without progress; {news}.")
                }
                Lang::Sv => format!(
                    "{contacts} kontakter de senaste {days} dagarna utan att något gått framåt; \
                     {news}."
                ),
                Lang::De => format!(
                    "{contacts} Kontakte in den letzten {days} Tagen ohne Fortschritt; {news}."
                ),
                Lang::Nb => format!(
                    "{contacts} kontakter de siste {days} dagene uten at noe gikk framover; \
                     {news}."
                ),
                Lang::Nl => format!(
                    "In de afgelopen {days} dagen {contacts} contacten zonder vooruitgang; \
                     {news}."
                ),
            }
        }
        Reason::CalledSoonAfterSendInformation { hours } => {
            let hours = *hours;
            // The log is kept to the minute, so a quick follow-up rounds down to zero hours.
            let after = match (lang, hours) {
                (Lang::En, ..=0) => "less than an hour".to_owned(),
                (Lang::En, 1) => "1 hour".to_owned(),
                (Lang::En, _) => format!("{hours} hours"),
                (Lang::Sv, ..=0) => "mindre än en timme".to_owned(),
                (Lang::Sv, 1) => "1 timme".to_owned(),
                (Lang::Sv, _) => format!("{hours} timmar"),
                (Lang::De, ..=0) => "weniger als einer Stunde".to_owned(),
                (Lang::De, 1) => "1 Stunde".to_owned(),
                (Lang::De, _) => format!("{hours} Stunden"),
                (Lang::Nb, ..=0) => "under en time".to_owned(),
                (Lang::Nb, 1) => "1 time".to_owned(),
                (Lang::Nb, _) => format!("{hours} timer"),
                (Lang::Nl, ..=0) => "een uur".to_owned(),
                (Lang::Nl, _) => format!("{hours} uur"),
            };
            match lang {
                Lang::En => format!(
                    "You followed up {after} after the customer asked you to email them \
                     information."
                ),
                Lang::Sv => {
                    format!("Du följde upp {after} efter att kunden bett om information per mejl.")
                }
                Lang::De => format!(
                    "Sie haben schon nach {after} nachgefasst, obwohl der Kunde um Unterlagen per \
                     E-Mail gebeten hatte."
                ),
                Lang::Nb => {
                    format!("Du fulgte opp {after} etter at kunden ba om informasjon på e-post.")
                }
                // "na 5 uur" reads as "after five o'clock".
                Lang::Nl => format!(
                    "Je nam al binnen {after} weer contact op, terwijl de klant om informatie per \
                     e-mail had gevraagd."
                ),
            }
        }
        Reason::MeetingNotAgreed { at } => {
            let when = format_day_time(lang, *at);
            match lang {
                Lang::En => format!(
                    "The meeting on {when} had not been agreed in the conversation before it."
                ),
                Lang::Sv => {
                    format!("Mötet {when} hade ni inte kommit överens om i samtalet innan.")
                }
                Lang::De => {
                    format!("Der Termin am {when} war im Gespräch davor nicht vereinbart worden.")
                }
                Lang::Nb => format!("Møtet {when} var ikke avtalt i samtalen før."),
                Lang::Nl => format!(
                    "Over de afspraak op {when} was in het gesprek ervoor niets afgesproken."
                ),
            }
        }
        Reason::ClosingWithoutConfirmedNeed => fixed([
            "You asked for the order before the customer's need was confirmed.",
            "Du försökte göra avslut innan kundens behov var bekräftat.",
            "Sie haben den Abschluss versucht, bevor der Bedarf des Kunden bestätigt war.",
            "Du ba om ordren før kundens behov var bekreftet.",
            "Je vroeg om de order voordat de behoefte van de klant bevestigd was.",
        ]),
        Reason::NotReachedYet { attempts, limit } => {
            let (attempts, limit, one) = (*attempts, *limit, *attempts == 1);
            match lang {
                Lang::En => format!(
                    "You have not reached them yet: {attempts} of the {limit} attempts your stop \
                     rule allows went unanswered. Try again at another time of day."
                ),
                Lang::Sv => format!(
                    "Du har inte nått kunden än: {attempts} av de {limit} försök som din \
                     stoppregel tillåter har inte besvarats. Försök igen vid en annan tid på \
                     dagen."
                ),
                Lang::De => format!(
                    "Sie haben den Kunden noch nicht erreicht: {attempts} von {limit} Versuchen, \
                     die Ihre Abbruchregel vorsieht, {} unbeantwortet. Probieren Sie es zu einer \
                     anderen Tageszeit erneut.",
                    if one { "blieb" } else { "blieben" }
                ),
                Lang::Nb => format!(
                    "Du har ikke nådd kunden ennå: {attempts} av de {limit} forsøkene \
                     som stoppregelen din tillater, har gått ubesvart. Prøv igjen på et annet tidspunkt \
                     på dagen."
                ),
                Lang::Nl => format!(
                    "Je hebt de klant nog niet bereikt: {attempts} van de {limit} pogingen die je \
                     stopregel toestaat, {} onbeantwoord. Probeer het op een ander moment van de \
                     dag opnieuw.",
                    if one { "bleef" } else { "bleven" }
                ),
            }
        }
        Reason::SendInformationFirst { follow_up } => {
            let when = format_day_time(lang, *follow_up);
            match lang {
                Lang::En => format!(
                    "They asked you to send information: send it first, then follow up on \
                     {when}; by then they will have had time to read it."
                ),
                Lang::Sv => format!(
                    "Kunden bad dig skicka information: skicka den först och följ upp {when} – \
                     då har kunden hunnit läsa den."
                ),
                Lang::De => format!(
                    "Der Kunde hat um Unterlagen gebeten: Schicken Sie sie zuerst und fassen Sie \
                     am {when} nach – so bleibt genug Zeit, sie zu lesen."
                ),
                Lang::Nb => format!(
                    "Kunden ba deg sende informasjon: send den først, og følg opp {when} – da \
                     har kunden hatt tid til å lese den."
                ),
                Lang::Nl => format!(
                    "De klant vroeg om informatie: stuur die eerst en neem {when} weer contact \
                     op; dan heeft de klant tijd gehad om die te lezen."
                ),
            }
        }
        Reason::NoContactYet => fixed([
            "No contact yet: call as soon as you've prepared.",
            "Ingen kontakt än: ring så snart du har förberett dig.",
            "Noch kein Kontakt: Rufen Sie an, sobald Sie sich vorbereitet haben.",
            "Ingen kontakt ennå: ring så snart du har forberedt deg.",
            "Nog geen contact: bel zodra je je hebt voorbereid.",
        ]),
    }
}

/// A rough time as a part of a month: "early June", "i början av juni", "Anfang Juni", "i
/// begynnelsen av juni", "begin juni".
fn part_of_month(lang: Lang, day: u32, month: u32) -> String {
    let name = grammar::month_name(lang, month);
    let part = match day {
        ..=10 => 0,
        11..=20 => 1,
        _ => 2,
    };
    match lang {
        Lang::En => format!("{} {name}", ["early", "mid-", "late"][part]).replace("- ", "-"),
        Lang::Sv => format!("i {} av {name}", ["början", "mitten", "slutet"][part]),
        Lang::De => format!("{} {name}", ["Anfang", "Mitte", "Ende"][part]),
        Lang::Nb => format!("i {} av {name}", ["begynnelsen", "midten", "slutten"][part]),
        Lang::Nl => nl::part_of_month(day, month),
    }
}

/// The day the prep card's lines are said: when the call is due (after the information went
/// out, when there is some to send), or today when that has passed.
pub fn prep_card_day(advice: &Advice, now: NaiveDateTime) -> NaiveDate {
    advice
        .follow_up
        .or(advice.due)
        .map_or(now, |due| due.max(now))
        .date()
}

/// What the rep says first when following the lead up: the follow-up coach's opener, which
/// names the thread (F2), and its assumptive question (F3), built from the last conversation.
///
/// `None` for a lead let go or not to be contacted, and when no conversation left a thread:
/// with nothing discussed or promised there is nothing to open with, and a generic opener would
/// invite the recap that F2 warns against. The thread is the latest conversation that has one,
/// so a quick "reached" logged without notes does not lose what was said before it.
pub fn follow_up_opener(
    lead: &Lead,
    advice: &Advice,
    settings: &Settings,
    lang: Lang,
    now: NaiveDateTime,
) -> Option<String> {
    if matches!(advice.action, Action::LetGo(_) | Action::DoNotContact) {
        return None;
    }
    let last_reached = last_thread(lead)?;
    let input = FollowUpInput {
        lang,
        contact_name: lead.name.clone(),
        topic: last_reached.discussed.clone(),
        promised_action: last_reached.promised.clone(),
        due_date: last_reached.promised_by,
        formal: default_formal(lang),
        call_day: Some(prep_card_day(advice, now)),
        ..FollowUpInput::new(lang)
    };
    let built = build_follow_up(&input, settings, now);
    // Said in one breath after the opener, which has just named the topic.
    let promised = !input.promised_action.trim().is_empty();
    let question = match lang {
        _ if promised => crate::followup::question_after_thread(&input),
        Lang::En => grammar::en::prep_card_question(false).to_owned(),
        Lang::Sv => grammar::sv::prep_card_question(false).to_owned(),
        Lang::Nb => grammar::nb::prep_card_question(false).to_owned(),
        _ => built.question.clone(),
    };
    Some(format!("{} {question}", built.opener))
}

/// The latest conversation with something said or promised in it: what the next contact picks up.
/// The last of equal times, as the advisor reads a log sorted stably by time.
pub fn last_thread(lead: &Lead) -> Option<&Contact> {
    lead.log
        .iter()
        .filter(|contact| {
            contact.reached
                && !(contact.discussed.trim().is_empty() && contact.promised.trim().is_empty())
        })
        .max_by_key(|contact| contact.at)
}

/// The line the Today tab's prep card opens with (P2): the follow-up opener when a conversation
/// left a thread, a first-call opener from the lead's name, role and company for someone the rep
/// has not reached yet and is not in the middle of a deal with, and nothing for anyone else: a
/// first-call opener ("I saw [what you found out about them]") to someone already spoken to, or
/// with an offer out, would open as if they had never met.
pub fn prep_card_opener(
    lead: &Lead,
    advice: &Advice,
    settings: &Settings,
    lang: Lang,
    now: NaiveDateTime,
) -> Option<String> {
    if let Some(opener) = follow_up_opener(lead, advice, settings, lang, now) {
        return Some(opener);
    }
    let in_a_deal = matches!(lead.stage, Stage::OfferOut | Stage::ClosingAttempted);
    if in_a_deal || lead.log.iter().any(|contact| contact.reached) {
        return None;
    }
    let prep = PrepInput {
        lang: Some(lang),
        contact_name: lead.name.clone(),
        role: lead.role.clone(),
        company: lead.company.clone(),
        ..PrepInput::default()
    };
    build_openers(&prep, lang)
        .into_iter()
        .next()
        .map(|opener| opener.text)
}

/// The advice as one line for a calendar or a list: what, how and when.
pub fn advice_sentence(lang: Lang, advice: &Advice) -> String {
    let action = action_label(lang, advice.action);
    match (advice.channel, advice.due) {
        (Some(channel), Some(due)) => format!(
            "{action} ({}): {}.",
            channel_label(lang, channel),
            format_day_time(lang, due)
        ),
        (None, Some(due)) => format!("{action}: {}.", format_day_time(lang, due)),
        _ => format!("{action}."),
    }
}

/// Where the last conversation left off, for the calendar entry: when it was, what was
/// discussed, and what the customer promised by when (F1).
pub fn thread_summary(lang: Lang, lead: &Lead) -> Option<String> {
    let contact = last_thread(lead)?;
    let [last_time, promised] = [
        [
            "Last time",
            "Förra gången",
            "Letztes Mal",
            "Forrige gang",
            "Vorige keer",
        ],
        ["Promised", "Utlovat", "Zugesagt", "Lovet", "Toegezegd"],
    ]
    .map(|row| row[lang.index()]);
    let mut summary = format!("{last_time} ({}):", format_day_time(lang, contact.at));
    let discussed = contact.discussed.trim();
    if !discussed.is_empty() {
        summary.push(' ');
        summary.push_str(discussed);
    }
    let promise = contact.promised.trim();
    if !promise.is_empty() {
        summary.push_str(&format!("\n{promised}: {promise}"));
        if let Some(by) = contact.promised_by {
            summary.push_str(&format!(" ({})", format_day(lang, by)));
        }
    }
    Some(summary)
}

/// The description of the advised contact's calendar event: the advice, its reasons in words,
/// and the thread, so that the entry alone is enough to make the call.
pub fn calendar_description(lang: Lang, lead: &Lead, advice: &Advice) -> String {
    let mut lines = vec![advice_sentence(lang, advice)];
    lines.extend(
        advice
            .reasons
            .iter()
            .map(|reason| reason_text(lang, reason)),
    );
    if let Some(thread) = thread_summary(lang, lead) {
        lines.push(String::new());
        lines.push(thread);
    }
    lines.join("\n")
}

/// A rule in one sentence, for the "Why?" under its badge: the first sentence of its
/// explanation (the rest stays in the rule tables and the Rules screen).
pub fn rule_in_one_sentence(rule: &str, lang: Lang) -> Option<&'static str> {
    let explanation = super::rules::rule_explanation_in(rule, lang, &super::rules::FAMILIES)?;
    // A sentence ends at a full stop followed by a capital: "z. B." and "kl. 17" do not.
    let end = explanation
        .char_indices()
        .zip(explanation.chars().skip(1).zip(explanation.chars().skip(2)))
        .find(|((_, c), (space, next))| *c == '.' && *space == ' ' && super::text::is_upper(*next))
        .map_or(explanation.len(), |((i, _), _)| i + 1);
    Some(&explanation[..end])
}
