//! `/servizi`: the list of services with filters that make shareable
//! addresses, and `/servizi/{id}`: a service with every field, its hours
//! and whether it is open now (Europe/Rome), and schema.org JSON-LD.

use agoral_db::services::ServiceFilter;
use agoral_domain::{
    lang::Lang,
    services::{
        languages::{LANGUAGES, SpokenLanguage},
        record::{Service, ServiceId, ServiceText},
        schedule::{ExceptionHours, OpenStatus, Schedule, Weekday},
        taxonomy::{Category, Channel, TargetGroup},
    },
    time::Timestamp,
};
use askama::Template;
use axum::{
    extract::{Path, Query, rejection::PathRejection},
    response::Response,
};
use serde::Deserialize;

use crate::{
    error::WebError,
    render::{Ctx, Shell, page},
};

/// Services per page of the list.
const PER_PAGE: usize = 30;

#[derive(Debug, Deserialize, Default)]
pub struct ListQuery {
    q: Option<String>,
    categoria: Option<String>,
    comune: Option<String>,
    destinatari: Option<String>,
    lingua: Option<String>,
    gratuito: Option<String>,
    #[serde(rename = "senza-appuntamento")]
    senza_appuntamento: Option<String>,
    aperto: Option<String>,
    pagina: Option<String>,
}

/// A checkbox as a form sends it.
fn checked(value: &Option<String>) -> bool {
    matches!(value.as_deref(), Some("1" | "on" | "true"))
}

/// A given, non-empty parameter.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// An option of a filter's select.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One service in the list, ready to show.
pub struct ListItem {
    pub link: String,
    pub name: String,
    pub summary: String,
    /// The language the texts are in (Italian where not translated).
    pub lang: Lang,
    pub comune: String,
    pub categories: Vec<String>,
    pub languages: Vec<SpokenLanguage>,
    pub free: bool,
    pub appointment_needed: bool,
    pub status: Option<Status>,
    pub is_example: bool,
    /// Not confirmed for longer than the directory allows.
    pub stale: bool,
}

/// Open or closed now, in words.
pub struct Status {
    pub open: bool,
    pub text: String,
}

#[derive(Template)]
#[template(path = "services/list.html")]
struct ListPage {
    shell: Shell,
    action: String,
    /// The words looked for, as typed.
    text: String,
    categories: Vec<Choice>,
    comuni: Vec<Choice>,
    groups: Vec<Choice>,
    languages: Vec<Choice>,
    free: bool,
    without_appointment: bool,
    open_now: bool,
    /// A parameter had a value that is not in its list: it was ignored.
    ignored: bool,
    filtered: bool,
    total: usize,
    items: Vec<ListItem>,
    page: usize,
    has_more: bool,
    /// This list's address with its filters, without the page.
    base: String,
    /// The same services on the province map.
    map_link: String,
}

impl ListPage {
    fn page_link(&self, page: &usize) -> String {
        let join = if self.base.contains('?') { '&' } else { '?' };
        format!("{}{join}pagina={page}", self.base)
    }
}

/// "Open now, closes at 12:30" or "Closed now, opens on 27/11/2026 09:00";
/// `None` when no hours are given.
fn status(ctx: &Ctx, schedule: &Schedule, now: Timestamp) -> Option<Status> {
    if schedule.is_empty() {
        return None;
    }
    let l10n = &ctx.state.l10n;
    Some(match schedule.status_at(now) {
        OpenStatus::Open { closes_at } => Status {
            open: true,
            text: match closes_at {
                Some(at) => format!(
                    "{} · {}",
                    ctx.t("services-open-now"),
                    l10n.get_args(ctx.lang, "services-closes-at", &[("time", at.time_short())])
                ),
                None => ctx.t("services-open-now"),
            },
        },
        OpenStatus::Closed { opens_at } => Status {
            open: false,
            text: match opens_at {
                Some(at) => format!(
                    "{} · {}",
                    ctx.t("services-closed-now"),
                    l10n.get_args(
                        ctx.lang,
                        "services-opens-at",
                        &[("when", at.datetime_short())]
                    )
                ),
                None => ctx.t("services-closed-now"),
            },
        },
    })
}

fn service_path(lang: Lang, id: ServiceId) -> String {
    lang.localise_path(&format!("/servizi/{}", id.0))
}

/// The list's filters as the address gives them, checked: a value not in
/// its list is dropped (and `ignored` says so). Shared by the list and the
/// map, so that one address means the same services on both.
#[derive(Clone)]
pub(super) struct Filters {
    /// Words to look for, as typed (trimmed).
    pub text: Option<String>,
    pub category: Option<Category>,
    pub comune: Option<String>,
    pub group: Option<TargetGroup>,
    pub language: Option<SpokenLanguage>,
    pub free: bool,
    pub without_appointment: bool,
    pub open_now: bool,
    pub ignored: bool,
}

impl Filters {
    pub(super) fn parse(ctx: &Ctx, query: &ListQuery) -> Filters {
        let category_code = given(&query.categoria);
        let category = category_code.and_then(Category::parse);
        let comune_code = given(&query.comune);
        let comune = comune_code
            .filter(|c| ctx.state.comuni.contains_key(*c))
            .map(str::to_owned);
        let group_code = given(&query.destinatari);
        let group = group_code.and_then(TargetGroup::parse);
        let language_code = given(&query.lingua);
        let language = language_code.and_then(SpokenLanguage::find);
        // A query too long to be words someone typed, or with control
        // characters, is ignored like an unknown value.
        let text_given = given(&query.q);
        let text = text_given
            .filter(|q| {
                q.chars().count() <= super::words::MAX_QUERY_CHARS
                    && !q.chars().any(char::is_control)
            })
            .map(str::to_owned);
        let ignored = [
            (text_given, text.is_some()),
            (category_code, category.is_some()),
            (comune_code, comune.is_some()),
            (group_code, group.is_some()),
            (language_code, language.is_some()),
        ]
        .iter()
        .any(|(given, found)| given.is_some() && !found);
        Filters {
            text,
            category,
            comune,
            group,
            language,
            free: checked(&query.gratuito),
            without_appointment: checked(&query.senza_appuntamento),
            open_now: checked(&query.aperto),
            ignored,
        }
    }

    /// What the database can filter ("open now" is checked afterwards,
    /// on the hours); the words are looked up in this instance's
    /// [`super::words::ServiceWords`] and go as a list of ids.
    pub(super) fn service_filter(&self, state: &crate::state::AppState) -> ServiceFilter {
        ServiceFilter {
            category: self.category,
            istat_code: self.comune.clone(),
            target_group: self.group,
            language: self.language.map(|l| l.code.to_owned()),
            free_only: self.free,
            without_appointment: self.without_appointment,
            organisation_id: None,
            confirmed_before: None,
            ids: self
                .text
                .as_deref()
                .and_then(|q| state.service_words.matching(q)),
        }
    }

    /// The filters as an address's query, without the page; empty when
    /// there is none.
    pub(super) fn query_string(&self) -> String {
        let mut params = form_urlencoded::Serializer::new(String::new());
        if let Some(q) = &self.text {
            params.append_pair("q", q);
        }
        if let Some(c) = self.category {
            params.append_pair("categoria", c.as_str());
        }
        if let Some(c) = &self.comune {
            params.append_pair("comune", c);
        }
        if let Some(g) = self.group {
            params.append_pair("destinatari", g.as_str());
        }
        if let Some(l) = self.language {
            params.append_pair("lingua", l.code);
        }
        for (name, on) in [
            ("gratuito", self.free),
            ("senza-appuntamento", self.without_appointment),
            ("aperto", self.open_now),
        ] {
            if on {
                params.append_pair(name, "1");
            }
        }
        params.finish()
    }

    /// `path` (already in the page's language) with these filters.
    pub(super) fn link(&self, path: &str) -> String {
        match self.query_string() {
            q if q.is_empty() => path.to_owned(),
            q => format!("{path}?{q}"),
        }
    }
}

pub async fn list_services(
    ctx: Ctx,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    // An address that does not even parse is a list without filters.
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let filters = Filters::parse(&ctx, &query);
    let Filters {
        category,
        group,
        language,
        free,
        without_appointment,
        open_now,
        ignored,
        ..
    } = filters;
    let comune = filters.comune.clone();
    let page_no = query
        .pagina
        .as_deref()
        .and_then(|p| p.parse::<usize>().ok())
        .filter(|p| (1..=10_000).contains(p))
        .unwrap_or(1);
    let filter = filters.service_filter(&ctx.state);
    // The page's ids first (with "open now", the hours of every match are
    // read and checked here); only the page's services are read whole.
    let now = Timestamp::now();
    let start = (page_no - 1) * PER_PAGE;
    let (total, page_ids): (usize, Vec<ServiceId>) = if open_now {
        let mut matches = ctx.state.db.service_hours(&filter).await?;
        matches.retain(|(_, hours)| {
            Schedule::from_text(hours).is_ok_and(|schedule| schedule.is_open_at(now))
        });
        let ids = matches
            .iter()
            .skip(start)
            .take(PER_PAGE)
            .map(|(id, _)| *id)
            .collect();
        (matches.len(), ids)
    } else {
        let (total, ids) = ctx
            .state
            .db
            .service_page(&filter, PER_PAGE as i64, start as i64)
            .await?;
        (usize::try_from(total).unwrap_or(0), ids)
    };
    let has_more = total > start + PER_PAGE;
    let services = ctx.state.db.services_by_ids(&page_ids).await?;
    let items = services
        .iter()
        .map(|s| {
            let (lang, text) = s.text_in(ctx.lang);
            ListItem {
                link: service_path(ctx.lang, s.id),
                name: text.name.clone(),
                summary: text.summary.clone(),
                lang,
                comune: ctx.state.comune_name(s.record.istat_code.as_str()),
                categories: s
                    .record
                    .categories
                    .iter()
                    .map(|c| ctx.t(c.label_key()))
                    .collect(),
                languages: s
                    .record
                    .languages
                    .iter()
                    .filter_map(|code| SpokenLanguage::find(code))
                    .collect(),
                free: s.record.free,
                appointment_needed: s.record.appointment_needed,
                status: status(&ctx, &s.record.schedule, now),
                is_example: s.is_example,
                stale: super::freshness::is_stale(&ctx.state, s, now),
            }
        })
        .collect();

    let action = ctx.lang.localise_path("/servizi");
    let params = filters.query_string();
    let base = filters.link(&action);
    let map_link = filters.link(&ctx.lang.localise_path("/servizi/mappa"));
    let mut comuni: Vec<Choice> = ctx
        .state
        .comuni
        .values()
        .map(|c| Choice {
            value: c.code.as_str().to_owned(),
            label: c.name.clone(),
            selected: comune.as_deref() == Some(c.code.as_str()),
        })
        .collect();
    comuni.sort_by(|a, b| a.label.cmp(&b.label));
    let mut shell = ctx.shell_titled(ctx.t("services-title"));
    shell.rest = "/servizi".to_owned();
    page(&ListPage {
        text: filters.text.clone().unwrap_or_default(),
        action,
        categories: Category::ALL
            .iter()
            .map(|c| Choice {
                value: c.as_str().to_owned(),
                label: ctx.t(c.label_key()),
                selected: category == Some(*c),
            })
            .collect(),
        comuni,
        groups: TargetGroup::ALL
            .iter()
            .map(|g| Choice {
                value: g.as_str().to_owned(),
                label: ctx.t(g.label_key()),
                selected: group == Some(*g),
            })
            .collect(),
        languages: LANGUAGES
            .iter()
            .map(|l| Choice {
                value: l.code.to_owned(),
                label: l.endonym.to_owned(),
                selected: language.is_some_and(|s| s.code == l.code),
            })
            .collect(),
        free,
        without_appointment,
        open_now,
        ignored,
        filtered: !params.is_empty(),
        total,
        items,
        page: page_no,
        has_more,
        base,
        map_link,
        shell,
    })
}

/// A day of the weekly hours, ready to show.
pub struct DayRow {
    pub day: String,
    pub ranges: Vec<String>,
}

#[derive(Template)]
#[template(path = "services/show.html")]
struct ServicePage {
    shell: Shell,
    service: Service,
    text: ServiceText,
    /// The language of the texts shown.
    text_lang: Lang,
    fallback: bool,
    comune: String,
    comune_link: String,
    categories: Vec<String>,
    groups: Vec<String>,
    channels: Vec<String>,
    languages: Vec<SpokenLanguage>,
    status: Option<Status>,
    week: Vec<DayRow>,
    /// The texts given, each as a titled section of paragraphs.
    sections: Vec<(&'static str, Vec<String>)>,
    /// Dates from today on with other hours: (date, hours).
    special: Vec<(String, String)>,
    json_ld: String,
    back: String,
    /// Not confirmed for longer than the directory allows.
    stale: bool,
    /// The other comuni it serves, by name.
    areas: Vec<String>,
    /// What its place offers people with disabilities, in words.
    accessibility: Vec<String>,
    /// A small map of the province with the service's comune and place.
    map: String,
    map_link: String,
}

/// The small map of a service page: its comune highlighted and, unless the
/// place is protected, a marker at its address (or, without coordinates, a
/// hollow one in its comune).
fn small_map(ctx: &Ctx, service: &Service, name: &str, comune: &str) -> String {
    let record = &service.record;
    let code = record.istat_code.as_str();
    let marker = if record.sensitive {
        None
    } else {
        match record.point {
            Some(p) => Some((p.lon, p.lat, false)),
            None => crate::maps::comune_label_point(code).map(|(lon, lat)| (lon, lat, true)),
        }
    };
    let markers: Vec<crate::maps::Marker> = marker
        .map(|(lon, lat, approximate)| crate::maps::Marker {
            lon,
            lat,
            href: service_path(ctx.lang, service.id),
            label: name.to_owned(),
            approximate,
        })
        .into_iter()
        .collect();
    let title = ctx.state.l10n.get_args(
        ctx.lang,
        "services-map-small-title",
        &[("comune", comune.to_owned())],
    );
    let desc = ctx.t(if record.sensitive {
        "services-map-small-protected"
    } else if record.point.is_some() {
        "services-map-small-exact"
    } else {
        "services-map-small-comune"
    });
    let none = |_: &[usize]| crate::maps::ClusterLink {
        href: None,
        label: String::new(),
    };
    crate::maps::province_map(
        &crate::maps::MapOptions {
            id_prefix: "mappa-servizio",
            width: 320,
            height: None,
            title: &title,
            desc: &desc,
            highlight: Some(code),
            cluster_radius: None,
            cluster_link: &none,
        },
        &markers,
    )
}

/// The reason of a date with other hours, in words: the known reasons
/// (`festivita`, `chiusura` …) are translated; any other is shown as
/// typed, hyphens as spaces.
fn note_words(ctx: &Ctx, note: &str) -> String {
    let key = format!("schedule-note-{note}");
    if ctx.state.l10n.has(&key) {
        ctx.t(&key)
    } else {
        note.replace('-', " ")
    }
}

fn weekday_key(day: Weekday) -> String {
    format!("weekday-{}", day.code())
}

pub async fn show_service(
    ctx: Ctx,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, WebError> {
    let id = match id {
        Ok(Path(id)) => id.parse::<i64>().map_err(|_| WebError::NotFound)?,
        Err(_) => return Err(WebError::NotFound),
    };
    let service = ctx
        .state
        .db
        .service(ServiceId(id))
        .await?
        .ok_or(WebError::NotFound)?;
    let (text_lang, text) = service.text_in(ctx.lang);
    let text = text.clone();
    let record = &service.record;
    let now = Timestamp::now();
    let comune = ctx.state.comune_name(record.istat_code.as_str());
    let week = Weekday::ALL
        .iter()
        .map(|day| DayRow {
            day: ctx.t(&weekday_key(*day)),
            ranges: record
                .schedule
                .ranges
                .iter()
                .filter(|r| r.day == *day)
                .map(|r| r.time.to_string())
                .collect(),
        })
        .collect();
    let today = now.date_iso();
    let special = record
        .schedule
        .exceptions
        .iter()
        .filter(|e| e.date.to_string() >= today)
        .map(|e| {
            let hours = match &e.hours {
                ExceptionHours::Closed => ctx.t("services-hours-closed"),
                ExceptionHours::Hours(ranges) => ranges
                    .iter()
                    .map(|r| r.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            let hours = match &e.note {
                Some(note) => format!("{hours} ({})", note_words(&ctx, note)),
                None => hours,
            };
            (e.date.strftime("%d/%m/%Y").to_string(), hours)
        })
        .collect();
    let url = format!(
        "{}{}",
        ctx.state.config.public_url,
        service_path(ctx.lang, service.id)
    );
    let json_ld = json_ld(&service, &text, &comune, &url);
    let mut shell = ctx.shell_titled(text.name.clone());
    shell.alternates = Lang::ALL
        .iter()
        .map(|l| (*l, service_path(*l, service.id)))
        .collect();
    shell.rest = format!("/servizi/{}", service.id.0);
    let shell = shell.with_updated(service.updated_at);
    let sections = [
        ("services-description", &text.description),
        ("services-who-for", &text.who_for),
        ("services-how-to-access", &text.how_to_access),
        ("services-what-to-bring", &text.what_to_bring),
        ("services-what-you-get", &text.what_you_get),
        ("services-deadlines", &text.deadlines),
        ("services-conditions", &text.conditions),
        ("services-cost", &text.cost),
    ]
    .into_iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .map(|(key, value)| {
        (
            key,
            value
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
        )
    })
    .collect();
    let map = small_map(&ctx, &service, &text.name, &comune);
    let mut areas: Vec<String> = record
        .areas
        .iter()
        .map(|c| ctx.state.comune_name(c.as_str()))
        .collect();
    areas.sort();
    page(&ServicePage {
        map,
        areas,
        accessibility: record
            .accessibility
            .iter()
            .map(|a| ctx.t(a.label_key()))
            .collect(),
        sections,
        fallback: text_lang != ctx.lang,
        comune_link: ctx
            .lang
            .localise_path(&format!("/servizi?comune={}", record.istat_code.as_str())),
        comune,
        categories: record
            .categories
            .iter()
            .map(|c| ctx.t(c.label_key()))
            .collect(),
        groups: record
            .target_groups
            .iter()
            .map(|g| ctx.t(g.label_key()))
            .collect(),
        channels: record
            .channels
            .iter()
            .map(|c: &Channel| ctx.t(c.label_key()))
            .collect(),
        languages: record
            .languages
            .iter()
            .filter_map(|code| SpokenLanguage::find(code))
            .collect(),
        status: status(&ctx, &record.schedule, now),
        week,
        special,
        json_ld,
        back: ctx.lang.localise_path("/servizi"),
        stale: super::freshness::is_stale(&ctx.state, &service, now),
        map_link: ctx.lang.localise_path(&format!(
            "/servizi/mappa?comune={}",
            record.istat_code.as_str()
        )),
        text,
        text_lang,
        service,
        shell,
    })
}

/// schema.org `GovernmentService` with its `Place`, safe inside a script
/// element. A sensitive place has neither address nor coordinates here.
fn json_ld(service: &Service, text: &ServiceText, comune: &str, url: &str) -> String {
    let record = &service.record;
    let mut place = serde_json::json!({
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": comune,
            "addressRegion": "AL",
            "addressCountry": "IT",
        },
    });
    if !record.sensitive {
        if let Some(address) = &record.address {
            place["address"]["streetAddress"] = address.clone().into();
        }
        if let Some(point) = record.point {
            place["geo"] = serde_json::json!({
                "@type": "GeoCoordinates",
                "latitude": point.lat,
                "longitude": point.lon,
            });
        }
    }
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": text.name,
        "description": if text.summary.is_empty() { &text.description } else { &text.summary },
        "url": url,
        "areaServed": comune,
        "availableLanguage": record.languages,
        "location": place,
    });
    if let Some(phone) = record.phones.first() {
        value["telephone"] = phone.as_str().into();
    }
    if let Some(email) = &record.email {
        value["email"] = email.as_str().into();
    }
    crate::render::json_for_script(&value.to_string())
}
