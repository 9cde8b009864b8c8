//! Institutional RSS and Atom feeds, one of the channels of the intake
//! queue: the rules for a feed's address and polling interval, the status a
//! poll leaves behind, the backoff after failures, and the parsing of the
//! feed itself ([`parse`]) with descriptions turned into text ([`html`]).

pub mod html;
pub mod parse;

use std::net::IpAddr;

use crate::{FieldError, net, organisations::OrganisationId, time::Timestamp};

pub use parse::{FeedError, FeedItem, ParsedFeed, parse_feed};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FeedId(pub i64);

/// A feed address of an organisation, with what its polls came to.
#[derive(Debug, Clone, PartialEq)]
pub struct Feed {
    pub id: FeedId,
    pub organisation_id: OrganisationId,
    pub url: String,
    pub interval_minutes: i64,
    /// The feed may reach loopback and private addresses; only an
    /// administrator sets this.
    pub allow_private: bool,
    /// Validators of the last complete answer, for a conditional request.
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub last_checked_at: Option<Timestamp>,
    pub last_success_at: Option<Timestamp>,
    /// `None` until the first poll.
    pub last_status: Option<FeedStatus>,
    /// The technical detail of the last status (an HTTP code, where the XML
    /// broke); empty when there is nothing to add.
    pub last_error: String,
    /// Consecutive failed polls.
    pub failures: i64,
    pub next_check_at: Timestamp,
    pub items_received: i64,
}

/// What a poll leaves on the feed.
#[derive(Debug, Clone, PartialEq)]
pub struct PollRecord {
    pub status: FeedStatus,
    pub detail: String,
    pub checked_at: Timestamp,
    /// New validators, replacing the old ones, after a complete answer that
    /// was read through; `None` keeps the ones the feed had.
    pub validators: Option<(Option<String>, Option<String>)>,
    /// Items received by this poll.
    pub received: i64,
}

impl PollRecord {
    /// Consecutive failures after this poll, given the feed's.
    pub fn failures_after(&self, before: i64) -> i64 {
        if self.status.is_failure() {
            before.saturating_add(1)
        } else {
            0
        }
    }
}

/// Longest feed address accepted.
pub const MAX_URL_LENGTH: usize = 2_000;

/// Polling interval bounds, in minutes: five minutes to a week.
pub const MIN_INTERVAL_MINUTES: i64 = 5;
pub const MAX_INTERVAL_MINUTES: i64 = 7 * 24 * 60;
pub const DEFAULT_INTERVAL_MINUTES: i64 = 60;

/// Items taken from one poll: the newest ones. A feed that lists thousands
/// has its older items ignored, and its status says so.
pub const MAX_ITEMS_PER_POLL: usize = 100;

/// The longest wait after repeated failures, unless the interval itself is
/// longer: a failing feed is retried at least daily, and never more often
/// than its interval.
pub const MAX_BACKOFF_SECONDS: i64 = 24 * 3600;

/// Checks a feed address typed in the back office: `http` or `https`, a
/// host, no user name or password in it (they would be shown on the page
/// and in logs), at most [`MAX_URL_LENGTH`] characters, and no internal
/// address written as an IP (or `localhost`) unless the feed may reach
/// private addresses. Names are checked again at each poll, when they are
/// resolved; this catches the obvious mistakes while the form is open.
pub fn parse_feed_url(value: &str, allow_private: bool) -> Result<String, FieldError> {
    const FIELD: &str = "url";
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldError::new(FIELD, "error-required"));
    }
    if value.chars().count() > MAX_URL_LENGTH {
        return Err(FieldError::new(FIELD, "feed-error-url-too-long"));
    }
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(FieldError::new(FIELD, "feed-error-url-invalid"));
    }
    let url =
        url::Url::parse(value).map_err(|_| FieldError::new(FIELD, "feed-error-url-invalid"))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(FieldError::new(FIELD, "feed-error-url-scheme"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(FieldError::new(FIELD, "feed-error-url-credentials"));
    }
    let internal = match url.host() {
        None => return Err(FieldError::new(FIELD, "feed-error-url-invalid")),
        Some(url::Host::Ipv4(ip)) => !net::classify(IpAddr::V4(ip)).is_allowed(allow_private),
        Some(url::Host::Ipv6(ip)) => !net::classify(IpAddr::V6(ip)).is_allowed(allow_private),
        Some(url::Host::Domain(name)) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            !allow_private && (name == "localhost" || name.ends_with(".localhost"))
        }
    };
    if internal {
        return Err(FieldError::new(FIELD, "feed-error-url-private"));
    }
    let normalised = url.to_string();
    if normalised.chars().count() > MAX_URL_LENGTH {
        return Err(FieldError::new(FIELD, "feed-error-url-too-long"));
    }
    Ok(normalised)
}

/// Parses the polling interval in minutes.
pub fn parse_interval(value: &str) -> Result<i64, FieldError> {
    let value = value.trim();
    match value.parse::<i64>() {
        Ok(minutes) if (MIN_INTERVAL_MINUTES..=MAX_INTERVAL_MINUTES).contains(&minutes) => {
            Ok(minutes)
        }
        _ if value.is_empty() => Err(FieldError::new("interval_minutes", "error-required")),
        _ => Err(FieldError::new("interval_minutes", "feed-error-interval")),
    }
}

/// Seconds until the next poll: the interval after a success; after
/// `failures` consecutive failures, the interval doubled for each, up to
/// [`MAX_BACKOFF_SECONDS`] (or the interval, when that is longer).
pub fn next_delay_seconds(interval_minutes: i64, failures: i64) -> i64 {
    let interval = interval_minutes.max(1).saturating_mul(60);
    if failures <= 0 {
        return interval;
    }
    let cap = MAX_BACKOFF_SECONDS.max(interval);
    let factor = 1i64
        .checked_shl(failures.min(32) as u32)
        .unwrap_or(i64::MAX);
    interval.saturating_mul(factor).min(cap)
}

/// What the last poll of a feed came to. Stored by its code; the back
/// office explains each in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeedStatus {
    /// Read, and its new items (if any) were received.
    Ok,
    /// Read, but it listed more than [`MAX_ITEMS_PER_POLL`] items: the
    /// newest were taken, the others ignored.
    TooManyItems,
    /// The server said nothing changed (HTTP 304).
    NotModified,
    /// The server answered with an error status.
    HttpError,
    /// The answer was larger than the size limit.
    TooLarge,
    /// The server did not answer within the time limit.
    Timeout,
    /// The server could not be reached (name unknown, connection refused,
    /// TLS failure).
    ConnectionFailed,
    /// The address, or one the server redirected to, is internal.
    BlockedAddress,
    /// The server redirected to an address that is not http(s) or invalid.
    BadRedirect,
    /// More redirects than allowed.
    TooManyRedirects,
    /// The answer is not well-formed XML.
    InvalidXml,
    /// Well-formed, but not RSS or Atom (a web page, for instance).
    NotAFeed,
    /// Fetched and read, but the items could not be stored; tried again.
    ReceiveFailed,
}

impl FeedStatus {
    pub const ALL: [FeedStatus; 13] = [
        FeedStatus::Ok,
        FeedStatus::TooManyItems,
        FeedStatus::NotModified,
        FeedStatus::HttpError,
        FeedStatus::TooLarge,
        FeedStatus::Timeout,
        FeedStatus::ConnectionFailed,
        FeedStatus::BlockedAddress,
        FeedStatus::BadRedirect,
        FeedStatus::TooManyRedirects,
        FeedStatus::InvalidXml,
        FeedStatus::NotAFeed,
        FeedStatus::ReceiveFailed,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            FeedStatus::Ok => "ok",
            FeedStatus::TooManyItems => "too_many_items",
            FeedStatus::NotModified => "not_modified",
            FeedStatus::HttpError => "http_error",
            FeedStatus::TooLarge => "too_large",
            FeedStatus::Timeout => "timeout",
            FeedStatus::ConnectionFailed => "connection_failed",
            FeedStatus::BlockedAddress => "blocked_address",
            FeedStatus::BadRedirect => "bad_redirect",
            FeedStatus::TooManyRedirects => "too_many_redirects",
            FeedStatus::InvalidXml => "invalid_xml",
            FeedStatus::NotAFeed => "not_a_feed",
            FeedStatus::ReceiveFailed => "receive_failed",
        }
    }

    pub fn parse(code: &str) -> Option<FeedStatus> {
        FeedStatus::ALL.into_iter().find(|s| s.as_str() == code)
    }

    /// Whether the poll failed (and the next one backs off).
    pub const fn is_failure(self) -> bool {
        !matches!(
            self,
            FeedStatus::Ok | FeedStatus::TooManyItems | FeedStatus::NotModified
        )
    }

    /// The translation key of the sentence that explains the status.
    pub fn message_key(self) -> String {
        format!("feed-status-{}", self.as_str().replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_addresses() {
        let ok = [
            ("https://www.prefettura.it/alessandria/rss.xml", false),
            ("  http://comune.example.it/feed  ", false),
            ("https://[2a00:1450:4002::200e]/feed", false),
            ("http://127.0.0.1:8080/feed.xml", true),
            ("http://10.1.2.3/feed", true),
            ("http://localhost/feed", true),
        ];
        for (url, private) in ok {
            assert!(parse_feed_url(url, private).is_ok(), "{url}");
        }
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL_LENGTH));
        let bad = [
            ("", "error-required"),
            ("file:///etc/passwd", "feed-error-url-scheme"),
            ("ftp://ftp.example.org/feed.xml", "feed-error-url-scheme"),
            ("gopher://example.org/", "feed-error-url-scheme"),
            ("javascript:alert(1)", "feed-error-url-scheme"),
            ("www.example.org/feed", "feed-error-url-invalid"),
            ("https://", "feed-error-url-invalid"),
            ("https://exa mple.org/", "feed-error-url-invalid"),
            (
                "https://utente:segreto@example.org/feed",
                "feed-error-url-credentials",
            ),
            (
                "https://utente@example.org/feed",
                "feed-error-url-credentials",
            ),
            ("http://192.168.1.10/feed", "feed-error-url-private"),
            ("http://127.0.0.1/feed", "feed-error-url-private"),
            ("http://[::1]/feed", "feed-error-url-private"),
            ("http://[::ffff:10.0.0.1]/feed", "feed-error-url-private"),
            (
                "http://169.254.169.254/latest/meta-data",
                "feed-error-url-private",
            ),
            ("http://2130706433/feed", "feed-error-url-private"),
            ("http://localhost./feed", "feed-error-url-private"),
            ("http://db.localhost/feed", "feed-error-url-private"),
            ("http://0.0.0.0/feed", "feed-error-url-private"),
            (long.as_str(), "feed-error-url-too-long"),
        ];
        for (url, message) in bad {
            assert_eq!(
                parse_feed_url(url, false).map_err(|e| e.message),
                Err(message),
                "{url}"
            );
        }
        // Allowing private addresses never opens the unspecified address.
        assert!(parse_feed_url("http://0.0.0.0/feed", true).is_err());
    }

    #[test]
    fn intervals() {
        assert_eq!(parse_interval("5"), Ok(5));
        assert_eq!(parse_interval(" 10080 "), Ok(10080));
        for bad in ["4", "10081", "-5", "un'ora", "1e3", "99999999999999999999"] {
            assert_eq!(
                parse_interval(bad).map_err(|e| e.message),
                Err("feed-error-interval"),
                "{bad}"
            );
        }
        assert_eq!(
            parse_interval("").map_err(|e| e.message),
            Err("error-required")
        );
    }

    #[test]
    fn backoff_doubles_up_to_a_day() {
        assert_eq!(next_delay_seconds(60, 0), 3600);
        assert_eq!(next_delay_seconds(60, 1), 7200);
        assert_eq!(next_delay_seconds(60, 3), 8 * 3600);
        assert_eq!(next_delay_seconds(60, 5), 24 * 3600);
        assert_eq!(next_delay_seconds(60, 500), 24 * 3600);
        assert_eq!(next_delay_seconds(5, 1), 600);
        // A weekly feed is never polled more often than weekly.
        assert_eq!(next_delay_seconds(MAX_INTERVAL_MINUTES, 3), 7 * 24 * 3600);
    }

    #[test]
    fn statuses_round_trip() {
        for status in FeedStatus::ALL {
            assert_eq!(FeedStatus::parse(status.as_str()), Some(status));
        }
        assert!(!FeedStatus::NotModified.is_failure());
        assert!(FeedStatus::InvalidXml.is_failure());
        assert_eq!(
            FeedStatus::InvalidXml.message_key(),
            "feed-status-invalid-xml"
        );
    }
}
