//! One error type for handlers. It carries a status and a translation key;
//! the `render_errors` middleware turns it into a localised HTML page in the
//! language of the request. Unexpected errors are logged once, with their
//! cause, and the user sees a generic page, never the internal text.

use axum::{
    http::{HeaderName, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

/// Marks a response as an error page still to be rendered.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage {
    pub status: StatusCode,
    /// Fluent id of the explanation shown under the title.
    pub message: &'static str,
}

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("form token missing, forged or expired")]
    Csrf,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("too many requests, free again in {retry_after_seconds} s")]
    TooManyRequests { retry_after_seconds: u64 },
    #[error("internal error: {0}")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl WebError {
    pub fn not_found() -> WebError {
        WebError::NotFound
    }

    pub fn forbidden() -> WebError {
        WebError::Forbidden
    }

    /// 429, with the seconds until the limit frees sent as `Retry-After`.
    pub fn too_many_requests(retry_after_seconds: u64) -> WebError {
        WebError::TooManyRequests {
            retry_after_seconds,
        }
    }

    pub fn internal(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> WebError {
        WebError::Internal(error.into())
    }

    pub fn page(&self) -> ErrorPage {
        let (status, message) = match self {
            WebError::NotFound => (StatusCode::NOT_FOUND, "error-404-text"),
            WebError::Forbidden => (StatusCode::FORBIDDEN, "error-403-text"),
            WebError::Csrf => (StatusCode::FORBIDDEN, "error-csrf-text"),
            WebError::BadRequest(key) => (StatusCode::BAD_REQUEST, *key),
            WebError::PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "error-413-text"),
            WebError::TooManyRequests { .. } => (StatusCode::TOO_MANY_REQUESTS, "error-429-text"),
            WebError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "error-500-text"),
        };
        ErrorPage { status, message }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if let WebError::Internal(cause) = &self {
            tracing::error!(error = %cause, "request failed");
        }
        let page = self.page();
        let mut response = page.status.into_response();
        if let WebError::TooManyRequests {
            retry_after_seconds,
        } = self
        {
            response
                .headers_mut()
                .extend([retry_after(retry_after_seconds)]);
        }
        response.extensions_mut().insert(page);
        response
    }
}

/// The `Retry-After` header of a 429: the seconds until the limit frees,
/// at least one.
pub fn retry_after(seconds: u64) -> (HeaderName, HeaderValue) {
    (header::RETRY_AFTER, HeaderValue::from(seconds.max(1)))
}

/// The seconds from now until `until`, for [`retry_after`].
pub fn seconds_until(until: agoral_domain::time::Timestamp) -> u64 {
    (until.0 - agoral_domain::time::Timestamp::now().0).max(1) as u64
}

impl From<agoral_db::DbError> for WebError {
    fn from(error: agoral_db::DbError) -> Self {
        WebError::internal(error)
    }
}

impl From<askama::Error> for WebError {
    fn from(error: askama::Error) -> Self {
        WebError::internal(error)
    }
}

/// Fallback for addresses that match no route.
pub async fn not_found() -> WebError {
    WebError::NotFound
}
