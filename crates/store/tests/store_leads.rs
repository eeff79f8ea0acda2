#![cfg(not(target_arch = "wasm32"))]
//! Leads in storage (one key per lead, revisions, all-or-nothing import) and the full backup
//! (export, checked reading, all-or-nothing restore), on `MemoryStore` with a quota standing in
//! for a full browser storage.

use std::cell::RefCell;
use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use warmcall_coach::lead::{Channel, Contact, Lead, Outcome, Source};
use warmcall_coach::practice::{parse_exercises, record, PracticeState, PRACTICE_KEY};
use warmcall_coach::prepared::{PreparedCalls, PREPARED_KEY};
use warmcall_coach::schedule::Stage;
use warmcall_coach::settings::Settings;
use warmcall_store::backup::{read_backup, Backup, BackupSummary};
use warmcall_store::leads::{LeadSaveError, StoredLead};
use warmcall_store::{
    KeyValueStore, MemoryStore, Notice, SaveError, StorageError, Store, DEFAULT_PREFIX,
    SCHEMA_VERSION,
};

fn key(name: &str) -> String {
    format!("{DEFAULT_PREFIX}{name}")
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").expect("test date-times are valid")
}

fn contact(when: &str) -> Contact {
    Contact {
        at: at(when),
        reached: true,
        discussed: "pricing".into(),
        ..Contact::default()
    }
}

fn lead(id: &str) -> Lead {
    Lead {
        id: id.into(),
        name: format!("Name of {id}"),
        company: "Berg AB".into(),
        log: vec![contact("2026-12-01T10:00")],
        ..Lead::default()
    }
}

fn open(backend: &MemoryStore) -> Store<&MemoryStore> {
    let (store, notices) = Store::open(backend, DEFAULT_PREFIX);
    assert!(notices.is_empty(), "{notices:?}");
    store
}

fn ids(leads: &[StoredLead]) -> Vec<&str> {
    leads.iter().map(|stored| stored.lead.id.as_str()).collect()
}

fn size(snapshot: &BTreeMap<String, String>) -> usize {
    snapshot.iter().map(|(k, v)| k.len() + v.len()).sum()
}

/// Records which keys were written, to show what a save touches.
struct Counting<'a> {
    inner: &'a MemoryStore,
    written: RefCell<Vec<String>>,
}

impl KeyValueStore for Counting<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.inner.get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.written.borrow_mut().push(key.to_owned());
        self.inner.set(key, value)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.written.borrow_mut().push(key.to_owned());
        self.inner.remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.inner.keys()
    }
}

/// Refuses one write as full, the `writes_left`th from now; a rollback's writes then fit, as
/// they do in a real full storage, where they only give back room the failed change took.
struct FullAt<'a> {
    inner: &'a MemoryStore,
    writes_left: std::cell::Cell<Option<usize>>,
}

impl KeyValueStore for FullAt<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.inner.get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match self.writes_left.get() {
            Some(0) => {
                self.writes_left.set(None);
                Err(StorageError::Full)
            }
            left => {
                self.writes_left.set(left.map(|n| n - 1));
                self.inner.set(key, value)
            }
        }
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.inner.remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.inner.keys()
    }
}

/// Runs `change` with its first, second, third ... write failing, until a run has fewer writes
/// than that and succeeds, and checks that every failed run left the data byte for byte.
fn fails_without_a_trace(
    fill: impl Fn(&Store<&MemoryStore>),
    change: impl Fn(&Store<&FullAt>) -> Result<(), SaveError>,
) -> usize {
    for writes in 0.. {
        let backend = MemoryStore::new();
        fill(&open(&backend));
        let before = backend.snapshot();
        let failing = FullAt {
            inner: &backend,
            writes_left: std::cell::Cell::new(None),
        };
        let (store, _) = Store::open(&failing, DEFAULT_PREFIX);
        failing.writes_left.set(Some(writes));
        match change(&store) {
            Ok(()) => return writes,
            Err(error) => {
                assert_eq!(error, SaveError::Full, "after {writes} writes");
                assert_eq!(backend.snapshot(), before, "after {writes} writes");
            }
        }
    }
    unreachable!()
}

// ---- leads ----

#[test]
fn a_new_lead_gets_its_own_key_and_an_entry_in_the_index() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    let saved = store.save_lead(&lead("a"), 0).unwrap();
    assert_eq!(saved.revision, 1);
    let snapshot = backend.snapshot();
    assert_eq!(snapshot[&key("leads")], r#"["a"]"#);
    let record = &snapshot[&key("lead:a")];
    assert!(
        record.starts_with(r#"{"revision":1,"lead":{"id":"a","name":"Name of a""#),
        "{record}"
    );
    assert_eq!(store.load_lead("a"), Some(saved.clone()));
    assert_eq!(store.load_leads(), (vec![saved], vec![]));
}

#[test]
fn leads_load_in_index_order_skipping_missing_and_repeated_ids() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    for id in ["c", "a", "b"] {
        store.save_lead(&lead(id), 0).unwrap();
    }
    backend
        .set(&key("leads"), r#"["c","gone","a","c","b"]"#)
        .unwrap();
    let (leads, notices) = store.load_leads();
    assert_eq!(ids(&leads), ["c", "a", "b"]);
    assert!(notices.is_empty());
}

#[test]
fn an_unreadable_lead_is_backed_up_and_reported_and_the_others_load() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    for id in ["a", "b", "c"] {
        store.save_lead(&lead(id), 0).unwrap();
    }
    backend
        .set(
            &key("lead:b"),
            r#"{"revision":1,"lead":{"id":"b","stage":"won"}}"#,
        )
        .unwrap();
    let (leads, notices) = store.load_leads();
    assert_eq!(ids(&leads), ["a", "c"]);
    assert_eq!(
        notices,
        vec![Notice::CorruptValueBackedUp {
            key: key("lead:b"),
            backup_key: key("backup:lead:b:1"),
        }]
    );
    let snapshot = backend.snapshot();
    assert!(snapshot[&key("backup:lead:b:1")].contains("won"));
    assert!(!snapshot.contains_key(&key("lead:b")));
    assert_eq!(
        snapshot[&key("leads")],
        r#"["a","b","c"]"#,
        "the index is left alone: a record is what went wrong"
    );
}

#[test]
fn a_record_naming_another_lead_is_treated_as_unreadable() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    store.save_lead(&lead("a"), 0).unwrap();
    let other = backend.snapshot()[&key("lead:a")].replace(r#""id":"a""#, r#""id":"z""#);
    backend.set(&key("lead:a"), &other).unwrap();
    assert_eq!(store.load_lead("a"), None);
    let (leads, notices) = store.load_leads();
    assert!(leads.is_empty());
    assert_eq!(notices.len(), 1);
}

#[test]
fn an_unreadable_index_is_backed_up_and_every_record_still_loads_and_stays() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    for id in ["c", "a"] {
        store.save_lead(&lead(id), 0).unwrap();
    }
    backend.set(&key("leads"), "[\"c\"").unwrap();
    assert_eq!(
        store.save_lead(&lead("b"), 0),
        Err(LeadSaveError::Save(SaveError::UnreadableRecord)),
        "a save cannot report a set-aside value, so it waits for load_leads"
    );
    assert_eq!(
        store.current_summary().leads,
        2,
        "a read that changes nothing finds the records too"
    );
    let (leads, notices) = store.load_leads();
    assert_eq!(
        ids(&leads),
        ["a", "c"],
        "found by their keys, ordered by id"
    );
    assert_eq!(
        notices,
        vec![Notice::CorruptValueBackedUp {
            key: key("leads"),
            backup_key: key("backup:leads:1"),
        }]
    );
    assert_eq!(backend.snapshot()[&key("leads")], r#"["a","c"]"#);
    store.save_lead(&lead("b"), 0).unwrap();
    assert_eq!(backend.snapshot()[&key("leads")], r#"["a","c","b"]"#);
    assert_eq!(ids(&open(&backend).load_leads().0), ["a", "c", "b"]);
}

#[test]
fn a_record_whose_index_write_was_lost_is_found_and_indexed() {
    let backend = MemoryStore::new();
    let this_tab = open(&backend);
    let other_tab = open(&backend);
    for id in ["b", "a"] {
        this_tab.save_lead(&lead(id), 0).unwrap();
    }
    let index_before = backend.snapshot()[&key("leads")].clone();
    // Another tab adds two leads; the index writes are overwritten by this tab's older index.
    other_tab.save_lead(&lead("z"), 0).unwrap();
    other_tab.save_lead(&lead("m"), 0).unwrap();
    backend.set(&key("leads"), &index_before).unwrap();
    // Unrelated keys that only look alike are left out.
    backend.set(&key("leads-old"), "x").unwrap();
    backend.set(&key("lead:"), "x").unwrap();
    backend.set("other:lead:q", "x").unwrap();

    let before = backend.snapshot();
    assert_eq!(this_tab.current_summary().leads, 4);
    let backup = read_backup(&this_tab.export_backup(at("2026-12-04T16:30")).unwrap()).unwrap();
    let exported: Vec<&str> = backup.leads.iter().map(|lead| lead.id.as_str()).collect();
    assert_eq!(exported, ["b", "a", "m", "z"]);
    assert_eq!(
        backend.snapshot(),
        before,
        "export and summary write nothing"
    );

    let (leads, notices) = this_tab.load_leads();
    assert_eq!(ids(&leads), ["b", "a", "m", "z"]);
    assert!(notices.is_empty());
    assert_eq!(backend.snapshot()[&key("leads")], r#"["b","a","m","z"]"#);
}

#[test]
fn a_new_index_never_drops_a_record_the_old_one_lacked() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    for id in ["b", "a"] {
        store.save_lead(&lead(id), 0).unwrap();
    }
    backend.remove(&key("leads")).unwrap();
    store.save_lead(&lead("new"), 0).unwrap();
    assert_eq!(backend.snapshot()[&key("leads")], r#"["a","b","new"]"#);

    backend.set(&key("leads"), r#"["a"]"#).unwrap();
    store.add_leads(&[lead("i2"), lead("i1")]).unwrap();
    assert_eq!(
        backend.snapshot()[&key("leads")],
        r#"["a","b","new","i2","i1"]"#,
        "the records found first, then the import in its order"
    );
}

#[test]
fn a_load_whose_index_rewrite_does_not_fit_still_finds_the_records_next_time() {
    let probe = MemoryStore::new();
    for id in ["a", "b"] {
        open(&probe).save_lead(&lead(id), 0).unwrap();
    }
    let backend = MemoryStore::with_quota(size(&probe.snapshot()) - 2);
    for (key, value) in probe.snapshot() {
        if key != self::key("leads") {
            backend.set(&key, &value).unwrap();
        }
    }
    let store = open(&backend);
    assert_eq!(ids(&store.load_leads().0), ["a", "b"]);
    assert!(!backend.snapshot().contains_key(&key("leads")));
    assert_eq!(ids(&open(&backend).load_leads().0), ["a", "b"]);
}

#[test]
fn a_save_from_an_older_revision_is_refused_with_the_newer_version() {
    let backend = MemoryStore::new();
    let this_tab = open(&backend);
    let other_tab = open(&backend);
    let first = this_tab.save_lead(&lead("a"), 0).unwrap();

    let mut theirs = first.lead.clone();
    theirs.notes = "budget approved".into();
    let newer = other_tab.save_lead(&theirs, first.revision).unwrap();
    assert_eq!(newer.revision, 2);

    let before = backend.snapshot();
    let mut mine = first.lead.clone();
    mine.notes = "call back in spring".into();
    assert_eq!(
        this_tab.save_lead(&mine, first.revision),
        Err(LeadSaveError::Conflict {
            current: Some(newer.clone())
        })
    );
    assert_eq!(backend.snapshot(), before, "nothing was written");
    // The screen shows the newer version; saving on top of it works.
    mine.notes = format!("{}; call back in spring", newer.lead.notes);
    assert_eq!(
        this_tab.save_lead(&mine, newer.revision).unwrap().revision,
        3
    );
}

#[test]
fn a_new_lead_whose_id_is_taken_conflicts_instead_of_overwriting() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    let existing = store.save_lead(&lead("a"), 0).unwrap();
    assert_eq!(
        store.save_lead(&lead("a"), 0),
        Err(LeadSaveError::Conflict {
            current: Some(existing)
        })
    );
}

#[test]
fn editing_a_lead_another_tab_deleted_is_a_conflict_without_a_current_version() {
    let backend = MemoryStore::new();
    let this_tab = open(&backend);
    let other_tab = open(&backend);
    let saved = this_tab.save_lead(&lead("a"), 0).unwrap();
    other_tab.delete_lead("a", saved.revision).unwrap();
    assert_eq!(
        this_tab.save_lead(&saved.lead, saved.revision),
        Err(LeadSaveError::Conflict { current: None })
    );
    assert_eq!(
        this_tab.update_lead("a", |lead| lead.notes.push('x')),
        Err(LeadSaveError::Conflict { current: None })
    );
    assert_eq!(backend.snapshot().get(&key("lead:a")), None);
}

#[test]
fn contacts_logged_in_two_tabs_are_both_kept() {
    let backend = MemoryStore::new();
    let this_tab = open(&backend);
    let other_tab = open(&backend);
    this_tab.save_lead(&lead("a"), 0).unwrap();
    // Both tabs loaded revision 1; neither reloads before logging.
    other_tab
        .update_lead("a", |lead| lead.log.push(contact("2026-12-02T09:00")))
        .unwrap();
    let after = this_tab
        .update_lead("a", |lead| lead.log.push(contact("2026-12-02T09:05")))
        .unwrap();
    assert_eq!(after.revision, 3);
    let times: Vec<_> = after.lead.log.iter().map(|c| c.at).collect();
    assert_eq!(
        times,
        [
            at("2026-12-01T10:00"),
            at("2026-12-02T09:00"),
            at("2026-12-02T09:05")
        ]
    );
    assert_eq!(this_tab.load_lead("a"), Some(after));
}

#[test]
fn an_edit_of_the_fields_keeps_the_contacts_another_tab_logged_meanwhile() {
    let backend = MemoryStore::new();
    let (this_tab, other_tab) = (open(&backend), open(&backend));
    let base = this_tab.save_lead(&lead("a"), 0).unwrap().lead;
    other_tab
        .update_lead("a", |lead| lead.log.push(contact("2026-12-02T09:00")))
        .unwrap();
    let edited = Lead {
        company: "Berg & Söner AB".into(),
        ..base.clone()
    };
    let saved = this_tab.save_edited_fields(&edited, &base, false).unwrap();
    assert_eq!(saved.lead.company, "Berg & Söner AB");
    assert_eq!(saved.lead.log.len(), 2, "the other tab's contact stays");
    assert_eq!(this_tab.load_lead("a"), Some(saved));
}

#[test]
fn an_edit_of_fields_another_tab_changed_is_refused_with_their_version() {
    let backend = MemoryStore::new();
    let (this_tab, other_tab) = (open(&backend), open(&backend));
    let base = this_tab.save_lead(&lead("a"), 0).unwrap().lead;
    let theirs = other_tab
        .save_lead(
            &Lead {
                role: "CFO".into(),
                ..base.clone()
            },
            1,
        )
        .unwrap();
    let mine = Lead {
        role: "Head of logistics".into(),
        ..base.clone()
    };
    match this_tab.save_edited_fields(&mine, &base, false) {
        Err(LeadSaveError::Conflict { current }) => assert_eq!(current, Some(theirs.clone())),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(this_tab.load_lead("a"), Some(theirs));
}

#[test]
fn an_edit_of_a_lead_deleted_elsewhere_is_refused_and_a_new_lead_is_saved() {
    let backend = MemoryStore::new();
    let (this_tab, other_tab) = (open(&backend), open(&backend));
    let base = this_tab.save_lead(&lead("a"), 0).unwrap().lead;
    other_tab.delete_lead("a", 1).unwrap();
    assert!(matches!(
        this_tab.save_edited_fields(&base, &base, false),
        Err(LeadSaveError::Conflict { current: None })
    ));
    assert_eq!(this_tab.load_lead("a"), None, "not brought back");
    let new = lead("b");
    let saved = this_tab.save_edited_fields(&new, &new, true).unwrap();
    assert_eq!((saved.revision, &saved.lead), (1, &new));
}

#[test]
fn an_update_cannot_move_a_lead_to_another_id() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    store.save_lead(&lead("a"), 0).unwrap();
    let updated = store.update_lead("a", |lead| lead.id = "b".into()).unwrap();
    assert_eq!(updated.lead.id, "a");
    assert_eq!(store.load_lead("a"), Some(updated));
    assert_eq!(store.load_lead("b"), None);
}

#[test]
fn saving_a_lead_writes_only_its_own_key() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    for n in 0..50 {
        store.save_lead(&lead(&format!("l{n}")), 0).unwrap();
    }
    let counting = Counting {
        inner: &backend,
        written: RefCell::default(),
    };
    let (store, _) = Store::open(&counting, DEFAULT_PREFIX);
    let current = store.load_lead("l7").unwrap();
    store.save_lead(&current.lead, current.revision).unwrap();
    store
        .update_lead("l8", |lead| lead.log.push(contact("2026-12-03T10:00")))
        .unwrap();
    assert_eq!(
        *counting.written.borrow(),
        [key("lead:l7"), key("lead:l8")],
        "no other lead and no index rewritten"
    );
}

#[test]
fn a_full_storage_keeps_the_previous_version_of_a_lead() {
    let backend = MemoryStore::with_quota(700);
    let store = open(&backend);
    let saved = store.save_lead(&lead("a"), 0).unwrap();
    let before = backend.snapshot();
    let mut bigger = saved.lead.clone();
    bigger.notes = "x".repeat(1000);
    assert_eq!(
        store.save_lead(&bigger, saved.revision),
        Err(LeadSaveError::Save(SaveError::Full))
    );
    assert_eq!(
        store.update_lead("a", |lead| lead.notes = "y".repeat(1000)),
        Err(LeadSaveError::Save(SaveError::Full))
    );
    assert_eq!(backend.snapshot(), before);
    assert_eq!(store.load_lead("a"), Some(saved));
}

#[test]
fn a_new_lead_whose_index_entry_does_not_fit_leaves_no_record_behind() {
    let probe = MemoryStore::new();
    open(&probe).save_lead(&lead("a"), 0).unwrap();
    // Room for the schema key and the record, not for the index too.
    let backend = MemoryStore::with_quota(size(&probe.snapshot()) - 2);
    let store = open(&backend);
    let before = backend.snapshot();
    assert_eq!(
        store.save_lead(&lead("a"), 0),
        Err(LeadSaveError::Save(SaveError::Full))
    );
    assert_eq!(backend.snapshot(), before);
}

#[test]
fn an_import_adds_every_lead_in_order() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    store.save_lead(&lead("first"), 0).unwrap();
    store
        .add_leads(&[lead("i1"), lead("i2"), lead("i3")])
        .unwrap();
    let (leads, _) = store.load_leads();
    assert_eq!(ids(&leads), ["first", "i1", "i2", "i3"]);
    assert!(leads.iter().all(|stored| stored.revision == 1));
}

#[test]
fn an_import_that_runs_out_of_room_adds_nothing() {
    let backend = MemoryStore::with_quota(3_000);
    let store = open(&backend);
    store.save_lead(&lead("kept"), 0).unwrap();
    let before = backend.snapshot();
    let import: Vec<Lead> = (0..40).map(|n| lead(&format!("csv-{n}"))).collect();
    assert_eq!(store.add_leads(&import), Err(SaveError::Full));
    assert_eq!(backend.snapshot(), before, "byte for byte as before");
}

#[test]
fn an_import_whose_index_does_not_fit_removes_its_records() {
    let import = [lead("i1"), lead("i2")];
    let probe = MemoryStore::new();
    let probe_store = open(&probe);
    probe_store.save_lead(&lead("kept"), 0).unwrap();
    let before_size = size(&probe.snapshot());
    probe_store.add_leads(&import).unwrap();
    let records: usize = probe
        .snapshot()
        .iter()
        .filter(|(k, _)| k.contains("lead:i"))
        .map(|(k, v)| k.len() + v.len())
        .sum();
    // Both records fit; the longer index does not.
    let backend = MemoryStore::with_quota(before_size + records + 3);
    let store = open(&backend);
    store.save_lead(&lead("kept"), 0).unwrap();
    let before = backend.snapshot();
    assert_eq!(store.add_leads(&import), Err(SaveError::Full));
    assert_eq!(backend.snapshot(), before);
}

#[test]
fn an_import_that_fails_at_any_write_adds_nothing() {
    let import: Vec<Lead> = (0..5).map(|n| lead(&format!("csv-{n}"))).collect();
    let writes = fails_without_a_trace(
        |store| {
            store.save_lead(&lead("kept"), 0).unwrap();
        },
        |store| store.add_leads(&import),
    );
    assert_eq!(writes, 6, "five records and the index");
}

#[test]
fn an_import_with_a_repeated_taken_or_empty_id_is_refused_before_writing() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    store.save_lead(&lead("a"), 0).unwrap();
    let before = backend.snapshot();
    for import in [
        vec![lead("x"), lead("x")],
        vec![lead("x"), lead("a")],
        vec![lead("x"), lead("")],
    ] {
        assert!(
            matches!(store.add_leads(&import), Err(SaveError::Other(_))),
            "{import:?}"
        );
        assert_eq!(backend.snapshot(), before);
    }
}

#[test]
fn deleting_a_lead_removes_its_record_and_index_entry() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    for id in ["a", "b", "c"] {
        store.save_lead(&lead(id), 0).unwrap();
    }
    store.delete_lead("b", 1).unwrap();
    let snapshot = backend.snapshot();
    assert_eq!(snapshot[&key("leads")], r#"["a","c"]"#);
    assert!(!snapshot.contains_key(&key("lead:b")));
    assert_eq!(ids(&store.load_leads().0), ["a", "c"]);
    store.delete_lead("b", 1).unwrap();
}

#[test]
fn a_delete_never_drops_a_contact_another_tab_logged_since() {
    let backend = MemoryStore::new();
    let this_tab = open(&backend);
    let other_tab = open(&backend);
    let seen = this_tab.save_lead(&lead("a"), 0).unwrap();
    let newer = other_tab
        .update_lead("a", |lead| lead.log.push(contact("2026-12-02T09:00")))
        .unwrap();
    let before = backend.snapshot();
    assert_eq!(
        this_tab.delete_lead("a", seen.revision),
        Err(LeadSaveError::Conflict {
            current: Some(newer.clone())
        })
    );
    assert_eq!(backend.snapshot(), before, "nothing was removed");
    // The screen shows the newer version; deleting that one works.
    this_tab.delete_lead("a", newer.revision).unwrap();
    assert_eq!(this_tab.load_lead("a"), None);
    assert_eq!(backend.snapshot()[&key("leads")], "[]");
}

#[test]
fn deleting_a_lead_the_index_lacks_removes_it_for_good() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    for id in ["a", "b"] {
        store.save_lead(&lead(id), 0).unwrap();
    }
    backend.set(&key("leads"), r#"["a"]"#).unwrap();
    store.delete_lead("b", 1).unwrap();
    assert_eq!(ids(&store.load_leads().0), ["a"]);
}

#[test]
fn storage_event_keys_map_back_to_leads() {
    let (store, _) = Store::open(MemoryStore::new(), "crm:");
    assert_eq!(store.lead_id_of_key("crm:lead:a-1"), Some("a-1"));
    assert_eq!(store.lead_id_of_key("crm:lead:"), None);
    assert_eq!(store.lead_id_of_key("crm:leads"), None);
    assert_eq!(store.lead_id_of_key("crm:backup:lead:a-1:1"), None);
    assert_eq!(store.lead_id_of_key("other:lead:a-1"), None);
    assert_eq!(store.lead_id_of_key("lead:a-1"), None);
    assert!(store.is_leads_index_key("crm:leads"));
    assert!(!store.is_leads_index_key("crm:lead:a"));
    assert!(!store.is_leads_index_key("leads"));
}

#[test]
fn a_store_from_a_newer_version_refuses_every_lead_write() {
    let backend = MemoryStore::new();
    backend.set(&key("schema"), "99").unwrap();
    backend.set(&key("leads"), r#"["a"]"#).unwrap();
    backend
        .set(
            &key("lead:a"),
            r#"{"revision":4,"lead":{"id":"a","future":1}}"#,
        )
        .unwrap();
    backend.set(&key("lead:b"), "{broken").unwrap();
    backend
        .set(&key("lead:c"), r#"{"revision":1,"lead":{"id":"c"}}"#)
        .unwrap();
    let (store, _) = Store::open(&backend, DEFAULT_PREFIX);
    let before = backend.snapshot();
    let (leads, notices) = store.load_leads();
    assert_eq!(
        (ids(&leads), notices),
        (vec!["a", "c"], vec![]),
        "a record the index lacks is found, and the index is not rewritten"
    );
    let newer = Err(LeadSaveError::Save(SaveError::NewerSchema));
    assert_eq!(store.save_lead(&lead("a"), 4), newer);
    assert_eq!(store.update_lead("a", |_| {}), newer);
    assert_eq!(store.add_leads(&[lead("n")]), Err(SaveError::NewerSchema));
    assert_eq!(
        store.delete_lead("a", 4),
        Err(LeadSaveError::Save(SaveError::NewerSchema))
    );
    assert_eq!(
        store.restore_backup(
            &read_backup(&store.export_backup(at("2026-12-01T10:00")).unwrap()).unwrap()
        ),
        Err(SaveError::NewerSchema)
    );
    assert_eq!(backend.snapshot(), before);
}

#[test]
fn defaults_are_left_out_of_a_record_and_full_old_shapes_still_read() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    store
        .save_lead(
            &Lead {
                id: "a".into(),
                log: vec![Contact {
                    at: at("2026-12-01T10:00"),
                    ..Contact::default()
                }],
                ..Lead::default()
            },
            0,
        )
        .unwrap();
    assert_eq!(
        backend.snapshot()[&key("lead:a")],
        r#"{"revision":1,"lead":{"id":"a","log":[{"at":"2026-12-01T10:00"}]}}"#
    );

    let full = r#"{"revision":2,"lead":{"id":"b","name":"","company":"","role":"","phone":"",
        "email":"","source":"cold","product":null,"dealSize":"regular","stage":"in-dialogue",
        "qualification":{"needConfirmed":null,"decisionMaker":null,"timing":null},
        "doNotContact":null,"customerWishes":{"channel":null,"time":""},"poorFit":false,
        "notes":"","log":[{"at":"2026-12-01T10:00","channel":"call","reached":false,
        "outcome":null,"discussed":"","promised":"","promisedBy":null,"agreedNext":null,
        "newInformation":false}]}}"#;
    backend.set(&key("lead:b"), full).unwrap();
    let stored = store.load_lead("b").unwrap();
    assert_eq!(stored.revision, 2);
    assert_eq!(
        stored.lead,
        Lead {
            id: "b".into(),
            log: vec![Contact {
                at: at("2026-12-01T10:00"),
                ..Contact::default()
            }],
            ..Lead::default()
        }
    );
}

#[test]
fn ten_thousand_leads_load_and_one_save_touches_one_key() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    let import: Vec<Lead> = (0..10_000).map(|n| lead(&format!("lead-{n:05}"))).collect();
    store.add_leads(&import).unwrap();
    let (leads, notices) = store.load_leads();
    assert!(notices.is_empty());
    assert_eq!(leads.len(), 10_000);
    assert_eq!(leads[9_999].lead, import[9_999]);

    let counting = Counting {
        inner: &backend,
        written: RefCell::default(),
    };
    let (store, _) = Store::open(&counting, DEFAULT_PREFIX);
    store
        .update_lead("lead-05000", |lead| {
            lead.log.push(contact("2026-12-03T10:00"))
        })
        .unwrap();
    assert_eq!(*counting.written.borrow(), [key("lead:lead-05000")]);
}

// ---- backup ----

fn sample_settings() -> Settings {
    let mut settings = Settings {
        follow_up_window_days: 5,
        ..Settings::default()
    };
    settings.stop_rule.cold_attempts = 4;
    settings
}

fn sample_prepared() -> PreparedCalls {
    let mut calls = PreparedCalls::default();
    calls.record(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(), "a");
    calls.record(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(), "b");
    calls
}

/// A store with settings, prepared calls, three leads and a draft.
fn filled(backend: &MemoryStore) -> Store<&MemoryStore> {
    let store = open(backend);
    filled_store(&store);
    store
}

fn filled_store<B: KeyValueStore>(store: &Store<B>) {
    store
        .save(warmcall_coach::settings::SETTINGS_KEY, &sample_settings())
        .unwrap();
    store.save(PREPARED_KEY, &sample_prepared()).unwrap();
    store.save("drafts", &"What did you conclude?").unwrap();
    store.save(PRACTICE_KEY, &sample_practice()).unwrap();
    let mut second = lead("b");
    second.source = Source::Inbound;
    second.stage = Stage::OfferOut;
    // The prep saved from the Opener tab travels with the lead (issue 15).
    second.prep = Some(warmcall_coach::lead::LeadPrep {
        hook: "your new warehouse in Malmö".into(),
        opener: "I read about your new warehouse in Malmö.".into(),
        ..Default::default()
    });
    second.log.push(Contact {
        at: at("2026-12-02T14:00"),
        channel: Channel::Email,
        outcome: Some(Outcome::NeedsToThink),
        promised_by: NaiveDate::from_ymd_opt(2026, 12, 9),
        agreed_next: Some(at("2026-12-10T12:30")),
        ..Contact::default()
    });
    store.add_leads(&[lead("a"), second, lead("c")]).unwrap();
}

/// One missed exercise, so the backup has a card in box 1 and an attempt to carry.
fn sample_practice() -> PracticeState {
    let exercise = parse_exercises(
        r#"[{"id": "t-1", "skill": "assumptive", "lang": "en", "situation": "Sent the quote Monday.",
            "prompt": "Did you look at the quote?", "model": "What did you conclude about the quote?"}]"#,
    )
    .exercises
    .remove(0);
    let mut practice = PracticeState::default();
    record(&mut practice, &exercise, false, 0, at("2026-12-02T10:00"));
    practice
}

/// The practice record as the store writes it.
fn practice_json() -> String {
    serde_json::to_string(&sample_practice()).unwrap()
}

#[test]
fn a_backup_without_practice_keeps_the_practice_record() {
    let backend = MemoryStore::new();
    let store = filled(&backend);
    let text = store.export_backup(at("2026-12-04T16:30")).unwrap();
    assert!(
        text.contains(r#""practice":{"cards":[{"id":"t-1""#),
        "{text}"
    );
    // A backup made before practice existed.
    let start = text.find(r#","practice":"#).unwrap();
    let older = format!("{}}}", &text[..start]);
    let backup = read_backup(&older).unwrap();
    assert_eq!(backup.practice, None);
    store.save(PRACTICE_KEY, &PracticeState::default()).unwrap();
    store.restore_backup(&backup).unwrap();
    assert_eq!(
        store.load::<PracticeState>(PRACTICE_KEY).0,
        PracticeState::default()
    );
    store.restore_backup(&read_backup(&text).unwrap()).unwrap();
    assert_eq!(
        store.load::<PracticeState>(PRACTICE_KEY).0,
        sample_practice()
    );
}

#[test]
fn a_backup_restores_into_an_empty_store_as_the_same_data() {
    let source = MemoryStore::new();
    let store = filled(&source);
    let text = store.export_backup(at("2026-12-04T16:30")).unwrap();
    assert!(
        text.starts_with(&format!(
            r#"{{"format":"warmcall-backup","schema":{SCHEMA_VERSION},"exportedAt":"2026-12-04T16:30","settings":{{"#
        )),
        "{}",
        &text[..120]
    );
    assert!(!text.contains("conclude"), "drafts are not in a backup");
    assert!(
        text.contains(r#""prep":{"hook":"your new warehouse in Malmö""#),
        "a lead's saved prep is in the backup"
    );

    let backup = read_backup(&text).unwrap();
    assert_eq!(backup.exported_at, at("2026-12-04T16:30"));
    assert_eq!(backup.settings, sample_settings());
    assert_eq!(backup.prepared_calls, sample_prepared());
    assert_eq!(backup.practice, Some(practice_json()));
    let (leads, _) = store.load_leads();
    let leads: Vec<Lead> = leads.into_iter().map(|stored| stored.lead).collect();
    assert_eq!(backup.leads, leads);
    assert_eq!(
        backup.summary(),
        BackupSummary {
            leads: 3,
            contacts: 4,
            exported_at: Some(at("2026-12-04T16:30"))
        }
    );
    assert_eq!(
        store.current_summary(),
        BackupSummary {
            exported_at: None,
            ..backup.summary()
        }
    );

    let target = MemoryStore::new();
    let restored = open(&target);
    assert_eq!(restored.current_summary().leads, 0);
    restored.restore_backup(&backup).unwrap();
    assert_eq!(
        restored.export_backup(at("2026-12-04T16:30")).unwrap(),
        text
    );
    let mut expected = source.snapshot();
    expected.remove(&key("drafts"));
    assert_eq!(target.snapshot(), expected, "the same keys and values");
}

#[test]
fn a_restore_replaces_everything_and_removes_leads_not_in_the_backup() {
    let backend = MemoryStore::new();
    let store = filled(&backend);
    let b = store
        .update_lead("b", |lead| lead.notes = "newer".into())
        .unwrap();
    // A lead whose index entry was lost goes too, rather than appearing beside the restored ones.
    store.save_lead(&lead("x"), 0).unwrap();
    let index = backend.snapshot()[&key("leads")].replace(r#","x""#, "");
    backend.set(&key("leads"), &index).unwrap();
    let mut restored_b = lead("b");
    restored_b.notes = "from the backup".into();
    let backup = Backup {
        exported_at: at("2026-11-01T08:00"),
        settings: Settings::default(),
        prepared_calls: PreparedCalls::default(),
        leads: vec![lead("d"), restored_b.clone()],
        practice: Some("{}".to_owned()),
    };
    store.restore_backup(&backup).unwrap();

    let (leads, notices) = store.load_leads();
    assert!(notices.is_empty());
    assert_eq!(ids(&leads), ["d", "b"]);
    assert_eq!(leads[1].lead, restored_b);
    assert!(
        leads[1].revision > b.revision,
        "a tab still editing the old b gets a conflict"
    );
    assert_eq!(leads[0].revision, 1);
    let snapshot = backend.snapshot();
    assert!(!snapshot.contains_key(&key("lead:a")));
    assert!(!snapshot.contains_key(&key("lead:c")));
    assert!(!snapshot.contains_key(&key("lead:x")));
    assert_eq!(store.load::<Settings>("settings").0, Settings::default());
    assert_eq!(
        store.load::<PreparedCalls>(PREPARED_KEY).0,
        PreparedCalls::default()
    );
    assert_eq!(
        snapshot[&key("drafts")],
        r#""What did you conclude?""#,
        "drafts are not part of a restore"
    );
}

fn big_backup(leads: usize) -> Backup {
    Backup {
        exported_at: at("2026-11-01T08:00"),
        settings: Settings::default(),
        prepared_calls: PreparedCalls::default(),
        practice: Some(practice_json()),
        leads: (0..leads)
            .map(|n| {
                let mut lead = lead(&format!("new-{n}"));
                lead.notes = "n".repeat(200);
                lead
            })
            .collect(),
    }
}

#[test]
fn a_restore_that_runs_out_of_room_leaves_every_key_as_it_was() {
    let probe = MemoryStore::new();
    filled(&probe);
    let old_size = size(&probe.snapshot());
    let backup = big_backup(20);
    // Fails at every point of the restore: before, among and after the new records.
    for extra in [0, 300, 1_500, 3_000, 4_000] {
        let backend = MemoryStore::with_quota(old_size + extra);
        let store = filled(&backend);
        backend.set("host:cart", "3 items").ok();
        let before = backend.snapshot();
        assert_eq!(
            store.restore_backup(&backup),
            Err(SaveError::Full),
            "{extra}"
        );
        assert_eq!(backend.snapshot(), before, "{extra}: byte for byte");
    }
}

#[test]
fn a_restore_that_fails_at_any_write_leaves_every_key_as_it_was() {
    let mut backup = big_backup(4);
    backup.leads.push(lead("b"));
    let writes = fails_without_a_trace(
        |store| {
            filled_store(store);
        },
        |store| store.restore_backup(&backup),
    );
    assert_eq!(
        writes, 9,
        "five records, settings, prepared calls, practice and the index"
    );
}

#[test]
fn a_restore_fits_where_the_old_and_new_data_together_would_not() {
    let probe = MemoryStore::new();
    filled(&probe);
    let old_size = size(&probe.snapshot());
    let backup = Backup {
        leads: vec![lead("x")],
        ..big_backup(0)
    };
    let backend = MemoryStore::with_quota(old_size);
    let store = filled(&backend);
    store.restore_backup(&backup).unwrap();
    assert_eq!(ids(&store.load_leads().0), ["x"]);
}

#[test]
fn hostile_text_round_trips_as_text() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    let hostile = "<script>alert(\"x\")</script> \\ \u{2028} \u{0} é 🙂 ]}\",";
    let mut evil = lead(hostile);
    evil.name = hostile.into();
    evil.notes = format!("{hostile}\n{hostile}");
    evil.log[0].discussed = hostile.into();
    store.add_leads(&[evil.clone()]).unwrap();
    let text = store.export_backup(at("2026-12-04T16:30")).unwrap();
    let backup = read_backup(&text).unwrap();
    assert_eq!(backup.leads, vec![evil.clone()]);
    let target = MemoryStore::new();
    let restored = open(&target);
    restored.restore_backup(&backup).unwrap();
    assert_eq!(restored.load_lead(hostile).unwrap().lead, evil);
    assert_eq!(
        restored.lead_id_of_key(&key(&format!("lead:{hostile}"))),
        Some(hostile)
    );
}

fn valid_document(leads: &str) -> String {
    format!(
        r#"{{"format":"warmcall-backup","schema":1,"exportedAt":"2026-12-04T16:30","settings":{{}},"preparedCalls":{{"days":[]}},"leads":{leads}}}"#
    )
}

#[test]
fn a_valid_hand_written_backup_reads() {
    let backup = read_backup(&valid_document(r#"[{"id":"a"},{"id":"b","log":[]}]"#)).unwrap();
    assert_eq!(backup.summary().leads, 2);
}

#[test]
fn a_backup_saved_by_an_editor_with_a_byte_order_mark_reads() {
    let text = valid_document(r#"[{"id":"a"}]"#);
    let backup = read_backup(&format!("\u{feff}{text}")).unwrap();
    assert_eq!(backup, read_backup(&text).unwrap());
}

#[test]
fn unreadable_backups_say_what_is_wrong() {
    let problem = |text: &str| read_backup(text).unwrap_err();
    let damaged = "not valid JSON: the file is damaged or incomplete";
    assert_eq!(problem("{\"format\":"), damaged);
    assert_eq!(problem(""), damaged);
    let document = valid_document(r#"[{"id":"a"}]"#);
    assert_eq!(problem(&document[..document.len() - 3]), damaged);
    assert_eq!(problem("[1,2]"), "not valid JSON of the expected shape");
    assert_eq!(
        problem(r#"{"format":1}"#),
        "wrong type or value in field `format`"
    );
    assert_eq!(problem(r#"{"leads":[]}"#), "not a warmcall backup");
    assert_eq!(
        problem(&valid_document("[]").replace("warmcall-backup", "crm-export")),
        "not a warmcall backup"
    );
    assert_eq!(
        problem(r#"{"format":"warmcall-backup","exportedAt":"2026-12-04T16:30"}"#),
        "missing field `schema`"
    );
    let newer = problem(&valid_document("[]").replace(r#""schema":1"#, r#""schema":7"#));
    assert!(
        newer.contains("newer version") && newer.contains("7"),
        "{newer}"
    );
    assert_eq!(
        problem(&valid_document("[]").replace(r#","leads":[]"#, "")),
        "missing field `leads`"
    );
    assert_eq!(
        problem(&valid_document("[]").replace("2026-12-04T16:30", "yesterday")),
        "wrong type or value in field `exportedAt`"
    );
    assert_eq!(
        problem(&valid_document("[]").replace(
            r#""settings":{}"#,
            r#""settings":{"followUpWindowDays":40}"#
        )),
        "value out of range in field `settings.followUpWindowDays`"
    );
    assert_eq!(
        problem(&valid_document(r#"[{"id":"a"},{"id":"b"},{"id":"a"}]"#)),
        "lead id `a` appears more than once"
    );
    assert_eq!(
        problem(&valid_document(r#"[{"id":"a"},{"name":"no id"}]"#)),
        "lead 2 has no `id`"
    );
    assert_eq!(
        problem(&valid_document(
            r#"[{"id":"a"},{"id":"acme-7","log":[{"at":"2026-12-01T10:00"},{"at":"2026-12-01T10:00","promisedBy":"2026-02-30"}]}]"#
        )),
        "lead 2 (id `acme-7`), contact 2: wrong type or value in field `promisedBy`"
    );
    assert_eq!(
        problem(&valid_document(
            r#"[{"id":"acme-7","stage":"won","log":[{"at":"soon"}]}]"#
        )),
        "lead 1 (id `acme-7`): unknown variant `won` in field `stage`"
    );
    assert_eq!(
        problem(&valid_document(r#"[{"id":"a"},7]"#)),
        "lead 2: wrong type or value in field `leads`"
    );
    assert_eq!(
        problem(&valid_document(r#"{"id":"a"}"#)),
        "wrong type or value in field `leads`"
    );
}

#[test]
fn a_five_megabyte_backup_reads_and_restores() {
    let leads: Vec<Lead> = (0..2_500)
        .map(|n| {
            let mut lead = lead(&format!("big-{n}"));
            lead.notes = "Met at the fair; wants a quote for 40 seats. ".repeat(20);
            lead.log = (0..20).map(|_| contact("2026-12-01T10:00")).collect();
            lead
        })
        .collect();
    let source = MemoryStore::new();
    open(&source).add_leads(&leads).unwrap();
    let document = open(&source).export_backup(at("2026-12-04T16:30")).unwrap();
    assert!(document.len() > 5 * 1024 * 1024, "{}", document.len());
    let backup = read_backup(&document).unwrap();
    assert_eq!(backup.leads, leads);
    let target = MemoryStore::new();
    open(&target).restore_backup(&backup).unwrap();
    assert_eq!(open(&target).current_summary().contacts, 2_500 * 20);
}

#[test]
fn a_backup_leaves_out_sample_leads_until_the_rep_keeps_them() {
    let backend = MemoryStore::new();
    let store = open(&backend);
    let sample = |id: &str| Lead {
        sample: true,
        ..lead(id)
    };
    store
        .add_leads(&[lead("own"), sample("sample-due"), sample("sample-new")])
        .unwrap();
    let backup = read_backup(&store.export_backup(at("2026-12-04T16:30")).unwrap()).unwrap();
    let backed_up: Vec<&str> = backup.leads.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(backed_up, ["own"]);

    // "Keep them" clears the flag: from then on they are the rep's leads.
    store
        .update_lead("sample-due", |lead| lead.sample = false)
        .unwrap();
    let backup = read_backup(&store.export_backup(at("2026-12-04T16:31")).unwrap()).unwrap();
    let backed_up: Vec<&str> = backup.leads.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(backed_up, ["own", "sample-due"]);
    assert!(backup.leads.iter().all(|lead| !lead.sample));
}
