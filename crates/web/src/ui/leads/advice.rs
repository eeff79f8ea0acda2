//! The advice for a lead, and its next contact as a calendar file.

use yew::prelude::*;

use super::{action_slug, display_name};
use crate::coach::advice_text::{action_label, channel_label, reason_text};
use crate::coach::advisor::Advice;
use crate::coach::export::{contact_ics, CalendarEvent};
use crate::coach::followup::format_day_time;
use crate::coach::lead::Lead;
use crate::coach::schedule::iso_local;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::ui::copy::CopyText;
use crate::ui::{local_now, why};

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
            <CopyText text={advice_text(advice, lang)} {lang} what={t(lang, Text::TheAdvice)} />
        </div>
    }
}

/// The advice as sentences to paste into a CRM note or a colleague's chat.
fn advice_text(advice: &Advice, lang: Lang) -> AttrValue {
    let mut first = action_label(lang, advice.action).to_owned();
    if let Some(due) = advice.due {
        first.push_str(&format!(", {}", format_day_time(lang, due)));
    }
    if let Some(channel) = advice.channel {
        first.push_str(&format!(", {}", channel_label(lang, channel)));
    }
    std::iter::once(format!("{first}."))
        .chain(
            advice
                .reasons
                .iter()
                .map(|reason| reason_text(lang, reason)),
        )
        .collect::<Vec<_>>()
        .join("\n")
        .into()
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
        crate::ui::files::download(
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
