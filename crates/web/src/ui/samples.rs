//! Sample leads once they are in the book: their badge, and a note that says what they are with
//! *Remove sample leads* and *Keep them*. Apart from the start screen, which opens the Leads tab,
//! so that the lead screens can show the badge without depending on it.

use yew::prelude::*;

use super::book::{BookChange, Entry};
use super::{local_now, save_error_text, AppStore, Book};
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::leads::LeadSaveError;

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
