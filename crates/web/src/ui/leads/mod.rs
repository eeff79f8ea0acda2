//! The Leads tab: the list (search, filter by action), one lead's page with its advice, its log
//! and a form to log a contact, and the way to the import and backup screens.

mod advice;
mod list;
mod log;
mod page;
mod prep_card;

pub use advice::{advice_view, calendar_download};
pub use log::{log_view, LogForm};
pub use prep_card::PrepCard;

use yew::prelude::*;

use crate::coach::advisor::Action;
use crate::coach::lead::Lead;
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::ui::book::new_lead_id;
use crate::ui::data::DataScreen;
use crate::ui::samples::SamplesNote;
use crate::ui::tabs::FlowStart;
use crate::ui::{AppStore, Book};
use list::LeadList;
use page::LeadPage;

/// What the Leads tab shows; the Today tab opens a lead's page directly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeadsView {
    List,
    Lead(String),
    /// A lead not saved yet, with the id it will get: after the first save the same page stays
    /// on screen as `Lead` with that id.
    New(String),
    Data,
}

#[derive(Properties, PartialEq)]
pub struct LeadsScreenProps {
    pub store: AppStore,
    pub book: Book,
    pub settings: Settings,
    pub lang: Lang,
    pub view: LeadsView,
    pub onview: Callback<LeadsView>,
    /// Called after a restore, which changes the settings too.
    pub onrestored: Callback<()>,
    /// "Write the follow-up" / "Prepare the call"; `None` where the mode has no such tab.
    #[prop_or_default]
    pub onflow: Option<Callback<FlowStart>>,
}

/// Rows shown at once: enough to scan, few enough to render 10,000 leads in a frame.
const PAGE: usize = 100;

#[component]
pub fn LeadsScreen(props: &LeadsScreenProps) -> Html {
    let lang = props.lang;
    let text = |key: Text| t(lang, key);
    let go = |view: LeadsView| props.onview.reform(move |_| view.clone());
    let nav = html! {
        <div class="wc-row wc-subnav">
            <button type="button" class="wc-button wc-secondary" data-testid="leads-list" onclick={go(LeadsView::List)}>{text(Text::AllLeads)}</button>
            <button type="button" class="wc-button wc-secondary" data-testid="lead-new" onclick={go(LeadsView::New(new_lead_id()))}>{text(Text::NewLead)}</button>
            <button type="button" class="wc-button wc-secondary" data-testid="leads-data" onclick={go(LeadsView::Data)}>{text(Text::ImportAndBackup)}</button>
        </div>
    };
    let body = match &props.view {
        LeadsView::List => html! {
            <>
                <SamplesNote store={props.store.clone()} book={props.book.clone()}
                    settings={props.settings.clone()} {lang} />
                <LeadList book={props.book.clone()} {lang} onopen={props.onview.reform(LeadsView::Lead)} />
            </>
        },
        LeadsView::New(id) | LeadsView::Lead(id) => html! {
            <LeadPage key={id.clone()} store={props.store.clone()} book={props.book.clone()}
                settings={props.settings.clone()} {lang} id={id.clone()}
                is_new={matches!(props.view, LeadsView::New(_))}
                onsaved={props.onview.reform(LeadsView::Lead)} onflow={props.onflow.clone()}
                ondeleted={props.onview.reform(|_| LeadsView::List)} />
        },
        LeadsView::Data => html! {
            <DataScreen store={props.store.clone()} book={props.book.clone()}
                settings={props.settings.clone()} {lang} onrestored={props.onrestored.clone()} />
        },
    };
    html! {
        <section class="wc-leads" data-testid="leads">
            <h2>{text(Text::TabLeads)}</h2>
            {nav}
            {body}
        </section>
    }
}

/// The action as a stable, language-independent name for filters and test ids.
pub fn action_slug(action: Action) -> &'static str {
    match action {
        Action::FollowUp => "follow-up",
        Action::SendInformation => "send-information",
        Action::Nurture => "nurture",
        Action::FindDecisionMaker => "find-decision-maker",
        Action::LetGo(_) => "let-go",
        Action::DoNotContact => "do-not-contact",
    }
}

pub fn display_name(lead: &Lead) -> &str {
    if lead.name.trim().is_empty() {
        &lead.company
    } else {
        &lead.name
    }
}
