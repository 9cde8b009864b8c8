use agoral_domain::audit::AuditEvent;
use askama::Template;
use axum::{extract::Query, response::Response};
use serde::Deserialize;

use crate::{
    error::WebError,
    render::{Ctx, Shell, page},
    session::Administrator,
};

const PER_PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    shell: Shell,
    events: Vec<AuditEvent>,
    page: i64,
    has_more: bool,
}

#[derive(Debug, Deserialize)]
pub struct PageQuery {
    pagina: Option<String>,
}

pub async fn list_audit_events(
    ctx: Ctx,
    _admin: Administrator,
    Query(query): Query<PageQuery>,
) -> Result<Response, WebError> {
    let page_number = query
        .pagina
        .and_then(|p| p.parse::<i64>().ok())
        .filter(|p| (1..=100_000).contains(p))
        .unwrap_or(1);
    let mut events = ctx
        .state
        .db
        .audit_events(PER_PAGE + 1, (page_number - 1) * PER_PAGE)
        .await?;
    let has_more = events.len() as i64 > PER_PAGE;
    events.truncate(PER_PAGE as usize);
    page(&AuditPage {
        shell: ctx.shell("audit-title"),
        events,
        page: page_number,
        has_more,
    })
}
