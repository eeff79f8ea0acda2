//! A trainer's case for the Follow-up and Opener coaches (`data-scenario` / the `scenario`
//! option), so that a lesson's "Try it" opens on a filled form instead of a blank one.
//!
//! Decisions:
//! - The case fills the coach's draft when the widget mounts, once per case: the case's text is
//!   kept beside the draft, so the learner's own edits survive a reload, and a lesson with
//!   another case (another text) fills the form again.
//! - Unknown fields, fields of the other coach, a value of the wrong type, an unreadable date and
//!   an overlong text are errors that name the field: a typo in a lesson must not pass silently.
//! - The screens are not changed: the case is written as their draft before they read it.

use serde::Deserialize;

use super::followup::{FollowUpDraft, DRAFT_KEY as FOLLOW_UP_DRAFT};
use super::opener::{OpenerDraft, DRAFT_KEY as OPENER_DRAFT};
use super::{AppStore, Mode};
use crate::coach::opener::PrepInput;
use crate::coach::schedule::parse_iso_date;
use crate::coach::Lang;
use crate::store::SaveError;

/// The longest text a case field takes, in characters: a paragraph, as on the forms.
const MAX_CHARS: usize = 2_000;

/// A trainer's case, in the JSON shape of the README's embedding table.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Scenario {
    lang: Option<Lang>,
    formal: Option<bool>,
    contact_name: Option<String>,
    // The follow-up coach's.
    topic: Option<String>,
    promised_action: Option<String>,
    due_date: Option<String>,
    customer_time: Option<String>,
    question: Option<String>,
    // The opener coach's.
    role: Option<String>,
    company: Option<String>,
    hook: Option<String>,
    need: Option<String>,
    reason: Option<String>,
    mutual_contact: Option<String>,
    opener: Option<String>,
    /// The JSON it was read from: what the draft was filled from.
    #[serde(skip)]
    source: String,
}

const FOLLOW_UP_FIELDS: &[&str] = &[
    "lang",
    "formal",
    "contactName",
    "topic",
    "promisedAction",
    "dueDate",
    "customerTime",
    "question",
];
const OPENER_FIELDS: &[&str] = &[
    "lang",
    "formal",
    "contactName",
    "role",
    "company",
    "hook",
    "need",
    "reason",
    "mutualContact",
    "opener",
];

impl Scenario {
    /// Reads a case for `mode`'s coach; the error names the field and says what is accepted.
    pub fn parse(json: &str, mode: Mode) -> Result<Scenario, String> {
        let fields = match mode {
            Mode::FollowUp => FOLLOW_UP_FIELDS,
            Mode::Opener => OPENER_FIELDS,
            _ => return Err("scenario is for data-mode followup or opener".to_owned()),
        };
        let mut scenario: Scenario =
            warmcall_json::from_str(json).map_err(|error| format!("scenario: {error}"))?;
        for (name, given) in scenario.texts() {
            if given.is_none() {
                continue;
            }
            if !fields.contains(&name) {
                return Err(format!(
                    "scenario field {name} is not one of this coach's: {}",
                    fields.join(", ")
                ));
            }
            if given.is_some_and(|text| text.chars().count() > MAX_CHARS) {
                return Err(format!(
                    "scenario field {name} is over {MAX_CHARS} characters"
                ));
            }
        }
        if let Some(date) = &scenario.due_date {
            if parse_iso_date(date.trim()).is_none() {
                return Err(format!(
                    "scenario field dueDate \"{date}\" is not a YYYY-MM-DD date"
                ));
            }
        }
        json.trim().clone_into(&mut scenario.source);
        Ok(scenario)
    }

    fn texts(&self) -> [(&'static str, Option<&str>); 13] {
        [
            ("contactName", self.contact_name.as_deref()),
            ("topic", self.topic.as_deref()),
            ("promisedAction", self.promised_action.as_deref()),
            ("dueDate", self.due_date.as_deref()),
            ("customerTime", self.customer_time.as_deref()),
            ("question", self.question.as_deref()),
            ("role", self.role.as_deref()),
            ("company", self.company.as_deref()),
            ("hook", self.hook.as_deref()),
            ("need", self.need.as_deref()),
            ("reason", self.reason.as_deref()),
            ("mutualContact", self.mutual_contact.as_deref()),
            ("opener", self.opener.as_deref()),
        ]
    }

    fn follow_up_draft(&self) -> FollowUpDraft {
        let text = |field: &Option<String>| field.as_deref().unwrap_or("").trim().to_owned();
        FollowUpDraft {
            lang: self.lang,
            formal: self.formal,
            contact_name: text(&self.contact_name),
            topic: text(&self.topic),
            promised_action: text(&self.promised_action),
            due_date: text(&self.due_date),
            customer_time: text(&self.customer_time),
            question: text(&self.question),
            ..FollowUpDraft::default()
        }
    }

    fn opener_draft(&self) -> OpenerDraft {
        let text = |field: &Option<String>| field.as_deref().unwrap_or("").trim().to_owned();
        OpenerDraft {
            prep: PrepInput {
                lang: self.lang,
                formal: self.formal,
                contact_name: text(&self.contact_name),
                role: text(&self.role),
                company: text(&self.company),
                hook: text(&self.hook),
                need: text(&self.need),
                reason: text(&self.reason),
                mutual_contact: text(&self.mutual_contact),
            },
            chosen: text(&self.opener),
            ..OpenerDraft::default()
        }
    }

    /// Fills the Follow-up coach's draft from the case, once per case.
    pub fn fill_follow_up(&self, store: &AppStore) {
        self.fill_with(store, "scenario:followup", || {
            store.save(FOLLOW_UP_DRAFT, &self.follow_up_draft())
        });
    }

    /// Fills the Opener coach's draft from the case, once per case.
    pub fn fill_opener(&self, store: &AppStore) {
        self.fill_with(store, "scenario:opener", || {
            store.save(OPENER_DRAFT, &self.opener_draft())
        });
    }

    /// Fills a draft with `save` unless it was already filled from this very case (the case's
    /// text is kept under `marker`; then the learner's edits stay). A store that cannot save
    /// leaves the form as it was. One function per coach, not one taking the mode, so that
    /// each coach's bundle carries the writing of its own draft only.
    fn fill_with(
        &self,
        store: &AppStore,
        marker: &str,
        save: impl FnOnce() -> Result<(), SaveError>,
    ) {
        let (filled_from, _) = store.load::<String>(marker);
        if filled_from == self.source {
            return;
        }
        if save().is_ok() {
            let _ = store.save(marker, &self.source);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_reads_into_the_coachs_draft() {
        let case = r#"{"contactName":"Anna","topic":"the new price list","promisedAction":"check the budget","dueDate":"2026-12-08","question":"Did you look at it?","lang":"en"}"#;
        let scenario = Scenario::parse(case, Mode::FollowUp).unwrap();
        let draft = scenario.follow_up_draft();
        assert_eq!(
            (
                draft.contact_name.as_str(),
                draft.topic.as_str(),
                draft.due_date.as_str()
            ),
            ("Anna", "the new price list", "2026-12-08")
        );
        assert_eq!(draft.question, "Did you look at it?");
        assert_eq!(draft.lang, Some(Lang::En));
        let opener = Scenario::parse(
            r#"{"contactName":"Niamh","company":"Tara Foods","hook":"your new plant in Naas"}"#,
            Mode::Opener,
        )
        .unwrap()
        .opener_draft();
        assert_eq!(opener.prep.hook, "your new plant in Naas");
        assert_eq!(opener.prep.company, "Tara Foods");
    }

    #[test]
    fn every_mistake_names_the_field() {
        let error = |json: &str, mode| Scenario::parse(json, mode).unwrap_err();
        assert!(error(r#"{"topik":"x"}"#, Mode::FollowUp).contains("topik"));
        assert!(error(r#"{"hook":"x"}"#, Mode::FollowUp).contains("hook"));
        assert!(error(r#"{"topic":"x"}"#, Mode::Opener).contains("topic"));
        assert!(error(r#"{"dueDate":"next Friday"}"#, Mode::FollowUp).contains("dueDate"));
        assert!(error(r#"{"topic":3}"#, Mode::FollowUp).contains("topic"));
        let long = format!(r#"{{"hook":"{}"}}"#, "x".repeat(2_001));
        assert!(error(&long, Mode::Opener).contains("hook"));
        assert!(error("{", Mode::Opener).starts_with("scenario"));
        assert!(error("{}", Mode::Today).contains("followup or opener"));
    }
}
