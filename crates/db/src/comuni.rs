//! The comuni reference table.

use agoral_domain::comuni::{Comune, IstatCode};
use sqlx::Row;

use crate::{Db, DbError, Result};

fn from_row(row: &sqlx::any::AnyRow) -> Result<Comune> {
    let code: String = row.try_get("code")?;
    Ok(Comune {
        code: IstatCode::parse(&code).map_err(|_| DbError::Corrupt {
            column: "comuni.code",
            value: code.clone(),
        })?,
        name: row.try_get("name")?,
        cadastral_code: row.try_get("cadastral_code")?,
        population_2011: row.try_get("population_2011")?,
        population_2021: row.try_get("population_2021")?,
    })
}

impl Db {
    /// Inserts or updates the comuni, in one transaction.
    pub async fn upsert_comuni(&self, comuni: &[Comune]) -> Result<()> {
        let mut tx = self.begin_write().await?;
        for c in comuni {
            sqlx::query(
                "INSERT INTO comuni (code, name, cadastral_code, population_2011, population_2021) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO UPDATE SET name = $2, \
                 cadastral_code = $3, population_2011 = $4, population_2021 = $5",
            )
            .bind(c.code.as_str())
            .bind(&c.name)
            .bind(&c.cadastral_code)
            .bind(c.population_2011)
            .bind(c.population_2021)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// All comuni by name.
    pub async fn comuni(&self) -> Result<Vec<Comune>> {
        let rows = sqlx::query(
            "SELECT code, name, cadastral_code, population_2011, population_2021 FROM comuni \
             ORDER BY name",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    pub async fn comune(&self, code: &IstatCode) -> Result<Option<Comune>> {
        let row = sqlx::query(
            "SELECT code, name, cadastral_code, population_2011, population_2021 FROM comuni \
             WHERE code = $1",
        )
        .bind(code.as_str())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(from_row).transpose()
    }

    pub async fn count_comuni(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM comuni")
            .fetch_one(self.pool())
            .await?)
    }
}
