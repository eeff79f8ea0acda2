//! The Today tab. For now it shows the day's prepared calls against the rep's goal (W1); who to
//! call today comes with the lead list.

use yew::prelude::*;

use super::{local_now, AppStore};
use crate::coach::prepared::PreparedCalls;
use crate::coach::Lang;
use crate::i18n::{t, Text};

pub const PREPARED_KEY: &str = "prepared-calls";

#[derive(Properties, PartialEq)]
pub struct TodayScreenProps {
    pub store: AppStore,
    pub goal: u8,
    pub lang: Lang,
}

#[component]
pub fn TodayScreen(props: &TodayScreenProps) -> Html {
    let (calls, _) = props.store.load::<PreparedCalls>(PREPARED_KEY);
    let done = calls.count_on(local_now().date());
    let lang = props.lang;
    html! {
        <section class="wc-today" data-testid="today">
            <h2>{t(lang, Text::TabToday)}</h2>
            <div class="wc-meter">
                <p>
                    {t(lang, Text::PreparedToday)}{": "}
                    <strong data-testid="prepared-count">{done}</strong>{" / "}{props.goal}
                </p>
                <progress max={props.goal.to_string()} value={done.min(u16::from(props.goal)).to_string()}
                    aria-label={t(lang, Text::PreparedToday)} />
                <p class="wc-help">{t(lang, Text::PreparedHelp)}</p>
            </div>
            <p class="wc-help">{t(lang, Text::TodayRestComing)}</p>
        </section>
    }
}
