//! Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, six
//! digits), the kind every authenticator app understands.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha1::Sha1;

const STEP: i64 = 30;

/// A fresh 160-bit secret, base32-encoded as authenticator apps expect.
pub fn generate_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::thread_rng().fill_bytes(&mut bytes);
    data_encoding::BASE32_NOPAD.encode(&bytes)
}

/// The time step that contains `unix_seconds`.
pub fn step_at(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(STEP)
}

/// The six-digit code for a time step, or `None` for a malformed secret.
pub fn code_for_step(secret_base32: &str, step: i64) -> Option<String> {
    let key = data_encoding::BASE32_NOPAD
        .decode(secret_base32.trim_end_matches('=').as_bytes())
        .ok()?;
    let mut mac = Hmac::<Sha1>::new_from_slice(&key).ok()?;
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let binary = (u32::from(digest[offset] & 0x7f) << 24)
        | (u32::from(digest[offset + 1]) << 16)
        | (u32::from(digest[offset + 2]) << 8)
        | u32::from(digest[offset + 3]);
    Some(format!("{:06}", binary % 1_000_000))
}

/// Checks a code typed at `unix_seconds`, allowing one step of clock drift
/// either way. Returns the matched step, so that the caller can refuse a
/// step already used (a code works once).
pub fn verify(secret_base32: &str, code: &str, unix_seconds: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = step_at(unix_seconds);
    [now - 1, now, now + 1]
        .into_iter()
        .find(|step| code_for_step(secret_base32, *step).as_deref() == Some(code.as_str()))
}

/// The `otpauth://` address that authenticator apps read from a QR code.
pub fn provisioning_uri(secret_base32: &str, account: &str, issuer: &str) -> String {
    fn encode(value: &str) -> String {
        value
            .bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    char::from(b).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    }
    format!(
        "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits=6&period=30",
        encode(issuer),
        encode(account),
        secret_base32,
        encode(issuer)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B test vectors (SHA-1, last six digits).
    #[test]
    fn rfc6238_vectors() {
        let secret = data_encoding::BASE32_NOPAD.encode(b"12345678901234567890");
        let vectors = [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
        ];
        for (time, code) in vectors {
            assert_eq!(code_for_step(&secret, step_at(time)).as_deref(), Some(code));
        }
    }

    #[test]
    fn verify_allows_one_step_of_drift() {
        let secret = generate_secret();
        let now = 1_800_000_000;
        let previous = code_for_step(&secret, step_at(now) - 1).expect("code");
        assert_eq!(verify(&secret, &previous, now), Some(step_at(now) - 1));
        let old = code_for_step(&secret, step_at(now) - 3).expect("code");
        assert_eq!(verify(&secret, &old, now), None);
        assert_eq!(verify(&secret, "12345", now), None);
        assert_eq!(verify(&secret, "abcdef", now), None);
    }
}
