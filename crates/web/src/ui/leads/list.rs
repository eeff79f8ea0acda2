//! The lead list: search, filter by action, and a page of rows at a time.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{action_slug, display_name, PAGE};
use crate::coach::advice_text::action_label;
use crate::coach::advisor::Action;
use crate::coach::followup::format_day_time;
use crate::coach::text::lowercase;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::ui::book::{due_today, Entry};
use crate::ui::{local_now, Book};

const ACTION_FILTERS: [&str; 7] = [
    "due",
    "follow-up",
    "send-information",
    "nurture",
    "find-decision-maker",
    "let-go",
    "do-not-contact",
];

#[derive(Properties, PartialEq)]
pub struct LeadListProps {
    pub book: Book,
    pub lang: Lang,
    pub onopen: Callback<String>,
}

#[component]
pub fn LeadList(props: &LeadListProps) -> Html {
    let lang = props.lang;
    let search = use_state(String::new);
    let filter = use_state(String::new);
    let limit = use_state(|| PAGE);
    let on_search = {
        let (search, limit) = (search.clone(), limit.clone());
        Callback::from(move |event: InputEvent| {
            limit.set(PAGE);
            search.set(lowercase(
                event
                    .target_unchecked_into::<HtmlInputElement>()
                    .value()
                    .trim(),
            ))
        })
    };
    let on_filter = {
        let (filter, limit) = (filter.clone(), limit.clone());
        Callback::from(move |event: Event| {
            limit.set(PAGE);
            filter.set(event.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + PAGE))
    };
    // "Due by today" is the Today tab's list, in its order, so its "more" leads are found here.
    let candidates: Vec<Rc<Entry>> = if *filter == "due" {
        due_today(&props.book.entries, local_now())
    } else {
        props.book.entries.iter().cloned().collect()
    };
    let matching: Vec<&Rc<Entry>> = candidates
        .iter()
        .filter(|e| {
            filter.is_empty() || *filter == "due" || action_slug(e.advice.action) == *filter
        })
        .filter(|e| e.stored.lead.matches_search(&search))
        .collect();
    let shown = matching.len().min(*limit);
    html! {
        <div class="wc-lead-list">
            <div class="wc-row">
                <label>{t(lang, Text::Search)}
                    <input type="search" data-testid="lead-search" oninput={on_search} />
                </label>
                <label>{t(lang, Text::FilterByAction)}
                    <select data-testid="lead-filter" onchange={on_filter}>
                        <option value="">{t(lang, Text::AllActions)}</option>
                        { for ACTION_FILTERS.iter().map(|slug| html! {
                            <option value={*slug} selected={*filter == *slug}>{filter_label(lang, slug)}</option>
                        }) }
                    </select>
                </label>
            </div>
            <p class="wc-help" data-testid="lead-count" aria-live="polite">
                {t(lang, Text::LeadsShownOf).replace("{shown}", &shown.to_string()).replace("{total}", &matching.len().to_string())}
            </p>
            if props.book.entries.is_empty() {
                <p data-testid="no-leads">{t(lang, Text::NoLeadsYet)}</p>
            }
            <ul class="wc-list">
                { for matching.iter().take(shown).map(|entry| {
                    let lead = &entry.stored.lead;
                    let id = lead.id.clone();
                    let onclick = props.onopen.reform(move |_| id.clone());
                    html! {
                        <li data-testid="lead-row" data-action={action_slug(entry.advice.action)}>
                            <button type="button" class="wc-link" {onclick}>
                                <strong>{display_name(lead)}</strong>
                                if !lead.company.is_empty() { {" · "}{&lead.company} }
                            </button>
                            {" "}<span class="wc-badge">{action_label(lang, entry.advice.action)}</span>
                            if let Some(due) = entry.advice.due {
                                {" "}<span class="wc-help">{format_day_time(lang, due)}</span>
                            }
                        </li>
                    }
                }) }
            </ul>
            if matching.len() > shown {
                <button type="button" class="wc-button wc-secondary" data-testid="lead-more" onclick={on_more}>{t(lang, Text::ShowMore)}</button>
            }
        </div>
    }
}

fn filter_label(lang: Lang, slug: &str) -> &'static str {
    match slug {
        "follow-up" => action_label(lang, Action::FollowUp),
        "send-information" => action_label(lang, Action::SendInformation),
        "nurture" => action_label(lang, Action::Nurture),
        "find-decision-maker" => action_label(lang, Action::FindDecisionMaker),
        "due" => t(lang, Text::DueByToday),
        // One filter for every reason to let go.
        "let-go" => t(lang, Text::LetGoAny),
        _ => action_label(lang, Action::DoNotContact),
    }
}
