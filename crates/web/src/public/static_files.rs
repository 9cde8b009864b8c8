use axum::{
    extract::Path,
    http::header,
    response::{IntoResponse, Response},
};

use crate::{assets, error::WebError};

/// Static files: a year-long immutable cache at the current fingerprint; an
/// older fingerprint (a page cached before an upgrade) still gets the file,
/// with a short cache.
pub async fn serve_static(
    Path((fingerprint, path)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (bytes, mime) = assets::get(&path).ok_or(WebError::NotFound)?;
    let cache = if fingerprint == assets::fingerprint() {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    Ok((
        [
            (header::CONTENT_TYPE, mime),
            (header::CACHE_CONTROL, cache.to_owned()),
        ],
        bytes.into_owned(),
    )
        .into_response())
}
