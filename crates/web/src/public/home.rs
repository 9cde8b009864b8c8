use agoral_db::articles::ListFilter;
use agoral_domain::articles::{ArticleListItem, Level, Section};
use askama::Template;
use axum::response::{Redirect, Response};

use crate::{
    error::WebError,
    render::{Ctx, Shell, page},
};

#[derive(Template)]
#[template(path = "public/home.html")]
struct HomePage {
    shell: Shell,
    comuni: String,
    population: String,
    organisations: String,
    items: Vec<ArticleListItem>,
    sections: Vec<Section>,
    /// The newest stories of each level, for the levels that have some.
    by_level: Vec<(Level, Vec<ArticleListItem>)>,
}

pub async fn show_home(ctx: Ctx) -> Result<Response, WebError> {
    let comuni = ctx.state.db.comuni().await?;
    let population: i64 = comuni.iter().map(|c| c.population_2021).sum();
    let organisations = ctx.state.db.count_network_members().await?;
    let items = ctx
        .state
        .db
        .published_articles(ctx.lang, &ListFilter::default(), 6, 0)
        .await?;
    let sections = ctx.state.db.sections(ctx.lang).await?;
    let mut by_level = Vec::new();
    for level in Level::ALL {
        let filter = ListFilter {
            level: Some(level),
            ..ListFilter::default()
        };
        let newest = ctx
            .state
            .db
            .published_articles(ctx.lang, &filter, 3, 0)
            .await?;
        if !newest.is_empty() {
            by_level.push((level, newest));
        }
    }
    page(&HomePage {
        by_level,
        items,
        sections,
        shell: ctx.shell("home-title"),
        comuni: group_digits(comuni.len() as i64, &ctx.t("digit-separator")),
        population: group_digits(population, &ctx.t("digit-separator")),
        organisations: group_digits(organisations, &ctx.t("digit-separator")),
    })
}

/// `/en` → `/en/`.
pub async fn redirect_to_home(ctx: Ctx) -> Redirect {
    Redirect::permanent(ctx.lang.home())
}

/// `411922` → `411.922` (Italian) or `411,922` (English).
pub fn group_digits(value: i64, separator: &str) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    if value < 0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn groups_digits() {
        assert_eq!(super::group_digits(411_922, "."), "411.922");
        assert_eq!(super::group_digits(187, "."), "187");
        assert_eq!(super::group_digits(1_000_000, ","), "1,000,000");
    }
}
