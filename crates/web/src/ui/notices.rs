use yew::prelude::*;

use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub lang: Lang,
    pub ondismiss: Callback<usize>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <div class="wc-notices" role="status">
            { for props.notices.iter().enumerate().map(|(index, notice)| {
                notice_view(lang, notice, props.ondismiss.reform(move |_| index))
            }) }
        </div>
    }
}

fn notice_view(lang: Lang, notice: &Notice, ondismiss: Callback<MouseEvent>) -> Html {
    let (text, detail) = match notice {
        Notice::NotPersisted => (Text::NoticeNotPersisted, None),
        Notice::StorageFull => (Text::NoticeStorageFull, None),
        Notice::CorruptValueBackedUp { backup_key, .. } => {
            (Text::NoticeCorrupt, Some(backup_key.clone()))
        }
        Notice::NewerSchema { .. } => (Text::NoticeNewerSchema, None),
        Notice::MigrationFailed { .. } => (Text::NoticeMigrationFailed, None),
        Notice::CorruptValueKept { key } => (Text::NoticeCorruptKept, Some(key.clone())),
        Notice::Updated => (Text::NoticeUpdated, None),
    };
    html! {
        <div class="wc-notice" data-testid="notice">
            <p>{t(lang, text)}</p>
            if let Some(detail) = detail { <p><code>{detail}</code></p> }
            <button type="button" class="wc-button wc-secondary" data-testid="notice-dismiss" onclick={ondismiss}>{t(lang, Text::Dismiss)}</button>
        </div>
    }
}
