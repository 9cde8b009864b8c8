//! The media library: uploads checked from their bytes, metadata removed,
//! variants made by the job, texts per language, featured images on
//! public stories, and refusals that leave nothing behind.

use agoral_domain::accounts::Role;
use reqwest::StatusCode;

use crate::harness::{TestApp, TestClient, field_value};

/// A JPEG whose pixels are red on the left half and blue on the right.
pub(crate) fn plain_jpeg(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            image::Rgb([220, 20, 20])
        } else {
            image::Rgb([20, 20, 220])
        }
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&image)
        .expect("encode");
    out
}

pub(crate) const SECRET: &str = "AGORAL-SECRET-GPS-45.09N";

/// The same JPEG with an EXIF block: orientation 6 (turn 90° clockwise to
/// show), a GPS position and a description naming a secret place.
pub(crate) fn jpeg_with_exif(width: u32, height: u32) -> Vec<u8> {
    let mut tiff: Vec<u8> = b"MM\x00\x2a\x00\x00\x00\x08".to_vec();
    let entry = |tiff: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        tiff.extend_from_slice(&tag.to_be_bytes());
        tiff.extend_from_slice(&kind.to_be_bytes());
        tiff.extend_from_slice(&count.to_be_bytes());
        tiff.extend_from_slice(&value);
    };
    let description = format!("{SECRET}\0");
    // IFD0: 8..50, GPS IFD: 50..80, latitude: 80..104, description: 104..
    tiff.extend_from_slice(&3u16.to_be_bytes());
    entry(
        &mut tiff,
        0x010E,
        2,
        description.len() as u32,
        104u32.to_be_bytes(),
    );
    entry(&mut tiff, 0x0112, 3, 1, [0, 6, 0, 0]);
    entry(&mut tiff, 0x8825, 4, 1, 50u32.to_be_bytes());
    tiff.extend_from_slice(&0u32.to_be_bytes());
    tiff.extend_from_slice(&2u16.to_be_bytes());
    entry(&mut tiff, 0x0001, 2, 2, *b"N\0\0\0");
    entry(&mut tiff, 0x0002, 5, 3, 80u32.to_be_bytes());
    tiff.extend_from_slice(&0u32.to_be_bytes());
    for (n, d) in [(44u32, 1u32), (54, 1), (0, 1)] {
        tiff.extend_from_slice(&n.to_be_bytes());
        tiff.extend_from_slice(&d.to_be_bytes());
    }
    assert_eq!(tiff.len(), 104);
    tiff.extend_from_slice(description.as_bytes());
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let jpeg = plain_jpeg(width, height);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

async fn author(app: &TestApp) -> TestClient {
    let user = app.user("fotografa@example.org", &[Role::Author]).await;
    let mut client = app.session_for(user.id).await;
    client.get("/admin/media").await;
    client
}

/// Uploads and returns the image's id.
async fn upload(client: &mut TestClient, name: &str, bytes: &[u8], alt: &str) -> i64 {
    let response = client
        .post_multipart("/admin/media", &[("alt_it", alt)], Some((name, bytes)))
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    response
        .location()
        .trim_start_matches("/admin/media/")
        .split('?')
        .next()
        .and_then(|id| id.parse().ok())
        .expect("the image's page")
}

#[tokio::test]
async fn an_upload_loses_its_metadata_turns_upright_and_gets_variants() {
    let app = TestApp::new().await;
    let mut client = author(&app).await;
    let original = jpeg_with_exif(1200, 800);
    assert!(contains(&original, SECRET.as_bytes()));
    let id = upload(&mut client, "mercato.jpg", &original, "Banchi del mercato").await;

    let media = app.db().media(id).await.expect("db").expect("stored");
    assert_eq!(
        (media.width, media.height),
        (800, 1200),
        "orientation applied"
    );
    assert_eq!(media.content_type, "image/jpeg");
    assert_eq!(media.variants_state, "pending");
    let (status, headers, stored) = client
        .get_bytes(&format!("/media/{}", media.storage_key))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/jpeg");
    assert!(
        headers["cache-control"]
            .to_str()
            .expect("ascii")
            .contains("immutable")
    );
    assert!(!contains(&stored, SECRET.as_bytes()), "description removed");
    assert!(!contains(&stored, b"Exif"), "EXIF block removed");
    let upright = image::load_from_memory(&stored).expect("decodes");
    assert_eq!((upright.width(), upright.height()), (800, 1200));
    // Turned clockwise: the red left half is now on top.
    let top = upright.to_rgb8().get_pixel(400, 100).0;
    let bottom = upright.to_rgb8().get_pixel(400, 1100).0;
    assert!(top[0] > 150 && top[2] < 100, "red on top: {top:?}");
    assert!(bottom[2] > 150 && bottom[0] < 100, "blue below: {bottom:?}");

    // The job makes WebP and JPEG at 480 and the original width.
    assert!(app.run_jobs().await >= 1);
    let media = app.db().media(id).await.expect("db").expect("stored");
    assert_eq!(media.variants_state, "ready");
    let mut made: Vec<(i64, String)> = media
        .variants
        .iter()
        .map(|v| (v.width, v.format.clone()))
        .collect();
    made.sort();
    assert_eq!(
        made,
        [
            (480, "jpeg".to_owned()),
            (480, "webp".to_owned()),
            (800, "jpeg".to_owned()),
            (800, "webp".to_owned())
        ]
    );
    for variant in &media.variants {
        let (status, headers, bytes) = client
            .get_bytes(&format!("/media/{}", variant.storage_key))
            .await;
        assert_eq!(status, StatusCode::OK);
        let expected = if variant.format == "webp" {
            "image/webp"
        } else {
            "image/jpeg"
        };
        assert_eq!(headers["content-type"], expected);
        assert!(!contains(&bytes, SECRET.as_bytes()));
        let decoded = image::load_from_memory(&bytes).expect("decodes");
        assert_eq!(i64::from(decoded.width()), variant.width);
    }
    // Backups carry the variants too.
    let keys = app.db().media_keys().await.expect("keys");
    assert_eq!(keys.len(), 5);

    // The same bytes again are the same library item.
    let again = upload(&mut client, "copia.jpg", &original, "").await;
    assert_eq!(again, id);

    // Search by description; texts per language; unknown files are 404.
    let found = client.get("/admin/media?q=MERCATO").await;
    assert!(found.body.contains(&format!("/admin/media/{id}")));
    let none = client.get("/admin/media?q=%25").await;
    assert!(!none.body.contains(&format!("/admin/media/{id}\"")));
    let missing = client.get_bytes("/media/2026/11/nothing.jpg").await;
    assert_eq!(missing.0, StatusCode::NOT_FOUND);
    let traversal = client.get_bytes("/media/..%2F..%2Fagoral.db").await;
    assert_eq!(traversal.0, StatusCode::NOT_FOUND);
    app.stop().await;
}

#[tokio::test]
async fn refused_uploads_say_why_and_store_nothing() {
    let app = TestApp::builder()
        .setting("max_upload_bytes", "1048576")
        .build()
        .await;
    let mut client = author(&app).await;
    let whole = plain_jpeg(300, 200);
    // A PNG header declaring 50,000 × 50,000 pixels: a decompression bomb.
    let mut bomb = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bomb.extend_from_slice(&50_000u32.to_be_bytes());
    bomb.extend_from_slice(&50_000u32.to_be_bytes());
    bomb.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut crc = flate2::Crc::new();
    crc.update(&bomb[12..]);
    bomb.extend_from_slice(&crc.sum().to_be_bytes());
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "foto.jpg",
            b"<script>alert(document.cookie)</script>".to_vec(),
            "JPEG, PNG o WebP (il tipo si riconosce dal contenuto",
        ),
        (
            "disegno.svg",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".to_vec(),
            "JPEG, PNG o WebP (il tipo si riconosce dal contenuto",
        ),
        (
            "animazione.gif",
            b"GIF89a\x01\x00\x01\x00".to_vec(),
            "JPEG, PNG o WebP (il tipo",
        ),
        (
            "tagliata.jpg",
            whole[..whole.len() / 2].to_vec(),
            "danneggiata o incompleta",
        ),
        ("bomba.png", bomb, "troppo grande"),
        ("grande.jpg", vec![0xFF; 1_100_000], "supera il limite"),
        ("vuota.jpg", Vec::new(), "Scegli un file"),
    ];
    for (name, bytes, message) in cases {
        let response = client
            .post_multipart("/admin/media", &[("alt_it", "prova")], Some((name, &bytes)))
            .await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(response.body.contains(message), "{name}: {}", response.body);
    }
    // No file part at all.
    let response = client.post_multipart("/admin/media", &[], None).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    // A description with control characters is refused before any storing.
    let response = client
        .post_multipart(
            "/admin/media",
            &[("alt_it", "a\u{0}b")],
            Some(("ok.jpg", &whole)),
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Far over the limit: nothing kept, and the form comes back with the
    // limit (a page, not plain text).
    let huge = vec![0u8; 100 * 1024 * 1024];
    let response = client
        .post_multipart("/admin/media", &[], Some(("enorme.jpg", &huge)))
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.body.contains("<html"), "a page, not plain text");
    assert!(response.body.contains("supera il limite di 1 MB"));

    // Without the anti-forgery token, nothing happens either.
    client.csrf = Some("forged".into());
    let response = client
        .post_multipart("/admin/media", &[], Some(("ok.jpg", &whole)))
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);

    assert!(app.db().media_keys().await.expect("db").is_empty());
    let stored: Vec<_> = walk(&app.data_dir().join("media"));
    assert!(stored.is_empty(), "no file left behind: {stored:?}");
    // Readers and anonymous visitors cannot upload.
    let mut anonymous = app.client();
    anonymous.get("/accedi").await;
    let response = anonymous
        .post_multipart("/admin/media", &[], Some(("ok.jpg", &whole)))
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                files.extend(walk(&path));
            } else {
                files.push(path);
            }
        }
    }
    files
}

#[tokio::test]
async fn a_featured_image_needs_its_italian_description_to_go_public() {
    let app = TestApp::new().await;
    let editor_user = app
        .user("caporedattrice@example.org", &[Role::Editor])
        .await;
    let mut editor = app.session_for(editor_user.id).await;
    editor.get("/admin/media").await;
    let media_id = upload(&mut editor, "piazza.png", &png(640, 400), "").await;
    app.run_jobs().await;

    let created = editor
        .post_form(
            "/admin/articoli/nuovo",
            &[
                ("title", "Una piazza per tutti"),
                ("standfirst", "Il sommario"),
                ("body", "Il testo della storia."),
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
    let id: i64 = path
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("id");
    // Choosing works from the library, without script.
    let library = editor.get(&format!("/admin/media?per=articolo-{id}")).await;
    assert!(
        library
            .body
            .contains(&format!("action=\"/admin/articoli/{id}/immagine\""))
    );
    let chosen = editor
        .post_form(
            &format!("/admin/articoli/{id}/immagine"),
            &[("media_id", &media_id.to_string())],
        )
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    let page = editor.get(&path).await;
    assert!(page.body.contains("Manca la descrizione in italiano"));

    let step = format!("/admin/articoli/{id}/passaggio?lingua=it");
    editor.get(&path).await;
    let submitted = editor.post_form(&step, &[("azione", "submit")]).await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    editor.get(&path).await;
    let refused = editor.post_form(&step, &[("azione", "publish")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("non ha ancora la descrizione in italiano"),
        "{}",
        refused.body
    );

    // Describe it, in Italian and in Arabic, with hostile text everywhere.
    let detail = editor.get(&format!("/admin/media/{media_id}")).await;
    assert_eq!(detail.status, StatusCode::OK);
    let xss = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
    let saved = editor
        .post_form(
            &format!("/admin/media/{media_id}"),
            &[
                ("alt_it", &format!("Bambini in piazza {xss}")),
                ("caption_it", "La piazza il giorno della festa"),
                ("alt_ar", "أطفال في الساحة"),
                ("caption_ar", ""),
                ("alt_en", ""),
                ("caption_en", ""),
                ("alt_fr", ""),
                ("caption_fr", ""),
                ("credit", &format!("Archivio {xss}")),
                ("licence", "CC BY 4.0"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let bad_licence = editor
        .post_form(
            &format!("/admin/media/{media_id}"),
            &[("alt_it", "x"), ("licence", "GPL")],
        )
        .await;
    assert_eq!(bad_licence.status, StatusCode::UNPROCESSABLE_ENTITY);

    editor.get(&path).await;
    let published = editor.post_form(&step, &[("azione", "publish")]).await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );

    let mut reader = app.client();
    let story = reader.get("/articoli/una-piazza-per-tutti").await;
    assert_eq!(story.status, StatusCode::OK);
    assert!(story.body.contains("<picture>"));
    assert!(story.body.contains("type=\"image/webp\" srcset=\"/media/"));
    assert!(story.body.contains(" 480w, /media/"));
    assert!(story.body.contains("La piazza il giorno della festa"));
    assert!(story.body.contains("CC BY 4.0"));
    assert!(story.body.contains("property=\"og:image\""));
    assert!(!story.body.contains("<script>alert(1)"));
    assert!(!story.body.contains("<img src=x"));
    let json_ld = story
        .body
        .split("application/ld+json\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("json-ld");
    let value: serde_json::Value = serde_json::from_str(json_ld).expect("json");
    assert!(
        value["image"][0]
            .as_str()
            .expect("image")
            .contains("/media/")
    );
    // Arabic readers get the Arabic description (the story falls back to Italian).
    let arabic = reader.get("/ar/articoli/una-piazza-per-tutti").await;
    assert!(arabic.body.contains("alt=\"أطفال في الساحة\""));

    // Once public, the Italian description cannot be emptied.
    let emptied = editor
        .post_form(
            &format!("/admin/media/{media_id}"),
            &[("alt_it", ""), ("licence", "")],
        )
        .await;
    assert_eq!(emptied.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(emptied.body.contains("non può restare vuota"));
    // The share links are plain links; nothing third-party is loaded.
    assert!(story.body.contains("https://wa.me/?text="));
    assert!(
        story
            .body
            .contains("mailto:?subject=Una%20piazza%20per%20tutti")
    );
    for tag in [
        "<script src=\"http",
        "<img src=\"http",
        "<link rel=\"stylesheet\" href=\"http",
    ] {
        assert!(!story.body.contains(tag), "{tag}");
    }
    let unknown = editor
        .post_form(
            &format!("/admin/articoli/{id}/immagine"),
            &[("media_id", "999999")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    let _ = field_value(&story.body, "csrf_token");
    app.stop().await;
}

pub(crate) fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbaImage::from_fn(width, height, |x, y| {
        image::Rgba([(x % 256) as u8, (y % 256) as u8, 90, 200])
    });
    let mut out = Vec::new();
    image
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("png");
    out
}

#[tokio::test]
async fn an_image_over_the_limit_brings_back_the_form_with_the_limit() {
    let app = TestApp::builder()
        .setting("max_upload_bytes", "1048576")
        .build()
        .await;
    let mut client = author(&app).await;
    let big = vec![0xFF; 3 * 1024 * 1024];
    let response = client
        .post_multipart(
            "/admin/media",
            &[("alt_it", "Una foto del corso")],
            Some(("grande.jpg", &big)),
        )
        .await;
    assert_eq!(
        response.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        response.body
    );
    assert!(
        response.body.contains("Il file supera il limite di 1 MB"),
        "{}",
        response.body
    );
    assert!(
        response.body.contains("action=\"/admin/media\""),
        "the form"
    );
    assert!(
        response.body.contains("value=\"Una foto del corso\""),
        "what was typed is kept"
    );
    assert!(app.db().media_keys().await.expect("db").is_empty());
    app.stop().await;
}
