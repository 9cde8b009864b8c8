//! A small fixed-window rate limiter for public forms, per client address.
//! Per instance: behind a load balancer each instance counts separately,
//! which only loosens the limit by the number of instances.

use std::{collections::HashMap, net::IpAddr, sync::Mutex};

#[derive(Debug)]
pub struct RateLimiter {
    limit: u32,
    window_seconds: i64,
    hits: Mutex<HashMap<IpAddr, (i64, u32)>>,
}

impl RateLimiter {
    pub fn new(limit: u32, window_seconds: i64) -> RateLimiter {
        RateLimiter {
            limit,
            window_seconds,
            hits: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a hit at `now`. Over the limit, the error holds the seconds
    /// until the address's window ends (for `Retry-After`).
    pub fn check(&self, address: IpAddr, now: i64) -> Result<(), u64> {
        let mut hits = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        if hits.len() > 100_000 {
            let window = self.window_seconds;
            hits.retain(|_, (start, _)| now - *start < window);
        }
        let entry = hits.entry(address).or_insert((now, 0));
        if now - entry.0 >= self.window_seconds {
            *entry = (now, 0);
        }
        entry.1 += 1;
        if entry.1 <= self.limit {
            Ok(())
        } else {
            Err((entry.0 + self.window_seconds - now).max(1) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_window() {
        let limiter = RateLimiter::new(2, 60);
        let a: IpAddr = [127, 0, 0, 1].into();
        let b: IpAddr = [127, 0, 0, 2].into();
        assert_eq!(limiter.check(a, 0), Ok(()));
        assert_eq!(limiter.check(a, 1), Ok(()));
        assert_eq!(limiter.check(a, 2), Err(58), "the window frees at 60");
        assert_eq!(limiter.check(a, 59), Err(1));
        assert_eq!(limiter.check(b, 2), Ok(()));
        assert_eq!(limiter.check(a, 61), Ok(()));
    }
}
