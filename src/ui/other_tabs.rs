//! The same data open in two browser tabs: the browser tells each tab when another one wrote to
//! storage, and the changed lead or the settings are read again, so neither tab shows, or later
//! overwrites, stale data (a save checks the lead's revision; see `store::leads`).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;
use yew::UseStateHandle;

use super::book::{advise_all, BookChange, Entry};
use super::{local_now, AppStore, Book, SETTINGS_KEY};
use crate::coach::settings::Settings;

/// Stops listening when dropped (the widget was unmounted).
pub struct Listener {
    callback: Closure<dyn Fn(StorageEvent)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "storage",
                self.callback.as_ref().unchecked_ref(),
            );
        }
    }
}

pub fn listen(
    store: AppStore,
    book: Book,
    settings: UseStateHandle<Settings>,
    latest_settings: Rc<RefCell<Settings>>,
) -> Option<Listener> {
    let callback = Closure::<dyn Fn(StorageEvent)>::new(move |event: StorageEvent| {
        let Some(key) = event.key() else {
            // `localStorage.clear()` in another tab: everything is gone there, so here too.
            let reloaded: Settings = store.load(SETTINGS_KEY).0;
            let (leads, _) = store.load_leads();
            book.dispatch(BookChange::Loaded(advise_all(
                leads,
                &reloaded,
                local_now(),
            )));
            settings.set(reloaded);
            return;
        };
        if let Some(id) = store.lead_id_of_key(&key) {
            book.dispatch(match store.load_lead(id) {
                Some(stored) => {
                    BookChange::Saved(Entry::new(stored, &latest_settings.borrow(), local_now()))
                }
                None => BookChange::Removed(id.to_owned()),
            });
        } else if key == store.key(SETTINGS_KEY) {
            settings.set(store.load(SETTINGS_KEY).0);
        }
    });
    let window = web_sys::window()?;
    window
        .add_event_listener_with_callback("storage", callback.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener { callback })
}
