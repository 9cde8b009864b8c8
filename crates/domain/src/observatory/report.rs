//! A report of the Osservatorio: a PDF publication with its metadata
//! (title and abstract per language, authors, publication date, licence),
//! the datasets it draws on, and the text read from the file so that the
//! site search finds it by its content.

use jiff::civil::Date;

use crate::{lang::Lang, observatory::dataset::DatasetId, time::Timestamp};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReportId(pub i64);

/// The most text kept from a file, in characters: enough for a long
/// report, and little enough to be analysed again for every search.
pub const MAX_TEXT_CHARS: usize = 200_000;

/// The title and abstract of a report in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportText {
    pub title: String,
    pub abstract_text: String,
}

/// Everything an analyst sets about a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportInput {
    pub slug: String,
    pub published: bool,
    /// The date printed on the report.
    pub published_on: Date,
    /// A code of [`super::dcat::Licence`].
    pub licence: String,
    /// As credited, in one line ("Anna Rossi, Marco Bianchi").
    pub authors: String,
    /// Italian first; the other languages when translated.
    pub texts: Vec<(Lang, ReportText)>,
    /// The datasets the report draws on.
    pub datasets: Vec<DatasetId>,
}

impl ReportInput {
    /// The texts in `lang`, or in Italian when not translated.
    pub fn text(&self, lang: Lang) -> &ReportText {
        static EMPTY: ReportText = ReportText {
            title: String::new(),
            abstract_text: String::new(),
        };
        self.texts
            .iter()
            .find(|(l, t)| *l == lang && !t.title.is_empty())
            .or_else(|| self.texts.iter().find(|(l, _)| *l == Lang::It))
            .map(|(_, t)| t)
            .unwrap_or(&EMPTY)
    }
}

/// The stored PDF and what was read from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFile {
    /// The file's key in the media store.
    pub storage_key: String,
    /// The name it was uploaded with, for the download.
    pub file_name: String,
    pub byte_size: i64,
    /// `None` when the pages could not be counted.
    pub page_count: Option<i64>,
    /// The text for the search, already capped by [`cap_text`]; empty
    /// when none could be read.
    pub text: String,
}

/// A report as stored (its text is read apart, by the search only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub id: ReportId,
    pub input: ReportInput,
    pub storage_key: String,
    pub file_name: String,
    pub byte_size: i64,
    pub page_count: Option<i64>,
    /// Characters of text read from the file: 0 for a scan or a file
    /// whose text could not be read.
    pub text_length: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Report {
    /// The texts in `lang`, or in Italian when not translated.
    pub fn text(&self, lang: Lang) -> &ReportText {
        self.input.text(lang)
    }
}

/// True when the bytes start as every PDF file does. The name and the
/// declared type of an upload say nothing: this is what is checked.
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// The text read from a file as it is kept: runs of white space made one
/// space (extraction leaves many), at most [`MAX_TEXT_CHARS`] characters.
pub fn cap_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_TEXT_CHARS * 2));
    let mut count = 0;
    for word in text.split_whitespace() {
        let needed = word.chars().count() + usize::from(count > 0);
        if count + needed > MAX_TEXT_CHARS {
            break;
        }
        if count > 0 {
            out.push(' ');
        }
        out.push_str(word);
        count += needed;
    }
    out
}

/// A download name for a report's file: the address and `.pdf`, which
/// needs no quoting in a header.
pub fn download_name(slug: &str) -> String {
    format!("{slug}.pdf")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_files_are_known_by_their_first_bytes() {
        assert!(is_pdf(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"));
        for other in [
            &b""[..],
            b"%PDF",
            b"PK\x03\x04",
            b"<html>%PDF-1.4",
            b" %PDF-1.4",
        ] {
            assert!(!is_pdf(other), "{other:?}");
        }
    }

    #[test]
    fn text_is_squeezed_and_capped() {
        assert_eq!(cap_text("  a\n\n b\t c  "), "a b c");
        assert_eq!(cap_text(""), "");
        let long = "parola ".repeat(MAX_TEXT_CHARS);
        let capped = cap_text(&long);
        assert!(capped.chars().count() <= MAX_TEXT_CHARS);
        assert!(capped.chars().count() > MAX_TEXT_CHARS - 10);
        assert!(capped.ends_with("parola"), "words are not cut");
        let accented = "è".repeat(MAX_TEXT_CHARS + 5);
        assert_eq!(cap_text(&accented), "", "one word too long is left out");
    }

    #[test]
    fn texts_fall_back_to_italian() {
        let input = ReportInput {
            slug: "r".to_owned(),
            published: true,
            published_on: Date::constant(2025, 3, 1),
            licence: "cc-by-4.0".to_owned(),
            authors: String::new(),
            texts: vec![
                (
                    Lang::It,
                    ReportText {
                        title: "Rapporto".to_owned(),
                        abstract_text: String::new(),
                    },
                ),
                (
                    Lang::En,
                    ReportText {
                        title: "Report".to_owned(),
                        abstract_text: String::new(),
                    },
                ),
            ],
            datasets: Vec::new(),
        };
        assert_eq!(input.text(Lang::En).title, "Report");
        assert_eq!(input.text(Lang::Ar).title, "Rapporto");
    }
}
