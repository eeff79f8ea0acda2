//! The Leads tab: the list (search, filter by action), one lead's page with its advice, its log
//! and a form to log a contact, and the way to the import and backup screens.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::book::{due_today, new_lead_id, BookChange, Entry};
use super::data::DataScreen;
use super::{local_now, save_error_text, why, AppStore, Book};
use crate::coach::advice_text::{
    action_label, by_name, channel_label, deal_size_label, do_not_contact_label, name_of,
    outcome_label, reason_text, source_label, stage_label, CHANNELS, DEAL_SIZES,
    DO_NOT_CONTACT_REASONS, OUTCOMES, SOURCES, STAGES,
};
use crate::coach::advisor::{Action, Advice};
use crate::coach::export::{contact_ics, CalendarEvent};
use crate::coach::followup::format_day_time;
use crate::coach::lead::{Channel, Contact, Lead};
use crate::coach::schedule::{iso_local, parse_iso_date, parse_iso_local, Stage};
use crate::coach::settings::Settings;
use crate::coach::text::lowercase;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::leads::LeadSaveError;

/// What the Leads tab shows; the Today tab opens a lead's page directly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeadsView {
    List,
    Lead(String),
    /// A lead not saved yet, with the id it will get: after the first save the same page stays
    /// on screen as `Lead` with that id.
    New(String),
    Data,
}

#[derive(Properties, PartialEq)]
pub struct LeadsScreenProps {
    pub store: AppStore,
    pub book: Book,
    pub settings: Settings,
    pub lang: Lang,
    pub view: LeadsView,
    pub onview: Callback<LeadsView>,
    /// Called after a restore, which changes the settings too.
    pub onrestored: Callback<()>,
}

/// Rows shown at once: enough to scan, few enough to render 10,000 leads in a frame.
const PAGE: usize = 100;

#[component]
pub fn LeadsScreen(props: &LeadsScreenProps) -> Html {
    let lang = props.lang;
    let text = |key: Text| t(lang, key);
    let go = |view: LeadsView| props.onview.reform(move |_| view.clone());
    let nav = html! {
        <div class="wc-row wc-subnav">
            <button type="button" class="wc-button wc-secondary" data-testid="leads-list" onclick={go(LeadsView::List)}>{text(Text::AllLeads)}</button>
            <button type="button" class="wc-button wc-secondary" data-testid="lead-new" onclick={go(LeadsView::New(new_lead_id()))}>{text(Text::NewLead)}</button>
            <button type="button" class="wc-button wc-secondary" data-testid="leads-data" onclick={go(LeadsView::Data)}>{text(Text::ImportAndBackup)}</button>
        </div>
    };
    let body = match &props.view {
        LeadsView::List => html! {
            <LeadList book={props.book.clone()} {lang} onopen={props.onview.reform(LeadsView::Lead)} />
        },
        LeadsView::New(id) | LeadsView::Lead(id) => html! {
            <LeadPage key={id.clone()} store={props.store.clone()} book={props.book.clone()}
                settings={props.settings.clone()} {lang} id={id.clone()}
                is_new={matches!(props.view, LeadsView::New(_))}
                onsaved={props.onview.reform(LeadsView::Lead)}
                ondeleted={props.onview.reform(|_| LeadsView::List)} />
        },
        LeadsView::Data => html! {
            <DataScreen store={props.store.clone()} book={props.book.clone()}
                settings={props.settings.clone()} {lang} onrestored={props.onrestored.clone()} />
        },
    };
    html! {
        <section class="wc-leads" data-testid="leads">
            <h2>{text(Text::TabLeads)}</h2>
            {nav}
            {body}
        </section>
    }
}

/// The action as a stable, language-independent name for filters and test ids.
pub fn action_slug(action: Action) -> &'static str {
    match action {
        Action::FollowUp => "follow-up",
        Action::Nurture => "nurture",
        Action::FindDecisionMaker => "find-decision-maker",
        Action::LetGo(_) => "let-go",
        Action::DoNotContact => "do-not-contact",
    }
}

const ACTION_FILTERS: [&str; 6] = [
    "due",
    "follow-up",
    "nurture",
    "find-decision-maker",
    "let-go",
    "do-not-contact",
];

#[derive(Properties, PartialEq)]
struct LeadListProps {
    book: Book,
    lang: Lang,
    onopen: Callback<String>,
}

#[component]
fn LeadList(props: &LeadListProps) -> Html {
    let lang = props.lang;
    let search = use_state(String::new);
    let filter = use_state(String::new);
    let limit = use_state(|| PAGE);
    let on_search = {
        let (search, limit) = (search.clone(), limit.clone());
        Callback::from(move |event: InputEvent| {
            limit.set(PAGE);
            search.set(lowercase(
                event
                    .target_unchecked_into::<HtmlInputElement>()
                    .value()
                    .trim(),
            ))
        })
    };
    let on_filter = {
        let (filter, limit) = (filter.clone(), limit.clone());
        Callback::from(move |event: Event| {
            limit.set(PAGE);
            filter.set(event.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + PAGE))
    };
    // "Due by today" is the Today tab's list, in its order, so its "more" leads are found here.
    let candidates: Vec<Rc<Entry>> = if *filter == "due" {
        due_today(&props.book.entries, local_now())
    } else {
        props.book.entries.iter().cloned().collect()
    };
    let matching: Vec<&Rc<Entry>> = candidates
        .iter()
        .filter(|e| {
            filter.is_empty() || *filter == "due" || action_slug(e.advice.action) == *filter
        })
        .filter(|e| e.stored.lead.matches_search(&search))
        .collect();
    let shown = matching.len().min(*limit);
    html! {
        <div class="wc-lead-list">
            <div class="wc-row">
                <label>{t(lang, Text::Search)}
                    <input type="search" data-testid="lead-search" oninput={on_search} />
                </label>
                <label>{t(lang, Text::FilterByAction)}
                    <select data-testid="lead-filter" onchange={on_filter}>
                        <option value="">{t(lang, Text::AllActions)}</option>
                        { for ACTION_FILTERS.iter().map(|slug| html! {
                            <option value={*slug} selected={*filter == *slug}>{filter_label(lang, slug)}</option>
                        }) }
                    </select>
                </label>
            </div>
            <p class="wc-help" data-testid="lead-count" aria-live="polite">
                {t(lang, Text::LeadsShownOf).replace("{shown}", &shown.to_string()).replace("{total}", &matching.len().to_string())}
            </p>
            if props.book.entries.is_empty() {
                <p data-testid="no-leads">{t(lang, Text::NoLeadsYet)}</p>
            }
            <ul class="wc-list">
                { for matching.iter().take(shown).map(|entry| {
                    let lead = &entry.stored.lead;
                    let id = lead.id.clone();
                    let onclick = props.onopen.reform(move |_| id.clone());
                    html! {
                        <li data-testid="lead-row" data-action={action_slug(entry.advice.action)}>
                            <button type="button" class="wc-link" {onclick}>
                                <strong>{display_name(lead)}</strong>
                                if !lead.company.is_empty() { {" · "}{&lead.company} }
                            </button>
                            {" "}<span class="wc-badge">{action_label(lang, entry.advice.action)}</span>
                            if let Some(due) = entry.advice.due {
                                {" "}<span class="wc-help">{format_day_time(lang, due)}</span>
                            }
                        </li>
                    }
                }) }
            </ul>
            if matching.len() > shown {
                <button type="button" class="wc-button wc-secondary" data-testid="lead-more" onclick={on_more}>{t(lang, Text::ShowMore)}</button>
            }
        </div>
    }
}

fn filter_label(lang: Lang, slug: &str) -> &'static str {
    match slug {
        "follow-up" => action_label(lang, Action::FollowUp),
        "nurture" => action_label(lang, Action::Nurture),
        "find-decision-maker" => action_label(lang, Action::FindDecisionMaker),
        "due" => t(lang, Text::DueByToday),
        // One filter for every reason to let go.
        "let-go" => t(lang, Text::LetGoAny),
        _ => action_label(lang, Action::DoNotContact),
    }
}

pub fn display_name(lead: &Lead) -> &str {
    if lead.name.trim().is_empty() {
        &lead.company
    } else {
        &lead.name
    }
}

/// The advice for one lead: the action, when and how, the reasons, the mistakes in the log, and
/// "Why?" for every rule cited.
pub fn advice_view(advice: &Advice, lang: Lang) -> Html {
    let cited: Vec<&str> = advice
        .rules
        .iter()
        .chain(advice.mistakes.iter())
        .copied()
        .collect();
    html! {
        <div class="wc-advice" data-testid="advice" data-action={action_slug(advice.action)}>
            <p><strong data-testid="advice-action">{action_label(lang, advice.action)}</strong>
                if let Some(due) = advice.due {
                    {" · "}<span data-testid="advice-due">{format_day_time(lang, due)}</span>
                }
                if let Some(channel) = advice.channel {
                    {" · "}{channel_label(lang, channel)}
                }
            </p>
            <ul class="wc-reasons">
                { for advice.reasons.iter().map(|reason| html! { <li>{reason_text(lang, reason)}</li> }) }
            </ul>
            if !advice.mistakes.is_empty() {
                <p class="wc-error" data-testid="advice-mistakes">
                    {t(lang, Text::MistakesSeen)}{": "}{advice.mistakes.join(", ")}
                </p>
            }
            {why(&cited, lang)}
        </div>
    }
}

/// DTSTAMP is UTC by RFC 5545; everything else the coach does is in the rep's local time.
fn utc_now() -> chrono::NaiveDateTime {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_utc_full_year() as i32,
        now.get_utc_month() + 1,
        now.get_utc_date(),
    )
    .and_then(|day| {
        day.and_hms_opt(
            now.get_utc_hours(),
            now.get_utc_minutes(),
            now.get_utc_seconds(),
        )
    })
    .unwrap_or_default()
}

/// An `.ics` file for the advised contact, so the rep can put it in their own calendar.
pub fn calendar_download(lead: &Lead, advice: &Advice, lang: Lang) -> Option<Html> {
    // An overdue contact belongs in today's calls, not in a calendar entry in the past.
    let due = advice.due.filter(|due| *due >= local_now())?;
    let summary = format!(
        "{}: {}{}",
        action_label(lang, advice.action),
        display_name(lead),
        if lead.company.is_empty() || lead.name.trim().is_empty() {
            String::new()
        } else {
            format!(" ({})", lead.company)
        }
    );
    let description = advice
        .reasons
        .iter()
        .map(|reason| reason_text(lang, reason))
        .collect::<Vec<_>>()
        .join("\n");
    let event = CalendarEvent {
        uid: format!("{}-{}@warmcall", lead.id, iso_local(due)),
        stamp: utc_now(),
        start: due,
        minutes: 15,
        summary,
        description,
    };
    let onclick = Callback::from(move |_| {
        super::files::download(
            "warmcall-next-contact.ics",
            "text/calendar",
            &contact_ics(&event),
        );
    });
    Some(html! {
        <button type="button" class="wc-button wc-secondary" data-testid="lead-ics" {onclick}>
            {t(lang, Text::AddToCalendar)}
        </button>
    })
}

#[derive(Properties, PartialEq)]
struct LeadPageProps {
    store: AppStore,
    book: Book,
    settings: Settings,
    lang: Lang,
    id: String,
    is_new: bool,
    onsaved: Callback<String>,
    ondeleted: Callback<()>,
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

#[component]
fn LeadPage(props: &LeadPageProps) -> Html {
    let lang = props.lang;
    let text = |key: Text| t(lang, key);
    let entry = props
        .book
        .entries
        .iter()
        .find(|e| e.id() == props.id)
        .cloned();
    // `base` is the lead as it was when editing started, so a save can tell whether someone
    // else changed the same fields meanwhile. The log is never part of the form: contacts are
    // appended on their own and never overwritten by a save of the fields.
    let form = {
        let (entry, id) = (entry.clone(), props.id.clone());
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
    let save_state = use_state(|| SaveState::Idle);
    let confirm_delete = use_state(|| false);
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
            let result = store.save_edited_fields(&form, &base, is_new);
            match result {
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
                    book.dispatch(match current {
                        Some(current) => {
                            BookChange::Saved(Entry::new(current, &settings, local_now()))
                        }
                        None => BookChange::Removed(form.id.clone()),
                    });
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
    let on_delete = {
        let (confirm_delete, save_state) = (confirm_delete.clone(), save_state.clone());
        let (store, book, settings, id, ondeleted) = (
            props.store.clone(),
            props.book.clone(),
            props.settings.clone(),
            props.id.clone(),
            props.ondeleted.clone(),
        );
        let shown_revision = entry.as_ref().map_or(0, |e| e.stored.revision);
        Callback::from(move |_| {
            if !*confirm_delete {
                return confirm_delete.set(true);
            }
            // Only the version on screen is deleted: a contact another tab logged meanwhile
            // is shown first, and the rep decides again.
            match store.delete_lead(&id, shown_revision) {
                Ok(()) => {
                    book.dispatch(BookChange::Removed(id.clone()));
                    ondeleted.emit(());
                }
                Err(LeadSaveError::Conflict { current }) => {
                    book.dispatch(match current {
                        Some(current) => {
                            BookChange::Saved(Entry::new(current, &settings, local_now()))
                        }
                        None => BookChange::Removed(id.clone()),
                    });
                    confirm_delete.set(false);
                    save_state.set(SaveState::Failed(Text::DeleteConflict));
                }
                Err(LeadSaveError::Save(error)) => {
                    save_state.set(SaveState::Failed(save_error_text(&error)))
                }
            }
        })
    };
    let lead = &*form;
    let status = match &*save_state {
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
    };
    html! {
        <div class="wc-lead-page" data-testid="lead-page">
            <h3>{ if props.is_new { text(Text::NewLead) } else { display_name(lead) } }</h3>
            if let Some(entry) = &entry {
                {advice_view(&entry.advice, lang)}
                {calendar_download(&entry.stored.lead, &entry.advice, lang).unwrap_or_default()}
                <LogForm store={props.store.clone()} book={props.book.clone()} settings={props.settings.clone()}
                    {lang} id={entry.id().to_owned()} />
                {log_view(&entry.stored.lead, lang)}
            }
            <form class="wc-lead-form" onsubmit={on_save}>
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
                <div class="wc-row">
                    <button type="submit" class="wc-button" data-testid="lead-save">{text(Text::SaveLead)}</button>
                    if !props.is_new {
                        <button type="button" class="wc-button wc-secondary" data-testid="lead-delete" onclick={on_delete}>
                            {text(if *confirm_delete { Text::ConfirmDelete } else { Text::DeleteLead })}
                        </button>
                    }
                </div>
                // Always in the page, so screen readers announce what appears in it.
                <div class="wc-status" role="status" aria-live="polite">{status}</div>
            </form>
        </div>
    }
}

/// Whether two copies of a lead agree on everything the form edits (all but the log).
fn input(label: &str, test_id: &'static str, value: &str, onchange: Callback<String>) -> Html {
    let oninput =
        onchange.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <label>{label}
            <input type="text" data-testid={test_id} value={value.to_owned()} {oninput} />
        </label>
    }
}

fn checkbox(label: &str, test_id: &'static str, checked: bool, onchange: Callback<String>) -> Html {
    let onchange = onchange.reform(|e: Event| {
        e.target_unchecked_into::<HtmlInputElement>()
            .checked()
            .to_string()
    });
    html! {
        <label class="wc-choice">
            <input type="checkbox" data-testid={test_id} {checked} {onchange} />{label}
        </label>
    }
}

fn pick<T: Copy + Default>(options: &[(T, &str)], value: &str) -> T {
    by_name(options, value).unwrap_or_default()
}

fn tri(value: &str) -> Option<bool> {
    match value {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

fn choice<T: Copy + PartialEq>(
    label: &str,
    test_id: &'static str,
    options: &[(T, &'static str)],
    selected: T,
    name: impl Fn(T) -> &'static str,
    onchange: Callback<String>,
) -> Html {
    select(
        None,
        label,
        test_id,
        options,
        Some(selected),
        name,
        onchange,
    )
}

/// A choice that may be left open; `none_label` names the open choice ("Not known", "No").
pub fn optional_choice<T: Copy + PartialEq>(
    none_label: &str,
    label: &str,
    test_id: &'static str,
    options: &[(T, &'static str)],
    selected: Option<T>,
    name: impl Fn(T) -> &'static str,
    onchange: Callback<String>,
) -> Html {
    select(
        Some(none_label),
        label,
        test_id,
        options,
        selected,
        name,
        onchange,
    )
}

fn select<T: Copy + PartialEq>(
    none_label: Option<&str>,
    label: &str,
    test_id: &'static str,
    options: &[(T, &'static str)],
    selected: Option<T>,
    name: impl Fn(T) -> &'static str,
    onchange: Callback<String>,
) -> Html {
    let onchange =
        onchange.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <label>{label}
            <select data-testid={test_id} {onchange}>
                if let Some(none_label) = none_label {
                    <option value="" selected={selected.is_none()}>{none_label}</option>
                }
                { for options.iter().map(|(option, slug)| html! {
                    <option value={*slug} selected={Some(*option) == selected}>{name(*option)}</option>
                }) }
            </select>
        </label>
    }
}

fn tri_state(
    lang: Lang,
    label: &str,
    test_id: &'static str,
    value: Option<bool>,
    onchange: Callback<String>,
) -> Html {
    optional_choice(
        t(lang, Text::NotSet),
        label,
        test_id,
        &[(true, "yes"), (false, "no")],
        value,
        |yes| t(lang, if yes { Text::Yes } else { Text::No }),
        onchange,
    )
}

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
