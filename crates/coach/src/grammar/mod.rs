//! The grammar the templates need per language: how the rep's words fit into the coach's
//! sentences (case, number, articles, prepositions, pronoun order, register).

pub mod de;
pub mod en;
pub mod nb;
pub mod nl;
pub mod sv;

/// The rep's first word, lowercase: what kind of phrase they typed ("a", "we", "finding").
fn first_word(text: &str) -> String {
    text.split_whitespace().next().unwrap_or("").to_lowercase()
}

/// What a hook is about: the first of its first three words, lowercase, that is not in `skip`
/// (articles, possessives, "new"), so "your recent interview" is about an interview.
fn head_word(hook: &str, skip: &[&str]) -> String {
    hook.split_whitespace()
        .take(3)
        .map(str::to_lowercase)
        .find(|word| !skip.contains(&word.as_str()))
        .unwrap_or_default()
}
