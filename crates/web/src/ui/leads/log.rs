//! A lead's contact log, and the form that adds to it.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::coach::advice_text::{
    by_name, channel_label, name_of, outcome_label, CHANNELS, OUTCOMES,
};
use crate::coach::followup::format_day_time;
use crate::coach::lead::{Channel, Contact, Lead};
use crate::coach::schedule::{parse_iso_date, parse_iso_local};
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::leads::LeadSaveError;
use crate::ui::book::{BookChange, Entry};
use crate::ui::fields::{checkbox, choice, input, optional_choice, pick};
use crate::ui::{local_now, save_error_text, AppStore, Book};

pub fn log_view(lead: &Lead, lang: Lang) -> Html {
    let mut log: Vec<&Contact> = lead.log.iter().collect();
    log.sort_by_key(|contact| std::cmp::Reverse(contact.at));
    html! {
        <section class="wc-log">
            <h4>{t(lang, Text::ContactLog)}</h4>
            if log.is_empty() { <p class="wc-help">{t(lang, Text::NoContactsYet)}</p> }
            <ol class="wc-list" data-testid="lead-log">
                { for log.iter().map(|contact| html! {
                    <li data-testid="log-entry">
                        <strong>{format_day_time(lang, contact.at)}</strong>{" · "}{channel_label(lang, contact.channel)}
                        {" · "}{t(lang, if contact.reached { Text::Reached } else { Text::NotReached })}
                        if let Some(outcome) = contact.outcome { {" · "}{outcome_label(lang, outcome)} }
                        if !contact.discussed.is_empty() { <p>{&contact.discussed}</p> }
                        if !contact.promised.is_empty() {
                            <p>{t(lang, Text::Promised)}{": "}{&contact.promised}
                                if let Some(by) = contact.promised_by { {" ("}{crate::coach::followup::format_day(lang, by)}{")"} }
                            </p>
                        }
                        if let Some(next) = contact.agreed_next {
                            <p>{t(lang, Text::AgreedNext)}{": "}{format_day_time(lang, next)}</p>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct LogFormProps {
    pub store: AppStore,
    pub book: Book,
    pub settings: Settings,
    pub lang: Lang,
    pub id: String,
    /// The short form on the Today tab: reached, outcome and a note.
    #[prop_or_default]
    pub quick: bool,
    /// The channel a new contact starts with: the advised one (an email for nurture).
    #[prop_or_default]
    pub channel: Option<Channel>,
    /// Told of the saved lead, so the Today tab can say what comes next.
    #[prop_or_default]
    pub onlogged: Callback<Rc<Entry>>,
}

/// What the rep is typing about a contact, as the inputs give it.
#[derive(Clone, Default, PartialEq)]
struct ContactDraft {
    /// Empty until the rep picks a time: the contact is then dated when it is logged.
    at: String,
    channel: String,
    reached: bool,
    outcome: String,
    discussed: String,
    promised: String,
    promised_by: String,
    agreed_next: String,
    new_information: bool,
}

impl ContactDraft {
    fn fresh(channel: Option<Channel>) -> Self {
        let channel = channel.unwrap_or_default();
        ContactDraft {
            channel: name_of(CHANNELS, channel).into(),
            reached: true,
            ..ContactDraft::default()
        }
    }

    /// The contact, or the text saying which field is wrong.
    fn contact(&self) -> Result<Contact, Text> {
        let optional_date = |text: &str| match text.trim() {
            "" => Ok(None),
            text => parse_iso_date(text).map(Some).ok_or(Text::InvalidDate),
        };
        let optional_time = |text: &str| match text.trim() {
            "" => Ok(None),
            text => parse_iso_local(text).map(Some).ok_or(Text::InvalidDate),
        };
        Ok(Contact {
            at: match self.at.trim() {
                "" => local_now(),
                at => parse_iso_local(at).ok_or(Text::InvalidDate)?,
            },
            channel: pick(CHANNELS, &self.channel),
            reached: self.reached,
            outcome: by_name(OUTCOMES, &self.outcome),
            discussed: self.discussed.trim().to_owned(),
            promised: self.promised.trim().to_owned(),
            promised_by: optional_date(&self.promised_by)?,
            agreed_next: optional_time(&self.agreed_next)?,
            new_information: self.new_information,
        })
    }
}

#[component]
pub fn LogForm(props: &LogFormProps) -> Html {
    let lang = props.lang;
    let text = |key: Text| t(lang, key);
    let channel = props.channel;
    let draft = use_state(move || ContactDraft::fresh(channel));
    let problem = use_state(|| None::<Text>);
    let logged = use_state(|| false);
    let set = |change: fn(&mut ContactDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            change(&mut next, value);
            draft.set(next);
        })
    };
    let onsubmit = {
        let (draft, problem, logged) = (draft.clone(), problem.clone(), logged.clone());
        let (store, book, settings, id, onlogged) = (
            props.store.clone(),
            props.book.clone(),
            props.settings.clone(),
            props.id.clone(),
            props.onlogged.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let contact = match draft.contact() {
                Ok(contact) => contact,
                Err(text) => return problem.set(Some(text)),
            };
            // Appended to the freshest stored copy: another tab's entry is never lost.
            match store.update_lead(&id, move |lead| lead.log.push(contact)) {
                Ok(stored) => {
                    let entry = Entry::new(stored, &settings, local_now());
                    book.dispatch(BookChange::Saved(entry.clone()));
                    onlogged.emit(entry);
                    draft.set(ContactDraft::fresh(channel));
                    problem.set(None);
                    logged.set(true);
                }
                Err(LeadSaveError::Save(error)) => problem.set(Some(save_error_text(&error))),
                Err(LeadSaveError::Conflict { .. }) => problem.set(Some(Text::LeadGone)),
            }
        })
    };
    let value = |e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value();
    let d = &*draft;
    html! {
        <form class="wc-log-form" data-testid="log-form" {onsubmit}>
            <fieldset>
                <legend>{text(Text::LogContact)}</legend>
                <div class="wc-row">
                    if !props.quick {
                        <label>{text(Text::When)}
                            <input type="datetime-local" data-testid="log-at" value={d.at.clone()} oninput={set(|d, v| d.at = v).reform(value)}
                                aria-describedby={format!("{}-now", props.id)} />
                            <span class="wc-help" id={format!("{}-now", props.id)}>{text(Text::EmptyMeansNow)}</span>
                        </label>
                        {choice(text(Text::Channel), "log-channel", CHANNELS, pick(CHANNELS, &d.channel), |c| channel_label(lang, c), set(|d, v| d.channel = v))}
                    }
                    {checkbox(text(Text::Reached), "log-reached", d.reached, set(|d, v| d.reached = v == "true"))}
                    {optional_choice(text(Text::NotSet), text(Text::Outcome), "log-outcome", OUTCOMES, by_name(OUTCOMES, &d.outcome), |o| outcome_label(lang, o), set(|d, v| d.outcome = v))}
                </div>
                {input(text(Text::Discussed), "log-discussed", &d.discussed, set(|d, v| d.discussed = v))}
                if !props.quick {
                    {input(text(Text::Promised), "log-promised", &d.promised, set(|d, v| d.promised = v))}
                    <div class="wc-row">
                        <label>{text(Text::PromisedBy)}
                            <input type="date" data-testid="log-promised-by" value={d.promised_by.clone()} oninput={set(|d, v| d.promised_by = v).reform(value)} />
                        </label>
                        <label>{text(Text::AgreedNext)}
                            <input type="datetime-local" data-testid="log-agreed-next" value={d.agreed_next.clone()} oninput={set(|d, v| d.agreed_next = v).reform(value)} />
                        </label>
                    </div>
                    {checkbox(text(Text::BroughtSomethingNew), "log-new-info", d.new_information, set(|d, v| d.new_information = v == "true"))}
                }
                <button type="submit" class="wc-button" data-testid="log-save">{text(Text::LogIt)}</button>
                if let Some(problem) = *problem {
                    <p class="wc-error" role="alert" data-testid="log-problem">{text(problem)}</p>
                }
                <p class="wc-ok" role="status" aria-live="polite">
                    if *logged { {text(Text::Logged)} }
                </p>
            </fieldset>
        </form>
    }
}
