//! Reading a lead list that another tool wrote: the bytes as text ([`decode_text`]), the text as
//! a table ([`parse_csv`]), the table's columns as lead fields ([`suggest_mapping`]), and the rows
//! as leads with a list of what is wrong with which line ([`map_rows`]).
//!
//! Nothing here words a problem: [`CsvError`] and [`RowProblem`] are data, and the import screen
//! says them in the rep's language. Limits ([`MAX_ROWS`], [`MAX_COLUMNS`], [`MAX_CELLS`],
//! [`MAX_CELL_CHARS`]) keep a hostile or mistaken file (a database dump, a log) from freezing the
//! tab: the whole import runs on the page's only thread.
//!
//! The CSV reader is written by hand rather than with `csv-core`: `csv-core` accepts an
//! unterminated quote without a word, counts only `\n` as a line end (so an old Mac Excel file
//! ending lines with CR is all "line 1"), and skips blank lines without saying where a record
//! starts. It also cost more: about 3 KB gzipped in the release bundle against about 1 KB for
//! this reader, measured with the same small use of each.
//!
//! Formula-looking cells (`=HYPERLINK(...)`, `+46 70...`, `-`, `@`) are read as plain text and
//! kept as written: the widget only ever shows them as text, never evaluates them. The one change
//! is undoing the guard [`super::export::leads_to_csv`] puts in front of such cells (a `'`), so
//! that an exported list reads back the same.

use std::collections::{HashMap, HashSet};

use super::lead::{DoNotContact, Lead, Source};
use super::schedule::{DealSize, Stage};
use super::text::{is_word_char, lower_char};

/// A list longer than this is not a rep's lead list; reading on would only freeze the tab.
pub const MAX_ROWS: usize = 100_000;
/// Wide CRM exports ("all properties") reach a few hundred columns; a thousand is not a table.
pub const MAX_COLUMNS: usize = 1_000;
/// Bounds memory for files made of delimiters: every cell costs a string even when empty.
pub const MAX_CELLS: usize = 3_000_000;
/// Longer than any name, phone or sensible note; only mapped cells are checked (see
/// [`RowProblem::CellTooLong`]), so a long unmapped description does not cost the row.
pub const MAX_CELL_CHARS: usize = 2_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextEncoding {
    /// With or without a byte order mark.
    Utf8,
    /// Excel's "Unicode text".
    Utf16Le,
    Utf16Be,
    /// What Excel writes in Western Europe when saving "CSV (semicolon/comma delimited)".
    Windows1252,
}

/// Reads bytes as text, and says how, so the screen can tell the rep ("read as Windows-1252")
/// when accented letters come out wrong. A byte order mark decides; without one, bytes that are
/// not valid UTF-8 are taken as Windows-1252, which accepts any byte. Never fails: an invalid
/// sequence in UTF-16 becomes U+FFFD.
pub fn decode_text(bytes: &[u8]) -> (String, TextEncoding) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return (
            String::from_utf8_lossy(rest).into_owned(),
            TextEncoding::Utf8,
        );
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return (
            decode_utf16(rest, u16::from_le_bytes),
            TextEncoding::Utf16Le,
        );
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return (
            decode_utf16(rest, u16::from_be_bytes),
            TextEncoding::Utf16Be,
        );
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), TextEncoding::Utf8),
        Err(_) => (
            bytes.iter().map(|&b| windows_1252_char(b)).collect(),
            TextEncoding::Windows1252,
        ),
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if bytes.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

/// Windows-1252 is Latin-1 except for 0x80..=0x9F, where it puts the euro sign, curly quotes and
/// dashes. The five unassigned bytes map to the C1 controls of the same number, as browsers do.
fn windows_1252_char(byte: u8) -> char {
    const HIGH_CONTROLS: [char; 32] = [
        '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}',
        '\u{017D}', '\u{008F}', '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}',
        '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}',
        '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
    ];
    match byte {
        0x80..=0x9F => HIGH_CONTROLS[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CsvTable {
    pub headers: Vec<String>,
    pub rows: Vec<CsvRow>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRow {
    /// 1-based physical line where the record starts: a quoted cell can span lines, and the rep
    /// looks the row up in a text editor or by Excel's row number.
    pub line: usize,
    pub cells: Vec<String>,
}

/// Why a file cannot be read as a table at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvError {
    /// No header line: the file is empty or only blank lines.
    Empty,
    /// A quoted cell opened on `line` is never closed.
    UnterminatedQuote { line: usize },
    /// More than [`MAX_ROWS`] data rows; `read` rows were read before stopping.
    TooManyRows { read: usize },
    /// A record starting on `line` has more than [`MAX_COLUMNS`] cells.
    TooManyColumns { line: usize },
    /// More than [`MAX_CELLS`] cells in all, around `line`.
    TooManyCells { line: usize },
}

/// Reads CSV as RFC 4180 describes it, with the delimiter guessed from the header line
/// ([`detect_delimiter`]). Rows whose cells are all empty (the `;;;;` lines Excel leaves below a
/// table) are skipped. Cells are kept as written, with no trimming.
pub fn parse_csv(text: &str) -> Result<CsvTable, CsvError> {
    parse_csv_with(text, detect_delimiter(text))
}

/// Among `,` `;` and tab, the one that occurs most often outside quotes on the first line that
/// is not blank; a comma when there is none (a file of one column), and on a tie the semicolon,
/// because a European header with commas inside names is rarer than a semicolon file.
pub fn detect_delimiter(text: &str) -> char {
    let (mut commas, mut semicolons, mut tabs) = (0usize, 0usize, 0usize);
    let mut quoted = false;
    for c in text.trim_start_matches(['\u{FEFF}', '\r', '\n']).chars() {
        match c {
            '"' => quoted = !quoted,
            '\r' | '\n' if !quoted => break,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            '\t' if !quoted => tabs += 1,
            _ => {}
        }
    }
    if tabs > commas && tabs > semicolons {
        '\t'
    } else if semicolons >= commas && semicolons > 0 {
        ';'
    } else {
        ','
    }
}

pub fn parse_csv_with(text: &str, delimiter: char) -> Result<CsvTable, CsvError> {
    // Text read by the browser rather than by [`decode_text`] may still start with the mark.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = RecordReader {
        chars: text.chars().peekable(),
        line: 1,
        delimiter,
        cells_read: 0,
    };
    let mut headers = None;
    let mut rows = Vec::new();
    while let Some((line, cells)) = reader.next_record()? {
        if cells.iter().all(|cell| cell.is_empty()) {
            continue;
        }
        if headers.is_none() {
            headers = Some(cells.into_iter().map(|h| h.trim().to_owned()).collect());
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(CsvError::TooManyRows { read: rows.len() });
        }
        rows.push(CsvRow { line, cells });
    }
    let headers = headers.ok_or(CsvError::Empty)?;
    Ok(CsvTable { headers, rows })
}

struct RecordReader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    delimiter: char,
    cells_read: usize,
}

impl RecordReader<'_> {
    /// The next record and the line it starts on; `None` at the end of the text.
    fn next_record(&mut self) -> Result<Option<(usize, Vec<String>)>, CsvError> {
        if self.chars.peek().is_none() {
            return Ok(None);
        }
        let start = self.line;
        let mut cells = Vec::new();
        loop {
            let (cell, record_ended) = self.next_cell()?;
            if cells.len() == MAX_COLUMNS {
                return Err(CsvError::TooManyColumns { line: start });
            }
            self.cells_read += 1;
            if self.cells_read > MAX_CELLS {
                return Err(CsvError::TooManyCells { line: start });
            }
            cells.push(cell);
            if record_ended {
                return Ok(Some((start, cells)));
            }
        }
    }

    /// One cell, and whether a line end (or the end of the text) closed the record after it.
    /// Text after a closing quote is kept, as spreadsheets do, rather than refused.
    fn next_cell(&mut self) -> Result<(String, bool), CsvError> {
        let mut cell = String::new();
        let mut quoted = false;
        if self.chars.peek() == Some(&'"') {
            self.chars.next();
            quoted = true;
        }
        let opened_on = self.line;
        loop {
            let Some(c) = self.chars.next() else {
                return if quoted {
                    Err(CsvError::UnterminatedQuote { line: opened_on })
                } else {
                    Ok((cell, true))
                };
            };
            if quoted {
                match c {
                    '"' if self.chars.peek() == Some(&'"') => {
                        self.chars.next();
                        cell.push('"');
                    }
                    '"' => quoted = false,
                    '\r' | '\n' => {
                        cell.push(c);
                        if c == '\r' && self.chars.peek() == Some(&'\n') {
                            cell.push('\n');
                            self.chars.next();
                        }
                        self.line += 1;
                    }
                    _ => cell.push(c),
                }
                continue;
            }
            match c {
                _ if c == self.delimiter => return Ok((cell, false)),
                '\r' | '\n' => {
                    if c == '\r' && self.chars.peek() == Some(&'\n') {
                        self.chars.next();
                    }
                    self.line += 1;
                    return Ok((cell, true));
                }
                _ => cell.push(c),
            }
        }
    }
}

/// The lead fields a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LeadField {
    Name,
    FirstName,
    LastName,
    Company,
    Role,
    Phone,
    Email,
    Source,
    DealSize,
    Stage,
    Notes,
    /// Not in the first design: without it an exported list read back would forget who must not
    /// be called (L7).
    DoNotContact,
}

impl LeadField {
    pub const ALL: [LeadField; 12] = [
        LeadField::Name,
        LeadField::FirstName,
        LeadField::LastName,
        LeadField::Company,
        LeadField::Role,
        LeadField::Phone,
        LeadField::Email,
        LeadField::Source,
        LeadField::DealSize,
        LeadField::Stage,
        LeadField::Notes,
        LeadField::DoNotContact,
    ];

    /// The field's name in the mapping screen's form values and test ids.
    pub fn slug(self) -> &'static str {
        match self {
            LeadField::Name => "name",
            LeadField::FirstName => "first-name",
            LeadField::LastName => "last-name",
            LeadField::Company => "company",
            LeadField::Role => "role",
            LeadField::Phone => "phone",
            LeadField::Email => "email",
            LeadField::Source => "source",
            LeadField::DealSize => "deal-size",
            LeadField::Stage => "stage",
            LeadField::Notes => "notes",
            LeadField::DoNotContact => "do-not-contact",
        }
    }

    pub fn from_slug(slug: &str) -> Option<LeadField> {
        LeadField::ALL
            .into_iter()
            .find(|field| field.slug() == slug)
    }
}

/// The rep maps `column` to `field` (or to nothing): a field fills from one column only, so
/// any other column it was mapped from is left unmapped. A column out of range changes nothing.
pub fn assign_column(mapping: &mut [Option<LeadField>], column: usize, field: Option<LeadField>) {
    if column >= mapping.len() {
        return;
    }
    if field.is_some() {
        for mapped in mapping.iter_mut().filter(|mapped| **mapped == field) {
            *mapped = None;
        }
    }
    mapping[column] = field;
}

/// Header names as CRMs and Excel users write them, folded by [`header_key`]. Pipedrive's
/// "Person - Email - Work" and Upsales' "Kontakt: Namn" are handled by [`field_for_header`]
/// around this table.
const HEADER_NAMES: &[(&str, LeadField)] = &[
    // English: plain Excel, HubSpot, Salesforce, Pipedrive.
    ("name", LeadField::Name),
    ("fullname", LeadField::Name),
    ("contactname", LeadField::Name),
    ("contact", LeadField::Name),
    ("person", LeadField::Name),
    ("firstname", LeadField::FirstName),
    ("givenname", LeadField::FirstName),
    ("forename", LeadField::FirstName),
    ("lastname", LeadField::LastName),
    ("surname", LeadField::LastName),
    ("familyname", LeadField::LastName),
    ("company", LeadField::Company),
    ("companyname", LeadField::Company),
    ("companyaccount", LeadField::Company),
    ("account", LeadField::Company),
    ("accountname", LeadField::Company),
    ("associatedcompany", LeadField::Company),
    ("organization", LeadField::Company),
    ("organisation", LeadField::Company),
    ("organizationname", LeadField::Company),
    ("organisationname", LeadField::Company),
    ("employer", LeadField::Company),
    ("title", LeadField::Role),
    ("jobtitle", LeadField::Role),
    ("role", LeadField::Role),
    ("position", LeadField::Role),
    ("phone", LeadField::Phone),
    ("phonenumber", LeadField::Phone),
    ("telephone", LeadField::Phone),
    ("mobile", LeadField::Phone),
    ("mobilephone", LeadField::Phone),
    ("mobilephonenumber", LeadField::Phone),
    ("mobilenumber", LeadField::Phone),
    ("cell", LeadField::Phone),
    ("cellphone", LeadField::Phone),
    ("workphone", LeadField::Phone),
    ("businessphone", LeadField::Phone),
    ("tel", LeadField::Phone),
    ("email", LeadField::Email),
    ("emailaddress", LeadField::Email),
    ("mail", LeadField::Email),
    ("workemail", LeadField::Email),
    ("source", LeadField::Source),
    ("leadsource", LeadField::Source),
    ("originalsource", LeadField::Source),
    ("origin", LeadField::Source),
    ("channel", LeadField::Source),
    ("dealsize", LeadField::DealSize),
    ("size", LeadField::DealSize),
    ("stage", LeadField::Stage),
    ("dealstage", LeadField::Stage),
    ("pipelinestage", LeadField::Stage),
    ("notes", LeadField::Notes),
    ("note", LeadField::Notes),
    ("description", LeadField::Notes),
    ("comment", LeadField::Notes),
    ("comments", LeadField::Notes),
    ("remarks", LeadField::Notes),
    ("donotcontact", LeadField::DoNotContact),
    ("donotcall", LeadField::DoNotContact),
    ("dnc", LeadField::DoNotContact),
    // Swedish: Lime, Upsales, Excel.
    ("namn", LeadField::Name),
    ("kontaktperson", LeadField::Name),
    ("förnamn", LeadField::FirstName),
    ("efternamn", LeadField::LastName),
    ("företag", LeadField::Company),
    ("företagsnamn", LeadField::Company),
    ("bolag", LeadField::Company),
    ("titel", LeadField::Role),
    ("befattning", LeadField::Role),
    ("roll", LeadField::Role),
    ("yrkestitel", LeadField::Role),
    ("telefon", LeadField::Phone),
    ("telefonnummer", LeadField::Phone),
    ("mobil", LeadField::Phone),
    ("mobilnummer", LeadField::Phone),
    ("mobiltelefon", LeadField::Phone),
    ("epost", LeadField::Email),
    ("epostadress", LeadField::Email),
    ("mejl", LeadField::Email),
    ("källa", LeadField::Source),
    ("leadkälla", LeadField::Source),
    ("ursprung", LeadField::Source),
    ("affärsstorlek", LeadField::DealSize),
    ("storlek", LeadField::DealSize),
    ("fas", LeadField::Stage),
    ("säljfas", LeadField::Stage),
    ("steg", LeadField::Stage),
    ("anteckningar", LeadField::Notes),
    ("anteckning", LeadField::Notes),
    ("kommentar", LeadField::Notes),
    ("kommentarer", LeadField::Notes),
    ("beskrivning", LeadField::Notes),
    ("övrigt", LeadField::Notes),
    ("kontaktaej", LeadField::DoNotContact),
    ("ringej", LeadField::DoNotContact),
    ("spärr", LeadField::DoNotContact),
    // German.
    ("vollständigername", LeadField::Name),
    ("ansprechpartner", LeadField::Name),
    ("vorname", LeadField::FirstName),
    ("nachname", LeadField::LastName),
    ("familienname", LeadField::LastName),
    ("firma", LeadField::Company),
    ("firmenname", LeadField::Company),
    ("unternehmen", LeadField::Company),
    ("funktion", LeadField::Role),
    ("berufsbezeichnung", LeadField::Role),
    ("rolle", LeadField::Role),
    ("telefonnr", LeadField::Phone),
    ("handy", LeadField::Phone),
    ("quelle", LeadField::Source),
    ("leadquelle", LeadField::Source),
    ("herkunft", LeadField::Source),
    ("dealgröße", LeadField::DealSize),
    ("größe", LeadField::DealSize),
    ("phase", LeadField::Stage),
    ("stufe", LeadField::Stage),
    ("notizen", LeadField::Notes),
    ("notiz", LeadField::Notes),
    ("bemerkungen", LeadField::Notes),
    ("bemerkung", LeadField::Notes),
    ("anmerkungen", LeadField::Notes),
    ("beschreibung", LeadField::Notes),
    ("nichtkontaktieren", LeadField::DoNotContact),
    ("keinkontakt", LeadField::DoNotContact),
    // Norwegian.
    ("navn", LeadField::Name),
    ("fulltnavn", LeadField::Name),
    ("fornavn", LeadField::FirstName),
    ("etternavn", LeadField::LastName),
    ("bedrift", LeadField::Company),
    ("selskap", LeadField::Company),
    ("organisasjon", LeadField::Company),
    ("tittel", LeadField::Role),
    ("stilling", LeadField::Role),
    ("mobilnr", LeadField::Phone),
    ("kilde", LeadField::Source),
    ("størrelse", LeadField::DealSize),
    ("notater", LeadField::Notes),
    ("notat", LeadField::Notes),
    ("beskrivelse", LeadField::Notes),
    ("merknader", LeadField::Notes),
    ("ikkekontakt", LeadField::DoNotContact),
    ("ikkeringe", LeadField::DoNotContact),
    ("reservert", LeadField::DoNotContact),
    // Dutch.
    ("naam", LeadField::Name),
    ("volledigenaam", LeadField::Name),
    ("contactpersoon", LeadField::Name),
    ("voornaam", LeadField::FirstName),
    ("achternaam", LeadField::LastName),
    ("bedrijf", LeadField::Company),
    ("bedrijfsnaam", LeadField::Company),
    ("organisatie", LeadField::Company),
    ("functie", LeadField::Role),
    ("functietitel", LeadField::Role),
    ("telefoon", LeadField::Phone),
    ("telefoonnummer", LeadField::Phone),
    ("mobiel", LeadField::Phone),
    ("mobielnummer", LeadField::Phone),
    ("bron", LeadField::Source),
    ("herkomst", LeadField::Source),
    ("grootte", LeadField::DealSize),
    ("fase", LeadField::Stage),
    ("notities", LeadField::Notes),
    ("notitie", LeadField::Notes),
    ("opmerkingen", LeadField::Notes),
    ("opmerking", LeadField::Notes),
    ("omschrijving", LeadField::Notes),
    ("nietbenaderen", LeadField::DoNotContact),
    ("nietbellen", LeadField::DoNotContact),
];

/// A header's first word when it names the record the column belongs to, as Pipedrive
/// ("Person - Name", "Organization - Name") and Upsales ("Företag: Namn") write them.
const PERSON_WORDS: &[&str] = &[
    "person",
    "contact",
    "lead",
    "kontakt",
    "kontaktperson",
    "contactpersoon",
];
const ORGANISATION_WORDS: &[&str] = &[
    "organization",
    "organisation",
    "company",
    "account",
    "företag",
    "firma",
    "unternehmen",
    "bedrift",
    "organisasjon",
    "bedrijf",
    "organisatie",
];
const NAME_WORDS: &[&str] = &["name", "namn", "navn", "naam"];
/// Words after the field that say which of several it is: "Email - Work", "Telefon (Arbeit)".
const QUALIFIER_WORDS: &[&str] = &[
    "work",
    "home",
    "mobile",
    "mobil",
    "mobiel",
    "cell",
    "other",
    "main",
    "primary",
    "business",
    "private",
    "1",
    "2",
    "3",
    "arbete",
    "jobb",
    "privat",
    "direkt",
    "direct",
    "arbeit",
    "geschäftlich",
    "werk",
    "prive",
    "zakelijk",
];

/// Suggests which lead field each column fills; the rep confirms or changes it on the screen.
/// Each field is suggested for its first column only. A "Name" next to a "First name" and no
/// "Last name" is taken as the last name, as German and Swedish forms use it ("Vorname; Name").
pub fn suggest_mapping(headers: &[String]) -> Vec<Option<LeadField>> {
    let mut taken = HashSet::new();
    let mut mapping: Vec<Option<LeadField>> = headers
        .iter()
        .map(|header| field_for_header(header).filter(|field| taken.insert(*field)))
        .collect();
    if taken.contains(&LeadField::FirstName) && !taken.contains(&LeadField::LastName) {
        for field in mapping.iter_mut() {
            if *field == Some(LeadField::Name) {
                *field = Some(LeadField::LastName);
            }
        }
    }
    mapping
}

fn field_for_header(header: &str) -> Option<LeadField> {
    let words = words_of(header);
    let lookup = |words: &[String]| {
        let key = words.concat();
        HEADER_NAMES
            .iter()
            .find(|(name, _)| *name == key)
            .map(|(_, field)| *field)
    };
    if let Some(field) = lookup(&words) {
        return Some(field);
    }
    let (first, rest) = words.split_first()?;
    if ORGANISATION_WORDS.contains(&first.as_str())
        && rest.len() == 1
        && NAME_WORDS.contains(&rest[0].as_str())
    {
        return Some(LeadField::Company);
    }
    let mut rest = if PERSON_WORDS.contains(&first.as_str()) {
        rest
    } else {
        &words[..]
    };
    if let Some(field) = lookup(rest) {
        return Some(field);
    }
    while let Some((last, before)) = rest.split_last() {
        if !QUALIFIER_WORDS.contains(&last.as_str()) || before.is_empty() {
            break;
        }
        rest = before;
        if let Some(field) = lookup(rest) {
            return Some(field);
        }
    }
    None
}

/// Lowercased words, split at anything that is not a letter or digit: the headers "E-Mail" and
/// "e_mail" become ["e", "mail"], which [`HEADER_NAMES`] matches joined as "email", and the
/// values "Partner Referral" and "partner-referral" read alike.
fn words_of(header: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in header.chars() {
        if is_word_char(c) {
            word.push(lower_char(c));
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

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
/// `existing` is borrowed lead by lead, so a screen with thousands of leads need not copy them.
pub fn map_rows<'a>(
    table: &CsvTable,
    mapping: &[Option<LeadField>],
    existing: impl IntoIterator<Item = &'a Lead>,
    id_prefix: &str,
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
            report(RowProblem::CellCount {
                expected: table.headers.len(),
                found: row.cells.len(),
            });
            continue;
        }
        let (mut lead, notices) = match lead_from_row(row, mapping) {
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

fn lead_from_row(
    row: &CsvRow,
    mapping: &[Option<LeadField>],
) -> Result<(Lead, Vec<RowProblem>), RowProblem> {
    let mut lead = Lead {
        // See `map_rows`.
        stage: Stage::FirstContact,
        ..Lead::default()
    };
    let mut notices = Vec::new();
    let (mut first_name, mut last_name) = (String::new(), String::new());
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
            | LeadField::DoNotContact => {}
        }
    }
    if lead.name.is_empty() {
        lead.name = match (first_name.is_empty(), last_name.is_empty()) {
            (false, false) => format!("{first_name} {last_name}"),
            (false, true) => first_name,
            _ => last_name,
        };
    }
    Ok((lead, notices))
}

/// The cell as the lead keeps it: trimmed, and without the `'` that [`super::export`] puts before
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
        cell.trim_start_matches('\'').chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_table_matches_the_code_page() {
        let bytes = [
            0x80, 0x85, 0x8A, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9F,
        ];
        let text: String = bytes.iter().map(|&b| windows_1252_char(b)).collect();
        assert_eq!(text, "€…Š‘’“”–—™Ÿ");
        assert_eq!(windows_1252_char(0xE5), 'å');
        assert_eq!(windows_1252_char(0x81), '\u{81}');
    }

    #[test]
    fn header_words_split_at_punctuation() {
        assert_eq!(
            words_of("Person - E-Mail (Work)"),
            ["person", "e", "mail", "work"]
        );
    }
}
