//! The Osservatorio's reports end to end: an analyst uploads a PDF with
//! its metadata; once published it is listed in four languages, its page
//! names the datasets it uses, the file downloads as it was sent, the site
//! search finds it by a word of its text, and its datasets' pages list it.
//! Bad forms and files are refused with the field named and nothing
//! written; only analysts and administrators reach the desk.

use agoral_domain::accounts::Role;
use reqwest::StatusCode;

use crate::harness::{TestApp, TestClient};

/// A one-page PDF whose page shows `words` (ASCII), written by hand with a
/// correct cross-reference table.
fn one_page_pdf(words: &str) -> Vec<u8> {
    let content = if words.is_empty() {
        "0 0 1 rg 72 72 100 100 re f".to_owned()
    } else {
        format!("BT /F1 12 Tf 72 720 Td ({words}) Tj ET")
    };
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
         /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .to_owned(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

async fn analyst(app: &TestApp) -> TestClient {
    let user = app.user("analista@example.org", &[Role::Analyst]).await;
    app.session_for(user.id).await
}

/// The metadata of a valid report, linked to `dataset`.
fn metadata(dataset: &str) -> Vec<(&'static str, String)> {
    vec![
        ("title_it", "Lavoro agricolo stagionale 2024".to_owned()),
        (
            "abstract_it",
            "Chi lavora nei campi della provincia, e con quali contratti.".to_owned(),
        ),
        ("title_en", "Seasonal farm work 2024".to_owned()),
        ("authors", "Anna Rossi, Karim Benali".to_owned()),
        ("published_on", "2025-03-01".to_owned()),
        ("licence", "cc-by-4.0".to_owned()),
        ("datasets", dataset.to_owned()),
        ("published", "on".to_owned()),
    ]
}

async fn send(
    client: &mut TestClient,
    path: &str,
    fields: &[(&'static str, String)],
    file: Option<(&str, &[u8])>,
) -> crate::harness::TestResponse {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (*n, v.as_str())).collect();
    client.post_multipart(path, &fields, file).await
}

/// The id in `/admin/osservatorio/rapporti/{id}?…`.
fn report_id(location: &str) -> i64 {
    location
        .trim_start_matches("/admin/osservatorio/rapporti/")
        .split('?')
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("report address {location}"))
}

/// Files under the media folder's `rapporti/`.
fn stored_files(app: &TestApp) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&app.data_dir().join("media").join("rapporti"), &mut out);
    out
}

/// The page at `path` once `check` holds for it: a change reaches the page
/// cache through the change feed, within a poll or two.
async fn eventually(client: &mut TestClient, path: &str, check: impl Fn(&str) -> bool) -> String {
    for _ in 0..100 {
        let page = client.get(path).await;
        if check(&page.body) {
            return page.body;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{path} never showed what was expected");
}

#[tokio::test]
async fn a_published_report_is_listed_found_downloaded_and_linked() {
    let app = TestApp::builder().demo().build().await;
    let mut client = analyst(&app).await;
    let dataset = app
        .db()
        .dataset_by_slug("permessi-di-soggiorno-2015-2024")
        .await
        .expect("db")
        .expect("demo dataset");
    let dataset_id = dataset.id.0.to_string();

    let form = client.get("/admin/osservatorio/rapporti/nuovo").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("enctype=\"multipart/form-data\""));
    assert!(
        form.body
            .contains(&format!("name=\"datasets\" value=\"{dataset_id}\"")),
        "the datasets to link"
    );

    let pdf = one_page_pdf("Braccianti della vendemmia sulle colline del Gavi");
    let response = send(
        &mut client,
        "/admin/osservatorio/rapporti/nuovo",
        &metadata(&dataset_id),
        Some(("lavoro-agricolo.pdf", &pdf)),
    )
    .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    assert!(response.location().ends_with("?fatto=salvato"));
    let id = report_id(response.location());
    let slug = "lavoro-agricolo-stagionale-2024";
    assert_eq!(
        app.db()
            .count_audit_events("report.saved")
            .await
            .expect("audit"),
        1
    );
    let edit = client.get(response.location()).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(edit.body.contains("lavoro-agricolo.pdf"), "{}", edit.body);
    assert!(edit.body.contains("1 pagina"), "pages counted");
    let list = client.get("/admin/osservatorio/rapporti").await;
    assert!(
        list.body
            .contains(&format!("/admin/osservatorio/rapporti/{id}"))
    );

    // Listed in every language, with its date, authors and abstract.
    let mut reader = app.client();
    for (prefix, title) in [
        ("", "Lavoro agricolo stagionale 2024"),
        ("/en", "Seasonal farm work 2024"),
        ("/fr", "Lavoro agricolo stagionale 2024"),
        ("/ar", "Lavoro agricolo stagionale 2024"),
    ] {
        let page = reader.get(&format!("{prefix}/osservatorio/rapporti")).await;
        assert_eq!(page.status, StatusCode::OK, "{prefix}");
        assert!(page.body.contains(title), "{prefix}: {}", page.body);
        assert!(
            page.body
                .contains(&format!("href=\"{prefix}/osservatorio/rapporti/{slug}\""))
        );
        assert!(page.body.contains("01/03/2025"), "{prefix}");
        assert!(page.body.contains("Anna Rossi, Karim Benali"), "{prefix}");
        // An untranslated abstract is not borrowed for a translated title.
        assert_eq!(
            page.body.contains("Chi lavora nei campi"),
            prefix != "/en",
            "{prefix}"
        );
    }
    let dashboard = reader.get("/osservatorio").await;
    assert!(dashboard.body.contains("href=\"/osservatorio/rapporti\""));

    // Its page: metadata, licence, the dataset it uses and the download.
    let page = reader
        .get(&format!("/en/osservatorio/rapporti/{slug}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Seasonal farm work 2024"));
    assert!(page.body.contains("CC BY 4.0"), "{}", page.body);
    assert!(page.body.contains("rel=\"license\""));
    assert!(
        page.body
            .contains("href=\"/en/osservatorio/dati/permessi-di-soggiorno-2015-2024\""),
        "{}",
        page.body
    );
    assert!(page.body.contains(&format!(
        "href=\"/en/osservatorio/rapporti/{slug}/documento.pdf\""
    )));

    // The file, as it was sent.
    let (status, headers, bytes) = reader
        .get_bytes(&format!("/osservatorio/rapporti/{slug}/documento.pdf"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(
        headers["content-disposition"],
        format!("inline; filename=\"{slug}.pdf\"").as_str()
    );
    assert_eq!(bytes, pdf);

    // The search finds it by a word that is only in the PDF's text.
    let results = reader.get("/cerca?q=vendemmia").await;
    assert!(
        results
            .body
            .contains(&format!("href=\"/osservatorio/rapporti/{slug}\"")),
        "{}",
        results.body
    );
    assert!(results.body.contains("(rapporto)"));
    let results = reader.get("/en/cerca?q=vendemmia+colline").await;
    assert!(
        results
            .body
            .contains(&format!("href=\"/en/osservatorio/rapporti/{slug}\""))
    );
    let results = reader.get("/cerca?q=vendemmia+zafferano").await;
    assert!(
        !results.body.contains("/osservatorio/rapporti/"),
        "every word must match"
    );

    // The dataset's page lists the report.
    let page = reader
        .get("/osservatorio/dati/permessi-di-soggiorno-2015-2024")
        .await;
    assert!(
        page.body
            .contains(&format!("href=\"/osservatorio/rapporti/{slug}\"")),
        "{}",
        page.body
    );

    // A new file replaces the old one, which leaves the store; a browser
    // sends an empty file part when none is chosen.
    assert_eq!(stored_files(&app).len(), 1);
    let second = one_page_pdf("Seconda edizione con i dati della mietitura");
    let path = format!("/admin/osservatorio/rapporti/{id}");
    let response = send(
        &mut client,
        &path,
        &metadata(&dataset_id),
        Some(("seconda.pdf", &second)),
    )
    .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let (_, _, bytes) = reader
        .get_bytes(&format!("/osservatorio/rapporti/{slug}/documento.pdf"))
        .await;
    assert_eq!(bytes, second);
    assert_eq!(stored_files(&app).len(), 1, "the old file is gone");
    // The old text is gone from the search, the new one is there.
    eventually(&mut reader, "/cerca?q=vendemmia", |body| {
        !body.contains("/osservatorio/rapporti/")
    })
    .await;
    eventually(&mut reader, "/cerca?q=mietitura", |body| {
        body.contains("/osservatorio/rapporti/")
    })
    .await;

    // Unpublished: gone from the public site, file included.
    let mut fields = metadata(&dataset_id);
    fields.retain(|(name, _)| *name != "published");
    let response = send(&mut client, &path, &fields, Some(("", b""))).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    eventually(&mut reader, "/osservatorio/rapporti", |body| {
        !body.contains(slug)
    })
    .await;
    for tail in ["", "/documento.pdf"] {
        let (status, _, _) = reader
            .get_bytes(&format!("/osservatorio/rapporti/{slug}{tail}"))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{tail}");
    }
    eventually(
        &mut reader,
        "/osservatorio/dati/permessi-di-soggiorno-2015-2024",
        |body| !body.contains("/osservatorio/rapporti/"),
    )
    .await;
    let kept = client
        .get(&format!("/admin/osservatorio/rapporti/{id}"))
        .await;
    assert!(kept.body.contains("seconda.pdf"), "the file was kept");
    app.stop().await;
}

/// What goes wrong, the fields and file sent, the field blamed and a
/// part of the message shown.
type BadCase = (
    &'static str,
    Vec<(&'static str, String)>,
    Option<(&'static str, Vec<u8>)>,
    &'static str,
    &'static str,
);

#[tokio::test]
async fn bad_forms_and_files_are_refused_and_nothing_is_written() {
    let app = TestApp::builder()
        .setting("max_upload_bytes", "1048576")
        .build()
        .await;
    let mut client = analyst(&app).await;
    let pdf = one_page_pdf("Testo del rapporto");
    let valid = metadata("");
    let with = |name: &'static str, value: &str| -> Vec<(&'static str, String)> {
        let mut fields: Vec<(&'static str, String)> = valid
            .iter()
            .filter(|(n, _)| *n != name && *n != "datasets")
            .cloned()
            .collect();
        fields.push((name, value.to_owned()));
        fields
    };
    let mut oversized = b"%PDF-1.4\n".to_vec();
    oversized.resize(1024 * 1024 + 10, b'x');
    let html = b"<!doctype html><html><body>Non sono un PDF</body></html>".to_vec();
    let cases: Vec<BadCase> = vec![
        (
            "missing title",
            with("title_it", ""),
            Some(("r.pdf", pdf.clone())),
            "title_it",
            "Campo obbligatorio.",
        ),
        (
            "bad date",
            with("published_on", "2025-02-30"),
            Some(("r.pdf", pdf.clone())),
            "published_on",
            "Scrivi una data valida",
        ),
        (
            "not a PDF, whatever its name",
            with("authors", "Anna Rossi"),
            Some(("rapporto.pdf", html)),
            "file",
            "Il file non è un PDF",
        ),
        (
            "a PDF that does not open",
            with("authors", "Anna Rossi"),
            Some(("rotto.pdf", b"%PDF-1.7\n\x00\x01 niente".to_vec())),
            "file",
            "non si riesce ad aprirlo",
        ),
        (
            "oversized",
            with("authors", "Anna Rossi"),
            Some(("grande.pdf", oversized)),
            "file",
            "più grande del massimo",
        ),
        (
            "no file",
            with("authors", "Anna Rossi"),
            None,
            "file",
            "Scegli il file PDF",
        ),
        (
            "unknown dataset",
            with("datasets", "999"),
            Some(("r.pdf", pdf.clone())),
            "datasets",
            "Scegli una delle opzioni",
        ),
    ];
    for (what, fields, file, field, message) in cases {
        let response = send(
            &mut client,
            "/admin/osservatorio/rapporti/nuovo",
            &fields,
            file.as_ref().map(|(n, b)| (*n, b.as_slice())),
        )
        .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{what}: {}",
            response.body
        );
        let error_at = response
            .body
            .find(&format!("id=\"{field}-error\""))
            .unwrap_or_else(|| panic!("{what}: no error on {field}: {}", response.body));
        assert!(
            response.body[error_at..].contains(message),
            "{what}: {}",
            response.body
        );
        if field != "title_it" {
            assert!(
                response
                    .body
                    .contains("value=\"Lavoro agricolo stagionale 2024\""),
                "{what}: what was typed is shown again"
            );
        }
    }
    assert!(app.db().reports(false).await.expect("db").is_empty());
    assert!(stored_files(&app).is_empty(), "no file was kept");
    assert_eq!(
        app.db()
            .count_audit_events("report.saved")
            .await
            .expect("audit"),
        0
    );

    // A taken address: the second report is refused and leaves no file.
    let fields = with("authors", "Anna Rossi");
    let first = send(
        &mut client,
        "/admin/osservatorio/rapporti/nuovo",
        &fields,
        Some(("r.pdf", &pdf)),
    )
    .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let again = send(
        &mut client,
        "/admin/osservatorio/rapporti/nuovo",
        &fields,
        Some(("r.pdf", &pdf)),
    )
    .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("id=\"slug-error\""));
    assert_eq!(app.db().reports(false).await.expect("db").len(), 1);
    assert_eq!(stored_files(&app).len(), 1);

    // Editing with a bad file keeps the report and its file as they were.
    let path = format!(
        "/admin/osservatorio/rapporti/{}",
        report_id(first.location())
    );
    let response = send(
        &mut client,
        &path,
        &with("title_it", "Titolo nuovo"),
        Some(("r.pdf", b"GIF89a")),
    )
    .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reports = app.db().reports(false).await.expect("db");
    assert_eq!(
        reports[0].input.texts[0].1.title,
        "Lavoro agricolo stagionale 2024"
    );
    assert_eq!(stored_files(&app).len(), 1);
    app.stop().await;
}

#[tokio::test]
async fn a_pdf_without_text_is_kept_and_the_analyst_told() {
    let app = TestApp::new().await;
    let mut client = analyst(&app).await;
    let scan = one_page_pdf("");
    let mut fields = metadata("");
    fields.retain(|(name, _)| *name != "datasets");
    let response = send(
        &mut client,
        "/admin/osservatorio/rapporti/nuovo",
        &fields,
        Some(("scansione.pdf", &scan)),
    )
    .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    assert!(response.location().ends_with("?fatto=senza-testo"));
    let page = client.get(response.location()).await;
    assert!(
        page.body
            .contains("Rapporto salvato, ma dal PDF non si è potuto leggere alcun testo"),
        "{}",
        page.body
    );
    assert!(page.body.contains("alert-warning"), "and it stays said");
    // Still found by its title.
    let results = app.client().get("/cerca?q=stagionale").await;
    assert!(
        results
            .body
            .contains("href=\"/osservatorio/rapporti/lavoro-agricolo-stagionale-2024\"")
    );
    app.stop().await;
}

#[tokio::test]
async fn only_analysts_and_administrators_reach_the_reports_desk() {
    let app = TestApp::new().await;
    let author = app.user("autrice@example.org", &[Role::Author]).await;
    let mut client = app.session_for(author.id).await;
    for path in [
        "/admin/osservatorio/rapporti",
        "/admin/osservatorio/rapporti/nuovo",
        "/admin/osservatorio/rapporti/1",
    ] {
        assert_eq!(
            client.get(path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let pdf = one_page_pdf("Testo");
    for path in [
        "/admin/osservatorio/rapporti/nuovo",
        "/admin/osservatorio/rapporti/1",
    ] {
        let response = send(&mut client, path, &metadata(""), Some(("r.pdf", &pdf))).await;
        assert_eq!(response.status, StatusCode::FORBIDDEN, "{path}");
    }
    assert!(app.db().reports(false).await.expect("db").is_empty());
    let admin = app
        .user("amministratrice@example.org", &[Role::Administrator])
        .await;
    let mut admin = app.session_for(admin.id).await;
    assert_eq!(
        admin.get("/admin/osservatorio/rapporti").await.status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn a_backup_keeps_reports_their_files_and_their_datasets() {
    let source = TestApp::builder().demo().build().await;
    let mut client = analyst(&source).await;
    let dataset = source
        .db()
        .dataset_by_slug("permessi-di-soggiorno-2015-2024")
        .await
        .expect("db")
        .expect("demo dataset");
    let pdf = one_page_pdf("Relazione sui tirocini in vigna");
    let response = send(
        &mut client,
        "/admin/osservatorio/rapporti/nuovo",
        &metadata(&dataset.id.0.to_string()),
        Some(("tirocini.pdf", &pdf)),
    )
    .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let file = source.data_dir().join("copia.tar.gz");
    let manifest = agoral_web::cli::backup::write_backup(
        source.db(),
        &source.state().media,
        &file,
        &mut |_, _, _| {},
    )
    .await
    .expect("backup");
    assert_eq!(manifest.tables["reports"], 1);
    assert_eq!(manifest.tables["report_datasets"], 1);
    assert!(manifest.tables["dataset_rows"] > 0, "datasets are kept too");
    let content = agoral_web::cli::backup::read_backup(&file).expect("a valid backup");

    let target = TestApp::new().await;
    agoral_web::cli::backup::restore_into(target.db(), &target.state().media, content, false)
        .await
        .expect("restore");
    let mut reader = target.client();
    let slug = "lavoro-agricolo-stagionale-2024";
    let (status, _, bytes) = reader
        .get_bytes(&format!("/osservatorio/rapporti/{slug}/documento.pdf"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, pdf);
    let page = reader.get(&format!("/osservatorio/rapporti/{slug}")).await;
    assert!(
        page.body
            .contains("href=\"/osservatorio/dati/permessi-di-soggiorno-2015-2024\""),
        "{}",
        page.body
    );
    eventually(&mut reader, "/cerca?q=tirocini", |body| {
        body.contains(&format!("/osservatorio/rapporti/{slug}"))
    })
    .await;
    source.stop().await;
    target.stop().await;
}
