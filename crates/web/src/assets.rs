//! Static files (CSS, fonts, images, scripts), compiled into the binary and
//! served at `/static/{fingerprint}/{path}` with a year-long cache. The
//! fingerprint is a hash of all the files together, so relative references
//! between them (CSS → fonts) keep working and any change gives new URLs.

use std::{borrow::Cow, collections::HashMap, sync::OnceLock};

use rust_embed::RustEmbed;
use sha2::{Digest, Sha256};

#[derive(RustEmbed)]
#[folder = "static/"]
#[exclude = "*.md"]
#[exclude = "*.txt"]
struct Files;

/// The fingerprint of the current set of static files.
pub fn fingerprint() -> &'static str {
    static FINGERPRINT: OnceLock<String> = OnceLock::new();
    FINGERPRINT.get_or_init(|| {
        let mut names: Vec<_> = Files::iter().collect();
        names.sort();
        let mut hasher = Sha256::new();
        for name in names {
            hasher.update(name.as_bytes());
            if let Some(file) = Files::get(&name) {
                hasher.update(file.metadata.sha256_hash());
            }
        }
        data_encoding::HEXLOWER.encode(&hasher.finalize())[..12].to_owned()
    })
}

/// The public address of a static file: made once for each file, since
/// every page links four.
pub fn url(path: &str) -> Cow<'static, str> {
    static URLS: OnceLock<HashMap<String, String>> = OnceLock::new();
    let urls = URLS.get_or_init(|| {
        Files::iter()
            .map(|name| {
                let url = format!("/static/{}/{}", fingerprint(), name);
                (name.into_owned(), url)
            })
            .collect()
    });
    match urls.get(path) {
        Some(url) => Cow::Borrowed(url.as_str()),
        None => Cow::Owned(format!("/static/{}/{}", fingerprint(), path)),
    }
}

/// The bytes and content type of a static file.
pub fn get(path: &str) -> Option<(std::borrow::Cow<'static, [u8]>, String)> {
    let file = Files::get(path)?;
    let mime = mime_guess::from_path(path)
        .first_or_octet_stream()
        .essence_str()
        .to_owned();
    Some((file.data, mime))
}
