//! Streaming a whole file through the confirmed settings.

use std::collections::{HashSet, VecDeque};
use std::io::Read;
use std::sync::Arc;

use encoding_rs::DecoderResult;

use super::parse::{Shape, convert_row, shape};
use super::split::{Record, Splitter};
use super::{Column, ColumnType, DecimalStyle, RowError, Settings, TableError, Value};

/// The comuni an import can vouch for: an ISTAT code that starts with
/// `prefix` (the province's, `006`) must be one of `codes`; a code of
/// another province cannot be checked here and is taken as it is.
#[derive(Debug, Clone, Default)]
pub struct KnownComuni {
    pub prefix: String,
    pub codes: HashSet<String>,
}

impl KnownComuni {
    fn refuses(&self, code: &str) -> bool {
        !self.prefix.is_empty() && code.starts_with(&self.prefix) && !self.codes.contains(code)
    }
}

/// Refuses a row whose ISTAT code names a comune of the province that
/// does not exist.
fn check_codes(
    line: u64,
    values: Vec<Value>,
    columns: &[Column],
    known: Option<&KnownComuni>,
) -> Result<Vec<Value>, RowError> {
    let Some(known) = known else {
        return Ok(values);
    };
    for (value, column) in values.iter().zip(columns) {
        if let (Value::Code(code), ColumnType::IstatCode) = (value, column.kind)
            && known.refuses(code)
        {
            return Err(RowError::cell(
                line,
                &column.name,
                code,
                "table-error-unknown-comune",
            ));
        }
    }
    Ok(values)
}

/// Bytes read from the file at a time.
const READ_BUFFER: usize = 64 * 1024;

/// Decoded text held at a time: Windows-1252 takes up to three bytes of
/// UTF-8 per byte read.
const TEXT_BUFFER: usize = 3 * READ_BUFFER + 16;

/// Footer-like lines held back, waiting to see whether data follows them;
/// past this many they are taken as data (or as ragged lines), so memory
/// stays bounded whatever the file.
const MAX_HELD: usize = 256;

/// Reads a whole file with confirmed [`Settings`], one typed row at a time,
/// in constant memory whatever the file's size.
///
/// The header line is checked to have as many cells as the settings have
/// columns (their names are not compared, so the user may rename them);
/// lines above it, blank lines and footer lines at the end are skipped.
/// Each data row becomes `Ok(values)`, one value per column, or
/// `Err(RowError)`. After a row error reading goes on with the next line;
/// after an error in the file itself (the header, the encoding, a read
/// error) the iterator ends.
pub struct Reader<R: Read> {
    input: R,
    decoder: encoding_rs::Decoder,
    raw: Box<[u8]>,
    raw_start: usize,
    raw_end: usize,
    input_done: bool,
    /// The decoder has seen the end of the input and must not be used again.
    decoder_done: bool,
    text: String,
    text_start: usize,
    /// The encoding was broken after the text decoded so far.
    broken: bool,
    /// A read error, reported once the text before it is used.
    read_error: bool,
    splitter: Splitter,
    record: Record,
    columns: Vec<Column>,
    decimal: DecimalStyle,
    header_row: u64,
    header_seen: bool,
    /// Footer-like lines waiting for what follows them.
    held: VecDeque<Result<Vec<Value>, RowError>>,
    ready: VecDeque<Result<Vec<Value>, RowError>>,
    done: bool,
    bytes_read: u64,
    rows_read: u64,
    footer_lines: u64,
    known_comuni: Option<Arc<KnownComuni>>,
}

impl<R: Read> Reader<R> {
    /// A reader of `input` with `settings`, checked first (see
    /// [`Settings::validate`]): they come back from a form.
    pub fn new(input: R, settings: Settings) -> Result<Self, TableError> {
        settings.validate()?;
        Ok(Reader {
            input,
            decoder: settings.encoding.decoder(),
            raw: vec![0; READ_BUFFER].into_boxed_slice(),
            raw_start: 0,
            raw_end: 0,
            input_done: false,
            decoder_done: false,
            text: String::with_capacity(TEXT_BUFFER),
            text_start: 0,
            broken: false,
            read_error: false,
            splitter: Splitter::new(settings.delimiter),
            record: Record::default(),
            columns: settings.columns,
            decimal: settings.decimal,
            header_row: u64::try_from(settings.header_row).unwrap_or(u64::MAX),
            header_seen: false,
            held: VecDeque::new(),
            ready: VecDeque::new(),
            done: false,
            bytes_read: 0,
            rows_read: 0,
            footer_lines: 0,
            known_comuni: None,
        })
    }

    /// Bytes taken from the input so far, for a progress bar.
    /// Checks the ISTAT codes of the province against its comuni.
    pub fn with_known_comuni(mut self, known: Arc<KnownComuni>) -> Self {
        self.known_comuni = Some(known);
        self
    }

    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// Data rows read so far, refused ones included.
    pub fn rows_read(&self) -> u64 {
        self.rows_read
    }

    /// Footer lines skipped at the end of the file (known once the
    /// iterator has ended).
    pub fn footer_lines(&self) -> u64 {
        self.footer_lines
    }

    /// The columns rows are read into.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    #[cfg(test)]
    pub(super) fn buffered_bytes(&self) -> usize {
        self.raw.len() + self.text.capacity() + self.record.capacity()
    }

    /// Fills the text buffer with the next decoded piece of the input.
    /// Returns false at the end of the input or after an error.
    fn refill(&mut self) -> bool {
        self.text.clear();
        self.text_start = 0;
        if self.broken || self.read_error || self.decoder_done {
            return false;
        }
        loop {
            if self.raw_start == self.raw_end && !self.input_done {
                match self.input.read(&mut self.raw) {
                    Ok(0) => self.input_done = true,
                    Ok(n) => {
                        self.raw_start = 0;
                        self.raw_end = n;
                        self.bytes_read += n as u64;
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => {
                        self.read_error = true;
                        return !self.text.is_empty();
                    }
                }
            }
            let src = self
                .raw
                .get(self.raw_start..self.raw_end)
                .unwrap_or_default();
            let (result, used) = self.decoder.decode_to_string_without_replacement(
                src,
                &mut self.text,
                self.input_done,
            );
            self.raw_start += used;
            match result {
                DecoderResult::Malformed(_, _) => {
                    self.broken = true;
                    return !self.text.is_empty();
                }
                DecoderResult::OutputFull => return true,
                DecoderResult::InputEmpty => {
                    if self.input_done {
                        self.decoder_done = true;
                        return !self.text.is_empty();
                    }
                    // Keep some room: a piece of text this small is not
                    // worth a round trip to the splitter.
                    if self.text.len() >= READ_BUFFER {
                        return true;
                    }
                }
            }
        }
    }

    /// Reads the next record into `self.record`. `Ok(false)` at the end of
    /// the file.
    fn next_record(&mut self) -> Result<bool, RowError> {
        loop {
            if self.text_start < self.text.len() {
                let rest = self.text.get(self.text_start..).unwrap_or_default();
                let (used, complete) = self.splitter.feed(rest, &mut self.record);
                self.text_start += used;
                if complete {
                    return Ok(true);
                }
                continue;
            }
            if self.refill() {
                continue;
            }
            if self.broken {
                return Err(RowError::new(self.splitter.line(), "table-error-encoding"));
            }
            if self.read_error {
                return Err(RowError::new(self.splitter.line(), "table-error-read"));
            }
            return Ok(self.splitter.finish(&mut self.record));
        }
    }

    /// Takes the record just read: checks the header, or makes a row of it.
    fn take_record(&mut self) {
        let width = self.columns.len();
        let record = &self.record;
        if record.is_blank() {
            return;
        }
        if !self.header_seen {
            if record.line <= self.header_row {
                return;
            }
            self.header_seen = true;
            if !matches!(shape(record, width), Shape::Fits | Shape::Note) || record.unclosed_quote {
                self.fail(RowError::new(record.line, "table-error-header-mismatch"));
            }
            return;
        }
        if record.unclosed_quote {
            let error = RowError::new(record.line, "table-error-unclosed-quote");
            self.release_held();
            self.ready.push_back(Err(error));
            self.rows_read += 1;
            return;
        }
        let row_shape = shape(record, width);
        let row = match row_shape {
            Shape::Blank => return,
            Shape::Short | Shape::Long => Err(RowError::new(record.line, "table-error-ragged")),
            Shape::Fits | Shape::Note => {
                convert_row(record, &self.columns, self.decimal).and_then(|values| {
                    check_codes(
                        record.line,
                        values,
                        &self.columns,
                        self.known_comuni.as_deref(),
                    )
                })
            }
        };
        match row_shape {
            Shape::Short | Shape::Note => {
                self.held.push_back(row);
                if self.held.len() > MAX_HELD {
                    self.release_held();
                }
            }
            _ => {
                self.release_held();
                self.ready.push_back(row);
                self.rows_read += 1;
            }
        }
    }

    /// Data followed the footer-like lines: they were rows after all.
    fn release_held(&mut self) {
        self.rows_read += self.held.len() as u64;
        self.ready.extend(self.held.drain(..));
    }

    /// Ends reading with an error in the file itself. The lines held back
    /// are dropped: whether they were footer or data is unknown, and the
    /// import stops anyway.
    fn fail(&mut self, error: RowError) {
        self.held.clear();
        self.ready.push_back(Err(error));
        self.done = true;
    }
}

impl<R: Read> Iterator for Reader<R> {
    type Item = Result<Vec<Value>, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(row) = self.ready.pop_front() {
                return Some(row);
            }
            if self.done {
                return None;
            }
            match self.next_record() {
                Ok(true) => self.take_record(),
                Ok(false) => {
                    self.done = true;
                    self.footer_lines = self.held.len() as u64;
                    self.held.clear();
                    if !self.header_seen {
                        return Some(Err(RowError::new(
                            self.splitter.line(),
                            "table-error-no-header",
                        )));
                    }
                }
                Err(e) => self.fail(e),
            }
        }
    }
}
