//! Demo content for `agoral serve --demo`. The comuni are real ISTAT data
//! and always loaded; here come the organisations a visitor would expect in
//! the network. Real public bodies are listed by name only (no invented
//! addresses or phone numbers); bodies that stand for no real one are
//! marked as examples.

use agoral_db::Db;
use agoral_domain::{
    comuni::IstatCode,
    organisations::{OrganisationInput, OrganisationKind},
};

/// (name, kind, ISTAT comune, example?)
const ORGANISATIONS: &[(&str, OrganisationKind, &str, bool)] = &[
    (
        "Prefettura di Alessandria",
        OrganisationKind::Prefettura,
        "006003",
        false,
    ),
    (
        "Questura di Alessandria",
        OrganisationKind::Questura,
        "006003",
        false,
    ),
    (
        "Provincia di Alessandria",
        OrganisationKind::Altro,
        "006003",
        false,
    ),
    (
        "Comune di Alessandria",
        OrganisationKind::Comune,
        "006003",
        false,
    ),
    (
        "Comune di Casale Monferrato",
        OrganisationKind::Comune,
        "006039",
        false,
    ),
    (
        "Comune di Novi Ligure",
        OrganisationKind::Comune,
        "006114",
        false,
    ),
    (
        "Comune di Tortona",
        OrganisationKind::Comune,
        "006174",
        false,
    ),
    (
        "Comune di Acqui Terme",
        OrganisationKind::Comune,
        "006001",
        false,
    ),
    (
        "Comune di Valenza",
        OrganisationKind::Comune,
        "006177",
        false,
    ),
    ("Comune di Ovada", OrganisationKind::Comune, "006121", false),
    ("ASL AL", OrganisationKind::Asl, "006003", false),
    (
        "Associazione di esempio per l'accoglienza (esempio)",
        OrganisationKind::TerzoSettore,
        "006003",
        true,
    ),
    (
        "Cooperativa sociale di esempio (esempio)",
        OrganisationKind::TerzoSettore,
        "006039",
        true,
    ),
    (
        "Scuola di italiano per adulti di esempio (esempio)",
        OrganisationKind::Scuola,
        "006114",
        true,
    ),
];

/// Adds the demo organisations that are not there yet.
pub async fn load(db: &Db) -> anyhow::Result<usize> {
    let mut added = 0;
    for (name, kind, code, example) in ORGANISATIONS {
        if db.organisation_by_name(name).await?.is_some() {
            continue;
        }
        let input = OrganisationInput {
            name: (*name).to_owned(),
            kind: *kind,
            istat_code: Some(IstatCode::parse(code)?),
            website: None,
            network_member: true,
            is_example: *example,
        };
        db.create_organisation(&input).await?;
        added += 1;
    }
    Ok(added)
}
