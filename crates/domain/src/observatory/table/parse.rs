//! Reading one cell as a typed value, guessing a column's type from its
//! cells, and telling data lines from footer lines.
//!
//! The guess and the import use the same functions, so a type guessed from
//! the sample always reads the sample.

use jiff::civil::Date;

use super::split::Cells;
use super::{Column, ColumnType, DecimalStyle, MAX_CELL_CHARS, RowError, Value};

/// Whether a (trimmed) cell is one of the marks statistical offices put
/// where a number is missing: `n.d.`, `nd`, `n.a.`, `NA`, `n/a`, `n/d`,
/// `-`, `–`, `—`, `x`, `X`, and runs of two or more dots (ISTAT uses `..`
/// and `....`; `...` is common too).
pub(super) fn is_missing_marker(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    if s.len() >= 2 && s.bytes().all(|b| b == b'.') {
        return true;
    }
    if s.len() > 4 {
        return false;
    }
    matches!(s, "-" | "–" | "—" | "x" | "X")
        || ["nd", "n.d.", "n.a.", "na", "n/a", "n/d"]
            .iter()
            .any(|m| s.eq_ignore_ascii_case(m))
}

/// A number as written in a cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Number {
    pub value: f64,
    /// The value as a whole number, when it was written as one: no
    /// decimals other than zeros, no percent sign, no exponent.
    pub integer: Option<i64>,
}

/// A separator between groups of thousands, by kind, and its length in
/// bytes: the style's own (`.` or `,`), a space, a no-break space or a
/// narrow no-break space (what spreadsheets and word processors put).
fn group_separator(rest: &[u8], own: u8) -> Option<(u8, usize)> {
    match rest {
        [b, ..] if *b == own => Some((0, 1)),
        [b' ', ..] => Some((1, 1)),
        [0xC2, 0xA0, ..] => Some((2, 2)),
        [0xE2, 0x80, 0xAF, ..] => Some((3, 3)),
        _ => None,
    }
}

/// A small buffer for the number rewritten as Rust parses it, so that
/// reading a number does not allocate.
struct Digits {
    buf: [u8; 64],
    len: usize,
}

impl Digits {
    fn push(&mut self, b: u8) -> Option<()> {
        let slot = self.buf.get_mut(self.len)?;
        *slot = b;
        self.len += 1;
        Some(())
    }

    fn text(&self, end: usize) -> Option<&str> {
        std::str::from_utf8(self.buf.get(..end)?).ok()
    }
}

/// Reads a number written in `style`: an optional sign, digits with
/// optional thousands separators in groups of three, optional decimals,
/// an optional exponent (without thousands separators), an optional `%`
/// (`12,5%` is 12.5). Thousands groups are checked, so `1.5` is not a
/// number in the comma style, rather than being read as 15.
pub(super) fn parse_number(s: &str, style: DecimalStyle) -> Option<Number> {
    let (decimal, group) = match style {
        DecimalStyle::Comma => (b',', b'.'),
        DecimalStyle::Point => (b'.', b','),
    };
    let mut s = s.trim();
    let mut percent = false;
    if let Some(rest) = s.strip_suffix('%') {
        percent = true;
        s = rest.trim_end();
    }
    let mut digits = Digits {
        buf: [0; 64],
        len: 0,
    };
    if let Some(rest) = s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}')) {
        digits.push(b'-')?;
        s = rest;
    } else if let Some(rest) = s.strip_prefix('+') {
        s = rest;
    }
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut int_digits = 0;
    let mut group_len = 0;
    let mut groups = 0;
    let mut first_group_zero = false;
    let mut separator_kind = None;
    loop {
        match bytes.get(i) {
            Some(&d @ b'0'..=b'9') => {
                if int_digits == 0 {
                    first_group_zero = d == b'0';
                }
                digits.push(d)?;
                int_digits += 1;
                group_len += 1;
                i += 1;
            }
            Some(_) => {
                let Some((kind, len)) = group_separator(bytes.get(i..)?, group) else {
                    break;
                };
                let group_ok = if groups == 0 {
                    (1..=3).contains(&group_len) && !first_group_zero
                } else {
                    group_len == 3
                };
                if !group_ok || separator_kind.is_some_and(|k| k != kind) {
                    return None;
                }
                separator_kind = Some(kind);
                groups += 1;
                group_len = 0;
                i += len;
            }
            None => break,
        }
    }
    if int_digits == 0 || (groups > 0 && group_len != 3) {
        return None;
    }
    let int_end = digits.len;
    let mut fraction_zero = true;
    if bytes.get(i) == Some(&decimal) {
        i += 1;
        digits.push(b'.')?;
        let start = i;
        while let Some(&d @ b'0'..=b'9') = bytes.get(i) {
            digits.push(d)?;
            fraction_zero &= d == b'0';
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    let mut exponent = false;
    if groups == 0 && matches!(bytes.get(i), Some(b'e' | b'E')) {
        exponent = true;
        digits.push(b'e')?;
        i += 1;
        if let Some(&sign @ (b'+' | b'-')) = bytes.get(i) {
            digits.push(sign)?;
            i += 1;
        }
        let start = i;
        while let Some(&d @ b'0'..=b'9') = bytes.get(i) {
            digits.push(d)?;
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != bytes.len() {
        return None;
    }
    let value: f64 = digits.text(digits.len)?.parse().ok()?;
    if !value.is_finite() {
        return None;
    }
    let integer = if percent || exponent || !fraction_zero {
        None
    } else {
        digits.text(int_end)?.parse::<i64>().ok()
    };
    Some(Number { value, integer })
}

/// The digits of `s`, all of them ASCII digits, as a number.
fn digits_value(s: &str) -> Option<i32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A year: four digits, not starting with zero.
pub(super) fn parse_year(s: &str) -> Option<i32> {
    if s.len() != 4 || s.starts_with('0') {
        return None;
    }
    digits_value(s)
}

/// A date as `YYYY-MM-DD`, or day first as `DD/MM/YYYY`, `DD-MM-YYYY` or
/// `DD.MM.YYYY` (the Italian order; day and month may have one digit).
pub(super) fn parse_date(s: &str) -> Option<Date> {
    let (year, month, day) = if s.len() == 10 && s.as_bytes().get(4) == Some(&b'-') {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 || parts.next().is_some() {
            return None;
        }
        (y, m, d)
    } else {
        let separator = s.chars().find(|c| !c.is_ascii_digit())?;
        if !matches!(separator, '/' | '-' | '.') {
            return None;
        }
        let mut parts = s.split(separator);
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || !(1..=2).contains(&m.len()) || !(1..=2).contains(&d.len()) {
            return None;
        }
        if parts.next().is_some() {
            return None;
        }
        (y, m, d)
    };
    let year = i16::try_from(digits_value(year)?).ok()?;
    let month = i8::try_from(digits_value(month)?).ok()?;
    let day = i8::try_from(digits_value(day)?).ok()?;
    Date::new(year, month, day).ok()
}

/// A comune's ISTAT code: up to six digits, padded to six.
fn parse_istat_code(s: &str) -> Option<String> {
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(format!("{s:0>6}"))
}

/// Text as written, without the C1 control characters (U+0080 to U+009F)
/// that a Windows-1252 file can decode to; the ASCII ones are gone already.
fn clean_text(s: &str) -> String {
    // Every C1 control character is encoded starting with 0xC2.
    if !s.as_bytes().contains(&0xC2) {
        return s.to_owned();
    }
    s.chars()
        .filter(|c| !c.is_control() || *c == '\t' || *c == '\n')
        .collect()
}

/// Reads one cell as a value of `kind`, or says why it cannot: a Fluent id.
pub(super) fn convert(
    kind: ColumnType,
    raw: &str,
    style: DecimalStyle,
) -> Result<Value, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(Value::Missing);
    }
    if kind == ColumnType::Text {
        return Ok(Value::Text(clean_text(s)));
    }
    if is_missing_marker(s) {
        return Ok(Value::Missing);
    }
    match kind {
        ColumnType::Integer => match parse_number(s, style) {
            Some(Number {
                integer: Some(n), ..
            }) => Ok(Value::Integer(n)),
            Some(_) => Err("table-error-not-integer"),
            None => Err("table-error-not-number"),
        },
        ColumnType::Decimal => parse_number(s, style)
            .map(|n| Value::Decimal(n.value))
            .ok_or("table-error-not-number"),
        ColumnType::Year => parse_year(s).map(Value::Year).ok_or("table-error-not-year"),
        ColumnType::Date => parse_date(s).map(Value::Date).ok_or("table-error-not-date"),
        ColumnType::IstatCode => parse_istat_code(s)
            .map(Value::Code)
            .ok_or("table-error-not-istat-code"),
        ColumnType::Text => Ok(Value::Text(clean_text(s))),
    }
}

/// Whether a cell is longer than [`MAX_CELL_CHARS`] characters.
pub(super) fn too_long(raw: &str) -> bool {
    raw.len() > MAX_CELL_CHARS && raw.chars().count() > MAX_CELL_CHARS
}

/// Reads a row of the right width as values, one per column.
pub(super) fn convert_row(
    row: &impl Cells,
    columns: &[Column],
    style: DecimalStyle,
) -> Result<Vec<Value>, RowError> {
    let mut values = Vec::with_capacity(columns.len());
    for (i, column) in columns.iter().enumerate() {
        let raw = row.cell(i);
        if row.long_field() == Some(i) || too_long(raw) {
            return Err(RowError::cell(
                row.line(),
                &column.name,
                raw,
                "table-error-cell-too-long",
            ));
        }
        match convert(column.kind, raw, style) {
            Ok(value) => values.push(value),
            Err(message) => return Err(RowError::cell(row.line(), &column.name, raw, message)),
        }
    }
    Ok(values)
}

/// How a line after the header relates to the table's width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// No cell holds anything.
    Blank,
    /// As many cells as columns, or more with the extra ones empty.
    Fits,
    /// Fits, but only the first cell holds something and it reads like a
    /// note (`Fonte: ISTAT`): a footer if nothing but footers follows.
    Note,
    /// Fewer cells than columns.
    Short,
    /// More cells than columns, some of the extra ones not empty.
    Long,
}

/// Tells what kind of line `row` is in a table of `width` columns.
pub(super) fn shape(row: &impl Cells, width: usize) -> Shape {
    let count = row.count();
    let mut filled = 0;
    let mut first_filled = None;
    let mut extra_filled = false;
    for i in 0..count.min(super::split::MAX_STORED_FIELDS) {
        if !row.cell(i).trim().is_empty() {
            filled += 1;
            first_filled.get_or_insert(i);
            extra_filled |= i >= width;
        }
    }
    if filled == 0 {
        return Shape::Blank;
    }
    if count < width {
        return Shape::Short;
    }
    if extra_filled || count > super::split::MAX_STORED_FIELDS {
        return Shape::Long;
    }
    if width > 1 && filled == 1 && first_filled == Some(0) && looks_like_note(row.cell(0)) {
        return Shape::Note;
    }
    Shape::Fits
}

/// Words that start the notes at the foot of statistical tables.
const NOTE_STARTS: [&str; 14] = [
    "fonte",
    "nota",
    "note",
    "n.b.",
    "legenda",
    "source",
    "elaborazion",
    "dati ",
    "avvertenz",
    "copyright",
    "aggiornat",
    "estratt",
    "estrazion",
    "totale complessivo",
];

/// Whether a cell reads like a note under a table rather than data: it has
/// letters and either a colon (`Fonte: ISTAT`), a leading mark (`*`, `(`,
/// `§`, `°`, `©`, `[`) or a leading word that notes use (`Fonte`, `Nota`,
/// `Elaborazione`, `Dati …`, `Source`, …).
pub fn looks_like_note(cell: &str) -> bool {
    let s = cell.trim();
    if !s.chars().any(char::is_alphabetic) {
        return false;
    }
    if s.contains(':') || s.starts_with(['*', '(', '§', '°', '©', '[']) {
        return true;
    }
    let start: String = s.chars().take(24).collect::<String>().to_lowercase();
    NOTE_STARTS.iter().any(|w| start.starts_with(w))
}

/// Whether a column's name says it holds comuni's ISTAT codes:
/// `codice_istat`, `PRO_COM`, `cod_comune`, `CodiceComune`, …
fn names_a_comune_code(name: &str) -> bool {
    let name: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    name.contains("procom")
        || name.contains("istat")
        || (name.contains("cod") && name.contains("comun"))
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Guesses a column's type from its name and cells (empty cells and missing
/// markers aside; a column with nothing else is text). The first that
/// reads every value wins:
/// 1. ISTAT code: six digits with a leading zero somewhere in the column,
///    or a name that says so (see `names_a_comune_code`) and four to six
///    digits;
/// 2. text, if a value has leading zeros (`08`) or more than 15 digits:
///    codes, which numbers would spoil;
/// 3. year: four digits from 1800 to 2100;
/// 4. date; 5. integer; 6. decimal; 7. text.
pub(super) fn infer(name: &str, cells: &[&str], style: DecimalStyle) -> ColumnType {
    let values: Vec<&str> = cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !is_missing_marker(c))
        .collect();
    if values.is_empty() {
        return ColumnType::Text;
    }
    let digits_between = |min: usize, max: usize| {
        values
            .iter()
            .all(|v| (min..=max).contains(&v.len()) && all_digits(v))
    };
    let zero_led = values
        .iter()
        .any(|v| v.len() > 1 && v.starts_with('0') && all_digits(v));
    let named_code = names_a_comune_code(name);
    if digits_between(6, 6) && (zero_led || named_code) {
        return ColumnType::IstatCode;
    }
    if named_code && digits_between(4, 6) {
        return ColumnType::IstatCode;
    }
    if zero_led || values.iter().any(|v| v.len() > 15 && all_digits(v)) {
        return ColumnType::Text;
    }
    if values
        .iter()
        .all(|v| parse_year(v).is_some_and(|y| (1800..=2100).contains(&y)))
    {
        return ColumnType::Year;
    }
    if values.iter().all(|v| parse_date(v).is_some()) {
        return ColumnType::Date;
    }
    let numbers: Option<Vec<Number>> = values.iter().map(|v| parse_number(v, style)).collect();
    match numbers {
        Some(numbers) if numbers.iter().all(|n| n.integer.is_some()) => ColumnType::Integer,
        Some(_) => ColumnType::Decimal,
        None => ColumnType::Text,
    }
}

/// Which decimal style a cell shows, if only one of them reads it, or
/// reads it as a different number (`1.234` is ambiguous, `12,5` is not).
pub(super) fn decimal_vote(s: &str) -> Option<DecimalStyle> {
    let comma = parse_number(s, DecimalStyle::Comma);
    let point = parse_number(s, DecimalStyle::Point);
    match (comma, point) {
        (Some(_), None) => Some(DecimalStyle::Comma),
        (None, Some(_)) => Some(DecimalStyle::Point),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DecimalStyle::{Comma, Point};

    type Read = Option<(f64, Option<i64>)>;

    fn number(s: &str, style: DecimalStyle) -> Read {
        parse_number(s, style).map(|n| (n.value, n.integer))
    }

    #[test]
    fn numbers_in_both_styles() {
        let cases: &[(&str, DecimalStyle, Read)] = &[
            ("1.234.567", Comma, Some((1_234_567.0, Some(1_234_567)))),
            ("1,234,567", Point, Some((1_234_567.0, Some(1_234_567)))),
            ("1.234,5", Comma, Some((1234.5, None))),
            ("1,234.5", Point, Some((1234.5, None))),
            ("12,5", Comma, Some((12.5, None))),
            ("-12,5", Comma, Some((-12.5, None))),
            ("\u{2212}3", Comma, Some((-3.0, Some(-3)))),
            ("+7", Point, Some((7.0, Some(7)))),
            ("12,5%", Comma, Some((12.5, None))),
            ("12,5 %", Comma, Some((12.5, None))),
            ("40%", Comma, Some((40.0, None))),
            ("1 234", Comma, Some((1234.0, Some(1234)))),
            ("1\u{a0}234\u{a0}567,25", Comma, Some((1_234_567.25, None))),
            ("1\u{202f}234", Point, Some((1234.0, Some(1234)))),
            ("1.234,00", Comma, Some((1234.0, Some(1234)))),
            ("0,5", Comma, Some((0.5, None))),
            ("1,5E+03", Comma, Some((1500.0, None))),
            ("007", Comma, Some((7.0, Some(7)))),
            // Groups of three only, and one kind of separator.
            ("1.5", Comma, None),
            ("1,5", Point, None),
            ("12.34.567", Comma, None),
            ("1.234 567", Comma, None),
            ("0.123", Comma, None),
            ("1.2345", Comma, None),
            (",5", Comma, None),
            ("5,", Comma, None),
            ("1.234e5", Comma, None),
            ("12a", Comma, None),
            ("", Comma, None),
            ("-", Comma, None),
            ("2019-09-30", Comma, None),
            ("99999999999999999999", Comma, Some((1e20, None))),
        ];
        for (input, style, expected) in cases {
            assert_eq!(number(input, *style), *expected, "{input:?} {style:?}");
        }
    }

    #[test]
    fn missing_markers_in_typed_columns_only() {
        for marker in [
            "", "n.d.", "N.D.", "nd", "-", "..", "...", "....", "x", "X", "n.a.", "NA", "–",
        ] {
            for kind in ColumnType::ALL {
                let got = convert(kind, marker, Comma);
                if kind == ColumnType::Text && !marker.is_empty() {
                    assert_eq!(got, Ok(Value::Text(marker.to_owned())), "{marker:?}");
                } else {
                    assert_eq!(got, Ok(Value::Missing), "{marker:?} {kind:?}");
                }
            }
        }
        assert!(!is_missing_marker("n.d.a."));
        assert!(!is_missing_marker("0"));
    }

    #[test]
    fn cells_as_values() {
        let date = |y, m, d| Value::Date(Date::new(y, m, d).expect("date"));
        let cases: &[(ColumnType, &str, Result<Value, &str>)] = &[
            (ColumnType::Integer, " 1.234 ", Ok(Value::Integer(1234))),
            (ColumnType::Integer, "12,5", Err("table-error-not-integer")),
            (ColumnType::Integer, "12%", Err("table-error-not-integer")),
            (ColumnType::Integer, "dodici", Err("table-error-not-number")),
            (ColumnType::Decimal, "12,5%", Ok(Value::Decimal(12.5))),
            (ColumnType::Decimal, "3", Ok(Value::Decimal(3.0))),
            (ColumnType::Year, "2023", Ok(Value::Year(2023))),
            (ColumnType::Year, "23", Err("table-error-not-year")),
            (ColumnType::Year, "2.023", Err("table-error-not-year")),
            (ColumnType::Date, "2019-09-30", Ok(date(2019, 9, 30))),
            (ColumnType::Date, "30/09/2019", Ok(date(2019, 9, 30))),
            (ColumnType::Date, "1-9-2019", Ok(date(2019, 9, 1))),
            (ColumnType::Date, "30.09.2019", Ok(date(2019, 9, 30))),
            (ColumnType::Date, "31/02/2019", Err("table-error-not-date")),
            (ColumnType::Date, "2019/09/30", Err("table-error-not-date")),
            (ColumnType::Date, "30/09/19", Err("table-error-not-date")),
            (
                ColumnType::IstatCode,
                "006003",
                Ok(Value::Code("006003".into())),
            ),
            (
                ColumnType::IstatCode,
                "6003",
                Ok(Value::Code("006003".into())),
            ),
            (
                ColumnType::IstatCode,
                "1006003",
                Err("table-error-not-istat-code"),
            ),
            (
                ColumnType::IstatCode,
                "AL",
                Err("table-error-not-istat-code"),
            ),
            (
                ColumnType::Text,
                " Cit\u{81}tà ",
                Ok(Value::Text("Città".into())),
            ),
            (
                ColumnType::Text,
                "a\tb\nc",
                Ok(Value::Text("a\tb\nc".into())),
            ),
        ];
        for (kind, input, expected) in cases {
            assert_eq!(
                convert(*kind, input, Comma),
                *expected,
                "{kind:?} {input:?}"
            );
        }
    }

    #[test]
    fn column_types_from_samples() {
        let cases: &[(&str, &[&str], DecimalStyle, ColumnType)] = &[
            (
                "codice",
                &["006003", "006001", "006193"],
                Comma,
                ColumnType::IstatCode,
            ),
            (
                "codice_istat",
                &["106003", "106001"],
                Comma,
                ColumnType::IstatCode,
            ),
            (
                "PRO_COM",
                &["6003", "6001", "1272"],
                Comma,
                ColumnType::IstatCode,
            ),
            ("cod_comune", &["6003", ""], Comma, ColumnType::IstatCode),
            (
                "popolazione",
                &["106003", "106001"],
                Comma,
                ColumnType::Integer,
            ),
            (
                "CodiceRegione",
                &["13", "08", "01"],
                Comma,
                ColumnType::Text,
            ),
            ("cod_provincia", &["006"], Comma, ColumnType::Text),
            (
                "TIME_PERIOD",
                &["2015", "2024", ""],
                Comma,
                ColumnType::Year,
            ),
            ("valore", &["1799", "2000"], Comma, ColumnType::Integer),
            (
                "data",
                &["2019-09-30", "n.d.", "01/10/2019"],
                Comma,
                ColumnType::Date,
            ),
            (
                "n",
                &["1.234", "-5", "n.d.", "x"],
                Comma,
                ColumnType::Integer,
            ),
            ("tasso", &["12,5", "3", "4,25%"], Comma, ColumnType::Decimal),
            ("tasso", &["12.5", "3"], Point, ColumnType::Decimal),
            ("tasso", &["12,5", "3"], Point, ColumnType::Text),
            ("iban", &["12345678901234567890"], Comma, ColumnType::Text),
            ("vuota", &["", "n.d.", "-"], Comma, ColumnType::Text),
            ("nome", &["Alessandria", "12"], Comma, ColumnType::Text),
        ];
        for (name, cells, style, expected) in cases {
            assert_eq!(infer(name, cells, *style), *expected, "{name} {cells:?}");
        }
    }

    #[test]
    fn decimal_votes() {
        assert_eq!(decimal_vote("12,5"), Some(Comma));
        assert_eq!(decimal_vote("0,123"), Some(Comma));
        assert_eq!(decimal_vote("1.234.567"), Some(Comma));
        assert_eq!(decimal_vote("1.234,5"), Some(Comma));
        assert_eq!(decimal_vote("12.5"), Some(Point));
        assert_eq!(decimal_vote("1,234,567"), Some(Point));
        assert_eq!(decimal_vote("1.234"), None);
        assert_eq!(decimal_vote("1234"), None);
        assert_eq!(decimal_vote("30.09.2019"), None);
        assert_eq!(decimal_vote("Alessandria"), None);
    }

    #[test]
    fn notes() {
        for note in [
            "Fonte: ISTAT",
            "Note: dati provvisori",
            "(a) stima",
            "* dati al 31 dicembre",
            "Elaborazione su dati del Ministero dell'Interno",
            "Dati aggiornati al 2023",
        ] {
            assert!(looks_like_note(note), "{note}");
        }
        for data in ["Alessandria", "12:30", "2023", "Totale"] {
            assert!(!looks_like_note(data), "{data}");
        }
    }
}
