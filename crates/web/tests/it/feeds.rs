//! Institutional feeds: a real feed server started by each test on the
//! loopback interface, polled into the intake queue; conditional requests,
//! deduplication, backoff, and the hostile cases (a huge feed, invalid XML,
//! an endless body, redirects to internal addresses, a slow server, a web
//! page, bad addresses in the form).

use std::{
    collections::hash_map::DefaultHasher,
    convert::Infallible,
    hash::{Hash, Hasher},
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use agoral_domain::{
    accounts::Role,
    feeds::{Feed, FeedId, FeedStatus},
    organisations::{OrganisationId, OrganisationInput},
    time::Timestamp,
};
use agoral_web::intake::feeds::{poll_due, poll_now};
use axum::{
    Router,
    body::{Body, Bytes},
    extract::{Query, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use futures::StreamExt;
use sqlx::Row;

use crate::harness::{TestApp, TestClient};

/// What the feed server saw of one request.
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    if_none_match: Option<String>,
    if_modified_since: Option<String>,
    user_agent: String,
}

/// The feed server's state, shared with the test.
#[derive(Clone, Default)]
struct Served {
    rss: Arc<Mutex<String>>,
    requests: Arc<Mutex<Vec<Seen>>>,
    /// Bytes of the endless body produced so far.
    produced: Arc<AtomicU64>,
    /// Answers of `/rss.xml` with 304.
    not_modified: Arc<AtomicU64>,
}

impl Served {
    fn set_rss(&self, xml: String) {
        *self.rss.lock().expect("lock") = xml;
    }

    fn requests(&self) -> Vec<Seen> {
        self.requests.lock().expect("lock").clone()
    }

    fn record(&self, path: &str, headers: &HeaderMap) {
        let text = |name: header::HeaderName| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        self.requests.lock().expect("lock").push(Seen {
            path: path.to_owned(),
            if_none_match: text(header::IF_NONE_MATCH),
            if_modified_since: text(header::IF_MODIFIED_SINCE),
            user_agent: text(header::USER_AGENT).unwrap_or_default(),
        });
    }
}

const LAST_MODIFIED: &str = "Mon, 02 Jun 2025 10:00:00 GMT";

async fn rss(State(served): State<Served>, headers: HeaderMap) -> Response {
    served.record("/rss.xml", &headers);
    let body = served.rss.lock().expect("lock").clone();
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    let etag = format!("\"{:x}\"", hasher.finish());
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        == Some(etag.as_str());
    if matches {
        served.not_modified.fetch_add(1, Ordering::Relaxed);
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "application/rss+xml".to_owned()),
            (header::ETAG, etag),
            (header::LAST_MODIFIED, LAST_MODIFIED.to_owned()),
        ],
        body,
    )
        .into_response()
}

/// A body of a gigabyte, produced lazily in 64 KiB chunks as the client
/// reads it, counting what it produced.
async fn endless(State(served): State<Served>, headers: HeaderMap) -> Response {
    served.record("/endless.xml", &headers);
    const CHUNK: usize = 64 * 1024;
    let produced = served.produced.clone();
    let chunk = Bytes::from(vec![b' '; CHUNK]);
    let head = futures::stream::once(async {
        Ok::<_, Infallible>(Bytes::from_static(b"<rss version=\"2.0\"><channel>"))
    });
    let rest = futures::stream::iter(0..(1usize << 30) / CHUNK).map(move |_| {
        produced.fetch_add(CHUNK as u64, Ordering::Relaxed);
        Ok::<_, Infallible>(chunk.clone())
    });
    (
        [(header::CONTENT_TYPE, "application/rss+xml")],
        Body::from_stream(head.chain(rest)),
    )
        .into_response()
}

#[derive(serde::Deserialize)]
struct Target {
    to: String,
}

async fn redirect(
    State(served): State<Served>,
    headers: HeaderMap,
    Query(target): Query<Target>,
) -> Response {
    served.record("/redirect", &headers);
    (StatusCode::FOUND, [(header::LOCATION, target.to)]).into_response()
}

async fn slow(State(served): State<Served>, headers: HeaderMap) -> Response {
    served.record("/slow.xml", &headers);
    tokio::time::sleep(Duration::from_secs(60)).await;
    "<rss version=\"2.0\"><channel/></rss>".into_response()
}

fn fixed(path: &'static str, content_type: &'static str, body: String) -> Router<Served> {
    Router::new().route(
        path,
        get(move |State(served): State<Served>, headers: HeaderMap| {
            let body = body.clone();
            async move {
                served.record(path, &headers);
                ([(header::CONTENT_TYPE, content_type)], body).into_response()
            }
        }),
    )
}

/// Starts the feed server on `host` (a loopback address), with a random port.
async fn feed_server(host: &str) -> (String, Served) {
    let served = Served::default();
    served.set_rss(rss_feed(&[
        ("id-1", "/notizie/1", "Primo comunicato"),
        ("id-2", "/notizie/2", "Secondo comunicato"),
    ]));
    let app = Router::new()
        .route("/rss.xml", get(rss))
        .route("/endless.xml", get(endless))
        .route("/redirect", get(redirect))
        .route("/slow.xml", get(slow))
        .route("/missing.xml", get(|| async { StatusCode::NOT_FOUND }))
        .merge(fixed("/atom.xml", "application/atom+xml", ATOM.to_owned()))
        .merge(fixed("/invalid.xml", "application/rss+xml", "<rss version=\"2.0\">\n<channel>\n<item><title>Rotto</item>\n</channel></rss>".to_owned()))
        .merge(fixed("/page.html", "text/html", "<!DOCTYPE html><html lang=\"it\"><head><title>Comune</title></head><body><p>Benvenuti<br></body></html>".to_owned()))
        .merge(fixed("/many.xml", "application/rss+xml", many_items(10_000)))
        .with_state(served.clone());
    let listener = tokio::net::TcpListener::bind(format!("{host}:0"))
        .await
        .expect("bind the feed server");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        axum::serve(listener, app).await.expect("feed server");
    });
    (format!("http://{address}"), served)
}

fn rss_feed(items: &[(&str, &str, &str)]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Prefettura di esempio</title><link>https://prefettura.example.it/</link><language>it</language>",
    );
    for (i, (guid, link, title)) in items.iter().enumerate() {
        xml.push_str(&format!(
            "<item><title>{title}</title><link>https://prefettura.example.it{link}</link><guid isPermaLink=\"false\">{guid}</guid><pubDate>Mon, 0{} Jun 2025 10:00:00 +0200</pubDate><description>&lt;p&gt;Testo di {title}.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>",
            i + 1
        ));
    }
    xml.push_str("</channel></rss>");
    xml
}

fn many_items(count: usize) -> String {
    let mut xml = String::from("<rss version=\"2.0\"><channel><title>Tanti</title>");
    for i in 0..count {
        xml.push_str(&format!(
            "<item><title>Voce {i}</title><guid>voce-{i}</guid><pubDate>{}</pubDate></item>",
            Timestamp(1_700_000_000 + i as i64 * 60).rfc2822()
        ));
    }
    xml.push_str("</channel></rss>");
    xml
}

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Questura di esempio</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2025-06-04T08:00:00Z</updated>
  <entry>
    <title>Permis de séjour</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <link href="https://questura.example.it/avvisi/3"/>
    <updated>2025-06-04T08:00:00Z</updated>
    <content type="html">&lt;p&gt;Nouveaux horaires&amp;nbsp;du guichet.&lt;/p&gt;</content>
  </entry>
</feed>"#;

async fn organisation(app: &TestApp) -> OrganisationId {
    let input = OrganisationInput::parse("Prefettura di esempio", "prefettura", "006003", "", true)
        .expect("valid");
    app.db()
        .create_organisation(&input)
        .await
        .expect("organisation")
}

async fn feed(app: &TestApp, org: OrganisationId, url: &str, allow_private: bool) -> FeedId {
    app.db()
        .create_feed(org, url, 60, allow_private)
        .await
        .expect("db")
        .expect("new feed")
}

async fn load(app: &TestApp, id: FeedId) -> Feed {
    app.db().feed(id).await.expect("db").expect("feed")
}

async fn poll(app: &TestApp, id: FeedId) -> Feed {
    poll_now(app.state(), id)
        .await
        .expect("poll")
        .expect("claimed");
    load(app, id).await
}

/// The feed items of the intake queue: title, source address, language.
async fn queue(app: &TestApp) -> Vec<(String, Option<String>, String, String)> {
    sqlx::query(
        "SELECT title, source_url, lang, body FROM intake_items WHERE channel = 'feed' ORDER BY id",
    )
    .fetch_all(app.db().pool())
    .await
    .expect("queue")
    .iter()
    .map(|r| {
        (
            r.try_get("title").expect("title"),
            r.try_get("source_url").expect("source"),
            r.try_get("lang").expect("lang"),
            r.try_get("body").expect("body"),
        )
    })
    .collect()
}

async fn admin(app: &TestApp) -> TestClient {
    let user = app.user("admin@example.org", &[Role::Administrator]).await;
    app.session_for(user.id).await
}

#[tokio::test]
async fn rss_items_reach_the_queue_once_and_the_second_poll_is_conditional() {
    let app = TestApp::new().await;
    let (base, served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;
    let id = feed(&app, org, &format!("{base}/rss.xml"), true).await;

    let polled = poll_due(app.state()).await.expect("poll");
    assert_eq!(polled, 1, "a new feed is due at once");
    let state = load(&app, id).await;
    assert_eq!(state.last_status, Some(FeedStatus::Ok));
    assert_eq!(state.items_received, 2);
    assert_eq!(state.failures, 0);
    assert_eq!(state.last_modified.as_deref(), Some(LAST_MODIFIED));
    assert!(state.etag.is_some());
    assert_eq!(
        state.next_check_at.0 - state.last_checked_at.expect("checked").0,
        3600,
        "the next poll is one interval away"
    );
    let items = queue(&app).await;
    assert_eq!(items.len(), 2);
    // Oldest first, the script of the description gone.
    assert_eq!(items[0].0, "Primo comunicato");
    assert_eq!(
        items[0].1.as_deref(),
        Some("https://prefettura.example.it/notizie/1")
    );
    assert_eq!(items[0].2, "it");
    assert_eq!(items[0].3, "Testo di Primo comunicato.");
    let first = &served.requests()[0];
    assert!(
        first.user_agent.starts_with("AgorAL/"),
        "{}",
        first.user_agent
    );
    assert_eq!(first.if_none_match, None);

    // Not due again yet: nothing is polled.
    assert_eq!(poll_due(app.state()).await.expect("poll"), 0);

    // Checked now: a conditional request, answered 304, nothing duplicated.
    let state = poll(&app, id).await;
    let second = served.requests().last().cloned().expect("request");
    assert_eq!(second.if_none_match, state.etag);
    assert_eq!(second.if_modified_since.as_deref(), Some(LAST_MODIFIED));
    assert_eq!(served.not_modified.load(Ordering::Relaxed), 1);
    assert_eq!(state.last_status, Some(FeedStatus::NotModified));
    assert_eq!(state.items_received, 2);
    assert_eq!(queue(&app).await.len(), 2);

    // The feed changes an item's guid but keeps its link, and adds one.
    served.set_rss(rss_feed(&[
        ("nuovo-id-1", "/notizie/1", "Primo comunicato, rivisto"),
        ("id-2", "/notizie/2", "Secondo comunicato"),
        (
            "id-3",
            "/notizie/3",
            "Terzo comunicato: sportello a Casale Monferrato e Valenza",
        ),
    ]));
    let state = poll(&app, id).await;
    assert_eq!(state.last_status, Some(FeedStatus::Ok));
    assert_eq!(state.items_received, 3);
    let titles: Vec<String> = queue(&app).await.into_iter().map(|i| i.0).collect();
    assert_eq!(
        titles,
        [
            "Primo comunicato",
            "Secondo comunicato",
            "Terzo comunicato: sportello a Casale Monferrato e Valenza"
        ]
    );
    // The comuni a feed item names are its comuni; the Prefettura di
    // Alessandria that sends it is not the comune of Alessandria.
    let comuni: Vec<(String, String)> = sqlx::query(
        "SELECT i.title, c.istat_code FROM intake_item_comuni c \
         JOIN intake_items i ON i.id = c.item_id ORDER BY i.id, c.istat_code",
    )
    .fetch_all(app.db().pool())
    .await
    .expect("comuni")
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    assert_eq!(
        comuni,
        [
            (titles[2].clone(), "006039".to_owned()),
            (titles[2].clone(), "006177".to_owned())
        ]
    );
    app.stop().await;
}

#[tokio::test]
async fn atom_entries_reach_the_queue_in_their_language() {
    let app = TestApp::new().await;
    let (base, _served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;
    let id = feed(&app, org, &format!("{base}/atom.xml"), true).await;
    let state = poll(&app, id).await;
    assert_eq!(state.last_status, Some(FeedStatus::Ok));
    let items = queue(&app).await;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].0, "Permis de séjour");
    assert_eq!(items[0].2, "fr");
    assert_eq!(items[0].3, "Nouveaux horaires du guichet.");
    let sender: Option<String> = sqlx::query_scalar("SELECT sender_name FROM intake_items")
        .fetch_one(app.db().pool())
        .await
        .expect("sender");
    assert_eq!(sender.as_deref(), Some("Questura di esempio"));
    app.stop().await;
}

#[tokio::test]
async fn failures_back_off_and_say_what_happened() {
    let app = TestApp::new().await;
    let (base, _served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;
    let id = feed(&app, org, &format!("{base}/missing.xml"), true).await;
    let state = poll(&app, id).await;
    assert_eq!(state.last_status, Some(FeedStatus::HttpError));
    assert_eq!(state.last_error, "HTTP 404");
    assert_eq!(state.failures, 1);
    let checked = state.last_checked_at.expect("checked").0;
    assert_eq!(state.next_check_at.0 - checked, 2 * 3600);
    assert_eq!(state.last_success_at, None);
    let state = poll(&app, id).await;
    assert_eq!(state.failures, 2);
    assert_eq!(
        state.next_check_at.0 - state.last_checked_at.expect("checked").0,
        4 * 3600
    );

    let mut client = admin(&app).await;
    let page = client
        .get(&format!("/admin/organizzazioni/{}", org.0))
        .await;
    assert_eq!(page.status, reqwest::StatusCode::OK);
    assert!(
        page.body.contains("Il server ha risposto con un errore"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<code>HTTP 404</code>"));
    assert!(page.body.contains("2 controlli falliti di seguito"));
    app.stop().await;
}

#[tokio::test]
async fn a_feed_of_ten_thousand_items_gives_the_newest_hundred() {
    let app = TestApp::new().await;
    let (base, _served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;
    let id = feed(&app, org, &format!("{base}/many.xml"), true).await;
    let state = poll(&app, id).await;
    assert_eq!(state.last_status, Some(FeedStatus::TooManyItems));
    assert_eq!(state.last_error, "10000");
    assert_eq!(state.items_received, 100);
    let items = queue(&app).await;
    assert_eq!(items.len(), 100);
    assert_eq!(items[0].0, "Voce 9900");
    assert_eq!(items[99].0, "Voce 9999");
    let mut client = admin(&app).await;
    let page = client
        .get(&format!("/admin/organizzazioni/{}", org.0))
        .await;
    assert!(
        page.body.contains("il feed elenca 10000 comunicati"),
        "{}",
        page.body
    );
    app.stop().await;
}

#[tokio::test]
async fn invalid_xml_receives_nothing_and_keeps_the_previous_state() {
    let app = TestApp::new().await;
    let (base, served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;
    let id = feed(&app, org, &format!("{base}/rss.xml"), true).await;
    let good = poll(&app, id).await;
    assert_eq!(good.items_received, 2);

    served.set_rss("<rss version=\"2.0\">\n<channel>\n<item><title>Rotto</item>".to_owned());
    let state = poll(&app, id).await;
    assert_eq!(state.last_status, Some(FeedStatus::InvalidXml));
    assert!(
        state.last_error.starts_with("line 3, column "),
        "{}",
        state.last_error
    );
    // The validators and the last success are those of the good answer.
    assert_eq!(state.etag, good.etag);
    assert_eq!(state.last_modified, good.last_modified);
    assert_eq!(state.last_success_at, good.last_success_at);
    assert_eq!(state.items_received, 2);
    assert_eq!(queue(&app).await.len(), 2);

    let other = feed(&app, org, &format!("{base}/invalid.xml"), true).await;
    let state = poll(&app, other).await;
    assert_eq!(state.last_status, Some(FeedStatus::InvalidXml));
    assert!(state.last_error.contains("line 3"), "{}", state.last_error);
    assert_eq!(queue(&app).await.len(), 2);
    let mut client = admin(&app).await;
    let page = client
        .get(&format!("/admin/organizzazioni/{}", org.0))
        .await;
    assert!(page.body.contains("Il contenuto non è XML valido"));
    app.stop().await;
}

#[tokio::test]
async fn a_gigabyte_body_is_cut_off_at_the_limit() {
    let app = TestApp::new().await;
    let (base, served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;
    let id = feed(&app, org, &format!("{base}/endless.xml"), true).await;
    let state = poll(&app, id).await;
    assert_eq!(state.last_status, Some(FeedStatus::TooLarge));
    assert_eq!(state.last_error, "larger than 5242880 bytes");
    // The client stopped reading: the server produced the limit and what
    // the connection's buffers took, far from the gigabyte.
    let produced = served.produced.load(Ordering::Relaxed);
    assert!(produced < 64 << 20, "{produced} bytes produced");
    assert!(queue(&app).await.is_empty());
    app.stop().await;
}

#[tokio::test]
async fn redirects_to_internal_addresses_are_blocked() {
    // The feed server listens on 127.0.0.2, which the configuration lists
    // as an internal address every fetch may reach; the feed itself is not
    // allowed private addresses, so its redirects to 127.0.0.1 are refused.
    let app = TestApp::builder()
        .setting("fetch_allowed_networks", "127.0.0.2/32")
        .build()
        .await;
    let (base, served) = feed_server("127.0.0.2").await;
    let (loopback, loopback_served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;

    let direct = feed(&app, org, &format!("{base}/rss.xml"), false).await;
    assert_eq!(poll(&app, direct).await.last_status, Some(FeedStatus::Ok));

    let port = loopback.rsplit(':').next().expect("port");
    for target in [
        format!("http://127.0.0.1:{port}/rss.xml"),
        format!("http://localhost:{port}/rss.xml"),
        format!("http://[::ffff:127.0.0.1]:{port}/rss.xml"),
    ] {
        let url = format!("{base}/redirect?to={}", urlencode(&target));
        let id = feed(&app, org, &url, false).await;
        let state = poll(&app, id).await;
        assert_eq!(
            state.last_status,
            Some(FeedStatus::BlockedAddress),
            "{target}"
        );
        assert!(
            state.last_error.ends_with("(loopback)"),
            "{target}: {}",
            state.last_error
        );
    }
    assert!(
        loopback_served.requests().is_empty(),
        "no request reached 127.0.0.1"
    );
    assert!(
        served
            .requests()
            .iter()
            .all(|r| r.path == "/rss.xml" || r.path == "/redirect")
    );

    let ftp = feed(
        &app,
        org,
        &format!("{base}/redirect?to=ftp://example.org/feed.xml"),
        false,
    )
    .await;
    let state = poll(&app, ftp).await;
    assert_eq!(state.last_status, Some(FeedStatus::BadRedirect));
    assert_eq!(state.last_error, "redirect to ftp://example.org/feed.xml");

    let mut client = admin(&app).await;
    let page = client
        .get(&format!("/admin/organizzazioni/{}", org.0))
        .await;
    assert!(page.body.contains("Collegamento bloccato"), "{}", page.body);
    app.stop().await;
}

#[tokio::test]
async fn too_many_redirects_stop() {
    let app = TestApp::new().await;
    let (base, _served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;
    // Each hop points at the next, one level deeper, six times.
    let mut target = format!("{base}/rss.xml");
    for _ in 0..6 {
        target = format!("{base}/redirect?to={}", urlencode(&target));
    }
    let id = feed(&app, org, &target, true).await;
    assert_eq!(
        poll(&app, id).await.last_status,
        Some(FeedStatus::TooManyRedirects)
    );
    app.stop().await;
}

#[tokio::test]
async fn internal_addresses_are_blocked_without_permission() {
    let app = TestApp::new().await;
    let (base, served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;
    let id = feed(&app, org, &format!("{base}/rss.xml"), false).await;
    let state = poll(&app, id).await;
    assert_eq!(state.last_status, Some(FeedStatus::BlockedAddress));
    assert!(served.requests().is_empty(), "nothing was sent");
    app.stop().await;
}

#[tokio::test]
async fn a_slow_server_hits_the_time_limit() {
    let app = TestApp::builder()
        .setting("fetch_timeout_secs", "1")
        .build()
        .await;
    let (base, _served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;
    let id = feed(&app, org, &format!("{base}/slow.xml"), true).await;
    let state = poll(&app, id).await;
    assert_eq!(state.last_status, Some(FeedStatus::Timeout));
    assert_eq!(state.last_error, "no complete answer within 1 s");
    assert_eq!(state.failures, 1);
    app.stop().await;
}

#[tokio::test]
async fn a_web_page_is_not_a_feed() {
    let app = TestApp::new().await;
    let (base, _served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;
    let id = feed(&app, org, &format!("{base}/page.html"), true).await;
    let state = poll(&app, id).await;
    assert_eq!(state.last_status, Some(FeedStatus::NotAFeed));
    assert!(queue(&app).await.is_empty());
    app.stop().await;
}

#[tokio::test]
async fn only_one_instance_claims_a_due_feed() {
    let app = TestApp::new().await;
    let org = organisation(&app).await;
    let id = feed(&app, org, "https://prefettura.example.it/feed.xml", false).await;
    let due = load(&app, id).await.next_check_at;
    let until = Timestamp::now().plus_seconds(600);
    assert!(app.db().claim_feed(id, due, until).await.expect("claim"));
    assert!(!app.db().claim_feed(id, due, until).await.expect("claim"));
    assert!(
        app.db()
            .due_feeds(Timestamp::now(), 10)
            .await
            .expect("due")
            .is_empty()
    );
    app.stop().await;
}

#[tokio::test]
async fn the_form_adds_changes_and_removes_feeds_and_refuses_bad_addresses() {
    let app = TestApp::new().await;
    let org = organisation(&app).await;
    let mut client = admin(&app).await;
    let path = format!("/admin/organizzazioni/{}/feed", org.0);
    for (url, message) in [
        (
            "file:///etc/passwd",
            "Sono accettati solo indirizzi http:// e https://",
        ),
        (
            "ftp://ftp.example.org/feed.xml",
            "Sono accettati solo indirizzi http:// e https://",
        ),
        (
            "http://192.168.1.10/rss.xml",
            "porta a una rete privata o a questa macchina",
        ),
        (
            "http://[::1]/rss.xml",
            "porta a una rete privata o a questa macchina",
        ),
        (
            "https://utente:segreto@example.org/feed",
            "non deve contenere nome utente o password",
        ),
        ("non è un indirizzo", "Scrivi un indirizzo completo"),
        (
            &format!("https://example.org/{}", "a".repeat(2_000)),
            "troppo lungo",
        ),
    ] {
        let response = client
            .post_form(&path, &[("url", url), ("interval_minutes", "60")])
            .await;
        assert_eq!(
            response.status,
            reqwest::StatusCode::UNPROCESSABLE_ENTITY,
            "{url}"
        );
        assert!(
            unescape(&response.body).contains(message),
            "{url}: {}",
            response.body
        );
    }
    let response = client
        .post_form(
            &path,
            &[
                ("url", "https://example.org/feed"),
                ("interval_minutes", "2"),
            ],
        )
        .await;
    assert_eq!(response.status, reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unescape(&response.body).contains("L'intervallo va da 5 minuti"),
        "{}",
        response.body
    );
    assert!(
        app.db().feeds_of(org).await.expect("feeds").is_empty(),
        "nothing was added"
    );

    // A private address with the administrator's permission.
    let response = client
        .post_form(
            &path,
            &[
                ("url", "http://10.1.2.3/rss.xml"),
                ("interval_minutes", "30"),
                ("allow_private", "on"),
            ],
        )
        .await;
    assert_eq!(
        response.status,
        reqwest::StatusCode::SEE_OTHER,
        "{}",
        response.body
    );
    let response = client
        .post_form(
            &path,
            &[
                ("url", "https://prefettura.example.it/rss.xml"),
                ("interval_minutes", "15"),
            ],
        )
        .await;
    assert_eq!(response.status, reqwest::StatusCode::SEE_OTHER);
    let again = client
        .post_form(
            &path,
            &[
                ("url", "https://prefettura.example.it/rss.xml"),
                ("interval_minutes", "15"),
            ],
        )
        .await;
    assert!(unescape(&again.body).contains("ha già questo feed"));
    let feeds = app.db().feeds_of(org).await.expect("feeds");
    assert_eq!(feeds.len(), 2);
    assert!(feeds[0].allow_private);
    assert!(!feeds[1].allow_private);
    assert_eq!(feeds[1].interval_minutes, 15);

    let page = client
        .get(&format!("/admin/organizzazioni/{}", org.0))
        .await;
    assert!(page.body.contains("https://prefettura.example.it/rss.xml"));
    assert!(page.body.contains("Non ancora controllato."));

    // The internal feed cannot lose its permission; the other changes.
    let private = &feeds[0];
    let response = client
        .post_form(
            &format!("{path}/{}", private.id.0),
            &[("interval_minutes", "30")],
        )
        .await;
    assert_eq!(response.status, reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    assert!(load(&app, private.id).await.allow_private);
    let public = &feeds[1];
    let response = client
        .post_form(
            &format!("{path}/{}", public.id.0),
            &[("interval_minutes", "10080")],
        )
        .await;
    assert_eq!(response.status, reqwest::StatusCode::SEE_OTHER);
    assert_eq!(load(&app, public.id).await.interval_minutes, 10080);
    let response = client
        .post_form(
            &format!("{path}/{}", public.id.0),
            &[("interval_minutes", "10081")],
        )
        .await;
    assert_eq!(response.status, reqwest::StatusCode::UNPROCESSABLE_ENTITY);

    // Another organisation's address does not reach this feed.
    let response = client
        .post_form(
            &format!(
                "/admin/organizzazioni/{}/feed/{}/rimuovi",
                org.0 + 1,
                public.id.0
            ),
            &[],
        )
        .await;
    assert_eq!(response.status, reqwest::StatusCode::NOT_FOUND);
    let response = client
        .post_form(&format!("{path}/{}/rimuovi", public.id.0), &[])
        .await;
    assert_eq!(response.status, reqwest::StatusCode::SEE_OTHER);
    assert_eq!(app.db().feeds_of(org).await.expect("feeds").len(), 1);
    let actions: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE action LIKE 'feed.%' ORDER BY id")
            .fetch_all(app.db().pool())
            .await
            .expect("audit");
    assert_eq!(
        actions,
        ["feed.saved", "feed.saved", "feed.saved", "feed.removed"]
    );
    app.stop().await;
}

#[tokio::test]
async fn check_now_polls_and_shows_the_result() {
    let app = TestApp::new().await;
    let (base, _served) = feed_server("127.0.0.1").await;
    let org = organisation(&app).await;
    let id = feed(&app, org, &format!("{base}/rss.xml"), true).await;
    let mut client = admin(&app).await;
    let response = client
        .post_form(
            &format!("/admin/organizzazioni/{}/feed/{}/controlla", org.0, id.0),
            &[],
        )
        .await;
    assert_eq!(response.status, reqwest::StatusCode::SEE_OTHER);
    assert_eq!(
        response.location(),
        format!("/admin/organizzazioni/{}#feed", org.0)
    );
    assert_eq!(queue(&app).await.len(), 2);
    let page = client
        .get(&format!("/admin/organizzazioni/{}", org.0))
        .await;
    assert!(page.body.contains("Letto correttamente."));
    app.stop().await;
}

/// A page's text with askama's escapes undone, to look for messages.
fn unescape(html: &str) -> String {
    html.replace("&#x2f;", "/")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&amp;", "&")
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
