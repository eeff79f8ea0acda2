#![cfg(not(target_arch = "wasm32"))]
//! Correcting a lead's log: editing and deleting an entry at the revision the screen saw,
//! putting a deleted entry back where it was, and what another tab's change does to each.

use chrono::NaiveDateTime;
use warmcall_coach::lead::{Contact, Lead, Outcome};
use warmcall_store::backup::read_backup;
use warmcall_store::leads::{LeadSaveError, StoredLead};
use warmcall_store::{KeyValueStore, MemoryStore, SaveError, Store, DEFAULT_PREFIX};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").expect("test date-times are valid")
}

fn contact(when: &str, discussed: &str) -> Contact {
    Contact {
        at: at(when),
        reached: true,
        discussed: discussed.into(),
        ..Contact::default()
    }
}

fn open(backend: &MemoryStore) -> Store<&MemoryStore> {
    let (store, notices) = Store::open(backend, DEFAULT_PREFIX);
    assert!(notices.is_empty(), "{notices:?}");
    store
}

/// Anna with three entries, saved once (revision 1).
fn saved_anna(store: &Store<&MemoryStore>) -> StoredLead {
    let lead = Lead {
        id: "anna".into(),
        name: "Anna Berg".into(),
        log: vec![
            contact("2026-12-01T10:00", "pricing"),
            contact("2026-12-02T10:00", "phantom"),
            contact("2026-12-03T10:00", "the board meets Friday"),
        ],
        ..Lead::default()
    };
    store.save_lead(&lead, 0).unwrap()
}

fn discussed(stored: &StoredLead) -> Vec<&str> {
    stored
        .lead
        .log
        .iter()
        .map(|c| c.discussed.as_str())
        .collect()
}

#[test]
fn an_edited_entry_replaces_the_old_one_in_place_and_is_stored() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    let seen = saved_anna(&store);
    let edited = Contact {
        outcome: Some(Outcome::NeedsToThink),
        promised: "ask the board".into(),
        ..contact("2026-12-02T11:30", "delivery times")
    };
    let after = store
        .edit_contact("anna", seen.revision, &seen.lead.log[1], edited.clone())
        .unwrap();
    assert_eq!(after.revision, 2);
    assert_eq!(after.lead.log[1], edited);
    assert_eq!(
        discussed(&after),
        ["pricing", "delivery times", "the board meets Friday"]
    );
    assert_eq!(store.load_lead("anna"), Some(after));
}

#[test]
fn a_deleted_entry_comes_back_in_the_same_place() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    let seen = saved_anna(&store);
    let phantom = seen.lead.log[1].clone();
    let (after, position) = store
        .delete_contact("anna", seen.revision, &phantom)
        .unwrap();
    assert_eq!(position, 1);
    assert_eq!(discussed(&after), ["pricing", "the board meets Friday"]);
    assert_eq!(store.load_lead("anna"), Some(after));
    let restored = store.restore_contact("anna", position, phantom).unwrap();
    assert_eq!(restored.revision, 3);
    assert_eq!(restored.lead, seen.lead);
    assert_eq!(store.load_lead("anna"), Some(restored));
}

#[test]
fn an_edit_or_delete_after_another_tab_saved_is_refused_with_their_version() {
    let backend = MemoryStore::new();
    let (this_tab, other_tab) = (open(&backend), open(&backend));
    let seen = saved_anna(&this_tab);
    let newer = other_tab
        .update_lead("anna", |lead| {
            lead.log.push(contact("2026-12-04T09:00", "other tab"))
        })
        .unwrap();
    let before = backend.snapshot();
    let conflict = Err(LeadSaveError::Conflict {
        current: Some(newer.clone()),
    });
    let edited = contact("2026-12-02T10:00", "typed here");
    assert_eq!(
        this_tab.edit_contact("anna", seen.revision, &seen.lead.log[1], edited.clone()),
        conflict
    );
    assert_eq!(
        this_tab
            .delete_contact("anna", seen.revision, &seen.lead.log[1])
            .map(|(stored, _)| stored),
        conflict
    );
    assert_eq!(backend.snapshot(), before, "nothing was written");
    // From the newer version the same edit goes through, and the other tab's entry stays.
    let after = this_tab
        .edit_contact("anna", newer.revision, &seen.lead.log[1], edited)
        .unwrap();
    assert_eq!(
        discussed(&after),
        [
            "pricing",
            "typed here",
            "the board meets Friday",
            "other tab"
        ]
    );
}

#[test]
fn an_entry_another_tab_already_changed_or_a_deleted_lead_is_a_conflict() {
    let backend = MemoryStore::new();
    let (this_tab, other_tab) = (open(&backend), open(&backend));
    let seen = saved_anna(&this_tab);
    let gone = contact("2026-11-01T10:00", "never logged");
    assert_eq!(
        this_tab.delete_contact("anna", seen.revision, &gone),
        Err(LeadSaveError::Conflict {
            current: Some(seen.clone())
        })
    );
    other_tab.delete_lead("anna", seen.revision).unwrap();
    assert_eq!(
        this_tab.edit_contact("anna", seen.revision, &seen.lead.log[0], gone.clone()),
        Err(LeadSaveError::Conflict { current: None })
    );
    assert_eq!(
        this_tab.restore_contact("anna", 0, gone),
        Err(LeadSaveError::Conflict { current: None })
    );
}

#[test]
fn an_undo_after_another_tab_logged_keeps_both_entries() {
    let backend = MemoryStore::new();
    let (this_tab, other_tab) = (open(&backend), open(&backend));
    let seen = saved_anna(&this_tab);
    let phantom = seen.lead.log[1].clone();
    let (_, position) = this_tab
        .delete_contact("anna", seen.revision, &phantom)
        .unwrap();
    other_tab
        .update_lead("anna", |lead| {
            lead.log.push(contact("2026-12-04T09:00", "other tab"))
        })
        .unwrap();
    let restored = this_tab.restore_contact("anna", position, phantom).unwrap();
    assert_eq!(
        discussed(&restored),
        ["pricing", "phantom", "the board meets Friday", "other tab"]
    );
    // A position past the end (the other tab deleted entries) appends instead of failing.
    let (_, last) = this_tab
        .delete_contact("anna", restored.revision, &restored.lead.log[3])
        .unwrap();
    let newest = this_tab.load_lead("anna").unwrap();
    this_tab
        .delete_contact("anna", newest.revision, &newest.lead.log[0])
        .unwrap();
    let back = this_tab
        .restore_contact("anna", last, contact("2026-12-04T09:00", "other tab"))
        .unwrap();
    assert_eq!(
        discussed(&back),
        ["phantom", "the board meets Friday", "other tab"]
    );
}

#[test]
fn a_backup_carries_the_corrected_log() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    let seen = saved_anna(&store);
    let edited = contact("2026-12-01T10:00", "pricing, corrected");
    let after = store
        .edit_contact("anna", seen.revision, &seen.lead.log[0], edited)
        .unwrap();
    let (after, _) = store
        .delete_contact("anna", after.revision, &after.lead.log[1])
        .unwrap();
    let backup = read_backup(&store.export_backup(at("2026-12-04T16:30")).unwrap()).unwrap();
    assert_eq!(backup.leads.len(), 1);
    assert_eq!(backup.leads[0], after.lead);
    assert_eq!(
        discussed(&after),
        ["pricing, corrected", "the board meets Friday"]
    );
}

#[test]
fn a_read_only_store_refuses_corrections_and_changes_nothing() {
    let backend = MemoryStore::new();
    let seen = saved_anna(&open(&backend));
    backend
        .set(&format!("{DEFAULT_PREFIX}schema"), "99")
        .unwrap();
    let (store, _) = Store::open(&backend, DEFAULT_PREFIX);
    let before = backend.snapshot();
    let refused = store.delete_contact("anna", seen.revision, &seen.lead.log[0]);
    assert!(
        matches!(refused, Err(LeadSaveError::Save(SaveError::NewerSchema))),
        "{refused:?}"
    );
    assert_eq!(backend.snapshot(), before);
}
