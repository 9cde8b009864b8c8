//! The `agoral` binary as a newcomer runs it: `serve` on an empty folder,
//! the printed administrator login, user management, backup and restore,
//! configuration errors, and a graceful stop.

use std::{
    path::Path,
    process::{Command, Stdio},
    time::Duration,
};

use tokio::io::{AsyncBufReadExt, BufReader};

use crate::harness::{TestClient, fresh_database_url};

const BIN: &str = env!("CARGO_BIN_EXE_agoral");

/// Runs `agoral` with these arguments in `dir` and returns (success, stdout, stderr).
fn agoral(dir: &Path, database_url: &str, args: &[&str]) -> (bool, String, String) {
    let output = Command::new(BIN)
        .current_dir(dir)
        .args(args)
        .env("AGORAL_DATABASE_URL", database_url)
        .env("AGORAL_LOG", "warn")
        .env_remove("AGORAL_LISTEN")
        .stdin(Stdio::null())
        .output()
        .expect("run agoral");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

struct Served {
    child: tokio::process::Child,
    url: String,
    stdout: Vec<String>,
}

async fn serve(dir: &Path, database_url: &str, extra: &[&str]) -> Served {
    let mut child = tokio::process::Command::new(BIN)
        .current_dir(dir)
        .arg("serve")
        .args(["--listen", "127.0.0.1:0"])
        .args(extra)
        .env("AGORAL_DATABASE_URL", database_url)
        .env("AGORAL_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start agoral serve");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut stdout = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    let url = loop {
        let line = tokio::time::timeout_at(deadline, lines.next_line())
            .await
            .expect("serve prints its address")
            .expect("read")
            .expect("a line");
        stdout.push(line.clone());
        if let Some(rest) = line.strip_prefix("AgorAL is running at ") {
            break rest
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .trim_end_matches('/')
                .to_owned();
        }
    };
    // The first administrator's banner, on a first start only.
    while let Ok(Ok(Some(line))) =
        tokio::time::timeout(Duration::from_millis(700), lines.next_line()).await
    {
        let last = line.contains("two-factor");
        stdout.push(line);
        if last {
            break;
        }
    }
    // Keep reading, as a terminal would.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Served { child, url, stdout }
}

fn password_from(stdout: &[String]) -> Option<String> {
    stdout
        .iter()
        .find_map(|l| l.trim().strip_prefix("password: ").map(str::to_owned))
}

#[tokio::test]
async fn serve_on_an_empty_folder_prints_the_admin_login_once_and_stops_gracefully() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = fresh_database_url(dir.path()).await;
    let mut served = serve(dir.path(), &url, &["--demo"]).await;
    // Read the rest of the banner.
    let text = served.stdout.join("\n");
    assert!(
        text.contains("AgorAL is running at http://127.0.0.1:"),
        "{text}"
    );
    let mut client = TestClient::new(&served.url);
    let home = client.get("/").await;
    assert_eq!(home.status, reqwest::StatusCode::OK);
    assert!(home.body.contains("187"));
    assert_eq!(client.get("/readyz").await.status, reqwest::StatusCode::OK);
    if url.starts_with("sqlite") {
        assert!(dir.path().join("agoral.db").exists());
        assert!(dir.path().join("agoral-data/media").is_dir());
    }
    // SIGTERM: finishes and exits cleanly.
    let pid = served.child.id().expect("pid");
    Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill");
    let status = tokio::time::timeout(Duration::from_secs(20), served.child.wait())
        .await
        .expect("stops in time")
        .expect("wait");
    assert!(status.success(), "graceful exit: {status}");
}

#[tokio::test]
async fn first_admin_password_works_and_is_printed_only_on_the_first_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = fresh_database_url(dir.path()).await;
    let (ok, out, err) = agoral(dir.path(), &url, &["migrate"]);
    assert!(ok, "{out}{err}");
    let mut first = serve(dir.path(), &url, &[]).await;
    let password = password_from(&first.stdout)
        .unwrap_or_else(|| panic!("password printed: {:?}", first.stdout));
    let mut client = TestClient::new(&first.url);
    let login = client
        .post_form(
            "/accedi",
            &[("email", "admin@agoral.local"), ("password", &password)],
        )
        .await;
    assert_eq!(login.status, reqwest::StatusCode::SEE_OTHER);
    // An administrator sets up two-factor login first.
    assert_eq!(
        client.get("/admin").await.location(),
        "/account/due-fattori"
    );
    first.child.kill().await.expect("kill");

    let mut second = serve(dir.path(), &url, &[]).await;
    assert!(
        password_from(&second.stdout).is_none(),
        "no new password on the second start"
    );
    second.child.kill().await.expect("kill");
}

#[tokio::test]
async fn user_management_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = fresh_database_url(dir.path()).await;
    let (ok, out, err) = agoral(
        dir.path(),
        &url,
        &[
            "user",
            "create",
            "--email",
            "Redazione@Example.org",
            "--name",
            "Redazione",
            "--roles",
            "editor,author",
        ],
    );
    assert!(ok, "{out}{err}");
    assert!(out.contains("/invito/"), "a one-time link: {out}");
    let (ok, out, _) = agoral(dir.path(), &url, &["user", "list"]);
    assert!(ok);
    assert!(
        out.contains("redazione@example.org")
            && out.contains("editor,author")
            && out.contains("invited"),
        "{out}"
    );
    let (ok, out, _) = agoral(
        dir.path(),
        &url,
        &[
            "user",
            "set-role",
            "redazione@example.org",
            "--roles",
            "analyst",
        ],
    );
    assert!(ok, "{out}");
    let (ok, out, _) = agoral(
        dir.path(),
        &url,
        &["user", "disable", "redazione@example.org"],
    );
    assert!(ok, "{out}");
    let (_, out, _) = agoral(dir.path(), &url, &["user", "list"]);
    assert!(out.contains("analyst") && out.contains("disabled"), "{out}");
    let (ok, out, _) = agoral(
        dir.path(),
        &url,
        &["user", "reset-password", "redazione@example.org"],
    );
    assert!(ok && out.contains("/password/reimposta/"), "{out}");
    // Bad input: clear messages, non-zero exit, nothing created.
    let cases: [(&[&str], &str); 5] = [
        (
            &[
                "user", "create", "--email", "x", "--name", "X", "--roles", "editor",
            ],
            "email",
        ),
        (
            &[
                "user",
                "create",
                "--email",
                "a@example.org",
                "--name",
                "A",
                "--roles",
                "chef",
            ],
            "unknown role \"chef\"",
        ),
        (
            &[
                "user",
                "create",
                "--email",
                "redazione@example.org",
                "--name",
                "B",
                "--roles",
                "author",
            ],
            "exists already",
        ),
        (&["user", "disable", "nessuno@example.org"], "no user"),
        (
            &["user", "set-role", "redazione@example.org", "--roles", ""],
            "at least one role",
        ),
    ];
    for (args, expected) in cases {
        let (ok, out, err) = agoral(dir.path(), &url, args);
        assert!(!ok, "{args:?} should fail");
        assert!(err.contains(expected), "{args:?}: {out}{err}");
    }
    let (_, out, _) = agoral(dir.path(), &url, &["user", "list"]);
    assert_eq!(out.lines().count(), 2, "header and redazione: {out}");
}

#[tokio::test]
async fn configuration_errors_name_the_setting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = Command::new(BIN)
        .current_dir(dir.path())
        .args(["config"])
        .env("AGORAL_LISTEN", "not-an-address")
        .output()
        .expect("run");
    assert!(!output.status.success());
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("`listen`") && err.contains("AGORAL_LISTEN"),
        "{err}"
    );
    std::fs::write(dir.path().join("agoral.toml"), "listen = \"127.0.0.1:9999\"\nsmtp_password = \"segreto\"\nsmtp_host = \"mail.example.org\"\n").expect("write");
    let output = Command::new(BIN)
        .current_dir(dir.path())
        .args(["config"])
        .env_remove("AGORAL_LISTEN")
        .output()
        .expect("run");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{out}");
    assert!(out.contains("listen = 127.0.0.1:9999"));
    assert!(!out.contains("segreto"), "secrets are hidden: {out}");
    std::fs::write(
        dir.path().join("agoral.toml"),
        "lisen = \"127.0.0.1:9999\"\n",
    )
    .expect("write");
    let output = Command::new(BIN)
        .current_dir(dir.path())
        .args(["config"])
        .output()
        .expect("run");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown setting `lisen`"));
}

#[tokio::test]
async fn backup_restore_and_check_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = fresh_database_url(dir.path()).await;
    let (ok, out, err) = agoral(
        dir.path(),
        &url,
        &[
            "user",
            "create",
            "--email",
            "analista@example.org",
            "--name",
            "Analista",
            "--roles",
            "analyst",
        ],
    );
    assert!(ok, "{out}{err}");
    let (ok, out, err) = agoral(dir.path(), &url, &["check"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("All checks passed"));
    let (ok, out, err) = agoral(dir.path(), &url, &["backup", "--output", "copia.tar.gz"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("Backup written to copia.tar.gz"), "{out}");
    assert!(err.contains("100%"), "progress shown: {err}");
    let (ok, _, _) = agoral(
        dir.path(),
        &url,
        &[
            "user",
            "create",
            "--email",
            "dopo@example.org",
            "--name",
            "Dopo",
            "--roles",
            "author",
        ],
    );
    assert!(ok);
    // Without --yes and without a terminal answer, nothing happens.
    let (ok, _, err) = agoral(dir.path(), &url, &["restore", "copia.tar.gz"]);
    assert!(!ok && err.contains("cancelled"), "{err}");
    let (ok, out, err) = agoral(dir.path(), &url, &["restore", "copia.tar.gz", "--yes"]);
    assert!(ok, "{out}{err}");
    let (_, out, _) = agoral(dir.path(), &url, &["user", "list"]);
    assert!(
        out.contains("analista@example.org") && !out.contains("dopo@example.org"),
        "{out}"
    );
    let (ok, _, err) = agoral(
        dir.path(),
        &url,
        &["restore", "no-such-file.tar.gz", "--yes"],
    );
    assert!(!ok && err.contains("no-such-file.tar.gz"), "{err}");
}

#[tokio::test]
async fn reindex_alone_and_beside_a_running_server() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = fresh_database_url(dir.path()).await;
    let mut served = serve(dir.path(), &url, &["--demo"]).await;
    let http = reqwest::Client::new();
    let search = format!("{}/cerca?q=biblioteca", served.url);
    let find = || async {
        http.get(&search)
            .send()
            .await
            .expect("search")
            .text()
            .await
            .expect("body")
    };
    // A first start builds the index in the background while it serves.
    let mut indexed = false;
    for _ in 0..100 {
        if find().await.contains("corso serale di italiano") {
            indexed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(indexed, "demo stories indexed soon after start");
    // Beside the server: the server rebuilds its own index, still answering.
    let (ok, out, err) = agoral(dir.path(), &url, &["reindex"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("rebuilding its own"), "{out}");
    for _ in 0..50 {
        assert!(
            find().await.contains("corso serale di italiano"),
            "search answers during the rebuild"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    served.child.kill().await.expect("kill");
    let _ = served.child.wait().await;
    // Alone: rebuilt here, with a progress bar.
    let (ok, out, err) = agoral(dir.path(), &url, &["reindex"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("Search index rebuilt: 4 stories"), "{out}");
    assert!(err.contains("100%"), "progress shown: {err}");
}

#[tokio::test]
async fn import_a_dataset_from_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = fresh_database_url(dir.path()).await;
    let file = dir.path().join("permessi.csv");
    std::fs::write(
        &file,
        "anno;permessi;quota\n2022;1.234;12,5\n2023;1.301;n.d.\n2024;1.402;13,1\n",
    )
    .expect("write");
    let path = file.to_string_lossy().into_owned();
    let (ok, stdout, stderr) = agoral(
        dir.path(),
        &url,
        &[
            "import",
            "--dataset",
            "permessi",
            "--title",
            "Permessi",
            &path,
        ],
    );
    assert!(ok, "{stdout}\n{stderr}");
    assert!(stdout.contains("3 rows imported"), "{stdout}");
    assert!(
        stderr.contains("permessi (integer)"),
        "the columns it read: {stderr}"
    );
    assert!(stderr.contains("import"), "a progress line: {stderr}");

    // A bad value (with the type forced): refused with its line, column and
    // value, and version 1 stays the current one.
    std::fs::write(&file, "anno;permessi;quota\n2025;1.500;1\n2026;tanti;2\n").expect("write");
    let (ok, stdout, stderr) = agoral(
        dir.path(),
        &url,
        &[
            "import",
            "--dataset",
            "permessi",
            "--type",
            "permessi=integer",
            &path,
        ],
    );
    assert!(!ok, "{stdout}\n{stderr}");
    assert!(stderr.contains("line 3"), "{stderr}");
    assert!(stderr.contains("\"permessi\""), "{stderr}");
    assert!(stderr.contains("\"tanti\""), "{stderr}");
    let (ok, stdout, stderr) = agoral(dir.path(), &url, &["import", "--dataset", "nessuno", &path]);
    assert!(!ok, "{stdout}");
    assert!(stderr.contains("--title"), "{stderr}");
}

#[tokio::test]
async fn run_jobs_does_once_what_the_worker_does_over_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = fresh_database_url(dir.path()).await;
    // A mail waits in the outbox; a feed is due (on a port nobody answers).
    let (ok, out, err) = agoral(
        dir.path(),
        &url,
        &[
            "user",
            "create",
            "--email",
            "redazione@example.org",
            "--name",
            "Redazione",
            "--roles",
            "editor",
        ],
    );
    assert!(ok, "{out}{err}");
    let db = agoral_db::Db::connect(&url, 1).await.expect("connect");
    let org = db
        .create_organisation(
            &agoral_domain::organisations::OrganisationInput::parse(
                "Prefettura di prova",
                "prefettura",
                "",
                "",
                true,
            )
            .expect("valid"),
        )
        .await
        .expect("organisation");
    let feed = db
        .create_feed(org, "http://127.0.0.1:9/rss.xml", 60, true)
        .await
        .expect("db")
        .expect("feed");
    db.enqueue_mail("redazione@example.org", "Prova", "Un messaggio in attesa.")
        .await
        .expect("mail");

    let (ok, out, err) = agoral(dir.path(), &url, &["run-jobs"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("1 feeds polled."), "{out}");
    assert!(out.contains("1 jobs run."), "{out}");
    assert_eq!(db.unsent_mail_count().await.expect("db"), 0, "mail sent");
    let polled = db.feed(feed).await.expect("db").expect("feed");
    assert!(polled.last_checked_at.is_some(), "the poll is recorded");
    assert_eq!(polled.failures, 1);
    // Nothing is due any more: the feed waits for its backoff.
    let (ok, out, err) = agoral(dir.path(), &url, &["run-jobs"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("0 feeds polled."), "{out}");
    assert!(out.contains("0 jobs run."), "{out}");
    db.close().await;
}
