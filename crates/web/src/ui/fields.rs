//! Form fields the screens share: a labelled text input, text area, date, checkbox and select.
//! Each hands its new value to `onchange` as text ("true"/"false" for a checkbox).

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::coach::advice_text::by_name;
use crate::coach::Lang;
use crate::i18n::{t, Text};

pub fn input(label: &str, test_id: &'static str, value: &str, onchange: Callback<String>) -> Html {
    let oninput =
        onchange.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <label>{label}
            <input type="text" data-testid={test_id} value={value.to_owned()} {oninput} />
        </label>
    }
}

/// A text area; `lang` marks text written in a conversation's language, so that a screen
/// reader reads it in that language's voice.
pub fn area(
    label: &str,
    test_id: &'static str,
    value: &str,
    rows: u8,
    lang: Option<Lang>,
    onchange: Callback<String>,
) -> Html {
    let oninput =
        onchange.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    html! {
        <label>{label}
            <textarea rows={rows.to_string()} data-testid={test_id} lang={lang.map(Lang::code)}
                value={value.to_owned()} {oninput} />
        </label>
    }
}

/// A date as `YYYY-MM-DD`, empty when cleared.
pub fn date(label: &str, test_id: &'static str, value: &str, onchange: Callback<String>) -> Html {
    let oninput =
        onchange.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <label>{label}
            <input type="date" data-testid={test_id} value={value.to_owned()} {oninput} />
        </label>
    }
}

pub fn checkbox(
    label: &str,
    test_id: &'static str,
    checked: bool,
    onchange: Callback<String>,
) -> Html {
    let onchange = onchange.reform(|e: Event| {
        e.target_unchecked_into::<HtmlInputElement>()
            .checked()
            .to_string()
    });
    html! {
        <label class="wc-choice">
            <input type="checkbox" data-testid={test_id} {checked} {onchange} />{label}
        </label>
    }
}

pub fn pick<T: Copy + Default>(options: &[(T, &str)], value: &str) -> T {
    by_name(options, value).unwrap_or_default()
}

pub fn tri(value: &str) -> Option<bool> {
    match value {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

pub fn choice<T: Copy + PartialEq>(
    label: &str,
    test_id: &'static str,
    options: &[(T, &'static str)],
    selected: T,
    name: impl Fn(T) -> &'static str,
    onchange: Callback<String>,
) -> Html {
    select(
        None,
        label,
        test_id,
        options,
        Some(selected),
        name,
        onchange,
    )
}

/// A choice that may be left open; `none_label` names the open choice ("Not known", "No").
pub fn optional_choice<T: Copy + PartialEq>(
    none_label: &str,
    label: &str,
    test_id: &'static str,
    options: &[(T, &'static str)],
    selected: Option<T>,
    name: impl Fn(T) -> &'static str,
    onchange: Callback<String>,
) -> Html {
    select(
        Some(none_label),
        label,
        test_id,
        options,
        selected,
        name,
        onchange,
    )
}

pub fn select<T: Copy + PartialEq>(
    none_label: Option<&str>,
    label: &str,
    test_id: &'static str,
    options: &[(T, &'static str)],
    selected: Option<T>,
    name: impl Fn(T) -> &'static str,
    onchange: Callback<String>,
) -> Html {
    let onchange =
        onchange.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <label>{label}
            <select data-testid={test_id} {onchange}>
                if let Some(none_label) = none_label {
                    <option value="" selected={selected.is_none()}>{none_label}</option>
                }
                { for options.iter().map(|(option, slug)| html! {
                    <option value={*slug} selected={Some(*option) == selected}>{name(*option)}</option>
                }) }
            </select>
        </label>
    }
}

pub fn tri_state(
    lang: Lang,
    label: &str,
    test_id: &'static str,
    value: Option<bool>,
    onchange: Callback<String>,
) -> Html {
    optional_choice(
        t(lang, Text::NotSet),
        label,
        test_id,
        &[(true, "yes"), (false, "no")],
        value,
        |yes| t(lang, if yes { Text::Yes } else { Text::No }),
        onchange,
    )
}
