use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::coach::advice_text::{by_name, name_of, names_of};
use crate::coach::Lang;
use crate::i18n::{t, Text};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Today,
    Leads,
    FollowUp,
    Opener,
    Practice,
    Settings,
}

impl Tab {
    pub const ALL: [Tab; 6] = [
        Tab::Today,
        Tab::Leads,
        Tab::FollowUp,
        Tab::Opener,
        Tab::Practice,
        Tab::Settings,
    ];

    pub fn title(self) -> Text {
        match self {
            Tab::Today => Text::TabToday,
            Tab::Leads => Text::TabLeads,
            Tab::FollowUp => Text::TabFollowUp,
            Tab::Opener => Text::TabOpener,
            Tab::Practice => Text::TabPractice,
            Tab::Settings => Text::TabSettings,
        }
    }

    /// Stable, language-independent name used in element ids and test ids.
    pub fn slug(self) -> &'static str {
        match self {
            Tab::Today => "today",
            Tab::Leads => "leads",
            Tab::FollowUp => "followup",
            Tab::Opener => "opener",
            Tab::Practice => "practice",
            Tab::Settings => "settings",
        }
    }
}

/// A lead's way to a coaching tab, filled from the lead (its id): "Write the follow-up" opens
/// the Follow-up tab, "Prepare the call" the Opener tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlowStart {
    FollowUp(String),
    Prepare(String),
}

/// Which part of the app a widget shows: a course page embeds one coach, the app shows all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Full,
    FollowUp,
    Opener,
    Practice,
    Today,
}

impl Mode {
    const NAMED: [(Mode, &'static str); 5] = [
        (Mode::Full, "full"),
        (Mode::FollowUp, "followup"),
        (Mode::Opener, "opener"),
        (Mode::Practice, "practice"),
        (Mode::Today, "today"),
    ];

    pub fn name(self) -> &'static str {
        name_of(&Self::NAMED, self)
    }

    /// The accepted `data-mode` values, for the error that names them.
    pub fn names() -> String {
        names_of(&Self::NAMED)
    }

    pub fn from_name(name: &str) -> Option<Mode> {
        by_name(&Self::NAMED, name)
    }

    /// The tabs of this mode, the first one open. Today links to the lead pages, and its
    /// advice depends on the working hours, so it keeps the Leads and Settings tabs.
    pub fn tabs(self) -> &'static [Tab] {
        match self {
            Mode::Full => &Tab::ALL,
            Mode::FollowUp => &[Tab::FollowUp],
            Mode::Opener => &[Tab::Opener],
            Mode::Practice => &[Tab::Practice],
            Mode::Today => &[Tab::Today, Tab::Leads, Tab::Settings],
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TabBarProps {
    pub tabs: &'static [Tab],
    pub selected: Tab,
    pub lang: Lang,
    pub id_prefix: String,
    pub onselect: Callback<Tab>,
}

/// The WAI-ARIA tabs pattern: one tab stop for the whole bar, arrow keys move between tabs,
/// Home and End jump to the ends.
#[component]
pub fn TabBar(props: &TabBarProps) -> Html {
    let tabs = props.tabs;
    let position = tabs.iter().position(|t| *t == props.selected).unwrap_or(0);
    let onkeydown = {
        let onselect = props.onselect.clone();
        let id_prefix = props.id_prefix.clone();
        Callback::from(move |event: KeyboardEvent| {
            let last = tabs.len() - 1;
            let target = match event.key().as_str() {
                "ArrowRight" => Some(if position == last { 0 } else { position + 1 }),
                "ArrowLeft" => Some(if position == 0 { last } else { position - 1 }),
                "Home" => Some(0),
                "End" => Some(last),
                _ => None,
            };
            if let Some(index) = target {
                event.prevent_default();
                let tab = tabs[index];
                onselect.emit(tab);
                // Looked up from the tab list, not the document: the widget lives in a shadow
                // root, which `getElementById` does not search.
                if let Some(list) = event
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                {
                    focus_tab(&list, &format!("{id_prefix}-tab-{}", tab.slug()));
                }
            }
        })
    };
    html! {
        <nav class="wc-tabs" aria-label={t(props.lang, Text::MainNav)}>
            <div role="tablist" {onkeydown}>
                { for tabs.iter().map(|&tab| {
                    let selected = tab == props.selected;
                    let onclick = props.onselect.reform(move |_| tab);
                    html! {
                        <button type="button" role="tab" class="wc-tab"
                            id={format!("{}-tab-{}", props.id_prefix, tab.slug())}
                            data-testid={format!("tab-{}", tab.slug())}
                            aria-selected={selected.to_string()}
                            aria-controls={format!("{}-panel", props.id_prefix)}
                            tabindex={if selected { "0" } else { "-1" }}
                            {onclick}>
                            {t(props.lang, tab.title())}
                        </button>
                    }
                }) }
            </div>
        </nav>
    }
}

fn focus_tab(list: &web_sys::Element, id: &str) {
    let element = list
        .query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
