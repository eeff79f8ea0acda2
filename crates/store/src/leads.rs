//! Leads, one storage key per lead (`lead:<id>`) plus an ordered index of ids (`leads`).
//!
//! One key per lead keeps a logged contact from rewriting ten thousand other leads, and lets a
//! storage event from another tab name the one lead that changed. Each record carries a
//! revision so that a save based on an older copy is refused instead of silently undoing what
//! another tab saved.
//!
//! localStorage gives no transactions between tabs, and browsers pass one tab's writes to the
//! others asynchronously: two tabs saving the same lead within that moment (milliseconds) can
//! both pass the revision check, and the later write wins. The check is for what does happen: two
//! edits of one lead that overlap by seconds or minutes.
//!
//! A record can be missing from the index: two tabs add a lead at the same moment and one index
//! write overwrites the other, a tab closes between a new record and its index entry, or the
//! index did not read and was set aside. Reads therefore list the storage's keys as well and load
//! every `lead:<id>` record the index lacks, after the indexed ones and ordered by id; `load_leads`
//! then adds them to the index, and every index this module writes includes them.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::{KeyValueStore, Notice, SaveError, StorageError, Store};
use warmcall_coach::lead::{Contact, Lead};

pub(super) const INDEX_NAME: &str = "leads";
const RECORD_PREFIX: &str = "lead:";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredLead {
    pub lead: Lead,
    /// Counts saves of this lead; a save must name the revision it started from.
    pub revision: u64,
}

// A conflict is rare and carries the lead the screen shows next: boxing it would save a few
// hundred bytes of stack in exchange for a dereference in every screen that matches on it.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeadSaveError {
    /// Another tab saved this lead since it was read (or deleted it: `current` is `None`).
    /// Nothing was written; the screen shows `current` and says why.
    Conflict {
        current: Option<StoredLead>,
    },
    Save(SaveError),
}

impl From<SaveError> for LeadSaveError {
    fn from(error: SaveError) -> Self {
        LeadSaveError::Save(error)
    }
}

impl From<StorageError> for LeadSaveError {
    fn from(error: StorageError) -> Self {
        LeadSaveError::Save(error.into())
    }
}

#[derive(Serialize)]
struct RecordOut<'a> {
    revision: u64,
    lead: &'a Lead,
}

#[derive(Deserialize)]
struct Record {
    revision: u64,
    lead: Lead,
}

// Lives for one read; the big variant is the common one.
#[allow(clippy::large_enum_variant)]
pub(super) enum Found {
    Nothing,
    Lead(StoredLead),
    Unreadable(String),
}

/// The revision of a stored record, 0 when it does not read; the lead itself is skipped unread.
pub(super) fn revision_of(text: &str) -> u64 {
    #[derive(Deserialize)]
    struct Revision {
        revision: u64,
    }
    warmcall_json::from_str::<Revision>(text).map_or(0, |record| record.revision)
}

pub(super) fn record_name(id: &str) -> String {
    format!("{RECORD_PREFIX}{id}")
}

// See `LeadSaveError`.
#[allow(clippy::result_large_err)]
impl<B: KeyValueStore> Store<B> {
    /// Every lead in the index's order. An unreadable record is set aside like any corrupt value
    /// and reported; the others load.
    pub fn load_leads(&self) -> (Vec<StoredLead>, Vec<Notice>) {
        self.read_leads(true)
    }

    /// The freshest copy of one lead, for a storage event from another tab. An unreadable record
    /// reads as absent here; `load_leads` is where it is set aside and reported.
    pub fn load_lead(&self, id: &str) -> Option<StoredLead> {
        match self.find_lead(id) {
            Ok(Found::Lead(stored)) => Some(stored),
            _ => None,
        }
    }

    /// The lead a storage event's key belongs to, if it is a lead record of this store.
    pub fn lead_id_of_key<'k>(&self, key: &'k str) -> Option<&'k str> {
        key.strip_prefix(self.prefix.as_str())?
            .strip_prefix(RECORD_PREFIX)
            .filter(|id| !id.is_empty())
    }

    /// The index changed in another tab: leads were added, deleted or restored there.
    pub fn is_leads_index_key(&self, key: &str) -> bool {
        key.strip_prefix(self.prefix.as_str()) == Some(INDEX_NAME)
    }

    /// Saves a lead the rep edited, starting from `expected_revision` (0 for a new lead). Refused
    /// with the stored version when another tab saved in between.
    pub fn save_lead(
        &self,
        lead: &Lead,
        expected_revision: u64,
    ) -> Result<StoredLead, LeadSaveError> {
        self.check_writable()?;
        check_id(&lead.id)?;
        let current = self.find_lead_setting_aside_unreadable(&lead.id)?;
        if current.as_ref().map_or(0, |stored| stored.revision) != expected_revision {
            return Err(LeadSaveError::Conflict { current });
        }
        let revision = expected_revision + 1;
        self.write_lead(lead, revision)?;
        if expected_revision == 0 {
            if let Err(error) = self.append_to_index(&[lead.id.as_str()]) {
                // The save failed as a whole: a record left behind would appear on the next load.
                let _ = self.backend().remove(&self.key(&record_name(&lead.id)));
                return Err(error.into());
            }
        }
        Ok(StoredLead {
            lead: lead.clone(),
            revision,
        })
    }

    /// Saves the fields the rep edited on a form that started from `base`: the log is the
    /// stored one, because another tab may have logged contacts since (they commute with an
    /// edit of the fields), but an edit of the same fields in another tab is refused with the
    /// stored version rather than overwritten. A lead that is not new and no longer stored was
    /// deleted in another tab: saving would bring it back with a stale log.
    pub fn save_edited_fields(
        &self,
        edited: &Lead,
        base: &Lead,
        is_new: bool,
    ) -> Result<StoredLead, LeadSaveError> {
        match self.load_lead(&edited.id) {
            None if is_new => self.save_lead(edited, 0),
            None => Err(LeadSaveError::Conflict { current: None }),
            Some(current) if current.lead.same_fields(base) => {
                let lead = Lead {
                    log: current.lead.log.clone(),
                    ..edited.clone()
                };
                self.save_lead(&lead, current.revision)
            }
            Some(current) => Err(LeadSaveError::Conflict {
                current: Some(current),
            }),
        }
    }

    /// Changes the freshest stored copy, whatever revision the screen had: for changes that
    /// commute with another tab's, such as appending a contact to the log.
    pub fn update_lead(
        &self,
        id: &str,
        change: impl FnOnce(&mut Lead),
    ) -> Result<StoredLead, LeadSaveError> {
        self.check_writable()?;
        let Some(current) = self.find_lead_setting_aside_unreadable(id)? else {
            return Err(LeadSaveError::Conflict { current: None });
        };
        let mut lead = current.lead;
        change(&mut lead);
        // The key names the lead; a changed id inside would make the record unreadable.
        lead.id = id.to_owned();
        let revision = current.revision + 1;
        self.write_lead(&lead, revision)?;
        Ok(StoredLead { lead, revision })
    }

    /// Replaces the log entry `original` with `edited`, on the lead as the screen last saw it
    /// (`expected_revision`). The entry is found by its content, so an entry another tab added
    /// meanwhile cannot be hit by mistake; a changed or missing lead is a conflict that carries
    /// the stored version, and the screen keeps what the rep typed.
    pub fn edit_contact(
        &self,
        id: &str,
        expected_revision: u64,
        original: &Contact,
        edited: Contact,
    ) -> Result<StoredLead, LeadSaveError> {
        let (current, position) = self.contact_at_revision(id, expected_revision, original)?;
        let mut lead = current.lead;
        lead.log[position] = edited;
        self.write_at_next_revision(lead, current.revision)
    }

    /// Removes the log entry `original` from the lead as the screen last saw it, and says where
    /// it was, so that [`Store::restore_contact`] puts it back in the same place.
    pub fn delete_contact(
        &self,
        id: &str,
        expected_revision: u64,
        original: &Contact,
    ) -> Result<(StoredLead, usize), LeadSaveError> {
        let (current, position) = self.contact_at_revision(id, expected_revision, original)?;
        let mut lead = current.lead;
        lead.log.remove(position);
        Ok((
            self.write_at_next_revision(lead, current.revision)?,
            position,
        ))
    }

    /// Undoes a delete: the entry goes back at `position` of the freshest copy. Putting back is
    /// an insertion, which commutes with another tab's changes like a logged contact does, so it
    /// needs no revision: refusing it would lose the entry the rep asked to keep.
    pub fn restore_contact(
        &self,
        id: &str,
        position: usize,
        contact: Contact,
    ) -> Result<StoredLead, LeadSaveError> {
        self.update_lead(id, move |lead| {
            let position = position.min(lead.log.len());
            lead.log.insert(position, contact);
        })
    }

    fn contact_at_revision(
        &self,
        id: &str,
        expected_revision: u64,
        original: &Contact,
    ) -> Result<(StoredLead, usize), LeadSaveError> {
        self.check_writable()?;
        let current = self.find_lead_setting_aside_unreadable(id)?;
        let found = current
            .as_ref()
            .filter(|stored| stored.revision == expected_revision)
            .and_then(|stored| stored.lead.log.iter().position(|c| c == original));
        match (current, found) {
            (Some(current), Some(position)) => Ok((current, position)),
            (current, _) => Err(LeadSaveError::Conflict { current }),
        }
    }

    fn write_at_next_revision(
        &self,
        lead: Lead,
        revision: u64,
    ) -> Result<StoredLead, LeadSaveError> {
        let revision = revision + 1;
        self.write_lead(&lead, revision)?;
        Ok(StoredLead { lead, revision })
    }

    /// Adds imported leads, all or none: on a failed write every record written here is removed
    /// and the index is left as it was. Ids must be new.
    pub fn add_leads(&self, leads: &[Lead]) -> Result<(), SaveError> {
        self.check_writable()?;
        let mut new_ids = HashSet::new();
        for lead in leads {
            check_id(&lead.id)?;
            if !new_ids.insert(lead.id.as_str()) {
                return Err(SaveError::Other(format!(
                    "lead id `{}` appears twice",
                    lead.id
                )));
            }
            if self
                .backend()
                .get(&self.key(&record_name(&lead.id)))?
                .is_some()
            {
                return Err(SaveError::Other(format!(
                    "a lead with id `{}` exists already",
                    lead.id
                )));
            }
        }
        let mut written = Vec::with_capacity(leads.len());
        let result = leads
            .iter()
            .try_for_each(|lead| {
                self.write_lead(lead, 1)?;
                written.push(self.key(&record_name(&lead.id)));
                Ok(())
            })
            .and_then(|()| {
                let ids: Vec<&str> = leads.iter().map(|lead| lead.id.as_str()).collect();
                self.append_to_index(&ids)
            });
        if result.is_err() {
            // A failed write changes nothing, so the index still holds its previous value.
            for key in &written {
                let _ = self.backend().remove(key);
            }
        }
        result
    }

    /// Deletes a lead as the screen last saw it, at `expected_revision`. Refused with the stored
    /// version when another tab saved it since (a logged contact), so that a delete never drops
    /// what the rep has not seen. A lead that is gone already is not an error.
    pub fn delete_lead(&self, id: &str, expected_revision: u64) -> Result<(), LeadSaveError> {
        self.check_writable()?;
        let name = record_name(id);
        if self.unreadable.borrow().contains(&name) {
            return Err(SaveError::UnreadableRecord.into());
        }
        let mut ids = self.index_ids()?;
        if let Some(current) = self.find_lead_setting_aside_unreadable(id)? {
            if current.revision != expected_revision {
                return Err(LeadSaveError::Conflict {
                    current: Some(current),
                });
            }
        }
        // The record goes first: an index entry without a record is skipped on load, whereas a
        // record left behind would be found again by its key.
        self.backend().remove(&self.key(&name))?;
        let before = ids.len();
        ids.retain(|kept| kept != id);
        if ids.len() != before {
            self.save(INDEX_NAME, &ids)?;
        }
        Ok(())
    }

    /// With `set_aside` off nothing is moved or reported, for reads (a backup, a summary) that
    /// must not change the data.
    pub(super) fn read_leads(&self, set_aside: bool) -> (Vec<StoredLead>, Vec<Notice>) {
        let mut notices = Vec::new();
        let ids: Vec<String> = if set_aside {
            let (ids, notice) = self.load(INDEX_NAME);
            notices.extend(notice);
            ids
        } else {
            self.index_ids().unwrap_or_default()
        };
        let mut seen: HashSet<&str> = HashSet::with_capacity(ids.len());
        let mut ordered: Vec<&str> = ids
            .iter()
            .map(String::as_str)
            .filter(|id| seen.insert(*id))
            .collect();
        let unindexed = self.unindexed_ids(&seen).unwrap_or_default();
        ordered.extend(unindexed.iter().map(String::as_str));
        let mut leads = Vec::with_capacity(ordered.len());
        let mut found = Vec::new();
        for id in ordered {
            match self.find_lead(id) {
                Ok(Found::Lead(stored)) => {
                    if !seen.contains(id) {
                        found.push(id);
                    }
                    leads.push(stored);
                }
                Ok(Found::Unreadable(text)) if set_aside && self.read_only.is_none() => {
                    notices.push(self.back_up_corrupt(&record_name(id), &text));
                }
                _ => {}
            }
        }
        if set_aside && !found.is_empty() && self.read_only.is_none() {
            // If this fails (full storage), the next load finds them again.
            let _ = self.append_to_index(&found);
        }
        (leads, notices)
    }

    /// The ids of the lead records in storage that `indexed` lacks, ordered by id.
    pub(super) fn unindexed_ids(
        &self,
        indexed: &HashSet<&str>,
    ) -> Result<Vec<String>, StorageError> {
        let prefix = self.key(RECORD_PREFIX);
        let mut ids: Vec<String> = self
            .backend()
            .keys()?
            .into_iter()
            .filter_map(|key| Some(key.strip_prefix(prefix.as_str())?.to_owned()))
            .filter(|id| !id.is_empty() && !indexed.contains(id.as_str()))
            .collect();
        ids.sort_unstable();
        Ok(ids)
    }

    pub(super) fn find_lead(&self, id: &str) -> Result<Found, StorageError> {
        let Some(text) = self.backend().get(&self.key(&record_name(id)))? else {
            return Ok(Found::Nothing);
        };
        Ok(match warmcall_json::from_str::<Record>(&text) {
            // A record whose lead names another id was not written by this code.
            Ok(record) if record.lead.id == id => Found::Lead(StoredLead {
                lead: record.lead,
                revision: record.revision,
            }),
            _ => Found::Unreadable(text),
        })
    }

    /// A record that turned unreadable since the screen loaded (another tab, a hand edit) is
    /// set aside so that the rep's copy can take its place.
    fn find_lead_setting_aside_unreadable(
        &self,
        id: &str,
    ) -> Result<Option<StoredLead>, LeadSaveError> {
        match self.find_lead(id)? {
            Found::Nothing => Ok(None),
            Found::Lead(stored) => Ok(Some(stored)),
            Found::Unreadable(text) => match self.back_up_corrupt(&record_name(id), &text) {
                Notice::CorruptValueBackedUp { .. } => Ok(None),
                _ => Err(SaveError::UnreadableRecord.into()),
            },
        }
    }

    pub(super) fn write_lead(&self, lead: &Lead, revision: u64) -> Result<(), SaveError> {
        self.save(&record_name(&lead.id), &RecordOut { revision, lead })
    }

    /// Read afresh just before writing, so that ids another tab appended are kept, and so are
    /// records the index lacks (see the module docs); those go before `new_ids`.
    fn append_to_index(&self, new_ids: &[&str]) -> Result<(), SaveError> {
        let mut ids = self.index_ids()?;
        let (unindexed, new) = {
            let indexed: HashSet<&str> = ids.iter().map(String::as_str).collect();
            let adding: HashSet<&str> = new_ids.iter().copied().collect();
            let mut unindexed = self.unindexed_ids(&indexed)?;
            unindexed.retain(|id| !adding.contains(id.as_str()));
            let new: Vec<String> = new_ids
                .iter()
                .filter(|id| !indexed.contains(**id))
                .map(|id| (*id).to_owned())
                .collect();
            (unindexed, new)
        };
        if unindexed.is_empty() && new.is_empty() {
            return Ok(());
        }
        ids.extend(unindexed);
        ids.extend(new);
        self.save(INDEX_NAME, &ids)
    }

    /// An unreadable index is refused rather than replaced: `load_leads` sets it aside and
    /// reports it, which a save has no way to do.
    pub(super) fn index_ids(&self) -> Result<Vec<String>, SaveError> {
        match self.backend().get(&self.key(INDEX_NAME))? {
            None => Ok(Vec::new()),
            Some(text) => warmcall_json::from_str(&text).map_err(|_| SaveError::UnreadableRecord),
        }
    }

    pub(super) fn check_writable(&self) -> Result<(), SaveError> {
        match &self.read_only {
            Some(reason) => Err(reason.clone()),
            None => Ok(()),
        }
    }
}

/// An empty id would give every such lead the same key.
pub(super) fn check_id(id: &str) -> Result<(), SaveError> {
    if id.is_empty() {
        return Err(SaveError::Other("a lead has no id".to_owned()));
    }
    Ok(())
}
