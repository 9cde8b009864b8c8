//! Recording security events from handlers. A failure to write the audit
//! log is logged but does not fail the user's request.

use agoral_domain::audit::{AuditAction, NewAuditEvent};

use crate::state::AppState;

pub async fn record(
    state: &AppState,
    action: AuditAction,
    actor: Option<i64>,
    subject: Option<i64>,
    address: Option<std::net::IpAddr>,
    detail: impl Into<String>,
) {
    let event = NewAuditEvent {
        action,
        actor_id: actor,
        subject_id: subject,
        address: address.map(|a| a.to_string()),
        detail: detail.into(),
    };
    if let Err(e) = state.db.record_audit(&event).await {
        tracing::error!(error = %e, audit.action = action.as_str(), "audit log write failed");
    }
}
