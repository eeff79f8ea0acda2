//! The days the customer's country does not work: weekends, public holidays, and the days that
//! are off in practice though not by law (Christmas Eve in Sweden and Norway, Midsummer Eve in
//! Sweden). A contact proposed on such a day reaches nobody and tells the customer the rep did
//! not think. One country per language by default (English goes with the United Kingdom), and
//! the rep can choose another in Settings.
//!
//! A table and the Easter computus rather than a crate: the holiday crates on crates.io carry
//! every country's calendar and their own date types, many times this module's size in a bundle
//! a course page loads on every visit. Germany has national holidays only: the federal states'
//! own (Epiphany, Corpus Christi, Reformation Day, ...) differ by state, and the rep's customers
//! rarely sit in one.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::Lang;

/// A country whose calendar the schedulers follow, by its ISO 3166 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Country {
    #[serde(rename = "SE")]
    Sweden,
    #[serde(rename = "NO")]
    Norway,
    #[serde(rename = "DE")]
    Germany,
    #[serde(rename = "NL")]
    Netherlands,
    #[serde(rename = "GB")]
    UnitedKingdom,
}

impl Country {
    pub const ALL: [Country; 5] = [
        Country::Sweden,
        Country::Norway,
        Country::Germany,
        Country::Netherlands,
        Country::UnitedKingdom,
    ];

    /// The ISO 3166 code, as settings and backups store it.
    pub fn code(self) -> &'static str {
        match self {
            Country::Sweden => "SE",
            Country::Norway => "NO",
            Country::Germany => "DE",
            Country::Netherlands => "NL",
            Country::UnitedKingdom => "GB",
        }
    }

    pub fn from_code(code: &str) -> Option<Country> {
        Country::ALL
            .into_iter()
            .find(|country| country.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The country a conversation in `lang` is most likely with.
    pub fn of_lang(lang: Lang) -> Country {
        match lang {
            Lang::En => Country::UnitedKingdom,
            Lang::Sv => Country::Sweden,
            Lang::De => Country::Germany,
            Lang::Nb => Country::Norway,
            Lang::Nl => Country::Netherlands,
        }
    }

    /// The country's name in its own language, as the settings list it.
    pub fn native_name(self) -> &'static str {
        match self {
            Country::Sweden => "Sverige",
            Country::Norway => "Norge",
            Country::Germany => "Deutschland",
            Country::Netherlands => "Nederland",
            Country::UnitedKingdom => "United Kingdom",
        }
    }
}

/// Whether nobody at a customer in `country` works on `date`: a weekend, a public holiday, or
/// a day off in practice.
pub fn is_day_off(country: Country, date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun) || is_holiday(country, date)
}

/// A public holiday or a day off in practice in `country` (weekends aside).
pub fn is_holiday(country: Country, date: NaiveDate) -> bool {
    let (month, day) = (date.month(), date.day());
    let from_easter = easter_sunday(date.year())
        .map(|easter| (date - easter).num_days())
        .unwrap_or(i64::MIN);
    // Days counted from Easter Sunday: Maundy Thursday -3, Good Friday -2, Easter Monday 1,
    // Ascension 39, Whit Monday 50.
    let easter_days: &[i64] = match country {
        Country::Sweden => &[-2, 1, 39],
        Country::Norway => &[-3, -2, 1, 39, 50],
        Country::Germany => &[-2, 1, 39, 50],
        // Good Friday is not a day off in the Netherlands for most; Easter and Whit Monday are.
        Country::Netherlands => &[1, 39, 50],
        Country::UnitedKingdom => &[-2, 1],
    };
    if easter_days.contains(&from_easter) {
        return true;
    }
    let fixed: &[(u32, u32)] = match country {
        // Epiphany, May Day, National Day, Christmas Eve to Boxing Day, New Year's Eve.
        Country::Sweden => &[
            (1, 1),
            (1, 6),
            (5, 1),
            (6, 6),
            (12, 24),
            (12, 25),
            (12, 26),
            (12, 31),
        ],
        Country::Norway => &[
            (1, 1),
            (5, 1),
            (5, 17),
            (12, 24),
            (12, 25),
            (12, 26),
            (12, 31),
        ],
        // Christmas Eve and New Year's Eve are not holidays, but offices close.
        Country::Germany => &[
            (1, 1),
            (5, 1),
            (10, 3),
            (12, 24),
            (12, 25),
            (12, 26),
            (12, 31),
        ],
        // Christmas Eve and New Year's Eve are working days on paper, but offices close early
        // or shut, and a rep who proposes a call then sounds as if they had not noticed.
        Country::Netherlands => &[(1, 1), (12, 24), (12, 25), (12, 26), (12, 31)],
        Country::UnitedKingdom => &[(12, 24), (12, 31)],
    };
    if fixed.contains(&(month, day)) {
        return true;
    }
    match country {
        // Midsummer Eve, the Friday from 19 to 25 June.
        Country::Sweden => month == 6 && (19..=25).contains(&day) && date.weekday() == Weekday::Fri,
        // King's Day, 27 April, or the 26th when the 27th is a Sunday; Liberation Day every five
        // years (2025, 2030, ...) as most collective agreements give it.
        Country::Netherlands => {
            let kings_day = match NaiveDate::from_ymd_opt(date.year(), 4, 27) {
                Some(day27) if day27.weekday() == Weekday::Sun => 26,
                _ => 27,
            };
            (month == 4 && day == kings_day) || (month == 5 && day == 5 && date.year() % 5 == 0)
        }
        Country::UnitedKingdom => is_uk_bank_holiday(date),
        Country::Norway | Country::Germany => false,
    }
}

/// England and Wales: New Year's Day, Christmas Day and Boxing Day move to the next working day
/// when they fall on a weekend; the three Monday holidays are the first Monday of May and the
/// last Mondays of May and August.
fn is_uk_bank_holiday(date: NaiveDate) -> bool {
    let (year, month, day) = (date.year(), date.month(), date.day());
    let monday = date.weekday() == Weekday::Mon;
    let is_first_monday = monday && day <= 7;
    let is_last_monday = monday && day + 7 > days_in_month(year, month);
    if (month == 5 && (is_first_monday || is_last_monday)) || (month == 8 && is_last_monday) {
        return true;
    }
    let observed = |month: u32, day: u32, skip: u64| {
        NaiveDate::from_ymd_opt(year, month, day).map(|holiday| {
            let weekend_shift = match holiday.weekday() {
                Weekday::Sat => 2,
                Weekday::Sun => 1,
                _ => 0,
            };
            holiday + Days::new(weekend_shift + skip)
        })
    };
    // Boxing Day moves past Christmas Day's substitute: Christmas on a Saturday puts it on the
    // Monday and Boxing Day on the Tuesday.
    let christmas = observed(12, 25, 0);
    let boxing_day = NaiveDate::from_ymd_opt(year, 12, 26).and_then(|boxing| {
        let mut day = boxing;
        while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) || Some(day) == christmas {
            day = day.succ_opt()?;
        }
        Some(day)
    });
    [observed(1, 1, 0), christmas, boxing_day].contains(&Some(date))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|first| first.pred_opt())
        .map_or(31, |last| last.day())
}

/// Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        let mut parts = text.split('-').map(|part| part.parse::<u32>().unwrap());
        let (year, month, day) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        NaiveDate::from_ymd_opt(year as i32, month, day).expect("test dates are valid")
    }

    #[test]
    fn easter_falls_on_the_published_sundays() {
        for (year, easter) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ] {
            assert_eq!(easter_sunday(year), Some(date(easter)), "{year}");
        }
    }

    /// Every holiday of 2026 per country, from the countries' official calendars, and no other
    /// weekday off: a walk over the whole year.
    #[test]
    fn a_year_of_days_per_country_matches_the_official_calendar() {
        let calendars: [(Country, &[&str]); 5] = [
            (
                Country::Sweden,
                &[
                    "2026-01-01",
                    "2026-01-06",
                    "2026-04-03",
                    "2026-04-06",
                    "2026-05-01",
                    "2026-05-14",
                    "2026-06-19",
                    "2026-12-24",
                    "2026-12-25",
                    "2026-12-31",
                ],
            ),
            (
                Country::Norway,
                &[
                    "2026-01-01",
                    "2026-04-02",
                    "2026-04-03",
                    "2026-04-06",
                    "2026-05-01",
                    "2026-05-14",
                    "2026-05-25",
                    "2026-12-24",
                    "2026-12-25",
                    "2026-12-31",
                ],
            ),
            (
                Country::Germany,
                &[
                    "2026-01-01",
                    "2026-04-03",
                    "2026-04-06",
                    "2026-05-01",
                    "2026-05-14",
                    "2026-05-25",
                    "2026-12-24",
                    "2026-12-25",
                    "2026-12-31",
                ],
            ),
            (
                Country::Netherlands,
                &[
                    "2026-01-01",
                    "2026-04-06",
                    "2026-04-27",
                    "2026-05-14",
                    "2026-05-25",
                    "2026-12-24",
                    "2026-12-25",
                    "2026-12-31",
                ],
            ),
            (
                Country::UnitedKingdom,
                &[
                    "2026-01-01",
                    "2026-04-03",
                    "2026-04-06",
                    "2026-05-04",
                    "2026-05-25",
                    "2026-08-31",
                    "2026-12-24",
                    "2026-12-25",
                    "2026-12-28",
                    "2026-12-31",
                ],
            ),
        ];
        for (country, holidays) in calendars {
            let mut day = date("2026-01-01");
            while day.year() == 2026 {
                let weekday = !matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
                let expected = holidays.iter().any(|holiday| date(holiday) == day);
                assert_eq!(
                    weekday && is_day_off(country, day),
                    expected,
                    "{country:?} {day}"
                );
                day = day.succ_opt().unwrap();
            }
        }
    }

    #[test]
    fn weekend_holidays_move_in_the_uk_and_kings_day_moves_back_from_a_sunday() {
        // 2027: Christmas on a Saturday, Boxing Day on a Sunday.
        assert!(is_holiday(Country::UnitedKingdom, date("2027-12-27")));
        assert!(is_holiday(Country::UnitedKingdom, date("2027-12-28")));
        assert!(!is_holiday(Country::UnitedKingdom, date("2027-12-29")));
        // 2028: New Year's Day on a Saturday.
        assert!(is_holiday(Country::UnitedKingdom, date("2028-01-03")));
        // 2025: King's Day on a Sunday; Liberation Day in a lustrum year.
        assert!(is_holiday(Country::Netherlands, date("2025-04-26")));
        assert!(is_holiday(Country::Netherlands, date("2025-05-05")));
        assert!(!is_holiday(Country::Netherlands, date("2026-05-05")));
    }

    #[test]
    fn codes_and_languages_name_the_countries() {
        for country in Country::ALL {
            assert_eq!(Country::from_code(country.code()), Some(country));
            let json = serde_json::to_string(&country).unwrap();
            assert_eq!(json, format!("\"{}\"", country.code()));
        }
        assert_eq!(Country::from_code(" se "), Some(Country::Sweden));
        assert_eq!(Country::of_lang(Lang::En), Country::UnitedKingdom);
        assert_eq!(Country::of_lang(Lang::Nb), Country::Norway);
    }
}
