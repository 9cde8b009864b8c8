//! The services directory: a service row with its texts per language and
//! its lists (categories, target groups, channels, languages, phones) in
//! tables of their own, written together in one transaction.

use agoral_domain::{
    accounts::Email,
    comuni::IstatCode,
    lang::Lang,
    organisations::OrganisationId,
    services::{
        contact::{Phone, Point},
        languages::SpokenLanguage,
        record::{Service, ServiceId, ServiceInput, ServiceText},
        schedule::Schedule,
        taxonomy::{Accessibility, Category, Channel, TargetGroup},
    },
    time::Timestamp,
};
use sqlx::{AnyConnection, Row, any::AnyRow};

use crate::{Db, DbError, Result, changes, flag};

/// What saving a service did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceSave {
    Saved(ServiceId),
    /// Another service has the same Italian name at the same address in
    /// the same comune: nothing was written.
    Duplicate(ServiceId),
    /// The service to update does not exist.
    Missing,
}

/// Filters of the public list; each given one must hold.
#[derive(Debug, Clone, Default)]
pub struct ServiceFilter {
    pub category: Option<Category>,
    pub istat_code: Option<String>,
    pub target_group: Option<TargetGroup>,
    /// A language spoken at the desk (a [`SpokenLanguage`] code).
    pub language: Option<String>,
    pub free_only: bool,
    pub without_appointment: bool,
    /// Run by this organisation.
    pub organisation_id: Option<OrganisationId>,
    /// Last confirmed (or, never confirmed, created) before this moment:
    /// the records to check.
    pub confirmed_before: Option<Timestamp>,
    /// Only these services (the matches of the list's search box, found
    /// by the caller); `Some` of nothing lets nothing through.
    pub ids: Option<Vec<ServiceId>>,
}

/// A service as the map needs it.
#[derive(Debug, Clone)]
pub struct ServicePlace {
    pub id: ServiceId,
    pub istat_code: String,
    pub point: Option<Point>,
    pub sensitive: bool,
    /// Opening hours in the schedule's text form.
    pub hours: String,
    pub is_example: bool,
    pub name: String,
}

const COLUMNS: &str = "id, organisation_id, free_of_charge, appointment_needed, email, website, \
     istat_code, address, lat, lon, sensitive, hours, verified_at, verified_by, is_example, \
     created_at, updated_at, province_wide, contact_name, contact_title";

fn corrupt(column: &'static str, value: impl Into<String>) -> DbError {
    DbError::Corrupt {
        column,
        value: value.into(),
    }
}

/// The service row; the lists are filled in by [`Db::fill_services`].
fn from_row(row: &AnyRow) -> Result<Service> {
    let hours: String = row.try_get("hours")?;
    let schedule = Schedule::from_text(&hours).map_err(|_| corrupt("services.hours", &hours))?;
    let istat: String = row.try_get("istat_code")?;
    let point = match (
        row.try_get::<Option<f64>, _>("lat")?,
        row.try_get::<Option<f64>, _>("lon")?,
    ) {
        (Some(lat), Some(lon)) => Some(Point { lat, lon }),
        _ => None,
    };
    let email = row
        .try_get::<Option<String>, _>("email")?
        .map(|e| Email::parse(&e).map_err(|_| corrupt("services.email", e)))
        .transpose()?;
    Ok(Service {
        id: ServiceId(row.try_get("id")?),
        record: ServiceInput {
            organisation_id: row
                .try_get::<Option<i64>, _>("organisation_id")?
                .map(OrganisationId),
            categories: Vec::new(),
            target_groups: Vec::new(),
            languages: Vec::new(),
            channels: Vec::new(),
            free: row.try_get::<i64, _>("free_of_charge")? != 0,
            appointment_needed: row.try_get::<i64, _>("appointment_needed")? != 0,
            phones: Vec::new(),
            email,
            website: row.try_get("website")?,
            istat_code: IstatCode::parse(&istat)
                .map_err(|_| corrupt("services.istat_code", istat.clone()))?,
            address: row.try_get("address")?,
            point,
            sensitive: row.try_get::<i64, _>("sensitive")? != 0,
            schedule,
            texts: Vec::new(),
            province_wide: row.try_get::<i64, _>("province_wide")? != 0,
            areas: Vec::new(),
            accessibility: Vec::new(),
            contact_name: row.try_get("contact_name")?,
            contact_title: row.try_get("contact_title")?,
        },
        verified_at: row.try_get::<Option<i64>, _>("verified_at")?.map(Timestamp),
        verified_by: row.try_get("verified_by")?,
        is_example: row.try_get::<i64, _>("is_example")? != 0,
        created_at: Timestamp(row.try_get("created_at")?),
        updated_at: Timestamp(row.try_get("updated_at")?),
    })
}

/// Writes the texts and lists of a service, replacing what it had.
async fn write_parts(conn: &mut AnyConnection, id: i64, input: &ServiceInput) -> Result<()> {
    for table in [
        "service_translations",
        "service_categories",
        "service_target_groups",
        "service_channels",
        "service_languages",
        "service_phones",
        "service_areas",
        "service_accessibility",
    ] {
        // `table` is one of the names above.
        sqlx::query(&format!("DELETE FROM {table} WHERE service_id = $1"))
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    for (lang, t) in &input.texts {
        sqlx::query(
            "INSERT INTO service_translations (service_id, lang, name, summary, description, \
             who_for, how_to_access, what_to_bring, what_you_get, deadlines, conditions, cost) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(id)
        .bind(lang.code())
        .bind(&t.name)
        .bind(&t.summary)
        .bind(&t.description)
        .bind(&t.who_for)
        .bind(&t.how_to_access)
        .bind(&t.what_to_bring)
        .bind(&t.what_you_get)
        .bind(&t.deadlines)
        .bind(&t.conditions)
        .bind(&t.cost)
        .execute(&mut *conn)
        .await?;
    }
    let codes: [(&str, &str, Vec<&str>); 5] = [
        (
            "service_categories",
            "category",
            input.categories.iter().map(|c| c.as_str()).collect(),
        ),
        (
            "service_target_groups",
            "target_group",
            input.target_groups.iter().map(|g| g.as_str()).collect(),
        ),
        (
            "service_channels",
            "channel",
            input.channels.iter().map(|c| c.as_str()).collect(),
        ),
        (
            "service_areas",
            "istat_code",
            input.areas.iter().map(|c| c.as_str()).collect(),
        ),
        (
            "service_accessibility",
            "feature",
            input.accessibility.iter().map(|a| a.as_str()).collect(),
        ),
    ];
    for (table, column, values) in codes {
        for value in values {
            sqlx::query(&format!(
                "INSERT INTO {table} (service_id, {column}) VALUES ($1, $2)"
            ))
            .bind(id)
            .bind(value)
            .execute(&mut *conn)
            .await?;
        }
    }
    for (position, code) in input.languages.iter().enumerate() {
        sqlx::query(
            "INSERT INTO service_languages (service_id, code, position) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(*code)
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    for (position, phone) in input.phones.iter().enumerate() {
        sqlx::query(
            "INSERT INTO service_phones (service_id, position, number) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(phone.as_str())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Writes the service row's own fields; false when there is no such row.
async fn write_fields(
    conn: &mut AnyConnection,
    id: i64,
    input: &ServiceInput,
    now: i64,
) -> Result<bool> {
    let updated = sqlx::query(
        "UPDATE services SET organisation_id = $1, free_of_charge = $2, \
         appointment_needed = $3, email = $4, website = $5, istat_code = $6, address = $7, \
         lat = $8, lon = $9, sensitive = $10, hours = $11, updated_at = $12, \
         province_wide = $13, contact_name = $14, contact_title = $15 WHERE id = $16",
    )
    .bind(input.organisation_id.map(|o| o.0))
    .bind(flag(input.free))
    .bind(flag(input.appointment_needed))
    .bind(input.email.as_ref().map(|e| e.as_str().to_owned()))
    .bind(input.website.as_deref())
    .bind(input.istat_code.as_str())
    .bind(input.address.as_deref())
    .bind(input.point.map(|p| p.lat))
    .bind(input.point.map(|p| p.lon))
    .bind(flag(input.sensitive))
    .bind(input.schedule.to_text())
    .bind(now)
    .bind(flag(input.province_wide))
    .bind(input.contact_name.as_deref())
    .bind(input.contact_title.as_deref())
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// The id of another service with the same Italian name (any case) at the
/// same address (or both without one) in the same comune.
async fn duplicate_of(
    conn: &mut AnyConnection,
    input: &ServiceInput,
    except: Option<i64>,
) -> Result<Option<ServiceId>> {
    let Some((_, italian)) = input.texts.iter().find(|(l, _)| *l == Lang::It) else {
        return Ok(None);
    };
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT s.id FROM services s JOIN service_translations t \
         ON t.service_id = s.id AND t.lang = 'it' \
         WHERE LOWER(t.name) = LOWER($1) AND s.istat_code = $2 \
         AND COALESCE(LOWER(s.address), '') = COALESCE(LOWER($3), '') AND s.id <> $4 LIMIT 1",
    )
    .bind(&italian.name)
    .bind(input.istat_code.as_str())
    .bind(input.address.as_deref())
    .bind(except.unwrap_or(0))
    .fetch_optional(&mut *conn)
    .await?;
    Ok(id.map(ServiceId))
}

/// Adds a service with its texts and lists, unless it is a duplicate, on
/// a connection whose transaction the caller commits.
pub(crate) async fn insert_service(
    conn: &mut AnyConnection,
    input: &ServiceInput,
    is_example: bool,
) -> Result<ServiceSave> {
    let now = Timestamp::now().0;
    if let Some(other) = duplicate_of(conn, input, None).await? {
        return Ok(ServiceSave::Duplicate(other));
    }
    // The row first, then its fields as an update writes them.
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO services (istat_code, is_example, created_at, updated_at) \
         VALUES ($1, $2, $3, $3) RETURNING id",
    )
    .bind(input.istat_code.as_str())
    .bind(flag(is_example))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    write_fields(conn, id, input, now).await?;
    write_parts(conn, id, input).await?;
    changes::record(conn, changes::entity::SERVICE, id).await?;
    Ok(ServiceSave::Saved(ServiceId(id)))
}

/// Replaces a service's fields, texts and lists, unless the result would
/// duplicate another service, on a connection whose transaction the caller
/// commits.
pub(crate) async fn replace_service(
    conn: &mut AnyConnection,
    id: ServiceId,
    input: &ServiceInput,
) -> Result<ServiceSave> {
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM services WHERE id = $1")
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?;
    if exists.is_none() {
        return Ok(ServiceSave::Missing);
    }
    if let Some(other) = duplicate_of(conn, input, Some(id.0)).await? {
        return Ok(ServiceSave::Duplicate(other));
    }
    if !write_fields(conn, id.0, input, Timestamp::now().0).await? {
        return Ok(ServiceSave::Missing);
    }
    write_parts(conn, id.0, input).await?;
    changes::record(conn, changes::entity::SERVICE, id.0).await?;
    Ok(ServiceSave::Saved(id))
}

impl Db {
    /// Adds a service with its texts and lists, unless it is a duplicate.
    pub async fn create_service(
        &self,
        input: &ServiceInput,
        is_example: bool,
    ) -> Result<ServiceSave> {
        let mut tx = self.begin_write().await?;
        let outcome = insert_service(&mut tx, input, is_example).await?;
        if matches!(outcome, ServiceSave::Saved(_)) {
            tx.commit().await?;
        }
        Ok(outcome)
    }

    /// Replaces a service's fields, texts and lists, unless the result
    /// would duplicate another service.
    pub async fn update_service(&self, id: ServiceId, input: &ServiceInput) -> Result<ServiceSave> {
        let mut tx = self.begin_write().await?;
        let outcome = replace_service(&mut tx, id, input).await?;
        if matches!(outcome, ServiceSave::Saved(_)) {
            tx.commit().await?;
        }
        Ok(outcome)
    }

    /// Another service that `input` would duplicate (same Italian name at
    /// the same address in the same comune), other than `except`.
    pub async fn service_duplicate(
        &self,
        input: &ServiceInput,
        except: Option<ServiceId>,
    ) -> Result<Option<ServiceId>> {
        let mut conn = self.pool().acquire().await?;
        duplicate_of(&mut conn, input, except.map(|e| e.0)).await
    }

    /// Records that `by` confirmed the service is right (now).
    pub async fn verify_service(&self, id: ServiceId, by: i64) -> Result<bool> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE services SET verified_at = $1, verified_by = $2, \
                 stale_notified_at = NULL WHERE id = $3",
        )
        .bind(Timestamp::now().0)
        .bind(by)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 1 {
            changes::record(&mut tx, changes::entity::SERVICE, id.0).await?;
        }
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn service(&self, id: ServiceId) -> Result<Option<Service>> {
        let sql = format!("SELECT {COLUMNS} FROM services WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id.0)
            .fetch_optional(self.pool())
            .await?;
        let Some(service) = row.as_ref().map(from_row).transpose()? else {
            return Ok(None);
        };
        let mut services = vec![service];
        self.fill_services(&mut services).await?;
        Ok(services.pop())
    }

    /// The services the filter lets through, ordered by their Italian
    /// name, complete with texts and lists (a fixed number of queries,
    /// whatever their number).
    pub async fn services(&self, filter: &ServiceFilter) -> Result<Vec<Service>> {
        let columns = COLUMNS
            .split(", ")
            .map(|c| format!("s.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let rows = self.filtered(&columns, filter, None).await?;
        let mut services = rows.iter().map(from_row).collect::<Result<Vec<_>>>()?;
        self.fill_services(&mut services).await?;
        Ok(services)
    }

    /// The ids and opening hours (text form) of the services the filter
    /// lets through, in the list's order: enough to count them, keep those
    /// open now and choose a page, before reading the page's services
    /// whole with [`Db::services_by_ids`].
    pub async fn service_hours(&self, filter: &ServiceFilter) -> Result<Vec<(ServiceId, String)>> {
        let rows = self.filtered("s.id, s.hours", filter, None).await?;
        rows.iter()
            .map(|row| Ok((ServiceId(row.try_get("id")?), row.try_get("hours")?)))
            .collect()
    }

    /// Where the services the filter lets through are, with their names
    /// in `lang` (Italian where not translated) and their hours, for the
    /// map: no texts or lists beyond that.
    pub async fn service_places(
        &self,
        filter: &ServiceFilter,
        lang: Lang,
    ) -> Result<Vec<ServicePlace>> {
        // `lang.code()` is one of four fixed codes: written inline.
        let columns = format!(
            "s.id, s.istat_code, s.lat, s.lon, s.sensitive, s.hours, s.is_example, \
             COALESCE((SELECT t.name FROM service_translations t WHERE t.service_id = s.id \
             AND t.lang = '{}'), it.name) AS name",
            lang.code()
        );
        let rows = self.filtered(&columns, filter, None).await?;
        rows.iter()
            .map(|row| {
                let point = match (
                    row.try_get::<Option<f64>, _>("lat")?,
                    row.try_get::<Option<f64>, _>("lon")?,
                ) {
                    (Some(lat), Some(lon)) => Some(Point { lat, lon }),
                    _ => None,
                };
                Ok(ServicePlace {
                    id: ServiceId(row.try_get("id")?),
                    istat_code: row.try_get("istat_code")?,
                    point,
                    sensitive: row.try_get::<i64, _>("sensitive")? != 0,
                    hours: row.try_get("hours")?,
                    is_example: row.try_get::<i64, _>("is_example")? != 0,
                    name: row.try_get("name")?,
                })
            })
            .collect()
    }

    /// How many services the filter lets through, and the ids of one
    /// page of them in the list's order (the database sorts only what the
    /// page needs).
    pub async fn service_page(
        &self,
        filter: &ServiceFilter,
        limit: i64,
        offset: i64,
    ) -> Result<(i64, Vec<ServiceId>)> {
        let total: i64 = self
            .filtered("COUNT(*) AS n", filter, Some((0, 0)))
            .await?
            .first()
            .map(|row| row.try_get("n"))
            .transpose()?
            .unwrap_or(0);
        let rows = self.filtered("s.id", filter, Some((limit, offset))).await?;
        let ids = rows
            .iter()
            .map(|row| Ok(ServiceId(row.try_get("id")?)))
            .collect::<Result<Vec<_>>>()?;
        Ok((total, ids))
    }

    /// These services, whole, in the order given (missing ones left out).
    pub async fn services_by_ids(&self, ids: &[ServiceId]) -> Result<Vec<Service>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        // Numbers only: listed inline.
        let list = ids
            .iter()
            .map(|id| id.0.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM services WHERE id IN ({list})"
        ))
        .fetch_all(self.pool())
        .await?;
        let mut services = rows.iter().map(from_row).collect::<Result<Vec<_>>>()?;
        self.fill_services(&mut services).await?;
        services.sort_by_key(|s| ids.iter().position(|id| *id == s.id));
        Ok(services)
    }

    /// `SELECT columns` of the services the filter lets through, ordered
    /// by Italian name, one page of them when `page` gives (limit, offset);
    /// `(0, 0)` is an aggregate: no order, no page. Each filter given adds
    /// its condition, so the planner can use the index that fits.
    async fn filtered(
        &self,
        columns: &str,
        filter: &ServiceFilter,
        page: Option<(i64, i64)>,
    ) -> Result<Vec<AnyRow>> {
        let mut sql = format!(
            "SELECT {columns} FROM services s JOIN service_translations it \
             ON it.service_id = s.id AND it.lang = 'it' WHERE 1 = 1"
        );
        let mut args: Vec<String> = Vec::new();
        let mut add = |condition: &str, value: &str| {
            args.push(value.to_owned());
            sql.push_str(" AND ");
            sql.push_str(&condition.replace('?', &format!("${}", args.len())));
        };
        if let Some(category) = filter.category {
            add(
                "EXISTS (SELECT 1 FROM service_categories c WHERE c.service_id = s.id AND c.category = ?)",
                category.as_str(),
            );
        }
        if let Some(code) = &filter.istat_code {
            // The services of a comune are those based there and those
            // that serve it from elsewhere.
            // One indexed look each, joined: an OR over the three would
            // read every service.
            add(
                "s.id IN (SELECT id FROM services WHERE istat_code = ? \
                 UNION SELECT id FROM services WHERE province_wide = 1 \
                 UNION SELECT service_id FROM service_areas WHERE istat_code = ?)",
                code,
            );
        }
        if let Some(group) = filter.target_group {
            add(
                "EXISTS (SELECT 1 FROM service_target_groups g WHERE g.service_id = s.id \
                 AND g.target_group IN (?, 'tutti'))",
                group.as_str(),
            );
        }
        if let Some(code) = &filter.language {
            add(
                "EXISTS (SELECT 1 FROM service_languages l WHERE l.service_id = s.id AND l.code = ?)",
                code,
            );
        }
        if filter.free_only {
            sql.push_str(" AND s.free_of_charge = 1");
        }
        if filter.without_appointment {
            sql.push_str(" AND s.appointment_needed = 0");
        }
        if let Some(organisation) = filter.organisation_id {
            // A number: written inline, as the text arguments above are
            // bound as text.
            sql.push_str(&format!(" AND s.organisation_id = {}", organisation.0));
        }
        if let Some(ids) = &filter.ids {
            if ids.is_empty() {
                sql.push_str(" AND 1 = 0");
            } else {
                // Numbers: written inline.
                let list = ids
                    .iter()
                    .map(|id| id.0.to_string())
                    .collect::<Vec<_>>()
                    .join(",");
                sql.push_str(&format!(" AND s.id IN ({list})"));
            }
        }
        if let Some(before) = filter.confirmed_before {
            sql.push_str(&format!(
                " AND COALESCE(s.verified_at, s.created_at) < {}",
                before.0
            ));
        }
        match page {
            Some((0, 0)) => {}
            Some((limit, offset)) => sql.push_str(&format!(
                " ORDER BY LOWER(it.name), s.id LIMIT {} OFFSET {}",
                limit.max(0),
                offset.max(0)
            )),
            None => sql.push_str(" ORDER BY LOWER(it.name), s.id"),
        }
        let mut query = sqlx::query(&sql);
        for arg in &args {
            query = query.bind(arg.as_str());
        }
        Ok(query.fetch_all(self.pool()).await?)
    }

    /// Reads the texts and lists of these services, table by table.
    async fn fill_services(&self, services: &mut [Service]) -> Result<()> {
        if services.is_empty() {
            return Ok(());
        }
        let mut index = std::collections::HashMap::new();
        for (i, s) in services.iter().enumerate() {
            index.insert(s.id.0, i);
        }
        // Ids are numbers taken from rows just read: listing them inline
        // keeps one statement per table whatever their number.
        let ids = services
            .iter()
            .map(|s| s.id.0.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let rows = sqlx::query(&format!(
            "SELECT * FROM service_translations WHERE service_id IN ({ids}) ORDER BY service_id, lang"
        ))
        .fetch_all(self.pool())
        .await?;
        for row in &rows {
            let code: String = row.try_get("lang")?;
            let lang = Lang::from_code(&code)
                .ok_or_else(|| corrupt("service_translations.lang", code.clone()))?;
            let text = ServiceText {
                name: row.try_get("name")?,
                summary: row.try_get("summary")?,
                description: row.try_get("description")?,
                who_for: row.try_get("who_for")?,
                how_to_access: row.try_get("how_to_access")?,
                what_to_bring: row.try_get("what_to_bring")?,
                what_you_get: row.try_get("what_you_get")?,
                deadlines: row.try_get("deadlines")?,
                conditions: row.try_get("conditions")?,
                cost: row.try_get("cost")?,
            };
            if let Some(i) = index.get(&row.try_get::<i64, _>("service_id")?) {
                services[*i].record.texts.push((lang, text));
            }
        }
        for service in services.iter_mut() {
            service.record.texts.sort_by_key(|(l, _)| *l != Lang::It);
        }
        for (table, column) in [
            ("service_categories", "category"),
            ("service_target_groups", "target_group"),
            ("service_channels", "channel"),
            ("service_languages", "code"),
            ("service_phones", "number"),
            ("service_areas", "istat_code"),
            ("service_accessibility", "feature"),
        ] {
            let order = match table {
                "service_languages" | "service_phones" => "position",
                _ => column,
            };
            let rows = sqlx::query(&format!(
                "SELECT service_id, {column} AS value FROM {table} WHERE service_id IN ({ids}) \
                 ORDER BY service_id, {order}"
            ))
            .fetch_all(self.pool())
            .await?;
            for row in &rows {
                let value: String = row.try_get("value")?;
                let Some(i) = index.get(&row.try_get::<i64, _>("service_id")?) else {
                    continue;
                };
                let record = &mut services[*i].record;
                let bad = || corrupt("service lists", value.clone());
                match table {
                    "service_categories" => record
                        .categories
                        .push(Category::parse(&value).ok_or_else(bad)?),
                    "service_target_groups" => record
                        .target_groups
                        .push(TargetGroup::parse(&value).ok_or_else(bad)?),
                    "service_channels" => record
                        .channels
                        .push(Channel::parse(&value).ok_or_else(bad)?),
                    "service_languages" => record
                        .languages
                        .push(SpokenLanguage::find(&value).ok_or_else(bad)?.code),
                    "service_areas" => record
                        .areas
                        .push(IstatCode::parse(&value).map_err(|_| bad())?),
                    "service_accessibility" => record
                        .accessibility
                        .push(Accessibility::parse(&value).ok_or_else(bad)?),
                    _ => record.phones.push(Phone::parse(&value).map_err(|_| bad())?),
                }
            }
        }
        for service in services.iter_mut() {
            // Stored by code: back in the domain's order.
            service.record.categories.sort();
            service.record.target_groups.sort();
            service.record.channels.sort();
            service.record.accessibility.sort();
        }
        Ok(())
    }

    /// Every service's id.
    pub async fn service_ids(&self) -> Result<Vec<ServiceId>> {
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM services ORDER BY id")
            .fetch_all(self.pool())
            .await?;
        Ok(ids.into_iter().map(ServiceId).collect())
    }

    pub async fn count_services(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM services")
            .fetch_one(self.pool())
            .await?)
    }
}
