//! The magazine: public story pages and listings, and the redazione's desk
//! and editor with the editorial workflow and revisions.

pub mod authors;
pub mod desk;
pub mod editor;
pub mod feeds;
pub mod public;
pub mod revisions;
pub mod shared;
pub mod taxonomy;
pub mod workflow;

use agoral_domain::articles::Article;

use crate::{error::WebError, render::Ctx, session::Staff};

/// Number of stories per listing page.
pub const PER_PAGE: i64 = 12;

/// A page number from `?pagina=`, 1 when missing or absurd.
pub fn page_number(value: Option<&str>) -> i64 {
    value
        .and_then(|v| v.parse::<i64>().ok())
        .filter(|p| (1..=10_000).contains(p))
        .unwrap_or(1)
}

/// Editors may work on every story; authors on the stories they sign.
pub fn may_edit(staff: &Staff, article: &Article) -> bool {
    let user = &staff.0.user;
    user.has_role(agoral_domain::accounts::Role::Editor)
        || (user.has_role(agoral_domain::accounts::Role::Author) && article.is_author(user.id.0))
}

/// Loads a story for the desk, refusing people who may not work on it.
pub async fn load_for_desk(ctx: &Ctx, staff: &Staff, id: i64) -> Result<Article, WebError> {
    let article = ctx
        .state
        .db
        .article(agoral_domain::articles::ArticleId(id))
        .await?
        .ok_or(WebError::NotFound)?;
    if !may_edit(staff, &article) {
        return Err(WebError::Forbidden);
    }
    Ok(article)
}
