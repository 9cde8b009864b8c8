//! Mail transport. Messages are composed into the outbox table (see
//! `agoral_db::outbox`) and delivered by the `send_mail` job through this
//! module: to an SMTP relay when one is configured, otherwise as `.eml`
//! files in the data folder, where an operator can read them.

use std::path::PathBuf;

use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Body, Mailbox, header::ContentType},
    transport::smtp::authentication::Credentials,
};

use crate::config::{Config, SmtpTls};

#[derive(Debug, Clone)]
pub enum Mailer {
    /// Writes each message to `<dir>/<outbox id>.eml`.
    Files { dir: PathBuf, from: Mailbox },
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
}

impl Mailer {
    pub fn new(config: &Config) -> anyhow::Result<Mailer> {
        let from: Mailbox = config
            .mail_from
            .parse()
            .map_err(|e| anyhow::anyhow!("mail_from: {e}"))?;
        let Some(smtp) = &config.smtp else {
            return Ok(Mailer::Files {
                dir: config.mail_dir(),
                from,
            });
        };
        let mut builder = match smtp.tls {
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host)?,
            SmtpTls::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)?,
            SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
        }
        .port(smtp.port)
        .timeout(Some(std::time::Duration::from_secs(20)));
        if let (Some(user), Some(password)) = (&smtp.username, &smtp.password) {
            builder =
                builder.credentials(Credentials::new(user.clone(), password.expose().to_owned()));
        }
        Ok(Mailer::Smtp {
            transport: builder.build(),
            from,
        })
    }

    fn from(&self) -> &Mailbox {
        match self {
            Mailer::Files { from, .. } | Mailer::Smtp { from, .. } => from,
        }
    }

    /// Builds and delivers one message. An error leaves the outbox row in
    /// place for the job's next attempt.
    pub async fn send(
        &self,
        outbox_id: i64,
        to: &str,
        subject: &str,
        body: &str,
    ) -> anyhow::Result<()> {
        let to: Mailbox = to
            .parse()
            .map_err(|e| anyhow::anyhow!("recipient {to:?}: {e}"))?;
        let message = Message::builder()
            .from(self.from().clone())
            .to(to)
            .subject(subject)
            .message_id(None)
            .header(ContentType::TEXT_PLAIN)
            // lettre picks quoted-printable or base64 as the text needs.
            .body(Body::new(crlf(body)))?;
        match self {
            Mailer::Files { dir, .. } => {
                tokio::fs::create_dir_all(dir).await?;
                // Written under a temporary name and renamed, so a reader
                // never sees half a message.
                let path = dir.join(format!("{outbox_id:08}.eml"));
                let temporary = dir.join(format!(".{outbox_id:08}.eml.tmp"));
                tokio::fs::write(&temporary, message.formatted()).await?;
                tokio::fs::rename(&temporary, &path).await?;
            }
            Mailer::Smtp { transport, .. } => {
                transport.send(message).await?;
            }
        }
        Ok(())
    }
}

/// Mail lines end in CRLF (RFC 5322).
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}
