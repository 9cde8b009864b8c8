//! The redazione's intake queue: press releases (*comunicati*) and good
//! practices (*buone pratiche*) as they arrive, whatever the channel —
//! partner accounts, institutional feeds, the mailbox, the public form —
//! until the redazione turns them into stories, publishes them, rejects
//! them or marks them as duplicates.

pub mod action;
pub mod attachment;
pub mod form;

use crate::{
    comuni::IstatCode, lang::Lang, organisations::OrganisationId, services::taxonomy::TargetGroup,
    time::Timestamp,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IntakeId(pub i64);

/// Declares a closed list of stored codes with their Fluent keys.
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident, $prefix:literal, { $($(#[$vmeta:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

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

codes!(
    /// How an item reached the redazione.
    Channel, "intake-channel", {
        Partner => "partner",
        Feed => "feed",
        Mail => "mail",
        Public => "public",
    }
);

codes!(
    /// What an item is.
    ItemKind, "intake-kind", {
        Comunicato => "comunicato",
        BuonaPratica => "buona_pratica",
    }
);

codes!(
    /// Where an item stands.
    IntakeStatus, "intake-status", {
        /// Mail from a sender that is not verified: never in the queue
        /// until an editor accepts the sender or the item.
        ToVerify => "to_verify",
        New => "new",
        /// An editor took it (assigned, or a draft was made from it): the
        /// sender can no longer edit it.
        Taken => "taken",
        Published => "published",
        /// A good practice accepted as a public record.
        Accepted => "accepted",
        Rejected => "rejected",
        Duplicate => "duplicate",
        Withdrawn => "withdrawn",
    }
);

impl IntakeStatus {
    /// Closed items are done with: the retention period runs from then.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            IntakeStatus::Published
                | IntakeStatus::Accepted
                | IntakeStatus::Rejected
                | IntakeStatus::Duplicate
                | IntakeStatus::Withdrawn
        )
    }

    /// Whether the sender may still change or withdraw the item.
    pub fn sender_may_edit(self) -> bool {
        matches!(self, IntakeStatus::New | IntakeStatus::ToVerify)
    }
}

/// Who sent an item. Personal data: cleared by the retention job.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sender {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// The longest title kept; longer ones (from feeds and mail) are cut.
pub const MAX_TITLE_CHARS: usize = 300;
/// The longest body kept; longer ones are cut, and the cut is noted.
pub const MAX_BODY_CHARS: usize = 200_000;

/// An item as a channel hands it over.
#[derive(Debug, Clone)]
pub struct NewItem {
    pub channel: Channel,
    pub kind: ItemKind,
    pub organisation_id: Option<OrganisationId>,
    /// The partner account that sent it.
    pub submitted_by: Option<i64>,
    /// The "to verify" lane: mail from a sender that is not verified.
    pub to_verify: bool,
    pub lang: Lang,
    pub title: String,
    /// Plain text, paragraphs separated by blank lines.
    pub body: String,
    pub comuni: Vec<IstatCode>,
    pub embargo_until: Option<Timestamp>,
    pub source_url: Option<String>,
    /// The feed item's id or the mail's Message-ID.
    pub external_id: Option<String>,
    /// The date the source gives.
    pub source_date: Option<Timestamp>,
    pub sender: Sender,
}

impl NewItem {
    /// The key that makes a second delivery of the same item a no-op.
    pub fn dedupe_key(&self) -> Option<String> {
        let id = self.external_id.as_deref()?.trim();
        if id.is_empty() {
            return None;
        }
        let id: String = id.chars().take(500).collect();
        Some(format!(
            "{}:{}:{}",
            self.channel.as_str(),
            self.organisation_id.map_or(0, |o| o.0),
            id
        ))
    }
}

/// A file that came with an item, before it is checked and stored.
#[derive(Debug, Clone)]
pub struct NewAttachment {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// An item as stored.
#[derive(Debug, Clone)]
pub struct IntakeItem {
    pub id: IntakeId,
    pub channel: Channel,
    pub kind: ItemKind,
    pub status: IntakeStatus,
    pub organisation_id: Option<OrganisationId>,
    pub submitted_by: Option<i64>,
    pub lang: Lang,
    pub title: String,
    pub body: String,
    pub comuni: Vec<IstatCode>,
    pub embargo_until: Option<Timestamp>,
    pub source_url: Option<String>,
    pub source_date: Option<Timestamp>,
    pub sender: Sender,
    pub assigned_to: Option<i64>,
    pub duplicate_of: Option<IntakeId>,
    pub article_id: Option<i64>,
    pub reason: Option<String>,
    pub received_at: Timestamp,
    pub updated_at: Timestamp,
    pub closed_at: Option<Timestamp>,
    pub anonymised_at: Option<Timestamp>,
}

impl IntakeItem {
    /// Whether the embargo still holds at `now`.
    pub fn embargoed(&self, now: Timestamp) -> bool {
        self.embargo_until.is_some_and(|until| until.0 > now.0)
    }
}

/// A stored attachment.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub id: i64,
    pub item_id: IntakeId,
    pub file_name: String,
    pub content_type: String,
    pub byte_size: i64,
    pub sha256: String,
    pub storage_key: String,
}

/// A line of an item's history: an action or an internal note.
#[derive(Debug, Clone)]
pub struct Note {
    pub id: i64,
    pub author: Option<i64>,
    /// `note`, or the action (`received`, `assigned`, `drafted`, …).
    pub event: String,
    pub body: String,
    pub created_at: Timestamp,
}

/// The structured part of a good practice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoodPractice {
    pub istat_code: IstatCode,
    /// Who runs it: the organisation's name as the sender wrote it.
    pub runner: String,
    pub targets: Vec<TargetGroup>,
    /// `YYYY-MM` or `YYYY-MM-DD`.
    pub period_start: Option<String>,
    pub period_end: Option<String>,
    pub outcome: String,
    pub link: Option<String>,
    pub photos_consent: bool,
}

/// A good practice for the public list.
#[derive(Debug, Clone)]
pub struct PublicGoodPractice {
    pub item_id: IntakeId,
    pub title: String,
    pub body: String,
    pub lang: Lang,
    pub practice: GoodPractice,
    pub accepted_at: Timestamp,
    pub photos: Vec<Attachment>,
}

/// How a person wants to hear of new items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotifyMode {
    Immediate,
    Digest,
    Never,
}

impl NotifyMode {
    pub const ALL: [NotifyMode; 3] = [NotifyMode::Immediate, NotifyMode::Digest, NotifyMode::Never];

    pub const fn as_str(self) -> &'static str {
        match self {
            NotifyMode::Immediate => "immediate",
            NotifyMode::Digest => "digest",
            NotifyMode::Never => "never",
        }
    }

    pub fn parse(value: &str) -> Option<NotifyMode> {
        NotifyMode::ALL.into_iter().find(|m| m.as_str() == value)
    }
}

/// Cuts `text` to at most `max` characters; says whether it did.
pub fn truncate_chars(text: &str, max: usize) -> (String, bool) {
    match text.char_indices().nth(max) {
        Some((at, _)) => (text[..at].to_owned(), true),
        None => (text.to_owned(), false),
    }
}

/// Removes control characters other than line breaks and tabs, which
/// feeds and mail sometimes carry and which have no place in a story.
pub fn strip_controls(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for status in IntakeStatus::ALL {
            assert_eq!(IntakeStatus::parse(status.as_str()), Some(*status));
        }
        for channel in Channel::ALL {
            assert_eq!(Channel::parse(channel.as_str()), Some(*channel));
        }
        assert_eq!(
            ItemKind::parse("buona_pratica"),
            Some(ItemKind::BuonaPratica)
        );
        assert_eq!(IntakeStatus::parse("nope"), None);
    }

    #[test]
    fn dedupe_key_needs_an_external_id() {
        let mut item = NewItem {
            channel: Channel::Mail,
            kind: ItemKind::Comunicato,
            organisation_id: Some(OrganisationId(7)),
            submitted_by: None,
            to_verify: false,
            lang: Lang::It,
            title: "t".into(),
            body: "b".into(),
            comuni: vec![],
            embargo_until: None,
            source_url: None,
            external_id: Some(" <abc@x> ".into()),
            source_date: None,
            sender: Sender::default(),
        };
        assert_eq!(item.dedupe_key().as_deref(), Some("mail:7:<abc@x>"));
        item.external_id = Some("   ".into());
        assert_eq!(item.dedupe_key(), None);
        item.external_id = None;
        assert_eq!(item.dedupe_key(), None);
    }

    #[test]
    fn truncation_counts_characters() {
        assert_eq!(truncate_chars("àèìòù", 3), ("àèì".to_owned(), true));
        assert_eq!(truncate_chars("abc", 3), ("abc".to_owned(), false));
        assert_eq!(strip_controls("a\u{0}b\nc\u{7}"), "ab\nc");
    }
}
