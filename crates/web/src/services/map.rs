//! The services on a map of the province (`/servizi/mappa`, and under each
//! language's prefix), drawn on the server as SVG from the shipped comuni
//! boundaries: no JavaScript, no tiles, no request to another site. The
//! map takes the list's filters, so one address means the same services
//! on both; below it the same services are listed by comune, for those who
//! cannot or would rather not read a map. Sensitive places (shelters,
//! reception centres) are never on it.

use agoral_domain::{
    services::{record::ServiceId, schedule::Schedule},
    time::Timestamp,
};
use askama::Template;
use axum::{extract::Query, response::Response};

use super::public::{Filters, ListQuery};
use crate::{
    error::WebError,
    maps::{self, ClusterLink, MapOptions, Marker},
    render::{Ctx, Shell, page},
};

/// The map's natural width; it scales to the page.
const WIDTH: u32 = 640;

/// Up to this many services, the list under the map names each one;
/// beyond, it gives each comune's count with a link to its list.
const NAMED_UP_TO: usize = 300;

/// One comune's services under the map.
struct ComuneGroup {
    name: String,
    /// The list filtered to this comune.
    link: String,
    /// (name, link, placed at the comune only, example).
    services: Vec<(String, String, bool, bool)>,
}

#[derive(Template)]
#[template(path = "services/map.html")]
struct MapPage {
    shell: Shell,
    ignored: bool,
    svg: String,
    shown: usize,
    /// Sensitive places that match but are never drawn.
    hidden: usize,
    groups: Vec<ComuneGroup>,
    /// Whether the groups name their services or only count them.
    named: bool,
    list_link: String,
}

pub async fn show_map(
    ctx: Ctx,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let filters = Filters::parse(&ctx, &query);
    let mut places = ctx
        .state
        .db
        .service_places(&filters.service_filter(&ctx.state), ctx.lang)
        .await?;
    if filters.open_now {
        let now = Timestamp::now();
        places.retain(|p| Schedule::from_text(&p.hours).is_ok_and(|s| s.is_open_at(now)));
    }
    let hidden = places.iter().filter(|p| p.sensitive).count();
    places.retain(|p| !p.sensitive);

    let service_link = |id: ServiceId| ctx.lang.localise_path(&format!("/servizi/{}", id.0));
    let list_path = ctx.lang.localise_path("/servizi");
    // Each marker with the index of its place.
    let (owners, markers): (Vec<usize>, Vec<Marker>) = places
        .iter()
        .enumerate()
        .filter_map(|(index, p)| {
            let (lon, lat, approximate) = match p.point {
                Some(point) => (point.lon, point.lat, false),
                None => {
                    let (lon, lat) = maps::comune_label_point(&p.istat_code)?;
                    (lon, lat, true)
                }
            };
            Some((
                index,
                Marker {
                    lon,
                    lat,
                    href: service_link(p.id),
                    label: p.name.clone(),
                    approximate,
                },
            ))
        })
        .unzip();
    // A group in one comune links to the list of that comune; a group
    // across comuni to the list with the page's filters.
    let cluster_link = |members: &[usize]| {
        let codes: Vec<&str> = members
            .iter()
            .filter_map(|i| owners.get(*i).and_then(|o| places.get(*o)))
            .map(|p| p.istat_code.as_str())
            .collect();
        let count = members.len().to_string();
        match codes.first() {
            Some(first) if codes.iter().all(|c| c == first) => {
                let comune = ctx.state.comune_name(first);
                let scoped = Filters {
                    comune: Some((*first).to_owned()),
                    ..filters.clone()
                };
                ClusterLink {
                    href: Some(scoped.link(&list_path)),
                    label: ctx.state.l10n.get_args(
                        ctx.lang,
                        "services-map-group-comune",
                        &[("count", count), ("comune", comune)],
                    ),
                }
            }
            _ => ClusterLink {
                href: Some(filters.link(&list_path)),
                label: ctx
                    .state
                    .l10n
                    .get_args(ctx.lang, "services-map-group", &[("count", count)]),
            },
        }
    };
    let shown = places.len();
    let title = ctx.t("services-map-title");
    let desc = ctx.state.l10n.get_args(
        ctx.lang,
        "services-map-desc",
        &[("count", shown.to_string())],
    );
    let svg = maps::province_map(
        &MapOptions {
            id_prefix: "mappa-servizi",
            width: WIDTH,
            height: None,
            title: &title,
            desc: &desc,
            highlight: filters.comune.as_deref(),
            cluster_radius: None,
            cluster_link: &cluster_link,
        },
        &markers,
    );

    let named = places.len() <= NAMED_UP_TO;
    let mut groups: Vec<ComuneGroup> = Vec::new();
    // Each comune's group by ISTAT code.
    let mut group_of: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for place in &places {
        let entry = (
            place.name.clone(),
            service_link(place.id),
            place.point.is_none(),
            place.is_example,
        );
        match group_of.get(place.istat_code.as_str()) {
            Some(&index) => groups[index].services.push(entry),
            None => {
                group_of.insert(&place.istat_code, groups.len());
                groups.push(ComuneGroup {
                    link: Filters {
                        comune: Some(place.istat_code.clone()),
                        ..filters.clone()
                    }
                    .link(&list_path),
                    name: ctx.state.comune_name(&place.istat_code),
                    services: vec![entry],
                });
            }
        }
    }
    groups.sort_by(|a, b| a.name.cmp(&b.name));
    for group in &mut groups {
        group.services.sort_by(|a, b| a.0.cmp(&b.0));
    }
    let mut shell = ctx.shell_titled(title.clone());
    shell.rest = "/servizi/mappa".to_owned();
    page(&MapPage {
        shell,
        ignored: filters.ignored,
        svg,
        shown,
        hidden,
        groups,
        named,
        list_link: filters.link(&list_path),
    })
}
