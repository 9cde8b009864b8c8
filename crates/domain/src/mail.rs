//! Outgoing mail as the platform composes it, before any transport.

/// A message waiting in the outbox.
#[derive(Debug, Clone)]
pub struct OutgoingMail {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body_text: String,
    pub attempts: i64,
    pub sent_at: Option<crate::time::Timestamp>,
    pub last_error: Option<String>,
}
