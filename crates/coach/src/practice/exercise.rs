//! Reading a list of exercises, one exercise at a time: a broken exercise costs only itself.
//!
//! Why not one serde struct for the whole list: a streaming reader stops at the first error, so
//! one bad field would cost every exercise after it, and its error names one field at most. The
//! text is instead checked once as JSON, cut into exercises and each exercise into its fields
//! (cutting valid JSON needs only to know where strings and brackets are), and each field read on
//! its own with the crate's JSON reader, so every problem of every exercise is reported.
//!
//! Decisions:
//! - Unknown fields are ignored, as in every stored record here, so that a file written for a
//!   later version still loads.
//! - Texts are trimmed. `lead`, `now` and `settings` are only read for what-now; `null` counts as
//!   absent.
//! - An exercise whose fields all read is then graded with its own model answer (which must pass)
//!   and its prompt (which must fail); see [`grade`].
//! - Of two exercises with the same id the first is kept.
//! - `rubric` is optional: a text exercise without one is graded by its form alone, and
//!   [`Parsed::without_rubric`] lists it so that the author is told. What-now has none (the
//!   advisor decides), so a rubric there is not read.
//! - A byte order mark before the JSON is skipped: editors on Windows write one.

use chrono::NaiveDateTime;
use serde::de::{DeserializeOwned, IgnoredAny};

use super::grade::{grade, Answer};
use super::problem::{
    Problem, ProblemKind, MAX_EXERCISES, MAX_ID_CHARS, MAX_PHRASE_CHARS, MAX_RUBRIC_GROUPS,
    MAX_RUBRIC_PHRASES, MAX_TEXT_CHARS,
};
use super::rubric::missing_groups;
use super::{Exercise, Skill, CHOICES, SKILLS};
use crate::advice_text::by_name;
use crate::lead::Lead;
use crate::schedule::parse_iso_local;
use crate::settings::Settings;
use crate::Lang;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The valid exercises, in file order.
    pub exercises: Vec<Exercise>,
    /// In file order; several per exercise when several fields are wrong.
    pub problems: Vec<Problem>,
    /// The ids of valid text exercises without a rubric, graded by their form alone.
    pub without_rubric: Vec<String>,
}

impl Problem {
    fn file(kind: ProblemKind) -> Self {
        Problem {
            index: None,
            id: None,
            field: None,
            kind,
        }
    }
}

pub fn parse_exercises(json: &str) -> Parsed {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let mut parsed = Parsed::default();
    if warmcall_json::from_str::<IgnoredAny>(json).is_err() {
        parsed.problems.push(Problem::file(ProblemKind::NotJson));
        return parsed;
    }
    let Some(list) = exercise_list(json) else {
        parsed.problems.push(Problem::file(ProblemKind::NotAList));
        return parsed;
    };
    let mut elements = members(list, MAX_EXERCISES + 1);
    if elements.len() > MAX_EXERCISES {
        elements.truncate(MAX_EXERCISES);
        parsed.problems.push(Problem::file(ProblemKind::TooMany));
    }
    for (index, element) in elements.into_iter().enumerate() {
        let mut reading = Reading {
            index,
            id: None,
            problems: Vec::new(),
        };
        if let Some(exercise) = reading.exercise(element) {
            if parsed.exercises.iter().any(|kept| kept.id == exercise.id) {
                reading.problem(Some("id"), ProblemKind::DuplicateId);
            } else {
                reading.check_graders(&exercise);
            }
            if reading.problems.is_empty() {
                if exercise.rubric.is_empty() && exercise.skill != Skill::WhatNow {
                    parsed.without_rubric.push(exercise.id.clone());
                }
                parsed.exercises.push(exercise);
            }
        }
        parsed.problems.append(&mut reading.problems);
    }
    parsed
}

/// The array of exercises: the whole text, or the `exercises` field of an object.
fn exercise_list(json: &str) -> Option<&str> {
    let json = json.trim();
    if json.starts_with('[') {
        return Some(json);
    }
    if !json.starts_with('{') {
        return None;
    }
    members(json, usize::MAX)
        .into_iter()
        .find_map(|member| {
            let (key, value) = entry(member)?;
            (key == "exercises").then_some(value)
        })
        .filter(|value| value.starts_with('['))
}

/// One exercise being read: its problems so far, named by its position and (once read) its id.
struct Reading {
    index: usize,
    id: Option<String>,
    problems: Vec<Problem>,
}

/// The raw JSON of the fields an exercise may have.
#[derive(Default)]
struct Fields<'a> {
    id: Option<&'a str>,
    skill: Option<&'a str>,
    lang: Option<&'a str>,
    situation: Option<&'a str>,
    prompt: Option<&'a str>,
    model: Option<&'a str>,
    lead: Option<&'a str>,
    now: Option<&'a str>,
    settings: Option<&'a str>,
    rubric: Option<&'a str>,
    /// Fields given more than once.
    repeated: Vec<&'static str>,
}

impl Reading {
    fn problem(&mut self, field: Option<&'static str>, kind: ProblemKind) {
        self.problems.push(Problem {
            index: Some(self.index),
            id: self.id.clone(),
            field,
            kind,
        });
    }

    /// The exercise when every field reads; otherwise `None`, with the problems recorded.
    fn exercise(&mut self, element: &str) -> Option<Exercise> {
        if !element.starts_with('{') {
            self.problem(None, ProblemKind::NotAnExercise);
            return None;
        }
        let fields = Reading::fields(element);
        // The id first, so that every other problem can name the exercise by it.
        let id = self.text("id", fields.id, MAX_ID_CHARS);
        self.id = id.clone();
        for field in fields.repeated {
            self.problem(Some(field), ProblemKind::DuplicateField);
        }
        let skill = self.named("skill", fields.skill, SKILLS, ProblemKind::UnknownSkill);
        let lang = self.named("lang", fields.lang, &LANGS, ProblemKind::UnknownLang);
        let situation = self.text("situation", fields.situation, MAX_TEXT_CHARS);
        let prompt = self.text("prompt", fields.prompt, MAX_TEXT_CHARS);
        let model = self.text("model", fields.model, MAX_TEXT_CHARS);
        let (mut lead, mut now, mut settings, mut rubric) = (None, None, None, Vec::new());
        if skill == Some(Skill::WhatNow) {
            for (field, text) in [("prompt", &prompt), ("model", &model)] {
                if text
                    .as_deref()
                    .is_some_and(|name| by_name(CHOICES, name).is_none())
                {
                    self.problem(Some(field), ProblemKind::UnknownChoice);
                }
            }
            lead = self.what_now_field::<Lead>("lead", fields.lead);
            now = self
                .what_now_field::<String>("now", fields.now)
                .and_then(|text| self.date_time(&text));
            if let Some(raw) = fields.settings {
                settings = self.read::<Option<Settings>>("settings", raw)?;
            }
        } else if let Some(raw) = fields.rubric {
            rubric = self.rubric(raw);
        }
        if !self.problems.is_empty() {
            return None;
        }
        Some(Exercise {
            id: id?,
            skill: skill?,
            lang: lang?,
            situation: situation?,
            prompt: prompt?,
            model: model?,
            lead,
            now,
            settings,
            rubric,
        })
    }

    /// The rubric, its phrases trimmed; empty when absent, `null`, or wrong (then recorded).
    fn rubric(&mut self, raw: &str) -> Vec<Vec<String>> {
        let Some(groups) = self.read::<Option<Vec<Vec<String>>>>("rubric", raw) else {
            return Vec::new();
        };
        let mut groups = groups.unwrap_or_default();
        let too_large = groups.len() > MAX_RUBRIC_GROUPS
            || groups.iter().flatten().count() > MAX_RUBRIC_GROUPS * MAX_RUBRIC_PHRASES
            || groups.iter().any(|group| group.len() > MAX_RUBRIC_PHRASES)
            || groups
                .iter()
                .flatten()
                .any(|phrase| phrase.trim().chars().count() > MAX_PHRASE_CHARS);
        if too_large {
            self.problem(Some("rubric"), ProblemKind::RubricTooLarge);
            return Vec::new();
        }
        for (group, phrases) in groups.iter_mut().enumerate() {
            for phrase in phrases.iter_mut() {
                *phrase = phrase.trim().to_owned();
            }
            let empty = phrases.is_empty()
                || phrases
                    .iter()
                    .any(|phrase| !phrase.chars().any(crate::text::is_word_char));
            if empty {
                self.problem(Some("rubric"), ProblemKind::EmptyRubricGroup { group });
            }
        }
        groups
    }

    fn fields(object: &str) -> Fields<'_> {
        let mut fields = Fields::default();
        for (key, value) in members(object, usize::MAX).into_iter().filter_map(entry) {
            let (name, slot) = match key.as_str() {
                "id" => ("id", &mut fields.id),
                "skill" => ("skill", &mut fields.skill),
                "lang" => ("lang", &mut fields.lang),
                "situation" => ("situation", &mut fields.situation),
                "prompt" => ("prompt", &mut fields.prompt),
                "model" => ("model", &mut fields.model),
                "lead" => ("lead", &mut fields.lead),
                "now" => ("now", &mut fields.now),
                "settings" => ("settings", &mut fields.settings),
                "rubric" => ("rubric", &mut fields.rubric),
                _ => continue,
            };
            if slot.replace(value).is_some() {
                fields.repeated.push(name);
            }
        }
        fields
    }

    /// A value read with the crate's JSON reader, or `None` with the problem recorded.
    fn read<T: DeserializeOwned>(&mut self, field: &'static str, raw: &str) -> Option<T> {
        let value = warmcall_json::from_str(raw).ok();
        if value.is_none() {
            self.problem(Some(field), ProblemKind::Unreadable);
        }
        value
    }

    fn required<T: DeserializeOwned>(
        &mut self,
        field: &'static str,
        raw: Option<&str>,
    ) -> Option<T> {
        match raw {
            Some(raw) => self.read(field, raw),
            None => {
                self.problem(Some(field), ProblemKind::MissingField);
                None
            }
        }
    }

    /// A required text, trimmed, of 1 to `max_chars` characters.
    fn text(&mut self, field: &'static str, raw: Option<&str>, max_chars: usize) -> Option<String> {
        let text = self.required::<String>(field, raw)?;
        let text = text.trim();
        let kind = if text.is_empty() {
            ProblemKind::EmptyText
        } else if text.chars().count() > max_chars {
            ProblemKind::TooLong
        } else {
            return Some(text.to_owned());
        };
        self.problem(Some(field), kind);
        None
    }

    /// A required name from `table`, trimmed.
    fn named<T: Copy>(
        &mut self,
        field: &'static str,
        raw: Option<&str>,
        table: &[(T, &str)],
        unknown: ProblemKind,
    ) -> Option<T> {
        let name = self.required::<String>(field, raw)?;
        let value = by_name(table, name.trim());
        if value.is_none() {
            self.problem(Some(field), unknown);
        }
        value
    }

    /// A field what-now needs; `null` counts as absent.
    fn what_now_field<T: DeserializeOwned>(
        &mut self,
        field: &'static str,
        raw: Option<&str>,
    ) -> Option<T> {
        match raw.map(|raw| self.read::<Option<T>>(field, raw)) {
            Some(Some(Some(value))) => Some(value),
            // Unreadable, and recorded.
            Some(None) => None,
            None | Some(Some(None)) => {
                self.problem(Some(field), ProblemKind::MissingForWhatNow);
                None
            }
        }
    }

    /// The `now` field's text as a local date-time, like the lead's own times.
    fn date_time(&mut self, text: &str) -> Option<NaiveDateTime> {
        let at = parse_iso_local(text);
        if at.is_none() {
            self.problem(Some("now"), ProblemKind::Unreadable);
        }
        at
    }

    /// The schema's promise about every exercise: the model passes its grader, the prompt does
    /// not. The ui language does not change a verdict, so the exercise's own is used.
    /// A model that fails only for want of a rubric group is told which group.
    fn check_graders(&mut self, exercise: &Exercise) {
        let graded = |exercise: &Exercise, text: &str| {
            grade(exercise, &Answer::Text(text.to_owned()), exercise.lang)
        };
        if !graded(exercise, &exercise.model).pass {
            let by_form = Exercise {
                rubric: Vec::new(),
                ..exercise.clone()
            };
            if !graded(&by_form, &exercise.model).pass {
                self.problem(Some("model"), ProblemKind::ModelFails);
            }
            let missed = missing_groups(&exercise.rubric, &exercise.model, exercise.lang);
            for group in missed {
                self.problem(Some("rubric"), ProblemKind::ModelMissesRubric { group });
            }
        }
        if graded(exercise, &exercise.prompt).pass {
            self.problem(Some("prompt"), ProblemKind::PromptPasses);
        }
    }
}

/// The schema's language codes, exactly: a browser tag like "sv-SE" is not one.
const LANGS: [(Lang, &str); 5] = [
    (Lang::En, "en"),
    (Lang::Sv, "sv"),
    (Lang::De, "de"),
    (Lang::Nb, "nb"),
    (Lang::Nl, "nl"),
];

/// The bytes of `text` that are outside strings, with their positions. The quotes themselves
/// are left out too.
fn outside_strings(text: &str) -> impl Iterator<Item = (usize, u8)> + '_ {
    let (mut in_string, mut escaped) = (false, false);
    text.bytes().enumerate().filter(move |&(_, byte)| {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            false
        } else {
            in_string = byte == b'"';
            !in_string
        }
    })
}

/// The members of a JSON array or object (elements, or `"key": value` entries), trimmed, at
/// most `limit` of them. `container` must be valid JSON starting with its bracket.
fn members(container: &str, limit: usize) -> Vec<&str> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut start = 1;
    for (pos, byte) in outside_strings(container) {
        let end_of_member = match byte {
            b'[' | b'{' => {
                depth += 1;
                false
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                depth == 0
            }
            b',' => depth == 1,
            _ => false,
        };
        if end_of_member {
            let member = container[start..pos].trim();
            // Only the empty container has an empty member.
            if !member.is_empty() {
                found.push(member);
            }
            start = pos + 1;
            if depth == 0 || found.len() >= limit {
                break;
            }
        }
    }
    found
}

/// An object member split into its key (unescaped) and its value's JSON.
fn entry(member: &str) -> Option<(String, &str)> {
    let (colon, _) = outside_strings(member).find(|&(_, byte)| byte == b':')?;
    let key = warmcall_json::from_str::<String>(&member[..colon]).ok()?;
    Some((key, member[colon + 1..].trim()))
}
