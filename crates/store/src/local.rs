use wasm_bindgen::JsCast;
use web_sys::{DomException, Storage};

use super::{KeyValueStore, StorageError};

/// The browser's localStorage. Obtained only through `open`, which proves that storage works,
/// so that a blocked storage falls back to memory instead of failing on the first write.
pub struct LocalStorage {
    storage: Storage,
}

impl LocalStorage {
    /// The storage, and whether a test write found it full; `None` when it is blocked. A full
    /// storage still reads, so the rep's data is shown and only saving fails (as full, not as
    /// blocked). The test key lies inside the widget's `prefix`, and is written only when the
    /// prefix is warmcall's ([`crate::claim`]): the widget writes no key it does not own. A
    /// refused prefix is returned unprobed, for `Store::open` to refuse and report.
    pub fn open(prefix: &str) -> Option<(LocalStorage, bool)> {
        let connected = Self::connect()?;
        if crate::claim(&connected, prefix).is_err() {
            return Some((connected, false));
        }
        let storage = connected.storage;
        // Safari's private mode hands out a storage whose every write fails, hence the probe.
        let probe = format!("{prefix}probe");
        match storage.set_item(&probe, "1").map_err(storage_error) {
            Ok(()) => {
                storage.remove_item(&probe).ok()?;
                Some((LocalStorage { storage }, false))
            }
            Err(StorageError::Full) => Some((LocalStorage { storage }, true)),
            Err(_) => None,
        }
    }
}

impl LocalStorage {
    /// The storage without a test write, for reading; `None` when the browser refuses it
    /// (`local_storage()` itself throws in sandboxed iframes).
    pub fn connect() -> Option<LocalStorage> {
        let storage = web_sys::window()?.local_storage().ok().flatten()?;
        Some(LocalStorage { storage })
    }
}

fn storage_error(error: wasm_bindgen::JsValue) -> StorageError {
    match error.dyn_ref::<DomException>() {
        // Browsers disagree on the name (Firefox used NS_ERROR_DOM_QUOTA_REACHED); code 22 is
        // the standard's QUOTA_EXCEEDED_ERR.
        Some(e) if e.code() == 22 || is_quota_name(&e.name()) => StorageError::Full,
        Some(e) if e.name() == "SecurityError" => StorageError::Blocked,
        Some(e) => StorageError::Other(e.message()),
        // Formatting the JsValue would pull float formatting into the bundle for one message.
        None => StorageError::Other(error.as_string().unwrap_or_default()),
    }
}

/// `name.contains("QUOTA")` would link core's two-way substring searcher for this one test.
fn is_quota_name(name: &str) -> bool {
    name == "QuotaExceededError" || name.as_bytes().windows(5).any(|part| part == b"QUOTA")
}

impl KeyValueStore for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(storage_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(storage_error)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(storage_error)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        // One call for all keys: `key(i)` per key crosses into JavaScript thousands of times.
        Ok(js_sys::Object::keys(&self.storage)
            .iter()
            .filter_map(|key| key.as_string())
            .collect())
    }
}
