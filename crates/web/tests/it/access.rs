//! Every route × every role (and anonymous): the answer must match the
//! route's declared access rule, and no combination may fail with a 5xx.
//! A new route is added through `Routes` with a rule, so it is covered here
//! without anybody remembering to add it.

use agoral_domain::{accounts::Role, organisations::OrganisationInput};
use agoral_web::access::{Access, RouteInfo};
use reqwest::{Method, StatusCode};

use crate::harness::{TestApp, TestClient};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Actor {
    Anonymous,
    Staff(Role),
}

/// What the rule says this actor should get.
fn allowed(access: Access, actor: Actor) -> bool {
    match (access, actor) {
        (Access::Public, _) => true,
        (_, Actor::Anonymous) => false,
        // Every actor here has a complete session.
        (Access::SecondFactorPending, _) => false,
        (Access::AnySession | Access::StaffSetup | Access::Staff, Actor::Staff(_)) => true,
        (Access::Roles(roles), Actor::Staff(role)) => roles.contains(&role),
    }
}

fn concrete_path(route: &RouteInfo, user_id: i64, organisation_id: i64) -> String {
    let id = if route.path.contains("organizzazioni") {
        organisation_id
    } else {
        user_id
    };
    route
        .path
        .replace("{slug}", "privacy")
        .replace("{lang}", "en")
        .replace("{token}", &"x".repeat(43))
        .replace("{id}", &id.to_string())
        .replace("{feed}", "1")
        .replace("{fingerprint}", agoral_web::assets::fingerprint())
        .replace("{*path}", "css/agoral.css")
        .replace("{code}", "006003")
        .replace("{revision}", "1")
        .replace("{number}", "1")
        .replace("{name}", "agoral-backup-1.tar.gz")
        .replace("{*key}", "2026/11/missing.jpg")
        .replace("{year}", "2026")
        .replace("{month}", "11")
}

#[tokio::test]
async fn every_route_answers_every_role_as_its_rule_says() {
    // `/metrics` is public by its route's rule and closed by default by
    // its settings (see `public::metrics_answer_only_the_configured_token_or_addresses`): opened here to
    // this machine, where the test's clients are, so that the rule shows.
    let app = TestApp::builder()
        .setting("metrics_allowed_networks", "127.0.0.1/32, ::1")
        .build()
        .await;
    let (_, table) = agoral_web::build_app(app.state().clone());
    assert!(table.len() > 40, "the table lists every route");

    // A user and an organisation for routes with an id, never used as actors.
    let target = app.user("bersaglio@example.org", &[Role::Author]).await;
    let input =
        OrganisationInput::parse("Ente di prova", "altro", "006003", "", true).expect("valid");
    let organisation = app
        .db()
        .create_organisation(&input)
        .await
        .expect("organisation");
    let mut actors = vec![(Actor::Anonymous, None)];
    for role in Role::ALL {
        let user = app
            .user(&format!("{}@example.org", role.as_str()), &[role])
            .await;
        actors.push((Actor::Staff(role), Some(user.id)));
    }

    let mut checked = 0;
    let mut failures = Vec::new();
    for route in &table {
        let path = concrete_path(route, target.id.0, organisation.0);
        for (actor, user) in &actors {
            let mut client: TestClient = match user {
                Some(id) => app.session_for(*id).await,
                None => app.client(),
            };
            let response = if route.method == Method::GET {
                client.get(&path).await
            } else {
                if client.csrf.is_none() && route.path == "/accedi" {
                    // The login form's token is bound to the cookie its
                    // page gives the browser: taken the browser's way.
                    client.get("/accedi").await;
                } else if client.csrf.is_none() {
                    client.csrf = Some(
                        app.state()
                            .signer
                            .issue(agoral_domain::time::Timestamp::now().0 - 60),
                    );
                }
                client.post_form(&path, &[]).await
            };
            checked += 1;
            let status = response.status;
            // Refusals: the login page (with the address to come back to) for
            // pages, 403 for everything else.
            let to_login =
                status == StatusCode::SEE_OTHER && response.location().starts_with("/accedi?next=");
            let refused = status == StatusCode::FORBIDDEN || to_login;
            // One refusal comes from a business rule, not from the route's
            // rule: roles that require two-factor login cannot switch it off.
            let business_refusal = route.path == "/account/due-fattori/disattiva"
                && matches!(actor, Actor::Staff(role) if role.requires_two_factor());
            let expected = allowed(route.access, *actor) && !business_refusal;
            let problem = if status.is_server_error() {
                Some("server error")
            } else if expected && refused {
                Some("refused but allowed by the rule")
            } else if !expected && !refused && route.access != Access::SecondFactorPending {
                Some("allowed but refused by the rule")
            } else if !expected
                && route.access == Access::SecondFactorPending
                && status.is_success()
            {
                Some("code step shown to a complete session")
            } else {
                None
            };
            if let Some(problem) = problem {
                failures.push(format!(
                    "{} {path} as {actor:?}: {status} {}: {problem}",
                    route.method,
                    response.location()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} checks failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(checked, table.len() * actors.len());
    app.stop().await;
}

#[tokio::test]
async fn the_code_step_is_only_for_half_logged_in_sessions() {
    let app = TestApp::new().await;
    app.user("operatrice@example.org", &[Role::Operator]).await;
    let mut client = app.client();
    let response = client
        .post_form(
            "/accedi",
            &[
                ("email", "operatrice@example.org"),
                ("password", crate::harness::PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.location(), "/accedi/verifica");
    assert_eq!(client.get("/accedi/verifica").await.status, StatusCode::OK);
    // Half logged in: nothing else of the back office.
    for path in ["/admin", "/account", "/admin/utenti"] {
        assert_eq!(
            client.get(path).await.location(),
            "/accedi/verifica",
            "{path}"
        );
    }
    app.stop().await;
}

/// A state-changing request from a page whose origin is hidden (`null`:
/// a sandboxed frame, a `data:` page) or served on another scheme is
/// refused before its token is looked at, with a session or without, on
/// buffered and streamed forms alike.
#[tokio::test]
async fn origin_null_and_another_scheme_are_refused() {
    let app = TestApp::new().await;
    let user = app.user("caporedattore@example.org", &[Role::Editor]).await;
    let host = app.base.trim_start_matches("http://").to_owned();
    let token = app
        .state()
        .signer
        .issue(agoral_domain::time::Timestamp::now().0 - 60);
    let other_scheme = format!("https://{host}");
    let same = app.base.clone();
    for (origin, refused) in [
        ("null", true),
        (other_scheme.as_str(), true),
        ("https://evil.example", true),
        (same.as_str(), false),
    ] {
        let mut reader = app.client();
        let body = format!("csrf_token={token}&email=x%40example.org");
        let response = reader
            .send(
                reader
                    .request(Method::POST, "/password/dimenticata")
                    .header("origin", origin)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(body),
            )
            .await;
        assert_eq!(
            response.status == StatusCode::FORBIDDEN,
            refused,
            "anonymous form from {origin}: {}",
            response.status
        );

        let mut staff = app.session_for(user.id).await;
        let body = format!("csrf_token={}", staff.csrf.clone().expect("token"));
        let response = staff
            .send(
                staff
                    .request(Method::POST, "/account/sessioni/chiudi")
                    .header("origin", origin)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(body),
            )
            .await;
        assert_eq!(
            response.status == StatusCode::FORBIDDEN,
            refused,
            "staff form from {origin}: {}",
            response.status
        );
    }
    // The good-practice form reads its own body as it arrives: the Origin
    // is checked before it is read.
    let mut reader = app.client();
    let boundary = "----agoral-origin-test";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n--{boundary}--\r\n"
    );
    let response = reader
        .send(
            reader
                .request(Method::POST, "/buone-pratiche/segnala")
                .header("origin", "null")
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(body),
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

/// HEAD asks for what GET would answer, without the body: a protected
/// page sends an anonymous reader to the login page either way.
#[tokio::test]
async fn head_on_a_protected_page_redirects_to_login_as_get_does() {
    let app = TestApp::new().await;
    let mut reader = app.client();
    for path in ["/admin", "/account", "/admin/utenti"] {
        let get = reader.get(path).await;
        let head = reader.send(reader.request(Method::HEAD, path)).await;
        assert_eq!(get.status, StatusCode::SEE_OTHER, "GET {path}");
        assert_eq!(head.status, StatusCode::SEE_OTHER, "HEAD {path}");
        assert_eq!(head.location(), get.location(), "{path}");
        assert!(head.location().starts_with("/accedi?next="), "{path}");
    }
    app.stop().await;
}

/// The scheme a page was served on is `public_url`'s, whatever the
/// connection from the proxy is; behind a trusted proxy, the one it
/// reports in `X-Forwarded-Proto`.
#[tokio::test]
async fn the_origin_scheme_is_the_one_the_site_is_served_on() {
    for trust_proxy in [false, true] {
        let app = TestApp::builder()
            .setting("public_url", "https://agoral.example")
            .setting("trust_proxy", trust_proxy.to_string())
            .build()
            .await;
        let host = app.base.trim_start_matches("http://").to_owned();
        let token = app
            .state()
            .signer
            .issue(agoral_domain::time::Timestamp::now().0 - 60);
        let send = |origin: String, proto: Option<&'static str>| {
            let mut reader = app.client();
            let token = token.clone();
            async move {
                let mut request = reader
                    .request(Method::POST, "/password/dimenticata")
                    .header("origin", origin)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(format!("csrf_token={token}&email=x%40example.org"));
                if let Some(proto) = proto {
                    request = request.header("x-forwarded-proto", proto);
                }
                reader.send(request).await.status
            }
        };
        // public_url's own origin, a default port written or not.
        for origin in ["https://agoral.example", "https://agoral.example:443"] {
            assert_ne!(
                send(origin.into(), None).await,
                StatusCode::FORBIDDEN,
                "{origin}"
            );
        }
        // The Host on public_url's scheme, not on another.
        assert_ne!(
            send(format!("https://{host}"), None).await,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            send(format!("http://{host}"), None).await,
            StatusCode::FORBIDDEN
        );
        // The proxy's word counts only when it is trusted.
        let status = send(format!("http://{host}"), Some("http")).await;
        assert_eq!(status == StatusCode::FORBIDDEN, !trust_proxy, "{status}");
        app.stop().await;
    }
}
