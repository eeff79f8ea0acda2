//! The pure coaching domain: everything the coach knows, with no browser types, so that it
//! builds and is tested natively. Rule ids (F3, T2, L7, ...) refer to
//! `../shared/coaching-rules.md`. Functions that depend on the time take `now` as input.

// First, so that the language tables can use `words!`.
#[macro_use]
mod words;

pub mod advice_text;
pub mod advisor;
pub mod api;
pub mod detect;
pub mod export;
pub mod flow;
pub mod followup;
pub mod grammar;
pub mod greeting;
pub mod holidays;
pub mod import;
pub mod lang;
pub mod lead;
pub mod opener;
pub mod practice;
pub mod prepared;
pub mod question;
pub mod rules;
pub mod safekeeping;
pub mod samples;
pub mod schedule;
pub mod settings;
pub mod text;
pub mod worklist;

pub use lang::Lang;
