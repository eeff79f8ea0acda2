//! Persistence behind a small key-value port. The browser adapter (`local`) wraps localStorage;
//! `memory` serves tests and the fallback when the browser blocks storage. `Store` adds what
//! the app needs on top of either: namespaced keys, the schema version, migrations, and the
//! guarantee that one corrupt value never costs the rest of the data.

pub mod backup;
pub mod leads;
mod memory;
pub use memory::MemoryStore;
#[cfg(feature = "web")]
pub mod local;

use std::cell::{Cell, RefCell};

use serde::{de::DeserializeOwned, Serialize};

/// The prefix every key gets unless the embedding page chooses another, so the widget never
/// reads or clobbers the host page's own keys.
pub const DEFAULT_PREFIX: &str = "warmcall:";

/// Bumped whenever a stored shape changes; `MIGRATIONS[n]` takes data from version n to n + 1.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refuses storage (sandboxed iframe, privacy mode).
    Blocked,
    /// The quota is used up; the write did not happen.
    Full,
    Other(String),
}

pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key stored, in no particular order (the host page's keys too).
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// Something the user should know about their data, shown as a notice in the widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is blocked: the widget works, but nothing is kept after the page closes.
    NotPersisted,
    /// Storage is full: what is stored is shown, but changes cannot be saved until there is room.
    StorageFull,
    /// A stored value could not be read; it was kept under `backup_key` and the app started
    /// without it.
    CorruptValueBackedUp { key: String, backup_key: String },
    /// A stored value could not be read, and there was no room to set it aside: it stays under
    /// its key, and changes to that record are not saved in this session so it is not lost.
    CorruptValueKept { key: String },
    /// The data was written by a newer version of warmcall; saving is off so it is not
    /// overwritten with an older shape.
    NewerSchema { found: u32 },
    /// A migration from an older version failed; the old data is left as it was.
    MigrationFailed { from: u32 },
    /// A stored setting was out of the range the Settings screen and a restore accept (edited
    /// by hand, or written by another program); its default is used instead. Storage keeps the
    /// stored value until the rep saves a setting.
    SettingReset {
        problem: warmcall_coach::settings::SettingsProblem,
    },
    /// This build of warmcall differs from the one that last ran with this storage (see
    /// `embed::note_build`); the store never reports it.
    Updated,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    Full,
    Blocked,
    /// The data belongs to a newer version of warmcall.
    NewerSchema,
    /// Older data could not be upgraded; it is left as it was.
    MigrationFailed,
    /// The stored record could not be read nor set aside (see `Notice::CorruptValueKept`).
    UnreadableRecord,
    Other(String),
}

impl From<StorageError> for SaveError {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::Blocked => SaveError::Blocked,
            StorageError::Full => SaveError::Full,
            StorageError::Other(message) => SaveError::Other(message),
        }
    }
}

pub struct Store<B: KeyValueStore> {
    backend: B,
    prefix: String,
    read_only: Option<SaveError>,
    /// The schema version could not be written (full storage): written with the next save.
    schema_pending: Cell<bool>,
    /// Records that could not be read nor backed up, which saving must not overwrite.
    unreadable: RefCell<Vec<String>>,
}

const SCHEMA_KEY: &str = "schema";

type Migration = fn(&dyn KeyValueStore, &str) -> Result<(), StorageError>;
const MIGRATIONS: [Migration; SCHEMA_VERSION as usize] = [migrate_v0_to_v1];

impl<B: KeyValueStore> Store<B> {
    /// Opens the store, migrating older data. Never fails: every problem becomes a notice and
    /// the app starts with what could be read.
    pub fn open(backend: B, prefix: &str) -> (Self, Vec<Notice>) {
        let mut store = Store {
            backend,
            prefix: prefix.to_owned(),
            read_only: None,
            schema_pending: Cell::new(false),
            unreadable: RefCell::default(),
        };
        let notices = store.upgrade_schema().into_iter().collect();
        (store, notices)
    }

    fn upgrade_schema(&mut self) -> Option<Notice> {
        let schema_key = self.key(SCHEMA_KEY);
        let found = match self.backend.get(&schema_key) {
            Ok(Some(text)) => match text.trim().parse::<u32>() {
                Ok(version) => version,
                Err(_) => {
                    let notice = self.back_up_corrupt(SCHEMA_KEY, &text);
                    // Without a readable version, the data is assumed current rather than
                    // re-migrated, which could garble it.
                    let _ = self.backend.set(&schema_key, &SCHEMA_VERSION.to_string());
                    return Some(notice);
                }
            },
            Ok(None) => 0,
            Err(_) => return None,
        };
        if found > SCHEMA_VERSION {
            self.read_only = Some(SaveError::NewerSchema);
            return Some(Notice::NewerSchema { found });
        }
        for version in found..SCHEMA_VERSION {
            if MIGRATIONS[version as usize](&self.backend, &self.prefix).is_err() {
                self.read_only = Some(SaveError::MigrationFailed);
                return Some(Notice::MigrationFailed { from: version });
            }
        }
        // Migrations leave data they do not recognise alone, so if this write fails (full
        // storage) and the next start migrates again, nothing changes twice.
        if found < SCHEMA_VERSION {
            self.schema_pending.set(
                self.backend
                    .set(&schema_key, &SCHEMA_VERSION.to_string())
                    .is_err(),
            );
        }
        None
    }

    pub fn key(&self, name: &str) -> String {
        format!("{}{}", self.prefix, name)
    }

    pub fn into_backend(self) -> B {
        self.backend
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// Reads a record, or its default when absent. A value that does not parse is moved to a
    /// backup key (so it can be recovered by hand) and reported; the rest of the data is not
    /// touched. In a read-only store nothing is moved: the data belongs to another version.
    pub fn load<T: DeserializeOwned + Default>(&self, name: &str) -> (T, Option<Notice>) {
        match self.backend.get(&self.key(name)) {
            Ok(Some(text)) => match warmcall_json::from_str(&text) {
                Ok(value) => (value, None),
                Err(_) if self.read_only.is_some() => (T::default(), None),
                Err(_) => (T::default(), Some(self.back_up_corrupt(name, &text))),
            },
            Ok(None) | Err(_) => (T::default(), None),
        }
    }

    /// The rep's settings, checked as a restore checks a backup's: a value out of range falls
    /// back to its default, with a notice naming it, rather than steering the coach.
    pub fn load_settings(&self) -> (warmcall_coach::settings::Settings, Vec<Notice>) {
        use warmcall_coach::settings::{Settings, SETTINGS_KEY};
        let (stored, notice) = self.load::<Settings>(SETTINGS_KEY);
        let (settings, problems) = stored.with_defaults_where_invalid();
        let notices = notice
            .into_iter()
            .chain(
                problems
                    .into_iter()
                    .map(|problem| Notice::SettingReset { problem }),
            )
            .collect();
        (settings, notices)
    }

    pub fn save<T: Serialize>(&self, name: &str, value: &T) -> Result<(), SaveError> {
        self.save_text(name, &to_json(value).map_err(SaveError::Other)?)
    }

    /// `save` for a record already written as JSON.
    pub(crate) fn save_text(&self, name: &str, text: &str) -> Result<(), SaveError> {
        if let Some(reason) = &self.read_only {
            return Err(reason.clone());
        }
        if self.unreadable.borrow().iter().any(|kept| kept == name) {
            return Err(SaveError::UnreadableRecord);
        }
        self.backend.set(&self.key(name), text)?;
        if self.schema_pending.get() {
            self.schema_pending.set(
                self.backend
                    .set(&self.key(SCHEMA_KEY), &SCHEMA_VERSION.to_string())
                    .is_err(),
            );
        }
        Ok(())
    }

    fn back_up_corrupt(&self, name: &str, text: &str) -> Notice {
        let key = self.key(name);
        // A new backup never overwrites an older one: each could hold something the rep wants.
        let backup_key = (1..)
            .map(|n| format!("{}backup:{}:{}", self.prefix, name, n))
            .find(|candidate| !matches!(self.backend.get(candidate), Ok(Some(_))))
            .expect("an unbounded range always yields a free key");
        if self.backend.set(&backup_key, text).is_err() {
            self.unreadable.borrow_mut().push(name.to_owned());
            return Notice::CorruptValueKept { key };
        }
        let _ = self.backend.remove(&key);
        Notice::CorruptValueBackedUp { key, backup_key }
    }
}

/// serde_json's own message is not kept: nobody reads it (the screen says only that saving
/// failed), and formatting it links serde_json's whole table of parser messages.
fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, String> {
    serde_json::to_string(value).map_err(|_| "the record could not be written as JSON".to_owned())
}

/// Version 0 is the unversioned shape of the first prototype: one `settings` record with flat,
/// differently named fields. Version 1 nests the stop rule and names fields as `Settings` does.
/// A typed v0 shape rather than `serde_json::Value`, which would add its parser to the bundle.
/// Unknown fields are refused so that current settings, found without a schema key (a host page
/// cleared it), are never mistaken for v0 and reset.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SettingsV0 {
    lang: Option<String>,
    level: Option<String>,
    product: Option<String>,
    max_attempts_cold: Option<u8>,
    max_attempts_inbound: Option<u8>,
    follow_up_days: Option<u8>,
}

fn migrate_v0_to_v1(backend: &dyn KeyValueStore, prefix: &str) -> Result<(), StorageError> {
    use warmcall_coach::settings::{Experience, ProductKind, Settings};
    use warmcall_coach::Lang;

    let key = format!("{prefix}settings");
    let Some(text) = backend.get(&key)? else {
        return Ok(());
    };
    let Ok(old) = warmcall_json::from_str::<SettingsV0>(&text) else {
        // Not v0 data; leave it for `load` to back up and report.
        return Ok(());
    };
    let defaults = Settings::default();
    let settings = Settings {
        interface_lang: old.lang.as_deref().and_then(Lang::from_tag),
        experience: match old.level.as_deref() {
            Some("new") => Experience::New,
            _ => defaults.experience,
        },
        product: match old.product.as_deref() {
            Some("volume") => ProductKind::Volume,
            _ => defaults.product,
        },
        stop_rule: warmcall_coach::settings::StopRule {
            cold_attempts: old
                .max_attempts_cold
                .unwrap_or(defaults.stop_rule.cold_attempts),
            inbound_attempts: old
                .max_attempts_inbound
                .unwrap_or(defaults.stop_rule.inbound_attempts),
        },
        follow_up_window_days: old.follow_up_days.unwrap_or(defaults.follow_up_window_days),
        ..defaults
    };
    let migrated = to_json(&settings).map_err(StorageError::Other)?;
    backend.set(&key, &migrated)
}

/// Lets a test keep its backend while a store uses it.
impl<S: KeyValueStore + ?Sized> KeyValueStore for &S {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        (**self).get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        (**self).set(key, value)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        (**self).remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        (**self).keys()
    }
}

impl KeyValueStore for Box<dyn KeyValueStore> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        (**self).get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        (**self).set(key, value)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        (**self).remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        (**self).keys()
    }
}
