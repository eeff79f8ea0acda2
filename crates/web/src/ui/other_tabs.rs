//! The same data open in two browser tabs: the browser tells each tab when another one wrote to
//! storage, and the changed lead or the settings are read again, so neither tab shows, or later
//! overwrites, stale data (a save checks the lead's revision; see `store::leads`).

use std::cell::RefCell;
use std::collections::BTreeSet;
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

/// Lead keys another tab changed, collected until the next flush: an import or a restore there
/// writes thousands of keys, and one reload of the list beats thousands of single updates.
#[derive(Default)]
struct Pending {
    ids: BTreeSet<String>,
    reload_all: bool,
    scheduled: bool,
}

/// Above this many changed leads one reload of the whole list is cheaper.
const SINGLE_UPDATES: usize = 50;

pub fn listen(
    store: AppStore,
    book: Book,
    settings: UseStateHandle<Settings>,
    latest_settings: Rc<RefCell<Settings>>,
) -> Option<Listener> {
    let pending = Rc::new(RefCell::new(Pending::default()));
    let flush = {
        let (store, pending) = (store.clone(), pending.clone());
        move || {
            let Pending {
                ids, reload_all, ..
            } = pending.take();
            let settings = latest_settings.borrow();
            if reload_all || ids.len() > SINGLE_UPDATES {
                let (leads, _) = store.load_leads();
                book.dispatch(BookChange::Loaded(advise_all(
                    leads,
                    &settings,
                    local_now(),
                )));
                return;
            }
            for id in ids {
                book.dispatch(match store.load_lead(&id) {
                    Some(stored) => BookChange::Saved(Entry::new(stored, &settings, local_now())),
                    None => BookChange::Removed(id),
                });
            }
        }
    };
    let callback = Closure::<dyn Fn(StorageEvent)>::new(move |event: StorageEvent| {
        {
            let mut waiting = pending.borrow_mut();
            match event.key() {
                // `localStorage.clear()` in another tab: everything is gone there, so here too.
                None => {
                    waiting.reload_all = true;
                    settings.set(store.load_settings().0);
                }
                Some(key) if store.is_leads_index_key(&key) => waiting.reload_all = true,
                Some(key) => match store.lead_id_of_key(&key) {
                    Some(id) => {
                        waiting.ids.insert(id.to_owned());
                    }
                    None if key == store.key(SETTINGS_KEY) => {
                        settings.set(store.load_settings().0);
                        return;
                    }
                    None => return,
                },
            }
            if std::mem::replace(&mut waiting.scheduled, true) {
                return;
            }
        }
        let flush = flush.clone();
        let run = Closure::once_into_js(flush);
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 30);
        }
    });
    let window = web_sys::window()?;
    window
        .add_event_listener_with_callback("storage", callback.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener { callback })
}
