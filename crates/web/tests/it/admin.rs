//! Administration: users and roles, organisations, pages, logs — with bad
//! and hostile input, and that nothing is half-written.

use agoral_domain::{
    accounts::{Email, Role},
    lang::Lang,
};
use reqwest::StatusCode;

use crate::harness::{TestApp, TestClient};

async fn admin(app: &TestApp) -> TestClient {
    let user = app.user("capo@example.org", &[Role::Administrator]).await;
    app.session_for(user.id).await
}

#[tokio::test]
async fn inviting_users_validates_every_field() {
    let app = TestApp::new().await;
    let mut client = admin(&app).await;
    let users_before = app.db().count_users().await.expect("count");
    let long_name = "n".repeat(101);
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (
            vec![
                ("email", "non-valida"),
                ("display_name", "Mario"),
                ("role", "author"),
            ],
            "email valido",
        ),
        (
            vec![
                ("email", "mario@example.org"),
                ("display_name", ""),
                ("role", "author"),
            ],
            "Campo obbligatorio",
        ),
        (
            vec![
                ("email", "mario@example.org"),
                ("display_name", &long_name),
                ("role", "author"),
            ],
            "troppo lungo",
        ),
        (
            vec![("email", "mario@example.org"), ("display_name", "Mario")],
            "almeno un ruolo",
        ),
        (
            vec![
                ("email", "mario@example.org"),
                ("display_name", "Mario"),
                ("role", "superuser"),
            ],
            "almeno un ruolo",
        ),
        (
            vec![
                ("email", "mario@example.org"),
                ("display_name", "Mario"),
                ("role", "author"),
                ("organisation_id", "99999"),
            ],
            "Scegli una delle opzioni",
        ),
        (
            vec![
                ("email", "capo@example.org"),
                ("display_name", "Doppio"),
                ("role", "author"),
            ],
            "Esiste già un utente",
        ),
        (
            vec![
                ("email", "<script>alert(1)</script>@x.org"),
                ("display_name", "<b>x</b>"),
                ("role", "author"),
            ],
            "email valido",
        ),
    ];
    for (fields, expected) in cases {
        let response = client.post_form("/admin/utenti/nuovo", &fields).await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{expected}"
        );
        assert!(response.body.contains(expected), "{expected}");
        assert!(
            !response.body.contains("<script>alert(1)</script>"),
            "escaped"
        );
    }
    assert_eq!(
        app.db().count_users().await.expect("count"),
        users_before,
        "nothing half-written"
    );
    assert_eq!(app.db().unsent_mail_count().await.expect("count"), 0);
    app.stop().await;
}

#[tokio::test]
async fn roles_change_is_audited_and_takes_effect_at_once() {
    let app = TestApp::new().await;
    let mut client = admin(&app).await;
    let author = app.user("autore@example.org", &[Role::Author]).await;
    let mut author_client = app.session_for(author.id).await;
    assert_eq!(
        author_client.get("/admin/utenti").await.status,
        StatusCode::FORBIDDEN
    );
    let path = format!("/admin/utenti/{}", author.id.0);
    assert_eq!(client.get(&path).await.status, StatusCode::OK);
    let response = client
        .post_form(
            &path,
            &[
                ("display_name", "Autore Capo"),
                ("locale", "ar"),
                ("role", "author"),
                ("role", "editor"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let updated = app.db().user(author.id).await.expect("db").expect("user");
    assert!(updated.has_role(Role::Editor) && updated.has_role(Role::Author));
    assert_eq!(updated.locale, Lang::Ar);
    assert_eq!(updated.display_name, "Autore Capo");
    assert_eq!(
        app.db()
            .count_audit_events("user.roles_changed")
            .await
            .expect("count"),
        1
    );
    // The back office now speaks Arabic to this user, right to left.
    let dashboard = author_client.get("/admin").await;
    assert!(dashboard.body.contains("<html lang=\"ar\" dir=\"rtl\">"));

    // An administrator cannot drop their own administrator role.
    let me = app
        .db()
        .user_by_email(&Email::parse("capo@example.org").expect("email"))
        .await
        .expect("db")
        .expect("me");
    let response = client
        .post_form(
            &format!("/admin/utenti/{}", me.id.0),
            &[("display_name", "Capo"), ("role", "editor")],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        app.db()
            .user(me.id)
            .await
            .expect("db")
            .expect("me")
            .has_role(Role::Administrator)
    );
    // Nor disable themselves.
    let response = client
        .post_form(&format!("/admin/utenti/{}/disattiva", me.id.0), &[])
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);

    // Disabling ends the user's sessions; enabling lets them log in again.
    client.post_form(&format!("{path}/disattiva"), &[]).await;
    assert!(
        author_client
            .get("/admin")
            .await
            .location()
            .starts_with("/accedi")
    );
    assert_eq!(
        app.db()
            .count_audit_events("user.disabled")
            .await
            .expect("count"),
        1
    );
    client.post_form(&format!("{path}/riattiva"), &[]).await;
    assert!(
        !app.db()
            .user(author.id)
            .await
            .expect("db")
            .expect("user")
            .disabled
    );
    // Unknown and malformed ids.
    for bad in [
        "/admin/utenti/999999",
        "/admin/utenti/-1",
        "/admin/utenti/1e3",
        "/admin/utenti/99999999999999999999999",
    ] {
        assert_eq!(client.get(bad).await.status, StatusCode::NOT_FOUND, "{bad}");
    }
    app.stop().await;
}

#[tokio::test]
async fn organisations_are_validated_against_the_comuni() {
    let app = TestApp::new().await;
    let mut client = admin(&app).await;
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (vec![("name", ""), ("kind", "comune")], "Campo obbligatorio"),
        (
            vec![("name", "Ente"), ("kind", "chiesa")],
            "Scegli una delle opzioni",
        ),
        (
            vec![
                ("name", "Ente"),
                ("kind", "comune"),
                ("istat_code", "001272"),
            ],
            "Scegli un comune della provincia",
        ),
        (
            vec![("name", "Ente"), ("kind", "comune"), ("istat_code", "6003")],
            "Scegli un comune della provincia",
        ),
        (
            vec![
                ("name", "Ente"),
                ("kind", "comune"),
                ("website", "javascript:alert(1)"),
            ],
            "https://",
        ),
    ];
    for (fields, expected) in cases {
        let response = client
            .post_form("/admin/organizzazioni/nuova", &fields)
            .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{expected}"
        );
        assert!(response.body.contains(expected), "{expected}");
    }
    assert_eq!(app.db().count_organisations().await.expect("count"), 0);
    let response = client
        .post_form(
            "/admin/organizzazioni/nuova",
            &[
                ("name", "Comune di Ovada"),
                ("kind", "comune"),
                ("istat_code", "006121"),
                ("website", "https://www.comune.ovada.al.it"),
                ("network_member", "on"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let duplicate = client
        .post_form(
            "/admin/organizzazioni/nuova",
            &[("name", "Comune di Ovada"), ("kind", "comune")],
        )
        .await;
    assert!(
        duplicate.body.contains("Esiste già un&#39;organizzazione")
            || duplicate.body.contains("Esiste già un'organizzazione")
    );
    let list = client.get("/admin/organizzazioni").await;
    assert!(list.body.contains("Comune di Ovada") && list.body.contains("Ovada"));
    let organisation = app
        .db()
        .organisation_by_name("Comune di Ovada")
        .await
        .expect("db")
        .expect("saved");
    let path = format!("/admin/organizzazioni/{}", organisation.id.0);
    let response = client
        .post_form(
            &path,
            &[
                ("name", "Comune di Ovada (AL)"),
                ("kind", "comune"),
                ("istat_code", "006121"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let saved = app
        .db()
        .organisation(organisation.id)
        .await
        .expect("db")
        .expect("saved");
    assert_eq!(saved.name, "Comune di Ovada (AL)");
    assert!(!saved.network_member, "unchecked box is false");
    app.stop().await;
}

#[tokio::test]
async fn footer_pages_are_editable_per_language() {
    let app = TestApp::new().await;
    let mut client = admin(&app).await;
    assert_eq!(client.get("/admin/pagine").await.status, StatusCode::OK);
    let form = client.get("/admin/pagine/privacy/ar").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("dir=\"rtl\""),
        "the Arabic text is edited right to left"
    );
    let body = "نص جديد مع **تأكيد** و<script>alert(1)</script>";
    let response = client
        .post_form(
            "/admin/pagine/privacy/ar",
            &[("title", "سياسة الخصوصية"), ("body", body)],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let page = app.client().get("/ar/privacy").await;
    assert!(page.body.contains("<strong>تأكيد</strong>"));
    assert!(
        page.body.contains("&lt;script&gt;"),
        "raw HTML shown as text"
    );
    assert!(!page.body.contains("<script>alert"));
    // Bad input keeps the text typed and changes nothing.
    let before = app
        .db()
        .page("note-legali", Lang::It)
        .await
        .expect("db")
        .expect("page");
    let response = client
        .post_form(
            "/admin/pagine/note-legali/it",
            &[("title", ""), ("body", "Testo che non va perso")],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.body.contains("Testo che non va perso"));
    let after = app
        .db()
        .page("note-legali", Lang::It)
        .await
        .expect("db")
        .expect("page");
    assert_eq!(before.body_markdown, after.body_markdown);
    for bad in [
        "/admin/pagine/privacy/de",
        "/admin/pagine/Privacy/it",
        "/admin/pagine/inesistente/it",
    ] {
        assert_eq!(client.get(bad).await.status, StatusCode::NOT_FOUND, "{bad}");
    }
    app.stop().await;
}

#[tokio::test]
async fn audit_log_and_problem_reports_are_listed() {
    let app = TestApp::new().await;
    app.user("qualcuno@example.org", &[Role::Author]).await;
    app.client()
        .post_form(
            "/accedi",
            &[
                ("email", "qualcuno@example.org"),
                ("password", "sbagliata davvero"),
            ],
        )
        .await;
    let mut client = admin(&app).await;
    let log = client.get("/admin/registro").await;
    assert_eq!(log.status, StatusCode::OK);
    assert!(log.body.contains("login.failed"));
    assert_eq!(
        client.get("/admin/registro?pagina=-4").await.status,
        StatusCode::OK
    );
    assert_eq!(
        client.get("/admin/registro?pagina=abc").await.status,
        StatusCode::OK
    );
    assert_eq!(
        client.get("/admin/segnalazioni").await.status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn backups_from_the_browser_with_progress_and_download() {
    let app = TestApp::new().await;
    let mut client = admin(&app).await;
    let page = client.get("/admin/backup").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Nessun archivio"));
    let started = client.post_form("/admin/backup", &[]).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    let job_path = started.location().to_owned();
    assert!(job_path.starts_with("/admin/lavori/"), "{job_path}");
    let waiting = client.get(&job_path).await;
    assert!(waiting.body.contains("<progress") && waiting.body.contains("value=\"0\""));
    assert!(waiting.body.contains("In attesa"));
    assert_eq!(app.run_jobs().await, 1);
    let done = client.get(&job_path).await;
    assert!(
        done.body.contains("value=\"100\"") && done.body.contains("Completato"),
        "{}",
        done.body
    );
    let start = done
        .body
        .find("/admin/backup/file/")
        .expect("download link");
    let end = done.body[start..].find('"').expect("end") + start;
    let download = &done.body[start..end];
    let response = reqwest::Client::new()
        .get(format!("{}{download}", app.base))
        .header(
            "cookie",
            format!("agoral_session={}", client.cookie.clone().expect("cookie")),
        )
        .send()
        .await
        .expect("download");
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{download}: {:?}",
        std::fs::read_dir(app.data_dir().join("backups"))
            .map(|d| d.flatten().map(|e| e.file_name()).collect::<Vec<_>>())
    );
    let bytes = response.bytes().await.expect("bytes");
    let file = app.data_dir().join("scaricato.tar.gz");
    std::fs::write(&file, &bytes).expect("write");
    let content = agoral_web::cli::backup::read_backup(&file).expect("a valid backup");
    assert_eq!(content.manifest.tables["comuni"], 187);
    // Progress was recorded on the way.
    let id: i64 = job_path
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("id");
    let status = app.db().job_status(id).await.expect("db").expect("job");
    assert_eq!(status.progress_done, status.progress_total);
    assert!(status.progress_total >= 13);
    for bad in [
        "/admin/backup/file/..%2F..%2Fagoral.db",
        "/admin/backup/file/agoral.db",
        "/admin/backup/file/agoral-backup-1.tar.gz",
    ] {
        assert_eq!(client.get(bad).await.status, StatusCode::NOT_FOUND, "{bad}");
    }
    // Other roles cannot download backups.
    let editor = app
        .user("caporedattrice@example.org", &[Role::Editor])
        .await;
    let mut editor = app.session_for(editor.id).await;
    assert_eq!(editor.get(download).await.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test]
async fn an_administrator_resets_a_lost_second_factor() {
    let app = TestApp::new().await;
    let mut client = admin(&app).await;
    let operator = app.user("operatore@example.org", &[Role::Operator]).await;
    assert!(operator.totp_enabled);
    let mut operator_client = app.session_for(operator.id).await;
    let path = format!("/admin/utenti/{}", operator.id.0);
    assert!(
        client
            .get(&path)
            .await
            .body
            .contains("reimposta-due-fattori")
    );
    let response = client
        .post_form(&format!("{path}/reimposta-due-fattori"), &[])
        .await;
    assert_eq!(
        response.location(),
        "/admin/utenti?fatto=due-fattori-reimpostati"
    );
    assert!(
        !app.db()
            .user(operator.id)
            .await
            .expect("db")
            .expect("user")
            .totp_enabled
    );
    assert!(
        operator_client
            .get("/admin")
            .await
            .location()
            .starts_with("/accedi"),
        "sessions ended"
    );
    assert_eq!(
        app.db()
            .count_audit_events("two_factor.disabled")
            .await
            .expect("count"),
        1
    );
    // At the next login the operator must set it up again before anything else.
    let mut again = app.client();
    again
        .post_form(
            "/accedi",
            &[
                ("email", "operatore@example.org"),
                ("password", crate::harness::PASSWORD),
            ],
        )
        .await;
    assert_eq!(again.get("/admin").await.location(), "/account/due-fattori");
    app.stop().await;
}
