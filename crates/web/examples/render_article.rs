//! Benchmark: server time to render a story page without any cache, for a
//! 1,500-word story with 10 tags and a featured image, through the whole middleware stack
//! (in-process, no network), side by side with a static file through the
//! same stack; and the time from "publish" to the story being visible.
//! Run with `bench/article-render.sh`.

use std::time::{Duration, Instant};

use agoral_db::articles::{NewArticle, TranslationInput};
use agoral_domain::{
    accounts::{Email, NewUser, Role, Roles},
    articles::{ArticleState, Level},
    lang::Lang,
};
use agoral_web::{config::Sources, markdown, server};
use axum::{body::Body, http::Request};
use tower::ServiceExt;

const WORDS: &str = "Nella provincia di Alessandria le scuole serali accolgono ogni anno \
    centinaia di adulti che studiano l'italiano dopo il lavoro, con insegnanti volontari, \
    biblioteche aperte fino a tardi e associazioni che si occupano dei bambini durante le lezioni.";

fn story(words: usize) -> String {
    let sentence: Vec<&str> = WORDS.split_whitespace().collect();
    let mut out = String::new();
    for i in 0..words {
        if i > 0 && i % 120 == 0 {
            out.push_str("\n\n");
            if i % 480 == 0 {
                out.push_str("## Un capitolo\n\n");
            }
        } else if i > 0 {
            out.push(' ');
        }
        out.push_str(sentence[i % sentence.len()]);
    }
    out
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn measure(app: &axum::Router, path: &str, n: usize) -> Vec<Duration> {
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let request = Request::get(path).body(Body::empty()).expect("request");
        let started = Instant::now();
        let response = app.clone().oneshot(request).await.expect("response");
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .expect("body");
        times.push(started.elapsed());
        assert!(!body.is_empty());
    }
    times.sort();
    times
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let dir = tempfile::tempdir()?;
    let mut sources = Sources::default();
    sources.set("data_dir", dir.path().display().to_string(), "bench");
    sources.set("listen", "127.0.0.1:0", "bench");
    sources.set("log", "error", "bench");
    // What is measured is the rendering: with the page cache on, every
    // request after the first would be answered from memory.
    sources.set("page_cache_megabytes", "0", "bench");
    let running = server::start(
        sources.build()?,
        server::Options {
            demo: false,
            no_worker: true,
        },
    )
    .await?;
    let state = running.state.clone();
    let db = &state.db;

    let user = db
        .create_user(
            &NewUser {
                email: Email::parse("redazione@example.org")
                    .map_err(|e| anyhow::anyhow!("{e:?}"))?,
                display_name: "Redazione".into(),
                organisation_id: None,
                roles: Roles::one(Role::Editor),
                locale: Lang::It,
            },
            None,
        )
        .await?;
    let body = story(1500);
    assert!(
        body.split_whitespace()
            .filter(|w| !w.starts_with('#'))
            .count()
            >= 1500
    );
    let html = markdown::to_html(&body);
    let text = markdown::to_text(&body);
    let id = db
        .create_article(&NewArticle {
            section_id: db.section_by_slug("scuola", Lang::It).await?.map(|s| s.id),
            level: Level::Locale,
            created_by: user.0,
            text: TranslationInput {
                lang: Lang::It,
                slug: "storia-di-prova",
                title: "Una storia di prova di millecinquecento parole",
                standfirst: "Il sommario della storia di prova.",
                body_markdown: &body,
                body_html: &html,
                body_text: &text,
            },
            is_example: true,
            source_note: "",
        })
        .await?
        .expect("created");
    let tags: Vec<(String, String)> = (1..=10)
        .map(|i| (format!("tag-{i}"), format!("Tag {i}")))
        .collect();
    db.set_article_tags(id, &tags).await?;
    db.update_article_meta(id, None, Level::Locale, &["006003".to_owned()])
        .await?;
    // A featured photo with its variants, as an editor would have it.
    let photo = image::RgbImage::from_fn(2400, 1600, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x + y) % 256) as u8])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85).encode_image(&photo)?;
    let media = agoral_web::media::store_image(db, &state.media, jpeg, "foto.jpg", None)
        .await?
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let texts = [agoral_domain::media::MediaText {
        lang: Lang::It,
        alt_text: "Una classe serale di italiano".to_owned(),
        caption: "La classe del giovedì".to_owned(),
    }];
    db.update_media_details(
        media.id,
        &agoral_db::media::MediaDetails {
            credit: "Redazione",
            licence: "CC BY 4.0",
            texts: &texts,
        },
    )
    .await?;
    agoral_web::jobs::run_due(&state, "bench").await?;
    db.set_featured_media(id, Some(media.id)).await?;

    let (app, _) = agoral_web::build_app(state.clone());

    // Publish-to-visible: the state change, then the first answer that shows it.
    let started = Instant::now();
    db.set_article_state(
        id,
        ArticleState::Published,
        None,
        Some(user.0),
        "publish",
        "",
    )
    .await?;
    let response = app
        .clone()
        .oneshot(Request::get("/articoli/storia-di-prova").body(Body::empty())?)
        .await?;
    let visible = started.elapsed();
    assert_eq!(response.status(), 200);
    let page = axum::body::to_bytes(response.into_body(), usize::MAX).await?;
    assert!(
        String::from_utf8_lossy(&page).contains("<source type=\"image/webp\" srcset="),
        "the page carries the featured image's variants"
    );

    let asset = format!(
        "/static/{}/css/agoral.css",
        agoral_web::assets::fingerprint()
    );
    // Warm-up, then both measured in the same run, interleaved in blocks.
    measure(&app, "/articoli/storia-di-prova", 200).await;
    let mut article = Vec::new();
    let mut file = Vec::new();
    for _ in 0..10 {
        article.extend(measure(&app, "/articoli/storia-di-prova", n / 10).await);
        file.extend(measure(&app, &asset, n / 10).await);
    }
    article.sort();
    file.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "story page, 1,500 words, 10 tags, featured image, no cache ({} requests, in process):",
        article.len()
    );
    println!(
        "  story:       median {:.3} ms  p90 {:.3} ms  p99 {:.3} ms",
        ms(percentile(&article, 0.5)),
        ms(percentile(&article, 0.9)),
        ms(percentile(&article, 0.99))
    );
    println!(
        "  static file: median {:.3} ms  p90 {:.3} ms  p99 {:.3} ms",
        ms(percentile(&file, 0.5)),
        ms(percentile(&file, 0.9)),
        ms(percentile(&file, 0.99))
    );
    println!(
        "  ratio story/static (median): {:.1}",
        percentile(&article, 0.5).as_secs_f64() / percentile(&file, 0.5).as_secs_f64()
    );
    println!("publish to visible: {:.3} ms", ms(visible));

    // An upload of a 24-megapixel camera photo: what the request does
    // (check, turn upright, strip metadata, store) and what the job does
    // (six variants in WebP and JPEG).
    let camera = image::RgbImage::from_fn(6000, 4000, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, ((x * y) % 239) as u8])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&camera)?;
    let size = jpeg.len();
    let started = Instant::now();
    agoral_web::media::store_image(db, &state.media, jpeg, "camera.jpg", None)
        .await?
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let upload = started.elapsed();
    let started = Instant::now();
    agoral_web::jobs::run_due(&state, "bench").await?;
    let variants = started.elapsed();
    println!(
        "upload of a 6000x4000 JPEG ({:.1} MB): request {:.0} ms, variants job {:.0} ms",
        size as f64 / 1_048_576.0,
        ms(upload),
        ms(variants)
    );
    running.stop().await?;
    Ok(())
}
