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

/// Names of comuni that are also common words or surnames ("Sale",
/// "Terzo settore", "Ponti"): found only as "Comune di …".
const AMBIGUOUS_NAMES: &[&str] = &[
    "Sale",
    "Terzo",
    "Ponti",
    "Camino",
    "Pareto",
    "Molare",
    "Visone",
    "Bosio",
    "Bergamasco",
];

/// The short names a comune goes by in local news.
const SHORT_NAMES: &[(&str, &str)] = &[
    ("Acqui", "006001"),
    ("Casale", "006039"),
    ("Novi", "006114"),
];

/// Words that make a comune's name part of a wider body's: the Prefettura
/// di Alessandria speaks for the whole province, not for the city.
const WIDER_BODIES: &[&str] = &[
    "provincia di ",
    "prefettura di ",
    "questura di ",
    "prefetto di ",
    "questore di ",
    "utg di ",
    "tribunale di ",
    "procura di ",
    "diocesi di ",
    "camera di commercio di ",
];

/// How much of a text is read for names: a release names its places at
/// the start.
const MENTIONS_READ_BYTES: usize = 20_000;

/// At most this many comuni are taken from one text.
pub const MAX_MENTIONED: usize = 10;

/// The comuni a text names, in the order they first appear: whole names
/// ("Casale Monferrato", "Capriata d'Orba", with a typographic apostrophe
/// too) and the usual short ones ("Casale", "Acqui", "Novi"), not inside a
/// longer word, not as part of a wider body's name ("Prefettura di
/// Alessandria"), and, for names that are also common words, only as
/// "Comune di …". Used for items that arrive without comuni (feeds, mail).
pub fn mentioned_in<'a>(
    text: &str,
    comuni: impl IntoIterator<Item = &'a Comune>,
) -> Vec<IstatCode> {
    let comuni: Vec<&Comune> = comuni.into_iter().collect();
    let mut end = text.len().min(MENTIONS_READ_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = text[..end].replace('\u{2019}', "'");
    let short = SHORT_NAMES.iter().filter_map(|(name, code)| {
        comuni
            .iter()
            .find(|c| c.code.as_str() == *code)
            .map(|c| (*name, &c.code))
    });
    let names = comuni
        .iter()
        .map(|c| (c.name.as_str(), &c.code))
        .chain(short);
    // Every occurrence: (start, end, comune).
    let mut spans: Vec<(usize, usize, &IstatCode)> = Vec::new();
    for (name, code) in names {
        let ambiguous = AMBIGUOUS_NAMES.contains(&name);
        for (at, _) in text.match_indices(name).take(50) {
            let before = &text[..at];
            let after = &text[at + name.len()..];
            let whole = !before
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !after.chars().next().is_some_and(char::is_alphanumeric);
            let mut from = before.len().saturating_sub(30);
            while !before.is_char_boundary(from) {
                from += 1;
            }
            let lead = before[from..].to_lowercase();
            if whole
                && !WIDER_BODIES.iter().any(|w| lead.ends_with(w))
                && (!ambiguous || lead.ends_with("comune di "))
            {
                spans.push((at, at + name.len(), code));
            }
        }
    }
    // A name inside a longer one is that one's: "Pecetto di Valenza" is
    // not Valenza, "Montechiaro d'Acqui" is not Acqui Terme.
    let inside_longer = |&(start, end, _): &(usize, usize, &IstatCode)| {
        spans
            .iter()
            .any(|&(s, e, _)| s <= start && end <= e && e - s > end - start)
    };
    let mut kept: Vec<(usize, &IstatCode)> = spans
        .iter()
        .filter(|span| !inside_longer(span))
        .map(|&(start, _, code)| (start, code))
        .collect();
    kept.sort();
    let mut found: Vec<IstatCode> = Vec::new();
    for (_, code) in kept {
        if !found.contains(code) {
            found.push(code.clone());
        }
        if found.len() == MAX_MENTIONED {
            break;
        }
    }
    found
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
    fn province() -> Vec<Comune> {
        parse_comuni_csv(include_str!("../../../data/reference/comuni_AL.csv")).expect("shipped")
    }

    fn names(text: &str) -> Vec<String> {
        let comuni = province();
        mentioned_in(text, &comuni)
            .iter()
            .map(|code| {
                comuni
                    .iter()
                    .find(|c| &c.code == code)
                    .expect("known")
                    .name
                    .clone()
            })
            .collect()
    }

    #[test]
    fn finds_the_comuni_a_text_names_in_order() {
        assert_eq!(
            names("Nuovo sportello a Casale Monferrato e a Valenza; poi Casale di nuovo."),
            ["Casale Monferrato", "Valenza"]
        );
        assert_eq!(
            names("Corsi ad Acqui e a Novi"),
            ["Acqui Terme", "Novi Ligure"]
        );
        // A typographic apostrophe is the same name.
        assert_eq!(names("Festa a Capriata d\u{2019}Orba"), ["Capriata d'Orba"]);
        // Not inside a longer word, and not a wider body's name.
        assert!(names("Il territorio ovadese").is_empty());
        assert!(names("La Prefettura di Alessandria e la provincia di Alessandria").is_empty());
        assert_eq!(
            names("La Questura di Alessandria incontra il Comune di Alessandria"),
            ["Alessandria"]
        );
        // Names that are common words count only as "Comune di".
        assert!(names("Terzo settore. Sale la domanda. Ponti e strade.").is_empty());
        assert_eq!(names("Il Comune di Sale apre un corso"), ["Sale"]);
        // A name inside a longer one is the longer one.
        assert_eq!(
            names("Pecetto di Valenza, Montechiaro d'Acqui e Berzano di Tortona"),
            [
                "Pecetto di Valenza",
                "Montechiaro d'Acqui",
                "Berzano di Tortona"
            ]
        );
    }

    #[test]
    fn reads_the_start_of_long_texts_and_takes_at_most_ten() {
        let mut text = "x".repeat(MENTIONS_READ_BYTES - 3);
        text.push_str("è Ovada");
        assert!(names(&text).is_empty(), "cut on a character boundary");
        let all: Vec<String> = province().iter().map(|c| c.name.clone()).collect();
        assert_eq!(names(&all.join(", ")).len(), MAX_MENTIONED);
    }
}
