//! The application state shared by every handler and job.

use std::{ops::Deref, sync::Arc};

use agoral_db::Db;

use crate::{
    config::Config, forms::FormSigner, i18n::Localizer, mail::Mailer, metrics::Metrics,
    rate_limit::RateLimiter, storage::MediaStore,
};

/// Cheap to clone: everything is behind one `Arc`.
#[derive(Clone, Debug)]
pub struct AppState(Arc<Inner>);

#[derive(Debug)]
pub struct Inner {
    pub config: Config,
    pub db: Db,
    pub l10n: Localizer,
    pub signer: FormSigner,
    pub media: MediaStore,
    pub mailer: Mailer,
    pub metrics: Metrics,
    /// Submissions of public forms per client address.
    pub public_forms: RateLimiter,
    /// Rendered public pages, emptied by the change feed.
    pub page_cache: crate::cache::PageCache,
    /// What the story pages of a section show alike (its newest stories),
    /// kept for a generation of the page cache.
    pub section_shared: crate::articles::shared::SectionShared,
    /// This instance's search index.
    pub search: crate::search::SharedIndex,
    /// The words of the services list's search box (this instance's).
    pub service_words: crate::services::words::ServiceWords,
    /// The terms of the Osservatorio's datasets, charts and reports for the
    /// site search (this instance's).
    pub observatory_terms: crate::observatory::search::ObservatoryTerms,
    /// The comuni by ISTAT code: reference data, loaded at start (they
    /// change only with a release).
    pub comuni: std::collections::HashMap<String, agoral_domain::comuni::Comune>,
}

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// The name of the comune with this ISTAT code (empty when unknown).
    pub fn comune_name(&self, code: &str) -> String {
        self.comuni
            .get(code)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    }

    /// Builds the state on an open, migrated database. The signing key comes
    /// from the configuration or, when unset, from the database (generated on
    /// first start), so every instance on one database shares it.
    pub async fn new(config: Config, db: Db) -> anyhow::Result<AppState> {
        let key = match &config.secret_key {
            Some(key) => key.expose().to_owned(),
            None => {
                let (fresh, _) = agoral_domain::tokens::generate();
                db.setting_or_insert("form_signing_key", &fresh).await?
            }
        };
        let l10n = Localizer::new().map_err(anyhow::Error::msg)?;
        let media = MediaStore::local(&config.media_dir())?;
        let mailer = Mailer::new(&config)?;
        let search = Arc::new(
            crate::search::SearchIndex::open(&config.search_dir())?
                .with_concurrent_searches(config.max_concurrent_searches),
        );
        let page_cache = crate::cache::PageCache::new(config.page_cache_megabytes * 1024 * 1024);
        let comuni = db
            .comuni()
            .await?
            .into_iter()
            .map(|c| (c.code.to_string(), c))
            .collect();
        Ok(AppState(Arc::new(Inner {
            comuni,
            search,
            service_words: crate::services::words::ServiceWords::default(),
            observatory_terms: crate::observatory::search::ObservatoryTerms::default(),
            section_shared: crate::articles::shared::SectionShared::default(),
            page_cache,
            signer: FormSigner::new(key.as_bytes()),
            l10n,
            media,
            mailer,
            metrics: Metrics::default(),
            public_forms: RateLimiter::new(5, 600),
            config,
            db,
        })))
    }
}
