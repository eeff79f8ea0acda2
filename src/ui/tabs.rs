use wasm_bindgen::JsCast;
use yew::prelude::*;

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

#[derive(Properties, PartialEq)]
pub struct TabBarProps {
    pub selected: Tab,
    pub lang: Lang,
    pub id_prefix: String,
    pub onselect: Callback<Tab>,
}

/// The WAI-ARIA tabs pattern: one tab stop for the whole bar, arrow keys move between tabs,
/// Home and End jump to the ends.
#[component]
pub fn TabBar(props: &TabBarProps) -> Html {
    let position = Tab::ALL
        .iter()
        .position(|t| *t == props.selected)
        .unwrap_or(0);
    let onkeydown = {
        let onselect = props.onselect.clone();
        let id_prefix = props.id_prefix.clone();
        Callback::from(move |event: KeyboardEvent| {
            let last = Tab::ALL.len() - 1;
            let target = match event.key().as_str() {
                "ArrowRight" => Some(if position == last { 0 } else { position + 1 }),
                "ArrowLeft" => Some(if position == 0 { last } else { position - 1 }),
                "Home" => Some(0),
                "End" => Some(last),
                _ => None,
            };
            if let Some(index) = target {
                event.prevent_default();
                let tab = Tab::ALL[index];
                onselect.emit(tab);
                focus_element(&format!("{id_prefix}-tab-{}", tab.slug()));
            }
        })
    };
    html! {
        <nav class="wc-tabs" aria-label={t(props.lang, Text::MainNav)}>
            <div role="tablist" {onkeydown}>
                { for Tab::ALL.iter().map(|&tab| {
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

fn focus_element(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
