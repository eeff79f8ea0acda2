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

/// `<prefix>owner` holds [`OWNER`] once warmcall has claimed the prefix: the proof that every key
/// under it is warmcall's, without which the widget reads, moves and writes nothing there.
/// A key of its own rather than a new shape of `schema`: builds before the marker read `schema`
/// as a bare number, and one of them still running (a tab not yet updated, an older copy on
/// another course page of the site) would set a new shape aside and write "1" over it.
pub const OWNER_KEY: &str = "owner";
pub const OWNER: &str = "warmcall";

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
    /// The prefix holds keys warmcall did not write, or overlaps another widget's: nothing was
    /// read from storage and nothing will be written (see [`claim`]).
    PrefixRefused(Refusal),
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

/// Why a storage prefix is not warmcall's to use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Keys exist under the prefix and none is warmcall's marker: they belong to someone else.
    /// `key` is the first of them in sorted order.
    Foreign { prefix: String, key: String },
    /// Another widget on this site claimed `other`, and one of the two prefixes starts with the
    /// other: each would read the other's keys as its own (`c:` would take `c:lead:settings`
    /// for a lead).
    Nested { prefix: String, other: String },
}

impl Refusal {
    /// In English, for the page's author (`mount()` rejects with it; the loader shows it).
    pub fn message(&self) -> String {
        match self {
            Refusal::Foreign { prefix, key } => format!(
                "warmcall: the storage prefix \"{prefix}\" holds keys that warmcall did not write \
                 (\"{key}\"); warmcall leaves them alone and keeps nothing: choose a \
                 data-storage-prefix of its own"
            ),
            Refusal::Nested { prefix, other } => format!(
                "warmcall: the storage prefix \"{prefix}\" overlaps \"{other}\", which another \
                 warmcall widget on this site uses; warmcall keeps nothing under it: give each \
                 widget a prefix that does not start with the other's, or the same one to share \
                 data"
            ),
        }
    }
}

/// Checks that `prefix` is warmcall's, and claims it (writes the marker) when nothing is stored
/// under it yet. A prefix is warmcall's when its marker is there, or when it is the default
/// prefix (whose keys earlier versions wrote without a marker; its name says whose they are).
/// `Ok(false)`: the prefix is warmcall's but the marker could not be written (full storage), so
/// the store writes it before its first write. Reads every key of the origin: nested prefixes
/// are found only by looking at the others' markers.
pub fn claim(backend: &dyn KeyValueStore, prefix: &str) -> Result<bool, Refusal> {
    let marker = format!("{prefix}{OWNER_KEY}");
    // Blocked storage: nothing can be read or written, so there is nothing to protect.
    let Ok(mut keys) = backend.keys() else {
        return Ok(true);
    };
    keys.sort_unstable();
    let overlaps =
        |other: &str| other != prefix && (other.starts_with(prefix) || prefix.starts_with(other));
    let is_marker = |key: &String| matches!(backend.get(key), Ok(Some(value)) if value == OWNER);
    let nested = keys
        .iter()
        .filter_map(|key| Some((key, key.strip_suffix(OWNER_KEY)?)))
        .find(|(key, other)| overlaps(other) && is_marker(key))
        .map(|(_, other)| other.to_owned())
        .or_else(|| {
            // The default prefix's data from before the marker claims it all the same.
            let legacy = |key: &String| key.starts_with(DEFAULT_PREFIX) && !key.starts_with(prefix);
            (overlaps(DEFAULT_PREFIX) && keys.iter().any(legacy)).then(|| DEFAULT_PREFIX.to_owned())
        });
    if let Some(other) = nested {
        return Err(Refusal::Nested {
            prefix: prefix.to_owned(),
            other,
        });
    }
    if keys.binary_search(&marker).is_ok() && is_marker(&marker) {
        return Ok(true);
    }
    if prefix == DEFAULT_PREFIX {
        // Ours with or without the marker; written for the nested check of other prefixes.
        let _ = backend.set(&marker, OWNER);
        return Ok(true);
    }
    if let Some(key) = keys.iter().find(|key| key.starts_with(prefix)) {
        return Err(Refusal::Foreign {
            prefix: prefix.to_owned(),
            key: key.clone(),
        });
    }
    Ok(backend.set(&marker, OWNER).is_ok())
}

/// What a refused store reads and writes instead of the storage: nothing.
struct Nothing;

impl KeyValueStore for Nothing {
    fn get(&self, _: &str) -> Result<Option<String>, StorageError> {
        Ok(None)
    }

    fn set(&self, _: &str, _: &str) -> Result<(), StorageError> {
        Err(StorageError::Blocked)
    }

    fn remove(&self, _: &str) -> Result<(), StorageError> {
        Err(StorageError::Blocked)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(Vec::new())
    }
}

pub struct Store<B: KeyValueStore> {
    backend: B,
    /// The prefix is not warmcall's (see [`claim`]): every read and write goes to `Nothing`.
    refused: bool,
    /// The prefix was claimed but its marker not written (full storage): written before the
    /// first key, so that no key of ours ever stands under the prefix without it.
    marker_pending: Cell<bool>,
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
    /// the app starts with what could be read. A prefix that is not warmcall's ([`claim`]) opens
    /// a store that reads nothing and writes nothing, with a notice saying why.
    pub fn open(backend: B, prefix: &str) -> (Self, Vec<Notice>) {
        let claimed = claim(&backend, prefix);
        let mut store = Store {
            backend,
            refused: claimed.is_err(),
            marker_pending: Cell::new(claimed == Ok(false)),
            prefix: prefix.to_owned(),
            read_only: None,
            schema_pending: Cell::new(false),
            unreadable: RefCell::default(),
        };
        if let Err(refusal) = claimed {
            store.read_only = Some(SaveError::Blocked);
            return (store, vec![Notice::PrefixRefused(refusal)]);
        }
        let notices = store.upgrade_schema().into_iter().collect();
        (store, notices)
    }

    /// The storage, or nothing for a refused prefix. Every access goes through here.
    fn backend(&self) -> &dyn KeyValueStore {
        if self.refused {
            &Nothing
        } else {
            &self.backend
        }
    }

    fn upgrade_schema(&mut self) -> Option<Notice> {
        let schema_key = self.key(SCHEMA_KEY);
        let found = match self.backend().get(&schema_key) {
            Ok(Some(text)) => match text.trim().parse::<u32>() {
                Ok(version) => version,
                Err(_) => {
                    let notice = self.back_up_corrupt(SCHEMA_KEY, &text);
                    // Without a readable version, the data is assumed current rather than
                    // re-migrated, which could garble it.
                    let _ = self.backend().set(&schema_key, &SCHEMA_VERSION.to_string());
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
            if MIGRATIONS[version as usize](self.backend(), &self.prefix).is_err() {
                self.read_only = Some(SaveError::MigrationFailed);
                return Some(Notice::MigrationFailed { from: version });
            }
        }
        // Migrations leave data they do not recognise alone, so if this write fails (full
        // storage) and the next start migrates again, nothing changes twice.
        if found < SCHEMA_VERSION {
            self.schema_pending.set(
                self.backend()
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
        match self.backend().get(&self.key(name)) {
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
        if self.marker_pending.get() {
            self.backend().set(&self.key(OWNER_KEY), OWNER)?;
            self.marker_pending.set(false);
        }
        self.backend().set(&self.key(name), text)?;
        if self.schema_pending.get() {
            self.schema_pending.set(
                self.backend()
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
            .find(|candidate| !matches!(self.backend().get(candidate), Ok(Some(_))))
            .expect("an unbounded range always yields a free key");
        if self.backend().set(&backup_key, text).is_err() {
            self.unreadable.borrow_mut().push(name.to_owned());
            return Notice::CorruptValueKept { key };
        }
        let _ = self.backend().remove(&key);
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
