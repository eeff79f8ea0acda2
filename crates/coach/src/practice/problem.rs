//! What can be wrong in a course's exercise file, and the limits it is checked against: kept
//! apart from the parser so that the messages (`text`) need not know the parser.

/// More than any course needs, and few enough that grading every model answer stays quick.
pub const MAX_EXERCISES: usize = 500;
/// The schema's limit for `situation`, `prompt` and `model`, in characters.
pub const MAX_TEXT_CHARS: usize = 600;
pub const MAX_ID_CHARS: usize = 100;
/// Limits of a rubric: more groups than a spoken answer can carry, phrases longer than a clause,
/// or a list of alternatives longer than anyone checks are mistakes.
pub const MAX_RUBRIC_GROUPS: usize = 6;
pub const MAX_RUBRIC_PHRASES: usize = 30;
pub const MAX_PHRASE_CHARS: usize = 80;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The exercise's position in the list, from 0 (messages count from 1); `None` when the
    /// problem is the file's as a whole.
    pub index: Option<usize>,
    /// The exercise's id when it reads as one.
    pub id: Option<String>,
    /// The JSON field ("model", "lead", ...); `None` when the exercise as a whole is wrong.
    pub field: Option<&'static str>,
    pub kind: ProblemKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// The text is not JSON at all.
    NotJson,
    /// JSON, but neither an array nor an object with an `exercises` array.
    NotAList,
    /// More than [`MAX_EXERCISES`]; the rest are not read.
    TooMany,
    /// An element of the list that is not an object.
    NotAnExercise,
    MissingField,
    DuplicateField,
    /// The value is of the wrong type or format: a number for a text, a lead or settings that do
    /// not read, a `now` that is not an ISO local date-time.
    Unreadable,
    UnknownSkill,
    UnknownLang,
    UnknownChoice,
    EmptyText,
    /// Longer than [`MAX_TEXT_CHARS`] ([`MAX_ID_CHARS`] for the id).
    TooLong,
    DuplicateId,
    /// A what-now exercise without `lead` or `now`.
    MissingForWhatNow,
    /// The model answer does not pass its own grader.
    ModelFails,
    /// The prompt already passes the grader, so there is nothing to improve.
    PromptPasses,
    /// A rubric group (counted from 0) the model answer does not carry.
    ModelMissesRubric {
        group: usize,
    },
    /// A rubric group with no phrase, or a phrase with no letter or digit.
    EmptyRubricGroup {
        group: usize,
    },
    /// More than [`MAX_RUBRIC_GROUPS`] groups, [`MAX_RUBRIC_PHRASES`] phrases in a group, or a
    /// phrase over [`MAX_PHRASE_CHARS`] characters.
    RubricTooLarge,
}
