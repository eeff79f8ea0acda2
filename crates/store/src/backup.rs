//! The rep's data as one JSON document, to keep a copy or to move to another browser: settings,
//! prepared-call counts, every lead and the practice record (results and schedule). Drafts are left out: they are scratch text for the message
//! being written, and an old draft restored over the current one would only be in the way.
//!
//! A restore replaces everything or nothing, because a half-restored book (new leads, old
//! settings, or some leads missing) is worse than either version.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use serde::de::{self, DeserializeOwned, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::leads::{check_id, record_name, revision_of, INDEX_NAME};
use super::{to_json, KeyValueStore, SaveError, Store, SCHEMA_VERSION};
use warmcall_coach::lead::Lead;
use warmcall_coach::practice::PRACTICE_KEY;
use warmcall_coach::prepared::{PreparedCalls, PREPARED_KEY};
use warmcall_coach::schedule::{iso_serde, parse_iso_date, parse_iso_local};
use warmcall_coach::settings::{Settings, SETTINGS_KEY};
use warmcall_json::RawJson;

const FORMAT: &str = "warmcall-backup";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub exported_at: NaiveDateTime,
    pub settings: Settings,
    pub prepared_calls: PreparedCalls,
    pub leads: Vec<Lead>,
    /// The practice record's JSON, as stored: the app's bundle carries it without reading it, so
    /// that the practice bundle's records cost the app nothing (the practice bundle reads it, and
    /// sets it aside with a notice if it does not read). `None` in a backup made before practice
    /// existed: a restore then keeps the practice record as it is rather than wiping it.
    pub practice: Option<String>,
}

/// What a restore would replace, and with what, for the confirmation screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BackupSummary {
    pub leads: usize,
    pub contacts: usize,
    /// `None` for the data stored now.
    pub exported_at: Option<NaiveDateTime>,
}

impl Backup {
    pub fn summary(&self) -> BackupSummary {
        summarize(&self.leads, Some(self.exported_at))
    }
}

fn summarize(leads: &[Lead], exported_at: Option<NaiveDateTime>) -> BackupSummary {
    BackupSummary {
        leads: leads.len(),
        contacts: leads.iter().map(|lead| lead.log.len()).sum(),
        exported_at,
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DocumentOut<'a> {
    format: &'static str,
    schema: u32,
    #[serde(with = "iso_serde::date_time")]
    exported_at: NaiveDateTime,
    settings: &'a Settings,
    prepared_calls: &'a PreparedCalls,
    leads: &'a [Lead],
}

/// Read before the rest so that another file, or a backup from a newer version, is named as such
/// rather than by the first field that does not fit.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: String,
    schema: Option<u32>,
}

/// Every field is required: a backup without `leads` would otherwise restore as "no leads" and
/// delete them all.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DocumentIn {
    #[serde(with = "iso_serde::date_time")]
    exported_at: NaiveDateTime,
    settings: Settings,
    prepared_calls: PreparedCalls,
    leads: LeadList,
    #[serde(default)]
    practice: Option<RawJson>,
}

impl<B: KeyValueStore> Store<B> {
    /// The backup holds what the widget shows: a record that does not read (reported when it
    /// was loaded, and kept in storage) is left out rather than failing the whole export.
    pub fn export_backup(&self, exported_at: NaiveDateTime) -> Result<String, SaveError> {
        let settings: Settings = self.read_quietly(SETTINGS_KEY);
        let prepared_calls: PreparedCalls = self.read_quietly(PREPARED_KEY);
        // Sample leads the rep has not kept would come back on a restore as if they were theirs.
        let leads: Vec<Lead> = self
            .stored_leads()
            .into_iter()
            .filter(|lead| !lead.sample)
            .collect();
        let document = to_json(&DocumentOut {
            format: FORMAT,
            schema: SCHEMA_VERSION,
            exported_at,
            settings: &settings,
            prepared_calls: &prepared_calls,
            leads: &leads,
        })
        .map_err(SaveError::Other)?;
        // Spliced in as stored (see `Backup::practice`); a record that is not even JSON stays out.
        let practice = self
            .backend()
            .get(&self.key(PRACTICE_KEY))?
            .unwrap_or_default();
        match document.strip_suffix('}') {
            Some(open) if warmcall_json::from_str::<de::IgnoredAny>(&practice).is_ok() => {
                Ok(format!(r#"{open},"practice":{}}}"#, practice.trim()))
            }
            _ => Ok(document),
        }
    }

    pub fn current_summary(&self) -> BackupSummary {
        summarize(&self.stored_leads(), None)
    }

    /// Replaces settings, prepared calls, all leads and (when the backup has it) the practice
    /// record with the backup's; leads not in the backup are removed. On any failed write every
    /// key is put back as it was.
    pub fn restore_backup(&self, backup: &Backup) -> Result<(), SaveError> {
        self.check_writable()?;
        check_lead_ids(&backup.leads).map_err(SaveError::Other)?;
        let mut old_ids = self.index_ids()?;
        // Records the index lacks go too, or they would appear beside the restored leads.
        let unindexed = self.unindexed_ids(&old_ids.iter().map(String::as_str).collect())?;
        old_ids.extend(unindexed);
        let new_ids: Vec<&str> = backup.leads.iter().map(|lead| lead.id.as_str()).collect();

        let mut names = vec![
            SETTINGS_KEY.to_owned(),
            PREPARED_KEY.to_owned(),
            INDEX_NAME.to_owned(),
        ];
        if backup.practice.is_some() {
            names.push(PRACTICE_KEY.to_owned());
        }
        let mut seen = HashSet::new();
        let old_records = old_ids.iter().map(String::as_str);
        for id in old_records.chain(new_ids.iter().copied()) {
            if seen.insert(id) {
                names.push(record_name(id));
            }
        }
        // A record kept because it could not be read nor set aside may hold what the backup
        // lacks; `save` refuses to overwrite it, and so does a restore.
        if self
            .unreadable
            .borrow()
            .iter()
            .any(|kept| names.contains(kept))
        {
            return Err(SaveError::UnreadableRecord);
        }
        let mut before = Vec::with_capacity(names.len());
        for name in names {
            let key = self.key(&name);
            let value = self.backend().get(&key)?;
            before.push((key, value));
        }

        let written = self.write_backup(backup, &old_ids, &new_ids, &before);
        if written.is_err() {
            self.put_back(&before);
        }
        written
    }

    fn write_backup(
        &self,
        backup: &Backup,
        old_ids: &[String],
        new_ids: &[&str],
        before: &[(String, Option<String>)],
    ) -> Result<(), SaveError> {
        let old_values: HashMap<&str, &str> = before
            .iter()
            .filter_map(|(key, value)| Some((key.as_str(), value.as_deref()?)))
            .collect();
        // Old and new leads may not both fit: the old records go first.
        for id in old_ids {
            self.backend().remove(&self.key(&record_name(id)))?;
        }
        for lead in &backup.leads {
            // Above the replaced record's revision, so that a tab still holding that one gets a
            // conflict rather than overwriting the restored lead.
            let key = self.key(&record_name(&lead.id));
            let replaced = old_values
                .get(key.as_str())
                .map_or(0, |text| revision_of(text));
            self.write_lead(lead, replaced + 1)?;
        }
        self.save(SETTINGS_KEY, &backup.settings)?;
        self.save(PREPARED_KEY, &backup.prepared_calls)?;
        if let Some(practice) = &backup.practice {
            self.save_text(PRACTICE_KEY, practice)?;
        }
        // Last: other tabs reload the whole list when the index changes, and so see the finished
        // restore.
        self.save(INDEX_NAME, &new_ids)
    }

    /// Every changed key is removed before any is written back: the old values fitted together
    /// before, so they fit again once no new value is left beside them.
    fn put_back(&self, before: &[(String, Option<String>)]) {
        let changed: Vec<&(String, Option<String>)> = before
            .iter()
            .filter(|(key, old)| self.backend().get(key).ok().as_ref() != Some(old))
            .collect();
        for (key, _) in &changed {
            let _ = self.backend().remove(key);
        }
        for (key, old) in changed {
            if let Some(old) = old {
                let _ = self.backend().set(key, old);
            }
        }
    }

    fn read_quietly<T: DeserializeOwned + Default>(&self, name: &str) -> T {
        let text = self.backend().get(&self.key(name)).ok().flatten();
        text.and_then(|text| warmcall_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    fn stored_leads(&self) -> Vec<Lead> {
        let (stored, _) = self.read_leads(false);
        stored.into_iter().map(|stored| stored.lead).collect()
    }
}

/// Reads and checks a backup without touching storage. The error says what is wrong in words a
/// rep can act on, naming the field, and for a lead which lead (and contact) it is in.
pub fn read_backup(text: &str) -> Result<Backup, String> {
    // An editor that saved the file may have put a byte order mark in front; it is not JSON,
    // but the backup behind it is intact.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The reader names the field a syntax error is in, which for a file cut short would blame
    // whichever field the cut fell in.
    if warmcall_json::from_str::<de::IgnoredAny>(text).is_err() {
        return Err("not valid JSON: the file is damaged or incomplete".to_owned());
    }
    let header = warmcall_json::from_str::<Header>(text).map_err(|error| error.to_string())?;
    if header.format != FORMAT {
        return Err("not a warmcall backup".to_owned());
    }
    match header.schema {
        Some(found) if found > SCHEMA_VERSION => {
            return Err(format!(
                "this backup is from a newer version of warmcall (schema {found}, this version \
                 reads up to {SCHEMA_VERSION}); update warmcall to restore it"
            ))
        }
        // Backups began with schema 1. A later bump must migrate older backups here, as
        // `MIGRATIONS` does for stored data.
        Some(0) => return Err("unknown backup schema 0".to_owned()),
        Some(_) => {}
        None => return Err("missing field `schema`".to_owned()),
    }

    LEADS_READ.set(None);
    let document = warmcall_json::from_str::<DocumentIn>(text).map_err(|error| {
        let problem = error.to_string();
        match LEADS_READ.take() {
            Some(index) => locate_in_leads(text, index, problem),
            None => problem,
        }
    })?;
    if let Some(problem) = document.settings.problems().first() {
        return Err(format!(
            "value out of range in field `settings.{}`",
            problem.field()
        ));
    }
    let leads = document.leads.0;
    check_lead_ids(&leads)?;
    Ok(Backup {
        exported_at: document.exported_at,
        settings: document.settings,
        prepared_calls: document.prepared_calls,
        leads,
        practice: document.practice.map(|RawJson(text)| text),
    })
}

/// Each id becomes a storage key, so two leads with one id would silently become one.
fn check_lead_ids(leads: &[Lead]) -> Result<(), String> {
    let mut seen = HashSet::with_capacity(leads.len());
    for (index, lead) in leads.iter().enumerate() {
        if check_id(&lead.id).is_err() {
            return Err(format!("lead {} has no `id`", index + 1));
        }
        if !seen.insert(lead.id.as_str()) {
            return Err(format!("lead id `{}` appears more than once", lead.id));
        }
    }
    Ok(())
}

thread_local! {
    /// While a backup's leads are read, how many have been read: the JSON reader's errors name
    /// only the innermost field, and a rep with thousands of leads needs to know which one.
    static LEADS_READ: Cell<Option<usize>> = const { Cell::new(None) };
}

struct LeadList(Vec<Lead>);

impl<'de> Deserialize<'de> for LeadList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Counting;

        impl<'de> Visitor<'de> for Counting {
            type Value = LeadList;

            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("a list of leads")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut elements: A) -> Result<LeadList, A::Error> {
                let mut leads = Vec::with_capacity(elements.size_hint().unwrap_or(0));
                LEADS_READ.set(Some(0));
                while let Some(lead) = elements.next_element()? {
                    leads.push(lead);
                    LEADS_READ.set(Some(leads.len()));
                }
                LEADS_READ.set(None);
                Ok(LeadList(leads))
            }
        }

        deserializer.deserialize_seq(Counting)
    }
}

/// Only what is needed to name a lead that did not read: its id and its contacts' dates.
#[derive(Deserialize, Default)]
#[serde(default)]
struct LeadsProbe {
    leads: Vec<LeadProbe>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LeadProbe {
    id: String,
    log: Vec<ContactProbe>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct ContactProbe {
    at: Option<String>,
    promised_by: Option<String>,
    agreed_next: Option<String>,
}

impl ContactProbe {
    fn has_invalid_date(&self) -> bool {
        let invalid = |text: &Option<String>, parse: fn(&str) -> bool| {
            text.as_deref().is_some_and(|text| !parse(text))
        };
        invalid(&self.at, |text| parse_iso_local(text).is_some())
            || invalid(&self.promised_by, |text| parse_iso_date(text).is_some())
            || invalid(&self.agreed_next, |text| parse_iso_local(text).is_some())
    }
}

/// Runs only after a failure, so the second reading of the document costs nothing otherwise.
fn locate_in_leads(text: &str, index: usize, problem: String) -> String {
    let mut place = format!("lead {}", index + 1);
    let probe = warmcall_json::from_str::<LeadsProbe>(text)
        .ok()
        .and_then(|probe| probe.leads.into_iter().nth(index));
    if let Some(lead) = probe {
        if !lead.id.is_empty() {
            place.push_str(&format!(" (id `{}`)", lead.id));
        }
        let about_a_date = ["`at`", "`promisedBy`", "`agreedNext`"]
            .iter()
            .any(|field| problem.ends_with(field));
        let contact = lead.log.iter().position(ContactProbe::has_invalid_date);
        if let (true, Some(contact)) = (about_a_date, contact) {
            place.push_str(&format!(", contact {}", contact + 1));
        }
    }
    format!("{place}: {problem}")
}
