use yew::prelude::*;

use crate::coach::settings::SettingsProblem;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub lang: Lang,
    pub ondismiss: Callback<usize>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <div class="wc-notices" role="status">
            { for props.notices.iter().enumerate().map(|(index, notice)| {
                notice_view(lang, notice, props.ondismiss.reform(move |_| index))
            }) }
        </div>
    }
}

fn notice_view(lang: Lang, notice: &Notice, ondismiss: Callback<MouseEvent>) -> Html {
    let key = |key: &String| html! { <p><code>{key.clone()}</code></p> };
    let (text, detail) = match notice {
        Notice::NotPersisted => (Text::NoticeNotPersisted, Html::default()),
        Notice::StorageFull => (Text::NoticeStorageFull, Html::default()),
        Notice::CorruptValueBackedUp { backup_key, .. } => (Text::NoticeCorrupt, key(backup_key)),
        Notice::NewerSchema { .. } => (Text::NoticeNewerSchema, Html::default()),
        Notice::MigrationFailed { .. } => (Text::NoticeMigrationFailed, Html::default()),
        Notice::CorruptValueKept { key: kept } => (Text::NoticeCorruptKept, key(kept)),
        Notice::Updated => (Text::NoticeUpdated, Html::default()),
        // The reason in English, as `mount()` gives it to the page's author.
        Notice::PrefixRefused(refusal) => (Text::NoticePrefixRefused, key(&refusal.message())),
        // Named as the Settings screen labels it, where the rep can set it again.
        Notice::SettingReset { problem } => (
            Text::NoticeSettingReset,
            html! { <p data-setting={problem.field()}><strong>{t(lang, setting_label(*problem))}</strong></p> },
        ),
    };
    html! {
        <div class="wc-notice" data-testid="notice">
            <p>{t(lang, text)}</p>
            {detail}
            <button type="button" class="wc-button wc-secondary" data-testid="notice-dismiss" onclick={ondismiss}>{t(lang, Text::Dismiss)}</button>
        </div>
    }
}

/// The setting as the Settings screen labels it, so the rep finds it there.
fn setting_label(problem: SettingsProblem) -> Text {
    match problem {
        SettingsProblem::AttemptsOutOfRange => Text::StopRuleHeading,
        SettingsProblem::WindowOutOfRange => Text::FollowUpWindow,
        SettingsProblem::GoalOutOfRange => Text::DailyGoal,
        SettingsProblem::WorkingHoursInverted | SettingsProblem::TimeUnreadable => {
            Text::WorkingHours
        }
    }
}
