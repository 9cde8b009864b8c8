//! The import from end to end: sniffing, previewing and streaming files.

use std::io::Read;
use std::time::Instant;

use jiff::civil::Date;

use super::*;

type Rows = Vec<Result<Vec<Value>, RowError>>;

fn read_all(bytes: &[u8], settings: &Settings) -> Rows {
    Reader::new(bytes, settings.clone())
        .expect("settings")
        .collect()
}

fn sniffed(bytes: &[u8]) -> Preview {
    sniff(bytes, true).expect("sniff")
}

fn kinds(preview: &Preview) -> Vec<(&str, ColumnType)> {
    preview
        .settings
        .columns
        .iter()
        .map(|c| (c.name.as_str(), c.kind))
        .collect()
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

fn date(y: i16, m: i8, d: i8) -> Value {
    Value::Date(Date::new(y, m, d).expect("date"))
}

/// Gives its bytes a few at a time, to split characters and lines
/// across reads.
struct Trickle<'a> {
    bytes: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

#[test]
fn semicolons_with_decimal_commas() {
    let file = "comune;abitanti;tasso\nAlessandria;92.104;12,5\nAsti;74.348;9,75\nCasale Monferrato;33.500;10,1\n";
    let preview = sniffed(file.as_bytes());
    assert_eq!(preview.settings.delimiter, b';');
    assert_eq!(preview.settings.decimal, DecimalStyle::Comma);
    assert_eq!(preview.settings.encoding, Encoding::Utf8);
    assert_eq!(preview.settings.header_row, 0);
    assert_eq!(
        kinds(&preview),
        vec![
            ("comune", ColumnType::Text),
            ("abitanti", ColumnType::Integer),
            ("tasso", ColumnType::Decimal),
        ]
    );
    let rows = read_all(file.as_bytes(), &preview.settings);
    assert_eq!(
        rows[0],
        Ok(vec![
            text("Alessandria"),
            Value::Integer(92_104),
            Value::Decimal(12.5)
        ])
    );
    assert_eq!(rows.len(), 3);
}

#[test]
fn delimiters_are_told_apart() {
    let tabs = "anno\tvalore\tnota\n2020\t1,5\tuna, due\n2021\t2,5\ttre\n";
    let preview = sniffed(tabs.as_bytes());
    assert_eq!(preview.settings.delimiter, b'\t');
    assert_eq!(preview.settings.decimal, DecimalStyle::Comma);

    let commas = "nome,nota,valore\n\"Rossi; Mario\",\"a, b\",1.5\n\"Bianchi; Anna\",c,2.25\nVerdi,\"d;e;f\",3\n";
    let preview = sniffed(commas.as_bytes());
    assert_eq!(preview.settings.delimiter, b',');
    assert_eq!(preview.settings.decimal, DecimalStyle::Point);
    assert_eq!(preview.sample[0], vec!["Rossi; Mario", "a, b", "1.5"]);
    assert_eq!(preview.settings.columns[2].kind, ColumnType::Decimal);

    let one_column = "nome\nAlessandria\nAsti\n";
    let preview = sniffed(one_column.as_bytes());
    assert_eq!(kinds(&preview), vec![("nome", ColumnType::Text)]);
    assert_eq!(preview.rows_seen, 2);
}

#[test]
fn encodings() {
    let latin1 = b"comune;abitanti\nCitt\xe0 di Castello;10\nForl\xec;20\n";
    let preview = sniffed(latin1);
    assert_eq!(preview.settings.encoding, Encoding::Windows1252);
    assert!(preview.notes.contains(&"table-note-windows-1252"));
    assert_eq!(preview.sample[0][0], "Città di Castello");
    let rows = read_all(latin1, &preview.settings);
    assert_eq!(rows[1], Ok(vec![text("Forlì"), Value::Integer(20)]));

    let bom = "\u{feff}città;n\nAsti;1\n";
    let preview = sniffed(bom.as_bytes());
    assert_eq!(preview.settings.encoding, Encoding::Utf8);
    assert_eq!(preview.settings.columns[0].name, "città");
    assert_eq!(read_all(bom.as_bytes(), &preview.settings).len(), 1);

    // Forcing UTF-8 on a Latin-1 file.
    let mut utf8 = preview.settings.clone();
    utf8.columns[0].name = "comune".to_owned();
    utf8.columns[1].name = "abitanti".to_owned();
    assert_eq!(preview_with(latin1, true, &utf8), Err(TableError::Encoding));
    let rows = read_all(latin1, &utf8);
    assert_eq!(
        rows,
        vec![Err(RowError {
            line: 2,
            column: None,
            value: None,
            message: "table-error-encoding"
        })]
    );
}

#[test]
fn streaming_decodes_characters_split_across_reads() {
    let utf8 = "\u{feff}nome;città\n\"Élodie\r\nÀ capo\";Forlì–Cesena ✓ 🇮🇹\nZoë;Asti\n";
    let settings = sniffed(utf8.as_bytes()).settings;
    let whole = read_all(utf8.as_bytes(), &settings);
    assert_eq!(
        whole[0],
        Ok(vec![text("Élodie\nÀ capo"), text("Forlì–Cesena ✓ 🇮🇹")])
    );
    for step in 1..8 {
        let rows: Rows = Reader::new(
            Trickle {
                bytes: utf8.as_bytes(),
                step,
            },
            settings.clone(),
        )
        .expect("settings")
        .collect();
        assert_eq!(rows, whole, "{step} bytes at a time");
    }
    let latin1 = b"nome;citt\xe0\n\"\xc9lodie\";Forl\xec\n";
    let settings = sniffed(latin1).settings;
    let whole = read_all(latin1, &settings);
    let trickled: Rows = Reader::new(
        Trickle {
            bytes: latin1,
            step: 1,
        },
        settings,
    )
    .expect("settings")
    .collect();
    assert_eq!(trickled, whole);
    assert_eq!(whole[0], Ok(vec![text("Élodie"), text("Forlì")]));
}

#[test]
fn line_numbers_count_physical_lines() {
    let file = "a,b,c\n\"multi\nline\ncell\",1,2\n\n1,2\n\"x\",\"y\r\nz\",3\n4,5,6,7\n";
    let preview = sniffed(file.as_bytes());
    let rows = read_all(file.as_bytes(), &preview.settings);
    let errors: Vec<(u64, &str)> = rows
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| (e.line, e.message))
        .collect();
    assert_eq!(
        errors,
        vec![(6, "table-error-ragged"), (9, "table-error-ragged")]
    );
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[2],
        Ok(vec![text("x"), text("y\nz"), Value::Integer(3)])
    );
    assert_eq!(
        preview.problems.iter().map(|p| p.line).collect::<Vec<_>>(),
        vec![6, 9]
    );
    assert!(preview.notes.contains(&"table-note-ragged-rows"));
}

#[test]
fn titles_blank_lines_and_footers() {
    let file = "Popolazione straniera residente al 1° gennaio\n\nanno;comune;stranieri\n2023;Alessandria;12.345\n\n2023;Asti;;\n2023;Acqui Terme;n.d.\n;;\nFonte: ISTAT;;\nNote: dati provvisori\n\n";
    let preview = sniffed(file.as_bytes());
    assert_eq!(preview.settings.header_row, 2);
    assert_eq!(preview.settings.delimiter, b';');
    assert_eq!(
        kinds(&preview),
        vec![
            ("anno", ColumnType::Year),
            ("comune", ColumnType::Text),
            ("stranieri", ColumnType::Integer),
        ]
    );
    assert_eq!(preview.rows_seen, 3);
    assert_eq!(preview.sample.len(), 3);
    assert!(preview.notes.contains(&"table-note-title-skipped"));
    assert!(preview.notes.contains(&"table-note-footer-skipped"));
    assert_eq!(preview.problems, vec![]);

    let mut reader = Reader::new(file.as_bytes(), preview.settings.clone()).expect("settings");
    let rows: Rows = reader.by_ref().collect();
    assert_eq!(
        rows,
        vec![
            Ok(vec![
                Value::Year(2023),
                text("Alessandria"),
                Value::Integer(12_345)
            ]),
            Ok(vec![Value::Year(2023), text("Asti"), Value::Missing]),
            Ok(vec![Value::Year(2023), text("Acqui Terme"), Value::Missing]),
        ]
    );
    assert_eq!(reader.footer_lines(), 2);
    assert_eq!(reader.rows_read(), 3);

    // The same lines followed by data are not a footer.
    let middle = "anno;comune;stranieri\n2023;Alessandria;12\nNote: dati provvisori\nFonte: ISTAT;;\n2023;Asti;4\n";
    let preview = sniffed(middle.as_bytes());
    let rows = read_all(middle.as_bytes(), &preview.settings);
    assert_eq!(
        rows[1],
        Err(RowError {
            line: 3,
            column: None,
            value: None,
            message: "table-error-ragged"
        })
    );
    // A note-like line of the right width is a row; here its year is wrong.
    assert_eq!(
        rows[2].as_ref().err().map(|e| e.message),
        Some("table-error-not-year")
    );
    assert_eq!(
        rows[3],
        Ok(vec![Value::Year(2023), text("Asti"), Value::Integer(4)])
    );
    assert!(!preview.notes.contains(&"table-note-footer-skipped"));
}

#[test]
fn the_first_part_of_a_file_ends_mid_line() {
    let head = "comune;n\nAlessandria;1\nAsti;2\nAcqui Te";
    let preview = sniff(head.as_bytes(), false).expect("sniff");
    assert_eq!(preview.rows_seen, 2);
    assert!(preview.notes.contains(&"table-note-partial"));
    // A character cut in two at the end is still UTF-8.
    let mut cut = "comune;n\nCittà;1\nForlì;2\n".as_bytes().to_vec();
    cut.pop();
    cut.pop();
    cut.pop();
    let preview = sniff(&cut, false).expect("sniff");
    assert_eq!(preview.settings.encoding, Encoding::Utf8);
    assert_eq!(preview.rows_seen, 1);
}

#[test]
fn missing_values_in_every_type() {
    let file = "anno;data;codice;n;x;nota\n2020;2020-01-31;006003;1;1,5;-\n..;n.d.;nd;-;...;n.d.\nx;X;n.a.;NA;;NA\n";
    let preview = sniffed(file.as_bytes());
    assert_eq!(
        kinds(&preview),
        vec![
            ("anno", ColumnType::Year),
            ("data", ColumnType::Date),
            ("codice", ColumnType::IstatCode),
            ("n", ColumnType::Integer),
            ("x", ColumnType::Decimal),
            ("nota", ColumnType::Text),
        ]
    );
    let rows = read_all(file.as_bytes(), &preview.settings);
    assert_eq!(
        rows,
        vec![
            Ok(vec![
                Value::Year(2020),
                date(2020, 1, 31),
                Value::Code("006003".into()),
                Value::Integer(1),
                Value::Decimal(1.5),
                text("-"),
            ]),
            Ok(vec![
                Value::Missing,
                Value::Missing,
                Value::Missing,
                Value::Missing,
                Value::Missing,
                text("n.d."),
            ]),
            Ok(vec![
                Value::Missing,
                Value::Missing,
                Value::Missing,
                Value::Missing,
                Value::Missing,
                text("NA"),
            ]),
        ]
    );
}

#[test]
fn numbers_and_their_errors() {
    let file = "n;x\n1.234.567;-1.234,5\n1 234;12,5%\n-7;1\u{a0}000,25\n12,5;3\n";
    let preview = sniffed(file.as_bytes());
    assert_eq!(preview.settings.decimal, DecimalStyle::Comma);
    assert_eq!(
        kinds(&preview),
        vec![("n", ColumnType::Decimal), ("x", ColumnType::Decimal)]
    );
    let mut settings = preview.settings.clone();
    settings.columns[0].kind = ColumnType::Integer;
    let again = preview_with(file.as_bytes(), true, &settings).expect("preview");
    assert_eq!(again.settings.columns[0].kind, ColumnType::Integer);
    assert_eq!(
        again.problems,
        vec![RowError {
            line: 5,
            column: Some("n".to_owned()),
            value: Some("12,5".to_owned()),
            message: "table-error-not-integer",
        }]
    );
    let rows = read_all(file.as_bytes(), &settings);
    assert_eq!(
        rows[..3],
        [
            Ok(vec![Value::Integer(1_234_567), Value::Decimal(-1234.5)]),
            Ok(vec![Value::Integer(1234), Value::Decimal(12.5)]),
            Ok(vec![Value::Integer(-7), Value::Decimal(1000.25)]),
        ]
    );
    assert_eq!(rows[3], Err(again.problems[0].clone()));

    let point = "n,x\n\"1,234,567\",1.5\n2,-0.25\n";
    let preview = sniffed(point.as_bytes());
    assert_eq!(preview.settings.decimal, DecimalStyle::Point);
    assert_eq!(
        read_all(point.as_bytes(), &preview.settings)[0],
        Ok(vec![Value::Integer(1_234_567), Value::Decimal(1.5)])
    );
}

#[test]
fn the_user_changes_settings() {
    let file = "codice;comune;valore\n006003;Alessandria;10\n006001;Acqui Terme;20\n";
    let preview = sniffed(file.as_bytes());
    let mut settings = preview.settings.clone();
    settings.columns[2].kind = ColumnType::Decimal;
    settings.columns[0].kind = ColumnType::Text;
    let again = preview_with(file.as_bytes(), true, &settings).expect("preview");
    assert_eq!(again.settings, settings);
    assert_eq!(
        read_all(file.as_bytes(), &settings)[0],
        Ok(vec![
            text("006003"),
            text("Alessandria"),
            Value::Decimal(10.0)
        ])
    );
    // Another delimiter: the columns are read again from the header.
    settings.delimiter = b',';
    let again = preview_with(file.as_bytes(), true, &settings).expect("preview");
    assert_eq!(
        kinds(&again),
        vec![("codice;comune;valore", ColumnType::Text)]
    );
    // Another header line: the names come from it, the types are guessed.
    settings.delimiter = b';';
    settings.header_row = 1;
    let again = preview_with(file.as_bytes(), true, &settings).expect("preview");
    assert_eq!(again.settings.columns[0].name, "006003");
    assert_eq!(again.rows_seen, 1);
    // Settings as the web layer keeps them.
    let json = serde_json::to_string(&preview.settings).expect("json");
    assert!(json.contains("\"encoding\":\"utf-8\""), "{json}");
    assert!(json.contains("\"kind\":\"istat_code\""), "{json}");
    assert!(json.contains("\"decimal\":\"comma\""), "{json}");
    let back: Settings = serde_json::from_str(&json).expect("settings");
    assert_eq!(back, preview.settings);
    // Settings that did not come from a preview.
    let mut bad = preview.settings.clone();
    bad.delimiter = b'"';
    assert_eq!(
        Reader::new(file.as_bytes(), bad).err(),
        Some(TableError::Settings)
    );
    let mut bad = preview.settings.clone();
    bad.columns[1].name = "CODICE".to_owned();
    assert_eq!(
        preview_with(file.as_bytes(), true, &bad),
        Err(TableError::DuplicateColumn("CODICE".to_owned()))
    );
}

#[test]
fn the_header_must_match_the_settings() {
    let file = "a;b;c\n1;2;3\n";
    let mut settings = sniffed(file.as_bytes()).settings;
    settings.columns.pop();
    assert_eq!(
        read_all(file.as_bytes(), &settings),
        vec![Err(RowError::new(1, "table-error-header-mismatch"))]
    );
    let mut settings = sniffed(file.as_bytes()).settings;
    settings.header_row = 5;
    assert_eq!(
        read_all(file.as_bytes(), &settings),
        vec![Err(RowError::new(3, "table-error-no-header"))]
    );
    assert_eq!(
        preview_with(file.as_bytes(), true, &settings),
        Err(TableError::NoHeader)
    );
    // Renamed columns are fine: only their number is checked.
    let mut settings = sniffed(file.as_bytes()).settings;
    settings.columns[0].name = "primo".to_owned();
    assert_eq!(read_all(file.as_bytes(), &settings).len(), 1);
}

#[test]
fn hostile_files() {
    let cases: &[(&[u8], TableError)] = &[
        (b"", TableError::Empty),
        (b"\n\n  \r\n", TableError::Empty),
        (b"\xef\xbb\xbf\n", TableError::Empty),
        (b";;;\n;;;\n", TableError::Empty),
        (
            b"  <!DOCTYPE html><html><body>Errore</body></html>",
            TableError::Html,
        ),
        (b"\xef\xbb\xbf\n<html lang=\"it\">", TableError::Html),
        (b"<TABLE><tr><td>1</td></tr></TABLE>", TableError::Html),
        (
            b"<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html>",
            TableError::Html,
        ),
        (b"PK\x03\x04\x14\x00\x00\x00", TableError::Binary),
        (b"a,b\n1,\x002\n", TableError::Binary),
        (b"%PDF-1.7\n", TableError::Binary),
        (b"\xff\xfea\x00,\x00b\x00", TableError::Utf16),
        (b"1;2;3\n4;5;6\n", TableError::NoHeader),
        (
            b"a;b;A\n1;2;3\n",
            TableError::DuplicateColumn("A".to_owned()),
        ),
    ];
    for (bytes, expected) in cases {
        assert_eq!(
            sniff(bytes, true).map(|p| p.settings),
            Err(expected.clone()),
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
    let wide = format!(
        "{}\n{}\n",
        vec!["c"; 501].join(";"),
        vec!["1"; 501].join(";")
    );
    assert_eq!(
        sniff(wide.as_bytes(), true).err(),
        Some(TableError::TooManyColumns)
    );
    let wide = (0..500)
        .map(|i| format!("c{i}"))
        .collect::<Vec<_>>()
        .join(";");
    let wide = format!("{wide}\n{}\n", vec!["1"; 500].join(";"));
    assert_eq!(sniffed(wide.as_bytes()).settings.columns.len(), 500);
    assert_eq!(TableError::Html.message(), "table-error-html");
}

#[test]
fn empty_header_cells_are_named_and_trailing_delimiters_dropped() {
    let file = ";2022;2023;\nAlessandria;10;11;\nAsti;12;13;\n";
    let preview = sniffed(file.as_bytes());
    assert_eq!(
        kinds(&preview),
        vec![
            ("colonna_1", ColumnType::Text),
            ("2022", ColumnType::Integer),
            ("2023", ColumnType::Integer),
        ]
    );
    assert!(preview.notes.contains(&"table-note-columns-named"));
    assert!(preview.notes.contains(&"table-note-empty-columns-dropped"));
    let rows = read_all(file.as_bytes(), &preview.settings);
    assert_eq!(
        rows[1],
        Ok(vec![text("Asti"), Value::Integer(12), Value::Integer(13)])
    );
    // A value in the dropped column is a ragged line.
    let late = format!("{file}Acqui;1;2;3\n");
    let rows = read_all(late.as_bytes(), &preview.settings);
    assert_eq!(rows[2], Err(RowError::new(4, "table-error-ragged")));
}

#[test]
fn long_cells_and_control_characters() {
    let long = "é".repeat(MAX_CELL_CHARS + 1);
    let file = format!("nome;n\nAsti\x07\x1b;1\n\"{long}\";2\nAcqui;3\n\x1a");
    let preview = sniffed(file.as_bytes());
    assert_eq!(preview.sample[0], vec!["Asti", "1"]);
    let rows = read_all(file.as_bytes(), &preview.settings);
    assert_eq!(rows[0], Ok(vec![text("Asti"), Value::Integer(1)]));
    let error = rows[1].clone().expect_err("too long");
    assert_eq!(error.message, "table-error-cell-too-long");
    assert_eq!(error.line, 3);
    assert_eq!(error.column.as_deref(), Some("nome"));
    assert_eq!(error.value.as_deref().map(|v| v.chars().count()), Some(80));
    assert_eq!(rows[2], Ok(vec![text("Acqui"), Value::Integer(3)]));
    assert_eq!(rows.len(), 3);
    // Exactly the limit is fine.
    let file = format!("nome\n{}\n", "é".repeat(MAX_CELL_CHARS));
    let settings = sniffed(file.as_bytes()).settings;
    assert!(read_all(file.as_bytes(), &settings)[0].is_ok());
    // An unclosed quote ends the file.
    let file = "nome;n\nAsti;1\n\"Acqui;2\n";
    let settings = sniffed(b"nome;n\nAsti;1\n").settings;
    let rows = read_all(file.as_bytes(), &settings);
    assert_eq!(rows[1], Err(RowError::new(3, "table-error-unclosed-quote")));
}

#[test]
fn latin1_istat_export_end_to_end() {
    let bytes = include_bytes!("fixtures/istat_latin1.csv");
    let preview = sniffed(bytes);
    assert_eq!(preview.settings.encoding, Encoding::Windows1252);
    assert_eq!(preview.settings.delimiter, b';');
    assert_eq!(preview.settings.decimal, DecimalStyle::Comma);
    assert_eq!(preview.settings.header_row, 2);
    assert_eq!(
        kinds(&preview),
        vec![
            ("Codice comune", ColumnType::IstatCode),
            ("Comune", ColumnType::Text),
            ("Anno", ColumnType::Year),
            ("Stranieri", ColumnType::Integer),
            ("Incidenza %", ColumnType::Decimal),
        ]
    );
    assert_eq!(preview.rows_seen, 4);
    for note in [
        "table-note-windows-1252",
        "table-note-title-skipped",
        "table-note-footer-skipped",
    ] {
        assert!(preview.notes.contains(&note), "{note}");
    }
    assert_eq!(preview.sample[3][1], "Ovada; città");
    let mut reader = Reader::new(&bytes[..], preview.settings).expect("settings");
    let rows: Rows = reader.by_ref().collect();
    assert_eq!(
        rows,
        vec![
            Ok(vec![
                Value::Code("006001".into()),
                text("Acqui Terme"),
                Value::Year(2023),
                Value::Integer(1234),
                Value::Decimal(6.3),
            ]),
            Ok(vec![
                Value::Code("006003".into()),
                text("Alessandria"),
                Value::Year(2023),
                Value::Integer(12_345),
                Value::Decimal(13.4),
            ]),
            Ok(vec![
                Value::Code("006004".into()),
                text("Città di prova"),
                Value::Year(2023),
                Value::Missing,
                Value::Missing,
            ]),
            Ok(vec![
                Value::Code("006005".into()),
                text("Ovada; città"),
                Value::Year(2023),
                Value::Integer(987),
                Value::Decimal(8.25),
            ]),
        ]
    );
    assert_eq!(reader.footer_lines(), 2);
    assert_eq!(reader.bytes_read(), bytes.len() as u64);
}

/// A real public file shipped with the repository: the demo's datasets
/// (`data/osservatorio/`), the comuni (`data/reference/`), and three more
/// kept as test fixtures (see `fixtures/SOURCES.md`).
fn shared_data(name: &str) -> Vec<u8> {
    let root = env!("CARGO_MANIFEST_DIR");
    let places = [
        format!("{root}/../../data/osservatorio/{name}"),
        format!("{root}/../../data/reference/{name}"),
        format!("{root}/src/observatory/table/fixtures/{name}"),
    ];
    places
        .iter()
        .find_map(|p| std::fs::read(p).ok())
        .unwrap_or_else(|| panic!("{name} in data/ or the table fixtures"))
}

/// Sniffs a real file from its first MiB, checks the columns named in
/// `expected`, and reads it all.
fn real_file(name: &str, expected: &[(&str, ColumnType)]) -> Preview {
    let bytes = shared_data(name);
    let whole = bytes.len() <= HEAD_BYTES;
    let preview = sniff(&bytes[..bytes.len().min(HEAD_BYTES)], whole).expect("sniff");
    assert_eq!(preview.settings.delimiter, b',', "{name}");
    assert_eq!(preview.settings.encoding, Encoding::Utf8, "{name}");
    assert_eq!(preview.settings.header_row, 0, "{name}");
    assert_eq!(preview.problems, vec![], "{name}");
    for (column, kind) in expected {
        let found = preview.settings.columns.iter().find(|c| c.name == *column);
        assert_eq!(found.map(|c| c.kind), Some(*kind), "{name}: {column}");
    }
    let mut reader = Reader::new(&bytes[..], preview.settings.clone()).expect("settings");
    for row in reader.by_ref() {
        row.unwrap_or_else(|e| panic!("{name}: {e:?}"));
    }
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() as u64;
    assert_eq!(reader.rows_read(), lines - 1, "{name}");
    preview
}

#[test]
fn real_public_files() {
    use ColumnType::{Date, Integer, IstatCode, Text, Year};
    let comuni = real_file(
        "comuni_AL.csv",
        &[
            ("codice_istat", IstatCode),
            ("nome", Text),
            ("sigla_provincia", Text),
            ("codice_catastale", Text),
            ("popolazione_censimento_2011", Integer),
            ("popolazione_residente_2021", Integer),
        ],
    );
    assert_eq!(comuni.sample[2][0], "006003");
    real_file(
        "permessi_soggiorno_AL_Piemonte_2015_2024.csv",
        &[
            ("REF_AREA", Text),
            ("SEX", Integer),
            ("TIME_PERIOD", Year),
            ("OBS_VALUE", Integer),
        ],
    );
    real_file(
        "minint_cruscotto_accoglienza.csv",
        &[
            ("Regione", Text),
            ("Data_Report", Date),
            ("Migranti presenti negli hot spot", Integer),
            ("Migranti presenti nei centri SAI", Integer),
            ("CodiceRegione", Text),
        ],
    );
    real_file(
        "minint_cruscotto_nazionalita.csv",
        &[
            ("Data_Report", Date),
            ("ISO_3166-1", Text),
            ("Valore", Integer),
        ],
    );
    // Real dirt: days that do not exist (2025-02-30, 2025-04-31, ...) and a
    // value written "0[VALORE]0" make those columns text; asked to read
    // them as dates and numbers, the preview names the lines.
    let sbarchi = real_file(
        "minint_cruscotto_sbarchi_per_giorno.csv",
        &[
            ("Data", Text),
            ("Valore", Text),
            ("Note", Text),
            ("Data_Report", Date),
        ],
    );
    let mut settings = sbarchi.settings;
    settings.columns[0].kind = Date;
    settings.columns[1].kind = Integer;
    let bytes = shared_data("minint_cruscotto_sbarchi_per_giorno.csv");
    let problems: Vec<(u64, String, &str)> = preview_with(&bytes, true, &settings)
        .expect("preview")
        .problems
        .into_iter()
        .map(|p| (p.line, p.value.unwrap_or_default(), p.message))
        .collect();
    assert_eq!(
        problems,
        vec![
            (3315, "2024-04-31".to_owned(), "table-error-not-date"),
            (3372, "0[VALORE]0".to_owned(), "table-error-not-number"),
            (3620, "2024-09-31".to_owned(), "table-error-not-date"),
            (3923, "2025-02-29".to_owned(), "table-error-not-date"),
            (3924, "2025-02-30".to_owned(), "table-error-not-date"),
            (3925, "2025-02-31".to_owned(), "table-error-not-date"),
            (4046, "2025-04-31".to_owned(), "table-error-not-date"),
            (4169, "2025-06-31".to_owned(), "table-error-not-date"),
        ]
    );
    real_file(
        "stranieri_bilancio_demografico_AL_Piemonte_2019_2023.csv",
        &[("TIME_PERIOD", Year), ("OBS_VALUE", Integer)],
    );
    real_file(
        "stranieri_per_area_cittadinanza_AL_Piemonte_2023.csv",
        &[
            ("CITIZENSHIP", Text),
            ("TIME_PERIOD", Year),
            ("OBS_VALUE", Integer),
        ],
    );
    real_file(
        "stranieri_per_cittadinanza_AL_2023.csv",
        &[
            ("codice_nuts", Text),
            ("anno_1_gennaio", Year),
            ("cittadinanza", Text),
            ("totale", Integer),
        ],
    );
}

/// A file of `rows` rows of ten columns, made as it is read.
struct Generated {
    rows: u64,
    next: u64,
    line: Vec<u8>,
    at: usize,
    produced: u64,
}

impl Generated {
    const HEADER: &'static str =
        "codice_istat;comune;anno;data;maschi;femmine;totale;quota;nota;fonte\n";

    fn new(rows: u64) -> Self {
        Generated {
            rows,
            next: 0,
            line: Self::HEADER.as_bytes().to_vec(),
            at: 0,
            produced: 0,
        }
    }
}

impl Read for Generated {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.line.len() {
            if self.next == self.rows {
                return Ok(0);
            }
            let i = self.next;
            self.next += 1;
            self.line.clear();
            use std::io::Write as _;
            writeln!(
                self.line,
                "{:06};\"Comune n. {i}; città\";{};{:02}/{:02}/2023;{};{};{};{},{};n.d.;Fonte: ISTAT",
                6000 + i % 1000,
                2000 + i % 25,
                1 + i % 28,
                1 + i % 12,
                i % 5000,
                i % 7000,
                i % 5000 + i % 7000,
                i % 100,
                i % 10,
            )?;
            self.at = 0;
        }
        let n = buf.len().min(self.line.len() - self.at);
        buf[..n].copy_from_slice(&self.line[self.at..self.at + n]);
        self.at += n;
        self.produced += n as u64;
        Ok(n)
    }
}

#[test]
fn streams_in_constant_memory() {
    let mut head = Vec::new();
    Generated::new(2_000)
        .read_to_end(&mut head)
        .expect("generated");
    let preview = sniff(&head, true).expect("sniff");
    assert_eq!(
        kinds(&preview),
        vec![
            ("codice_istat", ColumnType::IstatCode),
            ("comune", ColumnType::Text),
            ("anno", ColumnType::Year),
            ("data", ColumnType::Date),
            ("maschi", ColumnType::Integer),
            ("femmine", ColumnType::Integer),
            ("totale", ColumnType::Integer),
            ("quota", ColumnType::Decimal),
            ("nota", ColumnType::Text),
            ("fonte", ColumnType::Text),
        ]
    );

    const ROWS: u64 = 200_000;
    let mut reader = Reader::new(Generated::new(ROWS), preview.settings).expect("settings");
    let start = Instant::now();
    let mut most = 0;
    let mut total: i64 = 0;
    while let Some(row) = reader.next() {
        let row = row.expect("row");
        if let Value::Integer(n) = row[6] {
            total += n;
        }
        most = most.max(reader.buffered_bytes());
    }
    let elapsed = start.elapsed();
    assert_eq!(reader.rows_read(), ROWS);
    let expected: i64 = (0..ROWS as i64).map(|i| i % 5000 + i % 7000).sum();
    assert_eq!(total, expected);
    // The buffers never grow past their first size, whatever the file.
    assert!(most < 1 << 20, "{most} bytes buffered");
    let bytes = reader.bytes_read();
    assert!(bytes > ROWS * 80, "{bytes}");
    eprintln!(
        "{ROWS} rows, {bytes} bytes in {elapsed:?}: {:.0} rows/s",
        ROWS as f64 / elapsed.as_secs_f64()
    );
}

#[test]
fn bytes_read_counts_the_whole_input() {
    let mut generated = Generated::new(1_000);
    let mut all = Vec::new();
    generated.read_to_end(&mut all).expect("read");
    let settings = sniffed(&all).settings;
    let mut reader = Reader::new(Generated::new(1_000), settings).expect("settings");
    assert_eq!(reader.by_ref().filter(Result::is_ok).count(), 1_000);
    assert_eq!(reader.bytes_read(), all.len() as u64);
}

#[test]
fn xlsx_end_to_end() {
    let bytes = super::xlsx::tests::workbook(
        r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Stranieri per comune</t></is></c></row>
<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" t="s"><v>2</v></c><c r="D3" t="s"><v>3</v></c></row>
<row r="4"><c r="A4" t="s"><v>5</v></c><c r="B4" t="s"><v>4</v></c><c r="C4" s="1"><v>45200</v></c><c r="D4"><v>1234.5</v></c></row>
<row r="5"><c r="A5"><v>6001</v></c><c r="B5" t="inlineStr"><is><t>Acqui Terme</t></is></c><c r="C5" s="1"><v>45201</v></c><c r="D5" t="e"><v>#N/A</v></c></row>
<row r="7"><c r="A7" t="inlineStr"><is><t>Fonte: ISTAT</t></is></c></row>
</sheetData></worksheet>"#,
    );
    let csv = xlsx_to_csv(&bytes, None, XlsxLimits::default()).expect("csv");
    let preview = sniffed(&csv);
    assert_eq!(preview.settings.header_row, 2);
    assert_eq!(
        kinds(&preview),
        vec![
            ("codice_istat", ColumnType::IstatCode),
            ("comune", ColumnType::Text),
            ("data", ColumnType::Date),
            ("valore", ColumnType::Decimal),
        ]
    );
    assert!(preview.notes.contains(&"table-note-footer-skipped"));
    let rows = read_all(&csv, &preview.settings);
    assert_eq!(
        rows,
        vec![
            Ok(vec![
                Value::Code("006003".into()),
                text("Città, \"nuova\""),
                date(2023, 10, 1),
                Value::Decimal(1234.5),
            ]),
            Ok(vec![
                Value::Code("006001".into()),
                text("Acqui Terme"),
                date(2023, 10, 2),
                Value::Missing,
            ]),
        ]
    );
}

#[test]
fn values_as_json_and_text() {
    let cases = [
        (Value::Missing, serde_json::json!(null), "", None),
        (Value::Integer(-3), serde_json::json!(-3), "-3", Some(-3.0)),
        (
            Value::Decimal(12.5),
            serde_json::json!(12.5),
            "12.5",
            Some(12.5),
        ),
        (
            Value::Year(2023),
            serde_json::json!(2023),
            "2023",
            Some(2023.0),
        ),
        (
            date(2019, 9, 30),
            serde_json::json!("2019-09-30"),
            "2019-09-30",
            None,
        ),
        (
            Value::Code("006003".into()),
            serde_json::json!("006003"),
            "006003",
            None,
        ),
        (text("Città"), serde_json::json!("Città"), "Città", None),
    ];
    for (value, json, display, number) in cases {
        assert_eq!(value.to_json(), json, "{value:?}");
        assert_eq!(value.display(), display, "{value:?}");
        assert_eq!(value.as_f64(), number, "{value:?}");
    }
    assert_eq!(Value::Decimal(f64::NAN).to_json(), serde_json::json!(null));
}

#[test]
fn column_types_by_name() {
    for kind in ColumnType::ALL {
        assert_eq!(kind.as_str().parse::<ColumnType>(), Ok(kind));
        assert_eq!(
            serde_json::to_value(kind).expect("json"),
            serde_json::json!(kind.as_str())
        );
        assert!(kind.label().starts_with("table-type-"));
    }
    assert_eq!("numero".parse::<ColumnType>(), Err(TableError::Settings));
    for encoding in Encoding::ALL {
        assert_eq!(encoding.as_str().parse::<Encoding>(), Ok(encoding));
    }
    assert_eq!("latin1".parse::<Encoding>(), Ok(Encoding::Windows1252));
    for style in DecimalStyle::ALL {
        assert_eq!(style.as_str().parse::<DecimalStyle>(), Ok(style));
    }
}

#[test]
fn formulas_are_neutralised() {
    for (cell, safe) in [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+39 0131", "'+39 0131"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Alessandria", "Alessandria"),
        ("", ""),
        ("a=b", "a=b"),
    ] {
        assert_eq!(neutralise_formula(cell), safe);
    }
    assert!(matches!(neutralise_formula("Asti"), Cow::Borrowed(_)));
}

#[test]
fn a_comune_of_the_province_that_does_not_exist_is_named() {
    use std::sync::Arc;
    let text = "codice,valore\n006003,1\n006999,2\n001272,3\n";
    let preview = sniff(text.as_bytes(), true).expect("sniff");
    assert_eq!(preview.settings.columns[0].kind, ColumnType::IstatCode);
    let known = Arc::new(KnownComuni {
        prefix: "006".to_owned(),
        codes: ["006003".to_owned()].into_iter().collect(),
    });
    let rows: Vec<_> = Reader::new(text.as_bytes(), preview.settings)
        .expect("reader")
        .with_known_comuni(known)
        .collect();
    assert!(rows[0].is_ok());
    let error = rows[1]
        .as_ref()
        .expect_err("006999 is no comune of the province");
    assert_eq!(error.line, 3);
    assert_eq!(error.column.as_deref(), Some("codice"));
    assert_eq!(error.value.as_deref(), Some("006999"));
    assert_eq!(error.message, "table-error-unknown-comune");
    assert!(rows[2].is_ok(), "another province's code cannot be checked");
}

#[test]
fn files_that_no_settings_can_read_are_told_apart() {
    let unreadable: [&[u8]; 3] = [
        b"<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>",
        b"\x00\x01\x02\x03ciao\x00",
        b"",
    ];
    for bytes in unreadable {
        let error = sniff(bytes, true).expect_err("unreadable");
        assert!(error.is_unreadable(), "{error:?}");
    }
    // A header the settings can move is not the file's fault.
    assert!(!TableError::DuplicateColumn("anno".into()).is_unreadable());
    assert!(!TableError::NoHeader.is_unreadable());
    assert!(TableError::XlsxTooLarge.is_unreadable());
}
