//! The lead advisor: what to do next with one lead, and which mistakes its log shows.
//!
//! [`advise`] reads a [`Lead`], the rep's [`Settings`] and `now` (the rep's local time) and
//! returns an [`Advice`]: an action, for a contact a due time and channel, the rule ids behind
//! it, the mistake ids found in the log, and the facts as data ([`Reason`]) for the interface to
//! word in the rep's language. Timing is never computed here: every date comes from
//! [`next_contact`], so the advisor and the Follow-up tab cannot disagree about T1–T5.
//!
//! # Precedence
//!
//! The first row that matches decides; a row further down is never consulted. Stopping comes
//! before chasing because a wrong follow-up costs the customer's goodwill, a wrong stop only a
//! lead.
//!
//! | # | Condition                                                            | Action               | Rule |
//! |---|----------------------------------------------------------------------|----------------------|------|
//! | 1 | `do_not_contact` is set                                              | `DoNotContact`       | L7   |
//! | 2 | `poor_fit`                                                           | `LetGo(NotAGoodSale)`| L6   |
//! | 3 | `need_confirmed == Some(false)`, or the last reached contact ended `NotInterested` | `LetGo(NotQualified)` | L3 |
//! | 4 | volume product (the lead's, else the settings') and a new rep, once there is a contact | `LetGo(VolumeProductNewRep)` | L2 |
//! | 5 | unanswered attempts since the last reached contact ≥ the source's stop rule | `LetGo(StopRule)` | L1 |
//! | 6 | `decision_maker == Some(false)` and ≥ 2 reached contacts, or the last reached contact ended `WrongPerson` | `FindDecisionMaker` | L4 |
//! | 7 | need confirmed, and not ready (below)                                | `Nurture` by email   | L5   |
//! | 8 | the last reached contact ended `SendInformation` and no email went out since | `SendInformation` now, then the follow-up | S3, T1–T5 |
//! | 9 | the last contact was an unanswered call, and the last conversation did not end `SendInformation` | `FollowUp`, retry cadence | L1 |
//! | 10 | otherwise                                                           | `FollowUp`           | T1–T5, F5, F6 |
//!
//! Row 8 (S3): "send me information" asks for an email, not a call; the information goes out by
//! the end of that working day, by the customer's wished channel or else by email, and the
//! follow-up ([`Advice::follow_up`]) comes when the timing rules say, once they have had time to
//! read it. An email logged after that conversation counts as the information sent.
//!
//! Row 9 (L1): nobody was spoken to, so the timing rules (which give a customer time to think)
//! do not apply: the retry is the next working day, or the one after from the second attempt in
//! a row, at the other half of the working day ([`retry_after_no_answer`]).
//!
//! L2 waits for a first contact because the first call is not a callback. L1 counts `Inbound`
//! against `inbound_attempts` and every other source against `cold_attempts`.
//!
//! *Not ready* (L5): the buying timing, read like a customer's time, lies beyond
//! [`FAR_BEYOND_RULES_DAYS`](super::schedule::FAR_BEYOND_RULES_DAYS) (about six weeks: further
//! out than a follow-up could sensibly bridge), or the last two or more reached contacts all
//! ended `SendInformation` or `NeedsToThink` without progress. One "I need to think" is T2's
//! case for a quick call; the second in a row means chasing has stopped working. Nurture is an
//! email every four weeks after the last contact, on a weekday in working hours.
//!
//! A follow-up's day and time count from the last contact, not from `now`, so a follow-up the
//! rep missed shows as overdue instead of moving on every day: an `agreed_next` in the last
//! reached contact is the customer's own time (kept when it has passed: a missed promise, F6);
//! otherwise the customer's wished time in their words; then a promised date; then the timing
//! rules (all inside [`next_contact`]). A lead with nothing logged is due at the first moment in
//! working hours, or at the customer's own time: the first call waits only for its preparation
//! (W1). The channel is the customer's wish (F5), else a call.
//!
//! # Mistakes and signals
//!
//! *Progress* in a contact: the customer booked a meeting, or promised something they had not
//! promised in the previous reached contact. An *attempt* is an unreached call or meeting: no
//! message got through, so it is L1's business, not a mistake's.
//!
//! - **M1**: the last three or more contacts, attempts skipped, brought nothing new and no
//!   progress: reminders hoping for a yes.
//! - **M5**: two or more reached contacts with a known non-decider.
//! - **M6**: five or more contacts in the last 14 days, attempts not counted (six tries to
//!   reach an inbound lead are L1's advice, not busy work), none with progress: busy work.
//!   **M4** on top when none of them brought anything new either: contacts for the count.
//! - Signals, reported as **M7** (missing the customer's signals) plus the signal's id:
//!   - **S3**: a call or meeting within 24 hours after a reached contact that ended
//!     `SendInformation`, unless that contact agreed it.
//!   - **S2**: a meeting right after a reached contact that neither booked it nor agreed a next
//!     contact, for a customer who did not ask for meetings: a friendly voice read as an
//!     invitation.
//!   - **S1**: a closing attempt while the need was never confirmed, after the customer had been
//!     reached: interest read as a deal in the bag.

use chrono::{Days, NaiveDateTime, TimeDelta, Timelike};
use serde::{Deserialize, Serialize};

use super::lead::{option_date_time, Channel, Contact, DoNotContact, Lead, Outcome, Source};
use super::schedule::{
    first_working_moment, iso_serde, next_contact, parse_customer_time, retry_after_no_answer,
    send_by, without_repeats, CustomerTime, DayBasis, DayWish, LastOutcome, Proposal,
    ScheduleInput, Stage, TimeWish,
};
use super::settings::{Experience, ProductKind, Settings};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Advice {
    pub action: Action,
    /// When to make the contact; only for `FollowUp` and `Nurture`. Counted from the last
    /// contact, so it is before `now` when the contact is overdue.
    #[serde(with = "option_date_time")]
    pub due: Option<NaiveDateTime>,
    pub channel: Option<Channel>,
    /// For `SendInformation`: when to follow up once the customer has had time to read it.
    #[serde(with = "option_date_time", skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<NaiveDateTime>,
    /// The rules that decided the action, the deciding one first.
    pub rules: Vec<&'static str>,
    /// Mistake and signal ids found in the log, in id order.
    pub mistakes: Vec<&'static str>,
    /// The facts behind `rules` first, then those behind `mistakes`.
    pub reasons: Vec<Reason>,
}

impl Advice {
    /// When the lead is to be acted on if that is by the end of `now`'s day: follow-ups and
    /// nurture emails due (overdue ones too), and a decision maker to find, which has no day and
    /// comes after the day's timed contacts. `None` for leads let go, not to be contacted, or
    /// due later.
    pub fn due_today(&self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        let end_of_day = now.date().and_hms_opt(23, 59, 59).unwrap_or(now);
        match self.action {
            Action::FollowUp | Action::Nurture | Action::SendInformation => {
                self.due.filter(|due| *due <= end_of_day)
            }
            Action::FindDecisionMaker => Some(self.due.unwrap_or(end_of_day)),
            Action::LetGo(_) | Action::DoNotContact => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    FollowUp,
    /// S3: the customer asked for information; send it first, follow up later.
    SendInformation,
    Nurture,
    FindDecisionMaker,
    LetGo(LetGoReason),
    DoNotContact,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LetGoReason {
    StopRule,
    VolumeProductNewRep,
    NotQualified,
    NotAGoodSale,
}

/// Which timing rule decides a follow-up's day when the customer named none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimingCase {
    /// T1: a conversation under way.
    UnderWay,
    /// T2: thinking it over after an offer or a closing attempt.
    ThinkingItOver,
    /// T3: early in the process.
    EarlyStage,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase"
)]
pub enum Reason {
    DoNotContact {
        why: DoNotContact,
    },
    PoorFit,
    NoNeed,
    SaidNotInterested,
    VolumeProductNewRep,
    UnansweredAttempts {
        count: usize,
        limit: u8,
    },
    NotTheDecisionMaker {
        reached_contacts: usize,
    },
    WrongPerson,
    /// The buying timing works out to this day, too far for follow-ups.
    BuyingLater {
        #[serde(with = "iso_serde::date_time")]
        at: NaiveDateTime,
    },
    StalledOutcomes {
        count: usize,
    },
    DayDecidedBy {
        basis: DayBasis,
    },
    /// The customer set no day, so the timing rule for where the deal stands did (T1–T4).
    TimingRule {
        case: TimingCase,
        large_deal: bool,
    },
    AgreedNextContact {
        #[serde(with = "iso_serde::date_time")]
        at: NaiveDateTime,
    },
    /// T5: the customer's time, kept for the rep to negotiate a nearer one (F4).
    CustomerTimeTooFar {
        #[serde(with = "iso_serde::date_time")]
        wished: NaiveDateTime,
    },
    CustomerChannel {
        channel: Channel,
    },
    OutsideWorkingHours,
    NothingNew {
        contacts: usize,
    },
    ActivityWithoutProgress {
        contacts: usize,
        days: u8,
        with_new_information: usize,
    },
    CalledSoonAfterSendInformation {
        hours: i64,
    },
    MeetingNotAgreed {
        #[serde(with = "iso_serde::date_time")]
        at: NaiveDateTime,
    },
    ClosingWithoutConfirmedNeed,
    /// Nothing is logged yet: the first call is due as soon as the rep has prepared it.
    NoContactYet,
    /// L1: only unanswered attempts since the last conversation (or ever): a retry at another
    /// time of day, not a follow-up.
    NotReachedYet {
        attempts: usize,
        limit: u8,
    },
    /// S3: the customer asked for information; the follow-up comes after they have read it.
    SendInformationFirst {
        #[serde(with = "iso_serde::date_time")]
        follow_up: NaiveDateTime,
    },
}

/// L4 and M5: one conversation with a non-decider is normal, the second is the pattern.
const SEVERAL_CONTACTS: usize = 2;
const NURTURE_DAYS: u64 = 28;
const M1_STREAK: usize = 3;
const BUSY_CONTACTS: usize = 5;
const BUSY_DAYS: u8 = 14;
const STALLED_CONTACTS: usize = 2;
const EAGER_HOURS: i64 = 24;

pub fn advise(lead: &Lead, settings: &Settings, now: NaiveDateTime) -> Advice {
    let mut log: Vec<&Contact> = lead.log.iter().collect();
    log.sort_by_key(|contact| contact.at);
    let history = History::new(log);

    let decision = decide(lead, settings, &history, now);
    let (mistakes, mistake_reasons) = detect_mistakes(lead, &history, now);
    let mut reasons = decision.reasons;
    for reason in mistake_reasons {
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    Advice {
        action: decision.action,
        due: decision.due,
        channel: decision.channel,
        follow_up: decision.follow_up,
        rules: without_repeats(decision.rules),
        mistakes,
        reasons,
    }
}

/// The log in time order, with what the advisor asks of it worked out once.
struct History<'a> {
    log: Vec<&'a Contact>,
    progress: Vec<bool>,
}

impl<'a> History<'a> {
    fn new(log: Vec<&'a Contact>) -> Self {
        let mut progress = Vec::with_capacity(log.len());
        let mut last_promise = "";
        for contact in &log {
            let promise = contact.promised.trim();
            let moved = contact.reached
                && (contact.outcome == Some(Outcome::BookedMeeting)
                    || (!promise.is_empty() && promise != last_promise));
            if contact.reached {
                last_promise = promise;
            }
            progress.push(moved);
        }
        History { log, progress }
    }

    fn last_reached(&self) -> Option<&'a Contact> {
        self.log.iter().rev().find(|c| c.reached).copied()
    }

    fn reached_count(&self) -> usize {
        self.log.iter().filter(|c| c.reached).count()
    }

    fn with_progress(&self) -> impl DoubleEndedIterator<Item = (&'a Contact, bool)> + '_ {
        self.log.iter().copied().zip(self.progress.iter().copied())
    }
}

/// No message got through, so nothing could have been new or asked for.
fn is_attempt(contact: &Contact) -> bool {
    !contact.reached && contact.channel != Channel::Email
}

struct Decision {
    action: Action,
    due: Option<NaiveDateTime>,
    channel: Option<Channel>,
    follow_up: Option<NaiveDateTime>,
    rules: Vec<&'static str>,
    reasons: Vec<Reason>,
}

impl Decision {
    fn stop(action: Action, rule: &'static str, reason: Reason) -> Self {
        Decision {
            action,
            due: None,
            channel: None,
            follow_up: None,
            rules: vec![rule],
            reasons: vec![reason],
        }
    }
}

fn decide(lead: &Lead, settings: &Settings, history: &History, now: NaiveDateTime) -> Decision {
    use LetGoReason::*;
    if let Some(why) = lead.do_not_contact {
        return Decision::stop(Action::DoNotContact, "L7", Reason::DoNotContact { why });
    }
    if lead.poor_fit {
        return Decision::stop(Action::LetGo(NotAGoodSale), "L6", Reason::PoorFit);
    }
    let last_outcome = history.last_reached().and_then(|c| c.outcome);
    if lead.qualification.need_confirmed == Some(false) {
        return Decision::stop(Action::LetGo(NotQualified), "L3", Reason::NoNeed);
    }
    if last_outcome == Some(Outcome::NotInterested) {
        return Decision::stop(Action::LetGo(NotQualified), "L3", Reason::SaidNotInterested);
    }
    let product = lead.product.unwrap_or(settings.product);
    if product == ProductKind::Volume
        && settings.experience == Experience::New
        && !history.log.is_empty()
    {
        return Decision::stop(
            Action::LetGo(VolumeProductNewRep),
            "L2",
            Reason::VolumeProductNewRep,
        );
    }
    let unanswered = history.log.iter().rev().take_while(|c| !c.reached).count();
    let limit = match lead.source {
        Source::Inbound => settings.stop_rule.inbound_attempts,
        Source::Cold | Source::EventOrNetwork | Source::Referral => {
            settings.stop_rule.cold_attempts
        }
    }
    // A limit of zero from a hand-edited setting would let every lead go untried.
    .max(1);
    if unanswered >= usize::from(limit) {
        return Decision::stop(
            Action::LetGo(StopRule),
            "L1",
            Reason::UnansweredAttempts {
                count: unanswered,
                limit,
            },
        );
    }
    let reached = history.reached_count();
    if lead.qualification.decision_maker == Some(false) && reached >= SEVERAL_CONTACTS {
        return Decision::stop(
            Action::FindDecisionMaker,
            "L4",
            Reason::NotTheDecisionMaker {
                reached_contacts: reached,
            },
        );
    }
    if last_outcome == Some(Outcome::WrongPerson) {
        return Decision::stop(Action::FindDecisionMaker, "L4", Reason::WrongPerson);
    }
    if lead.qualification.need_confirmed == Some(true) {
        if let Some(reason) = not_ready(lead, settings, history, now) {
            return nurture(lead, settings, history, now, reason);
        }
    }
    if let Some(asked) = information_to_send(history) {
        return send_information(lead, settings, history, now, asked);
    }
    // An email without a reply is a message sent, not a try to reach someone; a meeting nobody
    // came to is a different miss (S2 asks whether it was ever agreed), so the cadence of
    // "try another time of day" is for calls.
    let attempts = history
        .log
        .iter()
        .rev()
        .take_while(|c| !c.reached && c.channel == Channel::Call)
        .count();
    // After "send me information" the customer is reading (S3): a call that went unanswered
    // meanwhile does not make the follow-up due any sooner.
    if attempts > 0 && last_outcome != Some(Outcome::SendInformation) {
        let tries = Tries {
            in_a_row: attempts,
            unanswered,
            limit,
        };
        return retry(lead, settings, history, tries);
    }
    follow_up(lead, settings, history, now)
}

/// The conversation in which the customer asked for information, while nothing has been
/// emailed since.
fn information_to_send<'a>(history: &History<'a>) -> Option<&'a Contact> {
    let asked = history
        .last_reached()
        .filter(|c| c.outcome == Some(Outcome::SendInformation))?;
    let sent_since = history
        .log
        .iter()
        .any(|c| c.at > asked.at && c.channel == Channel::Email);
    (!sent_since).then_some(asked)
}

fn send_information(
    lead: &Lead,
    settings: &Settings,
    history: &History,
    now: NaiveDateTime,
    asked: &Contact,
) -> Decision {
    let later = follow_up(lead, settings, history, now);
    let follow_up_at = later.due.unwrap_or(asked.at);
    let mut rules = vec!["S3"];
    rules.extend(later.rules.iter().filter(|rule| **rule != "F5"));
    let mut reasons = vec![Reason::SendInformationFirst {
        follow_up: follow_up_at,
    }];
    // The day's basis is said by the reason above; the rest (an agreed time, their hours) holds.
    reasons.extend(later.reasons.into_iter().filter(|reason| {
        !matches!(
            reason,
            Reason::DayDecidedBy { .. }
                | Reason::TimingRule { .. }
                | Reason::CustomerChannel { .. }
        )
    }));
    // Information goes out in writing: a customer who prefers calls or meetings still gets it
    // by email, and the follow-up (above) keeps the channel they wished for.
    if lead.customer_wishes.channel == Some(Channel::Email) {
        rules.push("F5");
        reasons.push(Reason::CustomerChannel {
            channel: Channel::Email,
        });
    }
    let channel = Channel::Email;
    Decision {
        action: Action::SendInformation,
        // From the last contact: an unanswered call since does not make the email less due.
        due: Some(send_by(last_contact_or(history, asked.at), settings)),
        channel: Some(channel),
        follow_up: Some(follow_up_at),
        rules,
        reasons,
    }
}

/// Unanswered tries at the end of the log: calls for the cadence, every unanswered contact
/// (emails and meetings too) for the stop rule, which the reason quotes.
struct Tries {
    in_a_row: usize,
    unanswered: usize,
    limit: u8,
}

/// L1's retry cadence: the customer has not been reached since the last conversation (or ever).
fn retry(lead: &Lead, settings: &Settings, history: &History, tries: Tries) -> Decision {
    let mut rules = vec!["L1"];
    let mut reasons = vec![Reason::NotReachedYet {
        attempts: tries.unanswered,
        limit: tries.limit,
    }];
    let last_attempt = history.log.last().map_or(NaiveDateTime::MIN, |c| c.at);
    let wished_time = parse_customer_time(&lead.customer_wishes.time).and_then(|time| time.time);
    if wished_time.is_some() {
        rules.push("F6");
    }
    let due = retry_after_no_answer(last_attempt, tries.in_a_row, wished_time, settings);
    let channel = wished_channel(lead, &mut rules, &mut reasons);
    Decision {
        action: Action::FollowUp,
        due: Some(due),
        channel: Some(channel),
        follow_up: None,
        rules,
        reasons,
    }
}

fn not_ready(
    lead: &Lead,
    settings: &Settings,
    history: &History,
    now: NaiveDateTime,
) -> Option<Reason> {
    let buying = lead
        .qualification
        .timing
        .as_deref()
        .and_then(parse_customer_time)
        .map(|time| {
            let input = ScheduleInput {
                customer_time: Some(time),
                ..ScheduleInput::default()
            };
            next_contact(&input, settings, now)
        });
    if let Some(proposal) = buying.filter(|p| p.customer_time_too_far) {
        let at = proposal.customer_time.unwrap_or(proposal.at);
        return Some(Reason::BuyingLater { at });
    }
    let stalled = history
        .with_progress()
        .rev()
        .filter(|(contact, _)| contact.reached)
        .take_while(|(contact, moved)| {
            !moved
                && matches!(
                    contact.outcome,
                    Some(Outcome::SendInformation | Outcome::NeedsToThink)
                )
        })
        .count();
    (stalled >= STALLED_CONTACTS).then_some(Reason::StalledOutcomes { count: stalled })
}

fn nurture(
    lead: &Lead,
    settings: &Settings,
    history: &History,
    now: NaiveDateTime,
    reason: Reason,
) -> Decision {
    let today = now.date();
    let last = history.log.last().map_or(today, |c| c.at.date());
    // As a "not before" date, so that next_contact picks the weekday after it and a slot in
    // working hours; a date already past gives the next weekday.
    let not_before = last
        .checked_add_days(Days::new(NURTURE_DAYS - 1))
        .unwrap_or(today);
    let input = ScheduleInput {
        stage: lead.stage,
        deal_size: lead.deal_size,
        promised_by: Some(not_before),
        ..ScheduleInput::default()
    };
    Decision {
        action: Action::Nurture,
        due: Some(next_contact(&input, settings, last_contact_or(history, now)).at),
        channel: Some(Channel::Email),
        follow_up: None,
        rules: vec!["L5"],
        reasons: vec![reason],
    }
}

/// Timing rules count from the last contact, not from whenever the rep looks: a follow-up due
/// three days after last Monday's call is overdue on Friday, not due next Monday.
fn last_contact_or(history: &History, now: NaiveDateTime) -> NaiveDateTime {
    history.log.last().map_or(now, |contact| contact.at)
}

/// The channel the customer asked for (F5), else a call.
fn wished_channel(
    lead: &Lead,
    rules: &mut Vec<&'static str>,
    reasons: &mut Vec<Reason>,
) -> Channel {
    match lead.customer_wishes.channel {
        Some(channel) => {
            rules.push("F5");
            reasons.push(Reason::CustomerChannel { channel });
            channel
        }
        None => Channel::Call,
    }
}

/// A new lead waits only for the rep's preparation (W1): due at the first working moment, or at
/// the time the customer asked for (T5, F6) unless it lies beyond every rule.
fn first_call(lead: &Lead, settings: &Settings, now: NaiveDateTime) -> Decision {
    let mut rules = vec!["W1"];
    let mut reasons = vec![Reason::NoContactYet];
    let first_moment = first_working_moment(settings, now);
    let wished = parse_customer_time(&lead.customer_wishes.time).map(|time| {
        let input = ScheduleInput {
            customer_time: Some(CustomerTime {
                // A wish for an hour only ("after five") is for the first working day.
                day: time.day.or(Some(DayWish::Date(first_moment.date()))),
                ..time
            }),
            ..ScheduleInput::default()
        };
        next_contact(&input, settings, now)
    });
    let due = match wished.filter(|proposal| !proposal.customer_time_too_far) {
        Some(proposal) => {
            rules.extend(
                proposal
                    .rules
                    .iter()
                    .filter(|rule| matches!(**rule, "T5" | "F6")),
            );
            if proposal.outside_working_hours {
                reasons.push(Reason::OutsideWorkingHours);
            }
            proposal.at
        }
        None => first_moment,
    };
    let channel = wished_channel(lead, &mut rules, &mut reasons);
    Decision {
        action: Action::FollowUp,
        due: Some(due),
        channel: Some(channel),
        follow_up: None,
        rules,
        reasons,
    }
}

fn follow_up(lead: &Lead, settings: &Settings, history: &History, now: NaiveDateTime) -> Decision {
    let Some(last_contact) = history.log.last() else {
        return first_call(lead, settings, now);
    };
    let last_reached = history.last_reached();
    // Kept even when it has passed: a missed promise is the most overdue contact there is (F6).
    let agreed = last_reached
        .and_then(|c| c.agreed_next)
        .filter(|at| *at > last_contact.at);
    let customer_time = match agreed {
        Some(at) => Some(CustomerTime {
            day: Some(DayWish::Date(at.date())),
            time: Some(TimeWish::At {
                // At most 1439, so the cast cannot truncate.
                minute: (at.hour() * 60 + at.minute()) as u16,
            }),
        }),
        None => parse_customer_time(&lead.customer_wishes.time),
    };
    let last_outcome = if last_reached.and_then(|c| c.outcome) == Some(Outcome::NeedsToThink) {
        LastOutcome::ThinkingItOver
    } else if history.log.last().is_some_and(|c| !c.reached) {
        LastOutcome::NoAnswer
    } else {
        LastOutcome::Talked
    };
    let input = ScheduleInput {
        stage: lead.stage,
        deal_size: lead.deal_size,
        last_outcome,
        customer_time,
        promised_by: last_reached.and_then(|c| c.promised_by),
        // A lead has no language of its own yet: the interface's decides the holidays.
        lang: None,
    };
    let proposal = next_contact(&input, settings, last_contact.at);

    let mut rules = proposal.rules.clone();
    let mut reasons = vec![day_reason(&proposal)];
    if let Some(at) = agreed {
        reasons.push(Reason::AgreedNextContact { at });
    }
    if proposal.customer_time_too_far {
        if let Some(wished) = proposal.customer_time {
            reasons.push(Reason::CustomerTimeTooFar { wished });
        }
    }
    if proposal.outside_working_hours {
        reasons.push(Reason::OutsideWorkingHours);
    }
    let channel = wished_channel(lead, &mut rules, &mut reasons);
    Decision {
        action: Action::FollowUp,
        due: Some(proposal.at),
        channel: Some(channel),
        follow_up: None,
        rules,
        reasons,
    }
}

/// Why the day is that day: the customer's words or promise, or, when they gave neither, the
/// timing rule said as the situation it fits ("the conversation is under way"), not as "the
/// rules".
fn day_reason(proposal: &Proposal) -> Reason {
    if proposal.day_basis != DayBasis::Rules {
        return Reason::DayDecidedBy {
            basis: proposal.day_basis,
        };
    }
    let decided_by = |rule| proposal.rules.contains(&rule);
    let case = if decided_by("T2") {
        TimingCase::ThinkingItOver
    } else if decided_by("T3") {
        TimingCase::EarlyStage
    } else {
        TimingCase::UnderWay
    };
    Reason::TimingRule {
        case,
        large_deal: decided_by("T4"),
    }
}

fn detect_mistakes(
    lead: &Lead,
    history: &History,
    now: NaiveDateTime,
) -> (Vec<&'static str>, Vec<Reason>) {
    let mut ids = Vec::new();
    let mut reasons = Vec::new();

    let nothing_new = history
        .with_progress()
        .rev()
        .filter(|(contact, _)| !is_attempt(contact))
        .take_while(|(contact, moved)| !contact.new_information && !moved)
        .count();
    if nothing_new >= M1_STREAK {
        ids.push("M1");
        reasons.push(Reason::NothingNew {
            contacts: nothing_new,
        });
    }

    let since = now
        .checked_sub_signed(TimeDelta::days(i64::from(BUSY_DAYS)))
        .unwrap_or(NaiveDateTime::MIN);
    let recent: Vec<(&Contact, bool)> = history
        .with_progress()
        .filter(|(contact, _)| !is_attempt(contact) && contact.at > since && contact.at <= now)
        .collect();
    let busy = recent.len() >= BUSY_CONTACTS && recent.iter().all(|(_, moved)| !moved);
    let with_new_information = recent.iter().filter(|(c, _)| c.new_information).count();
    if busy && with_new_information == 0 {
        ids.push("M4");
    }

    let reached = history.reached_count();
    if lead.qualification.decision_maker == Some(false) && reached >= SEVERAL_CONTACTS {
        ids.push("M5");
        reasons.push(Reason::NotTheDecisionMaker {
            reached_contacts: reached,
        });
    }
    if busy {
        ids.push("M6");
        reasons.push(Reason::ActivityWithoutProgress {
            contacts: recent.len(),
            days: BUSY_DAYS,
            with_new_information,
        });
    }

    let signals = read_signals(lead, history);
    if !signals.is_empty() {
        ids.push("M7");
        for (id, reason) in signals {
            ids.push(id);
            reasons.push(reason);
        }
    }
    (ids, reasons)
}

/// S1, S2, S3 in id order, each reported once however often it happened.
fn read_signals(lead: &Lead, history: &History) -> Vec<(&'static str, Reason)> {
    let mut signals = Vec::new();
    if lead.stage == Stage::ClosingAttempted
        && lead.qualification.need_confirmed != Some(true)
        && history.reached_count() > 0
    {
        signals.push(("S1", Reason::ClosingWithoutConfirmedNeed));
    }
    let pairs = || history.log.windows(2).map(|pair| (pair[0], pair[1]));
    let meeting_not_agreed = pairs().find(|(before, after)| {
        after.channel == Channel::Meeting
            && before.reached
            && before.outcome != Some(Outcome::BookedMeeting)
            && before.agreed_next.is_none()
            && lead.customer_wishes.channel != Some(Channel::Meeting)
    });
    if let Some((_, meeting)) = meeting_not_agreed {
        signals.push(("S2", Reason::MeetingNotAgreed { at: meeting.at }));
    }
    let called_too_soon = pairs().find_map(|(before, after)| {
        let hours = (after.at - before.at).num_hours();
        (before.reached
            && before.outcome == Some(Outcome::SendInformation)
            && before.agreed_next.is_none()
            && after.channel != Channel::Email
            && (after.at - before.at) < TimeDelta::hours(EAGER_HOURS))
        .then_some(hours)
    });
    if let Some(hours) = called_too_soon {
        signals.push(("S3", Reason::CalledSoonAfterSendInformation { hours }));
    }
    signals
}
