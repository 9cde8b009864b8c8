//! The public good-practice form, the sender's private status link, the
//! public list with its filters and photos, the retention of senders' data
//! and a person's data on request — with the bad, hostile and oversized
//! input each must survive without writing half of anything.

use std::time::Duration;

use agoral_db::intake::IntakeFilter;
use agoral_domain::{
    accounts::Role,
    intake::{
        Channel, GoodPractice, IntakeId, IntakeStatus, ItemKind, NewAttachment, NewItem, Sender,
    },
    lang::Lang,
    organisations::{ContactInput, OrganisationInput},
    services::taxonomy::TargetGroup,
    time::Timestamp,
    tokens,
};
use agoral_web::intake::{Options, Received, receive_with};
use reqwest::{StatusCode, header};

use crate::harness::{TestApp, TestClient, TestResponse};
use crate::media::{SECRET, jpeg_with_exif, plain_jpeg, png};

/// An app that takes the client's address from `X-Forwarded-For`, so that
/// one test can send from several addresses under the limit per address.
async fn app() -> TestApp {
    TestApp::builder()
        .setting("trust_proxy", "true")
        .build()
        .await
}

/// A form token shown a minute ago: old enough for the minimum fill time.
pub(crate) fn token(app: &TestApp) -> String {
    app.state().signer.issue(Timestamp::now().0 - 60)
}

pub(crate) fn valid_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("website", ""),
        ("title", "Doposcuola multilingue a Casale"),
        (
            "description",
            "Un doposcuola per ragazze e ragazzi arrivati da poco, con mediatori culturali.\n\nTre pomeriggi a settimana in biblioteca.",
        ),
        ("comune", "006039"),
        ("runner", "Associazione Esempio"),
        ("targets", "studenti"),
        ("targets", "msna"),
        ("period_start", "2025-09"),
        ("period_end", "2026-06"),
        ("outcome", "40 iscritti, 32 promossi"),
        ("link", "https://example.org/doposcuola"),
        ("contact_name", "Anna"),
        ("contact_email", "anna@example.org"),
        ("photos_consent", "1"),
        ("privacy", "1"),
    ]
}

/// Fields with one replaced (or added when absent).
fn with(field: &'static str, value: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut fields: Vec<_> = valid_fields()
        .into_iter()
        .filter(|(n, _)| *n != field)
        .collect();
    fields.push((field, value));
    fields
}

/// A multipart body as a browser sends the form: the token first, the
/// fields, then the photos.
fn body(token: &str, fields: &[(&str, &str)], photos: &[(&str, &[u8])]) -> Vec<u8> {
    let boundary = "----agoral-practice-7d93";
    let mut out = Vec::new();
    let mut text = |name: &str, value: &str| {
        out.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    };
    text("csrf_token", token);
    for (name, value) in fields {
        text(name, value);
    }
    for (file_name, bytes) in photos {
        out.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"{file_name}\"\r\nContent-Type: image/jpeg\r\n\r\n"
            )
            .as_bytes(),
        );
        out.extend_from_slice(bytes);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    out
}

pub(crate) async fn submit(
    app: &TestApp,
    path: &str,
    token: &str,
    from: &str,
    fields: &[(&str, &str)],
    photos: &[(&str, &[u8])],
) -> TestResponse {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let request = http
        .post(format!("{}{path}", app.base))
        .header(
            header::CONTENT_TYPE,
            "multipart/form-data; boundary=----agoral-practice-7d93",
        )
        .header("x-forwarded-for", from)
        .body(body(token, fields, photos));
    app.client().send(request).await
}

async fn items(app: &TestApp) -> Vec<agoral_domain::intake::IntakeItem> {
    app.db()
        .intake_items(&IntakeFilter::default(), 100, 0)
        .await
        .expect("items")
        .0
}

/// The status link in the mail sent to `to`.
async fn status_link(app: &TestApp, to: &str) -> String {
    app.run_jobs().await;
    let mail = app
        .mail_files()
        .into_iter()
        .find(|m| m.contains(&format!("To: {to}")))
        .expect("a mail to the sender");
    let start = mail.find("http://").expect("a link");
    let link: String = mail[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert!(link.contains("/buone-pratiche/stato/"), "{link}");
    link.split_once("//")
        .and_then(|(_, rest)| rest.split_once('/'))
        .map(|(_, path)| format!("/{path}"))
        .expect("a path")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn a_practice_with_photos_is_received_followed_and_withdrawn() {
    let app = app().await;
    app.user("redazione@example.org", &[Role::Editor]).await;
    let mut reader = app.client();
    let form = reader.get("/buone-pratiche/segnala").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.set_cookies().is_empty(), "no cookie for readers");
    assert!(form.body.contains("enctype=\"multipart/form-data\""));
    assert!(form.body.contains("Casale Monferrato"), "the comuni's list");
    assert!(form.body.contains("Minori stranieri non accompagnati"));

    let photo = jpeg_with_exif(64, 32);
    assert!(contains(&photo, SECRET.as_bytes()));
    let other = png(20, 20);
    let response = submit(
        &app,
        "/buone-pratiche/segnala",
        &token(&app),
        "10.0.0.1",
        &valid_fields(),
        &[("festa.jpg", &photo), ("gruppo.png", &other)],
    )
    .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    assert_eq!(response.location(), "/buone-pratiche/segnala?inviato=1");
    assert!(response.set_cookies().is_empty());
    let thanks = reader.get(response.location()).await;
    assert!(thanks.body.contains("è arrivata alla redazione"));
    assert!(!thanks.body.contains("/buone-pratiche/stato/"));

    let all = items(&app).await;
    assert_eq!(all.len(), 1);
    let item = &all[0];
    assert_eq!(
        (item.channel, item.kind, item.status),
        (Channel::Public, ItemKind::BuonaPratica, IntakeStatus::New)
    );
    assert_eq!(item.sender.email.as_deref(), Some("anna@example.org"));
    let practice = app
        .db()
        .good_practice(item.id)
        .await
        .expect("db")
        .expect("a structured record");
    assert_eq!(practice.istat_code.as_str(), "006039");
    assert_eq!(
        practice.targets,
        [TargetGroup::UnaccompaniedMinors, TargetGroup::Students]
    );
    assert!(practice.photos_consent);
    let files = app.db().intake_attachments(item.id).await.expect("files");
    assert_eq!(files.len(), 2);
    let stored = app
        .state()
        .media
        .get(&files[0].storage_key)
        .await
        .expect("storage")
        .expect("stored photo");
    assert!(stored.starts_with(&[0xFF, 0xD8, 0xFF]), "still a JPEG");
    assert!(
        !contains(&stored, SECRET.as_bytes()),
        "EXIF and GPS removed"
    );
    assert!(!contains(&stored, b"Exif\0\0"));

    // The mail carries the private link; the page shows the status.
    let link = status_link(&app, "anna@example.org").await;
    let page = reader.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Doposcuola multilingue a Casale"));
    assert!(page.body.contains("<strong>Nuovo</strong>"));
    assert_eq!(page.header("cache-control"), "no-store");
    // No `Referer` to other sites; this site's own `Origin` on its forms.
    assert_eq!(page.header("referrer-policy"), "same-origin");
    assert!(
        page.body
            .contains(r#"<meta name="referrer" content="same-origin">"#)
    );
    assert!(page.header("x-cache").is_empty(), "never in the page cache");
    assert!(
        !page.body.contains("hreflang"),
        "no links carry the token away"
    );

    // Withdrawing needs the box ticked; then the item and its photos go.
    let csrf = page.csrf();
    let mut sender = app.client();
    sender.csrf = Some(csrf.clone());
    let unconfirmed = sender.post_form(&link, &[]).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unconfirmed.body.contains("Spunta la casella"));
    sender.csrf = Some(csrf);
    let done = sender.post_form(&link, &[("confirm", "1")]).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("è stata ritirata"));
    assert!(done.body.contains("<strong>Ritirato</strong>"));
    assert_eq!(done.header("cache-control"), "no-store");
    let item = app
        .db()
        .intake_item(item.id)
        .await
        .expect("db")
        .expect("item");
    assert_eq!(item.status, IntakeStatus::Withdrawn);
    assert!(item.closed_at.is_some());
    assert!(
        app.db()
            .intake_attachments(item.id)
            .await
            .expect("files")
            .is_empty()
    );
    for file in &files {
        assert!(
            app.state()
                .media
                .get(&file.storage_key)
                .await
                .expect("storage")
                .is_none(),
            "the withdrawn practice's photos are deleted"
        );
    }
    // A second withdrawal changes nothing and says so.
    sender.csrf = Some(token(&app));
    let again = sender.post_form(&link, &[("confirm", "1")]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(!again.body.contains("name=\"confirm\""));
    // The redazione heard of the withdrawal once.
    let withdrawn: Vec<String> = app
        .db()
        .mail_to("redazione@example.org")
        .await
        .expect("db")
        .into_iter()
        .map(|m| m.subject)
        .filter(|s| s.contains("Ritirato dal mittente"))
        .collect();
    assert_eq!(
        withdrawn,
        ["[AgorAL] Ritirato dal mittente — Buona pratica: Doposcuola multilingue a Casale"]
    );
    app.stop().await;
}

#[tokio::test]
async fn a_double_click_writes_one_item_and_sends_one_mail() {
    let app = app().await;
    let form_token = token(&app);
    let mut answers = Vec::new();
    for _ in 0..2 {
        answers.push(
            submit(
                &app,
                "/en/buone-pratiche/segnala",
                &form_token,
                "10.0.0.2",
                &valid_fields(),
                &[("festa.jpg", &plain_jpeg(40, 30))],
            )
            .await,
        );
    }
    for answer in &answers {
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        assert_eq!(answer.location(), "/en/buone-pratiche/segnala?inviato=1");
    }
    let all = items(&app).await;
    assert_eq!(all.len(), 1, "one item for two identical submissions");
    assert_eq!(all[0].lang, Lang::En);
    assert_eq!(
        app.db()
            .intake_attachments(all[0].id)
            .await
            .expect("db")
            .len(),
        1
    );
    app.run_jobs().await;
    let mails: Vec<String> = app
        .mail_files()
        .into_iter()
        .filter(|m| m.contains("To: anna@example.org"))
        .collect();
    assert_eq!(mails.len(), 1, "one confirmation");
    assert!(mails[0].contains("We received your good practice"));
    assert!(mails[0].contains("/en/buone-pratiche/stato/"));
    // A new form (a new token) is a new item.
    let response = submit(
        &app,
        "/en/buone-pratiche/segnala",
        &token(&app),
        "10.0.0.2",
        &valid_fields(),
        &[],
    )
    .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(items(&app).await.len(), 2);
    app.stop().await;
}

#[tokio::test]
async fn unknown_and_malformed_status_links_are_a_clear_404() {
    let app = app().await;
    let mut reader = app.client();
    let unknown = format!("/buone-pratiche/stato/{}", "x".repeat(43));
    for path in [
        unknown.as_str(),
        "/buone-pratiche/stato/abc",
        "/buone-pratiche/stato/%3Cscript%3E",
        "/ar/buone-pratiche/stato/abc",
    ] {
        let page = reader.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(page.header("cache-control"), "no-store", "{path}");
        assert!(!page.body.contains("<script>"), "{path}");
        if path.starts_with("/ar/") {
            assert!(page.body.contains("هذا الرابط لا يطابق أي بلاغ"));
        } else {
            assert!(page.body.contains("non corrisponde a nessuna segnalazione"));
        }
    }
    reader.csrf = Some(token(&app));
    let post = reader.post_form(&unknown, &[("confirm", "1")]).await;
    assert_eq!(post.status, StatusCode::NOT_FOUND);
    app.stop().await;
}

#[tokio::test]
async fn robots_hurried_senders_forgers_and_floods_are_stopped() {
    let app = app().await;
    // The honeypot: the same answer as a person, and nothing kept.
    let robot = submit(
        &app,
        "/buone-pratiche/segnala",
        &token(&app),
        "10.0.1.1",
        &with("website", "http://spam.example"),
        &[("festa.jpg", &plain_jpeg(40, 30))],
    )
    .await;
    assert_eq!(robot.status, StatusCode::SEE_OTHER);
    assert_eq!(robot.location(), "/buone-pratiche/segnala?inviato=1");
    // Too fast: the token of a form shown just now.
    let mut reader = app.client();
    let fresh = reader.get("/buone-pratiche/segnala").await.csrf();
    let hurried = submit(
        &app,
        "/buone-pratiche/segnala",
        &fresh,
        "10.0.1.2",
        &valid_fields(),
        &[],
    )
    .await;
    assert_eq!(hurried.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(hurried.body.contains("troppo in fretta"));
    assert!(hurried.body.contains("Doposcuola multilingue a Casale"));
    // A forged token, or none first.
    let forged = submit(
        &app,
        "/buone-pratiche/segnala",
        "1800000000.abc.def",
        "10.0.1.3",
        &valid_fields(),
        &[],
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // Not a multipart body at all.
    let mut plain = app.client();
    plain.csrf = Some(token(&app));
    let urlencoded = plain
        .post_form("/buone-pratiche/segnala", &[("title", "x")])
        .await;
    assert_eq!(urlencoded.status, StatusCode::BAD_REQUEST);
    assert!(items(&app).await.is_empty(), "nothing written");
    // The limit per address: five forms in ten minutes, then 429.
    for n in 0..5 {
        let response = submit(
            &app,
            "/buone-pratiche/segnala",
            &token(&app),
            "10.0.1.9",
            &valid_fields(),
            &[],
        )
        .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "form {n}");
    }
    let flood = submit(
        &app,
        "/buone-pratiche/segnala",
        &token(&app),
        "10.0.1.9",
        &valid_fields(),
        &[],
    )
    .await;
    assert_eq!(flood.status, StatusCode::TOO_MANY_REQUESTS);
    let seconds: u64 = flood.header("retry-after").parse().expect("Retry-After");
    assert!((590..=600).contains(&seconds), "{seconds}");
    assert_eq!(items(&app).await.len(), 5);
    app.stop().await;
}

#[tokio::test]
async fn every_bad_field_is_named_and_what_was_typed_comes_back() {
    let app = app().await;
    let long_title = "T".repeat(10 * 1024);
    let fields = vec![
        ("title", long_title.as_str()),
        ("description", "Breve\u{7}"),
        ("comune", "999999"),
        ("runner", "Ente\u{0}nascosto"),
        ("targets", "marziani"),
        ("period_start", "2026-13"),
        ("period_end", "ieri"),
        ("outcome", "<script>alert('x')</script> risultati"),
        ("link", "javascript:alert(1)"),
        ("contact_name", "Anna"),
        ("contact_email", "non-una-mail"),
    ];
    let response = submit(
        &app,
        "/buone-pratiche/segnala",
        &token(&app),
        "10.0.2.1",
        &fields,
        &[],
    )
    .await;
    assert_eq!(
        response.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        response.body
    );
    let page = &response.body;
    for field in [
        "title",
        "description",
        "comune",
        "runner",
        "targets",
        "period_start",
        "period_end",
        "link",
        "contact_email",
        "privacy",
    ] {
        assert!(
            page.contains(&format!("id=\"{field}-error\"")),
            "{field} is named"
        );
    }
    assert!(page.contains("Il testo è troppo lungo."));
    assert!(page.contains("caratteri non ammessi"));
    assert!(page.contains("Scegli una delle opzioni proposte."));
    // What was typed comes back, escaped.
    assert!(page.contains(&long_title[..200]));
    assert!(page.contains("&#60;script&#62;") || page.contains("&lt;script&gt;"));
    assert!(!page.contains("<script>alert"));
    assert!(page.contains("value=\"non-una-mail\""));
    assert!(page.contains("value=\"javascript:alert(1)\""));
    assert!(items(&app).await.is_empty(), "nothing written");

    // A missing e-mail and privacy box, with everything else right.
    let fields: Vec<_> = valid_fields()
        .into_iter()
        .filter(|(n, _)| !matches!(*n, "contact_email" | "privacy"))
        .collect();
    let response = submit(
        &app,
        "/fr/buone-pratiche/segnala",
        &token(&app),
        "10.0.2.2",
        &fields,
        &[],
    )
    .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.body.contains("id=\"contact_email-error\""));
    assert!(response.body.contains("id=\"privacy-error\""));
    assert!(response.body.contains("lang=\"fr\""));
    assert!(
        response
            .body
            .contains("<option value=\"006039\" selected>Casale Monferrato</option>")
    );
    assert!(response.body.contains("value=\"studenti\" checked"));
    assert!(items(&app).await.is_empty());
    app.stop().await;
}

#[tokio::test]
async fn photos_that_are_not_photos_or_too_many_or_too_big_are_refused() {
    let app = app().await;
    let photo = plain_jpeg(40, 30);
    let pdf = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec();
    let program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff".to_vec();
    let truncated = photo[..photo.len() / 2].to_vec();
    // What is sent, the files, and the message the person reads.
    type Case<'a> = (&'a str, Vec<(&'a str, &'a [u8])>, &'a str);
    let cases: Vec<Case> = vec![
        (
            "six photos",
            vec![
                ("1.jpg", &photo),
                ("2.jpg", &photo),
                ("3.jpg", &photo),
                ("4.jpg", &photo),
                ("5.jpg", &photo),
                ("6.jpg", &photo),
            ],
            "6.jpg: si possono inviare al massimo 5 foto",
        ),
        (
            "a PDF renamed .jpg",
            vec![("foto.jpg", &pdf)],
            "foto.jpg: il contenuto del file non corrisponde al nome",
        ),
        (
            "a program renamed .jpg",
            vec![("foto.jpg", &program)],
            "foto.jpg: il contenuto del file non corrisponde al nome",
        ),
        (
            "a PDF",
            vec![("volantino.pdf", &pdf)],
            "volantino.pdf: non è una foto",
        ),
        (
            "a damaged JPEG",
            vec![("rotta.jpg", &truncated)],
            "rotta.jpg: il contenuto del file non corrisponde al nome",
        ),
    ];
    for (n, (case, photos, message)) in cases.iter().enumerate() {
        let response = submit(
            &app,
            "/buone-pratiche/segnala",
            &token(&app),
            &format!("10.0.3.{n}"),
            &valid_fields(),
            photos,
        )
        .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{case}: {}",
            response.body
        );
        assert!(response.body.contains(message), "{case}");
        assert!(response.body.contains("sceglile di nuovo"), "{case}");
        assert!(
            response.body.contains("Doposcuola multilingue a Casale"),
            "{case}: the text typed is kept"
        );
    }
    // 30 MB: read to the end and dropped, the form comes back.
    let mut huge = plain_jpeg(40, 30);
    huge.resize(30 * 1024 * 1024, 0);
    let response = submit(
        &app,
        "/buone-pratiche/segnala",
        &token(&app),
        "10.0.3.99",
        &valid_fields(),
        &[("enorme.jpg", &huge)],
    )
    .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .body
            .contains("enorme.jpg: il file supera la dimensione massima")
    );
    assert!(response.body.contains("Associazione Esempio"));
    assert!(items(&app).await.is_empty(), "nothing written");
    let intake_dir = app.data_dir().join("media").join("intake");
    assert!(
        !intake_dir.exists() || walk(&intake_dir).is_empty(),
        "no file stored"
    );
    app.stop().await;
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path);
            }
        }
    }
    out
}

/// A good practice received as the form would, with a status link.
pub(crate) async fn received(
    app: &TestApp,
    title: &str,
    comune: &str,
    targets: &[TargetGroup],
    consent: bool,
    email: &str,
) -> (IntakeId, String) {
    let practice = GoodPractice {
        istat_code: agoral_domain::comuni::IstatCode::parse(comune).expect("code"),
        runner: "Associazione Esempio".into(),
        targets: targets.to_vec(),
        period_start: Some("2025-09".into()),
        period_end: None,
        outcome: "Buoni risultati".into(),
        link: Some("https://example.org/pratica".into()),
        photos_consent: consent,
    };
    let (token, hash) = tokens::generate();
    let item = NewItem {
        channel: Channel::Public,
        kind: ItemKind::BuonaPratica,
        organisation_id: None,
        submitted_by: None,
        to_verify: false,
        lang: Lang::It,
        title: title.into(),
        body: "Primo paragrafo <script>alert(1)</script>.\n\nSecondo paragrafo.".into(),
        comuni: vec![practice.istat_code.clone()],
        embargo_until: None,
        source_url: None,
        external_id: None,
        source_date: None,
        sender: Sender {
            name: Some("Anna".into()),
            email: Some(email.into()),
            phone: None,
        },
    };
    let photo = NewAttachment {
        file_name: "foto.jpg".into(),
        content_type: "image/jpeg".into(),
        bytes: plain_jpeg(40, 30),
    };
    let options = Options {
        good_practice: Some(&practice),
        status_token_hash: Some(hash),
        photos_consent: consent,
        actor: None,
        address: None,
        notes: Vec::new(),
    };
    match receive_with(app.state(), item, vec![photo], options)
        .await
        .expect("received")
    {
        Received::Created { id, .. } => (id, token),
        other => panic!("{other:?}"),
    }
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

#[tokio::test]
async fn the_public_list_shows_accepted_practices_with_filters_and_consented_photos() {
    let app = app().await;
    let editor = app.user("redazione@example.org", &[Role::Editor]).await;
    let (school, school_token) = received(
        &app,
        "Scuola di italiano serale",
        "006003",
        &[TargetGroup::Students, TargetGroup::Workers],
        true,
        "anna@example.org",
    )
    .await;
    let (women, _) = received(
        &app,
        "Sportello donne al mercato",
        "006039",
        &[TargetGroup::Women],
        false,
        "bea@example.org",
    )
    .await;
    let (waiting, _) = received(
        &app,
        "Pratica in attesa",
        "006003",
        &[TargetGroup::Families],
        true,
        "carla@example.org",
    )
    .await;
    let mut reader = app.client();
    let empty = reader.get("/buone-pratiche").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.body.contains("Nessuna buona pratica"));
    for id in [school, women] {
        assert!(
            app.db()
                .accept_good_practice(id, editor.id.0)
                .await
                .expect("db")
        );
        agoral_web::public::good_practices::practice_changed(app.state(), id).await;
    }
    let list = eventually(&mut reader, "/buone-pratiche", |b| {
        b.contains("Scuola di italiano serale")
    })
    .await;
    assert!(list.contains("Sportello donne al mercato"));
    assert!(!list.contains("Pratica in attesa"), "only accepted ones");
    assert!(list.contains("2 buone pratiche"));
    assert!(list.contains("Alessandria (1)"));
    assert!(list.contains("Donne (1)"));
    assert!(list.contains("rel=\"nofollow ugc noopener\""));
    assert!(list.contains("&#60;script&#62;") || list.contains("&lt;script&gt;"));
    assert!(!list.contains("<script>alert"));
    assert!(list.contains("href=\"/buone-pratiche/segnala\""));

    let by_comune = reader.get("/buone-pratiche?comune=006039").await.body;
    assert!(by_comune.contains("Sportello donne al mercato"));
    assert!(!by_comune.contains("Scuola di italiano serale"));
    let by_target = reader
        .get("/en/buone-pratiche?destinatari=studenti")
        .await
        .body;
    assert!(by_target.contains("Scuola di italiano serale"));
    assert!(!by_target.contains("Sportello donne al mercato"));
    let unknown = reader
        .get("/buone-pratiche?destinatari=marziani&comune=%3Cx%3E&pagina=-4")
        .await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert!(unknown.body.contains("2 buone pratiche"));

    // Photos: only of an accepted practice whose sender declared consent.
    let photo_of = |id: IntakeId| {
        let app = &app;
        async move { app.db().intake_attachments(id).await.expect("db")[0].id }
    };
    let (status, headers, bytes) = reader
        .get_bytes(&format!("/buone-pratiche/foto/{}", photo_of(school).await))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "image/jpeg");
    assert!(bytes.starts_with(&[0xFF, 0xD8, 0xFF]));
    assert!(list.contains(&format!("/buone-pratiche/foto/{}", photo_of(school).await)));
    for id in [women, waiting] {
        let (status, _, _) = reader
            .get_bytes(&format!("/buone-pratiche/foto/{}", photo_of(id).await))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "no consent or not accepted");
    }
    assert!(!list.contains(&format!("/buone-pratiche/foto/{}", photo_of(women).await)));

    // One practice's page; a practice not accepted, or no number, is 404.
    let page = reader
        .get(&format!("/ar/buone-pratiche/{}", school.0))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Scuola di italiano serale"));
    for path in [
        format!("/buone-pratiche/{}", waiting.0),
        "/buone-pratiche/abc".to_owned(),
        "/buone-pratiche/999999".to_owned(),
    ] {
        assert_eq!(
            reader.get(&path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }

    // The counts for the Osservatorio.
    let csv = reader.get("/buone-pratiche/conteggi.csv").await;
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.body.contains("comune,006003,Alessandria,1"));
    assert!(csv.body.contains("destinatari,donne,Donne,1"));

    // The sender withdraws the accepted practice: it leaves the list.
    let status_path = format!("/buone-pratiche/stato/{school_token}");
    let status_page = reader.get(&status_path).await;
    assert!(status_page.body.contains("esce dall"));
    reader.csrf = Some(status_page.csrf());
    let done = reader.post_form(&status_path, &[("confirm", "1")]).await;
    assert_eq!(done.status, StatusCode::OK);
    eventually(&mut reader, "/buone-pratiche", |b| {
        !b.contains("Scuola di italiano serale") && b.contains("Una buona pratica")
    })
    .await;
    assert_eq!(
        reader
            .get(&format!("/buone-pratiche/{}", school.0))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

#[tokio::test]
async fn retention_clears_old_senders_and_the_files_of_closed_items() {
    let app = app().await;
    let (old, old_token) = received(
        &app,
        "Pratica respinta tanto tempo fa",
        "006003",
        &[TargetGroup::Families],
        true,
        "vecchia@example.org",
    )
    .await;
    let (recent, _) = received(
        &app,
        "Pratica respinta ieri",
        "006003",
        &[TargetGroup::Families],
        true,
        "recente@example.org",
    )
    .await;
    let (open, _) = received(
        &app,
        "Pratica ancora aperta",
        "006003",
        &[TargetGroup::Families],
        true,
        "aperta@example.org",
    )
    .await;
    for id in [old, recent] {
        assert!(
            app.db()
                .set_intake_status(
                    id,
                    &[IntakeStatus::New],
                    IntakeStatus::Rejected,
                    None,
                    "rejected",
                    Some("Fuori tema"),
                )
                .await
                .expect("db")
        );
    }
    let thirteen_months_ago = Timestamp::now().0 - 13 * 31 * 86_400;
    sqlx::query("UPDATE intake_items SET closed_at = $1 WHERE id = $2")
        .bind(thirteen_months_ago)
        .bind(old.0)
        .execute(app.db().pool())
        .await
        .expect("closed long ago");
    let old_file = app.db().intake_attachments(old).await.expect("db")[0].clone();

    let (cleared, removed) = agoral_web::intake::retention::enforce(app.state())
        .await
        .expect("retention");
    assert_eq!((cleared, removed), (1, 1));
    let item = app.db().intake_item(old).await.expect("db").expect("item");
    assert_eq!(item.sender, Sender::default(), "the sender's data are gone");
    assert!(item.anonymised_at.is_some());
    assert_eq!(
        item.title, "Pratica respinta tanto tempo fa",
        "the text stays"
    );
    assert!(
        app.db()
            .intake_attachments(old)
            .await
            .expect("db")
            .is_empty()
    );
    assert!(
        app.state()
            .media
            .get(&old_file.storage_key)
            .await
            .expect("storage")
            .is_none()
    );
    // Its status link no longer opens anything.
    let mut reader = app.client();
    let page = reader
        .get(&format!("/buone-pratiche/stato/{old_token}"))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    // A recent closure and an open item keep everything.
    for id in [recent, open] {
        let item = app.db().intake_item(id).await.expect("db").expect("item");
        assert!(item.sender.email.is_some());
        assert!(item.anonymised_at.is_none());
        assert_eq!(app.db().intake_attachments(id).await.expect("db").len(), 1);
    }
    // A second run finds nothing more to do.
    assert_eq!(
        agoral_web::intake::retention::enforce(app.state())
            .await
            .expect("retention"),
        (0, 0)
    );
    app.stop().await;
}

#[tokio::test]
async fn an_administrator_exports_and_erases_one_persons_data() {
    let app = app().await;
    let admin = app.user("admin@example.org", &[Role::Administrator]).await;
    let (item, _) = received(
        &app,
        "Orto condiviso",
        "006003",
        &[TargetGroup::Families],
        true,
        "Anna@Example.org",
    )
    .await;
    let organisation = app
        .db()
        .create_organisation(
            &OrganisationInput::parse("Ente di prova", "altro", "006003", "", true).expect("valid"),
        )
        .await
        .expect("organisation");
    app.db()
        .add_organisation_contact(
            organisation,
            &ContactInput::parse(
                "Anna Esempio",
                "Referente",
                "anna@example.org",
                "",
                true,
                "",
            )
            .expect("valid"),
        )
        .await
        .expect("contact");
    // A problem report and a mail of hers, and another person's of each.
    for (email, message) in [
        ("ANNA@example.org", "Il modulo non si apre"),
        ("bruno@example.org", "Link rotto in fondo"),
    ] {
        app.db()
            .create_problem_report(&agoral_domain::problem_reports::ProblemReportInput {
                page_url: "/servizi".into(),
                message: message.into(),
                email: Some(email.into()),
                lang: Lang::It,
            })
            .await
            .expect("report");
        app.db()
            .enqueue_mail(email, &format!("Risposta: {message}"), "Grazie.")
            .await
            .expect("mail");
    }
    let mut client = app.session_for(admin.id).await;

    let page = client
        .get("/admin/dati-personali?email=anna%40example.org")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Orto condiviso"));
    assert!(page.body.contains("Ente di prova: Anna Esempio"));
    assert!(page.body.contains("Il modulo non si apre"));
    assert!(page.body.contains("Risposta: Il modulo non si apre"));
    assert!(!page.body.contains("Link rotto"), "only her data");
    assert!(page.body.contains("gli account dello staff"));
    let bad = client.get("/admin/dati-personali?email=non-una-mail").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("id=\"email-error\""));

    let export = client
        .post_form(
            "/admin/dati-personali/esporta",
            &[("email", "anna@example.org")],
        )
        .await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(
        export
            .header("content-disposition")
            .starts_with("attachment")
    );
    let json: serde_json::Value = serde_json::from_str(&export.body).expect("json");
    assert_eq!(json["intake_items"][0]["title"], "Orto condiviso");
    assert_eq!(json["intake_items"][0]["sender"]["name"], "Anna");
    assert_eq!(
        json["intake_items"][0]["good_practice"]["istat_code"],
        "006003"
    );
    assert_eq!(json["contacts"][0]["name"], "Anna Esempio");
    assert_eq!(
        json["problem_reports"][0]["message"],
        "Il modulo non si apre"
    );
    assert_eq!(json["problem_reports"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        json["mails"][0]["subject"],
        "Risposta: Il modulo non si apre"
    );
    assert_eq!(json["mails"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        app.db()
            .count_audit_events("person_data.exported")
            .await
            .expect("db"),
        1
    );

    let unconfirmed = client
        .post_form(
            "/admin/dati-personali/cancella",
            &[("email", "anna@example.org")],
        )
        .await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        app.db()
            .intake_item(item)
            .await
            .expect("db")
            .expect("item")
            .sender
            .email
            .is_some(),
        "nothing erased without the confirmation"
    );
    let erased = client
        .post_form(
            "/admin/dati-personali/cancella",
            &[("email", "anna@example.org"), ("confirm", "1")],
        )
        .await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER);
    let item = app.db().intake_item(item).await.expect("db").expect("item");
    assert_eq!(item.sender, Sender::default());
    assert!(
        app.db()
            .organisation_contacts(organisation)
            .await
            .expect("db")
            .is_empty()
    );
    // Her report and mail are gone; the other person's stay.
    assert!(
        app.db()
            .problem_reports_with_email("anna@example.org")
            .await
            .expect("db")
            .is_empty()
    );
    assert!(
        app.db()
            .mail_to("anna@example.org")
            .await
            .expect("db")
            .is_empty()
    );
    assert_eq!(app.db().count_problem_reports().await.expect("db"), 1);
    assert_eq!(
        app.db()
            .mail_to("bruno@example.org")
            .await
            .expect("db")
            .len(),
        1
    );
    let after = client.get(erased.location()).await;
    assert!(after.body.contains("sono stati cancellati"));
    assert!(after.body.contains("Nessun dato conservato"));
    assert!(!after.body.contains("aria-invalid"));
    assert_eq!(
        app.db()
            .count_audit_events("person_data.erased")
            .await
            .expect("db"),
        1
    );
    // Only administrators.
    let editor = app.user("editor@example.org", &[Role::Editor]).await;
    let mut editor = app.session_for(editor.id).await;
    assert_eq!(
        editor.get("/admin/dati-personali").await.status,
        StatusCode::FORBIDDEN
    );
    app.stop().await;
}

#[tokio::test]
async fn a_practice_accepted_in_the_queue_reaches_the_list_and_its_sender() {
    let app = app().await;
    let editor = app.user("redazione@example.org", &[Role::Editor]).await;
    let (id, _) = received(
        &app,
        "Biblioteca vivente",
        "006003",
        &[TargetGroup::Everyone],
        false,
        "dora@example.org",
    )
    .await;
    let mut reader = app.client();
    // Cached while empty: the acceptance must reach the cached page too.
    assert!(
        reader
            .get("/buone-pratiche")
            .await
            .body
            .contains("Nessuna buona pratica")
    );
    let mut client = app.session_for(editor.id).await;
    let accepted = client
        .post_form(&format!("/admin/arrivi/{}/accetta", id.0), &[])
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    eventually(&mut reader, "/buone-pratiche", |b| {
        b.contains("Biblioteca vivente")
    })
    .await;
    app.run_jobs().await;
    let mail = app
        .mail_files()
        .into_iter()
        .find(|m| m.contains("To: dora@example.org"))
        .expect("the sender hears of it");
    assert!(mail.contains("Accettata"));
    assert!(mail.contains("il link personale dell'email di conferma"));
    assert!(
        !mail.contains("/admin/"),
        "no back-office link for the public"
    );
    app.stop().await;
}
