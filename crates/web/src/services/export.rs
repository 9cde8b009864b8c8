//! The whole directory for reuse: `/servizi.csv` (one row per service,
//! Italian texts, lists joined with `; `) and `/servizi.json` (every
//! service as HSDS 3.0 objects, as `/api/hsds/services/{id}` gives them).
//! Both under CC BY 4.0, like the rest of the open data.

use agoral_db::services::ServiceFilter;
use agoral_domain::{lang::Lang, services::languages::SpokenLanguage};
use axum::{
    http::header,
    response::{IntoResponse, Response},
};

use super::hsds;
use crate::{error::WebError, render::Ctx};

/// One CSV field, quoted when needed (RFC 4180). A text that a
/// spreadsheet would run as a formula (`=`, `@`, or `+`/`-` unless only
/// digits follow) gets a leading apostrophe; phone numbers stay as they
/// are.
fn field(value: &str) -> String {
    let formula = match value.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !value[1..].chars().all(|c| c.is_ascii_digit()) || value.len() == 1,
        _ => false,
    };
    let value = if formula {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

const HEADER: [&str; 24] = [
    "id",
    "nome",
    "sommario",
    "categorie",
    "destinatari",
    "lingue",
    "canali",
    "gratuito",
    "su_appuntamento",
    "comune_istat",
    "comune",
    "indirizzo",
    "latitudine",
    "longitudine",
    "telefoni",
    "email",
    "sito",
    "orari",
    "verificato_il",
    "esempio",
    "zona_servita",
    "accessibilita",
    "referente",
    "ruolo_referente",
];

pub async fn services_csv(ctx: Ctx) -> Result<Response, WebError> {
    let services = ctx.state.db.services(&ServiceFilter::default()).await?;
    let mut out = String::with_capacity(256 * (services.len() + 1));
    out.push_str(&HEADER.join(","));
    out.push_str("\r\n");
    let yes_no = |b: bool| if b { "si" } else { "no" };
    for s in &services {
        let r = &s.record;
        let text = s.text(Lang::It);
        // A protected place has neither address nor point here either.
        let (address, lat, lon) = if r.sensitive {
            (String::new(), String::new(), String::new())
        } else {
            (
                r.address.clone().unwrap_or_default(),
                r.point.map(|p| p.lat.to_string()).unwrap_or_default(),
                r.point.map(|p| p.lon.to_string()).unwrap_or_default(),
            )
        };
        let row = [
            s.id.0.to_string(),
            text.name.clone(),
            text.summary.clone(),
            r.categories
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            r.target_groups
                .iter()
                .map(|g| g.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            r.languages
                .iter()
                .filter_map(|code| SpokenLanguage::find(code).map(|l| l.code))
                .collect::<Vec<_>>()
                .join("; "),
            r.channels
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            yes_no(r.free).to_owned(),
            yes_no(r.appointment_needed).to_owned(),
            r.istat_code.as_str().to_owned(),
            ctx.state.comune_name(r.istat_code.as_str()),
            address,
            lat,
            lon,
            r.phones
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            r.email
                .as_ref()
                .map(|e| e.as_str().to_owned())
                .unwrap_or_default(),
            r.website.clone().unwrap_or_default(),
            r.schedule.to_text().trim_end().replace('\n', "; "),
            s.verified_at.map(|at| at.date_iso()).unwrap_or_default(),
            yes_no(s.is_example).to_owned(),
            if r.province_wide {
                "provincia".to_owned()
            } else {
                std::iter::once(&r.istat_code)
                    .chain(r.areas.iter())
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            },
            r.accessibility
                .iter()
                .map(|a| a.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            r.contact_name.clone().unwrap_or_default(),
            r.contact_title.clone().unwrap_or_default(),
        ];
        out.push_str(&row.iter().map(|v| field(v)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"servizi-agoral.csv\"",
            ),
        ],
        out,
    )
        .into_response())
}

pub async fn services_json(ctx: Ctx) -> Result<Response, WebError> {
    let services = ctx.state.db.services(&ServiceFilter::default()).await?;
    let organisations = ctx.state.db.organisations().await?;
    let items: Vec<serde_json::Value> = services
        .iter()
        .map(|s| {
            let organisation = organisations
                .iter()
                .find(|o| Some(o.id) == s.record.organisation_id);
            hsds::service_json(&ctx, s, organisation, Lang::It)
        })
        .collect();
    Ok(hsds::json_response(serde_json::Value::Array(items)))
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(field("semplice"), "semplice");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("detto \"così\""), "\"detto \"\"così\"\"\"");
        assert_eq!(field("riga\nnuova"), "\"riga\nnuova\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("-2+3"), "'-2+3");
        assert_eq!(field("-12"), "-12", "a number");
        assert_eq!(field("-cmd"), "'-cmd");
        assert_eq!(field("+390131000000"), "+390131000000", "a phone number");
        assert_eq!(field(""), "");
    }
}
