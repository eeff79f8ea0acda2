//! A lead and its contact log: what the rep knows about one prospect, in the JSON shape a backup
//! keeps (camelCase fields, kebab-case enum values, ISO local dates as in the rest of the coach).
//!
//! Every field has a serde default so that a backup written by an older version, or edited by
//! hand, still loads. The same defaults let a field holding its default be left out when writing:
//! a lead is stored as one record per lead, and ten thousand of them must fit in the browser's
//! storage quota. The advisor ([`super::advisor`]) reads a lead; nothing here decides.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::schedule::iso_serde;
use super::schedule::DealSize;
use super::schedule::Stage;
use super::settings::ProductKind;
use super::text::lowercase;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct Lead {
    pub id: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub company: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub email: String,
    #[serde(skip_serializing_if = "is_default")]
    pub source: Source,
    /// `None` follows the rep's settings; a rep selling both kinds marks the exceptions (L2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product: Option<ProductKind>,
    #[serde(skip_serializing_if = "is_default")]
    pub deal_size: DealSize,
    #[serde(skip_serializing_if = "is_default")]
    pub stage: Stage,
    #[serde(skip_serializing_if = "is_default")]
    pub qualification: Qualification,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub do_not_contact: Option<DoNotContact>,
    #[serde(skip_serializing_if = "is_default")]
    pub customer_wishes: CustomerWishes,
    /// L6: the customer would cost more than they bring.
    #[serde(skip_serializing_if = "is_default")]
    pub poor_fit: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// In any order: the advisor sorts by time, so a hand-edited backup is read the same way.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<Contact>,
    /// One of the sample leads a first visit offers ([`super::samples`]): shown with a badge,
    /// removed in one click, and left out of every export and backup until the rep keeps it.
    #[serde(skip_serializing_if = "is_default")]
    pub sample: bool,
    /// What the rep prepared for the first call on the Opener tab and saved to this lead (W1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prep: Option<LeadPrep>,
}

/// A first call's preparation kept with the lead, so that "Prepare the call" opens on it again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct LeadPrep {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub hook: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub need: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub mutual_contact: String,
    /// The opener the rep chose or wrote.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub opener: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::Lang>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formal: Option<bool>,
}

impl Lead {
    /// Whether two versions of a lead differ only in their log: an edit of the fields and a
    /// contact logged in another tab commute.
    pub fn same_fields(&self, other: &Lead) -> bool {
        let without_log = |lead: &Lead| Lead {
            log: Vec::new(),
            ..lead.clone()
        };
        without_log(self) == without_log(other)
    }

    /// Whether the lead list's search for `needle` (already lowercased with
    /// [`crate::text::lowercase`]) finds this lead: in any of the fields a rep would look
    /// them up by, whatever the case.
    pub fn matches_search(&self, needle: &str) -> bool {
        needle.is_empty()
            || [
                &self.name,
                &self.company,
                &self.email,
                &self.phone,
                &self.role,
                &self.notes,
            ]
            .iter()
            .any(|field| lowercase(field).contains(needle))
    }
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub need_confirmed: Option<bool>,
    /// `Some(false)`: the rep is talking to someone who cannot decide (L4).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision_maker: Option<bool>,
    /// When the customer means to buy, in their words ("next year", "in six months").
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// When, in their words; read with [`super::schedule::parse_customer_time`] (F6, T5).
    #[serde(skip_serializing_if = "String::is_empty")]
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
    #[serde(skip_serializing_if = "is_default")]
    pub channel: Channel,
    /// The rep spoke with or heard back from the person; `false` is an unanswered attempt (L1).
    #[serde(skip_serializing_if = "is_default")]
    pub reached: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub discussed: String,
    /// What the customer said they would do.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub promised: String,
    #[serde(
        with = "iso_serde::option_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub promised_by: Option<NaiveDate>,
    /// The next contact both sides agreed on: the customer's own time (T5, F6).
    #[serde(with = "option_date_time", skip_serializing_if = "Option::is_none")]
    pub agreed_next: Option<NaiveDateTime>,
    /// The rep brought something new (a fact, an answer, a changed offer); without it a contact
    /// is only a reminder (M1).
    #[serde(skip_serializing_if = "is_default")]
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

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// `iso_serde` has no optional date-time; this wraps its `date_time` rather than a second format.
pub mod option_date_time {
    use chrono::NaiveDateTime;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::schedule::iso_serde::date_time;

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

#[cfg(test)]
mod tests {
    use super::*;

    fn lead() -> Lead {
        Lead {
            name: "Åsa Öberg".into(),
            company: "Nordfrakt GmbH".into(),
            email: "asa.oberg@nordfrakt.example".into(),
            log: vec![Contact::default()],
            ..Lead::default()
        }
    }

    #[test]
    fn the_search_finds_a_lead_by_any_field_whatever_the_case() {
        let lead = lead();
        for query in ["", "ÅSA", "öberg", "NORDFRAKT gmbh", "@nordfrakt"] {
            assert!(lead.matches_search(&lowercase(query)), "{query}");
        }
        assert!(!lead.matches_search(&lowercase("Berg AB")));
    }

    #[test]
    fn fields_are_the_same_when_only_the_log_differs() {
        let a = lead();
        let logged = Lead {
            log: vec![Contact::default(), Contact::default()],
            ..a.clone()
        };
        let renamed = Lead {
            company: "Nordfrakt AB".into(),
            ..a.clone()
        };
        assert!(a.same_fields(&logged));
        assert!(!a.same_fields(&renamed));
    }
}
