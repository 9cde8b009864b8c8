//! The listener's limits, over raw sockets: slow heads are closed after
//! `header_read_timeout_secs` while other readers are served, kept-alive
//! connections after `keep_alive_timeout_secs`, and at
//! `max_http_connections` a newcomer waits for a free place.

use std::{
    net::SocketAddr,
    time::{Duration, Instant},
};

use reqwest::StatusCode;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

use crate::harness::TestApp;

fn address(app: &TestApp) -> SocketAddr {
    app.base
        .trim_start_matches("http://")
        .parse()
        .expect("the test server's address")
}

/// Sends one request on `stream` and reads its response (status line,
/// headers and a body of the declared length); returns the status.
async fn exchange(stream: &mut TcpStream, path: &str) -> u16 {
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
    stream
        .write_all(request.as_bytes())
        .await
        .expect("request sent");
    let mut received = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = received.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let n = stream.read(&mut chunk).await.expect("response read");
        assert!(n > 0, "the connection closed before the response");
        received.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&received[..head_end]).to_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("a response with a declared length");
    while received.len() < head_end + length {
        let n = stream.read(&mut chunk).await.expect("body read");
        assert!(n > 0, "the connection closed in the body");
        received.extend_from_slice(&chunk[..n]);
    }
    head.split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status")
}

/// Waits until the server closes `stream` (end of file or a reset) and
/// returns when, or `None` if it is still open at `deadline`.
async fn closed_by(stream: &mut TcpStream, deadline: Instant) -> Option<Instant> {
    let mut byte = [0u8; 1024];
    loop {
        let left = deadline.checked_duration_since(Instant::now())?;
        match tokio::time::timeout(left, stream.read(&mut byte)).await {
            Err(_) => return None,
            Ok(Ok(0) | Err(_)) => return Some(Instant::now()),
            Ok(Ok(_)) => {}
        }
    }
}

/// A client that sends a request's head a byte every 100 ms, with a long
/// header that would take 20 s; returns how long after its start the
/// server closed it, or `None` if it was still open after 15 s.
async fn slow_client(address: SocketAddr) -> Option<Duration> {
    let started = Instant::now();
    let mut stream = TcpStream::connect(address).await.expect("connect");
    let head = format!(
        "GET / HTTP/1.1\r\nHost: localhost\r\nX-Padding: {}\r\n\r\n",
        "a".repeat(200)
    );
    let deadline = started + Duration::from_secs(15);
    let mut answer = [0u8; 1024];
    for byte in head.as_bytes() {
        if Instant::now() > deadline {
            return None;
        }
        if stream.write_all(&[*byte]).await.is_err() {
            return Some(started.elapsed());
        }
        match tokio::time::timeout(Duration::from_millis(100), stream.read(&mut answer)).await {
            Err(_) => {}
            Ok(Ok(0) | Err(_)) => return Some(started.elapsed()),
            // An answer (an error page): the connection ends with it.
            Ok(Ok(_)) => {
                return closed_by(&mut stream, deadline)
                    .await
                    .map(|_| started.elapsed());
            }
        }
    }
    None
}

#[tokio::test]
async fn slow_clients_are_closed_after_the_head_timeout_while_others_are_served() {
    let app = TestApp::builder()
        .setting("header_read_timeout_secs", "2")
        .build()
        .await;
    let address = address(&app);
    let slow: Vec<_> = (0..500)
        .map(|_| tokio::spawn(slow_client(address)))
        .collect();
    // One more that opens a connection and sends nothing at all.
    let silent = tokio::spawn(async move {
        let started = Instant::now();
        let mut stream = TcpStream::connect(address).await.expect("connect");
        closed_by(&mut stream, started + Duration::from_secs(15))
            .await
            .map(|at| at - started)
    });
    // Meanwhile, a reader: every request answered, each within a bound.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut reader = app.client();
    let mut slowest = Duration::ZERO;
    for path in ["/healthz", "/", "/healthz", "/", "/healthz", "/"] {
        let asked = Instant::now();
        let response = tokio::time::timeout(Duration::from_secs(10), reader.get(path))
            .await
            .expect("answered while the slow clients are connected");
        assert_eq!(response.status, StatusCode::OK, "{path}");
        slowest = slowest.max(asked.elapsed());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let mut closed = Vec::new();
    for task in slow {
        closed.push(task.await.expect("slow client"));
    }
    let still_open = closed.iter().filter(|c| c.is_none()).count();
    assert_eq!(still_open, 0, "slow clients still open after 15 s");
    let times: Vec<Duration> = closed.into_iter().flatten().collect();
    let first = times.iter().min().copied().unwrap_or_default();
    let last = times.iter().max().copied().unwrap_or_default();
    assert!(
        first >= Duration::from_millis(1900),
        "closed before the head's time: {first:?}"
    );
    let silent = silent
        .await
        .expect("silent client")
        .expect("a connection that sends nothing is closed too");
    assert!(silent >= Duration::from_millis(1900), "{silent:?}");
    println!(
        "500 slow clients closed between {first:?} and {last:?}, a silent one after {silent:?}; \
         the slowest of the reader's requests took {slowest:?}"
    );
}

#[tokio::test]
async fn a_kept_alive_connection_is_closed_after_the_keep_alive_timeout() {
    let app = TestApp::builder()
        .setting("keep_alive_timeout_secs", "1")
        .setting("header_read_timeout_secs", "30")
        .build()
        .await;
    let mut stream = TcpStream::connect(address(&app)).await.expect("connect");
    assert_eq!(exchange(&mut stream, "/healthz").await, 200);
    // Within the keep-alive time the connection serves the next request,
    // and the time starts again after it.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(exchange(&mut stream, "/healthz").await, 200);
    let answered = Instant::now();
    let closed = closed_by(&mut stream, answered + Duration::from_secs(10))
        .await
        .expect("closed after the keep-alive time, well before the head's 30 s");
    let after = closed - answered;
    assert!(
        after >= Duration::from_millis(900),
        "closed too early: {after:?}"
    );
    println!("kept-alive connection closed {after:?} after its last response");
}

#[tokio::test]
async fn at_the_connection_cap_a_newcomer_waits_and_is_served_once_a_place_frees() {
    let app = TestApp::builder()
        .setting("max_http_connections", "8")
        .setting("header_read_timeout_secs", "30")
        .setting("keep_alive_timeout_secs", "30")
        .build()
        .await;
    let address = address(&app);
    // Eight kept-alive connections, each served once: all eight places.
    let mut held = Vec::new();
    for _ in 0..8 {
        let mut stream = TcpStream::connect(address).await.expect("connect");
        assert_eq!(exchange(&mut stream, "/healthz").await, 200);
        held.push(stream);
    }
    // The ninth connects (the system queues it) but is not served yet.
    let mut newcomer = TcpStream::connect(address).await.expect("connect");
    let waiting = tokio::spawn(async move {
        let status = exchange(&mut newcomer, "/healthz").await;
        (status, Instant::now())
    });
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(
        !waiting.is_finished(),
        "a connection past the cap was served while all places were taken"
    );
    // The open connections are still served.
    assert_eq!(exchange(&mut held[3], "/healthz").await, 200);
    // One closes: the newcomer takes its place and is answered.
    let freed = Instant::now();
    drop(held.remove(0));
    let (status, served) = tokio::time::timeout(Duration::from_secs(10), waiting)
        .await
        .expect("served once a place is free")
        .expect("newcomer");
    assert_eq!(status, 200);
    println!(
        "the connection past the cap was served {:?} after a place freed",
        served - freed
    );
    // Everything closed: the server answers as before.
    drop(held);
    let mut reader = app.client();
    let response = tokio::time::timeout(Duration::from_secs(10), reader.get("/healthz"))
        .await
        .expect("answered after the connections closed");
    assert_eq!(response.status, StatusCode::OK);
}
