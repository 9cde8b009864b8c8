//! Writes that many people make at the same moment, while the job worker
//! runs beside them: every one is acknowledged and stored, none is answered
//! with a server error. On SQLite writers take turns on one file; on
//! PostgreSQL they meet on rows and unique keys.

use std::{
    future::Future,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
};

use agoral_db::intake::IntakeFilter;
use agoral_domain::accounts::Role;
use agoral_web::{
    AppState,
    intake::{Received, receive},
};
use futures::StreamExt;
use reqwest::{StatusCode, header};

use crate::harness::{TestApp, field_value};

/// Senders at once: twice the pool of the test server's database.
const CLIENTS: usize = 16;

/// An app that takes the sender's address from `X-Forwarded-For`, so that
/// each submission comes from its own address, under the limit per address.
async fn app() -> TestApp {
    TestApp::builder()
        .setting("trust_proxy", "true")
        .build()
        .await
}

/// Runs `send(0..total)` with [`CLIENTS`] calls in flight at a time, while
/// the due jobs (confirmation mails, notifications, image variants) run in
/// a loop beside them as the worker would. Returns each call's status, and
/// fails the test if a job run failed.
async fn concurrently<F, Fut>(state: &AppState, total: usize, send: F) -> Vec<StatusCode>
where
    F: Fn(usize) -> Fut,
    Fut: Future<Output = StatusCode>,
{
    let done = Arc::new(AtomicBool::new(false));
    let job_runs = Arc::new(AtomicUsize::new(0));
    let worker = {
        let (state, done, job_runs) = (state.clone(), done.clone(), job_runs.clone());
        tokio::spawn(async move {
            while !done.load(Ordering::Relaxed) {
                agoral_web::jobs::run_due(&state, "test-worker")
                    .await
                    .map_err(|e| format!("{e:#}"))?;
                job_runs.fetch_add(1, Ordering::Relaxed);
                tokio::task::yield_now().await;
            }
            Ok::<_, String>(())
        })
    };
    let statuses: Vec<StatusCode> = futures::stream::iter(0..total)
        .map(send)
        .buffered(CLIENTS)
        .collect()
        .await;
    done.store(true, Ordering::Relaxed);
    worker
        .await
        .expect("worker task")
        .expect("the jobs run beside the submissions");
    assert!(job_runs.load(Ordering::Relaxed) > 0, "the worker ran");
    statuses
}

/// Panics naming every call whose status is not `expected`.
fn assert_all(statuses: &[StatusCode], expected: StatusCode, what: &str) {
    let wrong: Vec<(usize, StatusCode)> = statuses
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, s)| *s != expected)
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} {what} answered otherwise than {expected}: {wrong:?}",
        wrong.len(),
        statuses.len()
    );
}

/// A distinct sender address for submission `n`.
fn address(n: usize) -> String {
    format!("10.20.{}.{}", n / 200, n % 200 + 1)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_good_practices_sent_at_once_are_all_kept() {
    let app = app().await;
    let photo = crate::media::plain_jpeg(40, 30);
    let statuses = concurrently(app.state(), 200, |n| {
        let (app, photo) = (&app, &photo);
        async move {
            let token = crate::good_practices::token(app);
            crate::good_practices::submit(
                app,
                "/buone-pratiche/segnala",
                &token,
                &address(n),
                &crate::good_practices::valid_fields(),
                &[("festa.jpg", photo)],
            )
            .await
            .status
        }
    })
    .await;
    assert_all(&statuses, StatusCode::SEE_OTHER, "good practices");
    let (items, total) = app
        .db()
        .intake_items(&IntakeFilter::default(), 300, 0)
        .await
        .expect("items");
    assert_eq!(total, 200, "every acknowledged practice is stored");
    for item in items.iter().take(20) {
        assert_eq!(
            app.db()
                .intake_attachments(item.id)
                .await
                .expect("attachments")
                .len(),
            1,
            "with its photo"
        );
    }
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_problem_reports_sent_at_once_are_all_kept() {
    let app = app().await;
    let statuses = concurrently(app.state(), 200, |n| {
        let app = &app;
        async move {
            let token = app
                .state()
                .signer
                .issue(agoral_domain::time::Timestamp::now().0 - 60);
            let message = format!("Il collegamento numero {n} della pagina non funziona");
            let body: String = form_urlencoded::Serializer::new(String::new())
                .append_pair("csrf_token", &token)
                .append_pair("message", &message)
                .append_pair("page_url", "/privacy")
                .finish();
            let request = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client")
                .post(format!("{}/segnala-un-problema", app.base))
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("x-forwarded-for", address(n))
                .body(body);
            app.client().send(request).await.status
        }
    })
    .await;
    assert_all(&statuses, StatusCode::SEE_OTHER, "problem reports");
    assert_eq!(
        app.db().count_problem_reports().await.expect("count"),
        200,
        "every acknowledged report is stored"
    );
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn partners_sending_releases_at_once_lose_none() {
    const PARTNERS: usize = CLIENTS;
    const EACH: usize = 5;
    let app = app().await;
    let org = crate::intake::organisation(&app, "Questura di esempio", true).await;
    app.user("caporedattrice@example.org", &[Role::Editor])
        .await;
    let mut partners = Vec::new();
    for p in 0..PARTNERS {
        let email = format!("stampa{p}@questura.example.it");
        let client = crate::intake::partner(&app, &email, org).await;
        partners.push(tokio::sync::Mutex::new(client));
    }
    let statuses = concurrently(app.state(), PARTNERS * EACH, |n| {
        let partners = &partners;
        async move {
            // Submission n comes from partner n % PARTNERS: each partner's
            // forms go one after the other, the partners all at once.
            let mut client = partners[n % PARTNERS].lock().await;
            let form = client.get("/admin/contributi/nuovo").await;
            let Some(nonce) = field_value(&form.body, "form_nonce") else {
                return form.status;
            };
            let title = format!("Sportello aperto il sabato, comunicato {n}");
            let fields = crate::intake::release_fields(&title, &nonce);
            client
                .post_multipart_files(
                    "/admin/contributi/nuovo",
                    &fields,
                    &[("attachments", "orari.pdf", crate::intake::PDF)],
                )
                .await
                .status
        }
    })
    .await;
    assert_all(&statuses, StatusCode::SEE_OTHER, "partner releases");
    let (_, total) = app
        .db()
        .intake_items(&IntakeFilter::default(), 10, 0)
        .await
        .expect("items");
    assert_eq!(total as usize, PARTNERS * EACH);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn providers_proposing_service_changes_at_once_lose_none() {
    const PROVIDERS: usize = CLIENTS;
    const SERVICES: usize = 4;
    let app = app().await;
    let mut providers = Vec::new();
    let mut services = Vec::new();
    for p in 0..PROVIDERS {
        let org =
            crate::intake::organisation(&app, &format!("Associazione di esempio {p}"), false).await;
        for s in 0..SERVICES {
            let id = crate::services::saved(
                app.db()
                    .create_service(
                        &crate::services::record(&format!("Sportello {p}-{s}"), |f| {
                            f.organisation_id = Some(org.0);
                        }),
                        false,
                    )
                    .await
                    .expect("service"),
            );
            services.push(id);
        }
        let email = format!("socia{p}@example.org");
        let client = crate::intake::partner(&app, &email, org).await;
        providers.push(tokio::sync::Mutex::new(client));
    }
    let statuses = concurrently(app.state(), PROVIDERS * SERVICES, |n| {
        let (providers, services) = (&providers, &services);
        async move {
            let (provider, service) = (n % PROVIDERS, n / PROVIDERS);
            let id = services[provider * SERVICES + service];
            let name = format!("Sportello {provider}-{service}, nuovi orari");
            let fields = crate::services::desk_fields(&name, "lun 09:00-12:00", "");
            let mut client = providers[provider].lock().await;
            client
                .post_form(&format!("/admin/servizi/{}", id.0), &fields)
                .await
                .status
        }
    })
    .await;
    assert_all(&statuses, StatusCode::SEE_OTHER, "service change proposals");
    assert_eq!(
        app.db()
            .pending_service_changes()
            .await
            .expect("pending")
            .len(),
        PROVIDERS * SERVICES,
        "every proposal waits for the redazione"
    );
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn channels_delivering_at_once_store_each_item_once() {
    let app = app().await;
    let org = crate::intake::organisation(&app, "ASL di esempio", true).await;
    let state = app.state().clone();
    // Each of 100 items is delivered twice, the two deliveries at the same
    // moment (two instances polling one feed, a mailbox read twice).
    let outcomes = Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let statuses = concurrently(app.state(), 200, |n| {
        let (state, outcomes) = (&state, &outcomes);
        async move {
            let title = format!("Campagna vaccinale, comunicato {}", n / 2);
            let item = crate::intake::item(&title, Some(org));
            match receive(state, item, vec![]).await {
                Ok(received) => {
                    outcomes.lock().await.push((n / 2, received));
                    StatusCode::OK
                }
                Err(e) => {
                    eprintln!("delivery {n}: {e:#}");
                    StatusCode::INTERNAL_SERVER_ERROR
                }
            }
        }
    })
    .await;
    assert_all(&statuses, StatusCode::OK, "deliveries");
    let outcomes = outcomes.lock().await;
    for item in 0..100 {
        let ids: Vec<_> = outcomes
            .iter()
            .filter(|(n, _)| *n == item)
            .map(|(_, received)| match received {
                Received::Created { id, .. } | Received::AlreadyHad(id) => *id,
            })
            .collect();
        assert_eq!(ids.len(), 2);
        assert_eq!(
            ids[0], ids[1],
            "both deliveries of item {item} name one item"
        );
    }
    let (_, total) = app
        .db()
        .intake_items(&IntakeFilter::default(), 10, 0)
        .await
        .expect("items");
    assert_eq!(total, 100, "each item stored once");
    app.stop().await;
}
