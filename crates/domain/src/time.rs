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

    pub fn plus_seconds(self, seconds: i64) -> Self {
        Timestamp(self.0.saturating_add(seconds))
    }

    fn zoned(self) -> Option<jiff::Zoned> {
        let tz = TimeZone::get("Europe/Rome").ok()?;
        Some(JiffTimestamp::from_second(self.0).ok()?.to_zoned(tz))
    }

    /// `2026-11-26` in Europe/Rome, for `<time datetime>` and sitemaps.
    pub fn date_iso(self) -> String {
        self.zoned()
            .map(|z| z.strftime("%Y-%m-%d").to_string())
            .unwrap_or_default()
    }

    /// `26/11/2026` in Europe/Rome: the numeric form read the same way in
    /// every language the interface speaks.
    pub fn date_short(self) -> String {
        self.zoned()
            .map(|z| z.strftime("%d/%m/%Y").to_string())
            .unwrap_or_default()
    }

    /// `26/11/2026 10:30` in Europe/Rome.
    pub fn datetime_short(self) -> String {
        self.zoned()
            .map(|z| z.strftime("%d/%m/%Y %H:%M").to_string())
            .unwrap_or_default()
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
    }
}
