//! A lead and its contact log: what the rep knows about one prospect, in the JSON shape a backup
//! keeps (camelCase fields, kebab-case enum values, ISO local dates as in the rest of the coach).
//!
//! Every field has a serde default so that a backup written by an older version, or edited by
//! hand, still loads. The advisor ([`super::advisor`]) reads a lead; nothing here decides.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::schedule::iso_serde;
use super::schedule::DealSize;
use super::schedule::Stage;
use super::settings::ProductKind;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct Lead {
    pub id: String,
    pub name: String,
    pub company: String,
    pub role: String,
    pub phone: String,
    pub email: String,
    pub source: Source,
    /// `None` follows the rep's settings; a rep selling both kinds marks the exceptions (L2).
    pub product: Option<ProductKind>,
    pub deal_size: DealSize,
    pub stage: Stage,
    pub qualification: Qualification,
    pub do_not_contact: Option<DoNotContact>,
    pub customer_wishes: CustomerWishes,
    /// L6: the customer would cost more than they bring.
    pub poor_fit: bool,
    pub notes: String,
    /// In any order: the advisor sorts by time, so a hand-edited backup is read the same way.
    pub log: Vec<Contact>,
}

/// Where the lead came from; it picks the stop rule (L1): an inbound lead is worth more tries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    #[default]
    Cold,
    Inbound,
    EventOrNetwork,
    Referral,
}

/// `None` everywhere means "not found out yet", which is different from a known "no".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct Qualification {
    pub need_confirmed: Option<bool>,
    /// `Some(false)`: the rep is talking to someone who cannot decide (L4).
    pub decision_maker: Option<bool>,
    /// When the customer means to buy, in their words ("next year", "in six months").
    pub timing: Option<String>,
}

/// L7: why this person must not be contacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DoNotContact {
    AskedNotToBeContacted,
    /// On a national do-not-call register.
    OnRegister,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct CustomerWishes {
    /// How the customer wants to be followed up (F5).
    pub channel: Option<Channel>,
    /// When, in their words; read with [`super::schedule::parse_customer_time`] (F6, T5).
    pub time: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    #[default]
    Call,
    Email,
    Meeting,
}

/// One contact or attempt, written down right after it (F1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct Contact {
    #[serde(with = "iso_serde::date_time")]
    pub at: NaiveDateTime,
    pub channel: Channel,
    /// The rep spoke with or heard back from the person; `false` is an unanswered attempt (L1).
    pub reached: bool,
    pub outcome: Option<Outcome>,
    pub discussed: String,
    /// What the customer said they would do.
    pub promised: String,
    #[serde(with = "iso_serde::option_date")]
    pub promised_by: Option<NaiveDate>,
    /// The next contact both sides agreed on: the customer's own time (T5, F6).
    #[serde(with = "option_date_time")]
    pub agreed_next: Option<NaiveDateTime>,
    /// The rep brought something new (a fact, an answer, a changed offer); without it a contact
    /// is only a reminder (M1).
    pub new_information: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    NeedsToThink,
    SendInformation,
    NotInterested,
    WrongPerson,
    BookedMeeting,
    Other,
}

/// `iso_serde` has no optional date-time; this wraps its `date_time` rather than a second format.
pub mod option_date_time {
    use chrono::NaiveDateTime;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::coach::schedule::iso_serde::date_time;

    pub fn serialize<S: Serializer>(
        at: &Option<NaiveDateTime>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => date_time::serialize(at, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDateTime>, D::Error> {
        #[derive(Deserialize)]
        struct Wrapped(#[serde(with = "date_time")] NaiveDateTime);
        Ok(Option::<Wrapped>::deserialize(deserializer)?.map(|Wrapped(at)| at))
    }
}
