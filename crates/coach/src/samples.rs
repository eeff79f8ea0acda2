//! The sample leads a first visit offers, so that a rep sees every kind of advice before typing
//! in a lead of their own: one follow-up overdue, one due today, a new lead, one to nurture and
//! one to let go. Their dates count back from `now` over the customers' working days, so the
//! samples are due and overdue whenever they are added. Each is marked `sample` (see
//! [`Lead::sample`]).

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};

use super::holidays::{is_day_off, Country};
use super::lead::{Contact, Lead, Outcome, Qualification, Source};
use super::schedule::Stage;
use super::Lang;

/// The ids the samples are stored under; no id the app gives a lead starts with `sample-`.
pub const SAMPLE_IDS: [&str; 5] = [
    "sample-overdue",
    "sample-due",
    "sample-new",
    "sample-nurture",
    "sample-let-go",
];

/// The words of one language's samples, in the order of [`SAMPLE_IDS`].
struct Words {
    names: [&'static str; 5],
    companies: [&'static str; 5],
    roles: [&'static str; 5],
    /// The overdue lead's last conversation: what was discussed, what they were going to do.
    overdue: (&'static str, &'static str),
    /// The lead due today: the same.
    due: (&'static str, &'static str),
    /// The new lead's note: why they are on the list.
    new_note: &'static str,
    /// The nurture lead's topic, and when they mean to buy, in their words.
    nurture: (&'static str, &'static str),
    let_go_note: &'static str,
    domain: &'static str,
    phone: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            names: [
                "Emma Clarke",
                "Tom Bennett",
                "Priya Shah",
                "Oliver Hughes",
                "Ruth Palmer",
            ],
            companies: [
                "Brightline Logistics",
                "Harbour Foods",
                "Northgate Dental",
                "Kestrel Print",
                "Mill Lane Motors",
            ],
            roles: [
                "Head of operations",
                "Purchasing manager",
                "Practice manager",
                "Managing director",
                "Owner",
            ],
            overdue: (
                "the pilot for the Leeds warehouse",
                "check the budget with the finance director",
            ),
            due: (
                "the offer for 40 licences",
                "go through the offer with her team",
            ),
            new_note: "Asked for a callback via the website form.",
            nurture: ("route planning for their vans", "next year"),
            let_go_note: "Three calls, no answer.",
            domain: "example.co.uk",
            phone: "020 7946 0",
        },
        Lang::Sv => Words {
            names: [
                "Anna Lindqvist",
                "Erik Sandberg",
                "Sara Holm",
                "Johan Berglund",
                "Karin Ek",
            ],
            companies: [
                "Nordfrakt AB",
                "Skärgårdens Livs AB",
                "Tandvården Norr AB",
                "Tryckeriet i Umeå AB",
                "Bilhallen Väst AB",
            ],
            roles: ["Driftchef", "Inköpschef", "Verksamhetschef", "VD", "Ägare"],
            overdue: (
                "piloten för lagret i Jönköping",
                "stämma av budgeten med ekonomichefen",
            ),
            due: (
                "offerten på 40 licenser",
                "gå igenom offerten med sitt team",
            ),
            new_note: "Bad om att bli uppringd via formuläret på webbplatsen.",
            nurture: ("ruttplaneringen för deras bilar", "nästa år"),
            let_go_note: "Tre samtal utan svar.",
            domain: "example.se",
            phone: "08-123 45 0",
        },
        Lang::De => Words {
            names: [
                "Jana Becker",
                "Lukas Wagner",
                "Miriam Schulz",
                "Felix Hoffmann",
                "Petra Krüger",
            ],
            companies: [
                "Rheinfracht GmbH",
                "Alpenfrisch Lebensmittel GmbH",
                "Zahnzentrum Nord",
                "Druckhaus Weber KG",
                "Autohaus am Ring",
            ],
            roles: [
                "Leiterin Logistik",
                "Einkaufsleiter",
                "Praxismanagerin",
                "Geschäftsführer",
                "Inhaberin",
            ],
            overdue: (
                "den Pilotbetrieb im Lager Köln",
                "das Budget mit dem Finanzchef abstimmen",
            ),
            due: (
                "das Angebot über 40 Lizenzen",
                "das Angebot mit ihrem Team durchgehen",
            ),
            new_note: "Hat über das Kontaktformular um einen Rückruf gebeten.",
            nurture: ("die Tourenplanung ihrer Fahrzeuge", "nächstes Jahr"),
            let_go_note: "Drei Anrufe, niemand erreicht.",
            domain: "example.de",
            phone: "030 123456 0",
        },
        Lang::Nb => Words {
            names: [
                "Ingrid Haugen",
                "Lars Bakken",
                "Silje Moen",
                "Anders Lie",
                "Hilde Strand",
            ],
            companies: [
                "Fjordfrakt AS",
                "Kystmat AS",
                "Tannlegesenteret Nord AS",
                "Trykkeriet i Bergen AS",
                "Bilsenteret Vest AS",
            ],
            roles: [
                "Driftssjef",
                "Innkjøpssjef",
                "Klinikkleder",
                "Administrerende direktør",
                "Eier",
            ],
            overdue: (
                "piloten for lageret i Drammen",
                "avklare budsjettet med økonomisjefen",
            ),
            due: (
                "tilbudet på 40 lisenser",
                "gå gjennom tilbudet med teamet sitt",
            ),
            new_note: "Ba om å bli ringt opp via skjemaet på nettsiden.",
            nurture: ("ruteplanleggingen for bilene deres", "neste år"),
            let_go_note: "Ringt tre ganger uten svar.",
            domain: "example.no",
            phone: "22 12 34 0",
        },
        Lang::Nl => Words {
            names: [
                "Sanne de Vries",
                "Daan Jansen",
                "Lotte Visser",
                "Bram Smit",
                "Eva Mulder",
            ],
            companies: [
                "Maasvracht B.V.",
                "Polderfris B.V.",
                "Tandartspraktijk Noord",
                "Drukkerij Van Dam",
                "Autobedrijf De Ring",
            ],
            roles: [
                "Hoofd operations",
                "Inkoopmanager",
                "Praktijkmanager",
                "Directeur",
                "Eigenaar",
            ],
            overdue: (
                "de pilot voor het magazijn in Tilburg",
                "het budget met de financieel directeur afstemmen",
            ),
            due: (
                "de offerte voor 40 licenties",
                "de offerte met haar team doornemen",
            ),
            new_note: "Vroeg via het formulier op de website om teruggebeld te worden.",
            nurture: ("de routeplanning voor hun bestelbussen", "volgend jaar"),
            let_go_note: "Drie keer gebeld, niemand opgenomen.",
            domain: "example.nl",
            phone: "020 123 45 0",
        },
    }
}

/// Five sample leads in `lang`, dated back from `now` over `country`'s working days.
pub fn sample_leads(lang: Lang, country: Country, now: NaiveDateTime) -> Vec<Lead> {
    let words = words(lang);
    let today = now.date();
    let day_back = |days: u64| working_days_before(country, today, days);
    let at = |date: NaiveDate, hour: u32| {
        date.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default())
    };
    let conversation = |when: NaiveDateTime, (discussed, promised): (&str, &str)| Contact {
        at: when,
        reached: true,
        discussed: discussed.to_owned(),
        promised: promised.to_owned(),
        ..Contact::default()
    };
    let attempt = |when: NaiveDateTime| Contact {
        at: when,
        ..Contact::default()
    };

    let overdue = Contact {
        agreed_next: Some(at(day_back(2), 10)),
        ..conversation(at(day_back(6), 11), words.overdue)
    };
    // Later today, or at the start of the next working day when today is a day off.
    let due_day = if is_day_off(country, today) {
        next_working_day(country, today)
    } else {
        today
    };
    let due = Contact {
        agreed_next: Some(at(due_day, 16)),
        ..conversation(at(day_back(3), 14), words.due)
    };
    // Two stalled conversations in a row: chasing has stopped working (L5).
    let nurture = vec![
        Contact {
            outcome: Some(Outcome::SendInformation),
            ..conversation(at(day_back(15), 10), (words.nurture.0, ""))
        },
        Contact {
            outcome: Some(Outcome::NeedsToThink),
            ..conversation(at(day_back(5), 15), (words.nurture.0, ""))
        },
    ];
    let let_go = vec![
        attempt(at(day_back(9), 9)),
        attempt(at(day_back(6), 13)),
        attempt(at(day_back(2), 16)),
    ];
    let nurture_lead = Lead {
        qualification: Qualification {
            need_confirmed: Some(true),
            timing: Some(words.nurture.1.to_owned()),
            ..Qualification::default()
        },
        log: nurture,
        ..Lead::default()
    };
    let details = [
        Lead {
            stage: Stage::OfferOut,
            log: vec![overdue],
            ..Lead::default()
        },
        Lead {
            stage: Stage::OfferOut,
            log: vec![due],
            ..Lead::default()
        },
        Lead {
            source: Source::Inbound,
            notes: words.new_note.to_owned(),
            ..Lead::default()
        },
        nurture_lead,
        Lead {
            notes: words.let_go_note.to_owned(),
            log: let_go,
            ..Lead::default()
        },
    ];
    details
        .into_iter()
        .enumerate()
        .map(|(index, lead)| Lead {
            id: SAMPLE_IDS[index].to_owned(),
            name: words.names[index].to_owned(),
            company: words.companies[index].to_owned(),
            role: words.roles[index].to_owned(),
            phone: format!("{}{}", words.phone, 100 + index),
            email: email_of(words.names[index], words.domain),
            sample: true,
            ..lead
        })
        .collect()
}

/// `first.last@domain` from a name, Dutch name particles and accents left out.
fn email_of(name: &str, domain: &str) -> String {
    let parts: Vec<&str> = name
        .split_whitespace()
        .filter(|part| !matches!(*part, "de" | "van"))
        .collect();
    let local: String = [parts.first(), parts.last()]
        .into_iter()
        .flatten()
        .map(|part| plain_ascii(part))
        .collect::<Vec<_>>()
        .join(".");
    format!("{local}@{domain}")
}

fn plain_ascii(word: &str) -> String {
    super::text::lowercase(word)
        .chars()
        .filter_map(|c| match c {
            'å' | 'ä' | 'à' | 'á' => Some('a'),
            'ö' | 'ø' | 'ó' => Some('o'),
            'ü' => Some('u'),
            'é' | 'è' | 'ë' => Some('e'),
            c if c.is_ascii_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// The working day `days` working days before `date` (weekends and the country's holidays
/// skipped), so that a sample's conversation never sits on a Sunday.
fn working_days_before(country: Country, date: NaiveDate, days: u64) -> NaiveDate {
    let mut day = date;
    let mut left = days;
    // Bounded: no country has more than a week off in a row.
    for _ in 0..days * 3 + 14 {
        if left == 0 && !is_day_off(country, day) {
            break;
        }
        day = day.checked_sub_days(Days::new(1)).unwrap_or(day);
        if !is_day_off(country, day) {
            left = left.saturating_sub(1);
        }
    }
    day
}

fn next_working_day(country: Country, date: NaiveDate) -> NaiveDate {
    let mut day = date;
    for _ in 0..14 {
        day = day.checked_add_days(Days::new(1)).unwrap_or(day);
        if !is_day_off(country, day) {
            break;
        }
    }
    day
}
