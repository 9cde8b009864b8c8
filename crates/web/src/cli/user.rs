//! `agoral user …`: staff accounts from the command line.

use agoral_db::auth_tokens::TokenPurpose;
use agoral_domain::{
    accounts::{Email, NewUser, Roles, User},
    audit::{AuditAction, NewAuditEvent},
    lang::Lang,
    organisations::OrganisationId,
    time::Timestamp,
    tokens,
};
use anyhow::{Context, bail};
use clap::Subcommand;

use crate::{
    accounts::password::{INVITATION_TTL_SECONDS, RESET_TTL_SECONDS},
    config::Config,
    server::open_database,
};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user and print a one-time link to set the password.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Comma-separated: administrator, editor, author, contributor, analyst, operator.
        #[arg(long)]
        roles: String,
        /// Organisation id.
        #[arg(long)]
        organisation: Option<i64>,
        /// Interface language: it, en, fr, ar.
        #[arg(long, default_value = "it")]
        locale: String,
    },
    /// List users.
    List,
    /// Disable a user and end their sessions.
    Disable { email: String },
    /// Enable a disabled user.
    Enable { email: String },
    /// Print a one-time link to set a new password (and end all sessions).
    ResetPassword { email: String },
    /// Switch off a user's two-factor login (lost phone and recovery codes);
    /// roles that require it must set it up again at the next login.
    ResetTwoFactor { email: String },
    /// Replace a user's roles.
    SetRole {
        email: String,
        /// Comma-separated roles.
        #[arg(long)]
        roles: String,
    },
}

fn parse_roles(value: &str) -> anyhow::Result<Roles> {
    let roles = Roles::parse_list(value).map_err(|bad| {
        anyhow::anyhow!("unknown role {bad:?}: use administrator, editor, author, contributor, analyst, operator")
    })?;
    if roles.is_empty() {
        bail!("give at least one role");
    }
    Ok(roles)
}

async fn find(db: &agoral_db::Db, email: &str) -> anyhow::Result<User> {
    let email =
        Email::parse(email).map_err(|_| anyhow::anyhow!("{email:?} is not an email address"))?;
    db.user_by_email(&email)
        .await?
        .with_context(|| format!("no user with email {email}"))
}

async fn audit(
    db: &agoral_db::Db,
    action: AuditAction,
    subject: &User,
    detail: &str,
) -> anyhow::Result<()> {
    db.record_audit(&NewAuditEvent {
        action,
        actor_id: None,
        subject_id: Some(subject.id.0),
        address: None,
        detail: format!(
            "command line{}{detail}",
            if detail.is_empty() { "" } else { ": " }
        ),
    })
    .await?;
    Ok(())
}

/// A set-password link, valid as long as the same link sent by mail.
async fn one_time_link(
    config: &Config,
    db: &agoral_db::Db,
    user: &User,
    purpose: TokenPurpose,
) -> anyhow::Result<String> {
    let (token, hash) = tokens::generate();
    let ttl = match purpose {
        TokenPurpose::Invitation => INVITATION_TTL_SECONDS,
        TokenPurpose::PasswordReset => RESET_TTL_SECONDS,
    };
    db.create_auth_token(user.id, purpose, &hash, Timestamp::now().plus_seconds(ttl))
        .await?;
    let path = match purpose {
        TokenPurpose::Invitation => "invito",
        TokenPurpose::PasswordReset => "password/reimposta",
    };
    Ok(format!("{}/{path}/{token}", config.public_url))
}

pub async fn run(config: &Config, command: UserCommand) -> anyhow::Result<()> {
    let db = open_database(config).await?;
    match command {
        UserCommand::Create {
            email,
            name,
            roles,
            organisation,
            locale,
        } => {
            let roles = parse_roles(&roles)?;
            let locale = Lang::from_code(&locale).context("--locale must be it, en, fr or ar")?;
            if let Some(id) = organisation
                && db.organisation(OrganisationId(id)).await?.is_none()
            {
                bail!("no organisation with id {id}");
            }
            let new = NewUser::parse(
                &email,
                &name,
                organisation.map(OrganisationId),
                roles,
                locale,
            )
            .map_err(|errors| {
                let fields: Vec<_> = errors
                    .iter()
                    .map(|e| format!("{} ({})", e.field, e.message))
                    .collect();
                anyhow::anyhow!("invalid: {}", fields.join(", "))
            })?;
            if db.email_taken(&new.email).await? {
                bail!("a user with email {} exists already", new.email);
            }
            let id = db.create_user(&new, None).await?;
            let user = db.user(id).await?.context("user vanished")?;
            audit(&db, AuditAction::UserCreated, &user, &roles.to_string()).await?;
            let link = one_time_link(config, &db, &user, TokenPurpose::Invitation).await?;
            println!(
                "Created {} ({}) with roles {}.",
                user.display_name, user.email, user.roles
            );
            println!("One-time link to set the password (valid 7 days):\n  {link}");
        }
        UserCommand::List => {
            println!(
                "{:<6} {:<36} {:<28} {:<34} state",
                "id", "email", "name", "roles"
            );
            for user in db.list_users().await? {
                let state = if user.disabled {
                    "disabled"
                } else if !user.has_password {
                    "invited"
                } else {
                    "active"
                };
                let mfa = if user.totp_enabled { " 2fa" } else { "" };
                println!(
                    "{:<6} {:<36} {:<28} {:<34} {state}{mfa}",
                    user.id.0,
                    user.email.as_str(),
                    user.display_name,
                    user.roles.to_string()
                );
            }
        }
        UserCommand::Disable { email } => {
            let user = find(&db, &email).await?;
            db.set_disabled(user.id, true).await?;
            audit(&db, AuditAction::UserDisabled, &user, "").await?;
            println!("Disabled {}; their sessions are closed.", user.email);
        }
        UserCommand::Enable { email } => {
            let user = find(&db, &email).await?;
            db.set_disabled(user.id, false).await?;
            audit(&db, AuditAction::UserEnabled, &user, "").await?;
            println!("Enabled {}.", user.email);
        }
        UserCommand::ResetPassword { email } => {
            let user = find(&db, &email).await?;
            db.delete_sessions_of(user.id, None).await?;
            let link = one_time_link(config, &db, &user, TokenPurpose::PasswordReset).await?;
            audit(&db, AuditAction::PasswordResetRequested, &user, "").await?;
            println!(
                "Sessions of {} closed. One-time link to set a new password (valid 1 hour):\n  {link}",
                user.email
            );
        }
        UserCommand::ResetTwoFactor { email } => {
            let user = find(&db, &email).await?;
            db.disable_totp(user.id).await?;
            db.delete_sessions_of(user.id, None).await?;
            audit(&db, AuditAction::TwoFactorDisabled, &user, "reset").await?;
            println!(
                "Two-factor login of {} switched off; their sessions are closed.",
                user.email
            );
        }
        UserCommand::SetRole { email, roles } => {
            let user = find(&db, &email).await?;
            let roles = parse_roles(&roles)?;
            db.set_roles(user.id, roles).await?;
            audit(
                &db,
                AuditAction::RolesChanged,
                &user,
                &format!("{} → {roles}", user.roles),
            )
            .await?;
            println!("{} now has roles {roles}.", user.email);
        }
    }
    db.close().await;
    Ok(())
}
