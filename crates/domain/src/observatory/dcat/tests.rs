//! Tests of the DCAT-AP_IT catalogue: escaping in each syntax, the three
//! syntaxes for a two-dataset catalogue, the vocabularies' codes, places and
//! languages. Conformance to the DCAT-AP shapes is checked outside Rust, by
//! `crates/web/tests/it/opendata/validate_dcat.py` on the example's output.

use std::str::FromStr;

use jiff::civil::date;
use serde_json::Value;

use super::graph::{clean_text, iri, lang_tag};
use super::*;

const TRICKY: &str = "Titolo \"citato\" con \\ barra,\nriga nuova, <tag> & amp; مرحبا";

fn agent(slug: &str, name: &str) -> Agent {
    Agent {
        name: LangText(vec![
            ("it".to_owned(), name.to_owned()),
            ("en".to_owned(), format!("{name} (en)")),
        ]),
        identifier: slug.to_owned(),
        uri: format!("https://agoral.example.org/organizzazioni/{slug}"),
    }
}

fn record(slug: &str, title: &str) -> DatasetRecord {
    let base = "https://agoral.example.org/osservatorio";
    DatasetRecord {
        uri: format!("{base}/dataset/{slug}"),
        identifier: format!("osservatorio-al:{slug}"),
        title: LangText(vec![
            ("it".to_owned(), title.to_owned()),
            ("ar".to_owned(), "تصاريح الإقامة".to_owned()),
        ]),
        description: LangText::it("Descrizione."),
        publisher: agent("osservatorio-al", "Osservatorio"),
        rights_holder: agent("istat", "ISTAT"),
        themes: vec![Theme::Soci, Theme::Regi, Theme::Soci],
        keywords: vec![
            ("it".to_owned(), "permessi".to_owned()),
            ("it".to_owned(), "scrivi@osservatorio".to_owned()),
        ],
        licence: Licence::CcBy40,
        frequency: Frequency::Annual,
        temporal: Some((date(2015, 1, 1), date(2024, 12, 31))),
        spatial: vec!["006".to_owned()],
        contact: ContactPoint {
            name: "Osservatorio".to_owned(),
            email: "osservatorio@agoral.example.org".to_owned(),
            uri: format!("{base}/contatti"),
        },
        issued: date(2024, 5, 15),
        modified: date(2025, 1, 20),
        version_info: "1.0".to_owned(),
        landing_page: format!("{base}/dati/{slug}"),
        source: Some("Elaborazione su dati ISTAT".to_owned()),
        attribution: Some("Osservatorio sulle migrazioni".to_owned()),
        distributions: vec![Distribution {
            uri: format!("{base}/distribuzione/{slug}-csv"),
            access_url: format!("{base}/dati/{slug}"),
            download_url: format!("{base}/dati/{slug}.csv"),
            format: FileFormat::Csv,
            title: LangText::it(format!("{title} (CSV)")),
            licence: Licence::CcBy40,
            byte_size: Some(1234),
            modified: date(2025, 1, 20),
        }],
    }
}

fn catalogue(datasets: Vec<DatasetRecord>) -> Catalogue {
    Catalogue {
        uri: "https://agoral.example.org/osservatorio/catalogo".to_owned(),
        title: LangText::it("Catalogo"),
        description: LangText::it("Dati dell'Osservatorio."),
        publisher: agent("osservatorio-al", "Osservatorio"),
        homepage: "https://agoral.example.org/osservatorio".to_owned(),
        issued: date(2024, 5, 15),
        modified: date(2025, 1, 20),
        languages: vec!["it".to_owned(), "en".to_owned(), "xx".to_owned()],
        datasets,
    }
}

fn two_datasets() -> Catalogue {
    catalogue(vec![
        record("stranieri-residenti-2023", "Stranieri residenti 2023"),
        record("permessi-2015-2024", "Permessi di soggiorno 2015–2024"),
    ])
}

fn graph_nodes(document: &Value) -> &Vec<Value> {
    match &document["@graph"] {
        Value::Array(nodes) => nodes,
        other => panic!("no @graph array: {other}"),
    }
}

fn has_type(node: &Value, class: &str) -> bool {
    node["@type"]
        .as_array()
        .is_some_and(|types| types.iter().any(|t| t == class))
}

#[test]
fn turtle_escapes_literals() {
    let ttl = turtle(&catalogue(vec![record("a", TRICKY)]));
    assert!(
        ttl.contains(r#""Titolo \"citato\" con \\ barra,\nriga nuova, <tag> & amp; مرحبا"@it"#),
        "{ttl}"
    );
    assert!(ttl.contains(r#""scrivi@osservatorio"@it"#));
    assert!(ttl.contains(r#""تصاريح الإقامة"@ar"#));
    // No literal spans two lines: every line break in text is escaped.
    assert!(!ttl.contains("barra,\nriga"));
}

#[test]
fn rdf_xml_escapes_literals() {
    let xml = rdf_xml(&catalogue(vec![record("a", TRICKY)]));
    assert!(
        xml.contains(
            "<dct:title xml:lang=\"it\">Titolo \"citato\" con \\ barra,\nriga nuova, &lt;tag&gt; &amp; amp; مرحبا</dct:title>"
        ),
        "{xml}"
    );
    assert!(xml.contains("<dcat:keyword xml:lang=\"it\">scrivi@osservatorio</dcat:keyword>"));
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF"));
    assert!(xml.trim_end().ends_with("</rdf:RDF>"));
    // A carriage return would be read back as a line feed if written raw.
    let xml = rdf_xml(&catalogue(vec![record("a", "uno\r\ndue")]));
    assert!(xml.contains("uno&#13;\ndue"));
}

#[test]
fn json_ld_keeps_literals_exact() {
    let document = json_ld(&catalogue(vec![record("a", TRICKY)]));
    let text = serde_json::to_string(&document).expect("serialises");
    let reparsed: Value = serde_json::from_str(&text).expect("parses back");
    let dataset = graph_nodes(&reparsed)
        .iter()
        .find(|node| has_type(node, "dcat:Dataset"))
        .expect("a dataset");
    assert_eq!(dataset["dct:title"][0]["@value"], TRICKY);
    assert_eq!(dataset["dct:title"][0]["@language"], "it");
    assert_eq!(dataset["dcat:keyword"][1]["@value"], "scrivi@osservatorio");
}

#[test]
fn characters_xml_cannot_carry_are_dropped_everywhere() {
    let c = catalogue(vec![record("a", "a\u{1}b\u{FFFF}c\td")]);
    assert!(turtle(&c).contains(r#""abc\td"@it"#));
    assert!(rdf_xml(&c).contains(">abc\td<"));
    let document = json_ld(&c);
    let dataset = graph_nodes(&document)
        .iter()
        .find(|node| has_type(node, "dcat:Dataset"))
        .expect("a dataset");
    assert_eq!(dataset["dct:title"][0]["@value"], "abc\td");
}

#[test]
fn iris_are_made_valid() {
    assert_eq!(
        iri(" https://example.org/dati/permessi di soggiorno<2024>\"x\"{|}^`\\ "),
        "https://example.org/dati/permessi%20di%20soggiorno%3C2024%3E%22x%22%7B%7C%7D%5E%60%5C"
    );
    assert_eq!(
        iri("https://example.org/città"),
        "https://example.org/citt%C3%A0"
    );
    assert_eq!(
        iri("https://example.org/a%20b%zz%"),
        "https://example.org/a%20b%25zz%25"
    );
    assert_eq!(
        iri("https://example.org/a?b=1&c=d#e"),
        "https://example.org/a?b=1&c=d#e"
    );
    let once = iri("https://example.org/città vecchia");
    assert_eq!(iri(&once), once);

    let mut d = record("a", "A");
    d.uri = "https://agoral.example.org/dataset/permessi di soggiorno & co".to_owned();
    let c = catalogue(vec![d]);
    let encoded = "https://agoral.example.org/dataset/permessi%20di%20soggiorno%20&%20co";
    assert!(turtle(&c).contains(&format!("<{encoded}>")));
    assert!(rdf_xml(&c).contains(&format!("rdf:about=\"{}\"", encoded.replace('&', "&amp;"))));
    assert!(json_ld(&c).to_string().contains(encoded));
}

#[test]
fn text_and_tags_are_cleaned() {
    assert_eq!(clean_text("a\u{0}\u{8}\u{B}\u{C}\u{1F}b\n\r\t"), "ab\n\r\t");
    assert_eq!(lang_tag(" IT "), Some("it".to_owned()));
    assert_eq!(lang_tag("pt-BR"), Some("pt-br".to_owned()));
    assert_eq!(lang_tag(""), None);
    assert_eq!(lang_tag("it it"), None);
    assert_eq!(lang_tag("it\"@"), None);
    // A keyword with a malformed tag is still written, as a plain string.
    let mut d = record("a", "A");
    d.keywords = vec![("it\"".to_owned(), "parola".to_owned())];
    let ttl = turtle(&catalogue(vec![d]));
    assert!(ttl.contains("dcat:keyword \"parola\" ;"), "{ttl}");
}

#[test]
fn three_syntaxes_for_two_datasets() {
    let c = two_datasets();
    let ttl = turtle(&c);
    let xml = rdf_xml(&c);
    let jsonld = serde_json::to_string(&json_ld(&c)).expect("serialises");
    for slug in ["stranieri-residenti-2023", "permessi-2015-2024"] {
        let dataset = format!("https://agoral.example.org/osservatorio/dataset/{slug}");
        let distribution =
            format!("https://agoral.example.org/osservatorio/distribuzione/{slug}-csv");
        assert!(ttl.contains(&format!(
            "<{dataset}>\n    a dcatapit:Dataset, dcat:Dataset ;"
        )));
        assert!(ttl.contains(&format!("<{distribution}>")));
        assert!(xml.contains(&format!("<rdf:Description rdf:about=\"{dataset}\">")));
        assert!(xml.contains(&format!("rdf:about=\"{distribution}\"")));
        assert!(jsonld.contains(&format!("\"@id\":\"{dataset}\"")));
        assert!(jsonld.contains(&format!("\"@id\":\"{distribution}\"")));
    }
    assert!(ttl.starts_with("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ."));
    assert_eq!(ttl.matches("a dcatapit:Dataset, dcat:Dataset").count(), 2);
    assert_eq!(
        xml.matches("<rdf:type rdf:resource=\"http://dati.gov.it/onto/dcatapit#Dataset\"/>")
            .count(),
        2
    );
    // Shared nodes (publisher, licence, themes) are described once.
    assert_eq!(
        ttl.matches("<https://agoral.example.org/organizzazioni/istat>\n    a dcatapit:Agent")
            .count(),
        1
    );
    assert_eq!(
        ttl.matches("licences/A21_CCBY40>\n    a dcatapit:LicenseDocument")
            .count(),
        1
    );
    // The same output every time.
    assert_eq!(ttl, turtle(&c.clone()));
    assert_eq!(xml, rdf_xml(&c.clone()));
}

#[test]
fn turtle_and_xml_carry_the_mandatory_properties() {
    let c = two_datasets();
    let ttl = turtle(&c);
    for expected in [
        "dct:identifier \"osservatorio-al:permessi-2015-2024\"",
        "dct:issued \"2024-05-15\"^^xsd:date",
        "dct:modified \"2025-01-20\"^^xsd:date",
        "dcat:theme <http://publications.europa.eu/resource/authority/data-theme/SOCI>, \
         <http://publications.europa.eu/resource/authority/data-theme/REGI> ;",
        "dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/ANNUAL>",
        "dct:rightsHolder <https://agoral.example.org/organizzazioni/istat>",
        "dcat:startDate \"2015-01-01\"^^xsd:date",
        "dcat:endDate \"2024-12-31\"^^xsd:date",
        "dct:spatial <https://w3id.org/italia/controlled-vocabulary/territorial-classifications/provinces/006>",
        "vcard:hasEmail <mailto:osservatorio@agoral.example.org>",
        "owl:versionInfo \"1.0\"",
        "dcat:byteSize \"1234\"^^xsd:decimal",
        "dct:format <http://publications.europa.eu/resource/authority/file-type/CSV>",
        "dcat:mediaType <http://www.iana.org/assignments/media-types/text/csv>",
        "dct:license <https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40>",
        "dct:type <http://purl.org/adms/licencetype/Attribution>",
        "dct:language <http://publications.europa.eu/resource/authority/language/ITA>, \
         <http://publications.europa.eu/resource/authority/language/ENG> ;",
        "dcat:themeTaxonomy <http://publications.europa.eu/resource/authority/data-theme>",
        "cc:attributionName \"Osservatorio sulle migrazioni\"",
        "rdfs:label \"Elaborazione su dati ISTAT\"",
    ] {
        assert!(ttl.contains(expected), "missing {expected}\n{ttl}");
    }
    // Unknown language codes are left out rather than guessed.
    assert!(!ttl.contains("language/XX"));
}

#[test]
fn json_ld_parses_with_the_same_datasets() {
    let c = two_datasets();
    let text = serde_json::to_string_pretty(&json_ld(&c)).expect("serialises");
    let document: Value = serde_json::from_str(&text).expect("parses back");
    assert_eq!(document["@context"]["dcat"], "http://www.w3.org/ns/dcat#");
    assert_eq!(
        document["@context"]["dcatapit"],
        "http://dati.gov.it/onto/dcatapit#"
    );
    let nodes = graph_nodes(&document);
    let datasets: Vec<&Value> = nodes
        .iter()
        .filter(|node| has_type(node, "dcat:Dataset"))
        .collect();
    assert_eq!(datasets.len(), c.datasets.len());
    let catalogue = nodes
        .iter()
        .find(|node| has_type(node, "dcat:Catalog"))
        .expect("a catalogue");
    assert_eq!(
        catalogue["dcat:dataset"].as_array().map(Vec::len),
        Some(c.datasets.len())
    );
    let distributions = nodes
        .iter()
        .filter(|node| has_type(node, "dcat:Distribution"))
        .count();
    assert_eq!(distributions, 2);
    // Every id is absolute or a blank node label, so expansion needs no base.
    for node in nodes {
        let id = node["@id"].as_str().expect("an @id");
        assert!(
            id.starts_with("http://") || id.starts_with("https://") || id.starts_with("_:"),
            "{id}"
        );
    }
    assert_eq!(json_ld(&c), json_ld(&c.clone()));
}

#[test]
fn blank_nodes_agree_across_syntaxes() {
    let c = two_datasets();
    let ttl = turtle(&c);
    // Inline in Turtle…
    assert!(ttl.contains("dct:temporal [\n        a dct:PeriodOfTime ;"));
    assert!(!ttl.contains("_:b"));
    // …by node id in RDF/XML and JSON-LD, each defined once and used once.
    let xml = rdf_xml(&c);
    assert_eq!(xml.matches("<dct:temporal rdf:nodeID=\"b").count(), 2);
    assert_eq!(xml.matches("<rdf:Description rdf:nodeID=\"b").count(), 4);
    let document = json_ld(&c);
    let blank = graph_nodes(&document)
        .iter()
        .filter(|node| node["@id"].as_str().is_some_and(|id| id.starts_with("_:")))
        .count();
    assert_eq!(blank, 4);
}

#[test]
fn places_from_istat_codes() {
    let mut d = record("a", "A");
    d.spatial = vec![
        "006".to_owned(),
        "006003-(1859-10-23)".to_owned(),
        "006003".to_owned(),
        "006003-(1859-13-40)".to_owned(),
    ];
    let ttl = turtle(&catalogue(vec![d]));
    let places = "https://w3id.org/italia/controlled-vocabulary/territorial-classifications";
    assert!(ttl.contains(&format!("<{places}/provinces/006>\n    a dct:Location .")));
    assert!(ttl.contains(&format!(
        "<{places}/cities/006003-(1859-10-23)>\n    a dct:Location ."
    )));
    assert!(ttl.contains("[\n        a dct:Location ;\n        dct:identifier \"006003\"\n    ]"));
    assert!(ttl.contains("dct:identifier \"006003-(1859-13-40)\""));
}

#[test]
fn empty_optional_values_are_left_out() {
    let mut d = record("a", "A");
    d.version_info = "  ".to_owned();
    d.source = Some(" ".to_owned());
    d.attribution = None;
    d.temporal = None;
    d.landing_page = String::new();
    d.title.0.push(("fr".to_owned(), String::new()));
    d.distributions[0].byte_size = None;
    d.distributions[0].download_url = String::new();
    let ttl = turtle(&catalogue(vec![d]));
    for absent in [
        "owl:versionInfo \"\"",
        "dct:provenance",
        "cc:attributionName",
        "dct:temporal",
        "dcat:landingPage",
        "\"\"@fr",
        "dcat:byteSize",
        "dcat:downloadURL",
    ] {
        assert!(!ttl.contains(absent), "{absent} present\n{ttl}");
    }
}

#[test]
fn a_web_source_is_linked() {
    let mut d = record("a", "A");
    d.source = Some("https://demo.istat.it/".to_owned());
    let ttl = turtle(&catalogue(vec![d]));
    assert!(ttl.contains("rdfs:label \"https://demo.istat.it/\" ;"));
    assert!(ttl.contains("rdfs:seeAlso <https://demo.istat.it/>"));
    assert!(!ttl.contains("dct:source"));
}

#[test]
fn e_mail_with_or_without_mailto() {
    let mut d = record("a", "A");
    d.contact.email = "mailto:uffici@example.org".to_owned();
    assert!(turtle(&catalogue(vec![d])).contains("vcard:hasEmail <mailto:uffici@example.org>"));
}

#[test]
fn vocabulary_codes_round_trip() {
    fn check<T>(
        all: &[T],
        code: fn(T) -> &'static str,
        uri: fn(T) -> &'static str,
        key: fn(T) -> &'static str,
        prefix: &str,
    ) where
        T: Copy + PartialEq + std::fmt::Debug + FromStr<Err = UnknownCode> + std::fmt::Display,
    {
        let mut codes = std::collections::HashSet::new();
        let mut keys = std::collections::HashSet::new();
        for &value in all {
            assert_eq!(T::from_str(code(value)), Ok(value));
            assert_eq!(T::from_str(&code(value).to_ascii_lowercase()), Ok(value));
            assert_eq!(T::from_str(uri(value)), Ok(value));
            assert_eq!(value.to_string(), code(value));
            assert!(key(value).starts_with(prefix), "{}", key(value));
            assert!(
                key(value)
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}",
                key(value)
            );
            assert!(codes.insert(code(value)));
            assert!(keys.insert(key(value)));
        }
        assert!(T::from_str("nessuno").is_err());
    }
    check(
        Theme::ALL,
        Theme::code,
        Theme::uri,
        Theme::label_key,
        "dcat-theme-",
    );
    check(
        Frequency::ALL,
        Frequency::code,
        Frequency::uri,
        Frequency::label_key,
        "dcat-frequency-",
    );
    check(
        Licence::ALL,
        Licence::code,
        Licence::uri,
        Licence::label_key,
        "dcat-licence-",
    );
    assert_eq!(Theme::ALL.len(), 13);
    assert_eq!(Theme::Soci.label_key(), "dcat-theme-soci");
    assert_eq!(
        Theme::Soci.uri(),
        "http://publications.europa.eu/resource/authority/data-theme/SOCI"
    );
    assert_eq!(Frequency::Semiannual.code(), "ANNUAL_2");
    assert_eq!(Frequency::Semiannual.label_key(), "dcat-frequency-annual-2");
    assert_eq!(Licence::default(), Licence::CcBy40);
    assert_eq!(
        Licence::CcBy40.uri(),
        "https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40"
    );
    assert_eq!(Licence::CcBy40.short_name(), "CC BY 4.0");
    assert_eq!(
        Licence::from_str("Odbl-1.0").map(Licence::licence_type),
        Ok(LicenceType::ShareAlike)
    );
    assert_eq!(
        Theme::from_str("XXXX"),
        Err(UnknownCode {
            kind: "theme",
            code: "XXXX".to_owned()
        })
    );
    for &format in FileFormat::ALL {
        assert_eq!(FileFormat::from_str(format.code()), Ok(format));
        assert_eq!(FileFormat::from_str(format.uri()), Ok(format));
        assert_eq!(FileFormat::from_str(format.media_type()), Ok(format));
        assert!(format.media_type_uri().ends_with(format.media_type()));
    }
    assert_eq!(FileFormat::from_str("csv"), Ok(FileFormat::Csv));
    assert!(FileFormat::from_str("xlsx").is_err());
}

#[test]
fn languages_map_to_the_eu_table() {
    let eu = "http://publications.europa.eu/resource/authority/language/";
    assert_eq!(eu_language_uri("it"), Some(format!("{eu}ITA")));
    assert_eq!(eu_language_uri("ar-EG"), Some(format!("{eu}ARA")));
    assert_eq!(eu_language_uri("FR"), Some(format!("{eu}FRA")));
    assert_eq!(eu_language_uri("ENG"), Some(format!("{eu}ENG")));
    assert_eq!(eu_language_uri("xx"), None);
    assert_eq!(eu_language_uri(""), None);
}

#[test]
fn missing_addresses_become_blank_nodes() {
    let mut d = record("a", "A");
    d.contact.uri = String::new();
    let ttl = turtle(&catalogue(vec![d]));
    assert!(ttl.contains("dcat:contactPoint [\n        a dcatapit:Organization"));
}
