//! `agoral import`: a dataset file (CSV or XLSX) into a new version of a
//! dataset, from the terminal, with a progress bar. The file is read as a
//! stream with the settings the preview would propose (each can be given
//! instead), exactly as the browser's import does.

use std::path::{Path, PathBuf};

use agoral_db::datasets::Save;
use agoral_domain::{
    lang::Lang,
    observatory::{
        dataset::{DatasetInput, DatasetText},
        dcat::{Frequency, Licence, Theme},
        table::{self, ColumnType, DecimalStyle, Encoding},
    },
};
use anyhow::{Context, bail};
use tokio::io::AsyncReadExt;

use crate::{
    cli::progress::Progress,
    config::Config,
    observatory::import::{Outcome, import_file},
};

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The dataset's address (slug).
    #[arg(long)]
    pub dataset: String,
    /// Create the dataset (unpublished) with this Italian title when it
    /// does not exist.
    #[arg(long)]
    pub title: Option<String>,
    /// The file: CSV (any delimiter, UTF-8 or Windows-1252) or XLSX.
    pub file: PathBuf,
    /// The sheet of an XLSX workbook (default: the first).
    #[arg(long)]
    pub sheet: Option<String>,
    /// Field delimiter: comma, semicolon or tab (default: detected).
    #[arg(long)]
    pub delimiter: Option<String>,
    /// utf8 or windows1252 (default: detected).
    #[arg(long)]
    pub encoding: Option<String>,
    /// Decimal separator: point or comma (default: detected).
    #[arg(long)]
    pub decimal: Option<String>,
    /// Lines before the header (default: detected).
    #[arg(long)]
    pub header_row: Option<usize>,
    /// A column's type, as COLUMN=TYPE (integer, decimal, year, date,
    /// istat_code, text); may be repeated.
    #[arg(long = "type")]
    pub types: Vec<String>,
    /// What this version changes, shown with it.
    #[arg(long, default_value = "")]
    pub note: String,
}

async fn head_of(path: &Path) -> anyhow::Result<(Vec<u8>, bool)> {
    let file = tokio::fs::File::open(path)
        .await
        .with_context(|| format!("opening {}", path.display()))?;
    let size = file.metadata().await?.len();
    let mut head = Vec::new();
    file.take(1 << 20).read_to_end(&mut head).await?;
    Ok((head, size <= 1 << 20))
}

pub async fn run(config: Config, args: ImportArgs) -> anyhow::Result<std::process::ExitCode> {
    let db = crate::server::open_database(&config).await?;
    let state = crate::state::AppState::new(config, db).await?;
    let l10n = |key: &str| state.l10n.get(Lang::It, key);
    let dataset = match state.db.dataset_by_slug(&args.dataset).await? {
        Some(d) => d,
        None => {
            let Some(title) = &args.title else {
                bail!("no dataset {:?} (give --title to create it)", args.dataset);
            };
            let input = DatasetInput {
                slug: args.dataset.clone(),
                publisher_id: state.db.organisations().await?.first().map(|o| o.id),
                rights_holder_id: None,
                themes: vec![Theme::Soci.code().to_owned()],
                licence: Licence::CcBy40.code().to_owned(),
                frequency: Frequency::Irregular.code().to_owned(),
                temporal: None,
                spatial: vec!["006".to_owned()],
                contact_name: "Osservatorio".to_owned(),
                contact_email: state.config.mail_from.clone(),
                source_url: String::new(),
                attribution: String::new(),
                published: false,
                texts: vec![(
                    Lang::It,
                    DatasetText {
                        title: title.clone(),
                        ..DatasetText::default()
                    },
                )],
            };
            match state.db.create_dataset(&input, None).await? {
                Save::Saved(id) => state.db.dataset(id).await?.context("the new dataset")?,
                _ => bail!("the address {:?} cannot be used", args.dataset),
            }
        }
    };
    // A workbook's sheet becomes CSV first, like an upload.
    let dir = state.config.imports_dir();
    tokio::fs::create_dir_all(&dir).await?;
    let mut magic = [0u8; 4];
    {
        let mut f = tokio::fs::File::open(&args.file)
            .await
            .with_context(|| format!("opening {}", args.file.display()))?;
        let _ = f.read(&mut magic).await?;
    }
    let mut temporary = None;
    let path = if magic == *b"PK\x03\x04" {
        let bytes = tokio::fs::read(&args.file).await?;
        let csv = table::xlsx_to_csv(&bytes, args.sheet.as_deref(), table::XlsxLimits::default())
            .map_err(|e| anyhow::anyhow!(l10n(e.message())))?;
        let out = dir.join(format!(
            "{}.csv",
            data_encoding::HEXLOWER.encode(&rand::random::<[u8; 16]>())
        ));
        tokio::fs::write(&out, csv).await?;
        temporary = Some(out.clone());
        out
    } else {
        args.file.clone()
    };
    let result = import(&state, &dataset, &path, &args).await;
    if let Some(t) = temporary {
        let _ = tokio::fs::remove_file(t).await;
    }
    result
}

async fn import(
    state: &crate::state::AppState,
    dataset: &agoral_domain::observatory::dataset::Dataset,
    path: &Path,
    args: &ImportArgs,
) -> anyhow::Result<std::process::ExitCode> {
    let l10n = |key: &str| state.l10n.get(Lang::It, key);
    let (head, whole) = head_of(path).await?;
    let preview = table::sniff(&head, whole).map_err(|e| anyhow::anyhow!(l10n(e.message())))?;
    let mut settings = preview.settings;
    let mut changed = false;
    if let Some(d) = &args.delimiter {
        settings.delimiter = match d.as_str() {
            "comma" | "," => b',',
            "semicolon" | ";" => b';',
            "tab" => b'\t',
            other => bail!("unknown delimiter {other:?}"),
        };
        changed = true;
    }
    if let Some(e) = &args.encoding {
        settings.encoding = match e.as_str() {
            "utf8" | "utf-8" => Encoding::Utf8,
            "windows1252" | "latin1" => Encoding::Windows1252,
            other => bail!("unknown encoding {other:?}"),
        };
        changed = true;
    }
    if let Some(d) = &args.decimal {
        settings.decimal = match d.as_str() {
            "point" => DecimalStyle::Point,
            "comma" => DecimalStyle::Comma,
            other => bail!("unknown decimal separator {other:?}"),
        };
        changed = true;
    }
    if let Some(h) = args.header_row {
        settings.header_row = h;
        changed = true;
    }
    if changed {
        settings.columns = table::preview_with(&head, whole, &settings)
            .map_err(|e| anyhow::anyhow!(l10n(e.message())))?
            .settings
            .columns;
    }
    for spec in &args.types {
        let (name, kind) = spec.split_once('=').context("--type takes COLUMN=TYPE")?;
        let kind: ColumnType = kind
            .parse()
            .map_err(|_| anyhow::anyhow!("unknown type {kind:?}"))?;
        let column = settings
            .columns
            .iter_mut()
            .find(|c| c.name == name)
            .with_context(|| format!("no column {name:?}"))?;
        column.kind = kind;
    }
    eprintln!("{} columns:", settings.columns.len());
    for c in &settings.columns {
        eprintln!("  {} ({})", c.name, c.kind.as_str());
    }
    let size = tokio::fs::metadata(path).await?.len();
    let file_name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let version = state
        .db
        .create_version(
            dataset.id,
            &file_name,
            size as i64,
            &serde_json::to_string(&settings)?,
            &args.note,
            None,
        )
        .await?;
    let started = std::time::Instant::now();
    let mut bar = Progress::new("import", size);
    let outcome = import_file(
        &state.db,
        version.id,
        path,
        &settings,
        crate::observatory::import::known_comuni(state.comuni.keys()),
        &mut |done, total, rows| bar.update(done, total, &format!("{rows} rows")),
    )
    .await?;
    bar.finish();
    match outcome {
        Outcome::Imported(rows) => {
            println!(
                "Version {} of {}: {rows} rows imported in {:.1} s.",
                version.number,
                dataset.input.slug,
                started.elapsed().as_secs_f64()
            );
            Ok(std::process::ExitCode::SUCCESS)
        }
        Outcome::Failed(failure) => {
            let mut at = Vec::new();
            if let Some(line) = failure.line {
                at.push(format!("line {line}"));
            }
            if let Some(column) = &failure.column {
                at.push(format!("column {column:?}"));
            }
            if let Some(value) = &failure.value {
                at.push(format!("value {value:?}"));
            }
            eprintln!(
                "Import refused, nothing written ({}): {}",
                at.join(", "),
                l10n(&failure.message)
            );
            Ok(std::process::ExitCode::FAILURE)
        }
    }
}
