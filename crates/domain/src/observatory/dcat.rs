//! The Osservatorio's open-data catalogue in DCAT-AP_IT 2.0, the Italian
//! profile of DCAT-AP 2.x that dati.gov.it harvests.
//!
//! The web layer fills a [`Catalogue`] from the database; [`turtle`],
//! [`rdf_xml`] and [`json_ld`] write the same RDF graph in three syntaxes.
//! The graph is built once and each writer only changes the notation, so the
//! three files cannot drift apart.
//!
//! What the graph holds, and why:
//!
//! * every catalogue, dataset, distribution, agent, contact point and licence
//!   carries both its DCAT-AP_IT class (`dcatapit:Dataset`…) and the DCAT or
//!   Dublin Core class (`dcat:Dataset`…). The DCAT-AP_IT ontology declares
//!   its classes as subclasses of `https://www.w3.org/ns/dcat#…` (sic, not
//!   the real `http://` namespace), so nothing can infer `dcat:Dataset` from
//!   `dcatapit:Dataset`: both must be stated, as the profile's examples do;
//! * every IRI the catalogue points at (theme, frequency, file type, media
//!   type, language, place, licence type, home and landing page) is typed
//!   with the class the DCAT-AP range rules expect, so those rules hold on
//!   the file alone; themes and licence types, being `skos:Concept`s, also
//!   get the labels DCAT-AP requires of every concept. Membership of a
//!   controlled vocabulary (`skos:inScheme`) is never asserted here: that is
//!   the vocabulary's word, and validators load the vocabulary to check it;
//! * text is written in every language it has, with its language tag; dates
//!   are `xsd:date`; sizes are `xsd:decimal`, as DCAT-AP 2.1.1 requires;
//! * the data source goes into `dct:provenance`, not `dct:source`: in
//!   DCAT-AP `dct:source` must point at another `dcat:Dataset`, and a source
//!   here is a sentence or a web page (see [`DatasetRecord::source`]).
//!
//! Output is deterministic: the same catalogue always gives the same bytes.

mod build;
mod graph;
mod jsonld;
mod rdfxml;
mod turtle;
mod vocab;

#[cfg(test)]
mod tests;

pub use vocab::{
    FileFormat, Frequency, Licence, LicenceType, THEME_SCHEME, Theme, UnknownCode, eu_language_uri,
};

use jiff::civil::Date;

/// A text in several languages: pairs of (BCP 47 language tag, text). The
/// first is the default, Italian by convention. Entries with an empty text
/// are left out of the output.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LangText(pub Vec<(String, String)>);

impl LangText {
    /// A text in Italian only.
    pub fn it(text: impl Into<String>) -> LangText {
        LangText(vec![("it".to_owned(), text.into())])
    }

    /// The default (first) text, if any.
    pub fn default_text(&self) -> Option<&str> {
        self.0.first().map(|(_, text)| text.as_str())
    }
}

/// An organisation that publishes or holds the rights on data
/// (`dcatapit:Agent`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    pub name: LangText,
    /// The IPA code of a public administration, or a stable slug for
    /// bodies that have none.
    pub identifier: String,
    pub uri: String,
}

/// Where to send questions about a dataset (`dcatapit:Organization`, a vCard
/// organisation). The e-mail may be given with or without `mailto:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactPoint {
    pub name: String,
    pub email: String,
    pub uri: String,
}

/// One downloadable file of a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    pub uri: String,
    pub access_url: String,
    pub download_url: String,
    pub format: FileFormat,
    pub title: LangText,
    pub licence: Licence,
    pub byte_size: Option<u64>,
    pub modified: Date,
}

/// One dataset of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetRecord {
    pub uri: String,
    /// `{publisher identifier}:{slug}`, as DCAT-AP_IT asks.
    pub identifier: String,
    pub title: LangText,
    pub description: LangText,
    pub publisher: Agent,
    pub rights_holder: Agent,
    pub themes: Vec<Theme>,
    /// (language tag, keyword).
    pub keywords: Vec<(String, String)>,
    /// The licence shown on the dataset's page. DCAT-AP_IT puts
    /// `dct:license` on distributions only, so the graph carries each
    /// distribution's own [`Distribution::licence`] and not this one.
    pub licence: Licence,
    pub frequency: Frequency,
    /// First and last day covered by the data.
    pub temporal: Option<(Date, Date)>,
    /// ISTAT codes of the area covered: `006` for a province (written as
    /// the OntoPiA province IRI), `006003-(1859-10-23)` for a comune with its
    /// institution date (the key of OntoPiA's comuni IRIs). A bare comune code
    /// such as `006003` has no OntoPiA IRI without that date, so it becomes a
    /// place described by its identifier.
    pub spatial: Vec<String>,
    pub contact: ContactPoint,
    pub issued: Date,
    pub modified: Date,
    pub version_info: String,
    pub landing_page: String,
    /// Where the data come from: a sentence ("Elaborazione su dati ISTAT")
    /// or a URL. Written as a `dct:ProvenanceStatement`; a URL is also
    /// linked with `rdfs:seeAlso`.
    pub source: Option<String>,
    /// The credit line that reusers must show (`cc:attributionName`).
    pub attribution: Option<String>,
    pub distributions: Vec<Distribution>,
}

/// The catalogue as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    pub uri: String,
    pub title: LangText,
    pub description: LangText,
    pub publisher: Agent,
    pub homepage: String,
    pub issued: Date,
    pub modified: Date,
    /// Languages of the metadata, as BCP 47 tags (`it`, `en`…); see
    /// [`eu_language_uri`] for the ones DCAT-AP can name.
    pub languages: Vec<String>,
    pub datasets: Vec<DatasetRecord>,
}

/// The catalogue in Turtle (`text/turtle`).
pub fn turtle(c: &Catalogue) -> String {
    turtle::write(&build::build(c))
}

/// The catalogue in RDF/XML (`application/rdf+xml`).
pub fn rdf_xml(c: &Catalogue) -> String {
    rdfxml::write(&build::build(c))
}

/// The catalogue in JSON-LD (`application/ld+json`): an `@context` of
/// prefixes only and a flat `@graph`, with every value written as an explicit
/// value or node object, so expanding it needs no term definitions.
pub fn json_ld(c: &Catalogue) -> serde_json::Value {
    jsonld::write(&build::build(c))
}
