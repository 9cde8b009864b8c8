//! Prometheus metrics: requests by route and status, a latency histogram,
//! jobs, the mail outbox and the database pool. Rendered as text at
//! `/metrics`.

use std::{
    collections::BTreeMap,
    fmt::Write,
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

#[derive(Debug, Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

/// What is counted for one route.
#[derive(Debug, Default)]
struct RouteStats {
    /// (method, status, count): a handful per route, scanned in place.
    requests: Vec<(String, u16, u64)>,
    histogram: Histogram,
}

#[derive(Debug, Default)]
pub struct Metrics {
    routes: Mutex<BTreeMap<String, RouteStats>>,
    pub jobs_succeeded: AtomicU64,
    pub jobs_failed: AtomicU64,
}

impl Metrics {
    /// One lock and, once a route and status have been seen, no allocation:
    /// this runs for every request.
    pub fn record_request(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let mut routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        if !routes.contains_key(route) {
            routes.insert(route.to_owned(), RouteStats::default());
        }
        let Some(stats) = routes.get_mut(route) else {
            return;
        };
        match stats
            .requests
            .iter_mut()
            .find(|(m, s, _)| m == method && *s == status)
        {
            Some((_, _, count)) => *count += 1,
            None => stats.requests.push((method.to_owned(), status, 1)),
        }
        let histogram = &mut stats.histogram;
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                histogram.counts[i] += 1;
            }
        }
        histogram.count += 1;
        histogram.sum += seconds;
    }

    pub fn job_finished(&self, ok: bool) {
        let counter = if ok {
            &self.jobs_succeeded
        } else {
            &self.jobs_failed
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// The exposition text. `extra` holds gauges read at scrape time.
    pub fn render(&self, extra: &[(&str, &str, i64)]) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP agoral_http_requests_total HTTP requests by route and status."
        );
        let _ = writeln!(out, "# TYPE agoral_http_requests_total counter");
        let routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        for (route, stats) in routes.iter() {
            let mut requests: Vec<&(String, u16, u64)> = stats.requests.iter().collect();
            requests.sort();
            for (method, status, count) in requests {
                let _ = writeln!(
                    out,
                    "agoral_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {count}",
                    escape(route)
                );
            }
        }
        let _ = writeln!(
            out,
            "# HELP agoral_http_request_duration_seconds Time to answer, by route."
        );
        let _ = writeln!(out, "# TYPE agoral_http_request_duration_seconds histogram");
        for (route, stats) in routes.iter() {
            let h = &stats.histogram;
            let route = escape(route);
            for (i, bound) in BUCKETS.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "agoral_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {}",
                    h.counts[i]
                );
            }
            let _ = writeln!(
                out,
                "agoral_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                out,
                "agoral_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                h.sum
            );
            let _ = writeln!(
                out,
                "agoral_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                h.count
            );
        }
        drop(routes);
        let _ = writeln!(
            out,
            "# HELP agoral_jobs_finished_total Jobs run by this instance, by outcome."
        );
        let _ = writeln!(out, "# TYPE agoral_jobs_finished_total counter");
        let _ = writeln!(
            out,
            "agoral_jobs_finished_total{{outcome=\"ok\"}} {}",
            self.jobs_succeeded.load(Ordering::Relaxed)
        );
        let _ = writeln!(
            out,
            "agoral_jobs_finished_total{{outcome=\"error\"}} {}",
            self.jobs_failed.load(Ordering::Relaxed)
        );
        for (name, help, value) in extra {
            let _ = writeln!(out, "# HELP {name} {help}");
            let _ = writeln!(out, "# TYPE {name} gauge");
            let _ = writeln!(out, "{name} {value}");
        }
        out
    }
}

fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}
