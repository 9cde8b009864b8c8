//! Outbound HTTP fetches, guarded against server-side request forgery.
//!
//! An address typed in the back office (a feed) makes the server connect
//! somewhere. Without care that somewhere could be the server itself, a
//! database on the private network or a cloud metadata service, reached
//! directly, through a redirect, or through a name that resolves to an
//! internal address. So every fetch here:
//!
//! - accepts `http` and `https` only, at the start and after each redirect;
//! - resolves names itself and connects only to the addresses it checked
//!   (the resolver handed to the client filters them: there is no second
//!   lookup that could answer differently), and checks IP literals before
//!   sending; loopback, private, link-local and other internal ranges are
//!   refused unless the source may reach them, or the administrator listed
//!   the network in `fetch_allowed_networks`;
//! - follows at most [`MAX_REDIRECTS`] redirects, each checked again;
//! - stops at a total time limit and a connection time limit, and reads the
//!   body as it arrives, stopping at the size limit without reading on;
//! - ignores proxy variables (a proxy would resolve names on our behalf)
//!   and asks for no compression (a small compressed answer could expand
//!   past the limit after the check).

use std::{
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
    time::Duration,
};

use agoral_domain::net::{AddressClass, Network, classify};
use reqwest::{StatusCode, Url, header, redirect};

/// Most redirects followed.
pub const MAX_REDIRECTS: usize = 5;

/// Time and size limits of one fetch.
#[derive(Debug, Clone)]
pub struct Limits {
    /// For the whole fetch: connections, redirects and the body.
    pub timeout: Duration,
    /// For each connection.
    pub connect_timeout: Duration,
    /// Largest body read.
    pub max_bytes: usize,
}

impl Limits {
    pub fn from_config(config: &crate::config::Config) -> Limits {
        Limits {
            timeout: Duration::from_secs(config.fetch_timeout_secs),
            connect_timeout: Duration::from_secs(config.fetch_connect_timeout_secs),
            max_bytes: config.fetch_max_bytes,
        }
    }
}

/// Which addresses a fetch may connect to.
#[derive(Debug, Clone, Default)]
pub struct AddressPolicy {
    /// Loopback, private and link-local addresses are allowed (a source an
    /// administrator marked as internal).
    pub allow_private: bool,
    /// Networks allowed whatever their class (`fetch_allowed_networks`).
    pub allowed_networks: Vec<Network>,
}

impl AddressPolicy {
    pub fn allows(&self, ip: IpAddr) -> bool {
        self.allowed_networks.iter().any(|n| n.contains(ip))
            || classify(ip).is_allowed(self.allow_private)
    }
}

/// Validators of a previous answer, for a conditional request.
#[derive(Debug, Clone, Default)]
pub struct Conditional {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A successful fetch.
#[derive(Debug)]
pub enum Fetched {
    /// HTTP 304: the validators still hold.
    NotModified,
    /// A complete body, within the size limit.
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
        last_modified: Option<String>,
        /// The address the body came from, after redirects.
        url: String,
    },
}

/// Why a fetch gave nothing. The `Display` text is the technical detail
/// kept for administrators; the kind decides the message they read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("{0}")]
    BadAddress(String),
    #[error("{}", blocked_text(.host, .address, .class))]
    Blocked {
        /// The name that resolved to the address; empty for an address
        /// written as an IP.
        host: String,
        address: IpAddr,
        class: AddressClass,
    },
    #[error("redirect to {0}")]
    BadRedirect(String),
    #[error("more than {MAX_REDIRECTS} redirects")]
    TooManyRedirects,
    #[error("no complete answer within {0} s")]
    Timeout(u64),
    #[error("larger than {0} bytes")]
    TooLarge(usize),
    #[error("HTTP {0}")]
    Http(u16),
    #[error("{0}")]
    Connection(String),
}

/// `127.0.0.1 (loopback)`, or `intranet.example → 10.0.0.5 (private)`.
fn blocked_text(host: &str, address: &IpAddr, class: &AddressClass) -> String {
    if host.is_empty() {
        format!("{address} ({})", class.as_str())
    } else {
        format!("{host} → {address} ({})", class.as_str())
    }
}

/// Fetches `url` with a GET under the address policy and the limits.
pub async fn fetch(
    url: &str,
    policy: &AddressPolicy,
    limits: &Limits,
    conditional: &Conditional,
    user_agent: &str,
) -> Result<Fetched, FetchError> {
    let seconds = limits.timeout.as_secs().max(1);
    tokio::time::timeout(
        limits.timeout,
        fetch_within(url, policy, limits, conditional, user_agent),
    )
    .await
    .unwrap_or(Err(FetchError::Timeout(seconds)))
}

async fn fetch_within(
    url: &str,
    policy: &AddressPolicy,
    limits: &Limits,
    conditional: &Conditional,
    user_agent: &str,
) -> Result<Fetched, FetchError> {
    let refused = Arc::new(Mutex::new(None));
    let client = reqwest::Client::builder()
        .no_proxy()
        .redirect(redirect::Policy::none())
        .connect_timeout(limits.connect_timeout)
        .user_agent(user_agent)
        .dns_resolver(Arc::new(GuardedResolver {
            policy: policy.clone(),
            refused: refused.clone(),
        }))
        .build()
        .map_err(|e| FetchError::Connection(e.to_string()))?;
    let mut current = Url::parse(url).map_err(|e| FetchError::BadAddress(e.to_string()))?;
    for hop in 0..=MAX_REDIRECTS {
        check_target(&current, policy).map_err(|e| match e {
            FetchError::BadAddress(_) if hop > 0 => FetchError::BadRedirect(current.to_string()),
            other => other,
        })?;
        let mut request = client.get(current.clone());
        if let Some(etag) = &conditional.etag {
            request = request.header(header::IF_NONE_MATCH, etag);
        }
        if let Some(modified) = &conditional.last_modified {
            request = request.header(header::IF_MODIFIED_SINCE, modified);
        }
        let response = match request.send().await {
            Ok(response) => response,
            Err(e) => {
                let blocked = refused.lock().ok().and_then(|mut slot| slot.take());
                return Err(match blocked {
                    Some(blocked) => blocked,
                    None if e.is_timeout() => FetchError::Timeout(limits.connect_timeout.as_secs()),
                    None => FetchError::Connection(describe(&e)),
                });
            }
        };
        let status = response.status();
        if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
            let Some(location) = response
                .headers()
                .get(header::LOCATION)
                .and_then(|v| v.to_str().ok())
            else {
                return Err(FetchError::Http(status.as_u16()));
            };
            current = current
                .join(location)
                .map_err(|_| FetchError::BadRedirect(location.chars().take(200).collect()))?;
            continue;
        }
        if status == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(FetchError::Http(status.as_u16()));
        }
        let header_text = |name: header::HeaderName| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let etag = header_text(header::ETAG);
        let last_modified = header_text(header::LAST_MODIFIED);
        let bytes = read_limited(response, limits.max_bytes).await?;
        return Ok(Fetched::Body {
            bytes,
            etag,
            last_modified,
            url: current.to_string(),
        });
    }
    Err(FetchError::TooManyRedirects)
}

/// The scheme and, for an address written as an IP, the address itself.
/// Names are checked by the resolver when the client connects.
fn check_target(url: &Url, policy: &AddressPolicy) -> Result<(), FetchError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(FetchError::BadAddress(format!(
            "the scheme {:?} is not http or https",
            url.scheme()
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(FetchError::BadAddress("credentials in the address".into()));
    }
    let ip = match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip),
        Some(url::Host::Domain(_)) => return Ok(()),
        None => return Err(FetchError::BadAddress("no host".into())),
    };
    if policy.allows(ip) {
        Ok(())
    } else {
        Err(FetchError::Blocked {
            host: String::new(),
            address: ip,
            class: classify(ip),
        })
    }
}

/// Reads the body chunk by chunk, and stops as soon as it passes `max`:
/// a body announced as larger is refused before reading anything.
async fn read_limited(mut response: reqwest::Response, max: usize) -> Result<Vec<u8>, FetchError> {
    if response
        .content_length()
        .is_some_and(|length| length > max as u64)
    {
        return Err(FetchError::TooLarge(max));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| FetchError::Connection(describe(&e)))?
    {
        if body.len() + chunk.len() > max {
            return Err(FetchError::TooLarge(max));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The innermost cause of a client error, which is what says what happened
/// ("connection refused", "certificate expired").
fn describe(error: &reqwest::Error) -> String {
    let mut source: &dyn std::error::Error = error;
    while let Some(next) = source.source() {
        source = next;
    }
    source.to_string().chars().take(300).collect()
}

/// Resolves names for the client, keeping only the addresses the policy
/// allows. When none is left, the refusal is kept for the fetch to report.
struct GuardedResolver {
    policy: AddressPolicy,
    refused: Arc<Mutex<Option<FetchError>>>,
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let policy = self.policy.clone();
        let refused = self.refused.clone();
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let (allowed, blocked): (Vec<SocketAddr>, Vec<SocketAddr>) =
                found.into_iter().partition(|a| policy.allows(a.ip()));
            if allowed.is_empty() {
                if let Some(first) = blocked.first() {
                    let error = FetchError::Blocked {
                        host: host.clone(),
                        address: first.ip(),
                        class: classify(first.ip()),
                    };
                    if let Ok(mut slot) = refused.lock() {
                        *slot = Some(error.clone());
                    }
                    return Err(Box::new(error) as Box<dyn std::error::Error + Send + Sync>);
                }
                return Err(format!("{host} has no address").into());
            }
            Ok(Box::new(allowed.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_checked_before_connecting() {
        let strict = AddressPolicy::default();
        let open = AddressPolicy {
            allow_private: true,
            allowed_networks: Vec::new(),
        };
        let listed = AddressPolicy {
            allow_private: false,
            allowed_networks: vec![Network::parse("127.0.0.2").expect("network")],
        };
        let url = |s: &str| Url::parse(s).expect("url");
        assert!(check_target(&url("https://example.org/feed"), &strict).is_ok());
        assert!(matches!(
            check_target(&url("http://127.0.0.1/feed"), &strict),
            Err(FetchError::Blocked {
                class: AddressClass::Loopback,
                ..
            })
        ));
        assert!(check_target(&url("http://127.0.0.1/feed"), &open).is_ok());
        assert!(check_target(&url("http://127.0.0.2/feed"), &listed).is_ok());
        assert!(check_target(&url("http://127.0.0.1/feed"), &listed).is_err());
        assert!(matches!(
            check_target(&url("http://[::ffff:169.254.169.254]/"), &strict),
            Err(FetchError::Blocked {
                class: AddressClass::LinkLocal,
                ..
            })
        ));
        for bad in [
            "file:///etc/passwd",
            "ftp://example.org/x",
            "https://u:p@example.org/",
        ] {
            assert!(
                matches!(
                    check_target(&url(bad), &open),
                    Err(FetchError::BadAddress(_))
                ),
                "{bad}"
            );
        }
    }
}
