use agoral_domain::{
    accounts::{Role, User},
    articles::{ArticleListItem, ArticleState},
};
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
    /// The magazine's columns, for editors and authors.
    drafts: Vec<ArticleListItem>,
    in_review: Vec<ArticleListItem>,
    scheduled: Vec<ArticleListItem>,
    published: Vec<ArticleListItem>,
    redazione: bool,
    /// The intake mailbox's last check, for administrators and editors.
    mailbox: Option<String>,
    /// Forms kept after this person's session expired: (id, when).
    kept: Vec<(i64, agoral_domain::time::Timestamp)>,
}

pub async fn show_dashboard(ctx: Ctx, Staff(current): Staff) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let user = &current.user;
    let redazione = user.is_redazione();
    let items = if redazione {
        let only_mine = (!user.has_role(Role::Editor)).then_some(user.id.0);
        db.desk_articles(only_mine, 200).await?
    } else {
        Vec::new()
    };
    let column = |state: ArticleState, limit: usize| -> Vec<ArticleListItem> {
        items
            .iter()
            .filter(|i| i.state == state)
            .take(limit)
            .cloned()
            .collect()
    };
    let mut drafts = column(ArticleState::Draft, 10);
    if user.has_role(Role::Editor) {
        // An editor's own drafts; everybody's are on the desk.
        let mine: Vec<i64> = db
            .desk_articles(Some(user.id.0), 200)
            .await?
            .iter()
            .map(|i| i.id.0)
            .collect();
        drafts.retain(|d| mine.contains(&d.id.0));
    }
    let mailbox = if user.has_role(Role::Administrator) || user.has_role(Role::Editor) {
        crate::intake::mailbox::status_line(&ctx.state)
            .await?
            .map(|line| line.text(&ctx.state, ctx.lang))
    } else {
        None
    };
    page(&DashboardPage {
        mailbox,
        in_review: column(ArticleState::InReview, 10),
        scheduled: column(ArticleState::Scheduled, 10),
        published: column(ArticleState::Published, 5),
        drafts,
        redazione,
        shell: ctx.shell("dashboard-title"),
        users: db.count_users().await?,
        organisations: db.count_organisations().await?,
        problem_reports: db.count_problem_reports().await?,
        unsent_mail: db.unsent_mail_count().await?,
        kept: db.kept_submissions_of(user.id.0).await?,
        user: current.user,
    })
}
