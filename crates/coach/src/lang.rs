use serde::{Deserialize, Serialize};

/// The five languages the coach speaks, both for the interface and for analysing what the rep
/// writes. Serialised as BCP 47 tags so the JS API and storage read naturally.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "sv")]
    Sv,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "nb")]
    Nb,
    #[serde(rename = "nl")]
    Nl,
}

/// Between the languages of a joined five-language text ([`Lang::pick`]): a control character
/// no text uses.
pub const JOINED_SEPARATOR: char = '\u{1f}';

impl Lang {
    /// The number of languages: the length of every per-language table, so that a table
    /// missing a new language is a compile error rather than a silently shorter `zip`.
    pub const COUNT: usize = 5;

    pub const ALL: [Lang; Lang::COUNT] = [Lang::En, Lang::Sv, Lang::De, Lang::Nb, Lang::Nl];

    /// The position in [`Lang::ALL`], which is also the column of every five-language table.
    pub fn index(self) -> usize {
        self as usize
    }

    /// This language's part of a text whose five languages are joined in [`Lang::ALL`] order,
    /// each after the first preceded by [`JOINED_SEPARATOR`]: a table of such texts costs one
    /// string per row instead of five (pointer, length) pairs.
    pub fn pick(self, joined: &'static str) -> &'static str {
        joined
            .split(JOINED_SEPARATOR)
            .nth(self.index())
            .unwrap_or_default()
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::De => "de",
            Lang::Nb => "nb",
            Lang::Nl => "nl",
        }
    }

    /// The language's own name, as shown in a language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sv => "Svenska",
            Lang::De => "Deutsch",
            Lang::Nb => "Norsk bokmål",
            Lang::Nl => "Nederlands",
        }
    }

    /// Reads a language tag as a browser or a host page gives it ("sv-SE", "de", "no", "NB").
    /// Norwegian without a written standard ("no") is taken as Bokmål, which most Norwegians
    /// write; Nynorsk ("nn") is not Bokmål and is not matched.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "sv" => Some(Lang::Sv),
            "de" => Some(Lang::De),
            "nb" | "no" => Some(Lang::Nb),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_browser_tags_and_round_trips_codes() {
        assert_eq!(Lang::from_tag("sv-SE"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("de_AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("no"), Some(Lang::Nb));
        assert_eq!(Lang::from_tag(" NL-be "), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("nn-NO"), None);
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
        for (index, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
            assert_eq!(lang.index(), index);
        }
    }
}
