//! From a lead to the coaching tabs: "Write the follow-up" and "Prepare the call" fill the
//! Follow-up or Opener tab from the lead ([`crate::coach::flow`]) and open it.

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::followup::{FollowUpDraft, FOLLOW_UP_KEYS};
use super::leads::display_name;
use super::opener::{OpenerDraft, OPENER_KEYS};
use super::put_aside::fill_draft;
use super::tabs::FlowStart;
use super::AppStore;
use crate::coach::flow::{follow_up_fill, last_conversation, opener_fill};
use crate::coach::lead::Lead;
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::SaveError;

/// The Follow-up tab's draft for `lead`, written at once: the rep came to copy or say it.
pub fn follow_up_draft(
    lead: &Lead,
    ui_lang: Lang,
    settings: &Settings,
    now: NaiveDateTime,
) -> FollowUpDraft {
    let fill = follow_up_fill(lead);
    let mut draft = FollowUpDraft {
        lang: fill.lang,
        contact_name: fill.contact_name,
        topic: fill.topic,
        promised_action: fill.promised_action,
        due_date: fill.due_date.map(|day| day.to_string()).unwrap_or_default(),
        customer_time: fill.customer_time,
        stage: fill.stage,
        thinking_it_over: fill.thinking_it_over,
        large_deal: fill.large_deal,
        filled_from: display_name(lead).to_owned(),
        ..FollowUpDraft::default()
    };
    draft.write(ui_lang, settings, now);
    draft
}

pub fn opener_draft(lead: &Lead) -> OpenerDraft {
    let fill = opener_fill(lead);
    OpenerDraft {
        openers_written: !fill.opener.is_empty(),
        prep: fill.prep,
        chosen: fill.opener,
        lead_id: Some(lead.id.clone()),
        lead_name: display_name(lead).to_owned(),
        ..OpenerDraft::default()
    }
}

/// Fills the tab `start` names from `lead`; an error leaves the tab's draft as it was.
pub fn fill_tab(
    store: &AppStore,
    start: &FlowStart,
    lead: &Lead,
    ui_lang: Lang,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<(), SaveError> {
    match start {
        FlowStart::FollowUp(_) => fill_draft(
            store,
            &FOLLOW_UP_KEYS,
            &follow_up_draft(lead, ui_lang, settings, now),
            |a, b| a.same_conversation(b),
        ),
        FlowStart::Prepare(_) => {
            fill_draft(store, &OPENER_KEYS, &opener_draft(lead), |a, b| a == b)
        }
    }
}

/// The way from a lead to its next text: the follow-up once a conversation is logged, the first
/// call's preparation before that.
pub fn flow_button(lead: &Lead, lang: Lang, onstart: &Option<Callback<FlowStart>>) -> Html {
    let Some(onstart) = onstart else {
        return Html::default();
    };
    let id = lead.id.clone();
    let (start, label, test_id) = if last_conversation(lead).is_some() {
        (
            FlowStart::FollowUp(id),
            Text::WriteFollowUp,
            "write-follow-up",
        )
    } else {
        (FlowStart::Prepare(id), Text::PrepareCall, "prepare-call")
    };
    let name = display_name(lead);
    html! {
        <button type="button" class="wc-button wc-secondary" data-testid={test_id}
            aria-label={format!("{}: {name}", t(lang, label))}
            onclick={onstart.reform(move |_| start.clone())}>{t(lang, label)}</button>
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::coach::lead::Contact;
    use crate::coach::schedule::Stage;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, day)
            .unwrap()
            .and_hms_opt(hour, 0, 0)
            .unwrap()
    }

    fn anna() -> Lead {
        Lead {
            id: "lead-anna".into(),
            name: "Anna Berg".into(),
            company: "Nordfrakt AB".into(),
            stage: Stage::FirstContact,
            log: vec![Contact {
                at: at(1, 10),
                reached: true,
                discussed: "den nya prislistan".into(),
                promised: "stämma av budgeten med styrelsen".into(),
                promised_by: NaiveDate::from_ymd_opt(2026, 12, 4),
                ..Contact::default()
            }],
            ..Lead::default()
        }
    }

    #[test]
    fn the_follow_up_is_written_at_once_in_the_leads_language() {
        let draft = follow_up_draft(&anna(), Lang::En, &Settings::default(), at(2, 10));
        assert_eq!(draft.lang, Some(Lang::Sv));
        assert_eq!(draft.due_date, "2026-12-04");
        assert_eq!(draft.stage, Stage::InDialogue);
        assert_eq!(draft.filled_from, "Anna Berg");
        assert!(
            draft.opener.contains("Anna") && draft.opener.contains("prislistan"),
            "{}",
            draft.opener
        );
        assert!(!draft.opener.contains("talked"), "{}", draft.opener);
        assert!(draft.proposal.is_some() && !draft.next_step.is_empty());
    }

    #[test]
    fn the_opener_tab_knows_the_lead_it_can_save_to() {
        let draft = opener_draft(&Lead {
            log: Vec::new(),
            ..anna()
        });
        assert_eq!(draft.lead_id.as_deref(), Some("lead-anna"));
        assert_eq!(draft.lead_name, "Anna Berg");
        assert_eq!(draft.prep.company, "Nordfrakt AB");
        assert!(!draft.openers_written && !draft.card_shown);
    }
}
