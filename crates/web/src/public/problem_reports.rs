//! "Segnala un problema": a public form that works with no login and no
//! cookie. Its defences cost readers nothing: a signed form token, used
//! once (a replay, on any instance, writes nothing and is told so), a
//! honeypot field, a minimum time to fill in, and a limit per address.

use agoral_domain::{problem_reports::ProblemReportInput, time::Timestamp, tokens};
use axum::{
    extract::Query,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    error::WebError,
    forms::{FORM_TOKEN_MAX_AGE, Form, FormErrors},
    public::pages::page_view,
    render::{Ctx, invalid, page},
    session::ClientAddress,
};

pub const SLUG: &str = "segnala-un-problema";

/// Seconds a person needs at least to fill in the form; faster is a robot.
pub const MIN_FILL_SECONDS: i64 = 3;

#[derive(Debug, Default, Clone, Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    pub csrf_token: String,
    /// Honeypot: hidden from people, filled in by robots.
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub page_url: String,
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub email: String,
}

#[derive(Debug, Deserialize)]
pub struct SentQuery {
    inviato: Option<String>,
    pagina: Option<String>,
}

pub async fn show_problem_report_page(
    ctx: Ctx,
    Query(query): Query<SentQuery>,
) -> Result<Response, WebError> {
    let mut view = page_view(&ctx, SLUG).await?;
    view.show_report_form = true;
    view.sent = query.inviato.is_some();
    view.form.page_url = query.pagina.unwrap_or_default().chars().take(500).collect();
    page(&view)
}

pub async fn submit_problem_report(
    ctx: Ctx,
    ClientAddress(address): ClientAddress,
    Form(form): Form<ReportForm>,
) -> Result<Response, WebError> {
    let now = Timestamp::now().0;
    let done = Redirect::to(&format!(
        "{}?inviato=1",
        ctx.lang.localise_path(&format!("/{SLUG}"))
    ));
    if !form.website.is_empty() {
        // A robot: it gets the same answer as a person and nothing is kept.
        return Ok(done.into_response());
    }
    let mut errors = FormErrors::default();
    // When the anonymous form's token stops being valid, and with it the
    // record that it was used.
    let mut token_expires = None;
    if ctx.current.is_none() {
        let issued = ctx
            .state
            .signer
            .verify(&form.csrf_token, now)
            .unwrap_or(now);
        if now - issued < MIN_FILL_SECONDS {
            errors.push("form", "error-too-fast");
        }
        token_expires = Some(Timestamp(issued + FORM_TOKEN_MAX_AGE));
    }
    if let Some(address) = address
        && errors.is_empty()
        && let Err(seconds) = ctx.state.public_forms.check(address, now)
    {
        return Err(WebError::too_many_requests(seconds));
    }
    let input = ProblemReportInput::parse(&form.page_url, &form.message, &form.email, ctx.lang);
    match input {
        Ok(input) if errors.is_empty() => {
            let written = match token_expires {
                None => Some(ctx.state.db.create_problem_report(&input).await?),
                Some(expires) => {
                    let hash = tokens::hash(&form.csrf_token);
                    ctx.state
                        .db
                        .create_problem_report_once(&input, &hash, expires)
                        .await?
                }
            };
            if written.is_some() {
                return Ok(done.into_response());
            }
            // The same form sent again (a double click, a replay): the
            // page says so, with the text kept and a new token.
            errors.push("form", "report-already-sent");
            let mut view = page_view(&ctx, SLUG).await?;
            view.show_report_form = true;
            view.form = form;
            view.errors = errors;
            invalid(&view)
        }
        result => {
            if let Err(field_errors) = result {
                errors.0.extend(field_errors);
            }
            let mut view = page_view(&ctx, SLUG).await?;
            view.show_report_form = true;
            view.form = form;
            view.errors = errors;
            invalid(&view)
        }
    }
}
