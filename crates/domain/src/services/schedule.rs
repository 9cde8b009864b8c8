//! Opening hours of a service: a weekly pattern of ranges plus dated
//! exceptions (holidays, closures, special hours), always read as
//! Europe/Rome wall-clock time.
//!
//! The module owns four things, one file each:
//! - the types below, which say what a schedule *is*;
//! - [`Schedule::validate`] (`validate.rs`), which lists everything wrong
//!   with one, for the editor to fix;
//! - the compact text form an editor types (`text.rs`);
//! - "is it open now, until when, when does it open next" (`clock.rs`),
//!   where the daylight-saving rules live.
//!
//! # Ranges that cross midnight
//!
//! A night shelter open 22:00–02:00 is written with an explicit flag,
//! [`TimeRange::closes_next_day`] (`22:00-02:00+1` in text). We do not infer
//! "crosses midnight" from `closes < opens`, because the same shape is also
//! the typo `14:00-09:00`: with the flag, the typo is an
//! [`ScheduleError::Inverted`] range the editor is told about, and the
//! shelter is what was meant. A range belongs to the date it *opens* on:
//! the shelter's Friday range runs into Saturday's small hours, and an
//! exception for Saturday does not cut it short (guests let in on Friday
//! night are not put out at midnight).
//!
//! # Daylight saving
//!
//! Each opening or closing time means the first instant at which a clock in
//! Rome shows that time or a later one. When clocks go back in October the
//! repeated hour counts the first time it happens (jiff's `compatible`
//! choice); when they go forward in March a time in the skipped hour means
//! the jump itself, 03:00 CEST, so a 02:00–03:00 range does not open that
//! night and 01:00–02:30 closes at 03:00 CEST. The reasoning is in
//! `clock.rs`.
//!
//! # Empty schedule
//!
//! A schedule with no ranges and no exceptions is valid and means "hours not
//! given", which pages should say rather than "closed": see
//! [`Schedule::is_empty`].

mod clock;
mod text;
mod validate;

pub use clock::{Change, OpenStatus};
pub use text::{MAX_REPORTED_ERRORS, MAX_TEXT_BYTES, ParseError, ParseErrorKind};
pub use validate::{MAX_EXCEPTIONS, MAX_RANGES, MAX_RANGES_PER_EXCEPTION, RangeRef, ScheduleError};

use std::fmt;

use jiff::civil::Date;

/// Minutes in a day, the unit every range is measured in.
const DAY_MINUTES: u16 = 24 * 60;
/// Minutes in a week, for ranges laid on the weekly circle.
const WEEK_MINUTES: u32 = 7 * DAY_MINUTES as u32;

/// A day of the week, Monday first as in ISO 8601 and in Italy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// ISO 8601 number: Monday is 1, Sunday is 7.
    pub const fn iso_number(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_iso_number(number: u8) -> Option<Weekday> {
        Weekday::ALL
            .get(usize::from(number).checked_sub(1)?)
            .copied()
    }

    /// Two-letter code for storage ("mo" … "su"). Stable: never change a
    /// value, rows and URLs hold it.
    pub const fn code(self) -> &'static str {
        match self {
            Weekday::Monday => "mo",
            Weekday::Tuesday => "tu",
            Weekday::Wednesday => "we",
            Weekday::Thursday => "th",
            Weekday::Friday => "fr",
            Weekday::Saturday => "sa",
            Weekday::Sunday => "su",
        }
    }

    pub fn from_code(code: &str) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|d| d.code() == code)
    }

    /// Italian abbreviation, the one the text form writes ("lun" … "dom").
    pub const fn italian_abbreviation(self) -> &'static str {
        match self {
            Weekday::Monday => "lun",
            Weekday::Tuesday => "mar",
            Weekday::Wednesday => "mer",
            Weekday::Thursday => "gio",
            Weekday::Friday => "ven",
            Weekday::Saturday => "sab",
            Weekday::Sunday => "dom",
        }
    }

    /// English abbreviation ("mon" … "sun").
    pub const fn english_abbreviation(self) -> &'static str {
        match self {
            Weekday::Monday => "mon",
            Weekday::Tuesday => "tue",
            Weekday::Wednesday => "wed",
            Weekday::Thursday => "thu",
            Weekday::Friday => "fri",
            Weekday::Saturday => "sat",
            Weekday::Sunday => "sun",
        }
    }

    /// The day a person typed, in Italian or English, abbreviated or in
    /// full, in any case, with or without a final dot or accent:
    /// `lun`, `Lun.`, `lunedì`, `lunedi`, `mon`, `Monday`.
    pub fn from_name(word: &str) -> Option<Weekday> {
        let word = word.strip_suffix('.').unwrap_or(word).to_lowercase();
        let word = word.replace('ì', "i");
        const FULL: [[&str; 2]; 7] = [
            ["lunedi", "monday"],
            ["martedi", "tuesday"],
            ["mercoledi", "wednesday"],
            ["giovedi", "thursday"],
            ["venerdi", "friday"],
            ["sabato", "saturday"],
            ["domenica", "sunday"],
        ];
        Weekday::ALL.into_iter().zip(FULL).find_map(|(day, full)| {
            let names = [day.italian_abbreviation(), day.english_abbreviation()];
            (names.contains(&word.as_str()) || full.contains(&word.as_str())).then_some(day)
        })
    }

    /// The weekday a calendar date falls on.
    pub fn of_date(date: Date) -> Weekday {
        let number = date.weekday().to_monday_one_offset();
        // jiff guarantees 1..=7, so the fallback is never taken.
        u8::try_from(number)
            .ok()
            .and_then(Weekday::from_iso_number)
            .unwrap_or(Weekday::Monday)
    }

    /// Position in the week, Monday 0.
    const fn index(self) -> u16 {
        self as u16
    }
}

/// A wall-clock time of day to the minute, 00:00 to 24:00 inclusive.
///
/// 24:00 exists so that "until midnight" can be written as the end of the
/// same day (`20:00-24:00`) rather than forcing `20:00-00:00+1`; as an
/// opening time it is meaningless and [`Schedule::validate`] rejects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalTime {
    /// Minutes since midnight, `0..=1440`.
    minutes: u16,
}

impl LocalTime {
    pub const MIDNIGHT: LocalTime = LocalTime { minutes: 0 };
    /// 24:00, the end of the day: valid only as a closing time.
    pub const END_OF_DAY: LocalTime = LocalTime {
        minutes: DAY_MINUTES,
    };

    /// `hour` 0–23 and `minute` 0–59, or exactly 24:00.
    pub const fn new(hour: u8, minute: u8) -> Option<LocalTime> {
        if (hour < 24 && minute < 60) || (hour == 24 && minute == 0) {
            Some(LocalTime {
                minutes: hour as u16 * 60 + minute as u16,
            })
        } else {
            None
        }
    }

    /// `HH:MM` or `H:MM`; a dot is accepted in place of the colon because
    /// Italians often write `9.30`. Only ASCII digits, minutes always two.
    pub fn parse(text: &str) -> Option<LocalTime> {
        let (hour, minute) = text.split_once([':', '.'])?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(hour) || hour.len() > 2 || !digits(minute) || minute.len() != 2 {
            return None;
        }
        LocalTime::new(hour.parse().ok()?, minute.parse().ok()?)
    }

    pub const fn hour(self) -> u8 {
        (self.minutes / 60) as u8
    }

    pub const fn minute(self) -> u8 {
        (self.minutes % 60) as u8
    }

    pub const fn minutes_since_midnight(self) -> u16 {
        self.minutes
    }

    pub const fn is_end_of_day(self) -> bool {
        self.minutes == DAY_MINUTES
    }
}

impl fmt::Display for LocalTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

/// One stretch of opening within a day, in wall-clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeRange {
    pub opens: LocalTime,
    pub closes: LocalTime,
    /// The range runs past midnight and `closes` is on the following day
    /// (`22:00-02:00+1`). Explicit so that `14:00-09:00` stays an error.
    pub closes_next_day: bool,
}

impl TimeRange {
    /// A range closing on the day it opens.
    pub const fn new(opens: LocalTime, closes: LocalTime) -> TimeRange {
        TimeRange {
            opens,
            closes,
            closes_next_day: false,
        }
    }

    /// A range closing on the day after it opens.
    pub const fn overnight(opens: LocalTime, closes: LocalTime) -> TimeRange {
        TimeRange {
            opens,
            closes,
            closes_next_day: true,
        }
    }

    /// Start and end in minutes from the midnight that begins the opening
    /// day (the end may pass 1440), when the range is well formed: opening
    /// before 24:00, positive length, at most one day long.
    fn span_minutes(self) -> Option<(u16, u16)> {
        let start = self.opens.minutes;
        let end = self.closes.minutes + if self.closes_next_day { DAY_MINUTES } else { 0 };
        let well_formed = start < DAY_MINUTES && end > start && end - start <= DAY_MINUTES;
        well_formed.then_some((start, end))
    }
}

impl fmt::Display for TimeRange {
    /// `09:00-12:30`, or `22:00-02:00+1` when it closes the next day.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let next = if self.closes_next_day { "+1" } else { "" };
        write!(f, "{}-{}{next}", self.opens, self.closes)
    }
}

/// A range that recurs every week on `day`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OpeningRange {
    pub day: Weekday,
    pub time: TimeRange,
}

/// What happens on an exceptional date.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExceptionHours {
    /// Closed: no range opens on this date.
    Closed,
    /// These ranges replace the weekly ranges of the date's weekday.
    Hours(Vec<TimeRange>),
}

/// A date whose hours differ from the weekly pattern (Christmas, the
/// Ferragosto closure, an extended opening for a renewal campaign).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Exception {
    pub date: Date,
    pub hours: ExceptionHours,
    /// A translation key for the reason shown next to the date
    /// (`holiday`, `staff-training`): a key rather than free text so that
    /// the reason reaches readers in their own language. Lower-case ASCII
    /// letters, digits and hyphens, starting with a letter, at most 64.
    pub note: Option<String>,
}

/// A service's opening hours. Times are Europe/Rome wall-clock times.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Schedule {
    pub ranges: Vec<OpeningRange>,
    pub exceptions: Vec<Exception>,
}

/// The hours that apply on one calendar date, for "today" on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayHours<'a> {
    /// The ranges opening on this date, earliest first. A range opened the
    /// evening before and still running is not here: it belongs to its own
    /// date, and [`Schedule::status_at`] accounts for it.
    pub ranges: Vec<TimeRange>,
    /// The exception that replaced the weekly hours, with its note.
    pub exception: Option<&'a Exception>,
}

impl Schedule {
    /// No hours at all: "hours not given", not "always closed".
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty() && self.exceptions.is_empty()
    }

    /// Sorts ranges by day and time and exceptions by date, so that equal
    /// schedules compare and store equal whatever order they were typed in.
    pub fn normalise(&mut self) {
        self.ranges.sort();
        self.exceptions.sort_by_key(|e| e.date);
        for exception in &mut self.exceptions {
            if let ExceptionHours::Hours(ranges) = &mut exception.hours {
                ranges.sort();
            }
        }
    }

    /// The ranges that open on `date`: the date's exception if there is one,
    /// otherwise the weekly ranges of its weekday.
    pub fn hours_on(&self, date: Date) -> DayHours<'_> {
        let exception = self.exceptions.iter().find(|e| e.date == date);
        let mut ranges: Vec<TimeRange> = match exception {
            Some(e) => match &e.hours {
                ExceptionHours::Closed => Vec::new(),
                ExceptionHours::Hours(ranges) => ranges.clone(),
            },
            None => self.weekly_on(Weekday::of_date(date)).collect(),
        };
        ranges.sort();
        DayHours { ranges, exception }
    }

    fn weekly_on(&self, day: Weekday) -> impl Iterator<Item = TimeRange> + '_ {
        self.ranges
            .iter()
            .filter(move |r| r.day == day)
            .map(|r| r.time)
    }

    /// The ranges opening on `date` with where each came from, given the
    /// exceptions indexed by date. With duplicated dates (invalid) the
    /// first exception wins, so answers stay deterministic.
    fn effective_ranges(
        &self,
        exceptions: &ExceptionIndex,
        date: Date,
    ) -> Vec<(RangeRef, TimeRange)> {
        match exceptions.get(date) {
            Some(exception) => match &self.exceptions[exception].hours {
                ExceptionHours::Closed => Vec::new(),
                ExceptionHours::Hours(ranges) => ranges
                    .iter()
                    .enumerate()
                    .map(|(range, time)| (RangeRef::Exception { exception, range }, *time))
                    .collect(),
            },
            None => {
                let day = Weekday::of_date(date);
                self.ranges
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.day == day)
                    .map(|(index, r)| (RangeRef::Weekly { index }, r.time))
                    .collect()
            }
        }
    }
}

/// Exceptions sorted by date for lookup: `(date, position in the schedule)`,
/// first occurrence only.
struct ExceptionIndex {
    by_date: Vec<(Date, usize)>,
}

impl ExceptionIndex {
    fn new(exceptions: &[Exception]) -> ExceptionIndex {
        let mut by_date: Vec<(Date, usize)> = exceptions
            .iter()
            .enumerate()
            .map(|(i, e)| (e.date, i))
            .collect();
        by_date.sort();
        by_date.dedup_by_key(|(date, _)| *date);
        ExceptionIndex { by_date }
    }

    fn get(&self, date: Date) -> Option<usize> {
        let found = self.by_date.binary_search_by_key(&date, |(d, _)| *d).ok()?;
        Some(self.by_date[found].1)
    }

    /// The first exceptional date strictly after `date`.
    fn next_after(&self, date: Date) -> Option<Date> {
        let at = self.by_date.partition_point(|(d, _)| *d <= date);
        self.by_date.get(at).map(|(d, _)| *d)
    }

    fn dates(&self) -> impl Iterator<Item = Date> + '_ {
        self.by_date.iter().map(|(d, _)| *d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn t(text: &str) -> LocalTime {
        LocalTime::parse(text).expect("valid time")
    }

    #[test]
    fn weekday_numbers_codes_and_names() {
        for (i, day) in Weekday::ALL.into_iter().enumerate() {
            assert_eq!(usize::from(day.iso_number()), i + 1);
            assert_eq!(Weekday::from_iso_number(day.iso_number()), Some(day));
            assert_eq!(Weekday::from_code(day.code()), Some(day));
            assert_eq!(Weekday::from_name(day.italian_abbreviation()), Some(day));
            assert_eq!(Weekday::from_name(day.english_abbreviation()), Some(day));
        }
        assert_eq!(Weekday::from_iso_number(0), None);
        assert_eq!(Weekday::from_iso_number(8), None);
        let names = [
            ("LUN", Some(Weekday::Monday)),
            ("Mer.", Some(Weekday::Wednesday)),
            ("lunedì", Some(Weekday::Monday)),
            ("Venerdi", Some(Weekday::Friday)),
            ("Sunday", Some(Weekday::Sunday)),
            ("mo", None),
            ("lu", None),
            ("", None),
        ];
        for (name, expected) in names {
            assert_eq!(Weekday::from_name(name), expected, "{name:?}");
        }
        // 25 December 2026 is a Friday; 29 March 2026 a Sunday.
        assert_eq!(Weekday::of_date(date(2026, 12, 25)), Weekday::Friday);
        assert_eq!(Weekday::of_date(date(2026, 3, 29)), Weekday::Sunday);
    }

    #[test]
    fn local_time_parsing() {
        let cases = [
            ("09:00", Some((9, 0))),
            ("9:05", Some((9, 5))),
            ("9.30", Some((9, 30))),
            ("00:00", Some((0, 0))),
            ("23:59", Some((23, 59))),
            ("24:00", Some((24, 0))),
            ("24:01", None),
            ("25:00", None),
            ("09:60", None),
            ("-1:00", None),
            ("+1:00", None),
            ("9:5", None),
            ("009:00", None),
            ("09", None),
            ("", None),
            (":", None),
            ("٠٩:٠٠", None),
        ];
        for (text, expected) in cases {
            let got = LocalTime::parse(text).map(|t| (t.hour(), t.minute()));
            assert_eq!(got, expected, "{text:?}");
        }
        assert_eq!(t("9:05").to_string(), "09:05");
        assert!(t("24:00").is_end_of_day());
        assert_eq!(t("24:00"), LocalTime::END_OF_DAY);
    }

    #[test]
    fn range_display_marks_next_day() {
        assert_eq!(
            TimeRange::new(t("9:00"), t("12:30")).to_string(),
            "09:00-12:30"
        );
        assert_eq!(
            TimeRange::overnight(t("22:00"), t("2:00")).to_string(),
            "22:00-02:00+1"
        );
    }

    #[test]
    fn hours_on_prefers_the_exception() {
        let friday = OpeningRange {
            day: Weekday::Friday,
            time: TimeRange::new(t("14:00"), t("17:00")),
        };
        let morning = OpeningRange {
            day: Weekday::Friday,
            time: TimeRange::new(t("09:00"), t("12:00")),
        };
        let schedule = Schedule {
            ranges: vec![friday, morning],
            exceptions: vec![Exception {
                date: date(2026, 12, 25),
                hours: ExceptionHours::Closed,
                note: Some("holiday".into()),
            }],
        };
        let regular = schedule.hours_on(date(2026, 12, 18));
        assert_eq!(regular.ranges, vec![morning.time, friday.time]);
        assert_eq!(regular.exception, None);
        let christmas = schedule.hours_on(date(2026, 12, 25));
        assert!(christmas.ranges.is_empty());
        assert_eq!(
            christmas.exception.and_then(|e| e.note.as_deref()),
            Some("holiday")
        );
        assert!(schedule.hours_on(date(2026, 12, 19)).ranges.is_empty());
        assert!(Schedule::default().is_empty());
        assert!(!schedule.is_empty());
    }
}
