//! The comuni (municipalities) of the Provincia di Alessandria, identified by
//! their ISTAT code. Reference data shipped with the platform.

use std::fmt;

/// The first three digits of the ISTAT code of every comune of the
/// Provincia di Alessandria (and the province's own ISTAT code).
pub const PROVINCE_PREFIX: &str = "006";

/// A six-digit ISTAT comune code such as `006003` (Alessandria): three digits
/// for the province, three for the comune.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IstatCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a six-digit ISTAT code: {0:?}")]
pub struct InvalidIstatCode(pub String);

impl IstatCode {
    pub fn parse(value: &str) -> Result<IstatCode, InvalidIstatCode> {
        let value = value.trim();
        if value.len() == 6 && value.bytes().all(|b| b.is_ascii_digit()) {
            Ok(IstatCode(value.to_owned()))
        } else {
            Err(InvalidIstatCode(value.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IstatCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A comune with its population figures.
#[derive(Debug, Clone)]
pub struct Comune {
    pub code: IstatCode,
    pub name: String,
    /// Cadastral (Belfiore) code, as on the tax code.
    pub cadastral_code: String,
    /// Legal population at the 2011 census.
    pub population_2011: i64,
    /// Resident population at 1 January 2021 (ISTAT).
    pub population_2021: i64,
}

/// Parses the shipped `comuni_AL.csv` (comma separated, header row,
/// no quoted fields).
pub fn parse_comuni_csv(text: &str) -> Result<Vec<Comune>, String> {
    let mut comuni = Vec::new();
    for (index, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split(',').collect();
        let row = index + 1;
        let [code, name, _province, cadastral, pop2011, pop2021] = fields[..] else {
            return Err(format!(
                "row {row}: expected 6 fields, found {}",
                fields.len()
            ));
        };
        let number = |v: &str| {
            v.trim()
                .parse::<i64>()
                .map_err(|_| format!("row {row}: not a number: {v:?}"))
        };
        comuni.push(Comune {
            code: IstatCode::parse(code).map_err(|e| format!("row {row}: {e}"))?,
            name: name.trim().to_owned(),
            cadastral_code: cadastral.trim().to_owned(),
            population_2011: number(pop2011)?,
            population_2021: number(pop2021)?,
        });
    }
    Ok(comuni)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn istat_codes() {
        assert!(IstatCode::parse("006003").is_ok());
        for bad in ["6003", "00600a", "0060031", ""] {
            assert!(IstatCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn parses_csv() {
        let csv = "codice_istat,nome,sigla_provincia,codice_catastale,p11,p21\n006003,Alessandria,AL,A182,89411,92104\n";
        let comuni = parse_comuni_csv(csv).expect("valid");
        assert_eq!(comuni[0].name, "Alessandria");
        assert_eq!(comuni[0].population_2021, 92104);
        assert!(parse_comuni_csv("h\n006003,Alessandria,AL\n").is_err());
    }
}
