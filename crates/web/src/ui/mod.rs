//! The yew interface: thin screens over `coach` and `store`. Each tab is a module named after
//! the tab it renders.

mod book;
mod conversation_lang;
mod copy;
mod data;
mod fields;
mod files;
mod flow;
mod followup;
mod leads;
mod notices;
mod opener;
mod other_tabs;
mod practice;
mod prepared_call;
mod put_aside;
mod safekeeping;
mod samples;
mod scenario;
mod settings;
mod start;
mod tabs;
mod today;

use std::rc::Rc;

use chrono::NaiveDateTime;
use serde::{de::DeserializeOwned, Serialize};

use yew::prelude::*;

use crate::coach::advice_text::{by_name, name_of, names_of};
use crate::coach::lead::{Lead, LeadPrep};
use crate::coach::rules::{rule_explanation_in, RuleFamily};
use crate::coach::settings::Settings;
pub use crate::coach::settings::SETTINGS_KEY;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::leads::{LeadSaveError, StoredLead};
use crate::store::{KeyValueStore, MemoryStore, Notice, SaveError, Store};
pub use book::Book;
use book::{advise_all, BookChange, Entry, LeadBook};
use followup::FollowUpScreen;
use leads::{LeadsScreen, LeadsView};
use notices::Notices;
use opener::OpenerScreen;
pub use practice::{
    skill_by_name, skill_name, PracticeApp, PracticeAppProps, PracticeResult, PracticeScreen,
    PracticeSlot,
};
pub use scenario::Scenario;
use settings::SettingsScreen;
pub use tabs::Mode;
use tabs::{FlowStart, Tab, TabBar};
use today::TodayScreen;

/// The store shared by all screens of one widget. Screens compare it by identity: there is
/// one per widget for its whole life.
#[derive(Clone)]
pub struct AppStore(Rc<Store<Box<dyn KeyValueStore>>>);

impl PartialEq for AppStore {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for AppStore {
    type Target = Store<Box<dyn KeyValueStore>>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Prefix of every storage key, so an embedding page can keep its keys apart.
    pub storage_prefix: AttrValue,
    /// The interface language the host page asked for; the rep's own setting still wins.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Distinguishes element ids when several widgets share a page.
    #[prop_or_default]
    pub instance: u32,
    #[prop_or_default]
    pub mode: Mode,
    #[prop_or_default]
    pub theme: Theme,
    /// How the Practice tab gets the practice bundle; without it the tab says that practice
    /// could not be loaded.
    #[prop_or_default]
    pub practice: Option<PracticeLoader>,
    /// A new build runs for the first time with this storage: say so once.
    #[prop_or_default]
    pub update_applied: bool,
}

/// The coaching screens a bundle carries besides the lead screens: the full app has the
/// Follow-up and Opener tabs, the Today bundle has neither, and links neither's code.
pub trait CoachScreens: 'static {
    fn follow_up(store: AppStore, settings: Settings, lang: Lang) -> Html;
    /// `onleadsaved`: the rep saved the prep to the lead it was filled from.
    fn opener(store: AppStore, lang: Lang, onleadsaved: Callback<StoredLead>) -> Html;
    /// Fills the coaching tab `start` names from `lead`. Behind this trait so that a bundle
    /// without both coaching tabs does not carry the follow-up writer and its grammar; such a
    /// bundle shows no *Write the follow-up* button, so it is never asked.
    /// What reading the prepared-call counts had to report, for a coach shown without the app
    /// (whose Today reads them); behind this trait so that a bundle whose coach counts no
    /// prepared calls does not carry their reader.
    fn prepared_calls_notice(_store: &AppStore) -> Option<Notice> {
        None
    }

    /// Fills the coach's draft from a trainer's case, for a coach shown alone.
    fn fill_scenario(_scenario: &Scenario, _store: &AppStore) {}

    fn fill_tab(
        _store: &AppStore,
        _start: &FlowStart,
        _lead: &Lead,
        _ui_lang: Lang,
        _settings: &Settings,
        _now: NaiveDateTime,
    ) -> Result<(), SaveError> {
        Ok(())
    }
}

/// Both coaching screens, as the full app shows them.
pub struct WithCoaches;

impl CoachScreens for WithCoaches {
    fn follow_up(store: AppStore, settings: Settings, lang: Lang) -> Html {
        html! { <FollowUpScreen {store} {settings} {lang} /> }
    }

    fn opener(store: AppStore, lang: Lang, onleadsaved: Callback<StoredLead>) -> Html {
        let save_prep = {
            let store = store.clone();
            Callback::from(move |(id, prep): (String, LeadPrep)| {
                match store.update_lead(&id, move |lead| lead.prep = Some(prep)) {
                    Ok(stored) => {
                        onleadsaved.emit(stored);
                        Ok(())
                    }
                    Err(LeadSaveError::Conflict { .. }) => Err(Text::PrepLeadGone),
                    Err(LeadSaveError::Save(error)) => Err(save_error_text(&error)),
                }
            })
        };
        html! { <OpenerScreen {store} {lang} save_prep={Some(save_prep)} /> }
    }

    fn fill_tab(
        store: &AppStore,
        start: &FlowStart,
        lead: &Lead,
        ui_lang: Lang,
        settings: &Settings,
        now: NaiveDateTime,
    ) -> Result<(), SaveError> {
        flow::fill_tab(store, start, lead, ui_lang, settings, now)
    }
}

/// Neither coaching screen: for a mode whose tabs do not include them.
pub struct WithoutCoaches;

impl CoachScreens for WithoutCoaches {
    fn follow_up(_: AppStore, _: Settings, _: Lang) -> Html {
        Html::default()
    }

    fn opener(_: AppStore, _: Lang, _: Callback<StoredLead>) -> Html {
        Html::default()
    }
}

/// The Follow-up coach alone (`data-mode="followup"`).
pub struct FollowUpOnly;

impl CoachScreens for FollowUpOnly {
    fn follow_up(store: AppStore, settings: Settings, lang: Lang) -> Html {
        WithCoaches::follow_up(store, settings, lang)
    }

    fn fill_scenario(scenario: &Scenario, store: &AppStore) {
        scenario.fill_follow_up(store);
    }

    fn opener(_: AppStore, _: Lang, _: Callback<StoredLead>) -> Html {
        Html::default()
    }
}

/// The Opener coach alone (`data-mode="opener"`).
pub struct OpenerOnly;

impl CoachScreens for OpenerOnly {
    fn follow_up(_: AppStore, _: Settings, _: Lang) -> Html {
        Html::default()
    }

    /// Without leads: no *Save to* a lead.
    fn opener(store: AppStore, lang: Lang, _: Callback<StoredLead>) -> Html {
        html! { <OpenerScreen {store} {lang} /> }
    }

    fn prepared_calls_notice(store: &AppStore) -> Option<Notice> {
        prepared_call::prepared_calls_notice(store)
    }

    fn fill_scenario(scenario: &Scenario, store: &AppStore) {
        scenario.fill_opener(store);
    }
}

/// The id of the element the Practice tab's drills are mounted into; the tab panel owns it
/// (`aria-owns`), so that assistive technology finds the drills in the panel.
pub fn practice_host_id(instance: u32) -> String {
    format!("warmcall-{instance}-practice")
}

/// The loader's `loadPractice(element, options)`, which mounts the practice bundle, and the
/// element beside the app's own that it mounts into. Beside, not inside: each yew app handles
/// the events of everything under its root, and two wasm modules' yew apps would take each
/// other's listeners for their own.
#[derive(Clone, PartialEq)]
pub struct PracticeLoader {
    pub load: js_sys::Function,
    pub host: web_sys::Element,
}

/// Light by default: a host page that has not thought about dark mode gets what it expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows the reader's system setting (`prefers-color-scheme`).
    Auto,
}

impl Theme {
    const NAMED: &'static [(Theme, &'static str)] = &[
        (Theme::Light, "light"),
        (Theme::Dark, "dark"),
        (Theme::Auto, "auto"),
    ];

    pub fn name(self) -> &'static str {
        name_of(Self::NAMED, self)
    }

    /// The accepted `data-theme` values, for the error that names them.
    pub fn names() -> String {
        names_of(Self::NAMED)
    }

    pub fn from_name(name: &str) -> Option<Theme> {
        by_name(Self::NAMED, name)
    }

    /// The widget's root classes; the stylesheet picks the colours by `wc-<theme>`.
    fn classes(self, nested: bool) -> Classes {
        classes!(
            "warmcall",
            format!("wc-{}", self.name()),
            nested.then_some("wc-nested")
        )
    }
}

/// Opens the browser's storage, or memory when the browser blocks it (with a notice saying
/// nothing will be kept).
fn open_store(prefix: &str) -> (AppStore, Vec<Notice>) {
    let (backend, mut notices): (Box<dyn KeyValueStore>, Vec<Notice>) = match local_storage(prefix)
    {
        Some((storage, false)) => (storage, Vec::new()),
        Some((storage, true)) => (storage, vec![Notice::StorageFull]),
        None => (Box::new(MemoryStore::new()), vec![Notice::NotPersisted]),
    };
    let (store, opened) = Store::open(backend, prefix);
    notices.extend(opened);
    (AppStore(Rc::new(store)), notices)
}

/// The store and the rep's settings, with what opening and reading them had to report.
pub(crate) fn open_with_settings(prefix: &str) -> (AppStore, Settings, Vec<Notice>) {
    let (store, mut notices) = open_store(prefix);
    let (settings, settings_notices) = store.load_settings();
    notices.extend(settings_notices);
    (store, settings, notices)
}

/// localStorage, and whether it was found full; `None` when blocked.
#[cfg(target_arch = "wasm32")]
fn local_storage(prefix: &str) -> Option<(Box<dyn KeyValueStore>, bool)> {
    crate::store::local::LocalStorage::open(prefix)
        .map(|(storage, full)| (Box::new(storage) as Box<dyn KeyValueStore>, full))
}

#[cfg(not(target_arch = "wasm32"))]
fn local_storage(_prefix: &str) -> Option<(Box<dyn KeyValueStore>, bool)> {
    None
}

fn browser_lang() -> Option<Lang> {
    let navigator = web_sys::window()?.navigator();
    navigator.language().as_deref().and_then(Lang::from_tag)
}

/// The rep's own choice in Settings, else the one the host page asked for, else the browser's.
pub(crate) fn interface_lang(settings: &Settings, requested: Option<Lang>) -> Lang {
    settings
        .interface_lang
        .or(requested)
        .or_else(browser_lang)
        .unwrap_or_default()
}

/// Removes the notice at `index` (the Notices list's dismiss buttons).
pub(crate) fn dismiss_notice(notices: &UseStateHandle<Vec<Notice>>) -> Callback<usize> {
    let notices = notices.clone();
    Callback::from(move |index: usize| {
        let mut remaining = (*notices).clone();
        if index < remaining.len() {
            remaining.remove(index);
        }
        notices.set(remaining);
    })
}

/// "Why?" for each rule id, expanded on demand; the ids match ../shared/coaching-rules.md.
/// `families` are those the screen's rules are in (see `coach::rules`).
pub(crate) fn why(rules: &[impl AsRef<str>], lang: Lang, families: &[&RuleFamily]) -> Html {
    html! {
        <>{ for rules.iter().filter_map(|rule| {
            let rule = rule.as_ref();
            rule_explanation_in(rule, lang, families).map(|explanation| html! {
                <details class="wc-why">
                    <summary>{t(lang, Text::Why)}{" "}{rule}</summary>
                    <p>{explanation}</p>
                </details>
            })
        }) }</>
    }
}

pub type Change<T> = Box<dyn FnOnce(&mut T)>;

/// A record the screen keeps in the store: its value, a callback that changes it (the change
/// is saved once rendered), why the last save failed if it did (the change stays on screen
/// either way), and what loading it had to report.
pub struct Stored<T> {
    pub value: T,
    pub update: Callback<Change<T>>,
    pub save_problem: Option<Text>,
    pub notices: Vec<Notice>,
    pub dismiss: Callback<usize>,
}

/// The record's value and how many changes it has had; a reducer, so that changes made before
/// the next render all apply to the latest value.
struct Versioned<T> {
    value: T,
    version: u64,
}

impl<T: Clone> Reducible for Versioned<T> {
    type Action = Change<T>;

    fn reduce(self: Rc<Self>, change: Change<T>) -> Rc<Self> {
        let mut value = self.value.clone();
        change(&mut value);
        Rc::new(Versioned {
            value,
            version: self.version + 1,
        })
    }
}

#[hook]
pub fn use_stored<T>(store: &AppStore, key: &'static str) -> Stored<T>
where
    T: Clone + Default + Serialize + DeserializeOwned + 'static,
{
    let loaded = {
        let store = store.clone();
        use_memo((), move |_| store.load::<T>(key))
    };
    let record = {
        let value = loaded.0.clone();
        use_reducer(move || Versioned { value, version: 0 })
    };
    let notice = {
        let loaded = loaded.clone();
        use_state(move || loaded.1.clone())
    };
    let save_problem = use_state(|| None::<Text>);
    {
        // Saving is an effect of a change, so the reducer stays pure; version 0 is what was
        // loaded and needs no saving.
        let record = record.clone();
        let store = store.clone();
        let save_problem = save_problem.clone();
        use_effect_with(record.version, move |version| {
            if *version > 0 {
                save_problem.set(
                    store
                        .save(key, &record.value)
                        .err()
                        .as_ref()
                        .map(save_error_text),
                );
            }
        });
    }
    let dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };
    Stored {
        value: record.value.clone(),
        update: record.dispatcher().to_callback(),
        save_problem: *save_problem,
        notices: (*notice).iter().cloned().collect(),
        dismiss,
    }
}

pub fn save_error_text(error: &SaveError) -> Text {
    match error {
        SaveError::Full => Text::SaveFull,
        SaveError::Blocked => Text::SaveBlocked,
        SaveError::NewerSchema => Text::SaveReadOnly,
        SaveError::MigrationFailed => Text::SaveMigrationFailed,
        SaveError::UnreadableRecord => Text::SaveUnreadable,
        SaveError::Other(_) => Text::SaveOther,
    }
}

/// A language picker whose first option (`none_label`, value "") leaves the choice open.
pub fn lang_select(
    label: &'static str,
    test_id: &'static str,
    selected: Option<Lang>,
    none_label: &'static str,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label>
            {label}
            <select data-testid={test_id} {onchange}>
                <option value="" selected={selected.is_none()}>{none_label}</option>
                { for Lang::ALL.iter().map(|&option| html! {
                    <option value={option.code()} lang={option.code()} selected={selected == Some(option)}>
                        {option.native_name()}
                    </option>
                }) }
            </select>
        </label>
    }
}

/// Says, where the rep is typing, that the last change was not saved.
pub fn save_problem_view(problem: Option<Text>, lang: Lang) -> Html {
    match problem {
        Some(text) => {
            html! { <p class="wc-error" role="alert" data-testid="save-problem">{t(lang, text)}</p> }
        }
        None => html! {},
    }
}

/// The browser's local date and time: the coach schedules in the rep's own time zone.
pub fn local_now() -> chrono::NaiveDateTime {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .and_then(|day| day.and_hms_opt(now.get_hours(), now.get_minutes(), 0))
    .unwrap_or_default()
}

/// The widget with the lead screens (Today, Leads, Settings), the Practice tab and the coaching
/// screens `S` carries.
#[component]
pub fn App<S: CoachScreens>(props: &AppProps) -> Html {
    let opened = use_memo(props.storage_prefix.clone(), |prefix| {
        let (store, settings, mut notices) = open_with_settings(prefix);
        notices.extend(prepared_call::prepared_calls_notice(&store));
        let (leads, lead_notices) = store.load_leads();
        notices.extend(lead_notices);
        let entries = Rc::new(advise_all(leads, &settings, local_now()));
        (store, settings, notices, entries)
    });
    let update_applied = props.update_applied;
    let (store, initial_settings, initial_notices, initial_entries) = (*opened).clone();
    let book = use_reducer(move || LeadBook {
        entries: initial_entries,
        version: 0,
    });
    let settings = use_state(|| initial_settings);
    let notices = use_state(|| with_update_notice(update_applied, initial_notices));
    let tabs = props.mode.tabs();
    let tab = use_state(|| tabs[0]);
    let leads_view = use_state(|| LeadsView::List);
    // The storage listener outlives renders, so it reads the settings through this cell.
    let latest_settings = use_mut_ref(Settings::default);
    *latest_settings.borrow_mut() = (*settings).clone();
    {
        let (store, book, settings_state, latest_settings) = (
            store.clone(),
            book.clone(),
            settings.clone(),
            latest_settings.clone(),
        );
        use_effect_with((), move |_| {
            let listener = other_tabs::listen(store, book, settings_state, latest_settings);
            move || drop(listener)
        });
    }
    {
        // The first lead of the rep's own is when their data becomes worth keeping.
        let (store, book) = (store.clone(), book.clone());
        use_effect_with(book.version, move |_| {
            safekeeping::note_keeping(&store, safekeeping::keeps_leads(&book))
        });
    }
    {
        // New settings (a stop rule, working hours) change every lead's advice.
        let book = book.clone();
        let advised_with = use_mut_ref(|| (*settings).clone());
        use_effect_with((*settings).clone(), move |settings| {
            if *advised_with.borrow() != *settings {
                *advised_with.borrow_mut() = settings.clone();
                let leads = book.entries.iter().map(|e| e.stored.clone()).collect();
                book.dispatch(BookChange::Loaded(advise_all(leads, settings, local_now())));
            }
        });
    }

    let lang = interface_lang(&settings, props.lang);

    let on_settings_saved = {
        let settings = settings.clone();
        Callback::from(move |saved: Settings| settings.set(saved))
    };
    let on_dismiss = dismiss_notice(&notices);
    let on_select = {
        let tab = tab.clone();
        Callback::from(move |selected: Tab| tab.set(selected))
    };
    let on_go_leads = {
        let (tab, leads_view) = (tab.clone(), leads_view.clone());
        Callback::from(move |view: LeadsView| {
            leads_view.set(view);
            tab.set(Tab::Leads);
        })
    };
    let on_open_lead = on_go_leads.reform(LeadsView::Lead);
    let on_leads_view = {
        let leads_view = leads_view.clone();
        Callback::from(move |view: LeadsView| leads_view.set(view))
    };
    let on_restored = {
        let (settings, store) = (settings.clone(), store.clone());
        Callback::from(move |_| settings.set(store.load_settings().0))
    };
    let on_lead_saved = {
        let (book, settings) = (book.clone(), settings.clone());
        Callback::from(move |stored: StoredLead| {
            book.dispatch(BookChange::Saved(Entry::new(
                stored,
                &settings,
                local_now(),
            )))
        })
    };
    let flow_problem = use_state(|| None::<Text>);
    let on_flow = (tabs.contains(&Tab::FollowUp) && tabs.contains(&Tab::Opener)).then(|| {
        let (store, book, settings, tab, flow_problem) = (
            store.clone(),
            book.clone(),
            settings.clone(),
            tab.clone(),
            flow_problem.clone(),
        );
        Callback::from(move |start: FlowStart| {
            let (FlowStart::FollowUp(id) | FlowStart::Prepare(id)) = &start;
            let Some(entry) = book.entries.iter().find(|e| e.id() == id) else {
                return;
            };
            let lead = &entry.stored.lead;
            match S::fill_tab(&store, &start, lead, lang, &settings, local_now()) {
                Ok(()) => {
                    flow_problem.set(None);
                    tab.set(match start {
                        FlowStart::FollowUp(_) => Tab::FollowUp,
                        FlowStart::Prepare(_) => Tab::Opener,
                    });
                }
                // The tab keeps what it had; the rep is told why it was not filled.
                Err(error) => flow_problem.set(Some(save_error_text(&error))),
            }
        })
    });
    let id_prefix = format!("warmcall-{}", props.instance);

    html! {
        <Frame theme={props.theme} {lang} mode={props.mode} id_prefix={id_prefix.clone()} tab={*tab}
            notices={(*notices).clone()} ondismiss={on_dismiss} onselect={on_select}
            aria_owns={(*tab == Tab::Practice && props.practice.is_some()).then(|| practice_host_id(props.instance))}>
                {save_problem_view(*flow_problem, lang)}
                {
                    match *tab {
                        Tab::Settings => html! {
                            <SettingsScreen {store} settings={(*settings).clone()} {lang}
                                id_prefix={id_prefix.clone()} onsaved={on_settings_saved} />
                        },
                        Tab::Today => html! {
                            <TodayScreen store={store.clone()} book={book.clone()} settings={(*settings).clone()}
                                {lang} onopen={on_open_lead} ongo={on_go_leads} onflow={on_flow.clone()} />
                        },
                        Tab::Leads => html! {
                            <LeadsScreen store={store.clone()} book={book.clone()} settings={(*settings).clone()}
                                {lang} view={(*leads_view).clone()} onview={on_leads_view} onrestored={on_restored} onflow={on_flow.clone()} />
                        },
                        Tab::Opener => S::opener(store.clone(), lang, on_lead_saved),
                        Tab::FollowUp => S::follow_up(store.clone(), (*settings).clone(), lang),
                        Tab::Practice => html! {
                            <PracticeSlot {lang} theme={props.theme} storage_prefix={props.storage_prefix.clone()}
                                practice={props.practice.clone()} />
                        },
                    }
                }
        </Frame>
    }
}

/// Adds the notice that a new build runs now, for the widget's top-level list of notices.
fn with_update_notice(update_applied: bool, mut notices: Vec<Notice>) -> Vec<Notice> {
    if update_applied {
        notices.insert(0, Notice::Updated);
    }
    notices
}

#[derive(Properties, PartialEq)]
struct FrameProps {
    pub theme: Theme,
    pub lang: Lang,
    pub mode: Mode,
    pub id_prefix: String,
    pub tab: Tab,
    pub notices: Vec<Notice>,
    pub ondismiss: Callback<usize>,
    #[prop_or_default]
    pub onselect: Callback<Tab>,
    /// The element the panel owns besides its children (the Practice tab's drills).
    #[prop_or_default]
    pub aria_owns: Option<String>,
    pub children: Html,
}

/// What every widget shows around its screen: the theme, the header in the full app, the
/// notices, the tab bar when the mode has more than one tab, and the panel.
#[component]
fn Frame(props: &FrameProps) -> Html {
    let FrameProps {
        theme,
        lang,
        mode,
        tab,
        ..
    } = *props;
    let id_prefix = &props.id_prefix;
    let tabs = mode.tabs();
    let several = tabs.len() > 1;
    html! {
        <div class={classes!(theme.classes(false), (tab == Tab::Practice).then_some("wc-practice-open"))} lang={lang.code()} data-testid="warmcall-app" data-mode={mode.name()}>
            if mode == Mode::Full {
                <header class="wc-header">
                    <h1 class="wc-title">{"warmcall"}</h1>
                    <p class="wc-tagline">{t(lang, Text::Tagline)}</p>
                </header>
            }
            <Notices notices={props.notices.clone()} {lang} ondismiss={props.ondismiss.clone()} />
            if several {
                <TabBar {tabs} selected={tab} {lang} id_prefix={id_prefix.clone()} onselect={props.onselect.clone()} />
            }
            <div class="wc-panel" id={format!("{id_prefix}-panel")} role={if several { "tabpanel" } else { "region" }}
                aria-labelledby={several.then(|| format!("{id_prefix}-tab-{}", tab.slug()))}
                aria-label={(!several).then(|| t(lang, tab.title()))}
                aria-owns={props.aria_owns.clone()}
                data-testid={format!("panel-{}", tab.slug())}>
                { props.children.clone() }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct CoachAppProps {
    pub storage_prefix: AttrValue,
    #[prop_or_default]
    pub lang: Option<Lang>,
    #[prop_or_default]
    pub instance: u32,
    /// `Mode::FollowUp` or `Mode::Opener`.
    pub mode: Mode,
    #[prop_or_default]
    pub theme: Theme,
    /// A trainer's case to fill the form with (`data-scenario`).
    #[prop_or_default]
    pub scenario: Option<Rc<Scenario>>,
}

/// A single coach as a course page embeds it: the store, the settings and the one screen `S`
/// carries, without the lead list that the full app loads first.
#[component]
pub fn CoachApp<S: CoachScreens>(props: &CoachAppProps) -> Html {
    let scenario = props.scenario.clone();
    let opened = use_memo(props.storage_prefix.clone(), move |prefix| {
        let mut opened = open_with_settings(prefix);
        opened.2.extend(S::prepared_calls_notice(&opened.0));
        if let Some(scenario) = scenario {
            S::fill_scenario(&scenario, &opened.0);
        }
        opened
    });
    let (store, settings, initial_notices) = (*opened).clone();
    let notices = use_state(|| initial_notices);
    let lang = interface_lang(&settings, props.lang);
    let tab = props.mode.tabs()[0];
    let screen = match tab {
        Tab::Opener => S::opener(store, lang, Callback::noop()),
        _ => S::follow_up(store, settings, lang),
    };
    html! {
        <Frame theme={props.theme} {lang} mode={props.mode} id_prefix={format!("warmcall-{}", props.instance)}
            {tab} notices={(*notices).clone()} ondismiss={dismiss_notice(&notices)}>
            { screen }
        </Frame>
    }
}
