//! Many different searches at once against the `agoral` binary on its
//! demo, in a process of its own so that its memory and threads can be
//! read from `/proc`: every search is answered, and the server stays
//! within bounds while and after they run.

use std::{path::Path, process::Stdio, time::Duration};

use futures::StreamExt;
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::harness::fresh_database_url;

const BIN: &str = env!("CARGO_BIN_EXE_agoral");

/// Words of the demo's stories, combined two by two with a number so that
/// no two searches are alike (none comes from a cache).
const WORDS: [&str; 18] = [
    "lavoro", "casa", "scuola", "salute", "comune", "donne", "giovani", "servizi", "famiglia",
    "sport", "cultura", "ambiente", "migranti", "diritti", "welfare", "asilo", "bambini",
    "anziani",
];

const SEARCHES: usize = 600;
const CONNECTIONS: usize = 100;

/// Resident memory in KiB and threads of a process.
fn usage(pid: u32) -> Option<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| -> Option<u64> {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    };
    Some((field("VmRSS:")?, field("Threads:")?))
}

/// Starts `agoral serve --demo` in `dir`; returns it with its address.
async fn serve(dir: &Path) -> (tokio::process::Child, String) {
    let database_url = fresh_database_url(dir).await;
    let mut child = tokio::process::Command::new(BIN)
        .current_dir(dir)
        .args(["serve", "--demo", "--listen", "127.0.0.1:0"])
        .env("AGORAL_DATABASE_URL", database_url)
        .env("AGORAL_LOG", "warn")
        // Every answered search page is kept in the page cache, which
        // grows to its own bound whatever the searches do: off here, so
        // that what is measured is what the searches themselves hold.
        .env("AGORAL_PAGE_CACHE_MEGABYTES", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start agoral serve");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let url = tokio::time::timeout(Duration::from_secs(120), async {
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(rest) = line.strip_prefix("AgorAL is running at ") {
                return rest.split_whitespace().next().map(str::to_owned);
            }
        }
        None
    })
    .await
    .expect("serve prints its address")
    .expect("an address");
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    (child, url.trim_end_matches('/').to_owned())
}

#[tokio::test]
async fn many_different_searches_at_once_are_all_answered_within_bounded_memory() {
    if !cfg!(target_os = "linux") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let (child, base) = serve(dir.path()).await;
    let pid = child.id().expect("pid");
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(300))
        .build()
        .expect("client");
    // The search index is built in the background on a first start.
    let ready = tokio::time::Instant::now() + Duration::from_secs(120);
    loop {
        let page = client
            .get(format!("{base}/cerca?q=lavoro"))
            .send()
            .await
            .expect("search");
        let text = page.text().await.unwrap_or_default();
        if !text.contains("si sta costruendo") || tokio::time::Instant::now() > ready {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (rest_memory, rest_threads) = usage(pid).expect("the server's /proc status");

    let (done, mut stop) = tokio::sync::watch::channel(false);
    let sampler = tokio::spawn(async move {
        let mut peak = (0u64, 0u64);
        while !*stop.borrow_and_update() {
            if let Some((memory, threads)) = usage(pid) {
                peak = (peak.0.max(memory), peak.1.max(threads));
            }
            let _ = tokio::time::timeout(Duration::from_millis(20), stop.changed()).await;
        }
        peak
    });
    let statuses: Vec<u16> = futures::stream::iter(0..SEARCHES)
        .map(|i| {
            let client = client.clone();
            let q = format!(
                "{} {} {i}",
                WORDS[i % WORDS.len()],
                WORDS[(i * 7 + 3) % WORDS.len()]
            );
            let url = format!("{base}/cerca");
            async move {
                match client.get(url).query(&[("q", q)]).send().await {
                    Ok(response) => {
                        let status = response.status().as_u16();
                        let _ = response.bytes().await;
                        status
                    }
                    Err(_) => 0,
                }
            }
        })
        .buffer_unordered(CONNECTIONS)
        .collect()
        .await;
    let _ = done.send(true);
    let (peak_memory, peak_threads) = sampler.await.expect("sampler");
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (idle_memory, idle_threads) = usage(pid).expect("the server's /proc status");
    println!(
        "{SEARCHES} searches over {CONNECTIONS} connections: at rest {} MiB and {rest_threads} \
         threads, at the peak {} MiB and {peak_threads} threads, after {} MiB and {idle_threads} \
         threads",
        rest_memory / 1024,
        peak_memory / 1024,
        idle_memory / 1024
    );
    let failed: Vec<&u16> = statuses.iter().filter(|s| **s != 200).collect();
    assert!(
        failed.is_empty(),
        "{} of {SEARCHES} searches not answered 200: {:?}",
        failed.len(),
        &failed[..failed.len().min(10)]
    );
    assert!(
        peak_memory < 300 * 1024,
        "resident memory reached {} MiB",
        peak_memory / 1024
    );
    assert!(
        idle_memory < 300 * 1024,
        "resident memory stayed at {} MiB",
        idle_memory / 1024
    );
    // The blocking pool's 32 threads at most (`main.rs`).
    assert!(
        peak_threads <= rest_threads + 32,
        "threads went from {rest_threads} to {peak_threads}"
    );
    drop(child);
}
