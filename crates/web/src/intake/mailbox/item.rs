//! One message made into an intake item: who sent it (and whether the
//! receiving server vouches for that), which lane it goes to, and the
//! notes that tell the redazione what could not be read.
//!
//! The lanes: a sender whose address or domain is verified for an
//! organisation, *and* whose domain the receiving server authenticated,
//! goes to the queue; a verified sender without that proof goes to "to
//! verify" with the organisation suggested and a `sender_unverified` note;
//! anybody else goes to "to verify" with no organisation.

use agoral_domain::{
    intake::{Channel, ItemKind, NewAttachment, NewItem, Sender},
    lang::Lang,
    mailbox::{self, ParsedMail, auth},
};

use crate::{config::MailboxConfig, state::AppState};

/// Note events this channel writes on items, each shown through the
/// Fluent message `intake-event-<event>` (underscores as hyphens), the
/// note's body after it.
pub const NOTE_SENDER_UNVERIFIED: &str = "sender_unverified";
pub const NOTE_INCOMPLETE: &str = "mail_incomplete";
pub const NOTE_UNREADABLE: &str = "mail_unreadable";
pub const NOTE_TOO_LARGE: &str = "mail_too_large";
pub const NOTE_ATTACHMENTS_LEFT_OUT: &str = "mail_attachments_left_out";

/// An item ready for `receive`, with the notes to write along with it.
pub struct Delivery {
    pub item: NewItem,
    pub attachments: Vec<NewAttachment>,
    pub notes: Vec<(&'static str, String)>,
}

/// A whole message as the server gave it.
pub async fn from_message(
    state: &AppState,
    config: &MailboxConfig,
    raw: Vec<u8>,
) -> anyhow::Result<Delivery> {
    // Parsing a large message is seconds of CPU: off the async threads.
    let (parsed, raw) = tokio::task::spawn_blocking(move || (mailbox::parse(&raw), raw)).await?;
    let Some(mail) = parsed else {
        return Ok(unreadable(state, &raw));
    };
    let mut delivery = from_parsed(state, config, &mail, &raw).await?;
    if mail.incomplete {
        delivery.notes.push((NOTE_INCOMPLETE, String::new()));
    }
    if mail.attachments_left_out > 0 {
        delivery.notes.push((
            NOTE_ATTACHMENTS_LEFT_OUT,
            mail.attachments_left_out.to_string(),
        ));
    }
    delivery.attachments = mail
        .attachments
        .into_iter()
        .map(|a| NewAttachment {
            file_name: a.file_name,
            content_type: a.content_type,
            bytes: a.bytes,
        })
        .collect();
    Ok(delivery)
}

/// A message too large to download: its headers say who sent it and what
/// about; it stays on the server, and always goes to "to verify".
pub async fn from_headers(
    state: &AppState,
    config: &MailboxConfig,
    headers: Vec<u8>,
    size: u64,
) -> anyhow::Result<Delivery> {
    let (parsed, headers) =
        tokio::task::spawn_blocking(move || (mailbox::parse(&headers), headers)).await?;
    let mut delivery = match parsed {
        Some(mail) => from_parsed(state, config, &mail, &headers).await?,
        None => unreadable(state, &headers),
    };
    delivery.item.to_verify = true;
    delivery.item.body = mailbox::excerpt(mailbox::header_block(&headers));
    delivery.notes.push((
        NOTE_TOO_LARGE,
        format!("{size} > {}", config.max_message_bytes),
    ));
    Ok(delivery)
}

async fn from_parsed(
    state: &AppState,
    config: &MailboxConfig,
    mail: &ParsedMail,
    raw: &[u8],
) -> anyhow::Result<Delivery> {
    let mut notes = Vec::new();
    let (organisation_id, to_verify) = match &mail.from {
        None => (None, true),
        Some(from) => match state.db.organisation_for_sender(&from.address).await? {
            None => (None, true),
            Some(organisation) => {
                let trusted = trusted_sender(config, mail, from.domain());
                if let Err(detail) = &trusted {
                    notes.push((
                        NOTE_SENDER_UNVERIFIED,
                        format!("{} ({detail})", from.address),
                    ));
                }
                (Some(organisation), trusted.is_err())
            }
        },
    };
    let title = match &mail.subject {
        Some(subject) => subject.clone(),
        None => state.l10n.get_args(
            Lang::It,
            "mailbox-no-subject",
            &[(
                "sender",
                mail.from
                    .as_ref()
                    .map(|f| f.address.clone())
                    .unwrap_or_default(),
            )],
        ),
    };
    Ok(Delivery {
        item: NewItem {
            channel: Channel::Mail,
            kind: ItemKind::Comunicato,
            organisation_id,
            submitted_by: None,
            to_verify,
            lang: mail.language.unwrap_or(Lang::It),
            title,
            body: mail.body.clone(),
            comuni: Vec::new(),
            embargo_until: None,
            source_url: None,
            external_id: Some(mailbox::external_id(mail.message_id.as_deref(), raw)),
            source_date: mail.date,
            sender: Sender {
                name: mail.from.as_ref().and_then(|f| f.name.clone()),
                email: mail.from.as_ref().map(|f| f.address.clone()),
                phone: None,
            },
        },
        attachments: Vec::new(),
        notes,
    })
}

/// Whether the receiving server vouches for the sender; otherwise why not,
/// as protocol words (`dmarc=fail spf=pass`) for the note.
fn trusted_sender(
    config: &MailboxConfig,
    mail: &ParsedMail,
    from_domain: Option<&str>,
) -> Result<(), String> {
    if !mail.single_sender {
        return Err("from=multiple".to_owned());
    }
    match auth::evaluate(
        &mail.authentication_results,
        config.authserv_id.as_deref(),
        from_domain,
    ) {
        auth::SenderAuthentication::Passed { .. } => Ok(()),
        auth::SenderAuthentication::NoResults => Err("authentication-results=none".to_owned()),
        auth::SenderAuthentication::NotPassed { results } => Err(results),
    }
}

/// A message nothing could be read of: its first bytes as text, to verify.
fn unreadable(state: &AppState, raw: &[u8]) -> Delivery {
    Delivery {
        item: NewItem {
            channel: Channel::Mail,
            kind: ItemKind::Comunicato,
            organisation_id: None,
            submitted_by: None,
            to_verify: true,
            lang: Lang::It,
            title: state.l10n.get(Lang::It, "mailbox-unreadable-title"),
            body: mailbox::excerpt(raw),
            comuni: Vec::new(),
            embargo_until: None,
            source_url: None,
            external_id: Some(mailbox::content_id(raw)),
            source_date: None,
            sender: Sender::default(),
        },
        attachments: Vec::new(),
        notes: vec![(NOTE_UNREADABLE, String::new())],
    }
}
