//! A coaching tab filled from a lead never loses what the rep had written there: that draft is
//! put aside, and the tab offers to bring it back.

use serde::{de::DeserializeOwned, Serialize};
use yew::prelude::*;

use super::{AppStore, Change, Stored};
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::SaveError;

/// Where a tab keeps its draft, the draft put aside, and the fill it was last given.
pub struct DraftKeys {
    pub draft: &'static str,
    pub put_aside: &'static str,
    pub filled: &'static str,
}

/// Replaces the tab's draft with `filled`. The draft there is put aside unless it is empty, the
/// very fill it was given (which the lead can give again), or the same as the new one. If it
/// cannot be put aside, the draft is left as it was.
pub fn fill_draft<T>(
    store: &AppStore,
    keys: &DraftKeys,
    filled: &T,
    same: impl Fn(&T, &T) -> bool,
) -> Result<(), SaveError>
where
    T: Clone + Default + PartialEq + Serialize + DeserializeOwned,
{
    let (current, _) = store.load::<T>(keys.draft);
    let (last_fill, _) = store.load::<Option<T>>(keys.filled);
    let unedited_fill = last_fill.is_some_and(|last| same(&last, &current));
    if current != T::default() && !unedited_fill && !same(&current, filled) {
        store.save(keys.put_aside, &Some(current))?;
    }
    store.save(keys.filled, &Some(filled.clone()))?;
    store.save(keys.draft, filled)
}

/// Says where the tab's content came from and, when a draft was put aside, offers to bring it
/// back over the tab's `draft` or to discard it.
pub fn filled_notice<T: Clone + 'static>(
    lang: Lang,
    lead_name: &str,
    draft: &Callback<Change<T>>,
    put_aside: &Stored<Option<T>>,
) -> Html {
    let earlier = put_aside.value.clone();
    if lead_name.is_empty() && earlier.is_none() {
        return Html::default();
    }
    let onrestore = {
        let (draft, aside) = (draft.clone(), put_aside.update.clone());
        let earlier = earlier.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(earlier) = earlier.clone() {
                draft.emit(Box::new(move |d: &mut T| *d = earlier));
            }
            aside.emit(Box::new(|a: &mut Option<T>| *a = None));
        })
    };
    let ondiscard = put_aside
        .update
        .reform(|_: MouseEvent| Box::new(|a: &mut Option<T>| *a = None) as Change<Option<T>>);
    let put_aside = earlier.is_some();
    html! {
        <div class="wc-filled" data-testid="filled-from-lead">
            if !lead_name.is_empty() {
                <p>{t(lang, Text::FilledFromLead).replace("{name}", lead_name)}</p>
            }
            if put_aside {
                <p data-testid="draft-put-aside">{t(lang, Text::EarlierDraftPutAside)}</p>
                <div class="wc-row">
                    <button type="button" class="wc-button wc-secondary" data-testid="restore-draft" onclick={onrestore}>
                        {t(lang, Text::RestoreEarlierDraft)}</button>
                    <button type="button" class="wc-button wc-secondary" data-testid="discard-draft" onclick={ondiscard}>
                        {t(lang, Text::DiscardEarlierDraft)}</button>
                </div>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::store::{KeyValueStore, MemoryStore, Store};

    const KEYS: DraftKeys = DraftKeys {
        draft: "draft",
        put_aside: "put-aside",
        filled: "filled",
    };

    fn store() -> AppStore {
        let backend: Box<dyn KeyValueStore> = Box::new(MemoryStore::new());
        AppStore(Rc::new(Store::open(backend, "t:").0))
    }

    fn fill(store: &AppStore, text: &str) {
        fill_draft(store, &KEYS, &text.to_owned(), |a, b| a == b).unwrap();
    }

    fn state(store: &AppStore) -> (String, Option<String>) {
        (
            store.load::<String>(KEYS.draft).0,
            store.load::<Option<String>>(KEYS.put_aside).0,
        )
    }

    #[test]
    fn what_the_rep_typed_is_put_aside_and_an_empty_tab_is_simply_filled() {
        let store = store();
        fill(&store, "Anna's follow-up");
        assert_eq!(state(&store), ("Anna's follow-up".into(), None));

        store.save(KEYS.draft, &"my own draft").unwrap();
        fill(&store, "Bo's follow-up");
        assert_eq!(
            state(&store),
            ("Bo's follow-up".into(), Some("my own draft".into()))
        );
    }

    #[test]
    fn an_unedited_fill_is_replaced_without_pushing_out_the_draft_put_aside() {
        let store = store();
        store.save(KEYS.draft, &"my own draft").unwrap();
        fill(&store, "Anna's follow-up");
        fill(&store, "Bo's follow-up");
        fill(&store, "Bo's follow-up");
        assert_eq!(
            state(&store),
            ("Bo's follow-up".into(), Some("my own draft".into()))
        );
        // An edited fill is the rep's work: it is put aside in turn.
        store.save(KEYS.draft, &"Bo's follow-up, edited").unwrap();
        fill(&store, "Cleo's follow-up");
        assert_eq!(
            state(&store),
            (
                "Cleo's follow-up".into(),
                Some("Bo's follow-up, edited".into())
            )
        );
    }
}
