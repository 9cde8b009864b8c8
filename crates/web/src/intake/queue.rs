//! The redazione's queue (`/admin/arrivi`): one list across every channel
//! with filters and counts, the detail of an item with its original text,
//! files, sender and history, and the actions — each audited and each a
//! conditional change, so that two editors cannot both act on one item.

use agoral_db::intake::{ActionOutcome, ArticleSource, IntakeFilter, Publication, StoryFromItem};
use agoral_domain::{
    accounts::User,
    articles::{ArticleId, ArticleText, Level},
    audit::AuditAction,
    comuni::Comune,
    intake::{
        Attachment, Channel, GoodPractice, IntakeId, IntakeItem, IntakeStatus, ItemKind, Note,
        action::{ActionFields, ActionRefusal, Authorised, IntakeAction, may_publish_verbatim},
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
    forms::{Form, FormErrors},
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
        .filter(|u| !u.disabled && u.is_redazione())
        .cloned()
        .collect();
    let may_publish_verbatim =
        may_publish_verbatim(&item, organisation.as_ref().is_some_and(|o| o.trusted));
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

/// `POST /admin/arrivi/{id}/{action}`: one of the actions of
/// [`IntakeAction`], checked against the item and the person's roles, then
/// carried out in one transaction.
pub async fn act(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
    Path((id, name)): Path<(i64, String)>,
    Form(form): Form<ActionForm>,
) -> Result<Response, WebError> {
    let item = load(&ctx, id).await?;
    let outcome = match authorise(&ctx, &staff.0.user, &item, &name, &form).await? {
        Ok((action, organisation)) => carry_out(&ctx, &item, organisation.as_ref(), &action)
            .await?
            .map(|outcome| (action, outcome)),
        Err(refusal) => Err(refusal),
    };
    let (action, outcome) = match outcome {
        Ok(done) => done,
        Err(refusal) => return refusal_page(&ctx, item, &form, refusal).await,
    };
    action_done(&ctx, &item, &action, address, &name).await?;
    Ok(match outcome {
        ActionOutcome::StoryMade(article) => {
            Redirect::to(&format!("/admin/articoli/{}?fatto=salvato", article.0))
        }
        _ => Redirect::to(&format!(
            "/admin/arrivi/{}?fatto={}",
            item.id.0,
            action
                .action()
                .notice()
                .trim_start_matches("intake-notice-")
        )),
    }
    .into_response())
}

/// Reads the action from its form and checks that `user` may take it on
/// `item`; the item's organisation comes with it.
async fn authorise(
    ctx: &Ctx,
    user: &User,
    item: &IntakeItem,
    name: &str,
    form: &ActionForm,
) -> Result<Result<(Authorised, Option<Organisation>), ActionRefusal>, WebError> {
    let fields = ActionFields {
        editor: &form.editor,
        reason: &form.reason,
        of: &form.of,
        note: &form.note,
    };
    let action = match IntakeAction::parse(name, &fields, item.id) {
        Ok(action) => action,
        Err(refusal) => return Ok(Err(refusal)),
    };
    if let IntakeAction::Assign { to: Some(to) } = &action {
        let assignee = ctx.state.db.user(*to).await?;
        if !assignee.is_some_and(|u| !u.disabled && u.is_redazione()) {
            return Err(WebError::BadRequest("error-choice-invalid"));
        }
    }
    let organisation = match item.organisation_id {
        Some(id) => ctx.state.db.organisation(id).await?,
        None => None,
    };
    let trusted = organisation.as_ref().is_some_and(|o| o.trusted);
    Ok(action
        .authorise(user, item, trusted)
        .map(|action| (action, organisation)))
}

/// Carries out an authorised action: a story's text is prepared first when
/// the action makes one.
async fn carry_out(
    ctx: &Ctx,
    item: &IntakeItem,
    organisation: Option<&Organisation>,
    action: &Authorised,
) -> Result<Result<ActionOutcome, ActionRefusal>, WebError> {
    let text = match action.action() {
        IntakeAction::Draft | IntakeAction::PublishVerbatim => match story_text(ctx, item).await? {
            Some(text) => Some(text),
            None => {
                return Ok(Err(ActionRefusal::NotApplicable("intake-error-story-text")));
            }
        },
        _ => None,
    };
    let story = text
        .as_ref()
        .map(|text| story_from(item, organisation, action, text));
    Ok(
        match ctx
            .state
            .db
            .apply_intake_action(action, story.as_ref())
            .await?
        {
            ActionOutcome::Gone => Err(ActionRefusal::NotApplicable("intake-error-gone")),
            ActionOutcome::SlugTaken => {
                Err(ActionRefusal::NotApplicable("intake-error-story-text"))
            }
            ActionOutcome::NoSuchOriginal => {
                Err(ActionRefusal::NotApplicable("intake-error-duplicate-of"))
            }
            done => Ok(done),
        },
    )
}

/// The item's page again, with why the action was not taken: 404 for an
/// action that does not exist, 403 for one that is not the person's to
/// take, 400 for a tampered form, otherwise the message next to the form.
async fn refusal_page(
    ctx: &Ctx,
    item: IntakeItem,
    form: &ActionForm,
    refusal: ActionRefusal,
) -> Result<Response, WebError> {
    let mut errors = FormErrors::default();
    match refusal {
        ActionRefusal::Unknown => return Err(WebError::NotFound),
        ActionRefusal::EditorsOnly => return Err(WebError::Forbidden),
        ActionRefusal::Malformed => return Err(WebError::BadRequest("error-400-text")),
        ActionRefusal::Field { field, message } => errors.push(field, message),
        ActionRefusal::NotApplicable(message) => errors.push("form", message),
    }
    let view = item_page(
        ctx,
        item,
        errors,
        None,
        form.of.clone(),
        form.reason.clone(),
    )
    .await?;
    invalid(&view)
}

/// After an action: the audit entry, and the sender told of a change of
/// status that concerns them.
async fn action_done(
    ctx: &Ctx,
    before: &IntakeItem,
    action: &Authorised,
    address: Option<std::net::IpAddr>,
    name: &str,
) -> Result<(), WebError> {
    audit::record(
        &ctx.state,
        AuditAction::IntakeAction,
        Some(action.by().0),
        None,
        address,
        format!("#{} {name}", before.id.0),
    )
    .await;
    if *action.action() == IntakeAction::AcceptPractice {
        // The public list shows it from now on, on every instance.
        crate::public::good_practices::practice_changed(&ctx.state, before.id).await;
    }
    if let Some(after) = ctx.state.db.intake_item(before.id).await?
        && after.status != before.status
    {
        super::notify::status_changed(&ctx.state, &after, None).await;
    }
    Ok(())
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

/// The text of the story an item becomes: its title and body as Markdown,
/// rendered, with a free address. `None` when the item's text cannot make a
/// story.
struct StoryText {
    text: ArticleText,
    slug: String,
    html: String,
    plain: String,
    comuni: Vec<String>,
}

async fn story_text(ctx: &Ctx, item: &IntakeItem) -> Result<Option<StoryText>, WebError> {
    let (title, _) = agoral_domain::intake::truncate_chars(&item.title, ArticleText::TITLE_MAX);
    let body = plain_to_markdown(&item.body);
    let Ok(text) = ArticleText::parse(&title, "", &body) else {
        return Ok(None);
    };
    let slug =
        match crate::articles::desk::choose_slug(ctx, "", &text.title, item.lang, None).await? {
            Ok(slug) => slug.as_str().to_owned(),
            Err(_) => return Ok(None),
        };
    Ok(Some(StoryText {
        html: markdown::to_html(&text.body),
        plain: markdown::to_text(&text.body),
        comuni: item.comuni.iter().map(|c| c.as_str().to_owned()).collect(),
        text,
        slug,
    }))
}

/// The story to make: a draft for the redazione to rewrite, or a press
/// release published as the source wrote it (the action was authorised
/// only for a trusted source), at its embargo if that is still ahead.
fn story_from<'a>(
    item: &IntakeItem,
    organisation: Option<&Organisation>,
    action: &Authorised,
    story: &'a StoryText,
) -> StoryFromItem<'a> {
    let verbatim = *action.action() == IntakeAction::PublishVerbatim;
    let now = Timestamp::now();
    let publication = match item.embargo_until.filter(|at| at.0 > now.0) {
        _ if !verbatim => None,
        None => Some(Publication::Now),
        Some(at) => Some(Publication::At {
            at,
            job: publish_article::job,
        }),
    };
    StoryFromItem {
        article: agoral_db::articles::NewArticle {
            section_id: None,
            level: Level::Locale,
            created_by: action.by().0,
            text: agoral_db::articles::TranslationInput {
                lang: item.lang,
                slug: &story.slug,
                title: &story.text.title,
                standfirst: &story.text.standfirst,
                body_markdown: &story.text.body,
                body_html: &story.html,
                body_text: &story.plain,
            },
            is_example: false,
            source_note: "",
        },
        comuni: &story.comuni,
        source: source_of(item, organisation, verbatim),
        publication,
    }
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
