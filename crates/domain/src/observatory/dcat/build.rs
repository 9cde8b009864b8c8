//! From a [`Catalogue`] to its DCAT-AP_IT graph.

use jiff::civil::Date;

use super::graph::{Graph, Name, Node, Object, Subject};
use super::vocab::{Licence, THEME_SCHEME, Theme, eu_language_uri};
use super::{Agent, Catalogue, ContactPoint, DatasetRecord, Distribution, LangText};

const fn dcat(local: &'static str) -> Name {
    Name::new("dcat", local)
}
const fn dcatapit(local: &'static str) -> Name {
    Name::new("dcatapit", local)
}
const fn dct(local: &'static str) -> Name {
    Name::new("dct", local)
}
const fn foaf(local: &'static str) -> Name {
    Name::new("foaf", local)
}
const fn vcard(local: &'static str) -> Name {
    Name::new("vcard", local)
}
const fn skos(local: &'static str) -> Name {
    Name::new("skos", local)
}

const XSD_DATE: Name = Name::new("xsd", "date");
const XSD_DECIMAL: Name = Name::new("xsd", "decimal");
const OWL_VERSION_INFO: Name = Name::new("owl", "versionInfo");
const RDFS_LABEL: Name = Name::new("rdfs", "label");
const RDFS_SEE_ALSO: Name = Name::new("rdfs", "seeAlso");
const CC_ATTRIBUTION_NAME: Name = Name::new("cc", "attributionName");

/// OntoPiA's controlled vocabularies of Italian provinces and comuni, which
/// DCAT-AP_IT recommends for `dct:spatial`.
const PROVINCES: &str =
    "https://w3id.org/italia/controlled-vocabulary/territorial-classifications/provinces/";
const CITIES: &str =
    "https://w3id.org/italia/controlled-vocabulary/territorial-classifications/cities/";

pub(super) fn build(c: &Catalogue) -> Graph {
    let mut g = Graph::default();
    let catalogue = resource(&mut g, &c.uri);
    g.add_type(&catalogue, dcatapit("Catalog"));
    g.add_type(&catalogue, dcat("Catalog"));
    lang_texts(&mut g, &catalogue, dct("title"), &c.title);
    lang_texts(&mut g, &catalogue, dct("description"), &c.description);
    g.add(&catalogue, dct("issued"), date(c.issued));
    g.add(&catalogue, dct("modified"), date(c.modified));
    let publisher = agent(&mut g, &c.publisher);
    g.add(&catalogue, dct("publisher"), publisher);
    if let Some(homepage) = document(&mut g, &c.homepage) {
        g.add(&catalogue, foaf("homepage"), homepage);
    }
    for language in &c.languages {
        if let Some(uri) = eu_language_uri(language) {
            let language = Object::iri(&uri);
            type_object(&mut g, &language, dct("LinguisticSystem"));
            g.add(&catalogue, dct("language"), language);
        }
    }
    let scheme = Object::iri(THEME_SCHEME);
    type_object(&mut g, &scheme, skos("ConceptScheme"));
    if let Object::Node(subject) = &scheme {
        // DCAT-AP asks every concept scheme for a title; the EU table only
        // has a label ("Data theme"), which serves as one.
        g.add(subject, dct("title"), Object::lang_text("en", "Data theme"));
    }
    g.add(&catalogue, dcat("themeTaxonomy"), scheme);
    for record in &c.datasets {
        let dataset = dataset(&mut g, record);
        g.add(&catalogue, dcat("dataset"), Object::Node(dataset));
    }
    g.sort(rank);
    g
}

/// Catalogue first, then datasets, then distributions, then the rest.
fn rank(node: &Node) -> u8 {
    let is = |class: Name| node.types.contains(&class);
    if is(dcat("Catalog")) {
        0
    } else if is(dcat("Dataset")) {
        1
    } else if is(dcat("Distribution")) {
        2
    } else {
        3
    }
}

fn dataset(g: &mut Graph, d: &DatasetRecord) -> Subject {
    let dataset = resource(g, &d.uri);
    g.add_type(&dataset, dcatapit("Dataset"));
    g.add_type(&dataset, dcat("Dataset"));
    g.add(&dataset, dct("identifier"), Object::text(&d.identifier));
    lang_texts(g, &dataset, dct("title"), &d.title);
    lang_texts(g, &dataset, dct("description"), &d.description);
    g.add(&dataset, dct("issued"), date(d.issued));
    g.add(&dataset, dct("modified"), date(d.modified));
    for &theme in &d.themes {
        let object = theme_concept(g, theme);
        g.add(&dataset, dcat("theme"), object);
    }
    for (lang, word) in &d.keywords {
        g.add(&dataset, dcat("keyword"), Object::lang_text(lang, word));
    }
    let publisher = agent(g, &d.publisher);
    g.add(&dataset, dct("publisher"), publisher);
    let rights_holder = agent(g, &d.rights_holder);
    g.add(&dataset, dct("rightsHolder"), rights_holder);
    let frequency = Object::iri(d.frequency.uri());
    type_object(g, &frequency, dct("Frequency"));
    g.add(&dataset, dct("accrualPeriodicity"), frequency);
    if let Some((start, end)) = d.temporal {
        let period = g.blank();
        g.add_type(&period, dct("PeriodOfTime"));
        // DCAT-AP 2 reads dcat:startDate; harvesters of DCAT-AP_IT 1.x read
        // dcatapit:startDate. Both say the same thing.
        g.add(&period, dcat("startDate"), date(start));
        g.add(&period, dcat("endDate"), date(end));
        g.add(&period, dcatapit("startDate"), date(start));
        g.add(&period, dcatapit("endDate"), date(end));
        g.add(&dataset, dct("temporal"), Object::Node(period));
    }
    for code in &d.spatial {
        let place = location(g, code);
        g.add(&dataset, dct("spatial"), place);
    }
    let contact = contact_point(g, &d.contact);
    g.add(&dataset, dcat("contactPoint"), contact);
    g.add(
        &dataset,
        OWL_VERSION_INFO,
        Object::text(d.version_info.trim()),
    );
    if let Some(page) = document(g, &d.landing_page) {
        g.add(&dataset, dcat("landingPage"), page);
    }
    if let Some(source) = d.source.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        let statement = g.blank();
        g.add_type(&statement, dct("ProvenanceStatement"));
        g.add(&statement, RDFS_LABEL, Object::text(source));
        if is_web_address(source) {
            g.add(&statement, RDFS_SEE_ALSO, Object::iri(source));
        }
        g.add(&dataset, dct("provenance"), Object::Node(statement));
    }
    if let Some(attribution) = &d.attribution {
        g.add(
            &dataset,
            CC_ATTRIBUTION_NAME,
            Object::text(attribution.trim()),
        );
    }
    for item in &d.distributions {
        let distribution = distribution(g, item);
        g.add(&dataset, dcat("distribution"), Object::Node(distribution));
    }
    dataset
}

fn distribution(g: &mut Graph, d: &Distribution) -> Subject {
    let distribution = resource(g, &d.uri);
    g.add_type(&distribution, dcatapit("Distribution"));
    g.add_type(&distribution, dcat("Distribution"));
    lang_texts(g, &distribution, dct("title"), &d.title);
    let format = Object::iri(d.format.uri());
    type_object(g, &format, dct("MediaTypeOrExtent"));
    g.add(&distribution, dct("format"), format);
    let media_type = Object::iri(d.format.media_type_uri());
    type_object(g, &media_type, dct("MediaType"));
    g.add(&distribution, dcat("mediaType"), media_type);
    g.add(&distribution, dcat("accessURL"), Object::iri(&d.access_url));
    if !d.download_url.trim().is_empty() {
        g.add(
            &distribution,
            dcat("downloadURL"),
            Object::iri(&d.download_url),
        );
    }
    let licence = licence(g, d.licence);
    g.add(&distribution, dct("license"), licence);
    if let Some(size) = d.byte_size {
        g.add(
            &distribution,
            dcat("byteSize"),
            Object::typed(size.to_string(), XSD_DECIMAL),
        );
    }
    g.add(&distribution, dct("modified"), date(d.modified));
    distribution
}

fn agent(g: &mut Graph, a: &Agent) -> Object {
    let agent = resource(g, &a.uri);
    g.add_type(&agent, dcatapit("Agent"));
    g.add_type(&agent, foaf("Agent"));
    g.add(&agent, dct("identifier"), Object::text(a.identifier.trim()));
    lang_texts(g, &agent, foaf("name"), &a.name);
    Object::Node(agent)
}

fn contact_point(g: &mut Graph, c: &ContactPoint) -> Object {
    let contact = resource(g, &c.uri);
    g.add_type(&contact, dcatapit("Organization"));
    g.add_type(&contact, vcard("Organization"));
    g.add_type(&contact, vcard("Kind"));
    g.add(&contact, vcard("fn"), Object::text(&c.name));
    let email = c.email.trim();
    if !email.is_empty() {
        let address = email.strip_prefix("mailto:").unwrap_or(email);
        g.add(
            &contact,
            vcard("hasEmail"),
            Object::iri(&format!("mailto:{address}")),
        );
    }
    Object::Node(contact)
}

/// The licence document, described as the Italian vocabulary does, with the
/// ADMS licence type DCAT-AP checks.
fn licence(g: &mut Graph, licence: Licence) -> Object {
    let document = Subject::Iri(licence.uri().to_owned());
    g.add_type(&document, dcatapit("LicenseDocument"));
    g.add_type(&document, dct("LicenseDocument"));
    let kind = licence.licence_type();
    let kind_object = Object::iri(kind.uri());
    if let Object::Node(subject) = &kind_object {
        g.add_type(subject, skos("Concept"));
        g.add(
            subject,
            skos("prefLabel"),
            Object::lang_text("en", kind.label()),
        );
    }
    g.add(&document, dct("type"), kind_object);
    for (lang, name) in licence.names() {
        g.add(&document, foaf("name"), Object::lang_text(lang, name));
    }
    g.add(&document, OWL_VERSION_INFO, Object::text(licence.version()));
    Object::Node(document)
}

fn theme_concept(g: &mut Graph, theme: Theme) -> Object {
    let concept = Object::iri(theme.uri());
    if let Object::Node(subject) = &concept {
        g.add_type(subject, skos("Concept"));
        for (lang, label) in theme.eu_labels() {
            g.add(subject, skos("prefLabel"), Object::lang_text(lang, label));
        }
    }
    concept
}

/// A place from an ISTAT code: see [`DatasetRecord::spatial`].
fn location(g: &mut Graph, code: &str) -> Object {
    let code = code.trim();
    let uri = if code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()) {
        Some(format!("{PROVINCES}{code}"))
    } else if is_dated_comune(code) {
        Some(format!("{CITIES}{code}"))
    } else {
        None
    };
    let place = match uri {
        Some(uri) => Subject::Iri(super::graph::iri(&uri)),
        None => {
            let place = g.blank();
            g.add(&place, dct("identifier"), Object::text(code));
            place
        }
    };
    g.add_type(&place, dct("Location"));
    Object::Node(place)
}

/// `006003-(1859-10-23)`: six digits, a dash and a date in brackets.
fn is_dated_comune(code: &str) -> bool {
    let Some((istat, rest)) = code.split_once('-') else {
        return false;
    };
    let Some(day) = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    istat.len() == 6 && istat.bytes().all(|b| b.is_ascii_digit()) && day.parse::<Date>().is_ok()
}

/// A page (home page, landing page): typed `foaf:Document`, which DCAT-AP
/// expects of both. `None` when there is no address.
fn document(g: &mut Graph, address: &str) -> Option<Object> {
    if address.trim().is_empty() {
        return None;
    }
    let page = Object::iri(address);
    type_object(g, &page, foaf("Document"));
    Some(page)
}

fn type_object(g: &mut Graph, object: &Object, class: Name) {
    if let Object::Node(subject) = object {
        g.add_type(subject, class);
    }
}

/// The node of an IRI, or a blank node when the address is missing.
fn resource(g: &mut Graph, address: &str) -> Subject {
    if address.trim().is_empty() {
        g.blank()
    } else {
        Subject::Iri(super::graph::iri(address))
    }
}

fn lang_texts(g: &mut Graph, subject: &Subject, predicate: Name, text: &LangText) {
    for (lang, value) in &text.0 {
        g.add(subject, predicate, Object::lang_text(lang, value));
    }
}

fn date(day: Date) -> Object {
    Object::typed(day.to_string(), XSD_DATE)
}

fn is_web_address(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !value.contains(char::is_whitespace)
}
