//! Retention of the intake's personal data. A closed item keeps its
//! sender's name, address and phone (and its status link) for
//! `intake_retention_months`, then the worker clears them. The files sent
//! through the public form with an item that did not become a public
//! record (rejected, duplicate, withdrawn) go at the same time: photos
//! show people, and nobody needs them any more. Accepted practices keep
//! their photos, published with the consent their sender declared.

use agoral_domain::time::Timestamp;

use crate::state::AppState;

/// Files removed per run; the rest wait for the next run.
const FILES_PER_RUN: i64 = 500;

/// The moment before which a closed item's personal data go.
pub fn cutoff(months: u32, now: Timestamp) -> Timestamp {
    // Months of 30.44 days: a day more or less does not matter here, and
    // the cut-off does not depend on the calendar.
    Timestamp(now.0 - i64::from(months) * 2_629_746)
}

/// One pass: clears expired personal data and removes expired files.
/// Idempotent, and safe on several instances at once.
pub async fn enforce(state: &AppState) -> anyhow::Result<(u64, usize)> {
    let before = cutoff(state.config.intake_retention_months, Timestamp::now());
    let cleared = state.db.anonymise_closed_intake(before).await?;
    if cleared > 0 {
        tracing::info!(
            items = cleared,
            "intake senders' data cleared after retention"
        );
    }
    let mut removed = 0;
    for (id, key) in state
        .db
        .expired_public_attachments(before, FILES_PER_RUN)
        .await?
    {
        // The row goes only once the file is gone, so a failure is tried
        // again on the next run.
        match state.media.delete(&key).await {
            Ok(()) => {
                state.db.delete_intake_attachment(id).await?;
                removed += 1;
            }
            Err(e) => tracing::warn!(error = %e, key, "expired intake file not removed"),
        }
    }
    if removed > 0 {
        tracing::info!(files = removed, "expired intake files removed");
    }
    Ok((cleared, removed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_months_is_about_a_year() {
        let now = Timestamp(1_800_000_000);
        let year = now.0 - cutoff(12, now).0;
        assert!((365 * 86_400..=366 * 86_400).contains(&year), "{year}");
    }
}
