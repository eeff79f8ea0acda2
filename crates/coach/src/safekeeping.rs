//! Keeping the rep's data beyond this browser's storage: whether the widget has asked the
//! browser to keep it (persistent storage), and when to remind the rep to download a backup.
//! Browser storage can be cleared by the browser or the rep; a backup file is the copy that
//! survives that, so the reminder comes when there is something to lose and no recent copy.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::schedule::iso_serde;

/// The store record this is kept under; not part of a backup (restoring an old backup must not
/// make the rep's last backup look older).
pub const SAFEKEEPING_KEY: &str = "safekeeping";

/// Days without a backup before Today reminds the rep to download one.
pub const BACKUP_REMINDER_DAYS: i64 = 30;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Safekeeping {
    /// The widget has asked for persistent storage (`navigator.storage.persist()`): once is
    /// enough, the browser remembers its answer.
    pub persistence_requested: bool,
    /// The first day the rep kept a lead of their own. Until the first backup, the reminder
    /// counts from here, so that a rep who just started is not reminded at once.
    #[serde(
        with = "iso_serde::option_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub keeping_since: Option<NaiveDate>,
    /// The day the rep last downloaded a backup.
    #[serde(
        with = "iso_serde::option_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_backup: Option<NaiveDate>,
}

impl Safekeeping {
    /// The record once the rep keeps leads of their own (`keeps_leads`: at least one lead that
    /// is not a sample), and whether to ask for persistent storage now; `None` when nothing
    /// changes, so that nothing is written.
    pub fn keeping(&self, keeps_leads: bool, today: NaiveDate) -> Option<(Safekeeping, bool)> {
        if !keeps_leads || (self.persistence_requested && self.keeping_since.is_some()) {
            return None;
        }
        let ask = !self.persistence_requested;
        let next = Safekeeping {
            persistence_requested: true,
            keeping_since: self.keeping_since.or(Some(today)),
            ..self.clone()
        };
        Some((next, ask))
    }

    /// Whether Today reminds the rep to download a backup: there is something to lose (a lead
    /// that is not a sample) and no backup for [`BACKUP_REMINDER_DAYS`] days.
    pub fn backup_due(&self, keeps_leads: bool, today: NaiveDate) -> bool {
        let since = self.last_backup.or(self.keeping_since);
        keeps_leads && since.is_some_and(|day| (today - day).num_days() >= BACKUP_REMINDER_DAYS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: u64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(n)
    }

    #[test]
    fn persistence_is_asked_for_once_when_the_rep_first_keeps_a_lead() {
        let empty = Safekeeping::default();
        assert_eq!(empty.keeping(false, day(0)), None, "samples only: nothing");
        let (kept, ask) = empty.keeping(true, day(3)).unwrap();
        assert!(ask);
        assert_eq!(kept.keeping_since, Some(day(3)));
        assert_eq!(
            kept.keeping(true, day(4)),
            None,
            "asked once, nothing to write"
        );
    }

    #[test]
    fn the_backup_reminder_waits_thirty_days_and_never_comes_for_samples_alone() {
        let (kept, _) = Safekeeping::default().keeping(true, day(0)).unwrap();
        assert!(
            !kept.backup_due(true, day(29)),
            "a new rep is not reminded at once"
        );
        assert!(kept.backup_due(true, day(30)));
        assert!(!kept.backup_due(false, day(90)), "only samples");
        let backed_up = Safekeeping {
            last_backup: Some(day(40)),
            ..kept
        };
        assert!(!backed_up.backup_due(true, day(69)));
        assert!(backed_up.backup_due(true, day(70)));
        assert!(
            !Safekeeping::default().backup_due(true, day(400)),
            "not yet seen keeping"
        );
    }

    #[test]
    fn the_record_reads_back_and_an_empty_one_loads() {
        let record = Safekeeping {
            persistence_requested: true,
            keeping_since: Some(day(1)),
            last_backup: Some(day(2)),
        };
        let json = serde_json::to_string(&record).unwrap();
        assert_eq!(
            json,
            r#"{"persistenceRequested":true,"keepingSince":"2026-01-02","lastBackup":"2026-01-03"}"#
        );
        assert_eq!(serde_json::from_str::<Safekeeping>(&json).unwrap(), record);
        assert_eq!(
            serde_json::from_str::<Safekeeping>("{}").unwrap(),
            Safekeeping::default()
        );
    }
}
