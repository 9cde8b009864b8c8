//! Form handling shared by every page: the body extractor that turns
//! malformed input into a clear 400 page, the signed form tokens used by
//! forms shown without a session (cookie-less, except the login form's,
//! bound to a cookie of its own), and field errors for re-rendering.

use agoral_domain::FieldError;
use axum::{
    extract::{FromRequest, Request},
    http::header,
};
use hmac::{Hmac, Mac};
use rand::RngCore;
use serde::de::DeserializeOwned;
use sha2::Sha256;

use crate::error::WebError;

/// A URL-encoded form body. Unlike axum's `Form`, a malformed body (bad
/// percent-encoding, wrong field types, wrong content type) becomes our
/// localised 400 page.
#[derive(Debug)]
pub struct Form<T>(pub T);

impl<T, S> FromRequest<S> for Form<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = WebError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(WebError::BadRequest("error-400-text"));
        }
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|_| WebError::PayloadTooLarge)?;
        if std::str::from_utf8(&bytes).is_err() || has_bad_percent_encoding(&bytes) {
            return Err(WebError::BadRequest("error-400-text"));
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(Form)
            .map_err(|_| WebError::BadRequest("error-400-text"))
    }
}

/// True when a `%` is not followed by two hex digits, or the decoded bytes
/// are not UTF-8. Browsers never send either.
pub fn has_bad_percent_encoding(bytes: &[u8]) -> bool {
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3);
                match hex
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                {
                    Some(b) => decoded.push(b),
                    None => return true,
                }
                i += 3;
            }
            b'&' | b'=' => {
                if std::str::from_utf8(&decoded).is_err() {
                    return true;
                }
                decoded.clear();
                i += 1;
            }
            b => {
                decoded.push(b);
                i += 1;
            }
        }
    }
    std::str::from_utf8(&decoded).is_err()
}

/// Signs and checks the anti-forgery tokens of forms shown to people without
/// a session (login, password reset, public forms). Nothing is stored: the
/// token carries its issue time and an HMAC. The login form's token is
/// also bound to a cookie ([`FormSigner::issue_bound`]).
#[derive(Clone)]
pub struct FormSigner {
    key: Vec<u8>,
}

impl std::fmt::Debug for FormSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FormSigner(***)")
    }
}

/// A form token is valid this long after it was shown.
pub const FORM_TOKEN_MAX_AGE: i64 = 6 * 3600;

impl FormSigner {
    pub fn new(key: &[u8]) -> FormSigner {
        FormSigner { key: key.to_vec() }
    }

    fn mac(&self, message: &str) -> Vec<u8> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key)
            .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
        mac.update(message.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    /// A token issued at `now` (Unix seconds).
    pub fn issue(&self, now: i64) -> String {
        let mut nonce = [0u8; 9];
        rand::thread_rng().fill_bytes(&mut nonce);
        self.token(now, &data_encoding::BASE64URL_NOPAD.encode(&nonce))
    }

    fn token(&self, now: i64, nonce: &str) -> String {
        let mac = self.mac(&format!("form:{now}:{nonce}"));
        format!(
            "{now}.{nonce}.{}",
            data_encoding::BASE64URL_NOPAD.encode(&mac)
        )
    }

    /// A token issued at `now` and bound to `binding`, a random value the
    /// browser keeps in a cookie (the login form's): a form token like any
    /// other, whose nonce is derived from `binding` with the key, so that
    /// nobody without that value can make or match it.
    pub fn issue_bound(&self, now: i64, binding: &str) -> String {
        self.token(now, &self.bound_nonce(binding))
    }

    /// The issue time of a valid, unexpired token bound to `binding`.
    pub fn verify_bound(&self, token: &str, now: i64, binding: &str) -> Option<i64> {
        let issued = self.verify(token, now)?;
        let nonce = token.split('.').nth(1)?;
        constant_time_eq(nonce.as_bytes(), self.bound_nonce(binding).as_bytes()).then_some(issued)
    }

    fn bound_nonce(&self, binding: &str) -> String {
        let mac = self.mac(&format!("bound:{binding}"));
        data_encoding::BASE64URL_NOPAD.encode(&mac[..9])
    }

    /// The issue time of a valid, unexpired token.
    pub fn verify(&self, token: &str, now: i64) -> Option<i64> {
        let mut parts = token.split('.');
        let (issued, nonce, mac) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let issued_at: i64 = issued.parse().ok()?;
        let given = data_encoding::BASE64URL_NOPAD.decode(mac.as_bytes()).ok()?;
        let expected = self.mac(&format!("form:{issued_at}:{nonce}"));
        let fresh = issued_at <= now + 60 && now - issued_at <= FORM_TOKEN_MAX_AGE;
        (constant_time_eq(&given, &expected) && fresh).then_some(issued_at)
    }
}

pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Field errors of a form, looked up by field name in templates.
#[derive(Debug, Default, Clone)]
pub struct FormErrors(pub Vec<FieldError>);

impl FormErrors {
    /// The message id for `field`, if it has an error.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn push(&mut self, field: &'static str, message: &'static str) {
        self.0.push(FieldError::new(field, message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_tokens() {
        let signer = FormSigner::new(b"0123456789abcdef0123456789abcdef");
        let now = 1_800_000_000;
        let token = signer.issue(now);
        assert_eq!(signer.verify(&token, now + 10), Some(now));
        assert_eq!(signer.verify(&token, now + FORM_TOKEN_MAX_AGE + 1), None);
        let other = FormSigner::new(b"another key, another key, another");
        assert_eq!(other.verify(&token, now), None);
        let forged = token.replacen(&now.to_string(), &(now + 5).to_string(), 1);
        assert_eq!(signer.verify(&forged, now + 10), None);
        for junk in ["", "a.b", "1.2.3.4", "x.y.z"] {
            assert_eq!(signer.verify(junk, now), None);
        }
    }

    #[test]
    fn bound_form_tokens() {
        let signer = FormSigner::new(b"0123456789abcdef0123456789abcdef");
        let now = 1_800_000_000;
        let token = signer.issue_bound(now, "cookie-a");
        assert_eq!(signer.verify_bound(&token, now + 10, "cookie-a"), Some(now));
        assert_eq!(
            signer.verify(&token, now + 10),
            Some(now),
            "still a form token"
        );
        assert_eq!(signer.verify_bound(&token, now + 10, "cookie-b"), None);
        assert_eq!(
            signer.verify_bound(&token, now + FORM_TOKEN_MAX_AGE + 1, "cookie-a"),
            None
        );
        let unbound = signer.issue(now);
        assert_eq!(signer.verify_bound(&unbound, now, "cookie-a"), None);
        let other = FormSigner::new(b"another key, another key, another");
        assert_eq!(other.verify_bound(&token, now, "cookie-a"), None);
    }

    #[test]
    fn percent_encoding() {
        assert!(!has_bad_percent_encoding(b"a=1&b=%C3%A8"));
        assert!(has_bad_percent_encoding(b"a=%ZZ"));
        assert!(has_bad_percent_encoding(b"a=%C3"));
        assert!(has_bad_percent_encoding(b"a=%"));
        assert!(has_bad_percent_encoding(b"a=%FF%FE"));
    }
}

/// A URL-encoded body as name/value pairs, for forms with repeated fields
/// (checkbox groups), with the same checks as [`Form`].
#[derive(Debug, Default)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    }

    pub fn get_all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

impl<S: Send + Sync> FromRequest<S> for Fields {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let Form(pairs) = Form::<Vec<(String, String)>>::from_request(req, state).await?;
        Ok(Fields(pairs))
    }
}
