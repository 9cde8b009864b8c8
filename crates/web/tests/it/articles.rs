//! The magazine: public pages in four languages, the desk, the editor with
//! conflicts and revisions, the workflow and scheduled publishing.

use agoral_domain::accounts::Role;
use reqwest::StatusCode;

use crate::harness::{TestApp, TestClient, field_value};

async fn redazione(app: &TestApp) -> (TestClient, TestClient) {
    let author = app.user("autrice@example.org", &[Role::Author]).await;
    let editor = app.user("caporedattore@example.org", &[Role::Editor]).await;
    (
        app.session_for(author.id).await,
        app.session_for(editor.id).await,
    )
}

/// Creates a draft through the form and returns its editor address.
async fn create(client: &mut TestClient, title: &str, body: &str) -> String {
    let response = client
        .post_form(
            "/admin/articoli/nuovo",
            &[
                ("title", title),
                ("standfirst", "Sommario"),
                ("body", body),
                ("section_id", ""),
                ("level", "locale"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    response
        .location()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned()
}

fn id_of(path: &str) -> i64 {
    path.rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("id")
}

#[tokio::test]
async fn demo_stories_in_four_languages_with_fallback() {
    let app = TestApp::builder().demo().build().await;
    let mut client = app.client();
    let home = client.get("/").await;
    assert!(
        home.body
            .contains("Esempio: un corso serale di italiano in biblioteca")
    );
    let italian = client
        .get("/articoli/esempio-un-corso-serale-di-italiano-in-biblioteca")
        .await;
    assert_eq!(italian.status, StatusCode::OK);
    assert!(
        italian
            .body
            .contains("<strong>articolo di esempio</strong>")
    );
    assert!(italian.body.contains("min di lettura"));
    assert!(italian.body.contains("href=\"/comuni/006003\""));
    // The example illustration, described, with its variants once the job ran.
    assert!(
        italian
            .body
            .contains("alt=\"Illustrazione astratta di esempio")
    );
    assert!(italian.body.contains("CC0 1.0"));
    assert!(!italian.body.contains("image/webp"));
    assert!(app.run_jobs().await >= 4);
    let italian = client
        .get("/articoli/esempio-un-corso-serale-di-italiano-in-biblioteca")
        .await;
    assert!(
        italian
            .body
            .contains("<source type=\"image/webp\" srcset=\"/media/")
    );
    // Each language's own address in the alternates.
    assert!(italian.body.contains("hreflang=\"en\" href=\"http://127.0.0.1:0/en/articoli/example-an-evening-italian-course-at-the-library\"") || italian.body.contains("/en/articoli/example-an-evening-italian-course-at-the-library"));
    let english = client
        .get("/en/articoli/example-an-evening-italian-course-at-the-library")
        .await;
    assert_eq!(english.status, StatusCode::OK);
    assert!(english.body.contains("<html lang=\"en\""));
    assert!(
        !english.body.contains("alert-info"),
        "translated: no notice"
    );
    // The Italian address under /en/ goes to the English one.
    let redirect = client
        .get("/en/articoli/esempio-un-corso-serale-di-italiano-in-biblioteca")
        .await;
    assert_eq!(
        redirect.status,
        StatusCode::PERMANENT_REDIRECT
            .min(StatusCode::MOVED_PERMANENTLY)
            .max(redirect.status)
    );
    assert!(redirect.location().starts_with("/en/articoli/example-"));
    // Not translated into French: Italian text, French notice.
    let french = client
        .get("/fr/articoli/esempio-una-guida-pratica-ai-documenti-in-parole-semplici")
        .await;
    assert_eq!(french.status, StatusCode::OK);
    assert!(french.body.contains("pas encore traduit"));
    assert!(
        french
            .body
            .contains("<article class=\"agoral-article\" lang=\"it\" dir=\"ltr\">")
    );
    // Arabic, right to left.
    let arabic_home = client.get("/ar/").await;
    let start = arabic_home
        .body
        .find("href=\"/ar/articoli/mthal-")
        .expect("an Arabic story")
        + 6;
    let end = arabic_home.body[start..].find('"').expect("end") + start;
    let arabic = client.get(&arabic_home.body[start..end]).await;
    assert_eq!(arabic.status, StatusCode::OK);
    assert!(arabic.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(arabic.body.contains("مقال مثال"));
    app.stop().await;
}

#[tokio::test]
async fn sections_comuni_and_levels() {
    let app = TestApp::builder().demo().build().await;
    let mut client = app.client();
    let section = client.get("/sezioni/scuola").await;
    assert_eq!(section.status, StatusCode::OK);
    assert!(section.body.contains("<h1>Scuola</h1>"));
    assert!(section.body.contains("Esempio: un corso serale"));
    let filtered = client.get("/sezioni/scuola?livello=nazionale").await;
    assert!(!filtered.body.contains("Esempio: un corso serale"));
    assert!(
        client
            .get("/ar/sezioni/scuola")
            .await
            .body
            .contains("المدرسة")
    );
    let comune = client.get("/comuni/006003").await;
    assert_eq!(comune.status, StatusCode::OK);
    assert!(comune.body.contains("<h1>Alessandria</h1>"));
    assert!(comune.body.contains("92.104"), "population from ISTAT");
    for bad in [
        "/comuni/999999",
        "/comuni/abc",
        "/sezioni/nessuna",
        "/sezioni/Scuola",
        "/articoli/non-esiste",
        "/articoli/%FF",
        "/sezioni/scuola?pagina=-3",
    ] {
        let status = client.get(bad).await.status;
        assert!(
            status == StatusCode::NOT_FOUND || (bad.contains("pagina") && status == StatusCode::OK),
            "{bad}: {status}"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn write_submit_approve_schedule_and_publish_on_time() {
    let app = TestApp::new().await;
    let (mut author, mut editor) = redazione(&app).await;
    let path = create(
        &mut author,
        "Un'università aperta a tutti",
        "Il **testo** della storia.",
    )
    .await;
    let page = author.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        field_value(&page.body, "slug").as_deref(),
        Some("un-universita-aperta-a-tutti")
    );
    // Not public while in draft.
    assert_eq!(
        app.client()
            .get("/articoli/un-universita-aperta-a-tutti")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let id = id_of(&path);
    let step = format!("/admin/articoli/{id}/passaggio?lingua=it");
    // The author submits but cannot approve.
    assert_eq!(
        author
            .post_form(&step, &[("azione", "submit")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    author.get(&path).await;
    let refused = author.post_form(&step, &[("azione", "approve")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Il tuo ruolo non permette"));
    // The editor asks for changes: a comment is required.
    editor.get(&path).await;
    let no_comment = editor
        .post_form(&step, &[("azione", "request_changes"), ("commento", " ")])
        .await;
    assert!(no_comment.body.contains("Scrivi un commento"));
    editor.get(&path).await;
    assert_eq!(
        editor
            .post_form(&step, &[("azione", "approve")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    // Scheduling in the past or with a malformed date is refused.
    for when in ["2020-01-01T10:00", "domani", ""] {
        editor.get(&path).await;
        let response = editor
            .post_form(&step, &[("azione", "schedule"), ("quando", when)])
            .await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{when}");
    }
    editor.get(&path).await;
    let response = editor
        .post_form(
            &step,
            &[("azione", "schedule"), ("quando", "2099-01-01T10:00")],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    // Not yet: the job waits for its time; then it fires.
    assert_eq!(app.run_jobs().await, 0);
    assert_eq!(
        app.client()
            .get("/articoli/un-universita-aperta-a-tutti")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.db().make_jobs_due().await.expect("due");
    assert_eq!(app.run_jobs().await, 1);
    let public = app
        .client()
        .get("/articoli/un-universita-aperta-a-tutti")
        .await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("<strong>testo</strong>"));
    assert!(
        public
            .body
            .contains("Di <a href=\"/autori/autrice\" rel=\"author\">autrice</a>"),
        "byline"
    );
    // The history keeps every step.
    let history = editor.get(&path).await;
    for step in ["Invia in revisione", "Approva", "Programma", "Pubblica ora"] {
        assert!(history.body.contains(step), "{step}");
    }
    app.stop().await;
}

#[tokio::test]
async fn an_unscheduled_story_is_not_published_by_its_old_job() {
    let app = TestApp::new().await;
    let (_, mut editor) = redazione(&app).await;
    let path = create(&mut editor, "Storia programmata", "Testo").await;
    let step = format!("/admin/articoli/{}/passaggio?lingua=it", id_of(&path));
    for (action, when) in [
        ("submit", ""),
        ("approve", ""),
        ("schedule", "2099-06-01T08:00"),
        ("unschedule", ""),
    ] {
        editor.get(&path).await;
        let response = editor
            .post_form(&step, &[("azione", action), ("quando", when)])
            .await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "{action}: {}",
            response.body
        );
    }
    app.db().make_jobs_due().await.expect("due");
    assert_eq!(app.run_jobs().await, 1, "the job runs and does nothing");
    assert_eq!(
        app.client()
            .get("/articoli/storia-programmata")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

#[tokio::test]
async fn two_editors_saving_the_same_story_lose_nothing() {
    let app = TestApp::new().await;
    let (mut author, mut editor) = redazione(&app).await;
    let path = create(&mut author, "Storia condivisa", "Versione iniziale").await;
    let page_a = author.get(&path).await;
    let page_b = editor.get(&path).await;
    let version = field_value(&page_a.body, "version").expect("version");
    assert_eq!(
        field_value(&page_b.body, "version").as_deref(),
        Some(version.as_str())
    );
    let save = |text: &'static str| {
        vec![
            ("version", version.clone()),
            ("lang", "it".to_owned()),
            ("title", "Storia condivisa".to_owned()),
            ("slug", String::new()),
            ("standfirst", String::new()),
            ("body", text.to_owned()),
            ("level", "locale".to_owned()),
            ("azione", "salva".to_owned()),
        ]
    };
    let first = save("Il testo dell'autrice");
    let first: Vec<(&str, &str)> = first.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        author.post_form(&path, &first).await.status,
        StatusCode::SEE_OTHER
    );
    let second = save("Il testo del caporedattore");
    let second: Vec<(&str, &str)> = second.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let conflict = editor.post_form(&path, &second).await;
    assert_eq!(conflict.status, StatusCode::CONFLICT);
    assert!(
        conflict.body.contains("Il testo dell&#39;autrice")
            || conflict.body.contains("Il testo dell'autrice"),
        "theirs shown"
    );
    assert!(
        conflict.body.contains("Il testo del caporedattore"),
        "mine kept in the form"
    );
    // Saving again from the conflict page is a deliberate choice and works.
    let new_version = field_value(&conflict.body, "version").expect("version");
    let again: Vec<(&str, &str)> = second
        .iter()
        .map(|(k, v)| {
            if *k == "version" {
                (*k, new_version.as_str())
            } else {
                (*k, *v)
            }
        })
        .collect();
    assert_eq!(
        editor.post_form(&path, &again).await.status,
        StatusCode::SEE_OTHER
    );
    // Every save is a revision; none is dropped; an old one can be restored.
    let id = id_of(&path);
    let revisions = app
        .db()
        .revisions(
            agoral_domain::articles::ArticleId(id),
            agoral_domain::lang::Lang::It,
        )
        .await
        .expect("revisions");
    assert_eq!(revisions.len(), 3);
    let oldest = revisions.last().expect("first revision");
    let list = editor
        .get(&format!(
            "{path}/revisioni?lingua=it&revisione={}",
            oldest.id
        ))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("agoral-removed") && list.body.contains("agoral-added"));
    let restored = editor
        .post_form(&format!("{path}/revisioni/{}", oldest.id), &[])
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER);
    let translations = app
        .db()
        .article_translations(agoral_domain::articles::ArticleId(id))
        .await
        .expect("db");
    assert_eq!(translations[0].body_markdown, "Versione iniziale");
    assert_eq!(
        app.db()
            .revisions(
                agoral_domain::articles::ArticleId(id),
                agoral_domain::lang::Lang::It
            )
            .await
            .expect("db")
            .len(),
        4
    );
    app.stop().await;
}

#[tokio::test]
async fn hostile_and_bad_input_in_the_editor() {
    let app = TestApp::new().await;
    let (mut author, mut editor) = redazione(&app).await;
    let xss = "<script>alert(1)</script><img src=x onerror=alert(2)>[link](javascript:alert(3))";
    let path = create(&mut editor, xss, xss).await;
    let id = id_of(&path);
    let step = format!("/admin/articoli/{id}/passaggio?lingua=it");
    for action in ["submit", "publish"] {
        editor.get(&path).await;
        assert_eq!(
            editor.post_form(&step, &[("azione", action)]).await.status,
            StatusCode::SEE_OTHER
        );
    }
    let slug = app
        .db()
        .article_translations(agoral_domain::articles::ArticleId(id))
        .await
        .expect("db")[0]
        .slug
        .clone();
    let public = app.client().get(&format!("/articoli/{slug}")).await;
    assert_eq!(public.status, StatusCode::OK);
    // The payload may appear as text, never as markup or a live link.
    for needle in ["<script>alert", "<img src=x", "href=\"javascript:"] {
        assert!(!public.body.contains(needle), "{needle} is not inert");
    }
    assert!(public.body.contains("&lt;script&gt;"));

    let huge = "t".repeat(1_000_000);
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (
            vec![("title", ""), ("level", "locale")],
            "Campo obbligatorio",
        ),
        (vec![("title", &huge), ("level", "locale")], "troppo lungo"),
        (
            vec![("title", "Titolo"), ("level", "cosmico")],
            "Scegli una delle opzioni",
        ),
        (
            vec![
                ("title", "Titolo"),
                ("level", "locale"),
                ("section_id", "999"),
            ],
            "Scegli una delle opzioni",
        ),
    ];
    let before = app.db().desk_articles(None, 100).await.expect("db").len();
    for (fields, expected) in cases {
        let response = author.post_form("/admin/articoli/nuovo", &fields).await;
        assert!(
            response.status == StatusCode::UNPROCESSABLE_ENTITY
                || response.status == StatusCode::PAYLOAD_TOO_LARGE,
            "{expected}: {}",
            response.status
        );
        if response.status == StatusCode::UNPROCESSABLE_ENTITY {
            assert!(response.body.contains(expected), "{expected}");
        }
    }
    assert_eq!(
        app.db().desk_articles(None, 100).await.expect("db").len(),
        before,
        "nothing half-saved"
    );
    // Same title twice: the second address gets -2; a typed address that is taken is refused.
    let first = create(&mut author, "Titolo ripetuto", "a").await;
    let second = create(&mut author, "Titolo ripetuto", "b").await;
    let page = author.get(&second).await;
    assert_eq!(
        field_value(&page.body, "slug").as_deref(),
        Some("titolo-ripetuto-2")
    );
    let taken = author
        .post_form(
            "/admin/articoli/nuovo",
            &[
                ("title", "Altro"),
                ("slug", "titolo-ripetuto"),
                ("level", "locale"),
            ],
        )
        .await;
    assert!(taken.body.contains("usa già questo indirizzo"));
    // Invalid comune codes are refused and the text typed is kept.
    let page = author.get(&first).await;
    let version = field_value(&page.body, "version").expect("version");
    let response = author
        .post_form(
            &first,
            &[
                ("version", &version),
                ("lang", "it"),
                ("title", "Titolo ripetuto"),
                ("body", "Testo da non perdere"),
                ("level", "locale"),
                ("comuni", "001272"),
                ("azione", "salva"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.body.contains("Testo da non perdere"));
    // Another author may not touch the story.
    let stranger = app.user("estraneo@example.org", &[Role::Author]).await;
    let mut stranger = app.session_for(stranger.id).await;
    assert_eq!(stranger.get(&first).await.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test]
async fn a_renamed_story_redirects_from_its_old_address() {
    let app = TestApp::new().await;
    let (_, mut editor) = redazione(&app).await;
    let path = create(&mut editor, "Vecchio titolo", "Testo").await;
    let step = format!("/admin/articoli/{}/passaggio?lingua=it", id_of(&path));
    for action in ["submit", "publish"] {
        editor.get(&path).await;
        assert_eq!(
            editor.post_form(&step, &[("azione", action)]).await.status,
            StatusCode::SEE_OTHER
        );
    }
    let page = editor.get(&path).await;
    let version = field_value(&page.body, "version").expect("version");
    let saved = editor
        .post_form(
            &path,
            &[
                ("version", &version),
                ("lang", "it"),
                ("title", "Nuovo titolo"),
                ("slug", "nuovo-titolo"),
                ("body", "Testo"),
                ("level", "locale"),
                ("azione", "salva"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let old = app.client().get("/articoli/vecchio-titolo").await;
    assert_eq!(old.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(old.location(), "/articoli/nuovo-titolo");
    // Preview renders without saving.
    let page = editor.get(&path).await;
    let version = field_value(&page.body, "version").expect("version");
    let preview = editor
        .post_form(
            &path,
            &[
                ("version", &version),
                ("lang", "it"),
                ("title", "Nuovo titolo"),
                ("body", "## Anteprima *viva*"),
                ("level", "locale"),
                ("azione", "anteprima"),
            ],
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(
        preview
            .body
            .contains("<h2 id=\"anteprima-viva\">Anteprima <em>viva</em></h2>")
    );
    assert_eq!(
        app.db()
            .article_translations(agoral_domain::articles::ArticleId(id_of(&path)))
            .await
            .expect("db")[0]
            .body_markdown,
        "Testo"
    );
    app.stop().await;
}

#[tokio::test]
async fn feeds_sitemap_robots_and_structured_data() {
    let app = TestApp::builder().demo().build().await;
    let mut client = app.client();
    let feed = client.get("/feed.xml").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(
        feed.header("content-type")
            .starts_with("application/atom+xml")
    );
    assert!(
        feed.body.starts_with("<?xml")
            && feed
                .body
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"it\">")
    );
    assert_eq!(
        feed.body.matches("<entry>").count(),
        4,
        "the four demo stories"
    );
    let english = client.get("/en/feed.xml").await;
    assert!(
        english.body.contains("xml:lang=\"en\"")
            && english
                .body
                .contains("/en/articoli/example-an-evening-italian-course-at-the-library")
    );
    let rss = client.get("/ar/rss.xml").await;
    assert!(
        rss.header("content-type")
            .starts_with("application/rss+xml")
    );
    assert!(rss.body.contains("<language>ar</language>") && rss.body.contains("<pubDate>"));
    let section = client.get("/sezioni/scuola/feed.xml").await;
    assert_eq!(section.body.matches("<entry>").count(), 1);
    let comune = client.get("/comuni/006039/feed.xml").await;
    assert!(comune.body.contains("Casale Monferrato") && comune.body.contains("orti condivisi"));
    assert_eq!(
        client.get("/comuni/123/feed.xml").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        client.get("/sezioni/nessuna/feed.xml").await.status,
        StatusCode::NOT_FOUND
    );

    let sitemap = client.get("/sitemap.xml").await;
    assert_eq!(sitemap.status, StatusCode::OK);
    assert!(sitemap.body.contains(
        "<loc>http://127.0.0.1:0/en/articoli/example-an-evening-italian-course-at-the-library</loc>"
    ));
    assert!(sitemap.body.contains("hreflang=\"ar\""));
    assert!(sitemap.body.contains("<lastmod>"));
    assert!(sitemap.body.contains("/fr/privacy"));
    let robots = client.get("/robots.txt").await;
    assert!(robots.body.contains("Disallow: /admin") && robots.body.contains("Sitemap: "));

    let page = client
        .get("/articoli/esempio-un-corso-serale-di-italiano-in-biblioteca")
        .await;
    let start = page
        .body
        .find("<script type=\"application/ld+json\">")
        .expect("JSON-LD")
        + 35;
    let end = page.body[start..].find("</script>").expect("end") + start;
    let data: serde_json::Value =
        serde_json::from_str(&page.body[start..end]).expect("valid JSON-LD");
    assert_eq!(data["@type"], "NewsArticle");
    assert_eq!(data["inLanguage"], "it");
    assert!(page.body.contains("<meta property=\"og:title\" content=\"Esempio: un corso serale di italiano in biblioteca\">"));
    assert!(
        page.body.contains("type=\"application/atom+xml\""),
        "feed discovery link"
    );
    app.stop().await;
}

#[tokio::test]
async fn editors_keep_static_pages_and_see_their_columns() {
    let app = TestApp::new().await;
    let (mut author, mut editor) = redazione(&app).await;
    assert_eq!(
        author.get("/admin/pagine").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(editor.get("/admin/pagine").await.status, StatusCode::OK);
    let created = editor
        .post_form(
            "/admin/pagine/nuova",
            &[
                ("title", "Chi siamo"),
                ("slug", ""),
                ("body", "La **redazione** di AgorAL."),
            ],
        )
        .await;
    assert_eq!(created.location(), "/admin/pagine/chi-siamo/it");
    let page = app.client().get("/chi-siamo").await;
    assert!(page.body.contains("<strong>redazione</strong>"));
    let english = app.client().get("/en/chi-siamo").await;
    assert!(
        english.body.contains("alert-info"),
        "shown in Italian with a notice"
    );
    for (slug, expected) in [
        ("accedi", "almeno una lettera"),
        ("chi-siamo", "usa già questo indirizzo"),
        ("!!!", "almeno una lettera"),
    ] {
        let response = editor
            .post_form(
                "/admin/pagine/nuova",
                &[("title", "Pagina"), ("slug", slug), ("body", "Testo")],
            )
            .await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{slug}");
        assert!(response.body.contains(expected), "{slug}");
    }
    // The dashboard shows the author's drafts and the editor's queue.
    let path = create(&mut author, "Bozza in corso", "Testo").await;
    let dashboard = author.get("/admin").await;
    assert!(dashboard.body.contains("Le mie bozze") && dashboard.body.contains("Bozza in corso"));
    author.get(&path).await;
    author
        .post_form(
            &format!("/admin/articoli/{}/passaggio?lingua=it", id_of(&path)),
            &[("azione", "submit")],
        )
        .await;
    let queue = editor.get("/admin").await;
    let review = queue.body.find("In attesa di revisione").expect("column");
    assert!(queue.body[review..].contains("Bozza in corso"));
    app.stop().await;
}

#[tokio::test]
async fn tags_created_inline_with_their_pages_and_feeds() {
    let app = TestApp::builder().demo().build().await;
    let mut client = app.client();
    let page = client
        .get("/articoli/esempio-un-corso-serale-di-italiano-in-biblioteca")
        .await;
    assert!(
        page.body
            .contains("href=\"/tag/lingua-italiana\" rel=\"tag\"")
    );
    let tag = client.get("/tag/lingua-italiana").await;
    assert_eq!(tag.status, StatusCode::OK);
    assert!(
        tag.body.contains("<h1>lingua italiana</h1>")
            && tag.body.contains("Esempio: un corso serale")
    );
    assert_eq!(
        client
            .get("/tag/lingua-italiana/feed.xml")
            .await
            .body
            .matches("<entry>")
            .count(),
        1
    );
    assert_eq!(
        client.get("/tag/inesistente").await.status,
        StatusCode::NOT_FOUND
    );

    let (_, mut editor) = redazione(&app).await;
    let path = create(&mut editor, "Storia con tag", "Testo").await;
    let page = editor.get(&path).await;
    let version = field_value(&page.body, "version").expect("version");
    let saved = editor
        .post_form(
            &path,
            &[
                ("version", &version),
                ("lang", "it"),
                ("title", "Storia con tag"),
                ("body", "Testo"),
                ("level", "locale"),
                ("tags", "Lavoro, donne, lavoro"),
                ("azione", "salva"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = editor.get(&path).await;
    assert_eq!(
        field_value(&page.body, "tags").as_deref(),
        Some("Lavoro, donne")
    );
    let version = field_value(&page.body, "version").expect("version");
    let too_many: Vec<String> = (0..25).map(|i| format!("t{i}")).collect();
    let too_many = too_many.join(",");
    let bad = editor
        .post_form(
            &path,
            &[
                ("version", &version),
                ("lang", "it"),
                ("title", "Storia con tag"),
                ("body", "Testo nuovo"),
                ("level", "locale"),
                ("tags", &too_many),
                ("azione", "salva"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Al massimo 20 tag") && bad.body.contains("Testo nuovo"));
    app.stop().await;
}

#[tokio::test]
async fn bylines_author_pages_the_archive_and_every_feed() {
    let app = TestApp::new().await;
    let (mut first, mut editor) = redazione(&app).await;
    let second = app.user("secondo@example.org", &[Role::Author]).await;
    let admin = app
        .user("amministra@example.org", &[Role::Administrator])
        .await;
    let first_id = app
        .db()
        .user_by_email(
            &agoral_domain::accounts::Email::parse("autrice@example.org").expect("email"),
        )
        .await
        .expect("db")
        .expect("user")
        .id
        .0;
    let path = create(
        &mut first,
        "Due firme per una storia",
        "Scritta a quattro mani.",
    )
    .await;
    let save = |authors: Vec<String>| {
        let mut fields: Vec<(String, String)> = vec![
            ("lang".into(), "it".into()),
            ("title".into(), "Due firme per una storia".into()),
            ("body".into(), "Scritta a quattro mani.".into()),
            ("level".into(), "locale".into()),
            ("tags".into(), "Lavoro".into()),
            ("comuni".into(), "006003".into()),
            ("azione".into(), "salva".into()),
        ];
        for author in authors {
            fields.push(("authors".into(), author));
        }
        fields
    };
    // The author cannot take their own name off; bad choices are refused.
    for (authors, message) in [
        (
            vec![second.id.0.to_string()],
            "Non puoi togliere la tua firma",
        ),
        (vec!["abc".to_owned()], "error"),
        (vec![admin.id.0.to_string()], "error"),
        (vec![String::new(), String::new()], "Serve almeno una firma"),
    ] {
        let page = first.get(&path).await;
        let version = field_value(&page.body, "version").expect("version");
        let mut fields = save(authors);
        fields.push(("version".into(), version));
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let response = first.post_form(&path, &pairs).await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{message}"
        );
        if message != "error" {
            assert!(response.body.contains(message), "{message}");
        }
    }
    // Two names, in order: the second author first.
    let page = first.get(&path).await;
    let version = field_value(&page.body, "version").expect("version");
    let mut fields = save(vec![
        second.id.0.to_string(),
        first_id.to_string(),
        second.id.0.to_string(),
    ]);
    fields.push(("version".into(), version));
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let saved = first.post_form(&path, &pairs).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // Before publication nobody has a public author page.
    assert_eq!(
        app.client().get("/autori/autrice").await.status,
        StatusCode::NOT_FOUND
    );
    let step = format!("/admin/articoli/{}/passaggio?lingua=it", id_of(&path));
    for action in ["submit", "publish"] {
        editor.get(&path).await;
        assert_eq!(
            editor.post_form(&step, &[("azione", action)]).await.status,
            StatusCode::SEE_OTHER
        );
    }

    // The first author writes a bio in Italian and Arabic.
    let profile = first.get("/account/autore").await;
    assert_eq!(profile.status, StatusCode::OK);
    let too_long = "x".repeat(2001);
    let refused = first
        .post_form("/account/autore", &[("bio_it", too_long.as_str())])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(&too_long), "the text typed is kept");
    let saved = first
        .post_form(
            "/account/autore",
            &[
                (
                    "bio_it",
                    "Giornalista ad Alessandria.\n\nScrive di scuola <b>e</b> lavoro.",
                ),
                ("bio_ar", "صحفية في أليساندريا."),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);

    let mut reader = app.client();
    let story = reader.get("/articoli/due-firme-per-una-storia").await;
    let second_at = story.body.find(">secondo</a>").expect("second author");
    let first_at = story.body.find(">autrice</a>").expect("first author");
    assert!(second_at < first_at, "byline order");
    let page = reader.get("/autori/autrice").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<p>Giornalista ad Alessandria.</p>"));
    assert!(
        page.body.contains("Scrive di scuola &#60;b&#62;e"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("<b>e</b>"));
    assert!(page.body.contains("Due firme per una storia"));
    let arabic = reader.get("/ar/autori/autrice").await;
    assert!(arabic.body.contains("صحفية في أليساندريا."));
    let english = reader.get("/en/autori/autrice").await;
    assert!(
        english.body.contains("Giornalista ad Alessandria."),
        "Italian bio as fallback"
    );

    // Atom and RSS for the site, a section-less tag, a comune and an author.
    for (path, kind) in [
        ("/rss.xml", "rss"),
        ("/tag/lavoro/feed.xml", "atom"),
        ("/tag/lavoro/rss.xml", "rss"),
        ("/comuni/006003/rss.xml", "rss"),
        ("/autori/autrice/feed.xml", "atom"),
        ("/en/autori/autrice/rss.xml", "rss"),
    ] {
        let feed = reader.get(path).await;
        assert_eq!(feed.status, StatusCode::OK, "{path}");
        assert!(
            feed.header("content-type")
                .contains(&format!("application/{kind}+xml")),
            "{path}"
        );
        assert!(feed.body.contains("Due firme per una storia"), "{path}");
    }
    assert!(page.body.contains("href=\"/autori/autrice/feed.xml\""));

    // The archive by month, in Rome time, in every language.
    let now = agoral_domain::time::Timestamp::now();
    let (year, month) = now.year_month();
    let archive = reader.get("/archivio").await;
    assert_eq!(archive.status, StatusCode::OK);
    let month_path = format!("/archivio/{year:04}/{month:02}");
    assert!(archive.body.contains(&month_path), "{}", archive.body);
    assert!(archive.body.contains("un articolo"));
    let listing = reader.get(&month_path).await;
    assert!(listing.body.contains("Due firme per una storia"));
    let english = reader.get(&format!("/en{month_path}")).await;
    assert_eq!(english.status, StatusCode::OK);
    let other_year = reader.get("/archivio/2001/01").await;
    assert_eq!(other_year.status, StatusCode::OK);
    assert!(!other_year.body.contains("Due firme per una storia"));
    for bad in [
        "/archivio/2026/13",
        "/archivio/abc/11",
        "/archivio/99999/01",
        "/archivio/2026/0",
    ] {
        assert_eq!(reader.get(bad).await.status, StatusCode::NOT_FOUND, "{bad}");
    }
    app.stop().await;
}

#[tokio::test]
async fn editors_add_sections_and_translate_sections_and_tags() {
    let app = TestApp::new().await;
    let (mut author, mut editor) = redazione(&app).await;
    assert_eq!(
        author.get("/admin/sezioni").await.status,
        StatusCode::FORBIDDEN
    );
    editor.get("/admin/sezioni").await;
    for (name, message) in [
        ("", "error"),
        ("!!!", "error"),
        (&"s".repeat(81) as &str, "error"),
    ] {
        let response = editor.post_form("/admin/sezioni", &[("name", name)]).await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{name:?} {message}"
        );
    }
    let created = editor
        .post_form("/admin/sezioni", &[("name", "Sport e inclusione")])
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let section_path = created
        .location()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    let again = editor
        .post_form("/admin/sezioni", &[("name", "Sport e Inclusione")])
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("Esiste già una sezione"));
    assert!(
        again.body.contains("value=\"Sport e Inclusione\""),
        "the name typed is kept"
    );

    editor.get(&section_path).await;
    let bad = editor
        .post_form(
            &section_path,
            &[("name_it", ""), ("name_en", "Sport"), ("position", "abc")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("value=\"Sport\""), "what was typed stays");
    let saved = editor
        .post_form(
            &section_path,
            &[
                ("name_it", "Sport e inclusione"),
                ("description_it", "Squadre, palestre, campi."),
                ("name_en", "Sport and inclusion"),
                ("description_en", "Teams, gyms, pitches."),
                ("name_ar", "الرياضة والإدماج"),
                ("description_ar", ""),
                ("name_fr", ""),
                ("description_fr", ""),
                ("position", "0"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let mut reader = app.client();
    let english = reader.get("/en/sezioni/sport-e-inclusione").await;
    assert_eq!(english.status, StatusCode::OK);
    assert!(english.body.contains("<h1>Sport and inclusion</h1>"));
    assert!(english.body.contains("Teams, gyms, pitches."));
    let french = reader.get("/fr/sezioni/sport-e-inclusione").await;
    assert!(
        french.body.contains("<h1>Sport e inclusione</h1>"),
        "Italian where not translated"
    );
    let arabic = reader.get("/ar/sezioni/sport-e-inclusione").await;
    assert!(arabic.body.contains("الرياضة والإدماج"));
    let sections = app
        .db()
        .sections(agoral_domain::lang::Lang::It)
        .await
        .expect("db");
    // Position 0, beside the first seeded section (ties go by age).
    assert_eq!(sections[1].slug, "sport-e-inclusione");

    // A tag created in the editor, translated here.
    let path = create(&mut author, "Una squadra di quartiere", "Testo").await;
    let page = author.get(&path).await;
    let version = field_value(&page.body, "version").expect("version");
    let tagged = author
        .post_form(
            &path,
            &[
                ("version", &version),
                ("lang", "it"),
                ("title", "Una squadra di quartiere"),
                ("body", "Testo"),
                ("level", "locale"),
                ("tags", "Calcio popolare"),
                ("azione", "salva"),
            ],
        )
        .await;
    assert_eq!(tagged.status, StatusCode::SEE_OTHER);
    let tags = editor.get("/admin/tag").await;
    assert!(tags.body.contains("Calcio popolare"));
    let tag = app
        .db()
        .tag_by_slug("calcio-popolare", agoral_domain::lang::Lang::It)
        .await
        .expect("db")
        .expect("tag");
    let tag_path = format!("/admin/tag/{}", tag.id);
    editor.get(&tag_path).await;
    let hostile = "<script>alert(1)</script>";
    let saved = editor
        .post_form(
            &tag_path,
            &[
                ("name_it", "Calcio popolare"),
                ("name_en", hostile),
                ("name_fr", "Football populaire"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let step = format!("/admin/articoli/{}/passaggio?lingua=it", id_of(&path));
    for action in ["submit", "publish"] {
        editor.get(&path).await;
        editor.post_form(&step, &[("azione", action)]).await;
    }
    let french = reader.get("/fr/tag/calcio-popolare").await;
    assert!(french.body.contains("<h1>Football populaire</h1>"));
    let english = reader.get("/en/tag/calcio-popolare").await;
    assert!(!english.body.contains(hostile));
    let emptied = editor
        .post_form(&tag_path, &[("name_it", ""), ("name_fr", "x")])
        .await;
    assert_eq!(emptied.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.stop().await;
}

/// The fields a page's form `action` would send: hidden and text inputs
/// with their values, and text areas with their text.
fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let start = html
        .find(&format!("action=\"{action}\""))
        .expect("the form");
    let form = &html[start..start + html[start..].find("</form>").expect("form end")];
    let unescape = |s: &str| {
        s.replace("&#10;", "\n")
            .replace("&#13;", "\r")
            .replace("&#60;", "<")
            .replace("&#62;", ">")
            .replace("&#34;", "\"")
            .replace("&#39;", "'")
            .replace("&#x2f;", "/")
            .replace("&#x3d;", "=")
            .replace("&#43;", "+")
            .replace("&#38;", "&")
            .replace("&amp;", "&")
    };
    let mut fields = Vec::new();
    for part in form.split('<').skip(1) {
        let attr = |name: &str| {
            let marker = format!("{name}=\"");
            part.find(&marker).map(|i| {
                let rest = &part[i + marker.len()..];
                unescape(&rest[..rest.find('"').unwrap_or(0)])
            })
        };
        if part.starts_with("input") {
            if let (Some(name), Some(value)) = (attr("name"), attr("value")) {
                fields.push((name, value));
            }
        } else if part.starts_with("textarea")
            && let Some(name) = attr("name")
        {
            let text = &part[part.find('>').expect("tag end") + 1..];
            fields.push((name, unescape(text)));
        }
    }
    fields
}

#[tokio::test]
async fn a_session_that_expires_while_typing_loses_nothing() {
    let app = TestApp::new().await;
    let user = app.user("lenta@example.org", &[Role::Author]).await;
    let mut writer = app.session_for(user.id).await;
    let path = create(&mut writer, "Una storia lunga", "Inizio").await;
    let page = writer.get(&path).await;
    let version = field_value(&page.body, "version").expect("version");
    // Hours of typing; meanwhile the session ends.
    let text = "Un paragrafo scritto con cura, con àccenti, عربي e <tag>.\n\n".repeat(200);
    let cookie = writer.cookie.clone().expect("cookie");
    app.db()
        .expire_session(&agoral_domain::tokens::hash(&cookie))
        .await
        .expect("expire");
    let fields = [
        ("version", version.as_str()),
        ("lang", "it"),
        ("title", "Una storia lunga e finita"),
        ("standfirst", ""),
        ("body", text.as_str()),
        ("level", "locale"),
        ("azione", "salva"),
    ];
    // A forged token from the expired session's cookie keeps nothing.
    let mut forger = writer.clone();
    forger.csrf = Some("forged".into());
    assert_eq!(
        forger.post_form(&path, &fields).await.status,
        StatusCode::FORBIDDEN
    );

    let sent = writer.post_form(&path, &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert!(
        sent.location()
            .starts_with("/accedi?fatto=conservato&next=%2Friprendi%2F")
    );
    assert!(
        sent.header("set-cookie").contains("agoral_session=;"),
        "the stale cookie is cleared"
    );
    let kept_path = sent
        .location()
        .split("next=")
        .nth(1)
        .expect("next")
        .replace("%2F", "/");
    let login = app.client().get(sent.location()).await;
    assert!(login.body.contains("è stato conservato"));
    // Nothing was saved yet, and nobody else sees the kept text.
    let saved = app
        .db()
        .article_translations(agoral_domain::articles::ArticleId(id_of(&path)))
        .await
        .expect("db");
    assert_eq!(saved[0].body_markdown, "Inizio");
    let other = app.user("altra@example.org", &[Role::Editor]).await;
    let mut other = app.session_for(other.id).await;
    assert_eq!(other.get(&kept_path).await.status, StatusCode::NOT_FOUND);

    // Back in: the dashboard points to the kept form, which sends it again.
    let mut writer = app.session_for(user.id).await;
    let dashboard = writer.get("/admin").await;
    assert!(dashboard.body.contains(&format!("href=\"{kept_path}\"")));
    let kept = writer.get(&kept_path).await;
    assert_eq!(kept.status, StatusCode::OK);
    let resend = form_fields(&kept.body, &path);
    assert!(
        resend.iter().any(|(n, v)| n == "body" && v == &text),
        "the whole text is there"
    );
    let pairs: Vec<(&str, &str)> = resend
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let saved = writer.post_raw(&path, &pairs).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let saved = app
        .db()
        .article_translations(agoral_domain::articles::ArticleId(id_of(&path)))
        .await
        .expect("db");
    assert_eq!(saved[0].title, "Una storia lunga e finita");
    assert_eq!(saved[0].body_markdown, text.trim());
    let discard = format!("{kept_path}/scarta");
    writer.get(&kept_path).await;
    assert_eq!(
        writer.post_form(&discard, &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(writer.get(&kept_path).await.status, StatusCode::NOT_FOUND);
    app.stop().await;
}

#[tokio::test]
async fn the_editor_keeps_an_automatic_draft_without_touching_the_story() {
    let app = TestApp::new().await;
    let (mut author, _) = redazione(&app).await;
    let path = create(&mut author, "Bozza automatica", "Testo salvato").await;
    let autosave = format!("{path}/bozza");
    let page = author.get(&path).await;
    assert!(page.body.contains("js/editor.js"));
    assert!(page.body.contains("data-autosave-url=\"/admin/articoli/"));
    let draft = author
        .post_form(
            &autosave,
            &[
                ("lang", "it"),
                ("title", "Bozza automatica"),
                ("standfirst", ""),
                ("body", "Testo ancora da salvare"),
            ],
        )
        .await;
    assert_eq!(draft.status, StatusCode::OK, "{}", draft.body);
    assert!(draft.body.contains("saved_at"));
    let story = app
        .db()
        .article(agoral_domain::articles::ArticleId(id_of(&path)))
        .await
        .expect("db")
        .expect("story");
    assert_eq!(story.version, 1, "the story is untouched");
    let page = author.get(&path).await;
    assert!(page.body.contains("salvato automaticamente"));
    let restored = author.get(&format!("{path}?lingua=it&bozza=1")).await;
    assert!(
        restored
            .body
            .contains(">Testo ancora da salvare</textarea>")
    );
    // Saving for real drops the automatic draft.
    let version = field_value(&restored.body, "version").expect("version");
    let saved = author
        .post_form(
            &path,
            &[
                ("version", &version),
                ("lang", "it"),
                ("title", "Bozza automatica"),
                ("body", "Testo ancora da salvare"),
                ("level", "locale"),
                ("azione", "salva"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = author.get(&path).await;
    assert!(!page.body.contains("salvato automaticamente il"));
    // Somebody who may not edit the story cannot leave drafts on it.
    let stranger = app.user("estranea@example.org", &[Role::Author]).await;
    let mut stranger = app.session_for(stranger.id).await;
    stranger.get("/admin").await;
    let refused = stranger
        .post_form(&autosave, &[("lang", "it"), ("title", "x"), ("body", "x")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let bad_lang = author
        .post_form(&autosave, &[("lang", "xx"), ("body", "x")])
        .await;
    assert_eq!(bad_lang.status, StatusCode::BAD_REQUEST);
    app.stop().await;
}

#[tokio::test]
async fn a_scheduled_story_deleted_before_its_time_never_appears() {
    let app = TestApp::new().await;
    let (mut author, mut editor) = redazione(&app).await;
    let path = create(&mut author, "Una storia che non uscirà", "Testo").await;
    let id = id_of(&path);
    let step = format!("/admin/articoli/{id}/passaggio?lingua=it");
    author.get(&path).await;
    author.post_form(&step, &[("azione", "submit")]).await;
    let when = jiff::Timestamp::from_second(agoral_domain::time::Timestamp::now().0 + 7200)
        .expect("instant")
        .to_zoned(jiff::tz::TimeZone::get("Europe/Rome").expect("zone"))
        .strftime("%Y-%m-%dT%H:%M")
        .to_string();
    editor.get(&path).await;
    let scheduled = editor
        .post_form(&step, &[("azione", "schedule"), ("quando", &when)])
        .await;
    assert_eq!(scheduled.status, StatusCode::SEE_OTHER);
    // Authors cannot delete; editors confirm first.
    let delete = format!("{path}/elimina");
    assert_eq!(author.get(&delete).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        author.post_form(&delete, &[]).await.status,
        StatusCode::FORBIDDEN
    );
    let confirm = editor.get(&delete).await;
    assert!(confirm.body.contains("Una storia che non uscirà"));
    let deleted = editor.post_form(&delete, &[]).await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert_eq!(deleted.location(), "/admin/articoli?fatto=eliminato");
    assert!(
        editor
            .get(deleted.location())
            .await
            .body
            .contains("Articolo eliminato.")
    );
    // Its time comes: the job finds nothing, fails nothing, publishes nothing.
    app.db().make_jobs_due().await.expect("due");
    assert_eq!(app.run_jobs().await, 1);
    let counts = app.db().job_counts().await.expect("counts");
    assert_eq!(counts.failed, 0);
    let mut reader = app.client();
    assert_eq!(
        reader
            .get("/articoli/una-storia-che-non-uscira")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(!reader.get("/feed.xml").await.body.contains("non uscirà"));
    assert_eq!(editor.get(&path).await.status, StatusCode::NOT_FOUND);
    // A published story is withdrawn before it can go.
    let path = create(&mut editor, "Già in pagina", "Testo").await;
    let step = format!("/admin/articoli/{}/passaggio?lingua=it", id_of(&path));
    for action in ["submit", "publish"] {
        editor.get(&path).await;
        editor.post_form(&step, &[("azione", action)]).await;
    }
    let refused = editor.post_form(&format!("{path}/elimina"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("va prima ritirato"));
    assert_eq!(
        reader.get("/articoli/gia-in-pagina").await.status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn search_engine_fields_per_language() {
    let app = TestApp::new().await;
    let (_, mut editor) = redazione(&app).await;
    let path = create(&mut editor, "Un titolo lungo per il giornale", "Testo").await;
    let save = |seo_title: &str, seo_description: &str, version: &str| {
        vec![
            ("version".to_owned(), version.to_owned()),
            ("lang".to_owned(), "it".to_owned()),
            (
                "title".to_owned(),
                "Un titolo lungo per il giornale".to_owned(),
            ),
            ("standfirst".to_owned(), "Il sommario".to_owned()),
            ("body".to_owned(), "Testo".to_owned()),
            ("level".to_owned(), "locale".to_owned()),
            ("seo_title".to_owned(), seo_title.to_owned()),
            ("seo_description".to_owned(), seo_description.to_owned()),
            ("azione".to_owned(), "salva".to_owned()),
        ]
    };
    let page = editor.get(&path).await;
    let version = field_value(&page.body, "version").expect("version");
    let long = "x".repeat(71);
    let fields = save(&long, "", &version);
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let refused = editor.post_form(&path, &pairs).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(&long), "what was typed is kept");
    let fields = save("Titolo breve", "Descrizione per i motori <b>", &version);
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    assert_eq!(
        editor.post_form(&path, &pairs).await.status,
        StatusCode::SEE_OTHER
    );
    let step = format!("/admin/articoli/{}/passaggio?lingua=it", id_of(&path));
    for action in ["submit", "publish"] {
        editor.get(&path).await;
        editor.post_form(&step, &[("azione", action)]).await;
    }
    let story = app
        .client()
        .get("/articoli/un-titolo-lungo-per-il-giornale")
        .await;
    assert!(story.body.contains("<title>Titolo breve · AgorAL</title>"));
    assert!(
        story
            .body
            .contains("<meta property=\"og:title\" content=\"Titolo breve\">")
    );
    assert!(
        story
            .body
            .contains("content=\"Descrizione per i motori &#60;b&#62;\"")
    );
    assert!(
        story
            .body
            .contains("<h1>Un titolo lungo per il giornale</h1>")
    );
    app.stop().await;
}

/// `[[servizio N]]` places a service's card in a story, as the service is
/// when the page is shown; a number that is no service is refused.
#[tokio::test]
async fn a_story_shows_a_services_card_kept_up_to_date() {
    use agoral_domain::services::record::{ServiceForm, ServiceText, ServiceTextForm};
    let app = TestApp::new().await;
    let (_, mut editor) = redazione(&app).await;
    let form = |name: &str| ServiceForm {
        categories: vec!["documenti".into()],
        languages: vec!["ar".into()],
        istat_code: "006003".into(),
        address: "Via di esempio 1".into(),
        phones: "0131 000000".into(),
        texts: vec![
            ServiceTextForm {
                lang: None,
                text: ServiceText {
                    name: name.into(),
                    summary: "Aiuta con il permesso di soggiorno.".into(),
                    ..ServiceText::default()
                },
            },
            ServiceTextForm {
                lang: Some("ar".into()),
                text: ServiceText {
                    name: "مكتب المثال".into(),
                    ..ServiceText::default()
                },
            },
        ],
        ..ServiceForm::default()
    };
    let (input, _) = form("Sportello di esempio").parse().expect("valid");
    let service = match app.db().create_service(&input, true).await.expect("save") {
        agoral_db::services::ServiceSave::Saved(id) => id,
        other => panic!("{other:?}"),
    };

    // A number that is no service: refused, nothing created.
    let before = app.db().desk_articles(None, 100).await.expect("db").len();
    let response = editor
        .post_form(
            "/admin/articoli/nuovo",
            &[
                ("title", "Dove rinnovare il permesso"),
                ("body", "Testo.\n\n[[servizio 999999]]\n"),
                ("level", "locale"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.body.contains("cita un servizio che non esiste"));
    assert!(
        response.body.contains("[[servizio 999999]]"),
        "the text is kept"
    );
    assert_eq!(
        app.db().desk_articles(None, 100).await.expect("db").len(),
        before
    );

    let body = format!(
        "Per rinnovare il permesso:\n\n[[servizio {}]]\n\nBuona fortuna.",
        service.0
    );
    let path = create(&mut editor, "Dove rinnovare il permesso", &body).await;
    let id = id_of(&path);
    let step = format!("/admin/articoli/{id}/passaggio?lingua=it");
    for action in ["submit", "publish"] {
        editor.get(&path).await;
        assert_eq!(
            editor.post_form(&step, &[("azione", action)]).await.status,
            StatusCode::SEE_OTHER
        );
    }
    let page = app
        .client()
        .get("/articoli/dove-rinnovare-il-permesso")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Dove rivolgersi"), "{}", page.body);
    assert!(page.body.contains("Sportello di esempio"));
    assert!(
        page.body
            .contains(&format!("href=\"/servizi/{}\"", service.0))
    );
    assert!(page.body.contains("href=\"tel:+390131000000\""));
    assert!(!page.body.contains("[[servizio"));
    assert!(!page.body.contains("data-agoral-service"));
    // In Arabic, the card speaks Arabic and names the service in Arabic.
    let page = app
        .client()
        .get("/ar/articoli/dove-rinnovare-il-permesso")
        .await;
    assert!(page.body.contains("أين تتوجّه"), "{}", page.body);
    assert!(page.body.contains("مكتب المثال"));

    // The service renamed: the story's card follows.
    let (renamed, _) = form("Sportello stranieri di esempio")
        .parse()
        .expect("valid");
    app.db()
        .update_service(service, &renamed)
        .await
        .expect("update");
    let mut seen = false;
    for _ in 0..40 {
        let page = app
            .client()
            .get("/articoli/dove-rinnovare-il-permesso")
            .await;
        if page.body.contains("Sportello stranieri di esempio") {
            seen = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(seen, "the card follows the service");
    app.stop().await;
}

/// What an HTML reader shows for `html`: the text with its character
/// references decoded (tags, had there been any, would be markup).
fn shown_as_html(html: &str) -> String {
    let mut shown = html.to_owned();
    for (reference, character) in [
        ("&#60;", "<"),
        ("&lt;", "<"),
        ("&#62;", ">"),
        ("&gt;", ">"),
        ("&#34;", "\""),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&#38;", "&"),
        ("&amp;", "&"),
    ] {
        shown = shown.replace(reference, character);
    }
    shown
}

#[tokio::test]
async fn rss_readers_show_plain_text_titles_and_summaries_as_written() {
    let app = TestApp::new().await;
    let (_, mut editor) = redazione(&app).await;
    let title = "<b>Grassetto</b> & \"virgolette\"";
    let standfirst = "Un <i>sommario</i> con <a href=x>link</a>";
    let response = editor
        .post_form(
            "/admin/articoli/nuovo",
            &[
                ("title", title),
                ("standfirst", standfirst),
                ("body", "Il testo."),
                ("section_id", ""),
                ("level", "locale"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let path = response
        .location()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    let id = id_of(&path);
    let step = format!("/admin/articoli/{id}/passaggio?lingua=it");
    for action in ["submit", "publish"] {
        editor.get(&path).await;
        assert_eq!(
            editor.post_form(&step, &[("azione", action)]).await.status,
            StatusCode::SEE_OTHER
        );
    }
    let feed = app.client().get("/rss.xml").await;
    assert_eq!(feed.status, StatusCode::OK);
    let doc = roxmltree::Document::parse(&feed.body).expect("well-formed RSS");
    let item = doc
        .descendants()
        .find(|n| n.has_tag_name("item"))
        .expect("the story's item");
    let text_of = |name: &str| {
        item.children()
            .find(|n| n.has_tag_name(name))
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_owned()
    };
    for (name, plain) in [("title", title), ("description", standfirst)] {
        let decoded = text_of(name);
        // An HTML reader finds no markup in it and shows the text as typed.
        assert!(
            !decoded.contains(['<', '>', '"']),
            "{name} holds markup for an HTML reader: {decoded}"
        );
        assert_eq!(shown_as_html(&decoded), plain, "{name}");
    }
    // The channel's own title is plain text too.
    let channel_title = doc
        .descendants()
        .find(|n| n.has_tag_name("channel"))
        .and_then(|c| c.children().find(|n| n.has_tag_name("title")))
        .and_then(|n| n.text())
        .unwrap_or_default()
        .to_owned();
    assert!(channel_title.starts_with("AgorAL"), "{channel_title}");
    // Atom says its text is text: escaped once, decoded to the text itself.
    let atom = app.client().get("/feed.xml").await;
    let doc = roxmltree::Document::parse(&atom.body).expect("well-formed Atom");
    let entry_title = doc
        .descendants()
        .find(|n| n.has_tag_name("entry"))
        .and_then(|e| e.children().find(|n| n.has_tag_name("title")))
        .and_then(|n| n.text())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(entry_title, title);
    app.stop().await;
}

#[tokio::test]
async fn a_title_that_reverses_its_direction_is_refused_and_kept() {
    let app = TestApp::new().await;
    let (mut author, _) = redazione(&app).await;
    let title = "Documento\u{202E}fdp.exe";
    let response = author
        .post_form(
            "/admin/articoli/nuovo",
            &[
                ("title", title),
                ("standfirst", "Sommario"),
                ("body", "Il testo."),
                ("section_id", ""),
                ("level", "locale"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .body
            .contains("capovolgono la direzione della scrittura"),
        "{}",
        response.body
    );
    assert_eq!(field_value(&response.body, "title").as_deref(), Some(title));
    // Arabic with its ordinary direction marks is a title like any other.
    let arabic = "دورة\u{200F} Italiano\u{200E} للنساء";
    create(&mut author, arabic, "Il testo.").await;
    app.stop().await;
}
