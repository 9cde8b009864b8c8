//! Mail about the intake, always through the outbox: the redazione hears of
//! new items at once or in a daily digest (each person chooses), and
//! senders hear when their item's status changes.

use agoral_domain::{
    intake::{IntakeId, IntakeItem, IntakeStatus, NewItem, NotifyMode},
    lang::Lang,
    time::Timestamp,
};

use crate::state::AppState;

/// Where the redazione opens an item.
pub fn item_link(state: &AppState, id: IntakeId) -> String {
    format!("{}/admin/arrivi/{}", state.config.public_url, id.0)
}

/// Queues a mail, written in each person's language by `write`, to the
/// people of the redazione `wants` picks (by user id and choice). A
/// failure is logged: the item is in the queue whatever happens to the mail.
async fn tell_redazione(
    state: &AppState,
    wants: impl Fn(i64, NotifyMode) -> bool,
    write: impl Fn(Lang) -> (String, String),
) {
    let recipients = match state.db.intake_recipients().await {
        Ok(r) => r,
        Err(e) => {
            tracing::warn!(error = %e, "intake recipients not read");
            return;
        }
    };
    for (user, email, locale, mode, _) in recipients {
        if !wants(user, mode) {
            continue;
        }
        let (subject, body) = write(Lang::from_code(&locale).unwrap_or_default());
        if let Err(e) = state.db.enqueue_mail(&email, &subject, &body).await {
            tracing::warn!(error = %e, "intake notification not queued");
        }
    }
}

/// Tells the people who want it at once that an item arrived.
pub async fn item_received(state: &AppState, id: IntakeId, item: &NewItem) {
    let write = |lang| {
        let kind = state.l10n.get(lang, item.kind.label_key());
        let channel = state.l10n.get(lang, item.channel.label_key());
        let key = if item.to_verify {
            "mail-intake-to-verify-subject"
        } else {
            "mail-intake-new-subject"
        };
        let subject = state.l10n.get_args(
            lang,
            key,
            &[("kind", kind.clone()), ("title", item.title.clone())],
        );
        let body = state.l10n.get_args(
            lang,
            "mail-intake-new-body",
            &[
                ("kind", kind),
                ("channel", channel),
                ("title", item.title.clone()),
                ("link", item_link(state, id)),
            ],
        );
        (subject, body)
    };
    tell_redazione(state, |_, mode| mode == NotifyMode::Immediate, write).await;
}

/// Tells the redazione that a sender withdrew their item: whoever it is
/// assigned to, and the people who hear of new items at once. The item
/// leaves the queue, so a digest would only say it is gone.
pub async fn item_withdrawn(state: &AppState, item: &IntakeItem) {
    let wants = |user, mode| mode == NotifyMode::Immediate || item.assigned_to == Some(user);
    let write = |lang| {
        let kind = state.l10n.get(lang, item.kind.label_key());
        let subject = state.l10n.get_args(
            lang,
            "mail-intake-withdrawn-subject",
            &[("kind", kind.clone()), ("title", item.title.clone())],
        );
        let body = state.l10n.get_args(
            lang,
            "mail-intake-withdrawn-body",
            &[
                ("kind", kind),
                ("title", item.title.clone()),
                ("link", item_link(state, item.id)),
            ],
        );
        (subject, body)
    };
    tell_redazione(state, wants, write).await;
}

/// Sends each person who chose the digest, once a day, the list of items
/// received since their last one. Several instances may call this: each
/// person's digest is claimed before it is sent.
pub async fn send_digests(state: &AppState) -> anyhow::Result<usize> {
    let now = Timestamp::now();
    let day = 24 * 3600;
    let mut sent = 0;
    for (user, email, locale, mode, last) in state.db.intake_recipients().await? {
        if mode != NotifyMode::Digest {
            continue;
        }
        // The first digest covers the last day.
        let since = last.unwrap_or(Timestamp(now.0 - day));
        if now.0 - since.0 < day {
            continue;
        }
        let items = state.db.intake_received_since(since, 200).await?;
        if !state
            .db
            .claim_intake_digest(user, Timestamp(now.0 - day + 60))
            .await?
        {
            continue;
        }
        if items.is_empty() {
            continue;
        }
        let lang = Lang::from_code(&locale).unwrap_or_default();
        let lines: Vec<String> = items
            .iter()
            .map(|item| {
                format!(
                    "- {} — {} ({})\n  {}",
                    item.title,
                    state.l10n.get(lang, item.kind.label_key()),
                    state.l10n.get(lang, item.status.label_key()),
                    item_link(state, item.id)
                )
            })
            .collect();
        let subject = state.l10n.get_args(
            lang,
            "mail-intake-digest-subject",
            &[("count", items.len().to_string())],
        );
        let body = state.l10n.get_args(
            lang,
            "mail-intake-digest-body",
            &[
                ("count", items.len().to_string()),
                ("items", lines.join("\n")),
                ("link", format!("{}/admin/arrivi", state.config.public_url)),
            ],
        );
        state.db.enqueue_mail(&email, &subject, &body).await?;
        sent += 1;
    }
    Ok(sent)
}

/// Tells the sender that their item's status changed (taken, published,
/// rejected with the reason, accepted, duplicate). The address is the one
/// given with the item, or the partner account's.
pub async fn status_changed(state: &AppState, item: &IntakeItem, status_link: Option<String>) {
    let mut to = item.sender.email.clone();
    let mut lang = item.lang;
    if let Some(user) = item.submitted_by
        && let Ok(Some(account)) = state.db.user(agoral_domain::accounts::UserId(user)).await
    {
        to = Some(account.email.as_str().to_owned());
        lang = account.locale;
    }
    let Some(to) = to else { return };
    let status = match item.status {
        IntakeStatus::New | IntakeStatus::ToVerify => return,
        other => other,
    };
    // A sender through the public form has no account: only their own
    // status link, whose token is not kept, leads to the item.
    let link = match status_link {
        Some(link) => link,
        None if item.channel == agoral_domain::intake::Channel::Public => {
            state.l10n.get(lang, "mail-intake-status-own-link")
        }
        None => format!("{}/admin/contributi", state.config.public_url),
    };
    let subject = state.l10n.get_args(
        lang,
        "mail-intake-status-subject",
        &[("title", item.title.clone())],
    );
    let body = state.l10n.get_args(
        lang,
        "mail-intake-status-body",
        &[
            ("title", item.title.clone()),
            ("status", state.l10n.get(lang, status.label_key())),
            ("reason", item.reason.clone().unwrap_or_default()),
            ("link", link),
        ],
    );
    if let Err(e) = state.db.enqueue_mail(&to, &subject, &body).await {
        tracing::warn!(error = %e, "intake status mail not queued");
    }
}
