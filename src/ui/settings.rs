use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{AppStore, SETTINGS_KEY};
use crate::coach::settings::{Experience, ProductKind, Settings, SettingsProblem};
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::SaveError;

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
    let id = |name: &str| format!("{}-{name}", props.id_prefix);

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
    let on_cold = number_field(
        current,
        &commit,
        SettingsProblem::AttemptsOutOfRange,
        |s, n| s.stop_rule.cold_attempts = n,
    );
    let on_inbound = number_field(
        current,
        &commit,
        SettingsProblem::AttemptsOutOfRange,
        |s, n| s.stop_rule.inbound_attempts = n,
    );
    let on_window = number_field(
        current,
        &commit,
        SettingsProblem::WindowOutOfRange,
        |s, n| s.follow_up_window_days = n,
    );
    let on_start = time_field(current, &commit, |s, m| s.working_hours.start_minute = m);
    let on_end = time_field(current, &commit, |s, m| s.working_hours.end_minute = m);

    let radio = |group: &str,
                 value: &str,
                 checked: bool,
                 label: Text,
                 onchange: &Callback<Event>| {
        let radio_id = id(&format!("{group}-{value}"));
        html! {
            <div class="wc-choice">
                <input type="radio" id={radio_id.clone()} name={id(group)} value={value.to_owned()}
                    {checked} onchange={onchange.clone()} data-testid={format!("{group}-{value}")} />
                <label for={radio_id}>{t(lang, label)}</label>
            </div>
        }
    };
    let selected_lang = current.interface_lang.map(Lang::code).unwrap_or("");

    html! {
        <form class="wc-settings" data-testid="settings" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2>{t(lang, Text::TabSettings)}</h2>
            <fieldset>
                <legend>{t(lang, Text::SettingsLanguageHeading)}</legend>
                <label for={id("lang")}>{t(lang, Text::InterfaceLanguage)}</label>
                <select id={id("lang")} data-testid="setting-lang" onchange={on_lang}>
                    <option value="" selected={selected_lang.is_empty()}>{t(lang, Text::BrowserLanguage)}</option>
                    { for Lang::ALL.iter().map(|option| html! {
                        <option value={option.code()} lang={option.code()} selected={selected_lang == option.code()}>
                            {option.native_name()}
                        </option>
                    }) }
                </select>
            </fieldset>
            <fieldset>
                <legend>{t(lang, Text::ProfileHeading)}</legend>
                <fieldset class="wc-group">
                    <legend>{t(lang, Text::Experience)}</legend>
                    {radio("experience", "new", current.experience == Experience::New, Text::ExperienceNew, &on_experience)}
                    {radio("experience", "experienced", current.experience == Experience::Experienced, Text::ExperienceExperienced, &on_experience)}
                </fieldset>
                <fieldset class="wc-group">
                    <legend>{t(lang, Text::Product)}</legend>
                    {radio("product", "volume", current.product == ProductKind::Volume, Text::ProductVolume, &on_product)}
                    {radio("product", "considered", current.product == ProductKind::Considered, Text::ProductConsidered, &on_product)}
                </fieldset>
            </fieldset>
            <fieldset>
                <legend>{t(lang, Text::StopRuleHeading)}</legend>
                <p class="wc-help" id={id("stop-help")}>{t(lang, Text::StopRuleHelp)}</p>
                <label for={id("cold")}>{t(lang, Text::ColdAttempts)}</label>
                <input type="number" id={id("cold")} data-testid="setting-cold-attempts" inputmode="numeric"
                    min="1" max="20" aria-describedby={id("stop-help")}
                    value={current.stop_rule.cold_attempts.to_string()} oninput={on_cold} />
                <label for={id("inbound")}>{t(lang, Text::InboundAttempts)}</label>
                <input type="number" id={id("inbound")} data-testid="setting-inbound-attempts" inputmode="numeric"
                    min="1" max="20" aria-describedby={id("stop-help")}
                    value={current.stop_rule.inbound_attempts.to_string()} oninput={on_inbound} />
            </fieldset>
            <fieldset>
                <legend>{t(lang, Text::FollowUpHeading)}</legend>
                <label for={id("window")}>{t(lang, Text::FollowUpWindow)}</label>
                <input type="number" id={id("window")} data-testid="setting-window" inputmode="numeric"
                    min="1" max="14" value={current.follow_up_window_days.to_string()} oninput={on_window} />
                <div class="wc-row">
                    <div>
                        <label for={id("start")}>{t(lang, Text::WorkingHoursFrom)}</label>
                        <input type="time" id={id("start")} data-testid="setting-hours-start"
                            value={clock(current.working_hours.start_minute)} oninput={on_start} />
                    </div>
                    <div>
                        <label for={id("end")}>{t(lang, Text::WorkingHoursTo)}</label>
                        <input type="time" id={id("end")} data-testid="setting-hours-end"
                            value={clock(current.working_hours.end_minute)} oninput={on_end} />
                    </div>
                </div>
            </fieldset>
            <div class="wc-status" role="status" aria-live="polite" data-testid="settings-status">
                {
                    match &*status {
                        Status::Idle => html! {},
                        Status::Saved => html! { <p class="wc-ok">{t(lang, Text::Saved)}</p> },
                        Status::Invalid(problems) => html! {
                            <>{ for problems.iter().map(|p| html! { <p class="wc-error">{t(lang, *p)}</p> }) }</>
                        },
                        Status::NotSaved(text) => html! { <p class="wc-error">{t(lang, *text)}</p> },
                    }
                }
            </div>
        </form>
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
                .ok_or(SettingsProblem::WorkingHoursInverted)
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
        Err(SaveError::Full) => Status::NotSaved(Text::SaveFull),
        Err(SaveError::Blocked) => Status::NotSaved(Text::SaveBlocked),
        Err(SaveError::ReadOnly) => Status::NotSaved(Text::SaveReadOnly),
        Err(SaveError::Other(_)) => Status::NotSaved(Text::SaveOther),
    }
}

fn problem_text(problem: SettingsProblem) -> Text {
    match problem {
        SettingsProblem::AttemptsOutOfRange => Text::ProblemAttempts,
        SettingsProblem::WindowOutOfRange => Text::ProblemWindow,
        SettingsProblem::WorkingHoursInverted => Text::ProblemHours,
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
