//! Mail read from the intake's mailbox, turned into what the intake keeps:
//! the sender, subject, date and Message-ID, a plain-text body and the
//! attachments. Parsing is lenient — whatever can be read is kept, and a
//! damaged message says so — because a press release must never be lost
//! to a sender's broken mail client.

pub mod auth;
pub mod html;

use mail_parser::{HeaderName, MessageParser, MimeHeaders, PartType};

use crate::{lang::Lang, time::Timestamp};

/// Attachments read from one message. `receive` keeps the first twenty and
/// notes the refusal of the others; past this many they are only counted,
/// so that a message made of ten thousand tiny parts writes a bounded
/// number of notes.
pub const MAX_ATTACHMENTS: usize = 100;

/// Characters of an unreadable message or of a header block kept as text.
pub const EXCERPT_CHARS: usize = 20_000;

/// Longest Message-ID used as it is; a longer one is replaced by its hash.
const MAX_MESSAGE_ID: usize = 250;

/// How the last check of the mailbox ended, for the back office.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailboxStatus {
    /// Not checked yet.
    Never,
    /// Read to the end: every new message is in the intake.
    Ok,
    /// The server could not be reached, or TLS failed.
    Unreachable,
    /// The server refused the user name or password.
    LoginRefused,
    /// The configured folder does not exist.
    FolderMissing,
    /// Stopped part way (a protocol or database error): the next check
    /// goes on from the last message stored.
    Failed,
}

impl MailboxStatus {
    pub const ALL: [MailboxStatus; 6] = [
        MailboxStatus::Never,
        MailboxStatus::Ok,
        MailboxStatus::Unreachable,
        MailboxStatus::LoginRefused,
        MailboxStatus::FolderMissing,
        MailboxStatus::Failed,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            MailboxStatus::Never => "never",
            MailboxStatus::Ok => "ok",
            MailboxStatus::Unreachable => "unreachable",
            MailboxStatus::LoginRefused => "login_refused",
            MailboxStatus::FolderMissing => "folder_missing",
            MailboxStatus::Failed => "failed",
        }
    }

    pub fn parse(value: &str) -> Option<MailboxStatus> {
        MailboxStatus::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// The Fluent message that says it in words.
    pub const fn label_key(self) -> &'static str {
        match self {
            MailboxStatus::Never => "mailbox-status-never",
            MailboxStatus::Ok => "mailbox-status-ok",
            MailboxStatus::Unreachable => "mailbox-status-unreachable",
            MailboxStatus::LoginRefused => "mailbox-status-login-refused",
            MailboxStatus::FolderMissing => "mailbox-status-folder-missing",
            MailboxStatus::Failed => "mailbox-status-failed",
        }
    }
}

/// A sender as `From` gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailAddress {
    pub name: Option<String>,
    /// Lower-cased.
    pub address: String,
}

impl MailAddress {
    /// The part after `@`.
    pub fn domain(&self) -> Option<&str> {
        self.address
            .rsplit_once('@')
            .map(|(_, d)| d)
            .filter(|d| !d.is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailAttachment {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// What could be read of one message.
#[derive(Debug, Clone)]
pub struct ParsedMail {
    /// The first address of `From`.
    pub from: Option<MailAddress>,
    /// `From` names exactly one address in exactly one header: a message
    /// with several senders is never taken as authenticated.
    pub single_sender: bool,
    /// Decoded and cleaned, on one line.
    pub subject: Option<String>,
    pub date: Option<Timestamp>,
    /// Without the angle brackets.
    pub message_id: Option<String>,
    /// From `Content-Language`, when it names one of the site's languages.
    pub language: Option<Lang>,
    /// Plain text, paragraphs separated by blank lines.
    pub body: String,
    pub attachments: Vec<MailAttachment>,
    /// Attachments past [`MAX_ATTACHMENTS`], counted but not kept.
    pub attachments_left_out: usize,
    /// Part of the message could not be decoded (a missing MIME boundary,
    /// broken base64 …): what could be read is kept.
    pub incomplete: bool,
    /// The `Authentication-Results` header values, top to bottom.
    pub authentication_results: Vec<String>,
}

/// Parses a whole message, or only its header block (for a message too
/// large to download). `None` when not even a header could be read.
pub fn parse(raw: &[u8]) -> Option<ParsedMail> {
    // The parser promises not to panic; hostile input is exactly where a
    // promise like that is tested, and a panic here must not stop the
    // mailbox, so one is taken as "could not be read".
    std::panic::catch_unwind(|| parse_message(raw)).unwrap_or(None)
}

fn parse_message(raw: &[u8]) -> Option<ParsedMail> {
    let message = MessageParser::default().parse(raw)?;
    if message.headers().is_empty() {
        return None;
    }
    let from_headers = message
        .headers()
        .iter()
        .filter(|h| h.name == HeaderName::From)
        .count();
    let from_addresses: Vec<MailAddress> = message
        .from()
        .map(|a| {
            a.iter()
                .filter_map(|addr| {
                    let address = addr.address()?.trim().to_lowercase();
                    if !address.contains('@') || address.chars().any(char::is_whitespace) {
                        return None;
                    }
                    Some(MailAddress {
                        name: addr.name().map(one_line).filter(|n| !n.is_empty()),
                        address,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let single_sender = from_headers == 1 && from_addresses.len() == 1;
    let date = message
        .date()
        .filter(|d| d.is_valid())
        .map(|d| Timestamp(d.to_timestamp()));
    let message_id = message
        .message_id()
        .map(|id| {
            id.trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_owned()
        })
        .filter(|id| !id.is_empty() && !id.chars().any(|c| c.is_control() || c.is_whitespace()));
    let language = message
        .content_language()
        .as_text_list()
        .and_then(|l| l.first().map(|c| c.to_string()))
        .or_else(|| message.content_language().as_text().map(str::to_owned))
        .and_then(|code| {
            let primary = code
                .split('-')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            Lang::from_code(&primary)
        });
    let authentication_results = message
        .headers_raw()
        .filter(|(name, _)| name.eq_ignore_ascii_case("Authentication-Results"))
        .map(|(_, value)| one_line(value))
        .collect();

    let plain: Vec<&str> = message
        .text_bodies()
        .filter_map(|p| match &p.body {
            PartType::Text(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    let mut body = if plain.iter().any(|t| !t.trim().is_empty()) {
        tidy_text(&plain.join("\n\n"))
    } else {
        let html: Vec<String> = message
            .html_bodies()
            .filter_map(|p| match &p.body {
                PartType::Html(h) => Some(html::html_to_text(h)),
                _ => None,
            })
            .collect();
        tidy_text(&html.join("\n\n"))
    };

    let mut attachments = Vec::new();
    let mut attachments_left_out = 0;
    for (index, part) in message.attachments().enumerate() {
        if is_broken_multipart(part) {
            // A multipart whose boundary never appears: its content is the
            // sender's text, not a file.
            if let Some(text) = part.text_contents() {
                let text = tidy_text(text);
                if !text.is_empty() {
                    if !body.is_empty() {
                        body.push_str("\n\n");
                    }
                    body.push_str(&text);
                }
            }
            continue;
        }
        if attachments.len() >= MAX_ATTACHMENTS {
            attachments_left_out += 1;
            continue;
        }
        let content_type = part
            .content_type()
            .map(|ct| match ct.subtype() {
                Some(sub) => format!("{}/{}", ct.ctype(), sub),
                None => ct.ctype().to_owned(),
            })
            .unwrap_or_else(|| "application/octet-stream".to_owned())
            .to_ascii_lowercase();
        let file_name = part
            .attachment_name()
            .map(clean_file_name)
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| format!("allegato-{}.{}", index + 1, extension_for(&content_type)));
        attachments.push(MailAttachment {
            file_name,
            content_type,
            bytes: part.contents().to_vec(),
        });
    }
    let incomplete = message
        .parts
        .iter()
        .any(|p| p.is_encoding_problem || is_broken_multipart(p));
    Some(ParsedMail {
        from: from_addresses.into_iter().next(),
        single_sender,
        subject: message.subject().map(one_line).filter(|s| !s.is_empty()),
        date,
        message_id,
        language,
        body,
        attachments,
        attachments_left_out,
        incomplete,
        authentication_results,
    })
}

/// A part declared multipart whose parts could not be found.
fn is_broken_multipart(part: &mail_parser::MessagePart<'_>) -> bool {
    part.content_type()
        .is_some_and(|ct| ct.ctype().eq_ignore_ascii_case("multipart"))
        && !matches!(part.body, PartType::Multipart(_))
}

/// The id that makes a message unique in the intake: its Message-ID, or —
/// when it has none, or a monstrous one — a hash of its header block, which
/// the server never changes, so the same message always gets the same id
/// (a UID would change with the folder's UIDVALIDITY).
pub fn external_id(message_id: Option<&str>, raw: &[u8]) -> String {
    match message_id {
        Some(id) if id.len() <= MAX_MESSAGE_ID => id.to_owned(),
        _ => {
            use sha2::{Digest, Sha256};
            let digest = Sha256::digest(header_block(raw));
            format!("sha256:{}", data_encoding::HEXLOWER.encode(&digest))
        }
    }
}

/// An id for bytes that are not a readable message: a hash of all of them.
pub fn content_id(raw: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    format!(
        "sha256:{}",
        data_encoding::HEXLOWER.encode(&Sha256::digest(raw))
    )
}

/// The header block of a raw message (or all of it, when it has no body),
/// without the blank line that ends it.
pub fn header_block(raw: &[u8]) -> &[u8] {
    let crlf = raw.windows(4).position(|w| w == b"\r\n\r\n");
    let lf = raw.windows(2).position(|w| w == b"\n\n");
    match (crlf, lf) {
        (Some(a), Some(b)) => &raw[..a.min(b)],
        (Some(a), None) => &raw[..a],
        (None, Some(b)) => &raw[..b],
        (None, None) => raw,
    }
}

/// The first characters of raw bytes as readable text: for a message that
/// could not be parsed, or the headers of one too large to download.
pub fn excerpt(raw: &[u8]) -> String {
    let limit = (EXCERPT_CHARS * 4).min(raw.len());
    let text = String::from_utf8_lossy(&raw[..limit]);
    tidy_text(&text.chars().take(EXCERPT_CHARS).collect::<String>())
}

/// Line ends made `\n`, control characters removed, trailing spaces and
/// runs of blank lines trimmed.
pub fn tidy_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_lines = 0;
    for line in text.replace("\r\n", "\n").replace('\r', "\n").split('\n') {
        let line: String = line
            .chars()
            .filter(|c| !c.is_control() || *c == '\t')
            .collect();
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_lines += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
        }
        blank_lines = 0;
        out.push_str(line);
    }
    out
}

/// Whitespace runs made one space, control characters removed.
fn one_line(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The last path component of a name a sender chose, on one line, without
/// characters that file systems or downloads treat specially.
fn clean_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = one_line(last)
        .chars()
        .filter(|c| !matches!(c, '"' | '<' | '>' | ':' | '|' | '?' | '*'))
        .collect();
    let cleaned = cleaned.trim_start_matches('.').trim().to_owned();
    if cleaned.chars().count() > 150 {
        // Keep the extension, which the content is checked against.
        let ext: String = cleaned
            .rsplit_once('.')
            .map(|(_, e)| e.chars().take(10).collect())
            .unwrap_or_default();
        let stem: String = cleaned.chars().take(130).collect();
        if ext.is_empty() {
            stem
        } else {
            format!("{stem}.{ext}")
        }
    } else {
        cleaned
    }
}

/// An extension for an attachment that has no name.
fn extension_for(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "image/gif" => "gif",
        "image/webp" => "webp",
        "text/plain" => "txt",
        "text/html" => "html",
        "text/calendar" => "ics",
        "message/rfc822" => "eml",
        "application/msword" => "doc",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "docx",
        "application/vnd.oasis.opendocument.text" => "odt",
        _ => "bin",
    }
}

#[cfg(test)]
mod tests;
