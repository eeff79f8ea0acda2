//! Feeds arbitrary text to the coach's text-reading functions and checks what each promises:
//!
//! - `analyze_question` in every language and with detection: no panic, a span on char
//!   boundaries inside the text, a UTF-16 range that matches it, rewrites that read as
//!   assumptive;
//! - `detect_lang`: agrees with `detect_lang_with_confidence`, whose confidence is in 0..=1;
//! - `parse_customer_time`: days, months and minutes in range;
//! - `build_follow_up`, with the input split into fields on `\n` (see [`Fields`]): rules start
//!   F2 F3 F4 without repeats, the next contact lies after `now`, is on a weekday in working
//!   hours unless the customer asked otherwise, and the texts are single lines;
//! - the JS API cores `question_report` and `follow_up_report`, with the whole input as the
//!   request JSON and with a JSON object built from the fields;
//! - `analyze_opener` in every language and with detection: a score that is 100 minus the
//!   costs (floored at 0), spans on char boundaries inside the text; `build_openers` with the
//!   fields as a prep card: every opener is a single line;
//! - `advise`, with the whole input read as a stored lead (JSON): no panic, and never a due
//!   date for a lead that asked not to be contacted;
//! - `decode_text`, `parse_csv`, `suggest_mapping` and `map_rows` on the raw bytes (before the
//!   UTF-8 check): no panic, rows in line order, every row either a lead or a skipping problem;
//! - `leads_to_csv` with a lead built from the fields, read back: the same fields; and
//!   `contact_ics` with them: lines of at most 75 octets, each valid UTF-8.
//!
//! Run from the crate root: see `fuzz/README.md`.

#![no_main]

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, Timelike, Weekday};
use libfuzzer_sys::fuzz_target;
use warmcall_coach::api::{follow_up_report, question_report};
use warmcall_coach::detect::{detect_lang, detect_lang_with_confidence};
use warmcall_coach::followup::{build_follow_up, FollowUpInput};
use warmcall_coach::question::{analyze_question, utf16_range, QuestionKind};
use warmcall_coach::schedule::{
    iso_local, parse_customer_time, parse_iso_date, parse_iso_local, DayWish,
    DealSize, LastOutcome, ScheduleInput, Stage, TimeWish,
};
use warmcall_coach::settings::{Settings, WorkingHours};
use warmcall_coach::Lang;

fuzz_target!(|data: &[u8]| {
    // Before the UTF-8 check: the importer's first job is bytes in any encoding.
    check_import(data);
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check_analyzer(text);
    check_detection(text);
    check_customer_time(text);
    check_question_report(text);
    let fields = Fields::new(text);
    check_follow_up(&fields);
    check_follow_up_report(text, &fields);
    check_opener(text, &fields);
    check_advisor(text);
    check_export(&fields);
});

fn check_opener(text: &str, fields: &Fields) {
    use warmcall_coach::opener::{analyze_opener, build_openers, PrepInput};
    let langs = std::iter::once(None).chain(Lang::ALL.into_iter().map(Some));
    for lang in langs {
        let analysis = analyze_opener(text, lang, Lang::En);
        let costs: u32 = analysis.findings.iter().map(|f| u32::from(f.cost)).sum();
        assert_eq!(u32::from(analysis.score), 100u32.saturating_sub(costs));
        for finding in &analysis.findings {
            assert!(finding.span.start <= finding.span.end && finding.span.end <= text.len());
            assert!(text.is_char_boundary(finding.span.start) && text.is_char_boundary(finding.span.end));
        }
    }
    let prep = PrepInput {
        lang: Lang::from_tag(fields.lang),
        contact_name: fields.name.to_owned(),
        company: fields.topic.to_owned(),
        hook: fields.action.to_owned(),
        need: fields.customer_words.to_owned(),
        mutual_contact: fields.due.to_owned(),
        ..PrepInput::default()
    };
    for opener in build_openers(&prep, Lang::En) {
        assert!(!opener.text.contains('\n'), "{:?}", opener.text);
    }
}

fn check_advisor(text: &str) {
    use warmcall_coach::advisor::advise;
    use warmcall_coach::lead::Lead;
    let Ok(lead) = serde_json::from_str::<Lead>(text) else {
        return;
    };
    let now = parse_iso_local("2026-12-04T16:30").unwrap();
    let advice = advise(&lead, &Settings::default(), now);
    if lead.do_not_contact.is_some() {
        assert!(advice.due.is_none() && advice.channel.is_none());
    }
}

fn check_analyzer(text: &str) {
    let langs = std::iter::once(None).chain(Lang::ALL.into_iter().map(Some));
    for lang in langs {
        let analysis = analyze_question(text, lang, Lang::En);
        let span = analysis.span.clone();
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        let (start16, end16) = utf16_range(text, span.clone());
        assert_eq!(start16, text[..span.start].encode_utf16().count());
        assert_eq!(end16 - start16, text[span].encode_utf16().count());
        if lang.is_some() {
            assert!(!analysis.lang_detected);
        }
        if analysis.kind == QuestionKind::None {
            assert_eq!(analysis.span, 0..0);
        }
        assert_rewrites_assumptive(&analysis.rewrites, analysis.lang);
    }
}

fn assert_rewrites_assumptive(rewrites: &[String], lang: Lang) {
    for rewrite in rewrites {
        let again = analyze_question(rewrite, Some(lang), Lang::En);
        assert_eq!(again.kind, QuestionKind::Assumptive, "{rewrite:?}");
    }
}

fn check_detection(text: &str) {
    let detected = detect_lang(text);
    let with_confidence = detect_lang_with_confidence(text);
    assert_eq!(detected, with_confidence.map(|(lang, _)| lang));
    if let Some((_, confidence)) = with_confidence {
        assert!((0.0..=1.0).contains(&confidence), "{confidence}");
    }
}

fn check_customer_time(text: &str) {
    let Some(wish) = parse_customer_time(text) else {
        return;
    };
    assert!(wish.day.is_some() || wish.time.is_some());
    if let Some(DayWish::DayOfMonth { day, month }) = wish.day {
        assert!((1..=31).contains(&day) && (1..=12).contains(&month), "{wish:?}");
    }
    if let Some(TimeWish::After { minute } | TimeWish::Before { minute } | TimeWish::At { minute }) =
        wish.time
    {
        assert!(minute < 24 * 60, "{wish:?}");
    }
}

fn check_question_report(text: &str) {
    let utf16_len = text.encode_utf16().count();
    let tags = [None, Some("en"), Some("sv"), Some("de"), Some("nb"), Some("nl")];
    for tag in tags {
        let report = question_report(text, tag).expect("a known tag or none is accepted");
        let (start, end) = report.span;
        assert!(start <= end && end <= utf16_len, "{:?}", report.span);
        if tag.is_some() {
            assert!(!report.lang_detected);
        }
        assert_rewrites_assumptive(&report.rewrites, report.lang);
    }
}

/// The input split on `\n`: `lang`, `contactName`, `topic`, `promisedAction`, `dueDate`, `now`,
/// the customer's words about when to call, then one line of knobs whose bytes pick formality,
/// stage, deal size, last outcome and the settings. Missing fields are empty.
struct Fields<'a> {
    lang: &'a str,
    name: &'a str,
    topic: &'a str,
    action: &'a str,
    due: &'a str,
    now: &'a str,
    customer_words: &'a str,
    knobs: &'a [u8],
}

impl<'a> Fields<'a> {
    fn new(text: &'a str) -> Self {
        let mut parts = text.splitn(8, '\n');
        let mut next = || parts.next().unwrap_or("");
        Fields {
            lang: next(),
            name: next(),
            topic: next(),
            action: next(),
            due: next(),
            now: next(),
            customer_words: next(),
            knobs: next().as_bytes(),
        }
    }

    fn knob(&self, index: usize) -> u8 {
        self.knobs.get(index).copied().unwrap_or(0)
    }

    /// `now` as written when it is ISO, else any day chrono can hold, picked by the field's
    /// bytes, at a minute picked the same way: the calendar's edges are reachable too.
    fn now(&self) -> NaiveDateTime {
        if let Some(now) = parse_iso_local(self.now) {
            return now;
        }
        let mut bytes = [0u8; 8];
        for (slot, byte) in bytes.iter_mut().zip(self.now.bytes()) {
            *slot = byte;
        }
        let days = i32::from_le_bytes(bytes[..4].try_into().unwrap());
        let minute = u32::from(u16::from_le_bytes([bytes[4], bytes[5]])) % (24 * 60);
        let date = NaiveDate::from_num_days_from_ce_opt(days)
            .or_else(|| NaiveDate::from_num_days_from_ce_opt(days % 3_000_000))
            .unwrap_or(NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
        date.and_hms_opt(minute / 60, minute % 60, 0).unwrap()
    }

    fn settings(&self) -> Settings {
        let mut settings = Settings::default();
        if self.knob(4) & 1 == 1 {
            // Hand-edited storage: any window and any hours.
            settings.follow_up_window_days = self.knob(5);
            settings.working_hours = WorkingHours {
                start_minute: u16::from_le_bytes([self.knob(6), self.knob(7)]),
                end_minute: u16::from_le_bytes([self.knob(8), self.knob(9)]),
            };
        }
        settings
    }

    fn situation(&self) -> ScheduleInput {
        let stage = [
            Stage::FirstContact,
            Stage::InDialogue,
            Stage::OfferOut,
            Stage::ClosingAttempted,
        ][usize::from(self.knob(1) % 4)];
        let last_outcome = [
            LastOutcome::Talked,
            LastOutcome::ThinkingItOver,
            LastOutcome::NoAnswer,
        ][usize::from(self.knob(3) % 3)];
        ScheduleInput {
            stage,
            deal_size: if self.knob(2) & 1 == 1 {
                DealSize::Large
            } else {
                DealSize::Regular
            },
            last_outcome,
            customer_time: parse_customer_time(self.customer_words),
            // A promise without a due date on the follow-up form, from the lead's record.
            promised_by: parse_iso_date(self.customer_words),
            lang: None,
        }
    }
}

fn lang_of(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap_or_default()
}

/// Within two weeks of chrono's last day the calendar saturates and nothing is promised.
fn near_the_end(date: NaiveDate) -> bool {
    date.checked_add_days(Days::new(60)).is_none()
}

fn check_follow_up(fields: &Fields) {
    let lang = lang_of(fields.lang);
    let now = fields.now();
    let mut input = FollowUpInput::new(lang);
    input.contact_name = fields.name.to_owned();
    input.topic = fields.topic.to_owned();
    input.promised_action = fields.action.to_owned();
    input.due_date = parse_iso_date(fields.due);
    input.formal = fields.knob(0) & 1 == 1;
    input.situation = fields.situation();
    let settings = fields.settings();

    let built = build_follow_up(&input, &settings, now);
    assert_eq!(built.rules[..3], ["F2", "F3", "F4"]);
    for (i, rule) in built.rules.iter().enumerate() {
        assert!(!built.rules[..i].contains(rule), "{:?}", built.rules);
    }
    assert_eq!(built.next_contact, built.proposal.at);
    let at = built.next_contact;
    if !near_the_end(now.date()) {
        assert!(at > now, "{at} is not after {now}");
        let wished = input.situation.customer_time.is_some();
        if !wished {
            assert!(!built.proposal.outside_working_hours, "{at}");
            assert!(!matches!(at.weekday(), Weekday::Sat | Weekday::Sun), "{at}");
        }
    }
    assert!(at.second() == 0);
    for line in [&built.opener, &built.question, &built.next_step] {
        assert!(!line.contains('\n'), "{line:?}");
    }
}

fn check_follow_up_report(text: &str, fields: &Fields) {
    let now = fields.now();
    // The whole input as the request.
    let _ = check_report(text, now);
    // A well-formed request built from the fields.
    let mut request = serde_json::json!({
        "lang": fields.lang,
        "contactName": fields.name,
        "topic": fields.topic,
        "promisedAction": fields.action,
        "dueDate": fields.due,
        "now": fields.now,
    });
    if fields.knob(0) & 2 == 2 {
        request["formal"] = serde_json::Value::Bool(fields.knob(0) & 1 == 1);
    }
    let request = request.to_string();
    let result = check_report(&request, now);
    // lang is required: an empty one is refused.
    let lang_ok = Lang::from_tag(fields.lang).is_some();
    let due_ok = fields.due.trim().is_empty() || parse_iso_date(fields.due.trim()).is_some();
    let now_ok = fields.now.trim().is_empty() || parse_iso_local(fields.now.trim()).is_some();
    assert_eq!(result.is_ok(), lang_ok && due_ok && now_ok, "{request}");
}

fn check_report(request: &str, now: NaiveDateTime) -> Result<(), String> {
    match follow_up_report(request, now) {
        Ok(report) => {
            assert_eq!(report.rules[..3], ["F2", "F3", "F4"]);
            let at = parse_iso_local(&report.next_contact);
            // `iso_local` writes the year as chrono does, which is only ISO for 0..=9999.
            if let Some(at) = at {
                assert_eq!(iso_local(at), report.next_contact);
            }
            Ok(())
        }
        Err(message) => {
            assert!(message.starts_with("buildFollowUp: "), "{message}");
            Err(message)
        }
    }
}

/// A fixed import moment: only a CRM status dates anything by it.
fn imported_at() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 7)
        .and_then(|day| day.and_hms_opt(9, 0, 0))
        .expect("a valid moment")
}

fn check_import(data: &[u8]) {
    use warmcall_coach::import::{decode_text, map_rows, parse_csv, suggest_mapping, StatusChoices};
    use warmcall_coach::lead::Lead;
    let (text, _) = decode_text(data);
    let Ok(table) = parse_csv(&text) else {
        return;
    };
    assert!(table
        .rows
        .windows(2)
        .all(|pair| pair[0].line < pair[1].line));
    let mapping = suggest_mapping(&table.headers);
    assert_eq!(mapping.len(), table.headers.len());
    let existing = [Lead {
        id: "imp-1".into(),
        name: "Anna".into(),
        company: "Berg AB".into(),
        ..Lead::default()
    }];
    let preview = map_rows(&table, &mapping, &StatusChoices::default(), &existing, "imp-", imported_at());
    let skipped = preview
        .errors
        .iter()
        .filter(|e| e.problem.skips_row())
        .count();
    assert_eq!(preview.leads.len() + skipped, table.rows.len());
    assert!(preview.leads.iter().all(|lead| lead.id != "imp-1"));
}

/// Fields as a lead's text: the exported file must read back to the same (trimmed) fields, and
/// the calendar file must fold without splitting a character.
fn check_export(fields: &Fields) {
    use warmcall_coach::export::{contact_ics, leads_to_csv, CalendarEvent};
    use warmcall_coach::import::{decode_text, map_rows, parse_csv, suggest_mapping, StatusChoices};
    use warmcall_coach::lead::Lead;
    let lead = Lead {
        name: format!("{}#", fields.name),
        company: fields.topic.to_owned(),
        role: fields.action.to_owned(),
        phone: fields.due.to_owned(),
        email: fields.now.to_owned(),
        notes: fields.customer_words.to_owned(),
        ..Lead::default()
    };
    // Past the importer's cell limit a row is refused by design.
    let short = |text: &str| text.chars().count() <= warmcall_coach::import::MAX_CELL_CHARS;
    let texts = [
        &lead.name,
        &lead.company,
        &lead.role,
        &lead.phone,
        &lead.email,
        &lead.notes,
    ];
    if texts.iter().all(|text| short(text)) {
        let csv = leads_to_csv(std::slice::from_ref(&lead));
        let (text, _) = decode_text(csv.as_bytes());
        let table = parse_csv(&text).expect("an exported file reads");
        let preview = map_rows(&table, &suggest_mapping(&table.headers), &StatusChoices::default(), &[], "imp-", imported_at());
        assert!(preview.errors.is_empty(), "{:?}", preview.errors);
        let back = &preview.leads[0];
        let pairs = [
            (&lead.name, &back.name),
            (&lead.company, &back.company),
            (&lead.role, &back.role),
            (&lead.phone, &back.phone),
            (&lead.email, &back.email),
            (&lead.notes, &back.notes),
        ];
        for (written, read) in pairs {
            assert_eq!(written.trim(), read, "{csv:?}");
        }
    }
    let event = CalendarEvent {
        uid: fields.lang.to_owned(),
        stamp: fields.now(),
        start: fields.now(),
        minutes: u32::from(fields.knob(10)) * 5,
        summary: fields.name.to_owned(),
        description: fields.customer_words.to_owned(),
    };
    let ics = contact_ics(&event);
    for line in ics.as_bytes().split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        assert!(
            line.len() <= 75 && std::str::from_utf8(line).is_ok(),
            "{ics:?}"
        );
    }
}
