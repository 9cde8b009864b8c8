//! Which files the intake keeps: PDF, images, office documents and plain
//! text, recognised by their content, not by the name or the type the
//! sender claims. A file whose content does not match its name is refused:
//! a `comunicato.pdf` that is really a program is the classic trap.

/// What a file was recognised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Jpeg,
    Png,
    Webp,
    /// Word, Excel, PowerPoint (OOXML).
    OfficeOpenXml,
    /// OpenDocument text, spreadsheet, presentation.
    OpenDocument,
    /// Word, Excel, PowerPoint before 2007.
    LegacyOffice,
    Rtf,
    Text,
}

impl FileKind {
    /// The content type stored and sent when the file is downloaded.
    pub fn content_type(self, extension: &str) -> &'static str {
        match (self, extension) {
            (FileKind::Pdf, _) => "application/pdf",
            (FileKind::Jpeg, _) => "image/jpeg",
            (FileKind::Png, _) => "image/png",
            (FileKind::Webp, _) => "image/webp",
            (FileKind::OfficeOpenXml, "xlsx") => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            (FileKind::OfficeOpenXml, "pptx") => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            (FileKind::OfficeOpenXml, _) => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            (FileKind::OpenDocument, "ods") => "application/vnd.oasis.opendocument.spreadsheet",
            (FileKind::OpenDocument, "odp") => "application/vnd.oasis.opendocument.presentation",
            (FileKind::OpenDocument, _) => "application/vnd.oasis.opendocument.text",
            (FileKind::LegacyOffice, "xls") => "application/vnd.ms-excel",
            (FileKind::LegacyOffice, "ppt") => "application/vnd.ms-powerpoint",
            (FileKind::LegacyOffice, _) => "application/msword",
            (FileKind::Rtf, _) => "application/rtf",
            (FileKind::Text, "csv") => "text/csv; charset=utf-8",
            (FileKind::Text, _) => "text/plain; charset=utf-8",
        }
    }

    pub fn is_image(self) -> bool {
        matches!(self, FileKind::Jpeg | FileKind::Png | FileKind::Webp)
    }

    /// The extensions a file of this kind may carry.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Jpeg => &["jpg", "jpeg"],
            FileKind::Png => &["png"],
            FileKind::Webp => &["webp"],
            FileKind::OfficeOpenXml => &["docx", "xlsx", "pptx"],
            FileKind::OpenDocument => &["odt", "ods", "odp"],
            FileKind::LegacyOffice => &["doc", "xls", "ppt"],
            FileKind::Rtf => &["rtf"],
            FileKind::Text => &["txt", "csv"],
        }
    }
}

/// Why a file was not kept. Each has a Fluent message
/// (`intake-attachment-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooLarge,
    TooMany,
    /// Neither the name nor the content is a kind the intake keeps.
    NotAllowed,
    /// The content is a kind the intake keeps, but not the one the name says.
    Mismatch,
    /// It starts as a PDF but does not open (cut short, damaged): the
    /// structural check of the web layer found it.
    Damaged,
}

impl Refusal {
    pub const fn code(self) -> &'static str {
        match self {
            Refusal::Empty => "empty",
            Refusal::TooLarge => "too-large",
            Refusal::TooMany => "too-many",
            Refusal::NotAllowed => "not-allowed",
            Refusal::Mismatch => "mismatch",
            Refusal::Damaged => "damaged",
        }
    }

    pub fn message_key(self) -> String {
        format!("intake-attachment-{}", self.code())
    }
}

/// The lower-case extension of a file name, without the dot.
pub fn extension(file_name: &str) -> String {
    file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Recognises a file by its first bytes.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    let head = &bytes[..bytes.len().min(8192)];
    if head.starts_with(b"%PDF-") {
        Some(FileKind::Pdf)
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(FileKind::Jpeg)
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(FileKind::Png)
    } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        Some(FileKind::Webp)
    } else if head.starts_with(b"PK\x03\x04") {
        // Both are zip files; they name themselves in their first entries.
        if contains(head, b"mimetypeapplication/vnd.oasis.opendocument.") {
            Some(FileKind::OpenDocument)
        } else if contains(head, b"[Content_Types].xml")
            || contains(head, b"word/")
            || contains(head, b"xl/")
            || contains(head, b"ppt/")
        {
            Some(FileKind::OfficeOpenXml)
        } else {
            None
        }
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some(FileKind::LegacyOffice)
    } else if head.starts_with(b"{\\rtf") {
        Some(FileKind::Rtf)
    } else if looks_like_text(head) {
        Some(FileKind::Text)
    } else {
        None
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// UTF-8 without NUL bytes or other binary controls. The head may end in
/// the middle of a character, which is not a reason to refuse it.
fn looks_like_text(head: &[u8]) -> bool {
    let valid = match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && e.valid_up_to() + 4 > head.len(),
    };
    valid
        && !head
            .iter()
            .any(|&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
}

/// Checks one file: its size and that its content is what its name says.
pub fn check(file_name: &str, bytes: &[u8], max_bytes: u64) -> Result<FileKind, Refusal> {
    if bytes.is_empty() {
        return Err(Refusal::Empty);
    }
    if bytes.len() as u64 > max_bytes {
        return Err(Refusal::TooLarge);
    }
    let ext = extension(file_name);
    let claimed = [
        FileKind::Pdf,
        FileKind::Jpeg,
        FileKind::Png,
        FileKind::Webp,
        FileKind::OfficeOpenXml,
        FileKind::OpenDocument,
        FileKind::LegacyOffice,
        FileKind::Rtf,
        FileKind::Text,
    ]
    .into_iter()
    .find(|k| k.extensions().contains(&ext.as_str()));
    match (claimed, sniff(bytes)) {
        (Some(claimed), Some(found)) if claimed == found => Ok(found),
        (Some(_), Some(_)) => Err(Refusal::Mismatch),
        // A name the intake keeps over content it cannot recognise: a
        // renamed program, or a damaged file.
        (Some(_), None) => Err(Refusal::Mismatch),
        (None, _) => Err(Refusal::NotAllowed),
    }
}

/// A file name safe to show and to send back in `Content-Disposition`:
/// no folders, no control characters, at most 120 characters.
pub fn safe_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>' | '|' | '*' | '?' | ':'))
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.');
    let (cut, _) = super::truncate_chars(cleaned, 120);
    if cut.is_empty() {
        "allegato".to_owned()
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MB: u64 = 1024 * 1024;

    #[test]
    fn content_must_match_the_name() {
        let pdf = b"%PDF-1.7\n1 0 obj\n".to_vec();
        let png = b"\x89PNG\r\n\x1a\n0000".to_vec();
        assert_eq!(check("comunicato.pdf", &pdf, MB), Ok(FileKind::Pdf));
        assert_eq!(check("Comunicato.PDF", &pdf, MB), Ok(FileKind::Pdf));
        assert_eq!(check("foto.pdf", &png, MB), Err(Refusal::Mismatch));
        assert_eq!(check("foto.png", &png, MB), Ok(FileKind::Png));
        assert_eq!(
            check("virus.exe", b"MZ\x90\x00", MB),
            Err(Refusal::NotAllowed)
        );
        assert_eq!(
            check("comunicato.pdf", b"MZ\x90\x00\x03", MB),
            Err(Refusal::Mismatch)
        );
        assert_eq!(
            check("nota.txt", "Città di Alessandria\n".as_bytes(), MB),
            Ok(FileKind::Text)
        );
        assert_eq!(
            check("nota.txt", b"\x00\x01\x02", MB),
            Err(Refusal::Mismatch)
        );
        assert_eq!(check("vuoto.pdf", b"", MB), Err(Refusal::Empty));
        assert_eq!(check("grande.pdf", &pdf, 4), Err(Refusal::TooLarge));
        assert_eq!(
            check("senza-estensione", &pdf, MB),
            Err(Refusal::NotAllowed)
        );
    }

    #[test]
    fn office_files_are_told_apart() {
        let odt =
            b"PK\x03\x04\x14\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text";
        let docx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00[Content_Types].xml";
        assert_eq!(check("a.odt", odt, MB), Ok(FileKind::OpenDocument));
        assert_eq!(check("a.docx", docx, MB), Ok(FileKind::OfficeOpenXml));
        assert_eq!(check("a.docx", odt, MB), Err(Refusal::Mismatch));
        // A zip that is not an office document.
        assert_eq!(
            check("a.docx", b"PK\x03\x04\x14\x00payload.bin", MB),
            Err(Refusal::Mismatch)
        );
        assert_eq!(
            FileKind::OfficeOpenXml.content_type("xlsx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
    }

    #[test]
    fn file_names_are_made_safe() {
        assert_eq!(safe_file_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_file_name("C:\\Users\\x\\bando.pdf"), "bando.pdf");
        assert_eq!(safe_file_name("a\"b\r\n.pdf"), "ab.pdf");
        assert_eq!(safe_file_name(".htaccess"), "htaccess");
        assert_eq!(safe_file_name(""), "allegato");
        assert_eq!(safe_file_name(&"x".repeat(500)).chars().count(), 120);
    }
}
