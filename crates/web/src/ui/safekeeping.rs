//! Keeping the rep's data ([`crate::coach::safekeeping`]): persistent storage asked for once the
//! rep keeps leads of their own, the storage used and the quota in Settings, and Today's reminder
//! to download a backup. Where the browser lacks the Storage API, these say nothing.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{StorageEstimate, StorageManager};
use yew::prelude::*;

use super::files::download;
use super::{local_now, save_error_text, AppStore, Book};
use crate::coach::safekeeping::{Safekeeping, SAFEKEEPING_KEY};
use crate::coach::Lang;
use crate::i18n::{t, Text};

/// Whether the book holds a lead of the rep's own: sample leads alone are nothing to lose.
pub fn keeps_leads(book: &Book) -> bool {
    book.entries.iter().any(|entry| !entry.stored.lead.sample)
}

/// Notes that the rep keeps leads of their own, asking for persistent storage the first time.
pub fn note_keeping(store: &AppStore, keeps: bool) {
    let (record, _) = store.load::<Safekeeping>(SAFEKEEPING_KEY);
    let Some((next, ask)) = record.keeping(keeps, local_now().date()) else {
        return;
    };
    // Asked only once the record says so: with full storage it is asked at the next change
    // that fits, not at every change.
    if store.save(SAFEKEEPING_KEY, &next).is_ok() && ask {
        if let Some(promise) = storage_manager().and_then(|manager| manager.persist().ok()) {
            // The browser decides (Chromium by how the site is used); Settings shows the answer.
            spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    }
}

/// Downloads a backup of everything and notes the day, for the reminder. The problem to show,
/// if any.
pub fn download_backup(store: &AppStore) -> Option<Text> {
    let now = local_now();
    let json = match store.export_backup(now) {
        Ok(json) => json,
        Err(error) => return Some(save_error_text(&error)),
    };
    if !download(
        &format!("warmcall-backup-{}.json", now.date()),
        "application/json",
        &json,
    ) {
        return Some(Text::DownloadBlocked);
    }
    let (mut record, _) = store.load::<Safekeeping>(SAFEKEEPING_KEY);
    record.last_backup = Some(now.date());
    // A date that does not fit only brings the reminder back sooner.
    let _ = store.save(SAFEKEEPING_KEY, &record);
    None
}

/// `navigator.storage`, where the browser has it (not in an insecure context, nor in older
/// browsers): read as a property, so that its absence is `None` rather than a thrown error.
fn storage_manager() -> Option<StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    storage.is_object().then(|| storage.unchecked_into())
}

#[derive(Properties, PartialEq)]
pub struct BackupReminderProps {
    pub store: AppStore,
    pub book: Book,
    pub lang: Lang,
}

/// On Today: when there is something to lose and no backup for a month, a reminder with the
/// download itself, so that one click makes the copy.
#[component]
pub fn BackupReminder(props: &BackupReminderProps) -> Html {
    let lang = props.lang;
    // After a download the reminder gives way to what happened.
    let outcome = use_state(|| None::<Option<Text>>);
    let (record, _) = props.store.load::<Safekeeping>(SAFEKEEPING_KEY);
    let due = record.backup_due(keeps_leads(&props.book), local_now().date());
    let on_download = {
        let (store, outcome) = (props.store.clone(), outcome.clone());
        Callback::from(move |_| outcome.set(Some(download_backup(&store))))
    };
    match *outcome {
        Some(Some(problem)) => {
            html! { <p class="wc-error" role="alert" data-testid="backup-reminder-problem">{t(lang, problem)}</p> }
        }
        _ if due => html! {
            <div class="wc-notice" data-testid="backup-reminder">
                <p>{t(lang, Text::BackupReminder)}</p>
                <button type="button" class="wc-button wc-secondary" data-testid="backup-reminder-download"
                    onclick={on_download}>{t(lang, Text::DownloadBackup)}</button>
            </div>
        },
        _ => Html::default(),
    }
}

/// What the browser says about this site's storage; each part `None` where it does not say.
#[derive(Clone, PartialEq)]
struct StorageFacts {
    /// Bytes used and the quota, from `navigator.storage.estimate()`.
    usage: Option<(f64, f64)>,
    persisted: Option<bool>,
}

/// A promise's value; `None` when the call threw or the promise was rejected.
async fn answer(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

async fn storage_facts(manager: StorageManager) -> StorageFacts {
    let usage = answer(manager.estimate()).await.and_then(|estimate| {
        let estimate: StorageEstimate = estimate.unchecked_into();
        Some((estimate.get_usage()?, estimate.get_quota()?))
    });
    let persisted = answer(manager.persisted())
        .await
        .and_then(|persisted| persisted.as_bool());
    StorageFacts { usage, persisted }
}

#[derive(Properties, PartialEq)]
pub struct StorageInfoProps {
    pub lang: Lang,
}

/// In Settings: how much of the browser's storage the site uses, and whether the browser keeps
/// it when space runs low.
#[component]
pub fn StorageInfo(props: &StorageInfoProps) -> Html {
    let lang = props.lang;
    let facts = use_state(|| None::<StorageFacts>);
    {
        let facts = facts.clone();
        use_effect_with((), move |_| {
            if let Some(manager) = storage_manager() {
                spawn_local(async move { facts.set(Some(storage_facts(manager).await)) });
            }
        });
    }
    let Some(StorageFacts { usage, persisted }) = (*facts).clone() else {
        return Html::default();
    };
    if usage.is_none() && persisted.is_none() {
        return Html::default();
    }
    html! {
        <fieldset data-testid="storage-info">
            <legend>{t(lang, Text::StorageHeading)}</legend>
            if let Some((used, quota)) = usage {
                <p data-testid="storage-usage" data-used={(used as u64).to_string()} data-quota={(quota as u64).to_string()}>
                    {t(lang, Text::StorageUsed).replace("{used}", &size_text(used, lang)).replace("{quota}", &size_text(quota, lang))}
                </p>
            }
            if let Some(persisted) = persisted {
                <p data-testid="storage-persistent" data-persistent={persisted.to_string()}>
                    {t(lang, if persisted { Text::StoragePersistent } else { Text::StorageNotPersistent })}
                </p>
            }
        </fieldset>
    }
}

/// Bytes in kB, MB or GB (powers of 1000, as browsers and file managers show them), with one
/// decimal below ten and the language's decimal sign. In whole numbers: formatting an `f64`
/// would link the float printer for this one line: 22 kB of the release bundle, measured.
fn size_text(bytes: f64, lang: Lang) -> String {
    let bytes = bytes as u64;
    let (scale, unit) = [(1_000_000_000, "GB"), (1_000_000, "MB"), (1_000, "kB")]
        .into_iter()
        .find(|(scale, _)| bytes >= *scale)
        .unwrap_or((1, "B"));
    let tenths = (bytes * 10 + scale / 2) / scale;
    let number = if tenths < 100 && scale > 1 {
        let decimal_sign = if lang == Lang::En { '.' } else { ',' };
        format!("{}{decimal_sign}{}", tenths / 10, tenths % 10)
    } else {
        ((bytes + scale / 2) / scale).to_string()
    };
    format!("{number}\u{a0}{unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_a_person_would_say_them() {
        assert_eq!(size_text(0.0, Lang::En), "0\u{a0}B");
        assert_eq!(size_text(5_300.0, Lang::En), "5.3\u{a0}kB");
        assert_eq!(size_text(1_234_567.0, Lang::De), "1,2\u{a0}MB");
        assert_eq!(size_text(298_000_000_000.0, Lang::Sv), "298\u{a0}GB");
        assert_eq!(
            size_text(9_960.0, Lang::En),
            "10\u{a0}kB",
            "rounded up past ten"
        );
        assert_eq!(size_text(999.0, Lang::Nl), "999\u{a0}B");
    }
}
