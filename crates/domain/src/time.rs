//! Instants are stored as Unix seconds (portable across SQLite and
//! PostgreSQL) and shown to people in the Europe/Rome time zone.

use jiff::{Timestamp as JiffTimestamp, tz::TimeZone};

/// A point in time, in whole seconds since the Unix epoch (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn now() -> Self {
        Timestamp(JiffTimestamp::now().as_second())
    }

    /// A local date and time in Rome (`2026-11-27T10:30`, as an HTML
    /// `datetime-local` field sends it) as an instant; `None` when malformed.
    pub fn parse_rome_local(value: &str) -> Option<Timestamp> {
        let value = value.trim();
        if !value.contains('T') {
            return None;
        }
        let civil: jiff::civil::DateTime = value
            .parse()
            .ok()
            .or_else(|| jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", value).ok())?;
        let zoned = civil.to_zoned(TimeZone::get("Europe/Rome").ok()?).ok()?;
        Some(Timestamp(zoned.timestamp().as_second()))
    }

    /// The value of an HTML `datetime-local` field for this instant, in Rome.
    pub fn rome_local_input(self) -> String {
        self.zoned()
            .map(|z| z.strftime("%Y-%m-%dT%H:%M").to_string())
            .unwrap_or_default()
    }

    pub fn plus_seconds(self, seconds: i64) -> Self {
        Timestamp(self.0.saturating_add(seconds))
    }

    fn zoned(self) -> Option<jiff::Zoned> {
        let tz = rome()?.clone();
        Some(JiffTimestamp::from_second(self.0).ok()?.to_zoned(tz))
    }

    /// The date and time on a clock in Europe/Rome.
    fn civil(self) -> Option<jiff::civil::DateTime> {
        let civil = rome()?.to_datetime(JiffTimestamp::from_second(self.0).ok()?);
        // Written below as four digits; other years as `strftime` has them.
        (0..=9999).contains(&civil.year()).then_some(civil)
    }

    /// `2026-11-26` in Europe/Rome, for `<time datetime>` and sitemaps.
    pub fn date_iso(self) -> String {
        match self.civil() {
            Some(c) => digits(&[
                (c.year().into(), 4, '-'),
                (c.month().into(), 2, '-'),
                (c.day().into(), 2, ' '),
            ]),
            None => self.strftime("%Y-%m-%d"),
        }
    }

    /// `26/11/2026` in Europe/Rome: the numeric form read the same way in
    /// every language the interface speaks.
    pub fn date_short(self) -> String {
        match self.civil() {
            Some(c) => digits(&[
                (c.day().into(), 2, '/'),
                (c.month().into(), 2, '/'),
                (c.year().into(), 4, ' '),
            ]),
            None => self.strftime("%d/%m/%Y"),
        }
    }

    /// `10:30` in Europe/Rome.
    pub fn time_short(self) -> String {
        match self.civil() {
            Some(c) => digits(&[(c.hour().into(), 2, ':'), (c.minute().into(), 2, ' ')]),
            None => self.strftime("%H:%M"),
        }
    }

    /// `26/11/2026 10:30` in Europe/Rome.
    pub fn datetime_short(self) -> String {
        match self.civil() {
            Some(c) => digits(&[
                (c.day().into(), 2, '/'),
                (c.month().into(), 2, '/'),
                (c.year().into(), 4, ' '),
                (c.hour().into(), 2, ':'),
                (c.minute().into(), 2, ' '),
            ]),
            None => self.strftime("%d/%m/%Y %H:%M"),
        }
    }

    /// Formatted in Europe/Rome by `strftime`: pages show several dates,
    /// and writing the usual forms directly costs a fraction of it.
    fn strftime(self, format: &str) -> String {
        self.zoned()
            .map(|z| z.strftime(format).to_string())
            .unwrap_or_default()
    }

    /// Year and month in Europe/Rome, for the monthly archive.
    pub fn year_month(self) -> (i16, i8) {
        self.zoned()
            .map(|z| (z.year(), z.month()))
            .unwrap_or((1970, 1))
    }

    /// `2026/11`, the folder of files stored this month.
    pub fn year_month_path(self) -> String {
        let (year, month) = self.year_month();
        format!("{year:04}/{month:02}")
    }

    /// The instants a month spans in Europe/Rome: `[first, next)`.
    pub fn month_bounds(year: i16, month: i8) -> Option<(Timestamp, Timestamp)> {
        let tz = rome()?.clone();
        let start = jiff::civil::Date::new(year, month, 1).ok()?;
        let next = start.checked_add(jiff::Span::new().months(1)).ok()?;
        let from = start.to_zoned(tz.clone()).ok()?.timestamp().as_second();
        let before = next.to_zoned(tz).ok()?.timestamp().as_second();
        Some((Timestamp(from), Timestamp(before)))
    }

    /// RFC 2822 in UTC (`Thu, 26 Nov 2026 10:30:00 +0000`), for RSS.
    pub fn rfc2822(self) -> String {
        JiffTimestamp::from_second(self.0)
            .map(|t| t.strftime("%a, %d %b %Y %H:%M:%S +0000").to_string())
            .unwrap_or_default()
    }

    /// RFC 3339 in UTC, for machine-readable output.
    pub fn rfc3339(self) -> String {
        JiffTimestamp::from_second(self.0)
            .map(|t| t.to_string())
            .unwrap_or_default()
    }
}

/// Numbers written with leading zeros to their widths, each followed by
/// its separator but the last: `2026-11-26`. Pages show several dates;
/// written through `format!`, each cost more than finding it in the
/// calendar.
fn digits(parts: &[(i32, usize, char)]) -> String {
    let mut out = String::with_capacity(parts.len() * 5);
    for (i, &(value, width, separator)) in parts.iter().enumerate() {
        let mut rest = value.unsigned_abs();
        let mut written = [b'0'; 4];
        for slot in written[..width].iter_mut().rev() {
            *slot = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        written[..width]
            .iter()
            .for_each(|&digit| out.push(char::from(digit)));
        if i + 1 < parts.len() {
            out.push(separator);
        }
    }
    out
}

/// Europe/Rome, looked up once: a lookup by name on every date shown
/// cost as much as formatting it.
fn rome() -> Option<&'static TimeZone> {
    static ROME: std::sync::LazyLock<Option<TimeZone>> =
        std::sync::LazyLock::new(|| TimeZone::get("Europe/Rome").ok());
    ROME.as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_in_rome_across_daylight_saving() {
        // 2026-03-29 00:30 UTC is 01:30 CET; 01:30 UTC is 03:30 CEST.
        assert_eq!(
            Timestamp(1_774_744_200).datetime_short(),
            "29/03/2026 01:30"
        );
        assert_eq!(
            Timestamp(1_774_747_800).datetime_short(),
            "29/03/2026 03:30"
        );
        // Late evening UTC on 31 December is already the new year in Rome.
        assert_eq!(Timestamp(1_798_761_000).date_iso(), "2027-01-01");
        assert_eq!(Timestamp(1_798_761_000).year_month(), (2027, 1));
        assert_eq!(Timestamp(1_798_761_000).year_month_path(), "2027/01");
    }

    #[test]
    fn written_forms_match_strftime() {
        // Across daylight saving, midnight, the new year and the epoch.
        for at in [
            0,
            1_774_744_200,
            1_774_747_800,
            1_798_761_000,
            1_792_537_199,
            1_792_540_800,
            4_102_444_799,
            // A year of three digits.
            -31_000_000_000,
        ] {
            let t = Timestamp(at);
            assert_eq!(t.date_iso(), t.strftime("%Y-%m-%d"), "{at}");
            assert_eq!(t.date_short(), t.strftime("%d/%m/%Y"), "{at}");
            assert_eq!(t.time_short(), t.strftime("%H:%M"), "{at}");
            assert_eq!(t.datetime_short(), t.strftime("%d/%m/%Y %H:%M"), "{at}");
        }
    }

    #[test]
    fn month_bounds_follow_rome() {
        // March 2026 starts at 23:00 UTC on 28 February (CET) and ends at
        // 22:00 UTC on 31 March (CEST): 31 days less the hour skipped.
        let (from, before) = Timestamp::month_bounds(2026, 3).expect("valid");
        assert_eq!(from.rfc3339(), "2026-02-28T23:00:00Z");
        assert_eq!(before.rfc3339(), "2026-03-31T22:00:00Z");
        assert_eq!(before.0 - from.0, 31 * 86_400 - 3600);
        assert!(Timestamp::month_bounds(2026, 13).is_none());
    }
}
