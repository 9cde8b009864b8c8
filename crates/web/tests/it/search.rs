//! Search and delivery: relevance in Italian and Arabic, hostile queries,
//! facets, drafts for the redazione, the page cache with its validators,
//! and two instances on one database following the change feed.

use std::time::Duration;

use agoral_db::articles::{NewArticle, TranslationInput};
use agoral_domain::{
    accounts::Role,
    articles::{ArticleId, ArticleState, Level, slugify},
    lang::Lang,
    time::Timestamp,
};
use agoral_web::markdown;
use reqwest::StatusCode;

use crate::harness::{TestApp, TestClient};

/// Writes a story straight to the database (as the editor would), in the
/// languages given, and publishes it unless `publish` is false.
async fn story(app: &TestApp, author: i64, texts: &[(Lang, &str, &str)], publish: bool) -> i64 {
    let db = app.db();
    let mut id: Option<ArticleId> = None;
    for (lang, title, body) in texts {
        let slug = slugify(title);
        let html = markdown::to_html(body);
        let plain = markdown::to_text(body);
        let text = TranslationInput {
            lang: *lang,
            slug: &slug,
            title,
            standfirst: "",
            body_markdown: body,
            body_html: &html,
            body_text: &plain,
        };
        match id {
            None => {
                id = db
                    .create_article(&NewArticle {
                        section_id: db
                            .section_by_slug("scuola", Lang::It)
                            .await
                            .expect("db")
                            .map(|s| s.id),
                        level: Level::Locale,
                        created_by: author,
                        text,
                        is_example: false,
                        source_note: "",
                    })
                    .await
                    .expect("db");
            }
            Some(article) => {
                let version = db
                    .article(article)
                    .await
                    .expect("db")
                    .expect("story")
                    .version;
                db.save_translation(article, version, &text, author)
                    .await
                    .expect("db");
            }
        }
    }
    let id = id.expect("created");
    if publish {
        db.set_article_state(
            id,
            ArticleState::Published,
            None,
            Some(author),
            "publish",
            "",
        )
        .await
        .expect("publish");
    }
    id.0
}

/// Waits (a few seconds at most) until `check` holds for the page at `path`.
/// Saves the Italian text of story `id` again with a new title and body.
async fn retitle(app: &TestApp, id: i64, editor: i64, slug: &str, title: &str, body: &str) {
    let version = app
        .db()
        .article(ArticleId(id))
        .await
        .expect("db")
        .expect("story")
        .version;
    let html = markdown::to_html(body);
    app.db()
        .save_translation(
            ArticleId(id),
            version,
            &TranslationInput {
                lang: Lang::It,
                slug,
                title,
                standfirst: "",
                body_markdown: body,
                body_html: &html,
                body_text: body,
            },
            editor,
        )
        .await
        .expect("save");
}

/// Withdraws story `id` from publication.
async fn archive(app: &TestApp, id: i64, editor: i64) {
    app.db()
        .set_article_state(
            ArticleId(id),
            ArticleState::Archived,
            None,
            Some(editor),
            "archive",
            "",
        )
        .await
        .expect("archive");
}

async fn eventually(client: &mut TestClient, path: &str, check: impl Fn(&str) -> bool) -> String {
    for _ in 0..100 {
        let page = client.get(path).await;
        if check(&page.body) {
            return page.body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{path} never showed what was expected");
}

fn first_result(body: &str) -> Option<String> {
    let start = body.find("class=\"agoral-results\"")?;
    let rest = &body[start..];
    let href = rest.find("<a href=\"")? + 9;
    let end = rest[href..].find('"')?;
    Some(rest[href..href + end].to_owned())
}

#[tokio::test]
async fn relevance_in_italian_and_arabic() {
    let app = TestApp::new().await;
    let author = app
        .user("redattrice@example.org", &[Role::Editor])
        .await
        .id
        .0;
    story(
        &app,
        author,
        &[
            (
                Lang::It,
                "Corso serale di italiano",
                "Le lezioni si tengono in biblioteca tre sere a settimana.",
            ),
            (
                Lang::Ar,
                "دورة مسائية للغة الإيطالية",
                "تعقد الدروس في المكتبة ثلاث أمسيات في الأسبوع.",
            ),
        ],
        true,
    )
    .await;
    story(
        &app,
        author,
        &[(
            Lang::It,
            "Un'università per tutti",
            "Gli studenti stranieri si iscrivono all'università con una borsa di studio.",
        )],
        true,
    )
    .await;
    story(
        &app,
        author,
        &[(
            Lang::It,
            "Lavoro stagionale",
            "I lavoratori della vendemmia trovano alloggio grazie al comune.",
        )],
        true,
    )
    .await;
    story(
        &app,
        author,
        &[(
            Lang::It,
            "Una festa di quartiere",
            "Piatti da tutto il mondo: la cucina eritrea accanto a quella piemontese.",
        )],
        true,
    )
    .await;
    story(
        &app,
        author,
        &[(
            Lang::It,
            "Nuovi orari in municipio",
            "Gli uffici del quartiere Cristo aprono anche il sabato mattina.",
        )],
        true,
    )
    .await;
    story(
        &app,
        author,
        &[(
            Lang::It,
            "Una bozza segreta",
            "La cucina della bozza non deve comparire.",
        )],
        false,
    )
    .await;
    let mut reader = app.client();
    // The last story published is searchable: so are the ones before it.
    eventually(&mut reader, "/cerca?q=municipio", |b| {
        b.contains("Nuovi orari in municipio")
    })
    .await;
    let table: &[(&str, &str, &str)] = &[
        // Accents folded both ways.
        ("", "universita", "/articoli/un-universita-per-tutti"),
        ("", "università", "/articoli/un-universita-per-tutti"),
        // Singular finds plural, verb forms meet.
        ("", "lavoratore", "/articoli/lavoro-stagionale"),
        ("", "iscrivere", "/articoli/un-universita-per-tutti"),
        // A word only in the body.
        ("", "eritrea", "/articoli/una-festa-di-quartiere"),
        // A word in a title counts more than the same word in a text.
        ("", "quartiere", "/articoli/una-festa-di-quartiere"),
        // A phrase, and a typo in a longer word.
        ("", "\"tre sere\"", "/articoli/corso-serale-di-italiano"),
        ("", "bibliotecca", "/articoli/corso-serale-di-italiano"),
        ("", "vendemia", "/articoli/lavoro-stagionale"),
        // Arabic: with and without the article, with and without hamza.
        ("/ar", "المكتبة", "/ar/articoli/"),
        ("/ar", "مكتبة", "/ar/articoli/"),
        ("/ar", "الايطالية", "/ar/articoli/"),
    ];
    for (prefix, query, expected) in table {
        let q: String = form_urlencoded::byte_serialize(query.as_bytes()).collect();
        let page = reader.get(&format!("{prefix}/cerca?q={q}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        let first = first_result(&page.body).unwrap_or_default();
        assert!(
            first.starts_with(expected),
            "{query}: first result {first:?}"
        );
    }
    // Snippets come from the body, with the words marked.
    let page = reader.get("/cerca?q=vendemmia").await;
    assert!(
        page.body.contains("<mark>vendemmia</mark>"),
        "{}",
        page.body
    );
    // Drafts are not for readers.
    let page = reader.get("/cerca?q=cucina").await;
    assert!(!page.body.contains("bozza segreta"));
    assert!(page.body.contains("Un risultato"));
    app.stop().await;
}

#[tokio::test]
async fn hostile_queries_get_a_page_not_an_error() {
    let app = TestApp::new().await;
    let author = app
        .user("redattrice@example.org", &[Role::Editor])
        .await
        .id
        .0;
    story(
        &app,
        author,
        &[(Lang::It, "Scuola aperta", "La scuola apre il sabato.")],
        true,
    )
    .await;
    let mut reader = app.client();
    let long = "scuola ".repeat(1500);
    for (query, expect) in [
        ("", "Cerca tra tutti gli articoli"),
        ("%20%20", "Cerca tra tutti gli articoli"),
        ("%22", "Cerca tra tutti gli articoli"),
        ("%22scuola", "Risultati per"),
        ("AND%20OR%20-%20%2B%20*", "Cerca tra tutti gli articoli"),
        ("scuola%00%07%1b", "Risultati per"),
        (
            "scuola%20%D9%85%D8%AF%D8%B1%D8%B3%D8%A9",
            "Nessun risultato",
        ),
        // A word no story has, even with one typo: the markup stays text.
        ("%3Cscript%3Exyzzyq(1)%3C%2Fscript%3E", "Nessun risultato"),
        ("%FF%FE", "Cerca"),
    ] {
        let page = reader.get(&format!("/cerca?q={query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        assert!(page.body.contains(expect), "{query}: {}", page.body);
        assert!(!page.body.contains("<script>xyzzyq"), "{query}");
    }
    let q: String = form_urlencoded::byte_serialize(long.as_bytes()).collect();
    let page = reader.get(&format!("/cerca?q={q}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("primi 200 caratteri"));
    // Filters that make no sense are ignored, pages beyond the end are empty.
    let page = reader
        .get("/cerca?q=scuola&sezione=%3Cx%3E&anno=abcd&lingua=zz&pagina=99999")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn facets_filters_and_the_redazione_search() {
    let app = TestApp::new().await;
    let editor = app.user("redattrice@example.org", &[Role::Editor]).await;
    let author = app.user("autore@example.org", &[Role::Author]).await;
    story(
        &app,
        editor.id.0,
        &[(
            Lang::It,
            "Mensa scolastica",
            "La mensa della scuola prepara piatti halal.",
        )],
        true,
    )
    .await;
    story(
        &app,
        author.id.0,
        &[(
            Lang::It,
            "Mensa aziendale",
            "La mensa della fabbrica apre a tutti.",
        )],
        false,
    )
    .await;
    story(
        &app,
        editor.id.0,
        &[(
            Lang::It,
            "Mensa dei poveri",
            "Una bozza dell'editore sulla mensa.",
        )],
        false,
    )
    .await;
    let mut reader = app.client();
    let page = eventually(&mut reader, "/cerca?q=mensa", |b| {
        b.contains("Mensa scolastica")
    })
    .await;
    assert!(page.contains("Un risultato"));
    assert!(page.contains("livello=locale"), "a level facet");
    assert!(page.contains("sezione=scuola"), "a section facet");
    let filtered = reader.get("/cerca?q=mensa&livello=internazionale").await;
    assert!(filtered.body.contains("Nessun risultato"));
    assert!(filtered.body.contains("Cerca senza filtri"));
    // Editors see every draft, authors their own, readers none.
    let mut editor_client = app.session_for(editor.id).await;
    let desk = eventually(&mut editor_client, "/admin/cerca?q=mensa", |b| {
        b.contains("Mensa aziendale") && b.contains("Mensa dei poveri")
    })
    .await;
    assert!(desk.contains("Mensa dei poveri"));
    assert!(desk.contains("Apri nell"));
    let mut author_client = app.session_for(author.id).await;
    let own = author_client.get("/admin/cerca?q=mensa").await;
    assert!(own.body.contains("Mensa aziendale"));
    assert!(!own.body.contains("Mensa dei poveri"));
    assert!(
        !own.body.contains("Mensa scolastica"),
        "not signed by this author"
    );
    assert_eq!(
        app.client().get("/admin/cerca?q=mensa").await.status,
        StatusCode::SEE_OTHER
    );
    app.stop().await;
}

/// How many results a search page lists.
fn results_listed(body: &str) -> usize {
    body.find("class=\"agoral-results\"").map_or(0, |start| {
        let list = &body[start..];
        let end = list.find("</ol>").unwrap_or(list.len());
        list[..end].matches("<li lang=").count()
    })
}

#[tokio::test]
async fn pages_of_results_follow_every_change_between_them() {
    let app = TestApp::new().await;
    let editor = app.user("redattrice@example.org", &[Role::Editor]).await;
    for n in 1..=14 {
        let title = format!("Orto condiviso numero {n}");
        story(
            &app,
            editor.id.0,
            &[(Lang::It, &title, "Un orto coltivato dal quartiere.")],
            true,
        )
        .await;
    }
    let mut reader = app.client();
    let first = eventually(&mut reader, "/cerca?q=orto", |b| b.contains("14 risultati")).await;
    // Twelve a page.
    assert_eq!(results_listed(&first), 12);
    assert!(first.contains("rel=\"next\""), "a second page");
    let second = reader.get("/cerca?q=orto&pagina=2").await.body;
    assert!(second.contains("14 risultati"));
    assert_eq!(results_listed(&second), 2);
    assert!(!second.contains("rel=\"next\""), "the last page");
    assert!(second.contains("rel=\"prev\""));
    let third = reader.get("/cerca?q=orto&pagina=3").await.body;
    assert_eq!(results_listed(&third), 0);
    // Stories published after the first pages were seen change every
    // page: the count, the results and the links.
    let mut newest = 0;
    for n in 15..=25 {
        let title = format!("Orto condiviso numero {n}");
        newest = story(
            &app,
            editor.id.0,
            &[(Lang::It, &title, "Un orto coltivato dal quartiere.")],
            true,
        )
        .await;
    }
    let second = eventually(&mut reader, "/cerca?q=orto&pagina=2", |b| {
        b.contains("25 risultati")
    })
    .await;
    assert_eq!(results_listed(&second), 12);
    assert!(second.contains("rel=\"next\""));
    let third = reader.get("/cerca?q=orto&pagina=3").await.body;
    assert_eq!(results_listed(&third), 1);
    assert!(third.contains("25 risultati"));
    // One withdrawn: gone from the count at once, on every page.
    app.db()
        .set_article_state(
            ArticleId(newest),
            ArticleState::Draft,
            None,
            Some(editor.id.0),
            "unpublish",
            "",
        )
        .await
        .expect("unpublish");
    let third = eventually(&mut reader, "/cerca?q=orto&pagina=3", |b| {
        b.contains("24 risultati")
    })
    .await;
    assert_eq!(results_listed(&third), 0);
    let second = reader.get("/cerca?q=orto&pagina=2").await.body;
    assert!(second.contains("24 risultati"));
    assert_eq!(results_listed(&second), 12);
    assert!(!second.contains("rel=\"next\""), "two full pages: no third");
    app.stop().await;
}

#[tokio::test]
async fn the_page_cache_answers_validators_and_never_goes_stale() {
    let app = TestApp::new().await;
    let editor = app.user("redattrice@example.org", &[Role::Editor]).await;
    let id = story(
        &app,
        editor.id.0,
        &[(Lang::It, "Titolo primo", "Testo.")],
        true,
    )
    .await;
    let mut reader = app.client();
    eventually(&mut reader, "/", |b| b.contains("Titolo primo")).await;
    // The change feed has been followed to the end (the search finds the
    // story): nothing still on its way empties the cache between the two
    // reads below.
    eventually(&mut reader, "/cerca?q=primo", |b| {
        b.contains("Titolo primo")
    })
    .await;
    let first = reader.get("/articoli/titolo-primo").await;
    let second = reader.get("/articoli/titolo-primo").await;
    assert_eq!(second.header("x-cache"), "hit");
    assert_eq!(first.body, second.body);
    let etag = second.header("etag").to_owned();
    assert!(etag.starts_with('"'));
    assert!(second.header("cache-control").contains("s-maxage"));
    assert!(second.header("vary").contains("Accept-Encoding"));
    assert!(!second.header("last-modified").is_empty());
    assert!(
        !second.header("content-security-policy").is_empty(),
        "security headers on hits too"
    );
    let not_modified = reader
        .send(
            reqwest::Client::new()
                .get(format!("{}/articoli/titolo-primo", app.base))
                .header("if-none-match", &etag),
        )
        .await;
    assert_eq!(not_modified.status, StatusCode::NOT_MODIFIED);
    assert!(not_modified.body.is_empty());
    // Compressed bodies, chosen by what the client accepts.
    let http = reqwest::Client::new();
    for (accept, encoding) in [("br", "br"), ("gzip", "gzip"), ("identity", "")] {
        let response = http
            .get(format!("{}/articoli/titolo-primo", app.base))
            .header("accept-encoding", accept)
            .send()
            .await
            .expect("request");
        let got = response
            .headers()
            .get("content-encoding")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert_eq!(got, encoding, "{accept}");
    }
    let head = http
        .head(format!("{}/articoli/titolo-primo", app.base))
        .send()
        .await
        .expect("head");
    assert_eq!(head.status(), StatusCode::OK);
    assert_eq!(head.headers()["etag"].to_str().expect("ascii"), etag);
    assert!(head.bytes().await.expect("body").is_empty());
    // An edit reaches readers: the cached copy goes.
    retitle(
        &app,
        id,
        editor.id.0,
        "titolo-primo",
        "Titolo secondo",
        "Testo nuovo.",
    )
    .await;
    eventually(&mut reader, "/articoli/titolo-primo", |b| {
        b.contains("Titolo secondo")
    })
    .await;
    eventually(&mut reader, "/cerca?q=nuovo", |b| {
        b.contains("Titolo secondo")
    })
    .await;
    // A new name for the author reaches the byline of the kept page.
    reader.get("/articoli/titolo-primo").await;
    assert_eq!(
        reader.get("/articoli/titolo-primo").await.header("x-cache"),
        "hit"
    );
    app.db()
        .update_profile(editor.id, "Redattrice Rinominata", None, Lang::It)
        .await
        .expect("rename");
    eventually(&mut reader, "/articoli/titolo-primo", |b| {
        b.contains("Redattrice Rinominata")
    })
    .await;
    // Somebody logged in always gets a fresh page, never stored by others.
    let mut editor_client = app.session_for(editor.id).await;
    let own = editor_client.get("/articoli/titolo-primo").await;
    assert_eq!(own.header("cache-control"), "private, no-store");
    assert!(own.header("x-cache").is_empty());
    // Pages with a form token are not shared.
    let form = reader.get("/segnala-un-problema").await;
    let again = reader.get("/segnala-un-problema").await;
    assert_ne!(again.header("x-cache"), "hit");
    assert_ne!(form.csrf(), "");
    // Unpublished: gone from the page, the feed and the search at once.
    archive(&app, id, editor.id.0).await;
    for _ in 0..100 {
        if reader.get("/articoli/titolo-primo").await.status == StatusCode::NOT_FOUND {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        reader.get("/articoli/titolo-primo").await.status,
        StatusCode::NOT_FOUND
    );
    eventually(&mut reader, "/cerca?q=nuovo", |b| {
        b.contains("Nessun risultato")
    })
    .await;
    app.stop().await;
}

/// The "related" list of a story page: the section's newest stories,
/// which every story page of the section shares (kept in memory between
/// changes), follows each publication, edit and withdrawal without the
/// page cache, and is never behind for somebody signed in.
#[tokio::test]
async fn related_stories_follow_every_change_without_the_page_cache() {
    let app = TestApp::builder()
        .setting("page_cache_megabytes", "0")
        .build()
        .await;
    let editor = app.user("redattrice@example.org", &[Role::Editor]).await;
    for title in ["Prima storia", "Seconda storia"] {
        story(&app, editor.id.0, &[(Lang::It, title, "Testo.")], true).await;
    }
    let mut reader = app.client();
    let related = |body: &str| {
        let start = body.find("id=\"related-title\"").map_or(body.len(), |i| i);
        body[start..].to_owned()
    };
    eventually(&mut reader, "/articoli/prima-storia", |b| {
        related(b).contains("Seconda storia")
    })
    .await;
    // The same list on another story page of the section, twice.
    for _ in 0..2 {
        let page = reader.get("/articoli/seconda-storia").await;
        assert!(page.header("x-cache").is_empty(), "no page cache");
        let list = related(&page.body);
        assert!(list.contains("Prima storia"), "{list}");
        assert!(!list.contains("Seconda storia"), "not itself");
    }
    // A story published later joins the list…
    let third = story(
        &app,
        editor.id.0,
        &[(Lang::It, "Terza storia", "Testo.")],
        true,
    )
    .await;
    eventually(&mut reader, "/articoli/prima-storia", |b| {
        related(b).contains("Terza storia")
    })
    .await;
    // …at once for somebody signed in, before the change feed is read.
    let mut editor_client = app.session_for(editor.id).await;
    story(
        &app,
        editor.id.0,
        &[(Lang::It, "Quarta storia", "Testo.")],
        true,
    )
    .await;
    let own = editor_client.get("/articoli/prima-storia").await;
    assert!(related(&own.body).contains("Quarta storia"));
    // An edit of a listed story shows in the list.
    retitle(
        &app,
        third,
        editor.id.0,
        "terza-storia",
        "Terza storia, rivista",
        "Testo.",
    )
    .await;
    eventually(&mut reader, "/articoli/prima-storia", |b| {
        related(b).contains("Terza storia, rivista")
    })
    .await;
    // Withdrawn: gone from the list.
    archive(&app, third, editor.id.0).await;
    eventually(&mut reader, "/articoli/prima-storia", |b| {
        !related(b).contains("Terza storia")
    })
    .await;
    app.stop().await;
}

/// A story page's tags, named from memory between changes: a renamed tag
/// and a story's new tags show without the page cache, in order.
#[tokio::test]
async fn story_tags_follow_renames_and_new_tags_without_the_page_cache() {
    let app = TestApp::builder()
        .setting("page_cache_megabytes", "0")
        .build()
        .await;
    let editor = app.user("redattrice@example.org", &[Role::Editor]).await;
    let id = ArticleId(
        story(
            &app,
            editor.id.0,
            &[(Lang::It, "Storia con tag", "Testo.")],
            true,
        )
        .await,
    );
    let tags = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(s, n)| ((*s).to_owned(), (*n).to_owned()))
            .collect()
    };
    let db = app.db();
    db.set_article_tags(id, &tags(&[("lavoro", "Lavoro"), ("casa", "Casa")]))
        .await
        .expect("tags");
    let tag_line = |body: &str| {
        let Some(at) = body.find("rel=\"tag\"") else {
            return String::new();
        };
        let end = body[at..].find("</p>").map_or(body.len(), |i| at + i);
        body[at..end].to_owned()
    };
    let mut reader = app.client();
    let page = eventually(&mut reader, "/articoli/storia-con-tag", |b| {
        let line = tag_line(b);
        line.contains("Lavoro") && line.contains("Casa")
    })
    .await;
    let line = tag_line(&page);
    assert!(
        line.find("Lavoro") < line.find("Casa"),
        "in their order: {line}"
    );
    // Read again (from memory), the same.
    assert_eq!(
        tag_line(&reader.get("/articoli/storia-con-tag").await.body),
        line
    );
    // A renamed tag…
    let lavoro = db
        .tag_by_slug("lavoro", Lang::It)
        .await
        .expect("db")
        .expect("tag");
    db.save_tag_names(lavoro.id, &[(Lang::It, "Lavoro e formazione".to_owned())])
        .await
        .expect("rename");
    eventually(&mut reader, "/articoli/storia-con-tag", |b| {
        tag_line(b).contains("Lavoro e formazione")
    })
    .await;
    // …and new tags, in a new order.
    db.set_article_tags(
        id,
        &tags(&[("casa", "Casa"), ("scuola-serale", "Scuola serale")]),
    )
    .await
    .expect("tags");
    let page = eventually(&mut reader, "/articoli/storia-con-tag", |b| {
        tag_line(b).contains("Scuola serale")
    })
    .await;
    let line = tag_line(&page);
    assert!(!line.contains("Lavoro"), "{line}");
    assert!(line.find("Casa") < line.find("Scuola serale"), "{line}");
    app.stop().await;
}

#[tokio::test]
async fn two_instances_on_one_database_follow_each_other() {
    let first = TestApp::new().await;
    let second = TestApp::builder().same_database_as(&first).build().await;
    let editor = first.user("redattrice@example.org", &[Role::Editor]).await;
    let mut on_second = second.client();
    // The second instance has cached its home page.
    on_second.get("/").await;
    assert_eq!(on_second.get("/").await.header("x-cache"), "hit");
    // A story published through the first instance...
    let mut editor_client = first.session_for(editor.id).await;
    editor_client.get("/admin/articoli/nuovo").await;
    let created = editor_client
        .post_form(
            "/admin/articoli/nuovo",
            &[
                ("title", "Notizia dal primo"),
                ("standfirst", ""),
                ("body", "Una parola rarissima: zanzibar."),
                ("section_id", ""),
                ("level", "locale"),
            ],
        )
        .await;
    let path = created
        .location()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    let step = format!("{path}/passaggio?lingua=it");
    for action in ["submit", "publish"] {
        editor_client.get(&path).await;
        editor_client.post_form(&step, &[("azione", action)]).await;
    }
    // ...is on the second one's home page and in its search.
    eventually(&mut on_second, "/", |b| b.contains("Notizia dal primo")).await;
    eventually(&mut on_second, "/cerca?q=zanzibar", |b| {
        b.contains("Notizia dal primo")
    })
    .await;
    second.stop().await;
    first.stop().await;
}

#[tokio::test]
async fn the_change_feed_is_pruned_but_keeps_its_newest_row() {
    let app = TestApp::new().await;
    let author = app.user("feed@example.org", &[Role::Editor]).await;
    story(
        &app,
        author.id.0,
        &[(Lang::It, "Sportello casa", "Un aiuto per la casa.")],
        true,
    )
    .await;
    let db = app.db();
    let newest = db.last_change_seq().await.expect("last");
    let oldest = db.first_change_seq().await.expect("first");
    assert!(oldest.is_some_and(|first| first < newest), "{oldest:?}");
    // Rows of the last week stay.
    let week_ago = Timestamp(Timestamp::now().0 - 7 * 24 * 3600);
    assert_eq!(db.prune_changes(week_ago).await.expect("prune"), 0);
    // Older ones go, except the newest, which tells a returning instance
    // where the feed stands.
    let later = Timestamp(Timestamp::now().0 + 60);
    assert!(db.prune_changes(later).await.expect("prune") > 0);
    assert_eq!(db.first_change_seq().await.expect("first"), Some(newest));
    assert_eq!(db.last_change_seq().await.expect("last"), newest);
    app.stop().await;
}
