//! The grammar the templates need per language: how the rep's words fit into the coach's
//! sentences (case, number, articles, prepositions, pronoun order, register).

pub mod de;
pub mod en;
pub mod nb;
pub mod nl;
pub mod sv;
