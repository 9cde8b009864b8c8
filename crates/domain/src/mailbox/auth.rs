//! Whether the mailbox's own server authenticated the domain of `From`.
//!
//! Anybody can write `From: ufficio.stampa@prefettura.it`. The server that
//! received the message checked SPF, DKIM and DMARC and wrote what it found
//! in an `Authentication-Results` header (RFC 8601) on top of the message.
//! Headers further down may have been written by anybody on the way, the
//! sender included, so only the top-most one counts — or, when the
//! configuration names the server's `authserv-id`, the top-most one carrying
//! that id (a server that follows RFC 8601 removes forged ones with its id).
//!
//! A message is authenticated when that header says `dmarc=pass` for the
//! From domain, or `dkim=pass`/`spf=pass` for a domain aligned with it (the
//! same domain, or one a subdomain of the other: DMARC's relaxed alignment,
//! without the public suffix list, and never a bare top-level domain).

/// What the receiving server's results say about the From domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SenderAuthentication {
    /// Authenticated by this method (`dmarc`, `dkim` or `spf`).
    Passed { method: &'static str },
    /// No `Authentication-Results` header from the mailbox's server.
    NoResults,
    /// Results were recorded, but none passes for the From domain: the
    /// results as `method=result` words, for the redazione's note.
    NotPassed { results: String },
}

impl SenderAuthentication {
    pub fn passed(&self) -> bool {
        matches!(self, SenderAuthentication::Passed { .. })
    }
}

/// One `method=result` statement and its properties (`header.d` → value).
#[derive(Debug)]
struct Statement {
    method: String,
    result: String,
    properties: Vec<(String, String)>,
}

impl Statement {
    fn property(&self, name: &str) -> Option<&str> {
        self.properties
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Judges the `Authentication-Results` headers, given top to bottom as
/// they appear in the message, against the domain of `From`.
pub fn evaluate(
    headers: &[String],
    authserv_id: Option<&str>,
    from_domain: Option<&str>,
) -> SenderAuthentication {
    let mut parsed = headers.iter().map(|h| parse_header(h));
    let chosen = match authserv_id {
        Some(id) => parsed.find(|(server, _)| server.eq_ignore_ascii_case(id)),
        None => parsed.next(),
    };
    let Some((_, statements)) = chosen else {
        return SenderAuthentication::NoResults;
    };
    let summary = || {
        let words: Vec<String> = statements
            .iter()
            .map(|s| format!("{}={}", s.method, s.result))
            .collect();
        let text = words.join(" ");
        if text.is_empty() {
            "none".to_owned()
        } else {
            text.chars().take(200).collect()
        }
    };
    let Some(from) = from_domain.map(|d| d.trim().to_ascii_lowercase()) else {
        return SenderAuthentication::NotPassed { results: summary() };
    };
    for s in &statements {
        if s.result != "pass" {
            continue;
        }
        let passed = match s.method.as_str() {
            "dmarc" => s
                .property("header.from")
                .is_none_or(|d| domain_of(d) == from),
            "dkim" => s
                .property("header.d")
                .or_else(|| s.property("header.i"))
                .is_some_and(|d| aligned(&domain_of(d), &from)),
            "spf" => s
                .property("smtp.mailfrom")
                .is_some_and(|d| aligned(&domain_of(d), &from)),
            _ => false,
        };
        if passed {
            let method = match s.method.as_str() {
                "dmarc" => "dmarc",
                "dkim" => "dkim",
                _ => "spf",
            };
            return SenderAuthentication::Passed { method };
        }
    }
    SenderAuthentication::NotPassed { results: summary() }
}

/// The domain of an address or of a bare domain, lower-cased.
fn domain_of(value: &str) -> String {
    let value = value.trim().trim_matches('"');
    value
        .rsplit_once('@')
        .map_or(value, |(_, d)| d)
        .trim_end_matches('.')
        .to_ascii_lowercase()
}

/// Relaxed alignment: the same domain, or one a subdomain of the other;
/// never a bare top-level domain.
fn aligned(authenticated: &str, from: &str) -> bool {
    if !authenticated.contains('.') || !from.contains('.') {
        return false;
    }
    authenticated == from
        || from.ends_with(&format!(".{authenticated}"))
        || authenticated.ends_with(&format!(".{from}"))
}

/// The authserv-id and the statements of one header value.
fn parse_header(value: &str) -> (String, Vec<Statement>) {
    let cleaned = strip_comments(value);
    let mut parts = cleaned.split(';');
    let server = parts
        .next()
        .and_then(|first| first.split_whitespace().next())
        .unwrap_or("")
        .to_owned();
    let statements = parts
        .filter_map(|part| {
            let mut words = part.split_whitespace();
            let (method, result) = words.next()?.split_once('=')?;
            // `dkim/1=pass`: a method version.
            let method = method.split('/').next().unwrap_or(method);
            let properties = words
                .filter_map(|w| {
                    let (name, value) = w.split_once('=')?;
                    Some((
                        name.to_ascii_lowercase(),
                        value.trim_matches('"').to_owned(),
                    ))
                })
                .collect();
            Some(Statement {
                method: method.trim().to_ascii_lowercase(),
                result: result.trim().to_ascii_lowercase(),
                properties,
            })
        })
        .collect();
    (server, statements)
}

/// Removes `(comments)`, which may nest, outside quoted strings; a
/// semicolon inside a quoted string would split a statement, so quoted
/// semicolons are replaced by spaces.
fn strip_comments(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut depth = 0usize;
    let mut quoted = false;
    let mut escaped = false;
    for c in value.chars() {
        if escaped {
            escaped = false;
            if depth == 0 {
                out.push(c);
            }
            continue;
        }
        match c {
            '\\' => escaped = true,
            '"' if depth == 0 => {
                quoted = !quoted;
                out.push(c);
            }
            '(' if !quoted => depth += 1,
            ')' if !quoted && depth > 0 => depth -= 1,
            ';' if quoted => out.push(' '),
            _ if depth == 0 => out.push(if c == '\r' || c == '\n' { ' ' } else { c }),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{SenderAuthentication, evaluate};

    fn judge(headers: &[&str], id: Option<&str>, from: &str) -> SenderAuthentication {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        evaluate(&headers, id, Some(from))
    }

    #[test]
    fn passing_and_failing_results() {
        use SenderAuthentication::*;
        let cases: &[(&[&str], Option<&str>, &str, SenderAuthentication)] = &[
            (
                &["mx.provincia.al.it; dmarc=pass (p=reject) header.from=prefettura.it"],
                None,
                "prefettura.it",
                Passed { method: "dmarc" },
            ),
            (
                &["mx.provincia.al.it; spf=pass smtp.mailfrom=bounce@prefettura.it; dkim=none"],
                None,
                "prefettura.it",
                Passed { method: "spf" },
            ),
            (
                &["mx; dkim=pass header.d=mail.comune.alessandria.it header.s=s1"],
                None,
                "comune.alessandria.it",
                Passed { method: "dkim" },
            ),
            // DMARC for another domain than From.
            (
                &["mx; dmarc=pass header.from=evil.example"],
                None,
                "prefettura.it",
                NotPassed {
                    results: "dmarc=pass".into(),
                },
            ),
            // SPF passes, but for the attacker's envelope domain.
            (
                &[
                    "mx; spf=pass smtp.mailfrom=x@evil.example; dmarc=fail header.from=prefettura.it",
                ],
                None,
                "prefettura.it",
                NotPassed {
                    results: "spf=pass dmarc=fail".into(),
                },
            ),
            // A bare top-level domain never aligns.
            (
                &["mx; dkim=pass header.d=it"],
                None,
                "prefettura.it",
                NotPassed {
                    results: "dkim=pass".into(),
                },
            ),
            // The attacker's header sits below the server's: only the top one counts.
            (
                &["mx; dmarc=fail header.from=prefettura.it", "mx; dmarc=pass"],
                None,
                "prefettura.it",
                NotPassed {
                    results: "dmarc=fail".into(),
                },
            ),
            // With the server's id configured, a header with another id is ignored…
            (
                &["forged.example; dmarc=pass", "mx.provincia.al.it; spf=fail"],
                Some("mx.provincia.al.it"),
                "prefettura.it",
                NotPassed {
                    results: "spf=fail".into(),
                },
            ),
            // …and when none carries it, there are no results at all.
            (
                &["forged.example; dmarc=pass"],
                Some("mx.provincia.al.it"),
                "prefettura.it",
                NoResults,
            ),
            (&[], None, "prefettura.it", NoResults),
            (
                &["mx; none"],
                None,
                "prefettura.it",
                NotPassed {
                    results: "none".into(),
                },
            ),
            // Comments and quoted semicolons do not fool the split.
            (
                &["mx (a comment; dmarc=pass); spf=neutral reason=\"x; dmarc=pass\""],
                None,
                "prefettura.it",
                NotPassed {
                    results: "spf=neutral".into(),
                },
            ),
            (
                &["MX; DMARC=PASS HEADER.FROM=Prefettura.IT"],
                None,
                "prefettura.it",
                Passed { method: "dmarc" },
            ),
        ];
        for (headers, id, from, expected) in cases {
            assert_eq!(&judge(headers, *id, from), expected, "{headers:?}");
        }
    }

    #[test]
    fn no_from_domain_never_passes() {
        let headers = vec!["mx; dmarc=pass".to_owned()];
        assert!(!evaluate(&headers, None, None).passed());
    }
}
