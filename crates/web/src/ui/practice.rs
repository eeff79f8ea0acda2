//! The Practice tab: sessions of drills planned by the Leitner schedule, graded by the coach's
//! own analyzers and advisor (`coach::practice`), and the progress picture.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use chrono::NaiveDate;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::leads::{advice_view, log_view};
use super::notices::Notices;
use super::{
    dismiss_notice, interface_lang, lang_select, local_now, open_with_settings, save_problem_view,
    use_stored, why, AppStore, PracticeLoader, Theme,
};
use crate::coach::advice_text::{by_name, name_of};
use crate::coach::export::practice_results_csv;
use crate::coach::lead::Lead;
use crate::coach::practice::{
    card_facts, choice_label, grade, plan_session, problem_message, progress, record,
    skill_instruction, skill_label, without_rubric_message, Answer, Choice, Exercise, Grade,
    Missing, Parsed, PracticeState, Progress, Skill, CHART_DAYS, CHOICES, DEFAULT_SESSION_SIZE,
    PRACTICE_KEY, SESSION_SIZE_RANGE, SKILLS,
};
use crate::coach::rules::{rule_text, FAMILIES};
use crate::coach::Lang;
use crate::i18n::{t, PracticeText, Text};

/// What a host page hears about each graded answer (the `warmcall:result` event).
#[derive(Clone, Debug, PartialEq)]
pub struct PracticeResult {
    pub skill: Skill,
    pub exercise_id: String,
    pub pass: bool,
    pub score: u8,
    /// The rubric items the answer lacked.
    pub missing: Vec<Missing>,
    /// 1 for the first answer to the exercise in a session, which the schedule records; more
    /// for a retry after "Try again".
    pub attempt: u32,
}

#[derive(Properties, PartialEq)]
pub struct PracticeProps {
    pub store: AppStore,
    pub lang: Lang,
    /// Only this skill's drills and progress (a course page's `data-skill`).
    pub skill: Option<Skill>,
    /// The directory of the build's `<lang>.json` files: its name carries their hash, so code of
    /// one build never reads another build's exercises, from the network or a worker's cache.
    pub exercises_base: AttrValue,
    /// A course's own exercises, already validated; they join the built-in ones of their language
    /// and come first in a session.
    pub custom: Option<Rc<Parsed>>,
    /// Sessions of the course's own exercises only (`data-exercises-only`).
    pub exercises_only: bool,
    /// On a course page rather than in the app's Practice tab: the intro does not speak of tabs.
    pub alone: bool,
    pub on_result: Callback<PracticeResult>,
}

#[derive(Clone, PartialEq)]
enum Loaded {
    Loading,
    Ready(Rc<Vec<Exercise>>),
    Failed,
}

thread_local! {
    /// The built-in exercises per language, fetched and validated once per page.
    static BUILT_IN: RefCell<HashMap<Lang, Rc<Vec<Exercise>>>> = RefCell::new(HashMap::new());
}

async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The built-in exercises of `lang`, from the cache or fetched; the ones that do not validate
/// are left out (the test suite keeps that list empty).
#[hook]
fn use_built_in(exercises_base: &AttrValue, lang: Lang) -> Loaded {
    let loaded = use_state(|| Loaded::Loading);
    {
        let loaded = loaded.clone();
        let base = exercises_base.clone();
        use_effect_with(lang, move |&lang| {
            // Set when the language changes again before this fetch is back: its answer is then
            // only cached, not shown.
            let superseded = Rc::new(Cell::new(false));
            if let Some(cached) = BUILT_IN.with(|cache| cache.borrow().get(&lang).cloned()) {
                loaded.set(Loaded::Ready(cached));
            } else {
                loaded.set(Loaded::Loading);
                let superseded = superseded.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let url = format!("{base}{}.json", lang.code());
                    let fetched = fetch_text(&url).await.map(|text| {
                        let exercises =
                            Rc::new(crate::coach::practice::parse_exercises(&text).exercises);
                        BUILT_IN.with(|cache| cache.borrow_mut().insert(lang, exercises.clone()));
                        exercises
                    });
                    if !superseded.get() {
                        loaded.set(fetched.map_or(Loaded::Failed, Loaded::Ready));
                    }
                });
            }
            move || superseded.set(true)
        });
    }
    (*loaded).clone()
}

#[derive(Properties, PartialEq, Clone)]
pub struct PracticeAppProps {
    pub storage_prefix: AttrValue,
    #[prop_or_default]
    pub lang: Option<Lang>,
    #[prop_or_default]
    pub theme: Theme,
    #[prop_or_default]
    pub skill: Option<Skill>,
    #[prop_or_default]
    pub exercises_base: AttrValue,
    #[prop_or_default]
    pub custom: Option<Rc<Parsed>>,
    #[prop_or_default]
    pub exercises_only: bool,
    #[prop_or_default]
    pub on_result: Callback<PracticeResult>,
    /// Inside the app's Practice tab, which already has the page's frame around it.
    #[prop_or_default]
    pub nested: bool,
}

/// The practice bundle's whole widget: the Practice screen with the rep's storage and language.
#[component]
pub fn PracticeApp(props: &PracticeAppProps) -> Html {
    let opened = use_memo(props.storage_prefix.clone(), |prefix| {
        open_with_settings(prefix)
    });
    let (store, settings, initial_notices) = (*opened).clone();
    let notices = use_state(|| initial_notices);
    let on_dismiss = dismiss_notice(&notices);
    let lang = interface_lang(&settings, props.lang);
    html! {
        <div class={props.theme.classes(props.nested)} lang={lang.code()} data-mode="practice"
            data-testid={if props.nested { "practice-widget" } else { "warmcall-app" }}>
            // Inside the app, the app has said what the store had to say.
            if !props.nested {
                <Notices notices={(*notices).clone()} {lang} ondismiss={on_dismiss} />
            }
            <div class="wc-panel" role="region" aria-label={t(lang, Text::TabPractice)} data-testid="panel-practice">
                <PracticeScreen {store} {lang} skill={props.skill} exercises_base={props.exercises_base.clone()}
                    custom={props.custom.clone()} exercises_only={props.exercises_only}
                    alone={!props.nested} on_result={props.on_result.clone()} />
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PracticeSlotProps {
    pub lang: Lang,
    pub theme: Theme,
    pub storage_prefix: AttrValue,
    pub practice: Option<PracticeLoader>,
}

/// The app's Practice tab: has the loader mount the practice bundle, so that the app's first
/// load does not carry the drills, and unmount it again when the tab closes.
#[component]
pub fn PracticeSlot(props: &PracticeSlotProps) -> Html {
    let failed = use_state(|| false);
    {
        let (failed, practice) = (failed.clone(), props.practice.clone());
        let (lang, theme, prefix) = (props.lang, props.theme, props.storage_prefix.clone());
        use_effect_with((lang, theme, prefix), move |(lang, theme, prefix)| {
            let options = js_sys::Object::new();
            for (key, value) in [
                ("lang", lang.code()),
                ("theme", theme.name()),
                ("storagePrefix", prefix.as_str()),
            ] {
                let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
            }
            let _ = js_sys::Reflect::set(&options, &"nested".into(), &true.into());
            let promise = practice.and_then(|practice| {
                practice
                    .load
                    .call2(&JsValue::NULL, &practice.host, &options)
                    .ok()?
                    .dyn_into::<js_sys::Promise>()
                    .ok()
            });
            // The widget once mounted, and whether the tab closed first: then it goes at once.
            let widget = Rc::new(RefCell::new(None::<JsValue>));
            let closed = Rc::new(Cell::new(false));
            match promise {
                None => failed.set(true),
                Some(promise) => {
                    let (widget, closed) = (widget.clone(), closed.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        match JsFuture::from(promise).await {
                            Ok(mounted) if closed.get() => unmount(&mounted),
                            Ok(mounted) => *widget.borrow_mut() = Some(mounted),
                            Err(_) => failed.set(true),
                        }
                    });
                }
            }
            move || {
                closed.set(true);
                if let Some(mounted) = widget.borrow_mut().take() {
                    unmount(&mounted);
                }
            }
        });
    }
    html! {
        if *failed {
            <p class="wc-error" role="alert" data-testid="practice-unavailable">{t(props.lang, Text::ExercisesUnavailable)}</p>
        }
    }
}

/// Calls `unmount()` on a widget of the practice bundle, which this bundle knows only from JS.
fn unmount(widget: &JsValue) {
    let unmount = js_sys::Reflect::get(widget, &"unmount".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(unmount) = unmount {
        let _ = unmount.call0(widget);
    }
}

/// One exercise of a finished session, for the summary: its first verdict and the one thing to
/// remember from it.
#[derive(Clone, PartialEq)]
struct Done {
    exercise: Exercise,
    pass: bool,
    remember: String,
}

/// A session under way: the planned exercises, where the rep is, the grade on screen, and how
/// many answers the current exercise has had.
#[derive(Clone, PartialEq)]
struct Session {
    exercises: Vec<Exercise>,
    position: usize,
    graded: Option<Grade>,
    tries: u32,
    done: Vec<Done>,
}

/// The rule a verdict leads with, by id and title: the missing item's, else the first broken,
/// else the one the skill trains.
fn remember(graded: &Grade, lang: Lang) -> String {
    graded
        .rules
        .first()
        .and_then(|id| rule_text(id, lang))
        .map(|rule| format!("{} · {}", rule.id, rule.title))
        .unwrap_or_default()
}

#[component]
pub fn PracticeScreen(props: &PracticeProps) -> Html {
    let stored = use_stored::<PracticeState>(&props.store, PRACTICE_KEY);
    let state = stored.value.clone();
    // A record that did not read was set aside: say so, or the rep's progress looks wiped.
    let record_notices = html! {
        <Notices notices={stored.notices.clone()} lang={props.lang} ondismiss={stored.dismiss.clone()} />
    };
    let lang = props.lang;
    let drill_lang = state.lang.unwrap_or(lang);
    let loaded = use_built_in(&props.exercises_base, drill_lang);
    let session = use_state(|| None::<Session>);
    let finished = use_state(|| None::<Vec<Done>>);
    // Back home after a session the button pressed is gone: focus the result, or after a stop
    // the Start button.
    let back_home = use_node_ref();
    {
        let back_home = back_home.clone();
        let in_session = use_mut_ref(|| false);
        use_effect_with(session.is_some(), move |&now_in_session| {
            let was_in_session = in_session.replace(now_in_session);
            if was_in_session && !now_in_session {
                if let Some(element) = back_home.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }

    let course = course_exercises(props.custom.as_deref(), &loaded, drill_lang);
    let of_skill = |exercise: &&Exercise| props.skill.is_none_or(|skill| exercise.skill == skill);
    let own: Rc<Vec<Exercise>> = Rc::new(
        course
            .usable
            .iter()
            .copied()
            .filter(of_skill)
            .cloned()
            .collect(),
    );
    let built_in: Rc<Vec<Exercise>> = match &loaded {
        Loaded::Ready(built_in) if !props.exercises_only => {
            Rc::new(built_in.iter().filter(of_skill).cloned().collect())
        }
        _ => Rc::new(Vec::new()),
    };
    let ready = matches!(loaded, Loaded::Ready(_));
    let exercises: Vec<Exercise> = own.iter().chain(built_in.iter()).cloned().collect();
    let today = local_now().date();

    let start = {
        let (session, finished, state) = (session.clone(), finished.clone(), state.clone());
        let (own, built_in) = (own.clone(), built_in.clone());
        let only = props.skill;
        Callback::from(move |skill: Option<Skill>| {
            let size = state.session_size.map_or(DEFAULT_SESSION_SIZE, usize::from);
            let today = local_now().date();
            let ids = plan_session(&state, &own, &built_in, size, skill.or(only), today);
            let planned: Vec<Exercise> = ids
                .iter()
                .filter_map(|id| {
                    own.iter()
                        .chain(built_in.iter())
                        .find(|exercise| &exercise.id == id)
                        .cloned()
                })
                .collect();
            finished.set(None);
            if !planned.is_empty() {
                session.set(Some(Session {
                    exercises: planned,
                    position: 0,
                    graded: None,
                    tries: 0,
                    done: Vec::new(),
                }));
            }
        })
    };

    if let Some(current) = (*session).clone() {
        let on_answer = {
            let (session, current, update, on_result) = (
                session.clone(),
                current.clone(),
                stored.update.clone(),
                props.on_result.clone(),
            );
            Callback::from(move |answer: Answer| {
                let Some(exercise) = current.exercises.get(current.position).cloned() else {
                    return;
                };
                let result = grade(&exercise, &answer, lang);
                let (pass, score) = (result.pass, result.score);
                let mut done = current.done.clone();
                // The first verdict is what the schedule keeps; a retry is for learning.
                if current.tries == 0 {
                    let recorded = exercise.clone();
                    update.emit(Box::new(move |state: &mut PracticeState| {
                        record(state, &recorded, pass, score, local_now())
                    }));
                    done.push(Done {
                        remember: remember(&result, lang),
                        exercise: exercise.clone(),
                        pass,
                    });
                }
                on_result.emit(PracticeResult {
                    skill: exercise.skill,
                    exercise_id: exercise.id.clone(),
                    pass,
                    score,
                    missing: result.missing.clone(),
                    attempt: current.tries + 1,
                });
                session.set(Some(Session {
                    graded: Some(result),
                    tries: current.tries + 1,
                    done,
                    ..current.clone()
                }));
            })
        };
        let on_next = {
            let (session, finished, current) = (session.clone(), finished.clone(), current.clone());
            Callback::from(move |_| {
                if current.position + 1 < current.exercises.len() {
                    session.set(Some(Session {
                        position: current.position + 1,
                        graded: None,
                        tries: 0,
                        ..current.clone()
                    }));
                } else {
                    finished.set(Some(current.done.clone()));
                    session.set(None);
                }
            })
        };
        let on_retry = {
            let (session, current) = (session.clone(), current.clone());
            Callback::from(move |_| {
                session.set(Some(Session {
                    graded: None,
                    ..current.clone()
                }))
            })
        };
        let on_stop = {
            let session = session.clone();
            Callback::from(move |_| session.set(None))
        };
        let Some(exercise) = current.exercises.get(current.position).cloned() else {
            return Html::default();
        };
        return html! {
            <section class="wc-practice" data-testid="practice-session">
                {record_notices}
                <ExerciseView
                    key={exercise.id.clone()} exercise={exercise.clone()}
                    position={current.position} total={current.exercises.len()}
                    graded={current.graded.clone()} retried={current.tries > 1} {lang}
                    ongrade={on_answer} onnext={on_next} onretry={on_retry} />
                // Said beside the verdict, where the rep is: the result stays in this session's
                // progress either way, but would be gone after a reload.
                {save_problem_view(stored.save_problem, lang)}
                <button type="button" class="wc-button wc-secondary" data-testid="practice-stop"
                    onclick={on_stop}>{t(lang, PracticeText::EndSession)}</button>
            </section>
        };
    }

    let on_drill_lang = {
        let update = stored.update.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let chosen = Lang::from_tag(&select.value());
            update.emit(Box::new(move |state: &mut PracticeState| {
                state.lang = chosen
            }))
        })
    };
    let on_size = {
        let update = stored.update.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Ok(size) = input.value().trim().parse::<usize>() {
                let size = size.clamp(*SESSION_SIZE_RANGE.start(), *SESSION_SIZE_RANGE.end());
                update.emit(Box::new(move |state: &mut PracticeState| {
                    state.session_size = u8::try_from(size).ok()
                }));
            }
        })
    };
    let summary = progress(&state, &exercises, today);
    let on_download = {
        let attempts = state.attempts.clone();
        Callback::from(move |_| {
            let csv = practice_results_csv(&attempts);
            super::files::download("warmcall-practice-results.csv", "text/csv", &csv);
        })
    };
    let size = state.session_size.map_or(DEFAULT_SESSION_SIZE, usize::from);

    html! {
        <section class="wc-practice" data-testid="practice-home">
            {record_notices}
            <h2>{t(lang, PracticeText::PracticeHeading)}</h2>
            <p class="wc-help">{t(lang, if props.alone { PracticeText::PracticeIntroAlone } else { PracticeText::PracticeIntro })}</p>
            {save_problem_view(stored.save_problem, lang)}
            if let Some(done) = &*finished {
                <SessionSummary done={done.clone()} {lang} focus={back_home.clone()} />
            }
            { course_notes(props.custom.as_deref(), &course, lang) }
            <div class="wc-row">
                { lang_select(t(lang, PracticeText::PracticeLanguage), "practice-lang", state.lang, t(lang, PracticeText::SameAsInterface), on_drill_lang) }
                <label>{t(lang, PracticeText::SessionSize)}
                    <input type="number" data-testid="practice-size" min={SESSION_SIZE_RANGE.start().to_string()}
                        max={SESSION_SIZE_RANGE.end().to_string()} value={size.to_string()} onchange={on_size} />
                </label>
            </div>
            {
                match &loaded {
                    Loaded::Loading => html! { <p class="wc-help" role="status">{t(lang, PracticeText::LoadingExercises)}</p> },
                    Loaded::Failed if own.is_empty() => html! { <p class="wc-error" role="alert" data-testid="practice-unavailable">{t(lang, Text::ExercisesUnavailable)}</p> },
                    _ if exercises.is_empty() => html! { <p class="wc-help">{t(lang, PracticeText::NoExercises)}</p> },
                    _ => html! {
                        <button type="button" class="wc-button" data-testid="practice-start"
                            ref={if finished.is_some() { NodeRef::default() } else { back_home.clone() }}
                            onclick={start.reform(|_| None)}>{t(lang, PracticeText::StartSession)}</button>
                    },
                }
            }
            { progress_view(&summary, props.skill, today, lang, (ready && !exercises.is_empty()).then_some(start)) }
            if !state.attempts.is_empty() {
                <button type="button" class="wc-link" data-testid="practice-download" onclick={on_download}>
                    {t(lang, PracticeText::DownloadResults)}</button>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    done: Vec<Done>,
    lang: Lang,
    /// Focused when the summary appears: the button pressed to get here is gone.
    focus: NodeRef,
}

/// The end of a session: how many passed, and per exercise the first verdict and the one rule
/// to remember from it.
#[component]
fn SessionSummary(props: &SummaryProps) -> Html {
    let lang = props.lang;
    let passed = props.done.iter().filter(|done| done.pass).count();
    let line = t(lang, PracticeText::SessionDone)
        .replace("{passed}", &passed.to_string())
        .replace("{total}", &props.done.len().to_string());
    html! {
        <section class="wc-card" data-testid="session-summary">
            <p class="wc-ok" role="status" data-testid="session-done" tabindex="-1" ref={props.focus.clone()}>{line}</p>
            <h3>{t(lang, PracticeText::SummaryHeading)}</h3>
            <ol class="wc-list">
                { for props.done.iter().map(|done| html! {
                    <li data-testid="summary-row" data-exercise={done.exercise.id.clone()} data-pass={done.pass.to_string()}>
                        <strong>{t(lang, if done.pass { PracticeText::Passed } else { PracticeText::NotYet })}</strong>
                        {" · "}{skill_label(lang, done.exercise.skill)}{": "}
                        <span lang={done.exercise.lang.code()}>{opening(&done.exercise.situation)}</span>
                        <br />{&done.remember}
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// The first words of a situation, enough to recognise the exercise by.
fn opening(situation: &str) -> String {
    const WORDS: usize = 10;
    let words: Vec<&str> = situation.split_whitespace().collect();
    if words.len() <= WORDS {
        return situation.to_owned();
    }
    format!("{} …", words[..WORDS].join(" "))
}

/// A course's own exercises, sorted for the drill language: those that join the built-in ones,
/// those whose id a built-in exercise already has (the built-in one wins), and how many are in
/// another language.
struct CourseExercises<'a> {
    usable: Vec<&'a Exercise>,
    taken_ids: Vec<&'a str>,
    other_language: usize,
}

fn course_exercises<'a>(
    custom: Option<&'a Parsed>,
    loaded: &Loaded,
    drill_lang: Lang,
) -> CourseExercises<'a> {
    let built_in: HashSet<&str> = match loaded {
        Loaded::Ready(built_in) => built_in
            .iter()
            .map(|exercise| exercise.id.as_str())
            .collect(),
        _ => HashSet::new(),
    };
    let mut course = CourseExercises {
        usable: Vec::new(),
        taken_ids: Vec::new(),
        other_language: 0,
    };
    for exercise in custom.iter().flat_map(|parsed| parsed.exercises.iter()) {
        if exercise.lang != drill_lang {
            course.other_language += 1;
        } else if built_in.contains(exercise.id.as_str()) {
            course.taken_ids.push(&exercise.id);
        } else {
            course.usable.push(exercise);
        }
    }
    course
}

/// What kept any of a course's own exercises out. A note, not an alert: the problems are for the
/// course's author, and every learner would hear an alert.
fn course_notes(custom: Option<&Parsed>, course: &CourseExercises, lang: Lang) -> Html {
    let problems = custom.map_or(&[][..], |parsed| &parsed.problems[..]);
    html! {
        <>
            if !problems.is_empty() || !course.taken_ids.is_empty() {
                <div class="wc-notice" data-testid="custom-exercise-problems">
                    <p>{t(lang, PracticeText::CustomExerciseProblems)}</p>
                    <ul class="wc-errors">
                        { for problems.iter().map(|problem| html! { <li>{problem_message(problem, lang)}</li> }) }
                        { for course.taken_ids.iter().map(|id| html! {
                            <li>{t(lang, PracticeText::IdOfBuiltIn).replace("{id}", id)}</li>
                        }) }
                    </ul>
                </div>
            }
            if let Some(parsed) = custom.filter(|parsed| !parsed.without_rubric.is_empty()) {
                <p class="wc-help" data-testid="custom-without-rubric">{without_rubric_message(lang, &parsed.without_rubric)}</p>
            }
            if course.other_language > 0 {
                <p class="wc-help" data-testid="custom-other-language">
                    {t(lang, PracticeText::CourseExercisesElsewhere).replace("{count}", &course.other_language.to_string())}
                </p>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ExerciseProps {
    exercise: Exercise,
    position: usize,
    total: usize,
    graded: Option<Grade>,
    /// The verdict on screen is a retry's.
    retried: bool,
    lang: Lang,
    ongrade: Callback<Answer>,
    onnext: Callback<()>,
    onretry: Callback<()>,
}

#[component]
fn ExerciseView(props: &ExerciseProps) -> Html {
    let lang = props.lang;
    let exercise = &props.exercise;
    let text = use_state(String::new);
    let choice = use_state(|| None::<Choice>);
    let is_what_now = exercise.skill == Skill::WhatNow;
    // The button that was pressed goes away each time (Start, Check, Next), so focus moves on:
    // to the new exercise's heading, where a screen reader starts reading it, and once graded
    // to the verdict.
    let (heading, verdict) = (use_node_ref(), use_node_ref());
    {
        let (heading, verdict) = (heading.clone(), verdict.clone());
        use_effect_with(props.graded.is_some(), move |&graded| {
            let target = if graded { verdict } else { heading };
            if let Some(element) = target.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let answer = if is_what_now {
        (*choice).map(Answer::Choice)
    } else {
        Some(text.trim())
            .filter(|t| !t.is_empty())
            .map(|t| Answer::Text(t.to_owned()))
    };
    let onsubmit = {
        let (ongrade, answer) = (props.ongrade.clone(), answer.clone());
        let graded = props.graded.is_some();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let (false, Some(answer)) = (graded, answer.clone()) {
                ongrade.emit(answer);
            }
        })
    };
    let on_text = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            text.set(area.value());
        })
    };
    let counter = t(lang, PracticeText::ExerciseOf)
        .replace("{n}", &(props.position + 1).to_string())
        .replace("{total}", &props.total.to_string());
    let last = props.position + 1 == props.total;

    html! {
        <form class="wc-exercise" data-testid="exercise" data-exercise={exercise.id.clone()}
            data-skill={skill_name(exercise.skill)} {onsubmit}>
            <p class="wc-help">{counter}{" · "}{skill_label(lang, exercise.skill)}</p>
            <h3 ref={heading} tabindex="-1">{skill_instruction(lang, exercise.skill)}</h3>
            <h4>{t(lang, PracticeText::TheSituation)}</h4>
            <p lang={exercise.lang.code()} data-testid="exercise-situation">{&exercise.situation}</p>
            if is_what_now {
                if let Some(lead) = &exercise.lead {
                    <div class="wc-card" lang={exercise.lang.code()} data-testid="exercise-lead">
                        { lead_details(lead, lang) }
                        { log_view(lead, lang) }
                    </div>
                }
                <fieldset class="wc-group">
                    <legend>{t(lang, PracticeText::WhatNowQuestion)}</legend>
                    { for CHOICES.iter().map(|&(option, name)| {
                        let onchange = { let choice = choice.clone(); Callback::from(move |_| choice.set(Some(option))) };
                        html! {
                            <label class="wc-choice">
                                <input type="radio" name={format!("choice-{}", exercise.id)} value={name}
                                    data-testid={format!("choice-{name}")} checked={*choice == Some(option)}
                                    disabled={props.graded.is_some()} {onchange} />
                                {choice_label(lang, option)}
                            </label>
                        }
                    }) }
                </fieldset>
            } else {
                <h4>{t(lang, PracticeText::RewriteThis)}</h4>
                <blockquote lang={exercise.lang.code()} data-testid="exercise-prompt">{&exercise.prompt}</blockquote>
                <label>{t(lang, PracticeText::YourVersion)}
                    <textarea rows="3" lang={exercise.lang.code()} data-testid="exercise-answer"
                        value={(*text).clone()} oninput={on_text} readonly={props.graded.is_some()} />
                </label>
            }
            if let Some(graded) = &props.graded {
                { grade_view(graded, exercise, lang, verdict.clone()) }
                if props.retried {
                    <p class="wc-help" data-testid="retry-note">{t(lang, PracticeText::FirstAnswerCounts)}</p>
                }
                <div class="wc-row">
                    if !graded.pass {
                        <button type="button" class="wc-button wc-secondary" data-testid="exercise-retry"
                            onclick={props.onretry.reform(|_| ())}>{t(lang, PracticeText::TryAgain)}</button>
                    }
                    <button type="button" class="wc-button" data-testid="exercise-next"
                        onclick={props.onnext.reform(|_| ())}>
                        {t(lang, if last { PracticeText::FinishSession } else { PracticeText::NextExercise })}
                    </button>
                </div>
            } else {
                <button type="submit" class="wc-button" data-testid="exercise-check"
                    disabled={answer.is_none()}>{t(lang, PracticeText::CheckAnswer)}</button>
            }
        </form>
    }
}

/// What the advisor reads besides the log, as the lead page would show it.
fn lead_details(lead: &Lead, lang: Lang) -> Html {
    let who = [
        lead.name.as_str(),
        lead.role.as_str(),
        lead.company.as_str(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let facts = card_facts(lead, lang);
    html! {
        <>
            <h4>{who}</h4>
            <p>{facts.join(" · ")}</p>
            if !lead.notes.is_empty() { <p>{&lead.notes}</p> }
        </>
    }
}

/// The verdict first (focused, so a screen reader reads it), then for a rewrite the model answer
/// and "Why?", for a what-now choice the advice with its reasons and "Why?".
fn grade_view(graded: &Grade, exercise: &Exercise, lang: Lang, verdict: NodeRef) -> Html {
    let verdict_text = if graded.pass {
        PracticeText::Passed
    } else {
        PracticeText::NotYet
    };
    html! {
        <div class={classes!("wc-analysis", (!graded.pass).then_some("wc-flagged"))} data-testid="exercise-grade"
            data-pass={graded.pass.to_string()} data-score={graded.score.to_string()}>
            <div ref={verdict} tabindex="-1" data-testid="exercise-verdict">
                <p><strong>{t(lang, verdict_text)}</strong>
                    if exercise.skill == Skill::WarmUp { {" · "}{t(lang, Text::Score)}{": "}{graded.score}{" / 100"} }
                </p>
                <p>{&graded.message}</p>
            </div>
            {
                match (&graded.advice, &graded.model) {
                    (Some(advice), _) => html! {
                        <>
                            <h4>{t(lang, PracticeText::CoachAdvice)}</h4>
                            {advice_view(advice, lang)}
                        </>
                    },
                    (None, Answer::Text(model)) => html! {
                        <>
                            <h4>{t(lang, PracticeText::ModelAnswer)}</h4>
                            <p lang={exercise.lang.code()} data-testid="model-answer">{model}</p>
                            {why(&graded.rules, lang, &FAMILIES)}
                        </>
                    },
                    (None, Answer::Choice(_)) => Html::default(),
                }
            }
        </div>
    }
}

pub fn skill_name(skill: Skill) -> &'static str {
    name_of(SKILLS, skill)
}

/// The skill named by a course page's `data-skill`.
pub fn skill_by_name(name: &str) -> Option<Skill> {
    by_name(SKILLS, name)
}

fn progress_view(
    summary: &Progress,
    only: Option<Skill>,
    today: NaiveDate,
    lang: Lang,
    start: Option<Callback<Option<Skill>>>,
) -> Html {
    let shown: Vec<_> = summary
        .skills
        .iter()
        .filter(|skill| only.is_none_or(|only| skill.skill == only))
        .collect();
    html! {
        <section class="wc-progress" data-testid="practice-progress" data-attempts={summary.total_attempts.to_string()}>
            <h3>{t(lang, PracticeText::ProgressHeading)}</h3>
            if summary.total_attempts == 0 {
                <p class="wc-help">{t(lang, PracticeText::NoAttemptsYet)}</p>
            } else {
                <p data-testid="practice-streak">{t(lang, PracticeText::StreakDays).replace("{days}", &summary.streak_days.to_string())}</p>
                { chart(&shown, today, lang) }
            }
            <ul class="wc-list wc-skills">
                { for shown.iter().map(|skill| {
                    let next = only.is_none() && skill.skill == summary.next_skill;
                    let line = match skill.recent_pass_rate {
                        Some(rate) => t(lang, PracticeText::PassRateLine).replace("{rate}", &rate.to_string()).replace("{attempts}", &skill.attempts.to_string()),
                        None => t(lang, PracticeText::NotPractised).to_owned(),
                    };
                    let name = skill_name(skill.skill);
                    html! {
                        <li data-testid={format!("skill-{name}")} data-next={next.to_string()}>
                            <span class={format!("wc-swatch wc-skill-{name}")} aria-hidden="true"></span>
                            <strong>{skill_label(lang, skill.skill)}</strong>
                            if next { {" · "}<span class="wc-badge">{t(lang, PracticeText::PractiseNext)}</span> }
                            <br />{line}
                            if let Some(start) = start.clone().filter(|_| only.is_none()) {
                                <br /><button type="button" class="wc-link" data-testid={format!("practice-skill-{name}")}
                                    aria-label={format!("{}: {}", t(lang, PracticeText::StartSkillSession), skill_label(lang, skill.skill))}
                                    onclick={start.reform({ let skill = skill.skill; move |_| Some(skill) })}>
                                    {t(lang, PracticeText::StartSkillSession)}</button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// An inline SVG line per skill: the pass rate of each day with attempts over the last
/// `CHART_DAYS` days. The list beside it says the same in words, for screen readers.
fn chart(skills: &[&crate::coach::practice::SkillProgress], today: NaiveDate, lang: Lang) -> Html {
    const WIDTH: i64 = 300;
    const HEIGHT: i64 = 100;
    let span = CHART_DAYS as i64 - 1;
    let point = |day: NaiveDate, rate: u8| {
        let age = (today - day).num_days().clamp(0, span);
        (
            (span - age) * WIDTH / span,
            HEIGHT - i64::from(rate) * HEIGHT / 100,
        )
    };
    html! {
        <svg class="wc-chart" data-testid="practice-chart" viewBox="-50 -10 360 126" role="img"
            aria-label={t(lang, PracticeText::ChartTitle).replace("{days}", &CHART_DAYS.to_string())}>
            { for [0, 50, 100].iter().map(|rate| {
                let y = (HEIGHT - rate * HEIGHT / 100).to_string();
                html! {
                    <>
                        <line class="wc-grid" x1="0" x2={WIDTH.to_string()} y1={y.clone()} y2={y.clone()} />
                        <text class="wc-axis" x="-6" y={y} text-anchor="end" dominant-baseline="middle">{format!("{rate} %")}</text>
                    </>
                }
            }) }
            <text class="wc-axis" x={WIDTH.to_string()} y={(HEIGHT + 14).to_string()} text-anchor="end">{t(lang, Text::TabToday)}</text>
            { for skills.iter().map(|skill| {
                let points: Vec<(i64, i64)> = skill.days.iter().map(|day| point(day.day, day.pass_rate)).collect();
                let line = points.iter().map(|(x, y)| format!("{x},{y}")).collect::<Vec<_>>().join(" ");
                let name = skill_name(skill.skill);
                html! {
                    <g class={format!("wc-skill-{name}")} data-testid={format!("chart-{name}")} data-points={points.len().to_string()}>
                        <polyline points={line} />
                        { for points.iter().map(|(x, y)| html! { <circle cx={x.to_string()} cy={y.to_string()} r="3" /> }) }
                    </g>
                }
            }) }
        </svg>
    }
}
