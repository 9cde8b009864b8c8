//! Login, the second factor, logout, password reset and invitations,
//! with every bad input the issue names.

use agoral_domain::{accounts::Role, time::Timestamp, totp};
use reqwest::StatusCode;

use crate::harness::{PASSWORD, TOTP_SECRET, TestApp, current_totp};

fn link_token(mail: &str, path: &str) -> String {
    let start = mail
        .find(path)
        .unwrap_or_else(|| panic!("{path} in {mail}"))
        + path.len();
    mail[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

#[tokio::test]
async fn login_page_sets_only_its_form_cookie_and_login_works() {
    let app = TestApp::new().await;
    app.user("redattrice@example.org", &[Role::Author]).await;
    let mut client = app.client();
    let page = client.get("/accedi").await;
    assert_eq!(page.status, StatusCode::OK);
    // One strictly necessary cookie, for the form's token; no session.
    let cookies = page.set_cookies();
    assert_eq!(cookies.len(), 1, "{cookies:?}");
    assert!(cookies[0].starts_with("agoral_login="), "{cookies:?}");
    for part in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookies[0].contains(part), "{part} in {cookies:?}");
    }
    assert!(
        !cookies[0].contains("Max-Age") && !cookies[0].contains("Expires"),
        "gone when the browser closes: {cookies:?}"
    );
    assert!(client.cookie.is_none(), "no session");
    // Shown again, the page keeps the cookie the browser has.
    let again = client.get("/accedi").await;
    assert!(again.set_cookies().is_empty(), "{:?}", again.set_cookies());
    let response = client
        .post_form(
            "/accedi",
            &[
                ("email", " Redattrice@Example.org "),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/account");
    let cookie = response.set_cookies().join(";");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        response
            .set_cookies()
            .iter()
            .any(|c| c.starts_with("agoral_login=;") && c.contains("Max-Age=0")),
        "the form's cookie has done its work: {cookie}"
    );
    let account = client.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("redattrice@example.org"));
    assert_eq!(
        app.db()
            .count_audit_events("login.succeeded")
            .await
            .expect("count"),
        1
    );
    app.stop().await;
}

#[tokio::test]
async fn failed_logins_look_the_same_and_create_no_session() {
    let app = TestApp::new().await;
    let disabled = app.user("disattivato@example.org", &[Role::Editor]).await;
    app.db()
        .set_disabled(disabled.id, true)
        .await
        .expect("disable");
    app.user("giusto@example.org", &[Role::Editor]).await;
    let cases = [
        ("giusto@example.org", "password sbagliata!!"),
        ("nessuno@example.org", PASSWORD),
        ("disattivato@example.org", PASSWORD),
        ("non una email", PASSWORD),
        ("", ""),
    ];
    for (email, password) in cases {
        let mut client = app.client();
        let response = client
            .post_form("/accedi", &[("email", email), ("password", password)])
            .await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{email}");
        assert!(
            response.body.contains("Email o password non corretti."),
            "{email}"
        );
        assert!(response.set_cookies().is_empty(), "{email}: no session");
    }
    assert_eq!(
        app.db()
            .count_audit_events("login.failed")
            .await
            .expect("count"),
        5
    );
    app.stop().await;
}

#[tokio::test]
async fn repeated_failures_throttle_the_account_with_backoff() {
    let app = TestApp::new().await;
    app.user("bersaglio@example.org", &[Role::Author]).await;
    let mut client = app.client();
    for _ in 0..5 {
        let response = client
            .post_form(
                "/accedi",
                &[
                    ("email", "bersaglio@example.org"),
                    ("password", "tentativo sbagliato"),
                ],
            )
            .await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Now even the right password waits.
    let response = client
        .post_form(
            "/accedi",
            &[("email", "bersaglio@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(response.body.contains("Troppi tentativi"));
    assert!(response.set_cookies().is_empty());
    assert!(
        app.db()
            .throttled_until("account:bersaglio@example.org")
            .await
            .expect("db")
            .is_some()
    );
    assert!(
        app.db()
            .count_audit_events("login.throttled")
            .await
            .expect("count")
            >= 1
    );
    app.stop().await;
}

#[tokio::test]
async fn csrf_token_missing_or_forged_is_refused() {
    let app = TestApp::new().await;
    let user = app.user("caporedattore@example.org", &[Role::Editor]).await;
    let mut client = app.client();
    for fields in [
        vec![
            ("email", "caporedattore@example.org"),
            ("password", PASSWORD),
        ],
        vec![
            ("csrf_token", "1700000000.AAAA.forged"),
            ("email", "caporedattore@example.org"),
            ("password", PASSWORD),
        ],
    ] {
        let response = client.post_raw("/accedi", &fields).await;
        assert_eq!(response.status, StatusCode::FORBIDDEN);
        assert!(response.set_cookies().is_empty());
    }
    // With a session, the token must be the session's own.
    let mut staff = app.session_for(user.id).await;
    let response = staff
        .post_raw(
            "/account/sessioni/chiudi",
            &[("csrf_token", "not-the-session-token")],
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    let signed = app.state().signer.issue(Timestamp::now().0);
    let response = staff
        .post_raw("/account/sessioni/chiudi", &[("csrf_token", &signed)])
        .await;
    assert_eq!(
        response.status,
        StatusCode::FORBIDDEN,
        "a form token is not a session token"
    );
    // A cross-site Origin is refused even with the right token.
    let token = staff.csrf.clone().expect("token");
    let request = reqwest::Client::new()
        .post(format!("{}/account/sessioni/chiudi", app.base))
        .header(
            "cookie",
            format!("agoral_session={}", staff.cookie.clone().expect("cookie")),
        )
        .header("origin", "https://evil.example")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("csrf_token={token}"));
    assert_eq!(
        request.send().await.expect("send").status(),
        StatusCode::FORBIDDEN
    );
    app.stop().await;
}

#[tokio::test]
async fn two_factor_login_with_code_recovery_code_and_replay() {
    let app = TestApp::new().await;
    app.user("amministratrice@example.org", &[Role::Administrator])
        .await;

    // Password alone leads to the code step, not to the back office.
    let mut client = app.client();
    let response = client
        .post_form(
            "/accedi",
            &[
                ("email", "amministratrice@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.location(), "/accedi/verifica");
    let pending_cookie = client.cookie.clone();
    assert_eq!(client.get("/admin").await.location(), "/accedi/verifica");
    let wrong = client
        .post_form("/accedi/verifica", &[("code", "000000")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let code = current_totp();
    let ok = client
        .post_form("/accedi/verifica", &[("code", &code)])
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_ne!(
        client.cookie, pending_cookie,
        "a new session id after the second factor"
    );
    assert_eq!(client.get("/admin/utenti").await.status, StatusCode::OK);

    // The same code cannot be used twice.
    let mut second = app.client();
    second
        .post_form(
            "/accedi",
            &[
                ("email", "amministratrice@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let replay = second
        .post_form("/accedi/verifica", &[("code", &code)])
        .await;
    assert_eq!(replay.status, StatusCode::UNPROCESSABLE_ENTITY);
    // A recovery code works once.
    let recovery = second
        .post_form("/accedi/verifica", &[("code", "AAAAA BBBBB")])
        .await;
    assert_eq!(recovery.status, StatusCode::SEE_OTHER, "{}", recovery.body);
    let mut third = app.client();
    third
        .post_form(
            "/accedi",
            &[
                ("email", "amministratrice@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let again = third
        .post_form("/accedi/verifica", &[("code", "aaaaa-bbbbb")])
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.stop().await;
}

#[tokio::test]
async fn administrators_must_set_up_two_factor_before_anything_else() {
    let app = TestApp::new().await;
    // The first administrator, created on an empty database, has no second factor yet.
    let admin_email = agoral_web::setup::FIRST_ADMIN_EMAIL;
    let hash = agoral_web::passwords::hash_blocking(PASSWORD).expect("hash");
    let admin = app
        .db()
        .user_by_email(&agoral_domain::accounts::Email::parse(admin_email).expect("email"))
        .await
        .expect("db")
        .expect("admin");
    app.db()
        .set_password_hash(admin.id, &hash)
        .await
        .expect("set");
    let mut client = app.client();
    let login = client
        .post_form(
            "/accedi",
            &[
                ("email", admin_email),
                ("password", PASSWORD),
                ("next", "/admin/utenti"),
            ],
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    let blocked = client.get("/admin/utenti").await;
    assert_eq!(blocked.location(), "/account/due-fattori");
    let setup = client.get("/account/due-fattori").await;
    assert_eq!(setup.status, StatusCode::OK);
    assert!(setup.body.contains("<svg role=\"img\""), "QR code inline");
    let secret = setup
        .body
        .split("agoral-secret\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .expect("secret shown")
        .to_owned();
    let bad = client
        .post_form("/account/due-fattori", &[("code", "123")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let code = totp::code_for_step(&secret, totp::step_at(Timestamp::now().0)).expect("code");
    let done = client
        .post_form("/account/due-fattori", &[("code", &code)])
        .await;
    assert_eq!(done.status, StatusCode::OK);
    assert_eq!(
        done.body.matches("<li><code>").count(),
        10,
        "ten recovery codes shown once"
    );
    assert_eq!(client.get("/admin/utenti").await.status, StatusCode::OK);
    // Administrators cannot switch it off.
    let off = client
        .post_form("/account/due-fattori/disattiva", &[])
        .await;
    assert_eq!(off.status, StatusCode::FORBIDDEN);
    let _ = TOTP_SECRET;
    app.stop().await;
}

#[tokio::test]
async fn logout_and_logout_everywhere() {
    let app = TestApp::new().await;
    app.user("autrice@example.org", &[Role::Author]).await;
    let mut laptop = app.login("autrice@example.org").await;
    let mut phone = app.login("autrice@example.org").await;
    let response = laptop.post_form("/account/sessioni/chiudi", &[]).await;
    assert_eq!(response.location(), "/account?fatto=sessioni");
    assert_eq!(laptop.get("/account").await.status, StatusCode::OK);
    let gone = phone.get("/account").await;
    assert!(
        gone.location().starts_with("/accedi"),
        "the other session is closed"
    );
    assert!(
        gone.set_cookies().iter().any(|c| c.contains("Max-Age=0")),
        "stale cookie cleared"
    );
    let out = laptop.post_form("/esci", &[]).await;
    assert_eq!(out.location(), "/accedi?fatto=uscito");
    assert!(
        laptop
            .get("/account")
            .await
            .location()
            .starts_with("/accedi")
    );
    app.stop().await;
}

#[tokio::test]
async fn session_cookie_of_a_deleted_or_disabled_user_is_worthless() {
    let app = TestApp::new().await;
    let user = app.user("temporaneo@example.org", &[Role::Editor]).await;
    let mut client = app.login("temporaneo@example.org").await;
    assert_eq!(client.get("/admin").await.status, StatusCode::OK);
    app.db().delete_user(user.id).await.expect("delete");
    let response = client.get("/admin").await;
    assert!(response.location().starts_with("/accedi"));
    assert!(
        response
            .set_cookies()
            .iter()
            .any(|c| c.contains("Max-Age=0"))
    );
    // A public page still works, and clears the stale cookie.
    let mut stale = app.client();
    stale.cookie = Some("made-up-cookie-value".into());
    let home = stale.get("/").await;
    assert_eq!(home.status, StatusCode::OK);

    let other = app.user("sospeso@example.org", &[Role::Editor]).await;
    let mut client = app.login("sospeso@example.org").await;
    app.db()
        .set_disabled(other.id, true)
        .await
        .expect("disable");
    assert!(client.get("/admin").await.location().starts_with("/accedi"));
    app.stop().await;
}

#[tokio::test]
async fn password_reset_by_mail_single_use_and_expiring() {
    let app = TestApp::new().await;
    let user = app.user("smemorata@example.org", &[Role::Analyst]).await;
    let mut client = app.client();
    let response = client
        .post_form(
            "/password/dimenticata",
            &[("email", "smemorata@example.org")],
        )
        .await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(
        response.body.contains("Se l&#39;indirizzo") || response.body.contains("Se l'indirizzo"),
        "{}",
        response.body
    );
    // Unknown addresses get the same answer and no mail.
    let unknown = client
        .post_form("/password/dimenticata", &[("email", "nessuno@example.org")])
        .await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert_eq!(app.run_jobs().await, 1);
    let mails = app.mail_files();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("To: smemorata@example.org"));
    let token = link_token(&mails[0], "/password/reimposta/");
    let path = format!("/password/reimposta/{token}");

    assert_eq!(client.get(&path).await.status, StatusCode::OK);
    let short = client
        .post_form(&path, &[("password", "corta"), ("confirm", "corta")])
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.body.contains("almeno 12 caratteri"));
    let mismatch = client
        .post_form(
            &path,
            &[
                ("password", "nuova password lunga"),
                ("confirm", "un'altra cosa ancora"),
            ],
        )
        .await;
    assert!(mismatch.body.contains("non coincidono"));
    let done = client
        .post_form(
            &path,
            &[
                ("password", "nuova password lunga"),
                ("confirm", "nuova password lunga"),
            ],
        )
        .await;
    assert_eq!(done.location(), "/accedi?fatto=password");
    // Reused: the link is spent.
    let reused = client
        .post_form(
            &path,
            &[
                ("password", "terza password lunga"),
                ("confirm", "terza password lunga"),
            ],
        )
        .await;
    assert_eq!(reused.status, StatusCode::GONE);
    assert!(
        reused
            .body
            .contains("non è valido, è scaduto o è già stato usato")
    );
    let login = app
        .client()
        .post_form(
            "/accedi",
            &[
                ("email", "smemorata@example.org"),
                ("password", "nuova password lunga"),
            ],
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);

    // Expired: a new link, moved past its expiry.
    let mut client = app.client();
    client
        .post_form(
            "/password/dimenticata",
            &[("email", "smemorata@example.org")],
        )
        .await;
    app.run_jobs().await;
    let mails = app.mail_files();
    let token = link_token(mails.last().expect("mail"), "/password/reimposta/");
    app.db()
        .expire_auth_tokens_of(user.id)
        .await
        .expect("expire");
    let expired = client.get(&format!("/password/reimposta/{token}")).await;
    assert_eq!(expired.status, StatusCode::GONE);
    let post = client
        .post_form(
            &format!("/password/reimposta/{token}"),
            &[
                ("password", "nuova password lunga"),
                ("confirm", "nuova password lunga"),
            ],
        )
        .await;
    assert_eq!(post.status, StatusCode::GONE);
    // Junk tokens.
    for junk in ["x", "%00", "../../etc/passwd"] {
        let response = client.get(&format!("/password/reimposta/{junk}")).await;
        assert!(
            response.status == StatusCode::GONE || response.status == StatusCode::NOT_FOUND,
            "{junk}: {}",
            response.status
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn invitation_sets_the_first_password() {
    let app = TestApp::new().await;
    app.user("capo@example.org", &[Role::Administrator]).await;
    let mut admin = app.login("capo@example.org").await;
    let page = admin.get("/admin/utenti/nuovo").await;
    assert_eq!(page.status, StatusCode::OK);
    let response = admin
        .post_form(
            "/admin/utenti/nuovo",
            &[
                ("email", "nuova@example.org"),
                ("display_name", "Nuova Redattrice"),
                ("locale", "fr"),
                ("role", "author"),
                ("role", "contributor"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    app.run_jobs().await;
    let mail = app.mail_files().pop().expect("invitation mail");
    assert!(mail.contains("To: nuova@example.org"));
    assert!(mail.contains("invit"), "French invitation: {mail}");
    let token = link_token(&mail, "/invito/");
    let mut invited = app.client();
    let done = invited
        .post_form(
            &format!("/invito/{token}"),
            &[
                ("password", "la mia prima password"),
                ("confirm", "la mia prima password"),
            ],
        )
        .await;
    assert_eq!(done.location(), "/accedi?fatto=password");
    let login = app
        .client()
        .post_form(
            "/accedi",
            &[
                ("email", "nuova@example.org"),
                ("password", "la mia prima password"),
            ],
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.db()
            .count_audit_events("invitation.accepted")
            .await
            .expect("count"),
        1
    );
    app.stop().await;
}

#[tokio::test]
async fn sessions_end_a_week_after_login_however_active() {
    let app = TestApp::new().await;
    let user = app.user("assidua@example.org", &[Role::Author]).await;
    let mut client = app.session_for(user.id).await;
    assert_eq!(client.get("/account").await.status, StatusCode::OK);
    let eight_days_ago = Timestamp::now().0 - 8 * 86_400;
    sqlx::query("UPDATE sessions SET created_at = $1")
        .bind(eight_days_ago)
        .execute(app.db().pool())
        .await
        .expect("age the session");
    let response = client.get("/account").await;
    assert!(
        response.location().starts_with("/accedi"),
        "{}",
        response.status
    );
    assert!(app.db().sessions_of(user.id).await.expect("db").is_empty());
    app.stop().await;
}

#[tokio::test]
async fn too_many_public_form_posts_get_retry_after() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let mut last = None;
    for _ in 0..8 {
        last = Some(
            client
                .post_form("/password/dimenticata", &[("email", "x@example.org")])
                .await,
        );
    }
    let last = last.expect("responses");
    assert_eq!(last.status, StatusCode::TOO_MANY_REQUESTS);
    // The seconds until the address's ten-minute window ends.
    let seconds: u64 = last.header("retry-after").parse().expect("seconds");
    assert!((590..=600).contains(&seconds), "{seconds}");
    assert!(last.body.contains("Troppe richieste"));
    app.stop().await;
}

/// Login CSRF: a hostile page that makes a visitor's browser post the
/// attacker's credentials, with a login form token the attacker fetched,
/// must not log the visitor into the attacker's account. The token is
/// bound to the cookie the login page gave the browser that asked for it.
#[tokio::test]
async fn a_login_form_token_works_only_in_the_browser_that_got_it() {
    let app = TestApp::new().await;
    app.user("attaccante@example.org", &[Role::Author]).await;
    let mut attacker = app.client();
    let token = attacker.get("/accedi").await.csrf();
    let login = |token: &str| {
        vec![
            ("csrf_token", token.to_owned()),
            ("email", "attaccante@example.org".to_owned()),
            ("password", PASSWORD.to_owned()),
            ("next", "/admin".to_owned()),
        ]
    };
    // A reader of public pages (no cookie at all), then one who has
    // opened the login page once (a cookie of their own).
    let mut visitor = app.client();
    for step in ["reader", "with a login cookie of their own"] {
        if step != "reader" {
            visitor.get("/accedi").await;
        }
        let forged = post_pairs(&mut visitor, "/accedi", &login(&token)).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "{step}");
        assert!(visitor.cookie.is_none(), "{step}: no session");
    }
    // The token of public forms (signed, bound to nothing) does not log in.
    let signed = app.state().signer.issue(Timestamp::now().0 - 60);
    let response = post_pairs(&mut visitor, "/accedi", &login(&signed)).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert!(visitor.cookie.is_none());
    // The browser that got the form logs in with it.
    let own = post_pairs(&mut attacker, "/accedi", &login(&token)).await;
    assert_eq!(own.status, StatusCode::SEE_OTHER, "{}", own.body);
    assert_eq!(attacker.get("/admin").await.status, StatusCode::OK);

    // A script sends the token in `X-CSRF-Token`, with the page's cookie.
    let mut script = app.client();
    let token = script.get("/accedi").await.csrf();
    let body = "email=attaccante%40example.org&password=una+password+lunga+abbastanza";
    let headed = |client: &crate::harness::TestClient, token: &str| {
        client
            .request(reqwest::Method::POST, "/accedi")
            .header("x-csrf-token", token)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
    };
    let mut stranger = app.client();
    let forged = stranger.send(headed(&stranger, &token)).await;
    assert_eq!(
        forged.status,
        StatusCode::FORBIDDEN,
        "not without the cookie"
    );
    let response = script.send(headed(&script, &token)).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    assert!(script.cookie.is_some());
    app.stop().await;
}

async fn post_pairs(
    client: &mut crate::harness::TestClient,
    path: &str,
    fields: &[(&str, String)],
) -> crate::harness::TestResponse {
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    client.post_raw(path, &borrowed).await
}

/// An old tab, or a session closed from another device: the browser still
/// sends the dead session's cookie with the login form. The new session's
/// cookie must be the last word, with or without the second factor.
#[tokio::test]
async fn login_with_a_stale_session_cookie_keeps_the_new_session() {
    let app = TestApp::new().await;
    let author = app.user("redattrice@example.org", &[Role::Author]).await;
    let operator = app.user("operatrice@example.org", &[Role::Operator]).await;
    for user in [&author, &operator] {
        let email = user.email.to_string();
        let closed = app.session_for(user.id).await;
        let stale = closed.cookie.clone().expect("cookie");
        app.db()
            .delete_session(&agoral_domain::tokens::hash(&stale))
            .await
            .expect("close the session");
        let mut client = app.client();
        client.get("/accedi").await;
        client.cookie = Some(stale.clone());
        let response = client
            .post_form(
                "/accedi",
                &[
                    ("email", &email),
                    ("password", PASSWORD),
                    ("next", "/admin"),
                ],
            )
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{email}");
        assert!(
            client.cookie.as_ref().is_some_and(|c| *c != stale),
            "{email}: the browser keeps the new session: {:?}",
            response.set_cookies()
        );
        if response.location() == "/accedi/verifica" {
            let response = client
                .post_form("/accedi/verifica", &[("code", &current_totp())])
                .await;
            assert_eq!(response.status, StatusCode::SEE_OTHER, "{email}");
        }
        assert_eq!(client.get("/admin").await.status, StatusCode::OK, "{email}");
    }
    app.stop().await;
}

/// Over https the session cookie (and the login page's) is named
/// `__Host-…`: the browser then takes it only with `Secure`, `Path=/` and
/// no `Domain`, so no other host under the same domain can plant one.
#[tokio::test]
async fn over_https_cookies_carry_the_host_prefix() {
    let app = TestApp::builder()
        .setting("public_url", "https://agoral.example")
        .build()
        .await;
    app.user("redattrice@example.org", &[Role::Author]).await;
    let mut client = app.client();
    let response = client
        .post_form(
            "/accedi",
            &[
                ("email", "redattrice@example.org"),
                ("password", PASSWORD),
                ("next", "/admin"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let session = response
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("__Host-agoral_session=") && !c.contains("Max-Age=0"))
        .unwrap_or_else(|| panic!("a __Host- session cookie: {:?}", response.set_cookies()));
    for part in ["Secure", "Path=/", "HttpOnly", "SameSite=Lax"] {
        assert!(session.contains(part), "{part} in {session}");
    }
    assert!(!session.contains("Domain"), "{session}");
    assert_eq!(client.get("/admin").await.status, StatusCode::OK);
    // The same value under the unprefixed name is no session over https.
    let mut unprefixed = app.client();
    unprefixed.cookie = client.cookie.clone();
    assert_eq!(unprefixed.session_cookie_name, "agoral_session");
    assert_eq!(unprefixed.get("/admin").await.status, StatusCode::SEE_OTHER);
    // Logging out clears the prefixed cookie (a clearing cookie with the
    // prefix must be Secure too, or the browser ignores it).
    let out = client.post_form("/esci", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let cleared = out.set_cookies().join("\n");
    assert!(
        cleared.contains("__Host-agoral_session=;")
            && cleared.contains("Max-Age=0")
            && cleared.contains("Secure"),
        "{cleared}"
    );
    assert!(client.cookie.is_none());
    app.stop().await;
}

/// The seconds of a 429's `Retry-After`.
fn retry_after(response: &crate::harness::TestResponse) -> u64 {
    assert_eq!(response.status, StatusCode::TOO_MANY_REQUESTS);
    response
        .header("retry-after")
        .parse()
        .unwrap_or_else(|_| panic!("Retry-After: {:?}", response.header("retry-after")))
}

#[tokio::test]
async fn throttled_logins_and_second_factors_say_when_to_come_back() {
    let app = TestApp::new().await;
    // The second factor first: failed logins also lock the address.
    app.user("seconda@example.org", &[Role::Administrator])
        .await;
    let mut client = app.client();
    let pending = client
        .post_form(
            "/accedi",
            &[("email", "seconda@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(pending.location(), "/accedi/verifica");
    client.get("/accedi/verifica").await;
    for _ in 0..5 {
        client
            .post_form("/accedi/verifica", &[("code", "000000")])
            .await;
    }
    let locked = client
        .post_form("/accedi/verifica", &[("code", "000000")])
        .await;
    assert!((1..=2).contains(&retry_after(&locked)));
    assert!(locked.body.contains("Troppi tentativi"));

    app.user("attesa@example.org", &[Role::Author]).await;
    let mut client = app.client();
    for _ in 0..5 {
        client
            .post_form(
                "/accedi",
                &[("email", "attesa@example.org"), ("password", "sbagliata")],
            )
            .await;
    }
    let locked = client
        .post_form(
            "/accedi",
            &[("email", "attesa@example.org"), ("password", PASSWORD)],
        )
        .await;
    // The first lock lasts two seconds.
    assert!((1..=2).contains(&retry_after(&locked)), "{locked:?}");
    assert!(locked.body.contains("Troppi tentativi"));
    app.stop().await;
}

#[tokio::test]
async fn a_flood_of_problem_reports_says_when_to_come_back() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let mut last = None;
    for n in 0..6 {
        // A token of its own for each, signed a minute ago as if the page
        // had been read first.
        let token = app.state().signer.issue(Timestamp::now().0 - 60 - n);
        last = Some(
            client
                .post_raw(
                    "/segnala-un-problema",
                    &[("csrf_token", &token), ("message", "Il link non funziona")],
                )
                .await,
        );
    }
    let last = last.expect("responses");
    let seconds = retry_after(&last);
    assert!((590..=600).contains(&seconds), "{seconds}");
    assert_eq!(app.db().count_problem_reports().await.expect("count"), 5);
    app.stop().await;
}
