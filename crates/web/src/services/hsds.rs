//! The directory as Open Referral HSDS 3.0 (`/api/hsds/…`): services with
//! their organisation, places, phones, languages, opening hours and
//! categories, and the organisations. HSDS wants UUIDs: each record's is
//! made from its kind and number, so it is stable and read back
//! ([`uuid_of`], [`id_from`]). Texts are in Italian, or in `?lang=` where
//! translated. A protected place is published without address or
//! coordinates here too.

use agoral_db::services::ServiceFilter;
use agoral_domain::{
    lang::Lang,
    organisations::{Organisation, OrganisationId},
    services::{
        record::{Service, ServiceId},
        schedule::ExceptionHours,
        taxonomy::Category,
    },
};
use axum::{
    extract::{Path, Query, rejection::PathRejection},
    http::header,
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::{error::WebError, render::Ctx};

/// The HSDS version served.
pub const HSDS_VERSION: &str = "3.0.1";

/// Largest page a client may ask for.
const MAX_PER_PAGE: usize = 200;

/// Kinds of record, the first part of their UUIDs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
enum Kind {
    Service = 1,
    Organisation = 2,
    Location = 3,
    ServiceAtLocation = 4,
    Phone = 5,
    Language = 6,
    Schedule = 7,
    Attribute = 8,
    TaxonomyTerm = 9,
    Address = 10,
    ServiceArea = 11,
    Accessibility = 12,
    Contact = 13,
    Taxonomy = 14,
}

/// `0000000k-0000-4000-8000-nnnnnnnnnnnn`: a well-formed UUID made of the
/// kind and the number (and a part, for rows a service has several of).
fn uuid_of(kind: Kind, id: i64, part: usize) -> String {
    format!(
        "{:08x}-{:04x}-4000-8000-{:012x}",
        kind as u32,
        part.min(0xffff),
        id.clamp(0, 0xffff_ffff_ffff)
    )
}

/// The number inside a UUID of this kind, or a plain number.
fn id_from(kind: Kind, text: &str) -> Option<i64> {
    if let Ok(n) = text.parse::<i64>() {
        return (n > 0).then_some(n);
    }
    let prefix = format!("{:08x}-0000-4000-8000-", kind as u32);
    let rest = text.to_ascii_lowercase();
    let number = rest.strip_prefix(&prefix)?;
    (number.len() == 12)
        .then(|| i64::from_str_radix(number, 16).ok())
        .flatten()
        .filter(|n| *n > 0)
}

/// Drops `null` members: HSDS types its fields as strings or numbers, so
/// a missing value is left out rather than written as null.
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

pub(crate) fn json_response(value: Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        without_nulls(value).to_string(),
    )
        .into_response()
}

#[derive(Debug, Deserialize, Default)]
pub struct ListQuery {
    page: Option<String>,
    per_page: Option<String>,
    /// A category: its UUID or its code.
    taxonomy_term_id: Option<String>,
    organization_id: Option<String>,
    lang: Option<String>,
}

fn lang_of(code: &Option<String>) -> Lang {
    code.as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(Lang::It)
}

fn category_uuid(category: Category) -> String {
    let index = Category::ALL
        .iter()
        .position(|c| *c == category)
        .unwrap_or(0);
    uuid_of(Kind::TaxonomyTerm, index as i64 + 1, 0)
}

fn organisation_json(ctx: &Ctx, o: &Organisation) -> Value {
    json!({
        "id": uuid_of(Kind::Organisation, o.id.0, 0),
        "name": o.name,
        "description": ctx.t(&o.kind.label_key()),
        "website": o.website,
    })
}

/// Where a service is given: its one place, in its comune. A protected
/// place has neither address nor coordinates.
fn service_at_location_json(ctx: &Ctx, s: &Service) -> Value {
    let location = location_json(ctx, s);
    json!({
        "id": uuid_of(Kind::ServiceAtLocation, s.id.0, 0),
        "service_id": uuid_of(Kind::Service, s.id.0, 0),
        "location_id": location["id"],
        "location": location,
    })
}

/// A service's place (a protected place without address or coordinates).
fn location_json(ctx: &Ctx, s: &Service) -> Value {
    let r = &s.record;
    let id = s.id.0;
    let comune = ctx.state.comune_name(r.istat_code.as_str());
    let location_uuid = uuid_of(Kind::Location, id, 0);
    let mut location = json!({
        "id": location_uuid,
        "location_type": "physical",
        "name": comune,
        "external_identifier": r.istat_code.as_str(),
        "external_identifier_type": "ISTAT",
    });
    if !r.sensitive {
        if let Some(address) = &r.address {
            location["addresses"] = json!([{
                "id": uuid_of(Kind::Address, id, 0),
                "location_id": location_uuid,
                "address_1": address,
                "city": comune,
                "state_province": "AL",
                // Not recorded: HSDS requires the member.
                "postal_code": "",
                "country": "IT",
                "address_type": "physical",
            }]);
        }
        if let Some(point) = r.point {
            location["latitude"] = point.lat.into();
            location["longitude"] = point.lon.into();
        }
    }
    if !r.accessibility.is_empty() {
        location["accessibility"] = r
            .accessibility
            .iter()
            .enumerate()
            .map(|(i, feature)| {
                json!({
                    "id": uuid_of(Kind::Accessibility, id, i),
                    "location_id": location_uuid,
                    "description": ctx.t(feature.label_key()),
                    "details": feature.as_str(),
                })
            })
            .collect::<Vec<_>>()
            .into();
    }
    location
}

/// Where a service serves: the whole province, or its own comune and the
/// others it names, each identified by its ISTAT code.
fn service_areas_json(ctx: &Ctx, s: &Service) -> Vec<Value> {
    let r = &s.record;
    let service_uuid = uuid_of(Kind::Service, s.id.0, 0);
    if r.province_wide {
        return vec![json!({
            "id": uuid_of(Kind::ServiceArea, s.id.0, 0),
            "service_id": service_uuid,
            "name": "Provincia di Alessandria",
            "description": ctx.t("services-serves-province"),
        })];
    }
    std::iter::once(&r.istat_code)
        .chain(r.areas.iter())
        .enumerate()
        .map(|(i, code)| {
            json!({
                "id": uuid_of(Kind::ServiceArea, s.id.0, i),
                "service_id": service_uuid,
                "name": ctx.state.comune_name(code.as_str()),
                "description": format!("ISTAT {}", code.as_str()),
            })
        })
        .collect()
}

/// A service as HSDS sees it.
pub(crate) fn service_json(
    ctx: &Ctx,
    s: &Service,
    organisation: Option<&Organisation>,
    lang: Lang,
) -> Value {
    let r = &s.record;
    let text = s.text(lang);
    let l10n = &ctx.state.l10n;
    let id = s.id.0;
    let service_uuid = uuid_of(Kind::Service, id, 0);
    let mut schedules: Vec<Value> = r
        .schedule
        .ranges
        .iter()
        .enumerate()
        .map(|(i, range)| {
            json!({
                "id": uuid_of(Kind::Schedule, id, i),
                "service_id": service_uuid,
                "freq": "WEEKLY",
                "byday": range.day.code().to_ascii_uppercase(),
                "opens_at": range.time.opens.to_string(),
                "closes_at": range.time.closes.to_string(),
                "description": range.time.to_string(),
                "notes": "Europe/Rome",
            })
        })
        .collect();
    let weekly = schedules.len();
    for (i, exception) in r.schedule.exceptions.iter().enumerate() {
        let date = exception.date.to_string();
        let hours: Vec<(String, String, String)> = match &exception.hours {
            ExceptionHours::Closed => Vec::new(),
            ExceptionHours::Hours(ranges) => ranges
                .iter()
                .map(|t| (t.opens.to_string(), t.closes.to_string(), t.to_string()))
                .collect(),
        };
        let mut item = json!({
            "id": uuid_of(Kind::Schedule, id, weekly + i),
            "service_id": service_uuid,
            "valid_from": date,
            "valid_to": date,
            "notes": "Europe/Rome",
        });
        match hours.first() {
            None => item["description"] = l10n.get(lang, "services-hours-closed").into(),
            Some((opens, closes, _)) => {
                item["opens_at"] = opens.clone().into();
                item["closes_at"] = closes.clone().into();
                item["description"] = hours
                    .iter()
                    .map(|(_, _, text)| text.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into();
            }
        }
        schedules.push(item);
    }
    let fees = if r.free {
        l10n.get(lang, "services-free")
    } else {
        text.cost.clone()
    };
    let optional = |value: &str| (!value.is_empty()).then(|| value.to_owned());
    json!({
        "id": service_uuid,
        "organization_id": r.organisation_id.map(|o| uuid_of(Kind::Organisation, o.0, 0)),
        "name": text.name,
        "description": optional(if text.description.is_empty() { &text.summary } else { &text.description }),
        "url": r.website,
        "email": r.email.as_ref().map(|e| e.as_str().to_owned()),
        "status": "active",
        "application_process": optional(&text.how_to_access),
        "fees_description": optional(&fees),
        "eligibility_description": optional(&text.who_for),
        "assured_date": s.verified_at.map(|at| at.date_iso()),
        "last_modified": s.updated_at.rfc3339(),
        "organization": organisation.map(|o| organisation_json(ctx, o)),
        "languages": r.languages.iter().enumerate().map(|(i, code)| json!({
            "id": uuid_of(Kind::Language, id, i),
            "service_id": service_uuid,
            "code": code,
            "name": agoral_domain::services::languages::SpokenLanguage::find(code).map(|l| l.endonym),
        })).collect::<Vec<_>>(),
        "phones": r.phones.iter().enumerate().map(|(i, phone)| json!({
            "id": uuid_of(Kind::Phone, id, i),
            "service_id": service_uuid,
            "number": phone.as_str(),
            "type": "voice",
        })).collect::<Vec<_>>(),
        "schedules": schedules,
        "service_areas": service_areas_json(ctx, s),
        "contacts": r.contact_name.as_ref().map(|name| vec![json!({
            "id": uuid_of(Kind::Contact, id, 0),
            "service_id": service_uuid,
            "name": name,
            "title": r.contact_title,
            "email": r.email.as_ref().map(|e| e.as_str().to_owned()),
        })]).unwrap_or_default(),
        "service_at_locations": [service_at_location_json(ctx, s)],
        "attributes": r.categories.iter().enumerate().map(|(i, category)| json!({
            "id": uuid_of(Kind::Attribute, id, i),
            "link_id": service_uuid,
            "link_type": "service",
            "link_entity": "service",
            "taxonomy_term_id": category_uuid(*category),
            "taxonomy_term": {
                "id": category_uuid(*category),
                "code": category.as_str(),
                "name": l10n.get(lang, category.label_key()),
                "description": l10n.get(lang, category.label_key()),
                "taxonomy": Category::TAXONOMY,
                "language": lang.code(),
            },
        })).collect::<Vec<_>>(),
    })
}

/// A page of results in the shape of HSDS's `Page`.
fn paged(items: Vec<Value>, page: usize, per_page: usize, total: usize) -> Value {
    let total_pages = total.div_ceil(per_page).max(1);
    json!({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": items.len(),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": items.is_empty(),
        "contents": items,
    })
}

fn page_numbers(query: &ListQuery) -> Result<(usize, usize), WebError> {
    let number = |value: &Option<String>, default: usize| match value.as_deref() {
        None | Some("") => Ok(default),
        Some(v) => v
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or(WebError::BadRequest("error-400-text")),
    };
    let page = number(&query.page, 1)?;
    let per_page = number(&query.per_page, 50)?.min(MAX_PER_PAGE);
    Ok((page.min(1_000_000), per_page))
}

/// The list parameters, or a 400 for an address that does not parse.
fn list_query(
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<ListQuery, WebError> {
    query
        .map(|Query(q)| q)
        .map_err(|_| WebError::BadRequest("error-400-text"))
}

/// One page of the services the filter lets through, read whole, and how
/// many there are in all.
async fn services_page(
    ctx: &Ctx,
    filter: &ServiceFilter,
    page: usize,
    per_page: usize,
) -> Result<(usize, Vec<Service>), WebError> {
    let (total, ids) = ctx
        .state
        .db
        .service_page(filter, per_page as i64, ((page - 1) * per_page) as i64)
        .await?;
    let services = ctx.state.db.services_by_ids(&ids).await?;
    Ok((usize::try_from(total).unwrap_or(0), services))
}

/// The service a path names by a UUID of `kind` (or a number), or 404.
async fn service_at_path(
    ctx: &Ctx,
    id: Result<Path<String>, PathRejection>,
    kind: Kind,
) -> Result<Service, WebError> {
    let id = id
        .ok()
        .and_then(|Path(id)| id_from(kind, &id))
        .ok_or(WebError::NotFound)?;
    ctx.state
        .db
        .service(ServiceId(id))
        .await?
        .ok_or(WebError::NotFound)
}

pub async fn list_services(
    ctx: Ctx,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let query = list_query(query)?;
    let (page, per_page) = page_numbers(&query)?;
    let lang = lang_of(&query.lang);
    let category = match query.taxonomy_term_id.as_deref() {
        None | Some("") => None,
        Some(term) => Some(
            Category::parse(term)
                .or_else(|| {
                    let n = id_from(Kind::TaxonomyTerm, term)?;
                    Category::ALL.get(usize::try_from(n - 1).ok()?).copied()
                })
                .ok_or(WebError::BadRequest("error-400-text"))?,
        ),
    };
    let organisation_id = match query.organization_id.as_deref() {
        None | Some("") => None,
        Some(id) => Some(OrganisationId(
            id_from(Kind::Organisation, id).ok_or(WebError::BadRequest("error-400-text"))?,
        )),
    };
    let filter = ServiceFilter {
        category,
        organisation_id,
        ..ServiceFilter::default()
    };
    let (total, services) = services_page(&ctx, &filter, page, per_page).await?;
    let organisations = ctx.state.db.organisations().await?;
    let items = services
        .iter()
        .map(|s| {
            let organisation = organisations
                .iter()
                .find(|o| Some(o.id) == s.record.organisation_id);
            service_json(&ctx, s, organisation, lang)
        })
        .collect();
    Ok(json_response(paged(items, page, per_page, total)))
}

pub async fn show_service(
    ctx: Ctx,
    id: Result<Path<String>, PathRejection>,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let service = service_at_path(&ctx, id, Kind::Service).await?;
    let organisation = match service.record.organisation_id {
        Some(id) => ctx.state.db.organisation(id).await?,
        None => None,
    };
    Ok(json_response(service_json(
        &ctx,
        &service,
        organisation.as_ref(),
        lang_of(&query.lang),
    )))
}

pub async fn list_organisations(
    ctx: Ctx,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let query = list_query(query)?;
    let (page, per_page) = page_numbers(&query)?;
    let organisations = ctx.state.db.organisations().await?;
    let total = organisations.len();
    let items = organisations
        .iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .map(|o| organisation_json(&ctx, o))
        .collect();
    Ok(json_response(paged(items, page, per_page, total)))
}

pub async fn show_organisation(
    ctx: Ctx,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, WebError> {
    let id = id
        .ok()
        .and_then(|Path(id)| id_from(Kind::Organisation, &id))
        .ok_or(WebError::NotFound)?;
    let organisation = ctx
        .state
        .db
        .organisation(OrganisationId(id))
        .await?
        .ok_or(WebError::NotFound)?;
    Ok(json_response(organisation_json(&ctx, &organisation)))
}

pub async fn list_service_at_locations(
    ctx: Ctx,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    paged_places(&ctx, query, |s, lang| with_service(&ctx, s, lang)).await
}

/// A page of every service's place, each as `item` gives it.
async fn paged_places(
    ctx: &Ctx,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
    item: impl Fn(&Service, Lang) -> Value,
) -> Result<Response, WebError> {
    let query = list_query(query)?;
    let (page, per_page) = page_numbers(&query)?;
    let lang = lang_of(&query.lang);
    let (total, services) = services_page(ctx, &ServiceFilter::default(), page, per_page).await?;
    let items = services.iter().map(|s| item(s, lang)).collect();
    Ok(json_response(paged(items, page, per_page, total)))
}

/// A service at its location, with the service's name.
fn with_service(ctx: &Ctx, s: &Service, lang: Lang) -> Value {
    let mut item = service_at_location_json(ctx, s);
    item["service"] = json!({
        "id": uuid_of(Kind::Service, s.id.0, 0),
        "name": s.text(lang).name,
        "status": "active",
    });
    item
}

pub async fn show_service_at_location(
    ctx: Ctx,
    id: Result<Path<String>, PathRejection>,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let service = service_at_path(&ctx, id, Kind::ServiceAtLocation).await?;
    Ok(json_response(with_service(
        &ctx,
        &service,
        lang_of(&query.lang),
    )))
}

pub async fn list_locations(
    ctx: Ctx,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    paged_places(&ctx, query, |s, _| location_json(&ctx, s)).await
}

pub async fn show_location(
    ctx: Ctx,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, WebError> {
    let service = service_at_path(&ctx, id, Kind::Location).await?;
    Ok(json_response(location_json(&ctx, &service)))
}

/// The directory's one taxonomy: its categories.
fn taxonomy_json(ctx: &Ctx, lang: Lang) -> Value {
    json!({
        "id": uuid_of(Kind::Taxonomy, 1, 0),
        "name": Category::TAXONOMY,
        "description": ctx.state.l10n.get(lang, "services-taxonomy-description"),
        "version": "1",
    })
}

fn taxonomy_term_json(ctx: &Ctx, category: Category, lang: Lang) -> Value {
    let name = ctx.state.l10n.get(lang, category.label_key());
    json!({
        "id": category_uuid(category),
        "code": category.as_str(),
        "name": name,
        "description": name,
        "taxonomy": Category::TAXONOMY,
        "taxonomy_id": uuid_of(Kind::Taxonomy, 1, 0),
        "language": lang.code(),
    })
}

pub async fn list_taxonomies(
    ctx: Ctx,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let query = list_query(query)?;
    let (page, per_page) = page_numbers(&query)?;
    let items = if page == 1 {
        vec![taxonomy_json(&ctx, lang_of(&query.lang))]
    } else {
        Vec::new()
    };
    Ok(json_response(paged(items, page, per_page, 1)))
}

pub async fn show_taxonomy(
    ctx: Ctx,
    id: Result<Path<String>, PathRejection>,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    match id.ok().and_then(|Path(id)| id_from(Kind::Taxonomy, &id)) {
        Some(1) => Ok(json_response(taxonomy_json(&ctx, lang_of(&query.lang)))),
        _ => Err(WebError::NotFound),
    }
}

pub async fn list_taxonomy_terms(
    ctx: Ctx,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let query = list_query(query)?;
    let (page, per_page) = page_numbers(&query)?;
    let lang = lang_of(&query.lang);
    let items = Category::ALL
        .iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .map(|c| taxonomy_term_json(&ctx, *c, lang))
        .collect();
    Ok(json_response(paged(
        items,
        page,
        per_page,
        Category::ALL.len(),
    )))
}

pub async fn show_taxonomy_term(
    ctx: Ctx,
    id: Result<Path<String>, PathRejection>,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let index = id
        .ok()
        .and_then(|Path(id)| id_from(Kind::TaxonomyTerm, &id))
        .and_then(|n| usize::try_from(n).ok())
        .filter(|n| (1..=Category::ALL.len()).contains(n))
        .ok_or(WebError::NotFound)?;
    Ok(json_response(taxonomy_term_json(
        &ctx,
        Category::ALL[index - 1],
        lang_of(&query.lang),
    )))
}

/// `/api/hsds/`: what this API is.
pub async fn root(ctx: Ctx) -> Response {
    json_response(json!({
        "version": HSDS_VERSION,
        "profile": "https://specs.openreferral.org/en/latest/",
        "openapi_url": format!("{}/api/openapi.json", ctx.state.config.public_url),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_well_formed_and_read_back() {
        let uuid = uuid_of(Kind::Service, 42, 0);
        assert_eq!(uuid, "00000001-0000-4000-8000-00000000002a");
        assert_eq!(id_from(Kind::Service, &uuid), Some(42));
        assert_eq!(id_from(Kind::Service, &uuid.to_uppercase()), Some(42));
        assert_eq!(id_from(Kind::Organisation, &uuid), None, "another kind");
        assert_eq!(id_from(Kind::Service, "42"), Some(42));
        for junk in [
            "",
            "-1",
            "0",
            "abc",
            "00000001-0000-4000-8000-zz",
            "00000001-0000-4000-8000-",
        ] {
            assert_eq!(id_from(Kind::Service, junk), None, "{junk}");
        }
        assert_ne!(uuid_of(Kind::Phone, 1, 0), uuid_of(Kind::Phone, 1, 1));
    }

    #[test]
    fn nulls_are_left_out() {
        let value = without_nulls(json!({"a": null, "b": [{"c": null, "d": 1}]}));
        assert_eq!(value, json!({"b": [{"d": 1}]}));
    }
}
