//! Backups and restores (database and media), and `agoral check`.

use agoral_db::media::NewMedia;
use agoral_domain::{accounts::Role, lang::Lang, pages::PageInput};
use agoral_web::cli::{backup, check};
use reqwest::StatusCode;

use crate::harness::{PASSWORD, TestApp};

async fn sample_content(app: &TestApp) {
    app.user("redattrice@example.org", &[Role::Author, Role::Editor])
        .await;
    let input = agoral_domain::organisations::OrganisationInput::parse(
        "Prefettura di Alessandria",
        "prefettura",
        "006003",
        "",
        true,
    )
    .expect("valid");
    app.db()
        .create_organisation(&input)
        .await
        .expect("organisation");
    let page = PageInput::parse("Privacy", "Testo modificato con àccènti e عربي").expect("valid");
    app.db()
        .save_page("privacy", Lang::It, &page, None)
        .await
        .expect("page");
    app.state()
        .media
        .put("2026/11/foto.jpg", b"\xff\xd8\xff\xe0 jpeg bytes".to_vec())
        .await
        .expect("media");
    app.db()
        .create_media(&NewMedia {
            storage_key: "2026/11/foto.jpg",
            content_type: "image/jpeg",
            size_bytes: 16,
            sha256: "x",
            width: 4,
            height: 3,
            original_name: "foto.jpg",
            created_by: None,
        })
        .await
        .expect("media row");
}

#[tokio::test]
async fn backup_while_serving_and_restore_into_a_fresh_instance() {
    let source = TestApp::new().await;
    sample_content(&source).await;
    let file = source.data_dir().join("copia.tar.gz");

    // Writes go on while the backup is taken; the backup is a consistent snapshot.
    let state = source.state().clone();
    let writer = tokio::spawn(async move {
        for i in 0..50 {
            let input = agoral_domain::problem_reports::ProblemReportInput::parse(
                "/",
                &format!("Segnalazione numero {i}"),
                "",
                Lang::It,
            )
            .expect("valid");
            state.db.create_problem_report(&input).await.expect("write");
        }
    });
    let manifest =
        backup::write_backup(source.db(), &source.state().media, &file, &mut |_, _, _| {})
            .await
            .expect("backup");
    writer.await.expect("writer");
    assert_eq!(manifest.media_files, 1);
    assert_eq!(manifest.tables["comuni"], 187);
    let content = backup::read_backup(&file).expect("a valid backup");
    assert_eq!(
        content.manifest.tables["users"], 2,
        "first admin and the redattrice"
    );

    let target = TestApp::new().await;
    let restored = backup::restore_into(target.db(), &target.state().media, content, false)
        .await
        .expect("restore");
    assert!(restored > 187);
    assert_eq!(target.db().count_users().await.expect("count"), 2);
    assert_eq!(
        target.db().organisations().await.expect("orgs")[0].name,
        "Prefettura di Alessandria"
    );
    let page = target
        .db()
        .page("privacy", Lang::It)
        .await
        .expect("db")
        .expect("page");
    assert_eq!(page.body_markdown, "Testo modificato con àccènti e عربي");
    assert_eq!(
        target
            .state()
            .media
            .get("2026/11/foto.jpg")
            .await
            .expect("get")
            .expect("file"),
        b"\xff\xd8\xff\xe0 jpeg bytes"
    );
    // The restored account logs in with its password, and new rows get new ids.
    target.login("redattrice@example.org").await;
    let new_org = agoral_domain::organisations::OrganisationInput::parse(
        "Questura di Alessandria",
        "questura",
        "",
        "",
        true,
    )
    .expect("valid");
    target
        .db()
        .create_organisation(&new_org)
        .await
        .expect("ids continue after the restored rows");
    assert!(
        check::problems(&target.state().config)
            .await
            .expect("check")
            .is_empty()
    );
    let _ = PASSWORD;
    source.stop().await;
    target.stop().await;
}

#[tokio::test]
async fn bad_backups_are_refused_and_change_nothing() {
    let app = TestApp::new().await;
    sample_content(&app).await;
    let dir = app.data_dir();
    let users_before = app.db().count_users().await.expect("count");

    let garbage = dir.join("garbage.tar.gz");
    std::fs::write(&garbage, b"this is not a backup").expect("write");
    assert!(backup::read_backup(&garbage).is_err());

    // A real backup whose manifest no longer matches its tables.
    let good = dir.join("good.tar.gz");
    backup::write_backup(app.db(), &app.state().media, &good, &mut |_, _, _| {})
        .await
        .expect("backup");
    let mut content = backup::read_backup(&good).expect("valid");
    content.manifest.schema_version += 1;
    let error = backup::restore_into(app.db(), &app.state().media, content, false)
        .await
        .expect_err("schema mismatch");
    assert!(error.to_string().contains("schema version"), "{error}");

    // A row with a column this version does not know: the transaction rolls back.
    let mut content = backup::read_backup(&good).expect("valid");
    if let Some((_, row)) = content.rows.iter_mut().find(|(t, _)| t == "users") {
        row.insert("favourite_colour".into(), serde_json::Value::from("blu"));
    }
    let error = backup::restore_into(app.db(), &app.state().media, content, false)
        .await
        .expect_err("unknown column");
    assert!(error.to_string().contains("columns"), "{error}");
    assert_eq!(
        app.db().count_users().await.expect("count"),
        users_before,
        "nothing half-written"
    );
    assert_eq!(app.db().count_comuni().await.expect("count"), 187);
    let mut client = app.client();
    assert_eq!(client.get("/").await.status, StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn check_reports_missing_media_files() {
    let app = TestApp::new().await;
    sample_content(&app).await;
    assert!(
        check::problems(&app.state().config)
            .await
            .expect("check")
            .is_empty()
    );
    app.state()
        .media
        .delete("2026/11/foto.jpg")
        .await
        .expect("delete");
    let problems = check::problems(&app.state().config).await.expect("check");
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("2026/11/foto.jpg"));
    app.stop().await;
}

/// A backup moves between backends: SQLite → PostgreSQL and back. It needs
/// both, so `scripts/test` runs it in the PostgreSQL pass and leaves it out
/// of the SQLite pass by name (`--skip`); run alone without PostgreSQL it
/// fails, saying what it needs.
#[tokio::test]
async fn backups_move_between_sqlite_and_postgresql() {
    assert!(
        crate::harness::postgres_admin_url().is_some(),
        "set AGORAL_TEST_POSTGRES to a PostgreSQL admin URL"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let sqlite = agoral_db::Db::connect(
        &format!("sqlite://{}?mode=rwc", dir.path().join("a.db").display()),
        2,
    )
    .await
    .expect("sqlite");
    sqlite.migrate().await.expect("migrate");
    agoral_web::setup::bootstrap(&sqlite)
        .await
        .expect("bootstrap");
    let page = PageInput::parse("Note", "Scritto su SQLite: ünïcödé عربي").expect("valid");
    sqlite
        .save_page("note-legali", Lang::Fr, &page, None)
        .await
        .expect("page");
    let media = agoral_web::storage::MediaStore::local(&dir.path().join("media")).expect("media");

    // SQLite → PostgreSQL.
    let file = dir.path().join("from-sqlite.tar.gz");
    backup::write_backup(&sqlite, &media, &file, &mut |_, _, _| {})
        .await
        .expect("backup");
    let postgres = TestApp::new().await;
    backup::restore_into(
        postgres.db(),
        &postgres.state().media,
        backup::read_backup(&file).expect("read"),
        false,
    )
    .await
    .expect("restore into PostgreSQL");
    let restored = postgres
        .db()
        .page("note-legali", Lang::Fr)
        .await
        .expect("db")
        .expect("page");
    assert_eq!(restored.body_markdown, "Scritto su SQLite: ünïcödé عربي");
    assert_eq!(postgres.db().count_users().await.expect("count"), 1);

    // PostgreSQL → SQLite.
    let input =
        agoral_domain::organisations::OrganisationInput::parse("ASL AL", "asl", "006003", "", true)
            .expect("valid");
    postgres
        .db()
        .create_organisation(&input)
        .await
        .expect("organisation");
    let back = dir.path().join("from-postgres.tar.gz");
    backup::write_backup(
        postgres.db(),
        &postgres.state().media,
        &back,
        &mut |_, _, _| {},
    )
    .await
    .expect("backup");
    let fresh = agoral_db::Db::connect(
        &format!("sqlite://{}?mode=rwc", dir.path().join("b.db").display()),
        2,
    )
    .await
    .expect("sqlite");
    fresh.migrate().await.expect("migrate");
    backup::restore_into(
        &fresh,
        &media,
        backup::read_backup(&back).expect("read"),
        false,
    )
    .await
    .expect("restore into SQLite");
    assert_eq!(fresh.organisations().await.expect("orgs")[0].name, "ASL AL");
    assert_eq!(fresh.count_comuni().await.expect("count"), 187);
    assert!(fresh.integrity_problems().await.expect("check").is_empty());
    postgres.stop().await;
}

/// A table missing from the backup's list would be silently lost by a
/// backup and restore: every table is in it, or left out on purpose
/// (sessions and throttling are not worth restoring; the change feed and
/// the migrations' own table are rebuilt).
#[tokio::test]
async fn every_table_is_backed_up_or_left_out_on_purpose() {
    let app = TestApp::new().await;
    let sql = match app.db().backend() {
        agoral_db::Backend::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table'",
        agoral_db::Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
             WHERE table_schema = current_schema()"
        }
    };
    let names: Vec<String> = sqlx::query_scalar(sql)
        .fetch_all(app.db().pool())
        .await
        .expect("tables");
    assert!(names.len() > 40, "{names:?}");
    let left_out = [
        "_sqlx_migrations",
        "sqlite_sequence",
        "changes",
        "login_throttle",
        "sessions",
        "used_form_tokens",
    ];
    for name in &names {
        assert!(
            agoral_db::backup::TABLES.contains(&name.as_str()) || left_out.contains(&name.as_str()),
            "{name} is neither backed up nor left out on purpose"
        );
    }
    app.stop().await;
}
