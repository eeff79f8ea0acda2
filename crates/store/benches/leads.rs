//! Leads in storage at the scale of a busy rep: 10,000 leads with 20 contacts each, in a
//! `MemoryStore`. Reports the storage size in UTF-16 code units (what localStorage counts; about
//! 5 million per origin in Chromium), the time to load them all, to save one lead, to log one
//! contact, and to export, read and restore a full backup. Plain `Instant` timing, as in
//! `analyze.rs`; native, so the browser is slower by a small factor.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Duration as Span, NaiveDate, NaiveDateTime};
use warmcall_coach::advisor::advise;
use warmcall_coach::lead::{Channel, Contact, CustomerWishes, Lead, Outcome, Source};
use warmcall_coach::schedule::Stage;
use warmcall_coach::settings::Settings;
use warmcall_store::backup::read_backup;
use warmcall_store::{MemoryStore, Store, DEFAULT_PREFIX};

const LEADS: usize = 10_000;
const CONTACTS: usize = 20;
const ROUNDS: usize = 5;

const FIRST: [&str; 8] = [
    "Anna", "Lars", "Karin", "Jonas", "Sanne", "Pieter", "Kari", "Matthias",
];
const LAST: [&str; 8] = [
    "Berg",
    "Lindqvist",
    "de Vries",
    "Hansen",
    "Müller",
    "Johansson",
    "Jansen",
    "Olsen",
];
const COMPANIES: [&str; 6] = [
    "Berg Consulting AB",
    "Nordic Freight AS",
    "Van Dijk Installatie BV",
    "Müller Haustechnik GmbH",
    "Solberg Eiendom AS",
    "Lindqvist Bygg & Fastighet AB",
];
const DISCUSSED: [&str; 5] = [
    "the revised quote and onboarding plan for the sales team",
    "pricing for 40 seats, annual billing",
    "integration with their CRM; needs IT sign-off",
    "demo follow-up, questions about reporting",
    "contract length and the start date in spring",
];

fn realistic_lead(n: usize) -> Lead {
    let first = FIRST[n % FIRST.len()];
    let last = LAST[n / FIRST.len() % LAST.len()];
    let company = COMPANIES[n % COMPANIES.len()];
    let start = NaiveDate::from_ymd_opt(2026, 1, 5)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let log = (0..CONTACTS)
        .map(|c| {
            let at: NaiveDateTime =
                start + Span::days((c * 4 + n % 3) as i64) + Span::minutes((n % 480) as i64);
            let reached = (n + c).is_multiple_of(2);
            Contact {
                at,
                channel: [
                    Channel::Call,
                    Channel::Call,
                    Channel::Email,
                    Channel::Meeting,
                ][c % 4],
                reached,
                outcome: reached.then_some(
                    [
                        Outcome::NeedsToThink,
                        Outcome::SendInformation,
                        Outcome::Other,
                    ][c % 3],
                ),
                discussed: if reached {
                    DISCUSSED[(n + c) % DISCUSSED.len()].to_owned()
                } else {
                    String::new()
                },
                promised: if reached && c % 5 == 0 {
                    "check the budget with the CFO".to_owned()
                } else {
                    String::new()
                },
                promised_by: (reached && c % 5 == 0).then(|| at.date() + Span::days(7)),
                agreed_next: (reached && c % 3 == 0).then(|| at + Span::days(5)),
                new_information: reached && c % 2 == 0,
            }
        })
        .collect();
    Lead {
        id: format!("l{n:x}-{:x}", n.wrapping_mul(2_654_435_761) % 0xffff_ffff),
        name: format!("{first} {last}"),
        company: company.to_owned(),
        role: "Head of Sales".to_owned(),
        phone: format!("+46 70 {:03} {:02} {:02}", n % 1000, n % 97, n % 89),
        email: format!("{}.{}@example.com", first.to_lowercase(), n),
        source: [Source::Cold, Source::Inbound, Source::Referral][n % 3],
        stage: [Stage::FirstContact, Stage::InDialogue, Stage::OfferOut][n % 3],
        customer_wishes: CustomerWishes {
            channel: None,
            time: if n.is_multiple_of(4) {
                "Tuesdays after 17".to_owned()
            } else {
                String::new()
            },
        },
        notes: "Met at the trade fair; wants a quote before the budget round in March.".to_owned(),
        log,
        ..Lead::default()
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(rounds: usize, mut work: impl FnMut() -> T) -> Duration {
    median(
        (0..rounds)
            .map(|_| {
                let started = Instant::now();
                black_box(work());
                started.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let leads: Vec<Lead> = (0..LEADS).map(realistic_lead).collect();
    let backend = MemoryStore::new();
    let (store, _) = Store::open(&backend, DEFAULT_PREFIX);
    let started = Instant::now();
    store.add_leads(&leads).unwrap();
    let import = started.elapsed();

    let snapshot = backend.snapshot();
    let utf16 = |text: &str| text.encode_utf16().count();
    let units: usize = snapshot.iter().map(|(k, v)| utf16(k) + utf16(v)).sum();
    let index = utf16(&snapshot[&store.key("leads")]);
    println!("{LEADS} leads × {CONTACTS} contacts in storage");
    println!(
        "  {units} UTF-16 units in {} keys ({:.0} per lead; index {index}); {:.0} % of a 5,000,000-unit quota",
        snapshot.len(),
        units as f64 / LEADS as f64,
        units as f64 / 5e6 * 100.0
    );

    let load = time(ROUNDS, || store.load_leads());
    let (loaded, _) = store.load_leads();
    assert_eq!(loaded.len(), LEADS);
    let one = &loaded[LEADS / 2];
    let save = time(101, || {
        store
            .save_lead(&one.lead, store.load_lead(&one.lead.id).unwrap().revision)
            .unwrap()
    });
    let log_contact = time(101, || {
        store
            .update_lead(&one.lead.id, |lead| {
                let last = lead.log.pop().unwrap();
                lead.log.push(last);
            })
            .unwrap()
    });
    let now = leads[0].log[CONTACTS - 1].at + Span::days(30);
    let settings = Settings::default();
    let advise_all = time(ROUNDS, || {
        loaded
            .iter()
            .map(|stored| advise(&stored.lead, &settings, now))
            .collect::<Vec<_>>()
    });
    let export = time(ROUNDS, || store.export_backup(leads[0].log[0].at).unwrap());
    let document = store.export_backup(leads[0].log[0].at).unwrap();
    let read = time(ROUNDS, || read_backup(&document).unwrap());
    let backup = read_backup(&document).unwrap();
    let restore = time(ROUNDS, || store.restore_backup(&backup).unwrap());

    println!("  import (add_leads) {import:.1?}");
    println!("  load_leads         {load:.1?}");
    println!("  advise every lead  {advise_all:.1?}");
    println!("  save_lead          {save:.1?} (load_lead + save of one lead)");
    println!("  update_lead        {log_contact:.1?}");
    println!(
        "  export_backup      {export:.1?} ({} chars)",
        document.len()
    );
    println!("  read_backup        {read:.1?}");
    println!("  restore_backup     {restore:.1?}");
}
