use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::safekeeping::StorageInfo;
use super::{lang_select, AppStore, SETTINGS_KEY};
use crate::coach::holidays::Country;
use crate::coach::settings::{Experience, ProductKind, Settings, SettingsProblem};
use crate::coach::Lang;
use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct SettingsScreenProps {
    pub store: AppStore,
    pub settings: Settings,
    pub lang: Lang,
    pub id_prefix: String,
    pub onsaved: Callback<Settings>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Saved,
    Invalid(Vec<Text>),
    NotSaved(Text),
}

/// Every change is checked and saved at once; an invalid value is reported and not saved, so
/// the stored settings are always valid ones.
#[component]
pub fn SettingsScreen(props: &SettingsScreenProps) -> Html {
    let status = use_state(|| Status::Idle);
    let lang = props.lang;
    let current = &props.settings;
    let text = |key: Text| t(lang, key);

    let commit = {
        let status = status.clone();
        let store = props.store.clone();
        let onsaved = props.onsaved.clone();
        Callback::from(move |change: Result<Settings, SettingsProblem>| {
            status.set(match change {
                Ok(next) => save(&store, &next, &onsaved),
                Err(problem) => Status::Invalid(vec![problem_text(problem)]),
            });
        })
    };
    let on_lang = choice_field(current, &commit, |settings, value| {
        settings.interface_lang = Lang::from_tag(&value);
    });
    let on_experience = choice_field(current, &commit, |settings, value| {
        settings.experience = if value == "new" {
            Experience::New
        } else {
            Experience::Experienced
        };
    });
    let on_product = choice_field(current, &commit, |settings, value| {
        settings.product = if value == "volume" {
            ProductKind::Volume
        } else {
            ProductKind::Considered
        };
    });
    let on_country = choice_field(current, &commit, |settings, value| {
        settings.customer_country = Country::from_code(&value);
    });
    let attempts = SettingsProblem::AttemptsOutOfRange;
    let window = SettingsProblem::WindowOutOfRange;
    let hours = current.working_hours;
    let experience = RadioGroup {
        name: format!("{}-experience", props.id_prefix),
        setting: "experience",
        onchange: on_experience,
    };
    let product = RadioGroup {
        name: format!("{}-product", props.id_prefix),
        setting: "product",
        onchange: on_product,
    };

    html! {
        <form class="wc-settings" data-testid="settings" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2>{text(Text::TabSettings)}</h2>
            <fieldset>
                <legend>{text(Text::SettingsLanguageHeading)}</legend>
                {lang_select(text(Text::InterfaceLanguage), "setting-lang", current.interface_lang, text(Text::BrowserLanguage), on_lang)}
                <label>{text(Text::CustomerCountry)}
                    <select data-testid="setting-country" onchange={on_country}>
                        <option value="" selected={current.customer_country.is_none()}>{text(Text::CountryFollowsLanguage)}</option>
                        { for Country::ALL.into_iter().map(|country| html! {
                            <option value={country.code()} selected={current.customer_country == Some(country)}>{country.native_name()}</option>
                        }) }
                    </select>
                </label>
                <p class="wc-help">{text(Text::CustomerCountryHelp)}</p>
            </fieldset>
            <fieldset>
                <legend>{text(Text::ProfileHeading)}</legend>
                <fieldset class="wc-group">
                    <legend>{text(Text::Experience)}</legend>
                    {radio(&experience, "new", current.experience == Experience::New, text(Text::ExperienceNew))}
                    {radio(&experience, "experienced", current.experience == Experience::Experienced, text(Text::ExperienceExperienced))}
                </fieldset>
                <fieldset class="wc-group">
                    <legend>{text(Text::Product)}</legend>
                    {radio(&product, "volume", current.product == ProductKind::Volume, text(Text::ProductVolume))}
                    {radio(&product, "considered", current.product == ProductKind::Considered, text(Text::ProductConsidered))}
                </fieldset>
            </fieldset>
            <fieldset>
                <legend>{text(Text::StopRuleHeading)}</legend>
                <p class="wc-help">{text(Text::StopRuleHelp)}</p>
                {number_input(text(Text::ColdAttempts), "setting-cold-attempts", current.stop_rule.cold_attempts, 20,
                    number_field(current, &commit, attempts, |s, n| s.stop_rule.cold_attempts = n))}
                {number_input(text(Text::InboundAttempts), "setting-inbound-attempts", current.stop_rule.inbound_attempts, 20,
                    number_field(current, &commit, attempts, |s, n| s.stop_rule.inbound_attempts = n))}
            </fieldset>
            <fieldset>
                <legend>{text(Text::FollowUpHeading)}</legend>
                {number_input(text(Text::FollowUpWindow), "setting-window", current.follow_up_window_days, 14,
                    number_field(current, &commit, window, |s, n| s.follow_up_window_days = n))}
                {number_input(text(Text::DailyGoal), "setting-daily-goal", current.daily_prepared_goal, 200,
                    number_field(current, &commit, SettingsProblem::GoalOutOfRange, |s, n| s.daily_prepared_goal = n))}
                <div class="wc-row">
                    {time_input(text(Text::WorkingHoursFrom), "setting-hours-start", hours.start_minute,
                        time_field(current, &commit, |s, m| s.working_hours.start_minute = m))}
                    {time_input(text(Text::WorkingHoursTo), "setting-hours-end", hours.end_minute,
                        time_field(current, &commit, |s, m| s.working_hours.end_minute = m))}
                </div>
            </fieldset>
            <StorageInfo {lang} />
            <div class="wc-status" role="status" aria-live="polite" data-testid="settings-status">
                {
                    match &*status {
                        Status::Idle => html! {},
                        Status::Saved => html! { <p class="wc-ok">{text(Text::Saved)}</p> },
                        Status::Invalid(problems) => html! {
                            <>{ for problems.iter().map(|p| html! { <p class="wc-error">{text(*p)}</p> }) }</>
                        },
                        Status::NotSaved(key) => html! { <p class="wc-error">{text(*key)}</p> },
                    }
                }
            </div>
        </form>
    }
}

// The fields below wrap their input in its label, which names it without an id, and are plain
// functions so the markup is compiled once however many fields use it.

fn radio(group: &RadioGroup, value: &'static str, checked: bool, label: &'static str) -> Html {
    html! {
        <label class="wc-choice">
            <input type="radio" name={group.name.clone()} {value} {checked} onchange={group.onchange.clone()}
                data-testid={format!("setting-{}-{value}", group.setting)} />
            {label}
        </label>
    }
}

struct RadioGroup {
    /// Unique per widget, so the groups of two widgets on one page stay apart.
    name: String,
    setting: &'static str,
    onchange: Callback<Event>,
}

fn number_input(
    label: &'static str,
    test_id: &'static str,
    value: u8,
    max: u8,
    oninput: Callback<InputEvent>,
) -> Html {
    html! {
        <label>
            {label}
            <input type="number" inputmode="numeric" min="1" max={max.to_string()} data-testid={test_id}
                value={value.to_string()} {oninput} />
        </label>
    }
}

fn time_input(
    label: &'static str,
    test_id: &'static str,
    minute: u16,
    oninput: Callback<InputEvent>,
) -> Html {
    html! {
        <label>
            {label}
            <input type="time" data-testid={test_id} value={clock(minute)} {oninput} />
        </label>
    }
}

type Commit = Callback<Result<Settings, SettingsProblem>>;

fn choice_field(
    current: &Settings,
    commit: &Commit,
    set: fn(&mut Settings, String),
) -> Callback<Event> {
    let (current, commit) = (current.clone(), commit.clone());
    Callback::from(move |event: Event| {
        let target = event.target_unchecked_into::<web_sys::Element>();
        let value = match target.dyn_ref::<HtmlSelectElement>() {
            Some(select) => select.value(),
            None => target.unchecked_into::<HtmlInputElement>().value(),
        };
        let mut next = current.clone();
        set(&mut next, value);
        commit.emit(Ok(next));
    })
}

fn number_field(
    current: &Settings,
    commit: &Commit,
    problem: SettingsProblem,
    set: fn(&mut Settings, u8),
) -> Callback<InputEvent> {
    let (current, commit) = (current.clone(), commit.clone());
    Callback::from(move |event: InputEvent| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        commit.emit(value.trim().parse::<u8>().map_err(|_| problem).map(|n| {
            let mut next = current.clone();
            set(&mut next, n);
            next
        }));
    })
}

fn time_field(
    current: &Settings,
    commit: &Commit,
    set: fn(&mut Settings, u16),
) -> Callback<InputEvent> {
    let (current, commit) = (current.clone(), commit.clone());
    Callback::from(move |event: InputEvent| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        commit.emit(
            parse_clock(&value)
                .ok_or(SettingsProblem::TimeUnreadable)
                .map(|minute| {
                    let mut next = current.clone();
                    set(&mut next, minute);
                    next
                }),
        );
    })
}

fn clock(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// Reads the "HH:MM" that a time input gives.
fn parse_clock(value: &str) -> Option<u16> {
    let (hours, minutes) = value.trim().split_once(':')?;
    let (hours, minutes) = (
        hours.parse::<u16>().ok()?,
        minutes.get(..2)?.parse::<u16>().ok()?,
    );
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

fn save(store: &AppStore, next: &Settings, onsaved: &Callback<Settings>) -> Status {
    let problems = next.problems();
    if !problems.is_empty() {
        return Status::Invalid(problems.into_iter().map(problem_text).collect());
    }
    onsaved.emit(next.clone());
    match store.save(SETTINGS_KEY, next) {
        Ok(()) => Status::Saved,
        Err(error) => Status::NotSaved(super::save_error_text(&error)),
    }
}

fn problem_text(problem: SettingsProblem) -> Text {
    match problem {
        SettingsProblem::AttemptsOutOfRange => Text::ProblemAttempts,
        SettingsProblem::WindowOutOfRange => Text::ProblemWindow,
        SettingsProblem::WorkingHoursInverted => Text::ProblemHours,
        SettingsProblem::TimeUnreadable => Text::ProblemTime,
        SettingsProblem::GoalOutOfRange => Text::ProblemGoal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_values_round_trip_and_nonsense_is_refused() {
        assert_eq!(parse_clock("09:00"), Some(540));
        assert_eq!(parse_clock("17:30:00"), Some(1050));
        assert_eq!(clock(1050), "17:30");
        assert_eq!(parse_clock(""), None);
        assert_eq!(parse_clock("24:00"), None);
        assert_eq!(parse_clock("9:7"), None);
        assert_eq!(parse_clock("ab:cd"), None);
    }
}
