//! The redazione's queue (`/admin/arrivi`): one list across every channel
//! with filters and counts, the detail of an item with its original text,
//! files, sender and history, and the actions — each audited and each a
//! conditional change, so that two editors cannot both act on one item.

use agoral_db::intake::{ArticleSource, IntakeFilter};
use agoral_domain::{
    accounts::{Role, User, UserId},
    articles::{ArticleId, ArticleState, ArticleText, Level},
    audit::AuditAction,
    comuni::Comune,
    intake::{
        Attachment, Channel, GoodPractice, IntakeId, IntakeItem, IntakeStatus, ItemKind, Note,
    },
    lang::Lang,
    organisations::{Organisation, OrganisationId},
    time::Timestamp,
};
use askama::Template;
use axum::{
    extract::{Path, Query},
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    audit,
    error::WebError,
    forms::{Fields, FormErrors},
    jobs::publish_article,
    markdown,
    render::{Ctx, Shell, invalid, page},
    session::{ClientAddress, Staff},
    state::AppState,
};

/// Items per page of the queue.
const PAGE_SIZE: i64 = 50;

#[derive(Debug, Default, Deserialize)]
pub struct QueueQuery {
    #[serde(default)]
    stato: String,
    #[serde(default)]
    canale: String,
    #[serde(default)]
    tipo: String,
    #[serde(default)]
    organizzazione: String,
    #[serde(default)]
    comune: String,
    #[serde(default)]
    lingua: String,
    #[serde(default)]
    dal: String,
    #[serde(default)]
    al: String,
    #[serde(default)]
    pagina: String,
    fatto: Option<String>,
}

impl QueueQuery {
    /// The filter, and whether anything in the query was not understood
    /// (shown, not an error page: a bad link still lists the queue).
    fn filter(&self) -> (IntakeFilter, bool) {
        let mut bad = false;
        let mut filter = IntakeFilter::default();
        match self.stato.as_str() {
            // The default view: what waits for the redazione.
            "" => filter.statuses = vec![IntakeStatus::New, IntakeStatus::Taken],
            "tutti" => {}
            code => match IntakeStatus::parse(code) {
                Some(status) => filter.statuses = vec![status],
                None => bad = true,
            },
        }
        if !self.canale.is_empty() {
            filter.channel = Channel::parse(&self.canale);
            bad |= filter.channel.is_none();
        }
        if !self.tipo.is_empty() {
            filter.kind = ItemKind::parse(&self.tipo);
            bad |= filter.kind.is_none();
        }
        if !self.organizzazione.is_empty() {
            match self.organizzazione.parse::<i64>() {
                Ok(id) => filter.organisation = Some(OrganisationId(id)),
                Err(_) => bad = true,
            }
        }
        if !self.comune.is_empty() {
            filter.comune = Some(self.comune.chars().take(6).collect());
        }
        if !self.lingua.is_empty() {
            filter.lang = Lang::from_code(&self.lingua);
            bad |= filter.lang.is_none();
        }
        let day = |value: &str, bad: &mut bool| {
            if value.is_empty() {
                return None;
            }
            let at = Timestamp::parse_rome_local(&format!("{value}T00:00"));
            *bad |= at.is_none();
            at
        };
        filter.from = day(&self.dal, &mut bad);
        filter.until = day(&self.al, &mut bad).map(|t| t.plus_seconds(24 * 3600));
        (filter, bad)
    }

    fn page(&self) -> i64 {
        self.pagina.parse::<i64>().unwrap_or(1).clamp(1, 10_000)
    }

    /// The query string of this filter, without the page, for links.
    fn without_page(&self) -> String {
        let pairs = [
            ("stato", &self.stato),
            ("canale", &self.canale),
            ("tipo", &self.tipo),
            ("organizzazione", &self.organizzazione),
            ("comune", &self.comune),
            ("lingua", &self.lingua),
            ("dal", &self.dal),
            ("al", &self.al),
        ];
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (name, value) in pairs {
            if !value.is_empty() {
                out.append_pair(name, value);
            }
        }
        out.finish()
    }
}

/// A row of the queue as shown.
pub struct Row {
    pub item: IntakeItem,
    pub organisation: String,
    pub comuni: String,
    pub assigned: String,
}

#[derive(Template)]
#[template(path = "intake/queue.html")]
struct QueuePage {
    shell: Shell,
    notice: Option<&'static str>,
    bad_filter: bool,
    query: QueueQuery,
    rows: Vec<Row>,
    total: i64,
    page: i64,
    pages: i64,
    link_base: String,
    /// (facet, code, count).
    counts: Vec<(&'static str, String, i64)>,
    statuses: &'static [IntakeStatus],
    channels: &'static [Channel],
    kinds: &'static [ItemKind],
    organisations: Vec<Organisation>,
    comuni: Vec<Comune>,
    langs: [Lang; 4],
    /// The mailbox's last check, when a mailbox is configured.
    mailbox: Option<String>,
}

impl QueuePage {
    fn count(&self, facet: &str, code: &str) -> i64 {
        self.counts
            .iter()
            .filter(|(f, c, _)| *f == facet && c == code)
            .map(|(_, _, n)| *n)
            .sum()
    }
}

fn names(users: &[User], id: Option<i64>) -> &str {
    id.and_then(|id| users.iter().find(|u| u.id.0 == id))
        .map_or("—", |u| u.display_name.as_str())
}

/// `GET /admin/arrivi`.
pub async fn list_queue(
    ctx: Ctx,
    _staff: Staff,
    Query(query): Query<QueueQuery>,
) -> Result<Response, WebError> {
    let (filter, bad_filter) = query.filter();
    let page_number = query.page();
    let (items, total) = ctx
        .state
        .db
        .intake_items(&filter, PAGE_SIZE, (page_number - 1) * PAGE_SIZE)
        .await?;
    let counts = ctx.state.db.intake_counts(&filter).await?;
    let organisations = ctx.state.db.organisations().await?;
    let users = ctx.state.db.list_users().await?;
    let rows = items
        .into_iter()
        .map(|item| Row {
            organisation: item
                .organisation_id
                .and_then(|id| organisations.iter().find(|o| o.id == id))
                .map_or_else(|| "—".to_owned(), |o| o.name.clone()),
            comuni: item
                .comuni
                .iter()
                .map(|c| ctx.state.comune_name(c.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
            assigned: names(&users, item.assigned_to).to_owned(),
            item,
        })
        .collect();
    let notice = match query.fatto.as_deref() {
        Some(code) => crate::accounts::notice(Some(code)),
        None => None,
    };
    let link_base = query.without_page();
    let mailbox = crate::intake::mailbox::status_line(&ctx.state)
        .await?
        .map(|line| line.text(&ctx.state, ctx.lang));
    page(&QueuePage {
        mailbox,
        shell: ctx.shell("intake-queue-title"),
        notice,
        bad_filter,
        rows,
        total,
        page: page_number,
        pages: (total + PAGE_SIZE - 1) / PAGE_SIZE,
        link_base,
        counts,
        statuses: IntakeStatus::ALL,
        channels: Channel::ALL,
        kinds: ItemKind::ALL,
        organisations,
        comuni: ctx.state.db.comuni().await?,
        langs: Lang::ALL,
        query,
    })
}

#[derive(Template)]
#[template(path = "intake/item.html")]
struct ItemPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    item: IntakeItem,
    organisation: Option<Organisation>,
    comuni: String,
    practice: Option<GoodPractice>,
    practice_comune: String,
    attachments: Vec<Attachment>,
    /// (note, author's name).
    notes: Vec<(Note, String)>,
    editors: Vec<User>,
    assigned: String,
    embargoed: bool,
    /// Only a trusted source's press release may go out as it is.
    may_publish_verbatim: bool,
    duplicate_of: String,
    reason: String,
}

impl ItemPage {
    fn is_open(&self) -> bool {
        matches!(
            self.item.status,
            IntakeStatus::New | IntakeStatus::Taken | IntakeStatus::ToVerify
        )
    }

    fn may_make_story(&self) -> bool {
        self.item.article_id.is_none()
            && matches!(self.item.status, IntakeStatus::New | IntakeStatus::Taken)
    }

    fn is_practice(&self) -> bool {
        self.item.kind == ItemKind::BuonaPratica && self.practice.is_some()
    }

    fn paragraphs(&self) -> Vec<&str> {
        self.item
            .body
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    }

    fn is_assigned(&self, user: &User) -> bool {
        self.item.assigned_to == Some(user.id.0)
    }

    fn event_key(&self, event: &str) -> String {
        format!("intake-event-{}", event.replace('_', "-"))
    }

    fn size(&self, bytes: &i64) -> String {
        let kb = (*bytes as f64 / 1024.0).ceil() as i64;
        if kb < 1024 {
            format!("{kb} KB")
        } else {
            format!("{:.1} MB", kb as f64 / 1024.0)
        }
    }
}

async fn load(ctx: &Ctx, id: i64) -> Result<IntakeItem, WebError> {
    ctx.state
        .db
        .intake_item(IntakeId(id))
        .await?
        .ok_or(WebError::NotFound)
}

async fn item_page(
    ctx: &Ctx,
    item: IntakeItem,
    errors: FormErrors,
    notice: Option<&'static str>,
    duplicate_of: String,
    reason: String,
) -> Result<ItemPage, WebError> {
    let db = &ctx.state.db;
    let organisation = match item.organisation_id {
        Some(id) => db.organisation(id).await?,
        None => None,
    };
    let users = db.list_users().await?;
    let notes = db
        .intake_notes(item.id)
        .await?
        .into_iter()
        .map(|n| {
            let who = names(&users, n.author).to_owned();
            (n, who)
        })
        .collect();
    let practice = db.good_practice(item.id).await?;
    let practice_comune = practice
        .as_ref()
        .map(|p| ctx.state.comune_name(p.istat_code.as_str()))
        .unwrap_or_default();
    let editors: Vec<User> = users
        .iter()
        .filter(|u| !u.disabled && (u.has_role(Role::Editor) || u.has_role(Role::Author)))
        .cloned()
        .collect();
    let may_publish_verbatim = item.kind == ItemKind::Comunicato
        && item.channel != Channel::Public
        && organisation.as_ref().is_some_and(|o| o.trusted);
    Ok(ItemPage {
        shell: ctx.shell_titled(item.title.clone()),
        notice,
        errors,
        comuni: item
            .comuni
            .iter()
            .map(|c| ctx.state.comune_name(c.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
        attachments: db.intake_attachments(item.id).await?,
        assigned: names(&users, item.assigned_to).to_owned(),
        embargoed: item.embargoed(Timestamp::now()),
        may_publish_verbatim,
        organisation,
        practice,
        practice_comune,
        notes,
        editors,
        item,
        duplicate_of,
        reason,
    })
}

/// `GET /admin/arrivi/{id}`.
pub async fn show_item(
    ctx: Ctx,
    _staff: Staff,
    Path(id): Path<i64>,
    Query(query): Query<crate::accounts::NoticeQuery>,
) -> Result<Response, WebError> {
    let item = load(&ctx, id).await?;
    page(
        &item_page(
            &ctx,
            item,
            FormErrors::default(),
            query.notice(),
            String::new(),
            String::new(),
        )
        .await?,
    )
}

/// Sends a stored file as a download, never shown inline: a file from
/// outside is not a page of this site.
pub async fn send_attachment(ctx: &Ctx, item: IntakeId, file: i64) -> Result<Response, WebError> {
    let attachment = ctx
        .state
        .db
        .intake_attachment(file)
        .await?
        .filter(|a| a.item_id == item)
        .ok_or(WebError::NotFound)?;
    let bytes = ctx
        .state
        .media
        .get(&attachment.storage_key)
        .await
        .map_err(|e| WebError::internal(e.to_string()))?
        .ok_or(WebError::NotFound)?;
    let ascii: String = attachment
        .file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String =
        form_urlencoded::byte_serialize(attachment.file_name.as_bytes()).collect();
    Ok((
        [
            (header::CONTENT_TYPE, attachment.content_type.clone()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
            (
                header::HeaderName::from_static("x-content-type-options"),
                "nosniff".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /admin/arrivi/{id}/allegati/{file}`.
pub async fn download_attachment(
    ctx: Ctx,
    _staff: Staff,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    send_attachment(&ctx, IntakeId(id), file).await
}

/// Plain text as Markdown that renders as the same text: the characters
/// Markdown reads as markup are escaped, so a release is shown as written.
pub fn plain_to_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (index, line) in text.lines().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        // Indentation would make a code block.
        if indent.len() >= 4 {
            out.push_str("    ");
        }
        let mut chars = trimmed.chars().peekable();
        // A line starting like a list, a heading or a quote.
        let digits: String = trimmed.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && trimmed[digits.len()..].starts_with(['.', ')']) {
            out.push_str(&digits);
            out.push('\\');
            for _ in 0..digits.chars().count() {
                chars.next();
            }
        } else if trimmed.starts_with(['-', '+', '=']) {
            out.push('\\');
        }
        for c in chars {
            if "\\`*_[]<>#|~!{}".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

#[derive(Debug, Default, Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    editor: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    of: String,
    #[serde(default)]
    note: String,
}

/// What an action did, for the redirect's notice.
enum Done {
    Back(&'static str),
    /// A story was made: open it in the editor.
    Story(ArticleId),
}

/// `POST /admin/arrivi/{id}/{action}`.
pub async fn act(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
    Path((id, action)): Path<(i64, String)>,
    fields: Fields,
) -> Result<Response, WebError> {
    let form = ActionForm {
        editor: fields.get("editor").to_owned(),
        reason: fields.get("reason").to_owned(),
        of: fields.get("of").to_owned(),
        note: fields.get("note").to_owned(),
    };
    let item = load(&ctx, id).await?;
    let user = staff.0.user.id.0;
    // Only editors (caporedattori) publish or reject; authors take items,
    // make drafts and write notes.
    let editor = staff.0.user.has_role(Role::Editor);
    let mut errors = FormErrors::default();
    let outcome: Result<Done, &'static str> = match action.as_str() {
        "verifica" if editor => ctx
            .state
            .db
            .set_intake_status(
                item.id,
                &[IntakeStatus::ToVerify],
                IntakeStatus::New,
                Some(user),
                "verified",
                None,
            )
            .await?
            .then_some(Done::Back("intake-notice-verified"))
            .ok_or("intake-error-gone"),
        "assegna" => {
            let to = match form.editor.trim() {
                "" => None,
                value => Some(
                    value
                        .parse::<i64>()
                        .map_err(|_| WebError::BadRequest("error-400-text"))?,
                ),
            };
            if let Some(to) = to {
                let ok = ctx.state.db.user(UserId(to)).await?.is_some_and(|u| {
                    !u.disabled && (u.has_role(Role::Editor) || u.has_role(Role::Author))
                });
                if !ok {
                    return Err(WebError::BadRequest("error-choice-invalid"));
                }
            }
            ctx.state
                .db
                .assign_intake_item(item.id, to, user)
                .await?
                .then_some(Done::Back("intake-notice-assigned"))
                .ok_or("intake-error-gone")
        }
        "nota" => match agoral_domain::clean_text("note", &form.note, 1, 5000, true) {
            Ok(note) => {
                ctx.state
                    .db
                    .add_intake_note(item.id, Some(user), "note", &note)
                    .await?;
                Ok(Done::Back("intake-notice-note"))
            }
            Err(e) => {
                errors.push("note", e.message);
                Err("")
            }
        },
        "rifiuta" if editor => {
            match agoral_domain::clean_text("reason", &form.reason, 1, 2000, true) {
                Ok(reason) => {
                    let done = ctx
                        .state
                        .db
                        .set_intake_status(
                            item.id,
                            &[
                                IntakeStatus::ToVerify,
                                IntakeStatus::New,
                                IntakeStatus::Taken,
                            ],
                            IntakeStatus::Rejected,
                            Some(user),
                            "rejected",
                            Some(&reason),
                        )
                        .await?;
                    done.then_some(Done::Back("intake-notice-rejected"))
                        .ok_or("intake-error-gone")
                }
                Err(e) => {
                    errors.push("reason", e.message);
                    Err("")
                }
            }
        }
        "duplicato" => {
            let of = form
                .of
                .trim()
                .trim_start_matches('#')
                .parse::<i64>()
                .ok()
                .filter(|of| *of != item.id.0);
            match of {
                None => {
                    errors.push("of", "intake-error-duplicate-of");
                    Err("")
                }
                Some(of) => ctx
                    .state
                    .db
                    .mark_intake_duplicate(item.id, IntakeId(of), user)
                    .await?
                    .then_some(Done::Back("intake-notice-duplicate"))
                    .ok_or("intake-error-duplicate-of"),
            }
        }
        "accetta" if editor => {
            let accepted = ctx.state.db.accept_good_practice(item.id, user).await?;
            if accepted {
                // The public list shows it from now on, on every instance.
                crate::public::good_practices::practice_changed(&ctx.state, item.id).await;
            }
            accepted
                .then_some(Done::Back("intake-notice-accepted"))
                .ok_or("intake-error-gone")
        }
        "bozza" => make_story(&ctx, &item, user, false).await?,
        "pubblica" if editor => make_story(&ctx, &item, user, true).await?,
        "verifica" | "rifiuta" | "accetta" | "pubblica" => return Err(WebError::Forbidden),
        _ => return Err(WebError::NotFound),
    };
    match outcome {
        Ok(done) => {
            audit::record(
                &ctx.state,
                AuditAction::IntakeAction,
                Some(user),
                None,
                address,
                format!("#{} {action}", item.id.0),
            )
            .await;
            // The sender hears of what concerns them.
            if let Some(after) = ctx.state.db.intake_item(item.id).await?
                && after.status != item.status
            {
                super::notify::status_changed(&ctx.state, &after, None).await;
            }
            match done {
                Done::Back(notice) => Ok(Redirect::to(&format!(
                    "/admin/arrivi/{}?fatto={}",
                    item.id.0,
                    notice.trim_start_matches("intake-notice-")
                ))
                .into_response()),
                Done::Story(article) => Ok(Redirect::to(&format!(
                    "/admin/articoli/{}?fatto=salvato",
                    article.0
                ))
                .into_response()),
            }
        }
        Err(message) => {
            if !message.is_empty() {
                errors.push("form", message);
            }
            let view = item_page(&ctx, item, errors, None, form.of, form.reason).await?;
            invalid(&view)
        }
    }
}

/// The source line of a story made from `item`.
fn source_of(
    item: &IntakeItem,
    organisation: Option<&Organisation>,
    verbatim: bool,
) -> ArticleSource {
    let name = organisation
        .map(|o| o.name.clone())
        .or_else(|| item.sender.name.clone())
        .unwrap_or_default();
    ArticleSource {
        item_id: Some(item.id),
        organisation_id: organisation.map(|o| o.id),
        source_name: name,
        channel: item.channel,
        kind: item.kind,
        source_date: Some(item.source_date.unwrap_or(item.received_at)),
        source_url: item.source_url.clone(),
        verbatim,
        embargo_until: item.embargo_until,
    }
}

/// Makes a story from an item: a draft for the redazione to rewrite, or
/// (`verbatim`) a press release published as the source wrote it — only
/// from a trusted source, and at its embargo if that is still ahead.
async fn make_story(
    ctx: &Ctx,
    item: &IntakeItem,
    user: i64,
    verbatim: bool,
) -> Result<Result<Done, &'static str>, WebError> {
    if item.article_id.is_some() || !matches!(item.status, IntakeStatus::New | IntakeStatus::Taken)
    {
        return Ok(Err("intake-error-gone"));
    }
    let organisation = match item.organisation_id {
        Some(id) => ctx.state.db.organisation(id).await?,
        None => None,
    };
    if verbatim
        && !(item.kind == ItemKind::Comunicato
            && item.channel != Channel::Public
            && organisation.as_ref().is_some_and(|o| o.trusted))
    {
        return Ok(Err("intake-error-not-trusted"));
    }
    let (title, _) = agoral_domain::intake::truncate_chars(&item.title, ArticleText::TITLE_MAX);
    let body = plain_to_markdown(&item.body);
    let Ok(text) = ArticleText::parse(&title, "", &body) else {
        return Ok(Err("intake-error-story-text"));
    };
    let lang = item.lang;
    let slug = match crate::articles::desk::choose_slug(ctx, "", &text.title, lang, None).await? {
        Ok(slug) => slug,
        Err(_) => return Ok(Err("intake-error-story-text")),
    };
    let html = markdown::to_html(&text.body);
    let plain = markdown::to_text(&text.body);
    let Some(article) = ctx
        .state
        .db
        .create_article(&agoral_db::articles::NewArticle {
            section_id: None,
            level: Level::Locale,
            created_by: user,
            text: agoral_db::articles::TranslationInput {
                lang,
                slug: slug.as_str(),
                title: &text.title,
                standfirst: &text.standfirst,
                body_markdown: &text.body,
                body_html: &html,
                body_text: &plain,
            },
            is_example: false,
            source_note: "",
        })
        .await?
    else {
        return Ok(Err("intake-error-story-text"));
    };
    let comuni: Vec<String> = item.comuni.iter().map(|c| c.as_str().to_owned()).collect();
    if !comuni.is_empty() {
        ctx.state
            .db
            .update_article_meta(article, None, Level::Locale, &comuni)
            .await?;
    }
    let source = source_of(item, organisation.as_ref(), verbatim);
    let to = if verbatim {
        IntakeStatus::Published
    } else {
        IntakeStatus::Taken
    };
    if !ctx
        .state
        .db
        .link_intake_article(item.id, article.0, to, user, &source)
        .await?
    {
        // Another editor made a story from it meanwhile: this one goes.
        ctx.state.db.delete_article(article).await?;
        return Ok(Err("intake-error-gone"));
    }
    if verbatim {
        let now = Timestamp::now();
        match item.embargo_until.filter(|at| at.0 > now.0) {
            Some(at) => {
                ctx.state
                    .db
                    .set_article_state(
                        article,
                        ArticleState::Scheduled,
                        Some(at),
                        Some(user),
                        "schedule",
                        "",
                    )
                    .await?;
                publish_article::enqueue(&ctx.state, article, at).await?;
            }
            None => {
                ctx.state
                    .db
                    .set_article_state(
                        article,
                        ArticleState::Published,
                        None,
                        Some(user),
                        "publish",
                        "",
                    )
                    .await?;
            }
        }
    }
    Ok(Ok(Done::Story(article)))
}

/// Called when a story goes public (by hand or on schedule): the item it
/// was made from is marked published and its sender told.
pub async fn story_published(state: &AppState, article: ArticleId) {
    match state.db.intake_story_published(article.0).await {
        Ok(Some(id)) => {
            if let Ok(Some(item)) = state.db.intake_item(id).await {
                super::notify::status_changed(state, &item, None).await;
            }
        }
        Ok(None) => {}
        Err(e) => tracing::warn!(error = %e, "intake item of a published story not updated"),
    }
}

/// The embargo of the item a story was made from, when it still holds:
/// the story cannot go public before it.
pub async fn embargo_of(
    state: &AppState,
    article: ArticleId,
) -> Result<Option<Timestamp>, WebError> {
    Ok(state
        .db
        .article_source(article.0)
        .await?
        .and_then(|s| s.embargo_until)
        .filter(|at| at.0 > Timestamp::now().0))
}

#[cfg(test)]
mod tests {
    use super::plain_to_markdown;

    #[test]
    fn plain_text_survives_markdown() {
        let cases = [
            ("Ciao *mondo*", "Ciao \\*mondo\\*"),
            ("# non un titolo", "\\# non un titolo"),
            ("1. non una lista", "1\\. non una lista"),
            ("- nemmeno", "\\- nemmeno"),
            (
                "<script>alert(1)</script>",
                "\\<script\\>alert(1)\\</script\\>",
            ),
            ("[link](http://x)", "\\[link\\](http://x)"),
        ];
        for (plain, markdown) in cases {
            assert_eq!(plain_to_markdown(plain), markdown);
        }
        let html = crate::markdown::to_html(&plain_to_markdown("a <b>grassetto</b> e *b*"));
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains("*b*"), "{html}");
    }
}
