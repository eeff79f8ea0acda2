//! One lead's page: its advice, its details to edit, its log and the form to log a contact.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::log::ContactLog;
use super::{advice_view, calendar_download, display_name, LogForm, PrepCard};
use crate::coach::advice_text::{
    by_name, channel_label, deal_size_label, do_not_contact_label, source_label, stage_label,
    CHANNELS, DEAL_SIZES, DO_NOT_CONTACT_REASONS, SOURCES, STAGES,
};
use crate::coach::lead::Lead;
use crate::coach::schedule::Stage;
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::leads::{LeadSaveError, StoredLead};
use crate::ui::book::{BookChange, Entry};
use crate::ui::fields::{checkbox, choice, input, optional_choice, pick, tri, tri_state};
use crate::ui::flow::flow_button;
use crate::ui::tabs::FlowStart;
use crate::ui::{local_now, save_error_text, AppStore, Book};

#[derive(Properties, PartialEq)]
pub struct LeadPageProps {
    pub store: AppStore,
    pub book: Book,
    pub settings: Settings,
    pub lang: Lang,
    pub id: String,
    pub is_new: bool,
    pub onsaved: Callback<String>,
    pub ondeleted: Callback<()>,
    #[prop_or_default]
    pub onflow: Option<Callback<FlowStart>>,
}

/// Why the last save did not happen, if it did not.
#[derive(Clone, PartialEq)]
enum SaveState {
    Idle,
    Saved,
    /// Another browser tab saved this lead since it was opened here.
    Conflict,
    Failed(Text),
}

/// The lead being edited and the version editing started from: a save can then tell whether
/// someone else changed the same fields meanwhile. The log is never part of the form: contacts
/// are appended on their own and never overwritten by a save of the fields.
struct LeadForm {
    form: UseStateHandle<Lead>,
    base: UseStateHandle<Lead>,
}

#[hook]
fn use_lead_form(entry: Option<Rc<Entry>>, id: &str) -> LeadForm {
    let form = {
        let (entry, id) = (entry.clone(), id.to_owned());
        use_state(move || {
            entry
                .map(|e| e.stored.lead.clone())
                .unwrap_or_else(|| Lead {
                    id,
                    stage: Stage::FirstContact,
                    ..Lead::default()
                })
        })
    };
    let base = {
        let form = form.clone();
        use_state(move || (*form).clone())
    };
    {
        // A newer copy (a contact logged, another tab's save) replaces an unedited form.
        let (form, base) = (form.clone(), base.clone());
        let stored = entry.as_ref().map(|e| e.stored.lead.clone());
        use_effect_with(entry.as_ref().map(|e| e.stored.revision), move |_| {
            if let Some(stored) = stored {
                if form.same_fields(&base) && !stored.same_fields(&base) {
                    form.set(stored.clone());
                    base.set(stored);
                }
            }
        });
    }
    LeadForm { form, base }
}

/// After a refused save or delete, the book shows what is stored now: another tab's version,
/// or nothing when it deleted the lead.
fn show_stored(book: &Book, settings: &Settings, id: &str, current: Option<StoredLead>) {
    book.dispatch(match current {
        Some(current) => BookChange::Saved(Entry::new(current, settings, local_now())),
        None => BookChange::Removed(id.to_owned()),
    });
}

#[component]
pub fn LeadPage(props: &LeadPageProps) -> Html {
    let lang = props.lang;
    let text = |key: Text| t(lang, key);
    let entry = props
        .book
        .entries
        .iter()
        .find(|e| e.id() == props.id)
        .cloned();
    let LeadForm { form, base } = use_lead_form(entry.clone(), &props.id);
    let save_state = use_state(|| SaveState::Idle);
    let show_card = use_state(|| false);
    if !props.is_new && entry.is_none() {
        return html! { <p data-testid="lead-missing">{text(Text::LeadGone)}</p> };
    }
    let set = |change: fn(&mut Lead, String)| {
        let form = form.clone();
        let save_state = save_state.clone();
        Callback::from(move |value: String| {
            let mut lead = (*form).clone();
            change(&mut lead, value);
            form.set(lead);
            if *save_state == SaveState::Saved {
                save_state.set(SaveState::Idle);
            }
        })
    };
    let on_save = {
        let (form, base, save_state) = (form.clone(), base.clone(), save_state.clone());
        let (store, book, settings, onsaved, is_new) = (
            props.store.clone(),
            props.book.clone(),
            props.settings.clone(),
            props.onsaved.clone(),
            props.is_new,
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if form.name.trim().is_empty() && form.company.trim().is_empty() {
                return save_state.set(SaveState::Failed(Text::LeadNeedsName));
            }
            match store.save_edited_fields(&form, &base, is_new) {
                Ok(stored) => {
                    let id = stored.lead.id.clone();
                    form.set(stored.lead.clone());
                    base.set(stored.lead.clone());
                    book.dispatch(BookChange::Saved(Entry::new(
                        stored,
                        &settings,
                        local_now(),
                    )));
                    save_state.set(SaveState::Saved);
                    if is_new {
                        onsaved.emit(id);
                    }
                }
                Err(LeadSaveError::Conflict { current }) => {
                    show_stored(&book, &settings, &form.id, current);
                    save_state.set(SaveState::Conflict);
                }
                Err(LeadSaveError::Save(error)) => {
                    save_state.set(SaveState::Failed(save_error_text(&error)))
                }
            }
        })
    };
    let on_take_newer = {
        let (form, base, save_state, entry) = (
            form.clone(),
            base.clone(),
            save_state.clone(),
            entry.clone(),
        );
        Callback::from(move |_| {
            if let Some(entry) = &entry {
                form.set(entry.stored.lead.clone());
                base.set(entry.stored.lead.clone());
            }
            save_state.set(SaveState::Idle);
        })
    };
    let on_problem = {
        let save_state = save_state.clone();
        Callback::from(move |problem: Text| save_state.set(SaveState::Failed(problem)))
    };
    let lead = &*form;
    html! {
        <div class="wc-lead-page" data-testid="lead-page">
            <h3>{ if props.is_new { text(Text::NewLead) } else { display_name(lead) } }
                {crate::ui::samples::sample_badge(lang, lead.sample)}</h3>
            if let Some(entry) = &entry {
                {advice_view(&entry.advice, lang)}
                <div class="wc-row">
                    {calendar_download(&entry.stored.lead, &entry.advice, lang).unwrap_or_default()}
                    <button type="button" class="wc-button wc-secondary" data-testid="lead-prep" aria-expanded={show_card.to_string()}
                        aria-controls={format!("lead-prep-card-{}", entry.id())} onclick={{
                            let show_card = show_card.clone();
                            Callback::from(move |_| show_card.set(!*show_card))
                        }}>{text(Text::PrepCard)}</button>
                    {flow_button(&entry.stored.lead, lang, &props.onflow)}
                </div>
                <div id={format!("lead-prep-card-{}", entry.id())}>
                    if *show_card {
                        <PrepCard entry={entry.clone()} store={props.store.clone()} settings={props.settings.clone()}
                            {lang} now={local_now()} />
                    }
                </div>
                <LogForm store={props.store.clone()} book={props.book.clone()} settings={props.settings.clone()}
                    {lang} id={entry.id().to_owned()} />
                <ContactLog store={props.store.clone()} book={props.book.clone()} settings={props.settings.clone()}
                    {lang} stored={entry.stored.clone()} />
            }
            <form class="wc-lead-form" onsubmit={on_save}>
                {lead_fields(lead, lang, set)}
                <div class="wc-row">
                    <button type="submit" class="wc-button" data-testid="lead-save">{text(Text::SaveLead)}</button>
                    if let Some(entry) = entry.as_ref().filter(|_| !props.is_new) {
                        <DeleteLead store={props.store.clone()} book={props.book.clone()} settings={props.settings.clone()}
                            {lang} id={props.id.clone()} shown_revision={entry.stored.revision}
                            ondeleted={props.ondeleted.clone()} onproblem={on_problem} />
                    }
                </div>
                // Always in the page, so screen readers announce what appears in it.
                <div class="wc-status" role="status" aria-live="polite">{status_view(&save_state, lang, on_take_newer)}</div>
            </form>
        </div>
    }
}

fn status_view(save_state: &SaveState, lang: Lang, on_take_newer: Callback<MouseEvent>) -> Html {
    let text = |key: Text| t(lang, key);
    match save_state {
        SaveState::Idle => html! {},
        SaveState::Saved => {
            html! { <p class="wc-ok" data-testid="lead-saved">{text(Text::LeadSaved)}</p> }
        }
        SaveState::Conflict => html! {
            <div class="wc-error" role="alert" data-testid="lead-conflict">
                <p>{text(Text::LeadConflict)}</p>
                <button type="button" class="wc-button wc-secondary" onclick={on_take_newer}>{text(Text::ShowNewerVersion)}</button>
            </div>
        },
        SaveState::Failed(problem) => {
            html! { <p class="wc-error" role="alert" data-testid="save-problem">{text(*problem)}</p> }
        }
    }
}

/// The form's fields; `set` makes the callback that applies one field's change.
fn lead_fields(
    lead: &Lead,
    lang: Lang,
    set: impl Fn(fn(&mut Lead, String)) -> Callback<String>,
) -> Html {
    let text = |key: Text| t(lang, key);
    html! {
        <>
            <fieldset>
                <legend>{text(Text::LeadDetails)}</legend>
                {input(text(Text::FieldName), "lead-name", &lead.name, set(|l, v| l.name = v))}
                {input(text(Text::FieldCompany), "lead-company", &lead.company, set(|l, v| l.company = v))}
                {input(text(Text::FieldRole), "lead-role", &lead.role, set(|l, v| l.role = v))}
                {input(text(Text::FieldPhone), "lead-phone", &lead.phone, set(|l, v| l.phone = v))}
                {input(text(Text::FieldEmail), "lead-email", &lead.email, set(|l, v| l.email = v))}
                {choice(text(Text::FieldSource), "lead-source", SOURCES, lead.source, |s| source_label(lang, s), set(|l, v| l.source = pick(SOURCES, &v)))}
                {choice(text(Text::FieldStage), "lead-stage", STAGES, lead.stage, |s| stage_label(lang, s), set(|l, v| l.stage = pick(STAGES, &v)))}
                {choice(text(Text::FieldDealSize), "lead-deal-size", DEAL_SIZES, lead.deal_size, |s| deal_size_label(lang, s), set(|l, v| l.deal_size = pick(DEAL_SIZES, &v)))}
            </fieldset>
            <fieldset>
                <legend>{text(Text::Qualification)}</legend>
                {tri_state(lang, text(Text::NeedConfirmed), "lead-need", lead.qualification.need_confirmed, set(|l, v| l.qualification.need_confirmed = tri(&v)))}
                {tri_state(lang, text(Text::DecisionMaker), "lead-decider", lead.qualification.decision_maker, set(|l, v| l.qualification.decision_maker = tri(&v)))}
                {input(text(Text::BuyingTiming), "lead-timing", lead.qualification.timing.as_deref().unwrap_or(""), set(|l, v| l.qualification.timing = Some(v).filter(|v| !v.trim().is_empty())))}
                {checkbox(text(Text::PoorFit), "lead-poor-fit", lead.poor_fit, set(|l, v| l.poor_fit = v == "true"))}
            </fieldset>
            <fieldset>
                <legend>{text(Text::CustomerWishes)}</legend>
                {optional_choice(text(Text::NotSet), text(Text::PreferredChannel), "lead-channel", CHANNELS, lead.customer_wishes.channel, |c| channel_label(lang, c), set(|l, v| l.customer_wishes.channel = by_name(CHANNELS, &v)))}
                {input(text(Text::WishedTime), "lead-wished-time", &lead.customer_wishes.time, set(|l, v| l.customer_wishes.time = v))}
                {optional_choice(text(Text::No), text(Text::DoNotContactField), "lead-dnc", DO_NOT_CONTACT_REASONS, lead.do_not_contact, |d| do_not_contact_label(lang, d), set(|l, v| l.do_not_contact = by_name(DO_NOT_CONTACT_REASONS, &v)))}
                <label>{text(Text::Notes)}
                    <textarea data-testid="lead-notes" rows="3" value={lead.notes.clone()}
                        oninput={set(|l, v| l.notes = v).reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value())} />
                </label>
            </fieldset>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct DeleteLeadProps {
    store: AppStore,
    book: Book,
    settings: Settings,
    lang: Lang,
    id: String,
    /// Only the version on screen is deleted.
    shown_revision: u64,
    ondeleted: Callback<()>,
    onproblem: Callback<Text>,
}

/// Delete, armed by a first click and done by the second.
#[component]
fn DeleteLead(props: &DeleteLeadProps) -> Html {
    let confirm = use_state(|| false);
    {
        // An armed confirm was given for the version then on screen: a newer one disarms it.
        let confirm = confirm.clone();
        use_effect_with(props.shown_revision, move |_| confirm.set(false));
    }
    let onclick = {
        let confirm = confirm.clone();
        let (store, book, settings, id, shown_revision) = (
            props.store.clone(),
            props.book.clone(),
            props.settings.clone(),
            props.id.clone(),
            props.shown_revision,
        );
        let (ondeleted, onproblem) = (props.ondeleted.clone(), props.onproblem.clone());
        Callback::from(move |_| {
            if !*confirm {
                return confirm.set(true);
            }
            // A contact another tab logged meanwhile is shown first, and the rep decides again.
            match store.delete_lead(&id, shown_revision) {
                Ok(()) => {
                    book.dispatch(BookChange::Removed(id.clone()));
                    ondeleted.emit(());
                }
                Err(LeadSaveError::Conflict { current }) => {
                    show_stored(&book, &settings, &id, current);
                    confirm.set(false);
                    onproblem.emit(Text::DeleteConflict);
                }
                Err(LeadSaveError::Save(error)) => onproblem.emit(save_error_text(&error)),
            }
        })
    };
    html! {
        <button type="button" class="wc-button wc-secondary" data-testid="lead-delete" {onclick}>
            {t(props.lang, if *confirm { Text::ConfirmDelete } else { Text::DeleteLead })}
        </button>
    }
}
