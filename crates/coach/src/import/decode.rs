//! Bytes as text: the byte order marks, UTF-8, and Windows-1252 for what Excel writes.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextEncoding {
    /// With or without a byte order mark.
    Utf8,
    /// Excel's "Unicode text".
    Utf16Le,
    Utf16Be,
    /// What Excel writes in Western Europe when saving "CSV (semicolon/comma delimited)".
    Windows1252,
}

/// Reads bytes as text, and says how, so the screen can tell the rep ("read as Windows-1252")
/// when accented letters come out wrong. A byte order mark decides; without one, bytes that are
/// not valid UTF-8 are taken as Windows-1252, which accepts any byte. Never fails: an invalid
/// sequence in UTF-16 becomes U+FFFD.
pub fn decode_text(bytes: &[u8]) -> (String, TextEncoding) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return (
            String::from_utf8_lossy(rest).into_owned(),
            TextEncoding::Utf8,
        );
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return (
            decode_utf16(rest, u16::from_le_bytes),
            TextEncoding::Utf16Le,
        );
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return (
            decode_utf16(rest, u16::from_be_bytes),
            TextEncoding::Utf16Be,
        );
    }
    if let Some(unit) = utf16_without_mark(bytes) {
        return (decode_utf16(bytes, unit), utf16_encoding(unit));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), TextEncoding::Utf8),
        Err(_) => (
            bytes.iter().map(|&b| windows_1252_char(b)).collect(),
            TextEncoding::Windows1252,
        ),
    }
}

/// UTF-16 saved without a byte order mark: Latin text then has a zero byte in every pair, on
/// the same side. Taken as Windows-1252 it would come out with a NUL between every two letters.
/// A CSV holds no NUL of its own, so a zero byte on one side of most pairs (and none on the
/// other) is safe to read as UTF-16.
fn utf16_without_mark(bytes: &[u8]) -> Option<fn([u8; 2]) -> u16> {
    let pairs = bytes.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros_at = |side: usize| bytes.chunks_exact(2).filter(|pair| pair[side] == 0).count();
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let mostly = |count: usize| count * 2 > pairs;
    if mostly(odd) && even == 0 {
        Some(u16::from_le_bytes)
    } else if mostly(even) && odd == 0 {
        Some(u16::from_be_bytes)
    } else {
        None
    }
}

fn utf16_encoding(unit: fn([u8; 2]) -> u16) -> TextEncoding {
    if unit([1, 0]) == 1 {
        TextEncoding::Utf16Le
    } else {
        TextEncoding::Utf16Be
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if bytes.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

/// Windows-1252 is Latin-1 except for 0x80..=0x9F, where it puts the euro sign, curly quotes and
/// dashes. The five unassigned bytes map to the C1 controls of the same number, as browsers do.
fn windows_1252_char(byte: u8) -> char {
    const HIGH_CONTROLS: [char; 32] = [
        '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}',
        '\u{017D}', '\u{008F}', '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}',
        '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}',
        '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
    ];
    match byte {
        0x80..=0x9F => HIGH_CONTROLS[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_table_matches_the_code_page() {
        let bytes = [
            0x80, 0x85, 0x8A, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9F,
        ];
        let text: String = bytes.iter().map(|&b| windows_1252_char(b)).collect();
        assert_eq!(text, "€…Š‘’“”–—™Ÿ");
        assert_eq!(windows_1252_char(0xE5), 'å');
        assert_eq!(windows_1252_char(0x81), '\u{81}');
    }
}
