//! Writes the review corpus of issue 13: every line the coach offers to be said (or, for the
//! advice's reasons, read by the rep), generated from the realistic inputs in
//! `tests/review/<lang>/inputs.json`, into `tests/review/<lang>/lines.tsv`.
//!
//! ```sh
//! cargo run -p warmcall-coach --example review_corpus
//! ```
//!
//! The output is reproducible: "now" is fixed at [`NOW`] (a Thursday), the settings are the
//! defaults (customers' country from the conversation's language), rows come in the order of
//! the inputs, and a line a generator already gave for an earlier input is not repeated. Each
//! row is `id`, `generator`, `input_summary`, `line`; a generator whose name ends in
//! `-template` gives lines with a gap for the rep to fill, which the coach shows as templates.
//! Nothing here changes what a generator writes: the lines are the coach's as they are.

use std::collections::hash_map::{Entry, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDateTime};
use serde::Deserialize;

use warmcall_coach::advice_text::{
    action_label, follow_up_opener, prep_card_day, prep_card_opener, reason_text,
};
use warmcall_coach::advisor::advise;
use warmcall_coach::followup::{build_follow_up, default_formal, FollowUpInput};
use warmcall_coach::lead::Lead;
use warmcall_coach::opener::{build_openers, discovery_questions, OpenerStyle, PrepInput};
use warmcall_coach::question::analyze_question;
use warmcall_coach::schedule::{
    iso_local, parse_customer_time, parse_iso_date, parse_iso_local, DealSize, LastOutcome,
    ScheduleInput, Stage,
};
use warmcall_coach::settings::Settings;
use warmcall_coach::Lang;

/// The moment every line is generated at: Thursday 3 December 2026, 10:00.
const NOW: &str = "2026-12-03T10:00";

/// The inputs of one language, as `inputs.json` holds them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Inputs {
    lang: Lang,
    follow_ups: Vec<FollowUpCase>,
    openers: Vec<OpenerCase>,
    questions: Vec<QuestionCase>,
    leads: Vec<LeadCase>,
}

/// The Follow-up tab's fields, as the rep fills them in (its draft, not the builder's input).
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct FollowUpCase {
    id: String,
    /// What the case is there to cover ("plural topic, past deadline").
    covers: String,
    #[serde(default)]
    contact_name: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    promised_action: String,
    /// "2026-12-04", as the date input gives it.
    #[serde(default)]
    due_date: String,
    /// What the customer said about timing, in their words.
    #[serde(default)]
    customer_time: String,
    #[serde(default)]
    stage: Stage,
    #[serde(default)]
    thinking_it_over: bool,
    #[serde(default)]
    large_deal: bool,
    /// `None`: the language's usual form of address.
    #[serde(default)]
    formal: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct OpenerCase {
    id: String,
    covers: String,
    /// The Opener tab's fields; its `lang` is set to the file's.
    prep: PrepInput,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct QuestionCase {
    id: String,
    covers: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct LeadCase {
    id: String,
    covers: String,
    lead: Lead,
}

struct Row {
    id: String,
    generator: &'static str,
    summary: String,
    line: String,
    /// The ids of later inputs for which the generator gave the same line.
    also: Vec<String>,
}

/// The rows of one language: a line its generator already gave is not repeated, and its
/// row lists the other inputs that gave it.
struct Corpus {
    lang: Lang,
    rows: Vec<Row>,
    seen: HashMap<(&'static str, String), usize>,
}

impl Corpus {
    fn push(&mut self, id: String, generator: &'static str, summary: &str, line: &str) {
        let line = one_line(line);
        if line.is_empty() {
            return;
        }
        let id = format!("{}-{id}", self.lang.code());
        match self.seen.entry((generator, line.clone())) {
            Entry::Occupied(first) => self.rows[*first.get()].also.push(id),
            Entry::Vacant(slot) => {
                slot.insert(self.rows.len());
                self.rows.push(Row {
                    id,
                    generator,
                    summary: one_line(summary),
                    line,
                    also: Vec::new(),
                });
            }
        }
    }

    fn tsv(&self) -> String {
        let mut out = String::from("id\tgenerator\tinput_summary\tline\n");
        for row in &self.rows {
            let also = if row.also.is_empty() {
                String::new()
            } else {
                format!("; same line for: {}", row.also.join(", "))
            };
            out.push_str(&format!(
                "{}\t{}\t{}{also}\t{}\n",
                row.id, row.generator, row.summary, row.line
            ));
        }
        out
    }
}

/// A cell of a TSV row: no tabs or line breaks inside.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `key=value` pairs of the fields that are set, then what the case covers.
fn summary(fields: &[(&str, String)], covers: &str) -> String {
    let mut parts: Vec<String> = fields
        .iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(key, value)| format!("{key}={}", value.trim()))
        .collect();
    parts.push(format!("covers: {covers}"));
    parts.join("; ")
}

fn day(at: NaiveDateTime) -> String {
    format!("{} {}", at.weekday(), iso_local(at).replace('T', " "))
}

fn day_only(date: chrono::NaiveDate) -> String {
    format!("{} {date}", date.weekday())
}

fn follow_ups(corpus: &mut Corpus, cases: &[FollowUpCase], now: NaiveDateTime) {
    let lang = corpus.lang;
    let settings = Settings::default();
    for case in cases {
        let due = parse_iso_date(&case.due_date);
        assert!(
            case.due_date.is_empty() || due.is_some(),
            "{}: bad dueDate",
            case.id
        );
        // As the Follow-up tab's draft builds its input.
        let input = FollowUpInput {
            lang,
            contact_name: case.contact_name.clone(),
            topic: case.topic.clone(),
            promised_action: case.promised_action.clone(),
            due_date: due,
            formal: case.formal.unwrap_or_else(|| default_formal(lang)),
            call_day: None,
            situation: ScheduleInput {
                stage: case.stage,
                deal_size: if case.large_deal {
                    DealSize::Large
                } else {
                    DealSize::Regular
                },
                last_outcome: if case.thinking_it_over {
                    LastOutcome::ThinkingItOver
                } else {
                    LastOutcome::Talked
                },
                customer_time: parse_customer_time(&case.customer_time),
                promised_by: None,
                lang: None,
            },
        };
        let built = build_follow_up(&input, &settings, now);
        let due_text = due
            .map(|due| format!("{} ({})", due, due.weekday()))
            .unwrap_or_default();
        let formal = match case.formal {
            Some(true) => "formal".to_owned(),
            Some(false) => "informal".to_owned(),
            None => format!(
                "default ({})",
                if input.formal { "formal" } else { "informal" }
            ),
        };
        let text = summary(
            &[
                ("name", case.contact_name.clone()),
                ("topic", case.topic.clone()),
                ("action", case.promised_action.clone()),
                ("due", due_text),
                ("customer time", case.customer_time.clone()),
                ("register", formal),
                ("proposed call", day(built.next_contact)),
            ],
            &case.covers,
        );
        let id = &case.id;
        corpus.push(
            format!("{id}-opener"),
            "followup-opener",
            &text,
            &built.opener,
        );
        corpus.push(
            format!("{id}-question"),
            "followup-question",
            &text,
            &built.question,
        );
        corpus.push(
            format!("{id}-next-step"),
            "followup-next-step",
            &text,
            &built.next_step,
        );
    }
}

fn prep_summary(prep: &PrepInput, covers: &str) -> String {
    let register = match prep.formal {
        Some(true) => "formal",
        Some(false) => "informal",
        None => "default",
    };
    summary(
        &[
            ("name", prep.contact_name.clone()),
            ("role", prep.role.clone()),
            ("company", prep.company.clone()),
            ("hook", prep.hook.clone()),
            ("need", prep.need.clone()),
            ("reason", prep.reason.clone()),
            ("mutual", prep.mutual_contact.clone()),
            ("register", register.to_owned()),
        ],
        covers,
    )
}

fn openers(corpus: &mut Corpus, cases: &[OpenerCase]) {
    let lang = corpus.lang;
    for case in cases {
        let prep = PrepInput {
            lang: Some(lang),
            ..case.prep.clone()
        };
        let text = prep_summary(&prep, &case.covers);
        let id = &case.id;
        for opener in build_openers(&prep, lang) {
            let (generator, part) = match opener.style {
                OpenerStyle::HookFirst => ("opener-hook-first", "hook-first"),
                OpenerStyle::NeedFirst => ("opener-need-first", "need-first"),
                OpenerStyle::MutualContact => ("opener-mutual-contact", "mutual"),
            };
            corpus.push(format!("{id}-{part}"), generator, &text, &opener.text);
        }
        for (index, question) in discovery_questions(&prep, lang).iter().enumerate() {
            corpus.push(
                format!("{id}-discovery-{}", index + 1),
                "discovery-question",
                &text,
                question,
            );
        }
    }
}

fn questions(corpus: &mut Corpus, cases: &[QuestionCase]) {
    let lang = corpus.lang;
    for case in cases {
        let analysis = analyze_question(&case.text, Some(lang), lang);
        let text = summary(
            &[
                ("question", case.text.clone()),
                ("kind", format!("{:?}", analysis.kind).to_lowercase()),
            ],
            &case.covers,
        );
        let id = &case.id;
        for (index, rewrite) in analysis.rewrites.iter().enumerate() {
            corpus.push(
                format!("{id}-rewrite-{}", index + 1),
                "rewrite",
                &text,
                rewrite,
            );
        }
        for (index, template) in analysis.templates.iter().enumerate() {
            corpus.push(
                format!("{id}-template-{}", index + 1),
                "rewrite-template",
                &text,
                template,
            );
        }
    }
}

fn leads(corpus: &mut Corpus, cases: &[LeadCase], now: NaiveDateTime) {
    let lang = corpus.lang;
    let settings = Settings::default();
    for case in cases {
        let lead = &case.lead;
        let advice = advise(lead, &settings, now);
        let on_today = advice.due_today(now).is_some();
        let last = lead
            .log
            .iter()
            .filter(|contact| contact.reached)
            .max_by_key(|contact| contact.at);
        let text = summary(
            &[
                ("name", lead.name.clone()),
                ("role", lead.role.clone()),
                ("company", lead.company.clone()),
                ("contacts", lead.log.len().to_string()),
                ("last reached", last.map(|c| day(c.at)).unwrap_or_default()),
                (
                    "discussed",
                    last.map(|c| c.discussed.clone()).unwrap_or_default(),
                ),
                (
                    "promised",
                    last.map(|c| c.promised.clone()).unwrap_or_default(),
                ),
                (
                    "promised by",
                    last.and_then(|c| c.promised_by)
                        .map(|d| format!("{d} ({})", d.weekday()))
                        .unwrap_or_default(),
                ),
                ("advice", action_label(lang, advice.action).to_owned()),
                ("on Today", if on_today { "yes" } else { "no" }.to_owned()),
                ("prep card said on", day_only(prep_card_day(&advice, now))),
            ],
            &case.covers,
        );
        let id = &case.id;
        for (index, reason) in advice.reasons.iter().enumerate() {
            corpus.push(
                format!("{id}-reason-{}", index + 1),
                "advice-reason",
                &text,
                &reason_text(lang, reason),
            );
        }
        // The Today tab's prep card (`advice_text::prep_card_opener`), for a lead on the Today
        // tab or with a thread to follow up (also given by the JS API's advice).
        let follow_up = follow_up_opener(lead, &advice, &settings, lang, now);
        if follow_up.is_some() || on_today {
            if let Some(opener) = prep_card_opener(lead, &advice, &settings, lang, now) {
                let generator = if follow_up.is_some() {
                    "prep-card-followup"
                } else {
                    "prep-card-cold"
                };
                corpus.push(format!("{id}-prep-card"), generator, &text, &opener);
            }
        }
    }
}

fn review_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/review")
}

fn main() {
    let now = parse_iso_local(NOW).expect("NOW is an ISO date-time");
    let dir = review_dir();
    for lang in Lang::ALL {
        let lang_dir = dir.join(lang.code());
        let path = lang_dir.join("inputs.json");
        let json =
            fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let inputs: Inputs = serde_json::from_str(&json)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        assert_eq!(inputs.lang, lang, "{}: wrong lang", path.display());
        let mut corpus = Corpus {
            lang,
            rows: Vec::new(),
            seen: HashMap::new(),
        };
        follow_ups(&mut corpus, &inputs.follow_ups, now);
        openers(&mut corpus, &inputs.openers);
        questions(&mut corpus, &inputs.questions);
        leads(&mut corpus, &inputs.leads, now);
        let out = lang_dir.join("lines.tsv");
        fs::write(&out, corpus.tsv()).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for row in &corpus.rows {
            match counts.iter_mut().find(|(name, _)| *name == row.generator) {
                Some((_, count)) => *count += 1,
                None => counts.push((row.generator, 1)),
            }
        }
        let counts: Vec<String> = counts
            .iter()
            .map(|(name, count)| format!("{name} {count}"))
            .collect();
        println!(
            "{}: {} lines ({})",
            lang.code(),
            corpus.rows.len(),
            counts.join(", ")
        );
    }
}
