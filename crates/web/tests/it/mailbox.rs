//! The intake's mailbox against a real IMAP server: Debian's Dovecot,
//! started by each test on 127.0.0.1 with implicit TLS (a certificate from
//! a CA the test makes with `openssl`), one passwd-file user and a maildir
//! in a temporary folder. Messages are delivered the way a mail server
//! does: written into the maildir's `tmp/`, then moved into `new/`.

use std::{
    net::TcpListener,
    path::{Path, PathBuf},
    process::Stdio,
    sync::atomic::{AtomicU64, Ordering},
    time::Duration,
};

use agoral_db::Db;
use agoral_domain::{
    intake::{IntakeId, Note},
    mailbox::MailboxStatus,
    organisations::{OrganisationId, OrganisationInput},
};
use agoral_web::intake::mailbox::{self, Checked, Report};
use tokio::process::{Child, Command};

use crate::harness::TestApp;

const USER: &str = "comunicati";
const PASSWORD: &str = "una password per la casella";

static DELIVERED: AtomicU64 = AtomicU64::new(0);

/// A Dovecot of the test's own: its own config, base and state folders, so
/// it never touches a Dovecot of the system.
struct Dovecot {
    child: Child,
    /// Implicit TLS.
    port: u16,
    /// Plain IMAP that must be upgraded with STARTTLS before logging in.
    starttls_port: u16,
    dir: tempfile::TempDir,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

fn run(program: &str, args: &[&str], dir: &Path) {
    let output = std::process::Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("{program} (installed by scripts/test): {e}"));
    assert!(
        output.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

impl Dovecot {
    async fn start() -> Dovecot {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        // Dovecot's own processes run as its unprivileged users and must
        // reach the folders; the test's files hold nothing secret.
        set_mode(root, 0o755);
        // A CA, and a server certificate it signs for 127.0.0.1 (rustls
        // refuses a CA certificate used as the server's own).
        std::fs::write(
            root.join("server.ext"),
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n\
             keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
        )
        .expect("write");
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"];
        let mut ca_args = vec!["req", "-x509", "-nodes", "-days", "2"];
        ca_args.extend(ec);
        ca_args.extend([
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-subj",
            "/CN=AgorAL test CA",
        ]);
        run("openssl", &ca_args, root);
        let mut csr_args = vec!["req", "-nodes"];
        csr_args.extend(ec);
        csr_args.extend([
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=127.0.0.1",
        ]);
        run("openssl", &csr_args, root);
        run(
            "openssl",
            &[
                "x509",
                "-req",
                "-in",
                "server.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                "server.ext",
                "-out",
                "server.pem",
            ],
            root,
        );
        for sub in ["run", "state", "home"] {
            std::fs::create_dir_all(root.join(sub)).expect("mkdir");
        }
        set_mode(&root.join("home"), 0o777);
        for key in ["server.key", "ca.key"] {
            set_mode(&root.join(key), 0o644);
        }
        std::fs::write(root.join("passwd"), format!("{USER}:{{PLAIN}}{PASSWORD}\n"))
            .expect("write");
        set_mode(&root.join("passwd"), 0o644);

        // As root (CI), mail is handled as Dovecot's own user; otherwise
        // everything runs as the current user.
        let (uid, users) = current_user();
        let mail_user = if uid == 0 {
            "dovecot".to_owned()
        } else {
            uid.to_string()
        };
        let port = free_port();
        let starttls_port = free_port();
        let root_text = root.display();
        let config = format!(
            "protocols = imap\n\
             listen = 127.0.0.1\n\
             base_dir = {root_text}/run\n\
             state_dir = {root_text}/state\n\
             instance_name = agoral-test-{port}\n\
             log_path = {root_text}/dovecot.log\n\
             {users}\
             ssl = required\n\
             ssl_cert = <{root_text}/server.pem\n\
             ssl_key = <{root_text}/server.key\n\
             auth_mechanisms = plain login\n\
             passdb {{\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u {root_text}/passwd\n}}\n\
             userdb {{\n  driver = static\n  args = uid={mail_user} gid={mail_user} home={root_text}/home/%u\n}}\n\
             first_valid_uid = 1\n\
             mail_location = maildir:~/Maildir\n\
             service imap-login {{\n  inet_listener imap {{\n    port = {starttls_port}\n  }}\n  \
             inet_listener imaps {{\n    port = {port}\n    ssl = yes\n  }}\n}}\n"
        );
        std::fs::write(root.join("dovecot.conf"), config).expect("write");
        let maildir = root.join("home").join(USER).join("Maildir");
        for sub in ["tmp", "new", "cur"] {
            std::fs::create_dir_all(maildir.join(sub)).expect("maildir");
        }
        for path in [
            root.join("home").join(USER),
            maildir.clone(),
            maildir.join("tmp"),
            maildir.join("new"),
            maildir.join("cur"),
        ] {
            set_mode(&path, 0o777);
        }
        let child = Command::new("dovecot")
            .arg("-F")
            .arg("-c")
            .arg(root.join("dovecot.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("dovecot (Debian's dovecot-imapd, installed by scripts/test)");
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Dovecot {
                    child,
                    port,
                    starttls_port,
                    dir,
                };
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let log = std::fs::read_to_string(root.join("dovecot.log")).unwrap_or_default();
        panic!("dovecot did not start on port {port}:\n{log}");
    }

    fn ca_file(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }

    fn maildir(&self) -> PathBuf {
        self.dir.path().join("home").join(USER).join("Maildir")
    }

    /// An app whose mailbox is this server's.
    async fn app(&self, extra: &[(&'static str, String)]) -> TestApp {
        let mut builder = TestApp::builder()
            .setting("mailbox_host", "127.0.0.1")
            .setting("mailbox_port", self.port.to_string())
            .setting("mailbox_user", USER)
            .setting("mailbox_password", PASSWORD)
            .setting("mailbox_ca_file", self.ca_file().display().to_string());
        for (key, value) in extra {
            builder = builder.setting(key, value.clone());
        }
        builder.build().await
    }

    /// Delivers a message as a mail server does.
    fn deliver(&self, raw: &[u8]) {
        let n = DELIVERED.fetch_add(1, Ordering::Relaxed);
        let name = format!(
            "{}.M{n}P{}.agoral-test",
            1_700_000_000 + n,
            std::process::id()
        );
        let tmp = self.maildir().join("tmp").join(&name);
        std::fs::write(&tmp, raw).expect("write message");
        set_mode(&tmp, 0o666);
        std::fs::rename(&tmp, self.maildir().join("new").join(&name)).expect("deliver");
    }

    /// Gives the folder a new UIDVALIDITY, as a server rebuilding its
    /// indexes does.
    fn renumber(&self, uid_validity: u32) {
        run(
            "doveadm",
            &[
                "-c",
                &self.dir.path().join("dovecot.conf").display().to_string(),
                "mailbox",
                "update",
                "-u",
                USER,
                "--uid-validity",
                &uid_validity.to_string(),
                "INBOX",
            ],
            self.dir.path(),
        );
    }

    async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// The current uid, and the `default_*_user` lines Dovecot needs when it
/// does not run as root.
fn current_user() -> (u32, String) {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self")
        .map(|m| m.uid())
        .unwrap_or(0);
    if uid == 0 {
        return (0, String::new());
    }
    let name = std::process::Command::new("id")
        .arg("-un")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    (
        uid,
        format!("default_internal_user = {name}\ndefault_login_user = {name}\n"),
    )
}

/// A message: headers as given, then a body.
fn message(headers: &[(&str, &str)], body: &str) -> Vec<u8> {
    let mut raw = String::new();
    for (name, value) in headers {
        raw.push_str(&format!("{name}: {value}\r\n"));
    }
    raw.push_str("\r\n");
    raw.push_str(body);
    raw.into_bytes()
}

const PASS: &str = "mx.provincia.example; dmarc=pass (p=reject) header.from=prefettura.it";
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

fn release_with_pdf(message_id: &str, authentication: Option<&str>) -> Vec<u8> {
    let mut headers = Vec::new();
    if let Some(result) = authentication {
        headers.push(("Authentication-Results", result));
    }
    let id = format!("<{message_id}>");
    headers.extend([
        ("From", "Ufficio stampa <ufficio.stampa@prefettura.it>"),
        ("To", "comunicati@example.org"),
        (
            "Subject",
            "=?UTF-8?Q?Accoglienza:_nuovo_bando_per_l'inclusione?=",
        ),
        ("Date", "Tue, 04 Mar 2025 10:15:00 +0100"),
        ("Message-ID", id.as_str()),
        ("MIME-Version", "1.0"),
        ("Content-Type", "multipart/mixed; boundary=\"b1\""),
    ]);
    let body = format!(
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         La Prefettura comunica l'apertura del bando.\r\n\r\nSecondo paragrafo.\r\n\
         --b1\r\nContent-Type: application/pdf\r\n\
         Content-Disposition: attachment; filename=\"bando.pdf\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{}\r\n--b1--\r\n",
        data_encoding::BASE64.encode(PDF)
    );
    message(&headers, &body)
}

fn plain(from: &str, subject: &str, message_id: Option<&str>, body: &str) -> Vec<u8> {
    let id = message_id.map(|m| format!("<{m}>"));
    let mut headers = vec![("From", from), ("Subject", subject)];
    if let Some(id) = &id {
        headers.push(("Message-ID", id.as_str()));
    }
    message(&headers, body)
}

async fn verified_prefettura(app: &TestApp) -> OrganisationId {
    let db = app.db();
    let editor = app
        .user(
            "caporedattore@example.org",
            &[agoral_domain::accounts::Role::Editor],
        )
        .await;
    let input = OrganisationInput::parse(
        "Prefettura di Alessandria (esempio)",
        "altro",
        "006003",
        "",
        true,
    )
    .expect("valid");
    let organisation = db.create_organisation(&input).await.expect("organisation");
    db.add_organisation_sender(organisation, "prefettura.it", true, Some(editor.id.0))
        .await
        .expect("sender")
        .expect("new sender");
    organisation
}

async fn check(app: &TestApp) -> Report {
    match mailbox::check(app.state(), "test").await.expect("check") {
        Checked::Done(report) => report,
        other => panic!("mailbox not read: {other:?}"),
    }
}

/// Every item: (id, status, organisation, title, body), oldest first.
async fn items(db: &Db) -> Vec<(IntakeId, String, Option<i64>, String, String)> {
    let rows: Vec<(i64, String, Option<i64>, String, String)> = sqlx::query_as(
        "SELECT id, status, organisation_id, title, body FROM intake_items ORDER BY id",
    )
    .fetch_all(db.pool())
    .await
    .expect("items");
    rows.into_iter()
        .map(|(id, status, org, title, body)| (IntakeId(id), status, org, title, body))
        .collect()
}

async fn item_titled(db: &Db, title: &str) -> (IntakeId, String, Option<i64>, String) {
    let all = items(db).await;
    let found: Vec<_> = all.iter().filter(|i| i.3 == title).collect();
    assert_eq!(found.len(), 1, "one item titled {title:?} in {all:?}");
    let (id, status, org, _, body) = found[0].clone();
    (id, status, org, body)
}

async fn notes(db: &Db, id: IntakeId) -> Vec<Note> {
    db.intake_notes(id).await.expect("notes")
}

fn events(notes: &[Note]) -> Vec<&str> {
    notes.iter().map(|n| n.event.as_str()).collect()
}

#[tokio::test]
async fn verified_senders_reach_the_queue_and_the_others_wait_to_be_verified() {
    let server = Dovecot::start().await;
    let app = server.app(&[]).await;
    let db = app.db();
    let prefettura = verified_prefettura(&app).await;

    // Verified domain, authenticated by the receiving server, with a PDF.
    server.deliver(&release_with_pdf("bando-1@prefettura.it", Some(PASS)));
    // The same address, forged: no authentication result at all…
    server.deliver(&plain(
        "Ufficio stampa <ufficio.stampa@prefettura.it>",
        "Comunicato falso",
        Some("falso-1@evil.example"),
        "Versate la quota su questo conto.",
    ));
    // …or a passing result written by the forger below a failing one from
    // the receiving server.
    server.deliver(&message(
        &[
            (
                "Authentication-Results",
                "mx.provincia.example; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=prefettura.it",
            ),
            ("Authentication-Results", "mx.provincia.example; dmarc=pass header.from=prefettura.it"),
            ("From", "ufficio.stampa@prefettura.it"),
            ("Subject", "Secondo comunicato falso"),
            ("Message-ID", "<falso-2@evil.example>"),
        ],
        "Testo.",
    ));
    // An unknown sender, in HTML only, with scripts.
    server.deliver(&message(
        &[
            ("From", "Associazione <info@associazione.example>"),
            ("Subject", "Buona pratica dal territorio"),
            ("Message-ID", "<html-1@associazione.example>"),
            ("Content-Type", "text/html; charset=utf-8"),
        ],
        "<html><head><style>p{color:red}</style><script>alert('head')</script></head><body>\
         <p>Il corso di italiano riparte.</p><script>document.location='http://evil.example'</script>\
         <div>Iscrizioni &amp; informazioni in sede.</div><img src=x onerror=\"alert(1)\"></body></html>",
    ));

    let report = check(&app).await;
    assert_eq!(report.status, MailboxStatus::Ok, "{report:?}");
    assert_eq!(report.created, 4);

    let (id, status, org, body) =
        item_titled(db, "Accoglienza: nuovo bando per l'inclusione").await;
    assert_eq!(status, "new");
    assert_eq!(org, Some(prefettura.0));
    assert_eq!(
        body,
        "La Prefettura comunica l'apertura del bando.\n\nSecondo paragrafo."
    );
    let files = db.intake_attachments(id).await.expect("attachments");
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].file_name, "bando.pdf");
    let stored = app
        .state()
        .media
        .get(&files[0].storage_key)
        .await
        .expect("storage")
        .expect("file stored");
    assert_eq!(stored, PDF);
    let item = db.intake_item(id).await.expect("db").expect("item");
    assert_eq!(
        item.sender.email.as_deref(),
        Some("ufficio.stampa@prefettura.it")
    );
    assert_eq!(item.source_date.map(|t| t.0), Some(1_741_079_700));

    for title in ["Comunicato falso", "Secondo comunicato falso"] {
        let (id, status, org, _) = item_titled(db, title).await;
        assert_eq!(status, "to_verify", "{title}");
        assert_eq!(org, Some(prefettura.0), "the organisation is suggested");
        let notes = notes(db, id).await;
        let note = notes
            .iter()
            .find(|n| n.event == "sender_unverified")
            .unwrap_or_else(|| panic!("{title}: {:?}", events(&notes)));
        assert!(
            note.body.starts_with("ufficio.stampa@prefettura.it"),
            "{}",
            note.body
        );
    }
    let (id, _, _, _) = item_titled(db, "Secondo comunicato falso").await;
    assert!(
        notes(db, id)
            .await
            .iter()
            .any(|n| n.body.contains("dmarc=fail")),
        "the failing result is the one that counts"
    );

    let (_, status, org, body) = item_titled(db, "Buona pratica dal territorio").await;
    assert_eq!(status, "to_verify");
    assert_eq!(org, None);
    assert_eq!(
        body,
        "Il corso di italiano riparte.\n\nIscrizioni & informazioni in sede."
    );

    // Nothing new: nothing written; the back office says how it went.
    let again = check(&app).await;
    assert_eq!((again.created, again.already_had), (0, 0));
    let line = mailbox::status_line(app.state())
        .await
        .expect("db")
        .expect("configured");
    assert_eq!(line.status, MailboxStatus::Ok);
    assert_eq!(line.messages_received, 4);
    assert!(line.last_checked_at.is_some());
    let text = line.text(app.state(), agoral_domain::lang::Lang::It);
    assert!(text.contains("4 messaggi ricevuti"), "{text}");
    assert!(text.contains("letta fino all'ultimo messaggio"), "{text}");
    // The same line on an editor's dashboard.
    let editor = app
        .user(
            "redazione@example.org",
            &[agoral_domain::accounts::Role::Editor],
        )
        .await;
    let mut client = app.session_for(editor.id).await;
    let page = client.get("/admin").await;
    assert!(page.body.contains("id=\"mailbox-status\""), "{}", page.body);
    assert!(page.body.contains("4 messaggi ricevuti"), "{}", page.body);
    // And on the queue, where the forged and unknown senders wait.
    let queue = client.get("/admin/arrivi?stato=to_verify").await;
    assert!(queue.body.contains("4 messaggi ricevuti"), "{}", queue.body);
    assert!(queue.body.contains("Comunicato falso"), "{}", queue.body);
    assert!(!queue.body.contains("nuovo bando"), "{}", queue.body);
    // The item's history says why it waits, in words.
    let (id, _, _, _) = item_titled(db, "Comunicato falso").await;
    let detail = client.get(&format!("/admin/arrivi/{}", id.0)).await;
    assert!(
        detail.body.contains("mittente non verificato"),
        "{}",
        detail.body
    );
    server.stop().await;
}

#[tokio::test]
async fn a_crash_or_a_renumbered_folder_neither_duplicates_nor_loses_a_message() {
    let server = Dovecot::start().await;
    let app = server.app(&[]).await;
    let db = app.db();
    let key = app.state().config.mailbox.as_ref().expect("mailbox").key();

    server.deliver(&plain(
        "a@uno.example",
        "Primo",
        Some("1@uno.example"),
        "uno",
    ));
    server.deliver(&plain(
        "b@due.example",
        "Secondo",
        None,
        "due, senza Message-ID",
    ));
    assert_eq!(check(&app).await.created, 2);
    let after_two = db.mailbox_state(&key).await.expect("db").expect("state");
    assert_eq!(after_two.last_uid, 2);

    server.deliver(&plain(
        "c@tre.example",
        "Terzo",
        Some("3@tre.example"),
        "tre",
    ));
    server.deliver(&plain("d@quattro.example", "Quarto", None, "quattro"));
    assert_eq!(check(&app).await.created, 2);
    // A crash after the items were written but before the progress was
    // saved: the progress is back where it was.
    sqlx::query("UPDATE mailbox_state SET last_uid = 2 WHERE mailbox_key = $1")
        .bind(&key)
        .execute(db.pool())
        .await
        .expect("rewind");
    server.deliver(&plain(
        "e@cinque.example",
        "Quinto",
        Some("5@cinque.example"),
        "cinque",
    ));
    let report = check(&app).await;
    assert_eq!((report.created, report.already_had), (1, 2), "{report:?}");
    let titles: Vec<String> = items(db).await.into_iter().map(|i| i.3).collect();
    assert_eq!(titles, ["Primo", "Secondo", "Terzo", "Quarto", "Quinto"]);

    // The server renumbers the folder: every message is read again, and
    // none is taken twice; a new one after that still arrives.
    server.renumber(4242);
    let report = check(&app).await;
    assert_eq!((report.created, report.already_had), (0, 5), "{report:?}");
    let state = db.mailbox_state(&key).await.expect("db").expect("state");
    assert_eq!((state.uid_validity, state.last_uid), (Some(4242), 5));
    assert_eq!(state.messages_received, 5);
    server.deliver(&plain(
        "f@sei.example",
        "Sesto",
        Some("6@sei.example"),
        "sei",
    ));
    assert_eq!(check(&app).await.created, 1);
    assert_eq!(items(db).await.len(), 6);

    // Another instance holding the mailbox: this one leaves it alone.
    assert!(
        db.claim_mailbox(&key, "altra-istanza", 600)
            .await
            .expect("db")
    );
    assert_eq!(
        mailbox::check(app.state(), "test").await.expect("check"),
        Checked::Busy
    );
    server.stop().await;
}

#[tokio::test]
async fn broken_huge_and_crowded_mail_is_kept_and_explained() {
    let server = Dovecot::start().await;
    let app = server.app(&[]).await;
    let db = app.db();

    // Malformed MIME: the boundary never closes, the attachment is cut off.
    server.deliver(&message(
        &[
            ("From", "a@rotto.example"),
            ("Subject", "Messaggio rotto"),
            ("Message-ID", "<rotto@rotto.example>"),
            ("Content-Type", "multipart/mixed; boundary=\"mai\""),
        ],
        "--mai\r\nContent-Type: text/plain\r\n\r\nTesto leggibile.\r\n\
         --mai\r\nContent-Type: application/pdf; name=x.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK!!!",
    ));
    // Not a message at all: no header.
    server.deliver(b"\r\n\r\n\x00\x01 solo byte senza intestazioni \xff\xfe\r\n");
    // Fifty attachments.
    let mut body = String::from("--m\r\nContent-Type: text/plain\r\n\r\nCinquanta allegati.\r\n");
    for i in 0..50 {
        body.push_str(&format!(
            "--m\r\nContent-Type: text/plain; name=\"nota-{i:02}.txt\"\r\n\
             Content-Disposition: attachment\r\n\r\nnota numero {i}\r\n"
        ));
    }
    body.push_str("--m--\r\n");
    server.deliver(&message(
        &[
            ("From", "b@allegati.example"),
            ("Subject", "Cinquanta allegati"),
            ("Message-ID", "<cinquanta@allegati.example>"),
            ("Content-Type", "multipart/mixed; boundary=m"),
        ],
        &body,
    ));
    // A 60 MB attachment (under the 80 MiB message limit once encoded, over
    // the 20 MiB attachment limit).
    let big = {
        let mut pdf = b"%PDF-1.4\n".to_vec();
        pdf.resize(60_000_000, b'0');
        let encoded = data_encoding::BASE64.encode(&pdf);
        let mut wrapped = String::with_capacity(encoded.len() * 78 / 76 + 2);
        for line in encoded.as_bytes().chunks(76) {
            wrapped.push_str(std::str::from_utf8(line).expect("base64 is ascii"));
            wrapped.push_str("\r\n");
        }
        wrapped
    };
    let mut huge = message(
        &[
            ("From", "c@grande.example"),
            ("Subject", "Allegato enorme"),
            ("Message-ID", "<enorme@grande.example>"),
            ("Content-Type", "multipart/mixed; boundary=g"),
        ],
        "--g\r\nContent-Type: text/plain\r\n\r\nIn allegato il rapporto.\r\n\
         --g\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=rapporto.pdf\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n",
    );
    huge.extend_from_slice(big.as_bytes());
    huge.extend_from_slice(b"--g--\r\n");
    drop(big);
    server.deliver(&huge);
    drop(huge);

    let report = check(&app).await;
    assert_eq!(
        (report.status, report.created),
        (MailboxStatus::Ok, 4),
        "{report:?}"
    );

    let (id, status, _, body) = item_titled(db, "Messaggio rotto").await;
    assert_eq!(status, "to_verify");
    assert!(body.contains("Testo leggibile."), "{body}");
    assert!(events(&notes(db, id).await).contains(&"mail_incomplete"));

    let (id, status, org, body) = item_titled(db, "Messaggio di posta illeggibile").await;
    assert_eq!((status.as_str(), org), ("to_verify", None));
    assert!(body.contains("solo byte senza intestazioni"), "{body}");
    assert!(events(&notes(db, id).await).contains(&"mail_unreadable"));

    let (id, _, _, _) = item_titled(db, "Cinquanta allegati").await;
    assert_eq!(db.intake_attachments(id).await.expect("db").len(), 20);
    let refused: Vec<Note> = notes(db, id)
        .await
        .into_iter()
        .filter(|n| n.event == "attachment_refused")
        .collect();
    assert_eq!(refused.len(), 30);
    assert!(
        refused[0].body.starts_with("nota-20.txt"),
        "{}",
        refused[0].body
    );

    let (id, _, _, body) = item_titled(db, "Allegato enorme").await;
    assert_eq!(body, "In allegato il rapporto.");
    assert!(db.intake_attachments(id).await.expect("db").is_empty());
    let notes = notes(db, id).await;
    let refusal = notes
        .iter()
        .find(|n| n.event == "attachment_refused")
        .expect("the refusal is noted");
    assert!(refusal.body.starts_with("rapporto.pdf"), "{}", refusal.body);
    server.stop().await;
}

#[tokio::test]
async fn a_message_over_the_size_limit_waits_with_its_headers() {
    let server = Dovecot::start().await;
    let app = server
        .app(&[("mailbox_max_message_bytes", "100000".to_owned())])
        .await;
    let db = app.db();
    let prefettura = verified_prefettura(&app).await;
    let mut raw = release_with_pdf("grande@prefettura.it", Some(PASS));
    raw.extend(std::iter::repeat_n(b'x', 150_000));
    server.deliver(&raw);
    let report = check(&app).await;
    assert_eq!(
        (report.status, report.created),
        (MailboxStatus::Ok, 1),
        "{report:?}"
    );
    let (id, status, org, body) =
        item_titled(db, "Accoglienza: nuovo bando per l'inclusione").await;
    // Even from an authenticated, verified sender: nobody has read it.
    assert_eq!(status, "to_verify");
    assert_eq!(org, Some(prefettura.0));
    assert!(
        body.contains("Message-ID: <grande@prefettura.it>"),
        "{body}"
    );
    assert!(!body.contains("xxxx"), "the body was not downloaded");
    let notes = notes(db, id).await;
    let note = notes
        .iter()
        .find(|n| n.event == "mail_too_large")
        .unwrap_or_else(|| panic!("{:?}", events(&notes)));
    assert!(note.body.ends_with("> 100000"), "{}", note.body);
    assert!(db.intake_attachments(id).await.expect("db").is_empty());
    server.stop().await;
}

#[tokio::test]
async fn wrong_password_untrusted_certificate_and_missing_folder_are_told_apart() {
    let server = Dovecot::start().await;
    server.deliver(&plain("a@b.example", "Non letto", Some("x@b.example"), "x"));
    let cases = [
        (
            vec![("mailbox_password", "sbagliata".to_owned())],
            MailboxStatus::LoginRefused,
        ),
        (
            vec![("mailbox_folder", "Inesistente".to_owned())],
            MailboxStatus::FolderMissing,
        ),
    ];
    for (settings, expected) in cases {
        let app = server.app(&settings).await;
        let report = check(&app).await;
        assert_eq!(report.status, expected, "{report:?}");
        assert!(report.error.is_some());
        assert!(items(app.db()).await.is_empty());
        let line = mailbox::status_line(app.state())
            .await
            .expect("db")
            .expect("line");
        assert_eq!(line.status, expected);
    }
    // Without the CA file the server's certificate is not trusted.
    let app = TestApp::builder()
        .setting("mailbox_host", "127.0.0.1")
        .setting("mailbox_port", server.port.to_string())
        .setting("mailbox_user", USER)
        .setting("mailbox_password", PASSWORD)
        .build()
        .await;
    let report = check(&app).await;
    assert_eq!(report.status, MailboxStatus::Unreachable, "{report:?}");
    assert!(items(app.db()).await.is_empty());
    server.stop().await;
}

#[tokio::test]
async fn starttls_upgrades_before_logging_in() {
    let server = Dovecot::start().await;
    server.deliver(&plain(
        "a@b.example",
        "Via STARTTLS",
        Some("s@b.example"),
        "testo",
    ));
    let app = server
        .app(&[
            ("mailbox_tls", "starttls".to_owned()),
            ("mailbox_port", server.starttls_port.to_string()),
        ])
        .await;
    let report = check(&app).await;
    assert_eq!(
        (report.status, report.created),
        (MailboxStatus::Ok, 1),
        "{report:?}"
    );
    assert_eq!(items(app.db()).await[0].3, "Via STARTTLS");
    server.stop().await;
}
