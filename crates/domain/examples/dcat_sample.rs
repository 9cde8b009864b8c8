//! Prints a sample of the Osservatorio's DCAT-AP_IT catalogue (two datasets)
//! in the syntax named by the first argument:
//!
//! ```text
//! cargo run -p agoral-domain --example dcat_sample -- turtle
//! cargo run -p agoral-domain --example dcat_sample -- xml
//! cargo run -p agoral-domain --example dcat_sample -- json-ld
//! ```
//!
//! The output is what `crates/web/tests/it/opendata/validate_dcat.py` checks
//! against the DCAT-AP shapes.

use std::process::ExitCode;

use agoral_domain::observatory::dcat::{
    self, Agent, Catalogue, ContactPoint, DatasetRecord, Distribution, FileFormat, Frequency,
    LangText, Licence, Theme,
};
use jiff::civil::date;

const BASE: &str = "https://agoral.example.org/osservatorio";

fn main() -> ExitCode {
    let syntax = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "turtle".to_owned());
    let catalogue = sample();
    match syntax.as_str() {
        "turtle" | "ttl" => print!("{}", dcat::turtle(&catalogue)),
        "xml" | "rdf-xml" | "rdfxml" => print!("{}", dcat::rdf_xml(&catalogue)),
        "json-ld" | "jsonld" => match serde_json::to_string_pretty(&dcat::json_ld(&catalogue)) {
            Ok(text) => println!("{text}"),
            Err(error) => {
                eprintln!("dcat_sample: {error}");
                return ExitCode::FAILURE;
            }
        },
        other => {
            eprintln!("usage: dcat_sample turtle|xml|json-ld (got {other:?})");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

fn text(it: &str, en: &str, fr: &str, ar: &str) -> LangText {
    LangText(
        [("it", it), ("en", en), ("fr", fr), ("ar", ar)]
            .into_iter()
            .map(|(lang, value)| (lang.to_owned(), value.to_owned()))
            .collect(),
    )
}

fn keywords(words: &[(&str, &str)]) -> Vec<(String, String)> {
    words
        .iter()
        .map(|(lang, word)| ((*lang).to_owned(), (*word).to_owned()))
        .collect()
}

fn sample() -> Catalogue {
    let observatory = Agent {
        name: text(
            "Provincia di Alessandria - Osservatorio sulle migrazioni",
            "Province of Alessandria - Migration Observatory",
            "Province d'Alexandrie - Observatoire des migrations",
            "مقاطعة أليساندريا - مرصد الهجرة",
        ),
        identifier: "osservatorio-al".to_owned(),
        uri: format!("{BASE}/organizzazioni/osservatorio-al"),
    };
    let istat = Agent {
        name: text(
            "Istituto Nazionale di Statistica (ISTAT)",
            "Italian National Institute of Statistics (ISTAT)",
            "Institut national de statistique italien (ISTAT)",
            "المعهد الوطني الإيطالي للإحصاء (ISTAT)",
        ),
        identifier: "istat".to_owned(),
        uri: format!("{BASE}/organizzazioni/istat"),
    };
    let contact = ContactPoint {
        name: "Osservatorio sulle migrazioni della Provincia di Alessandria".to_owned(),
        email: "osservatorio@agoral.example.org".to_owned(),
        uri: format!("{BASE}/contatti#osservatorio"),
    };

    let residents_slug = "stranieri-residenti-cittadinanza-2023";
    let residents = DatasetRecord {
        uri: format!("{BASE}/catalogo/dataset/{residents_slug}"),
        identifier: format!("osservatorio-al:{residents_slug}"),
        title: text(
            "Stranieri residenti per cittadinanza, provincia di Alessandria, 2023",
            "Foreign residents by citizenship, province of Alessandria, 2023",
            "Résidents étrangers par nationalité, province d'Alexandrie, 2023",
            "المقيمون الأجانب حسب الجنسية، مقاطعة أليساندريا، 2023",
        ),
        description: text(
            "Cittadini stranieri residenti nei comuni della provincia di Alessandria nel 2023, \
             per cittadinanza e sesso. Dati ISTAT rielaborati dall'Osservatorio.",
            "Foreign citizens resident in the comuni of the province of Alessandria in 2023, \
             by citizenship and sex. ISTAT data reworked by the Observatory.",
            "Citoyens étrangers résidant dans les communes de la province d'Alexandrie en 2023, \
             par nationalité et par sexe. Données de l'ISTAT retraitées par l'Observatoire.",
            "المواطنون الأجانب المقيمون في بلديات مقاطعة أليساندريا في عام 2023، حسب الجنسية \
             والجنس. بيانات المعهد الوطني للإحصاء بعد معالجتها من قبل المرصد.",
        ),
        publisher: observatory.clone(),
        rights_holder: istat.clone(),
        themes: vec![Theme::Soci, Theme::Regi],
        keywords: keywords(&[
            ("it", "stranieri"),
            ("it", "cittadinanza"),
            ("it", "popolazione residente"),
            ("en", "foreign residents"),
            ("en", "citizenship"),
            ("fr", "résidents étrangers"),
            ("ar", "المقيمون الأجانب"),
        ]),
        licence: Licence::CcBy40,
        frequency: Frequency::Annual,
        temporal: Some((date(2023, 1, 1), date(2023, 12, 31))),
        spatial: vec!["006".to_owned()],
        contact: contact.clone(),
        issued: date(2024, 5, 15),
        modified: date(2024, 6, 3),
        version_info: "1.0".to_owned(),
        landing_page: format!("{BASE}/dati/{residents_slug}"),
        source: Some("https://demo.istat.it/".to_owned()),
        attribution: Some(
            "Osservatorio sulle migrazioni della Provincia di Alessandria, elaborazione su dati ISTAT"
                .to_owned(),
        ),
        distributions: vec![
            Distribution {
                uri: format!("{BASE}/catalogo/distribuzione/{residents_slug}-csv"),
                access_url: format!("{BASE}/dati/{residents_slug}"),
                download_url: format!("{BASE}/dati/{residents_slug}.csv"),
                format: FileFormat::Csv,
                title: text(
                    "Stranieri residenti per cittadinanza, 2023 (CSV)",
                    "Foreign residents by citizenship, 2023 (CSV)",
                    "Résidents étrangers par nationalité, 2023 (CSV)",
                    "المقيمون الأجانب حسب الجنسية، 2023 (CSV)",
                ),
                licence: Licence::CcBy40,
                byte_size: Some(48_213),
                modified: date(2024, 6, 3),
            },
            Distribution {
                uri: format!("{BASE}/catalogo/distribuzione/{residents_slug}-json"),
                access_url: format!("{BASE}/dati/{residents_slug}"),
                download_url: format!("{BASE}/dati/{residents_slug}.json"),
                format: FileFormat::Json,
                title: text(
                    "Stranieri residenti per cittadinanza, 2023 (JSON)",
                    "Foreign residents by citizenship, 2023 (JSON)",
                    "Résidents étrangers par nationalité, 2023 (JSON)",
                    "المقيمون الأجانب حسب الجنسية، 2023 (JSON)",
                ),
                licence: Licence::CcBy40,
                byte_size: Some(131_877),
                modified: date(2024, 6, 3),
            },
        ],
    };

    let permits_slug = "permessi-di-soggiorno-2015-2024";
    let permits = DatasetRecord {
        uri: format!("{BASE}/catalogo/dataset/{permits_slug}"),
        identifier: format!("osservatorio-al:{permits_slug}"),
        title: text(
            "Permessi di soggiorno 2015–2024",
            "Residence permits 2015–2024",
            "Titres de séjour 2015–2024",
            "تصاريح الإقامة 2015–2024",
        ),
        description: text(
            "Permessi di soggiorno dei cittadini non comunitari validi al 31 dicembre di ogni \
             anno dal 2015 al 2024 in provincia di Alessandria, per motivo e cittadinanza.",
            "Residence permits of non-EU citizens valid on 31 December of each year from 2015 \
             to 2024 in the province of Alessandria, by reason and citizenship.",
            "Titres de séjour des citoyens non européens en cours de validité au 31 décembre de \
             chaque année de 2015 à 2024 dans la province d'Alexandrie, par motif et nationalité.",
            "تصاريح إقامة مواطني الدول غير الأعضاء في الاتحاد الأوروبي السارية في 31 ديسمبر من \
             كل عام من 2015 إلى 2024 في مقاطعة أليساندريا، حسب السبب والجنسية.",
        ),
        publisher: observatory.clone(),
        rights_holder: observatory.clone(),
        themes: vec![Theme::Soci, Theme::Gove],
        keywords: keywords(&[
            ("it", "permessi di soggiorno"),
            ("it", "cittadini non comunitari"),
            ("en", "residence permits"),
            ("fr", "titres de séjour"),
            ("ar", "تصاريح الإقامة"),
        ]),
        licence: Licence::CcBy40,
        frequency: Frequency::Annual,
        temporal: Some((date(2015, 1, 1), date(2024, 12, 31))),
        spatial: vec!["006".to_owned()],
        contact: contact.clone(),
        issued: date(2024, 5, 15),
        modified: date(2025, 10, 20),
        version_info: "2.1".to_owned(),
        landing_page: format!("{BASE}/dati/{permits_slug}"),
        source: Some(
            "Elaborazione dell'Osservatorio su dati ISTAT e del Ministero dell'Interno".to_owned(),
        ),
        attribution: Some(
            "Osservatorio sulle migrazioni della Provincia di Alessandria".to_owned(),
        ),
        distributions: vec![Distribution {
            uri: format!("{BASE}/catalogo/distribuzione/{permits_slug}-csv"),
            access_url: format!("{BASE}/dati/{permits_slug}"),
            download_url: format!("{BASE}/dati/{permits_slug}.csv"),
            format: FileFormat::Csv,
            title: text(
                "Permessi di soggiorno 2015–2024 (CSV)",
                "Residence permits 2015–2024 (CSV)",
                "Titres de séjour 2015–2024 (CSV)",
                "تصاريح الإقامة 2015–2024 (CSV)",
            ),
            licence: Licence::CcBy40,
            byte_size: None,
            modified: date(2025, 10, 20),
        }],
    };

    Catalogue {
        uri: format!("{BASE}/catalogo"),
        title: text(
            "Catalogo dei dati aperti dell'Osservatorio sulle migrazioni della Provincia di Alessandria",
            "Open data catalogue of the Migration Observatory of the Province of Alessandria",
            "Catalogue des données ouvertes de l'Observatoire des migrations de la province d'Alexandrie",
            "كتالوج البيانات المفتوحة لمرصد الهجرة في مقاطعة أليساندريا",
        ),
        description: text(
            "Dati sulla popolazione straniera e sull'immigrazione in provincia di Alessandria, \
             pubblicati dall'Osservatorio sulle migrazioni.",
            "Data on the foreign population and immigration in the province of Alessandria, \
             published by the Migration Observatory.",
            "Données sur la population étrangère et l'immigration dans la province d'Alexandrie, \
             publiées par l'Observatoire des migrations.",
            "بيانات عن السكان الأجانب والهجرة في مقاطعة أليساندريا، ينشرها مرصد الهجرة.",
        ),
        publisher: observatory,
        homepage: BASE.to_owned(),
        issued: date(2024, 5, 15),
        modified: date(2025, 10, 20),
        languages: ["it", "en", "fr", "ar"].map(str::to_owned).to_vec(),
        datasets: vec![residents, permits],
    }
}
