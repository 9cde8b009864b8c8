//! The public "buone pratiche": the good practices the redazione accepted
//! as structured records, listed with filters by comune and target group
//! (a plain GET form), one page per practice, their photos (only where the
//! sender declared that the people shown consented), and the counts per
//! comune and per target group as CSV for the Osservatorio.

use agoral_db::intake::PracticeFilter;
use agoral_domain::{
    intake::{IntakeId, PublicGoodPractice},
    services::taxonomy::TargetGroup,
};
use askama::Template;
use axum::{
    extract::Query,
    http::header,
    response::{IntoResponse, Response},
};
use serde::Deserialize;

use crate::{
    admin::IdPath,
    error::WebError,
    render::{Ctx, Shell, page},
    services::public::Choice,
};

/// The list's address, without the language prefix.
pub const LIST_PATH: &str = "/buone-pratiche";

const PER_PAGE: i64 = 20;

/// A practice ready to show.
pub struct PracticeView {
    pub link: String,
    pub title: String,
    pub lang: &'static str,
    pub dir: &'static str,
    pub paragraphs: Vec<String>,
    pub comune: String,
    pub comune_link: String,
    pub runner: String,
    pub targets: Vec<String>,
    pub period: String,
    pub outcome: Vec<String>,
    pub website: Option<String>,
    pub accepted: String,
    /// `(address, text alternative)` of each photo.
    pub photos: Vec<(String, String)>,
}

/// A query value, trimmed; `None` when absent or empty.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// Plain text as paragraphs: blank lines separate them.
fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

fn view(ctx: &Ctx, p: &PublicGoodPractice) -> PracticeView {
    let record = &p.practice;
    let period = match (&record.period_start, &record.period_end) {
        (Some(start), Some(end)) => format!("{start} – {end}"),
        (Some(start), None) => {
            ctx.state
                .l10n
                .get_args(ctx.lang, "good-practice-since", &[("start", start.clone())])
        }
        (None, Some(end)) => end.clone(),
        (None, None) => String::new(),
    };
    let code = record.istat_code.as_str();
    PracticeView {
        link: ctx
            .lang
            .localise_path(&format!("{LIST_PATH}/{}", p.item_id.0)),
        title: p.title.clone(),
        lang: p.lang.code(),
        dir: p.lang.dir(),
        paragraphs: paragraphs(&p.body),
        comune: ctx.state.comune_name(code),
        comune_link: ctx.lang.localise_path(&format!("/comuni/{code}")),
        runner: record.runner.clone(),
        targets: record
            .targets
            .iter()
            .map(|t| ctx.t(t.label_key()))
            .collect(),
        period,
        outcome: paragraphs(&record.outcome),
        website: record.link.clone(),
        accepted: p.accepted_at.date_short(),
        photos: p
            .photos
            .iter()
            .enumerate()
            .map(|(n, photo)| {
                (
                    format!("{LIST_PATH}/foto/{}", photo.id),
                    ctx.state.l10n.get_args(
                        ctx.lang,
                        "good-practice-photo-alt",
                        &[("n", (n + 1).to_string()), ("title", p.title.clone())],
                    ),
                )
            })
            .collect(),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    comune: Option<String>,
    destinatari: Option<String>,
    pagina: Option<String>,
}

#[derive(Template)]
#[template(path = "public/good_practices.html")]
struct ListPage {
    shell: Shell,
    action: String,
    form_link: String,
    counts_link: String,
    comuni: Vec<Choice>,
    targets: Vec<Choice>,
    filtered: bool,
    /// A filter's value was not in its list and was left out.
    ignored: bool,
    total: i64,
    practices: Vec<PracticeView>,
    page: i64,
    has_more: bool,
    /// The address of the list with these filters, ready for `pagina=`.
    page_base: String,
}

impl ListPage {
    fn page_link(&self, page: &i64) -> String {
        format!("{}pagina={page}", self.page_base)
    }
}

/// `GET /buone-pratiche`.
pub async fn list_good_practices(
    ctx: Ctx,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    // An address that does not even parse is the list without filters.
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let comune_code = given(&query.comune);
    let comune = comune_code
        .filter(|c| ctx.state.comuni.contains_key(*c))
        .map(str::to_owned);
    let target_code = given(&query.destinatari);
    let target = target_code.and_then(TargetGroup::parse);
    let ignored =
        (comune_code.is_some() && comune.is_none()) || (target_code.is_some() && target.is_none());
    let page_no = given(&query.pagina)
        .and_then(|p| p.parse::<i64>().ok())
        .filter(|p| (1..=10_000).contains(p))
        .unwrap_or(1);
    let db = &ctx.state.db;
    let filter = PracticeFilter {
        comune: comune.clone(),
        target,
    };
    let (found, total) = db
        .public_good_practices(&filter, PER_PAGE, (page_no - 1) * PER_PAGE)
        .await?;
    let per_comune = db.good_practices_per_comune().await?;
    let per_target = db.good_practices_per_target().await?;
    let mut comuni: Vec<Choice> = per_comune
        .iter()
        .map(|(code, count)| Choice {
            value: code.clone(),
            label: format!("{} ({count})", ctx.state.comune_name(code)),
            selected: comune.as_deref() == Some(code.as_str()),
        })
        .collect();
    comuni.sort_by(|a, b| a.label.cmp(&b.label));
    let targets = TargetGroup::ALL
        .iter()
        .map(|t| {
            let count = per_target
                .iter()
                .find(|(code, _)| code == t.as_str())
                .map_or(0, |(_, n)| *n);
            Choice {
                value: t.as_str().to_owned(),
                label: format!("{} ({count})", ctx.t(t.label_key())),
                selected: target == Some(*t),
            }
        })
        .collect();
    let action = ctx.lang.localise_path(LIST_PATH);
    let mut params = form_urlencoded::Serializer::new(String::new());
    if let Some(c) = &comune {
        params.append_pair("comune", c);
    }
    if let Some(t) = target {
        params.append_pair("destinatari", t.as_str());
    }
    let params = params.finish();
    let page_base = if params.is_empty() {
        format!("{action}?")
    } else {
        format!("{action}?{params}&")
    };
    let mut shell = ctx.shell("good-practices-title");
    if let Some(latest) = found.first() {
        shell = shell.with_updated(latest.accepted_at);
    }
    let view = ListPage {
        shell,
        form_link: ctx.lang.localise_path(super::good_practices::FORM_PATH),
        counts_link: format!("{LIST_PATH}/conteggi.csv"),
        action,
        comuni,
        targets,
        filtered: comune.is_some() || target.is_some(),
        ignored,
        total,
        practices: found.iter().map(|p| view(&ctx, p)).collect(),
        page: page_no,
        has_more: page_no * PER_PAGE < total,
        page_base,
    };
    page(&view)
}

#[derive(Template)]
#[template(path = "public/good_practice.html")]
struct ShowPage {
    shell: Shell,
    list_link: String,
    practice: PracticeView,
}

/// `GET /buone-pratiche/{id}`: one accepted practice.
pub async fn show_good_practice(ctx: Ctx, id: IdPath) -> Result<Response, WebError> {
    let found = ctx
        .state
        .db
        .public_good_practice(IntakeId(id.0))
        .await?
        .ok_or(WebError::NotFound)?;
    let practice = view(&ctx, &found);
    let shell = ctx
        .shell_titled(found.title.clone())
        .with_updated(found.accepted_at);
    page(&ShowPage {
        shell,
        list_link: ctx.lang.localise_path(LIST_PATH),
        practice,
    })
}

/// `GET /buone-pratiche/foto/{id}`: a photo of an accepted practice whose
/// sender declared the consent of the people shown; anything else is 404.
/// Kept by browsers a short while only: a withdrawal must take it away.
pub async fn serve_practice_photo(ctx: Ctx, id: IdPath) -> Result<Response, WebError> {
    let (content_type, key) = ctx
        .state
        .db
        .public_practice_photo(id.0)
        .await?
        .ok_or(WebError::NotFound)?;
    let bytes = ctx
        .state
        .media
        .get(&key)
        .await
        .map_err(WebError::internal)?
        .ok_or(WebError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=300".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /buone-pratiche/conteggi.csv`: accepted practices per comune (with
/// its ISTAT code) and per target group, for the Osservatorio.
pub async fn practice_counts_csv(ctx: Ctx) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut write = |record: [&str; 4]| w.write_record(record).map_err(WebError::internal);
    write(["dimensione", "codice", "nome", "buone_pratiche"])?;
    for (code, count) in db.good_practices_per_comune().await? {
        let name = ctx.state.comune_name(&code);
        write(["comune", &code, &name, &count.to_string()])?;
    }
    for (code, count) in db.good_practices_per_target().await? {
        let name = TargetGroup::parse(&code)
            .map(|t| {
                ctx.state
                    .l10n
                    .get(agoral_domain::lang::Lang::It, t.label_key())
            })
            .unwrap_or_default();
        write(["destinatari", &code, &name, &count.to_string()])?;
    }
    let body = w.into_inner().map_err(WebError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"buone-pratiche-conteggi.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}
