//! Organisations of the network.

use agoral_domain::{
    comuni::IstatCode,
    organisations::{Organisation, OrganisationId, OrganisationInput, OrganisationKind},
    time::Timestamp,
};
use sqlx::Row;

use crate::{Db, DbError, Result, flag};

const COLUMNS: &str = "id, name, kind, istat_code, website, network_member, is_example, trusted";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Organisation> {
    let kind: String = row.try_get("kind")?;
    Ok(Organisation {
        id: OrganisationId(row.try_get("id")?),
        name: row.try_get("name")?,
        kind: OrganisationKind::parse(&kind).ok_or(DbError::Corrupt {
            column: "organisations.kind",
            value: kind.clone(),
        })?,
        istat_code: row
            .try_get::<Option<String>, _>("istat_code")?
            .and_then(|c| IstatCode::parse(&c).ok()),
        website: row.try_get("website")?,
        network_member: row.try_get::<i64, _>("network_member")? != 0,
        is_example: row.try_get::<i64, _>("is_example")? != 0,
        trusted: row.try_get::<i64, _>("trusted")? != 0,
    })
}

impl Db {
    pub async fn organisations(&self) -> Result<Vec<Organisation>> {
        let sql = format!("SELECT {COLUMNS} FROM organisations ORDER BY name");
        let rows = sqlx::query(&sql).fetch_all(self.pool()).await?;
        rows.iter().map(from_row).collect()
    }

    pub async fn organisation(&self, id: OrganisationId) -> Result<Option<Organisation>> {
        let sql = format!("SELECT {COLUMNS} FROM organisations WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id.0)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    pub async fn organisation_by_name(&self, name: &str) -> Result<Option<Organisation>> {
        let sql = format!("SELECT {COLUMNS} FROM organisations WHERE name = $1");
        let row = sqlx::query(&sql)
            .bind(name)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    pub async fn create_organisation(&self, input: &OrganisationInput) -> Result<OrganisationId> {
        let now = Timestamp::now().0;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO organisations (name, kind, istat_code, website, network_member, \
             is_example, trusted, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, \
             $8, $8) RETURNING id",
        )
        .bind(&input.name)
        .bind(input.kind.as_str())
        .bind(input.istat_code.as_ref().map(IstatCode::as_str))
        .bind(input.website.as_deref())
        .bind(flag(input.network_member))
        .bind(flag(input.is_example))
        .bind(flag(input.trusted))
        .bind(now)
        .fetch_one(self.pool())
        .await?;
        Ok(OrganisationId(id))
    }

    pub async fn update_organisation(
        &self,
        id: OrganisationId,
        input: &OrganisationInput,
    ) -> Result<bool> {
        let result = sqlx::query(
            "UPDATE organisations SET name = $1, kind = $2, istat_code = $3, website = $4, \
             network_member = $5, trusted = $6, updated_at = $7 WHERE id = $8",
        )
        .bind(&input.name)
        .bind(input.kind.as_str())
        .bind(input.istat_code.as_ref().map(IstatCode::as_str))
        .bind(input.website.as_deref())
        .bind(flag(input.network_member))
        .bind(flag(input.trusted))
        .bind(Timestamp::now().0)
        .bind(id.0)
        .execute(self.pool())
        .await?;
        Ok(result.rows_affected() == 1)
    }

    /// Members of the network (the public figure on the home page).
    pub async fn count_network_members(&self) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM organisations WHERE network_member = 1")
                .fetch_one(self.pool())
                .await?,
        )
    }

    pub async fn count_organisations(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM organisations")
            .fetch_one(self.pool())
            .await?)
    }
}
