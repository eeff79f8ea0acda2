//! The Today tab: the day's prepared calls against the rep's goal (W1), then who to contact
//! today, overdue first, each with its action, the reason, the prep card and a quick log.

use std::rc::Rc;

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::book::{due_today, new_lead_id, Entry};
use super::flow::flow_button;
use super::leads::{advice_view, display_name, LeadsView, LogForm, PrepCard};
use super::safekeeping::BackupReminder;
use super::samples::{sample_badge, SamplesNote};
use super::start::{first_visit, StartScreen};
use super::tabs::FlowStart;
use super::{local_now, AppStore, Book};
use crate::coach::advice_text::action_label;
use crate::coach::advisor::Reason;
use crate::coach::followup::{format_day, format_day_time};
use crate::coach::prepared::{PreparedCalls, PREPARED_KEY};
use crate::coach::schedule::first_working_moment;
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};

/// Cards shown at once; the rest are counted, so a backlog never slows the tab down.
const SHOWN: usize = 30;

#[derive(Properties, PartialEq)]
pub struct TodayScreenProps {
    pub store: AppStore,
    pub book: Book,
    pub settings: Settings,
    pub lang: Lang,
    pub onopen: Callback<String>,
    /// Opens the Leads tab at a view: where an empty Today sends the rep to act.
    pub ongo: Callback<LeadsView>,
    /// "Write the follow-up" / "Prepare the call"; `None` where the mode has no such tab.
    #[prop_or_default]
    pub onflow: Option<Callback<FlowStart>>,
}

#[component]
pub fn TodayScreen(props: &TodayScreenProps) -> Html {
    // A prep card opened below changes the count this reads.
    let recount = use_force_update();
    let on_counted = Callback::from(move |_| recount.force_update());
    let (calls, _) = props.store.load::<PreparedCalls>(PREPARED_KEY);
    let now = local_now();
    let done = calls.count_on(now.date());
    let lang = props.lang;
    let goal = props.settings.daily_prepared_goal;
    let due = {
        let entries = props.book.entries.clone();
        use_memo((props.book.version, now.date()), move |_| {
            due_today(&entries, now)
        })
    };
    // What the last logged contact led to, said even when the lead's card has left the list.
    let last_logged = use_state(|| None::<String>);
    let on_logged = {
        let last_logged = last_logged.clone();
        Callback::from(move |entry: Rc<Entry>| {
            let advice = &entry.advice;
            let mut said = format!(
                "{}: {} — {}",
                display_name(&entry.stored.lead),
                t(lang, Text::Logged),
                action_label(lang, advice.action)
            );
            if let Some(due) = advice.due {
                said.push_str(&format!(", {}", format_day_time(lang, due)));
            }
            last_logged.set(Some(said));
        })
    };
    let starting = first_visit(&props.store, &props.book);
    html! {
        <section class="wc-today" data-testid="today">
            <h2>{t(lang, Text::TabToday)}</h2>
            if starting {
                <StartScreen store={props.store.clone()} book={props.book.clone()}
                    settings={props.settings.clone()} {lang} ongo={props.ongo.clone()} />
            }
            <SamplesNote store={props.store.clone()} book={props.book.clone()}
                settings={props.settings.clone()} {lang} />
            <BackupReminder store={props.store.clone()} book={props.book.clone()} {lang} />
            <div class="wc-meter">
                <p>
                    {t(lang, Text::PreparedToday)}{": "}
                    <strong data-testid="prepared-count">{done}</strong>{" / "}{goal}
                </p>
                <progress max={goal.to_string()} value={done.min(u16::from(goal)).to_string()}
                    aria-label={t(lang, Text::PreparedToday)} />
                <p class="wc-help">{t(lang, Text::PreparedHelp)}</p>
            </div>
            <h3>{t(lang, Text::ToContactToday)}</h3>
            if props.book.entries.is_empty() {
                <p class="wc-help" data-testid="today-empty">{t(lang, Text::TodayNoLeadsYet)}</p>
                <div class="wc-row wc-empty-links">
                    <button type="button" class="wc-link" data-testid="today-add-leads"
                        onclick={props.ongo.reform(|_| LeadsView::New(new_lead_id()))}>{t(lang, Text::AddLeadsOnLeadsTab)}</button>
                    <button type="button" class="wc-link" data-testid="today-import"
                        onclick={props.ongo.reform(|_| LeadsView::Data)}>{t(lang, Text::ImportCsvFile)}</button>
                </div>
            } else if due.is_empty() {
                <p class="wc-help" data-testid="today-empty">{t(lang, Text::TodayNothingDue)}</p>
                <NextWorkingDay book={props.book.clone()} settings={props.settings.clone()} {lang} {now}
                    onopen={props.onopen.clone()} />
            }
            <p class="wc-ok" role="status" aria-live="polite" data-testid="today-logged">
                {(*last_logged).clone().unwrap_or_default()}
            </p>
            <ul class="wc-cards" data-testid="today-list">
                { for due.iter().take(SHOWN).map(|entry| html! {
                    <TodayCard key={entry.id().to_owned()} entry={entry.clone()} {now}
                        store={props.store.clone()} book={props.book.clone()}
                        settings={props.settings.clone()} {lang} onopen={props.onopen.clone()}
                        onlogged={on_logged.clone()} onflow={props.onflow.clone()} oncounted={on_counted.clone()} />
                }) }
            </ul>
            if due.len() > SHOWN {
                <p class="wc-help" data-testid="today-more">{format!("+{} {}", due.len() - SHOWN, t(lang, Text::MoreInLeads))}</p>
            }
        </section>
    }
}

#[derive(Properties)]
struct TodayCardProps {
    entry: Rc<Entry>,
    now: NaiveDateTime,
    store: AppStore,
    book: Book,
    settings: Settings,
    lang: Lang,
    onopen: Callback<String>,
    onlogged: Callback<Rc<Entry>>,
    onflow: Option<Callback<FlowStart>>,
    oncounted: Callback<()>,
}

impl PartialEq for TodayCardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.entry, &other.entry)
            && self.now == other.now
            && self.lang == other.lang
            && self.settings == other.settings
            && self.book == other.book
    }
}

#[component]
fn TodayCard(props: &TodayCardProps) -> Html {
    let lang = props.lang;
    let show_card = use_state(|| false);
    let lead = &props.entry.stored.lead;
    let advice = &props.entry.advice;
    // A new lead is due "as soon as it is prepared", which is never late.
    let overdue = advice.due.is_some_and(|due| due < props.now)
        && !advice.reasons.contains(&Reason::NoContactYet);
    let name = display_name(lead);
    let card_id = format!("today-card-{}", lead.id);
    let toggle = {
        let show_card = show_card.clone();
        Callback::from(move |_| show_card.set(!*show_card))
    };
    let open = {
        let id = lead.id.clone();
        props.onopen.reform(move |_| id.clone())
    };
    html! {
        <li class="wc-card" data-testid="today-item" data-action={super::leads::action_slug(advice.action)}>
            <h4>{display_name(lead)}
                if !lead.company.is_empty() && !lead.name.trim().is_empty() { {" · "}{&lead.company} }
                {sample_badge(lang, lead.sample)}
                if overdue { {" "}<span class="wc-badge wc-overdue">{t(lang, Text::Overdue)}</span> }
            </h4>
            {advice_view(advice, lang)}
            <div class="wc-row">
                <button type="button" class="wc-button wc-secondary" data-testid="today-prep" aria-expanded={show_card.to_string()}
                    aria-controls={card_id.clone()} aria-label={format!("{}: {name}", t(lang, Text::PrepCard))} onclick={toggle}>{t(lang, Text::PrepCard)}</button>
                <button type="button" class="wc-button wc-secondary" data-testid="today-open"
                    aria-label={format!("{}: {name}", t(lang, Text::OpenLead))} onclick={open}>{t(lang, Text::OpenLead)}</button>
                {flow_button(lead, lang, &props.onflow)}
            </div>
            <div id={card_id}>
                if *show_card {
                    <PrepCard entry={props.entry.clone()} store={props.store.clone()} settings={props.settings.clone()}
                        {lang} now={props.now} oncounted={props.oncounted.clone()} />
                }
            </div>
            <LogForm store={props.store.clone()} book={props.book.clone()} settings={props.settings.clone()}
                {lang} id={lead.id.clone()} quick=true channel={advice.channel} onlogged={props.onlogged.clone()} />
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct NextWorkingDayProps {
    book: Book,
    settings: Settings,
    lang: Lang,
    now: NaiveDateTime,
    onopen: Callback<String>,
}

/// When nobody is due today (a weekend, a holiday, or a quiet day): the next day the customers
/// work, by the holidays of their country, and who is due by then.
#[component]
fn NextWorkingDay(props: &NextWorkingDayProps) -> Html {
    let lang = props.lang;
    // From the last minute of today, the first working moment is on the next working day.
    let end_of_today = props.now.date().and_hms_opt(23, 59, 0).unwrap_or(props.now);
    let next = first_working_moment(&props.settings, end_of_today);
    let due = {
        let entries = props.book.entries.clone();
        use_memo((props.book.version, next), move |_| {
            due_today(&entries, next)
        })
    };
    html! {
        <div class="wc-next-day" data-testid="next-working-day">
            <p><strong>{t(lang, Text::NextWorkingDay)}{": "}</strong>
                <span data-testid="next-working-day-date">{format_day(lang, next.date())}</span>
                if !due.is_empty() { {", "}{due.len()}{" "}{t(lang, Text::DueThen)}{":"} }
            </p>
            if due.is_empty() {
                <p class="wc-help">{t(lang, Text::NobodyDueThen)}</p>
            } else {
                <ul class="wc-list">
                    { for due.iter().take(SHOWN).map(|entry| {
                        let lead = &entry.stored.lead;
                        let id = lead.id.clone();
                        html! {
                            <li data-testid="next-working-day-item">
                                <button type="button" class="wc-link" onclick={props.onopen.reform(move |_| id.clone())}>
                                    <strong>{display_name(lead)}</strong>
                                    if !lead.company.is_empty() && !lead.name.trim().is_empty() { {" · "}{&lead.company} }
                                </button>
                                {sample_badge(lang, lead.sample)}
                                {" "}<span class="wc-badge">{action_label(lang, entry.advice.action)}</span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
