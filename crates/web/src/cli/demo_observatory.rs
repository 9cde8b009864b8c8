//! The Osservatorio's demo: the real datasets shipped in
//! `data/osservatorio/` and `data/reference/` (ISTAT, Ministero
//! dell'Interno; see `data/SOURCES.md`), imported through the same reader
//! as an upload, with the charts of the province dashboard.

use agoral_db::{Db, datasets::Save};
use agoral_domain::{
    lang::Lang,
    observatory::{
        dataset::{ChartId, ChartRecord, DatasetId, DatasetInput, DatasetText},
        table,
    },
    organisations::{OrganisationId, OrganisationInput, OrganisationKind},
    time::Timestamp,
};
use anyhow::Context;
use jiff::civil::date;

use crate::observatory::import::{Outcome, import_file};

struct DemoChart {
    slug: &'static str,
    kind: &'static str,
    spec: &'static str,
    /// it, en, fr, ar
    titles: [&'static str; 4],
    description: &'static str,
    dashboard: Option<i64>,
}

struct DemoDataset {
    slug: &'static str,
    file: &'static [u8],
    file_name: &'static str,
    publisher: &'static str,
    themes: &'static [&'static str],
    frequency: &'static str,
    temporal: (i16, i16),
    /// it, en, fr, ar
    titles: [&'static str; 4],
    description: &'static str,
    keywords: &'static str,
    source_url: &'static str,
    attribution: &'static str,
    charts: &'static [DemoChart],
}

const ISTAT: &str = "ISTAT - Istituto nazionale di statistica";
const MININT: &str = "Ministero dell'Interno";

const DATASETS: &[DemoDataset] = &[
    DemoDataset {
        slug: "stranieri-residenti-per-cittadinanza-2023",
        file: include_bytes!(
            "../../../../data/osservatorio/stranieri_per_cittadinanza_AL_2023.csv"
        ),
        file_name: "stranieri_per_cittadinanza_AL_2023.csv",
        publisher: ISTAT,
        themes: &["SOCI", "REGI"],
        frequency: "ANNUAL",
        temporal: (2023, 2023),
        titles: [
            "Stranieri residenti per cittadinanza, provincia di Alessandria, 2023",
            "Foreign residents by citizenship, province of Alessandria, 2023",
            "Résidents étrangers par nationalité, province d'Alexandrie, 2023",
            "المقيمون الأجانب حسب الجنسية، مقاطعة أليساندريا، 2023",
        ],
        description: "Popolazione straniera residente al 1° gennaio 2023 per paese di cittadinanza, maschi e femmine. Le righe «paese» sommano al totale (46.945).",
        keywords: "stranieri, cittadinanza, residenti",
        source_url: "https://esploradati.istat.it/",
        attribution: "Fonte: ISTAT",
        charts: &[DemoChart {
            slug: "cittadinanze-piu-numerose-2023",
            kind: "ranking",
            spec: r#"{"category":"cittadinanza","values":["totale"],"filters":[{"column":"tipo_riga","values":["paese"]}]}"#,
            titles: [
                "Le cittadinanze più numerose",
                "The largest citizenships",
                "Les nationalités les plus nombreuses",
                "الجنسيات الأكثر عددًا",
            ],
            description: "Stranieri residenti in provincia di Alessandria al 1° gennaio 2023, per paese di cittadinanza (i primi 20).",
            dashboard: Some(2),
        }],
    },
    DemoDataset {
        slug: "bilancio-demografico-stranieri-2019-2023",
        file: include_bytes!(
            "../../../../data/osservatorio/stranieri_bilancio_demografico_AL_Piemonte_2019_2023.csv"
        ),
        file_name: "stranieri_bilancio_demografico_AL_Piemonte_2019_2023.csv",
        publisher: ISTAT,
        themes: &["SOCI", "REGI"],
        frequency: "ANNUAL",
        temporal: (2019, 2023),
        titles: [
            "Bilancio demografico della popolazione straniera, 2019–2023",
            "Demographic balance of the foreign population, 2019–2023",
            "Bilan démographique de la population étrangère, 2019–2023",
            "الميزان الديموغرافي للسكان الأجانب، 2019–2023",
        ],
        description: "Provincia di Alessandria (ITC18) e Piemonte (ITC1): popolazione straniera al 1° gennaio, nati, morti, acquisizioni di cittadinanza, iscrizioni e cancellazioni. SEX: 1 maschi, 2 femmine, 9 totale.",
        keywords: "stranieri, bilancio demografico, cittadinanza italiana",
        source_url: "https://esploradati.istat.it/",
        attribution: "Fonte: ISTAT",
        charts: &[
            DemoChart {
                slug: "stranieri-residenti-al-1-gennaio",
                kind: "line",
                // As a share of the resident population of 2021, the
                // year the comuni dataset gives.
                spec: r#"{"category":"TIME_PERIOD","values":["OBS_VALUE"],"filters":[{"column":"REF_AREA","values":["ITC18"]},{"column":"DATA_TYPE","values":["FJAN"]},{"column":"SEX","values":["9"]}],"share":{"dataset":"popolazione-dei-comuni","value":"popolazione_residente_2021","category":"2021"}}"#,
                titles: [
                    "Stranieri residenti al 1° gennaio",
                    "Foreign residents on 1 January",
                    "Résidents étrangers au 1er janvier",
                    "المقيمون الأجانب في 1 يناير",
                ],
                description: "Provincia di Alessandria, maschi e femmine.",
                dashboard: Some(1),
            },
            DemoChart {
                slug: "acquisizioni-di-cittadinanza",
                kind: "bar",
                spec: r#"{"category":"TIME_PERIOD","values":["OBS_VALUE"],"series":"SEX","filters":[{"column":"REF_AREA","values":["ITC18"]},{"column":"DATA_TYPE","values":["ACQCITIZ"]},{"column":"SEX","values":["1","2"]}]}"#,
                titles: [
                    "Acquisizioni della cittadinanza italiana (1 maschi, 2 femmine)",
                    "Acquisitions of Italian citizenship (1 men, 2 women)",
                    "Acquisitions de la nationalité italienne (1 hommes, 2 femmes)",
                    "اكتساب الجنسية الإيطالية (1 ذكور، 2 إناث)",
                ],
                description: "Provincia di Alessandria: stranieri che sono diventati cittadini italiani, per anno e sesso.",
                dashboard: None,
            },
        ],
    },
    DemoDataset {
        slug: "permessi-di-soggiorno-2015-2024",
        file: include_bytes!(
            "../../../../data/osservatorio/permessi_soggiorno_AL_Piemonte_2015_2024.csv"
        ),
        file_name: "permessi_soggiorno_AL_Piemonte_2015_2024.csv",
        publisher: ISTAT,
        themes: &["SOCI", "GOVE"],
        frequency: "ANNUAL",
        temporal: (2015, 2024),
        titles: [
            "Permessi di soggiorno validi al 1° gennaio, 2015–2024",
            "Valid residence permits on 1 January, 2015–2024",
            "Titres de séjour valides au 1er janvier, 2015–2024",
            "تصاريح الإقامة السارية في 1 يناير، 2015–2024",
        ],
        description: "Cittadini non comunitari regolarmente presenti: permessi di lungo periodo (LONGT), con scadenza (NLONGT) e totale, per la provincia di Alessandria e il Piemonte.",
        keywords: "permessi di soggiorno, cittadini non comunitari",
        source_url: "https://esploradati.istat.it/",
        attribution: "Fonte: ISTAT",
        charts: &[
            DemoChart {
                slug: "permessi-di-soggiorno-nel-tempo",
                kind: "line",
                spec: r#"{"category":"TIME_PERIOD","values":["OBS_VALUE"],"filters":[{"column":"REF_AREA","values":["ITC18"]},{"column":"SEX","values":["9"]},{"column":"TYPE_RES_PERMIT","values":["TOTAL"]}]}"#,
                titles: [
                    "Permessi di soggiorno validi",
                    "Valid residence permits",
                    "Titres de séjour valides",
                    "تصاريح الإقامة السارية",
                ],
                description: "Provincia di Alessandria, al 1° gennaio di ogni anno.",
                dashboard: Some(3),
            },
            DemoChart {
                slug: "permessi-per-tipo",
                kind: "stacked_bar",
                spec: r#"{"category":"TIME_PERIOD","values":["OBS_VALUE"],"series":"TYPE_RES_PERMIT","filters":[{"column":"REF_AREA","values":["ITC18"]},{"column":"SEX","values":["9"]},{"column":"TYPE_RES_PERMIT","values":["LONGT","NLONGT"]}]}"#,
                titles: [
                    "Permessi di lungo periodo (LONGT) e con scadenza (NLONGT)",
                    "Long-term (LONGT) and fixed-term (NLONGT) permits",
                    "Titres de longue durée (LONGT) et à échéance (NLONGT)",
                    "تصاريح طويلة الأمد (LONGT) ومحددة المدة (NLONGT)",
                ],
                description: "Provincia di Alessandria, al 1° gennaio di ogni anno.",
                dashboard: None,
            },
        ],
    },
    DemoDataset {
        slug: "accoglienza-migranti-per-regione",
        file: include_bytes!("../../../../data/osservatorio/minint_cruscotto_accoglienza.csv"),
        file_name: "minint_cruscotto_accoglienza.csv",
        publisher: MININT,
        themes: &["SOCI", "GOVE"],
        frequency: "IRREG",
        temporal: (2019, 2025),
        titles: [
            "Migranti in accoglienza per regione, 2019–2025",
            "Migrants in reception by region, 2019–2025",
            "Migrants accueillis par région, 2019–2025",
            "المهاجرون في مراكز الاستقبال حسب المنطقة، 2019–2025",
        ],
        description: "Presenze negli hotspot, nei centri di accoglienza e nei centri SIPROIMI/SAI per regione, dal Cruscotto statistico giornaliero del Ministero dell'Interno.",
        keywords: "accoglienza, SAI, CAS",
        source_url: "https://datibenecomune.substack.com/",
        attribution: "Fonte: Liberiamoli tutti! (https://datibenecomune.substack.com/)",
        charts: &[DemoChart {
            slug: "accoglienza-in-piemonte",
            kind: "line",
            spec: r#"{"category":"Data_Report","values":["Migranti presenti nei centri di accoglienza","Migranti presenti nei centri SAI","Migranti presenti nei centri SIPROIMI"],"filters":[{"column":"DenominazioneRegione","values":["Piemonte"]}]}"#,
            titles: [
                "Persone in accoglienza in Piemonte",
                "People in reception in Piedmont",
                "Personnes accueillies dans le Piémont",
                "الأشخاص في مراكز الاستقبال في بييمونتي",
            ],
            description: "Centri di accoglienza (CAS e governativi) e rete SIPROIMI, poi SAI, alla data di ogni rapporto.",
            dashboard: Some(4),
        }],
    },
    DemoDataset {
        slug: "popolazione-dei-comuni",
        file: include_bytes!("../../../../data/reference/comuni_AL.csv"),
        file_name: "comuni_AL.csv",
        publisher: ISTAT,
        themes: &["REGI", "SOCI"],
        frequency: "ANNUAL",
        temporal: (2021, 2021),
        titles: [
            "Popolazione dei comuni della provincia, 2011 e 2021",
            "Population of the comuni of the province, 2011 and 2021",
            "Population des communes de la province, 2011 et 2021",
            "سكان بلديات المقاطعة، 2011 و2021",
        ],
        description: "Le 187 comuni con codice ISTAT, popolazione legale al censimento 2011 e popolazione residente al 1° gennaio 2021.",
        keywords: "comuni, popolazione",
        source_url: "https://demo.istat.it/",
        attribution: "Fonte: ISTAT",
        charts: &[DemoChart {
            slug: "popolazione-residente-per-comune",
            kind: "map",
            spec: r#"{"category":"codice_istat","values":["popolazione_residente_2021"]}"#,
            titles: [
                "Popolazione residente per comune, 2021",
                "Resident population by comune, 2021",
                "Population résidente par commune, 2021",
                "السكان المقيمون حسب البلدية، 2021",
            ],
            description: "I 187 comuni della provincia di Alessandria colorati per numero di residenti al 1° gennaio 2021.",
            dashboard: Some(5),
        }],
    },
];

async fn organisation(db: &Db, name: &str) -> anyhow::Result<OrganisationId> {
    if let Some(o) = db.organisation_by_name(name).await? {
        return Ok(o.id);
    }
    Ok(db
        .create_organisation(&OrganisationInput {
            name: name.to_owned(),
            kind: OrganisationKind::Altro,
            istat_code: None,
            website: None,
            network_member: false,
            is_example: false,
            trusted: false,
        })
        .await?)
}

/// Adds the demo datasets that are not there yet, with their charts.
pub async fn load(db: &Db, imports_dir: &std::path::Path) -> anyhow::Result<usize> {
    let mut added = 0;
    for demo in DATASETS {
        if db.dataset_by_slug(demo.slug).await?.is_some() {
            continue;
        }
        let publisher = organisation(db, demo.publisher).await?;
        let titles = Lang::ALL.iter().zip(demo.titles);
        let input = DatasetInput {
            slug: demo.slug.to_owned(),
            publisher_id: Some(publisher),
            rights_holder_id: Some(publisher),
            themes: demo.themes.iter().map(|t| (*t).to_owned()).collect(),
            licence: "cc-by-4.0".to_owned(),
            frequency: demo.frequency.to_owned(),
            temporal: Some((date(demo.temporal.0, 1, 1), date(demo.temporal.1, 12, 31))),
            spatial: vec!["006".to_owned()],
            contact_name: "Osservatorio Interistituzionale sull'immigrazione".to_owned(),
            contact_email: "osservatorio@provincia.alessandria.it".to_owned(),
            source_url: demo.source_url.to_owned(),
            attribution: demo.attribution.to_owned(),
            published: true,
            texts: titles
                .map(|(lang, title)| {
                    (
                        *lang,
                        DatasetText {
                            title: title.to_owned(),
                            description: if *lang == Lang::It {
                                demo.description.to_owned()
                            } else {
                                String::new()
                            },
                            keywords: if *lang == Lang::It {
                                demo.keywords.split(", ").map(str::to_owned).collect()
                            } else {
                                Vec::new()
                            },
                        },
                    )
                })
                .collect(),
        };
        let Save::Saved(id) = db.create_dataset(&input, None).await? else {
            continue;
        };
        import_demo(db, id, demo, imports_dir)
            .await
            .with_context(|| format!("importing {}", demo.file_name))?;
        for chart in demo.charts {
            let record = ChartRecord {
                id: ChartId(0),
                dataset_id: id,
                slug: chart.slug.to_owned(),
                kind: chart.kind.to_owned(),
                spec: chart.spec.to_owned(),
                published: true,
                dashboard_position: chart.dashboard,
                texts: Lang::ALL
                    .iter()
                    .zip(chart.titles)
                    .map(|(l, t)| {
                        let description = if *l == Lang::It {
                            chart.description.to_owned()
                        } else {
                            String::new()
                        };
                        (*l, t.to_owned(), description)
                    })
                    .collect(),
                updated_at: Timestamp::now(),
            };
            db.create_chart(&record, None).await?;
        }
        added += 1;
    }
    Ok(added)
}

async fn import_demo(
    db: &Db,
    dataset: DatasetId,
    demo: &DemoDataset,
    imports_dir: &std::path::Path,
) -> anyhow::Result<()> {
    let preview = table::sniff(demo.file, true)
        .map_err(|e| anyhow::anyhow!("{}: {}", demo.file_name, e.message()))?;
    let settings = preview.settings;
    tokio::fs::create_dir_all(imports_dir).await?;
    let path = imports_dir.join(format!("demo-{}.csv", demo.slug));
    tokio::fs::write(&path, demo.file).await?;
    let version = db
        .create_version(
            dataset,
            demo.file_name,
            demo.file.len() as i64,
            &serde_json::to_string(&settings)?,
            "",
            None,
        )
        .await?;
    let codes: Vec<String> = db
        .comuni()
        .await?
        .into_iter()
        .map(|c| c.code.to_string())
        .collect();
    let known = crate::observatory::import::known_comuni(codes.iter());
    let outcome = import_file(db, version.id, &path, &settings, known, &mut |_, _, _| {}).await;
    let _ = tokio::fs::remove_file(&path).await;
    match outcome? {
        Outcome::Imported(_) => Ok(()),
        Outcome::Failed(f) => anyhow::bail!("{} at line {:?} ({:?})", f.message, f.line, f.column),
    }
}
