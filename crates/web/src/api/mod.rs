//! The API's description: `/api/openapi.json`, an OpenAPI 3.1 document
//! of every API route and data download. A test checks that every route
//! under `/api/` is in it, so a new endpoint cannot go undocumented.

use axum::{
    http::header,
    response::{IntoResponse, Response},
};

use crate::render::Ctx;

/// The document, with the instance's public address as its server.
const DOCUMENT: &str = include_str!("openapi.json");

pub async fn openapi(ctx: Ctx) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        DOCUMENT.replace("PUBLIC_URL", &ctx.state.config.public_url),
    )
        .into_response()
}
