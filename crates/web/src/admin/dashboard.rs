use agoral_domain::accounts::User;
use askama::Template;
use axum::response::Response;

use crate::{
    error::WebError,
    render::{Ctx, Shell, page},
    session::Staff,
};

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardPage {
    shell: Shell,
    user: User,
    users: i64,
    organisations: i64,
    problem_reports: i64,
    unsent_mail: i64,
}

pub async fn show_dashboard(ctx: Ctx, Staff(current): Staff) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    page(&DashboardPage {
        shell: ctx.shell("dashboard-title"),
        users: db.count_users().await?,
        organisations: db.count_organisations().await?,
        problem_reports: db.count_problem_reports().await?,
        unsent_mail: db.unsent_mail_count().await?,
        user: current.user,
    })
}
