//! The redazione's intake queue. Every channel hands its items to
//! [`receive`], which checks and stores the attachments, writes the item
//! with everything that belongs to it in one transaction, and tells the
//! redazione through the outbox: a mail failure loses nothing.

pub mod feed_admin;
pub mod feeds;
pub mod mailbox;
pub mod notify;
pub mod partner;
pub mod queue;
pub mod retention;

use agoral_db::intake::{Extras, Inserted, StoredAttachment};
use agoral_domain::{
    audit::AuditAction,
    comuni::{self, IstatCode},
    intake::{
        Channel, GoodPractice, IntakeId, MAX_BODY_CHARS, MAX_TITLE_CHARS, NewAttachment, NewItem,
        attachment::{self, FileKind, Refusal},
        strip_controls, truncate_chars,
    },
    organisations::OrganisationKind,
    time::Timestamp,
};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::{media::process, state::AppState};

/// At most this many files are kept with one item; the rest are refused
/// and the refusal is noted on the item.
pub const MAX_ATTACHMENTS: usize = 20;

/// What [`receive`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    /// A new item; `refused` names the files not kept, with the reason
    /// (`name: reason code`), also noted on the item.
    Created { id: IntakeId, refused: Vec<String> },
    /// The same item arrived before: nothing was written.
    AlreadyHad(IntakeId),
}

/// A file checked and ready to store.
struct Checked {
    name: String,
    kind: FileKind,
    bytes: Vec<u8>,
}

/// Checks the files of an item: count, size, content against the name;
/// images are written again without their metadata (place, camera, owner).
fn check_attachments(
    files: Vec<NewAttachment>,
    max_bytes: u64,
) -> (Vec<Checked>, Vec<(String, Refusal)>) {
    let mut kept = Vec::new();
    let mut refused = Vec::new();
    for (index, file) in files.into_iter().enumerate() {
        let name = attachment::safe_file_name(&file.file_name);
        if index >= MAX_ATTACHMENTS {
            refused.push((name, Refusal::TooMany));
            continue;
        }
        match attachment::check(&name, &file.bytes, max_bytes) {
            Ok(kind) if kind.is_image() => match process::prepare(&file.bytes) {
                Ok(prepared) => kept.push(Checked {
                    name,
                    kind,
                    bytes: prepared.bytes,
                }),
                Err(_) => refused.push((name, Refusal::Mismatch)),
            },
            Ok(kind) => kept.push(Checked {
                name,
                kind,
                bytes: file.bytes,
            }),
            Err(refusal) => refused.push((name, refusal)),
        }
    }
    (kept, refused)
}

/// What else a channel gives with its item.
#[derive(Debug, Default)]
pub struct Options<'a> {
    pub good_practice: Option<&'a GoodPractice>,
    /// Hash of the public status link's token.
    pub status_token_hash: Option<String>,
    /// The sender declared that the people in the photos consented.
    pub photos_consent: bool,
    /// Actor for the audit log (a partner account).
    pub actor: Option<i64>,
    pub address: Option<std::net::IpAddr>,
    /// Notes the channel writes with the item, in the same transaction
    /// (event, detail): what the mailbox could not read or verify.
    pub notes: Vec<(&'static str, String)>,
}

/// Receives an item from any channel. See the module's documentation.
pub async fn receive(
    state: &AppState,
    item: NewItem,
    attachments: Vec<NewAttachment>,
) -> anyhow::Result<Received> {
    receive_with(state, item, attachments, Options::default()).await
}

/// The comuni of an item that came without any (a feed item, a mail): a
/// Comune's own, and those the title and text name.
async fn comuni_named(state: &AppState, item: &NewItem) -> anyhow::Result<Vec<IstatCode>> {
    let mut comuni = Vec::new();
    if let Some(id) = item.organisation_id
        && let Some(organisation) = state.db.organisation(id).await?
        && organisation.kind == OrganisationKind::Comune
        && let Some(code) = organisation.istat_code
    {
        comuni.push(code);
    }
    let text = format!("{}\n\n{}", item.title, item.body);
    for code in comuni::mentioned_in(&text, state.comuni.values()) {
        if !comuni.contains(&code) && comuni.len() < comuni::MAX_MENTIONED {
            comuni.push(code);
        }
    }
    Ok(comuni)
}

/// [`receive`], with a good practice's record, a status link or an actor.
pub async fn receive_with(
    state: &AppState,
    mut item: NewItem,
    attachments: Vec<NewAttachment>,
    options: Options<'_>,
) -> anyhow::Result<Received> {
    let mut notes: Vec<(&str, String)> = options.notes.clone();
    item.body = strip_controls(&item.body);
    let title = strip_controls(&item.title).replace(['\n', '\t'], " ");
    let (title, _) = truncate_chars(title.trim(), MAX_TITLE_CHARS);
    item.title = if title.is_empty() {
        let first = item
            .body
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("—");
        truncate_chars(first.trim(), 120).0
    } else {
        title
    };
    let (body, cut) = truncate_chars(&item.body, MAX_BODY_CHARS);
    item.body = body;
    if cut {
        notes.push(("body_cut", MAX_BODY_CHARS.to_string()));
    }
    // Before anything is written: a repeat costs no file work.
    if let Some(key) = item.dedupe_key()
        && let Some(id) = state.db.intake_item_id_by_dedupe_key(&key).await?
    {
        return Ok(Received::AlreadyHad(id));
    }
    if item.comuni.is_empty() && matches!(item.channel, Channel::Feed | Channel::Mail) {
        item.comuni = comuni_named(state, &item).await?;
    }
    let max = state.config.max_attachment_bytes as u64;
    let (kept, refused) =
        tokio::task::spawn_blocking(move || check_attachments(attachments, max)).await?;
    for (name, refusal) in &refused {
        notes.push(("attachment_refused", format!("{name}: {}", refusal.code())));
    }
    let mut stored = Vec::new();
    let mut keys = Vec::new();
    for file in kept {
        let mut random = [0u8; 10];
        rand::thread_rng().fill_bytes(&mut random);
        let ext = match attachment::extension(&file.name) {
            ext if !ext.is_empty() && ext.len() <= 5 => ext,
            _ => "bin".to_owned(),
        };
        let key = format!(
            "intake/{}/{}.{ext}",
            Timestamp::now().year_month_path(),
            data_encoding::BASE32_NOPAD
                .encode(&random)
                .to_ascii_lowercase(),
        );
        let sha256 = data_encoding::HEXLOWER.encode(&Sha256::digest(&file.bytes));
        let size = file.bytes.len() as i64;
        let content_type = file.kind.content_type(&ext);
        if let Err(e) = state.media.put(&key, file.bytes).await {
            remove_files(state, &keys).await;
            return Err(e.into());
        }
        keys.push(key.clone());
        stored.push(StoredAttachment {
            file_name: file.name,
            content_type: content_type.to_owned(),
            byte_size: size,
            sha256,
            storage_key: key,
            consent_declared: options.photos_consent && file.kind.is_image(),
        });
    }
    let extras = Extras {
        attachments: stored,
        notes,
        good_practice: options.good_practice,
        status_token_hash: options.status_token_hash.clone(),
    };
    let inserted = match state.db.insert_intake_item(&item, &extras).await {
        Ok(inserted) => inserted,
        Err(e) => {
            // Nothing of the item was written: neither are its files.
            remove_files(state, &keys).await;
            return Err(e.into());
        }
    };
    let id = match inserted {
        Inserted::Created(id) => id,
        Inserted::AlreadyHad(id) => {
            // Another instance wrote it between the check and the insert.
            remove_files(state, &keys).await;
            return Ok(Received::AlreadyHad(id));
        }
    };
    crate::audit::record(
        state,
        AuditAction::IntakeReceived,
        options.actor,
        None,
        options.address,
        format!("#{} {} {}", id.0, item.channel.as_str(), item.kind.as_str()),
    )
    .await;
    notify::item_received(state, id, &item).await;
    Ok(Received::Created {
        id,
        refused: refused
            .into_iter()
            .map(|(name, refusal)| format!("{name}: {}", refusal.code()))
            .collect(),
    })
}

async fn remove_files(state: &AppState, keys: &[String]) {
    for key in keys {
        if let Err(e) = state.media.delete(key).await {
            tracing::warn!(error = %e, key, "intake file not removed");
        }
    }
}
