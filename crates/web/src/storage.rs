//! Media storage behind a narrow interface. The local folder is the
//! default; `object_store` makes S3-compatible storage a change of backend
//! here rather than in every caller.

use std::{path::Path, sync::Arc};

use object_store::{ObjectStore, PutPayload, local::LocalFileSystem, path::Path as ObjectPath};

#[derive(Debug, Clone)]
pub struct MediaStore {
    store: Arc<dyn ObjectStore>,
}

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("invalid media key {0:?}")]
    InvalidKey(String),
    #[error("media store: {0}")]
    Store(#[from] object_store::Error),
    #[error("media folder: {0}")]
    Io(#[from] std::io::Error),
}

impl MediaStore {
    /// Files under `dir`, created if missing.
    pub fn local(dir: &Path) -> Result<MediaStore, StorageError> {
        std::fs::create_dir_all(dir)?;
        let store = LocalFileSystem::new_with_prefix(dir)?;
        Ok(MediaStore {
            store: Arc::new(store),
        })
    }

    fn path(key: &str) -> Result<ObjectPath, StorageError> {
        let valid = !key.is_empty()
            && key.len() <= 300
            && key.split('/').all(|part| {
                !part.is_empty()
                    && part != "."
                    && part != ".."
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
            });
        if !valid {
            return Err(StorageError::InvalidKey(key.to_owned()));
        }
        ObjectPath::parse(key).map_err(|_| StorageError::InvalidKey(key.to_owned()))
    }

    pub async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), StorageError> {
        self.store
            .put(&Self::path(key)?, PutPayload::from(bytes))
            .await?;
        Ok(())
    }

    pub async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StorageError> {
        match self.store.get(&Self::path(key)?).await {
            Ok(result) => Ok(Some(result.bytes().await?.to_vec())),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    pub async fn exists(&self, key: &str) -> Result<bool, StorageError> {
        match self.store.head(&Self::path(key)?).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    pub async fn delete(&self, key: &str) -> Result<(), StorageError> {
        match self.store.delete(&Self::path(key)?).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn stores_and_rejects_bad_keys() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = MediaStore::local(dir.path()).expect("store");
        store
            .put("2026/11/a.jpg", b"jpeg".to_vec())
            .await
            .expect("put");
        assert_eq!(
            store.get("2026/11/a.jpg").await.expect("get"),
            Some(b"jpeg".to_vec())
        );
        assert!(store.exists("2026/11/a.jpg").await.expect("head"));
        assert_eq!(store.get("missing.jpg").await.expect("get"), None);
        for bad in ["../etc/passwd", "/abs", "a//b", "a b", ""] {
            assert!(store.put(bad, vec![]).await.is_err(), "{bad}");
        }
        store.delete("2026/11/a.jpg").await.expect("delete");
        assert!(!store.exists("2026/11/a.jpg").await.expect("head"));
    }
}
