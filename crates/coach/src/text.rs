//! Character classes and case folding for the five languages the coach reads.
//!
//! The standard library's `char::to_lowercase` and `char::is_alphanumeric` carry Unicode
//! tables for every script, about 50 KB of the widget's bundle (the grammar layer and the
//! opener's need phrases used them again, about 10 kB gzipped of the Opener bundle). The coach only reads Latin
//! script (with Greek and Cyrillic folded as a courtesy), so these small functions do the same
//! job for the letters that matter and treat any other script's letters as word characters
//! that simply match no rule.

/// Lowercase for Latin (ASCII, Latin-1, Latin Extended-A), Greek and Cyrillic capitals; any
/// other character is returned as it is. "ß" stays "ß", as `to_lowercase` keeps it.
pub fn lower_char(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5A => code + 0x20,
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        // Latin Extended-A pairs capitals with the next code point, with two runs shifted by one.
        0x0100..=0x012F | 0x0132..=0x0137 | 0x014A..=0x0177 if code.is_multiple_of(2) => code + 1,
        0x0139..=0x0148 | 0x0179..=0x017E if !code.is_multiple_of(2) => code + 1,
        0x0130 => 0x69,
        0x0178 => 0xFF,
        0x0391..=0x03A9 if code != 0x03A2 => code + 0x20,
        0x0410..=0x042F => code + 0x20,
        0x0400..=0x040F => code + 0x50,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

pub fn is_upper(c: char) -> bool {
    lower_char(c) != c
}

pub fn lowercase(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// Uppercase of the letters [`lower_char`] lowercases, and of "µ", "ı", "ſ" and the final sigma
/// as the standard library makes them; any other character is returned as it is. "ß" stays "ß"
/// (the standard library writes "SS", two characters).
pub fn upper_char(c: char) -> char {
    let code = c as u32;
    let upper = match code {
        0x61..=0x7A => code - 0x20,
        0xB5 => 0x039C,
        0xE0..=0xFE if code != 0xF7 => code - 0x20,
        0xFF => 0x0178,
        0x0101..=0x012F | 0x0133..=0x0137 | 0x014B..=0x0177 if !code.is_multiple_of(2) => code - 1,
        0x013A..=0x0148 | 0x017A..=0x017E if code.is_multiple_of(2) => code - 1,
        0x0131 => 0x49,
        0x017F => 0x53,
        0x03B1..=0x03C9 if code != 0x03C2 => code - 0x20,
        0x03C2 => 0x03A3,
        0x0430..=0x044F => code - 0x20,
        0x0450..=0x045F => code - 0x50,
        _ => code,
    };
    char::from_u32(upper).unwrap_or(c)
}

/// A lowercase letter of Latin, Greek or Cyrillic script, as `char::is_lowercase` says; other
/// scripts' letters are neither lowercase nor uppercase here.
pub fn is_lower(c: char) -> bool {
    upper_char(c) != c || matches!(c, 'ß' | 'ĸ' | 'ŉ' | 'ª' | 'º')
}

/// A letter, as `char::is_alphabetic` says for Latin, Greek and Cyrillic; a letter or digit
/// of any other script is taken as a letter ([`is_word_char`]).
pub fn is_letter(c: char) -> bool {
    match c {
        '0'..='9' => false,
        'ª' | 'µ' | 'º' => true,
        _ => is_word_char(c),
    }
}

/// A letter or digit, as `char::is_alphanumeric` says for Latin, Greek and Cyrillic
/// ([`is_word_char`], with the superscript digits and fractions of Latin-1).
pub fn is_alphanumeric(c: char) -> bool {
    is_word_char(c) || matches!(c, 'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼'..='¾')
}

/// `word` with its first letter in uppercase ([`upper_char`]).
pub fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => std::iter::once(upper_char(first)).chain(chars).collect(),
        None => String::new(),
    }
}

/// [`lowercase`] as a method, for code that reads like `str::to_lowercase`.
pub trait Lower {
    fn lower(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        lowercase(self)
    }
}

/// The rep's words on one line, without the punctuation they may have typed at the end, so they
/// fit inside one of the coach's sentences.
pub fn tidy(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .trim_end_matches(['.', ',', ';', ':', '!', '?', '…'])
        .trim_end()
        .to_owned()
}

/// Letters and digits of any script. Whitespace, punctuation, symbols and emoji are not.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let code = c as u32;
    !(c.is_whitespace()
        || c.is_control()
        // Latin-1 punctuation and signs, × and ÷.
        || matches!(code, 0xA0..=0xBF | 0xD7 | 0xF7)
        // General punctuation (dashes, quotes, zero-width joiners), currency, letterlike
        // symbols, arrows, maths, technical, boxes, shapes, dingbats, CJK punctuation.
        || matches!(code, 0x2000..=0x2BFF | 0x3000..=0x303F)
        // Arabic comma, semicolon, question mark and full stop; full-width punctuation.
        || matches!(code, 0x060C | 0x061B | 0x061F | 0x06D4)
        || matches!(code, 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65)
        // Variation selectors, specials, emoji and pictographs, tags.
        || matches!(code, 0xFE00..=0xFE0F | 0xFFF0..=0xFFFF | 0x1F000..=0x1FAFF | 0xE0000..=0xE007F))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_the_letters_of_the_five_languages_like_the_standard_library() {
        let sample = "ÅÄÖÆØÜÉÈÊÀÇÑ ĲŁŒŠŽŸ ABC ΣΑΣ ДОБРЫЙ Straße ÄRGERLICH";
        for c in sample.chars() {
            let expected: String = c.to_lowercase().collect();
            assert_eq!(lower_char(c).to_string(), expected, "{c}");
        }
        assert_eq!(
            lowercase("Haben Sie ÜBER das Angebot"),
            "haben sie über das angebot"
        );
    }

    #[test]
    fn agrees_with_the_standard_library_on_every_latin_and_cyrillic_letter() {
        for code in (0x41..=0x17F).chain(0x391..=0x3A9).chain(0x400..=0x42F) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let expected: Vec<char> = c.to_lowercase().collect();
            if expected.len() == 1 {
                assert_eq!(lower_char(c), expected[0], "U+{code:04X}");
            }
        }
    }

    /// Latin-1, Latin Extended-A and the basic Greek and Cyrillic letters: where the five
    /// languages' text and the names in it are written.
    fn letters_the_coach_reads() -> impl Iterator<Item = char> {
        (0x20..=0x17F)
            .chain(0x391..=0x3A9)
            .chain(0x3B1..=0x3C9)
            .chain(0x400..=0x45F)
            // Not a character: the gap where a capital final sigma would be.
            .filter(|&code| code != 0x3A2)
            .filter_map(char::from_u32)
    }

    #[test]
    fn classes_and_uppercase_agree_with_the_standard_library_where_the_coach_reads() {
        for c in letters_the_coach_reads() {
            let upper: Vec<char> = c.to_uppercase().collect();
            if upper.len() == 1 {
                assert_eq!(upper_char(c), upper[0], "{c:?}");
            }
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            // "İ" is "i" here, "i" and a combining dot there.
            if c != 'İ' {
                assert_eq!(
                    lowercase(&c.to_string()),
                    c.to_lowercase().to_string(),
                    "{c:?}"
                );
            }
        }
        assert_eq!(upper_char('ß'), 'ß');
        assert_eq!(capitalized("över"), "Över");
        assert_eq!(capitalized(""), "");
    }

    #[test]
    fn words_are_letters_and_digits_and_nothing_else() {
        for c in "aZ09åßøéДж中ع".chars() {
            assert!(is_word_char(c), "{c}");
        }
        for c in " \t\n.,;:!?？؟¿¡\"'«»„“”–—…€×😀👍🏽\u{200D}\u{FE0F}\u{00A0}".chars()
        {
            assert!(!is_word_char(c), "{c:?}");
        }
    }
}
