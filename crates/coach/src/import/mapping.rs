//! The table's columns as lead fields: what CRMs and spreadsheets call them, in five languages.

use std::collections::HashSet;

use crate::text::{is_word_char, lower_char};

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
    /// A CRM's lead or deal status; its values are mapped on their own ([`super::StatusChoices`]).
    Status,
    /// Pipedrive's "Lost reason" and the like: a status in the CRM user's own words.
    LostReason,
}

impl LeadField {
    pub const ALL: [LeadField; 14] = [
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
        LeadField::Status,
        LeadField::LostReason,
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
            LeadField::Status => "status",
            LeadField::LostReason => "lost-reason",
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
    ("status", LeadField::Status),
    ("leadstatus", LeadField::Status),
    ("hsleadstatus", LeadField::Status),
    ("dealstatus", LeadField::Status),
    ("label", LeadField::Status),
    ("labels", LeadField::Status),
    ("leadlabel", LeadField::Status),
    ("lostreason", LeadField::LostReason),
    ("reasonlost", LeadField::LostReason),
    ("deallostreason", LeadField::LostReason),
    ("closedlostreason", LeadField::LostReason),
    ("disqualificationreason", LeadField::LostReason),
    ("unqualifiedreason", LeadField::LostReason),
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
    ("leadstatus", LeadField::Status),
    ("förlustorsak", LeadField::LostReason),
    ("orsak", LeadField::LostReason),
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
    ("verlustgrund", LeadField::LostReason),
    ("grund", LeadField::LostReason),
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
    ("tapsårsak", LeadField::LostReason),
    ("årsak", LeadField::LostReason),
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
    ("redenverlies", LeadField::LostReason),
    ("verliesreden", LeadField::LostReason),
    ("reden", LeadField::LostReason),
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
pub(super) fn words_of(header: &str) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_words_split_at_punctuation() {
        assert_eq!(
            words_of("Person - E-Mail (Work)"),
            ["person", "e", "mail", "work"]
        );
    }
}
