//! Phone numbers and places of a service, checked as typed.

use std::fmt;

/// A phone number, kept in one canonical form: `+` and the country code
/// for full numbers (an Italian number typed without it gains `+39`),
/// the digits alone for Italian short numbers (112, 1522, 800 toll-free
/// numbers are full numbers and gain `+39`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phone(String);

/// Why a phone number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    /// Letters or other signs that are not part of a number.
    Characters,
    TooShort,
    TooLong,
    /// An Italian number must start with 0 (landline), 3 (mobile), 8
    /// (toll-free and shared cost) or 1 (short numbers).
    ItalianPrefix,
}

impl PhoneError {
    /// Fluent message id of the explanation.
    pub const fn message_key(self) -> &'static str {
        match self {
            PhoneError::Empty => "error-required",
            PhoneError::Characters => "error-phone-characters",
            PhoneError::TooShort => "error-phone-too-short",
            PhoneError::TooLong => "error-phone-too-long",
            PhoneError::ItalianPrefix => "error-phone-prefix",
        }
    }
}

impl Phone {
    /// Reads a number as people write it: spaces, dots, dashes, slashes
    /// and brackets between digits; `+` or `00` before a country code.
    pub fn parse(input: &str) -> Result<Phone, PhoneError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(PhoneError::Empty);
        }
        let (international, rest) = match input.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => match input.strip_prefix("00") {
                Some(rest) => (true, rest),
                None => (false, input),
            },
        };
        let mut digits = String::with_capacity(rest.len());
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '.' | '-' | '/' | '(' | ')' => {}
                _ => return Err(PhoneError::Characters),
            }
        }
        if international {
            // E.164: at most 15 digits with the country code.
            return match digits.len() {
                0..=6 => Err(PhoneError::TooShort),
                7..=15 => Ok(Phone(format!("+{digits}"))),
                _ => Err(PhoneError::TooLong),
            };
        }
        match digits.as_bytes().first() {
            // Short numbers: emergencies (112), helplines (1522), public
            // utility numbers (116 000…).
            Some(b'1') => match digits.len() {
                0..=2 => Err(PhoneError::TooShort),
                3..=6 => Ok(Phone(digits)),
                _ => Err(PhoneError::TooLong),
            },
            Some(b'0' | b'3' | b'8') => match digits.len() {
                0..=5 => Err(PhoneError::TooShort),
                6..=11 => Ok(Phone(format!("+39{digits}"))),
                _ => Err(PhoneError::TooLong),
            },
            Some(_) => Err(PhoneError::ItalianPrefix),
            None => Err(PhoneError::TooShort),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address of a `tel:` link.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.0)
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A point in WGS 84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

/// The smallest box around the province's comuni, from the ISTAT
/// boundaries shipped in `comuni_AL_limits.topo.json` (longitude
/// 8.109–9.214, latitude 44.465–45.204), widened by about 500 m.
const PROVINCE: (Point, Point) = (
    Point {
        lat: 44.46,
        lon: 8.10,
    },
    Point {
        lat: 45.21,
        lon: 9.22,
    },
);

impl Point {
    /// A point from what a form sends (a comma is taken as the decimal
    /// mark); `None` for anything that is not a pair of finite degrees on
    /// the globe.
    pub fn parse(lat: &str, lon: &str) -> Option<Point> {
        let read = |v: &str| v.trim().replace(',', ".").parse::<f64>().ok();
        let (lat, lon) = (read(lat)?, read(lon)?);
        let valid = lat.is_finite()
            && lon.is_finite()
            && (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon);
        valid.then_some(Point { lat, lon })
    }

    /// Whether the point falls in the province's box: a point outside is
    /// allowed (a regional office in Turin serves the province too) but
    /// the form warns, since swapped coordinates are a common slip.
    pub fn in_province(self) -> bool {
        let (low, high) = PROVINCE;
        (low.lat..=high.lat).contains(&self.lat) && (low.lon..=high.lon).contains(&self.lon)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_as_people_write_them() {
        let ok = |s: &str| Phone::parse(s).map(|p| p.as_str().to_owned());
        assert_eq!(ok("0131 304 111"), Ok("+390131304111".into()));
        assert_eq!(ok("0131/304111"), Ok("+390131304111".into()));
        assert_eq!(ok("(0131) 30.41.11"), Ok("+390131304111".into()));
        assert_eq!(ok("+39 348 123 4567"), Ok("+393481234567".into()));
        assert_eq!(ok("0039 348-1234567"), Ok("+393481234567".into()));
        assert_eq!(ok("800 290 290"), Ok("+39800290290".into()));
        assert_eq!(ok("1522"), Ok("1522".into()));
        assert_eq!(ok("112"), Ok("112".into()));
        assert_eq!(ok("+33 1 23 45 67 89"), Ok("+33123456789".into()));
        assert_eq!(
            Phone::parse("0131 304111").map(|p| p.tel_uri()),
            Ok("tel:+390131304111".into())
        );
    }

    #[test]
    fn phone_numbers_refused_with_a_reason() {
        let err = |s: &str| Phone::parse(s).err();
        assert_eq!(err(""), Some(PhoneError::Empty));
        assert_eq!(err("   "), Some(PhoneError::Empty));
        assert_eq!(err("0131 CALL ME"), Some(PhoneError::Characters));
        assert_eq!(err("0131;304111"), Some(PhoneError::Characters));
        assert_eq!(err("<script>"), Some(PhoneError::Characters));
        assert_eq!(err("0131"), Some(PhoneError::TooShort));
        assert_eq!(err("11"), Some(PhoneError::TooShort));
        assert_eq!(err("0131 304111 304111"), Some(PhoneError::TooLong));
        assert_eq!(err("+39 0131 304111 304111"), Some(PhoneError::TooLong));
        assert_eq!(err("+39 12"), Some(PhoneError::TooShort));
        assert_eq!(err("5551234"), Some(PhoneError::ItalianPrefix));
        assert_eq!(err("+"), Some(PhoneError::TooShort));
        assert_eq!(
            err("0".repeat(10_000).as_str()),
            Some(PhoneError::TooLong),
            "a huge paste"
        );
        for e in [
            PhoneError::Characters,
            PhoneError::TooShort,
            PhoneError::TooLong,
            PhoneError::ItalianPrefix,
        ] {
            assert!(e.message_key().starts_with("error-phone-"));
        }
    }

    #[test]
    fn points_and_the_province() {
        let alessandria = Point::parse("44.9129", "8.6153").expect("point");
        assert!(alessandria.in_province());
        let decimal_comma = Point::parse("44,9129", "8,6153").expect("point");
        assert_eq!(decimal_comma, alessandria);
        // Swapped: a point in the sea off Somalia.
        let swapped = Point::parse("8.6153", "44.9129").expect("point");
        assert!(!swapped.in_province());
        let turin = Point::parse("45.0703", "7.6869").expect("point");
        assert!(!turin.in_province());
        assert!(Point::parse("91", "8").is_none());
        assert!(Point::parse("NaN", "8").is_none());
        assert!(Point::parse("inf", "8").is_none());
        assert!(Point::parse("", "").is_none());
        assert!(Point::parse("44.9", "otto").is_none());
    }
}
