//! Tables read from the messy files the Osservatorio receives: CSV exports of
//! ISTAT, of the ministries and of spreadsheets, and XLSX workbooks.
//!
//! The import runs in three steps. [`sniff`] reads the first part of an
//! upload (at most [`HEAD_BYTES`]) and guesses how to read it: encoding,
//! delimiter, header line, decimal style and each column's type, with a
//! sample of rows to show. The user corrects what is wrong and
//! [`preview_with`] reads the sample again with the corrected [`Settings`].
//! Then [`Reader`] streams the whole file with the confirmed settings and
//! yields typed rows; the importer stops at the first error so that a
//! half-read table is never stored. An XLSX workbook is first turned into
//! CSV by [`xlsx_to_csv`] and then goes through the same steps.
//!
//! Choices made for files that do not follow the rules:
//! - Encoding: a file that is valid UTF-8 (with or without a byte order
//!   mark) is UTF-8; anything else is read as Windows-1252, which covers
//!   Latin-1. UTF-16 files are refused with their own error.
//! - Line numbers are physical lines of the file, 1-based, counting the title
//!   lines, the header and blank lines, and counting every line of a quoted
//!   cell that holds line breaks. For an XLSX converted here, lines are the
//!   worksheet's row numbers (unless a cell above holds a line break).
//! - Cells are trimmed of surrounding blanks. Blank lines, and lines whose
//!   cells are all empty (`;;;;`), are skipped anywhere.
//! - Lines above the header (titles) are skipped: the header is the first
//!   line, after `Settings::header_row` lines, that is not blank.
//! - Footer lines (`Fonte: ISTAT`, `Note: ...`) are skipped when only footer
//!   lines and blank lines follow them to the end of the file. A footer line
//!   is a line with fewer cells than the header, or a line whose only
//!   non-empty cell is the first and reads like a note (see
//!   [`looks_like_note`]). A short line followed by a data line is a ragged
//!   line, an error; a note-like line of the right width followed by data is
//!   data.
//! - A line with more cells than the header is accepted when the extra cells
//!   are empty: spreadsheets often leave a trailing delimiter.
//! - Empty header names are named `colonna_N` (N counted from 1), so that
//!   exports with a blank corner cell still import; trailing columns with no
//!   name and no data are dropped. Two columns with the same name (ignoring
//!   case) are an error, since rows are stored by column name.
//! - Control characters in cells, other than tab and line breaks, are
//!   removed: they are never data, and files carry stray ones.
//! - Missing values: an empty cell is missing in every column. In the typed
//!   columns the markers statistical offices use are missing too: `n.d.`,
//!   `nd`, `n.a.`, `NA`, `n/a`, `-`, dashes, `x`, `X` and runs of dots
//!   (`..`, `...`, `....`). In text columns they are kept as written.
//! - A column whose values have leading zeros (`08`) is text, to keep the
//!   zeros; six-digit codes with leading zeros are ISTAT codes.

mod parse;
mod reader;
mod sniff;
mod split;
mod xlsx;

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use parse::looks_like_note;
pub use reader::{KnownComuni, Reader};
pub use sniff::{preview_with, sniff};
pub use xlsx::{XlsxLimits, is_zip, xlsx_sheets, xlsx_to_csv};

/// How much of the start of a file [`sniff`] looks at; a longer head is cut
/// to this length.
pub const HEAD_BYTES: usize = 1 << 20;

/// The widest table accepted.
pub const MAX_COLUMNS: usize = 500;

/// The longest cell accepted, in characters.
pub const MAX_CELL_CHARS: usize = 10_000;

/// How many data rows a [`Preview`] shows.
pub const SAMPLE_ROWS: usize = 20;

/// How many problems a [`Preview`] lists at most.
pub const MAX_PROBLEMS: usize = 20;

/// The character encoding of a text file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Encoding {
    #[serde(rename = "utf-8")]
    Utf8,
    /// Also used for Latin-1 (ISO-8859-1) files: Windows-1252 differs from
    /// it only in characters that Latin-1 files do not use.
    #[serde(rename = "windows-1252")]
    Windows1252,
}

impl Encoding {
    pub const ALL: [Encoding; 2] = [Encoding::Utf8, Encoding::Windows1252];

    /// The encoding's WHATWG label, also its form value.
    pub const fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Windows1252 => "windows-1252",
        }
    }

    fn decoder(self) -> encoding_rs::Decoder {
        match self {
            Encoding::Utf8 => encoding_rs::UTF_8.new_decoder_with_bom_removal(),
            Encoding::Windows1252 => encoding_rs::WINDOWS_1252.new_decoder_without_bom_handling(),
        }
    }
}

impl FromStr for Encoding {
    type Err = TableError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "windows-1252" | "cp1252" | "latin1" | "iso-8859-1" => Ok(Encoding::Windows1252),
            _ => Err(TableError::Settings),
        }
    }
}

/// How numbers are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecimalStyle {
    /// `1.234,5` is 1234.5: the Italian way.
    Comma,
    /// `1,234.5` is 1234.5.
    Point,
}

impl DecimalStyle {
    pub const ALL: [DecimalStyle; 2] = [DecimalStyle::Comma, DecimalStyle::Point];

    pub const fn as_str(self) -> &'static str {
        match self {
            DecimalStyle::Comma => "comma",
            DecimalStyle::Point => "point",
        }
    }
}

impl FromStr for DecimalStyle {
    type Err = TableError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "comma" => Ok(DecimalStyle::Comma),
            "point" => Ok(DecimalStyle::Point),
            _ => Err(TableError::Settings),
        }
    }
}

/// What a column holds, which decides how its cells are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnType {
    /// Whole numbers, with thousands separators allowed.
    Integer,
    /// Numbers with decimals; percentages (`12,5%`) are read as 12.5.
    Decimal,
    /// A year, four digits.
    Year,
    /// A date: `YYYY-MM-DD`, `DD/MM/YYYY`, `DD-MM-YYYY` or `DD.MM.YYYY`.
    Date,
    /// A comune's ISTAT code: six digits, the leading zeros kept (`006003`);
    /// a shorter code, as spreadsheets leave it after dropping the zeros,
    /// is padded back to six digits.
    IstatCode,
    /// Anything else, kept as written.
    Text,
}

impl ColumnType {
    pub const ALL: [ColumnType; 6] = [
        ColumnType::Integer,
        ColumnType::Decimal,
        ColumnType::Year,
        ColumnType::Date,
        ColumnType::IstatCode,
        ColumnType::Text,
    ];

    /// The type's name, as in JSON and form values.
    pub const fn as_str(self) -> &'static str {
        match self {
            ColumnType::Integer => "integer",
            ColumnType::Decimal => "decimal",
            ColumnType::Year => "year",
            ColumnType::Date => "date",
            ColumnType::IstatCode => "istat_code",
            ColumnType::Text => "text",
        }
    }

    /// Fluent message id of the type's name.
    pub const fn label(self) -> &'static str {
        match self {
            ColumnType::Integer => "table-type-integer",
            ColumnType::Decimal => "table-type-decimal",
            ColumnType::Year => "table-type-year",
            ColumnType::Date => "table-type-date",
            ColumnType::IstatCode => "table-type-istat-code",
            ColumnType::Text => "table-type-text",
        }
    }
}

impl fmt::Display for ColumnType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ColumnType {
    type Err = TableError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ColumnType::ALL
            .into_iter()
            .find(|kind| kind.as_str() == s)
            .ok_or(TableError::Settings)
    }
}

/// A column: its name as in the header (or as the user renamed it) and its
/// type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    pub kind: ColumnType,
}

/// How to read a file. [`sniff`] guesses them, the user corrects them, and
/// the web layer keeps them (as JSON) between the preview and the import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub encoding: Encoding,
    /// `b','`, `b';'` or `b'\t'`.
    pub delimiter: u8,
    /// How many physical lines come before the header (title lines, blank
    /// lines): the header is the first non-blank line after them.
    pub header_row: usize,
    pub decimal: DecimalStyle,
    pub columns: Vec<Column>,
}

/// The delimiters a file may use.
pub const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

impl Settings {
    /// Checks settings that came back from a form: the delimiter is one of
    /// [`DELIMITERS`], there are 1 to [`MAX_COLUMNS`] columns, and their
    /// names are not empty and differ from each other.
    pub fn validate(&self) -> Result<(), TableError> {
        if !DELIMITERS.contains(&self.delimiter) {
            return Err(TableError::Settings);
        }
        if self.columns.is_empty() {
            return Err(TableError::Settings);
        }
        if self.columns.len() > MAX_COLUMNS {
            return Err(TableError::TooManyColumns);
        }
        check_names(self.columns.iter().map(|c| c.name.as_str()))
    }
}

/// Refuses empty names and names that repeat (ignoring case).
fn check_names<'a>(names: impl Iterator<Item = &'a str>) -> Result<(), TableError> {
    let mut seen = std::collections::HashSet::new();
    for name in names {
        if name.trim().is_empty() {
            return Err(TableError::Settings);
        }
        if !seen.insert(name.trim().to_lowercase()) {
            return Err(TableError::DuplicateColumn(name.trim().to_owned()));
        }
    }
    Ok(())
}

/// What [`sniff`] and [`preview_with`] saw at the start of a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Preview {
    pub settings: Settings,
    /// The first data rows (at most [`SAMPLE_ROWS`]), one text per column,
    /// trimmed, as decoded from the file.
    pub sample: Vec<Vec<String>>,
    /// How many data rows the head of the file holds (ragged ones included,
    /// footer lines not).
    pub rows_seen: usize,
    /// Fluent ids of things noticed, e.g. `table-note-footer-skipped`.
    pub notes: Vec<&'static str>,
    /// The first rows of the head (at most [`MAX_PROBLEMS`]) that the import
    /// would refuse with these settings, so the user can fix them before.
    pub problems: Vec<RowError>,
}

/// A typed cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Missing,
    Integer(i64),
    Decimal(f64),
    Year(i32),
    Date(jiff::civil::Date),
    Code(String),
    Text(String),
}

impl Value {
    /// The value as JSON: null, a number, a `YYYY-MM-DD` string or a string.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as Json;
        match self {
            Value::Missing => Json::Null,
            Value::Integer(n) => Json::from(*n),
            Value::Decimal(x) => serde_json::Number::from_f64(*x).map_or(Json::Null, Json::Number),
            Value::Year(y) => Json::from(*y),
            Value::Date(d) => Json::String(d.to_string()),
            Value::Code(s) | Value::Text(s) => Json::String(s.clone()),
        }
    }

    /// The value as plain text: empty when missing, numbers with a point
    /// and no thousands separators, dates as `YYYY-MM-DD`. Formatting for
    /// readers is the web layer's job.
    pub fn display(&self) -> String {
        match self {
            Value::Missing => String::new(),
            Value::Integer(n) => n.to_string(),
            Value::Decimal(x) => x.to_string(),
            Value::Year(y) => y.to_string(),
            Value::Date(d) => d.to_string(),
            Value::Code(s) | Value::Text(s) => s.clone(),
        }
    }

    /// The value as a number, for charts and sums; `None` for text, codes,
    /// dates and missing values.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Integer(n) => Some(*n as f64),
            Value::Decimal(x) => Some(*x),
            Value::Year(y) => Some(f64::from(*y)),
            Value::Missing | Value::Date(_) | Value::Code(_) | Value::Text(_) => None,
        }
    }

    pub fn is_missing(&self) -> bool {
        matches!(self, Value::Missing)
    }
}

/// Why a row was refused. The import stops at the first one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct RowError {
    /// The physical line (1-based) where the row starts, counting every line
    /// above it: titles, the header, blank lines.
    pub line: u64,
    /// The column's name, when the error is about one cell.
    pub column: Option<String>,
    /// The cell as written, cut to 80 characters.
    pub value: Option<String>,
    /// Fluent message id, `table-error-…`.
    pub message: &'static str,
}

impl RowError {
    fn new(line: u64, message: &'static str) -> RowError {
        RowError {
            line,
            column: None,
            value: None,
            message,
        }
    }

    fn cell(line: u64, column: &str, value: &str, message: &'static str) -> RowError {
        RowError {
            line,
            column: Some(column.to_owned()),
            value: Some(cut(value.trim(), 80)),
            message,
        }
    }
}

/// The first `max` characters of `s`, the last one an ellipsis when cut.
fn cut(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_owned(),
        Some(_) => {
            let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
            out.push('…');
            out
        }
    }
}

/// Why a whole file, or the settings for it, were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is a web page")]
    Html,
    #[error("the file is not text")]
    Binary,
    #[error("the file is UTF-16 text")]
    Utf16,
    #[error("the file is not valid in the chosen encoding")]
    Encoding,
    #[error("no header line")]
    NoHeader,
    #[error("more than {MAX_COLUMNS} columns")]
    TooManyColumns,
    #[error("two columns are named {0:?}")]
    DuplicateColumn(String),
    #[error("a header cell is longer than {MAX_CELL_CHARS} characters")]
    CellTooLong,
    #[error("invalid settings")]
    Settings,
    #[error("not an XLSX workbook")]
    NotXlsx,
    #[error("the workbook is too large once uncompressed")]
    XlsxTooLarge,
    #[error("the workbook has no sheet named {0:?}")]
    NoSuchSheet(String),
    #[error("the worksheet could not be read: {0}")]
    XlsxRead(String),
}

impl TableError {
    /// Whether the file itself cannot be read as a table, whatever settings
    /// are chosen (a web page, a program, an empty file, a zip that is no
    /// workbook or too large once uncompressed): such an upload is refused
    /// and deleted at once. The others depend on the settings (the header
    /// line, the encoding) and can be corrected on the preview.
    pub fn is_unreadable(&self) -> bool {
        matches!(
            self,
            TableError::Empty
                | TableError::Html
                | TableError::Binary
                | TableError::Utf16
                | TableError::NotXlsx
                | TableError::XlsxTooLarge
                | TableError::XlsxRead(_)
        )
    }

    /// Fluent message id of the explanation.
    pub fn message(&self) -> &'static str {
        match self {
            TableError::Empty => "table-error-empty",
            TableError::Html => "table-error-html",
            TableError::Binary => "table-error-binary",
            TableError::Utf16 => "table-error-utf16",
            TableError::Encoding => "table-error-encoding",
            TableError::NoHeader => "table-error-no-header",
            TableError::TooManyColumns => "table-error-too-many-columns",
            TableError::DuplicateColumn(_) => "table-error-duplicate-column",
            TableError::CellTooLong => "table-error-cell-too-long",
            TableError::Settings => "table-error-settings",
            TableError::NotXlsx => "table-error-not-xlsx",
            TableError::XlsxTooLarge => "table-error-xlsx-too-large",
            TableError::NoSuchSheet(_) => "table-error-no-such-sheet",
            TableError::XlsxRead(_) => "table-error-xlsx-read",
        }
    }
}

/// Makes a text cell safe to put in a CSV export: a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula
/// by spreadsheet programs (CSV injection, OWASP), so it gains a leading `'`.
/// Apply it to text cells only; numbers are written as numbers.
pub fn neutralise_formula(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}
