//! Background jobs: the retry policy shared by every kind of job.

/// Seconds to wait before attempt number `attempts + 1`, after `attempts`
/// failures: 30 s, 1 min, 2 min, 4 min … capped at 6 hours.
pub fn backoff_seconds(attempts: i64) -> i64 {
    let exponent = attempts.clamp(1, 20) - 1;
    (30_i64 << exponent).min(6 * 3600)
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_grows_and_caps() {
        assert_eq!(super::backoff_seconds(1), 30);
        assert_eq!(super::backoff_seconds(2), 60);
        assert_eq!(super::backoff_seconds(5), 480);
        assert_eq!(super::backoff_seconds(40), 6 * 3600);
    }
}
