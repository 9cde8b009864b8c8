//! Makes the responsive variants of an uploaded image (WebP and JPEG at
//! each width of `srcset`). Encoding is slow, so it never happens in the
//! request: the upload queues this job. Idempotent: a rerun rewrites the
//! same keys and replaces the rows.

use agoral_db::jobs::Job;
use agoral_domain::media::Variant;
use anyhow::Context;

use crate::{
    media::process::{self, VariantFormat},
    state::AppState,
};

pub const KIND: &str = "media_variants";

#[derive(serde::Serialize, serde::Deserialize)]
struct Payload {
    media_id: i64,
}

pub async fn enqueue(db: &agoral_db::Db, media_id: i64) -> Result<(), agoral_db::DbError> {
    let payload = serde_json::json!({ "media_id": media_id }).to_string();
    db.enqueue_job(KIND, &payload, agoral_domain::time::Timestamp::now())
        .await?;
    Ok(())
}

/// `2026/11/abc.jpg` at 960 in WebP → `2026/11/abc-960.webp`.
fn variant_key(original: &str, width: u32, format: VariantFormat) -> String {
    let stem = original.rsplit_once('.').map_or(original, |(stem, _)| stem);
    format!("{stem}-{width}.{}", format.extension())
}

pub async fn run(state: &AppState, job: &Job) -> anyhow::Result<()> {
    let payload: Payload = serde_json::from_str(&job.payload).context("payload")?;
    let Some(media) = state.db.media(payload.media_id).await? else {
        return Ok(()); // removed since
    };
    let bytes = state
        .media
        .get(&media.storage_key)
        .await?
        .with_context(|| format!("media file {} is missing", media.storage_key))?;
    let kind = process::sniff(&bytes).context("stored file is not an image")?;
    let image = tokio::task::spawn_blocking(move || process::decode(&bytes, kind))
        .await?
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let image = std::sync::Arc::new(image);
    let widths = process::variant_widths(image.width());
    let total = (widths.len() * VariantFormat::ALL.len()) as i64;
    let mut made = Vec::new();
    for width in widths {
        for format in VariantFormat::ALL {
            let source = image.clone();
            let encoded =
                tokio::task::spawn_blocking(move || process::variant(&source, width, format))
                    .await?;
            let key = variant_key(&media.storage_key, width, format);
            let size = encoded.len() as i64;
            state.media.put(&key, encoded).await?;
            made.push((
                Variant {
                    width: i64::from(width),
                    format: format.as_str().to_owned(),
                    storage_key: key,
                },
                size,
            ));
            state
                .db
                .set_job_progress(job.id, made.len() as i64, total, "")
                .await?;
        }
    }
    state
        .db
        .set_media_variants(media.id, &made, "ready")
        .await?;
    tracing::info!(
        media.id = media.id,
        variants = made.len(),
        "image variants made"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn variant_keys() {
        assert_eq!(
            super::variant_key("2026/11/abc.jpg", 960, super::VariantFormat::Webp),
            "2026/11/abc-960.webp"
        );
        assert_eq!(
            super::variant_key("2026/11/abc.png", 480, super::VariantFormat::Jpeg),
            "2026/11/abc-480.jpg"
        );
    }
}
