//! Everything that can be wrong with a [`Schedule`], reported all at once
//! so an editor fixes the form in one pass.

use jiff::civil::Date;

use super::{DAY_MINUTES, ExceptionHours, ExceptionIndex, Schedule, TimeRange, WEEK_MINUTES};

/// Most weekly ranges a schedule may hold: a busy office has a dozen;
/// the cap only bounds hostile input.
pub const MAX_RANGES: usize = 50;
/// Most exceptions a schedule may hold: a year of daily exceptions and
/// some; old ones can be pruned.
pub const MAX_EXCEPTIONS: usize = 400;
/// Most special ranges on one exceptional date.
pub const MAX_RANGES_PER_EXCEPTION: usize = 20;

/// Which range an error is about, by position in the [`Schedule`], so the
/// form can mark the right row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RangeRef {
    /// `schedule.ranges[index]`.
    Weekly { index: usize },
    /// The `range`-th special range of `schedule.exceptions[exception]`.
    Exception { exception: usize, range: usize },
}

/// A rule a schedule breaks. The web layer shows [`Self::message_key`]
/// translated; the `Display` text is for logs only.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("{count} weekly ranges, more than {MAX_RANGES}")]
    TooManyRanges { count: usize },
    #[error("{count} exceptions, more than {MAX_EXCEPTIONS}")]
    TooManyExceptions { count: usize },
    #[error("exception {index} has {count} ranges, more than {MAX_RANGES_PER_EXCEPTION}")]
    TooManyExceptionRanges { index: usize, count: usize },
    /// 24:00 is only a closing time.
    #[error("{0:?} opens at 24:00")]
    OpensAtEndOfDay(RangeRef),
    /// Opens and closes at the same time on the same day.
    #[error("{0:?} has zero length")]
    ZeroLength(RangeRef),
    /// Closes before it opens on the same day, like `14:00-09:00`: either a
    /// typo or a night range missing its "closes next day" mark.
    #[error("{0:?} closes before it opens")]
    Inverted(RangeRef),
    /// Closes the next day later than it opened, so longer than 24 hours.
    #[error("{0:?} is longer than a day")]
    LongerThanADay(RangeRef),
    /// Two ranges share some minutes, on the same day or because one runs
    /// past midnight into the other's day. Ranges that merely touch
    /// (`09:00-12:00`, `12:00-14:00`) are fine.
    #[error("{a:?} overlaps {b:?}")]
    Overlap { a: RangeRef, b: RangeRef },
    /// A second exception for a date that already has one.
    #[error("exception {index} repeats the date {date}")]
    DuplicateException { index: usize, date: Date },
    /// Special hours with no range in them: mark the date closed instead.
    #[error("exception {index} has special hours but no range")]
    ExceptionWithoutHours { index: usize },
    #[error("exception {index} has a malformed note key")]
    InvalidNote { index: usize },
}

impl ScheduleError {
    /// Fluent message id explaining the problem to the editor.
    pub fn message_key(&self) -> &'static str {
        match self {
            ScheduleError::TooManyRanges { .. } => "schedule-error-too-many-ranges",
            ScheduleError::TooManyExceptions { .. } => "schedule-error-too-many-exceptions",
            ScheduleError::TooManyExceptionRanges { .. } => {
                "schedule-error-too-many-exception-ranges"
            }
            ScheduleError::OpensAtEndOfDay(_) => "schedule-error-opens-at-end-of-day",
            ScheduleError::ZeroLength(_) => "schedule-error-zero-length",
            ScheduleError::Inverted(_) => "schedule-error-inverted",
            ScheduleError::LongerThanADay(_) => "schedule-error-longer-than-a-day",
            ScheduleError::Overlap { .. } => "schedule-error-overlap",
            ScheduleError::DuplicateException { .. } => "schedule-error-duplicate-exception",
            ScheduleError::ExceptionWithoutHours { .. } => "schedule-error-exception-without-hours",
            ScheduleError::InvalidNote { .. } => "schedule-error-invalid-note",
        }
    }
}

impl Schedule {
    /// Checks every rule and returns every problem found, in a stable order.
    ///
    /// When a size cap is exceeded only the size errors are returned: the
    /// overlap checks are quadratic and must not run on hostile input.
    pub fn validate(&self) -> Result<(), Vec<ScheduleError>> {
        let mut errors = self.size_errors();
        if !errors.is_empty() {
            return Err(errors);
        }
        for (index, range) in self.ranges.iter().enumerate() {
            errors.extend(range_error(RangeRef::Weekly { index }, range.time));
        }
        self.weekly_overlaps(&mut errors);
        self.exception_errors(&mut errors);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    fn size_errors(&self) -> Vec<ScheduleError> {
        let mut errors = Vec::new();
        if self.ranges.len() > MAX_RANGES {
            errors.push(ScheduleError::TooManyRanges {
                count: self.ranges.len(),
            });
        }
        if self.exceptions.len() > MAX_EXCEPTIONS {
            errors.push(ScheduleError::TooManyExceptions {
                count: self.exceptions.len(),
            });
            return errors;
        }
        for (index, exception) in self.exceptions.iter().enumerate() {
            if let ExceptionHours::Hours(ranges) = &exception.hours
                && ranges.len() > MAX_RANGES_PER_EXCEPTION
            {
                errors.push(ScheduleError::TooManyExceptionRanges {
                    index,
                    count: ranges.len(),
                });
            }
        }
        errors
    }

    /// Weekly ranges are compared on the circle of the week, so Sunday
    /// night running into Monday morning counts.
    fn weekly_overlaps(&self, errors: &mut Vec<ScheduleError>) {
        let spans: Vec<(RangeRef, u32, u32)> = self
            .ranges
            .iter()
            .enumerate()
            .filter_map(|(index, r)| {
                let (start, end) = r.time.span_minutes()?;
                let week_start = u32::from(r.day.index() * DAY_MINUTES + start);
                Some((
                    RangeRef::Weekly { index },
                    week_start,
                    u32::from(end - start),
                ))
            })
            .collect();
        for (i, &(a, start_a, len_a)) in spans.iter().enumerate() {
            for &(b, start_b, len_b) in &spans[i + 1..] {
                let a_to_b = (start_b + WEEK_MINUTES - start_a) % WEEK_MINUTES;
                let b_to_a = (start_a + WEEK_MINUTES - start_b) % WEEK_MINUTES;
                if a_to_b < len_a || b_to_a < len_b {
                    errors.push(ScheduleError::Overlap { a, b });
                }
            }
        }
    }

    fn exception_errors(&self, errors: &mut Vec<ScheduleError>) {
        let mut by_date: Vec<(Date, usize)> = self
            .exceptions
            .iter()
            .enumerate()
            .map(|(i, e)| (e.date, i))
            .collect();
        by_date.sort();
        for pair in by_date.windows(2) {
            if pair[0].0 == pair[1].0 {
                errors.push(ScheduleError::DuplicateException {
                    index: pair[1].1,
                    date: pair[1].0,
                });
            }
        }
        for (index, exception) in self.exceptions.iter().enumerate() {
            if exception.note.as_deref().is_some_and(|n| !is_note_key(n)) {
                errors.push(ScheduleError::InvalidNote { index });
            }
            let ExceptionHours::Hours(ranges) = &exception.hours else {
                continue;
            };
            if ranges.is_empty() {
                errors.push(ScheduleError::ExceptionWithoutHours { index });
            }
            let refs: Vec<(RangeRef, TimeRange)> = ranges
                .iter()
                .enumerate()
                .map(|(range, time)| {
                    (
                        RangeRef::Exception {
                            exception: index,
                            range,
                        },
                        *time,
                    )
                })
                .collect();
            for &(at, time) in &refs {
                errors.extend(range_error(at, time));
            }
            same_day_overlaps(&refs, errors);
        }
        self.overnight_overlaps_around_exceptions(errors);
    }

    /// A range running past midnight must not overlap the next date's
    /// ranges. The weekly pattern was checked on its own; here each pair of
    /// consecutive dates with an exception on either side is checked once.
    fn overnight_overlaps_around_exceptions(&self, errors: &mut Vec<ScheduleError>) {
        let index = ExceptionIndex::new(&self.exceptions);
        for date in index.dates() {
            let this = self.effective_ranges(&index, date);
            if let Ok(previous) = date.yesterday() {
                let before = self.effective_ranges(&index, previous);
                overnight_overlaps(&before, &this, errors);
            }
            if let Ok(next) = date.tomorrow() {
                // An exception on the next date checks this pair itself.
                if index.get(next).is_none() {
                    let after = self.effective_ranges(&index, next);
                    overnight_overlaps(&this, &after, errors);
                }
            }
        }
    }
}

/// What is wrong with one range on its own, if anything.
fn range_error(at: RangeRef, time: TimeRange) -> Option<ScheduleError> {
    let opens = time.opens.minutes_since_midnight();
    let closes = time.closes.minutes_since_midnight();
    if time.opens.is_end_of_day() {
        Some(ScheduleError::OpensAtEndOfDay(at))
    } else if time.closes_next_day && closes + DAY_MINUTES - opens > DAY_MINUTES {
        Some(ScheduleError::LongerThanADay(at))
    } else if !time.closes_next_day && closes == opens {
        Some(ScheduleError::ZeroLength(at))
    } else if !time.closes_next_day && closes < opens {
        Some(ScheduleError::Inverted(at))
    } else {
        None
    }
}

fn same_day_overlaps(ranges: &[(RangeRef, TimeRange)], errors: &mut Vec<ScheduleError>) {
    for (i, &(a, time_a)) in ranges.iter().enumerate() {
        for &(b, time_b) in &ranges[i + 1..] {
            let (Some((start_a, end_a)), Some((start_b, end_b))) =
                (time_a.span_minutes(), time_b.span_minutes())
            else {
                continue;
            };
            if start_a < end_b && start_b < end_a {
                errors.push(ScheduleError::Overlap { a, b });
            }
        }
    }
}

/// Ranges of `before` that run past midnight against the ranges of the
/// following date `after`.
fn overnight_overlaps(
    before: &[(RangeRef, TimeRange)],
    after: &[(RangeRef, TimeRange)],
    errors: &mut Vec<ScheduleError>,
) {
    for &(a, time_a) in before {
        let Some((_, end_a)) = time_a.span_minutes() else {
            continue;
        };
        let Some(carried) = end_a.checked_sub(DAY_MINUTES).filter(|m| *m > 0) else {
            continue;
        };
        for &(b, time_b) in after {
            if time_b
                .span_minutes()
                .is_some_and(|(start_b, _)| start_b < carried)
            {
                errors.push(ScheduleError::Overlap { a, b });
            }
        }
    }
}

/// `holiday`, `staff-training-2`: safe to use as part of a Fluent id and
/// to write inside `[...]` in the text form.
fn is_note_key(note: &str) -> bool {
    let mut bytes = note.bytes();
    note.len() <= 64
        && bytes.next().is_some_and(|b| b.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::super::{Exception, LocalTime, OpeningRange, Weekday};
    use super::*;
    use jiff::civil::date;

    fn range(day: Weekday, text: &str) -> OpeningRange {
        OpeningRange {
            day,
            time: time_range(text),
        }
    }

    /// `09:00-12:00` or `22:00-02:00+1`, built without the text parser.
    fn time_range(text: &str) -> TimeRange {
        let (body, next_day) = match text.strip_suffix("+1") {
            Some(body) => (body, true),
            None => (text, false),
        };
        let (opens, closes) = body.split_once('-').expect("a dash");
        TimeRange {
            opens: LocalTime::parse(opens).expect("opens"),
            closes: LocalTime::parse(closes).expect("closes"),
            closes_next_day: next_day,
        }
    }

    fn exception(date: Date, ranges: &[&str]) -> Exception {
        Exception {
            date,
            hours: ExceptionHours::Hours(ranges.iter().map(|r| time_range(r)).collect()),
            note: None,
        }
    }

    fn weekly(index: usize) -> RangeRef {
        RangeRef::Weekly { index }
    }

    fn special(exception: usize, range: usize) -> RangeRef {
        RangeRef::Exception { exception, range }
    }

    #[test]
    fn good_schedules_pass() {
        let schedule = Schedule {
            ranges: vec![
                range(Weekday::Monday, "09:00-12:30"),
                // Touching ranges are allowed.
                range(Weekday::Monday, "12:30-17:00"),
                range(Weekday::Friday, "22:00-02:00+1"),
                range(Weekday::Saturday, "02:00-04:00"),
                range(Weekday::Saturday, "20:00-24:00"),
                range(Weekday::Sunday, "00:00-24:00"),
                // A full day, opening to opening.
                range(Weekday::Tuesday, "08:00-08:00+1"),
            ],
            exceptions: vec![
                Exception {
                    date: date(2026, 12, 25),
                    hours: ExceptionHours::Closed,
                    note: Some("holiday-christmas".into()),
                },
                exception(date(2026, 12, 24), &["09:00-12:00", "22:00-01:00+1"]),
            ],
        };
        assert_eq!(schedule.validate(), Ok(()));
        assert_eq!(Schedule::default().validate(), Ok(()));
    }

    #[test]
    fn each_bad_range_is_named() {
        let schedule = Schedule {
            ranges: vec![
                range(Weekday::Monday, "09:00-09:00"),
                range(Weekday::Tuesday, "14:00-09:00"),
                range(Weekday::Wednesday, "24:00-24:00"),
                range(Weekday::Thursday, "09:00-10:00+1"),
                range(Weekday::Friday, "23:00-24:00+1"),
                range(Weekday::Saturday, "10:00-11:00"),
            ],
            exceptions: vec![exception(date(2026, 6, 2), &["18:00-08:00"])],
        };
        assert_eq!(
            schedule.validate(),
            Err(vec![
                ScheduleError::ZeroLength(weekly(0)),
                ScheduleError::Inverted(weekly(1)),
                ScheduleError::OpensAtEndOfDay(weekly(2)),
                ScheduleError::LongerThanADay(weekly(3)),
                ScheduleError::LongerThanADay(weekly(4)),
                ScheduleError::Inverted(special(0, 0)),
            ])
        );
    }

    #[test]
    fn overlaps_on_a_day_and_across_midnight() {
        let schedule = Schedule {
            ranges: vec![
                range(Weekday::Monday, "09:00-12:00"),
                range(Weekday::Monday, "11:00-13:00"),
                // Thursday night runs into Friday 01:00.
                range(Weekday::Thursday, "22:00-02:00+1"),
                range(Weekday::Friday, "01:00-03:00"),
                // Sunday night runs into Monday, wrapping the week.
                range(Weekday::Sunday, "23:00-09:30+1"),
            ],
            exceptions: Vec::new(),
        };
        assert_eq!(
            schedule.validate(),
            Err(vec![
                ScheduleError::Overlap {
                    a: weekly(0),
                    b: weekly(1)
                },
                ScheduleError::Overlap {
                    a: weekly(0),
                    b: weekly(4)
                },
                ScheduleError::Overlap {
                    a: weekly(2),
                    b: weekly(3)
                },
            ])
        );
    }

    #[test]
    fn exception_overlaps_with_itself_and_its_neighbours() {
        // 2026-12-24 is a Thursday, 2026-12-26 a Saturday.
        let schedule = Schedule {
            ranges: vec![
                range(Weekday::Wednesday, "20:00-08:00+1"),
                range(Weekday::Friday, "07:00-09:00"),
            ],
            exceptions: vec![
                // Overlaps Wednesday night's carry-over and itself, and runs
                // into Friday 25 December's 07:00.
                exception(date(2026, 12, 24), &["07:00-10:00", "09:00-08:00+1"]),
                // Saturday special night into Sunday 27 December, itself an
                // exception opening at 01:00.
                exception(date(2026, 12, 26), &["22:00-02:00+1"]),
                exception(date(2026, 12, 27), &["01:00-05:00"]),
            ],
        };
        assert_eq!(
            schedule.validate(),
            Err(vec![
                ScheduleError::Overlap {
                    a: special(0, 0),
                    b: special(0, 1)
                },
                ScheduleError::Overlap {
                    a: weekly(0),
                    b: special(0, 0)
                },
                ScheduleError::Overlap {
                    a: special(0, 1),
                    b: weekly(1)
                },
                ScheduleError::Overlap {
                    a: special(1, 0),
                    b: special(2, 0)
                },
            ])
        );
    }

    #[test]
    fn exception_rules() {
        let closed = |d, note: Option<&str>| Exception {
            date: d,
            hours: ExceptionHours::Closed,
            note: note.map(str::to_owned),
        };
        let schedule = Schedule {
            ranges: Vec::new(),
            exceptions: vec![
                closed(date(2026, 8, 15), Some("ferragosto")),
                closed(date(2026, 8, 15), None),
                exception(date(2026, 8, 16), &[]),
                closed(date(2026, 8, 17), Some("Ferragosto")),
                closed(date(2026, 8, 18), Some("note]")),
                closed(date(2026, 8, 19), Some("")),
                closed(date(2026, 8, 20), Some(&"a".repeat(65))),
                closed(date(2026, 8, 21), Some(&"a".repeat(64))),
            ],
        };
        assert_eq!(
            schedule.validate(),
            Err(vec![
                ScheduleError::DuplicateException {
                    index: 1,
                    date: date(2026, 8, 15)
                },
                ScheduleError::ExceptionWithoutHours { index: 2 },
                ScheduleError::InvalidNote { index: 3 },
                ScheduleError::InvalidNote { index: 4 },
                ScheduleError::InvalidNote { index: 5 },
                ScheduleError::InvalidNote { index: 6 },
            ])
        );
    }

    #[test]
    fn sizes_are_capped_before_anything_else() {
        let many = Schedule {
            ranges: vec![range(Weekday::Monday, "09:00-10:00"); MAX_RANGES + 1],
            exceptions: vec![exception(date(2026, 1, 1), &["09:00-10:00"]); MAX_EXCEPTIONS + 1],
        };
        assert_eq!(
            many.validate(),
            Err(vec![
                ScheduleError::TooManyRanges {
                    count: MAX_RANGES + 1
                },
                ScheduleError::TooManyExceptions {
                    count: MAX_EXCEPTIONS + 1
                },
            ])
        );
        let crowded_day = Schedule {
            ranges: Vec::new(),
            exceptions: vec![exception(
                date(2026, 1, 1),
                &vec!["09:00-10:00"; MAX_RANGES_PER_EXCEPTION + 1],
            )],
        };
        assert_eq!(
            crowded_day.validate(),
            Err(vec![ScheduleError::TooManyExceptionRanges {
                index: 0,
                count: MAX_RANGES_PER_EXCEPTION + 1
            }])
        );
    }

    #[test]
    fn every_error_has_a_message_key() {
        let errors = [
            ScheduleError::TooManyRanges { count: 1 },
            ScheduleError::Overlap {
                a: weekly(0),
                b: weekly(1),
            },
            ScheduleError::InvalidNote { index: 0 },
        ];
        for error in errors {
            assert!(error.message_key().starts_with("schedule-error-"));
            assert!(!error.to_string().is_empty());
        }
    }
}
