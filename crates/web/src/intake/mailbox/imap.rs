//! The IMAP side of the mailbox: a TLS connection (rustls, trusting the
//! public roots and the configured CA file), login, the folder opened
//! read-only, new UIDs, and one message at a time. Nothing is deleted or
//! flagged on the server: the folder is `EXAMINE`d and bodies are read with
//! `BODY.PEEK`, so the mailbox stays as the redazione's mail client sees it.

use std::{sync::Arc, time::Duration};

use async_imap::{Client, Session};
use futures::TryStreamExt;
use rustls_pki_types::{CertificateDer, ServerName, pem::PemObject};
use tokio::net::TcpStream;
use tokio_rustls::{TlsConnector, client::TlsStream, rustls};

use crate::config::{MailboxConfig, MailboxTls};

/// Time allowed for connecting, the TLS handshake and each short command.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
/// Time allowed for downloading one message (up to the size limit).
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(600);

type Stream = TlsStream<TcpStream>;

/// Why a check could not go on, each with its own status in the back office.
#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("cannot reach {0}")]
    Unreachable(String),
    #[error("login refused: {0}")]
    LoginRefused(String),
    #[error("folder {0:?} not found")]
    FolderMissing(String),
    #[error("{0}")]
    Protocol(String),
}

/// A logged-in connection with the folder open read-only.
pub struct Mailbox {
    session: Session<Stream>,
    /// The folder's UIDVALIDITY.
    pub uid_validity: u32,
}

/// One message as the server gives it.
pub enum Fetched {
    /// The whole message.
    Whole(Vec<u8>),
    /// Larger than the limit: its header block only, and its size.
    HeadersOnly { headers: Vec<u8>, size: u64 },
    /// Removed from the folder since it was listed.
    Gone,
}

async fn within<T, E: std::fmt::Display>(
    limit: Duration,
    what: &str,
    future: impl Future<Output = Result<T, E>>,
) -> Result<T, ImapError> {
    match tokio::time::timeout(limit, future).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(ImapError::Protocol(format!("{what}: {e}"))),
        Err(_) => Err(ImapError::Protocol(format!(
            "{what}: no answer within {} s",
            limit.as_secs()
        ))),
    }
}

/// The TLS settings: the public roots, plus the certificates of the
/// configured CA file.
fn tls_connector(config: &MailboxConfig) -> Result<TlsConnector, ImapError> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = &config.ca_file {
        let unreadable = |e: &dyn std::fmt::Display| {
            ImapError::Unreachable(format!(
                "{}: the CA file {} cannot be read: {e}",
                config.host,
                path.display()
            ))
        };
        let certificates = CertificateDer::pem_file_iter(path)
            .map_err(|e| unreadable(&e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| unreadable(&e))?;
        if certificates.is_empty() {
            return Err(unreadable(&"it holds no certificate"));
        }
        for certificate in certificates {
            roots.add(certificate).map_err(|e| unreadable(&e))?;
        }
    }
    // The ring provider, named here rather than taken from the process
    // default, which depends on which crates happen to be linked.
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ImapError::Unreachable(format!("TLS settings: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(TlsConnector::from(Arc::new(tls)))
}

/// Connects, logs in and opens the folder read-only.
pub async fn open(config: &MailboxConfig) -> Result<Mailbox, ImapError> {
    let address = format!("{}:{}", config.host, config.port);
    let unreachable = |what: &str, e: &dyn std::fmt::Display| {
        ImapError::Unreachable(format!("{address}: {what}: {e}"))
    };
    let connector = tls_connector(config)?;
    let server_name =
        ServerName::try_from(config.host.clone()).map_err(|e| unreachable("host name", &e))?;
    let tcp = tokio::time::timeout(COMMAND_TIMEOUT, TcpStream::connect(&address))
        .await
        .map_err(|_| unreachable("connect", &"timed out"))?
        .map_err(|e| unreachable("connect", &e))?;
    let tcp = match config.tls {
        MailboxTls::Tls => tcp,
        MailboxTls::StartTls => {
            let mut plain = Client::new(tcp);
            greeting(&mut plain)
                .await
                .map_err(|e| unreachable("greeting", &e))?;
            within(
                COMMAND_TIMEOUT,
                "STARTTLS",
                plain.run_command_and_check_ok("STARTTLS", None),
            )
            .await
            .map_err(|e| unreachable("STARTTLS", &e))?;
            plain.into_inner()
        }
    };
    let tls = tokio::time::timeout(COMMAND_TIMEOUT, connector.connect(server_name, tcp))
        .await
        .map_err(|_| unreachable("TLS handshake", &"timed out"))?
        .map_err(|e| unreachable("TLS handshake", &e))?;
    let mut client = Client::new(tls);
    if config.tls == MailboxTls::Tls {
        greeting(&mut client)
            .await
            .map_err(|e| unreachable("greeting", &e))?;
    }
    let session = match tokio::time::timeout(
        COMMAND_TIMEOUT,
        client.login(&config.user, config.password.expose()),
    )
    .await
    {
        Err(_) => return Err(unreachable("login", &"no answer")),
        Ok(Ok(session)) => session,
        Ok(Err((async_imap::error::Error::No(text), _))) => {
            return Err(ImapError::LoginRefused(text));
        }
        Ok(Err((e, _))) => return Err(unreachable("login", &e)),
    };
    let mut session = session;
    let folder = match tokio::time::timeout(COMMAND_TIMEOUT, session.examine(&config.folder)).await
    {
        Err(_) => return Err(ImapError::Protocol("EXAMINE: no answer".into())),
        Ok(Ok(folder)) => folder,
        Ok(Err(async_imap::error::Error::No(_))) => {
            return Err(ImapError::FolderMissing(config.folder.clone()));
        }
        Ok(Err(e)) => return Err(ImapError::Protocol(format!("EXAMINE: {e}"))),
    };
    let uid_validity = folder
        .uid_validity
        .ok_or_else(|| ImapError::Protocol("the server gives the folder no UIDVALIDITY".into()))?;
    Ok(Mailbox {
        session,
        uid_validity,
    })
}

/// Reads the server's greeting, which must be `OK` (not `BYE`).
async fn greeting<T>(client: &mut Client<T>) -> Result<(), String>
where
    T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + std::fmt::Debug + Send,
{
    let response = tokio::time::timeout(COMMAND_TIMEOUT, client.read_response())
        .await
        .map_err(|_| "no greeting".to_owned())?
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "connection closed before the greeting".to_owned())?;
    match response.parsed() {
        async_imap::imap_proto::Response::Data {
            status: async_imap::imap_proto::Status::Ok,
            ..
        } => Ok(()),
        other => Err(format!("unexpected greeting {other:?}")),
    }
}

impl Mailbox {
    /// UIDs above `last_uid`, in ascending order. `UID SEARCH UID n:*`
    /// always matches the folder's last message, even when its UID is below
    /// `n`, so the answer is filtered.
    pub async fn uids_after(&mut self, last_uid: u32) -> Result<Vec<u32>, ImapError> {
        let first = last_uid.saturating_add(1);
        let found = within(
            COMMAND_TIMEOUT,
            "UID SEARCH",
            self.session.uid_search(format!("UID {first}:*")),
        )
        .await?;
        let mut uids: Vec<u32> = found.into_iter().filter(|uid| *uid > last_uid).collect();
        uids.sort_unstable();
        Ok(uids)
    }

    /// Fetches one message: its size first, then the whole of it, or only
    /// its headers when it is larger than `max_bytes`.
    pub async fn fetch(&mut self, uid: u32, max_bytes: u64) -> Result<Fetched, ImapError> {
        let size =
            {
                let answers = self
                    .fetch_items(uid, "(UID RFC822.SIZE)", COMMAND_TIMEOUT)
                    .await?;
                match answers.iter().find(|f| f.uid == Some(uid)) {
                    None => return Ok(Fetched::Gone),
                    Some(fetch) => u64::from(fetch.size.ok_or_else(|| {
                        ImapError::Protocol(format!("no RFC822.SIZE for UID {uid}"))
                    })?),
                }
            };
        if size > max_bytes {
            let answers = self
                .fetch_items(uid, "(UID BODY.PEEK[HEADER])", COMMAND_TIMEOUT)
                .await?;
            return Ok(match answers.iter().find(|f| f.uid == Some(uid)) {
                None => Fetched::Gone,
                Some(fetch) => Fetched::HeadersOnly {
                    headers: fetch.header().unwrap_or_default().to_vec(),
                    size,
                },
            });
        }
        let answers = self
            .fetch_items(uid, "(UID BODY.PEEK[])", DOWNLOAD_TIMEOUT)
            .await?;
        Ok(match answers.iter().find(|f| f.uid == Some(uid)) {
            None => Fetched::Gone,
            Some(fetch) => Fetched::Whole(fetch.body().unwrap_or_default().to_vec()),
        })
    }

    async fn fetch_items(
        &mut self,
        uid: u32,
        items: &str,
        limit: Duration,
    ) -> Result<Vec<async_imap::types::Fetch>, ImapError> {
        let what = format!("UID FETCH {uid} {items}");
        let session = &mut self.session;
        within(limit, &what, async move {
            session
                .uid_fetch(uid.to_string(), items)
                .await?
                .try_collect::<Vec<_>>()
                .await
        })
        .await
    }

    /// Says goodbye; a failure here changes nothing already stored.
    pub async fn close(mut self) {
        if let Err(e) = within(COMMAND_TIMEOUT, "LOGOUT", self.session.logout()).await {
            tracing::debug!(error = %e, "mailbox logout");
        }
    }
}
