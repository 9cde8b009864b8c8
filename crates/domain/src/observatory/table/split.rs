//! The CSV state machine: splits UTF-8 text into records and fields.
//!
//! It is fed text in pieces of any size and keeps its state between them, so
//! the reader can stream a file through a fixed buffer. It is written here
//! rather than taken from the `csv` crate because that crate buffers a whole
//! record without bound (one unclosed quote makes it hold the rest of the
//! file), while this one stops storing a field past `MAX_FIELD_BYTES` and a
//! record past `MAX_STORED_FIELDS`, and counts physical lines itself.
//!
//! Rules, as spreadsheet programs write and read CSV:
//! - a field that starts with `"` is quoted: delimiters and line breaks in it
//!   are text, and `""` is one quote; text after the closing quote is kept
//!   as written;
//! - a `"` inside an unquoted field is an ordinary character;
//! - a record ends at `\n`, `\r\n` or a lone `\r`; a line break inside a
//!   quoted field is kept as `\n`;
//! - an empty line makes no record at all;
//! - ASCII control characters other than tab and line breaks are dropped:
//!   exports carry stray `\x1A` end-of-file marks and `\x0B` in-cell breaks
//!   that are never data.

use super::MAX_CELL_CHARS;

/// A field is stored up to this many bytes (the longest text of
/// `MAX_CELL_CHARS` characters); past it the reader reports the cell as too
/// long, so nothing is lost silently.
pub(super) const MAX_FIELD_BYTES: usize = 4 * MAX_CELL_CHARS;

/// Fields past this many are counted but not stored: such a record is
/// ragged or too wide whatever it holds.
pub(super) const MAX_STORED_FIELDS: usize = 2 * super::MAX_COLUMNS + 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Between records: line breaks here are empty lines.
    RecordStart,
    FieldStart,
    Unquoted,
    Quoted,
    /// A `"` seen inside a quoted field: either the first of `""` or the end.
    QuoteInQuoted,
}

/// One record's fields, stored back to back in one buffer so that reading a
/// file does not allocate per field.
#[derive(Debug, Default)]
pub(super) struct Record {
    data: String,
    ends: Vec<usize>,
    /// Bytes of the field being read, stored or not.
    field_bytes: usize,
    /// The physical line (1-based) where the record starts.
    pub line: u64,
    /// Number of fields, including the ones past `MAX_STORED_FIELDS`.
    pub fields: usize,
    /// The first field that was longer than `MAX_FIELD_BYTES`.
    pub long_field: Option<usize>,
    /// The file ended inside a quoted field.
    pub unclosed_quote: bool,
    /// Some text fell in the fields past `MAX_STORED_FIELDS`.
    hidden_text: bool,
}

impl Record {
    fn clear(&mut self) {
        self.data.clear();
        self.ends.clear();
        self.field_bytes = 0;
        self.fields = 0;
        self.long_field = None;
        self.unclosed_quote = false;
        self.hidden_text = false;
    }

    /// The text of field `i`, or `""` past the stored fields.
    pub fn field(&self, i: usize) -> &str {
        let Some(&end) = self.ends.get(i) else {
            return "";
        };
        let start = match i {
            0 => 0,
            _ => self.ends.get(i - 1).copied().unwrap_or(0),
        };
        self.data.get(start..end).unwrap_or("")
    }

    /// Whether every field is empty or blank.
    pub fn is_blank(&self) -> bool {
        !self.hidden_text && self.data.trim().is_empty()
    }

    /// The bytes this record's buffers hold, to check that memory stays flat.
    #[cfg(test)]
    pub fn capacity(&self) -> usize {
        self.data.capacity() + self.ends.capacity() * std::mem::size_of::<usize>()
    }

    fn push(&mut self, text: &str) {
        if self.fields >= MAX_STORED_FIELDS {
            self.hidden_text |= !text.trim().is_empty();
            return;
        }
        let room = MAX_FIELD_BYTES.saturating_sub(self.field_bytes);
        self.field_bytes = self.field_bytes.saturating_add(text.len());
        if text.len() <= room {
            self.data.push_str(text);
            return;
        }
        let mut cut = room;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        self.data.push_str(text.get(..cut).unwrap_or(""));
        self.long_field.get_or_insert(self.fields);
    }

    fn end_field(&mut self) {
        if self.fields < MAX_STORED_FIELDS {
            self.ends.push(self.data.len());
        }
        self.fields += 1;
        self.field_bytes = 0;
    }
}

/// A record's cells, as the analysis and the conversion read them.
pub(super) trait Cells {
    /// The physical line (1-based) where the record starts.
    fn line(&self) -> u64;
    /// The number of fields, stored or not.
    fn count(&self) -> usize;
    /// The text of field `i`, or `""` past the stored fields.
    fn cell(&self, i: usize) -> &str;
    /// The first field that was too long to store whole.
    fn long_field(&self) -> Option<usize>;
}

impl Cells for Record {
    fn line(&self) -> u64 {
        self.line
    }
    fn count(&self) -> usize {
        self.fields
    }
    fn cell(&self, i: usize) -> &str {
        self.field(i)
    }
    fn long_field(&self) -> Option<usize> {
        self.long_field
    }
}

/// The splitter's memory between two pieces of text.
#[derive(Debug)]
pub(super) struct Splitter {
    delimiter: u8,
    state: State,
    /// The last byte was a `\r`, so a `\n` now completes the same line break.
    after_cr: bool,
    /// The physical line (1-based) of the next byte.
    line: u64,
    /// Bytes that stop the fast scan of an unquoted field.
    stop_unquoted: [bool; 256],
    /// Bytes that stop the fast scan of a quoted field.
    stop_quoted: [bool; 256],
}

/// ASCII control characters that are dropped from fields.
const fn is_dropped_control(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0x7F)
}

impl Splitter {
    pub fn new(delimiter: u8) -> Self {
        let mut stop_unquoted = [false; 256];
        let mut stop_quoted = [false; 256];
        for b in 0..=255u8 {
            let control = is_dropped_control(b);
            stop_unquoted[usize::from(b)] = control || b == delimiter || b == b'\n' || b == b'\r';
            stop_quoted[usize::from(b)] = control || b == b'"' || b == b'\n' || b == b'\r';
        }
        Splitter {
            delimiter,
            state: State::RecordStart,
            after_cr: false,
            line: 1,
            stop_unquoted,
            stop_quoted,
        }
    }

    /// The physical line (1-based) the splitter has reached.
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Splits `text` into `record` until a record ends or the text does.
    /// Returns how many bytes were used and whether `record` is complete; a
    /// complete record must be taken before feeding again, as the next call
    /// starts a new one. Whatever the text, `used` ends on a character
    /// boundary, since the splitter only stops at ASCII bytes.
    pub fn feed(&mut self, text: &str, record: &mut Record) -> (usize, bool) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b == b'\n' && self.after_cr {
                // The second half of `\r\n`: the `\r` already did the work.
                self.after_cr = false;
                i += 1;
                continue;
            }
            self.after_cr = false;
            match self.state {
                State::RecordStart => match b {
                    b'\n' | b'\r' => {
                        self.line_break(b);
                        i += 1;
                    }
                    _ => {
                        record.clear();
                        record.line = self.line;
                        self.state = State::FieldStart;
                    }
                },
                State::FieldStart => match b {
                    b'"' => {
                        self.state = State::Quoted;
                        i += 1;
                    }
                    _ if b == self.delimiter => {
                        record.end_field();
                        i += 1;
                    }
                    b'\n' | b'\r' => {
                        record.end_field();
                        return (self.end_record(b, i), true);
                    }
                    _ if is_dropped_control(b) => i += 1,
                    _ => self.state = State::Unquoted,
                },
                State::Unquoted => {
                    let run = self.scan(bytes, i, &self.stop_unquoted);
                    if run > i {
                        record.push(text.get(i..run).unwrap_or(""));
                        i = run;
                        continue;
                    }
                    match b {
                        _ if b == self.delimiter => {
                            record.end_field();
                            self.state = State::FieldStart;
                            i += 1;
                        }
                        b'\n' | b'\r' => {
                            record.end_field();
                            return (self.end_record(b, i), true);
                        }
                        _ => i += 1,
                    }
                }
                State::Quoted => {
                    let run = self.scan(bytes, i, &self.stop_quoted);
                    if run > i {
                        record.push(text.get(i..run).unwrap_or(""));
                        i = run;
                        continue;
                    }
                    match b {
                        b'"' => self.state = State::QuoteInQuoted,
                        b'\n' | b'\r' => {
                            record.push("\n");
                            self.line_break(b);
                        }
                        _ => {}
                    }
                    i += 1;
                }
                State::QuoteInQuoted => match b {
                    b'"' => {
                        record.push("\"");
                        self.state = State::Quoted;
                        i += 1;
                    }
                    _ if b == self.delimiter => {
                        record.end_field();
                        self.state = State::FieldStart;
                        i += 1;
                    }
                    b'\n' | b'\r' => {
                        record.end_field();
                        return (self.end_record(b, i), true);
                    }
                    // `"abc"def`: kept as written, like spreadsheet programs do.
                    _ => self.state = State::Unquoted,
                },
            }
        }
        (bytes.len(), false)
    }

    /// Ends the text: completes the record that was being read, if any.
    pub fn finish(&mut self, record: &mut Record) -> bool {
        let state = std::mem::replace(&mut self.state, State::RecordStart);
        self.after_cr = false;
        match state {
            State::RecordStart => false,
            State::Quoted => {
                record.unclosed_quote = true;
                record.end_field();
                true
            }
            State::FieldStart | State::Unquoted | State::QuoteInQuoted => {
                record.end_field();
                true
            }
        }
    }

    fn scan(&self, bytes: &[u8], from: usize, stop: &[bool; 256]) -> usize {
        let mut j = from;
        while let Some(&b) = bytes.get(j) {
            if stop[usize::from(b)] {
                break;
            }
            j += 1;
        }
        j
    }

    fn line_break(&mut self, b: u8) {
        self.line += 1;
        self.after_cr = b == b'\r';
    }

    fn end_record(&mut self, b: u8, i: usize) -> usize {
        self.line_break(b);
        self.state = State::RecordStart;
        i + 1
    }
}

/// Splits a whole text (or the head of one) into records, leaving out the
/// blank ones. When `complete` is false the text may stop mid-record, and the
/// record it stops in is left out.
pub(super) fn split_all(text: &str, delimiter: u8, complete: bool) -> Vec<Fields> {
    let mut splitter = Splitter::new(delimiter);
    let mut record = Record::default();
    let mut records = Vec::new();
    let mut rest = text;
    loop {
        let (used, done) = splitter.feed(rest, &mut record);
        rest = rest.get(used..).unwrap_or("");
        if done {
            if !record.is_blank() {
                records.push(Fields::from_record(&record));
            }
            continue;
        }
        if complete && splitter.finish(&mut record) && !record.is_blank() {
            records.push(Fields::from_record(&record));
        }
        return records;
    }
}

/// A record copied out of the splitter, for the preview's analysis.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Fields {
    pub line: u64,
    /// All fields, or the stored ones when there were too many.
    pub cells: Vec<String>,
    /// The number of fields, stored or not.
    pub count: usize,
    pub long_field: Option<usize>,
    pub unclosed_quote: bool,
}

impl Fields {
    fn from_record(record: &Record) -> Fields {
        let stored = record.fields.min(MAX_STORED_FIELDS);
        Fields {
            line: record.line,
            cells: (0..stored).map(|i| record.field(i).to_owned()).collect(),
            count: record.fields,
            long_field: record.long_field,
            unclosed_quote: record.unclosed_quote,
        }
    }
}

impl Cells for Fields {
    fn line(&self) -> u64 {
        self.line
    }
    fn count(&self) -> usize {
        self.count
    }
    fn cell(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", String::as_str)
    }
    fn long_field(&self) -> Option<usize> {
        self.long_field
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str, delimiter: u8) -> Vec<(u64, Vec<String>)> {
        split_all(text, delimiter, true)
            .into_iter()
            .map(|f| (f.line, f.cells))
            .collect()
    }

    fn row(line: u64, cells: &[&str]) -> (u64, Vec<String>) {
        (line, cells.iter().map(|c| (*c).to_owned()).collect())
    }

    #[test]
    fn quotes_delimiters_and_line_breaks() {
        let text =
            "a,b,c\n\"x,y\",\"he said \"\"hi\"\"\",z\r\n\"two\r\nlines\",2,3\n\nlast,\"\",\n";
        assert_eq!(
            cells(text, b','),
            vec![
                row(1, &["a", "b", "c"]),
                row(2, &["x,y", "he said \"hi\"", "z"]),
                row(3, &["two\nlines", "2", "3"]),
                row(6, &["last", "", ""]),
            ]
        );
    }

    #[test]
    fn line_endings_of_every_kind() {
        assert_eq!(
            cells("a;b\rc;d\r\ne;f\n\r\n\rg;h", b';'),
            vec![
                row(1, &["a", "b"]),
                row(2, &["c", "d"]),
                row(3, &["e", "f"]),
                row(6, &["g", "h"]),
            ]
        );
    }

    #[test]
    fn lenient_quotes_and_controls() {
        assert_eq!(
            cells("ab\"c\t\"d\"e\tf\x0bg\x00\n\x1a\n", b'\t'),
            vec![row(1, &["ab\"c", "de", "fg"])]
        );
    }

    #[test]
    fn text_fed_in_pieces_gives_the_same_records() {
        let text = "nome;valore\n\"Città\r\n di Asti\";1,5\r\nAcqui Terme;\"2\"\"\"\n";
        let whole = cells(text, b';');
        for step in 1..7 {
            let mut splitter = Splitter::new(b';');
            let mut record = Record::default();
            let mut got = Vec::new();
            let mut pieces = Vec::new();
            let mut start = 0;
            while start < text.len() {
                let mut end = (start + step).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                pieces.push(&text[start..end]);
                start = end;
            }
            for piece in pieces {
                let mut rest = piece;
                while !rest.is_empty() {
                    let (used, done) = splitter.feed(rest, &mut record);
                    rest = &rest[used..];
                    if done {
                        got.push(row(
                            record.line,
                            &(0..record.fields)
                                .map(|i| record.field(i))
                                .collect::<Vec<_>>(),
                        ));
                    }
                }
            }
            assert!(!splitter.finish(&mut record));
            assert_eq!(got, whole, "pieces of {step} bytes");
        }
    }

    #[test]
    fn an_unclosed_quote_is_flagged_and_bounded() {
        let text = format!("a,\"{}", "é".repeat(MAX_FIELD_BYTES));
        let records = split_all(&text, b',', true);
        assert_eq!(records.len(), 1);
        assert!(records[0].unclosed_quote);
        assert_eq!(records[0].long_field, Some(1));
        assert!(records[0].cells[1].len() <= MAX_FIELD_BYTES);
        // Incomplete text: the open record is left out.
        assert!(split_all("a,b\nc,\"d", b',', false).len() == 1);
    }

    #[test]
    fn wide_records_are_counted_not_stored() {
        let text = ",".repeat(MAX_STORED_FIELDS * 3);
        let records = split_all(&format!("x{text}"), b',', true);
        assert_eq!(records[0].count, MAX_STORED_FIELDS * 3 + 1);
        assert_eq!(records[0].cells.len(), MAX_STORED_FIELDS);
    }
}
