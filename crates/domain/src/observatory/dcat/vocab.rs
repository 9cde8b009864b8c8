//! The controlled vocabularies DCAT-AP_IT requires: EU data themes, EU
//! update frequencies and file types, the Italian licence vocabulary (with
//! the ADMS licence types DCAT-AP checks) and the EU language authority.
//!
//! Each value has a stable code (stored and accepted back by `FromStr`), its
//! IRI in the vocabulary and, where people see it, the Fluent id of its name.

use std::fmt;
use std::str::FromStr;

/// The EU data-theme scheme, the `dcat:themeTaxonomy` of the catalogue.
pub const THEME_SCHEME: &str = "http://publications.europa.eu/resource/authority/data-theme";

/// A code that names no value of a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} code: {code:?}")]
pub struct UnknownCode {
    /// Which vocabulary was asked: `theme`, `frequency`, `licence`, `file format`.
    pub kind: &'static str,
    pub code: String,
}

/// Declares a vocabulary: the enum with `ALL`, `code`, `uri` and
/// `label_key`, `Display` (the code) and `FromStr` (the code in any case, or
/// the IRI).
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, kind = $kind:literal, base = $base:literal, {
            $($(#[$vmeta:meta])* $variant:ident => ($code:literal, $local:literal, $key:literal)),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code, as stored.
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The value's IRI in its vocabulary.
            pub const fn uri(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($base, $local)),+
                }
            }

            /// Fluent message id of the value's name.
            pub const fn label_key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }

        impl FromStr for $name {
            type Err = UnknownCode;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let s = s.trim();
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code().eq_ignore_ascii_case(s) || v.uri() == s)
                    .ok_or_else(|| UnknownCode { kind: $kind, code: s.to_owned() })
            }
        }
    };
}

vocabulary!(
    /// What a dataset is about: the 13 themes of the EU data-theme authority
    /// table (version 20160921-0). Its fourteenth entry, `OP_DATPRO`
    /// ("provisional data"), is a placeholder of the Publications Office and
    /// not a theme, so it is not offered.
    Theme, kind = "theme", base = "http://publications.europa.eu/resource/authority/data-theme/", {
        Agri => ("AGRI", "AGRI", "dcat-theme-agri"),
        Econ => ("ECON", "ECON", "dcat-theme-econ"),
        Educ => ("EDUC", "EDUC", "dcat-theme-educ"),
        Ener => ("ENER", "ENER", "dcat-theme-ener"),
        Envi => ("ENVI", "ENVI", "dcat-theme-envi"),
        Gove => ("GOVE", "GOVE", "dcat-theme-gove"),
        Heal => ("HEAL", "HEAL", "dcat-theme-heal"),
        Intr => ("INTR", "INTR", "dcat-theme-intr"),
        Just => ("JUST", "JUST", "dcat-theme-just"),
        Regi => ("REGI", "REGI", "dcat-theme-regi"),
        Soci => ("SOCI", "SOCI", "dcat-theme-soci"),
        Tech => ("TECH", "TECH", "dcat-theme-tech"),
        Tran => ("TRAN", "TRAN", "dcat-theme-tran"),
    }
);

impl Theme {
    /// The theme's `skos:prefLabel`s in the EU table (Italian, English,
    /// French), repeated in the catalogue because DCAT-AP wants a label on
    /// every `skos:Concept` it meets.
    pub(super) const fn eu_labels(self) -> [(&'static str, &'static str); 3] {
        match self {
            Theme::Agri => [
                (
                    "it",
                    "Agricoltura, pesca, silvicoltura e prodotti alimentari",
                ),
                ("en", "Agriculture, fisheries, forestry and food"),
                ("fr", "Agriculture, pêche, sylviculture et alimentation"),
            ],
            Theme::Econ => [
                ("it", "Economia e finanze"),
                ("en", "Economy and finance"),
                ("fr", "Économie et finances"),
            ],
            Theme::Educ => [
                ("it", "Istruzione, cultura e sport"),
                ("en", "Education, culture and sport"),
                ("fr", "Éducation, culture et sport"),
            ],
            Theme::Ener => [("it", "Energia"), ("en", "Energy"), ("fr", "Énergie")],
            Theme::Envi => [
                ("it", "Ambiente"),
                ("en", "Environment"),
                ("fr", "Environnement"),
            ],
            Theme::Gove => [
                ("it", "Governo e settore pubblico"),
                ("en", "Government and public sector"),
                ("fr", "Gouvernement et secteur public"),
            ],
            Theme::Heal => [("it", "Salute"), ("en", "Health"), ("fr", "Santé")],
            Theme::Intr => [
                ("it", "Tematiche internazionali"),
                ("en", "International issues"),
                ("fr", "Questions internationales"),
            ],
            Theme::Just => [
                ("it", "Giustizia, sistema giuridico e sicurezza pubblica"),
                ("en", "Justice, legal system and public safety"),
                ("fr", "Justice, système juridique et sécurité publique"),
            ],
            Theme::Regi => [
                ("it", "Regioni e città"),
                ("en", "Regions and cities"),
                ("fr", "Régions et villes"),
            ],
            Theme::Soci => [
                ("it", "Popolazione e società"),
                ("en", "Population and society"),
                ("fr", "Population et société"),
            ],
            Theme::Tech => [
                ("it", "Scienza e tecnologia"),
                ("en", "Science and technology"),
                ("fr", "Science et technologie"),
            ],
            Theme::Tran => [
                ("it", "Trasporti"),
                ("en", "Transport"),
                ("fr", "Transports"),
            ],
        }
    }
}

vocabulary!(
    /// How often a dataset is updated: the EU frequency authority table
    /// (version 20181212-0) without the sub-weekly rhythms (twice a day,
    /// twice or three times a week), which statistical tables never have, and
    /// without the `OP_DATPRO` placeholder.
    Frequency, kind = "frequency", base = "http://publications.europa.eu/resource/authority/frequency/", {
        Triennial => ("TRIENNIAL", "TRIENNIAL", "dcat-frequency-triennial"),
        Biennial => ("BIENNIAL", "BIENNIAL", "dcat-frequency-biennial"),
        Annual => ("ANNUAL", "ANNUAL", "dcat-frequency-annual"),
        Semiannual => ("ANNUAL_2", "ANNUAL_2", "dcat-frequency-annual-2"),
        ThreeTimesAYear => ("ANNUAL_3", "ANNUAL_3", "dcat-frequency-annual-3"),
        Quarterly => ("QUARTERLY", "QUARTERLY", "dcat-frequency-quarterly"),
        Bimonthly => ("BIMONTHLY", "BIMONTHLY", "dcat-frequency-bimonthly"),
        Monthly => ("MONTHLY", "MONTHLY", "dcat-frequency-monthly"),
        Semimonthly => ("MONTHLY_2", "MONTHLY_2", "dcat-frequency-monthly-2"),
        ThreeTimesAMonth => ("MONTHLY_3", "MONTHLY_3", "dcat-frequency-monthly-3"),
        Biweekly => ("BIWEEKLY", "BIWEEKLY", "dcat-frequency-biweekly"),
        Weekly => ("WEEKLY", "WEEKLY", "dcat-frequency-weekly"),
        Daily => ("DAILY", "DAILY", "dcat-frequency-daily"),
        UpdateContinuous => ("UPDATE_CONT", "UPDATE_CONT", "dcat-frequency-update-cont"),
        Continuous => ("CONT", "CONT", "dcat-frequency-cont"),
        Irregular => ("IRREG", "IRREG", "dcat-frequency-irreg"),
        Unknown => ("UNKNOWN", "UNKNOWN", "dcat-frequency-unknown"),
        Other => ("OTHER", "OTHER", "dcat-frequency-other"),
        Never => ("NEVER", "NEVER", "dcat-frequency-never"),
    }
);

vocabulary!(
    /// The licence of a distribution, from the licence vocabulary DCAT-AP_IT
    /// requires for `dct:license` (`https://w3id.org/italia/controlled-vocabulary/licences`).
    /// CC BY 4.0 is the default: it is what the Osservatorio publishes under
    /// and what ISTAT uses for its own data.
    #[derive(Default)]
    Licence, kind = "licence", base = "https://w3id.org/italia/controlled-vocabulary/licences/", {
        #[default]
        CcBy40 => ("cc-by-4.0", "A21_CCBY40", "dcat-licence-cc-by-4-0"),
        CcBy30It => ("cc-by-3.0-it", "A23_CCBY30IT", "dcat-licence-cc-by-3-0-it"),
        CcBySa40 => ("cc-by-sa-4.0", "A31_CCBYSA40", "dcat-licence-cc-by-sa-4-0"),
        Cc0 => ("cc0-1.0", "A11_CCO10", "dcat-licence-cc0-1-0"),
        Odbl => ("odbl-1.0", "A310_ODBL", "dcat-licence-odbl-1-0"),
        OdcBy => ("odc-by-1.0", "A210_ODCBY", "dcat-licence-odc-by-1-0"),
        IodlV2 => ("iodl-2.0", "A29_IODL20", "dcat-licence-iodl-2-0"),
    }
);

impl Licence {
    /// The usual short name, the same in every language ("CC BY 4.0").
    pub const fn short_name(self) -> &'static str {
        match self {
            Licence::CcBy40 => "CC BY 4.0",
            Licence::CcBy30It => "CC BY 3.0 IT",
            Licence::CcBySa40 => "CC BY-SA 4.0",
            Licence::Cc0 => "CC0 1.0",
            Licence::Odbl => "ODbL 1.0",
            Licence::OdcBy => "ODC-By 1.0",
            Licence::IodlV2 => "IODL 2.0",
        }
    }

    /// The licence's version, as the Italian vocabulary gives it
    /// (`owl:versionInfo`).
    pub const fn version(self) -> &'static str {
        match self {
            Licence::CcBy40 | Licence::CcBySa40 => "4.0",
            Licence::CcBy30It => "3.0 Italia",
            Licence::Cc0 | Licence::Odbl | Licence::OdcBy => "1.0",
            Licence::IodlV2 => "2.0",
        }
    }

    /// The ADMS licence type DCAT-AP checks `dct:type` against.
    pub const fn licence_type(self) -> LicenceType {
        match self {
            Licence::CcBy40 | Licence::CcBy30It | Licence::OdcBy | Licence::IodlV2 => {
                LicenceType::Attribution
            }
            Licence::CcBySa40 | Licence::Odbl => LicenceType::ShareAlike,
            Licence::Cc0 => LicenceType::PublicDomain,
        }
    }

    /// The licence's full name in Italian and English (`foaf:name`), as the
    /// Italian vocabulary writes it.
    pub(super) const fn names(self) -> [(&'static str, &'static str); 2] {
        match self {
            Licence::CcBy40 => [
                (
                    "it",
                    "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)",
                ),
                (
                    "en",
                    "Creative Commons Attribution 4.0 International (CC BY 4.0)",
                ),
            ],
            Licence::CcBy30It => [
                (
                    "it",
                    "Creative Commons Attribuzione Italia 3.0 (CC BY 3.0 IT)",
                ),
                (
                    "en",
                    "Creative Commons Attribution Italy 3.0 (CC BY 3.0 IT)",
                ),
            ],
            Licence::CcBySa40 => [
                (
                    "it",
                    "Creative Commons Attribuzione-Condividi allo stesso modo 4.0 Internazionale (CC BY-SA 4.0)",
                ),
                (
                    "en",
                    "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)",
                ),
            ],
            Licence::Cc0 => [
                (
                    "it",
                    "Creative Commons CC0 1.0 Universale - Public Domain Dedication (CC0 1.0)",
                ),
                (
                    "en",
                    "Creative Commons CC0 1.0 Universal - Public Domain Dedication (CC0 1.0)",
                ),
            ],
            Licence::Odbl => [
                ("it", "Open Data Commons Open Database License 1.0 (ODbL)"),
                ("en", "Open Data Commons Open Database License 1.0 (ODbL)"),
            ],
            Licence::OdcBy => [
                ("it", "Open Data Commons Attribution License (ODC_BY)"),
                ("en", "Open Data Commons Attribution License (ODC_BY)"),
            ],
            Licence::IodlV2 => [
                ("it", "Italian Open Data License 2.0 (IODL 2.0)"),
                ("en", "Italian Open Data License 2.0 (IODL 2.0)"),
            ],
        }
    }
}

/// The kind of licence in the ADMS licence-type list
/// (`http://purl.org/adms/licencetype/1.0`), which DCAT-AP requires for the
/// `dct:type` of a licence document. (The Italian vocabulary's own types,
/// `A2_Attribution`…, are not in that list.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LicenceType {
    Attribution,
    PublicDomain,
    ShareAlike,
}

impl LicenceType {
    pub const fn uri(self) -> &'static str {
        match self {
            LicenceType::Attribution => "http://purl.org/adms/licencetype/Attribution",
            LicenceType::PublicDomain => "http://purl.org/adms/licencetype/PublicDomain",
            LicenceType::ShareAlike => "http://purl.org/adms/licencetype/ViralEffect-ShareAlike",
        }
    }

    /// The English `skos:prefLabel` in the ADMS list.
    pub const fn label(self) -> &'static str {
        match self {
            LicenceType::Attribution => "Attribution",
            LicenceType::PublicDomain => "Public domain",
            LicenceType::ShareAlike => "Viral effect (a.k.a. Share-alike)",
        }
    }
}

/// The format of a distribution's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileFormat {
    Csv,
    Json,
}

impl FileFormat {
    pub const ALL: &'static [FileFormat] = &[FileFormat::Csv, FileFormat::Json];

    /// The code in the EU file-type authority table.
    pub const fn code(self) -> &'static str {
        match self {
            FileFormat::Csv => "CSV",
            FileFormat::Json => "JSON",
        }
    }

    /// The IRI in the EU file-type authority table (`dct:format`).
    pub const fn uri(self) -> &'static str {
        match self {
            FileFormat::Csv => "http://publications.europa.eu/resource/authority/file-type/CSV",
            FileFormat::Json => "http://publications.europa.eu/resource/authority/file-type/JSON",
        }
    }

    /// The IANA media type, as sent in `Content-Type`.
    pub const fn media_type(self) -> &'static str {
        match self {
            FileFormat::Csv => "text/csv",
            FileFormat::Json => "application/json",
        }
    }

    /// The media type's IRI in the IANA registry (`dcat:mediaType`).
    pub const fn media_type_uri(self) -> &'static str {
        match self {
            FileFormat::Csv => "http://www.iana.org/assignments/media-types/text/csv",
            FileFormat::Json => "http://www.iana.org/assignments/media-types/application/json",
        }
    }
}

impl fmt::Display for FileFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for FileFormat {
    type Err = UnknownCode;

    /// The EU code in any case, the EU IRI or the media type.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        Self::ALL
            .iter()
            .copied()
            .find(|f| f.code().eq_ignore_ascii_case(s) || f.uri() == s || f.media_type() == s)
            .ok_or_else(|| UnknownCode {
                kind: "file format",
                code: s.to_owned(),
            })
    }
}

/// ISO 639-1 codes and their codes in the EU language authority table: the
/// EU's official languages and the languages most spoken by the people the
/// Osservatorio counts. DCAT-AP accepts no other vocabulary for
/// `dct:language`.
const LANGUAGES: &[(&str, &str)] = &[
    ("it", "ITA"),
    ("en", "ENG"),
    ("fr", "FRA"),
    ("ar", "ARA"),
    ("de", "DEU"),
    ("es", "SPA"),
    ("pt", "POR"),
    ("ro", "RON"),
    ("nl", "NLD"),
    ("pl", "POL"),
    ("el", "ELL"),
    ("cs", "CES"),
    ("sk", "SLK"),
    ("sl", "SLV"),
    ("hr", "HRV"),
    ("hu", "HUN"),
    ("bg", "BUL"),
    ("et", "EST"),
    ("fi", "FIN"),
    ("lv", "LAV"),
    ("lt", "LIT"),
    ("mt", "MLT"),
    ("ga", "GLE"),
    ("sv", "SWE"),
    ("da", "DAN"),
    ("sq", "SQI"),
    ("uk", "UKR"),
    ("ru", "RUS"),
    ("tr", "TUR"),
    ("fa", "FAS"),
    ("zh", "ZHO"),
    ("hi", "HIN"),
    ("bn", "BEN"),
    ("ur", "URD"),
    ("ti", "TIR"),
    ("so", "SOM"),
    ("ps", "PUS"),
    ("sr", "SRP"),
    ("mk", "MKD"),
];

/// The EU language IRI of a language tag (`it`, `ar-EG`) or of an EU code
/// (`ITA`). `None` for the languages that this module does not map (the EU
/// official languages and the main languages of migrants to Italy are
/// mapped): the catalogue then leaves them out of `dct:language` rather than
/// guess an IRI that might not exist in the EU table.
pub fn eu_language_uri(code: &str) -> Option<String> {
    let code = code.trim();
    let primary = code.split(['-', '_']).next().unwrap_or_default();
    LANGUAGES
        .iter()
        .find(|(iso, eu)| iso.eq_ignore_ascii_case(primary) || eu.eq_ignore_ascii_case(code))
        .map(|(_, eu)| format!("http://publications.europa.eu/resource/authority/language/{eu}"))
}
