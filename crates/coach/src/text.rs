//! Character classes and case folding for the five languages the coach reads.
//!
//! The standard library's `char::to_lowercase` and `char::is_alphanumeric` carry Unicode
//! tables for every script, about 50 KB of the widget's bundle. The coach only reads Latin
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
