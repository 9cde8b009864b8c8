//! XLSX workbooks turned into CSV text, which then goes through the same
//! sniffing and reading as any CSV file.
//!
//! A workbook is a zip archive, and a small archive can hold an enormous
//! sheet. Before calamine opens anything, the archive's central directory
//! is read here and the workbook refused when the sizes it declares are too
//! large (the `zip` crate under calamine then refuses to inflate an entry
//! past its declared size, so the declared sizes are a real bound). The
//! sheet is read as a stream of cells, never as calamine's dense `Range`,
//! which one far-away cell (`XFD1048576`) would make billions of cells
//! large.

use std::borrow::Cow;
use std::io::Cursor;

use calamine::{DataRef, ExcelDateTime, Xlsx};
use serde::{Deserialize, Serialize};

use super::{MAX_COLUMNS, TableError};

/// How large a workbook may be once uncompressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct XlsxLimits {
    /// The sum of the uncompressed sizes of the archive's entries.
    pub max_uncompressed: u64,
    /// Entries in the archive.
    pub max_entries: u64,
    /// The largest compression ratio for an entry larger than
    /// `ratio_above` bytes once uncompressed.
    pub max_ratio: u64,
    pub ratio_above: u64,
}

impl Default for XlsxLimits {
    /// 200 MiB in all, 10,000 entries, and no entry above 10 MiB compressed
    /// more than 100 to 1 (XML compresses about 10 to 1).
    fn default() -> Self {
        XlsxLimits {
            max_uncompressed: 200 << 20,
            max_entries: 10_000,
            max_ratio: 100,
            ratio_above: 10 << 20,
        }
    }
}

/// The last row of a worksheet (Excel's limit), 0-based.
const MAX_ROW: u32 = 1_048_575;

/// Whether `bytes` start like a zip archive (an XLSX workbook, or another
/// Office file), so an upload can be sent to [`xlsx_to_csv`] rather than to
/// [`super::sniff`].
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The names of the workbook's sheets, in order, checked against the
/// default [`XlsxLimits`].
pub fn xlsx_sheets(bytes: &[u8]) -> Result<Vec<String>, TableError> {
    use calamine::Reader as _;
    Ok(open(bytes, &XlsxLimits::default())?.sheet_names())
}

/// Turns a worksheet (the first one when `sheet` is `None`) into UTF-8 CSV
/// with `,` as the delimiter. Line N of the CSV is row N of the sheet
/// (blank lines stand for empty rows), unless a cell above holds a line
/// break. The columns run from the first to the last column with a value.
/// Cells are written as text: numbers with a point, without exponent and
/// without `.0` for whole numbers, rounded to 15 significant digits as
/// Excel shows them; dates as `YYYY-MM-DD` (with ` HH:MM:SS` when they
/// have a time); booleans as `TRUE`/`FALSE`; error values (`#N/A`) as
/// empty cells.
pub fn xlsx_to_csv(
    bytes: &[u8],
    sheet: Option<&str>,
    limits: XlsxLimits,
) -> Result<Vec<u8>, TableError> {
    use calamine::Reader as _;
    let mut workbook = open(bytes, &limits)?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .into_iter()
            .find(|n| n == wanted)
            .ok_or_else(|| TableError::NoSuchSheet(wanted.to_owned()))?,
        None => names
            .into_iter()
            .next()
            .ok_or_else(|| TableError::NoSuchSheet(String::new()))?,
    };

    // First pass: where the values are, so that every line gets the same
    // number of cells.
    let mut bounds: Option<(u32, u32)> = None;
    let mut last_row = 0;
    {
        let mut cells = workbook.worksheet_cells_reader(&name).map_err(read_error)?;
        while let Some(cell) = cells.next_cell().map_err(read_error)? {
            if cell_text(cell.get_value()).is_none() {
                continue;
            }
            let (row, column) = cell.get_position();
            if row > MAX_ROW {
                return Err(TableError::XlsxTooLarge);
            }
            if row < last_row {
                return Err(TableError::XlsxRead("rows out of order".to_owned()));
            }
            last_row = row;
            bounds = Some(bounds.map_or((column, column), |(first, last)| {
                (first.min(column), last.max(column))
            }));
        }
    }
    let Some((first_column, last_column)) = bounds else {
        return Ok(Vec::new());
    };
    if usize::try_from(last_column - first_column).map_or(true, |w| w >= MAX_COLUMNS) {
        return Err(TableError::TooManyColumns);
    }

    // Second pass: the text.
    let mut out = Vec::new();
    let mut row_cells: Vec<(u32, String)> = Vec::new();
    let mut current: Option<u32> = None;
    let mut next_line = 0;
    let mut cells = workbook.worksheet_cells_reader(&name).map_err(read_error)?;
    while let Some(cell) = cells.next_cell().map_err(read_error)? {
        let Some(text) = cell_text(cell.get_value()) else {
            continue;
        };
        let (row, column) = cell.get_position();
        if current != Some(row) {
            if let Some(done) = current {
                write_row(&mut out, &mut row_cells, first_column, last_column);
                next_line = done + 1;
            }
            let gap = usize::try_from(row.saturating_sub(next_line)).unwrap_or(0);
            out.resize(out.len() + gap, b'\n');
            current = Some(row);
        }
        row_cells.push((column, text.into_owned()));
    }
    if current.is_some() {
        write_row(&mut out, &mut row_cells, first_column, last_column);
    }
    Ok(out)
}

fn read_error(e: calamine::XlsxError) -> TableError {
    TableError::XlsxRead(e.to_string())
}

fn open<'a>(bytes: &'a [u8], limits: &XlsxLimits) -> Result<Xlsx<Cursor<&'a [u8]>>, TableError> {
    check_archive(bytes, limits)?;
    calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| TableError::NotXlsx)
}

/// Writes one row's cells (in any order) as a CSV line from `first` to
/// `last` column.
fn write_row(out: &mut Vec<u8>, cells: &mut Vec<(u32, String)>, first: u32, last: u32) {
    cells.sort_by_key(|(column, _)| *column);
    let mut next = cells.iter().peekable();
    for column in first..=last {
        if column > first {
            out.push(b',');
        }
        while next.peek().is_some_and(|(c, _)| *c < column) {
            next.next();
        }
        if let Some((_, text)) = next.next_if(|(c, _)| *c == column) {
            write_field(out, text);
        }
    }
    out.push(b'\n');
    cells.clear();
}

fn write_field(out: &mut Vec<u8>, text: &str) {
    if !text.contains([',', '"', '\n', '\r']) {
        out.extend_from_slice(text.as_bytes());
        return;
    }
    out.push(b'"');
    for part in text.split_inclusive('"') {
        out.extend_from_slice(part.as_bytes());
        if part.ends_with('"') {
            out.push(b'"');
        }
    }
    out.push(b'"');
}

/// A cell's text, or `None` for empty cells, blank text and error values.
fn cell_text<'a>(value: &'a DataRef<'_>) -> Option<Cow<'a, str>> {
    let text: Cow<'a, str> = match value {
        DataRef::Empty | DataRef::Error(_) => return None,
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
            let s = s.strip_suffix("T00:00:00").unwrap_or(s);
            Cow::Borrowed(s)
        }
        DataRef::SharedString(s) => Cow::Borrowed(*s),
        DataRef::Int(n) => Cow::Owned(n.to_string()),
        DataRef::Float(x) => Cow::Owned(format_number(*x)?),
        DataRef::Bool(b) => Cow::Borrowed(if *b { "TRUE" } else { "FALSE" }),
        DataRef::DateTime(dt) => Cow::Owned(format_datetime(dt)),
    };
    if text.trim().is_empty() {
        None
    } else {
        Some(text)
    }
}

/// A number as Excel shows it: 15 significant digits, no exponent, no
/// `.0` on whole numbers.
fn format_number(x: f64) -> Option<String> {
    if !x.is_finite() {
        return None;
    }
    let rounded: f64 = format!("{x:.14e}").parse().unwrap_or(x);
    if rounded == 0.0 {
        return Some("0".to_owned());
    }
    if rounded.fract() == 0.0 && rounded.abs() < 1e15 {
        return Some((rounded as i64).to_string());
    }
    Some(rounded.to_string())
}

fn format_datetime(dt: &ExcelDateTime) -> String {
    let (year, month, day, hour, minute, second, milli) = dt.to_ymd_hms_milli();
    if dt.is_duration() {
        // A length of time: hours may pass 24.
        let seconds = (dt.as_f64() * 86_400.0).round() as i64;
        return format!(
            "{}:{:02}:{:02}",
            seconds / 3600,
            (seconds / 60 % 60).abs(),
            (seconds % 60).abs()
        );
    }
    let time = (hour, minute, second, milli) != (0, 0, 0, 0);
    if (0.0..1.0).contains(&dt.as_f64()) {
        return format!("{hour:02}:{minute:02}:{second:02}");
    }
    if time {
        format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}")
    } else {
        format!("{year:04}-{month:02}-{day:02}")
    }
}

const LOCAL_HEADER: &[u8] = b"PK\x03\x04";
const CENTRAL_HEADER: &[u8] = b"PK\x01\x02";
const END_RECORD: &[u8] = b"PK\x05\x06";
const ZIP64_LOCATOR: &[u8] = b"PK\x06\x07";
const ZIP64_END_RECORD: &[u8] = b"PK\x06\x06";
const END_RECORD_LEN: usize = 22;

fn u16_at(bytes: &[u8], at: usize) -> Option<u64> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u64::from(u16::from_le_bytes([b[0], b[1]])))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u64> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    let b: [u8; 8] = bytes.get(at..at.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(b))
}

fn signature_at(bytes: &[u8], at: usize, signature: &[u8]) -> bool {
    at.checked_add(4)
        .and_then(|end| bytes.get(at..end))
        .is_some_and(|b| b == signature)
}

/// Checks the sizes a zip archive declares against `limits` (APPNOTE 6.3:
/// the end of central directory record, its ZIP64 version, the central
/// directory headers and their ZIP64 extra fields). Every end record found
/// in the archive's last 64 KiB is checked, not only the one a zip reader
/// would choose, so that no reader can be steered to an unchecked
/// directory; an archive that cannot be read this way is refused.
fn check_archive(bytes: &[u8], limits: &XlsxLimits) -> Result<(), TableError> {
    if !bytes.starts_with(LOCAL_HEADER) {
        return Err(TableError::NotXlsx);
    }
    let last = bytes
        .len()
        .checked_sub(END_RECORD_LEN)
        .ok_or(TableError::NotXlsx)?;
    let lowest = last.saturating_sub(usize::from(u16::MAX));
    let mut found = false;
    for at in (lowest..=last).rev() {
        if signature_at(bytes, at, END_RECORD) {
            found = true;
            check_directory(bytes, at, limits)?;
        }
    }
    if found {
        Ok(())
    } else {
        Err(TableError::NotXlsx)
    }
}

fn check_directory(bytes: &[u8], end: usize, limits: &XlsxLimits) -> Result<(), TableError> {
    let bad = || TableError::NotXlsx;
    let mut entries = u16_at(bytes, end + 10).ok_or_else(bad)?;
    let mut size = u32_at(bytes, end + 12).ok_or_else(bad)?;
    let mut offset = u32_at(bytes, end + 16).ok_or_else(bad)?;
    let mut record = end;
    if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
        let locator = end.checked_sub(20).ok_or_else(bad)?;
        if !signature_at(bytes, locator, ZIP64_LOCATOR) {
            return Err(bad());
        }
        record = usize::try_from(u64_at(bytes, locator + 8).ok_or_else(bad)?).map_err(|_| bad())?;
        if !signature_at(bytes, record, ZIP64_END_RECORD) {
            return Err(bad());
        }
        entries = u64_at(bytes, record + 32).ok_or_else(bad)?;
        size = u64_at(bytes, record + 40).ok_or_else(bad)?;
        offset = u64_at(bytes, record + 48).ok_or_else(bad)?;
    }
    if entries > limits.max_entries {
        return Err(TableError::XlsxTooLarge);
    }
    // The directory is where the record says, or, when something was put in
    // front of the archive, right before the record.
    let start = [
        usize::try_from(offset).ok(),
        usize::try_from(size)
            .ok()
            .and_then(|s| record.checked_sub(s)),
    ]
    .into_iter()
    .flatten()
    .find(|&at| signature_at(bytes, at, CENTRAL_HEADER))
    .ok_or_else(bad)?;

    let mut at = start;
    let mut total: u64 = 0;
    for _ in 0..entries {
        if !signature_at(bytes, at, CENTRAL_HEADER) {
            return Err(bad());
        }
        let mut compressed = u32_at(bytes, at + 20).ok_or_else(bad)?;
        let mut uncompressed = u32_at(bytes, at + 24).ok_or_else(bad)?;
        let name_len =
            usize::try_from(u16_at(bytes, at + 28).ok_or_else(bad)?).map_err(|_| bad())?;
        let extra_len =
            usize::try_from(u16_at(bytes, at + 30).ok_or_else(bad)?).map_err(|_| bad())?;
        let comment_len =
            usize::try_from(u16_at(bytes, at + 32).ok_or_else(bad)?).map_err(|_| bad())?;
        if uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF {
            let extra_start = at + 46 + name_len;
            let extra = bytes
                .get(extra_start..extra_start + extra_len)
                .ok_or_else(bad)?;
            (uncompressed, compressed) =
                zip64_sizes(extra, uncompressed, compressed).ok_or_else(bad)?;
        }
        if uncompressed > limits.ratio_above
            && uncompressed > compressed.saturating_mul(limits.max_ratio)
        {
            return Err(TableError::XlsxTooLarge);
        }
        total = total.saturating_add(uncompressed);
        if total > limits.max_uncompressed {
            return Err(TableError::XlsxTooLarge);
        }
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(())
}

/// The sizes from a ZIP64 extended information extra field (id 1), which
/// holds, in order, only the sizes whose 32-bit field is full.
fn zip64_sizes(mut extra: &[u8], uncompressed: u64, compressed: u64) -> Option<(u64, u64)> {
    while extra.len() >= 4 {
        let id = u16_at(extra, 0)?;
        let len = usize::try_from(u16_at(extra, 2)?).ok()?;
        let data = extra.get(4..4 + len)?;
        if id == 1 {
            let mut at = 0;
            let mut read = |value: u64| {
                if value != 0xFFFF_FFFF {
                    return Some(value);
                }
                let v = u64_at(data, at)?;
                at += 8;
                Some(v)
            };
            let uncompressed = read(uncompressed)?;
            let compressed = read(compressed)?;
            return Some((uncompressed, compressed));
        }
        extra = extra.get(4 + len..)?;
    }
    None
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &byte in data {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                let mask = (crc & 1).wrapping_neg();
                crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
            }
        }
        !crc
    }

    /// A zip archive with the entries stored, not compressed. `claim`
    /// replaces an entry's declared uncompressed size.
    pub(crate) fn stored_zip(entries: &[(&str, &[u8])], claim: Option<(&str, u32)>) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for (name, data) in entries {
            let offset = u32::try_from(out.len()).expect("small");
            let crc = crc32(data);
            let size = u32::try_from(data.len()).expect("small");
            let declared = match claim {
                Some((n, claimed)) if n == *name => claimed,
                _ => size,
            };
            let name_len = u16::try_from(name.len()).expect("short");
            out.extend_from_slice(LOCAL_HEADER);
            for v in [20u16, 0, 0, 0, 0x21] {
                out.extend_from_slice(&v.to_le_bytes());
            }
            for v in [crc, size, declared] {
                out.extend_from_slice(&v.to_le_bytes());
            }
            out.extend_from_slice(&name_len.to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(data);

            central.extend_from_slice(CENTRAL_HEADER);
            for v in [20u16, 20, 0, 0, 0, 0x21] {
                central.extend_from_slice(&v.to_le_bytes());
            }
            for v in [crc, size, declared] {
                central.extend_from_slice(&v.to_le_bytes());
            }
            for v in [name_len, 0, 0, 0, 0] {
                central.extend_from_slice(&v.to_le_bytes());
            }
            central.extend_from_slice(&0u32.to_le_bytes());
            central.extend_from_slice(&offset.to_le_bytes());
            central.extend_from_slice(name.as_bytes());
        }
        let central_offset = u32::try_from(out.len()).expect("small");
        let central_size = u32::try_from(central.len()).expect("small");
        let count = u16::try_from(entries.len()).expect("few");
        out.extend_from_slice(&central);
        out.extend_from_slice(END_RECORD);
        for v in [0u16, 0, count, count] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&central_size.to_le_bytes());
        out.extend_from_slice(&central_offset.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out
    }

    const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;

    const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

    const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Dati" sheetId="1" r:id="rId1"/><sheet name="Note" sheetId="2" r:id="rId2"/></sheets></workbook>"#;

    const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>"#;

    const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#;

    const SHARED_STRINGS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6"><si><t>codice_istat</t></si><si><t>comune</t></si><si><t>data</t></si><si><t>valore</t></si><si><t>Città, "nuova"</t></si><si><t>006003</t></si></sst>"#;

    /// Row 1 a title, row 2 empty, row 3 the header (from column B), rows
    /// 4 and 5 data: shared and inline strings, numbers, a date, an error.
    const SHEET1: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>Tavola 1</t></is></c></row><row r="3"><c r="B3" t="s"><v>0</v></c><c r="C3" t="s"><v>1</v></c><c r="D3" t="s"><v>2</v></c><c r="E3" t="s"><v>3</v></c></row><row r="4"><c r="B4" t="s"><v>5</v></c><c r="C4" t="s"><v>4</v></c><c r="D4" s="1"><v>45200</v></c><c r="E4"><v>1234.5</v></c></row><row r="5"><c r="B5" t="inlineStr"><is><t>006001</t></is></c><c r="C5" t="inlineStr"><is><t>Acqui Terme</t></is></c><c r="D5" s="1"><v>45201</v></c><c r="E5"><v>20054</v></c><c r="F5" t="e"><v>#N/A</v></c></row><row r="6"><c r="E6"><v>0.30000000000000004</v></c><c r="B6" t="b"><v>1</v></c></row></sheetData></worksheet>"#;

    const SHEET2: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>nota</t></is></c></row></sheetData></worksheet>"#;

    pub(crate) fn workbook(sheet1: &str) -> Vec<u8> {
        stored_zip(
            &[
                ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
                ("_rels/.rels", ROOT_RELS.as_bytes()),
                ("xl/workbook.xml", WORKBOOK.as_bytes()),
                ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
                ("xl/styles.xml", STYLES.as_bytes()),
                ("xl/sharedStrings.xml", SHARED_STRINGS.as_bytes()),
                ("xl/worksheets/sheet1.xml", sheet1.as_bytes()),
                ("xl/worksheets/sheet2.xml", SHEET2.as_bytes()),
            ],
            None,
        )
    }

    #[test]
    fn crc32_of_a_known_text() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn sheets_and_csv() {
        let bytes = workbook(SHEET1);
        assert!(is_zip(&bytes));
        assert_eq!(
            xlsx_sheets(&bytes),
            Ok(vec!["Dati".to_owned(), "Note".to_owned()])
        );
        let csv = xlsx_to_csv(&bytes, None, XlsxLimits::default()).expect("csv");
        assert_eq!(
            String::from_utf8(csv).expect("utf-8"),
            "Tavola 1,,,\n\
             \n\
             codice_istat,comune,data,valore\n\
             006003,\"Città, \"\"nuova\"\"\",2023-10-01,1234.5\n\
             006001,Acqui Terme,2023-10-02,20054\n\
             TRUE,,,0.3\n"
        );
        let csv = xlsx_to_csv(&bytes, Some("Note"), XlsxLimits::default()).expect("csv");
        assert_eq!(csv, b"nota\n");
        assert_eq!(
            xlsx_to_csv(&bytes, Some("Altro"), XlsxLimits::default()),
            Err(TableError::NoSuchSheet("Altro".to_owned()))
        );
    }

    #[test]
    fn numbers_as_excel_shows_them() {
        for (x, text) in [
            (20054.0, "20054"),
            (-3.0, "-3"),
            (-0.0, "0"),
            (1234.5, "1234.5"),
            (0.1 + 0.2, "0.3"),
            (1e20, "100000000000000000000"),
            (1.5e-7, "0.00000015"),
            (123_456_789_012.25, "123456789012.25"),
        ] {
            assert_eq!(format_number(x).as_deref(), Some(text), "{x}");
        }
        assert_eq!(format_number(f64::NAN), None);
    }

    #[test]
    fn far_away_cells_do_not_blow_up() {
        let sheet = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row></sheetData></worksheet>"#;
        assert_eq!(
            xlsx_to_csv(&workbook(sheet), None, XlsxLimits::default()),
            Err(TableError::TooManyColumns)
        );
        let sheet = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="A1048576"><v>2</v></c></row></sheetData></worksheet>"#;
        let csv = xlsx_to_csv(&workbook(sheet), None, XlsxLimits::default()).expect("csv");
        assert_eq!(csv.len(), 1_048_576 + 2);
        let sheet = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="5000000"><c r="A5000000"><v>2</v></c></row></sheetData></worksheet>"#;
        assert_eq!(
            xlsx_to_csv(&workbook(sheet), None, XlsxLimits::default()),
            Err(TableError::XlsxTooLarge)
        );
    }

    #[test]
    fn zip_bombs_are_refused_before_inflating() {
        let bomb = stored_zip(
            &[
                ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
                ("xl/worksheets/sheet1.xml", b"<x/>"),
            ],
            Some(("xl/worksheets/sheet1.xml", 0xFFFF_FFF0)),
        );
        assert_eq!(xlsx_sheets(&bomb), Err(TableError::XlsxTooLarge));
        // Within the total, but compressed 1000 to 1.
        let limits = XlsxLimits {
            max_uncompressed: u64::MAX,
            ..XlsxLimits::default()
        };
        let ratio = stored_zip(&[("a.xml", &[b' '; 20_000])], Some(("a.xml", 20_000_000)));
        assert_eq!(
            check_archive(&ratio, &limits),
            Err(TableError::XlsxTooLarge)
        );
        let fine = stored_zip(&[("a.xml", &[b' '; 20_000])], None);
        assert_eq!(check_archive(&fine, &limits), Ok(()));
        let many: Vec<(String, &[u8])> = (0..12).map(|i| (format!("{i}.xml"), &b""[..])).collect();
        let many: Vec<(&str, &[u8])> = many.iter().map(|(n, d)| (n.as_str(), *d)).collect();
        let limits = XlsxLimits {
            max_entries: 10,
            ..XlsxLimits::default()
        };
        assert_eq!(
            check_archive(&stored_zip(&many, None), &limits),
            Err(TableError::XlsxTooLarge)
        );
    }

    #[test]
    fn zip64_sizes_are_read() {
        let mut extra = Vec::new();
        extra.extend_from_slice(&1u16.to_le_bytes());
        extra.extend_from_slice(&16u16.to_le_bytes());
        extra.extend_from_slice(&(5u64 << 32).to_le_bytes());
        extra.extend_from_slice(&77u64.to_le_bytes());
        assert_eq!(
            zip64_sizes(&extra, 0xFFFF_FFFF, 0xFFFF_FFFF),
            Some((5 << 32, 77))
        );
        assert_eq!(zip64_sizes(&extra, 0xFFFF_FFFF, 12), Some((5 << 32, 12)));
        assert_eq!(zip64_sizes(&[], 0xFFFF_FFFF, 12), None);
    }

    #[test]
    fn not_a_workbook() {
        assert_eq!(xlsx_sheets(b"a,b\n1,2\n"), Err(TableError::NotXlsx));
        assert_eq!(
            xlsx_sheets(b"PK\x03\x04 truncated"),
            Err(TableError::NotXlsx)
        );
        let empty_zip = stored_zip(&[("a.txt", b"hello")], None);
        assert_eq!(xlsx_sheets(&empty_zip), Err(TableError::NotXlsx));
    }
}
