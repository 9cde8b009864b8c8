//! The Osservatorio end to end: an analyst describes a dataset, uploads a
//! messy file, corrects the preview and imports it with a progress page;
//! bad files are refused with the row, column and value and leave the
//! previous version as it was; versions say what changed; charts, the map,
//! the dashboard, the embeddable page, the downloads, the API and the
//! DCAT-AP_IT catalogue (validated with pySHACL) show the result.

use agoral_domain::{accounts::Role, organisations::OrganisationInput};
use reqwest::StatusCode;

use crate::harness::{TestApp, TestClient, field_value};

/// A Latin-1, semicolon-separated export as ministries send them: a title
/// line, decimal commas, thousands separators, missing values, a cell that
/// would be a spreadsheet formula, and a footer.
fn messy_csv() -> Vec<u8> {
    let text = "Stranieri residenti per comune (fonte: elaborazione)\n\
                \n\
                codice;comune;anno;residenti;quota\n\
                006003;Alessandria;2023;1.234;12,5\n\
                006039;Casale Monferrato;2023;987;n.d.\n\
                006114;Novi Ligure;2023;2.001;7,25\n\
                006001;Acqui Terme;2023;-;3,0\n\
                006174;Tortona;2023;1.500;=1+2\n\
                \n\
                Fonte: ISTAT\n";
    // "Città" in the title, in Latin-1.
    let mut bytes: Vec<u8> = Vec::new();
    for c in text.replace("(fonte", "(Città, fonte").chars() {
        let code = c as u32;
        assert!(code < 256, "Latin-1 text");
        bytes.push(code as u8);
    }
    bytes
}

async fn analyst(app: &TestApp) -> TestClient {
    let user = app.user("analista@example.org", &[Role::Analyst]).await;
    app.session_for(user.id).await
}

async fn organisation(app: &TestApp) -> i64 {
    let input = OrganisationInput::parse("ISTAT", "altro", "006003", "", false).expect("valid");
    app.db()
        .create_organisation(&input)
        .await
        .expect("organisation")
        .0
}

/// Creates a published dataset through the form; returns its id.
async fn create_dataset(client: &mut TestClient, publisher: i64, slug: &str) -> i64 {
    let publisher = publisher.to_string();
    let response = client
        .post_form(
            "/admin/osservatorio/dati/nuovo",
            &[
                ("title_it", "Stranieri residenti per comune"),
                ("description_it", "Prova di importazione."),
                ("keywords_it", "stranieri, comuni"),
                ("title_ar", "المقيمون الأجانب حسب البلدية"),
                ("slug", slug),
                ("publisher_id", &publisher),
                ("themes", "SOCI"),
                ("themes", "REGI"),
                ("licence", "cc-by-4.0"),
                ("frequency", "ANNUAL"),
                ("temporal_start", "2023-01-01"),
                ("temporal_end", "2023-12-31"),
                ("spatial", "006"),
                ("contact_name", "Osservatorio"),
                ("contact_email", "osservatorio@example.org"),
                ("source_url", "https://esploradati.istat.it/"),
                ("attribution", "Fonte: ISTAT"),
                ("published", "on"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let location = response.location().to_owned();
    location
        .trim_start_matches("/admin/osservatorio/dati/")
        .split('?')
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("dataset address {location}"))
}

/// Uploads a file; returns the preview page's address.
async fn upload(client: &mut TestClient, dataset: i64, name: &str, bytes: &[u8]) -> String {
    let response = client
        .post_multipart(
            &format!("/admin/osservatorio/dati/{dataset}/carica"),
            &[],
            Some((name, bytes)),
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let location = response.location().to_owned();
    assert!(location.contains("/anteprima/"), "{location}");
    location
}

/// The preview form's fields as shown (the detected settings and types).
fn preview_fields(html: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    for name in ["delimiter", "encoding", "decimal"] {
        let value = selected(html, name).unwrap_or_else(|| panic!("{name} in {html}"));
        fields.push((name.to_owned(), value));
    }
    fields.push((
        "header_row".to_owned(),
        field_value(html, "header_row").expect("header row"),
    ));
    for i in 0.. {
        let name = format!("type_{i}");
        match selected(html, &name) {
            Some(value) => fields.push((name, value)),
            None => break,
        }
    }
    fields
}

/// The selected option of a `<select name=…>`.
fn selected(html: &str, name: &str) -> Option<String> {
    let start = html.find(&format!("name=\"{name}\""))?;
    let end = start + html[start..].find("</select>")?;
    let select = &html[start..end];
    let at = select.find(" selected")?;
    let before = &select[..at];
    let value_at = before.rfind("value=\"")? + 7;
    let value_end = value_at + before[value_at..].find('"')?;
    Some(before[value_at..value_end].to_owned())
}

async fn import(
    app: &TestApp,
    client: &mut TestClient,
    preview: &str,
    changes: &[(&str, &str)],
) -> TestResponse {
    let page = client.get(preview).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut fields = preview_fields(&page.body);
    for (name, value) in changes {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = (*value).to_owned(),
            None => fields.push(((*name).to_owned(), (*value).to_owned())),
        }
    }
    fields.push(("action".to_owned(), "importa".to_owned()));
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let response = client.post_form(preview, &refs).await;
    if response.status == StatusCode::SEE_OTHER {
        app.run_jobs().await;
    }
    response
}

use crate::harness::TestResponse;

#[tokio::test]
async fn an_analyst_imports_a_messy_csv_after_correcting_the_preview() {
    let app = TestApp::new().await;
    let publisher = organisation(&app).await;
    let mut client = analyst(&app).await;
    let dataset = create_dataset(&mut client, publisher, "stranieri-per-comune").await;

    let preview = upload(&mut client, dataset, "stranieri.csv", &messy_csv()).await;
    let page = client.get(&preview).await;
    assert_eq!(page.status, StatusCode::OK);
    // Detected: semicolons, Latin-1, decimal commas, the header after the title.
    assert_eq!(
        selected(&page.body, "delimiter").as_deref(),
        Some("semicolon")
    );
    assert_eq!(
        selected(&page.body, "encoding").as_deref(),
        Some("windows1252")
    );
    assert_eq!(selected(&page.body, "decimal").as_deref(), Some("comma"));
    assert!(
        page.body.contains("Casale Monferrato"),
        "the sample is shown"
    );
    assert_eq!(
        selected(&page.body, "type_0").as_deref(),
        Some("istat_code")
    );
    assert_eq!(selected(&page.body, "type_2").as_deref(), Some("year"));
    assert_eq!(selected(&page.body, "type_3").as_deref(), Some("integer"));
    // Nothing is written by a preview.
    assert!(
        app.db()
            .versions(agoral_domain::observatory::dataset::DatasetId(dataset))
            .await
            .expect("db")
            .is_empty()
    );

    // The "quota" column holds a formula-like text: the analyst keeps it as text.
    let response = import(&app, &mut client, &preview, &[("type_4", "text")]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let version_page = response.location().to_owned();
    assert!(version_page.ends_with("/versioni/1"), "{version_page}");
    let page = client.get(&version_page).await;
    assert!(page.body.contains("id=\"import-done\""), "{}", page.body);
    assert!(page.body.contains("5"), "five rows");

    // The public page, the downloads and the API.
    let mut reader = app.client();
    let page = reader.get("/osservatorio/dati/stranieri-per-comune").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Novi Ligure"));
    assert!(page.body.contains("Fonte: ISTAT"));
    let csv = reader
        .get("/osservatorio/dati/stranieri-per-comune/dati.csv")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.body.starts_with("codice,comune,anno,residenti,quota\n"),
        "{}",
        csv.body
    );
    assert!(
        csv.body.contains("006003,Alessandria,2023,1234,\"12,5\""),
        "{}",
        csv.body
    );
    assert!(
        csv.body.contains("006001,Acqui Terme,2023,,"),
        "a missing value is empty: {}",
        csv.body
    );
    assert!(
        csv.body.contains("'=1+2"),
        "formulas are neutralised: {}",
        csv.body
    );
    assert!(!csv.body.contains(",=1+2"), "{}", csv.body);
    let json = reader
        .get("/osservatorio/dati/stranieri-per-comune/dati.json")
        .await;
    let rows: serde_json::Value = serde_json::from_str(&json.body).expect("JSON");
    assert_eq!(rows.as_array().map(Vec::len), Some(5));
    assert_eq!(rows[0]["codice"], "006003", "codes keep their zeros");
    assert_eq!(rows[0]["residenti"], 1234);
    assert!(
        rows[1]["quota"].is_null() || rows[1]["quota"] == "n.d.",
        "{}",
        rows[1]
    );

    let api = reader
        .get("/api/datasets/stranieri-per-comune/rows?comune=Novi+Ligure")
        .await;
    let body: serde_json::Value = serde_json::from_str(&api.body).expect("JSON");
    assert_eq!(body["total"], 1, "{body}");
    assert_eq!(body["rows"][0]["residenti"], 2001);
    let api = reader
        .get("/api/datasets/stranieri-per-comune/rows?per_page=2&page=3")
        .await;
    let body: serde_json::Value = serde_json::from_str(&api.body).expect("JSON");
    assert_eq!(body["total"], 5);
    assert_eq!(body["rows"].as_array().map(Vec::len), Some(1));
    for bad in ["page=0", "per_page=5000", "nonexistent=1", "version=x"] {
        let api = reader
            .get(&format!("/api/datasets/stranieri-per-comune/rows?{bad}"))
            .await;
        assert_eq!(api.status, StatusCode::BAD_REQUEST, "{bad}: {}", api.body);
        assert!(api.body.contains("\"error\""), "{bad}");
    }
    app.stop().await;
}

#[tokio::test]
async fn a_bad_row_is_named_and_the_previous_version_stays() {
    let app = TestApp::new().await;
    let publisher = organisation(&app).await;
    let mut client = analyst(&app).await;
    let dataset = create_dataset(&mut client, publisher, "prova").await;
    let good = b"anno,valore\n2020,10\n2021,12\n2022,15\n";
    let preview = upload(&mut client, dataset, "v1.csv", good).await;
    let response = import(&app, &mut client, &preview, &[]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);

    // Version 2: one value that is not a whole number, far down the file;
    // the analyst says the column holds whole numbers.
    let mut bad = String::from("anno,valore\n");
    for year in 1900..2500 {
        bad.push_str(&format!("{year},{}\n", year - 1800));
    }
    bad.push_str("2500,12x\n");
    let preview = upload(&mut client, dataset, "v2.csv", bad.as_bytes()).await;
    let response = import(&app, &mut client, &preview, &[("type_1", "integer")]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let page = client.get(response.location()).await;
    assert!(page.body.contains("id=\"import-failed\""), "{}", page.body);
    assert!(
        page.body.contains("riga 602"),
        "the line as a spreadsheet counts it: {}",
        page.body
    );
    assert!(page.body.contains("«valore»"), "{}", page.body);
    assert!(page.body.contains("«12x»"), "{}", page.body);

    // Nothing of version 2 is left; version 1 is still the one shown.
    let id = agoral_domain::observatory::dataset::DatasetId(dataset);
    let versions = app.db().versions(id).await.expect("db");
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0].row_count, 0);
    assert_eq!(
        app.db()
            .count_version_rows(versions[0].id, &[])
            .await
            .expect("db"),
        0
    );
    let current = app
        .db()
        .dataset(id)
        .await
        .expect("db")
        .expect("dataset")
        .current_version;
    assert_eq!(current, Some(versions[1].id));
    let csv = app.client().get("/osservatorio/dati/prova/dati.csv").await;
    assert_eq!(csv.body, "anno,valore\n2020,10\n2021,12\n2022,15\n");

    // Version 3 changes rows and adds a column: the page says what changed.
    let v3 = b"anno,valore,note\n2021,12,\n2022,15,\n2023,18,nuovo\n";
    let preview = upload(&mut client, dataset, "v3.csv", v3).await;
    let response = import(&app, &mut client, &preview, &[]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let page = app.client().get("/osservatorio/dati/prova").await;
    assert!(
        page.body.contains("colonna aggiunta: note"),
        "{}",
        page.body
    );
    assert!(page.body.contains("3 righe aggiunte"), "{}", page.body);
    assert!(page.body.contains("3 righe tolte"), "{}", page.body);
    // Earlier versions stay downloadable.
    let old = app
        .client()
        .get("/osservatorio/dati/prova/versioni/1/dati.csv")
        .await;
    assert_eq!(old.body, "anno,valore\n2020,10\n2021,12\n2022,15\n");
    let failed = app
        .client()
        .get("/osservatorio/dati/prova/versioni/2/dati.csv")
        .await;
    assert_eq!(failed.status, StatusCode::NOT_FOUND);
    app.stop().await;
}

#[tokio::test]
async fn hostile_and_oversized_files_are_refused_and_leave_nothing() {
    let app = TestApp::builder()
        .setting("max_dataset_bytes", "65536")
        .build()
        .await;
    let publisher = organisation(&app).await;
    let mut client = analyst(&app).await;
    let dataset = create_dataset(&mut client, publisher, "ostile").await;
    let imports = app.data_dir().join("imports");
    let leftovers = || {
        std::fs::read_dir(&imports)
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };

    // Too large: refused while it arrives, nothing kept.
    let big = vec![b'a'; 100_000];
    let response = client
        .post_multipart(
            &format!("/admin/osservatorio/dati/{dataset}/carica"),
            &[],
            Some(("big.csv", &big)),
        )
        .await;
    assert_eq!(
        response.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        response.body
    );
    assert!(
        response.body.contains("più grande del massimo"),
        "{}",
        response.body
    );
    assert!(leftovers().is_empty(), "{:?}", leftovers());

    // Without the anti-forgery token first: refused, nothing kept.
    let other = app.user("analista2@example.org", &[Role::Analyst]).await;
    let mut forger = app.session_for(other.id).await;
    forger.csrf = Some("x".repeat(43));
    let response = forger
        .post_multipart(
            &format!("/admin/osservatorio/dati/{dataset}/carica"),
            &[],
            Some(("a.csv", b"a,b\n1,2\n")),
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN, "{}", response.body);
    assert!(leftovers().is_empty(), "{:?}", leftovers());

    // An HTML page saved as .csv, a binary file, an empty file, a zip that is
    // not a workbook: each is named on the preview or refused, and no
    // version is written.
    let cases: [(&str, &[u8]); 3] = [
        (
            "pagina.csv",
            b"<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>",
        ),
        ("binario.csv", b"\x00\x01\x02\x03ciao\x00"),
        ("finto.xlsx", b"PK\x03\x04not really a zip at all"),
    ];
    for (name, bytes) in cases {
        let response = client
            .post_multipart(
                &format!("/admin/osservatorio/dati/{dataset}/carica"),
                &[],
                Some((name, bytes)),
            )
            .await;
        let shown = if response.status == StatusCode::SEE_OTHER {
            client.get(response.location()).await
        } else {
            response
        };
        assert!(
            shown.body.contains("id=\"import-problem\"") || shown.body.contains("alert-danger"),
            "{name}: {}",
            shown.body
        );
        assert!(
            !shown.body.contains("name=\"action\" value=\"importa\""),
            "{name}: cannot be imported"
        );
    }
    // The preview form sent back with values it never offered.
    let preview = upload(&mut client, dataset, "buono.csv", b"anno,valore\n2020,1\n").await;
    for (field, value, message) in [
        ("delimiter", "pipe", "Scegli una delle opzioni proposte."),
        ("encoding", "ebcdic", "Scegli una delle opzioni proposte."),
        ("header_row", "999", "Scrivi un numero di righe da 0 a 50."),
        ("type_0", "colore", "Scegli una delle opzioni proposte."),
    ] {
        let response = import(&app, &mut client, &preview, &[(field, value)]).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert!(
            response.body.contains(message),
            "{field}: {}",
            response.body
        );
    }
    let empty = client
        .post_multipart(
            &format!("/admin/osservatorio/dati/{dataset}/carica"),
            &[],
            Some(("vuoto.csv", b"")),
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let id = agoral_domain::observatory::dataset::DatasetId(dataset);
    assert!(app.db().versions(id).await.expect("db").is_empty());
    app.stop().await;
}

#[tokio::test]
async fn bad_metadata_is_shown_again_with_its_errors() {
    let app = TestApp::new().await;
    organisation(&app).await;
    let mut client = analyst(&app).await;
    let long = "x".repeat(400);
    let response = client
        .post_form(
            "/admin/osservatorio/dati/nuovo",
            &[
                ("title_it", &long),
                ("description_it", "Testo che resta."),
                ("publisher_id", "999999"),
                ("themes", "NOPE"),
                ("licence", "proprietaria"),
                ("frequency", "ANNUAL"),
                ("temporal_start", "2024-01-01"),
                ("temporal_end", "2023-01-01"),
                ("spatial", "999999"),
                ("contact_name", ""),
                ("contact_email", "non-una-email"),
                ("source_url", "javascript:alert(1)"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in [
        "title_it",
        "publisher_id",
        "themes",
        "licence",
        "temporal_end",
        "spatial",
        "contact_name",
        "contact_email",
        "source_url",
    ] {
        assert!(
            response.body.contains(&format!("id=\"{field}-error\"")),
            "{field}: {}",
            response.body
        );
    }
    assert!(
        response.body.contains("Testo che resta."),
        "nothing typed is lost"
    );
    assert!(app.db().datasets(false).await.expect("db").is_empty());
    app.stop().await;
}

/// Writes `body` to a file and validates it with pySHACL against the
/// DCAT-AP shapes and the NDC rules.
fn validate_catalogue(body: &str, format: &str, ext: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(format!("catalog.{ext}"));
    std::fs::write(&path, body).expect("write");
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/it/opendata/validate_dcat.py"
    );
    let output = std::process::Command::new("python3")
        .arg(script)
        .arg(&path)
        .arg(format)
        .output()
        .expect("python3 runs (scripts/test installs pyshacl)");
    assert!(
        output.status.success(),
        "the {format} catalogue does not conform:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test]
async fn the_demo_dashboard_charts_map_catalogue_and_embeds() {
    let app = TestApp::builder().demo().build().await;
    let mut reader = app.client();

    // The dashboard: key figures with their source, and the charts.
    let page = reader.get("/osservatorio").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("agoral-figure"), "{}", page.body);
    assert!(
        page.body.contains("46.945")
            || page.body.contains("46945")
            || page.body.contains("Stranieri residenti"),
        "{}",
        page.body
    );
    assert!(page.body.contains("ISTAT"), "sources are shown");
    assert!(
        page.body.matches("<svg").count() >= 5,
        "five charts and the map"
    );
    assert!(page.body.contains("role=\"img\""));
    assert!(page.body.contains("<table"), "each chart has its table");
    // The choropleth: every comune, linked to its page.
    assert!(
        page.body.matches("<a href=\"/comuni/006").count() >= 180,
        "the comuni link to their pages"
    );

    // In Arabic: right to left, translated titles, Arabic separators.
    let page = reader.get("/ar/osservatorio").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("dir=\"rtl\""));
    assert!(
        page.body.contains("تصاريح الإقامة السارية"),
        "translated chart titles"
    );
    assert!(
        page.body.contains("/ar/comuni/006"),
        "map links in the reader's language"
    );

    // A chart page: the picture, its table, downloads and the embed code.
    let page = reader
        .get("/osservatorio/grafici/permessi-di-soggiorno-nel-tempo")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<title"), "the SVG is named");
    assert!(page.body.contains("<desc"), "and described");
    assert!(page.body.contains("2024"), "{}", page.body);
    assert!(
        page.body
            .contains("/embed/grafici/permessi-di-soggiorno-nel-tempo")
    );
    assert!(
        page.body
            .contains("[[grafico permessi-di-soggiorno-nel-tempo]]")
    );
    assert_eq!(page.header("x-frame-options"), "DENY");
    let csv = reader
        .get("/osservatorio/grafici/permessi-di-soggiorno-nel-tempo/dati.csv")
        .await;
    assert!(
        csv.body.starts_with("TIME_PERIOD,OBS_VALUE\n2015,"),
        "{}",
        csv.body
    );
    let svg = reader
        .get("/osservatorio/grafici/permessi-di-soggiorno-nel-tempo/grafico.svg")
        .await;
    assert_eq!(svg.header("content-type"), "image/svg+xml");
    assert!(svg.body.starts_with("<svg"));

    // The embeddable page may be framed by other sites; no other page may.
    let embed = reader
        .get("/embed/grafici/permessi-di-soggiorno-nel-tempo")
        .await;
    assert_eq!(embed.status, StatusCode::OK);
    assert!(
        embed
            .header("content-security-policy")
            .contains("frame-ancestors *")
    );
    assert_eq!(embed.header("x-frame-options"), "");
    assert!(
        !embed.body.contains("agoral-nav"),
        "no site frame in an embed"
    );
    // Answered again from the page cache, with the page's own headers.
    let again = reader
        .get("/embed/grafici/permessi-di-soggiorno-nel-tempo")
        .await;
    assert_eq!(again.header("x-cache"), "hit");
    assert!(
        again
            .header("content-security-policy")
            .contains("frame-ancestors *")
    );
    assert_eq!(again.header("x-frame-options"), "");
    assert_eq!(again.body, embed.body);

    // The catalogue in three syntaxes, each valid against the shapes.
    for (path, format, ext, content_type) in [
        ("/opendata/catalog.ttl", "turtle", "ttl", "text/turtle"),
        ("/opendata/catalog.rdf", "xml", "rdf", "application/rdf+xml"),
        (
            "/opendata/catalog.jsonld",
            "json-ld",
            "jsonld",
            "application/ld+json",
        ),
    ] {
        let response = reader.get(path).await;
        assert_eq!(response.status, StatusCode::OK, "{path}");
        assert!(
            response.header("content-type").starts_with(content_type),
            "{path}"
        );
        assert!(
            response.body.contains("permessi-di-soggiorno-2015-2024"),
            "{path}"
        );
        validate_catalogue(&response.body, format, ext);
    }

    // The site search names matching datasets and charts, in any language.
    let page = reader.get("/cerca?q=permesso+soggiorno").await;
    assert!(
        page.body.contains("Dati dell&#39;Osservatorio")
            || page.body.contains("Dati dell'Osservatorio"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("href=\"/osservatorio/dati/permessi-di-soggiorno-2015-2024\""),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("href=\"/osservatorio/grafici/permessi-di-soggiorno-nel-tempo\"")
    );
    let page = reader.get("/ar/cerca?q=%D8%AA%D8%B5%D8%A7%D8%B1%D9%8A%D8%AD+%D8%A7%D9%84%D8%A5%D9%82%D8%A7%D9%85%D8%A9").await;
    assert!(
        page.body
            .contains("/ar/osservatorio/grafici/permessi-di-soggiorno-nel-tempo"),
        "Arabic words find the Arabic titles"
    );

    // The API lists the datasets with their metadata.
    let api = reader.get("/api/datasets").await;
    let body: serde_json::Value = serde_json::from_str(&api.body).expect("JSON");
    assert_eq!(body["datasets"].as_array().map(Vec::len), Some(5), "{body}");
    let one = reader
        .get("/api/datasets/permessi-di-soggiorno-2015-2024")
        .await;
    let body: serde_json::Value = serde_json::from_str(&one.body).expect("JSON");
    assert_eq!(body["licence"], "cc-by-4.0");
    assert_eq!(body["current_version"]["rows"], 180);
    app.stop().await;
}

#[tokio::test]
async fn an_analyst_makes_a_chart_that_a_story_embeds() {
    let app = TestApp::builder().demo().build().await;
    let mut client = analyst(&app).await;
    let dataset = app
        .db()
        .dataset_by_slug("stranieri-residenti-per-cittadinanza-2023")
        .await
        .expect("db")
        .expect("demo dataset");
    let id = dataset.id.0.to_string();
    let base = [
        ("dataset_id", id.as_str()),
        ("kind", "bar"),
        ("category", "cittadinanza"),
        (
            "filters",
            "tipo_riga=paese\ncittadinanza=Romania|Albania|Marocco",
        ),
        ("title_it", "Tre cittadinanze, maschi e femmine"),
        ("slug", "tre-cittadinanze"),
        ("published", "on"),
    ];

    // A chart of a text column is refused, with the form kept.
    let mut fields = base.to_vec();
    fields.push(("values", "territorio"));
    let response = client
        .post_form("/admin/osservatorio/grafici/nuovo", &fields)
        .await;
    assert_eq!(
        response.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        response.body
    );
    assert!(
        response.body.contains("non contiene numeri"),
        "{}",
        response.body
    );
    assert!(response.body.contains("Tre cittadinanze, maschi e femmine"));

    // A share of a total that cannot be worked out: named, nothing saved.
    let mut fields = base.to_vec();
    fields.push(("values", "totale"));
    fields.push(("share_dataset", "popolazione-dei-comuni"));
    fields.push(("share_value", "nome"));
    fields.push(("share_category", "Romania"));
    let response = client
        .post_form("/admin/osservatorio/grafici/nuovo", &fields)
        .await;
    assert_eq!(
        response.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        response.body
    );
    assert!(
        response.body.contains("id=\"share_dataset-error\""),
        "{}",
        response.body
    );
    assert!(
        response.body.contains("non contiene numeri"),
        "{}",
        response.body
    );
    fields.pop();
    let response = client
        .post_form("/admin/osservatorio/grafici/nuovo", &fields)
        .await;
    assert!(
        response
            .body
            .contains("servono il dataset, la colonna e la categoria"),
        "{}",
        response.body
    );

    // Two value columns as two series; the preview draws before saving.
    let mut fields = base.to_vec();
    fields.push(("values", "maschi"));
    fields.push(("values", "femmine"));
    let mut preview = fields.clone();
    preview.push(("action", "anteprima"));
    let response = client
        .post_form("/admin/osservatorio/grafici/nuovo", &preview)
        .await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.body.contains("<svg"), "{}", response.body);
    assert!(
        app.db()
            .chart_by_slug("tre-cittadinanze")
            .await
            .expect("db")
            .is_none()
    );
    let response = client
        .post_form("/admin/osservatorio/grafici/nuovo", &fields)
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);

    let page = app
        .client()
        .get("/osservatorio/grafici/tre-cittadinanze")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Romania") && page.body.contains("Marocco"));
    assert!(
        page.body.contains("5.712"),
        "Italian number format: {}",
        page.body
    );
    let page = app
        .client()
        .get("/en/osservatorio/grafici/tre-cittadinanze")
        .await;
    assert!(page.body.contains("5,712"), "English number format");

    // A story cites it by its address; a wrong address is refused.
    let editor = app
        .user("caporedattrice@example.org", &[Role::Editor])
        .await;
    let mut editor = app.session_for(editor.id).await;
    let wrong = editor
        .post_form(
            "/admin/articoli/nuovo",
            &[
                ("title", "I numeri delle cittadinanze"),
                ("body", "Ecco:\n\n[[grafico non-esiste]]\n"),
                ("level", "locale"),
            ],
        )
        .await;
    assert_eq!(
        wrong.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        wrong.body
    );
    assert!(
        wrong.body.contains("cita un grafico che non esiste"),
        "{}",
        wrong.body
    );
    assert!(
        wrong.body.contains("[[grafico non-esiste]]"),
        "the text is kept"
    );
    let response = editor
        .post_form(
            "/admin/articoli/nuovo",
            &[
                ("title", "I numeri delle cittadinanze"),
                ("standfirst", "Che cosa dicono i dati."),
                (
                    "body",
                    "Ecco i dati:\n\n[[grafico tre-cittadinanze]]\n\nFine.",
                ),
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
    let id: i64 = path
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("id");
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
        .get("/articoli/i-numeri-delle-cittadinanze")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("agoral-story-chart"), "{}", page.body);
    assert!(page.body.contains("Marocco"));
    assert!(
        page.body
            .contains("href=\"/osservatorio/grafici/tre-cittadinanze\"")
    );
    assert!(!page.body.contains("[[grafico"));
    assert!(!page.body.contains("data-agoral-chart"));
    app.stop().await;
}

#[tokio::test]
async fn datasets_and_charts_survive_a_backup_and_restore() {
    use agoral_web::cli::backup;
    let source = TestApp::builder().demo().build().await;
    let file = source.data_dir().join("osservatorio.tar.gz");
    backup::write_backup(source.db(), &source.state().media, &file, &mut |_, _, _| {})
        .await
        .expect("backup");
    let content = backup::read_backup(&file).expect("valid");
    let target = TestApp::new().await;
    backup::restore_into(target.db(), &target.state().media, content, false)
        .await
        .expect("restore");
    for path in [
        "/osservatorio/dati/accoglienza-migranti-per-regione/dati.csv",
        "/osservatorio/grafici/permessi-per-tipo/dati.json",
        "/api/datasets",
    ] {
        let before = source.client().get(path).await;
        let after = target.client().get(path).await;
        assert_eq!(after.status, StatusCode::OK, "{path}");
        assert_eq!(after.body, before.body, "{path}");
    }
    // New datasets get new ids after the restored ones.
    let publisher = organisation(&target).await;
    let mut client = analyst(&target).await;
    create_dataset(&mut client, publisher, "dopo-il-ripristino").await;
    source.stop().await;
    target.stop().await;
}

/// Each kind of bad row is named with its line (and column and value where
/// there is one), before the import when it is in the first part of the
/// file, by the import otherwise; nothing of the version is kept.
#[tokio::test]
async fn unknown_comuni_ragged_rows_and_broken_encodings_are_named() {
    let app = TestApp::new().await;
    let publisher = organisation(&app).await;
    let mut client = analyst(&app).await;
    let dataset = create_dataset(&mut client, publisher, "righe-sbagliate").await;

    // A comune of the province that does not exist.
    let preview = upload(
        &mut client,
        dataset,
        "comuni.csv",
        b"codice,residenti\n006003,10\n006999,20\n",
    )
    .await;
    let response = import(&app, &mut client, &preview, &[]).await;
    assert_eq!(
        response.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        response.body
    );
    assert!(response.body.contains("riga 3"), "{}", response.body);
    assert!(response.body.contains("«006999»"), "{}", response.body);
    assert!(
        response
            .body
            .contains("Nessun comune della provincia ha questo codice ISTAT"),
        "{}",
        response.body
    );

    // A row with a cell too few: shown on the preview, and refused.
    let preview = upload(
        &mut client,
        dataset,
        "storta.csv",
        b"anno,valore\n2020,1\n2021\n2022,3\n",
    )
    .await;
    let page = client.get(&preview).await;
    assert!(page.body.contains("id=\"row-problems\""), "{}", page.body);
    assert!(page.body.contains("riga 3"), "{}", page.body);
    let response = import(&app, &mut client, &preview, &[]).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);

    // UTF-8 for the first megabyte, then a Latin-1 byte: the import stops
    // at that line.
    let mut big = String::from("anno,nome\n");
    let mut line = 1;
    while big.len() < 1_200_000 {
        big.push_str("2020,città di prova con un nome lungo\n");
        line += 1;
    }
    let mut bytes = big.into_bytes();
    bytes.extend_from_slice(b"2021,citt\xe0\n");
    let preview = upload(&mut client, dataset, "mista.csv", &bytes).await;
    let response = import(&app, &mut client, &preview, &[]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let page = client.get(response.location()).await;
    assert!(page.body.contains("id=\"import-failed\""), "{}", page.body);
    assert!(
        page.body.contains(&format!("riga {}", line + 1)),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("Windows-1252"),
        "the message says what to try: {}",
        page.body
    );

    let id = agoral_domain::observatory::dataset::DatasetId(dataset);
    let versions = app.db().versions(id).await.expect("db");
    assert_eq!(versions.len(), 1, "refused before the import: no version");
    assert_eq!(versions[0].row_count, 0);
    assert_eq!(
        app.db()
            .count_version_rows(versions[0].id, &[])
            .await
            .expect("db"),
        0
    );
    assert_eq!(
        app.db()
            .dataset(id)
            .await
            .expect("db")
            .expect("dataset")
            .current_version,
        None
    );
    app.stop().await;
}

/// The files in the imports folder.
fn staged_files(app: &TestApp) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(app.data_dir().join("imports"))
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[tokio::test]
async fn unreadable_uploads_are_deleted_at_once() {
    let app = TestApp::new().await;
    let publisher = organisation(&app).await;
    let mut client = analyst(&app).await;
    let dataset = create_dataset(&mut client, publisher, "illeggibili").await;
    let random: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let cases: [(&str, &[u8]); 3] = [
        (
            "pagina.csv",
            b"<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>",
        ),
        ("casuale.csv", &random),
        ("binario.csv", b"\x00\x01\x02\x03ciao\x00"),
    ];
    for (name, bytes) in cases {
        let response = client
            .post_multipart(
                &format!("/admin/osservatorio/dati/{dataset}/carica"),
                &[],
                Some((name, bytes)),
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{name}: {}",
            response.body
        );
        assert!(response.body.contains("alert-danger"), "{name}");
        assert!(
            staged_files(&app).is_empty(),
            "{name}: {:?}",
            staged_files(&app)
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn staged_uploads_have_a_quota_and_can_be_discarded() {
    let app = TestApp::builder()
        .setting("max_staged_uploads", "2")
        .setting("max_staged_upload_bytes", "2048")
        .build()
        .await;
    let publisher = organisation(&app).await;
    let mut client = analyst(&app).await;
    let dataset = create_dataset(&mut client, publisher, "quota").await;
    let carica = format!("/admin/osservatorio/dati/{dataset}/carica");
    let first = upload(&mut client, dataset, "uno.csv", b"anno,valore\n2020,1\n").await;

    // Over the bytes left: refused while it arrives, nothing kept.
    let mut big = b"anno,valore\n".to_vec();
    while big.len() < 3000 {
        big.extend_from_slice(b"2020,1\n");
    }
    let before = staged_files(&app);
    let response = client
        .post_multipart(&carica, &[], Some(("grande.csv", &big)))
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .body
            .contains("al massimo 2 file caricati e non ancora importati, 2 KB in tutto"),
        "{}",
        response.body
    );
    assert_eq!(staged_files(&app), before);

    let second = upload(&mut client, dataset, "due.csv", b"anno,valore\n2021,2\n").await;
    // A third is refused before anything is written, and the message says
    // what to do, with the uploads waiting.
    let before = staged_files(&app);
    let response = client
        .post_multipart(&carica, &[], Some(("tre.csv", b"anno,valore\n2022,3\n")))
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    for needle in [
        "al massimo 2 file",
        "ne hai 2",
        "Importali o scartali",
        first.as_str(),
        second.as_str(),
    ] {
        assert!(
            response.body.contains(needle),
            "{needle}: {}",
            response.body
        );
    }
    assert_eq!(staged_files(&app), before);
    // The dataset's page lists them too.
    let page = client
        .get(&format!("/admin/osservatorio/dati/{dataset}"))
        .await;
    assert!(page.body.contains(&first) && page.body.contains("uno.csv"));

    // Discarding one from its preview makes room.
    client.get(&first).await;
    let discarded = client.post_form(&first, &[("action", "scarta")]).await;
    assert_eq!(discarded.status, StatusCode::SEE_OTHER);
    assert_eq!(staged_files(&app).len(), before.len() - 2);
    upload(&mut client, dataset, "tre.csv", b"anno,valore\n2022,3\n").await;
    // Another analyst has a quota of their own.
    let other = app.user("analista2@example.org", &[Role::Analyst]).await;
    let mut other = app.session_for(other.id).await;
    other
        .get(&format!("/admin/osservatorio/dati/{dataset}"))
        .await;
    upload(&mut other, dataset, "altro.csv", b"anno,valore\n2023,4\n").await;
    app.stop().await;
}

#[tokio::test]
async fn a_chunked_upload_over_the_limit_is_told_it_is_too_large() {
    // The dataset limit is then the largest body the server takes.
    let app = TestApp::builder()
        .setting("max_dataset_bytes", "2000000")
        .setting("max_upload_bytes", "1024")
        .setting("max_body_bytes", "1024")
        .build()
        .await;
    let publisher = organisation(&app).await;
    let mut client = analyst(&app).await;
    let dataset = create_dataset(&mut client, publisher, "a-pezzi").await;
    let mut big = b"anno,valore\n".to_vec();
    while big.len() < 6_000_000 {
        big.extend_from_slice(b"2020,12345\n");
    }
    let response = client
        .post_multipart_chunked(
            &format!("/admin/osservatorio/dati/{dataset}/carica"),
            &[],
            ("grande.csv", &big),
        )
        .await;
    assert_eq!(
        response.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        response.body
    );
    assert!(
        response
            .body
            .contains("più grande del massimo consentito (1.9 MB)"),
        "{}",
        response.body
    );
    assert!(!response.body.contains("Scegli un file"));
    assert!(staged_files(&app).is_empty(), "{:?}", staged_files(&app));
    app.stop().await;
}
