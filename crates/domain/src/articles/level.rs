use std::fmt;

/// How far from the province a story's news reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Locale,
    Regionale,
    Nazionale,
    Internazionale,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Locale,
        Level::Regionale,
        Level::Nazionale,
        Level::Internazionale,
    ];

    /// Stable name, stored and used in addresses.
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Locale => "locale",
            Level::Regionale => "regionale",
            Level::Nazionale => "nazionale",
            Level::Internazionale => "internazionale",
        }
    }

    pub fn parse(value: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == value)
    }

    /// Fluent message id of the level's name.
    pub const fn label_key(self) -> &'static str {
        match self {
            Level::Locale => "level-locale",
            Level::Regionale => "level-regionale",
            Level::Nazionale => "level-nazionale",
            Level::Internazionale => "level-internazionale",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trip() {
        for level in super::Level::ALL {
            assert_eq!(super::Level::parse(level.as_str()), Some(level));
        }
        assert_eq!(super::Level::parse("galattico"), None);
    }
}
