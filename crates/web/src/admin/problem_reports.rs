use agoral_domain::problem_reports::ProblemReport;
use askama::Template;
use axum::response::Response;

use crate::{
    error::WebError,
    render::{Ctx, Shell, page},
    session::Administrator,
};

#[derive(Template)]
#[template(path = "admin/problem_reports.html")]
struct ProblemReportsPage {
    shell: Shell,
    reports: Vec<ProblemReport>,
}

pub async fn list_problem_reports(ctx: Ctx, _admin: Administrator) -> Result<Response, WebError> {
    page(&ProblemReportsPage {
        shell: ctx.shell("problem-reports-title"),
        reports: ctx.state.db.problem_reports(200).await?,
    })
}
