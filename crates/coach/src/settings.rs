use serde::{Deserialize, Serialize};

use super::holidays::Country;
use super::Lang;

/// The name the settings are stored under.
pub const SETTINGS_KEY: &str = "settings";

/// The rep's own settings. Every field has a serde default so that a stored value written by
/// an older version, or edited by hand, still loads with the rest intact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    /// `None` follows the browser's language.
    pub interface_lang: Option<Lang>,
    pub experience: Experience,
    pub product: ProductKind,
    pub stop_rule: StopRule,
    /// Days until the next contact when nothing more specific applies (T1).
    pub follow_up_window_days: u8,
    pub working_hours: WorkingHours,
    /// W1: prepared calls a day, counted on the Today tab.
    pub daily_prepared_goal: u8,
    /// The country whose holidays the proposed contacts skip; `None` follows the language of
    /// the conversation (English: the United Kingdom).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_country: Option<Country>,
}

impl Settings {
    /// The customers' country for a conversation in `conversation` (the interface language
    /// when it is not known): the one chosen in Settings, else the language's.
    pub fn customer_country_for(&self, conversation: Option<Lang>) -> Country {
        self.customer_country.unwrap_or_else(|| {
            Country::of_lang(conversation.or(self.interface_lang).unwrap_or_default())
        })
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            interface_lang: None,
            experience: Experience::Experienced,
            product: ProductKind::Considered,
            stop_rule: StopRule::default(),
            follow_up_window_days: 3,
            working_hours: WorkingHours::default(),
            daily_prepared_goal: 20,
            customer_country: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Experience {
    New,
    #[default]
    Experienced,
}

/// L2 treats volume products (phone plans, electricity) differently from considered sales.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ProductKind {
    Volume,
    #[default]
    Considered,
}

/// L1: how many unanswered attempts before a lead is let go. The sources differ (2–3 attempts
/// versus six or more for fresh inbound leads), so the rep decides, with defaults from both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct StopRule {
    pub cold_attempts: u8,
    pub inbound_attempts: u8,
}

impl Default for StopRule {
    fn default() -> Self {
        StopRule {
            cold_attempts: 3,
            inbound_attempts: 6,
        }
    }
}

/// The hours in which the coach proposes calls, in minutes after local midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WorkingHours {
    pub start_minute: u16,
    pub end_minute: u16,
}

impl Default for WorkingHours {
    fn default() -> Self {
        WorkingHours {
            start_minute: 9 * 60,
            end_minute: 17 * 60,
        }
    }
}

/// The ranges the Settings screen accepts. Past two weeks the follow-up window would break T4.
pub const ATTEMPTS_RANGE: std::ops::RangeInclusive<u8> = 1..=20;
pub const WINDOW_DAYS_RANGE: std::ops::RangeInclusive<u8> = 1..=14;
pub const DAILY_GOAL_RANGE: std::ops::RangeInclusive<u8> = 1..=200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingsProblem {
    AttemptsOutOfRange,
    WindowOutOfRange,
    WorkingHoursInverted,
    /// A time field that does not read as hours and minutes (the screen's, not the settings').
    TimeUnreadable,
    GoalOutOfRange,
}

impl Settings {
    /// What is wrong with these settings, if anything; the screen shows it and does not save.
    pub fn problems(&self) -> Vec<SettingsProblem> {
        let mut problems = Vec::new();
        if !ATTEMPTS_RANGE.contains(&self.stop_rule.cold_attempts)
            || !ATTEMPTS_RANGE.contains(&self.stop_rule.inbound_attempts)
        {
            problems.push(SettingsProblem::AttemptsOutOfRange);
        }
        if !WINDOW_DAYS_RANGE.contains(&self.follow_up_window_days) {
            problems.push(SettingsProblem::WindowOutOfRange);
        }
        if !DAILY_GOAL_RANGE.contains(&self.daily_prepared_goal) {
            problems.push(SettingsProblem::GoalOutOfRange);
        }
        let hours = self.working_hours;
        if hours.start_minute >= hours.end_minute || hours.end_minute > 24 * 60 {
            problems.push(SettingsProblem::WorkingHoursInverted);
        }
        problems
    }

    /// These settings with every value `problems` finds wrong set back to its default, and the
    /// problems found. For settings read from storage: a restore refuses the same values, so
    /// one check decides both, and a hand-edited or foreign value never reaches the coach.
    pub fn with_defaults_where_invalid(mut self) -> (Settings, Vec<SettingsProblem>) {
        let problems = self.problems();
        let defaults = Settings::default();
        for problem in &problems {
            match problem {
                SettingsProblem::AttemptsOutOfRange => {
                    let rule = &mut self.stop_rule;
                    if !ATTEMPTS_RANGE.contains(&rule.cold_attempts) {
                        rule.cold_attempts = defaults.stop_rule.cold_attempts;
                    }
                    if !ATTEMPTS_RANGE.contains(&rule.inbound_attempts) {
                        rule.inbound_attempts = defaults.stop_rule.inbound_attempts;
                    }
                }
                SettingsProblem::WindowOutOfRange => {
                    self.follow_up_window_days = defaults.follow_up_window_days;
                }
                SettingsProblem::GoalOutOfRange => {
                    self.daily_prepared_goal = defaults.daily_prepared_goal;
                }
                SettingsProblem::WorkingHoursInverted | SettingsProblem::TimeUnreadable => {
                    self.working_hours = defaults.working_hours;
                }
            }
        }
        (self, problems)
    }
}

impl SettingsProblem {
    /// The stored field the problem is in, as named in the JSON (a restore's error names it).
    pub fn field(self) -> &'static str {
        match self {
            SettingsProblem::AttemptsOutOfRange => "stopRule",
            SettingsProblem::WindowOutOfRange => "followUpWindowDays",
            SettingsProblem::GoalOutOfRange => "dailyPreparedGoal",
            SettingsProblem::WorkingHoursInverted | SettingsProblem::TimeUnreadable => {
                "workingHours"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_the_coaching_rules() {
        let settings = Settings::default();
        assert_eq!(settings.stop_rule.cold_attempts, 3);
        assert_eq!(settings.stop_rule.inbound_attempts, 6);
        assert_eq!(settings.follow_up_window_days, 3);
        assert_eq!(settings.daily_prepared_goal, 20);
        assert!(settings.problems().is_empty());
    }

    #[test]
    fn partial_json_keeps_defaults_for_missing_fields() {
        let settings: Settings =
            serde_json::from_str(r#"{"stopRule":{"coldAttempts":4},"interfaceLang":"sv"}"#)
                .unwrap();
        assert_eq!(settings.stop_rule.cold_attempts, 4);
        assert_eq!(settings.stop_rule.inbound_attempts, 6);
        assert_eq!(settings.interface_lang, Some(Lang::Sv));
        assert_eq!(settings.follow_up_window_days, 3);
    }

    #[test]
    fn out_of_range_values_are_reported() {
        let mut settings = Settings::default();
        settings.stop_rule.cold_attempts = 0;
        settings.follow_up_window_days = 15;
        settings.daily_prepared_goal = 0;
        settings.working_hours = WorkingHours {
            start_minute: 17 * 60,
            end_minute: 9 * 60,
        };
        assert_eq!(
            settings.problems(),
            vec![
                SettingsProblem::AttemptsOutOfRange,
                SettingsProblem::WindowOutOfRange,
                SettingsProblem::GoalOutOfRange,
                SettingsProblem::WorkingHoursInverted
            ]
        );
    }

    #[test]
    fn invalid_values_fall_back_to_their_defaults_and_the_rest_is_kept() {
        let mut settings = Settings {
            daily_prepared_goal: 0,
            follow_up_window_days: 9,
            interface_lang: Some(Lang::De),
            ..Settings::default()
        };
        settings.stop_rule.cold_attempts = 200;
        settings.stop_rule.inbound_attempts = 8;
        let (fixed, problems) = settings.with_defaults_where_invalid();
        assert_eq!(
            problems,
            vec![
                SettingsProblem::AttemptsOutOfRange,
                SettingsProblem::GoalOutOfRange
            ]
        );
        assert_eq!(
            (
                fixed.stop_rule.cold_attempts,
                fixed.stop_rule.inbound_attempts
            ),
            (3, 8),
            "only the value out of range"
        );
        assert_eq!(fixed.daily_prepared_goal, 20);
        assert_eq!(
            (fixed.follow_up_window_days, fixed.interface_lang),
            (9, Some(Lang::De))
        );
        assert!(fixed.problems().is_empty());
        let (same, none) = Settings::default().with_defaults_where_invalid();
        assert_eq!((same, none), (Settings::default(), vec![]));
    }
}
