//! The store's promises: namespaced keys, migrations, corrupt values backed up without losing
//! anything else, and failed writes that leave the previous data intact.

use warmcall_coach::settings::{Experience, ProductKind, Settings};
use warmcall_coach::Lang;
use warmcall_store::{
    claim, KeyValueStore, MemoryStore, Notice, Refusal, SaveError, Store, DEFAULT_PREFIX, OWNER,
    SCHEMA_VERSION,
};

fn key(name: &str) -> String {
    format!("{DEFAULT_PREFIX}{name}")
}

#[test]
fn a_new_store_records_the_schema_version_and_saves_under_its_prefix() {
    let (store, notices) = Store::open(MemoryStore::new(), DEFAULT_PREFIX);
    assert!(notices.is_empty());
    let mut settings = Settings::default();
    settings.stop_rule.cold_attempts = 5;
    store.save("settings", &settings).unwrap();

    let (loaded, notice) = store.load::<Settings>("settings");
    assert_eq!(loaded, settings);
    assert_eq!(notice, None);
    assert_eq!(
        store.key("settings"),
        "warmcall:settings",
        "keys carry the prefix"
    );
}

#[test]
fn the_host_pages_keys_are_never_touched() {
    let backend = MemoryStore::new();
    backend.set("settings", "host page's own value").unwrap();
    backend.set("theme", "{not json").unwrap();
    let (store, _) = Store::open(backend, "course-7:");
    store.save("settings", &Settings::default()).unwrap();
    let (_, notice) = store.load::<Settings>("theme");
    assert_eq!(
        notice, None,
        "a host key without our prefix is not ours to read"
    );
    let snapshot = store.into_backend().snapshot();
    assert_eq!(snapshot["settings"], "host page's own value");
    assert_eq!(snapshot["theme"], "{not json");
    assert!(snapshot.contains_key("course-7:settings"));
    assert_eq!(snapshot["course-7:schema"], SCHEMA_VERSION.to_string());
}

#[test]
fn a_v0_fixture_migrates_to_the_current_schema() {
    let backend = MemoryStore::new();
    backend
        .set(
            &key("settings"),
            r#"{"lang":"sv","level":"new","product":"volume","maxAttemptsCold":2,"maxAttemptsInbound":8,"followUpDays":5}"#,
        )
        .unwrap();
    backend.set(&key("notes"), r#"["keep me"]"#).unwrap();

    let (store, notices) = Store::open(backend, DEFAULT_PREFIX);
    assert!(notices.is_empty(), "{notices:?}");
    let (settings, notice) = store.load::<Settings>("settings");
    assert_eq!(notice, None);
    assert_eq!(settings.interface_lang, Some(Lang::Sv));
    assert_eq!(settings.experience, Experience::New);
    assert_eq!(settings.product, ProductKind::Volume);
    assert_eq!(settings.stop_rule.cold_attempts, 2);
    assert_eq!(settings.stop_rule.inbound_attempts, 8);
    assert_eq!(settings.follow_up_window_days, 5);
    let snapshot = store.into_backend().snapshot();
    assert_eq!(snapshot[&key("schema")], SCHEMA_VERSION.to_string());
    assert_eq!(snapshot[&key("notes")], r#"["keep me"]"#);
}

#[test]
fn current_settings_without_a_schema_key_are_not_mistaken_for_v0() {
    // A host page that clears only our schema key must not cost the rep their settings.
    let backend = MemoryStore::new();
    let mut current = Settings {
        interface_lang: Some(Lang::Nl),
        follow_up_window_days: 2,
        ..Settings::default()
    };
    current.stop_rule.cold_attempts = 5;
    backend
        .set(&key("settings"), &serde_json::to_string(&current).unwrap())
        .unwrap();
    let (store, notices) = Store::open(backend, DEFAULT_PREFIX);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(store.load::<Settings>("settings"), (current, None));
    assert_eq!(
        store.into_backend().snapshot()[&key("schema")],
        SCHEMA_VERSION.to_string()
    );
}

#[test]
fn full_storage_on_the_first_start_leaves_the_store_writable() {
    let (store, notices) = Store::open(MemoryStore::with_quota(0), DEFAULT_PREFIX);
    assert!(notices.is_empty(), "{notices:?}");
    assert!(!store.is_read_only());
    assert_eq!(
        store.save("settings", &Settings::default()),
        Err(SaveError::Full),
        "the rep is told the storage is full, not that the data is from a newer version"
    );
}

#[test]
fn the_schema_version_is_written_with_the_first_save_that_fits() {
    let backend = MemoryStore::with_quota(60);
    backend.set("host:filler", &"x".repeat(40)).unwrap();
    let (store, _) = Store::open(&backend, DEFAULT_PREFIX);
    assert_eq!(
        backend.snapshot().get(&key("schema")),
        None,
        "no room on start"
    );
    backend.remove("host:filler").unwrap();
    assert_eq!(store.save("n", &1), Ok(()));
    assert_eq!(
        backend.snapshot().get(&key("schema")),
        Some(&SCHEMA_VERSION.to_string())
    );
}

#[test]
fn a_corrupt_value_with_no_room_for_a_backup_stays_and_is_not_overwritten() {
    let broken = "{\"stopRule\": {oops";
    let backend =
        MemoryStore::with_quota(key("schema").len() + 1 + key("settings").len() + broken.len() + 4);
    backend.set(&key("schema"), "1").unwrap();
    backend.set(&key("settings"), broken).unwrap();
    let (store, _) = Store::open(backend, DEFAULT_PREFIX);
    let (settings, notice) = store.load::<Settings>("settings");
    assert_eq!(settings, Settings::default());
    assert_eq!(
        notice,
        Some(Notice::CorruptValueKept {
            key: key("settings")
        })
    );
    assert_eq!(
        store.save("settings", &Settings::default()),
        Err(SaveError::UnreadableRecord)
    );
    assert_eq!(store.into_backend().snapshot()[&key("settings")], broken);
}

#[test]
fn a_corrupt_value_is_backed_up_and_nothing_else_is_lost() {
    let backend = MemoryStore::new();
    backend.set(&key("schema"), "1").unwrap();
    backend
        .set(&key("settings"), "{\"stopRule\": {oops")
        .unwrap();
    backend
        .set(&key("drafts"), r#"{"followUp":"What did you conclude?"}"#)
        .unwrap();
    backend.set("host:cart", "3 items").unwrap();
    let before = backend.snapshot();

    let (store, notices) = Store::open(backend, DEFAULT_PREFIX);
    assert!(notices.is_empty());
    let (settings, notice) = store.load::<Settings>("settings");
    assert_eq!(settings, Settings::default());
    assert_eq!(
        notice,
        Some(Notice::CorruptValueBackedUp {
            key: key("settings"),
            backup_key: key("backup:settings:1"),
        })
    );
    let (drafts, notice) = store.load::<serde_json::Value>("drafts");
    assert_eq!(notice, None);
    assert_eq!(drafts["followUp"], "What did you conclude?");

    let after = store.into_backend().snapshot();
    assert_eq!(after[&key("backup:settings:1")], before[&key("settings")]);
    for (k, v) in &before {
        if k != &key("settings") {
            assert_eq!(after.get(k), Some(v), "{k} must be untouched");
        }
    }
}

#[test]
fn a_second_corruption_does_not_overwrite_the_first_backup() {
    let backend = MemoryStore::new();
    backend.set(&key("schema"), "1").unwrap();
    backend.set(&key("backup:settings:1"), "first").unwrap();
    backend.set(&key("settings"), "second").unwrap();
    let (store, _) = Store::open(backend, DEFAULT_PREFIX);
    let (_, notice) = store.load::<Settings>("settings");
    assert!(
        matches!(notice, Some(Notice::CorruptValueBackedUp { backup_key, .. }) if backup_key == key("backup:settings:2"))
    );
    let after = store.into_backend().snapshot();
    assert_eq!(after[&key("backup:settings:1")], "first");
    assert_eq!(after[&key("backup:settings:2")], "second");
}

#[test]
fn a_full_storage_keeps_the_previous_value_and_says_so() {
    let (store, _) = Store::open(MemoryStore::with_quota(400), DEFAULT_PREFIX);
    let saved = Settings::default();
    store.save("settings", &saved).unwrap();
    let huge = "x".repeat(1000);
    assert_eq!(store.save("notes", &huge), Err(SaveError::Full));
    let (loaded, notice) = store.load::<Settings>("settings");
    assert_eq!((loaded, notice), (saved, None));
    let (notes, _) = store.load::<String>("notes");
    assert_eq!(notes, "", "the failed write left nothing behind");
}

#[test]
fn data_from_a_newer_version_is_read_but_never_overwritten() {
    let backend = MemoryStore::new();
    backend.set(&key("schema"), "99").unwrap();
    backend
        .set(
            &key("settings"),
            r#"{"stopRule":{"coldAttempts":7},"futureField":true}"#,
        )
        .unwrap();
    let (store, notices) = Store::open(backend, DEFAULT_PREFIX);
    assert_eq!(notices, vec![Notice::NewerSchema { found: 99 }]);
    let (settings, _) = store.load::<Settings>("settings");
    assert_eq!(settings.stop_rule.cold_attempts, 7);
    assert_eq!(
        store.save("settings", &Settings::default()),
        Err(SaveError::NewerSchema)
    );
    assert!(store.into_backend().snapshot()[&key("settings")].contains("futureField"));
}

#[test]
fn an_unreadable_record_from_a_newer_version_is_left_where_it_is() {
    let backend = MemoryStore::new();
    backend.set(&key("schema"), "2").unwrap();
    backend
        .set(&key("settings"), r#"{"experience":"expert"}"#)
        .unwrap();
    let (store, _) = Store::open(backend, DEFAULT_PREFIX);
    assert_eq!(
        store.load::<Settings>("settings"),
        (Settings::default(), None)
    );
    let after = store.into_backend().snapshot();
    assert_eq!(after[&key("settings")], r#"{"experience":"expert"}"#);
    assert!(!after.keys().any(|k| k.contains("backup")));
}

#[test]
fn an_unreadable_schema_version_is_backed_up_and_reported() {
    let backend = MemoryStore::new();
    backend.set(&key("schema"), "one").unwrap();
    let (store, notices) = Store::open(backend, DEFAULT_PREFIX);
    assert_eq!(
        notices,
        vec![Notice::CorruptValueBackedUp {
            key: key("schema"),
            backup_key: key("backup:schema:1"),
        }]
    );
    assert!(!store.is_read_only());
}

#[test]
fn stored_settings_out_of_range_fall_back_to_their_defaults_with_a_notice() {
    use warmcall_coach::settings::SettingsProblem;
    let backend = MemoryStore::new();
    backend.set(&key("schema"), "1").unwrap();
    let stored = r#"{"dailyPreparedGoal":0,"followUpWindowDays":99,"experience":"new"}"#;
    backend.set(&key("settings"), stored).unwrap();

    let (store, _) = Store::open(&backend, DEFAULT_PREFIX);
    let (settings, notices) = store.load_settings();
    assert_eq!(
        notices,
        vec![
            Notice::SettingReset {
                problem: SettingsProblem::WindowOutOfRange
            },
            Notice::SettingReset {
                problem: SettingsProblem::GoalOutOfRange
            },
        ]
    );
    let defaults = Settings::default();
    assert_eq!(settings.daily_prepared_goal, defaults.daily_prepared_goal);
    assert_eq!(
        settings.follow_up_window_days,
        defaults.follow_up_window_days
    );
    assert_eq!(
        settings.experience,
        Experience::New,
        "the valid values are kept"
    );
    assert_eq!(
        backend.get(&key("settings")).unwrap().as_deref(),
        Some(stored),
        "nothing is written on load"
    );
}

/// A host app's own keys under the prefix a page gave the widget (issue 17: `myapp:` lost its
/// settings, schema, index and a record).
fn host_app_storage() -> MemoryStore {
    let backend = MemoryStore::new();
    for (key, value) in [
        ("myapp:settings", r#"{"theme":"blue","pageSize":25}"#),
        ("myapp:schema", "v7"),
        ("myapp:leads", "42,43"),
        ("myapp:lead:42", "Anna Berg <anna@example.com>"),
        ("myapp:probe", "host"),
    ] {
        backend.set(key, value).unwrap();
    }
    backend
}

#[test]
fn a_prefix_holding_a_host_apps_keys_is_refused_and_nothing_is_read_or_written() {
    let backend = host_app_storage();
    let before = backend.snapshot();
    assert_eq!(
        claim(&backend, "myapp:"),
        Err(Refusal::Foreign {
            prefix: "myapp:".into(),
            key: "myapp:lead:42".into()
        })
    );
    let (store, notices) = Store::open(&backend, "myapp:");
    assert!(
        matches!(
            &notices[..],
            [Notice::PrefixRefused(Refusal::Foreign { .. })]
        ),
        "{notices:?}"
    );
    assert_eq!(
        store.load::<Settings>("settings"),
        (Settings::default(), None),
        "the host's settings are not read as ours"
    );
    assert_eq!(store.load_leads(), (Vec::new(), Vec::new()));
    assert!(store.save("settings", &Settings::default()).is_err());
    assert_eq!(backend.snapshot(), before, "byte for byte");
}

#[test]
fn an_empty_prefix_is_claimed_and_reopens_as_ours() {
    let backend = MemoryStore::new();
    backend.set("other:thing", "1").unwrap();
    let (store, notices) = Store::open(&backend, "course-7:");
    assert!(notices.is_empty(), "{notices:?}");
    store.save("settings", &Settings::default()).unwrap();
    assert_eq!(backend.snapshot()["course-7:owner"], OWNER);
    let (_, notices) = Store::open(&backend, "course-7:");
    assert!(notices.is_empty(), "{notices:?}");
    let (_, notices) = Store::open(&backend, "course-7:");
    assert!(
        notices.is_empty(),
        "a second widget with the same prefix shares it"
    );
}

#[test]
fn nested_prefixes_are_refused_whichever_claims_first() {
    for (first, second) in [("c:", "c:lead:"), ("c:lead:", "c:")] {
        let backend = MemoryStore::new();
        let (store, notices) = Store::open(&backend, first);
        assert!(notices.is_empty(), "{notices:?}");
        store.save("settings", &Settings::default()).unwrap();
        let before = backend.snapshot();
        let (_, notices) = Store::open(&backend, second);
        assert_eq!(
            notices,
            [Notice::PrefixRefused(Refusal::Nested {
                prefix: second.into(),
                other: first.into()
            })]
        );
        assert_eq!(backend.snapshot(), before);
        let (_, notices) = Store::open(&backend, first);
        assert!(notices.is_empty(), "the first keeps working: {notices:?}");
    }
}

#[test]
fn a_prefix_inside_the_default_one_is_refused_beside_data_from_before_the_marker() {
    let backend = MemoryStore::new();
    backend.set(&key("schema"), "1").unwrap();
    assert_eq!(
        claim(&backend, "warmcall:course:"),
        Err(Refusal::Nested {
            prefix: "warmcall:course:".into(),
            other: DEFAULT_PREFIX.into()
        })
    );
    // Without the default prefix in use, a prefix inside it is a prefix like any other.
    let backend = MemoryStore::new();
    assert_eq!(claim(&backend, "warmcall:course:"), Ok(true));
    assert_eq!(claim(&backend, "warmcall:course:"), Ok(true));
}

/// Data as the versions before the marker wrote it under the default prefix: `schema` a bare
/// number, settings, the index, a lead record with a contact, prepared calls, a draft.
#[test]
fn data_of_the_current_shape_without_the_marker_loads_whole_under_the_default_prefix() {
    let backend = MemoryStore::new();
    let fixture = [
        ("schema", "1"),
        (
            "settings",
            r#"{"interfaceLang":"sv","followUpWindowDays":2}"#,
        ),
        ("leads", r#"["eva"]"#),
        (
            "lead:eva",
            r#"{"revision":3,"lead":{"id":"eva","name":"Eva Lund","company":"Lund Data","notes":"Ring efter lunch","log":[{"at":"2026-12-01T10:00","reached":true,"discussed":"offerten","promised":"kolla budgeten"}]}}"#,
        ),
        (
            "prepared-calls",
            r#"{"days":[{"day":"2026-12-01","count":4}]}"#,
        ),
        (
            "followup-draft",
            r#"{"question":"Har du tittat på offerten?"}"#,
        ),
    ];
    for (name, value) in fixture {
        backend.set(&key(name), value).unwrap();
    }
    let (store, notices) = Store::open(&backend, DEFAULT_PREFIX);
    assert!(notices.is_empty(), "{notices:?}");
    let (settings, _) = store.load_settings();
    assert_eq!(settings.interface_lang, Some(Lang::Sv));
    assert_eq!(settings.follow_up_window_days, 2);
    let (leads, notices) = store.load_leads();
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(leads.len(), 1);
    assert_eq!(leads[0].revision, 3);
    assert_eq!(leads[0].lead.notes, "Ring efter lunch");
    assert_eq!(leads[0].lead.log.len(), 1);
    let snapshot = backend.snapshot();
    for (name, value) in fixture {
        assert_eq!(snapshot[&key(name)], value, "{name} is kept as it was");
    }
    assert_eq!(snapshot[&key("owner")], OWNER, "claimed from now on");
}

#[test]
fn a_prefix_claimed_on_full_storage_gets_its_marker_before_its_first_key() {
    let backend = MemoryStore::with_quota(60);
    backend.set("host:filler", &"x".repeat(40)).unwrap();
    let (store, notices) = Store::open(&backend, "course-7:");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(backend.snapshot().get("course-7:owner"), None, "no room");
    backend.remove("host:filler").unwrap();
    store.save("n", &1).unwrap();
    assert_eq!(backend.snapshot()["course-7:owner"], OWNER);
    let (_, notices) = Store::open(&backend, "course-7:");
    assert!(notices.is_empty(), "{notices:?}");
}
