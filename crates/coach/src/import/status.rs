//! CRM lead and deal statuses as what the advisor knows: a HubSpot "Unqualified" is a lead
//! without a need (L3), a "Bad timing" one to nurture (L5), an "Attempted to contact" one with an
//! unanswered attempt (L1), a "Connected" one in dialogue. Without this an export of a working
//! pipeline reads as a list of fresh cold leads, and the advisor chases people the CRM already
//! let go.
//!
//! The rep sees each distinct value of the status columns with its meaning and can change it
//! before importing ([`StatusChoices`]); a value not recognised means nothing until the rep
//! says what it means.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};

use super::csv::CsvTable;
use super::mapping::{words_of, LeadField};
use crate::lead::{Channel, Contact, Lead};
use crate::schedule::{parse_customer_time, Stage};

/// What a CRM status tells the advisor about a lead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CrmStatus {
    /// Nobody has tried yet: the first call, prepared (W1).
    NewLead,
    /// Someone tried and did not get through: one unanswered attempt counts towards L1.
    Attempted,
    /// The person was reached and a conversation is going: one reached contact.
    InDialogue,
    /// A real need, but not now: nurture until the buying time (L5).
    Nurture,
    /// No need or no fit: let go (L3).
    NotQualified,
    /// Already bought: not a lead to chase, so the row is not imported.
    Customer,
}

impl CrmStatus {
    pub const ALL: [CrmStatus; 6] = [
        CrmStatus::NewLead,
        CrmStatus::Attempted,
        CrmStatus::InDialogue,
        CrmStatus::Nurture,
        CrmStatus::NotQualified,
        CrmStatus::Customer,
    ];

    /// The meaning's name in the preview's form values and test ids.
    pub fn slug(self) -> &'static str {
        match self {
            CrmStatus::NewLead => "new-lead",
            CrmStatus::Attempted => "attempted",
            CrmStatus::InDialogue => "in-dialogue",
            CrmStatus::Nurture => "nurture",
            CrmStatus::NotQualified => "not-qualified",
            CrmStatus::Customer => "customer",
        }
    }

    pub fn from_slug(slug: &str) -> Option<CrmStatus> {
        CrmStatus::ALL
            .into_iter()
            .find(|status| status.slug() == slug)
    }
}

/// Status values as HubSpot, Pipedrive and Salesforce write them, and the words a European CRM
/// or a hand-kept sheet uses, folded like headers (lowercase, punctuation gone). A value is
/// matched by its longest leading phrase in this table, so "Bad timing, budget frozen until Q2"
/// is "bad timing" with words after it.
const STATUS_NAMES: &[(&str, CrmStatus)] = &[
    // HubSpot lead status.
    ("new", CrmStatus::NewLead),
    ("open", CrmStatus::NewLead),
    ("inprogress", CrmStatus::InDialogue),
    ("attemptedtocontact", CrmStatus::Attempted),
    ("connected", CrmStatus::InDialogue),
    ("opendeal", CrmStatus::InDialogue),
    ("unqualified", CrmStatus::NotQualified),
    ("badtiming", CrmStatus::Nurture),
    // Salesforce lead status, with the variants orgs add.
    ("opennotcontacted", CrmStatus::NewLead),
    ("workingcontacted", CrmStatus::InDialogue),
    ("closedconverted", CrmStatus::Customer),
    ("closednotconverted", CrmStatus::NotQualified),
    ("nurturing", CrmStatus::Nurture),
    ("nurture", CrmStatus::Nurture),
    ("disqualified", CrmStatus::NotQualified),
    ("notqualified", CrmStatus::NotQualified),
    ("qualified", CrmStatus::InDialogue),
    // Pipedrive deal status and lost reasons, and its lead labels.
    ("won", CrmStatus::Customer),
    ("lost", CrmStatus::NotQualified),
    ("hot", CrmStatus::InDialogue),
    ("warm", CrmStatus::NewLead),
    ("cold", CrmStatus::Nurture),
    ("notinterested", CrmStatus::NotQualified),
    ("nointerest", CrmStatus::NotQualified),
    ("noneed", CrmStatus::NotQualified),
    ("wentwithcompetitor", CrmStatus::NotQualified),
    ("competitor", CrmStatus::NotQualified),
    ("nobudget", CrmStatus::Nurture),
    ("timing", CrmStatus::Nurture),
    ("notnow", CrmStatus::Nurture),
    ("noresponse", CrmStatus::Attempted),
    ("unresponsive", CrmStatus::Attempted),
    ("noanswer", CrmStatus::Attempted),
    ("attempted", CrmStatus::Attempted),
    ("contacted", CrmStatus::InDialogue),
    ("customer", CrmStatus::Customer),
    ("converted", CrmStatus::Customer),
    ("closedwon", CrmStatus::Customer),
    ("closedlost", CrmStatus::NotQualified),
    // Swedish.
    ("ny", CrmStatus::NewLead),
    ("öppen", CrmStatus::NewLead),
    ("kontaktförsök", CrmStatus::Attempted),
    ("ejnådd", CrmStatus::Attempted),
    ("intenådd", CrmStatus::Attempted),
    ("idialog", CrmStatus::InDialogue),
    ("kontaktad", CrmStatus::InDialogue),
    ("ejkvalificerad", CrmStatus::NotQualified),
    ("intekvalificerad", CrmStatus::NotQualified),
    ("inteintresserad", CrmStatus::NotQualified),
    ("förlorad", CrmStatus::NotQualified),
    ("feltidpunkt", CrmStatus::Nurture),
    ("intenu", CrmStatus::Nurture),
    ("vunnen", CrmStatus::Customer),
    ("kund", CrmStatus::Customer),
    // German.
    ("neu", CrmStatus::NewLead),
    ("offen", CrmStatus::NewLead),
    ("kontaktversuch", CrmStatus::Attempted),
    ("nichterreicht", CrmStatus::Attempted),
    ("imgespräch", CrmStatus::InDialogue),
    ("kontaktiert", CrmStatus::InDialogue),
    ("nichtqualifiziert", CrmStatus::NotQualified),
    ("keininteresse", CrmStatus::NotQualified),
    ("verloren", CrmStatus::NotQualified),
    ("falscherzeitpunkt", CrmStatus::Nurture),
    ("nichtjetzt", CrmStatus::Nurture),
    ("gewonnen", CrmStatus::Customer),
    ("kunde", CrmStatus::Customer),
    // Norwegian.
    ("åpen", CrmStatus::NewLead),
    ("kontaktforsøk", CrmStatus::Attempted),
    ("ikkenådd", CrmStatus::Attempted),
    ("ikontakt", CrmStatus::InDialogue),
    ("kontaktet", CrmStatus::InDialogue),
    ("ikkekvalifisert", CrmStatus::NotQualified),
    ("ikkeinteressert", CrmStatus::NotQualified),
    ("tapt", CrmStatus::NotQualified),
    ("feiltidspunkt", CrmStatus::Nurture),
    ("ikkenå", CrmStatus::Nurture),
    ("vunnet", CrmStatus::Customer),
    // Dutch.
    ("nieuw", CrmStatus::NewLead),
    ("contactpoging", CrmStatus::Attempted),
    ("nietbereikt", CrmStatus::Attempted),
    ("ingesprek", CrmStatus::InDialogue),
    ("gecontacteerd", CrmStatus::InDialogue),
    ("nietgekwalificeerd", CrmStatus::NotQualified),
    ("geeninteresse", CrmStatus::NotQualified),
    ("verkeerdmoment", CrmStatus::Nurture),
    ("nietnu", CrmStatus::Nurture),
    ("klant", CrmStatus::Customer),
];

/// Longest phrase looked for at the start of a value; "closed not converted" is three words.
const LONGEST_PHRASE: usize = 4;

/// A bad timing without a time in the row: look again in about a quarter, as a rep would note it.
const DEFAULT_NURTURE_DAYS: u64 = 91;

/// What a status cell means by itself, and how many of its words said it. In a deal's status
/// column "open" is an open deal, in dialogue; elsewhere it is HubSpot's new, untouched lead.
pub fn recognise_status(value: &str, deal_column: bool) -> Option<(CrmStatus, usize)> {
    let words = words_of(value);
    (1..=words.len().min(LONGEST_PHRASE)).rev().find_map(|n| {
        let key = words[..n].concat();
        if deal_column && key == "open" {
            return Some((CrmStatus::InDialogue, n));
        }
        STATUS_NAMES
            .iter()
            .find(|(name, _)| *name == key)
            .map(|(_, status)| (*status, n))
    })
}

/// Whether a header names a deal's status (Pipedrive's "Deal - Status", HubSpot's "Deal status").
fn is_deal_column(header: &str) -> bool {
    words_of(header)
        .iter()
        .any(|word| ["deal", "affär", "geschäft", "avtale", "deals"].contains(&word.as_str()))
}

/// One distinct value of a status column, as the preview lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusValue {
    pub column: usize,
    /// As first written in the file, trimmed.
    pub shown: String,
    /// How many rows carry it.
    pub rows: usize,
    pub recognised: Option<CrmStatus>,
    /// What the import applies: the recognised meaning until the rep changes it; `None` ignores
    /// the value.
    pub chosen: Option<CrmStatus>,
    key: String,
}

/// The status values of a file and what each is to mean. The default (empty) reads every value
/// with its recognised meaning.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct StatusChoices {
    pub values: Vec<StatusValue>,
}

/// More distinct values than this are free text, not statuses; the rest keep their recognised
/// meaning and are not listed.
pub const MAX_STATUS_VALUES: usize = 50;

impl StatusChoices {
    /// The distinct values of the columns mapped to [`LeadField::Status`] or
    /// [`LeadField::LostReason`], in file order. Choices the rep made in `previous` for a value
    /// still there are kept, so changing a column's mapping does not undo them.
    pub fn for_table(
        table: &CsvTable,
        mapping: &[Option<LeadField>],
        previous: &StatusChoices,
    ) -> StatusChoices {
        let mut values: Vec<StatusValue> = Vec::new();
        for (column, field) in mapping.iter().enumerate() {
            if !matches!(field, Some(LeadField::Status | LeadField::LostReason)) {
                continue;
            }
            let deal_column = table.headers.get(column).is_some_and(|h| is_deal_column(h));
            for row in &table.rows {
                let Some(cell) = row.cells.get(column) else {
                    continue;
                };
                let shown = cell.trim().to_owned();
                if shown.is_empty() {
                    continue;
                }
                let key = words_of(&shown).concat();
                if let Some(known) = values
                    .iter_mut()
                    .find(|v| v.column == column && v.key == key)
                {
                    known.rows += 1;
                    continue;
                }
                if values.len() == MAX_STATUS_VALUES {
                    continue;
                }
                let recognised = recognise_status(&shown, deal_column).map(|(status, _)| status);
                let chosen = previous
                    .values
                    .iter()
                    .find(|v| v.column == column && v.key == key)
                    .map_or(recognised, |v| v.chosen);
                values.push(StatusValue {
                    column,
                    shown,
                    rows: 1,
                    recognised,
                    chosen,
                    key,
                });
            }
        }
        StatusChoices { values }
    }

    /// The rep sets what the `index`th listed value means; out of range changes nothing.
    pub fn choose(&mut self, index: usize, meaning: Option<CrmStatus>) {
        if let Some(value) = self.values.get_mut(index) {
            value.chosen = meaning;
        }
    }

    /// What `cell` of `column` means for the import.
    fn meaning(&self, table: &CsvTable, column: usize, cell: &str) -> Option<CrmStatus> {
        let key = words_of(cell).concat();
        match self
            .values
            .iter()
            .find(|v| v.column == column && v.key == key)
        {
            Some(value) => value.chosen,
            None => {
                let deal_column = table.headers.get(column).is_some_and(|h| is_deal_column(h));
                recognise_status(cell, deal_column).map(|(status, _)| status)
            }
        }
    }
}

/// The status cells of one row, by column, as read by [`super::map_rows`].
#[derive(Default)]
pub(super) struct RowStatus {
    pub status: Option<(usize, String)>,
    pub lost_reason: Option<(usize, String)>,
}

impl RowStatus {
    /// A lost reason that means something says more than the bare "lost" beside it.
    pub fn meaning(&self, table: &CsvTable, choices: &StatusChoices) -> Option<CrmStatus> {
        let of = |cell: &Option<(usize, String)>| {
            cell.as_ref()
                .and_then(|(column, text)| choices.meaning(table, *column, text))
        };
        of(&self.lost_reason).or_else(|| of(&self.status))
    }

    /// The cells' words beyond a bare status ("budget frozen until Q2"), for the lead's notes.
    fn free_text(&self, table: &CsvTable) -> Vec<&str> {
        [&self.status, &self.lost_reason]
            .into_iter()
            .flatten()
            .filter(|(column, text)| {
                let deal_column = table
                    .headers
                    .get(*column)
                    .is_some_and(|h| is_deal_column(h));
                recognise_status(text, deal_column)
                    .is_none_or(|(_, matched)| matched < words_of(text).len())
            })
            .map(|(_, text)| text.as_str())
            .collect()
    }
}

/// Applies a status meaning to a lead read from a row; `now` dates the attempt or conversation
/// the status stands for, since an export rarely says when it was.
pub(super) fn apply_status(
    lead: &mut Lead,
    status: Option<CrmStatus>,
    row: &RowStatus,
    table: &CsvTable,
    now: NaiveDateTime,
) {
    let free_text = row.free_text(table);
    for text in &free_text {
        if !lead.notes.contains(text) {
            if !lead.notes.is_empty() {
                lead.notes.push('\n');
            }
            lead.notes.push_str(text);
        }
    }
    let Some(status) = status else {
        return;
    };
    match status {
        CrmStatus::NewLead | CrmStatus::Customer => {}
        CrmStatus::Attempted => lead.log.push(Contact {
            at: now,
            channel: Channel::Call,
            reached: false,
            ..Contact::default()
        }),
        CrmStatus::InDialogue => {
            if lead.stage == Stage::FirstContact {
                lead.stage = Stage::InDialogue;
            }
            lead.log.push(Contact {
                at: now,
                channel: Channel::Call,
                reached: true,
                ..Contact::default()
            });
        }
        CrmStatus::Nurture => {
            // L5 is for a real need that is not ready; "bad timing" says the need is there.
            lead.qualification.need_confirmed = Some(true);
            let mut texts = free_text;
            texts.push(&lead.notes);
            lead.qualification.timing = Some(buying_time(&texts, now));
        }
        CrmStatus::NotQualified => lead.qualification.need_confirmed = Some(false),
    }
}

/// When the customer means to buy: a quarter named in the texts as its first day ("Q2" in
/// December is 1 April next year), else the texts' own words when the schedule reads a time in
/// them, else about a quarter from `now`. A date is written as ISO so that the advisor reads it.
fn buying_time(texts: &[&str], now: NaiveDateTime) -> String {
    let today = now.date();
    if let Some(start) = texts.iter().find_map(|text| quarter_start(text, today)) {
        return iso_date(start);
    }
    if let Some(words) = texts
        .iter()
        .find(|text| parse_customer_time(text).is_some())
    {
        return (*words).to_owned();
    }
    iso_date(
        today
            .checked_add_days(Days::new(DEFAULT_NURTURE_DAYS))
            .unwrap_or(today),
    )
}

/// chrono is built without its formatting feature, to keep the bundle small.
fn iso_date(day: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

const QUARTER_WORDS: &[&str] = &["quarter", "kvartal", "quartal", "kwartaal", "kvartalet"];

/// The first day of the quarter `text` names ("Q2", "Q3 2027", "quarter 2", "2. Quartal"), the
/// next one to start after `today` when no year is given.
fn quarter_start(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let words = words_of(text);
    let quarter_at = |i: usize| -> Option<u32> {
        let word = words[i].as_str();
        let digit = |w: &str| w.parse::<u32>().ok().filter(|q| (1..=4).contains(q));
        if let Some(quarter) = word.strip_prefix('q').and_then(digit) {
            return Some(quarter);
        }
        if QUARTER_WORDS.contains(&word) {
            return words.get(i + 1).and_then(|w| digit(w));
        }
        if words
            .get(i + 1)
            .is_some_and(|w| QUARTER_WORDS.contains(&w.as_str()))
        {
            return digit(word);
        }
        None
    };
    let (i, quarter) = (0..words.len()).find_map(|i| quarter_at(i).map(|q| (i, q)))?;
    let month = (quarter - 1) * 3 + 1;
    let year = words[i..]
        .iter()
        .take(4)
        .find_map(|w| w.parse::<i32>().ok().filter(|y| (2000..=2100).contains(y)));
    match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, 1),
        None => {
            let this_year = NaiveDate::from_ymd_opt(today.year(), month, 1)?;
            if this_year > today {
                Some(this_year)
            } else {
                NaiveDate::from_ymd_opt(today.year() + 1, month, 1)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_quarter_is_its_first_day_next_time_it_starts() {
        let december = day(2026, 12, 6);
        assert_eq!(
            quarter_start("budget frozen until Q2", december),
            Some(day(2027, 4, 1))
        );
        assert_eq!(
            quarter_start("bis zum 3. Quartal 2028", december),
            Some(day(2028, 7, 1))
        );
        assert_eq!(
            quarter_start("quarter 4", day(2026, 3, 1)),
            Some(day(2026, 10, 1))
        );
        assert_eq!(quarter_start("Q7 or Q", december), None);
    }

    #[test]
    fn a_status_is_its_longest_leading_phrase() {
        assert_eq!(
            recognise_status("Closed - Not Converted", false),
            Some((CrmStatus::NotQualified, 3))
        );
        assert_eq!(
            recognise_status("Bad timing, budget frozen until Q2", false),
            Some((CrmStatus::Nurture, 2))
        );
        assert_eq!(
            recognise_status("open", false),
            Some((CrmStatus::NewLead, 1))
        );
        assert_eq!(
            recognise_status("open", true),
            Some((CrmStatus::InDialogue, 1))
        );
        assert_eq!(recognise_status("Price too high", false), None);
    }
}
