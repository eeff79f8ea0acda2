//! The advice for a lead, and its next contact as a calendar file.

use yew::prelude::*;

use super::{action_slug, display_name};
use crate::coach::advice_text::{
    action_label, calendar_description, channel_label, reason_text, rule_in_one_sentence,
};
use crate::coach::advisor::Advice;
use crate::coach::export::{contact_ics, CalendarEvent};
use crate::coach::followup::format_day_time;
use crate::coach::lead::Lead;
use crate::coach::schedule::iso_local;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::ui::copy::CopyText;
use crate::ui::local_now;

/// The advice for one lead: the action, when and how, the reasons in words, and each rule and
/// mistake id as a badge whose "Why?" says the rule in one sentence. The ids stay out of the
/// sentences (a rep reads "you have not reached them yet", not "L1") and are kept as data.
pub fn advice_view(advice: &Advice, lang: Lang) -> Html {
    html! {
        <div class="wc-advice" data-testid="advice" data-action={action_slug(advice.action)}
            data-rules={advice.rules.join(" ")} data-mistakes={advice.mistakes.join(" ")}>
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
            <div class="wc-rule-badges">
                <div role="group" aria-label={t(lang, Text::RulesBehindAdvice)}>
                    { for advice.rules.iter().map(|rule| rule_badge(rule, false, lang)) }
                </div>
                if !advice.mistakes.is_empty() {
                    <div role="group" aria-label={t(lang, Text::MistakesSeen)} data-testid="advice-mistakes">
                        { for advice.mistakes.iter().map(|id| rule_badge(id, true, lang)) }
                    </div>
                }
            </div>
            <CopyText text={advice_text(advice, lang)} {lang} what={t(lang, Text::TheAdvice)} />
        </div>
    }
}

/// A rule id as a small badge; opening its "Why?" says the rule in one sentence.
fn rule_badge(rule: &str, mistake: bool, lang: Lang) -> Html {
    let Some(sentence) = rule_in_one_sentence(rule, lang) else {
        return Html::default();
    };
    html! {
        <details class={classes!("wc-why", "wc-rule", mistake.then_some("wc-rule-mistake"))}
            data-testid="advice-why" data-rule={rule.to_owned()}>
            <summary><span class="wc-badge wc-rule-id">{rule}</span>{" "}{t(lang, Text::Why)}</summary>
            <p>{sentence}</p>
        </details>
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
    let description = calendar_description(lang, lead, advice);
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
