//! One person's data, found by email address, for requests under GDPR
//! articles 15 and 17: the problem reports they left, the mail we wrote to
//! them, and the erasure of everything that is theirs in one transaction.
//! (Intake items and contact records are read in `intake` and
//! `good_practices`.)

use agoral_domain::{problem_reports::ProblemReport, time::Timestamp};
use sqlx::Row;

use crate::{
    Db, Result,
    problem_reports::{REPORT_COLUMNS, report_from_row},
};

/// A message of the outbox, without its body.
#[derive(Debug, Clone)]
pub struct MailTo {
    pub subject: String,
    pub created_at: Timestamp,
    pub sent_at: Option<Timestamp>,
}

/// What an erasure removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Erased {
    /// Intake items whose sender's details were removed.
    pub items: u64,
    pub contacts: u64,
    pub reports: u64,
    pub mails: u64,
}

/// At most this many of one person's mails are listed.
const MAILS_LISTED: i64 = 500;

impl Db {
    /// The problem reports left with `email`, newest first.
    pub async fn problem_reports_with_email(&self, email: &str) -> Result<Vec<ProblemReport>> {
        let sql = format!(
            "SELECT {REPORT_COLUMNS} FROM problem_reports WHERE LOWER(email) = $1 ORDER BY id DESC"
        );
        let rows = sqlx::query(&sql)
            .bind(email.trim().to_lowercase())
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(report_from_row).collect()
    }

    /// The mail written to `email` (sent or waiting), newest first.
    pub async fn mail_to(&self, email: &str) -> Result<Vec<MailTo>> {
        let rows = sqlx::query(
            "SELECT subject, created_at, sent_at FROM outbox WHERE LOWER(to_address) = $1 \
             ORDER BY id DESC LIMIT $2",
        )
        .bind(email.trim().to_lowercase())
        .bind(MAILS_LISTED)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(MailTo {
                    subject: row.try_get("subject")?,
                    created_at: Timestamp(row.try_get("created_at")?),
                    sent_at: row.try_get::<Option<i64>, _>("sent_at")?.map(Timestamp),
                })
            })
            .collect()
    }

    /// Erases one person's data on request, all or nothing: their name,
    /// address and phone on every intake item they sent (the items stay:
    /// they are the organisations' releases), the contact records, the
    /// problem reports with that address and the mail written to it. A
    /// message not sent yet is removed too; its job then finds nothing.
    pub async fn erase_person(&self, email: &str) -> Result<Erased> {
        let email = email.trim().to_lowercase();
        let now = Timestamp::now().0;
        let mut tx = self.begin_write().await?;
        let items = sqlx::query(
            "UPDATE intake_items SET sender_name = NULL, sender_email = NULL, \
             sender_phone = NULL, anonymised_at = $1 WHERE LOWER(sender_email) = $2",
        )
        .bind(now)
        .bind(&email)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let mut deleted = Vec::new();
        for sql in [
            "DELETE FROM organisation_contacts WHERE LOWER(email) = $1",
            "DELETE FROM problem_reports WHERE LOWER(email) = $1",
            "DELETE FROM outbox WHERE LOWER(to_address) = $1",
        ] {
            deleted.push(
                sqlx::query(sql)
                    .bind(&email)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected(),
            );
        }
        tx.commit().await?;
        Ok(Erased {
            items,
            contacts: deleted[0],
            reports: deleted[1],
            mails: deleted[2],
        })
    }
}
