//! Staff accounts and their roles.
//!
//! Anonymous readers have no account and get no cookie. Everybody who logs in
//! is staff of some kind: the redazione, network partners, analysts,
//! operators and administrators. A user may hold several roles.

mod email;
mod password;
mod role;

pub use email::Email;
pub use password::{PasswordError, validate_new_password};
pub use role::{Role, Roles};

use crate::{FieldError, lang::Lang, organisations::OrganisationId, time::Timestamp};

/// Primary key of a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserId(pub i64);

/// A staff account as the rest of the platform sees it.
#[derive(Debug, Clone)]
pub struct User {
    pub id: UserId,
    /// Login name and where mail goes; stored lower-cased.
    pub email: Email,
    /// Name shown in bylines and in the back office.
    pub display_name: String,
    /// The organisation the person works for, if any.
    pub organisation_id: Option<OrganisationId>,
    pub roles: Roles,
    /// A disabled user cannot log in and all their sessions are ended.
    pub disabled: bool,
    /// Whether a confirmed TOTP secret is set.
    pub totp_enabled: bool,
    /// Language of the back office for this person.
    pub locale: Lang,
    /// False until the person sets a password through an invitation.
    pub has_password: bool,
    pub created_at: Timestamp,
    pub last_login_at: Option<Timestamp>,
}

impl User {
    /// Whether this person must use two-factor login before doing anything.
    pub fn requires_two_factor(&self) -> bool {
        self.roles.iter().any(Role::requires_two_factor)
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(role)
    }

    /// Whether the person holds one of `roles`.
    pub fn has_any_role(&self, roles: &[Role]) -> bool {
        roles.iter().any(|r| self.has_role(*r))
    }

    /// Whether the person is in the redazione (an editor or an author).
    pub fn is_redazione(&self) -> bool {
        self.has_any_role(REDAZIONE)
    }
}

/// The redazione: editors (caporedattori) and authors. Named once, for the
/// router's rules, the back office's menu and the handlers.
pub const REDAZIONE: &[Role] = &[Role::Editor, Role::Author];

/// A user to be created.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Email,
    pub display_name: String,
    pub organisation_id: Option<OrganisationId>,
    pub roles: Roles,
    pub locale: Lang,
}

impl NewUser {
    /// Validates the fields of an invitation or `agoral user create`.
    pub fn parse(
        email: &str,
        display_name: &str,
        organisation_id: Option<OrganisationId>,
        roles: Roles,
        locale: Lang,
    ) -> Result<NewUser, Vec<FieldError>> {
        let mut errors = Vec::new();
        let email = Email::parse(email).map_err(|e| errors.push(e)).ok();
        let display_name = crate::clean_text("display_name", display_name, 1, 100, false)
            .map_err(|e| errors.push(e))
            .ok();
        if roles.is_empty() {
            errors.push(FieldError::new("roles", "error-roles-required"));
        }
        match (email, display_name, errors.is_empty()) {
            (Some(email), Some(display_name), true) => Ok(NewUser {
                email,
                display_name,
                organisation_id,
                roles,
                locale,
            }),
            _ => Err(errors),
        }
    }
}
