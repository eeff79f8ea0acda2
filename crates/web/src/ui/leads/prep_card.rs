//! The prep card (P2): what to have in front of you before you dial, on the Today tab and on the
//! lead's page. Opening it counts the call as prepared (W1).

use std::rc::Rc;

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::display_name;
use crate::coach::advice_text::prep_card_opener;
use crate::coach::flow::{last_conversation, saved_opener};
use crate::coach::followup::format_day_time;
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::ui::book::Entry;
use crate::ui::copy::CopyText;
use crate::ui::prepared_call::{counted_view, use_prepared_call};
use crate::ui::AppStore;

#[derive(Properties)]
pub struct PrepCardProps {
    pub entry: Rc<Entry>,
    pub store: AppStore,
    pub settings: Settings,
    pub lang: Lang,
    pub now: NaiveDateTime,
    /// The call was counted: the Today meter reads the count again.
    #[prop_or_default]
    pub oncounted: Callback<()>,
}

impl PartialEq for PrepCardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.entry, &other.entry)
            && self.store == other.store
            && self.settings == other.settings
            && self.lang == other.lang
            && self.now == other.now
    }
}

/// Who, where you left off, and how to open.
#[component]
pub fn PrepCard(props: &PrepCardProps) -> Html {
    let lang = props.lang;
    let lead = &props.entry.stored.lead;
    let counted = use_prepared_call(&props.store, Some(lead.id.clone()), props.oncounted.clone());
    let last = last_conversation(lead);
    let opener = saved_opener(lead)
        .map(str::to_owned)
        .or_else(|| prep_card_opener(lead, &props.entry.advice, &props.settings, lang, props.now));
    let hook = lead
        .prep
        .as_ref()
        .map(|prep| prep.hook.trim())
        .filter(|hook| !hook.is_empty() && last.is_none());
    html! {
        <div class="wc-prep-card" data-testid="today-prep-card">
            <p><strong>{t(lang, Text::Who)}{": "}</strong>{display_name(lead)}
                if !lead.role.is_empty() { {", "}{&lead.role} }
                if !lead.phone.is_empty() { {" · "}{&lead.phone} }
                if !lead.email.is_empty() { {" · "}{&lead.email} }
            </p>
            if let Some(last) = last {
                <p><strong>{t(lang, Text::LastTime)}{": "}</strong>{format_day_time(lang, last.at)}
                    if !last.discussed.is_empty() { {" · "}{&last.discussed} }
                    if !last.promised.is_empty() { {" · "}{t(lang, Text::Promised)}{": "}{&last.promised} }
                </p>
            }
            if let Some(hook) = hook {
                <p><strong>{t(lang, Text::Hook)}{": "}</strong>{hook}</p>
            }
            if let Some(opener) = opener {
                <p><strong>{t(lang, Text::SayFirst)}{": "}</strong><span data-testid="today-opener">{opener.clone()}</span>
                    {" "}<CopyText text={opener} {lang} what={t(lang, Text::SayFirst)} /></p>
            }
            if !lead.notes.is_empty() { <p class="wc-help">{&lead.notes}</p> }
            {counted_view(counted, lang)}
            <p class="wc-help">{t(lang, Text::NeverDials)}</p>
        </div>
    }
}
