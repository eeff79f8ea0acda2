//! The lead list as a rep works from it: each lead reduced to the columns a CRM's list shows
//! (next action, due, last contact, attempts, stage) and ordered by when to act.
//!
//! The default order puts what is late first, then what is due today, then the rest by date; a
//! lead to let go or not to contact has nothing to do and goes last (L1–L7). A rep can sort by
//! any column instead; ties then keep the when-to-act order, and after that the list's own order,
//! so a click on a header never shuffles equal rows.

use std::cmp::Ordering;

use chrono::NaiveDateTime;

use super::advisor::{Action, Advice};
use super::lead::Lead;
use super::schedule::Stage;
use super::text::lowercase;

/// How soon a lead needs the rep, in the order the list shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    Overdue,
    DueToday,
    Later,
    LetGo,
    DoNotContact,
}

/// One lead as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkRow {
    pub urgency: Urgency,
    pub action: Action,
    pub due: Option<NaiveDateTime>,
    pub last_contact: Option<NaiveDateTime>,
    /// Unanswered attempts since the person was last reached: what the stop rule counts (L1).
    pub attempts: usize,
    pub stage: Stage,
    /// Lowercased, for sorting by name whatever the case.
    name: String,
}

impl WorkRow {
    pub fn new(lead: &Lead, advice: &Advice, now: NaiveDateTime) -> Self {
        let mut times: Vec<(NaiveDateTime, bool)> =
            lead.log.iter().map(|c| (c.at, c.reached)).collect();
        times.sort_by_key(|(at, _)| *at);
        let attempts = times
            .iter()
            .rev()
            .take_while(|(_, reached)| !reached)
            .count();
        let name = if lead.name.trim().is_empty() {
            &lead.company
        } else {
            &lead.name
        };
        WorkRow {
            urgency: urgency(lead, advice, now),
            action: advice.action,
            due: advice.due,
            last_contact: times.last().map(|(at, _)| *at),
            attempts,
            stage: lead.stage,
            name: lowercase(name.trim()),
        }
    }
}

fn urgency(lead: &Lead, advice: &Advice, now: NaiveDateTime) -> Urgency {
    let end_of_day = now.date().and_hms_opt(23, 59, 59).unwrap_or(now);
    match (advice.action, advice.due) {
        (Action::DoNotContact, _) => Urgency::DoNotContact,
        (Action::LetGo(_), _) => Urgency::LetGo,
        // Finding the decision maker has no day of its own: it is today's work, as on Today.
        (Action::FindDecisionMaker, None) => Urgency::DueToday,
        // A first call is due once prepared and is never late: nobody was kept waiting.
        (_, Some(due)) if due < now && !lead.log.is_empty() => Urgency::Overdue,
        (_, Some(due)) if due <= end_of_day => Urgency::DueToday,
        _ => Urgency::Later,
    }
}

/// The columns the list can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum SortKey {
    #[default]
    WhenToAct,
    Name,
    NextAction,
    Due,
    LastContact,
    Attempts,
    Stage,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Direction {
    #[default]
    Ascending,
    Descending,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Sort {
    pub key: SortKey,
    pub direction: Direction,
}

impl Sort {
    /// A click on a column's header: the same column turns around, another starts ascending.
    pub fn toggled(self, key: SortKey) -> Sort {
        let direction = match (self.key == key, self.direction) {
            (true, Direction::Ascending) => Direction::Descending,
            _ => Direction::Ascending,
        };
        Sort { key, direction }
    }

    /// The direction of `key` if the list is sorted by it.
    pub fn direction_of(self, key: SortKey) -> Option<Direction> {
        (self.key == key).then_some(self.direction)
    }
}

/// The positions of `rows` in the order `sort` gives.
pub fn sorted(rows: &[WorkRow], sort: Sort) -> Vec<usize> {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    // `sort_by` is stable: rows equal under both keys keep the list's order.
    order.sort_by(|&a, &b| {
        let (a, b) = (&rows[a], &rows[b]);
        let by_key = compare(a, b, sort.key);
        let by_key = match sort.direction {
            Direction::Ascending => by_key,
            Direction::Descending => by_key.reverse(),
        };
        // An empty cell sorts after every value in both directions, as in a spreadsheet, so
        // turning the column around does not bury the rows that have a date.
        is_blank(a, sort.key)
            .cmp(&is_blank(b, sort.key))
            .then(by_key)
            .then_with(|| when_to_act(a, b))
    });
    order
}

fn compare(a: &WorkRow, b: &WorkRow, key: SortKey) -> Ordering {
    match key {
        SortKey::WhenToAct => when_to_act(a, b),
        SortKey::Name => a.name.cmp(&b.name),
        SortKey::NextAction => action_rank(a.action).cmp(&action_rank(b.action)),
        SortKey::Due => a.due.cmp(&b.due),
        SortKey::LastContact => a.last_contact.cmp(&b.last_contact),
        SortKey::Attempts => a.attempts.cmp(&b.attempts),
        SortKey::Stage => stage_rank(a.stage).cmp(&stage_rank(b.stage)),
    }
}

fn when_to_act(a: &WorkRow, b: &WorkRow) -> Ordering {
    a.urgency
        .cmp(&b.urgency)
        .then_with(|| blanks_last(a.due, b.due))
}

fn is_blank(row: &WorkRow, key: SortKey) -> bool {
    match key {
        SortKey::Due => row.due.is_none(),
        SortKey::LastContact => row.last_contact.is_none(),
        _ => false,
    }
}

fn blanks_last<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn action_rank(action: Action) -> u8 {
    match action {
        // Sending what the customer asked for is the most pressing thing to do with a lead.
        Action::SendInformation => 0,
        Action::FollowUp => 1,
        Action::Nurture => 2,
        Action::FindDecisionMaker => 3,
        Action::LetGo(_) => 4,
        Action::DoNotContact => 5,
    }
}

/// The pipeline's order, from first contact to a closing attempt.
fn stage_rank(stage: Stage) -> u8 {
    match stage {
        Stage::FirstContact => 0,
        Stage::InDialogue => 1,
        Stage::OfferOut => 2,
        Stage::ClosingAttempted => 3,
    }
}
