//! Single-use secrets sent by mail or shown once: invitation and password
//! reset links, session ids, recovery codes. Only a SHA-256 hash of each is
//! stored, so a copy of the database opens no account.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// A fresh random token (256 bits, URL-safe) and the hash to store.
pub fn generate() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let token = data_encoding::BASE64URL_NOPAD.encode(&bytes);
    let hash = hash(&token);
    (token, hash)
}

/// The stored form of a token.
pub fn hash(token: &str) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(token.as_bytes()))
}

/// Ten recovery codes of the form `abcde-fghij`, easy to copy by hand.
pub fn recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::thread_rng();
    (0..10)
        .map(|_| {
            let mut code = String::with_capacity(11);
            for i in 0..10 {
                if i == 5 {
                    code.push('-');
                }
                let index = (rng.next_u32() as usize) % ALPHABET.len();
                code.push(char::from(ALPHABET[index]));
            }
            code
        })
        .collect()
}

/// Normalises a recovery code as typed (spaces, capitals) before hashing.
pub fn normalise_recovery_code(code: &str) -> String {
    let compact: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if compact.len() == 10 {
        format!("{}-{}", &compact[..5], &compact[5..])
    } else {
        compact
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, ha) = generate();
        let (b, _) = generate();
        assert_ne!(a, b);
        assert_eq!(hash(&a), ha);
        assert_eq!(a.len(), 43);
    }

    #[test]
    fn recovery_codes_normalise() {
        let codes = recovery_codes();
        assert_eq!(codes.len(), 10);
        for code in &codes {
            assert_eq!(
                &normalise_recovery_code(&code.to_uppercase().replace('-', " ")),
                code
            );
        }
    }
}
