//! "Open now? Until when? When next?": the wall-clock schedule laid onto
//! real instants in Europe/Rome.
//!
//! # Daylight saving
//!
//! Every opening and closing time becomes *the first instant at which a
//! clock in Rome shows that time or a later one*. On an ordinary day that
//! is simply the instant; the rule only matters twice a year:
//!
//! - **Clocks go back** (last Sunday of October, 03:00 CEST → 02:00 CET):
//!   02:00–02:59 happen twice and the first one counts, which is jiff's
//!   `compatible` disambiguation. A range 02:00–03:00 lasts two real hours
//!   that night, from the first 02:00 until the clock shows 03:00; a range
//!   closing at 02:30 closes at the first 02:30, when the staff's watches
//!   say so, not an hour later.
//! - **Clocks go forward** (last Sunday of March, 02:00 CET → 03:00 CEST):
//!   02:00–02:59 never happen, and the first instant showing a later time
//!   is the jump itself, 03:00 CEST. So a range 02:00–03:00 does not open
//!   that night at all (every time it names is skipped), 01:00–02:30 closes
//!   at the jump, and 02:30–06:00 opens at the jump. We do not use jiff's
//!   `compatible` here: it moves 02:30 forward by the gap to 03:30 CEST,
//!   which would keep a service "open" half an hour past a closing time
//!   the clock has already passed.
//!
//! The rule is monotonic, so ranges that touch in wall time (`…-12:00`,
//! `12:00-…`) still touch in real time and are read as one opening.
//!
//! # Bounded search
//!
//! Answers come from walking the calendar day by day from the day before
//! the instant asked about (a night range opened then may still run).
//! When the weekly pattern is the same at every instant (no ranges at
//! all, or open around the clock) walking could go on forever, so the walk
//! jumps straight to the next exception and stops after the last one:
//! an all-closed schedule answers `None` at once, and one open around the
//! clock answers "open, no closing ahead". A hard cap on days walked keeps
//! even an unvalidated, oversized schedule bounded.

use jiff::{
    Timestamp as Instant,
    civil::{Date, DateTime, Time},
    tz::{AmbiguousOffset, TimeZone},
};

use super::{DAY_MINUTES, ExceptionIndex, MAX_EXCEPTIONS, Schedule, WEEK_MINUTES};
use crate::time::Timestamp;

/// The schedule's time zone.
const ZONE: &str = "Europe/Rome";

/// Most days one question may walk: a validated schedule needs far fewer
/// (a few days around each exception, a week between them).
const SCAN_LIMIT_DAYS: usize = 4 * MAX_EXCEPTIONS + 60;

/// Whether a service is open at an instant, and what changes next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open. `closes_at` is `None` when no closing lies ahead: open around
    /// the clock with no closure among the exceptions.
    Open { closes_at: Option<Timestamp> },
    /// Closed. `opens_at` is `None` when no opening lies ahead: nothing
    /// weekly and no later special hours (or no hours given at all).
    Closed { opens_at: Option<Timestamp> },
}

/// The next moment a service opens or closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Opens(Timestamp),
    Closes(Timestamp),
}

/// A stretch of continuous opening, `[start, end)`; `end` is `None` when
/// the walk found no closing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Block {
    start: Timestamp,
    end: Option<Timestamp>,
}

/// What the weekly pattern alone looks like across a whole week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WeeklyPattern {
    AlwaysClosed,
    AlwaysOpen,
    Varies,
}

impl Schedule {
    /// Open or closed at `at`, with the next closing or opening.
    pub fn status_at(&self, at: Timestamp) -> OpenStatus {
        match self.blocks_from(at, 1).first() {
            Some(block) if block.start <= at => OpenStatus::Open {
                closes_at: block.end,
            },
            Some(block) => OpenStatus::Closed {
                opens_at: Some(block.start),
            },
            None => OpenStatus::Closed { opens_at: None },
        }
    }

    pub fn is_open_at(&self, at: Timestamp) -> bool {
        matches!(self.status_at(at), OpenStatus::Open { .. })
    }

    /// When the current opening ends; `None` when closed at `at` or when
    /// no closing lies ahead.
    pub fn closes_at(&self, at: Timestamp) -> Option<Timestamp> {
        match self.status_at(at) {
            OpenStatus::Open { closes_at } => closes_at,
            OpenStatus::Closed { .. } => None,
        }
    }

    /// The first opening strictly after `at`: when open at `at`, the one
    /// after the current opening ends.
    pub fn next_opening(&self, at: Timestamp) -> Option<Timestamp> {
        self.blocks_from(at, 2)
            .into_iter()
            .map(|block| block.start)
            .find(|start| *start > at)
    }

    /// The next opening or closing after `at`.
    pub fn next_change(&self, at: Timestamp) -> Option<Change> {
        match self.status_at(at) {
            OpenStatus::Open { closes_at } => closes_at.map(Change::Closes),
            OpenStatus::Closed { opens_at } => opens_at.map(Change::Opens),
        }
    }

    /// Up to `want` openings that end after `at` (or never end), in order.
    fn blocks_from(&self, at: Timestamp, want: usize) -> Vec<Block> {
        let mut merger = Merger {
            after: at,
            want,
            pending: None,
            found: Vec::new(),
        };
        let Ok(tz) = TimeZone::get(ZONE) else {
            return Vec::new();
        };
        let Ok(instant) = Instant::from_second(at.0) else {
            return Vec::new();
        };
        let Ok(mut date) = tz.to_datetime(instant).date().yesterday() else {
            return Vec::new();
        };
        let index = ExceptionIndex::new(&self.exceptions);
        let pattern = self.weekly_pattern();
        let mut walked = 0;
        loop {
            if walked == SCAN_LIMIT_DAYS {
                // Out of road: whatever is open has no closing we can vouch for.
                if let Some(pending) = &mut merger.pending {
                    pending.end = None;
                }
                break;
            }
            walked += 1;
            for (start, end) in self.openings_on(&index, &tz, date) {
                merger.push(start, end);
            }
            if merger.found.len() >= want {
                break;
            }
            let next = if index.get(date).is_some() {
                date.tomorrow().ok()
            } else {
                next_date_to_walk(pattern, &index, date, &mut merger)
            };
            match next {
                Some(next) => date = next,
                None => break,
            }
        }
        merger.finish();
        merger.found.truncate(want);
        merger.found
    }

    /// The real-time openings of the ranges that open on `date`, earliest
    /// first. Malformed ranges are skipped, so even an unvalidated schedule
    /// gets an answer.
    fn openings_on(
        &self,
        index: &ExceptionIndex,
        tz: &TimeZone,
        date: Date,
    ) -> Vec<(Timestamp, Timestamp)> {
        let mut openings: Vec<(Timestamp, Timestamp)> = self
            .effective_ranges(index, date)
            .into_iter()
            .filter_map(|(_, time)| {
                let (start, end) = time.span_minutes()?;
                let start = first_instant_showing(tz, date, start)?;
                let end = first_instant_showing(tz, date, end)?;
                (end > start).then_some((start, end))
            })
            .collect();
        openings.sort();
        openings
    }

    fn weekly_pattern(&self) -> WeeklyPattern {
        let mut spans: Vec<(u32, u32)> = Vec::new();
        for range in &self.ranges {
            let Some((day_start, day_end)) = range.time.span_minutes() else {
                continue;
            };
            let start = u32::from(range.day.index() * DAY_MINUTES + day_start);
            let end = start + u32::from(day_end - day_start);
            if end <= WEEK_MINUTES {
                spans.push((start, end));
            } else {
                spans.push((start, WEEK_MINUTES));
                spans.push((0, end - WEEK_MINUTES));
            }
        }
        if spans.is_empty() {
            return WeeklyPattern::AlwaysClosed;
        }
        spans.sort();
        let mut covered = 0;
        for (start, end) in spans {
            if start > covered {
                return WeeklyPattern::Varies;
            }
            covered = covered.max(end);
        }
        if covered >= WEEK_MINUTES {
            WeeklyPattern::AlwaysOpen
        } else {
            WeeklyPattern::Varies
        }
    }
}

/// After walking an ordinary (non-exception) `date`, the next date worth
/// walking. Where the weekly pattern never changes, the days up to the
/// next exception are all alike and are skipped.
fn next_date_to_walk(
    pattern: WeeklyPattern,
    index: &ExceptionIndex,
    date: Date,
    merger: &mut Merger,
) -> Option<Date> {
    match (pattern, index.next_after(date)) {
        (WeeklyPattern::Varies, _) => date.tomorrow().ok(),
        (WeeklyPattern::AlwaysClosed, next_exception) => next_exception,
        (WeeklyPattern::AlwaysOpen, None) => {
            if let Some(pending) = &mut merger.pending {
                pending.end = None;
            }
            None
        }
        (WeeklyPattern::AlwaysOpen, Some(exception)) => {
            // Resume two days early: the day before the exception may run
            // a night range into it, and that day's own early hours may be
            // covered by a range from the day before it.
            let resume = exception.yesterday().ok()?.yesterday().ok()?;
            match &mut merger.pending {
                Some(pending) if resume > date => {
                    // Every instant in between is open: bridge the gap.
                    pending.end = None;
                    Some(resume)
                }
                _ => date.tomorrow().ok(),
            }
        }
    }
}

/// Joins openings, given in order of start, into continuous blocks and
/// keeps those ending after `after`.
struct Merger {
    after: Timestamp,
    want: usize,
    pending: Option<Block>,
    found: Vec<Block>,
}

impl Merger {
    fn push(&mut self, start: Timestamp, end: Timestamp) {
        match &mut self.pending {
            // `end: None` is a bridged block, open until the next opening.
            Some(pending) if pending.end.is_none_or(|e| start <= e) => {
                pending.end = Some(pending.end.map_or(end, |e| e.max(end)));
            }
            _ => {
                self.finish();
                self.pending = Some(Block {
                    start,
                    end: Some(end),
                });
            }
        }
    }

    fn finish(&mut self) {
        if let Some(block) = self.pending.take()
            && block.end.is_none_or(|end| end > self.after)
            && self.found.len() < self.want
        {
            self.found.push(block);
        }
    }
}

/// The first instant at which a clock in Rome shows `minutes` after the
/// midnight that begins `date` (up to two days) or a later time: see the
/// module documentation for why gaps are not left to `compatible`.
fn first_instant_showing(tz: &TimeZone, date: Date, minutes: u16) -> Option<Timestamp> {
    let mut day = date;
    for _ in 0..minutes / DAY_MINUTES {
        day = day.tomorrow().ok()?;
    }
    let minute_of_day = minutes % DAY_MINUTES;
    let time = Time::new(
        i8::try_from(minute_of_day / 60).ok()?,
        i8::try_from(minute_of_day % 60).ok()?,
        0,
        0,
    )
    .ok()?;
    let wall = DateTime::from_parts(day, time);
    let ambiguous = tz.to_ambiguous_timestamp(wall);
    let instant = match ambiguous.offset() {
        AmbiguousOffset::Gap { after, .. } => {
            // Read with the later offset, the wall time names an instant
            // just before the jump; the jump is the next transition.
            let before_jump = after.to_timestamp(wall).ok()?;
            tz.following(before_jump).next()?.timestamp()
        }
        AmbiguousOffset::Unambiguous { .. } | AmbiguousOffset::Fold { .. } => {
            ambiguous.compatible().ok()?
        }
    };
    Some(Timestamp(instant.as_second()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An instant written with its offset, `2026-03-29T03:00:00+02:00`.
    fn at(text: &str) -> Timestamp {
        Timestamp(text.parse::<Instant>().expect("RFC 3339").as_second())
    }

    fn schedule(text: &str) -> Schedule {
        Schedule::from_text(text).expect("valid schedule")
    }

    /// Each case reads `<instant> open|closed, opens|closes <instant>`: the
    /// answer at the first instant and the next change.
    fn check(schedule: &Schedule, cases: &[&str]) {
        for case in cases {
            let words: Vec<&str> = case.split([' ', ',']).filter(|w| !w.is_empty()).collect();
            let [instant, state, change, next] = words[..] else {
                panic!("malformed case {case:?}");
            };
            let when = at(instant);
            let expected = match change {
                "opens" => Change::Opens(at(next)),
                _ => Change::Closes(at(next)),
            };
            assert_eq!(schedule.is_open_at(when), state == "open", "{case}");
            assert_eq!(schedule.next_change(when), Some(expected), "{case}");
        }
    }

    const OFFICE: &str = "lun 09:00-12:30, 14:00-17:00\n\
                          mar 09:00-12:30, 14:00-17:00\n\
                          mer 09:00-12:30\n\
                          gio 09:00-12:30, 14:00-17:00\n\
                          ven 09:00-12:30, 14:00-17:00\n\
                          sab 09:00-12:00";

    #[test]
    fn office_in_winter_and_summer() {
        let office = schedule(OFFICE);
        check(
            &office,
            &[
                // Monday 12 January 2026, CET.
                "2026-01-12T08:59:00+01:00 closed, opens 2026-01-12T09:00:00+01:00",
                "2026-01-12T09:00:00+01:00 open, closes 2026-01-12T12:30:00+01:00",
                "2026-01-12T12:30:00+01:00 closed, opens 2026-01-12T14:00:00+01:00",
                "2026-01-12T16:59:00+01:00 open, closes 2026-01-12T17:00:00+01:00",
                "2026-01-12T17:00:00+01:00 closed, opens 2026-01-13T09:00:00+01:00",
                // Wednesday afternoon: next is Thursday morning.
                "2026-01-14T15:00:00+01:00 closed, opens 2026-01-15T09:00:00+01:00",
                // Monday 13 July 2026, CEST.
                "2026-07-13T08:59:00+02:00 closed, opens 2026-07-13T09:00:00+02:00",
                "2026-07-13T10:00:00+02:00 open, closes 2026-07-13T12:30:00+02:00",
                // The same instant read in UTC: 08:00Z is 10:00 in Rome.
                "2026-07-13T08:00:00Z open, closes 2026-07-13T12:30:00+02:00",
                "2026-07-13T13:00:00+02:00 closed, opens 2026-07-13T14:00:00+02:00",
            ],
        );
    }

    #[test]
    fn saturday_evening_to_monday_morning() {
        let office = schedule(OFFICE);
        for (saturday, monday) in [
            ("2026-01-17T19:00:00+01:00", "2026-01-19T09:00:00+01:00"),
            ("2026-07-18T19:00:00+02:00", "2026-07-20T09:00:00+02:00"),
            // Across the spring change: Saturday in CET, Monday in CEST.
            ("2026-03-28T19:00:00+01:00", "2026-03-30T09:00:00+02:00"),
        ] {
            assert_eq!(office.next_opening(at(saturday)), Some(at(monday)));
            assert_eq!(
                office.status_at(at(saturday)),
                OpenStatus::Closed {
                    opens_at: Some(at(monday))
                }
            );
        }
        // While open, the next opening is the one after this one.
        assert_eq!(
            office.next_opening(at("2026-01-12T10:00:00+01:00")),
            Some(at("2026-01-12T14:00:00+01:00"))
        );
    }

    #[test]
    fn spring_forward_gap() {
        // Sunday 29 March 2026: 02:00 CET jumps to 03:00 CEST (01:00Z).
        let skipped = schedule("dom 02:00-03:00");
        check(
            &skipped,
            &[
                "2026-03-29T01:59:00+01:00 closed, opens 2026-04-05T02:00:00+02:00",
                "2026-03-29T03:00:00+02:00 closed, opens 2026-04-05T02:00:00+02:00",
            ],
        );
        let closes_in_gap = schedule("dom 01:00-02:30");
        check(
            &closes_in_gap,
            &[
                "2026-03-29T01:30:00+01:00 open, closes 2026-03-29T03:00:00+02:00",
                "2026-03-29T03:00:00+02:00 closed, opens 2026-04-05T01:00:00+02:00",
            ],
        );
        let opens_in_gap = schedule("dom 02:30-06:00");
        check(
            &opens_in_gap,
            &[
                "2026-03-29T01:30:00+01:00 closed, opens 2026-03-29T03:00:00+02:00",
                "2026-03-29T03:00:00+02:00 open, closes 2026-03-29T06:00:00+02:00",
            ],
        );
        // The rest of the day is ordinary summer time.
        check(
            &schedule("dom 09:00-12:00"),
            &["2026-03-29T08:00:00+02:00 closed, opens 2026-03-29T09:00:00+02:00"],
        );
    }

    #[test]
    fn fall_back_fold() {
        // Sunday 25 October 2026: 03:00 CEST goes back to 02:00 CET (01:00Z).
        let repeated = schedule("dom 02:00-03:00");
        check(
            &repeated,
            &[
                "2026-10-25T01:59:00+02:00 closed, opens 2026-10-25T02:00:00+02:00",
                // Opens at the first 02:00, still open at the second.
                "2026-10-25T02:30:00+02:00 open, closes 2026-10-25T03:00:00+01:00",
                "2026-10-25T02:30:00+01:00 open, closes 2026-10-25T03:00:00+01:00",
                "2026-10-25T03:00:00+01:00 closed, opens 2026-11-01T02:00:00+01:00",
            ],
        );
        let closes_in_fold = schedule("dom 01:00-02:30");
        check(
            &closes_in_fold,
            &[
                "2026-10-25T01:00:00+02:00 open, closes 2026-10-25T02:30:00+02:00",
                // The second 02:00-02:30 is after the closing.
                "2026-10-25T02:15:00+01:00 closed, opens 2026-11-01T01:00:00+01:00",
            ],
        );
    }

    #[test]
    fn night_range_crosses_midnight_and_both_changes() {
        let shelter = schedule("sab 22:00-06:00+1");
        check(
            &shelter,
            &[
                // A winter night: eight hours.
                "2026-01-17T21:59:00+01:00 closed, opens 2026-01-17T22:00:00+01:00",
                "2026-01-17T23:00:00+01:00 open, closes 2026-01-18T06:00:00+01:00",
                "2026-01-18T05:59:00+01:00 open, closes 2026-01-18T06:00:00+01:00",
                "2026-01-18T06:00:00+01:00 closed, opens 2026-01-24T22:00:00+01:00",
                // Spring night: opens in CET, closes in CEST, seven hours.
                "2026-03-28T22:00:00+01:00 open, closes 2026-03-29T06:00:00+02:00",
                "2026-03-29T01:59:00+01:00 open, closes 2026-03-29T06:00:00+02:00",
                "2026-03-29T03:00:00+02:00 open, closes 2026-03-29T06:00:00+02:00",
                "2026-03-29T06:00:00+02:00 closed, opens 2026-04-04T22:00:00+02:00",
                // Autumn night: opens in CEST, closes in CET, nine hours.
                "2026-10-24T22:00:00+02:00 open, closes 2026-10-25T06:00:00+01:00",
                "2026-10-25T02:30:00+02:00 open, closes 2026-10-25T06:00:00+01:00",
                "2026-10-25T02:30:00+01:00 open, closes 2026-10-25T06:00:00+01:00",
                "2026-10-25T05:30:00+01:00 open, closes 2026-10-25T06:00:00+01:00",
                "2026-10-25T06:00:00+01:00 closed, opens 2026-10-31T22:00:00+01:00",
            ],
        );
        let spring = at("2026-03-29T06:00:00+02:00").0 - at("2026-03-28T22:00:00+01:00").0;
        let autumn = at("2026-10-25T06:00:00+01:00").0 - at("2026-10-24T22:00:00+02:00").0;
        assert_eq!((spring, autumn), (7 * 3600, 9 * 3600));
    }

    #[test]
    fn exceptions_close_and_change_hours() {
        // 24 December 2026 is a Thursday, 25 a Friday, 26 a Saturday.
        let office = schedule(&format!(
            "{OFFICE}\n2026-12-24 09:00-12:00 [christmas-eve]\n2026-12-25 chiuso [holiday]"
        ));
        check(
            &office,
            &[
                // Special hours: closes at 12:00, no afternoon.
                "2026-12-24T11:00:00+01:00 open, closes 2026-12-24T12:00:00+01:00",
                "2026-12-24T12:15:00+01:00 closed, opens 2026-12-26T09:00:00+01:00",
                "2026-12-24T15:00:00+01:00 closed, opens 2026-12-26T09:00:00+01:00",
                // Closed all day on Christmas.
                "2026-12-25T10:00:00+01:00 closed, opens 2026-12-26T09:00:00+01:00",
                // The Friday before is ordinary.
                "2026-12-18T15:00:00+01:00 open, closes 2026-12-18T17:00:00+01:00",
            ],
        );
    }

    #[test]
    fn a_night_range_runs_into_a_closed_day() {
        // Thursday 24 December's night belongs to the 24th and is not cut
        // at midnight by the closure of the 25th.
        let shelter = schedule("gio 22:00-02:00+1\nven 22:00-02:00+1\n2026-12-25 chiuso");
        check(
            &shelter,
            &[
                "2026-12-25T01:00:00+01:00 open, closes 2026-12-25T02:00:00+01:00",
                "2026-12-25T23:00:00+01:00 closed, opens 2026-12-31T22:00:00+01:00",
            ],
        );
    }

    #[test]
    fn adjacent_ranges_are_one_opening() {
        let office = schedule("lun 09:00-12:00, 12:00-14:00\nlun 20:00-24:00\nmar 00:00-01:00");
        check(
            &office,
            &[
                "2026-01-12T10:00:00+01:00 open, closes 2026-01-12T14:00:00+01:00",
                "2026-01-12T23:00:00+01:00 open, closes 2026-01-13T01:00:00+01:00",
            ],
        );
    }

    #[test]
    fn all_closed_schedules_answer_none() {
        let instant = at("2026-05-05T10:00:00+02:00");
        for text in ["", "2026-12-25 chiuso", "2025-12-24 09:00-12:00"] {
            let closed = Schedule::from_text(text).expect("valid");
            assert_eq!(
                closed.status_at(instant),
                OpenStatus::Closed { opens_at: None },
                "{text:?}"
            );
            assert_eq!(closed.next_opening(instant), None);
            assert_eq!(closed.next_change(instant), None);
            assert_eq!(closed.closes_at(instant), None);
        }
        // Nothing weekly, special hours years ahead: found without walking there.
        let far = schedule("2035-06-01 09:00-12:00");
        assert_eq!(
            far.next_opening(instant),
            Some(at("2035-06-01T09:00:00+02:00"))
        );
    }

    #[test]
    fn open_around_the_clock() {
        let days = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"];
        let always: String = days.map(|d| format!("{d} 00:00-24:00\n")).concat();
        let instant = at("2026-12-01T10:00:00+01:00");
        let open = schedule(&always);
        assert_eq!(
            open.status_at(instant),
            OpenStatus::Open { closes_at: None }
        );
        assert_eq!(open.next_opening(instant), None);

        // Noon to noon every day; Christmas closed. Thursday the 24th's
        // range runs until noon on the 25th, Saturday's opens at noon.
        let noon: String = days.map(|d| format!("{d} 12:00-12:00+1\n")).concat();
        let with_closure = schedule(&format!("{noon}2026-12-25 chiuso"));
        assert!(with_closure.is_open_at(instant));
        assert_eq!(
            with_closure.closes_at(instant),
            Some(at("2026-12-25T12:00:00+01:00"))
        );
        assert_eq!(
            with_closure.next_opening(instant),
            Some(at("2026-12-26T12:00:00+01:00"))
        );
        assert_eq!(
            with_closure.status_at(at("2026-12-25T13:00:00+01:00")),
            OpenStatus::Closed {
                opens_at: Some(at("2026-12-26T12:00:00+01:00"))
            }
        );
        // Open through the changes of both seasons without a break.
        assert_eq!(
            with_closure.closes_at(at("2026-03-29T02:30:00+02:00")),
            Some(at("2026-12-25T12:00:00+01:00"))
        );
    }

    #[test]
    fn instants_out_of_range_are_closed() {
        let office = schedule(OFFICE);
        assert!(!office.is_open_at(Timestamp(i64::MAX)));
        assert_eq!(office.next_opening(Timestamp(i64::MIN)), None);
    }
}
