//! The conversation-language picker of the Follow-up and Opener tabs, with a note saying which
//! language the coach writes in when the rep left it to detection, and why.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlSelectElement};
use yew::prelude::*;

use super::lang_select;
use crate::coach::detect::{LangSource, WritingLang};
use crate::coach::Lang;
use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct ConversationLangProps {
    /// The select's test id; the note's is this with "-note".
    pub test_id: &'static str,
    /// What the rep chose; `None` leaves it to detection.
    pub chosen: Option<Lang>,
    pub written: WritingLang,
    /// The interface language.
    pub lang: Lang,
    pub onchange: Callback<Option<Lang>>,
}

#[component]
pub fn ConversationLang(props: &ConversationLangProps) -> Html {
    let lang = props.lang;
    let picker = use_node_ref();
    let on_select = props.onchange.reform(|event: Event| {
        Lang::from_tag(&event.target_unchecked_into::<HtmlSelectElement>().value())
    });
    let note = match props.written.source {
        LangSource::Chosen => Html::default(),
        LangSource::Detected => html! {
            <>
                <strong>{named(t(lang, Text::DetectedLang), props.written.lang)}</strong>
                {" "}{t(lang, Text::DetectedLangHint)}
            </>
        },
        LangSource::NothingWritten => named(t(lang, Text::LangNothingWritten), lang),
        LangSource::Unsure { guess } => html! {
            <>
                {named(t(lang, Text::LangUnsure), lang)}
                if let Some(guess) = guess {
                    {" "}{named(t(lang, Text::LangGuess), guess)}
                }
            </>
        },
    };
    let take_guess = match props.written.source {
        LangSource::Unsure { guess: Some(guess) } => {
            let onchange = props.onchange.clone();
            let picker = picker.clone();
            let onclick = Callback::from(move |_| {
                onchange.emit(Some(guess));
                // The button goes once the language is chosen; a keyboard user continues from
                // the select that now shows the choice, not from the top of the page.
                let select = picker
                    .cast::<HtmlElement>()
                    .and_then(|picker| picker.query_selector("select").ok().flatten())
                    .and_then(|select| select.dyn_into::<HtmlElement>().ok());
                if let Some(select) = select {
                    let _ = select.focus();
                }
            });
            html! {
                <button type="button" class="wc-button wc-secondary"
                    data-testid={format!("{}-use-guess", props.test_id)} {onclick}>
                    {named(t(lang, Text::UseLang), guess)}
                </button>
            }
        }
        _ => Html::default(),
    };
    html! {
        <div class="wc-conversation-lang" ref={picker}>
            {lang_select(t(lang, Text::FieldConversationLang), props.test_id, props.chosen, t(lang, Text::DetectLanguage), on_select)}
            // Present while empty too, so that screen readers announce what fills it; polite,
            // so the rep is told without being interrupted while typing in a field.
            <p class="wc-help wc-lang-note" data-testid={format!("{}-note", props.test_id)}
                data-lang={props.written.lang.code()} aria-live="polite" aria-atomic="true">
                {note}
            </p>
            {take_guess}
        </div>
    }
}

/// `template` with its `{lang}` replaced by the language's own name, marked as in that
/// language so that a screen reader pronounces it as such.
fn named(template: &'static str, lang: Lang) -> Html {
    let (before, after) = template.split_once("{lang}").unwrap_or((template, ""));
    html! {
        <>{before}<span lang={lang.code()}>{lang.native_name()}</span>{after}</>
    }
}
