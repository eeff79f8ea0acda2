//! The rows as leads, with what is wrong with which line, and the duplicates of leads kept.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;

use super::csv::{parse_csv_with, CsvRow, CsvTable};
use super::mapping::{words_of, LeadField};
use super::status::{apply_status, CrmStatus, RowStatus, StatusChoices};
use super::MAX_CELL_CHARS;
use crate::lead::{DoNotContact, Lead, Source};
use crate::schedule::{DealSize, Stage};
use crate::text::lower_char;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ImportPreview {
    /// The leads to add, in file order, without the rows that have a problem that skips them.
    pub leads: Vec<Lead>,
    /// In line order; see [`RowProblem::skips_row`].
    pub errors: Vec<RowError>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub problem: RowProblem,
}

/// What is wrong with a row, as data for the screen to word. Columns are 0-based indexes into
/// [`CsvTable::headers`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// The row has more or fewer cells than the header: a delimiter inside an unquoted cell, or a
    /// row cut short. Its cells cannot be trusted to be in the right columns.
    CellCount { expected: usize, found: usize },
    /// The row has the wrong number of cells, but split at `row` instead of the file's `file`
    /// it has the header's count: a row pasted from another export.
    OtherDelimiter { row: char, file: char },
    /// Nothing to call the lead by.
    NoNameOrCompany,
    /// A mapped cell is longer than `limit` characters ([`MAX_CELL_CHARS`]).
    CellTooLong { column: usize, limit: usize },
    /// A value the importer does not recognise in a source, stage, deal-size or do-not-contact
    /// column. Only a notice: the lead is imported with the default (a cold source, first
    /// contact, a regular deal) or, for do-not-contact, as asked not to be contacted, because
    /// calling someone who said no is the costlier mistake (L7). Refusing the row instead would
    /// refuse whole CRM exports: HubSpot's sources alone include "Offline Sources" and "Other
    /// Campaigns".
    UnknownValue { column: usize, field: LeadField },
    /// The same person as an existing lead or an earlier row of the file.
    Duplicate { of: DuplicateOf, by: MatchedBy },
    /// The CRM status says this is a customer already ([`CrmStatus::Customer`]): not a lead to
    /// chase. The rep can map the status to something else to import the row.
    AlreadyCustomer { column: usize },
}

impl RowProblem {
    /// Whether the row is left out of [`ImportPreview::leads`]; only an unknown value is not.
    pub fn skips_row(&self) -> bool {
        !matches!(self, RowProblem::UnknownValue { .. })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DuplicateOf {
    /// A lead already in the list, by its id.
    Existing { id: String },
    /// An earlier row of the same file, by its line.
    Row { line: usize },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchedBy {
    /// The same email address, ignoring case and surrounding spaces.
    Email,
    /// The same name and company, ignoring case and spacing; only when both are given, since two
    /// "Anna" without a company are as likely two people as one.
    NameAndCompany,
}

/// Turns rows into leads with the columns mapped as the rep confirmed (`mapping[i]` for column
/// `i`; a mapping shorter than the header leaves the rest unmapped). Cells are trimmed; a
/// first and a last name are joined when there is no full name. A lead whose stage the file
/// does not give (no stage column, an empty or unknown value) is at first contact: fresh from a
/// CRM export, it has had no conversation yet. New leads get ids `{id_prefix}{n}` that no
/// existing lead has.
///
/// A status column's values mean what `statuses` says (see [`StatusChoices`]); `now` dates the
/// attempt or conversation a status stands for.
///
/// `existing` is borrowed lead by lead, so a screen with thousands of leads need not copy them.
pub fn map_rows<'a>(
    table: &CsvTable,
    mapping: &[Option<LeadField>],
    statuses: &StatusChoices,
    existing: impl IntoIterator<Item = &'a Lead>,
    id_prefix: &str,
    now: NaiveDateTime,
) -> ImportPreview {
    let mut identities = Identities::default();
    let mut taken_ids: HashSet<&str> = HashSet::new();
    for lead in existing {
        identities.remember(lead, || DuplicateOf::Existing {
            id: lead.id.clone(),
        });
        taken_ids.insert(lead.id.as_str());
    }
    let mut next_number = 1usize;
    let mut preview = ImportPreview::default();
    for row in &table.rows {
        let mut report = |problem| {
            preview.errors.push(RowError {
                line: row.line,
                problem,
            })
        };
        if row.cells.len() != table.headers.len() {
            report(match other_delimiter(table, row) {
                Some(delimiter) => RowProblem::OtherDelimiter {
                    row: delimiter,
                    file: table.delimiter,
                },
                None => RowProblem::CellCount {
                    expected: table.headers.len(),
                    found: row.cells.len(),
                },
            });
            continue;
        }
        let (mut lead, notices) = match lead_from_row(row, mapping, table, statuses, now) {
            Ok(read) => read,
            Err(problem) => {
                report(problem);
                continue;
            }
        };
        if lead.name.is_empty() && lead.company.is_empty() {
            report(RowProblem::NoNameOrCompany);
            continue;
        }
        if let Some((of, by)) = identities.find(&lead) {
            report(RowProblem::Duplicate { of, by });
            continue;
        }
        notices.into_iter().for_each(&mut report);
        identities.remember(&lead, || DuplicateOf::Row { line: row.line });
        lead.id = loop {
            let id = format!("{id_prefix}{next_number}");
            next_number += 1;
            if !taken_ids.contains(id.as_str()) {
                break id;
            }
        };
        preview.leads.push(lead);
    }
    preview
}

/// The delimiter among `,` `;` tab and `|` that splits the row into the header's count, when the
/// file's own does not. The row's cells joined back give its text closely enough: the file's
/// delimiter split it, so none of them holds one outside quotes.
fn other_delimiter(table: &CsvTable, row: &CsvRow) -> Option<char> {
    let text = row.cells.join(&table.delimiter.to_string());
    [',', ';', '\t', '|']
        .into_iter()
        .filter(|delimiter| *delimiter != table.delimiter)
        .find(|delimiter| {
            parse_csv_with(&text, *delimiter)
                .is_ok_and(|split| split.headers.len() == table.headers.len())
        })
}

fn lead_from_row(
    row: &CsvRow,
    mapping: &[Option<LeadField>],
    table: &CsvTable,
    statuses: &StatusChoices,
    now: NaiveDateTime,
) -> Result<(Lead, Vec<RowProblem>), RowProblem> {
    let mut lead = Lead {
        // See `map_rows`.
        stage: Stage::FirstContact,
        ..Lead::default()
    };
    let mut notices = Vec::new();
    let (mut first_name, mut last_name) = (String::new(), String::new());
    let mut status = RowStatus::default();
    for (column, (cell, field)) in row.cells.iter().zip(mapping).enumerate() {
        let Some(field) = *field else {
            continue;
        };
        if cell.chars().count() > MAX_CELL_CHARS {
            return Err(RowProblem::CellTooLong {
                column,
                limit: MAX_CELL_CHARS,
            });
        }
        let value = cell_text(cell);
        let unknown = RowProblem::UnknownValue { column, field };
        match field {
            LeadField::Name => lead.name = value,
            LeadField::FirstName => first_name = value,
            LeadField::LastName => last_name = value,
            LeadField::Company => lead.company = value,
            LeadField::Role => lead.role = value,
            LeadField::Phone => lead.phone = value,
            LeadField::Email => lead.email = value,
            LeadField::Notes => lead.notes = value,
            LeadField::Status if !value.is_empty() => status.status = Some((column, value)),
            LeadField::LostReason if !value.is_empty() => {
                status.lost_reason = Some((column, value))
            }
            LeadField::Source if !value.is_empty() => match parse_source(&value) {
                Some(source) => lead.source = source,
                None => notices.push(unknown),
            },
            LeadField::Stage if !value.is_empty() => match parse_stage(&value) {
                Some(stage) => lead.stage = stage,
                None => notices.push(unknown),
            },
            LeadField::DealSize if !value.is_empty() => match parse_deal_size(&value) {
                Some(size) => lead.deal_size = size,
                None => notices.push(unknown),
            },
            LeadField::DoNotContact if !value.is_empty() => match parse_do_not_contact(&value) {
                Some(refusal) => lead.do_not_contact = refusal,
                None => {
                    lead.do_not_contact = Some(DoNotContact::AskedNotToBeContacted);
                    notices.push(unknown);
                }
            },
            LeadField::Source
            | LeadField::Stage
            | LeadField::DealSize
            | LeadField::DoNotContact
            | LeadField::Status
            | LeadField::LostReason => {}
        }
    }
    let meaning = status.meaning(table, statuses);
    if meaning == Some(CrmStatus::Customer) {
        let column = [&status.lost_reason, &status.status]
            .into_iter()
            .flatten()
            .map(|(column, _)| *column)
            .next()
            .unwrap_or_default();
        return Err(RowProblem::AlreadyCustomer { column });
    }
    apply_status(&mut lead, meaning, &status, table, now);
    if lead.name.is_empty() {
        lead.name = match (first_name.is_empty(), last_name.is_empty()) {
            (false, false) => format!("{first_name} {last_name}"),
            (false, true) => first_name,
            _ => last_name,
        };
    }
    Ok((lead, notices))
}

/// The cell as the lead keeps it: trimmed, and without the `'` that [`crate::export`] puts before
/// a formula-looking cell. A `'` before anything else is part of the value, as in the Dutch
/// surname "'t Hart".
pub fn cell_text(cell: &str) -> String {
    let unguarded = match cell.strip_prefix('\'') {
        Some(rest) if starts_formula_like(rest) => rest,
        _ => cell,
    };
    unguarded.trim().to_owned()
}

/// A cell a spreadsheet could run as a formula, even behind further `'`s: the guard is added and
/// removed one `'` at a time, so that a value that itself starts with `'=` survives the round.
pub(crate) fn starts_formula_like(cell: &str) -> bool {
    matches!(
        cell.chars().find(|&c| !is_skipped_before_formula(c)),
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠')
    )
}

/// What spreadsheets pass over before they look for a formula: spaces (tab and carriage return
/// themselves start one), quotes and invisible characters. Some also read the full-width signs
/// above as the ASCII ones.
fn is_skipped_before_formula(c: char) -> bool {
    (c.is_whitespace() && !matches!(c, '\t' | '\r'))
        || matches!(
            c,
            '\'' | '"' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}'
        )
}

/// Source words in the five languages and the values CRMs use (HubSpot's "Original Source",
/// Salesforce's "Lead Source" picklist). The first kind with a matching word wins, so "Partner
/// referral" is a referral and "Web form" inbound.
fn parse_source(value: &str) -> Option<Source> {
    const KINDS: &[(Source, &[&str])] = &[
        (
            Source::Referral,
            &[
                "referral",
                "referrals",
                "referred",
                "recommendation",
                "partner",
                "tips",
                "tipset",
                "rekommendation",
                "empfehlung",
                "weiterempfehlung",
                "anbefaling",
                "doorverwijzing",
                "verwijzing",
                "aanbeveling",
                "mouth",
            ],
        ),
        (
            Source::EventOrNetwork,
            &[
                "event",
                "events",
                "eventornetwork",
                "network",
                "networking",
                "tradeshow",
                "trade",
                "seminar",
                "conference",
                "fair",
                "mässa",
                "nätverk",
                "konferens",
                "messe",
                "netzwerk",
                "veranstaltung",
                "konferenz",
                "nettverk",
                "konferanse",
                "arrangement",
                "netwerk",
                "beurs",
                "evenement",
                "congres",
            ],
        ),
        (
            Source::Inbound,
            &[
                "inbound",
                "web",
                "website",
                "webb",
                "webbplats",
                "webseite",
                "nettside",
                "form",
                "formulär",
                "formular",
                "skjema",
                "formulier",
                "inkommande",
                "eingehend",
                "innkommende",
                "inkomend",
                "organic",
                "search",
                "direct",
                "chat",
                "inquiry",
                "enquiry",
                "advertisement",
                "ads",
                "paid",
                "förfrågan",
                "anfrage",
                "henvendelse",
                "aanvraag",
            ],
        ),
        (
            Source::Cold,
            &[
                "cold",
                "kall",
                "kalt",
                "koud",
                "outbound",
                "utgående",
                "ausgehend",
                "uitgaand",
                "kallringning",
                "kaltakquise",
                "list",
                "purchased",
                "prospecting",
            ],
        ),
    ];
    let words = words_of(value);
    KINDS
        .iter()
        .find(|(_, names)| words.iter().any(|word| names.contains(&word.as_str())))
        .map(|(source, _)| *source)
}

/// Our own export's values ("offer-out") and the common names of pipeline stages.
fn parse_stage(value: &str) -> Option<Stage> {
    const STAGES: &[(Stage, &[&str])] = &[
        (
            Stage::ClosingAttempted,
            &[
                "closingattempted",
                "closing",
                "negotiation",
                "negotiations",
                "contract",
                "avslut",
                "förhandling",
                "abschluss",
                "verhandlung",
                "forhandling",
                "onderhandeling",
                "afsluiting",
            ],
        ),
        (
            Stage::OfferOut,
            &[
                "offerout", "offer", "proposal", "quote", "offert", "offerten", "angebot",
                "tilbud", "offerte",
            ],
        ),
        (
            Stage::FirstContact,
            &[
                "firstcontact",
                "new",
                "lead",
                "first",
                "ny",
                "första",
                "neu",
                "erstkontakt",
                "nieuw",
                "eerste",
                "første",
            ],
        ),
        (
            Stage::InDialogue,
            &[
                "indialogue",
                "dialogue",
                "dialog",
                "contacted",
                "qualified",
                "meeting",
                "dialoog",
                "kvalificerad",
                "qualifiziert",
                "kvalifisert",
                "gekwalificeerd",
            ],
        ),
    ];
    let words = words_of(value);
    let joined = words.concat();
    STAGES
        .iter()
        .find(|(_, names)| {
            names.contains(&joined.as_str()) || words.iter().any(|w| names.contains(&w.as_str()))
        })
        .map(|(stage, _)| *stage)
}

fn parse_deal_size(value: &str) -> Option<DealSize> {
    let key = words_of(value).concat();
    const LARGE: &[&str] = &["large", "big", "stor", "stort", "groß", "gross", "groot"];
    const REGULAR: &[&str] = &[
        "regular", "normal", "small", "standard", "liten", "vanlig", "klein", "vanleg", "gewoon",
        "normaal", "lite",
    ];
    if LARGE.contains(&key.as_str()) {
        Some(DealSize::Large)
    } else if REGULAR.contains(&key.as_str()) {
        Some(DealSize::Regular)
    } else {
        None
    }
}

/// `Some(None)` for a clear "no"; `None` when the value says neither.
fn parse_do_not_contact(value: &str) -> Option<Option<DoNotContact>> {
    const ON_REGISTER: &[&str] = &[
        "onregister",
        "register",
        "nix",
        "robinson",
        "robinsonliste",
        "reservasjon",
        "reservasjonsregisteret",
        "belmeniet",
        "belmenietregister",
        "tps",
    ];
    const ASKED: &[&str] = &[
        "askednottobecontacted",
        "yes",
        "y",
        "true",
        "1",
        "x",
        "ja",
        "j",
        "asked",
        "donotcall",
        "dnc",
    ];
    const NO: &[&str] = &["no", "n", "false", "0", "nej", "nein", "nei", "nee"];
    let key = words_of(value).concat();
    if ON_REGISTER.contains(&key.as_str()) {
        Some(Some(DoNotContact::OnRegister))
    } else if ASKED.contains(&key.as_str()) {
        Some(Some(DoNotContact::AskedNotToBeContacted))
    } else if NO.contains(&key.as_str()) {
        Some(None)
    } else {
        None
    }
}

/// Emails and names already seen, to find a row that repeats one.
#[derive(Default)]
struct Identities {
    by_email: HashMap<String, DuplicateOf>,
    by_name_and_company: HashMap<(String, String), DuplicateOf>,
}

impl Identities {
    fn find(&self, lead: &Lead) -> Option<(DuplicateOf, MatchedBy)> {
        let (email, name_and_company) = identity_keys(lead);
        if let Some(of) = email.and_then(|email| self.by_email.get(&email)) {
            return Some((of.clone(), MatchedBy::Email));
        }
        name_and_company
            .and_then(|key| self.by_name_and_company.get(&key))
            .map(|of| (of.clone(), MatchedBy::NameAndCompany))
    }

    /// Keeps the first holder of an identity, so a duplicate names the earliest row or lead.
    fn remember(&mut self, lead: &Lead, of: impl Fn() -> DuplicateOf) {
        let (email, name_and_company) = identity_keys(lead);
        if let Some(email) = email {
            self.by_email.entry(email).or_insert_with(&of);
        }
        if let Some(key) = name_and_company {
            self.by_name_and_company.entry(key).or_insert_with(&of);
        }
    }
}

fn identity_keys(lead: &Lead) -> (Option<String>, Option<(String, String)>) {
    let fold = |text: &str| -> String {
        text.split_whitespace()
            .map(|word| word.chars().map(lower_char).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let email = Some(fold(&lead.email)).filter(|email| !email.is_empty());
    let name = fold(&lead.name);
    let company = fold(&lead.company);
    let name_and_company = (!name.is_empty() && !company.is_empty()).then_some((name, company));
    (email, name_and_company)
}
