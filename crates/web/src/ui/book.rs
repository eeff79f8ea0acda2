//! The lead list every screen shows, with each lead's advice worked out once when the lead is
//! loaded or saved, not on every render: with 10,000 leads, advising them all takes longer than
//! a frame.

use std::rc::Rc;

use chrono::NaiveDateTime;
use yew::prelude::*;

use crate::coach::advisor::{advise, Advice};
use crate::coach::settings::Settings;
use crate::store::leads::StoredLead;

pub struct Entry {
    pub stored: StoredLead,
    pub advice: Advice,
}

impl Entry {
    pub fn new(stored: StoredLead, settings: &Settings, now: NaiveDateTime) -> Rc<Entry> {
        let advice = advise(&stored.lead, settings, now);
        Rc::new(Entry { stored, advice })
    }

    pub fn id(&self) -> &str {
        &self.stored.lead.id
    }
}

/// `version` changes with every change, so screens can memoise on it and compare by it.
#[derive(Default)]
pub struct LeadBook {
    pub entries: Rc<Vec<Rc<Entry>>>,
    pub version: u64,
}

impl PartialEq for LeadBook {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version && Rc::ptr_eq(&self.entries, &other.entries)
    }
}

pub enum BookChange {
    /// Everything, from storage or a restored backup.
    Loaded(Vec<Rc<Entry>>),
    /// One lead saved here or in another browser tab.
    Saved(Rc<Entry>),
    Removed(String),
}

impl Reducible for LeadBook {
    type Action = BookChange;

    fn reduce(self: Rc<Self>, change: BookChange) -> Rc<Self> {
        let entries = match change {
            BookChange::Loaded(entries) => entries,
            BookChange::Saved(entry) => {
                let mut entries = (*self.entries).clone();
                match entries.iter().position(|e| e.id() == entry.id()) {
                    // Another tab's event can arrive after our own newer save.
                    Some(at) if entries[at].stored.revision > entry.stored.revision => {
                        return self;
                    }
                    Some(at) => entries[at] = entry,
                    None => entries.push(entry),
                }
                entries
            }
            BookChange::Removed(id) => {
                let mut entries = (*self.entries).clone();
                entries.retain(|e| e.id() != id);
                entries
            }
        };
        Rc::new(LeadBook {
            entries: Rc::new(entries),
            version: self.version + 1,
        })
    }
}

pub type Book = UseReducerHandle<LeadBook>;

pub fn advise_all(
    leads: Vec<StoredLead>,
    settings: &Settings,
    now: NaiveDateTime,
) -> Vec<Rc<Entry>> {
    leads
        .into_iter()
        .map(|stored| Entry::new(stored, settings, now))
        .collect()
}

/// Leads with something to do by the end of today, overdue first, then by time.
pub fn due_today(entries: &[Rc<Entry>], now: NaiveDateTime) -> Vec<Rc<Entry>> {
    let mut due: Vec<(NaiveDateTime, Rc<Entry>)> = entries
        .iter()
        .filter_map(|entry| Some((entry.advice.due_today(now)?, entry.clone())))
        .collect();
    due.sort_by_key(|(when, _)| *when);
    due.into_iter().map(|(_, entry)| entry).collect()
}

/// An id no other lead has: the time plus randomness, so two tabs adding leads at once differ.
pub fn new_lead_id() -> String {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1_000_000.0) as u64;
    format!("l{millis:x}{random:05x}")
}
