//! One typed configuration, built once and kept in the application state.
//!
//! Sources, each overriding the one before: built-in defaults → the TOML file
//! (`--config`, `AGORAL_CONFIG`, or `./agoral.toml` when present) →
//! `AGORAL_*` environment variables (and `AGORAL_*_FILE` for secrets, read
//! from a file) → command-line flags. A bad value fails at start-up with the
//! setting's name and where the value came from.

use std::{collections::BTreeMap, fmt, net::SocketAddr, path::PathBuf};

/// A value that must not appear in logs: it prints as `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// How to reach the SMTP relay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain connection upgraded with STARTTLS (port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: only for a relay on the same host or in tests.
    None,
}

#[derive(Debug, Clone)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub username: Option<String>,
    pub password: Option<Secret>,
    pub tls: SmtpTls,
}

/// How to reach the IMAP server of the intake's mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailboxTls {
    /// TLS from the first byte (IMAPS, port 993).
    Tls,
    /// Plain connection upgraded with STARTTLS before logging in (port 143).
    StartTls,
}

/// The intake's mailbox over IMAP (`[mailbox]` in the file, `AGORAL_MAILBOX_*`).
#[derive(Debug, Clone)]
pub struct MailboxConfig {
    pub host: String,
    pub port: u16,
    pub tls: MailboxTls,
    pub user: String,
    pub password: Secret,
    /// The folder read, `INBOX` unless set.
    pub folder: String,
    /// Seconds between two checks.
    pub poll_seconds: u64,
    /// A PEM file of certificates trusted besides the public roots (a
    /// server with a certificate of its own authority).
    pub ca_file: Option<PathBuf>,
    /// A message larger than this is not downloaded: it becomes an item in
    /// the "to verify" lane with its headers, and stays on the server.
    pub max_message_bytes: u64,
    /// The `authserv-id` the receiving server writes in its
    /// `Authentication-Results` headers; when set, only its results count.
    pub authserv_id: Option<String>,
}

impl MailboxConfig {
    /// The key of this mailbox's progress: `user@host/folder`.
    pub fn key(&self) -> String {
        format!("{}@{}/{}", self.user, self.host, self.folder)
    }
}

/// The effective configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address and port to listen on.
    pub listen: SocketAddr,
    /// Folder with the SQLite database, media, mail files and indexes.
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`; defaults to `agoral.db` in the data folder.
    pub database_url: Secret,
    /// Largest number of pooled database connections.
    pub database_max_connections: u32,
    /// Address of the site as readers reach it, for links in mail.
    pub public_url: String,
    /// Key that signs cookie-less form tokens; when unset, one is generated
    /// and kept in the database so that every instance shares it.
    pub secret_key: Option<Secret>,
    pub smtp: Option<SmtpConfig>,
    /// Sender of outgoing mail.
    pub mail_from: String,
    /// Trust `X-Forwarded-For` from a reverse proxy (its last hop is the client).
    pub trust_proxy: bool,
    /// The bearer token that opens `/metrics` (`Authorization: Bearer …`).
    pub metrics_token: Option<Secret>,
    /// Client addresses that may read `/metrics` without the token (the
    /// Prometheus server). With neither set, `/metrics` answers 403.
    pub metrics_allowed_networks: Vec<agoral_domain::net::Network>,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Largest image upload accepted, in bytes.
    pub max_upload_bytes: usize,
    /// Largest dataset file (CSV or XLSX) an analyst may upload; it is
    /// written to disk as it arrives, never held in memory.
    pub max_dataset_bytes: usize,
    /// Dataset files an analyst may keep uploaded and not yet imported
    /// (imported or discarded from their preview); one more is refused.
    pub max_staged_uploads: usize,
    /// Bytes those files may take together.
    pub max_staged_upload_bytes: usize,
    /// Largest file attached to a press release or a good practice (by a
    /// partner, by mail or through the public form).
    pub max_attachment_bytes: usize,
    /// Months a closed intake item keeps its sender's name, address and
    /// phone before the retention job clears them.
    pub intake_retention_months: u32,
    /// Memory for rendered public pages, in MiB (0 turns the cache off).
    pub page_cache_megabytes: u64,
    /// Time allowed for a request, in seconds.
    pub request_timeout_secs: u64,
    /// Time allowed for a request's head (request line and headers), in
    /// seconds: from the connection's start for its first request, from
    /// the first byte for the next ones. 10 s is ample for a browser on a
    /// slow mobile link, whose head arrives in one packet, and releases a
    /// client that sends it a byte at a time well before it matters.
    pub header_read_timeout_secs: u64,
    /// How long a connection may wait, after a response, for the next
    /// request to begin, in seconds. 60 s covers a reader's next click and
    /// the pooled connections of a reverse proxy in front (nginx keeps its
    /// upstream ones 60 s); each waiting connection holds a file descriptor
    /// and a few tens of KiB, so no longer.
    pub keep_alive_timeout_secs: u64,
    /// HTTP connections open at once; a new one waits in the system's
    /// queue until another closes. The server lowers it to what its
    /// file-descriptor limit allows (see `connections::connection_cap`).
    pub max_http_connections: usize,
    /// Searches run at once; more wait their turn. About two per core: a
    /// search keeps a core busy for its whole run (the index is read from
    /// memory), and each holds its collectors' memory while it runs.
    pub max_concurrent_searches: usize,
    /// A session ends after this many minutes without activity.
    pub session_idle_minutes: i64,
    /// A service not confirmed for this many days is shown as possibly out
    /// of date, and its providers are asked to confirm it.
    pub service_stale_days: i64,
    /// Time limit of one outbound fetch (a feed), redirects and body included.
    pub fetch_timeout_secs: u64,
    /// Time limit for connecting to the server of an outbound fetch.
    pub fetch_connect_timeout_secs: u64,
    /// Largest body an outbound fetch reads.
    pub fetch_max_bytes: usize,
    /// Internal networks every outbound fetch may reach (an intranet feed
    /// server, a proxy), besides the public internet.
    pub fetch_allowed_networks: Vec<agoral_domain::net::Network>,
    /// Log filter (`info`, `agoral=debug,info` …).
    pub log: String,
    /// The intake's mailbox, when one is configured.
    pub mailbox: Option<MailboxConfig>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid value for `{key}` (from {origin}): {problem}")]
    Invalid {
        key: &'static str,
        /// Where the value came from: a file, a variable, a flag.
        origin: String,
        problem: String,
    },
    #[error("cannot read the configuration file {path}: {problem}")]
    File { path: String, problem: String },
    #[error("unknown setting `{key}` in {path}")]
    UnknownKey { key: String, path: String },
}

/// Every setting: its name in the TOML file (the environment variable is
/// `AGORAL_` plus the upper-cased name) and whether it is a secret (which
/// may also be read from the file named by `AGORAL_<NAME>_FILE`).
pub const SETTINGS: &[(&str, bool)] = &[
    ("listen", false),
    ("data_dir", false),
    ("database_url", true),
    ("database_max_connections", false),
    ("public_url", false),
    ("secret_key", true),
    ("smtp_host", false),
    ("smtp_port", false),
    ("smtp_username", false),
    ("smtp_password", true),
    ("smtp_tls", false),
    ("mail_from", false),
    ("trust_proxy", false),
    ("metrics_token", true),
    ("metrics_allowed_networks", false),
    ("max_body_bytes", false),
    ("max_upload_bytes", false),
    ("max_dataset_bytes", false),
    ("max_staged_uploads", false),
    ("max_staged_upload_bytes", false),
    ("max_attachment_bytes", false),
    ("intake_retention_months", false),
    ("page_cache_megabytes", false),
    ("request_timeout_secs", false),
    ("header_read_timeout_secs", false),
    ("keep_alive_timeout_secs", false),
    ("max_http_connections", false),
    ("max_concurrent_searches", false),
    ("session_idle_minutes", false),
    ("service_stale_days", false),
    ("fetch_timeout_secs", false),
    ("fetch_connect_timeout_secs", false),
    ("fetch_max_bytes", false),
    ("fetch_allowed_networks", false),
    ("log", false),
    ("mailbox_host", false),
    ("mailbox_port", false),
    ("mailbox_tls", false),
    ("mailbox_user", false),
    ("mailbox_password", true),
    ("mailbox_folder", false),
    ("mailbox_poll_seconds", false),
    ("mailbox_ca_file", false),
    ("mailbox_max_message_bytes", false),
    ("mailbox_authserv_id", false),
];

/// Tables of the file whose keys are settings named `<table>_<key>`:
/// `[mailbox] host = …` is `mailbox_host`.
const SECTIONS: &[&str] = &["mailbox"];

/// Raw values by setting name, each with where it came from.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    values: BTreeMap<&'static str, (String, String)>,
}

impl Sources {
    pub fn set(&mut self, key: &'static str, value: impl Into<String>, source: impl Into<String>) {
        self.values.insert(key, (value.into(), source.into()));
    }

    fn get(&self, key: &str) -> Option<&(String, String)> {
        self.values.get(key)
    }

    /// Reads a TOML file of `name = value` pairs.
    pub fn load_file(&mut self, path: &std::path::Path) -> Result<(), ConfigError> {
        let display = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::File {
            path: display.clone(),
            problem: e.to_string(),
        })?;
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| ConfigError::File {
                path: display.clone(),
                problem: e.message().to_owned(),
            })?;
        let mut entries = Vec::new();
        for (key, value) in table {
            match value {
                toml::Value::Table(section) if SECTIONS.contains(&key.as_str()) => {
                    for (inner, value) in section {
                        entries.push((format!("{key}_{inner}"), value));
                    }
                }
                value => entries.push((key, value)),
            }
        }
        for (key, value) in entries {
            let Some((name, _)) = SETTINGS.iter().find(|(n, _)| *n == key) else {
                return Err(ConfigError::UnknownKey { key, path: display });
            };
            let text = match value {
                toml::Value::String(s) => s,
                other => other.to_string(),
            };
            self.set(name, text, display.clone());
        }
        Ok(())
    }

    /// Reads `AGORAL_*` variables (and `AGORAL_*_FILE` for secrets).
    pub fn load_env(&mut self, env: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        for (name, secret) in SETTINGS {
            let var = format!("AGORAL_{}", name.to_uppercase());
            if *secret {
                let file_var = format!("{var}_FILE");
                if let Some(path) = env(&file_var) {
                    let value =
                        std::fs::read_to_string(&path).map_err(|e| ConfigError::Invalid {
                            key: name,
                            origin: file_var.clone(),
                            problem: format!("cannot read {path}: {e}"),
                        })?;
                    self.set(name, value.trim_end_matches(['\n', '\r']), file_var);
                    continue;
                }
            }
            if let Some(value) = env(&var) {
                self.set(name, value, var);
            }
        }
        Ok(())
    }

    /// Turns the raw values into the typed configuration.
    pub fn build(&self) -> Result<Config, ConfigError> {
        let text = |key: &'static str, default: &str| -> String {
            self.get(key)
                .map(|(v, _)| v.clone())
                .unwrap_or_else(|| default.to_owned())
        };
        let optional = |key: &'static str| -> Option<String> {
            self.get(key)
                .map(|(v, _)| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        fn invalid(sources: &Sources, key: &'static str, problem: String) -> ConfigError {
            ConfigError::Invalid {
                key,
                origin: sources
                    .get(key)
                    .map(|(_, s)| s.clone())
                    .unwrap_or_else(|| "default".to_owned()),
                problem,
            }
        }
        fn number<T>(
            sources: &Sources,
            key: &'static str,
            value: &str,
            min: T,
            max: T,
        ) -> Result<T, ConfigError>
        where
            T: std::str::FromStr + PartialOrd + fmt::Display + Copy,
        {
            let n: T = value
                .trim()
                .parse()
                .map_err(|_| invalid(sources, key, format!("{value:?} is not a whole number")))?;
            if n < min || n > max {
                return Err(invalid(
                    sources,
                    key,
                    format!("{n} is not between {min} and {max}"),
                ));
            }
            Ok(n)
        }
        fn boolean(sources: &Sources, key: &'static str, value: &str) -> Result<bool, ConfigError> {
            match value.trim().to_lowercase().as_str() {
                "true" | "1" | "yes" | "on" => Ok(true),
                "false" | "0" | "no" | "off" | "" => Ok(false),
                other => Err(invalid(
                    sources,
                    key,
                    format!("{other:?} is not true or false"),
                )),
            }
        }

        let listen_text = text("listen", "127.0.0.1:8080");
        let listen: SocketAddr = listen_text.trim().parse().map_err(|_| {
            invalid(
                self,
                "listen",
                format!("{listen_text:?} is not an ADDRESS:PORT such as 127.0.0.1:8080"),
            )
        })?;
        let data_dir = PathBuf::from(text("data_dir", "agoral-data"));
        if data_dir.as_os_str().is_empty() {
            return Err(invalid(self, "data_dir", "must not be empty".into()));
        }
        let database_url = match optional("database_url") {
            Some(url) => {
                if agoral_db::Backend::from_url(&url).is_none() {
                    return Err(invalid(
                        self,
                        "database_url",
                        "must start with sqlite:// or postgres://".into(),
                    ));
                }
                url
            }
            None => format!("sqlite://{}?mode=rwc", data_dir.join("agoral.db").display()),
        };
        let is_sqlite = database_url.starts_with("sqlite:");
        let database_max_connections = number(
            self,
            "database_max_connections",
            &text(
                "database_max_connections",
                if is_sqlite { "8" } else { "16" },
            ),
            1u32,
            1000,
        )?;
        let public_url = match optional("public_url") {
            Some(url) => {
                if !agoral_domain::organisations::is_http_url(&url) {
                    return Err(invalid(
                        self,
                        "public_url",
                        format!("{url:?} is not an http(s) address"),
                    ));
                }
                url.trim_end_matches('/').to_owned()
            }
            None => format!("http://{listen}"),
        };
        let secret_key = match optional("secret_key") {
            Some(key) if key.len() < 32 => {
                return Err(invalid(
                    self,
                    "secret_key",
                    "must be at least 32 characters".into(),
                ));
            }
            other => other.map(Secret::new),
        };
        let smtp = match optional("smtp_host") {
            None => None,
            Some(host) => {
                let tls = match text("smtp_tls", "starttls").trim() {
                    "starttls" => SmtpTls::StartTls,
                    "tls" => SmtpTls::Tls,
                    "none" => SmtpTls::None,
                    other => {
                        return Err(invalid(
                            self,
                            "smtp_tls",
                            format!("{other:?} is not starttls, tls or none"),
                        ));
                    }
                };
                let default_port = match tls {
                    SmtpTls::Tls => "465",
                    SmtpTls::StartTls => "587",
                    SmtpTls::None => "25",
                };
                Some(SmtpConfig {
                    host,
                    port: number(
                        self,
                        "smtp_port",
                        &text("smtp_port", default_port),
                        1u16,
                        65535,
                    )?,
                    username: optional("smtp_username"),
                    password: optional("smtp_password").map(Secret::new),
                    tls,
                })
            }
        };
        let mailbox = self.mailbox()?;
        let mail_from = text("mail_from", "AgorAL <noreply@localhost>");
        if lettre::message::Mailbox::from_str_checked(&mail_from).is_none() {
            return Err(invalid(
                self,
                "mail_from",
                format!("{mail_from:?} is not a mail address"),
            ));
        }
        let networks = |key: &'static str| {
            let mut networks = Vec::new();
            for part in text(key, "")
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
            {
                networks.push(agoral_domain::net::Network::parse(part).ok_or_else(|| {
                    invalid(
                        self,
                        key,
                        format!("{part:?} is not an address or ADDRESS/PREFIX such as 10.1.0.0/16"),
                    )
                })?);
            }
            Ok::<_, ConfigError>(networks)
        };
        let fetch_allowed_networks = networks("fetch_allowed_networks")?;
        let metrics_allowed_networks = networks("metrics_allowed_networks")?;
        let metrics_token = match self.get("metrics_token").map(|(v, _)| v.as_str()) {
            Some(token) if !token.is_empty() && token.trim().len() < 16 => {
                return Err(invalid(
                    self,
                    "metrics_token",
                    "must be at least 16 characters".into(),
                ));
            }
            Some(token) if !token.trim().is_empty() => Some(Secret::new(token.trim())),
            _ => None,
        };
        Ok(Config {
            listen,
            data_dir,
            database_url: Secret::new(database_url),
            database_max_connections,
            public_url,
            secret_key,
            smtp,
            mail_from,
            trust_proxy: boolean(self, "trust_proxy", &text("trust_proxy", "false"))?,
            metrics_token,
            metrics_allowed_networks,
            max_body_bytes: number(
                self,
                "max_body_bytes",
                &text("max_body_bytes", "2097152"),
                1024usize,
                1 << 30,
            )?,
            max_upload_bytes: number(
                self,
                "max_upload_bytes",
                &text("max_upload_bytes", "20971520"),
                1024usize,
                1 << 30,
            )?,
            max_dataset_bytes: number(
                self,
                "max_dataset_bytes",
                &text("max_dataset_bytes", "209715200"),
                1024usize,
                1 << 32,
            )?,
            max_staged_uploads: number(
                self,
                "max_staged_uploads",
                &text("max_staged_uploads", "5"),
                1usize,
                1000,
            )?,
            max_staged_upload_bytes: number(
                self,
                "max_staged_upload_bytes",
                &text("max_staged_upload_bytes", "524288000"),
                1024usize,
                1 << 40,
            )?,
            max_attachment_bytes: number(
                self,
                "max_attachment_bytes",
                &text("max_attachment_bytes", "20971520"),
                1024usize,
                1 << 30,
            )?,
            intake_retention_months: number(
                self,
                "intake_retention_months",
                &text("intake_retention_months", "12"),
                1u32,
                120,
            )?,
            page_cache_megabytes: number(
                self,
                "page_cache_megabytes",
                &text("page_cache_megabytes", "64"),
                0u64,
                65536,
            )?,
            request_timeout_secs: number(
                self,
                "request_timeout_secs",
                &text("request_timeout_secs", "30"),
                1u64,
                3600,
            )?,
            header_read_timeout_secs: number(
                self,
                "header_read_timeout_secs",
                &text("header_read_timeout_secs", "10"),
                1u64,
                300,
            )?,
            keep_alive_timeout_secs: number(
                self,
                "keep_alive_timeout_secs",
                &text("keep_alive_timeout_secs", "60"),
                1u64,
                3600,
            )?,
            max_http_connections: number(
                self,
                "max_http_connections",
                &text("max_http_connections", "2048"),
                1usize,
                1_000_000,
            )?,
            max_concurrent_searches: number(
                self,
                "max_concurrent_searches",
                &text(
                    "max_concurrent_searches",
                    &default_concurrent_searches().to_string(),
                ),
                1usize,
                1024,
            )?,
            session_idle_minutes: number(
                self,
                "session_idle_minutes",
                &text("session_idle_minutes", "480"),
                5i64,
                43_200,
            )?,
            service_stale_days: number(
                self,
                "service_stale_days",
                &text("service_stale_days", "180"),
                7i64,
                3_650,
            )?,
            fetch_timeout_secs: number(
                self,
                "fetch_timeout_secs",
                &text("fetch_timeout_secs", "10"),
                1u64,
                300,
            )?,
            fetch_connect_timeout_secs: number(
                self,
                "fetch_connect_timeout_secs",
                &text("fetch_connect_timeout_secs", "5"),
                1u64,
                60,
            )?,
            fetch_max_bytes: number(
                self,
                "fetch_max_bytes",
                &text("fetch_max_bytes", "5242880"),
                1024usize,
                1 << 30,
            )?,
            fetch_allowed_networks,
            log: text("log", "info"),
            mailbox,
        })
    }

    /// The `[mailbox]` section: nothing without a host; with one, a user
    /// and a password are required.
    fn mailbox(&self) -> Result<Option<MailboxConfig>, ConfigError> {
        let optional = |key: &'static str| -> Option<String> {
            self.get(key)
                .map(|(v, _)| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let invalid = |key: &'static str, problem: String| ConfigError::Invalid {
            key,
            origin: self
                .get(key)
                .map(|(_, s)| s.clone())
                .unwrap_or_else(|| "default".to_owned()),
            problem,
        };
        let number = |key: &'static str, default: u64, min: u64, max: u64| {
            let value = optional(key).unwrap_or_else(|| default.to_string());
            let n: u64 = value
                .parse()
                .map_err(|_| invalid(key, format!("{value:?} is not a whole number")))?;
            if n < min || n > max {
                return Err(invalid(key, format!("{n} is not between {min} and {max}")));
            }
            Ok(n)
        };
        let Some(host) = optional("mailbox_host") else {
            return Ok(None);
        };
        if host.contains(['/', ' ', '@']) {
            return Err(invalid(
                "mailbox_host",
                format!("{host:?} is not a host name"),
            ));
        }
        let tls = match optional("mailbox_tls").as_deref().unwrap_or("tls") {
            "tls" => MailboxTls::Tls,
            "starttls" => MailboxTls::StartTls,
            other => {
                return Err(invalid(
                    "mailbox_tls",
                    format!("{other:?} is not tls or starttls"),
                ));
            }
        };
        let default_port = match tls {
            MailboxTls::Tls => 993,
            MailboxTls::StartTls => 143,
        };
        let user = optional("mailbox_user").ok_or_else(|| {
            invalid(
                "mailbox_user",
                "is required when mailbox_host is set".into(),
            )
        })?;
        let password = self
            .get("mailbox_password")
            .map(|(v, _)| v.clone())
            .filter(|v| !v.is_empty())
            .ok_or_else(|| {
                invalid(
                    "mailbox_password",
                    "is required when mailbox_host is set".into(),
                )
            })?;
        let folder = optional("mailbox_folder").unwrap_or_else(|| "INBOX".to_owned());
        if folder.chars().any(|c| c.is_control() || c == '"') {
            return Err(invalid(
                "mailbox_folder",
                format!("{folder:?} holds quotes or control characters"),
            ));
        }
        let ca_file = optional("mailbox_ca_file").map(PathBuf::from);
        if let Some(path) = &ca_file
            && !path.is_file()
        {
            return Err(invalid(
                "mailbox_ca_file",
                format!("{} is not a readable file", path.display()),
            ));
        }
        Ok(Some(MailboxConfig {
            port: number("mailbox_port", default_port, 1, 65535)? as u16,
            poll_seconds: number("mailbox_poll_seconds", 60, 10, 86_400)?,
            max_message_bytes: number(
                "mailbox_max_message_bytes",
                80 * 1024 * 1024,
                1024,
                1 << 32,
            )?,
            authserv_id: optional("mailbox_authserv_id"),
            host,
            tls,
            user,
            password: Secret::new(password),
            folder,
            ca_file,
        }))
    }
}

trait MailboxCheck {
    fn from_str_checked(value: &str) -> Option<lettre::message::Mailbox>;
}

impl MailboxCheck for lettre::message::Mailbox {
    fn from_str_checked(value: &str) -> Option<lettre::message::Mailbox> {
        value.parse().ok()
    }
}

impl Config {
    /// Defaults only: what `agoral serve` uses with no configuration at all.
    pub fn defaults() -> Config {
        Sources::default()
            .build()
            .unwrap_or_else(|e| unreachable!("the defaults are valid: {e}"))
    }

    /// The configuration as `agoral config` prints it, secrets hidden.
    pub fn describe(&self) -> Vec<(&'static str, String)> {
        let database = if self.database_url.expose().starts_with("sqlite:") {
            self.database_url.expose().to_owned()
        } else {
            redact_url_password(self.database_url.expose())
        };
        vec![
            ("listen", self.listen.to_string()),
            ("data_dir", self.data_dir.display().to_string()),
            ("database_url", database),
            (
                "database_max_connections",
                self.database_max_connections.to_string(),
            ),
            ("public_url", self.public_url.clone()),
            (
                "secret_key",
                if self.secret_key.is_some() {
                    "***".into()
                } else {
                    "(kept in the database)".into()
                },
            ),
            (
                "smtp_host",
                self.smtp
                    .as_ref()
                    .map(|s| format!("{}:{} ({:?})", s.host, s.port, s.tls))
                    .unwrap_or_else(|| "(none: mail is written to files)".into()),
            ),
            (
                "smtp_username",
                self.smtp
                    .as_ref()
                    .and_then(|s| s.username.clone())
                    .unwrap_or_else(|| "(none)".into()),
            ),
            (
                "smtp_password",
                if self
                    .smtp
                    .as_ref()
                    .and_then(|s| s.password.as_ref())
                    .is_some()
                {
                    "***".into()
                } else {
                    "(none)".into()
                },
            ),
            ("mail_from", self.mail_from.clone()),
            ("trust_proxy", self.trust_proxy.to_string()),
            (
                "metrics_token",
                if self.metrics_token.is_some() {
                    "***".into()
                } else {
                    "(none)".into()
                },
            ),
            (
                "metrics_allowed_networks",
                self.metrics_allowed_networks
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ("max_body_bytes", self.max_body_bytes.to_string()),
            ("max_upload_bytes", self.max_upload_bytes.to_string()),
            ("max_dataset_bytes", self.max_dataset_bytes.to_string()),
            ("max_staged_uploads", self.max_staged_uploads.to_string()),
            (
                "max_staged_upload_bytes",
                self.max_staged_upload_bytes.to_string(),
            ),
            (
                "max_attachment_bytes",
                self.max_attachment_bytes.to_string(),
            ),
            (
                "intake_retention_months",
                self.intake_retention_months.to_string(),
            ),
            (
                "page_cache_megabytes",
                self.page_cache_megabytes.to_string(),
            ),
            (
                "request_timeout_secs",
                self.request_timeout_secs.to_string(),
            ),
            (
                "header_read_timeout_secs",
                self.header_read_timeout_secs.to_string(),
            ),
            (
                "keep_alive_timeout_secs",
                self.keep_alive_timeout_secs.to_string(),
            ),
            (
                "max_http_connections",
                self.max_http_connections.to_string(),
            ),
            (
                "max_concurrent_searches",
                self.max_concurrent_searches.to_string(),
            ),
            (
                "session_idle_minutes",
                self.session_idle_minutes.to_string(),
            ),
            ("service_stale_days", self.service_stale_days.to_string()),
            ("fetch_timeout_secs", self.fetch_timeout_secs.to_string()),
            (
                "fetch_connect_timeout_secs",
                self.fetch_connect_timeout_secs.to_string(),
            ),
            ("fetch_max_bytes", self.fetch_max_bytes.to_string()),
            (
                "fetch_allowed_networks",
                self.fetch_allowed_networks
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ("log", self.log.clone()),
            (
                "mailbox",
                self.mailbox
                    .as_ref()
                    .map(|m| {
                        format!(
                            "{} on {}:{} ({:?}), folder {}, every {} s, messages up to {} bytes{}",
                            m.user,
                            m.host,
                            m.port,
                            m.tls,
                            m.folder,
                            m.poll_seconds,
                            m.max_message_bytes,
                            m.ca_file
                                .as_ref()
                                .map(|p| format!(", also trusting {}", p.display()))
                                .unwrap_or_default()
                        )
                    })
                    .unwrap_or_else(|| "(none)".into()),
            ),
        ]
    }

    pub fn media_dir(&self) -> PathBuf {
        self.data_dir.join("media")
    }

    /// This instance's search index.
    pub fn search_dir(&self) -> PathBuf {
        self.data_dir.join("search")
    }

    /// Dataset files between upload and import (removed once imported).
    pub fn imports_dir(&self) -> PathBuf {
        self.data_dir.join("imports")
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }

    /// Backups made from the administration pages.
    pub fn backups_dir(&self) -> PathBuf {
        self.data_dir.join("backups")
    }

    /// Whether readers reach the site over TLS (for HSTS and secure cookies).
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// `postgres://user:pw@host/db` → `postgres://user:***@host/db`.
pub fn redact_url_password(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://")
        && let Some((auth, host)) = rest.split_once('@')
        && let Some((user, _)) = auth.split_once(':')
    {
        return format!("{scheme}://{user}:***@{host}");
    }
    url.to_owned()
}

/// Two searches per core, the default of `max_concurrent_searches`.
fn default_concurrent_searches() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from) * 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(pairs: &[(&'static str, &str)]) -> Result<Config, ConfigError> {
        let mut sources = Sources::default();
        for (k, v) in pairs {
            sources.set(k, *v, "test");
        }
        sources.build()
    }

    #[test]
    fn defaults_need_nothing() {
        let config = Config::defaults();
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(config.data_dir, PathBuf::from("agoral-data"));
        assert!(
            config
                .database_url
                .expose()
                .starts_with("sqlite://agoral-data/agoral.db")
        );
        assert_eq!(format!("{:?}", Secret::new("x")), "***");
    }

    #[test]
    fn bad_values_name_the_setting() {
        let cases = [
            (("listen", "nowhere"), "listen"),
            (("database_url", "mysql://x"), "database_url"),
            (("smtp_host", "mail"), "never"),
            (("max_body_bytes", "lots"), "max_body_bytes"),
            (("trust_proxy", "perhaps"), "trust_proxy"),
            (("secret_key", "short"), "secret_key"),
            (("public_url", "ftp://x"), "public_url"),
            (
                ("fetch_allowed_networks", "10.0.0.0/8, intranet"),
                "fetch_allowed_networks",
            ),
            (("fetch_timeout_secs", "0"), "fetch_timeout_secs"),
            (
                ("metrics_allowed_networks", "192.168.0.0/16, prometheus"),
                "metrics_allowed_networks",
            ),
            (("metrics_token", "short"), "metrics_token"),
        ];
        for ((key, value), expected) in cases {
            match build(&[(key, value)]) {
                Ok(_) => assert_eq!(expected, "never", "{key}={value} should fail"),
                Err(e) => assert!(e.to_string().contains(expected), "{e}"),
            }
        }
    }

    #[test]
    fn environment_overrides_and_files_for_secrets() {
        let dir = tempfile::tempdir().expect("tempdir");
        let secret_path = dir.path().join("pw");
        std::fs::write(&secret_path, "postgres://a:b@localhost/x\n").expect("write");
        let path = secret_path.display().to_string();
        let mut sources = Sources::default();
        sources.set("listen", "0.0.0.0:9000", "file");
        sources
            .load_env(|name| match name {
                "AGORAL_LISTEN" => Some("127.0.0.1:9001".into()),
                "AGORAL_DATABASE_URL_FILE" => Some(path.clone()),
                _ => None,
            })
            .expect("env");
        let config = sources.build().expect("valid");
        assert_eq!(config.listen.port(), 9001);
        assert_eq!(config.database_url.expose(), "postgres://a:b@localhost/x");
        let described = config.describe();
        assert!(
            described
                .iter()
                .any(|(k, v)| *k == "database_url" && v == "postgres://a:***@localhost/x")
        );
    }

    #[test]
    fn the_metrics_token_from_a_file_is_hidden() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("metrics-token");
        std::fs::write(&path, "a-long-metrics-token-0123\n").expect("write");
        let path = path.display().to_string();
        let mut sources = Sources::default();
        sources
            .load_env(|name| match name {
                "AGORAL_METRICS_TOKEN_FILE" => Some(path.clone()),
                "AGORAL_METRICS_ALLOWED_NETWORKS" => Some("10.0.0.0/8, ::1".into()),
                _ => None,
            })
            .expect("env");
        let config = sources.build().expect("valid");
        assert_eq!(
            config.metrics_token.as_ref().map(Secret::expose),
            Some("a-long-metrics-token-0123")
        );
        assert_eq!(config.metrics_allowed_networks.len(), 2);
        let described = config.describe();
        assert!(
            described
                .iter()
                .any(|(k, v)| *k == "metrics_token" && v == "***")
        );
        assert!(Config::defaults().metrics_token.is_none());
        assert!(Config::defaults().metrics_allowed_networks.is_empty());
    }

    #[test]
    fn the_mailbox_section() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ca = dir.path().join("ca.pem");
        std::fs::write(&ca, "-----BEGIN CERTIFICATE-----\n").expect("write");
        let path = dir.path().join("agoral.toml");
        std::fs::write(
            &path,
            format!(
                "listen = \"127.0.0.1:1\"\n[mailbox]\nhost = \"imap.example.org\"\n\
                 user = \"comunicati\"\npassword = \"segreto\"\nca_file = \"{}\"\n",
                ca.display()
            ),
        )
        .expect("write");
        let mut sources = Sources::default();
        sources.load_file(&path).expect("valid file");
        let config = sources.build().expect("valid");
        let mailbox = config.mailbox.expect("mailbox");
        assert_eq!(mailbox.port, 993);
        assert_eq!(mailbox.tls, MailboxTls::Tls);
        assert_eq!(mailbox.folder, "INBOX");
        assert_eq!(mailbox.poll_seconds, 60);
        assert_eq!(mailbox.max_message_bytes, 80 * 1024 * 1024);
        assert_eq!(mailbox.key(), "comunicati@imap.example.org/INBOX");
        assert_eq!(format!("{:?}", mailbox.password), "***");
        assert!(Config::defaults().mailbox.is_none());

        let starttls = build(&[
            ("mailbox_host", "imap.example.org"),
            ("mailbox_user", "u"),
            ("mailbox_password", "p"),
            ("mailbox_tls", "starttls"),
        ])
        .expect("valid");
        assert_eq!(starttls.mailbox.expect("mailbox").port, 143);

        let with_host = |extra: (&'static str, &'static str)| {
            let mut pairs = vec![
                ("mailbox_host", "imap.example.org"),
                ("mailbox_user", "u"),
                ("mailbox_password", "p"),
            ];
            pairs.retain(|(k, _)| *k != extra.0);
            pairs.push(extra);
            build(&pairs)
        };
        for (bad, key) in [
            (("mailbox_user", ""), "mailbox_user"),
            (("mailbox_password", ""), "mailbox_password"),
            (("mailbox_tls", "ssl"), "mailbox_tls"),
            (("mailbox_port", "99999"), "mailbox_port"),
            (("mailbox_poll_seconds", "1"), "mailbox_poll_seconds"),
            (
                ("mailbox_ca_file", "/nonexistent/ca.pem"),
                "mailbox_ca_file",
            ),
            (
                ("mailbox_max_message_bytes", "lots"),
                "mailbox_max_message_bytes",
            ),
            (("mailbox_host", "imap.example.org/x"), "mailbox_host"),
        ] {
            let error = with_host(bad).expect_err("invalid");
            assert!(error.to_string().contains(key), "{error}");
        }

        std::fs::write(&path, "[mailbox]\nhots = \"x\"\n").expect("write");
        let error = Sources::default()
            .load_file(&path)
            .expect_err("unknown key");
        assert!(error.to_string().contains("mailbox_hots"), "{error}");
    }

    #[test]
    fn unknown_keys_in_the_file_fail() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("agoral.toml");
        std::fs::write(&path, "listen = \"127.0.0.1:1\"\nlisten_port = 3\n").expect("write");
        let error = Sources::default()
            .load_file(&path)
            .expect_err("unknown key");
        assert!(error.to_string().contains("listen_port"));
    }
}
