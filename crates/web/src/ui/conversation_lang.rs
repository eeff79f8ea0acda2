//! The conversation-language picker of the Follow-up and Opener tabs, with a note saying which
//! language the coach writes in when the rep left it to detection, and why.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlSelectElement};
use yew::prelude::*;

use super::lang_select;
use crate::coach::detect::{LangSource, WritingLang};
use crate::coach::Lang;
use crate::i18n::{t, Text};

/// The picker and the note. `test_id` is the select's; the note's is this with "-note".
/// `chosen` is what the rep chose (`None` leaves it to detection), `written` what the coach
/// writes in, `lang` the interface language. A plain function rather than a component: the
/// Follow-up and Opener bundles are near their size budget.
pub fn conversation_lang(
    test_id: &'static str,
    chosen: Option<Lang>,
    written: WritingLang,
    lang: Lang,
    onchange: Callback<Option<Lang>>,
) -> Html {
    let note = match written.source {
        LangSource::Chosen => Html::default(),
        LangSource::Detected => html! {
            <>
                <strong>{named(t(lang, Text::DetectedLang), written.lang)}</strong>
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
    let take_guess = match written.source {
        LangSource::Unsure { guess: Some(guess) } => {
            let onclick = onchange.reform(move |event: MouseEvent| {
                // The button goes once the language is chosen; a keyboard user continues from
                // the select that now shows the choice, not from the top of the page.
                // The target may be the language's name inside the button.
                let select = event
                    .target_dyn_into::<Element>()
                    .and_then(|target| target.closest(".wc-conversation-lang").ok().flatten())
                    .and_then(|picker| picker.query_selector("select").ok().flatten())
                    .and_then(|select| select.dyn_into::<HtmlElement>().ok());
                if let Some(select) = select {
                    let _ = select.focus();
                }
                Some(guess)
            });
            html! {
                <button type="button" class="wc-button wc-secondary"
                    data-testid={format!("{test_id}-use-guess")} {onclick}>
                    {named(t(lang, Text::UseLang), guess)}
                </button>
            }
        }
        _ => Html::default(),
    };
    let on_select = onchange.reform(|event: Event| {
        Lang::from_tag(&event.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <div class="wc-conversation-lang">
            {lang_select(t(lang, Text::FieldConversationLang), test_id, chosen, t(lang, Text::DetectLanguage), on_select)}
            // Present while empty too, so that screen readers announce what fills it; polite,
            // so the rep is told without being interrupted while typing in a field.
            <p class="wc-help wc-lang-note" data-testid={format!("{test_id}-note")}
                data-lang={written.lang.code()} aria-live="polite" aria-atomic="true">
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
