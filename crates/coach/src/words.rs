//! Word lists of the language tables, each stored as one string.
//!
//! A `&'static [&'static str]` costs 8 bytes of (pointer, length) per entry in a wasm data
//! segment, bytes that gzip compresses badly; with about 4,000 entries that was most of what the
//! language knowledge cost the bundle. `words!["a", "b"]` joins the entries at compile time,
//! each followed by [`SEPARATOR`], so an entry costs its text and one byte. Lists that the
//! analysis reads often are turned into sets once, on first use (see the `compiled` steps of
//! the analyzers), so splitting costs nothing per lookup there.
//!
//! `scripts/compact-word-lists.py` converts the tables from the `&[...]` form.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// Ends every entry. A control character that no pattern, word or ending uses; the conversion
/// script refuses an entry that holds it.
pub const SEPARATOR: char = '\u{1f}';

/// A word list: its entries joined, each followed by [`SEPARATOR`]. Written with [`words!`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words(&'static str);

/// `words!["a", "b|c", concat!(...)]`: a [`Words`] list of string literals, in the order written.
macro_rules! words {
    ($($entry:expr),* $(,)?) => {
        $crate::words::Words::from_joined(concat!($($entry, "\u{1f}"),*))
    };
}

impl Words {
    /// Entries each followed by [`SEPARATOR`], as [`words!`] writes them.
    pub const fn from_joined(joined: &'static str) -> Words {
        Words(joined)
    }

    pub fn iter(self) -> std::str::SplitTerminator<'static, char> {
        self.0.split_terminator(SEPARATOR)
    }

    /// Walks the entries without splitting them out: an entry is compared only when the
    /// separator stands where the word would end, which rules out most of them with one byte.
    ///
    /// Takes `&&str` as a slice's `contains` does, so that code written for the `&[&str]` form
    /// of a list reads the same.
    pub fn contains(self, word: &&str) -> bool {
        let (word, mut rest) = (word.as_bytes(), self.0.as_bytes());
        while let Some(&after) = rest.get(word.len()) {
            if after == SEPARATOR as u8 && rest.starts_with(word) {
                return true;
            }
            match rest.iter().position(|&byte| byte == SEPARATOR as u8) {
                Some(end) => rest = &rest[end + 1..],
                None => return false,
            }
        }
        false
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = std::str::SplitTerminator<'static, char>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A word list as a set, for the lists the analysis reads for every word, built once on first
/// use: a hash lookup instead of comparing the word with each entry.
pub struct WordSet(HashSet<&'static str, BuildHasherDefault<Fnv>>);

impl WordSet {
    pub fn new(list: Words) -> WordSet {
        WordSet(list.iter().collect())
    }

    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(entries: I) -> WordSet {
        WordSet(entries.into_iter().collect())
    }
}

/// FNV-1a: the words are short and not chosen by an attacker in a position to hurt anyone but
/// themselves, and the standard library's SipHash costs more than the lookup it serves.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! number {
        () => {
            "0*|1*"
        };
    }

    #[test]
    fn keeps_every_entry_in_order_also_empty_ones() {
        let list = words!["a b|c*", "", concat!(number!(), " off"), "~ $",];
        let entries: Vec<&str> = list.iter().collect();
        assert_eq!(entries, ["a b|c*", "", "0*|1* off", "~ $"]);
        assert!(list.contains(&""));
        assert!(list.contains(&"~ $"));
        assert!(!list.contains(&"a"));
        let set = WordSet::new(list);
        assert!(set.contains("") && set.contains("a b|c*") && !set.contains("a"));
    }

    #[test]
    fn an_empty_list_has_no_entries() {
        let list = words![];
        assert_eq!(list.iter().next(), None);
        assert!(!list.contains(&""));
    }
}
