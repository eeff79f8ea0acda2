#![cfg(not(target_arch = "wasm32"))]
//! Lead lists in and out: CSV files shaped like the ones CRMs and Excel write, read back to
//! leads; the CSV and calendar files the widget writes.

use chrono::{NaiveDate, NaiveDateTime};
use proptest::prelude::*;
use warmcall_coach::export::{contact_ics, leads_to_csv, CalendarEvent};
use warmcall_coach::import::{
    assign_column, decode_text, map_rows, parse_csv, suggest_mapping, CsvError, CsvTable,
    DuplicateOf, ImportPreview, LeadField, MatchedBy, RowError, RowProblem, StatusChoices,
    TextEncoding, MAX_CELLS, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS,
};
use warmcall_coach::lead::{Channel, Contact, DoNotContact, Lead, Source};
use warmcall_coach::schedule::{DealSize, Stage};

mod support;
use support::at;

fn read(bytes: &[u8]) -> (CsvTable, TextEncoding) {
    let (text, encoding) = decode_text(bytes);
    (parse_csv(&text).expect("a readable table"), encoding)
}

/// When the tests' files are imported; only a CRM status dates anything by it.
fn imported_at() -> NaiveDateTime {
    at("2026-12-07T09:00")
}

fn import(bytes: &[u8], existing: &[Lead]) -> ImportPreview {
    let (table, _) = read(bytes);
    let mapping = suggest_mapping(&table.headers);
    map_rows(
        &table,
        &mapping,
        &StatusChoices::default(),
        existing,
        "imp-",
        imported_at(),
    )
}

fn headers(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| name.to_string()).collect()
}

/// Windows-1252 bytes for the test fixtures: Latin-1 plus the few 0x80..0x9F characters used.
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '€' => 0x80,
            '–' => 0x96,
            '“' => 0x93,
            '”' => 0x94,
            _ => u8::try_from(u32::from(c)).expect("a Latin-1 character"),
        })
        .collect()
}

fn utf16_le_with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

const HUBSPOT: &str = "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,Original Source,Lead Status\r\n\
101,Anna,Berg,anna.berg@example.com,+46 70 123 45 67,\"Berg & Co, AB\",CEO,Organic Search,New\r\n\
102,Jonas,Meyer,jonas@meyer.de,+49 30 1234,Meyer GmbH,\"Head of \"\"Sales\"\"\",Referrals,Open\r\n\
103,Lisa,Jansen,LISA@jansen.nl,,Jansen BV,,Offline Sources,\r\n";

#[test]
fn reads_a_hubspot_contact_export() {
    let (table, encoding) = read(HUBSPOT.as_bytes());
    assert_eq!(encoding, TextEncoding::Utf8);
    use LeadField::*;
    assert_eq!(
        suggest_mapping(&table.headers),
        [
            None,
            Some(FirstName),
            Some(LastName),
            Some(Email),
            Some(Phone),
            Some(Company),
            Some(Role),
            Some(Source),
            Some(Status)
        ]
    );
    let preview = import(HUBSPOT.as_bytes(), &[]);
    let names: Vec<_> = preview.leads.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Anna Berg", "Jonas Meyer", "Lisa Jansen"]);
    let anna = &preview.leads[0];
    assert_eq!(anna.company, "Berg & Co, AB");
    assert_eq!(
        anna.phone, "+46 70 123 45 67",
        "a leading + is kept as written"
    );
    assert_eq!(anna.source, warmcall_coach::lead::Source::Inbound);
    assert_eq!(preview.leads[1].role, "Head of \"Sales\"");
    assert_eq!(
        preview.leads[1].source,
        warmcall_coach::lead::Source::Referral
    );
    assert_eq!(preview.leads[2].source, warmcall_coach::lead::Source::Cold);
    assert!(
        preview
            .leads
            .iter()
            .all(|l| l.stage == warmcall_coach::schedule::Stage::FirstContact),
        "without a stage column, a lead from a CRM export has had no conversation yet"
    );
    assert_eq!(
        preview.errors,
        [RowError {
            line: 4,
            problem: RowProblem::UnknownValue {
                column: 7,
                field: Source
            }
        }]
    );
    assert!(!preview.errors[0].problem.skips_row());
    let ids: Vec<_> = preview.leads.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["imp-1", "imp-2", "imp-3"]);
}

#[test]
fn reads_a_swedish_excel_file_in_windows_1252_with_semicolons() {
    let file = "Förnamn;Efternamn;Företag;Titel;Telefon;E-post;Källa;Anteckningar\r\n\
Åsa;Öberg;Västkustens Bygg AB;VD;031-12 34 56;asa@vastkusten.se;Mässa;\"Träffades på mässan; vill ha offert\"\r\n\
Jörgen;Ärlig;Ärlig Måleri;Ägare;070-987 65 43;jorgen@arlig.se;Tips;\"Budget 50 000 € – “snart”\r\nefter semestern\"\r\n\
;;;;;;;\r\n\
Per;Nilsson;Nilsson El;;;per@nilsson.se;kall;\r\n";
    let bytes = windows_1252(file);
    assert!(std::str::from_utf8(&bytes).is_err());
    let (table, encoding) = read(&bytes);
    assert_eq!(encoding, TextEncoding::Windows1252);
    assert_eq!(table.headers[0], "Förnamn");
    assert_eq!(
        table.rows.iter().map(|r| r.line).collect::<Vec<_>>(),
        [2, 3, 6],
        "the empty Excel row is skipped, the multi-line note moves the line count"
    );
    let preview = import(&bytes, &[]);
    assert_eq!(preview.errors, []);
    let [asa, jorgen, per] = &preview.leads[..] else {
        panic!("{preview:?}");
    };
    assert_eq!(asa.name, "Åsa Öberg");
    assert_eq!(asa.company, "Västkustens Bygg AB");
    assert_eq!(asa.phone, "031-12 34 56");
    assert_eq!(asa.source, Source::EventOrNetwork);
    assert_eq!(asa.notes, "Träffades på mässan; vill ha offert");
    assert_eq!(jorgen.source, Source::Referral);
    assert_eq!(jorgen.role, "Ägare");
    assert_eq!(jorgen.notes, "Budget 50 000 € – “snart”\r\nefter semestern");
    assert_eq!(per.source, Source::Cold);
}

#[test]
fn reads_excel_unicode_text_in_utf16_with_tabs() {
    let file = "Naam\tBedrijf\tE-mail\tBron\r\nDaniël de Vries\tDe Vries B.V.\tdaniel@devries.nl\tDoorverwijzing\r\nŽofie 😀\t\"Quote \"\"here\"\"\"\t\tkoud\r\n";
    let bytes = utf16_le_with_bom(file);
    let (table, encoding) = read(&bytes);
    assert_eq!(encoding, TextEncoding::Utf16Le);
    assert_eq!(table.headers, ["Naam", "Bedrijf", "E-mail", "Bron"]);
    let preview = import(&bytes, &[]);
    assert_eq!(preview.errors, []);
    assert_eq!(preview.leads[0].name, "Daniël de Vries");
    assert_eq!(preview.leads[0].source, Source::Referral);
    assert_eq!(preview.leads[1].name, "Žofie 😀");
    assert_eq!(preview.leads[1].company, "Quote \"here\"");
    assert_eq!(preview.leads[1].source, Source::Cold);
}

#[test]
fn reads_utf16_saved_without_a_byte_order_mark() {
    let file = "Naam;Bedrijf\r\nDaniël de Vries;Jansen & Zn.\r\n";
    let le: Vec<u8> = file.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = file.encode_utf16().flat_map(u16::to_be_bytes).collect();
    assert_eq!(decode_text(&le), (file.to_owned(), TextEncoding::Utf16Le));
    assert_eq!(decode_text(&be), (file.to_owned(), TextEncoding::Utf16Be));
    let preview = import(&le, &[]);
    assert_eq!(preview.errors, []);
    assert_eq!(preview.leads[0].name, "Daniël de Vries");
    assert_eq!(preview.leads[0].company, "Jansen & Zn.");
    // Text in a script without zero bytes in its units is not taken for UTF-16.
    assert_eq!(
        decode_text("Grüße".as_bytes()),
        ("Grüße".to_owned(), TextEncoding::Utf8)
    );
}

#[test]
fn formulas_behind_spaces_quotes_invisible_or_full_width_signs_are_guarded() {
    for cell in [
        " =1+1",
        "\u{a0}+SUM(A1)",
        "\"=HYPERLINK(1)",
        "\u{200b}=1",
        "\u{feff}@cmd",
        "＝1+1",
        "＋1",
        "－1",
        "＠SUM(A1)",
    ] {
        let lead = Lead {
            name: cell.to_owned(),
            ..Lead::default()
        };
        let csv = leads_to_csv(&[lead]);
        let row = csv.lines().nth(1).unwrap();
        assert!(
            row.starts_with("'") || row.starts_with("\"'"),
            "{cell:?} was exported as {row:?}"
        );
    }
    let plain = Lead {
        name: "'t Hart".to_owned(),
        ..Lead::default()
    };
    assert!(leads_to_csv(&[plain])
        .lines()
        .nth(1)
        .unwrap()
        .starts_with("'t Hart,"));
}

#[test]
fn decodes_every_byte_order_mark_and_never_fails() {
    assert_eq!(
        decode_text(b"\xEF\xBB\xBFName"),
        ("Name".to_owned(), TextEncoding::Utf8)
    );
    assert_eq!(
        decode_text(b"\xFE\xFF\x00N\x00\xE5"),
        ("Nå".to_owned(), TextEncoding::Utf16Be)
    );
    assert_eq!(
        decode_text(b"\xFF\xFEN\x00\x00\xD8"),
        ("N\u{FFFD}".to_owned(), TextEncoding::Utf16Le),
        "a lone surrogate"
    );
    assert_eq!(
        decode_text(b"\xFF\xFEN\x00\x41"),
        ("N\u{FFFD}".to_owned(), TextEncoding::Utf16Le),
        "an odd byte at the end"
    );
    assert_eq!(
        decode_text(b"Gr\xFC\xDFe \x80 \x84Hallo\x93"),
        ("Grüße € „Hallo“".to_owned(), TextEncoding::Windows1252)
    );
    assert_eq!(decode_text(b""), (String::new(), TextEncoding::Utf8));
}

#[test]
fn line_numbers_count_physical_lines_after_multi_line_cells_for_every_line_end() {
    for end in ["\n", "\r\n", "\r"] {
        let file = [
            "Name,Company,Notes",
            "A,B,\"one",
            "two",
            "three\"",
            "C,D",
            "",
            "E,F,ok",
            "",
        ]
        .join(end);
        let (table, _) = read(file.as_bytes());
        let lines: Vec<_> = table.rows.iter().map(|row| row.line).collect();
        assert_eq!(lines, [2, 5, 7], "{end:?}");
        let preview = map_rows(
            &table,
            &suggest_mapping(&table.headers),
            &StatusChoices::default(),
            &[],
            "imp-",
            imported_at(),
        );
        assert_eq!(
            preview.errors,
            [RowError {
                line: 5,
                problem: RowProblem::CellCount {
                    expected: 3,
                    found: 2
                }
            }],
            "{end:?}"
        );
        assert_eq!(preview.leads[0].notes, ["one", "two", "three"].join(end));
        assert_eq!(preview.leads[1].name, "E");
    }
}

#[test]
fn an_unterminated_quote_names_the_line_it_opened_on() {
    let file = "Name,Notes\nA,fine\nB,\"never closed\nmore\n";
    assert_eq!(
        parse_csv(file),
        Err(CsvError::UnterminatedQuote { line: 3 })
    );
}

#[test]
fn text_after_a_closing_quote_and_quotes_inside_unquoted_cells_are_kept() {
    let table = parse_csv("Name,Notes\n\"Anna\" B,say \"hi\"\n").unwrap();
    assert_eq!(table.rows[0].cells, ["Anna B", "say \"hi\""]);
}

#[test]
fn an_empty_file_has_no_table() {
    assert_eq!(parse_csv(""), Err(CsvError::Empty));
    assert_eq!(parse_csv("\r\n\n;;;\n"), Err(CsvError::Empty));
}

#[test]
fn the_delimiter_comes_from_the_header_line() {
    let table = parse_csv("\u{FEFF}\r\nName;Notes\nA;\"x, y\"\n").unwrap();
    assert_eq!(table.headers, ["Name", "Notes"]);
    assert_eq!(table.rows[0].cells, ["A", "x, y"]);
    assert_eq!(table.rows[0].line, 3);
    let table = parse_csv("Name\nAnna, Berg\n").unwrap();
    assert_eq!(
        table.rows[0].cells,
        ["Anna", " Berg"],
        "one column: a comma"
    );
}

#[test]
fn a_file_without_name_or_company_columns_reports_every_row() {
    let file = "Telefon;E-post\n070-1;a@b.se\n070-2;c@d.se\n";
    let preview = import(file.as_bytes(), &[]);
    assert!(preview.leads.is_empty());
    assert_eq!(
        preview.errors,
        [2, 3].map(|line| RowError {
            line,
            problem: RowProblem::NoNameOrCompany
        })
    );
}

#[test]
fn a_company_alone_is_enough() {
    let preview = import(b"Company,Phone\nAcme,123\n", &[]);
    assert_eq!(preview.leads[0].company, "Acme");
    assert_eq!(preview.leads[0].name, "");
}

#[test]
fn duplicates_of_existing_leads_and_of_earlier_rows_are_skipped() {
    let existing = [Lead {
        id: "lead-7".into(),
        name: "Anna Berg".into(),
        company: "Berg AB".into(),
        email: "anna@berg.se".into(),
        ..Lead::default()
    }];
    let file = "Name,Company,Email\n\
Anna B.,Other AB, ANNA@Berg.se \n\
anna  berg,BERG AB,\n\
Carl,Carl AB,carl@carl.se\n\
Carl Again,Carl AB,CARL@carl.se\n\
Carl,carl ab,\n\
Dora,,\n\
Dora,,\n";
    let preview = import(file.as_bytes(), &existing);
    let existing_lead = DuplicateOf::Existing {
        id: "lead-7".into(),
    };
    assert_eq!(
        preview.errors,
        [
            RowError {
                line: 2,
                problem: RowProblem::Duplicate {
                    of: existing_lead.clone(),
                    by: MatchedBy::Email
                }
            },
            RowError {
                line: 3,
                problem: RowProblem::Duplicate {
                    of: existing_lead,
                    by: MatchedBy::NameAndCompany
                }
            },
            RowError {
                line: 5,
                problem: RowProblem::Duplicate {
                    of: DuplicateOf::Row { line: 4 },
                    by: MatchedBy::Email
                }
            },
            RowError {
                line: 6,
                problem: RowProblem::Duplicate {
                    of: DuplicateOf::Row { line: 4 },
                    by: MatchedBy::NameAndCompany
                }
            },
        ]
    );
    let names: Vec<_> = preview.leads.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        names,
        ["Carl", "Dora", "Dora"],
        "a name without a company is no identity"
    );
}

#[test]
fn new_ids_skip_the_ones_already_taken() {
    let existing = ["imp-1", "imp-3", "other"].map(|id| Lead {
        id: id.into(),
        ..Lead::default()
    });
    let preview = import(b"Name\nA\nB\nC\n", &existing);
    let ids: Vec<_> = preview.leads.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["imp-2", "imp-4", "imp-5"]);
}

#[test]
fn reads_at_most_a_hundred_thousand_rows() {
    let mut file = String::from("Name\n");
    for n in 0..MAX_ROWS {
        file.push_str(&format!("Lead {n}\n"));
    }
    let table = parse_csv(&file).expect("exactly the limit is fine");
    assert_eq!(table.rows.len(), MAX_ROWS);
    assert_eq!(table.rows.last().unwrap().line, MAX_ROWS + 1);
    let preview = map_rows(
        &table,
        &[Some(LeadField::Name)],
        &StatusChoices::default(),
        &[],
        "imp-",
        imported_at(),
    );
    assert_eq!(preview.leads.len(), MAX_ROWS);
    assert_eq!(preview.leads.last().unwrap().id, format!("imp-{MAX_ROWS}"));

    file.push_str("One too many\n");
    assert_eq!(
        parse_csv(&file),
        Err(CsvError::TooManyRows { read: MAX_ROWS })
    );
}

#[test]
fn stops_at_a_file_of_delimiters() {
    let file = format!("A,B\n{}", ",\n".repeat(MAX_CELLS / 2));
    assert!(matches!(
        parse_csv(&file),
        Err(CsvError::TooManyCells { line }) if line == MAX_CELLS / 2 + 1
    ));
}

#[test]
fn refuses_a_record_wider_than_any_table() {
    let wide = vec!["x"; MAX_COLUMNS + 1].join(",");
    assert_eq!(
        parse_csv(&format!("Name\na\n{wide}\n")),
        Err(CsvError::TooManyColumns { line: 3 })
    );
    let widest = vec!["x"; MAX_COLUMNS].join(",");
    assert!(parse_csv(&widest).is_ok());
}

#[test]
fn a_mapped_cell_that_is_too_long_skips_its_row_an_unmapped_one_does_not() {
    let long = "ä".repeat(MAX_CELL_CHARS + 1);
    let file = format!("Name,Notes,Description\nA,{long},x\nB,ok,{long}\n");
    let table = parse_csv(&file).unwrap();
    let mapping = [Some(LeadField::Name), Some(LeadField::Notes), None];
    let preview = map_rows(
        &table,
        &mapping,
        &StatusChoices::default(),
        &[],
        "imp-",
        imported_at(),
    );
    assert_eq!(
        preview.errors,
        [RowError {
            line: 2,
            problem: RowProblem::CellTooLong {
                column: 1,
                limit: MAX_CELL_CHARS
            }
        }]
    );
    assert_eq!(preview.leads[0].name, "B");
    let exactly = "ä".repeat(MAX_CELL_CHARS);
    let table = parse_csv(&format!("Name,Notes\nA,{exactly}\n")).unwrap();
    assert_eq!(
        map_rows(
            &table,
            &mapping,
            &StatusChoices::default(),
            &[],
            "imp-",
            imported_at()
        )
        .leads
        .len(),
        1
    );
}

#[test]
fn formula_cells_are_imported_verbatim_as_text() {
    let file = "Name,Company,Phone,Notes\n\
\"=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\",@SUM(A1),+46 70 1,-1+1\n\
't Hart,'=1+1,'+46,''=x\n";
    let preview = import(file.as_bytes(), &[]);
    let first = &preview.leads[0];
    assert_eq!(first.name, "=HYPERLINK(\"http://example.com\",\"click\")");
    assert_eq!(first.company, "@SUM(A1)");
    assert_eq!(first.phone, "+46 70 1");
    assert_eq!(first.notes, "-1+1");
    // The export's guard is taken off; a Dutch name's apostrophe is not a guard.
    let second = &preview.leads[1];
    assert_eq!(second.name, "'t Hart");
    assert_eq!(second.company, "=1+1");
    assert_eq!(second.phone, "+46");
    assert_eq!(second.notes, "'=x");
}

#[test]
fn recognises_the_headers_crms_export() {
    use LeadField::*;
    let cases: &[(&str, Option<LeadField>)] = &[
        ("Name", Some(Name)),
        ("Full Name", Some(Name)),
        ("FIRST_NAME", Some(FirstName)),
        ("FirstName", Some(FirstName)),
        ("Last Name", Some(LastName)),
        ("Company / Account", Some(Company)),
        ("Account Name", Some(Company)),
        ("Organization - Name", Some(Company)),
        ("Person - Organization", Some(Company)),
        ("Person - Name", Some(Name)),
        ("Person - Email - Work", Some(Email)),
        ("Person - Phone - Mobile", Some(Phone)),
        ("Mobile Phone Number", Some(Phone)),
        ("E-mail Address", Some(Email)),
        ("Lead Source", Some(Source)),
        ("Job Title", Some(Role)),
        ("Description", Some(Notes)),
        ("Do Not Call", Some(DoNotContact)),
        ("Kontakt: E-post", Some(Email)),
        ("Företag: Namn", Some(Company)),
        ("FÖRNAMN", Some(FirstName)),
        ("Källa", Some(Source)),
        ("Befattning", Some(Role)),
        ("Nachname", Some(LastName)),
        ("E-Mail", Some(Email)),
        ("Unternehmen", Some(Company)),
        ("Telefon (Arbeit)", Some(Phone)),
        ("Notizen", Some(Notes)),
        ("Etternavn", Some(LastName)),
        ("Bedrift", Some(Company)),
        ("Notater", Some(Notes)),
        ("Achternaam", Some(LastName)),
        ("Functie", Some(Role)),
        ("Telefoonnummer", Some(Phone)),
        ("Notities", Some(Notes)),
        ("Record ID", None),
        ("Contact owner", None),
        ("Lead Status", Some(Status)),
        ("Deal - Lost reason", Some(LostReason)),
        ("", None),
    ];
    for (header, field) in cases {
        assert_eq!(suggest_mapping(&headers(&[header])), [*field], "{header:?}");
    }
}

#[test]
fn each_field_is_suggested_once_and_a_name_beside_a_first_name_is_the_last_name() {
    use LeadField::*;
    assert_eq!(
        suggest_mapping(&headers(&["Phone", "Mobile", "E-post", "Email"])),
        [Some(Phone), None, Some(Email), None]
    );
    assert_eq!(
        suggest_mapping(&headers(&["Vorname", "Name", "Firma"])),
        [Some(FirstName), Some(LastName), Some(Company)]
    );
    let preview = import(
        "Vorname;Name;Firma\nJürgen;Müller;Müller GmbH\n".as_bytes(),
        &[],
    );
    assert_eq!(preview.leads[0].name, "Jürgen Müller");
}

#[test]
fn reads_source_stage_size_and_do_not_contact_values() {
    let file = "Name,Source,Stage,Deal size,Do not contact\n\
A,Web form,Proposal,large,\n\
B,Partner Referral,first-contact,Regular,nej\n\
C,Trade Show,Negotiation,huge,on-register\n\
D,eingehend,in-dialogue,,ja\n\
E,,,,maybe\n\
F,,Won it all,,\n";
    let preview = import(file.as_bytes(), &[]);
    let got: Vec<_> = preview
        .leads
        .iter()
        .map(|l| (l.source, l.stage, l.deal_size, l.do_not_contact))
        .collect();
    assert_eq!(
        got,
        [
            (Source::Inbound, Stage::OfferOut, DealSize::Large, None),
            (
                Source::Referral,
                Stage::FirstContact,
                DealSize::Regular,
                None
            ),
            (
                Source::EventOrNetwork,
                Stage::ClosingAttempted,
                DealSize::Regular,
                Some(DoNotContact::OnRegister)
            ),
            (
                Source::Inbound,
                Stage::InDialogue,
                DealSize::Regular,
                Some(DoNotContact::AskedNotToBeContacted)
            ),
            (
                Source::Cold,
                Stage::FirstContact,
                DealSize::Regular,
                Some(DoNotContact::AskedNotToBeContacted)
            ),
            (Source::Cold, Stage::FirstContact, DealSize::Regular, None),
        ],
        "an unclear do-not-contact value errs on the side of not calling"
    );
    assert_eq!(
        preview.errors,
        [
            RowError {
                line: 4,
                problem: RowProblem::UnknownValue {
                    column: 3,
                    field: LeadField::DealSize
                }
            },
            RowError {
                line: 6,
                problem: RowProblem::UnknownValue {
                    column: 4,
                    field: LeadField::DoNotContact
                }
            },
            RowError {
                line: 7,
                problem: RowProblem::UnknownValue {
                    column: 2,
                    field: LeadField::Stage
                }
            },
        ]
    );
}

fn sample_leads() -> Vec<Lead> {
    vec![
        Lead {
            id: "lead-1".into(),
            name: "Anna \"Ankan\" Berg".into(),
            company: "Berg, Berg; och Söner".into(),
            role: "VD".into(),
            phone: "+46 70 123 45 67".into(),
            email: "anna@berg.se".into(),
            source: Source::Referral,
            deal_size: DealSize::Large,
            stage: Stage::OfferOut,
            notes: "Ring efter lunch.\nHon vill ha offert\r\npå fredag".into(),
            log: vec![
                Contact {
                    at: at("2026-11-20T10:00"),
                    reached: true,
                    agreed_next: Some(at("2026-12-04T09:30")),
                    ..Contact::default()
                },
                Contact {
                    at: at("2026-11-27T14:15"),
                    channel: Channel::Email,
                    reached: false,
                    ..Contact::default()
                },
            ],
            ..Lead::default()
        },
        Lead {
            id: "lead-2".into(),
            name: "=HYPERLINK(\"http://evil\")".into(),
            company: "@Acme".into(),
            role: "-".into(),
            notes: "\tindented".into(),
            do_not_contact: Some(DoNotContact::OnRegister),
            source: Source::EventOrNetwork,
            stage: Stage::ClosingAttempted,
            ..Lead::default()
        },
        Lead {
            id: "lead-3".into(),
            name: "'t Hart".into(),
            company: "'=already guarded".into(),
            source: Source::Inbound,
            stage: Stage::FirstContact,
            do_not_contact: Some(DoNotContact::AskedNotToBeContacted),
            ..Lead::default()
        },
    ]
}

#[test]
fn exports_rfc_4180_csv_with_a_bom_and_neutralised_formulas() {
    let csv = leads_to_csv(&sample_leads());
    let expected = "\u{FEFF}Name,Company,Role,Phone,Email,Source,Stage,Deal size,Notes,Do not contact,Last contact,Agreed next contact\r\n\
\"Anna \"\"Ankan\"\" Berg\",\"Berg, Berg; och Söner\",VD,'+46 70 123 45 67,anna@berg.se,referral,offer-out,large,\"Ring efter lunch.\nHon vill ha offert\r\npå fredag\",,2026-11-27T14:15,2026-12-04T09:30\r\n\
\"'=HYPERLINK(\"\"http://evil\"\")\",'@Acme,'-,,,event-or-network,closing-attempted,regular,'\tindented,on-register,,\r\n\
't Hart,''=already guarded,,,,inbound,first-contact,regular,,asked-not-to-be-contacted,,\r\n";
    assert_eq!(csv, expected);
}

/// The fields an import fills, to compare an exported lead with the one read back.
fn mapped_fields(lead: &Lead) -> impl PartialEq + std::fmt::Debug {
    (
        lead.name.trim().to_owned(),
        lead.company.trim().to_owned(),
        lead.role.trim().to_owned(),
        lead.phone.trim().to_owned(),
        lead.email.trim().to_owned(),
        lead.notes.trim().to_owned(),
        lead.source,
        lead.stage,
        lead.deal_size,
        lead.do_not_contact,
    )
}

#[test]
fn an_exported_file_imports_to_the_same_leads() {
    let leads = sample_leads();
    let csv = leads_to_csv(&leads);
    let preview = import(csv.as_bytes(), &[]);
    assert_eq!(preview.errors, []);
    let expected: Vec<_> = leads.iter().map(mapped_fields).collect();
    let got: Vec<_> = preview.leads.iter().map(mapped_fields).collect();
    assert_eq!(got, expected);
}

fn sample_event() -> CalendarEvent {
    CalendarEvent {
        uid: "lead-1-20261204T0930@warmcall".into(),
        stamp: at("2026-11-27T14:15"),
        start: at("2026-12-04T09:30"),
        minutes: 30,
        summary: "Call Anna Berg, Berg; och Söner".into(),
        description: "Offer sent.\nShe asked: \"call on Friday\"\\ok".into(),
    }
}

#[test]
fn writes_an_rfc_5545_event_with_floating_local_time() {
    let ics = contact_ics(&sample_event());
    let expected = "BEGIN:VCALENDAR\r\n\
VERSION:2.0\r\n\
PRODID:-//warmcall//warmcall//EN\r\n\
BEGIN:VEVENT\r\n\
UID:lead-1-20261204T0930@warmcall\r\n\
DTSTAMP:20261127T141500Z\r\n\
DTSTART:20261204T093000\r\n\
DTEND:20261204T100000\r\n\
SUMMARY:Call Anna Berg\\, Berg\\; och Söner\r\n\
DESCRIPTION:Offer sent.\\nShe asked: \"call on Friday\"\\\\ok\r\n\
END:VEVENT\r\n\
END:VCALENDAR\r\n";
    assert_eq!(ics, expected);
}

#[test]
fn an_event_ending_after_midnight_ends_the_next_day() {
    let event = CalendarEvent {
        start: at("2026-12-31T23:45"),
        minutes: 30,
        ..sample_event()
    };
    assert!(contact_ics(&event).contains("\r\nDTEND:20270101T001500\r\n"));
}

/// Undoes RFC 5545 folding and returns the value of the first line with `name`.
fn unfolded_value(ics: &str, name: &str) -> String {
    let unfolded = ics.replace("\r\n ", "");
    unfolded
        .split("\r\n")
        .find_map(|line| line.strip_prefix(&format!("{name}:")))
        .expect("the property")
        .to_owned()
}

fn unescape_text(text: &str) -> String {
    let mut plain = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => plain.push('\n'),
                Some(other) => plain.push(other),
                None => {}
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

fn assert_folded_properly(ics: &str) {
    assert!(ics.ends_with("\r\n"));
    for line in ics.as_bytes().split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        assert!(line.len() <= 75, "{} octets", line.len());
        assert!(
            std::str::from_utf8(line).is_ok(),
            "a character split across lines"
        );
    }
    assert!(!ics.replace("\r\n", "").contains(['\r', '\n']));
}

#[test]
fn folds_long_lines_without_splitting_characters() {
    // Offsets of 1, 2 and 3 bytes put the 4-byte emoji across every possible fold position.
    for pad in 0..4 {
        let description = format!(
            "{}{}",
            "x".repeat(pad),
            "Vi ses på mässan 😀, tack! ".repeat(12)
        );
        let event = CalendarEvent {
            description: description.clone(),
            summary: "😀".repeat(40),
            ..sample_event()
        };
        let ics = contact_ics(&event);
        assert_folded_properly(&ics);
        assert_eq!(
            unescape_text(&unfolded_value(&ics, "DESCRIPTION")),
            description
        );
        assert_eq!(unfolded_value(&ics, "SUMMARY"), "😀".repeat(40));
    }
}

#[test]
fn formula_looking_calendar_text_is_left_as_it_is() {
    let event = CalendarEvent {
        summary: "=cmd|' /C calc'!A0".into(),
        description: "+46 70 123".into(),
        ..sample_event()
    };
    let ics = contact_ics(&event);
    assert!(ics.contains("\r\nSUMMARY:=cmd|' /C calc'!A0\r\n"));
    assert!(ics.contains("\r\nDESCRIPTION:+46 70 123\r\n"));
}

#[test]
fn calendar_text_drops_control_characters_and_keeps_tabs() {
    let event = CalendarEvent {
        summary: "a\u{0}b\u{7}c\td\re".into(),
        ..sample_event()
    };
    assert!(contact_ics(&event).contains("\r\nSUMMARY:abc\td\\ne\r\n"));
}

#[test]
fn an_event_at_the_end_of_time_does_not_panic() {
    let event = CalendarEvent {
        start: NaiveDateTime::MAX,
        stamp: NaiveDateTime::MIN,
        minutes: u32::MAX,
        ..sample_event()
    };
    let ics = contact_ics(&event);
    assert!(ics.contains(&format!("\r\nDURATION:PT{}M\r\n", u32::MAX)));
    assert_folded_properly(&ics);
}

/// CSV-ish text: the pieces that steer the reader, mixed with letters the decoders care about.
fn csv_like_text() -> impl Strategy<Value = String> {
    let pieces = proptest::sample::select(vec![
        ",",
        ";",
        "\t",
        "\"",
        "\"\"",
        "\r\n",
        "\n",
        "\r",
        "Name",
        "Company",
        "E-post",
        "Källa",
        "First Name",
        "Last Name",
        "Source",
        "Do not contact",
        "å",
        "ß",
        "€",
        "😀",
        "=1+1",
        "'",
        "'=",
        "+46",
        "@",
        "-",
        "referral",
        // CRM statuses, so arbitrary status text reaches the status reader (quarters, lost
        // reasons, words after the status).
        "Lead Status",
        "Lost reason",
        "Bad timing",
        "Attempted to contact",
        "Unqualified",
        "won",
        "Q2",
        "Q4 2027",
        "2. Quartal",
        "kvartal",
        "9999",
        "x",
        " ",
        "\u{FEFF}",
        "\u{0}",
    ]);
    proptest::collection::vec(pieces, 0..80).prop_map(|pieces| pieces.concat())
}

fn check_reading(bytes: &[u8]) -> Result<(), TestCaseError> {
    let (text, encoding) = decode_text(bytes);
    if encoding == TextEncoding::Windows1252 {
        prop_assert_eq!(text.chars().count(), bytes.len());
    }
    let Ok(table) = parse_csv(&text) else {
        return Ok(());
    };
    let mut previous_line = 1;
    for row in &table.rows {
        prop_assert!(row.line > previous_line);
        previous_line = row.line;
    }
    let existing = [Lead {
        id: "imp-1".into(),
        name: "Name".into(),
        company: "Company".into(),
        email: "x".into(),
        ..Lead::default()
    }];
    let mapping = suggest_mapping(&table.headers);
    prop_assert_eq!(mapping.len(), table.headers.len());
    let mut fields: Vec<_> = mapping.iter().flatten().collect();
    let mapped = fields.len();
    fields.sort_by_key(|field| **field as u8);
    fields.dedup();
    prop_assert_eq!(fields.len(), mapped, "a field suggested twice");
    let preview = map_rows(
        &table,
        &mapping,
        &StatusChoices::default(),
        &existing,
        "imp-",
        imported_at(),
    );
    let skipped = preview
        .errors
        .iter()
        .filter(|error| error.problem.skips_row())
        .count();
    prop_assert_eq!(preview.leads.len() + skipped, table.rows.len());
    for lead in &preview.leads {
        prop_assert!(lead.id != "imp-1");
        prop_assert!(!lead.name.is_empty() || !lead.company.is_empty());
    }
    Ok(())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(
            proptest::sample::select(vec![
                "=", "+", "-", "@", "'", "\t", "\r", "\n", "\"", ",", ";", " ", "a", "ö", "😀",
                "\u{FEFF}", "\u{85}"
            ]),
            0..12
        )
        .prop_map(|pieces| pieces.concat()),
    ]
    .prop_map(|text: String| text.chars().take(200).collect::<String>())
}

fn any_lead() -> impl Strategy<Value = Lead> {
    (
        [
            any_text(),
            any_text(),
            any_text(),
            any_text(),
            any_text(),
            any_text(),
        ],
        proptest::sample::select(vec![
            Source::Cold,
            Source::Inbound,
            Source::EventOrNetwork,
            Source::Referral,
        ]),
        proptest::sample::select(vec![
            Stage::FirstContact,
            Stage::InDialogue,
            Stage::OfferOut,
            Stage::ClosingAttempted,
        ]),
        any::<bool>(),
        proptest::sample::select(vec![
            None,
            Some(DoNotContact::AskedNotToBeContacted),
            Some(DoNotContact::OnRegister),
        ]),
    )
        .prop_map(
            |([name, company, role, phone, email, notes], source, stage, large, refusal)| Lead {
                name,
                company,
                role,
                phone,
                email,
                notes,
                source,
                stage,
                deal_size: if large {
                    DealSize::Large
                } else {
                    DealSize::Regular
                },
                do_not_contact: refusal,
                ..Lead::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn reading_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        check_reading(&bytes)?;
    }

    #[test]
    fn reading_csv_like_text_in_any_encoding_never_panics(text in csv_like_text(), encoding in 0..4u8) {
        let bytes = match encoding {
            0 => text.clone().into_bytes(),
            1 => utf16_le_with_bom(&text),
            2 => {
                let mut bytes = vec![0xFE, 0xFF];
                bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
                bytes
            }
            _ => text.chars().map(|c| u32::from(c) as u8).collect(),
        };
        check_reading(&bytes)?;
    }

    #[test]
    fn an_export_imports_back_to_the_same_fields(leads in proptest::collection::vec(any_lead(), 1..6)) {
        // Distinct, non-empty names so that no row is a duplicate or nameless; the suffix keeps
        // the start of each arbitrary name, where formulas and guards live.
        let leads: Vec<Lead> = leads
            .into_iter()
            .enumerate()
            .map(|(index, lead)| Lead {
                name: format!("{}#{index}", lead.name),
                email: if lead.email.trim().is_empty() {
                    lead.email.clone()
                } else {
                    format!("{}#{index}", lead.email)
                },
                ..lead
            })
            .collect();
        let csv = leads_to_csv(&leads);
        let preview = import(csv.as_bytes(), &[]);
        prop_assert_eq!(preview.errors, []);
        let expected: Vec<_> = leads.iter().map(mapped_fields).collect();
        let got: Vec<_> = preview.leads.iter().map(mapped_fields).collect();
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn calendar_files_are_folded_and_escaped_for_any_text(
        summary in any_text(),
        description in any::<String>(),
        minutes in 0..10_000u32,
    ) {
        let event = CalendarEvent { summary: summary.clone(), description: description.clone(), minutes, ..sample_event() };
        let ics = contact_ics(&event);
        assert_folded_properly(&ics);
        let plain = |text: &str| -> String {
            text.replace("\r\n", "\n")
                .replace('\r', "\n")
                .chars()
                .filter(|c| *c == '\t' || *c == '\n' || !c.is_control())
                .collect()
        };
        prop_assert_eq!(unescape_text(&unfolded_value(&ics, "SUMMARY")), plain(&summary));
        prop_assert_eq!(unescape_text(&unfolded_value(&ics, "DESCRIPTION")), plain(&description));
    }
}

#[test]
fn a_date_far_in_the_past_is_still_written() {
    let event = CalendarEvent {
        start: NaiveDate::from_ymd_opt(999, 1, 2)
            .unwrap()
            .and_hms_opt(3, 4, 5)
            .unwrap(),
        ..sample_event()
    };
    assert!(contact_ics(&event).contains("\r\nDTSTART:09990102T030405\r\n"));
}

#[test]
fn a_field_mapped_to_a_second_column_leaves_the_first_unmapped() {
    let mut mapping = suggest_mapping(&headers(&["E-mail", "Company", "Work email"]));
    assert_eq!(
        mapping,
        [Some(LeadField::Email), Some(LeadField::Company), None]
    );
    assign_column(&mut mapping, 2, LeadField::from_slug("email"));
    assert_eq!(
        mapping,
        [None, Some(LeadField::Company), Some(LeadField::Email)]
    );
    assign_column(&mut mapping, 1, None);
    assert_eq!(mapping, [None, None, Some(LeadField::Email)]);
    assign_column(&mut mapping, 7, Some(LeadField::Notes));
    assert_eq!(
        mapping,
        [None, None, Some(LeadField::Email)],
        "no such column"
    );
}

#[test]
fn every_lead_field_has_its_own_slug() {
    for field in LeadField::ALL {
        assert_eq!(LeadField::from_slug(field.slug()), Some(field));
    }
    assert_eq!(LeadField::from_slug("nonsense"), None);
}
