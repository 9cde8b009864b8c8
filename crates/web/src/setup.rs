//! What every start does on the database after migrating: load the
//! reference data (the comuni), create the footer pages that do not exist
//! yet, and on an empty database create the first administrator.

use agoral_db::Db;
use agoral_domain::{
    accounts::{Email, NewUser, Role, Roles},
    comuni::parse_comuni_csv,
    lang::Lang,
    pages::{FOOTER_PAGES, PageInput},
};
use anyhow::Context;
use rand::Rng;

use crate::passwords;

/// The comuni of the province, from ISTAT (see `data/SOURCES.md`).
pub const COMUNI_CSV: &str = include_str!("../../../data/reference/comuni_AL.csv");

/// Default text of the footer pages, per language: `# Title` then Markdown.
const PAGE_SOURCES: &[(&str, Lang, &str)] = &[
    (
        "dichiarazione-di-accessibilita",
        Lang::It,
        include_str!("../content/pages/dichiarazione-di-accessibilita.it.md"),
    ),
    (
        "dichiarazione-di-accessibilita",
        Lang::En,
        include_str!("../content/pages/dichiarazione-di-accessibilita.en.md"),
    ),
    (
        "dichiarazione-di-accessibilita",
        Lang::Fr,
        include_str!("../content/pages/dichiarazione-di-accessibilita.fr.md"),
    ),
    (
        "dichiarazione-di-accessibilita",
        Lang::Ar,
        include_str!("../content/pages/dichiarazione-di-accessibilita.ar.md"),
    ),
    (
        "privacy",
        Lang::It,
        include_str!("../content/pages/privacy.it.md"),
    ),
    (
        "privacy",
        Lang::En,
        include_str!("../content/pages/privacy.en.md"),
    ),
    (
        "privacy",
        Lang::Fr,
        include_str!("../content/pages/privacy.fr.md"),
    ),
    (
        "privacy",
        Lang::Ar,
        include_str!("../content/pages/privacy.ar.md"),
    ),
    (
        "note-legali",
        Lang::It,
        include_str!("../content/pages/note-legali.it.md"),
    ),
    (
        "note-legali",
        Lang::En,
        include_str!("../content/pages/note-legali.en.md"),
    ),
    (
        "note-legali",
        Lang::Fr,
        include_str!("../content/pages/note-legali.fr.md"),
    ),
    (
        "note-legali",
        Lang::Ar,
        include_str!("../content/pages/note-legali.ar.md"),
    ),
    (
        "segnala-un-problema",
        Lang::It,
        include_str!("../content/pages/segnala-un-problema.it.md"),
    ),
    (
        "segnala-un-problema",
        Lang::En,
        include_str!("../content/pages/segnala-un-problema.en.md"),
    ),
    (
        "segnala-un-problema",
        Lang::Fr,
        include_str!("../content/pages/segnala-un-problema.fr.md"),
    ),
    (
        "segnala-un-problema",
        Lang::Ar,
        include_str!("../content/pages/segnala-un-problema.ar.md"),
    ),
];

/// The magazine's sections on a new installation (editors can add more):
/// slug and name in it, en, fr, ar.
pub const SECTIONS: &[(&str, [&str; 4])] = &[
    (
        "immigrazione",
        ["Immigrazione", "Immigration", "Immigration", "الهجرة"],
    ),
    (
        "accoglienza",
        ["Accoglienza", "Reception", "Accueil", "الاستقبال"],
    ),
    (
        "inclusione",
        ["Inclusione", "Inclusion", "Inclusion", "الاندماج"],
    ),
    ("lavoro", ["Lavoro", "Work", "Travail", "العمل"]),
    ("scuola", ["Scuola", "School", "École", "المدرسة"]),
    ("salute", ["Salute", "Health", "Santé", "الصحة"]),
    ("cultura", ["Cultura", "Culture", "Culture", "الثقافة"]),
];

/// The login of the administrator created on an empty database.
pub const FIRST_ADMIN_EMAIL: &str = "admin@agoral.local";

/// Credentials of a freshly created first administrator, shown once.
#[derive(Debug)]
pub struct FirstAdmin {
    pub email: String,
    pub password: String,
}

fn split_title(source: &str) -> (String, String) {
    let mut lines = source.lines();
    let title = lines
        .next()
        .unwrap_or_default()
        .trim_start_matches('#')
        .trim()
        .to_owned();
    let body = lines.collect::<Vec<_>>().join("\n").trim().to_owned();
    (title, body)
}

/// A readable random password: five groups of four letters and digits.
pub fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..5)
        .map(|_| {
            (0..4)
                .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Runs the start-up set-up. Returns the first administrator's credentials
/// when one was created now.
pub async fn bootstrap(db: &Db) -> anyhow::Result<Option<FirstAdmin>> {
    let comuni = parse_comuni_csv(COMUNI_CSV).map_err(anyhow::Error::msg)?;
    // Upserted on every start, so corrected figures in a new release land.
    db.upsert_comuni(&comuni)
        .await
        .context("loading the comuni")?;
    debug_assert!(
        FOOTER_PAGES
            .iter()
            .all(|slug| PAGE_SOURCES.iter().any(|(s, _, _)| s == slug))
    );
    for (slug, lang, source) in PAGE_SOURCES {
        let (title, body) = split_title(source);
        let input = PageInput::parse(&title, &body)
            .map_err(|e| anyhow::anyhow!("default page {slug}/{lang}: {e:?}"))?;
        db.ensure_page(slug, *lang, &input).await?;
    }
    for (position, (slug, names)) in SECTIONS.iter().enumerate() {
        let names: Vec<(Lang, &str)> = Lang::ALL.into_iter().zip(names.iter().copied()).collect();
        db.ensure_section(slug, position as i64, &names).await?;
    }
    // Stories written before author pages existed get them.
    db.ensure_author_profiles().await?;
    if db.count_users().await? > 0 {
        return Ok(None);
    }
    let password = generate_password();
    let hash = passwords::hash_blocking(&password)?;
    let new = NewUser {
        email: Email::parse(FIRST_ADMIN_EMAIL).map_err(|e| anyhow::anyhow!("{e:?}"))?,
        display_name: "Amministrazione".to_owned(),
        organisation_id: None,
        roles: Roles::one(Role::Administrator),
        locale: Lang::It,
    };
    match db.create_user(&new, Some(&hash)).await {
        Ok(_) => Ok(Some(FirstAdmin {
            email: FIRST_ADMIN_EMAIL.to_owned(),
            password,
        })),
        // Another instance created it at the same moment.
        Err(_) if db.count_users().await? > 0 => Ok(None),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_reference_data_is_complete() {
        let comuni = parse_comuni_csv(COMUNI_CSV).expect("valid CSV");
        assert_eq!(comuni.len(), 187);
        let total: i64 = comuni.iter().map(|c| c.population_2021).sum();
        assert_eq!(total, 411_922);
        for slug in FOOTER_PAGES {
            for lang in Lang::ALL {
                let (_, _, source) = PAGE_SOURCES
                    .iter()
                    .find(|(s, l, _)| s == &slug && *l == lang)
                    .expect("every footer page in every language");
                let (title, body) = split_title(source);
                assert!(!title.is_empty() && !body.is_empty(), "{slug}/{lang}");
            }
        }
    }

    #[test]
    fn generated_passwords_are_valid() {
        let password = generate_password();
        assert_eq!(password.len(), 24);
        assert!(agoral_domain::accounts::validate_new_password(&password).is_ok());
    }
}
