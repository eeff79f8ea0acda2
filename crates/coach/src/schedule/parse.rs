//! Reads the customer's own words about when to be contacted, in the five coach languages:
//! "after 17:00", "tisdagar", "in einem Monat", "om en måned", "op 15 januari om 10 uur".
//!
//! The text is split into words and numbers, then read in a fixed order so that words with two
//! meanings settle the same way every time: an interval first ("om en månad" is Swedish "in a
//! month", not Dutch "at one"), then a time of day (so "na 17.00" is not read as a date), then a
//! date, a weekday, and "tomorrow"/"today". Anything not understood is ignored; nothing here
//! panics, whatever the input.

use chrono::{NaiveDate, Weekday};

use super::{CustomerTime, DayWish, Span, TimeWish};
use crate::text::{is_word_char, lowercase};

fn is_letter(c: char) -> bool {
    is_word_char(c) && !c.is_ascii_digit()
}

/// Longer texts are notes, not a time; the limit keeps the work small on pasted text.
const MAX_CHARS: usize = 2_000;

pub fn parse_customer_time(text: &str) -> Option<CustomerTime> {
    let tokens = split_day_and_part(tokenize(text));
    let mut used = vec![false; tokens.len()];
    let mut day = find_span(&tokens, &mut used);
    let time = find_time(&tokens, &mut used).or_else(|| find_part_of_day(&tokens));
    if day.is_none() {
        day = find_date(&tokens, &mut used);
    }
    if day.is_none() {
        day = find_weekday(&tokens, &used);
    }
    if day.is_none() {
        day = find_relative_day(&tokens, &used);
    }
    (day.is_some() || time.is_some()).then_some(CustomerTime { day, time })
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Word(String),
    /// Digits, possibly joined by `:` `.` `/` `-` ("17:00", "15.1", "2027-01-15").
    Number(String),
}

fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().take(MAX_CHARS).collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_letter(c) {
            let start = i;
            while i < chars.len() && is_letter(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            tokens.push(Token::Word(lowercase(&word)));
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() {
                let joins_digits = matches!(chars[i], ':' | '.' | '/' | '-')
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if chars[i].is_ascii_digit() || joins_digits {
                    i += 1;
                } else {
                    break;
                }
            }
            tokens.push(Token::Number(chars[start..i].iter().collect()));
        } else {
            i += 1;
        }
    }
    tokens
}

fn word(tokens: &[Token], i: usize) -> Option<&str> {
    match tokens.get(i) {
        Some(Token::Word(w)) => Some(w),
        _ => None,
    }
}

/// A plain number without separators, if small enough to mean anything here.
fn plain_number(tokens: &[Token], i: usize) -> Option<u32> {
    match tokens.get(i) {
        Some(Token::Number(n)) if n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit()) => {
            n.parse().ok()
        }
        _ => None,
    }
}

fn is_one_of(word: Option<&str>, list: &[&str]) -> bool {
    word.is_some_and(|w| list.contains(&w))
}

const NUMBER_WORDS: &[(&[&str], u32)] = &[
    (
        &[
            "a", "an", "one", "en", "ett", "et", "ein", "eine", "einem", "einen", "einer", "een",
            "één",
        ],
        1,
    ),
    (&["two", "två", "zwei", "to", "twee"], 2),
    (&["three", "tre", "drei", "drie"], 3),
    (&["four", "fyra", "vier", "fire"], 4),
    (&["five", "fem", "fünf", "vijf"], 5),
    (&["six", "sex", "sechs", "seks", "zes"], 6),
    (&["seven", "sju", "sieben", "syv", "zeven"], 7),
    (&["eight", "åtta", "acht", "åtte"], 8),
    (&["nine", "nio", "neun", "ni", "negen"], 9),
    (&["ten", "tio", "zehn", "ti", "tien"], 10),
    (&["eleven", "elva", "elf", "elleve"], 11),
    (&["twelve", "tolv", "zwölf", "twaalf"], 12),
];

fn number_word(word: &str) -> Option<u32> {
    NUMBER_WORDS
        .iter()
        .find(|(words, _)| words.contains(&word))
        .map(|(_, n)| *n)
}

/// A numeral read as an hour. Articles that double as "one" ("a", "ett", "een") and Norwegian
/// "ni" (nine, but Swedish "you") are left out: "efter ett samtal" is not "after one o'clock".
fn hour_word(word: &str) -> Option<u32> {
    const NOT_HOURS: &[&str] = &[
        "a", "an", "en", "ett", "et", "ein", "eine", "einem", "einen", "einer", "een", "ni",
    ];
    if NOT_HOURS.contains(&word) {
        return None;
    }
    number_word(word)
}

// ---- intervals: "in a month", "om två veckor", "in einem Monat", "over een maand" ----

const IN_WORDS: &[&str] = &["in", "om", "over"];
const NEXT_WORDS: &[&str] = &[
    "next",
    "nästa",
    "nächste",
    "nächsten",
    "nächster",
    "neste",
    "volgende",
    "kommande",
    "kommende",
    "komende",
];
const ABOUT_WORDS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "ungefär",
    "cirka",
    "ca",
    "etwa",
    "ungefähr",
    "circa",
    "omtrent",
    "rundt",
    "ongeveer",
];
const COUPLE_WORDS: &[&str] = &["couple", "par", "paar"];

#[derive(Clone, Copy)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

fn unit(word: &str) -> Option<Unit> {
    const DAYS: &[&str] = &[
        "day", "days", "dag", "dagar", "dagen", "dager", "tag", "tage", "tagen",
    ];
    const WEEKS: &[&str] = &[
        "week", "weeks", "vecka", "veckor", "woche", "wochen", "uke", "uker", "weken",
    ];
    const MONTHS: &[&str] = &[
        "month", "months", "månad", "månader", "monat", "monate", "monaten", "måned", "måneder",
        "maand", "maanden",
    ];
    const YEARS: &[&str] = &[
        "year", "years", "år", "jahr", "jahre", "jahren", "jaar", "jaren",
    ];
    [
        (DAYS, Unit::Day),
        (WEEKS, Unit::Week),
        (MONTHS, Unit::Month),
        (YEARS, Unit::Year),
    ]
    .into_iter()
    .find(|(words, _)| words.contains(&word))
    .map(|(_, unit)| unit)
}

fn span(unit: Unit, count: u32) -> Option<DayWish> {
    let count = u16::try_from(count).ok()?;
    Some(DayWish::In(match unit {
        Unit::Day => Span::Days(count),
        Unit::Week => Span::Weeks(count),
        Unit::Month => Span::Months(count),
        Unit::Year => Span::Months(count.checked_mul(12)?),
    }))
}

fn find_span(tokens: &[Token], used: &mut [bool]) -> Option<DayWish> {
    for start in 0..tokens.len() {
        let lead = word(tokens, start);
        let mut i = start + 1;
        if is_one_of(lead, NEXT_WORDS) {
            if let Some(unit) = word(tokens, i).and_then(unit) {
                mark(used, start, i);
                return span(unit, 1);
            }
            continue;
        }
        if !is_one_of(lead, IN_WORDS) {
            continue;
        }
        while is_one_of(word(tokens, i), ABOUT_WORDS) {
            i += 1;
        }
        let mut count = plain_number(tokens, i).or_else(|| word(tokens, i).and_then(number_word));
        if count == Some(1) && is_one_of(word(tokens, i + 1), COUPLE_WORDS) {
            count = Some(2);
            i += 1;
            if word(tokens, i + 1) == Some("of") {
                i += 1;
            }
        }
        let Some(count) = count else { continue };
        if let Some(found) = word(tokens, i + 1)
            .and_then(unit)
            .and_then(|unit| span(unit, count))
        {
            mark(used, start, i + 1);
            return Some(found);
        }
    }
    None
}

fn mark(used: &mut [bool], first: usize, last: usize) {
    for flag in used.iter_mut().take(last + 1).skip(first) {
        *flag = true;
    }
}

// ---- times of day: "after 17:00", "efter 17", "nach 17 Uhr", "na 17.00", "etter kl. 17" ----

const AFTER_WORDS: &[&str] = &[
    "after", "from", "efter", "från", "nach", "ab", "etter", "fra", "na", "vanaf",
];
const BEFORE_WORDS: &[&str] = &["before", "före", "innan", "vor", "før", "voor", "vóór"];
const AT_WORDS: &[&str] = &[
    "at",
    "around",
    "um",
    "gegen",
    "om",
    "omkring",
    "runt",
    "rundt",
    "rond",
    "omstreeks",
    "kl",
    "klockan",
    "klokka",
    "klokken",
];
const CLOCK_WORDS: &[&str] = &["kl", "klockan", "klokka", "klokken", "klokke"];
const HOUR_WORDS: &[&str] = &["uhr", "uur", "h", "o"];

fn find_time(tokens: &[Token], used: &mut [bool]) -> Option<TimeWish> {
    for start in 0..tokens.len() {
        if used[start] {
            continue;
        }
        let lead = word(tokens, start);
        let make: fn(u16) -> TimeWish = if is_one_of(lead, AFTER_WORDS) {
            |minute| TimeWish::After { minute }
        } else if is_one_of(lead, BEFORE_WORDS) {
            |minute| TimeWish::Before { minute }
        } else if is_one_of(lead, AT_WORDS) {
            |minute| TimeWish::At { minute }
        } else {
            continue;
        };
        let mut i = start + 1;
        while is_one_of(word(tokens, i), CLOCK_WORDS) {
            i += 1;
        }
        if let Some((minute, last)) = read_clock(tokens, i, true) {
            mark(used, start, last);
            return Some(make(minute));
        }
    }
    // Without a leading word only an unmistakable clock time counts: "17:00", "17 Uhr".
    for start in 0..tokens.len() {
        if used[start] {
            continue;
        }
        let has_colon = matches!(&tokens[start], Token::Number(n) if n.contains(':'));
        if !has_colon && !is_one_of(word(tokens, start + 1), &["uhr", "uur"]) {
            continue;
        }
        if let Some((minute, last)) = read_clock(tokens, start, false) {
            mark(used, start, last);
            return Some(TimeWish::At { minute });
        }
    }
    None
}

/// Reads a clock time at `i`: "17", "17:30", "17.30", "five", "5 pm", "17 Uhr". Returns the
/// minute after midnight and the index of the last token read.
fn read_clock(tokens: &[Token], i: usize, allow_words: bool) -> Option<(u16, usize)> {
    let (mut hour, minute) = match tokens.get(i)? {
        Token::Number(n) => clock_digits(n)?,
        Token::Word(w) if allow_words => (hour_word(w)?, 0),
        Token::Word(_) => return None,
    };
    if word(tokens, i + 1).is_some_and(|w| month(w).is_some()) {
        return None; // "before 15 January" is a date
    }
    let mut last = i;
    let next = word(tokens, i + 1);
    let explicit_pm = next == Some("pm") || (next == Some("p") && word(tokens, i + 2) == Some("m"));
    // German "am Dienstag" is not "a.m.", so "am" counts only when no weekday follows.
    let explicit_am = (next == Some("am")
        && word(tokens, i + 2).is_none_or(|w| weekday(w).is_none()))
        || (next == Some("a") && word(tokens, i + 2) == Some("m"));
    if explicit_pm || explicit_am {
        last += if next == Some("p") || next == Some("a") {
            2
        } else {
            1
        };
        if explicit_pm && hour < 12 {
            hour += 12;
        } else if explicit_am && hour == 12 {
            hour = 0;
        }
    } else {
        if is_one_of(next, HOUR_WORDS) {
            last += 1;
        }
        // Nobody asks for a business call at five in the morning: "after five" is 17:00.
        if (1..=6).contains(&hour) {
            hour += 12;
        }
    }
    if hour > 23 || minute > 59 {
        return None;
    }
    Some((u16::try_from(hour * 60 + minute).ok()?, last))
}

fn clock_digits(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.split([':', '.']);
    let hour = parts.next()?;
    let minute = parts.next();
    if parts.next().is_some() || hour.is_empty() || hour.len() > 2 || text.contains(['/', '-']) {
        return None;
    }
    let minute = match minute {
        Some(m) if m.len() == 2 => m.parse().ok()?,
        Some(_) => return None,
        None => 0,
    };
    Some((hour.parse().ok()?, minute))
}

// ---- dates: "15 January", "January 15th", "15.1.", "2027-01-15", "den 15 januari" ----

fn month(word: &str) -> Option<u8> {
    const MONTHS: [&[&str]; 12] = [
        &["january", "januari", "januar", "jänner", "jan"],
        &["february", "februari", "februar", "feb"],
        &["march", "mars", "märz", "maart", "mar", "mär", "mrz"],
        &["april", "apr"],
        &["may", "maj", "mai", "mei"],
        &["june", "juni", "jun"],
        &["july", "juli", "jul"],
        &["august", "augusti", "augustus", "aug"],
        &["september", "sep", "sept"],
        &["october", "oktober", "oct", "okt"],
        &["november", "nov"],
        &["december", "dezember", "desember", "dec", "dez", "des"],
    ];
    let index = MONTHS.iter().position(|names| names.contains(&word))?;
    u8::try_from(index + 1).ok()
}

const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "e", "te", "ste", "de"];

fn find_date(tokens: &[Token], used: &mut [bool]) -> Option<DayWish> {
    for i in 0..tokens.len() {
        if used[i] {
            continue;
        }
        let found = match &tokens[i] {
            Token::Number(n) if !n.bytes().all(|b| b.is_ascii_digit()) => {
                numeric_date(n).map(|date| (date, i))
            }
            Token::Number(_) => day_then_month(tokens, i),
            Token::Word(w) => month(w).and_then(|m| month_then_day(tokens, i, m)),
        };
        if let Some((date, last)) = found {
            mark(used, i, last);
            return Some(date);
        }
    }
    None
}

/// "15 January", "15th of January", "15. Januar 2027".
fn day_then_month(tokens: &[Token], i: usize) -> Option<(DayWish, usize)> {
    let day = plain_number(tokens, i)?;
    let mut j = i + 1;
    if is_one_of(word(tokens, j), ORDINAL_SUFFIXES) {
        j += 1;
    }
    if word(tokens, j) == Some("of") {
        j += 1;
    }
    let month = month(word(tokens, j)?)?;
    with_optional_year(tokens, j, day, u32::from(month))
}

/// "January 15", "January 15th, 2027".
fn month_then_day(tokens: &[Token], i: usize, month: u8) -> Option<(DayWish, usize)> {
    let day = plain_number(tokens, i + 1)?;
    let mut last = i + 1;
    if is_one_of(word(tokens, last + 1), ORDINAL_SUFFIXES) {
        last += 1;
    }
    with_optional_year(tokens, last, day, u32::from(month))
}

fn with_optional_year(
    tokens: &[Token],
    last: usize,
    day: u32,
    month: u32,
) -> Option<(DayWish, usize)> {
    match plain_number(tokens, last + 1).filter(|year| (1000..=9999).contains(year)) {
        Some(year) => Some((full_date(year, month, day)?, last + 1)),
        None => Some((day_of_month(day, month)?, last)),
    }
}

/// "2027-01-15", "15.1.2027", "15-1-2027", "15/1", "15.1".
fn numeric_date(text: &str) -> Option<DayWish> {
    let separator = text.chars().find(|c| !c.is_ascii_digit())?;
    let parts: Vec<&str> = text.split(separator).collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let numbers: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    match (numbers.as_slice(), separator) {
        ([year, month, day], '-') if parts[0].len() == 4 => full_date(*year, *month, *day),
        ([day, month, year], '.' | '/' | '-') => {
            let year = if parts[2].len() == 2 {
                2000 + year
            } else {
                *year
            };
            full_date(year, *month, *day)
        }
        // Two numbers joined by "-" are more often a range than a date.
        ([day, month], '.' | '/') => day_of_month(*day, *month),
        _ => None,
    }
}

fn full_date(year: u32, month: u32, day: u32) -> Option<DayWish> {
    let year = i32::try_from(year).ok()?;
    NaiveDate::from_ymd_opt(year, month, day).map(DayWish::Date)
}

fn day_of_month(day: u32, month: u32) -> Option<DayWish> {
    // A leap year accepts every day that exists in some year, 29 February included.
    NaiveDate::from_ymd_opt(2000, month, day)?;
    Some(DayWish::DayOfMonth {
        day: u8::try_from(day).ok()?,
        month: u8::try_from(month).ok()?,
    })
}

// ---- weekdays: "Tuesdays", "tisdagar", "dienstags", "op dinsdag", "tirsdager" ----

fn weekday(word: &str) -> Option<Weekday> {
    const STEMS: [(&[&str], Weekday); 7] = [
        (
            &["monday", "måndag", "montag", "mandag", "maandag"],
            Weekday::Mon,
        ),
        (
            &["tuesday", "tisdag", "dienstag", "tirsdag", "dinsdag"],
            Weekday::Tue,
        ),
        (
            &["wednesday", "onsdag", "mittwoch", "woensdag"],
            Weekday::Wed,
        ),
        (
            &["thursday", "torsdag", "donnerstag", "donderdag"],
            Weekday::Thu,
        ),
        (&["friday", "fredag", "freitag", "vrijdag"], Weekday::Fri),
        (
            &[
                "saturday",
                "lördag",
                "samstag",
                "sonnabend",
                "lørdag",
                "zaterdag",
            ],
            Weekday::Sat,
        ),
        (
            &["sunday", "söndag", "sonntag", "søndag", "zondag"],
            Weekday::Sun,
        ),
    ];
    // Plurals and habitual forms: Tuesdays, tisdagar, dienstags, tirsdager, dinsdagen.
    const ENDINGS: &[&str] = &["", "s", "ar", "er", "en", "e", "arna", "ene"];
    STEMS.iter().find_map(|(stems, day)| {
        stems
            .iter()
            .any(|stem| {
                word.strip_prefix(stem)
                    .is_some_and(|rest| ENDINGS.contains(&rest))
            })
            .then_some(*day)
    })
}

fn find_weekday(tokens: &[Token], used: &[bool]) -> Option<DayWish> {
    tokens
        .iter()
        .enumerate()
        .find_map(|(i, token)| match token {
            Token::Word(w) if !used[i] => weekday(w).map(DayWish::Weekday),
            _ => None,
        })
}

// ---- parts of the day: "Tuesday morning", "dinsdagochtend", "tisdagsförmiddag" ----

/// Morning: before noon. Swedish "förmiddag" is the morning, as are German "Vormittag" and
/// Dutch "ochtend"; "morgen" is left out, as it is also "tomorrow".
const MORNING_WORDS: &[&str] = &[
    "morning",
    "mornings",
    "förmiddag",
    "förmiddagen",
    "förmiddagar",
    "formiddag",
    "formiddagen",
    "formiddager",
    "vormittag",
    "vormittags",
    "ochtend",
    "ochtends",
];
/// Afternoon: after lunch. Dutch "middag" is the afternoon ("'s middags").
const AFTERNOON_WORDS: &[&str] = &[
    "afternoon",
    "afternoons",
    "eftermiddag",
    "eftermiddagen",
    "eftermiddagar",
    "ettermiddag",
    "ettermiddagen",
    "ettermiddager",
    "nachmittag",
    "nachmittags",
    "middag",
    "middags",
];
const NOON: u16 = 12 * 60;
const AFTER_LUNCH: u16 = 13 * 60;

fn find_part_of_day(tokens: &[Token]) -> Option<TimeWish> {
    (0..tokens.len()).find_map(|i| {
        let part = word(tokens, i)?;
        if MORNING_WORDS.contains(&part) {
            Some(TimeWish::Before { minute: NOON })
        } else if AFTERNOON_WORDS.contains(&part) {
            Some(TimeWish::After {
                minute: AFTER_LUNCH,
            })
        } else {
            None
        }
    })
}

/// German, Dutch and the Scandinavian languages write a weekday and a part of the day as one
/// word ("Dienstagvormittag", "dinsdagochtend", "tisdagsförmiddag", "tirsdagsformiddag"):
/// read as two.
fn split_day_and_part(tokens: Vec<Token>) -> Vec<Token> {
    let mut split = Vec::with_capacity(tokens.len());
    for token in tokens {
        let Token::Word(w) = &token else {
            split.push(token);
            continue;
        };
        let parts = MORNING_WORDS
            .iter()
            .chain(AFTERNOON_WORDS)
            .find_map(|part| {
                let day = w.strip_suffix(part)?;
                let day_stem = day.strip_suffix('s').filter(|stem| weekday(stem).is_some());
                (weekday(day).is_some() || day_stem.is_some()).then(|| (day.to_owned(), *part))
            });
        match parts {
            Some((day, part)) => {
                split.push(Token::Word(day));
                split.push(Token::Word(part.to_owned()));
            }
            None => split.push(token),
        }
    }
    split
}

// ---- "tomorrow" and "today" ----

fn find_relative_day(tokens: &[Token], used: &[bool]) -> Option<DayWish> {
    // In German and Dutch "Morgen"/"morgen" is also "morning" after these words.
    const MORNING_AFTER: &[&str] = &["am", "jeden", "guten", "heute", "den", "der", "de", "this"];
    for (i, already_read) in used.iter().enumerate() {
        if *already_read {
            continue;
        }
        let Some(current) = word(tokens, i) else {
            continue;
        };
        let previous = i.checked_sub(1).and_then(|p| word(tokens, p));
        let days = match current {
            "tomorrow" | "imorgon" | "imorgen" => 1,
            "morgon" if previous == Some("i") => 1,
            "morgen" if previous == Some("i") || !is_one_of(previous, MORNING_AFTER) => 1,
            "today" | "idag" | "heute" | "vandaag" => 0,
            "dag" if previous == Some("i") => 0,
            _ => continue,
        };
        return Some(DayWish::In(Span::Days(days)));
    }
    None
}
