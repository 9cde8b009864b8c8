//! The back office: the dashboard every staff member sees, and the
//! administration of accounts, organisations, pages and logs.

pub mod audit;
pub mod backups;
pub mod dashboard;
pub mod network;
pub mod organisations;
pub mod pages;
pub mod person_data;
pub mod problem_reports;
pub mod users;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;

use crate::error::WebError;

/// A numeric id from the address; anything else is a 404 before any query.
#[derive(Debug, Clone, Copy)]
pub struct IdPath(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for IdPath {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| WebError::NotFound)?;
        match raw.parse::<i64>() {
            Ok(id) if id > 0 && raw.len() <= 18 && raw.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(IdPath(id))
            }
            _ => Err(WebError::NotFound),
        }
    }
}
