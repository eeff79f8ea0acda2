//! The practice drills alone: a course page's `data-mode="practice"` widget and the app's
//! Practice tab, with a course's own exercises and the result events for the host page.

use warmcall_coach::advice_text::{name_of, names_of};
use warmcall_coach::practice::{parse_exercises, ITEMS, SKILLS};
use warmcall_web::embed::{self, Bundle, MountConfig, Renderer};
use warmcall_web::ui::{
    skill_by_name, skill_name, Mode, PracticeApp, PracticeAppProps, PracticeResult,
};
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::Callback;

static BUNDLE: Bundle = Bundle {
    modes: &[Mode::Practice],
    registers_worker: false,
    prepare,
};

warmcall_web::bundle_exports!(BUNDLE);

fn prepare(element: &Element, options: &JsValue) -> Result<Renderer, JsError> {
    let skill = embed::parse_setting(
        embed::setting(element, options, "skill", "data-skill")?,
        skill_by_name,
        &names_of(SKILLS),
    )?;
    // Where the built-in exercises are, and a course's own exercises as the loader read them
    // from the `exercises` option or the `data-exercises` file.
    let exercises_base = embed::internal_option(options, "exercisesBase").unwrap_or_default();
    let custom = embed::internal_option(options, "exercisesJson")
        .map(|json| std::rc::Rc::new(parse_exercises(&json)));
    let nested = js_sys::Reflect::get(options, &JsValue::from_str("nested"))
        .is_ok_and(|nested| nested.is_truthy());
    let on_result_option = embed::option_function(options, "onResult");
    let exercises_only = exercises_only(element, options)?;
    Ok(Box::new(move |container: Element, config: MountConfig| {
        let props = yew::props!(PracticeAppProps {
            storage_prefix: config.storage_prefix,
            lang: config.lang,
            theme: config.theme,
            skill,
            exercises_base,
            custom,
            exercises_only,
            on_result: result_callback(container.clone(), on_result_option),
            nested,
        });
        let app = yew::Renderer::<PracticeApp>::with_root_and_props(container, props).render();
        Box::new(move || app.destroy())
    }))
}

/// `exercisesOnly` (a boolean) or `data-exercises-only` (present, or "true"; "false" is off):
/// sessions of the course's own exercises only. Anything else is an error naming it.
fn exercises_only(element: &Element, options: &JsValue) -> Result<bool, JsError> {
    let option =
        js_sys::Reflect::get(options, &JsValue::from_str("exercisesOnly")).unwrap_or_default();
    if let Some(value) = option.as_bool() {
        return Ok(value);
    }
    if !option.is_undefined() && !option.is_null() {
        return Err(JsError::new(
            "warmcall: the option exercisesOnly must be true or false",
        ));
    }
    match element
        .get_attribute("data-exercises-only")
        .map(|value| value.trim().to_owned())
    {
        None => Ok(false),
        Some(value) if value.is_empty() || value == "true" => Ok(true),
        Some(value) if value == "false" => Ok(false),
        Some(value) => Err(JsError::new(&format!(
            "warmcall: data-exercises-only \"{value}\" is not one of: true, false (or no value)"
        ))),
    }
}

/// Tells the host page of each graded practice exercise: a `warmcall:result` event that bubbles
/// out of the shadow root, and the `onResult` function of the mount options when there is one.
/// Both get `{ skill, exerciseId, pass, score, attempt, missing }`, `missing` being the rubric
/// items the answer lacked, each `{ item, phrases }` (`item`: thread, hook, purpose, day, time or
/// question; `phrases`: any one of them would have done).
fn result_callback(host: Element, on_result: Option<js_sys::Function>) -> Callback<PracticeResult> {
    Callback::from(move |result: PracticeResult| {
        let detail = js_sys::Object::new();
        let missing = js_sys::Array::new();
        for item in &result.missing {
            let entry = js_sys::Object::new();
            let phrases: js_sys::Array =
                item.phrases.iter().map(|p| JsValue::from_str(p)).collect();
            let _ = js_sys::Reflect::set(&entry, &"item".into(), &name_of(ITEMS, item.item).into());
            let _ = js_sys::Reflect::set(&entry, &"phrases".into(), &phrases);
            missing.push(&entry);
        }
        let fields: [(&str, JsValue); 6] = [
            ("skill", skill_name(result.skill).into()),
            ("exerciseId", result.exercise_id.as_str().into()),
            ("pass", result.pass.into()),
            ("score", result.score.into()),
            ("attempt", result.attempt.into()),
            ("missing", missing.into()),
        ];
        for (key, value) in fields {
            let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), &value);
        }
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict("warmcall:result", &init) {
            let _ = host.dispatch_event(&event);
        }
        if let Some(on_result) = &on_result {
            // A host callback that throws must not stop the widget.
            let _ = on_result.call1(&JsValue::NULL, &detail);
        }
    })
}
