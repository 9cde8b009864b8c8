//! Benchmark corpus: fills a data folder with published stories whose
//! Italian text is made from real texts (the descriptions of the popular
//! initiatives and referendums in `../shared/data/`), sentences drawn at
//! random and put together, with real comuni and the seeded sections.
//! Usage: `bench_corpus <data-dir> <stories> <texts.jsonl>`; used by
//! `bench/serve`.

use std::time::Instant;

use agoral_db::articles::{NewArticle, TranslationInput};
use agoral_domain::{
    accounts::{Email, NewUser, Role, Roles},
    articles::{ArticleState, Level, slugify},
    lang::Lang,
};
use agoral_web::{config::Sources, markdown};
use rand::{Rng, SeedableRng, seq::SliceRandom};

fn sentences(jsonl: &str) -> (Vec<String>, Vec<String>) {
    let mut titles = Vec::new();
    let mut sentences = Vec::new();
    for line in jsonl.lines() {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if let Some(title) = value["titolo"].as_str() {
            titles.push(title.trim().to_owned());
        }
        if let Some(text) = value["descrizione"].as_str() {
            for sentence in text.split_inclusive(['.', '?', '!']) {
                let sentence = sentence.trim().replace('\n', " ");
                if sentence.split_whitespace().count() >= 6 {
                    sentences.push(sentence);
                }
            }
        }
    }
    (titles, sentences)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(count), Some(texts)) = (args.get(1), args.get(2), args.get(3)) else {
        anyhow::bail!("usage: bench_corpus <data-dir> <stories> <texts.jsonl>");
    };
    let count: usize = count.parse()?;
    let (titles, pool) = sentences(&std::fs::read_to_string(texts)?);
    anyhow::ensure!(!pool.is_empty(), "no sentences in {texts}");
    let mut sources = Sources::default();
    sources.set("data_dir", dir.clone(), "argument");
    sources.set("log", "warn", "argument");
    let config = sources.build()?;
    let db = agoral_web::server::open_database(&config).await?;
    agoral_web::setup::bootstrap(&db).await?;
    let email =
        Email::parse("redazione-bench@example.org").map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let author = match db.user_by_email(&email).await? {
        Some(user) => user.id,
        None => {
            db.create_user(
                &NewUser {
                    email,
                    display_name: "Redazione".to_owned(),
                    organisation_id: None,
                    roles: Roles::one(Role::Editor),
                    locale: Lang::It,
                },
                None,
            )
            .await?
        }
    };
    let sections: Vec<i64> = db.sections(Lang::It).await?.iter().map(|s| s.id).collect();
    let comuni: Vec<String> = db
        .comuni()
        .await?
        .iter()
        .map(|c| c.code.to_string())
        .collect();
    let mut rng = rand::rngs::StdRng::seed_from_u64(2026);
    let started = Instant::now();
    let existing = db.all_article_ids().await?.len();
    for n in existing..count {
        let base = titles.choose(&mut rng).cloned().unwrap_or_default();
        let title: String = format!("{} ({})", base.chars().take(60).collect::<String>(), n + 1);
        let mut body = String::new();
        let paragraphs = rng.gen_range(4..9);
        for p in 0..paragraphs {
            if p == 2 {
                body.push_str("## Il contesto\n\n");
            }
            for _ in 0..rng.gen_range(3..7) {
                body.push_str(pool.choose(&mut rng).map_or("", String::as_str));
                body.push(' ');
            }
            body.push_str("\n\n");
        }
        let standfirst = pool.choose(&mut rng).cloned().unwrap_or_default();
        let slug = format!(
            "{}-{}",
            slugify(&title).chars().take(70).collect::<String>(),
            n + 1
        );
        let html = markdown::to_html(&body);
        let text = markdown::to_text(&body);
        let section = sections.choose(&mut rng).copied();
        let id = db
            .create_article(&NewArticle {
                section_id: section,
                level: Level::ALL[n % 4],
                created_by: author.0,
                text: TranslationInput {
                    lang: Lang::It,
                    slug: &slug,
                    title: &title,
                    standfirst: &standfirst,
                    body_markdown: &body,
                    body_html: &html,
                    body_text: &text,
                },
                is_example: true,
                source_note: "",
            })
            .await?
            .ok_or_else(|| anyhow::anyhow!("slug taken: {slug}"))?;
        if let Some(code) = comuni.choose(&mut rng) {
            db.update_article_meta(id, section, Level::ALL[n % 4], std::slice::from_ref(code))
                .await?;
        }
        db.set_article_state(
            id,
            ArticleState::Published,
            None,
            Some(author.0),
            "publish",
            "",
        )
        .await?;
        if (n + 1) % 1000 == 0 {
            eprintln!(
                "{} stories ({:.0} s)",
                n + 1,
                started.elapsed().as_secs_f64()
            );
        }
    }
    // The corpus is indexed by `agoral reindex`, not by following the feed.
    db.close().await;
    println!("{count} stories in {dir}");
    Ok(())
}
