use std::fmt;

/// What a staff member may do. Roles add up: a person may hold several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Accounts, organisations, settings, footer pages, backups.
    Administrator,
    /// Caporedattore: approves and publishes.
    Editor,
    /// Redattore: writes, cannot publish.
    Author,
    /// A network partner: sends contributions, edits their organisation's records.
    Contributor,
    /// Osservatorio: datasets, indicators and charts.
    Analyst,
    /// Screening and referral (restricted module).
    Operator,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Administrator,
        Role::Editor,
        Role::Author,
        Role::Contributor,
        Role::Analyst,
        Role::Operator,
    ];

    /// Stable machine name, stored in the database and used on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Editor => "editor",
            Role::Author => "author",
            Role::Contributor => "contributor",
            Role::Analyst => "analyst",
            Role::Operator => "operator",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == value)
    }

    /// Fluent message id of the role's name.
    pub const fn label_key(self) -> &'static str {
        match self {
            Role::Administrator => "role-administrator",
            Role::Editor => "role-editor",
            Role::Author => "role-author",
            Role::Contributor => "role-contributor",
            Role::Analyst => "role-analyst",
            Role::Operator => "role-operator",
        }
    }

    /// Administrators and operators handle the most sensitive data: they
    /// must log in with a second factor.
    pub const fn requires_two_factor(self) -> bool {
        matches!(self, Role::Administrator | Role::Operator)
    }

    const fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Roles(u8);

impl Roles {
    pub const fn empty() -> Roles {
        Roles(0)
    }

    pub fn one(role: Role) -> Roles {
        Roles(role.bit())
    }

    pub fn contains(self, role: Role) -> bool {
        self.0 & role.bit() != 0
    }

    pub fn insert(&mut self, role: Role) {
        self.0 |= role.bit();
    }

    pub fn remove(&mut self, role: Role) {
        self.0 &= !role.bit();
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn intersects(self, other: Roles) -> bool {
        self.0 & other.0 != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |r| self.contains(*r))
    }

    /// Parses a comma-separated list (`editor,author`), as on the command line.
    pub fn parse_list(value: &str) -> Result<Roles, String> {
        let mut roles = Roles::empty();
        for name in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            roles.insert(Role::parse(name).ok_or_else(|| name.to_owned())?);
        }
        Ok(roles)
    }
}

impl FromIterator<Role> for Roles {
    fn from_iter<T: IntoIterator<Item = Role>>(iter: T) -> Self {
        let mut roles = Roles::empty();
        for role in iter {
            roles.insert(role);
        }
        roles
    }
}

impl fmt::Display for Roles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.iter().map(Role::as_str).collect();
        f.write_str(&names.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_sets() {
        let roles = Roles::parse_list("editor, author").expect("valid list");
        assert!(roles.contains(Role::Editor) && roles.contains(Role::Author));
        assert!(!roles.contains(Role::Administrator));
        assert_eq!(roles.to_string(), "editor,author");
        assert_eq!(Roles::parse_list("editor,chef"), Err("chef".to_owned()));
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
    }
}
