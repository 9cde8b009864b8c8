//! The compact text form of a schedule, for an editor to type in one
//! textarea and for the form to show back.
//!
//! One line per weekday or exceptional date; blank lines are ignored:
//!
//! ```text
//! lun 09:00-12:30, 14:00-17:00
//! ven 09:00-12:30
//! sab 22:00-02:00+1
//! 2026-12-24 09:00-12:00 [christmas-eve]
//! 2026-12-25 chiuso [holiday]
//! ```
//!
//! - A **weekday** line is a day name (Italian or English, abbreviated or
//!   in full: `lun`, `mon`, `lunedì`, `Monday`) then ranges separated by
//!   commas. A day may appear on several lines; its ranges add up.
//!   `dom chiuso` is accepted and says nothing (a day without ranges is
//!   closed), unless the same day also has ranges, which is an error.
//! - A **date** line (`2026-12-25` or `25/12/2026`) replaces the weekly
//!   hours of that date with its ranges, or with `chiuso` / `closed`,
//!   optionally followed by a note key in brackets.
//! - A **range** is `HH:MM-HH:MM`; `+1` after the closing time means it
//!   closes the next day. An en dash works as well as a hyphen, and a dot
//!   as well as a colon, since both arrive pasted from word processors.
//!
//! [`Schedule::to_text`] writes the canonical form: Italian day
//! abbreviations (the editors' language), week order, ranges by time,
//! ISO dates in date order. Parsing the canonical form gives back the same
//! schedule, so the form can always show what is stored.

use jiff::civil::Date;

use super::{
    Exception, ExceptionHours, LocalTime, MAX_EXCEPTIONS, MAX_RANGES, OpeningRange, RangeRef,
    Schedule, ScheduleError, TimeRange, Weekday,
};

/// Longest text accepted: ample for the caps on ranges and exceptions,
/// and checked before any other work so hostile input costs nothing.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;
/// Errors reported at most; more would not help the editor.
pub const MAX_REPORTED_ERRORS: usize = 20;
/// Offending text is quoted back at most this long.
const MAX_QUOTED_CHARS: usize = 32;

/// A problem in the text, on a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {kind}")]
pub struct ParseError {
    pub line: usize,
    pub kind: ParseErrorKind,
}

/// What is wrong on a line. The quoted text is cut to 32 characters.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseErrorKind {
    /// The whole text is over [`MAX_TEXT_BYTES`]; the line is where the
    /// limit falls.
    #[error("text longer than {MAX_TEXT_BYTES} bytes")]
    TextTooLong,
    #[error("control character")]
    ControlCharacter,
    #[error("{word:?} is neither a day nor a date")]
    UnknownDay { word: String },
    #[error("{word:?} is not a date")]
    InvalidDate { word: String },
    #[error("no hours after the day or date")]
    MissingHours,
    #[error("{text:?} is not a range like 09:00-12:30")]
    InvalidRange { text: String },
    #[error("{text:?} is not a time like 09:00")]
    InvalidTime { text: String },
    /// Notes explain exceptions; a weekly day has none.
    #[error("a note after a weekday")]
    NoteOnWeekday,
    /// `dom chiuso` on one line and hours for Sunday on another.
    #[error("the day is marked closed and also has hours")]
    ClosedDayHasHours,
    /// The line parses but breaks a schedule rule (overlap, zero length…).
    /// Its range references count in the order of the text.
    #[error(transparent)]
    Rule(ScheduleError),
}

impl ParseErrorKind {
    /// Fluent message id explaining the problem to the editor.
    pub fn message_key(&self) -> &'static str {
        match self {
            ParseErrorKind::TextTooLong => "schedule-text-too-long",
            ParseErrorKind::ControlCharacter => "schedule-text-control-character",
            ParseErrorKind::UnknownDay { .. } => "schedule-text-unknown-day",
            ParseErrorKind::InvalidDate { .. } => "schedule-text-invalid-date",
            ParseErrorKind::MissingHours => "schedule-text-missing-hours",
            ParseErrorKind::InvalidRange { .. } => "schedule-text-invalid-range",
            ParseErrorKind::InvalidTime { .. } => "schedule-text-invalid-time",
            ParseErrorKind::NoteOnWeekday => "schedule-text-note-on-weekday",
            ParseErrorKind::ClosedDayHasHours => "schedule-text-closed-day-has-hours",
            ParseErrorKind::Rule(error) => error.message_key(),
        }
    }
}

/// One line, understood.
enum Line {
    Blank,
    Weekly(Weekday, Vec<TimeRange>),
    WeeklyClosed(Weekday),
    Exception(Exception),
}

/// The schedule as typed, with the line each part came from.
#[derive(Default)]
struct Typed {
    schedule: Schedule,
    range_lines: Vec<usize>,
    exception_lines: Vec<usize>,
}

impl Typed {
    fn line_of(&self, at: RangeRef) -> usize {
        match at {
            RangeRef::Weekly { index } => self.range_lines.get(index),
            RangeRef::Exception { exception, .. } => self.exception_lines.get(exception),
        }
        .copied()
        .unwrap_or(0)
    }

    /// The line to blame for a rule: for an overlap, the later of the two,
    /// which is where the clash was introduced.
    fn line_of_error(&self, error: &ScheduleError) -> usize {
        let exception_line = |index: usize| self.exception_lines.get(index).copied().unwrap_or(0);
        match *error {
            ScheduleError::TooManyRanges { .. } => {
                self.range_lines.get(MAX_RANGES).copied().unwrap_or(0)
            }
            ScheduleError::TooManyExceptions { .. } => exception_line(MAX_EXCEPTIONS),
            ScheduleError::TooManyExceptionRanges { index, .. }
            | ScheduleError::DuplicateException { index, .. }
            | ScheduleError::ExceptionWithoutHours { index }
            | ScheduleError::InvalidNote { index } => exception_line(index),
            ScheduleError::OpensAtEndOfDay(at)
            | ScheduleError::ZeroLength(at)
            | ScheduleError::Inverted(at)
            | ScheduleError::LongerThanADay(at) => self.line_of(at),
            ScheduleError::Overlap { a, b } => self.line_of(a).max(self.line_of(b)),
        }
    }
}

impl Schedule {
    /// Reads the text form (see the module documentation) and validates the
    /// result. Returns every problem found, by line, at most
    /// [`MAX_REPORTED_ERRORS`]. Empty text is the empty schedule: hours not
    /// given. The schedule returned is normalised.
    pub fn from_text(text: &str) -> Result<Schedule, Vec<ParseError>> {
        if text.len() > MAX_TEXT_BYTES {
            let line = 1 + text.as_bytes()[..MAX_TEXT_BYTES]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            return Err(vec![ParseError {
                line,
                kind: ParseErrorKind::TextTooLong,
            }]);
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut typed = Typed::default();
        let mut errors = Vec::new();
        let mut closed_days: Vec<(Weekday, usize)> = Vec::new();
        for (number, line) in (1..).zip(text.lines()) {
            if errors.len() >= MAX_REPORTED_ERRORS {
                break;
            }
            match parse_line(line) {
                Ok(Line::Blank) => {}
                Ok(Line::Weekly(day, ranges)) => {
                    for time in ranges {
                        typed.schedule.ranges.push(OpeningRange { day, time });
                        typed.range_lines.push(number);
                    }
                }
                Ok(Line::WeeklyClosed(day)) => closed_days.push((day, number)),
                Ok(Line::Exception(exception)) => {
                    typed.schedule.exceptions.push(exception);
                    typed.exception_lines.push(number);
                }
                Err(kind) => errors.push(ParseError { line: number, kind }),
            }
        }
        let mut first_hours_line: [Option<usize>; 7] = [None; 7];
        for (range, line) in typed.schedule.ranges.iter().zip(&typed.range_lines) {
            first_hours_line[usize::from(range.day.index())].get_or_insert(*line);
        }
        for (day, closed_line) in closed_days {
            if let Some(hours_line) = first_hours_line[usize::from(day.index())] {
                errors.push(ParseError {
                    line: closed_line.max(hours_line),
                    kind: ParseErrorKind::ClosedDayHasHours,
                });
            }
        }
        // Rules are checked even when some lines did not parse: an overlap
        // between two good lines is worth reporting in the same pass.
        if let Err(broken) = typed.schedule.validate() {
            errors.extend(broken.into_iter().map(|error| ParseError {
                line: typed.line_of_error(&error),
                kind: ParseErrorKind::Rule(error),
            }));
        }
        if !errors.is_empty() {
            errors.sort_by_key(|e| e.line);
            errors.truncate(MAX_REPORTED_ERRORS);
            return Err(errors);
        }
        let mut schedule = typed.schedule;
        schedule.normalise();
        Ok(schedule)
    }

    /// The canonical text form; empty for the empty schedule. For a valid
    /// schedule, [`Schedule::from_text`] reads it back unchanged.
    pub fn to_text(&self) -> String {
        let mut schedule = self.clone();
        schedule.normalise();
        let mut lines = Vec::new();
        for day in Weekday::ALL {
            let ranges: Vec<String> = schedule
                .weekly_on(day)
                .map(|time| time.to_string())
                .collect();
            if !ranges.is_empty() {
                lines.push(format!(
                    "{} {}",
                    day.italian_abbreviation(),
                    ranges.join(", ")
                ));
            }
        }
        for exception in &schedule.exceptions {
            let hours = match &exception.hours {
                ExceptionHours::Closed => "chiuso".to_owned(),
                ExceptionHours::Hours(ranges) => ranges
                    .iter()
                    .map(TimeRange::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            let note = exception
                .note
                .as_ref()
                .map(|note| format!(" [{note}]"))
                .unwrap_or_default();
            lines.push(format!("{} {hours}{note}", exception.date));
        }
        lines.join("\n")
    }
}

fn parse_line(line: &str) -> Result<Line, ParseErrorKind> {
    let line = line.trim();
    if line.chars().any(|c| c.is_control() && c != '\t') {
        return Err(ParseErrorKind::ControlCharacter);
    }
    if line.is_empty() {
        return Ok(Line::Blank);
    }
    let (head, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let (hours, note) = split_note(rest.trim());
    if head.starts_with(|c: char| c.is_ascii_digit()) {
        let date =
            parse_date(head).ok_or_else(|| ParseErrorKind::InvalidDate { word: quote(head) })?;
        let hours = if is_closed_word(hours) {
            ExceptionHours::Closed
        } else {
            ExceptionHours::Hours(parse_ranges(hours)?)
        };
        let note = note.map(str::to_owned);
        return Ok(Line::Exception(Exception { date, hours, note }));
    }
    let day =
        Weekday::from_name(head).ok_or_else(|| ParseErrorKind::UnknownDay { word: quote(head) })?;
    if note.is_some() {
        return Err(ParseErrorKind::NoteOnWeekday);
    }
    if is_closed_word(hours) {
        return Ok(Line::WeeklyClosed(day));
    }
    Ok(Line::Weekly(day, parse_ranges(hours)?))
}

/// `… [note]` at the end of a line; the note's form is a rule checked by
/// validation, so a bad note is reported like any other rule.
fn split_note(rest: &str) -> (&str, Option<&str>) {
    rest.strip_suffix(']')
        .and_then(|body| {
            let open = body.rfind('[')?;
            Some((body[..open].trim_end(), Some(body[open + 1..].trim())))
        })
        .unwrap_or((rest, None))
}

fn is_closed_word(word: &str) -> bool {
    ["chiuso", "chiusa", "closed"]
        .iter()
        .any(|closed| word.eq_ignore_ascii_case(closed))
}

fn parse_ranges(text: &str) -> Result<Vec<TimeRange>, ParseErrorKind> {
    if text.is_empty() {
        return Err(ParseErrorKind::MissingHours);
    }
    text.split(',')
        .map(|piece| parse_range(piece.trim()))
        .collect()
}

fn parse_range(piece: &str) -> Result<TimeRange, ParseErrorKind> {
    let invalid = || ParseErrorKind::InvalidRange { text: quote(piece) };
    let (body, closes_next_day) = match piece.strip_suffix("+1") {
        Some(body) => (body.trim_end(), true),
        None => (piece, false),
    };
    let (opens, closes) = body.split_once(['-', '–']).ok_or_else(invalid)?;
    let (opens, closes) = (opens.trim(), closes.trim());
    if opens.is_empty() || closes.is_empty() {
        return Err(invalid());
    }
    let time = |text: &str| {
        LocalTime::parse(text).ok_or_else(|| ParseErrorKind::InvalidTime { text: quote(text) })
    };
    Ok(TimeRange {
        opens: time(opens)?,
        closes: time(closes)?,
        closes_next_day,
    })
}

/// `2026-12-25` or `25/12/2026`.
fn parse_date(word: &str) -> Option<Date> {
    let number = |text: &str, max_len: usize| -> Option<i16> {
        let digits =
            !text.is_empty() && text.len() <= max_len && text.bytes().all(|b| b.is_ascii_digit());
        digits.then(|| text.parse().ok()).flatten()
    };
    let parts: Vec<&str> = word.split(['-', '/']).collect();
    let (year, month, day) = match parts.as_slice() {
        [year, month, day]
            if word.contains('-') && year.len() == 4 && month.len() == 2 && day.len() == 2 =>
        {
            (*year, *month, *day)
        }
        [day, month, year] if word.contains('/') && !word.contains('-') && year.len() == 4 => {
            (*year, *month, *day)
        }
        _ => return None,
    };
    let month = i8::try_from(number(month, 2)?).ok()?;
    let day = i8::try_from(number(day, 2)?).ok()?;
    Date::new(number(year, 4)?, month, day).ok()
}

fn quote(text: &str) -> String {
    text.chars().take(MAX_QUOTED_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn errors(text: &str) -> Vec<(usize, ParseErrorKind)> {
        match Schedule::from_text(text) {
            Ok(schedule) => panic!("{text:?} parsed as {schedule:?}"),
            Err(errors) => errors.into_iter().map(|e| (e.line, e.kind)).collect(),
        }
    }

    fn one_error(text: &str) -> (usize, ParseErrorKind) {
        let mut all = errors(text);
        assert_eq!(all.len(), 1, "{text:?}: {all:?}");
        all.remove(0)
    }

    fn time(text: &str) -> LocalTime {
        LocalTime::parse(text).expect("time")
    }

    #[test]
    fn reads_days_dates_and_notes() {
        let text = "Lunedì 14:00-17:00, 9.00 – 12.30\n\
                    \n\
                    \tfri 22:00-02:00 +1\r\n\
                    dom chiuso\n\
                    25/12/2026 Closed [holiday]\n\
                    2026-12-24 09:00-12:00";
        let schedule = Schedule::from_text(text).expect("valid");
        let monday = |opens, closes| OpeningRange {
            day: Weekday::Monday,
            time: TimeRange::new(time(opens), time(closes)),
        };
        assert_eq!(
            schedule.ranges,
            vec![
                monday("09:00", "12:30"),
                monday("14:00", "17:00"),
                OpeningRange {
                    day: Weekday::Friday,
                    time: TimeRange::overnight(time("22:00"), time("02:00")),
                },
            ]
        );
        assert_eq!(
            schedule.exceptions,
            vec![
                Exception {
                    date: date(2026, 12, 24),
                    hours: ExceptionHours::Hours(vec![TimeRange::new(
                        time("09:00"),
                        time("12:00")
                    )]),
                    note: None,
                },
                Exception {
                    date: date(2026, 12, 25),
                    hours: ExceptionHours::Closed,
                    note: Some("holiday".into()),
                },
            ]
        );
        assert_eq!(
            schedule.to_text(),
            "lun 09:00-12:30, 14:00-17:00\n\
             ven 22:00-02:00+1\n\
             2026-12-24 09:00-12:00\n\
             2026-12-25 chiuso [holiday]"
        );
    }

    #[test]
    fn round_trip() {
        let texts = [
            "",
            "lun 09:00-12:30, 14:00-17:00\nmar 09:00-12:30\nsab 22:00-02:00+1\ndom 02:00-24:00",
            "mon 9:00-12:00\nwednesday 08:30-13:00, 13:00-18:00\n2027-01-06 chiuso [epiphany]\n\
             2026-08-14 10:00-11:00, 21:00-00:30+1 [ferragosto-eve]\n01/01/2027 chiuso",
        ];
        for text in texts {
            let first = Schedule::from_text(text).expect("valid");
            let canonical = first.to_text();
            let second = Schedule::from_text(&canonical).expect("canonical parses");
            assert_eq!(second, first, "{text:?}");
            assert_eq!(second.to_text(), canonical, "{text:?}");
        }
    }

    #[test]
    fn empty_text_is_the_empty_schedule() {
        for text in ["", "\n\n", "   \t\n  \r\n", "\u{feff}"] {
            let schedule = Schedule::from_text(text).expect("valid");
            assert!(schedule.is_empty(), "{text:?}");
            assert_eq!(schedule.to_text(), "");
        }
    }

    /// The text an error quotes back, if any.
    fn quoted(kind: &ParseErrorKind) -> &str {
        match kind {
            ParseErrorKind::UnknownDay { word } | ParseErrorKind::InvalidDate { word } => word,
            ParseErrorKind::InvalidRange { text } | ParseErrorKind::InvalidTime { text } => text,
            _ => "",
        }
    }

    #[test]
    fn syntax_errors_carry_their_line() {
        // Text, line, message key without `schedule-text-`, quoted text.
        let long = "x".repeat(100);
        let cases = [
            ("xyz 09:00-10:00", 1, "unknown-day", "xyz"),
            (&long, 1, "unknown-day", &long[..32]),
            ("\nlun", 2, "missing-hours", ""),
            ("lun 09:00-10:00\n\nmar ", 3, "missing-hours", ""),
            ("2026-12-25", 1, "missing-hours", ""),
            ("2026-12-25 [holiday]", 1, "missing-hours", ""),
            ("2026-02-30 chiuso", 1, "invalid-date", "2026-02-30"),
            ("2026-1-5 chiuso", 1, "invalid-date", "2026-1-5"),
            ("31/04/2026 chiuso", 1, "invalid-date", "31/04/2026"),
            ("lun 09:00", 1, "invalid-range", "09:00"),
            ("lun 09:00-12:00,", 1, "invalid-range", ""),
            ("lun -1:00-09:00", 1, "invalid-range", "-1:00-09:00"),
            ("lun 09:00-25:00", 1, "invalid-time", "25:00"),
            ("lun 25:00-26:00", 1, "invalid-time", "25:00"),
            ("lun 09:60-10:00", 1, "invalid-time", "09:60"),
            ("lun 9-10", 1, "invalid-time", "9"),
            ("lun 09:00-12:00-14:00", 1, "invalid-time", "12:00-14:00"),
            ("lun 09:00-12:00 [x]", 1, "note-on-weekday", ""),
            ("lun 09:00\u{0}-10:00", 1, "control-character", ""),
            ("\n\nlun 09:00-10:00\u{1b}[31m", 3, "control-character", ""),
            ("lun 09:00\r-10:00", 1, "control-character", ""),
            ("dom chiuso\ndom 09:00-10:00", 2, "closed-day-has-hours", ""),
        ];
        for (text, line, key, quote) in cases {
            let (got_line, kind) = one_error(text);
            assert_eq!(got_line, line, "{text:?}");
            assert_eq!(
                kind.message_key(),
                format!("schedule-text-{key}"),
                "{text:?}"
            );
            assert_eq!(quoted(&kind), quote, "{text:?}");
        }
    }

    #[test]
    fn rule_errors_carry_their_line() {
        let text = "lun 09:00-12:00\n\
                    mar 14:00-09:00\n\
                    lun 11:00-13:00\n\
                    mer 10:00-10:00\n\
                    gio 24:00-24:00\n\
                    2026-12-25 chiuso\n\
                    2026-12-25 09:00-10:00 [Bad_Note]";
        let weekly = |index| RangeRef::Weekly { index };
        assert_eq!(
            errors(text),
            vec![
                (2, ParseErrorKind::Rule(ScheduleError::Inverted(weekly(1)))),
                (
                    3,
                    ParseErrorKind::Rule(ScheduleError::Overlap {
                        a: weekly(0),
                        b: weekly(2)
                    })
                ),
                (
                    4,
                    ParseErrorKind::Rule(ScheduleError::ZeroLength(weekly(3)))
                ),
                (
                    5,
                    ParseErrorKind::Rule(ScheduleError::OpensAtEndOfDay(weekly(4)))
                ),
                (
                    7,
                    ParseErrorKind::Rule(ScheduleError::DuplicateException {
                        index: 1,
                        date: date(2026, 12, 25)
                    })
                ),
                (
                    7,
                    ParseErrorKind::Rule(ScheduleError::InvalidNote { index: 1 })
                ),
            ]
        );
        // A night range overlapping the next morning is blamed on the later line.
        assert_eq!(
            one_error("mar 07:00-09:00\nlun 22:00-08:00+1"),
            (
                2,
                ParseErrorKind::Rule(ScheduleError::Overlap {
                    a: weekly(0),
                    b: weekly(1)
                })
            )
        );
        // Syntax and rule errors come together, in line order.
        assert_eq!(
            errors("lun 09:00-12:00\nboh\nlun 10:00-11:00")
                .into_iter()
                .map(|(line, kind)| (line, kind.message_key()))
                .collect::<Vec<_>>(),
            vec![
                (2, "schedule-text-unknown-day"),
                (3, "schedule-error-overlap")
            ]
        );
    }

    #[test]
    fn hostile_input_is_bounded() {
        // 10,000 lines, 160 KB: refused before parsing, at the line where
        // the limit falls.
        let huge = "lun 09:00-10:00\n".repeat(10_000);
        assert_eq!(
            one_error(&huge),
            (MAX_TEXT_BYTES / 16 + 1, ParseErrorKind::TextTooLong)
        );
        // 10,000 short bad lines: only the first errors are reported.
        let noise = "?\n".repeat(10_000);
        let reported = errors(&noise);
        assert_eq!(reported.len(), MAX_REPORTED_ERRORS);
        assert_eq!(reported.first().map(|e| e.0), Some(1));
        // Many good lines: the cap on ranges names the first one over it.
        let many = "lun 09:00-10:00\n".repeat(MAX_RANGES + 10);
        assert_eq!(
            one_error(&many),
            (
                MAX_RANGES + 1,
                ParseErrorKind::Rule(ScheduleError::TooManyRanges {
                    count: MAX_RANGES + 10
                })
            )
        );
        // 10,000 blank lines are still an empty schedule.
        assert_eq!(
            Schedule::from_text(&"\n".repeat(10_000)),
            Ok(Schedule::default())
        );
        // Lookalike digits and stray symbols are not times.
        assert_eq!(
            one_error("lun ０９:００-10:00").1,
            ParseErrorKind::InvalidTime {
                text: "０９:００".into()
            }
        );
        assert_eq!(
            one_error("lun 09:00-10:00+2").1,
            ParseErrorKind::InvalidTime {
                text: "10:00+2".into()
            }
        );
    }

    #[test]
    fn every_kind_has_a_message_key() {
        let kinds = [
            ParseErrorKind::TextTooLong,
            ParseErrorKind::MissingHours,
            ParseErrorKind::Rule(ScheduleError::ZeroLength(RangeRef::Weekly { index: 0 })),
        ];
        for kind in kinds {
            assert!(kind.message_key().starts_with("schedule-"));
        }
    }
}
