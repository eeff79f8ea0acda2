use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use super::{KeyValueStore, StorageError};

/// Keeps everything in memory: the store for native tests, and the fallback when the browser
/// blocks storage. A HashMap, because yew already links hashbrown and a BTreeMap would add
/// several kilobytes to the bundle. A byte quota, when set, behaves like localStorage's: a
/// write that would pass it fails and changes nothing.
#[derive(Default)]
pub struct MemoryStore {
    entries: RefCell<HashMap<String, String>>,
    quota_bytes: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_quota(quota_bytes: usize) -> Self {
        MemoryStore {
            entries: RefCell::default(),
            quota_bytes: Some(quota_bytes),
        }
    }

    /// Everything stored, sorted by key so tests can compare snapshots.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.entries.borrow().clone().into_iter().collect()
    }

    fn used_bytes_without(&self, key: &str) -> usize {
        self.entries
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(quota) = self.quota_bytes {
            if self.used_bytes_without(key) + key.len() + value.len() > quota {
                return Err(StorageError::Full);
            }
        }
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}
