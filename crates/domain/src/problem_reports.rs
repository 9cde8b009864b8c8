//! "Report a problem": readers tell the redazione about an error on a page.
//! The form works without login and without cookies.

use crate::{FieldError, clean_text, lang::Lang};

/// A report as submitted, validated.
#[derive(Debug, Clone)]
pub struct ProblemReportInput {
    pub page_url: String,
    pub message: String,
    /// Optional, only to answer; never shown publicly.
    pub email: Option<String>,
    pub lang: Lang,
}

impl ProblemReportInput {
    pub fn parse(
        page_url: &str,
        message: &str,
        email: &str,
        lang: Lang,
    ) -> Result<ProblemReportInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let page_url = clean_text("page_url", page_url, 0, 500, false)
            .map_err(|e| errors.push(e))
            .ok();
        let message = clean_text("message", message, 5, 5000, true)
            .map_err(|e| errors.push(e))
            .ok();
        let email = crate::optional_email("email", email, &mut errors);
        match (page_url, message) {
            (Some(page_url), Some(message)) if errors.is_empty() => Ok(ProblemReportInput {
                page_url,
                message,
                email,
                lang,
            }),
            _ => Err(errors),
        }
    }
}

/// A stored report, for the administrators' list.
#[derive(Debug, Clone)]
pub struct ProblemReport {
    pub id: i64,
    pub created_at: crate::time::Timestamp,
    pub page_url: String,
    pub message: String,
    pub email: Option<String>,
    pub lang: String,
}

/// Keeps only field errors for the message the user sees.
pub fn first_error(errors: &[FieldError], field: &str) -> Option<&'static str> {
    errors.iter().find(|e| e.field == field).map(|e| e.message)
}
