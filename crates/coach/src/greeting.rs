//! How a line names the customer: the greeting, and the company as said aloud.
//!
//! The greeting: The name the rep typed decides the greeting's register, so
//! that greeting and name agree: a courtesy title ("Frau Berger", "meneer Jansen", "Ms Holm")
//! takes the formal greeting with the name as typed, a bare name the informal greeting with the
//! first name only ("Hi Anna", never "Hi Anna Holm"). In German a formal line to a full name
//! greets with "Herr"/"Frau" and the surname when the first name tells which ("Guten Tag Herr
//! Becker", "Guten Tag Herr Dr. Müller"), else without the name: "Guten Tag Jonas Becker" is
//! not said. In Dutch a formal line to a bare name greets without it, and "Hallo Jonas" next
//! to *Sie* is a choice the coach leaves to the rep.

use crate::text::{is_upper, Lower};
use crate::Lang;

/// Informal, then formal. Swedish and Norwegian greet everyone the same way.
const WORDS: [[&str; 2]; Lang::COUNT] = [
    ["Hi", "Hello"],
    ["Hej", "Hej"],
    ["Hallo", "Guten Tag"],
    ["Hei", "Hei"],
    ["Hoi", "Goedendag"],
];

/// Courtesy titles, lowercase without a full stop, that start a formal address. One list for
/// all languages: "Herr Becker" is a formal address in an English call too.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "herr", "frau", "meneer", "mevrouw", "dhr", "mevr",
];

/// The greeting without punctuation: "Hi Anna", "Guten Tag Frau Berger", "Goedendag".
pub fn greeting(lang: Lang, formal: bool, name: &str) -> String {
    let words = WORDS[lang.index()];
    let mut parts = name.split_whitespace();
    let Some(first) = parts.next() else {
        return words[usize::from(formal)].to_owned();
    };
    let title = first.trim_end_matches('.').lower();
    let academic = matches!(title.as_str(), "dr" | "prof");
    if lang == Lang::De && (formal || academic) && !matches!(title.as_str(), "herr" | "frau") {
        return match crate::grammar::de::formal_address(name) {
            Some(address) => format!("{} {address}", words[1]),
            None => words[1].to_owned(),
        };
    }
    if TITLES.contains(&title.as_str()) {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        return format!("{} {name}", words[1]);
    }
    if formal && matches!(lang, Lang::De | Lang::Nl) {
        return words[1].to_owned();
    }
    format!("{} {first}", words[0])
}

/// Legal forms as typed in a CRM, lowercase without dots, that nobody says on a call.
const LEGAL_FORMS: &[&str] = &[
    "ltd", "limited", "plc", "llp", "llc", "inc", "corp", "gmbh", "ag", "kg", "ohg", "ev", "se",
    "ab", "publ", "(publ)", "hb", "kb", "as", "asa", "ans", "da", "bv", "nv", "vof", "aps", "oy",
    "oyj",
];

/// The company as said aloud: without its legal form ("Nordic Freight Ltd" → "Nordic
/// Freight", "Müller GmbH & Co. KG" → "Müller", "Bakkerij de Vries B.V." → "Bakkerij de
/// Vries"). A name that is nothing but a legal form stays as typed.
pub fn spoken_company(company: &str) -> String {
    let mut words: Vec<&str> = company.split_whitespace().collect();
    let mut stripped = false;
    while words.len() > 1 {
        let last = words[words.len() - 1]
            .trim_end_matches(['.', ','])
            .replace('.', "")
            .lower();
        let joins_a_form = stripped && matches!(last.as_str(), "&" | "co" | "+");
        if LEGAL_FORMS.contains(&last.as_str()) || joins_a_form {
            words.pop();
            stripped = true;
        } else {
            break;
        }
    }
    words
        .join(" ")
        .trim_end_matches([',', '&'])
        .trim_end()
        .to_owned()
}

/// Running text (a promised action, a topic) with the legal forms of the companies in it left
/// out, as said aloud: "check the figures with Harbour Logistics Ltd" → "check the figures with
/// Harbour Logistics", "prata med Nordfrakt AB om hämttiderna" → "prata med Nordfrakt om
/// hämttiderna". A legal form counts only after a capitalised word and when not written as an
/// ordinary lowercase word ("as", "se", "da" are words in English and the Nordic languages).
pub fn spoken_names(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut in_form = false;
    for word in words {
        let letters = word
            .trim_end_matches([',', ';', ':', ')', '.'])
            .replace('.', "")
            .lower();
        let tail: String = {
            let core = word.trim_end_matches([',', ';', ':', ')', '.']);
            let tail = &word[core.len()..];
            tail.trim_start_matches('.').to_owned()
        };
        let after_name = out
            .last()
            .and_then(|last| last.chars().next())
            .is_some_and(is_upper);
        let typed_as_form = word.chars().any(is_upper) || letters == "plc";
        let is_form =
            LEGAL_FORMS.contains(&letters.as_str()) && typed_as_form && (after_name || in_form);
        let joins = in_form && matches!(letters.as_str(), "&" | "co" | "+");
        if is_form || joins {
            in_form = true;
            if let Some(last) = out.last_mut() {
                last.push_str(&tail);
            }
            continue;
        }
        in_form = false;
        out.push(word.to_owned());
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_decides_the_register() {
        let cases = [
            (Lang::En, false, "Anna Holm", "Hi Anna"),
            (Lang::En, true, "Ms Holm", "Hello Ms Holm"),
            (Lang::En, true, "", "Hello"),
            (Lang::Sv, true, "Anna Holm", "Hej Anna"),
            (Lang::De, true, "Jonas Becker", "Guten Tag Herr Becker"),
            (Lang::De, true, "Kim Becker", "Guten Tag"),
            (
                Lang::De,
                true,
                "Dr. Thomas Müller",
                "Guten Tag Herr Dr. Müller",
            ),
            (Lang::De, true, "Frau  Berger", "Guten Tag Frau Berger"),
            (Lang::De, false, "Jonas Becker", "Hallo Jonas"),
            (
                Lang::De,
                false,
                "Herr Dr. Becker",
                "Guten Tag Herr Dr. Becker",
            ),
            (Lang::Nb, false, "Dr. Lie", "Hei Dr. Lie"),
            (Lang::En, false, "Herr Becker", "Hello Herr Becker"),
            (Lang::Nl, false, "Sanne de Vries", "Hoi Sanne"),
            (
                Lang::Nl,
                true,
                "mevrouw De Vries",
                "Goedendag mevrouw De Vries",
            ),
            (Lang::Nl, true, "Sanne", "Goedendag"),
        ];
        for (lang, formal, name, expected) in cases {
            assert_eq!(
                greeting(lang, formal, name),
                expected,
                "{lang:?} {formal} {name}"
            );
        }
    }

    #[test]
    fn legal_forms_in_running_text_are_not_said() {
        for (typed, said) in [
            (
                "check the figures with Harbour Logistics Ltd",
                "check the figures with Harbour Logistics",
            ),
            (
                "prata med Nordfrakt AB om hämttiderna",
                "prata med Nordfrakt om hämttiderna",
            ),
            (
                "mit der Müller GmbH & Co. KG, über die Preise sprechen",
                "mit der Müller, über die Preise sprechen",
            ),
            (
                "snakke med Nordfrakt AS om hentetidene",
                "snakke med Nordfrakt om hentetidene",
            ),
            ("met Van Dijk B.V. praten", "met Van Dijk praten"),
            (
                "se på det så snart som mulig",
                "se på det så snart som mulig",
            ),
            ("ask Sam as soon as possible", "ask Sam as soon as possible"),
        ] {
            assert_eq!(spoken_names(typed), said);
        }
    }

    #[test]
    fn legal_forms_are_not_said() {
        let cases = [
            ("Nordic Freight Ltd", "Nordic Freight"),
            ("Patel & Sons Ltd.", "Patel & Sons"),
            ("Müller GmbH & Co. KG", "Müller"),
            ("Bakkerij de Vries B.V", "Bakkerij de Vries"),
            ("Volvo Car AB (publ)", "Volvo Car"),
            ("Posten Norge AS", "Posten Norge"),
            ("Equinor ASA", "Equinor"),
            ("Hall Legal LLP", "Hall Legal"),
            ("Smith & Co", "Smith & Co"),
            ("Klinikum Nord", "Klinikum Nord"),
            ("AS", "AS"),
            ("", ""),
        ];
        for (typed, said) in cases {
            assert_eq!(spoken_company(typed), said, "{typed}");
        }
    }
}
