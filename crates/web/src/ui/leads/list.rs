//! The lead list: a table ordered by when to act (or by the column the rep picks), with search,
//! a filter by action, and a page of rows at a time; at narrow widths each row is a card.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{action_slug, display_name, PAGE};
use crate::coach::advice_text::{action_label, stage_label};
use crate::coach::advisor::Action;
use crate::coach::followup::format_day_time;
use crate::coach::text::lowercase;
use crate::coach::worklist::{sorted, Direction, Sort, SortKey, Urgency, WorkRow};
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::ui::book::Entry;
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
    let text = |key: Text| t(lang, key);
    let search = use_state(String::new);
    let filter = use_state(String::new);
    let sort = use_state(Sort::default);
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
    // Worked out once per change of the book or the sort, not per keystroke in the search.
    let ordered = {
        let entries = props.book.entries.clone();
        use_memo((props.book.version, *sort), move |(_, sort)| {
            let now = local_now();
            let rows: Vec<WorkRow> = entries
                .iter()
                .map(|e| WorkRow::new(&e.stored.lead, &e.advice, now))
                .collect();
            let order = sorted(&rows, *sort);
            let mut rows: Vec<Option<WorkRow>> = rows.into_iter().map(Some).collect();
            order
                .into_iter()
                .filter_map(|i| Some((entries[i].clone(), rows[i].take()?)))
                .collect::<Vec<(Rc<Entry>, WorkRow)>>()
        })
    };
    let now = local_now();
    let matching: Vec<&(Rc<Entry>, WorkRow)> = ordered
        .iter()
        .filter(|(e, _)| match filter.as_str() {
            "" => true,
            // "Due by today" is the Today tab's list, so its "more" leads are found here.
            "due" => e.advice.due_today(now).is_some(),
            slug => action_slug(e.advice.action) == slug,
        })
        .filter(|(e, _)| e.stored.lead.matches_search(&search))
        .collect();
    let shown = matching.len().min(*limit);
    let header = |key: SortKey, label: &'static str| {
        let direction = sort.direction_of(key);
        let aria_sort = match direction {
            Some(Direction::Ascending) => "ascending",
            Some(Direction::Descending) => "descending",
            None => "none",
        };
        let onclick = {
            let (sort, limit) = (sort.clone(), limit.clone());
            Callback::from(move |_| {
                limit.set(PAGE);
                sort.set(sort.toggled(key));
            })
        };
        let arrow = match direction {
            Some(Direction::Ascending) => " ↑",
            Some(Direction::Descending) => " ↓",
            None => "",
        };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="wc-sort" data-testid={format!("sort-{}", sort_slug(key))} {onclick}>
                    {label}<span aria-hidden="true">{arrow}</span>
                </button>
            </th>
        }
    };
    // A dash, as a spreadsheet shows an empty cell; no language needs a word for it.
    let blank = || html! { {"–"} };
    html! {
        <div class="wc-lead-list">
            <div class="wc-row">
                <label>{text(Text::Search)}
                    <input type="search" data-testid="lead-search" oninput={on_search} />
                </label>
                <label>{text(Text::FilterByAction)}
                    // Every option says whether it is the one applied, the empty one too:
                    // without that the browser showed a filter that was not applied.
                    <select data-testid="lead-filter" onchange={on_filter}>
                        <option value="" selected={filter.is_empty()}>{text(Text::AllActions)}</option>
                        { for ACTION_FILTERS.iter().map(|slug| html! {
                            <option value={*slug} selected={*filter == *slug}>{filter_label(lang, slug)}</option>
                        }) }
                    </select>
                </label>
            </div>
            <p class="wc-help" data-testid="lead-count" data-filter={(*filter).clone()} aria-live="polite">
                {text(Text::LeadsShownOf).replace("{shown}", &shown.to_string()).replace("{total}", &matching.len().to_string())}
                {" · "}
                {text(Text::FilterShowing).replace("{filter}", if filter.is_empty() { text(Text::AllActions) } else { filter_label(lang, &filter) })}
            </p>
            if props.book.entries.is_empty() {
                <p data-testid="no-leads">{text(Text::NoLeadsYet)}</p>
            } else {
                <p class="wc-help" id="wc-leads-order">{text(Text::LeadsOrderHelp)}{" "}{text(Text::AttemptsHelp)}</p>
                <table class="wc-lead-table" data-testid="lead-table" aria-describedby="wc-leads-order">
                    <thead>
                        <tr>
                            {header(SortKey::Name, text(Text::ColumnLead))}
                            {header(SortKey::NextAction, text(Text::FilterByAction))}
                            {header(SortKey::Due, text(Text::ColumnDue))}
                            {header(SortKey::LastContact, text(Text::ColumnLastContact))}
                            {header(SortKey::Attempts, text(Text::ColumnAttempts))}
                            {header(SortKey::Stage, text(Text::ColumnStage))}
                        </tr>
                    </thead>
                    <tbody>
                        { for matching.iter().take(shown).map(|(entry, row)| {
                            let lead = &entry.stored.lead;
                            let id = lead.id.clone();
                            let onclick = props.onopen.reform(move |_| id.clone());
                            html! {
                                <tr data-testid="lead-row" data-action={action_slug(entry.advice.action)} data-urgency={urgency_slug(row.urgency)}>
                                    <th scope="row" data-label={text(Text::ColumnLead)}>
                                        <button type="button" class="wc-link" {onclick}>
                                            <strong>{display_name(lead)}</strong>
                                            if !lead.company.is_empty() && !lead.name.trim().is_empty() { {" · "}{&lead.company} }
                                        </button>
                                        {crate::ui::samples::sample_badge(lang, lead.sample)}
                                    </th>
                                    <td data-label={text(Text::FilterByAction)}><span class="wc-badge">{action_label(lang, entry.advice.action)}</span></td>
                                    <td data-label={text(Text::ColumnDue)} data-testid="row-due">
                                        if let Some(due) = row.due { {format_day_time(lang, due)} } else { {blank()} }
                                    </td>
                                    <td data-label={text(Text::ColumnLastContact)} data-testid="row-last">
                                        if let Some(last) = row.last_contact { {format_day_time(lang, last)} } else { {blank()} }
                                    </td>
                                    <td data-label={text(Text::ColumnAttempts)} data-testid="row-attempts">{row.attempts}</td>
                                    <td data-label={text(Text::ColumnStage)} data-testid="row-stage">{stage_label(lang, row.stage)}</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
            if matching.len() > shown {
                <button type="button" class="wc-button wc-secondary" data-testid="lead-more" onclick={on_more}>{text(Text::ShowMore)}</button>
            }
        </div>
    }
}

fn sort_slug(key: SortKey) -> &'static str {
    match key {
        SortKey::WhenToAct => "when",
        SortKey::Name => "name",
        SortKey::NextAction => "action",
        SortKey::Due => "due",
        SortKey::LastContact => "last-contact",
        SortKey::Attempts => "attempts",
        SortKey::Stage => "stage",
    }
}

fn urgency_slug(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Overdue => "overdue",
        Urgency::DueToday => "today",
        Urgency::Later => "later",
        Urgency::LetGo => "let-go",
        Urgency::DoNotContact => "do-not-contact",
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
