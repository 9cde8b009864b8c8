//! The intake queue: items from every channel, their attachments, notes and
//! history, the structured good practices, and where a published story came
//! from. Every change of status is a conditional `UPDATE` on the status it
//! expects, so two editors acting at once cannot both succeed.

use agoral_domain::{
    comuni::IstatCode,
    intake::{
        Attachment, Channel, GoodPractice, IntakeId, IntakeItem, IntakeStatus, ItemKind, NewItem,
        Note, NotifyMode, PublicGoodPractice, Sender, form::Submission,
    },
    lang::Lang,
    organisations::OrganisationId,
    services::taxonomy::TargetGroup,
    time::Timestamp,
};
use sqlx::{Row, any::AnyRow};

mod actions;
use actions::finish_action;
pub use actions::{ActionOutcome, Publication, StoryFromItem};

use crate::{
    Db, DbError, Reads, Result,
    read::{Arg, FromRow, Get},
};

const COLUMNS: &str = "id, channel, kind, status, organisation_id, submitted_by, lang, title, \
     body, embargo_until, source_url, source_date, sender_name, sender_email, sender_phone, \
     assigned_to, duplicate_of, article_id, reason, received_at, updated_at, closed_at, \
     anonymised_at";

fn corrupt(column: &'static str, value: &str) -> DbError {
    DbError::Corrupt {
        column,
        value: value.chars().take(80).collect(),
    }
}

fn from_row(row: &AnyRow) -> Result<IntakeItem> {
    let channel: String = row.try_get("channel")?;
    let kind: String = row.try_get("kind")?;
    let status: String = row.try_get("status")?;
    let lang: String = row.try_get("lang")?;
    let ts = |column: &str| -> Result<Option<Timestamp>> {
        Ok(row.try_get::<Option<i64>, _>(column)?.map(Timestamp))
    };
    Ok(IntakeItem {
        id: IntakeId(row.try_get("id")?),
        channel: Channel::parse(&channel)
            .ok_or_else(|| corrupt("intake_items.channel", &channel))?,
        kind: ItemKind::parse(&kind).ok_or_else(|| corrupt("intake_items.kind", &kind))?,
        status: IntakeStatus::parse(&status)
            .ok_or_else(|| corrupt("intake_items.status", &status))?,
        organisation_id: row
            .try_get::<Option<i64>, _>("organisation_id")?
            .map(OrganisationId),
        submitted_by: row.try_get("submitted_by")?,
        lang: Lang::from_code(&lang).ok_or_else(|| corrupt("intake_items.lang", &lang))?,
        title: row.try_get("title")?,
        body: row.try_get("body")?,
        comuni: Vec::new(),
        embargo_until: ts("embargo_until")?,
        source_url: row.try_get("source_url")?,
        source_date: ts("source_date")?,
        sender: Sender {
            name: row.try_get("sender_name")?,
            email: row.try_get("sender_email")?,
            phone: row.try_get("sender_phone")?,
        },
        assigned_to: row.try_get("assigned_to")?,
        duplicate_of: row.try_get::<Option<i64>, _>("duplicate_of")?.map(IntakeId),
        article_id: row.try_get("article_id")?,
        reason: row.try_get("reason")?,
        received_at: Timestamp(row.try_get("received_at")?),
        updated_at: Timestamp(row.try_get("updated_at")?),
        closed_at: ts("closed_at")?,
        anonymised_at: ts("anonymised_at")?,
    })
}

fn attachment_from_row(row: &AnyRow) -> Result<Attachment> {
    Ok(Attachment {
        id: row.try_get("id")?,
        item_id: IntakeId(row.try_get("item_id")?),
        file_name: row.try_get("file_name")?,
        content_type: row.try_get("content_type")?,
        byte_size: row.try_get("byte_size")?,
        sha256: row.try_get("sha256")?,
        storage_key: row.try_get("storage_key")?,
    })
}

/// A file already stored, to be recorded with its item.
#[derive(Debug, Clone)]
pub struct StoredAttachment {
    pub file_name: String,
    pub content_type: String,
    pub byte_size: i64,
    pub sha256: String,
    pub storage_key: String,
    pub consent_declared: bool,
}

/// What writing an item did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    Created(IntakeId),
    /// The same item (by its source's id) was received before: nothing written.
    AlreadyHad(IntakeId),
}

/// Everything written with a new item, in one transaction.
#[derive(Debug, Clone, Default)]
pub struct Extras<'a> {
    pub attachments: Vec<StoredAttachment>,
    /// System notes: `(event, text)`.
    pub notes: Vec<(&'a str, String)>,
    pub good_practice: Option<&'a GoodPractice>,
    /// Hash of the public status link's token.
    pub status_token_hash: Option<String>,
}

/// The queue's filters. `None` is "any".
#[derive(Debug, Clone, Default)]
pub struct IntakeFilter {
    pub statuses: Vec<IntakeStatus>,
    pub channel: Option<Channel>,
    pub kind: Option<ItemKind>,
    pub organisation: Option<OrganisationId>,
    pub comune: Option<String>,
    pub lang: Option<Lang>,
    pub assigned_to: Option<i64>,
    /// Received at or after.
    pub from: Option<Timestamp>,
    /// Received before.
    pub until: Option<Timestamp>,
}

/// A good practice's public filters.
#[derive(Debug, Clone, Default)]
pub struct PracticeFilter {
    pub comune: Option<String>,
    pub target: Option<TargetGroup>,
}

/// Where a published story came from.
#[derive(Debug, Clone)]
pub struct ArticleSource {
    pub item_id: Option<IntakeId>,
    pub organisation_id: Option<OrganisationId>,
    pub source_name: String,
    pub channel: Channel,
    pub kind: ItemKind,
    pub source_date: Option<Timestamp>,
    pub source_url: Option<String>,
    pub verbatim: bool,
    pub embargo_until: Option<Timestamp>,
}

fn where_clause(filter: &IntakeFilter) -> (String, Vec<Bind>) {
    let mut clauses = Vec::new();
    let mut binds = Vec::new();
    let next = |bind: Bind, binds: &mut Vec<Bind>| {
        binds.push(bind);
        format!("${}", binds.len())
    };
    if !filter.statuses.is_empty() {
        let list: Vec<String> = filter
            .statuses
            .iter()
            .map(|s| next(Bind::Text(s.as_str().to_owned()), &mut binds))
            .collect();
        clauses.push(format!("i.status IN ({})", list.join(", ")));
    }
    if let Some(channel) = filter.channel {
        let p = next(Bind::Text(channel.as_str().to_owned()), &mut binds);
        clauses.push(format!("i.channel = {p}"));
    }
    if let Some(kind) = filter.kind {
        let p = next(Bind::Text(kind.as_str().to_owned()), &mut binds);
        clauses.push(format!("i.kind = {p}"));
    }
    if let Some(org) = filter.organisation {
        let p = next(Bind::Int(org.0), &mut binds);
        clauses.push(format!("i.organisation_id = {p}"));
    }
    if let Some(comune) = &filter.comune {
        let p = next(Bind::Text(comune.clone()), &mut binds);
        clauses.push(format!(
            "(EXISTS (SELECT 1 FROM intake_item_comuni c WHERE c.item_id = i.id AND c.istat_code = {p}) \
             OR EXISTS (SELECT 1 FROM good_practices g WHERE g.item_id = i.id AND g.istat_code = {p}))"
        ));
    }
    if let Some(lang) = filter.lang {
        let p = next(Bind::Text(lang.code().to_owned()), &mut binds);
        clauses.push(format!("i.lang = {p}"));
    }
    if let Some(user) = filter.assigned_to {
        let p = next(Bind::Int(user), &mut binds);
        clauses.push(format!("i.assigned_to = {p}"));
    }
    if let Some(from) = filter.from {
        let p = next(Bind::Int(from.0), &mut binds);
        clauses.push(format!("i.received_at >= {p}"));
    }
    if let Some(until) = filter.until {
        let p = next(Bind::Int(until.0), &mut binds);
        clauses.push(format!("i.received_at < {p}"));
    }
    let sql = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    (sql, binds)
}

#[derive(Debug, Clone)]
enum Bind {
    Text(String),
    Int(i64),
}

fn bind_all<'q>(
    mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    binds: &'q [Bind],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    for bind in binds {
        query = match bind {
            Bind::Text(v) => query.bind(v.as_str()),
            Bind::Int(v) => query.bind(*v),
        };
    }
    query
}

impl Db {
    /// Writes a new item with its comuni, attachments, notes and good
    /// practice, all or nothing. A second delivery of the same item (same
    /// channel, organisation and source id) writes nothing.
    pub async fn insert_intake_item(
        &self,
        item: &NewItem,
        extras: &Extras<'_>,
    ) -> Result<Inserted> {
        let now = Timestamp::now().0;
        let key = item.dedupe_key();
        let mut tx = self.begin_write().await?;
        if let Some(key) = &key {
            let existing: Option<i64> =
                sqlx::query_scalar("SELECT id FROM intake_items WHERE dedupe_key = $1")
                    .bind(key)
                    .fetch_optional(&mut *tx)
                    .await?;
            if let Some(id) = existing {
                return Ok(Inserted::AlreadyHad(IntakeId(id)));
            }
        }
        let status = if item.to_verify {
            IntakeStatus::ToVerify
        } else {
            IntakeStatus::New
        };
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO intake_items (channel, kind, status, organisation_id, submitted_by, \
             lang, title, body, embargo_until, source_url, dedupe_key, source_date, \
             sender_name, sender_email, sender_phone, status_token_hash, received_at, \
             updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, \
             $15, $16, $17, $17) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
        )
        .bind(item.channel.as_str())
        .bind(item.kind.as_str())
        .bind(status.as_str())
        .bind(item.organisation_id.map(|o| o.0))
        .bind(item.submitted_by)
        .bind(item.lang.code())
        .bind(&item.title)
        .bind(&item.body)
        .bind(item.embargo_until.map(|t| t.0))
        .bind(item.source_url.as_deref())
        .bind(key.as_deref())
        .bind(item.source_date.map(|t| t.0))
        .bind(item.sender.name.as_deref())
        .bind(item.sender.email.as_deref())
        .bind(item.sender.phone.as_deref())
        .bind(extras.status_token_hash.as_deref())
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else {
            // The same item, delivered at the same moment by another
            // connection (PostgreSQL; SQLite's writers take turns).
            tx.rollback().await?;
            let id = self
                .intake_item_id_by_dedupe_key(key.as_deref().unwrap_or(""))
                .await?;
            return id
                .map(Inserted::AlreadyHad)
                .ok_or_else(|| DbError::Corrupt {
                    column: "intake_items.dedupe_key",
                    value: key.unwrap_or_default(),
                });
        };
        for code in &item.comuni {
            sqlx::query(
                "INSERT INTO intake_item_comuni (item_id, istat_code) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(code.as_str())
            .execute(&mut *tx)
            .await?;
        }
        for file in &extras.attachments {
            sqlx::query(
                "INSERT INTO intake_attachments (item_id, file_name, content_type, byte_size, \
                 sha256, storage_key, consent_declared, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(id)
            .bind(&file.file_name)
            .bind(&file.content_type)
            .bind(file.byte_size)
            .bind(&file.sha256)
            .bind(&file.storage_key)
            .bind(i64::from(file.consent_declared))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        insert_note(&mut tx, id, None, "received", "", now).await?;
        for (event, body) in &extras.notes {
            insert_note(&mut tx, id, None, event, body, now).await?;
        }
        if let Some(practice) = extras.good_practice {
            write_practice(&mut tx, id, practice).await?;
        }
        tx.commit().await?;
        Ok(Inserted::Created(IntakeId(id)))
    }

    /// The item received under a source's id, if any.
    pub async fn intake_item_id_by_dedupe_key(&self, key: &str) -> Result<Option<IntakeId>> {
        let id: Option<i64> =
            sqlx::query_scalar("SELECT id FROM intake_items WHERE dedupe_key = $1")
                .bind(key)
                .fetch_optional(self.pool())
                .await?;
        Ok(id.map(IntakeId))
    }

    /// Items received since `since`, oldest first, at most `limit`: a
    /// daily digest lists them.
    pub async fn intake_received_since(
        &self,
        since: Timestamp,
        limit: i64,
    ) -> Result<Vec<IntakeItem>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM intake_items WHERE received_at >= $1 \
             ORDER BY received_at, id LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(since.0)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(from_row).collect()
    }

    pub async fn intake_item(&self, id: IntakeId) -> Result<Option<IntakeItem>> {
        let sql = format!("SELECT {COLUMNS} FROM intake_items WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id.0)
            .fetch_optional(self.pool())
            .await?;
        let Some(mut item) = row.as_ref().map(from_row).transpose()? else {
            return Ok(None);
        };
        self.fill_comuni(std::slice::from_mut(&mut item)).await?;
        Ok(Some(item))
    }

    /// The item a public status link opens.
    pub async fn intake_item_by_token_hash(&self, hash: &str) -> Result<Option<IntakeItem>> {
        let id: Option<i64> =
            sqlx::query_scalar("SELECT id FROM intake_items WHERE status_token_hash = $1")
                .bind(hash)
                .fetch_optional(self.pool())
                .await?;
        match id {
            Some(id) => self.intake_item(IntakeId(id)).await,
            None => Ok(None),
        }
    }

    /// Reads the comuni of one item or a page of items in one statement.
    async fn fill_comuni(&self, items: &mut [IntakeItem]) -> Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        let ids: Vec<String> = items.iter().map(|i| i.id.0.to_string()).collect();
        // The ids are integers read from the database: no text reaches
        // the statement.
        let sql = format!(
            "SELECT item_id, istat_code FROM intake_item_comuni WHERE item_id IN ({}) \
             ORDER BY item_id, istat_code",
            ids.join(", ")
        );
        for row in sqlx::query(&sql).fetch_all(self.pool()).await? {
            let item: i64 = row.try_get(0)?;
            let code: String = row.try_get(1)?;
            if let (Some(item), Ok(code)) = (
                items.iter_mut().find(|i| i.id.0 == item),
                IstatCode::parse(&code),
            ) {
                item.comuni.push(code);
            }
        }
        Ok(())
    }

    /// A page of the queue, newest first, and the number of items the
    /// filter matches.
    pub async fn intake_items(
        &self,
        filter: &IntakeFilter,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<IntakeItem>, i64)> {
        let (clause, binds) = where_clause(filter);
        let cols: String = COLUMNS
            .split(", ")
            .map(|c| format!("i.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {cols} FROM intake_items i {clause} ORDER BY i.received_at DESC, i.id DESC \
             LIMIT {limit} OFFSET {offset}",
            limit = limit.clamp(1, 500),
            offset = offset.max(0)
        );
        let rows = bind_all(sqlx::query(&sql), &binds)
            .fetch_all(self.pool())
            .await?;
        let mut items = rows.iter().map(from_row).collect::<Result<Vec<_>>>()?;
        self.fill_comuni(&mut items).await?;
        let count_sql = format!("SELECT COUNT(*) FROM intake_items i {clause}");
        let total: i64 = bind_all(sqlx::query(&count_sql), &binds)
            .fetch_one(self.pool())
            .await?
            .try_get(0)?;
        Ok((items, total))
    }

    /// How many items each status, channel and kind has under `filter`
    /// (its own dimension left out, so a facet shows its alternatives).
    pub async fn intake_counts(
        &self,
        filter: &IntakeFilter,
    ) -> Result<Vec<(&'static str, String, i64)>> {
        let mut out = Vec::new();
        for (facet, column) in [
            ("status", "status"),
            ("channel", "channel"),
            ("kind", "kind"),
        ] {
            let mut f = filter.clone();
            match facet {
                "status" => f.statuses.clear(),
                "channel" => f.channel = None,
                _ => f.kind = None,
            }
            let (clause, binds) = where_clause(&f);
            let sql = format!(
                "SELECT i.{column}, COUNT(*) FROM intake_items i {clause} GROUP BY i.{column}"
            );
            let rows = bind_all(sqlx::query(&sql), &binds)
                .fetch_all(self.pool())
                .await?;
            for row in rows {
                out.push((
                    facet,
                    row.try_get::<String, _>(0)?,
                    row.try_get::<i64, _>(1)?,
                ));
            }
        }
        Ok(out)
    }

    /// A partner's own submissions, newest first.
    pub async fn intake_items_submitted_by(
        &self,
        user: i64,
        limit: i64,
    ) -> Result<Vec<IntakeItem>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM intake_items WHERE submitted_by = $1 \
             ORDER BY received_at DESC, id DESC LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(user)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(from_row).collect()
    }

    /// An organisation's items that reached the redazione and were used
    /// (published or accepted), newest first: its page shows them.
    pub async fn organisation_contributions(
        &self,
        organisation: OrganisationId,
        limit: i64,
    ) -> Result<Vec<IntakeItem>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM intake_items WHERE organisation_id = $1 \
             AND status IN ('published', 'accepted') ORDER BY received_at DESC, id DESC LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(organisation.0)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(from_row).collect()
    }

    /// Replaces the text of an item its sender may still edit. `false`
    /// when the redazione took it meanwhile: nothing written.
    pub async fn update_intake_submission(
        &self,
        id: IntakeId,
        by: i64,
        submission: &Submission,
    ) -> Result<bool> {
        let Submission {
            title,
            body,
            lang,
            comuni,
            embargo_until,
            sender,
            ..
        } = submission;
        let now = Timestamp::now().0;
        let update = sqlx::query(
            "UPDATE intake_items SET title = $1, body = $2, lang = $3, embargo_until = $4, \
             sender_name = $5, sender_email = $6, sender_phone = $7, updated_at = $8 \
             WHERE id = $9 AND submitted_by = $10 AND status IN ('new', 'to_verify')",
        )
        .bind(title)
        .bind(body)
        .bind(lang.code())
        .bind(embargo_until.map(|t| t.0))
        .bind(sender.name.as_deref())
        .bind(sender.email.as_deref())
        .bind(sender.phone.as_deref())
        .bind(now)
        .bind(id.0)
        .bind(by);
        let Some(mut tx) = self.begin_action(update).await? else {
            return Ok(false);
        };
        sqlx::query("DELETE FROM intake_item_comuni WHERE item_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        for code in comuni {
            sqlx::query("INSERT INTO intake_item_comuni (item_id, istat_code) VALUES ($1, $2)")
                .bind(id.0)
                .bind(code.as_str())
                .execute(&mut *tx)
                .await?;
        }
        finish_action(tx, id.0, Some(by), "edited", "", now).await
    }

    /// Marks the item made into a story as published when the story is.
    pub async fn intake_story_published(&self, article: i64) -> Result<Option<IntakeId>> {
        let now = Timestamp::now().0;
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM intake_items WHERE article_id = $1 AND status = 'taken'",
        )
        .bind(article)
        .fetch_optional(self.pool())
        .await?;
        let Some(id) = id else { return Ok(None) };
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE intake_items SET status = 'published', updated_at = $1, closed_at = $1 \
             WHERE id = $2 AND status = 'taken'",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 1 {
            insert_note(&mut tx, id, None, "published", &article.to_string(), now).await?;
        }
        tx.commit().await?;
        Ok((done.rows_affected() == 1).then_some(IntakeId(id)))
    }

    pub async fn intake_notes(&self, id: IntakeId) -> Result<Vec<Note>> {
        let rows = sqlx::query(
            "SELECT id, author, event, body, created_at FROM intake_notes WHERE item_id = $1 \
             ORDER BY created_at, id",
        )
        .bind(id.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Note {
                    id: row.try_get("id")?,
                    author: row.try_get("author")?,
                    event: row.try_get("event")?,
                    body: row.try_get("body")?,
                    created_at: Timestamp(row.try_get("created_at")?),
                })
            })
            .collect()
    }

    pub async fn intake_attachments(&self, id: IntakeId) -> Result<Vec<Attachment>> {
        let rows = sqlx::query(
            "SELECT id, item_id, file_name, content_type, byte_size, sha256, storage_key \
             FROM intake_attachments WHERE item_id = $1 ORDER BY id",
        )
        .bind(id.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(attachment_from_row).collect()
    }

    pub async fn intake_attachment(&self, id: i64) -> Result<Option<Attachment>> {
        let row = sqlx::query(
            "SELECT id, item_id, file_name, content_type, byte_size, sha256, storage_key \
             FROM intake_attachments WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(attachment_from_row).transpose()
    }

    pub async fn good_practice(&self, id: IntakeId) -> Result<Option<GoodPractice>> {
        let row = sqlx::query(
            "SELECT istat_code, runner, period_start, period_end, outcome, link, photos_consent \
             FROM good_practices WHERE item_id = $1",
        )
        .bind(id.0)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(practice_from_row(
            &row,
            self.practice_targets(id).await?,
        )?))
    }

    async fn practice_targets(&self, id: IntakeId) -> Result<Vec<TargetGroup>> {
        let codes: Vec<String> = sqlx::query_scalar(
            "SELECT target FROM good_practice_targets WHERE item_id = $1 ORDER BY target",
        )
        .bind(id.0)
        .fetch_all(self.pool())
        .await?;
        let mut targets: Vec<_> = codes.iter().filter_map(|c| TargetGroup::parse(c)).collect();
        targets.sort();
        Ok(targets)
    }

    /// The accepted good practices, newest first, and how many match.
    pub async fn public_good_practices(
        &self,
        filter: &PracticeFilter,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<PublicGoodPractice>, i64)> {
        let mut clauses = vec!["g.accepted_at IS NOT NULL".to_owned()];
        let mut binds = Vec::new();
        if let Some(comune) = &filter.comune {
            binds.push(Bind::Text(comune.clone()));
            clauses.push(format!("g.istat_code = ${}", binds.len()));
        }
        if let Some(target) = filter.target {
            binds.push(Bind::Text(target.as_str().to_owned()));
            clauses.push(format!(
                "EXISTS (SELECT 1 FROM good_practice_targets t WHERE t.item_id = g.item_id \
                 AND t.target = ${})",
                binds.len()
            ));
        }
        let clause = clauses.join(" AND ");
        let sql = format!(
            "SELECT i.id, i.title, i.body, i.lang, g.accepted_at, g.istat_code, g.runner, \
             g.period_start, g.period_end, g.outcome, g.link, g.photos_consent \
             FROM good_practices g JOIN intake_items i ON i.id = g.item_id WHERE {clause} \
             ORDER BY g.accepted_at DESC, i.id DESC LIMIT {} OFFSET {}",
            limit.clamp(1, 200),
            offset.max(0)
        );
        let rows = bind_all(sqlx::query(&sql), &binds)
            .fetch_all(self.pool())
            .await?;
        let mut out = Vec::new();
        for row in &rows {
            let id = IntakeId(row.try_get("id")?);
            let lang: String = row.try_get("lang")?;
            let practice = practice_from_row(row, self.practice_targets(id).await?)?;
            let photos = if practice.photos_consent {
                self.intake_attachments(id)
                    .await?
                    .into_iter()
                    .filter(|a| a.content_type.starts_with("image/"))
                    .collect()
            } else {
                Vec::new()
            };
            out.push(PublicGoodPractice {
                item_id: id,
                title: row.try_get("title")?,
                body: row.try_get("body")?,
                lang: Lang::from_code(&lang).unwrap_or_default(),
                practice,
                accepted_at: Timestamp(row.try_get("accepted_at")?),
                photos,
            });
        }
        let count_sql = format!("SELECT COUNT(*) FROM good_practices g WHERE {clause}");
        let total: i64 = bind_all(sqlx::query(&count_sql), &binds)
            .fetch_one(self.pool())
            .await?
            .try_get(0)?;
        Ok((out, total))
    }

    /// Accepted good practices per comune (ISTAT code), for the
    /// Osservatorio and the public list's filter.
    pub async fn good_practices_per_comune(&self) -> Result<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT istat_code, COUNT(*) FROM good_practices WHERE accepted_at IS NOT NULL \
             GROUP BY istat_code ORDER BY istat_code",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    /// Accepted good practices per target group.
    pub async fn good_practices_per_target(&self) -> Result<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT t.target, COUNT(*) FROM good_practice_targets t \
             JOIN good_practices g ON g.item_id = t.item_id WHERE g.accepted_at IS NOT NULL \
             GROUP BY t.target ORDER BY t.target",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    pub async fn article_source(&self, article: i64) -> Result<Option<ArticleSource>> {
        self.reads().article_source(article).await
    }

    /// Clears the sender's personal data from items closed before `before`
    /// (the retention period). Returns how many items were cleared.
    pub async fn anonymise_closed_intake(&self, before: Timestamp) -> Result<u64> {
        let now = Timestamp::now().0;
        let done = sqlx::query(
            "UPDATE intake_items SET sender_name = NULL, sender_email = NULL, \
             sender_phone = NULL, status_token_hash = NULL, anonymised_at = $1 \
             WHERE closed_at IS NOT NULL AND closed_at < $2 AND anonymised_at IS NULL",
        )
        .bind(now)
        .bind(before.0)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected())
    }

    /// Every intake item that carries `email` as its sender's address.
    pub async fn intake_items_of_sender(&self, email: &str) -> Result<Vec<IntakeItem>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM intake_items WHERE LOWER(sender_email) = $1 ORDER BY id"
        );
        let rows = sqlx::query(&sql)
            .bind(email.trim().to_lowercase())
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(from_row).collect()
    }

    /// People of the redazione to tell about new items, with how.
    pub async fn intake_recipients(
        &self,
    ) -> Result<Vec<(i64, String, String, NotifyMode, Option<Timestamp>)>> {
        let rows = sqlx::query(
            "SELECT DISTINCT u.id, u.email, u.locale, u.intake_notify, u.intake_digest_sent_at \
             FROM users u JOIN user_roles r ON r.user_id = u.id \
             WHERE r.role IN ('editor', 'admin') AND u.disabled = 0 \
             AND u.password_hash IS NOT NULL ORDER BY u.id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let mode: String = r.try_get("intake_notify")?;
                Ok((
                    r.try_get("id")?,
                    r.try_get("email")?,
                    r.try_get("locale")?,
                    NotifyMode::parse(&mode).unwrap_or(NotifyMode::Immediate),
                    r.try_get::<Option<i64>, _>("intake_digest_sent_at")?
                        .map(Timestamp),
                ))
            })
            .collect()
    }

    pub async fn set_intake_notify(&self, user: i64, mode: NotifyMode) -> Result<()> {
        sqlx::query("UPDATE users SET intake_notify = $1 WHERE id = $2")
            .bind(mode.as_str())
            .bind(user)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn intake_notify(&self, user: i64) -> Result<NotifyMode> {
        let mode: Option<String> =
            sqlx::query_scalar("SELECT intake_notify FROM users WHERE id = $1")
                .bind(user)
                .fetch_optional(self.pool())
                .await?;
        Ok(mode
            .as_deref()
            .and_then(NotifyMode::parse)
            .unwrap_or(NotifyMode::Immediate))
    }

    /// Claims a person's digest for the day: `false` when another instance
    /// sent it since `since`.
    pub async fn claim_intake_digest(&self, user: i64, since: Timestamp) -> Result<bool> {
        let now = Timestamp::now().0;
        let done = sqlx::query(
            "UPDATE users SET intake_digest_sent_at = $1 WHERE id = $2 \
             AND (intake_digest_sent_at IS NULL OR intake_digest_sent_at < $3)",
        )
        .bind(now)
        .bind(user)
        .bind(since.0)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

pub(super) async fn insert_note(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    item: i64,
    author: Option<i64>,
    event: &str,
    body: &str,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO intake_notes (item_id, author, event, body, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(item)
    .bind(author)
    .bind(event)
    .bind(body)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn write_practice(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    item: i64,
    practice: &GoodPractice,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO good_practices (item_id, istat_code, runner, period_start, period_end, \
         outcome, link, photos_consent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(item)
    .bind(practice.istat_code.as_str())
    .bind(&practice.runner)
    .bind(practice.period_start.as_deref())
    .bind(practice.period_end.as_deref())
    .bind(&practice.outcome)
    .bind(practice.link.as_deref())
    .bind(i64::from(practice.photos_consent))
    .execute(&mut **tx)
    .await?;
    for target in &practice.targets {
        sqlx::query("INSERT INTO good_practice_targets (item_id, target) VALUES ($1, $2)")
            .bind(item)
            .bind(target.as_str())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

pub(super) async fn write_source(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    article: i64,
    source: &ArticleSource,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO article_sources (article_id, item_id, organisation_id, source_name, \
         channel, kind, source_date, source_url, verbatim, embargo_until) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(article)
    .bind(source.item_id.map(|i| i.0))
    .bind(source.organisation_id.map(|o| o.0))
    .bind(&source.source_name)
    .bind(source.channel.as_str())
    .bind(source.kind.as_str())
    .bind(source.source_date.map(|t| t.0))
    .bind(source.source_url.as_deref())
    .bind(i64::from(source.verbatim))
    .bind(source.embargo_until.map(|t| t.0))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn practice_from_row(row: &AnyRow, targets: Vec<TargetGroup>) -> Result<GoodPractice> {
    let code: String = row.try_get("istat_code")?;
    Ok(GoodPractice {
        istat_code: IstatCode::parse(&code)
            .map_err(|_| corrupt("good_practices.istat_code", &code))?,
        runner: row.try_get("runner")?,
        targets,
        period_start: row.try_get("period_start")?,
        period_end: row.try_get("period_end")?,
        outcome: row.try_get("outcome")?,
        link: row.try_get("link")?,
        photos_consent: row.try_get::<i64, _>("photos_consent")? != 0,
    })
}

impl FromRow for ArticleSource {
    fn from_row(row: &impl Get) -> Result<Self> {
        let channel: String = row.col("channel")?;
        let kind: String = row.col("kind")?;
        Ok(ArticleSource {
            item_id: row.col::<Option<i64>>("item_id")?.map(IntakeId),
            organisation_id: row
                .col::<Option<i64>>("organisation_id")?
                .map(OrganisationId),
            source_name: row.col("source_name")?,
            channel: Channel::parse(&channel)
                .ok_or_else(|| corrupt("article_sources.channel", &channel))?,
            kind: ItemKind::parse(&kind).ok_or_else(|| corrupt("article_sources.kind", &kind))?,
            source_date: row.col::<Option<i64>>("source_date")?.map(Timestamp),
            source_url: row.col("source_url")?,
            verbatim: row.col::<i64>("verbatim")? != 0,
            embargo_until: row.col::<Option<i64>>("embargo_until")?.map(Timestamp),
        })
    }
}

impl Reads {
    /// Where a story came from, when it was made from an intake item.
    pub async fn article_source(&mut self, article: i64) -> Result<Option<ArticleSource>> {
        self.optional(
            "SELECT item_id, organisation_id, source_name, channel, kind, source_date, \
             source_url, verbatim, embargo_until FROM article_sources WHERE article_id = $1",
            &[Arg::Int(article)],
        )
        .await
    }
}
