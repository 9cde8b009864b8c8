//! Logging in and out, the second factor, password resets, invitations and
//! each staff member's own account page.

pub mod account;
pub mod kept;
pub mod login;
pub mod login_cookie;
pub mod password;
pub mod two_factor;

/// Messages shown after a redirect, chosen by a short code in the address
/// (`?fatto=password`): only known codes are shown, so the address cannot
/// inject text.
pub fn notice(code: Option<&str>) -> Option<&'static str> {
    match code? {
        "password" => Some("notice-password-changed"),
        "uscito" => Some("notice-logged-out"),
        "sessioni" => Some("notice-sessions-closed"),
        "invitato" => Some("notice-user-invited"),
        "salvato" => Some("notice-saved"),
        "senza-testo" => Some("notice-report-no-text"),
        "verificato" => Some("notice-service-verified"),
        "proposta" => Some("notice-service-change-sent"),
        "approvata" => Some("notice-service-change-approved"),
        "respinta" => Some("notice-service-change-rejected"),
        "gia-decisa" => Some("notice-service-change-gone"),
        "conservato" => Some("notice-submission-kept"),
        "eliminato" => Some("notice-article-deleted"),
        "reimpostazione" => Some("notice-reset-sent"),
        "due-fattori" => Some("notice-two-factor-disabled"),
        "due-fattori-reimpostati" => Some("notice-two-factor-reset"),
        "inviato" => Some("intake-notice-sent"),
        "verified" => Some("intake-notice-verified"),
        "assigned" => Some("intake-notice-assigned"),
        "note" => Some("intake-notice-note"),
        "rejected" => Some("intake-notice-rejected"),
        "duplicate" => Some("intake-notice-duplicate"),
        "accepted" => Some("intake-notice-accepted"),
        _ => None,
    }
}

/// The `?fatto=` code of a page shown after a redirect.
#[derive(Debug, serde::Deserialize)]
pub struct NoticeQuery {
    fatto: Option<String>,
}

impl NoticeQuery {
    pub fn notice(&self) -> Option<&'static str> {
        notice(self.fatto.as_deref())
    }
}

/// A safe place to go after login: a local path, never another site.
pub fn safe_next(next: &str) -> &str {
    let local = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control());
    if local { next } else { "/admin" }
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_must_be_local() {
        assert_eq!(super::safe_next("/admin/utenti"), "/admin/utenti");
        assert_eq!(super::safe_next("//evil.example"), "/admin");
        assert_eq!(super::safe_next("https://evil.example"), "/admin");
        assert_eq!(super::safe_next("/\\evil.example"), "/admin");
    }
}
