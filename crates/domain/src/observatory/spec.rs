//! What a chart shows of a dataset: the column that gives the categories
//! (years, citizenships, comuni), the numeric columns to draw, an optional
//! column that splits the values into series, and filters that keep some
//! rows only (one area, one sex). Values that fall in the same category and
//! series are added up, so a chart of an SDMX-style table (one value per
//! row, dimensions in the other columns) needs no reshaping.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// At most this many series in one chart: more cannot be told apart.
pub const MAX_SERIES: usize = 12;

/// At most this many categories.
pub const MAX_CATEGORIES: usize = 20_000;

/// A filter: the row's value in `column` must be one of `values`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    pub column: String,
    pub values: Vec<String>,
}

/// A chart's value as a share of a total from another dataset (foreign
/// residents as a share of the population): the chart's first series at
/// `category`, divided by the sum of the column `value` of the dataset at
/// `dataset` (its current version). The key figure on the dashboard shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    /// The other dataset's address.
    pub dataset: String,
    /// Its numeric column to add up.
    pub value: String,
    /// The chart's category the total refers to (the same year).
    pub category: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ChartSpec {
    pub category: String,
    pub values: Vec<String>,
    #[serde(default)]
    pub series: Option<String>,
    #[serde(default)]
    pub filters: Vec<Filter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<Share>,
}

/// A column as the spec needs it: its name and whether it holds numbers,
/// and whether its values sort as numbers (years, dates, codes sort as text
/// too, which keeps their order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnInfo {
    pub name: String,
    pub numeric: bool,
    /// Years, dates and numbers: categories are put in ascending order.
    pub ordered: bool,
}

/// The values to draw.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Aggregated {
    pub categories: Vec<String>,
    /// Series names with one value per category.
    pub series: Vec<(String, Vec<Option<f64>>)>,
    /// Rows that passed the filters.
    pub rows_used: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpecError {
    #[error("unknown column {0:?}")]
    UnknownColumn(String),
    #[error("column {0:?} holds no numbers")]
    NotNumeric(String),
    #[error("no value column")]
    NoValues,
    #[error("a series column needs exactly one value column")]
    SeriesWithManyValues,
    #[error("too many series")]
    TooManySeries,
    #[error("too many categories")]
    TooManyCategories,
    #[error("no row matches")]
    NoRows,
}

impl SpecError {
    /// The Fluent id of the message the analyst sees.
    pub const fn message(&self) -> &'static str {
        match self {
            SpecError::UnknownColumn(_) => "chart-spec-unknown-column",
            SpecError::NotNumeric(_) => "chart-spec-not-numeric",
            SpecError::NoValues => "chart-spec-no-values",
            SpecError::SeriesWithManyValues => "chart-spec-series-many-values",
            SpecError::TooManySeries => "chart-spec-too-many-series",
            SpecError::TooManyCategories => "chart-spec-too-many-categories",
            SpecError::NoRows => "chart-spec-no-rows",
        }
    }

    /// The column the error is about, when there is one.
    pub fn column(&self) -> Option<&str> {
        match self {
            SpecError::UnknownColumn(c) | SpecError::NotNumeric(c) => Some(c),
            _ => None,
        }
    }
}

/// The sum of a numeric column over rows (missing cells left out), for a
/// [`Share`]'s total; `None` when the column is unknown or holds no number.
pub fn column_total<'r>(
    columns: &[ColumnInfo],
    column: &str,
    rows: impl IntoIterator<Item = &'r [serde_json::Value]>,
) -> Option<f64> {
    let index = columns.iter().position(|c| c.name == column && c.numeric)?;
    let mut total = None;
    for row in rows {
        if let Some(v) = row.get(index).and_then(cell_number) {
            total = Some(total.unwrap_or(0.0) + v);
        }
    }
    total
}

/// A stored cell as text, for categories, series names and filters.
pub fn cell_text(cell: &serde_json::Value) -> String {
    match cell {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

fn cell_number(cell: &serde_json::Value) -> Option<f64> {
    cell.as_f64()
}

impl ChartSpec {
    /// Checks the spec against a version's columns; returns the indexes of
    /// the category column, the value columns, the series column and the
    /// filters.
    #[allow(clippy::type_complexity)]
    fn resolve(
        &self,
        columns: &[ColumnInfo],
    ) -> Result<(usize, Vec<usize>, Option<usize>, Vec<(usize, &[String])>), SpecError> {
        let find = |name: &str| {
            columns
                .iter()
                .position(|c| c.name == name)
                .ok_or_else(|| SpecError::UnknownColumn(name.to_owned()))
        };
        let category = find(&self.category)?;
        if self.values.is_empty() {
            return Err(SpecError::NoValues);
        }
        let mut values = Vec::with_capacity(self.values.len());
        for name in &self.values {
            let index = find(name)?;
            if !columns[index].numeric {
                return Err(SpecError::NotNumeric(name.clone()));
            }
            values.push(index);
        }
        let series = match &self.series {
            Some(name) if !name.is_empty() => {
                if values.len() != 1 {
                    return Err(SpecError::SeriesWithManyValues);
                }
                Some(find(name)?)
            }
            _ => None,
        };
        if series.is_none() && values.len() > MAX_SERIES {
            return Err(SpecError::TooManySeries);
        }
        let mut filters = Vec::with_capacity(self.filters.len());
        for filter in &self.filters {
            filters.push((find(&filter.column)?, filter.values.as_slice()));
        }
        Ok((category, values, series, filters))
    }

    /// Adds up the rows' values by category and series.
    pub fn aggregate<'r>(
        &self,
        columns: &[ColumnInfo],
        rows: impl IntoIterator<Item = &'r [serde_json::Value]>,
    ) -> Result<Aggregated, SpecError> {
        let (category, values, series, filters) = self.resolve(columns)?;
        let mut categories: Vec<String> = Vec::new();
        let mut category_index: HashMap<String, usize> = HashMap::new();
        let mut series_names: Vec<String> = match series {
            Some(_) => Vec::new(),
            None => self.values.clone(),
        };
        let mut series_index: HashMap<String, usize> = HashMap::new();
        // (series, category) -> sum; None while only missing values were seen.
        let mut sums: HashMap<(usize, usize), Option<f64>> = HashMap::new();
        let mut rows_used = 0u64;
        let empty = serde_json::Value::Null;
        for row in rows {
            let cell = |i: usize| row.get(i).unwrap_or(&empty);
            let keep = filters.iter().all(|(i, allowed)| {
                let text = cell_text(cell(*i));
                allowed.contains(&text)
            });
            if !keep {
                continue;
            }
            rows_used += 1;
            let name = cell_text(cell(category));
            let c = match category_index.get(&name) {
                Some(c) => *c,
                None => {
                    if categories.len() >= MAX_CATEGORIES {
                        return Err(SpecError::TooManyCategories);
                    }
                    categories.push(name.clone());
                    category_index.insert(name, categories.len() - 1);
                    categories.len() - 1
                }
            };
            match series {
                Some(s) => {
                    let name = cell_text(cell(s));
                    let index = match series_index.get(&name) {
                        Some(i) => *i,
                        None => {
                            if series_names.len() >= MAX_SERIES {
                                return Err(SpecError::TooManySeries);
                            }
                            series_names.push(name.clone());
                            series_index.insert(name, series_names.len() - 1);
                            series_names.len() - 1
                        }
                    };
                    add(&mut sums, index, c, cell_number(cell(values[0])));
                }
                None => {
                    for (index, v) in values.iter().enumerate() {
                        add(&mut sums, index, c, cell_number(cell(*v)));
                    }
                }
            }
        }
        if rows_used == 0 {
            return Err(SpecError::NoRows);
        }
        // Years, dates and numbers in ascending order; the rest as found.
        let mut order: Vec<usize> = (0..categories.len()).collect();
        if columns[category].ordered {
            order.sort_by(|a, b| {
                let (x, y) = (&categories[*a], &categories[*b]);
                match (x.parse::<f64>(), y.parse::<f64>()) {
                    (Ok(p), Ok(q)) => p.total_cmp(&q),
                    _ => x.cmp(y),
                }
            });
        }
        let series = series_names
            .into_iter()
            .enumerate()
            .map(|(s, name)| {
                let values = order
                    .iter()
                    .map(|c| sums.get(&(s, *c)).copied().flatten())
                    .collect();
                (name, values)
            })
            .collect();
        let categories = order.iter().map(|c| categories[*c].clone()).collect();
        Ok(Aggregated {
            categories,
            series,
            rows_used,
        })
    }
}

fn add(sums: &mut HashMap<(usize, usize), Option<f64>>, s: usize, c: usize, value: Option<f64>) {
    let slot = sums.entry((s, c)).or_insert(None);
    if let Some(v) = value {
        *slot = Some(slot.unwrap_or(0.0) + v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn columns() -> Vec<ColumnInfo> {
        let c = |name: &str, numeric, ordered| ColumnInfo {
            name: name.to_owned(),
            numeric,
            ordered,
        };
        vec![
            c("REF_AREA", false, false),
            c("SEX", true, true),
            c("TIME_PERIOD", true, true),
            c("OBS_VALUE", true, true),
            c("NOTE", false, false),
        ]
    }

    fn rows() -> Vec<Vec<serde_json::Value>> {
        vec![
            vec![json!("ITC18"), json!(1), json!(2020), json!(10), json!("a")],
            vec![json!("ITC18"), json!(2), json!(2020), json!(12), json!("b")],
            vec![json!("ITC18"), json!(1), json!(2019), json!(8), json!("c")],
            vec![
                json!("ITC18"),
                json!(2),
                json!(2019),
                json!(null),
                json!("d"),
            ],
            vec![json!("ITC1"), json!(1), json!(2019), json!(100), json!("e")],
        ]
    }

    #[test]
    fn sums_by_category_and_series_in_year_order() {
        let spec = ChartSpec {
            category: "TIME_PERIOD".into(),
            values: vec!["OBS_VALUE".into()],
            series: Some("SEX".into()),
            filters: vec![Filter {
                column: "REF_AREA".into(),
                values: vec!["ITC18".into()],
            }],
            share: None,
        };
        let rows = rows();
        let got = spec
            .aggregate(&columns(), rows.iter().map(Vec::as_slice))
            .expect("aggregates");
        assert_eq!(got.categories, ["2019", "2020"]);
        assert_eq!(
            got.series,
            vec![
                ("1".to_owned(), vec![Some(8.0), Some(10.0)]),
                ("2".to_owned(), vec![None, Some(12.0)]),
            ]
        );
        assert_eq!(got.rows_used, 4);
    }

    #[test]
    fn without_series_each_value_column_is_a_series() {
        let spec = ChartSpec {
            category: "REF_AREA".into(),
            values: vec!["OBS_VALUE".into(), "SEX".into()],
            ..ChartSpec::default()
        };
        let rows = rows();
        let got = spec
            .aggregate(&columns(), rows.iter().map(Vec::as_slice))
            .expect("aggregates");
        assert_eq!(got.categories, ["ITC18", "ITC1"]);
        assert_eq!(
            got.series[0],
            ("OBS_VALUE".into(), vec![Some(30.0), Some(100.0)])
        );
        assert_eq!(got.series[1], ("SEX".into(), vec![Some(6.0), Some(1.0)]));
    }

    #[test]
    fn refuses_what_cannot_be_drawn() {
        let rows = rows();
        let run = |spec: ChartSpec| {
            spec.aggregate(&columns(), rows.iter().map(Vec::as_slice))
                .map(|_| ())
        };
        let base = ChartSpec {
            category: "TIME_PERIOD".into(),
            values: vec!["OBS_VALUE".into()],
            ..ChartSpec::default()
        };
        assert_eq!(
            run(ChartSpec {
                values: vec!["NOTE".into()],
                ..base.clone()
            }),
            Err(SpecError::NotNumeric("NOTE".into()))
        );
        assert_eq!(
            run(ChartSpec {
                category: "nope".into(),
                ..base.clone()
            }),
            Err(SpecError::UnknownColumn("nope".into()))
        );
        assert_eq!(
            run(ChartSpec {
                values: vec![],
                ..base.clone()
            }),
            Err(SpecError::NoValues)
        );
        assert_eq!(
            run(ChartSpec {
                filters: vec![Filter {
                    column: "REF_AREA".into(),
                    values: vec!["XX".into()]
                }],
                ..base.clone()
            }),
            Err(SpecError::NoRows)
        );
        assert_eq!(
            run(ChartSpec {
                values: vec!["OBS_VALUE".into(), "SEX".into()],
                series: Some("REF_AREA".into()),
                ..base.clone()
            }),
            Err(SpecError::SeriesWithManyValues)
        );
        assert!(run(base).is_ok());
    }

    #[test]
    fn a_column_total_adds_the_numbers_and_skips_the_gaps() {
        let rows = rows();
        let total = column_total(&columns(), "OBS_VALUE", rows.iter().map(Vec::as_slice));
        assert_eq!(total, Some(130.0));
        assert_eq!(
            column_total(&columns(), "NOTE", rows.iter().map(Vec::as_slice)),
            None
        );
        assert_eq!(
            column_total(&columns(), "nope", rows.iter().map(Vec::as_slice)),
            None
        );
        let spec: ChartSpec =
            serde_json::from_str(r#"{"category":"a","values":["b"]}"#).expect("old specs read");
        assert_eq!(spec.share, None);
    }

    #[test]
    fn too_many_series_are_refused() {
        let columns = columns();
        let rows: Vec<Vec<serde_json::Value>> = (0..20)
            .map(|i| {
                vec![
                    json!("A"),
                    json!(1),
                    json!(2020),
                    json!(i),
                    json!(format!("n{i}")),
                ]
            })
            .collect();
        let spec = ChartSpec {
            category: "TIME_PERIOD".into(),
            values: vec!["OBS_VALUE".into()],
            series: Some("NOTE".into()),
            ..ChartSpec::default()
        };
        assert_eq!(
            spec.aggregate(&columns, rows.iter().map(Vec::as_slice)),
            Err(SpecError::TooManySeries)
        );
    }
}
