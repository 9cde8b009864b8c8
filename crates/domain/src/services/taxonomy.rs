//! The controlled lists of the directory: what a service is about (its
//! category), whom it is for, how it can be reached. Each value has a
//! stable code (stored, used in addresses and in the HSDS export) and a
//! Fluent message for its name in every language.

/// Declares a closed list with its codes: `ALL`, `as_str`, `parse` and the
/// Fluent key of each value's name (`<prefix>-<code>`).
macro_rules! code_list {
    ($(#[$meta:meta])* $name:ident, $prefix:literal, { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code, as stored and in addresses.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            pub fn parse(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == code)
            }

            /// Fluent message id of the value's name.
            pub fn label_key(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($prefix, "-", $code)),+
                }
            }
        }
    };
}

code_list!(
    /// What a service helps with: the directory's taxonomy (exported as an
    /// HSDS taxonomy, see [`Category::TAXONOMY`]).
    Category, "service-category", {
        Documents => "documenti",
        Asylum => "asilo",
        Health => "salute",
        Psychosocial => "psicosociale",
        LegalAid => "legale",
        ItalianCourses => "italiano",
        School => "scuola",
        Work => "lavoro",
        Housing => "casa",
        Minors => "minori",
        Women => "donne",
        Trafficking => "tratta",
        FamilyReunification => "ricongiungimento",
        Citizenship => "cittadinanza",
        Emergencies => "emergenze",
    }
);

impl Category {
    /// The name of the taxonomy in the HSDS export.
    pub const TAXONOMY: &'static str = "agoral-servizi";
}

code_list!(
    /// Whom a service is for. Shared with the good-practice reports, which
    /// use the same list.
    TargetGroup, "target-group", {
        Everyone => "tutti",
        AsylumSeekers => "richiedenti-asilo",
        ProtectionHolders => "titolari-protezione",
        UnaccompaniedMinors => "msna",
        Women => "donne",
        Families => "famiglie",
        Workers => "lavoratori",
        Students => "studenti",
        VictimsOfTrafficking => "vittime-tratta",
    }
);

code_list!(
    /// How a service can be reached.
    Channel, "service-channel", {
        InPerson => "di-persona",
        Phone => "telefono",
        Online => "online",
    }
);

code_list!(
    /// What a service's place offers people with disabilities (HSDS
    /// `accessibility`).
    Accessibility, "service-accessibility", {
        StepFree => "senza-gradini",
        Lift => "ascensore",
        Toilet => "bagno-accessibile",
        Parking => "parcheggio-riservato",
        HearingLoop => "anello-magnetico",
        SignLanguage => "interprete-lis",
        Tactile => "percorso-tattile",
    }
);

/// Parses a list of codes (as a form sends checkboxes), keeping the order
/// of `ALL` and dropping repeats; the codes that are unknown are returned
/// apart, so that the form can say which.
pub fn parse_codes<T: Copy + Ord>(
    codes: &[String],
    parse: impl Fn(&str) -> Option<T>,
) -> (Vec<T>, Vec<String>) {
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for code in codes {
        match parse(code.trim()) {
            Some(value) => known.push(value),
            None => unknown.push(code.clone()),
        }
    }
    known.sort();
    known.dedup();
    (known, unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for category in Category::ALL {
            assert_eq!(Category::parse(category.as_str()), Some(*category));
            assert!(category.label_key().starts_with("service-category-"));
        }
        let mut codes: Vec<_> = Category::ALL.iter().map(|c| c.as_str()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 15, "the fifteen categories of the field");
        for group in TargetGroup::ALL {
            assert_eq!(TargetGroup::parse(group.as_str()), Some(*group));
        }
        assert_eq!(Channel::parse("online"), Some(Channel::Online));
        assert_eq!(Category::parse("Salute"), None, "codes are exact");
    }

    #[test]
    fn code_lists_keep_known_values_once_and_name_the_rest() {
        let input = [
            "salute".to_owned(),
            " asilo ".to_owned(),
            "salute".to_owned(),
            "<script>".to_owned(),
        ];
        let (known, unknown) = parse_codes(&input, Category::parse);
        assert_eq!(known, [Category::Asylum, Category::Health]);
        assert_eq!(unknown, ["<script>"]);
    }
}
