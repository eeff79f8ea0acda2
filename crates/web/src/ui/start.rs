//! A first visit: what warmcall does, and a way in with sample leads or the rep's own; then,
//! while sample leads are in the book, a note that says so with *Remove* and *Keep them*.

use yew::prelude::*;

use super::book::{BookChange, Entry};
use super::leads::LeadsView;
use super::{local_now, save_error_text, AppStore, Book};
use crate::coach::samples::sample_leads;
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::leads::{LeadSaveError, StoredLead};

/// Set once the rep has chosen a way in, per storage prefix, so the screen shows only once.
const START_DISMISSED_KEY: &str = "startDismissed";

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

/// The "Sample" badge beside a sample lead's name.
pub fn sample_badge(lang: Lang, sample: bool) -> Html {
    if !sample {
        return Html::default();
    }
    html! { <>{" "}<span class="wc-badge wc-sample" data-testid="sample-badge">{t(lang, Text::SampleBadge)}</span></> }
}

#[derive(Properties, PartialEq)]
pub struct SamplesNoteProps {
    pub store: AppStore,
    pub book: Book,
    pub settings: Settings,
    pub lang: Lang,
}

/// While sample leads are in the book: what they are, *Remove sample leads* and *Keep them*.
/// What either did stays said after the note has gone with the samples.
#[component]
pub fn SamplesNote(props: &SamplesNoteProps) -> Html {
    let lang = props.lang;
    let outcome = use_state(|| None::<(Text, bool)>);
    let samples: Vec<(String, u64)> = props
        .book
        .entries
        .iter()
        .filter(|entry| entry.stored.lead.sample)
        .map(|entry| (entry.id().to_owned(), entry.stored.revision))
        .collect();
    let on_remove = {
        let (store, book, outcome, samples) = (
            props.store.clone(),
            props.book.clone(),
            outcome.clone(),
            samples.clone(),
        );
        Callback::from(move |_| {
            let mut problem = None;
            for (id, revision) in &samples {
                match store.delete_lead(id, *revision) {
                    Ok(()) => book.dispatch(BookChange::Removed(id.clone())),
                    Err(error) => problem = Some(lead_save_error_text(&error)),
                }
            }
            outcome.set(Some(match problem {
                Some(text) => (text, false),
                None => (Text::SamplesRemoved, true),
            }));
        })
    };
    let on_keep = {
        let (store, book, settings, outcome, samples) = (
            props.store.clone(),
            props.book.clone(),
            props.settings.clone(),
            outcome.clone(),
            samples.clone(),
        );
        Callback::from(move |_| {
            let now = local_now();
            let mut problem = None;
            for (id, _) in &samples {
                // The freshest copy: a contact logged on a sample in another tab is kept too.
                match store.update_lead(id, |lead| lead.sample = false) {
                    Ok(stored) => {
                        book.dispatch(BookChange::Saved(Entry::new(stored, &settings, now)))
                    }
                    Err(error) => problem = Some(lead_save_error_text(&error)),
                }
            }
            outcome.set(Some(match problem {
                Some(text) => (text, false),
                None => (Text::SamplesKept, true),
            }));
        })
    };
    let said = match *outcome {
        Some((text, true)) => {
            html! { <p class="wc-ok" role="status" data-testid="samples-outcome">{t(lang, text)}</p> }
        }
        Some((text, false)) => {
            html! { <p class="wc-error" role="alert" data-testid="samples-outcome">{t(lang, text)}</p> }
        }
        None => Html::default(),
    };
    html! {
        <>
            if !samples.is_empty() {
                <div class="wc-samples" data-testid="samples-note">
                    <p>{t(lang, Text::SamplesNote)}</p>
                    <div class="wc-row">
                        <button type="button" class="wc-button wc-secondary" data-testid="samples-remove" onclick={on_remove}>{t(lang, Text::RemoveSamples)}</button>
                        <button type="button" class="wc-button wc-secondary" data-testid="samples-keep" onclick={on_keep}>{t(lang, Text::KeepSamples)}</button>
                    </div>
                </div>
            }
            {said}
        </>
    }
}

fn lead_save_error_text(error: &LeadSaveError) -> Text {
    match error {
        LeadSaveError::Conflict { .. } => Text::SamplesChangedElsewhere,
        LeadSaveError::Save(error) => save_error_text(error),
    }
}
