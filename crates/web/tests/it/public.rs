//! The public shell: languages, pages, headers, errors, no cookies.

use reqwest::StatusCode;

use crate::harness::TestApp;

#[tokio::test]
async fn home_pages_in_four_languages() {
    let app = TestApp::new().await;
    let mut client = app.client();
    for (path, lang, dir, marker) in [
        ("/", "it", "ltr", "Migrazioni e inclusione"),
        ("/en/", "en", "ltr", "Skip to main content"),
        ("/fr/", "fr", "ltr", "Aller au contenu"),
        ("/ar/", "ar", "rtl", "dir=\"rtl\""),
    ] {
        let page = client.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(
            page.body
                .contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
            "{path}"
        );
        assert!(page.body.contains(marker), "{path} lacks {marker:?}");
        for alternate in [
            "hreflang=\"it\"",
            "hreflang=\"en\"",
            "hreflang=\"fr\"",
            "hreflang=\"ar\"",
            "hreflang=\"x-default\"",
        ] {
            assert!(page.body.contains(alternate), "{path} lacks {alternate}");
        }
        // Real data: the 187 comuni and their population.
        assert!(page.body.contains("187"), "{path}");
        // Anonymous readers get no cookie at all.
        assert!(page.set_cookies().is_empty(), "{path} set a cookie");
    }
    let arabic = client.get("/ar/").await;
    assert!(arabic.body.contains("bootstrap-italia.rtl.min.css"));
    let italian = client.get("/").await;
    assert!(
        italian.body.contains("411.922"),
        "population with Italian digit grouping"
    );
    app.stop().await;
}

#[tokio::test]
async fn security_headers_on_every_response() {
    let app = TestApp::new().await;
    let mut client = app.client();
    for path in ["/", "/en/privacy", "/no-such-page", "/accedi", "/healthz"] {
        let page = client.get(path).await;
        let csp = page.header("content-security-policy");
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(page.header("x-content-type-options"), "nosniff", "{path}");
        assert!(!page.header("referrer-policy").is_empty(), "{path}");
        assert!(!page.header("permissions-policy").is_empty(), "{path}");
        // No HSTS over plain HTTP.
        assert!(
            page.header("strict-transport-security").is_empty(),
            "{path}"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn hsts_when_served_over_tls() {
    let app = TestApp::builder()
        .setting("public_url", "https://agoral.example.org")
        .build()
        .await;
    let page = app.client().get("/").await;
    assert!(
        page.header("strict-transport-security")
            .contains("max-age=")
    );
    app.stop().await;
}

#[tokio::test]
async fn pages_exist_in_every_language_with_fallback_notice() {
    let app = TestApp::new().await;
    let mut client = app.client();
    for slug in [
        "dichiarazione-di-accessibilita",
        "privacy",
        "note-legali",
        "segnala-un-problema",
    ] {
        for prefix in ["", "/en", "/fr", "/ar"] {
            let page = client.get(&format!("{prefix}/{slug}")).await;
            assert_eq!(page.status, StatusCode::OK, "{prefix}/{slug}");
            assert!(
                page.body.contains("<time datetime="),
                "last updated date on {prefix}/{slug}"
            );
            assert!(
                !page.body.contains("page-not-translated"),
                "{prefix}/{slug}"
            );
        }
    }
    // A page that exists only in Italian is shown in Italian with a notice.
    let input =
        agoral_domain::pages::PageInput::parse("Chi siamo", "La redazione.").expect("valid");
    app.db()
        .save_page("chi-siamo", agoral_domain::lang::Lang::It, &input, None)
        .await
        .expect("save");
    let page = client.get("/fr/chi-siamo").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("La redazione."));
    assert!(page.body.contains("alert-info"), "fallback notice");
    assert!(
        page.body.contains("lang=\"it\""),
        "the Italian text is marked as Italian"
    );
    app.stop().await;
}

#[tokio::test]
async fn localised_error_pages_never_show_internals() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let cases = [
        ("/pagina-che-non-esiste", "Pagina non trovata"),
        ("/en/no-such-page", "Page not found"),
        ("/de/", "Pagina non trovata"),
        ("/Privacy", "Pagina non trovata"),
        ("/%C0%AF", "Pagina non trovata"),
        ("/admin/utenti/abc", "Pagina non trovata"),
    ];
    for (path, title) in cases {
        let page = client.get(path).await;
        assert!(
            page.status == StatusCode::NOT_FOUND || page.status == StatusCode::SEE_OTHER,
            "{path}: {}",
            page.status
        );
        if page.status == StatusCode::NOT_FOUND {
            assert!(page.body.contains(title), "{path}");
            assert!(
                page.header("content-type").starts_with("text/html"),
                "{path}"
            );
        }
    }
    let arabic = client.get("/ar/no-such-page").await;
    assert_eq!(arabic.status, StatusCode::NOT_FOUND);
    assert!(arabic.body.contains("dir=\"rtl\""));
    // A method the route does not have.
    let response = client.post_raw("/healthz", &[]).await;
    assert_eq!(response.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(response.body.contains("<html"));
    app.stop().await;
}

#[tokio::test]
async fn static_assets_are_fingerprinted_and_cached_for_a_year() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let home = client.get("/").await;
    let start = home.body.find("/static/").expect("an asset link");
    let end = home.body[start..].find('"').expect("end") + start;
    let url = &home.body[start..end];
    let asset = client.get(url).await;
    assert_eq!(asset.status, StatusCode::OK, "{url}");
    assert!(asset.header("cache-control").contains("max-age=31536000"));
    assert!(asset.header("cache-control").contains("immutable"));
    assert_eq!(
        client.get("/static/abc/css/none.css").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        client.get("/static/abc/../Cargo.toml").await.status,
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

const METRICS_TOKEN: &str = "prometheus-reads-this-0123456789";

/// The body of a `/metrics` answer.
struct Scraped {
    body: String,
}

/// `GET /metrics`, with a bearer token and an `X-Forwarded-For` when given.
async fn metrics(app: &TestApp, token: Option<&str>, forwarded: Option<&str>) -> reqwest::Response {
    let mut request = reqwest::Client::new().get(format!("{}/metrics", app.base));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(forwarded) = forwarded {
        request = request.header("x-forwarded-for", forwarded);
    }
    request.send().await.expect("request")
}

#[tokio::test]
async fn metrics_answer_only_the_configured_token_or_addresses() {
    // Neither set: nobody, not even from the same machine.
    let app = TestApp::new().await;
    assert_eq!(
        metrics(&app, None, None).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        metrics(&app, Some("anything"), None).await.status(),
        StatusCode::FORBIDDEN
    );
    app.stop().await;

    let app = TestApp::builder()
        .setting("metrics_token", METRICS_TOKEN)
        .build()
        .await;
    assert_eq!(
        metrics(&app, None, None).await.status(),
        StatusCode::FORBIDDEN
    );
    let wrong = metrics(&app, Some("prometheus-reads-this-012345678"), None).await;
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    assert!(!wrong.text().await.expect("body").contains("agoral_"));
    let right = metrics(&app, Some(METRICS_TOKEN), None).await;
    assert_eq!(right.status(), StatusCode::OK);
    assert!(
        right
            .text()
            .await
            .expect("body")
            .contains("agoral_http_requests_total")
    );
    app.stop().await;

    // By address: the test client connects from 127.0.0.1.
    let app = TestApp::builder()
        .setting("metrics_allowed_networks", "10.0.0.0/8, 127.0.0.1/32")
        .build()
        .await;
    assert_eq!(metrics(&app, None, None).await.status(), StatusCode::OK);
    app.stop().await;
    let app = TestApp::builder()
        .setting("metrics_allowed_networks", "10.0.0.0/8")
        .build()
        .await;
    assert_eq!(
        metrics(&app, None, None).await.status(),
        StatusCode::FORBIDDEN
    );
    // A forwarded address counts only behind a trusted proxy.
    assert_eq!(
        metrics(&app, None, Some("10.1.2.3")).await.status(),
        StatusCode::FORBIDDEN
    );
    app.stop().await;
    let app = TestApp::builder()
        .setting("metrics_allowed_networks", "10.0.0.0/8")
        .setting("trust_proxy", "true")
        .build()
        .await;
    assert_eq!(
        metrics(&app, None, Some("10.1.2.3")).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        metrics(&app, None, Some("192.0.2.7")).await.status(),
        StatusCode::FORBIDDEN
    );
    app.stop().await;
}

#[tokio::test]
async fn health_readiness_and_metrics() {
    let app = TestApp::builder()
        .setting("metrics_token", METRICS_TOKEN)
        .build()
        .await;
    let mut client = app.client();
    assert_eq!(client.get("/healthz").await.status, StatusCode::OK);
    let ready = client.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK);
    assert_eq!(ready.body.trim(), "ready");
    client.get("/").await;
    // The second from the page cache: counted under the same route.
    assert_eq!(client.get("/").await.header("x-cache"), "hit");
    client.get("/nessuna/pagina/qui").await;
    let metrics = metrics(&app, Some(METRICS_TOKEN), None).await;
    assert_eq!(metrics.status(), StatusCode::OK);
    let metrics = Scraped {
        body: metrics.text().await.expect("body"),
    };
    assert!(
        metrics
            .body
            .contains("agoral_http_requests_total{method=\"GET\",route=\"/\",status=\"200\"} 2"),
        "{}",
        metrics.body
    );
    assert!(
        metrics.body.contains(
            "agoral_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1"
        ),
        "{}",
        metrics.body
    );
    assert!(
        metrics
            .body
            .contains("agoral_http_request_duration_seconds_bucket{route=\"/\",le=\"+Inf\"}")
    );
    assert!(metrics.body.contains("agoral_jobs_pending"));
    assert!(metrics.body.contains("agoral_db_pool_connections"));
    app.stop().await;
}

#[tokio::test]
async fn problem_report_form_works_without_cookies_and_rejects_bad_input() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let page = client.get("/segnala-un-problema?pagina=/privacy").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.set_cookies().is_empty());
    let token = page.csrf();

    // Too fast: a person needs a few seconds.
    let fast = client
        .post_raw(
            "/segnala-un-problema",
            &[
                ("csrf_token", &token),
                ("message", "Il link non funziona"),
                ("page_url", "/privacy"),
            ],
        )
        .await;
    assert_eq!(fast.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(fast.body.contains("troppo in fretta"));
    assert_eq!(app.db().count_problem_reports().await.expect("count"), 0);

    // A token signed an hour ago (as if the page stayed open) is fine.
    let old_token = app
        .state()
        .signer
        .issue(agoral_domain::time::Timestamp::now().0 - 3600);
    let cases: Vec<(Vec<(&str, String)>, &str)> = vec![
        (vec![("message", "".into())], "Campo obbligatorio"),
        (vec![("message", "x".repeat(6000))], "troppo lungo"),
        (
            vec![
                ("message", "Testo valido qui".into()),
                ("email", "non-una-email".into()),
            ],
            "email valido",
        ),
        (vec![("message", "con \u{0} nullo".into())], "non ammessi"),
    ];
    for (fields, expected) in cases {
        let mut all = vec![("csrf_token", old_token.clone())];
        all.extend(fields);
        let borrowed: Vec<(&str, &str)> = all.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let response = client.post_raw("/segnala-un-problema", &borrowed).await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{expected}"
        );
        assert!(response.body.contains(expected), "{expected}");
        assert_eq!(app.db().count_problem_reports().await.expect("count"), 0);
    }

    // The honeypot: a robot is thanked and nothing is kept.
    let robot = client
        .post_raw(
            "/segnala-un-problema",
            &[
                ("csrf_token", &old_token),
                ("message", "Compra ora"),
                ("website", "http://spam"),
            ],
        )
        .await;
    assert_eq!(robot.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db().count_problem_reports().await.expect("count"), 0);

    // A forged or missing token is refused.
    for token in ["", "123.abc.def", "forged"] {
        let response = client
            .post_raw(
                "/segnala-un-problema",
                &[("csrf_token", token), ("message", "Testo valido")],
            )
            .await;
        assert_eq!(response.status, StatusCode::FORBIDDEN, "{token:?}");
        assert!(response.body.contains("scaduto o non è valido"));
    }
    let no_field = client
        .post_raw("/segnala-un-problema", &[("message", "Testo valido")])
        .await;
    assert_eq!(no_field.status, StatusCode::FORBIDDEN);

    // Arabic text, in the Arabic page.
    let good = client
        .post_raw(
            "/ar/segnala-un-problema",
            &[
                ("csrf_token", &old_token),
                ("message", "الرابط لا يعمل في صفحة الخدمات"),
                ("page_url", "/ar/"),
                ("email", "lettore@example.org"),
            ],
        )
        .await;
    assert_eq!(good.status, StatusCode::SEE_OTHER);
    assert_eq!(good.location(), "/ar/segnala-un-problema?inviato=1");
    assert!(good.set_cookies().is_empty());
    let reports = app.db().problem_reports(10).await.expect("reports");
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].lang, "ar");
    assert_eq!(reports[0].message, "الرابط لا يعمل في صفحة الخدمات");
    app.stop().await;
}

#[tokio::test]
async fn oversized_and_malformed_bodies_get_clear_errors() {
    let app = TestApp::builder()
        .setting("max_body_bytes", "65536")
        .build()
        .await;
    let mut client = app.client();
    let page = client.get("/segnala-un-problema").await;
    let token = page.csrf();
    let huge = format!("csrf_token={token}&message={}", "a".repeat(200_000));
    let response = client.post_body("/segnala-un-problema", huge).await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(response.body.contains("troppo grandi"), "{}", response.body);

    let old_token = app
        .state()
        .signer
        .issue(agoral_domain::time::Timestamp::now().0 - 60);
    let bad = format!("csrf_token={old_token}&message=%ZZ%E0");
    let response = client.post_body("/segnala-un-problema", bad).await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    assert!(response.body.contains("Richiesta non valida"));
    assert_eq!(app.db().count_problem_reports().await.expect("count"), 0);
    app.stop().await;
}

#[tokio::test]
async fn demo_content_and_pages_without_scripts() {
    let app = TestApp::builder().demo().build().await;
    let mut client = app.client();
    let home = client.get("/").await;
    // 14 demo organisations: real bodies by name, and marked examples.
    assert!(home.body.contains("<strong>14</strong>"), "{}", home.body);
    let organisations = app.db().organisations().await.expect("organisations");
    assert!(
        organisations
            .iter()
            .any(|o| o.name == "Prefettura di Alessandria" && !o.is_example)
    );
    assert!(
        organisations
            .iter()
            .filter(|o| o.is_example)
            .all(|o| o.name.contains("esempio"))
    );
    // Public pages carry no script at all: they work without JavaScript.
    for path in [
        "/",
        "/en/",
        "/ar/privacy",
        "/segnala-un-problema",
        "/accedi",
    ] {
        let page = client.get(path).await;
        assert!(!page.body.contains("<script"), "{path}");
        assert!(
            !page.body.contains("style=\""),
            "{path}: no inline style (CSP)"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn an_internal_error_shows_a_generic_page_and_readiness_fails() {
    let app = TestApp::new().await;
    let mut client = app.client();
    // The database goes away under the running server.
    app.db().close().await;
    for (path, language_marker) in [("/", "lang=\"it\""), ("/ar/privacy", "dir=\"rtl\"")] {
        let page = client.get(path).await;
        assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR, "{path}");
        assert!(page.body.contains(language_marker), "{path}: localised");
        assert!(
            !page.body.to_lowercase().contains("pool"),
            "{path}: no internal text"
        );
        assert!(
            !page.body.contains("sqlx") && !page.body.contains("closed"),
            "{path}: no internal text"
        );
    }
    assert!(client.get("/").await.body.contains("Errore del server"));
    assert_eq!(
        client.get("/readyz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        client.get("/healthz").await.status,
        StatusCode::OK,
        "the process still answers"
    );
}

/// One form token, one report: the same form sent again (a double click,
/// or a script replaying a token it fetched once) writes nothing more, on
/// this instance or on another one sharing the database, and the reader is
/// told so in their language. Used tokens are kept only while they live.
#[tokio::test]
async fn a_problem_report_token_sends_one_report() {
    let app = TestApp::new().await;
    let other = TestApp::builder().same_database_as(&app).build().await;
    let now = agoral_domain::time::Timestamp::now().0;
    let token = app.state().signer.issue(now - 60);
    let fields = [
        ("csrf_token", token.as_str()),
        ("message", "Il link non funziona"),
        ("page_url", "/privacy"),
    ];
    let mut reader = app.client();
    let first = reader.post_raw("/en/segnala-un-problema", &fields).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let again = reader.post_raw("/en/segnala-un-problema", &fields).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("already been sent"), "{}", again.body);
    assert!(
        again.body.contains("Il link non funziona"),
        "the text is kept"
    );
    let mut elsewhere = other.client();
    let replay = elsewhere.post_raw("/segnala-un-problema", &fields).await;
    assert_eq!(replay.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(replay.body.contains("già stata inviata"), "{}", replay.body);
    assert_eq!(app.db().count_problem_reports().await.expect("count"), 1);

    // A new form, a new report.
    let fresh = app.state().signer.issue(now - 60);
    let second = reader
        .post_raw(
            "/segnala-un-problema",
            &[("csrf_token", &fresh), ("message", "Un altro problema")],
        )
        .await;
    assert_eq!(second.status, StatusCode::SEE_OTHER, "{}", second.body);
    assert_eq!(app.db().count_problem_reports().await.expect("count"), 2);

    // The upkeep removes tokens that could no longer be used anyway.
    sqlx::query("INSERT INTO used_form_tokens (token_hash, expires_at) VALUES ($1, $2)")
        .bind("an expired token")
        .bind(now - 1)
        .execute(app.db().pool())
        .await
        .expect("insert");
    agoral_web::jobs::maintenance(app.state()).await;
    let kept: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM used_form_tokens")
        .fetch_all(app.db().pool())
        .await
        .expect("tokens");
    assert_eq!(kept.len(), 2, "{kept:?}");
    other.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn a_too_short_message_says_so_with_the_minimum() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let token = app
        .state()
        .signer
        .issue(agoral_domain::time::Timestamp::now().0 - 60);
    let response = client
        .post_raw(
            "/segnala-un-problema",
            &[("csrf_token", &token), ("message", "ciao")],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .body
            .contains("Il testo è troppo corto: scrivi almeno 5 caratteri."),
        "{}",
        response.body
    );
    assert!(!response.body.contains("Campo obbligatorio"));
    assert!(
        response.body.contains(">ciao</textarea>"),
        "the text is kept"
    );
    let english = client
        .post_raw(
            "/en/segnala-un-problema",
            &[("csrf_token", &token), ("message", "hey")],
        )
        .await;
    assert!(english.body.contains("write at least 5 characters"));
    assert_eq!(app.db().count_problem_reports().await.expect("count"), 0);
    app.stop().await;
}
