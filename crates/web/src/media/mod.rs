//! The media library: uploads checked from their bytes, originals stored
//! without metadata, variants made by a job, texts per language, and the
//! public addresses of the files.

pub mod library;
pub mod process;

use axum::{
    extract::Path,
    http::header,
    response::{IntoResponse, Response},
};

use crate::{error::WebError, state::AppState};

/// `/media/{key}`: an original or a variant, only if the library knows it.
/// Keys are never reused, so the file can be cached for a year.
pub async fn serve_file(
    axum::extract::State(state): axum::extract::State<AppState>,
    Path(key): Path<String>,
) -> Result<Response, WebError> {
    let Some(content_type) = state.db.media_file(&key).await? else {
        return Err(WebError::NotFound);
    };
    let bytes = state
        .media
        .get(&key)
        .await
        .map_err(WebError::internal)?
        .ok_or(WebError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (
                header::CACHE_CONTROL,
                "public, max-age=31536000, immutable".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response())
}
