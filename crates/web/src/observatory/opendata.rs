//! The open-data catalogue in DCAT-AP_IT, for dati.gov.it to harvest:
//! `/opendata/catalog.ttl`, `.rdf` and `.jsonld`, the same graph in three
//! syntaxes, built from the published datasets and their current versions.

use agoral_domain::{
    lang::Lang,
    observatory::{
        dataset::Dataset,
        dcat::{
            self, Agent, Catalogue, ContactPoint, DatasetRecord, Distribution, FileFormat,
            Frequency, LangText, Licence, Theme,
        },
    },
    organisations::Organisation,
    time::Timestamp,
};
use axum::{
    http::header,
    response::{IntoResponse, Response},
};
use jiff::civil::Date;

use crate::{error::WebError, render::Ctx, state::AppState};

fn date_of(t: Timestamp) -> Date {
    jiff::Timestamp::from_second(t.0)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date())
        .unwrap_or(Date::constant(2026, 1, 1))
}

fn lang_text(pairs: impl Iterator<Item = (Lang, String)>) -> LangText {
    LangText(
        pairs
            .filter(|(_, t)| !t.is_empty())
            .map(|(l, t)| (l.code().to_owned(), t))
            .collect(),
    )
}

/// An organisation as an agent: identified by a stable slug of its name
/// (organisations keep no IPA code).
fn agent(base: &str, organisation: &Organisation) -> Agent {
    let slug = agoral_domain::articles::slugify(&organisation.name);
    Agent {
        name: LangText::it(organisation.name.clone()),
        identifier: slug.clone(),
        uri: format!("{base}/opendata/organizzazioni/{slug}"),
    }
}

fn site_agent(state: &AppState, base: &str) -> Agent {
    let name = state.l10n.get(Lang::It, "observatory-publisher-name");
    Agent {
        identifier: "agoral-osservatorio".to_owned(),
        uri: format!("{base}/opendata/organizzazioni/agoral-osservatorio"),
        name: LangText::it(name),
    }
}

async fn record(
    state: &AppState,
    base: &str,
    dataset: &Dataset,
    organisations: &[Organisation],
) -> Result<Option<DatasetRecord>, WebError> {
    let Some(version) = (match dataset.current_version {
        Some(v) => state.db.version(v).await?,
        None => None,
    }) else {
        return Ok(None);
    };
    let find = |id: Option<agoral_domain::organisations::OrganisationId>| {
        id.and_then(|id| organisations.iter().find(|o| o.id == id))
            .map(|o| agent(base, o))
            .unwrap_or_else(|| site_agent(state, base))
    };
    let publisher = find(dataset.input.publisher_id);
    let rights_holder = find(
        dataset
            .input
            .rights_holder_id
            .or(dataset.input.publisher_id),
    );
    let slug = &dataset.input.slug;
    let page = format!("{base}/osservatorio/dati/{slug}");
    let licence: Licence = dataset.input.licence.parse().unwrap_or_default();
    let modified = date_of(dataset.modified_at);
    let texts = &dataset.input.texts;
    let distribution = |format: FileFormat, ext: &str, title: &str| Distribution {
        uri: format!("{page}#distribuzione-{ext}"),
        access_url: page.clone(),
        download_url: format!("{page}/dati.{ext}"),
        format,
        title: LangText::it(title.to_owned()),
        licence,
        byte_size: None,
        modified,
    };
    Ok(Some(DatasetRecord {
        uri: page.clone(),
        identifier: format!("{}:{slug}", publisher.identifier),
        title: lang_text(texts.iter().map(|(l, t)| (*l, t.title.clone()))),
        description: lang_text(texts.iter().map(|(l, t)| {
            (
                *l,
                if t.description.is_empty() {
                    t.title.clone()
                } else {
                    t.description.clone()
                },
            )
        })),
        publisher,
        rights_holder,
        themes: dataset
            .input
            .themes
            .iter()
            .filter_map(|t| t.parse::<Theme>().ok())
            .collect(),
        keywords: texts
            .iter()
            .flat_map(|(l, t)| t.keywords.iter().map(|k| (l.code().to_owned(), k.clone())))
            .collect(),
        licence,
        frequency: dataset
            .input
            .frequency
            .parse()
            .unwrap_or(Frequency::Irregular),
        temporal: dataset.input.temporal,
        spatial: dataset.input.spatial.clone(),
        contact: ContactPoint {
            name: dataset.input.contact_name.clone(),
            email: dataset.input.contact_email.clone(),
            uri: format!("{page}#contatto"),
        },
        issued: date_of(dataset.issued_at),
        modified,
        version_info: version.number.to_string(),
        landing_page: page.clone(),
        source: Some(dataset.input.source_url.clone()).filter(|s| !s.is_empty()),
        attribution: Some(dataset.input.attribution.clone()).filter(|s| !s.is_empty()),
        distributions: vec![
            distribution(FileFormat::Csv, "csv", "CSV"),
            distribution(FileFormat::Json, "json", "JSON"),
        ],
    }))
}

/// The catalogue of the published datasets.
pub async fn catalogue(state: &AppState) -> Result<Catalogue, WebError> {
    let base = state.config.public_url.trim_end_matches('/').to_owned();
    let organisations = state.db.organisations().await?;
    let datasets = state.db.datasets(true).await?;
    let mut records = Vec::new();
    for d in &datasets {
        if let Some(r) = record(state, &base, d, &organisations).await? {
            records.push(r);
        }
    }
    let modified = datasets
        .iter()
        .map(|d| d.modified_at)
        .max()
        .unwrap_or_else(Timestamp::now);
    let issued = datasets
        .iter()
        .map(|d| d.issued_at)
        .min()
        .unwrap_or(modified);
    let text = |key: &str| lang_text(Lang::ALL.iter().map(|l| (*l, state.l10n.get(*l, key))));
    Ok(Catalogue {
        uri: format!("{base}/opendata/catalog"),
        title: text("observatory-catalogue-title"),
        description: text("observatory-catalogue-description"),
        publisher: site_agent(state, &base),
        homepage: format!("{base}/osservatorio"),
        issued: date_of(issued),
        modified: date_of(modified),
        languages: Lang::ALL.iter().map(|l| l.code().to_owned()).collect(),
        datasets: records,
    })
}

pub async fn catalogue_turtle(ctx: Ctx) -> Result<Response, WebError> {
    let body = dcat::turtle(&catalogue(&ctx.state).await?);
    Ok(([(header::CONTENT_TYPE, "text/turtle; charset=utf-8")], body).into_response())
}

pub async fn catalogue_rdf_xml(ctx: Ctx) -> Result<Response, WebError> {
    let body = dcat::rdf_xml(&catalogue(&ctx.state).await?);
    Ok((
        [(header::CONTENT_TYPE, "application/rdf+xml; charset=utf-8")],
        body,
    )
        .into_response())
}

pub async fn catalogue_json_ld(ctx: Ctx) -> Result<Response, WebError> {
    let body = dcat::json_ld(&catalogue(&ctx.state).await?).to_string();
    Ok(([(header::CONTENT_TYPE, "application/ld+json")], body).into_response())
}
