//! A lead's contact log, the form that adds to it, and the corrections: every entry can be
//! edited in place or deleted with an undo, so that a mistyped or phantom entry stops steering
//! the advice.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::coach::advice_text::{
    by_name, channel_label, name_of, outcome_label, CHANNELS, OUTCOMES,
};
use crate::coach::followup::format_day_time;
use crate::coach::lead::{Channel, Contact, Lead};
use crate::coach::schedule::{iso_local, parse_iso_date, parse_iso_local};
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::leads::{LeadSaveError, StoredLead};
use crate::ui::book::{BookChange, Entry};
use crate::ui::fields::{checkbox, choice, input, optional_choice, pick};
use crate::ui::{local_now, save_error_text, AppStore, Book};

/// The log, newest first, read-only (the practice screens show a made-up lead's log).
pub fn log_view(lead: &Lead, lang: Lang) -> Html {
    let log = newest_first(lead);
    html! {
        <section class="wc-log">
            <h4>{t(lang, Text::ContactLog)}</h4>
            if log.is_empty() { <p class="wc-help">{t(lang, Text::NoContactsYet)}</p> }
            <ol class="wc-list" data-testid="lead-log">
                { for log.iter().map(|contact| html! {
                    <li data-testid="log-entry">{entry_view(contact, lang)}</li>
                }) }
            </ol>
        </section>
    }
}

fn newest_first(lead: &Lead) -> Vec<&Contact> {
    let mut log: Vec<&Contact> = lead.log.iter().collect();
    log.sort_by_key(|contact| std::cmp::Reverse(contact.at));
    log
}

fn entry_view(contact: &Contact, lang: Lang) -> Html {
    html! {
        <>
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
        </>
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
    /// Empty until the rep picks a time: a new contact is then dated when it is logged, and an
    /// edited one keeps its time.
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

    /// An entry as the edit form starts from it.
    fn of(contact: &Contact) -> Self {
        ContactDraft {
            at: iso_local(contact.at),
            channel: name_of(CHANNELS, contact.channel).into(),
            reached: contact.reached,
            outcome: contact
                .outcome
                .map(|outcome| name_of(OUTCOMES, outcome).to_owned())
                .unwrap_or_default(),
            discussed: contact.discussed.clone(),
            promised: contact.promised.clone(),
            promised_by: contact
                .promised_by
                .map(|day| day.to_string())
                .unwrap_or_default(),
            agreed_next: contact.agreed_next.map(iso_local).unwrap_or_default(),
            new_information: contact.new_information,
        }
    }

    /// A conversation with nothing written about it: no outcome, no words, no dates. It would
    /// count as a conversation and change the advice while saying nothing, which is how the
    /// phantom "Reached" calls came about. An unanswered attempt needs no words: it is one.
    fn says_nothing(&self) -> bool {
        self.reached
            && by_name(OUTCOMES, &self.outcome).is_none()
            && [
                &self.discussed,
                &self.promised,
                &self.promised_by,
                &self.agreed_next,
            ]
            .iter()
            .all(|text| text.trim().is_empty())
            && !self.new_information
    }

    /// The contact, or the text saying what is wrong; `at_if_empty` dates it when no time was
    /// picked.
    fn contact(
        &self,
        at_if_empty: impl FnOnce() -> chrono::NaiveDateTime,
    ) -> Result<Contact, Text> {
        if self.says_nothing() {
            return Err(Text::EmptyContact);
        }
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
                "" => at_if_empty(),
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

/// Enter in a text field submits its form; with nothing typed that is a slip of the finger, not
/// a contact to log or an edit to save, so it does nothing. The button still explains.
fn ignore_enter_when_empty(draft: &UseStateHandle<ContactDraft>) -> Callback<KeyboardEvent> {
    let draft = draft.clone();
    Callback::from(move |event: KeyboardEvent| {
        let in_text_field = event
            .target_dyn_into::<HtmlInputElement>()
            .is_some_and(|input| input.type_() != "checkbox");
        if event.key() == "Enter" && in_text_field && draft.says_nothing() {
            event.prevent_default();
        }
    })
}

/// The test ids of one form's fields: the log form and an entry's edit form are on one page.
struct FieldIds {
    at: &'static str,
    channel: &'static str,
    reached: &'static str,
    outcome: &'static str,
    discussed: &'static str,
    promised: &'static str,
    promised_by: &'static str,
    agreed_next: &'static str,
    new_information: &'static str,
}

const LOG_IDS: FieldIds = FieldIds {
    at: "log-at",
    channel: "log-channel",
    reached: "log-reached",
    outcome: "log-outcome",
    discussed: "log-discussed",
    promised: "log-promised",
    promised_by: "log-promised-by",
    agreed_next: "log-agreed-next",
    new_information: "log-new-info",
};

const EDIT_IDS: FieldIds = FieldIds {
    at: "edit-at",
    channel: "edit-channel",
    reached: "edit-reached",
    outcome: "edit-outcome",
    discussed: "edit-discussed",
    promised: "edit-promised",
    promised_by: "edit-promised-by",
    agreed_next: "edit-agreed-next",
    new_information: "edit-new-info",
};

/// The fields of a contact; `quick` leaves the reached flag, the outcome and a note.
/// `at_help` is the id of the text that says what an empty time means.
fn contact_fields(
    draft: &UseStateHandle<ContactDraft>,
    lang: Lang,
    ids: &FieldIds,
    quick: bool,
    at_help: (String, Text),
) -> Html {
    let text = |key: Text| t(lang, key);
    let set = |change: fn(&mut ContactDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            change(&mut next, value);
            draft.set(next);
        })
    };
    let value = |e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value();
    let d = &**draft;
    let (help_id, help) = at_help;
    html! {
        <>
            <div class="wc-row">
                if !quick {
                    <label>{text(Text::When)}
                        <input type="datetime-local" data-testid={ids.at} value={d.at.clone()} oninput={set(|d, v| d.at = v).reform(value)}
                            aria-describedby={help_id.clone()} />
                        <span class="wc-help" id={help_id}>{text(help)}</span>
                    </label>
                    {choice(text(Text::Channel), ids.channel, CHANNELS, pick(CHANNELS, &d.channel), |c| channel_label(lang, c), set(|d, v| d.channel = v))}
                }
                {checkbox(text(Text::Reached), ids.reached, d.reached, set(|d, v| d.reached = v == "true"))}
                {optional_choice(text(Text::NotSet), text(Text::Outcome), ids.outcome, OUTCOMES, by_name(OUTCOMES, &d.outcome), |o| outcome_label(lang, o), set(|d, v| d.outcome = v))}
            </div>
            {input(text(Text::Discussed), ids.discussed, &d.discussed, set(|d, v| d.discussed = v))}
            if !quick {
                {input(text(Text::Promised), ids.promised, &d.promised, set(|d, v| d.promised = v))}
                <div class="wc-row">
                    <label>{text(Text::PromisedBy)}
                        <input type="date" data-testid={ids.promised_by} value={d.promised_by.clone()} oninput={set(|d, v| d.promised_by = v).reform(value)} />
                    </label>
                    <label>{text(Text::AgreedNext)}
                        <input type="datetime-local" data-testid={ids.agreed_next} value={d.agreed_next.clone()} oninput={set(|d, v| d.agreed_next = v).reform(value)} />
                    </label>
                </div>
                {checkbox(text(Text::BroughtSomethingNew), ids.new_information, d.new_information, set(|d, v| d.new_information = v == "true"))}
            }
        </>
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
            let contact = match draft.contact(local_now) {
                Ok(contact) => contact,
                Err(text) => {
                    logged.set(false);
                    return problem.set(Some(text));
                }
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
    html! {
        <form class="wc-log-form" data-testid="log-form" {onsubmit} onkeydown={ignore_enter_when_empty(&draft)}>
            <fieldset>
                <legend>{text(Text::LogContact)}</legend>
                {contact_fields(&draft, lang, &LOG_IDS, props.quick, (format!("{}-now", props.id), Text::EmptyMeansNow))}
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

#[derive(Properties, PartialEq)]
pub struct ContactLogProps {
    pub store: AppStore,
    pub book: Book,
    pub settings: Settings,
    pub lang: Lang,
    pub stored: StoredLead,
}

/// A deleted entry that can still be put back where it was.
#[derive(Clone, PartialEq)]
struct Deleted {
    contact: Contact,
    position: usize,
    /// Tells one delete from the next, so that each gets its own ten seconds.
    serial: u32,
    /// The lead's revision the delete wrote: any later change (a contact logged) is the rep's
    /// next action, and the offer ends with it.
    revision: u64,
}

/// How long the undo stays offered: long enough to notice the mistake, short enough that the
/// notice does not linger over the next thing the rep does.
const UNDO_MILLIS: i32 = 10_000;

/// The lead page's log: each entry with Edit and Delete, an entry being edited in place, and
/// the undo of the last delete.
#[component]
pub fn ContactLog(props: &ContactLogProps) -> Html {
    let lang = props.lang;
    let text = |key: Text| t(lang, key);
    // The entry being edited, as it was when editing started: the store finds it by content.
    let editing = use_state(|| None::<Contact>);
    let draft = use_state(ContactDraft::default);
    let problem = use_state(|| None::<Text>);
    let deleted = use_state(|| None::<Deleted>);
    {
        let deleted = deleted.clone();
        use_effect_with((*deleted).as_ref().map(|d| d.serial), move |serial| {
            let expire = serial.map(|_| after_millis(UNDO_MILLIS, move || deleted.set(None)));
            move || drop(expire)
        });
    }
    let stored = &props.stored;
    let id = stored.lead.id.clone();
    let apply = {
        let (book, settings) = (props.book.clone(), props.settings.clone());
        move |stored: StoredLead| {
            book.dispatch(BookChange::Saved(Entry::new(
                stored,
                &settings,
                local_now(),
            )))
        }
    };
    // A refused change shows what is stored now, and the rep decides again on that.
    // A change refused because another tab got there first: the newer version is shown, and
    // the returned text says why (`conflict`, or that the lead itself is gone).
    let show_current = {
        let (book, apply, id) = (props.book.clone(), apply.clone(), id.clone());
        move |current: Option<StoredLead>, conflict: Text| match current {
            Some(current) => {
                apply(current);
                conflict
            }
            None => {
                book.dispatch(BookChange::Removed(id.clone()));
                Text::LeadGone
            }
        }
    };
    let on_edit = |contact: &Contact| {
        let (editing, draft, problem, deleted) = (
            editing.clone(),
            draft.clone(),
            problem.clone(),
            deleted.clone(),
        );
        let contact = contact.clone();
        Callback::from(move |_: MouseEvent| {
            draft.set(ContactDraft::of(&contact));
            editing.set(Some(contact.clone()));
            problem.set(None);
            deleted.set(None);
        })
    };
    let on_cancel = {
        let (editing, problem) = (editing.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            editing.set(None);
            problem.set(None);
        })
    };
    let on_save = {
        let (editing, draft, problem) = (editing.clone(), draft.clone(), problem.clone());
        let (store, id, revision) = (props.store.clone(), id.clone(), stored.revision);
        let (apply, show_current) = (apply.clone(), show_current.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(original) = (*editing).clone() else {
                return;
            };
            let mut edited = match draft.contact(|| original.at) {
                Ok(edited) => edited,
                Err(text) => return problem.set(Some(text)),
            };
            // The form shows minutes: an untouched time keeps its seconds, and with them its
            // place among entries logged in the same minute.
            if iso_local(edited.at) == iso_local(original.at) {
                edited.at = original.at;
            }
            match store.edit_contact(&id, revision, &original, edited) {
                Ok(stored) => {
                    apply(stored);
                    editing.set(None);
                    problem.set(None);
                }
                // The form stays open with what the rep typed; saving again applies it to the
                // newer version, where the entry is found by its content.
                Err(LeadSaveError::Conflict { current }) => {
                    problem.set(Some(show_current(current, Text::LeadConflict)))
                }
                Err(LeadSaveError::Save(error)) => problem.set(Some(save_error_text(&error))),
            }
        })
    };
    let on_delete = |contact: &Contact| {
        let (editing, problem, deleted) = (editing.clone(), problem.clone(), deleted.clone());
        let (store, id, revision) = (props.store.clone(), id.clone(), stored.revision);
        let (apply, show_current) = (apply.clone(), show_current.clone());
        let contact = contact.clone();
        Callback::from(move |_: MouseEvent| {
            editing.set(None);
            match store.delete_contact(&id, revision, &contact) {
                Ok((stored, position)) => {
                    let written = stored.revision;
                    apply(stored);
                    problem.set(None);
                    let serial = deleted.as_ref().map_or(0, |d| d.serial.wrapping_add(1));
                    deleted.set(Some(Deleted {
                        contact: contact.clone(),
                        position,
                        serial,
                        revision: written,
                    }));
                }
                Err(LeadSaveError::Conflict { current }) => {
                    problem.set(Some(show_current(current, Text::DeleteConflict)))
                }
                Err(LeadSaveError::Save(error)) => problem.set(Some(save_error_text(&error))),
            }
        })
    };
    let on_undo = {
        let (problem, deleted, apply) = (problem.clone(), deleted.clone(), apply.clone());
        let (store, id) = (props.store.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(gone) = (*deleted).clone() else {
                return;
            };
            match store.restore_contact(&id, gone.position, gone.contact) {
                Ok(stored) => {
                    apply(stored);
                    deleted.set(None);
                }
                Err(LeadSaveError::Conflict { .. }) => problem.set(Some(Text::LeadGone)),
                Err(LeadSaveError::Save(error)) => problem.set(Some(save_error_text(&error))),
            }
        })
    };
    let log = newest_first(&stored.lead);
    let being_edited = (*editing)
        .as_ref()
        .filter(|original| stored.lead.log.contains(original));
    let editor = || {
        html! {
            <form class="wc-log-edit" data-testid="log-edit" onsubmit={on_save.clone()} onkeydown={ignore_enter_when_empty(&draft)}>
                <fieldset>
                    <legend>{text(Text::EditEntry)}</legend>
                    {contact_fields(&draft, lang, &EDIT_IDS, false, (format!("{}-edit-at", id), Text::EmptyKeepsTime))}
                    <div class="wc-row">
                        <button type="submit" class="wc-button" data-testid="edit-save">{text(Text::SaveEntry)}</button>
                        <button type="button" class="wc-button wc-secondary" data-testid="edit-cancel" onclick={on_cancel.clone()}>{text(Text::Cancel)}</button>
                    </div>
                </fieldset>
            </form>
        }
    };
    html! {
        <section class="wc-log">
            <h4>{text(Text::ContactLog)}</h4>
            // Always in the page, so that screen readers announce what appears in it.
            <div role="status" aria-live="polite">
                if let Some(gone) = deleted.as_ref().filter(|gone| gone.revision == stored.revision) {
                    <p class="wc-notice" data-testid="log-undo-notice">
                        {text(Text::EntryDeleted)}{" ("}{format_day_time(lang, gone.contact.at)}{") "}
                        <button type="button" class="wc-button wc-secondary" data-testid="log-undo" onclick={on_undo}>{text(Text::Undo)}</button>
                    </p>
                }
            </div>
            if let Some(problem) = *problem {
                <p class="wc-error" role="alert" data-testid="log-edit-problem">{text(problem)}</p>
            }
            // Another tab changed or deleted the entry: the rep's typing is kept above the log.
            if editing.is_some() && being_edited.is_none() { {editor()} }
            if log.is_empty() { <p class="wc-help">{text(Text::NoContactsYet)}</p> }
            <ol class="wc-list" data-testid="lead-log">
                { for log.iter().map(|contact| {
                    if being_edited == Some(*contact) {
                        return html! { <li data-testid="log-entry" data-editing="true">{editor()}</li> };
                    }
                    let when = format_day_time(lang, contact.at);
                    html! {
                        <li data-testid="log-entry">
                            {entry_view(contact, lang)}
                            <div class="wc-row wc-entry-actions">
                                <button type="button" class="wc-button wc-secondary" data-testid="log-entry-edit"
                                    aria-label={format!("{} ({when})", text(Text::EditEntry))} onclick={on_edit(contact)}>{text(Text::Edit)}</button>
                                <button type="button" class="wc-button wc-secondary" data-testid="log-entry-delete"
                                    aria-label={format!("{} ({when})", text(Text::DeleteEntry))} onclick={on_delete(contact)}>{text(Text::Delete)}</button>
                            </div>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// Runs `run` after `millis` unless the returned guard is dropped first.
fn after_millis(millis: i32, run: impl FnOnce() + 'static) -> impl Drop {
    struct Pending {
        handle: Option<i32>,
        _closure: Closure<dyn FnMut()>,
    }
    impl Drop for Pending {
        fn drop(&mut self) {
            if let (Some(window), Some(handle)) = (web_sys::window(), self.handle) {
                window.clear_timeout_with_handle(handle);
            }
        }
    }
    let closure = Closure::once(run);
    let handle = web_sys::window().and_then(|window| {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                closure.as_ref().unchecked_ref(),
                millis,
            )
            .ok()
    });
    Pending {
        handle,
        _closure: closure,
    }
}
