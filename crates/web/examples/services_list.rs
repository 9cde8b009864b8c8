//! Benchmark: server time of the services list (`/servizi`) with 5,000
//! services, without the page cache, through the whole middleware stack
//! (in-process, no network), for a set of filter combinations. The target
//! is 20 ms. Run with `bench/services-list.sh [SERVICES] [REQUESTS]`.

use std::time::{Duration, Instant};

use agoral_domain::services::{
    languages::LANGUAGES,
    record::{ServiceForm, ServiceText, ServiceTextForm},
    taxonomy::{Category, Channel, TargetGroup},
};
use agoral_web::{config::Sources, server};
use axum::{body::Body, http::Request};
use tower::ServiceExt;

/// A small deterministic generator (xorshift), so every run has the same
/// directory.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const DAYS: [&str; 7] = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"];

fn form(i: usize, rng: &mut Rng, comuni: &[String]) -> ServiceForm {
    let pick = |rng: &mut Rng, codes: &[&str], most: usize| -> Vec<String> {
        (0..1 + rng.below(most))
            .map(|_| codes[rng.below(codes.len())].to_owned())
            .collect()
    };
    let categories: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    let groups: Vec<&str> = TargetGroup::ALL.iter().map(|g| g.as_str()).collect();
    let channels: Vec<&str> = Channel::ALL.iter().map(|c| c.as_str()).collect();
    let languages: Vec<&str> = LANGUAGES.iter().take(20).map(|l| l.code).collect();
    let mut hours = String::new();
    for day in DAYS.iter().take(5 + rng.below(3)) {
        if rng.below(4) > 0 {
            let opens = 8 + rng.below(3);
            hours.push_str(&format!("{day} {opens:02}:00-12:30"));
            if rng.below(2) == 0 {
                hours.push_str(", 14:00-17:30");
            }
            hours.push('\n');
        }
    }
    ServiceForm {
        categories: pick(rng, &categories, 3),
        target_groups: pick(rng, &groups, 2),
        languages: pick(rng, &languages, 5),
        channels: pick(rng, &channels, 2),
        free: rng.below(4) > 0,
        appointment_needed: rng.below(2) == 0,
        istat_code: comuni[rng.below(comuni.len())].clone(),
        address: format!("Via di esempio {i}"),
        hours,
        texts: vec![
            ServiceTextForm {
                lang: None,
                text: ServiceText {
                    name: format!("Servizio di esempio numero {i}"),
                    summary: "Un servizio generato per misurare la lista, con un sommario \
                              di lunghezza realistica che descrive a chi si rivolge."
                        .to_owned(),
                    ..ServiceText::default()
                },
            },
            ServiceTextForm {
                lang: Some("ar".to_owned()),
                text: ServiceText {
                    name: format!("خدمة مثال رقم {i}"),
                    ..ServiceText::default()
                },
            },
        ],
        ..ServiceForm::default()
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let services: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5000);
    let requests: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);
    let dir = tempfile::tempdir()?;
    let mut sources = Sources::default();
    sources.set("data_dir", dir.path().display().to_string(), "bench");
    sources.set("listen", "127.0.0.1:0", "bench");
    sources.set("log", "error", "bench");
    sources.set("page_cache_megabytes", "0", "bench");
    let running = server::start(
        sources.build()?,
        server::Options {
            demo: false,
            no_worker: true,
        },
    )
    .await?;
    let state = running.state.clone();
    let mut comuni: Vec<String> = state.comuni.keys().cloned().collect();
    comuni.sort();
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let started = Instant::now();
    for i in 1..=services {
        let (input, _) = form(i, &mut rng, &comuni)
            .parse()
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        state.db.create_service(&input, true).await?;
    }
    // The words of the search box (followed from the change feed when
    // serving; here at once, so that every query below sees them).
    agoral_web::services::words::load_all(&state).await?;
    println!(
        "{services} services written in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let (app, _) = agoral_web::build_app(state.clone());
    println!("server time without page cache, {requests} requests each (target: 20 ms)");
    for path in [
        "/servizi",
        "/servizi?pagina=20",
        "/servizi?categoria=salute",
        "/servizi?comune=006003",
        "/servizi?lingua=ar&aperto=1",
        "/servizi?categoria=documenti&destinatari=donne&gratuito=1&senza-appuntamento=1",
        "/ar/servizi?lingua=ar&aperto=1",
        "/servizi?q=servizio+esempio+numero+42",
        "/servizi?q=esempi&comune=006003",
        "/ar/servizi?q=%D9%85%D8%AB%D8%A7%D9%84",
        "/servizi/mappa",
        "/servizi/mappa?categoria=salute",
    ] {
        let mut times = Vec::with_capacity(requests);
        let mut count = String::new();
        for _ in 0..requests {
            let request = Request::get(path).body(Body::empty())?;
            let started = Instant::now();
            let response = app.clone().oneshot(request).await?;
            let body = axum::body::to_bytes(response.into_body(), usize::MAX).await?;
            times.push(started.elapsed());
            if count.is_empty() {
                let text = String::from_utf8_lossy(&body);
                count = text
                    .split("<p role=\"status\" class=\"mt-4\">")
                    .nth(1)
                    .and_then(|rest| rest.split('<').next())
                    .unwrap_or_default()
                    .to_owned();
            }
        }
        times.sort();
        println!(
            "  {path:<82} median {:>6.2} ms  p99 {:>6.2} ms  ({count})",
            percentile(&times, 0.5).as_secs_f64() * 1000.0,
            percentile(&times, 0.99).as_secs_f64() * 1000.0,
        );
    }
    running.stop().await?;
    Ok(())
}
