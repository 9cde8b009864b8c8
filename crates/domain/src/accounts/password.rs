use crate::FieldError;

/// Why a new password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("password shorter than 12 characters")]
    TooShort,
    #[error("password longer than 256 characters")]
    TooLong,
    #[error("password is one repeated character")]
    Repetitive,
}

impl PasswordError {
    pub fn field_error(self, field: &'static str) -> FieldError {
        FieldError::new(
            field,
            match self {
                PasswordError::TooShort => "error-password-too-short",
                PasswordError::TooLong => "error-password-too-long",
                PasswordError::Repetitive => "error-password-repetitive",
            },
        )
    }
}

/// Length is what makes a password strong (NIST SP 800-63B): at least 12
/// characters, any characters at all, no composition rules.
pub fn validate_new_password(password: &str) -> Result<(), PasswordError> {
    let count = password.chars().count();
    if count < 12 {
        return Err(PasswordError::TooShort);
    }
    if count > 256 {
        return Err(PasswordError::TooLong);
    }
    let mut chars = password.chars();
    let first = chars.next();
    if chars.all(|c| Some(c) == first) {
        return Err(PasswordError::Repetitive);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_rules() {
        assert_eq!(validate_new_password("corto"), Err(PasswordError::TooShort));
        assert_eq!(
            validate_new_password(&"a".repeat(20)),
            Err(PasswordError::Repetitive)
        );
        assert_eq!(
            validate_new_password(&"ab".repeat(200)),
            Err(PasswordError::TooLong)
        );
        assert_eq!(validate_new_password("cavallo batteria graffetta"), Ok(()));
        assert_eq!(validate_new_password("كلمة مرور طويلة"), Ok(()));
    }
}
