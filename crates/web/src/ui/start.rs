//! A first visit: what warmcall does, and a way in with sample leads or the rep's own.

use yew::prelude::*;

use super::book::{BookChange, Entry};
use super::leads::LeadsView;
use super::{local_now, save_error_text, AppStore, Book};
use crate::coach::samples::sample_leads;
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::leads::StoredLead;

/// Set once the rep has chosen a way in, per storage prefix, so the screen shows only once.
const START_DISMISSED_KEY: &str = "start-dismissed";

/// Whether the start screen is still to be shown: never chosen a way in, and no leads yet (a
/// rep who has leads from before this screen existed is not on a first visit).
pub fn first_visit(store: &AppStore, book: &Book) -> bool {
    book.entries.is_empty() && !store.load::<bool>(START_DISMISSED_KEY).0
}

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub store: AppStore,
    pub book: Book,
    pub settings: Settings,
    pub lang: Lang,
    /// Opens the Leads tab at this view.
    pub ongo: Callback<LeadsView>,
}

#[component]
pub fn StartScreen(props: &StartScreenProps) -> Html {
    let lang = props.lang;
    let problem = use_state(|| None::<Text>);
    let dismiss = {
        let store = props.store.clone();
        // The choice is made either way; a failed save only means the screen comes back.
        move || {
            let _ = store.save(START_DISMISSED_KEY, &true);
        }
    };
    let on_samples = {
        let (store, book, settings, problem) = (
            props.store.clone(),
            props.book.clone(),
            props.settings.clone(),
            problem.clone(),
        );
        let dismiss = dismiss.clone();
        Callback::from(move |_| {
            let now = local_now();
            let leads = sample_leads(lang, settings.customer_country_for(None), now);
            match store.add_leads(&leads) {
                Ok(()) => {
                    dismiss();
                    for lead in leads {
                        let stored = StoredLead { lead, revision: 1 };
                        book.dispatch(BookChange::Saved(Entry::new(stored, &settings, now)));
                    }
                }
                Err(error) => problem.set(Some(save_error_text(&error))),
            }
        })
    };
    let on_own = props.ongo.reform(move |_| {
        dismiss();
        LeadsView::List
    });
    html! {
        <section class="wc-start" data-testid="start" aria-label={t(lang, Text::StartHeading)}>
            <h3>{t(lang, Text::StartHeading)}</h3>
            <ul>
                <li>{t(lang, Text::StartWhatItDoes)}</li>
                <li>{t(lang, Text::StartHowItHelps)}</li>
                <li>{t(lang, Text::StartWhenToStop)}</li>
            </ul>
            <div class="wc-row">
                <button type="button" class="wc-button" data-testid="start-samples" onclick={on_samples}>{t(lang, Text::TrySampleLeads)}</button>
                <button type="button" class="wc-button wc-secondary" data-testid="start-own" onclick={on_own}>{t(lang, Text::StartOwnLeads)}</button>
            </div>
            if let Some(problem) = *problem {
                <p class="wc-error" role="alert" data-testid="start-problem">{t(lang, problem)}</p>
            }
        </section>
    }
}
