//! The media library: uploads checked from their bytes, originals stored
//! without metadata, variants made by a job, texts per language, and the
//! public addresses of the files.

pub mod library;
pub mod process;

use agoral_db::{Db, media::NewMedia};
use agoral_domain::time::Timestamp;
use axum::{
    extract::Path,
    http::header,
    response::{IntoResponse, Response},
};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::{error::WebError, jobs::media_variants, state::AppState, storage::MediaStore};

/// An image kept in the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    /// Where the clean original was stored (empty for a repeat: nothing new).
    pub storage_key: String,
    /// False when the same picture was already there.
    pub new: bool,
}

/// Checks an image, stores its clean original under a fresh key, records it
/// and queues its variants. The outer error is the system's; the inner one
/// says why the image itself was refused. A failed record leaves no file.
pub async fn store_image(
    db: &Db,
    store: &MediaStore,
    bytes: Vec<u8>,
    original_name: &str,
    created_by: Option<i64>,
) -> anyhow::Result<Result<Stored, process::ImageError>> {
    // Decoding and encoding are slow: off the async threads.
    let prepared = match tokio::task::spawn_blocking(move || process::prepare(&bytes)).await? {
        Ok(prepared) => prepared,
        Err(refused) => return Ok(Err(refused)),
    };
    let sha256 = data_encoding::HEXLOWER.encode(&Sha256::digest(&prepared.bytes));
    if let Some(id) = db.media_by_sha256(&sha256).await? {
        return Ok(Ok(Stored {
            id,
            storage_key: String::new(),
            new: false,
        }));
    }
    let mut random = [0u8; 10];
    rand::thread_rng().fill_bytes(&mut random);
    let key = format!(
        "{}/{}.{}",
        Timestamp::now().year_month_path(),
        data_encoding::BASE32_NOPAD
            .encode(&random)
            .to_ascii_lowercase(),
        prepared.kind.extension()
    );
    let size = prepared.bytes.len() as i64;
    store.put(&key, prepared.bytes).await?;
    let created = db
        .create_media(&NewMedia {
            storage_key: &key,
            content_type: prepared.kind.content_type(),
            size_bytes: size,
            sha256: &sha256,
            width: i64::from(prepared.width),
            height: i64::from(prepared.height),
            original_name,
            created_by,
        })
        .await;
    let id = match created {
        Ok(id) => id,
        Err(e) => {
            let _ = store.delete(&key).await;
            return Err(e.into());
        }
    };
    media_variants::enqueue(db, id).await?;
    Ok(Ok(Stored {
        id,
        storage_key: key,
        new: true,
    }))
}

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
