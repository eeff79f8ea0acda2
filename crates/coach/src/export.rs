//! Writing leads out for other tools: a CSV file that Excel and CRMs open ([`leads_to_csv`]), and
//! a calendar entry for an agreed contact ([`contact_ics`]); a learner's practice results for a
//! trainer ([`practice_results_csv`]). [`super::import`] reads the CSV back.

use chrono::{Datelike, NaiveDateTime, TimeDelta, Timelike};

use super::advice_text::{name_of, DEAL_SIZES, DO_NOT_CONTACT_REASONS, SOURCES, STAGES};
use super::import::starts_formula_like;
use super::lead::Lead;
use super::practice::{Attempt, SKILLS};
use super::schedule::iso_local;

/// The header names, which [`super::import::suggest_mapping`] recognises; the last two columns
/// are information for the reader and are not read back.
const CSV_HEADERS: [&str; 12] = [
    "Name",
    "Company",
    "Role",
    "Phone",
    "Email",
    "Source",
    "Stage",
    "Deal size",
    "Notes",
    "Do not contact",
    "Last contact",
    "Agreed next contact",
];

/// The rep's practice results as CSV, one row per graded answer, oldest first, in the same
/// dialect as [`leads_to_csv`]: what a learner hands a trainer. The first verdict of an exercise
/// is what the schedule records; a retry is not an attempt of its own.
pub fn practice_results_csv(attempts: &[Attempt]) -> String {
    let mut csv = String::from('\u{FEFF}');
    push_record(
        &mut csv,
        ["Answered", "Exercise", "Skill", "Passed", "Score"],
    );
    for attempt in attempts {
        let score = attempt.score.to_string();
        push_record(
            &mut csv,
            [
                iso_local(attempt.at).as_str(),
                &attempt.id,
                name_of(SKILLS, attempt.skill),
                if attempt.pass { "yes" } else { "no" },
                &score,
            ],
        );
    }
    csv
}

/// The leads as RFC 4180 CSV: comma-separated, CRLF line ends, UTF-8 with a byte order mark
/// (without one Excel reads UTF-8 as the machine's code page and garbles "å"). Enum values are
/// the backup's kebab-case names. A cell that a spreadsheet would run as a formula (starting with
/// `=` `+` `-` `@`, tab or CR) gets a leading `'`, as OWASP advises against CSV injection; the
/// importer takes it off again. Sample leads the rep has not kept are left out: they are the
/// app's, not the rep's, and must not reach a CRM.
pub fn leads_to_csv(leads: &[Lead]) -> String {
    let mut csv = String::from('\u{FEFF}');
    push_record(&mut csv, CSV_HEADERS);
    for lead in leads.iter().filter(|lead| !lead.sample) {
        let last_contact = lead.log.iter().map(|contact| contact.at).max();
        // As the advisor reads it: the agreement made in the last conversation that reached them.
        let agreed_next = lead
            .log
            .iter()
            .filter(|contact| contact.reached)
            .max_by_key(|contact| contact.at)
            .and_then(|contact| contact.agreed_next);
        let optional_time = |at: Option<NaiveDateTime>| at.map(iso_local).unwrap_or_default();
        push_record(
            &mut csv,
            [
                lead.name.as_str(),
                &lead.company,
                &lead.role,
                &lead.phone,
                &lead.email,
                name_of(SOURCES, lead.source),
                name_of(STAGES, lead.stage),
                name_of(DEAL_SIZES, lead.deal_size),
                &lead.notes,
                lead.do_not_contact
                    .map_or("", |why| name_of(DO_NOT_CONTACT_REASONS, why)),
                &optional_time(last_contact),
                &optional_time(agreed_next),
            ],
        );
    }
    csv
}

fn push_record<'a>(csv: &mut String, cells: impl IntoIterator<Item = &'a str>) {
    for (index, cell) in cells.into_iter().enumerate() {
        if index > 0 {
            csv.push(',');
        }
        push_cell(csv, cell);
    }
    csv.push_str("\r\n");
}

/// Semicolons are quoted too, so that a European Excel that splits on `;` keeps the cell whole.
fn push_cell(csv: &mut String, cell: &str) {
    let guard = if starts_formula_like(cell) { "'" } else { "" };
    if cell.contains(['"', ',', ';', '\r', '\n']) {
        csv.push('"');
        csv.push_str(guard);
        csv.push_str(&cell.replace('"', "\"\""));
        csv.push('"');
    } else {
        csv.push_str(guard);
        csv.push_str(cell);
    }
}

/// One agreed contact for the rep's calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable per contact, so that importing the file again updates the entry instead of adding
    /// a second one.
    pub uid: String,
    /// When the file was made (DTSTAMP), in UTC.
    pub stamp: NaiveDateTime,
    /// The rep's local time, written as floating time: the call is at ten wherever the rep's
    /// calendar is, and the widget does not know the rep's time zone.
    pub start: NaiveDateTime,
    pub minutes: u32,
    pub summary: String,
    pub description: String,
}

/// The event as an RFC 5545 calendar file: CRLF line ends, lines folded at 75 octets, TEXT values
/// escaped. Control characters other than line breaks are dropped, since TEXT may not hold them.
///
/// A leading `=` `+` `-` or `@` in the summary or description is left as it is: calendars show
/// TEXT as text and never evaluate it, and a guarding `'` would show in the rep's calendar.
pub fn contact_ics(event: &CalendarEvent) -> String {
    let end = event
        .start
        .checked_add_signed(TimeDelta::minutes(i64::from(event.minutes)));
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//warmcall//warmcall//EN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape_text(&event.uid)),
        format!("DTSTAMP:{}Z", ics_date_time(event.stamp)),
        format!("DTSTART:{}", ics_date_time(event.start)),
        match end {
            Some(end) => format!("DTEND:{}", ics_date_time(end)),
            // Past chrono's last day; a duration says the same without a date.
            None => format!("DURATION:PT{}M", event.minutes),
        },
        format!("SUMMARY:{}", escape_text(&event.summary)),
        format!("DESCRIPTION:{}", escape_text(&event.description)),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    let mut ics = String::new();
    for line in &lines {
        push_folded(&mut ics, line);
    }
    ics
}

/// `YYYYMMDDTHHMMSS`, by hand: chrono's format machinery would cost the bundle more than this.
fn ics_date_time(at: NaiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// RFC 5545 TEXT: backslash, semicolon and comma escaped, every line break (CRLF, LF or CR) as
/// `\n`.
fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                escaped.push_str("\\n");
            }
            '\t' => escaped.push(c),
            _ if c.is_control() => {}
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Folds a content line so that no physical line is longer than 75 octets, a continuation's
/// leading space included, and never inside a UTF-8 character.
fn push_folded(ics: &mut String, line: &str) {
    const MAX_OCTETS: usize = 75;
    let mut rest = line;
    let mut room = MAX_OCTETS;
    loop {
        if rest.len() <= room {
            ics.push_str(rest);
            ics.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        ics.push_str(&rest[..cut]);
        ics.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_OCTETS - 1;
    }
}
