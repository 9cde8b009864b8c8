//! Mail through a real SMTP server (aiosmtpd, started by the test): a
//! message is delivered, and a server that is down loses nothing.

use std::{net::TcpListener, path::Path, process::Stdio, time::Duration};

use tokio::process::{Child, Command};

use crate::harness::{TestApp, decode_mail};

/// An aiosmtpd server writing every message into a maildir.
struct SmtpServer {
    child: Child,
    port: u16,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

impl SmtpServer {
    async fn start(port: u16, maildir: &Path) -> SmtpServer {
        let child = Command::new("python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("python3 -m aiosmtpd (installed by scripts/test)");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return SmtpServer { child, port };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("aiosmtpd did not start on port {port}");
    }

    async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}

fn delivered(maildir: &Path) -> Vec<String> {
    let mut messages = Vec::new();
    for sub in ["new", "cur"] {
        if let Ok(entries) = std::fs::read_dir(maildir.join(sub)) {
            for entry in entries.flatten() {
                let raw = std::fs::read_to_string(entry.path()).expect("read message");
                messages.push(decode_mail(
                    &raw.replace("\r\n", "\n").replace('\n', "\r\n"),
                ));
            }
        }
    }
    messages
}

#[tokio::test]
async fn smtp_delivery_and_no_message_lost_while_the_server_is_down() {
    let port = free_port();
    let app = TestApp::builder()
        .setting("smtp_host", "127.0.0.1")
        .setting("smtp_port", port.to_string())
        .setting("smtp_tls", "none")
        .setting("mail_from", "AgorAL <redazione@example.org>")
        .build()
        .await;
    let maildir = app.data_dir().join("maildir");

    // The server is down: the job fails, the message stays in the outbox.
    let id = app
        .db()
        .enqueue_mail(
            "lettrice@example.org",
            "Benvenuta",
            "Ciao, è un test: àèìòù مرحبا",
        )
        .await
        .expect("enqueue");
    assert_eq!(app.run_jobs().await, 1);
    let message = app
        .db()
        .outbox_message(id)
        .await
        .expect("db")
        .expect("kept");
    assert!(message.sent_at.is_none());
    assert!(message.last_error.is_some());
    assert_eq!(app.db().unsent_mail_count().await.expect("count"), 1);

    // The server comes up; the retry delivers it, once.
    let server = SmtpServer::start(port, &maildir).await;
    app.db().make_jobs_due().await.expect("due");
    assert_eq!(app.run_jobs().await, 1);
    app.db().make_jobs_due().await.expect("due");
    assert_eq!(app.run_jobs().await, 0, "nothing left to send");
    let messages = delivered(&maildir);
    assert_eq!(messages.len(), 1, "delivered exactly once");
    assert!(messages[0].contains("To: lettrice@example.org"));
    assert!(messages[0].contains("From: AgorAL <redazione@example.org>"));
    assert!(messages[0].contains("àèìòù مرحبا"), "{}", messages[0]);
    assert!(
        app.db()
            .outbox_message(id)
            .await
            .expect("db")
            .expect("row")
            .sent_at
            .is_some()
    );
    let _ = server.port;
    server.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn without_smtp_messages_are_written_as_files() {
    let app = TestApp::new().await;
    app.db()
        .enqueue_mail("a@example.org", "Primo", "Uno")
        .await
        .expect("enqueue");
    app.db()
        .enqueue_mail("b@example.org", "Secondo", "Due")
        .await
        .expect("enqueue");
    assert_eq!(app.run_jobs().await, 2);
    let files = app.mail_files();
    assert_eq!(files.len(), 2);
    assert!(files[0].contains("Subject: Primo"));
    assert!(files[1].contains("To: b@example.org"));
    // No temporary files left behind.
    let leftovers = std::fs::read_dir(app.data_dir().join("mail"))
        .expect("dir")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().starts_with('.'))
        })
        .count();
    assert_eq!(leftovers, 0);
    app.stop().await;
}
