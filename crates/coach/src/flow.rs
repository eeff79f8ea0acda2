//! One flow from a lead to the coaching tabs and back: what the Follow-up and Opener tabs are
//! filled with when the rep starts from a lead, and what the Opener tab saves back to it. The
//! rep should never retype what the lead's log already holds (F1, F2).

use chrono::NaiveDate;

use super::detect::writing_lang;
use super::lead::{Contact, Lead, LeadPrep, Outcome};
use super::opener::PrepInput;
use super::schedule::{DealSize, Stage};
use super::Lang;

/// The Follow-up tab's fields, filled from the lead's last reached conversation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FollowUpFill {
    /// The lead's language; `None` when its log does not say, so the tab detects as usual.
    pub lang: Option<Lang>,
    pub contact_name: String,
    pub topic: String,
    pub promised_action: String,
    pub due_date: Option<NaiveDate>,
    /// When the customer wants to be contacted, in their words (F6, T5).
    pub customer_time: String,
    pub stage: Stage,
    pub thinking_it_over: bool,
    pub large_deal: bool,
}

/// The Opener tab's prep and opener for a first call to the lead.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpenerFill {
    pub prep: PrepInput,
    pub opener: String,
}

/// The last contact in which the rep spoke with the customer; of equal times the last logged,
/// as the advisor reads a log sorted stably by time.
pub fn last_conversation(lead: &Lead) -> Option<&Contact> {
    lead.log
        .iter()
        .filter(|contact| contact.reached)
        .max_by_key(|contact| contact.at)
}

/// The language the rep and the customer speak, read from what the rep wrote down: the last
/// conversation first, since a lead can change hands or language, then the whole log and the
/// notes. `None` when that is too little or mixed, rather than a guess.
pub fn lead_lang(lead: &Lead) -> Option<Lang> {
    let settled = |fields: &[&str]| writing_lang(None, fields, Lang::En).settled();
    let last =
        last_conversation(lead).and_then(|c| settled(&[c.discussed.as_str(), c.promised.as_str()]));
    last.or_else(|| {
        let mut fields: Vec<&str> = lead
            .log
            .iter()
            .flat_map(|c| [c.discussed.as_str(), c.promised.as_str()])
            .collect();
        fields.push(&lead.notes);
        if let Some(prep) = &lead.prep {
            fields.extend([prep.hook.as_str(), prep.need.as_str(), prep.reason.as_str()]);
        }
        settled(&fields)
    })
}

/// "Write the follow-up": the Follow-up tab filled from the last conversation. A lead still
/// marked as a first contact has had a conversation once one is logged, so the follow-up is
/// written as in dialogue.
pub fn follow_up_fill(lead: &Lead) -> FollowUpFill {
    let last = last_conversation(lead);
    let stage = match lead.stage {
        Stage::FirstContact if last.is_some() => Stage::InDialogue,
        stage => stage,
    };
    FollowUpFill {
        lang: lead_lang(lead),
        contact_name: lead.name.trim().to_owned(),
        topic: last
            .map(|c| c.discussed.trim().to_owned())
            .unwrap_or_default(),
        promised_action: last
            .map(|c| c.promised.trim().to_owned())
            .unwrap_or_default(),
        due_date: last.and_then(|c| c.promised_by),
        customer_time: lead.customer_wishes.time.trim().to_owned(),
        stage,
        thinking_it_over: last.is_some_and(|c| c.outcome == Some(Outcome::NeedsToThink)),
        large_deal: lead.deal_size == DealSize::Large,
    }
}

/// "Prepare the call": the Opener tab filled for a first call, from who the lead is and the
/// prep saved to it before, if any.
pub fn opener_fill(lead: &Lead) -> OpenerFill {
    let saved = lead.prep.clone().unwrap_or_default();
    OpenerFill {
        prep: PrepInput {
            lang: saved.lang.or_else(|| lead_lang(lead)),
            contact_name: lead.name.trim().to_owned(),
            role: lead.role.trim().to_owned(),
            company: lead.company.trim().to_owned(),
            hook: saved.hook,
            need: saved.need,
            reason: saved.reason,
            mutual_contact: saved.mutual_contact,
            formal: saved.formal,
        },
        opener: saved.opener,
    }
}

/// The opener the rep saved with the lead's prep, for the prep card of a first call; once they
/// have spoken, the card opens with the thread instead (F2).
pub fn saved_opener(lead: &Lead) -> Option<&str> {
    if last_conversation(lead).is_some() {
        return None;
    }
    lead.prep
        .as_ref()
        .map(|prep| prep.opener.trim())
        .filter(|opener| !opener.is_empty())
}

/// What `Save to <lead>` keeps of the Opener tab: the prep, not who the lead is, which the lead
/// already holds and the rep edits on its page.
pub fn lead_prep(prep: &PrepInput, opener: &str) -> LeadPrep {
    LeadPrep {
        hook: prep.hook.trim().to_owned(),
        need: prep.need.trim().to_owned(),
        reason: prep.reason.trim().to_owned(),
        mutual_contact: prep.mutual_contact.trim().to_owned(),
        opener: opener.trim().to_owned(),
        lang: prep.lang,
        formal: prep.formal,
    }
}

/// The gaps the coach left for the rep to fill, such as "[what you found out about them]": a
/// line with one is not ready to be said or sent.
pub fn gaps(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open..];
        match after.find(']') {
            Some(close) => {
                found.push(&after[..=close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    found
}

/// What the daily goal counts a prepared call by when the Opener tab was not opened from a lead:
/// the person and company prepared for, whatever the case, so that reopening the card for them
/// counts once (W1).
pub fn unlinked_prep_key(prep: &PrepInput) -> String {
    format!(
        "opener:{}|{}",
        super::text::lowercase(prep.contact_name.trim()),
        super::text::lowercase(prep.company.trim())
    )
}
