//! Users and their roles, passwords and second factors.

use agoral_domain::{
    accounts::{Email, NewUser, Role, Roles, User, UserId},
    lang::Lang,
    organisations::OrganisationId,
    time::Timestamp,
};
use sqlx::{Row, any::AnyRow};

use crate::{Db, DbError, Result, flag};

const USER_COLUMNS: &str = "id, email, display_name, organisation_id, disabled, \
     totp_secret IS NOT NULL AS totp_enabled, password_hash IS NOT NULL AS has_password, \
     locale, created_at, last_login_at";

/// What login needs besides the user: the stored hash and TOTP state.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub totp_last_step: Option<i64>,
}

fn user_from_row(row: &AnyRow, roles: Roles) -> Result<User> {
    let locale: String = row.try_get("locale")?;
    Ok(User {
        id: UserId(row.try_get("id")?),
        email: Email::from_trusted(row.try_get("email")?),
        display_name: row.try_get("display_name")?,
        organisation_id: row
            .try_get::<Option<i64>, _>("organisation_id")?
            .map(OrganisationId),
        roles,
        disabled: row.try_get::<i64, _>("disabled")? != 0,
        totp_enabled: bool_column(row, "totp_enabled")?,
        has_password: bool_column(row, "has_password")?,
        locale: Lang::from_code(&locale).unwrap_or_default(),
        created_at: Timestamp(row.try_get("created_at")?),
        last_login_at: row
            .try_get::<Option<i64>, _>("last_login_at")?
            .map(Timestamp),
    })
}

/// `x IS NOT NULL` is a boolean on PostgreSQL and an integer on SQLite.
fn bool_column(row: &AnyRow, column: &str) -> Result<bool> {
    match row.try_get::<bool, _>(column) {
        Ok(value) => Ok(value),
        Err(_) => Ok(row.try_get::<i64, _>(column)? != 0),
    }
}

impl Db {
    async fn roles_of(&self, id: i64) -> Result<Roles> {
        let names: Vec<String> =
            sqlx::query_scalar("SELECT role FROM user_roles WHERE user_id = $1")
                .bind(id)
                .fetch_all(self.pool())
                .await?;
        names
            .iter()
            .map(|n| {
                Role::parse(n).ok_or_else(|| DbError::Corrupt {
                    column: "user_roles.role",
                    value: n.clone(),
                })
            })
            .collect()
    }

    /// Creates a user with their roles, without a password (they set one
    /// through an invitation) unless `password_hash` is given.
    pub async fn create_user(&self, new: &NewUser, password_hash: Option<&str>) -> Result<UserId> {
        let now = Timestamp::now().0;
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, display_name, organisation_id, password_hash, locale, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(new.email.as_str())
        .bind(&new.display_name)
        .bind(new.organisation_id.map(|o| o.0))
        .bind(password_hash)
        .bind(new.locale.code())
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        for role in new.roles.iter() {
            sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)")
                .bind(id)
                .bind(role.as_str())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(UserId(id))
    }

    pub async fn email_taken(&self, email: &Email) -> Result<bool> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email = $1")
            .bind(email.as_str())
            .fetch_one(self.pool())
            .await?;
        Ok(count > 0)
    }

    pub async fn user(&self, id: UserId) -> Result<Option<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let Some(row) = sqlx::query(&sql)
            .bind(id.0)
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(None);
        };
        let roles = self.roles_of(id.0).await?;
        Ok(Some(user_from_row(&row, roles)?))
    }

    pub async fn user_by_email(&self, email: &Email) -> Result<Option<User>> {
        Ok(self.credentials(email).await?.map(|c| c.user))
    }

    /// The user with this login and what is needed to check their password.
    pub async fn credentials(&self, email: &Email) -> Result<Option<Credentials>> {
        let sql = format!(
            "SELECT {USER_COLUMNS}, password_hash, totp_secret, totp_last_step \
             FROM users WHERE email = $1"
        );
        let Some(row) = sqlx::query(&sql)
            .bind(email.as_str())
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(None);
        };
        let id: i64 = row.try_get("id")?;
        let roles = self.roles_of(id).await?;
        Ok(Some(Credentials {
            user: user_from_row(&row, roles)?,
            password_hash: row.try_get("password_hash")?,
            totp_secret: row.try_get("totp_secret")?,
            totp_last_step: row.try_get("totp_last_step")?,
        }))
    }

    pub async fn credentials_by_id(&self, id: UserId) -> Result<Option<Credentials>> {
        match self.user(id).await? {
            Some(user) => self.credentials(&user.email).await,
            None => Ok(None),
        }
    }

    /// Every user, ordered by name, for the administrators' list.
    pub async fn list_users(&self) -> Result<Vec<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY display_name, id");
        let rows = sqlx::query(&sql).fetch_all(self.pool()).await?;
        let role_rows = sqlx::query("SELECT user_id, role FROM user_roles")
            .fetch_all(self.pool())
            .await?;
        let mut users = Vec::with_capacity(rows.len());
        for row in &rows {
            let id: i64 = row.try_get("id")?;
            let mut roles = Roles::empty();
            for role_row in &role_rows {
                if role_row.try_get::<i64, _>("user_id")? == id {
                    let name: String = role_row.try_get("role")?;
                    if let Some(role) = Role::parse(&name) {
                        roles.insert(role);
                    }
                }
            }
            users.push(user_from_row(row, roles)?);
        }
        Ok(users)
    }

    pub async fn count_users(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(self.pool())
            .await?)
    }

    pub async fn set_password_hash(&self, id: UserId, hash: &str) -> Result<()> {
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(hash)
            .bind(Timestamp::now().0)
            .bind(id.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Replaces the user's roles in one transaction.
    pub async fn set_roles(&self, id: UserId, roles: Roles) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM user_roles WHERE user_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        for role in roles.iter() {
            sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)")
                .bind(id.0)
                .bind(role.as_str())
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE users SET updated_at = $1 WHERE id = $2")
            .bind(Timestamp::now().0)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Disables or re-enables a user; disabling also ends their sessions.
    pub async fn set_disabled(&self, id: UserId, disabled: bool) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE users SET disabled = $1, updated_at = $2 WHERE id = $3")
            .bind(flag(disabled))
            .bind(Timestamp::now().0)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        if disabled {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(id.0)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn update_profile(
        &self,
        id: UserId,
        display_name: &str,
        organisation_id: Option<OrganisationId>,
        locale: Lang,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let before: Option<String> =
            sqlx::query_scalar("SELECT display_name FROM users WHERE id = $1")
                .bind(id.0)
                .fetch_optional(&mut *tx)
                .await?;
        sqlx::query(
            "UPDATE users SET display_name = $1, organisation_id = $2, locale = $3, \
             updated_at = $4 WHERE id = $5",
        )
        .bind(display_name)
        .bind(organisation_id.map(|o| o.0))
        .bind(locale.code())
        .bind(Timestamp::now().0)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        // The name is the byline of the person's stories and the title of
        // their author page: kept pages must go.
        if before.is_some_and(|before| before != display_name) {
            crate::changes::record(&mut tx, crate::changes::entity::AUTHOR, id.0).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn delete_user(&self, id: UserId) -> Result<()> {
        sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(id.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn record_login(&self, id: UserId) -> Result<()> {
        sqlx::query("UPDATE users SET last_login_at = $1 WHERE id = $2")
            .bind(Timestamp::now().0)
            .bind(id.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Stores a secret shown to the user, waiting for its first valid code.
    pub async fn set_pending_totp(&self, id: UserId, secret: &str) -> Result<()> {
        sqlx::query("UPDATE users SET totp_pending_secret = $1 WHERE id = $2")
            .bind(secret)
            .bind(id.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn pending_totp(&self, id: UserId) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT totp_pending_secret FROM users WHERE id = $1")
                .bind(id.0)
                .fetch_optional(self.pool())
                .await?
                .flatten(),
        )
    }

    /// Confirms two-factor login: the pending secret becomes the secret, and
    /// the recovery codes (hashed) replace any earlier ones.
    pub async fn enable_totp(
        &self,
        id: UserId,
        secret: &str,
        step: i64,
        recovery_code_hashes: &[String],
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE users SET totp_secret = $1, totp_pending_secret = NULL, totp_last_step = $2, \
             updated_at = $3 WHERE id = $4",
        )
        .bind(secret)
        .bind(step)
        .bind(Timestamp::now().0)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        for hash in recovery_code_hashes {
            sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                .bind(id.0)
                .bind(hash)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn disable_totp(&self, id: UserId) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, \
             totp_last_step = NULL, updated_at = $1 WHERE id = $2",
        )
        .bind(Timestamp::now().0)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a TOTP step as used, only if it is newer than the last one:
    /// returns false when the code was already used (a replay).
    pub async fn use_totp_step(&self, id: UserId, step: i64) -> Result<bool> {
        let result = sqlx::query(
            "UPDATE users SET totp_last_step = $1 WHERE id = $2 \
             AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(id.0)
        .execute(self.pool())
        .await?;
        Ok(result.rows_affected() == 1)
    }

    /// Spends a recovery code; false when unknown or already used.
    pub async fn use_recovery_code(&self, id: UserId, code_hash: &str) -> Result<bool> {
        let result = sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 \
             AND used_at IS NULL",
        )
        .bind(Timestamp::now().0)
        .bind(id.0)
        .bind(code_hash)
        .execute(self.pool())
        .await?;
        Ok(result.rows_affected() == 1)
    }

    pub async fn unused_recovery_codes(&self, id: UserId) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        )
        .bind(id.0)
        .fetch_one(self.pool())
        .await?)
    }
}
