//! Guessing how to read a file from its first part, and reading that part
//! again with settings the user corrected.

use super::parse::{
    Shape, convert_row, decimal_vote, infer, parse_date, parse_number, parse_year, shape,
};
use super::split::{Cells, Fields, split_all};
use super::{
    Column, DecimalStyle, Encoding, HEAD_BYTES, MAX_COLUMNS, MAX_PROBLEMS, Preview, RowError,
    SAMPLE_ROWS, Settings, TableError, check_names, split,
};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Guesses how to read a file from its head (at most [`HEAD_BYTES`]; a
/// longer head is cut) and reads a sample with the guess. `whole_file`
/// says whether `head` is the whole file; when it is not, the head may
/// stop in the middle of a line, and that line is left out.
///
/// The guess: the encoding (UTF-8 if the bytes are valid UTF-8, else
/// Windows-1252); the delimiter (`;`, tab or `,`: the one that splits the
/// most lines into the same number of cells, at least two; `;` and tab win
/// ties, as commas also appear in text); the header (the first line with
/// that number of cells, more than half of them filled, and at least one
/// that is text or a year: titles above it are skipped); the decimal style
/// (the one that reads more numbers that only it reads, else the comma for
/// `;` and tab files and the point for `,` files); and each column's type,
/// from the lines below the header (see [`ColumnType`](super::ColumnType)).
pub fn sniff(head: &[u8], whole_file: bool) -> Result<Preview, TableError> {
    let (head, whole_file) = clamp(head, whole_file);
    check_content(head)?;
    let encoding = detect_encoding(head, whole_file);
    let text = decode_head(head, encoding, whole_file)?;
    let delimiter = detect_delimiter(&text, whole_file);
    let records = split_all(&text, delimiter, whole_file);
    if records.is_empty() {
        return Err(if whole_file {
            TableError::Empty
        } else {
            TableError::NoHeader
        });
    }
    let width = dominant_width(&records);
    if width > MAX_COLUMNS {
        return Err(TableError::TooManyColumns);
    }
    // Trailing columns empty everywhere (a trailing delimiter) do not count
    // when telling a header from a title.
    let mut filled_width = width;
    while filled_width > 1
        && records
            .iter()
            .all(|r| r.cell(filled_width - 1).trim().is_empty())
    {
        filled_width -= 1;
    }
    let header = find_header(&records, width, filled_width).ok_or(TableError::NoHeader)?;
    let choice = Choice {
        encoding,
        delimiter,
        decimal: None,
        columns: None,
    };
    analyse(&records, header, &choice, whole_file)
}

/// Reads the head of a file again with `settings` as the user corrected
/// them. The columns' names come from the header line; the types the
/// settings give for those names are kept, and the others (when the user
/// changed the delimiter or the header line) are guessed again.
pub fn preview_with(
    head: &[u8],
    whole_file: bool,
    settings: &Settings,
) -> Result<Preview, TableError> {
    settings.validate()?;
    let (head, whole_file) = clamp(head, whole_file);
    check_content(head)?;
    let text = decode_head(head, settings.encoding, whole_file)?;
    let records = split_all(&text, settings.delimiter, whole_file);
    if records.is_empty() {
        return Err(if whole_file {
            TableError::Empty
        } else {
            TableError::NoHeader
        });
    }
    let after = u64::try_from(settings.header_row).unwrap_or(u64::MAX);
    let header = records
        .iter()
        .position(|r| r.line > after)
        .ok_or(TableError::NoHeader)?;
    let choice = Choice {
        encoding: settings.encoding,
        delimiter: settings.delimiter,
        decimal: Some(settings.decimal),
        columns: Some(&settings.columns),
    };
    analyse(&records, header, &choice, whole_file)
}

fn clamp(head: &[u8], whole_file: bool) -> (&[u8], bool) {
    match head.get(..HEAD_BYTES) {
        Some(cut) if head.len() > HEAD_BYTES => (cut, false),
        _ => (head, whole_file),
    }
}

/// Refuses what is not a text table: nothing but blanks, UTF-16 text, web
/// pages (a download that returned an error page), and binary files
/// (spreadsheets, archives, PDFs, anything with NUL bytes).
fn check_content(head: &[u8]) -> Result<(), TableError> {
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return Err(TableError::Utf16);
    }
    let body = head.strip_prefix(UTF8_BOM).unwrap_or(head);
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(body.len());
    let content = body.get(start..).unwrap_or_default();
    let nothing = |b: &u8| b.is_ascii_whitespace() || matches!(b, b',' | b';' | b'"');
    if content.iter().all(nothing) {
        return Err(TableError::Empty);
    }
    const SIGNATURES: [&[u8]; 6] = [
        b"PK\x03\x04",
        b"PK\x05\x06",
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        b"%PDF",
        b"\x1F\x8B",
        b"{\\rtf",
    ];
    if SIGNATURES.iter().any(|s| content.starts_with(s)) {
        return Err(TableError::Binary);
    }
    if content.starts_with(b"<") {
        let start = content.get(..1024).unwrap_or(content).to_ascii_lowercase();
        const TAGS: [&[u8]; 5] = [b"<!doctype html", b"<html", b"<table", b"<body", b"<head"];
        if TAGS
            .iter()
            .any(|tag| start.windows(tag.len()).any(|w| w == *tag))
        {
            return Err(TableError::Html);
        }
    }
    if body.contains(&0) {
        return Err(TableError::Binary);
    }
    Ok(())
}

/// UTF-8 if the head is valid UTF-8 (the last character may be cut when the
/// head is not the whole file), else Windows-1252.
fn detect_encoding(head: &[u8], whole_file: bool) -> Encoding {
    let body = head.strip_prefix(UTF8_BOM).unwrap_or(head);
    match std::str::from_utf8(body) {
        Ok(_) => Encoding::Utf8,
        Err(e) if e.error_len().is_none() && !whole_file => Encoding::Utf8,
        Err(_) => Encoding::Windows1252,
    }
}

fn decode_head(head: &[u8], encoding: Encoding, whole_file: bool) -> Result<String, TableError> {
    let body = head.strip_prefix(UTF8_BOM).unwrap_or(head);
    match encoding {
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(text) => Ok(text.to_owned()),
            Err(e) if e.error_len().is_none() && !whole_file => body
                .get(..e.valid_up_to())
                .and_then(|valid| std::str::from_utf8(valid).ok())
                .map(str::to_owned)
                .ok_or(TableError::Encoding),
            Err(_) => Err(TableError::Encoding),
        },
        Encoding::Windows1252 => Ok(encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(body)
            .0
            .into_owned()),
    }
}

/// The most common number of cells of `counts`, the larger on a tie, and
/// how many have it.
fn mode(counts: &[usize]) -> (usize, usize) {
    let mut tally = std::collections::HashMap::new();
    for &c in counts {
        *tally.entry(c).or_insert(0usize) += 1;
    }
    tally
        .into_iter()
        .max_by_key(|&(count, n)| (n, count))
        .map_or((0, 0), |(count, n)| (count, n))
}

/// The delimiter that splits the most lines into the same number of cells
/// (at least two). `;` then tab then `,` on a tie; `,` when none splits.
fn detect_delimiter(text: &str, whole_file: bool) -> u8 {
    let mut best: Option<(usize, usize, u8)> = None;
    for delimiter in [b';', b'\t', b','] {
        let counts: Vec<usize> = split_all(text, delimiter, whole_file)
            .iter()
            .map(|r| r.count)
            .collect();
        let (width, agreeing) = mode(&counts);
        if width < 2 || counts.is_empty() {
            continue;
        }
        let total = counts.len();
        // agreeing / total > best_agreeing / best_total, without division.
        let better = best.is_none_or(|(a, t, _)| agreeing * t > a * total);
        if better {
            best = Some((agreeing, total, delimiter));
        }
    }
    best.map_or(b',', |(_, _, delimiter)| delimiter)
}

/// The most common number of cells per line.
fn dominant_width(records: &[Fields]) -> usize {
    let counts: Vec<usize> = records.iter().map(|r| r.count).collect();
    mode(&counts).0
}

/// Whether a cell could name a column: text, or a year (wide tables put
/// years in the header), but not another number or a date.
fn names_a_column(s: &str) -> bool {
    if parse_year(s).is_some_and(|y| (1800..=2100).contains(&y)) {
        return true;
    }
    parse_number(s, DecimalStyle::Comma).is_none()
        && parse_number(s, DecimalStyle::Point).is_none()
        && parse_date(s).is_none()
}

/// The first line that fits `width`, has more than half of its cells
/// filled (all of them for one or two columns; trailing columns empty in
/// every line aside), and at least one cell that is text or a year (see
/// `names_a_column`). Lines above it are titles.
fn find_header(records: &[Fields], width: usize, filled_width: usize) -> Option<usize> {
    records.iter().position(|r| {
        if !matches!(shape(r, width), Shape::Fits | Shape::Note) {
            return false;
        }
        let cells: Vec<&str> = (0..filled_width).map(|i| r.cell(i).trim()).collect();
        let filled = cells.iter().filter(|c| !c.is_empty()).count();
        let enough = if filled_width <= 2 {
            filled == filled_width
        } else {
            filled * 2 > filled_width
        };
        enough && cells.iter().any(|c| !c.is_empty() && names_a_column(c))
    })
}

/// What is known of the settings before the analysis: everything but the
/// decimal style and the columns when sniffing.
struct Choice<'a> {
    encoding: Encoding,
    delimiter: u8,
    decimal: Option<DecimalStyle>,
    columns: Option<&'a [Column]>,
}

/// A column name as shown: trimmed, with runs of blanks and line breaks
/// made one space.
fn clean_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn analyse(
    records: &[Fields],
    header_index: usize,
    choice: &Choice<'_>,
    whole_file: bool,
) -> Result<Preview, TableError> {
    let mut notes = Vec::new();
    if choice.encoding == Encoding::Windows1252 {
        notes.push("table-note-windows-1252");
    }
    if !whole_file {
        notes.push("table-note-partial");
    }
    let header = records.get(header_index).ok_or(TableError::NoHeader)?;
    if header_index > 0 {
        notes.push("table-note-title-skipped");
    }
    if header.count > split::MAX_STORED_FIELDS {
        return Err(TableError::TooManyColumns);
    }
    if header.long_field.is_some() || header.cells.iter().any(|c| super::parse::too_long(c)) {
        return Err(TableError::CellTooLong);
    }
    let data = records.get(header_index + 1..).unwrap_or_default();

    // Trailing columns with neither a name nor data: a trailing delimiter.
    let mut width = header.count;
    while width > 1
        && header.cell(width - 1).trim().is_empty()
        && data.iter().all(|r| r.cell(width - 1).trim().is_empty())
    {
        width -= 1;
    }
    if width < header.count {
        notes.push("table-note-empty-columns-dropped");
    }
    if width > MAX_COLUMNS {
        return Err(TableError::TooManyColumns);
    }
    let mut names = Vec::with_capacity(width);
    for i in 0..width {
        let name = clean_name(header.cell(i));
        if name.is_empty() {
            names.push(format!("colonna_{}", i + 1));
            if !notes.contains(&"table-note-columns-named") {
                notes.push("table-note-columns-named");
            }
        } else {
            names.push(name);
        }
    }
    check_names(names.iter().map(String::as_str))?;

    // Footer lines: the short and note-like lines that end the file. When
    // the head is not the whole file they may be followed by data, so they
    // are only left out of the guess, without a note.
    let shapes: Vec<Shape> = data.iter().map(|r| shape(r, width)).collect();
    let mut end = data.len();
    while end > 0
        && shapes
            .get(end - 1)
            .is_some_and(|s| matches!(s, Shape::Short | Shape::Note | Shape::Blank))
        && data.get(end - 1).is_some_and(|r| !r.unclosed_quote)
    {
        end -= 1;
    }
    if end < data.len() && whole_file {
        notes.push("table-note-footer-skipped");
    }
    let body = data.get(..end).unwrap_or_default();
    let shapes = shapes.get(..end).unwrap_or_default();
    // The guess reads the lines that fit; a note-like line amid the data is
    // left out of it, so that it shows up as a problem rather than turning
    // its column into text.
    let rows: Vec<&Fields> = body
        .iter()
        .zip(shapes)
        .filter(|(_, s)| **s == Shape::Fits)
        .map(|(r, _)| r)
        .collect();

    let decimal = choice
        .decimal
        .unwrap_or_else(|| detect_decimal(&rows, width, choice.delimiter));
    let columns: Vec<Column> = names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let kept = choice.columns.and_then(|columns| {
                columns
                    .get(i)
                    .filter(|c| c.name == name)
                    .or_else(|| columns.iter().find(|c| c.name == name))
                    .map(|c| c.kind)
            });
            let kind = kept.unwrap_or_else(|| {
                let cells: Vec<&str> = rows.iter().map(|r| r.cell(i)).collect();
                infer(&name, &cells, decimal)
            });
            Column { name, kind }
        })
        .collect();

    let mut problems = Vec::new();
    let mut sample = Vec::new();
    let mut ragged = false;
    for (row, row_shape) in body.iter().zip(shapes) {
        if row.unclosed_quote {
            problems.push(RowError::new(row.line, "table-error-unclosed-quote"));
            continue;
        }
        match row_shape {
            Shape::Short | Shape::Long => {
                ragged = true;
                problems.push(RowError::new(row.line, "table-error-ragged"));
            }
            Shape::Fits | Shape::Note => {
                if let Err(e) = convert_row(row, &columns, decimal) {
                    problems.push(e);
                }
                if sample.len() < SAMPLE_ROWS {
                    sample.push((0..width).map(|i| row.cell(i).trim().to_owned()).collect());
                }
            }
            Shape::Blank => {}
        }
    }
    problems.truncate(MAX_PROBLEMS);
    if ragged {
        notes.push("table-note-ragged-rows");
    }
    if body.is_empty() {
        notes.push("table-note-no-data");
    }
    Ok(Preview {
        settings: Settings {
            encoding: choice.encoding,
            delimiter: choice.delimiter,
            header_row: usize::try_from(header.line.saturating_sub(1)).unwrap_or(usize::MAX),
            decimal,
            columns,
        },
        sample,
        rows_seen: body.len(),
        notes,
        problems,
    })
}

/// The decimal style more cells show unambiguously; on a tie, the comma for
/// `;` and tab files (Italian spreadsheets) and the point for `,` files.
fn detect_decimal(rows: &[&Fields], width: usize, delimiter: u8) -> DecimalStyle {
    let (mut comma, mut point) = (0usize, 0usize);
    for row in rows {
        for i in 0..width {
            match decimal_vote(row.cell(i)) {
                Some(DecimalStyle::Comma) => comma += 1,
                Some(DecimalStyle::Point) => point += 1,
                None => {}
            }
        }
    }
    match comma.cmp(&point) {
        std::cmp::Ordering::Greater => DecimalStyle::Comma,
        std::cmp::Ordering::Less => DecimalStyle::Point,
        std::cmp::Ordering::Equal if delimiter == b',' => DecimalStyle::Point,
        std::cmp::Ordering::Equal => DecimalStyle::Comma,
    }
}
