//! W1's daily goal: a call counts as prepared when its prep card is opened, once per lead and
//! day ([`crate::coach::prepared`]).

use yew::prelude::*;

use super::{local_now, AppStore};
use crate::coach::prepared::{PreparedCalls, PREPARED_KEY};
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::Notice;

/// Reads the counts once when the widget opens, for what reading them has to report: Today and
/// the prep cards read them on every render and have nowhere to say that an unreadable record
/// was set aside, so without this the rep's count would silently start again from zero.
pub fn prepared_calls_notice(store: &AppStore) -> Option<Notice> {
    store.load::<PreparedCalls>(PREPARED_KEY).1
}

/// Counts `call` (a lead id, or the Opener tab's key for a call without a lead) while the card
/// is on screen; `oncounted` tells the Today meter to read the count again. Whether the call
/// counts today, for the card to say so.
#[hook]
pub fn use_prepared_call(store: &AppStore, call: Option<String>, oncounted: Callback<()>) -> bool {
    let counted = use_state(|| false);
    {
        let (store, counted) = (store.clone(), counted.clone());
        use_effect_with(call, move |call| {
            let Some(call) = call else {
                return counted.set(false);
            };
            let (mut calls, _) = store.load::<PreparedCalls>(PREPARED_KEY);
            if !calls.record(local_now().date(), call) {
                return counted.set(true);
            }
            // A count that could not be saved is not claimed; the save problem is the store's.
            let saved = store.save(PREPARED_KEY, &calls).is_ok();
            counted.set(saved);
            if saved {
                oncounted.emit(());
            }
        });
    }
    *counted
}

pub fn counted_view(counted: bool, lang: Lang) -> Html {
    html! {
        <p class="wc-ok" data-testid="prep-counted" data-counted={counted.to_string()}>
            if counted { {t(lang, Text::CountedPrepared)} }
        </p>
    }
}
