//! Dataset files uploaded and not yet imported ("staged"). Each waits in
//! the imports folder as `<token>.csv` (and `<token>.xlsx` for a workbook)
//! beside `<token>.json`, which says whose it is and for which dataset,
//! until its preview is imported or discarded, or the cleaning job removes
//! it after two days. An analyst may keep only a few at a time
//! (`max_staged_uploads`, `max_staged_upload_bytes`), so that one account
//! cannot fill the disk with files nobody imports.

use std::path::Path;

use crate::config::Config;

/// What is kept beside an upload until it is imported or discarded.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct UploadInfo {
    pub dataset: i64,
    pub user: i64,
    pub file_name: String,
    pub size: u64,
    /// The upload was an XLSX workbook (kept as `<token>.xlsx`).
    pub xlsx: bool,
    pub sheet: Option<String>,
}

/// A staged upload: its token (the name of its files) and what it is.
#[derive(Debug, Clone)]
pub struct Staged {
    pub token: String,
    pub info: UploadInfo,
}

impl Staged {
    /// Its preview, where it is imported or discarded.
    pub fn preview_path(&self) -> String {
        format!(
            "/admin/osservatorio/dati/{}/anteprima/{}",
            self.info.dataset, self.token
        )
    }

    pub fn size(&self) -> String {
        super::human_size(self.info.size)
    }
}

/// An upload's token: 32 hexadecimal digits.
pub fn is_token(token: &str) -> bool {
    token.len() == 32 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The staged uploads in `dir` for which `keep` holds, oldest first. A
/// folder that does not exist yet holds none.
pub async fn list(dir: &Path, keep: impl Fn(&UploadInfo) -> bool) -> Vec<Staged> {
    let mut found = Vec::new();
    let Ok(mut entries) = tokio::fs::read_dir(dir).await else {
        return Vec::new();
    };
    while let Ok(Some(entry)) = entries.next_entry().await {
        let name = entry.file_name();
        let Some(token) = name
            .to_str()
            .and_then(|n| n.strip_suffix(".json"))
            .filter(|t| is_token(t))
        else {
            continue;
        };
        let Ok(bytes) = tokio::fs::read(entry.path()).await else {
            continue;
        };
        let Ok(info) = serde_json::from_slice::<UploadInfo>(&bytes) else {
            continue;
        };
        if keep(&info) {
            let modified = entry.metadata().await.and_then(|m| m.modified()).ok();
            found.push((
                modified,
                Staged {
                    token: token.to_owned(),
                    info,
                },
            ));
        }
    }
    found.sort_by_key(|(modified, _)| *modified);
    found.into_iter().map(|(_, staged)| staged).collect()
}

/// How much of the quota an analyst's staged uploads take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub files: usize,
    pub max_files: usize,
    pub bytes: u64,
    pub max_bytes: u64,
}

impl Quota {
    pub fn of(config: &Config, staged: &[Staged]) -> Quota {
        Quota {
            files: staged.len(),
            max_files: config.max_staged_uploads,
            bytes: staged.iter().map(|s| s.info.size).sum(),
            max_bytes: config.max_staged_upload_bytes as u64,
        }
    }

    /// The bytes one more upload may take; `None` when there is no room
    /// for another file at all.
    pub fn room(&self) -> Option<u64> {
        (self.files < self.max_files && self.bytes < self.max_bytes)
            .then(|| self.max_bytes - self.bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn room_left_by_count_and_by_size() {
        let quota = |files, bytes| Quota {
            files,
            max_files: 3,
            bytes,
            max_bytes: 1000,
        };
        assert_eq!(quota(0, 0).room(), Some(1000));
        assert_eq!(quota(2, 400).room(), Some(600));
        assert_eq!(quota(3, 10).room(), None, "as many files as allowed");
        assert_eq!(quota(1, 1000).room(), None, "as many bytes as allowed");
    }

    #[tokio::test]
    async fn lists_the_uploads_described_in_the_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let info = |user| UploadInfo {
            dataset: 7,
            user,
            file_name: "dati.csv".into(),
            size: 10,
            xlsx: false,
            sheet: None,
        };
        for (token, user) in [("a".repeat(32), 1), ("b".repeat(32), 2)] {
            let json = serde_json::to_vec(&info(user)).expect("json");
            std::fs::write(dir.path().join(format!("{token}.json")), json).expect("write");
        }
        std::fs::write(dir.path().join("c.json"), b"{}").expect("write");
        std::fs::write(dir.path().join(format!("{}.json", "d".repeat(32))), b"?").expect("write");
        let mine = list(dir.path(), |i| i.user == 1).await;
        assert_eq!(mine.len(), 1);
        assert_eq!(mine[0].token, "a".repeat(32));
        assert_eq!(
            mine[0].preview_path(),
            format!("/admin/osservatorio/dati/7/anteprima/{}", "a".repeat(32))
        );
        assert_eq!(list(dir.path(), |_| true).await.len(), 2);
        assert!(list(&dir.path().join("none"), |_| true).await.is_empty());
    }
}
