//! A dataset of the Osservatorio as it is stored: its DCAT-AP_IT metadata
//! (texts per language, codes from the EU vocabularies), its versions and
//! the charts drawn from it. The codes are checked against the vocabularies
//! of [`super::dcat`] when a form is read.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::{lang::Lang, organisations::OrganisationId, time::Timestamp};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DatasetId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VersionId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ChartId(pub i64);

/// The texts of a dataset in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DatasetText {
    pub title: String,
    pub description: String,
    pub keywords: Vec<String>,
}

/// Everything an analyst sets about a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetInput {
    pub slug: String,
    pub publisher_id: Option<OrganisationId>,
    pub rights_holder_id: Option<OrganisationId>,
    /// EU data theme codes.
    pub themes: Vec<String>,
    pub licence: String,
    pub frequency: String,
    pub temporal: Option<(Date, Date)>,
    /// ISTAT codes of the province or of comuni.
    pub spatial: Vec<String>,
    pub contact_name: String,
    pub contact_email: String,
    pub source_url: String,
    pub attribution: String,
    pub published: bool,
    /// Italian first; the other languages when translated.
    pub texts: Vec<(Lang, DatasetText)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    pub id: DatasetId,
    pub input: DatasetInput,
    pub current_version: Option<VersionId>,
    pub issued_at: Timestamp,
    pub modified_at: Timestamp,
}

impl Dataset {
    /// The texts in `lang`, or in Italian when not translated.
    pub fn text(&self, lang: Lang) -> &DatasetText {
        self.input.text(lang)
    }
}

impl DatasetInput {
    /// The texts in `lang`, or in Italian when not translated.
    pub fn text(&self, lang: Lang) -> &DatasetText {
        static EMPTY: DatasetText = DatasetText {
            title: String::new(),
            description: String::new(),
            keywords: Vec::new(),
        };
        self.texts
            .iter()
            .find(|(l, t)| *l == lang && !t.title.is_empty())
            .or_else(|| self.texts.iter().find(|(l, _)| *l == Lang::It))
            .map(|(_, t)| t)
            .unwrap_or(&EMPTY)
    }
}

/// Where an upload stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VersionStatus {
    Importing,
    Ready,
    Failed,
}

impl VersionStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            VersionStatus::Importing => "importing",
            VersionStatus::Ready => "ready",
            VersionStatus::Failed => "failed",
        }
    }

    pub const fn label_key(self) -> &'static str {
        match self {
            VersionStatus::Importing => "observatory-status-importing",
            VersionStatus::Ready => "observatory-status-ready",
            VersionStatus::Failed => "observatory-status-failed",
        }
    }

    pub fn parse(value: &str) -> Option<VersionStatus> {
        match value {
            "importing" => Some(VersionStatus::Importing),
            "ready" => Some(VersionStatus::Ready),
            "failed" => Some(VersionStatus::Failed),
            _ => None,
        }
    }
}

/// Why an import stopped, as the analyst sees it: the row, the column and
/// the value, with a message id.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ImportFailure {
    pub line: Option<u64>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub message: String,
}

/// One upload of a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub id: VersionId,
    pub dataset_id: DatasetId,
    pub number: i64,
    pub status: VersionStatus,
    pub file_name: String,
    pub byte_size: i64,
    /// The confirmed import settings, with the columns and their types
    /// (JSON of [`super::table::Settings`]).
    pub settings: String,
    pub row_count: i64,
    pub error: Option<ImportFailure>,
    pub note: String,
    pub diff: Option<VersionDiff>,
    pub job_id: Option<i64>,
    pub created_at: Timestamp,
}

/// What a version changed from the one before it: rows are compared by
/// content (a row whose cells all match is the same row), columns by name.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct VersionDiff {
    pub previous: i64,
    pub rows_added: u64,
    pub rows_removed: u64,
    pub columns_added: Vec<String>,
    pub columns_removed: Vec<String>,
}

/// A chart as stored: its kind and spec as the chart module reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartRecord {
    pub id: ChartId,
    pub dataset_id: DatasetId,
    pub slug: String,
    pub kind: String,
    /// JSON of [`super::spec::ChartSpec`].
    pub spec: String,
    pub published: bool,
    pub dashboard_position: Option<i64>,
    /// (language, title, description); Italian first.
    pub texts: Vec<(Lang, String, String)>,
    pub updated_at: Timestamp,
}

impl ChartRecord {
    /// Title and description in `lang`, or in Italian when not translated.
    pub fn text(&self, lang: Lang) -> (&str, &str) {
        self.texts
            .iter()
            .find(|(l, t, _)| *l == lang && !t.is_empty())
            .or_else(|| self.texts.iter().find(|(l, _, _)| *l == Lang::It))
            .map(|(_, t, d)| (t.as_str(), d.as_str()))
            .unwrap_or(("", ""))
    }
}
