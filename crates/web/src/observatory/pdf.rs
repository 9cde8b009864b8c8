//! Reading a report's PDF: is it one, how many pages, and its text for the
//! search. Parsing runs on a blocking thread with a time limit, since a
//! large or hostile file can keep a parser busy for long.
//!
//! A file that does not start as a PDF, or that starts as one but does not
//! parse, is refused. A PDF that parses but gives no text (a scan, a file
//! protected by a password, damaged content streams) is kept, with empty
//! text: the analyst is told that the search will find it by its title and
//! abstract only.

use std::{
    panic::{AssertUnwindSafe, catch_unwind},
    time::{Duration, Instant},
};

use agoral_domain::observatory::report::{MAX_TEXT_CHARS, cap_text, is_pdf};
use lopdf::{Document, LoadOptions};

/// How long reading a file may take before its text is given up.
pub const TIME_LIMIT: Duration = Duration::from_secs(20);

/// At most this much decompressed content per stream or page: a small
/// compressed stream must not grow into gigabytes.
const MAX_DECOMPRESSED: usize = 64 * 1024 * 1024;

/// What was read from a PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// `None` when the pages could not be counted (the time ran out).
    pub page_count: Option<i64>,
    /// Capped and squeezed ([`cap_text`]); empty when no text was read.
    pub text: String,
}

/// Why a file was refused, as a Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Not a PDF at all, whatever its name.
    NotPdf,
    /// It starts as a PDF but cannot be opened.
    Damaged,
}

impl Refused {
    pub const fn message(self) -> &'static str {
        match self {
            Refused::NotPdf => "report-error-not-pdf",
            Refused::Damaged => "report-error-damaged",
        }
    }
}

/// Reads a file on a blocking thread, within `limit`. When the time runs
/// out the file is kept without text (it did start as a PDF); the thread
/// stops by itself at its own deadline, between two pages.
pub async fn read(bytes: axum::body::Bytes, limit: Duration) -> Result<Reading, Refused> {
    if !is_pdf(&bytes) {
        return Err(Refused::NotPdf);
    }
    let deadline = Instant::now() + limit;
    let task = tokio::task::spawn_blocking(move || read_blocking(&bytes, deadline));
    // A little more than the deadline: one page can run past it.
    match tokio::time::timeout(limit + Duration::from_secs(2), task).await {
        Ok(Ok(reading)) => reading,
        Ok(Err(join_error)) => {
            tracing::warn!(error = %join_error, "reading a PDF failed");
            Err(Refused::Damaged)
        }
        Err(_) => {
            tracing::warn!(limit_s = limit.as_secs(), "reading a PDF took too long");
            Ok(Reading {
                page_count: None,
                text: String::new(),
            })
        }
    }
}

/// Checks that a file is a PDF that opens, without reading its text: the
/// check a report gets, for files kept elsewhere (a partner's attachment).
/// On a blocking thread; a file that takes longer than `limit` to open is
/// given the benefit of the doubt, as [`read`] does.
pub async fn check(bytes: axum::body::Bytes, limit: Duration) -> Result<(), Refused> {
    if !is_pdf(&bytes) {
        return Err(Refused::NotPdf);
    }
    let task = tokio::task::spawn_blocking(move || open(&bytes).map(|_| ()));
    match tokio::time::timeout(limit, task).await {
        Ok(Ok(checked)) => checked,
        Ok(Err(join_error)) => {
            tracing::warn!(error = %join_error, "checking a PDF failed");
            Err(Refused::Damaged)
        }
        Err(_) => {
            tracing::warn!(limit_s = limit.as_secs(), "checking a PDF took too long");
            Ok(())
        }
    }
}

/// A PDF ends with `%%EOF` in its last kilobyte (ISO 32000-1, 7.5.5). A
/// file cut short on the way has lost it, even when the parser, which
/// rebuilds a missing cross-reference table object by object, still finds
/// its pages.
fn has_end(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    tail.windows(5).any(|window| window == b"%%EOF")
}

/// A PDF opened: the document and its pages, `None` for a file protected
/// by a password (it shows nothing before the password is given).
type Opened = Option<(Document, Vec<u32>)>;

/// Opens a PDF: it must parse and have a page. A panic of the parser is
/// caught here and means a damaged file.
fn open(bytes: &[u8]) -> Result<Opened, Refused> {
    if !is_pdf(bytes) {
        return Err(Refused::NotPdf);
    }
    if !has_end(bytes) {
        return Err(Refused::Damaged);
    }
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_DECOMPRESSED),
        ..LoadOptions::default()
    };
    let document = match catch_unwind(AssertUnwindSafe(|| {
        Document::load_mem_with_options(bytes, options)
    })) {
        Ok(Ok(document)) => document,
        Ok(Err(e)) => {
            tracing::info!(error = %e, "a PDF that does not parse");
            return Err(Refused::Damaged);
        }
        Err(_) => return Err(Refused::Damaged),
    };
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    // Any PDF without a page, other than one behind a password, is not one
    // that can be published.
    if document.trailer.has(b"Encrypt") && pages.is_empty() {
        return Ok(None);
    }
    if pages.is_empty() {
        return Err(Refused::Damaged);
    }
    Ok(Some((document, pages)))
}

/// The blocking part of [`read`]. A panic of the parser is caught: on
/// opening it means a damaged file, on a page only that page's text is lost.
pub fn read_blocking(bytes: &[u8], deadline: Instant) -> Result<Reading, Refused> {
    let Some((document, pages)) = open(bytes)? else {
        return Ok(Reading {
            page_count: None,
            text: String::new(),
        });
    };
    let mut text = String::new();
    // Somewhat more than the cap, as extraction leaves runs of spaces.
    let enough = MAX_TEXT_CHARS * 2;
    for page in &pages {
        if Instant::now() >= deadline || text.len() >= enough {
            break;
        }
        let extracted = catch_unwind(AssertUnwindSafe(|| {
            document.extract_text_with_limit(&[*page], MAX_DECOMPRESSED)
        }));
        if let Ok(Ok(page_text)) = extracted {
            text.push_str(&page_text);
            text.push('\n');
        }
    }
    Ok(Reading {
        page_count: Some(pages.len() as i64),
        text: cap_text(&text),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-page PDF whose page shows `words`, with a correct
    /// cross-reference table.
    fn one_page_pdf(words: &str) -> Vec<u8> {
        let content = format!("BT /F1 12 Tf 72 720 Td ({words}) Tj ET");
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
             /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
                .to_owned(),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
            format!(
                "<< /Length {} >>\nstream\n{content}\nendstream",
                content.len()
            ),
        ];
        let mut pdf = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        for (i, object) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
        }
        let xref = pdf.len();
        pdf.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
        );
        for offset in offsets {
            pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        pdf.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        pdf
    }

    fn later() -> Instant {
        Instant::now() + Duration::from_secs(30)
    }

    #[test]
    fn reads_pages_and_text() {
        let reading =
            read_blocking(&one_page_pdf("Rapporto sui braccianti"), later()).expect("a PDF");
        assert_eq!(reading.page_count, Some(1));
        assert!(reading.text.contains("braccianti"), "{reading:?}");
    }

    #[test]
    fn refuses_what_is_not_a_pdf() {
        for bytes in [
            &b"<html><body>%PDF-1.4</body></html>"[..],
            b"PK\x03\x04 a zip",
            b"",
        ] {
            assert_eq!(read_blocking(bytes, later()), Err(Refused::NotPdf));
        }
        assert_eq!(
            read_blocking(b"%PDF-1.7\nnothing else at all", later()),
            Err(Refused::Damaged)
        );
    }

    #[test]
    fn a_pdf_cut_short_is_refused() {
        let whole = one_page_pdf("Comunicato stampa");
        assert_eq!(open(&whole).map(|o| o.is_some()), Ok(true));
        for keep in [whole.len() * 3 / 4, whole.len() / 2, 40] {
            assert_eq!(
                open(&whole[..keep]).map(|_| ()),
                Err(Refused::Damaged),
                "cut at {keep} of {}",
                whole.len()
            );
        }
    }

    #[test]
    fn a_pdf_without_text_is_kept_with_none() {
        let reading = read_blocking(&one_page_pdf(""), later()).expect("a PDF");
        assert_eq!(reading.page_count, Some(1));
        assert_eq!(reading.text, "");
    }

    #[test]
    fn past_the_deadline_the_text_is_given_up() {
        let reading = read_blocking(&one_page_pdf("parole"), Instant::now()).expect("a PDF");
        assert_eq!(reading.text, "");
        assert_eq!(reading.page_count, Some(1));
    }
}
