//! The HTTP listener: accepts connections up to a cap, serves HTTP/1.1 on
//! each, and closes those that hold a place without sending a request.
//!
//! Three limits, each a setting:
//!
//! - **A request's head** (`header_read_timeout_secs`) must arrive within
//!   its time, counted from the connection's start for the first request
//!   and from its first byte for the next ones: a client sending its
//!   headers a byte at a time is closed then.
//! - **A kept-alive connection** may wait `keep_alive_timeout_secs` after a
//!   response for the next request to begin, then it is closed.
//! - **At most `max_http_connections`** are open at once. When all are
//!   taken the listener stops accepting: a new connection waits in the
//!   system's queue until one closes (within the two limits above at the
//!   latest), and is served then; the open ones are served meanwhile.
//!   Refusing newcomers at once would turn every reader away while the
//!   slots are held; waiting keeps the site answering, only later.
//!
//! hyper's own `header_read_timeout` starts whenever the connection waits
//! for a head, right after each response included (`Conn::poll_read_head`
//! in hyper 1.x arms it on every call from `Reading::Init`), so it would
//! close a kept-alive connection after the head's time, not the
//! keep-alive's. Both limits are kept here instead, by [`Watched`], a
//! wrapper of the socket that sees the bytes read and, through
//! [`Exchange`], whether a request is being answered.

use std::{
    convert::Infallible,
    future::Future,
    io,
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    task::{Context, Poll},
    time::Duration,
};

use axum::{Router, body::Body, extract::ConnectInfo};
use futures::task::AtomicWaker;
use hyper::body::Incoming;
use hyper_util::{rt::TokioIo, server::graceful::GracefulShutdown};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::{TcpListener, TcpStream},
    sync::{Semaphore, watch},
    time::{Instant, Sleep},
};
use tower::ServiceExt;

/// The limits of the listener, from the configuration.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub header_read_timeout: Duration,
    pub keep_alive_timeout: Duration,
    pub max_connections: usize,
}

impl Limits {
    pub fn of(config: &crate::config::Config) -> Limits {
        Limits {
            header_read_timeout: Duration::from_secs(config.header_read_timeout_secs),
            keep_alive_timeout: Duration::from_secs(config.keep_alive_timeout_secs),
            max_connections: connection_cap(
                config.max_http_connections,
                config.database_max_connections,
                open_files_limit(),
            ),
        }
    }
}

/// The cap on connections that the process's file-descriptor limit
/// allows: each connection holds one, and the rest of the server needs
/// some besides (64 for the search index, logs, media and backup files,
/// outbound fetches and mail, plus three per database connection, as a
/// SQLite one holds the database, its journal and its shared memory).
/// Past the limit `accept` fails and, as the files cannot be opened
/// either, every request does: 300 slow clients took down a server
/// limited to 256 descriptors.
pub fn connection_cap(configured: usize, database_connections: u32, limit: Option<u64>) -> usize {
    let Some(limit) = limit else {
        return configured;
    };
    let reserved = 64 + 3 * u64::from(database_connections);
    let room = usize::try_from(limit.saturating_sub(reserved)).unwrap_or(usize::MAX);
    configured.min(room.max(16))
}

/// The soft limit on open files of this process (Linux), when known.
fn open_files_limit() -> Option<u64> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.trim_start_matches("Max open files")
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Serves `app` on `listener` until `stop` turns true, then stops
/// accepting and waits for the connections to finish the requests they
/// carry.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    mut stop: watch::Receiver<bool>,
) -> io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    // Kept by `Watched` (see the module's documentation).
    http.header_read_timeout(None);
    let stopping = async move {
        let _ = stop.wait_for(|stop| *stop).await;
    };
    tokio::pin!(stopping);
    let mut full = false;
    loop {
        let slot = match slots.clone().try_acquire_owned() {
            Ok(slot) => {
                full = false;
                slot
            }
            Err(_) => {
                // Logged once each time the cap is reached after room.
                if !full {
                    full = true;
                    tracing::warn!(
                        connections = limits.max_connections,
                        "connection limit reached: new connections wait for a free place"
                    );
                }
                tokio::select! {
                    slot = slots.clone().acquire_owned() => match slot {
                        Ok(slot) => slot,
                        Err(_) => break,
                    },
                    () = &mut stopping => break,
                }
            }
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
            () = &mut stopping => break,
        };
        if let Err(e) = stream.set_nodelay(true) {
            tracing::debug!(error = %e, "TCP_NODELAY not set");
        }
        let exchange = Arc::new(Exchange::default());
        let io = TokioIo::new(Watched::new(stream, exchange.clone(), limits));
        let service = hyper::service::service_fn({
            let app = app.clone();
            move |request: hyper::Request<Incoming>| {
                let app = app.clone();
                let exchange = exchange.clone();
                async move {
                    let answering = Answering::start(exchange);
                    let mut request = request.map(Body::new);
                    request.extensions_mut().insert(ConnectInfo(remote));
                    let response = match app.oneshot(request).await {
                        Ok(response) => response,
                        Err(never) => match never {},
                    };
                    Ok::<_, Infallible>(response.map(|body| Tracked {
                        body,
                        _answering: answering,
                    }))
                }
            }
        });
        let connection = graceful.watch(http.serve_connection(io, service));
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, client = %remote, "connection ended with an error");
            }
            drop(slot);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// An `accept` that failed: a connection reset before it was taken is
/// nothing; anything else (out of file descriptors) is logged, and the
/// listener pauses so as not to spin on it.
async fn accept_failed(e: io::Error) {
    if matches!(
        e.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    ) {
        return;
    }
    tracing::error!(error = %e, "accepting a connection failed");
    tokio::time::sleep(Duration::from_millis(200)).await;
}

/// What a connection's socket wrapper knows of its requests: how many
/// were handed to the application and how many were answered to the last
/// byte, and the task to wake when one ends.
#[derive(Debug, Default)]
struct Exchange {
    started: AtomicU64,
    finished: AtomicU64,
    reader: AtomicWaker,
}

/// A request being answered, from the moment hyper hands it over to the
/// moment its response's body is dropped (sent or abandoned).
#[derive(Debug)]
struct Answering(Arc<Exchange>);

impl Answering {
    fn start(exchange: Arc<Exchange>) -> Answering {
        exchange.started.fetch_add(1, Ordering::AcqRel);
        Answering(exchange)
    }
}

impl Drop for Answering {
    fn drop(&mut self) {
        self.0.finished.fetch_add(1, Ordering::AcqRel);
        // The connection now waits for the next request: its time starts.
        self.0.reader.wake();
    }
}

/// A response body that marks the end of its request when dropped.
#[derive(Debug)]
struct Tracked {
    body: Body,
    _answering: Answering,
}

impl http_body::Body for Tracked {
    type Data = axum::body::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
}

/// Where a connection stands between two requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// A head is being received; it must be complete by the deadline.
    Head(Instant),
    /// After a response, nothing received yet; closed at the deadline.
    KeptAlive(Instant),
    /// A request is being answered: no deadline here (the request's own
    /// time limit applies).
    Answering,
}

/// A client socket that fails its reads when the connection has overrun
/// the head's or the keep-alive's time (hyper then closes it).
struct Watched {
    stream: TcpStream,
    exchange: Arc<Exchange>,
    limits: Limits,
    phase: Phase,
    /// `Exchange::finished` when last looked at.
    finished: u64,
    timer: Pin<Box<Sleep>>,
}

impl Watched {
    fn new(stream: TcpStream, exchange: Arc<Exchange>, limits: Limits) -> Watched {
        let deadline = Instant::now() + limits.header_read_timeout;
        Watched {
            stream,
            exchange,
            limits,
            phase: Phase::Head(deadline),
            finished: 0,
            timer: Box::pin(tokio::time::sleep_until(deadline)),
        }
    }

    /// Brings the phase up to date with the requests' progress.
    fn update_phase(&mut self) {
        let finished = self.exchange.finished.load(Ordering::Acquire);
        let started = self.exchange.started.load(Ordering::Acquire);
        if started != finished {
            self.phase = Phase::Answering;
        } else if finished != self.finished || self.phase == Phase::Answering {
            self.finished = finished;
            self.phase = Phase::KeptAlive(Instant::now() + self.limits.keep_alive_timeout);
        }
    }
}

impl AsyncRead for Watched {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        this.update_phase();
        let before = buf.filled().len();
        match Pin::new(&mut this.stream).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                if buf.filled().len() > before
                    && let Phase::KeptAlive(_) = this.phase
                {
                    this.phase = Phase::Head(Instant::now() + this.limits.header_read_timeout);
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => {
                // Woken when a response ends, to start the keep-alive time.
                this.exchange.reader.register(cx.waker());
                let deadline = match this.phase {
                    Phase::Head(deadline) | Phase::KeptAlive(deadline) => deadline,
                    Phase::Answering => return Poll::Pending,
                };
                if this.timer.deadline() != deadline {
                    this.timer.as_mut().reset(deadline);
                }
                match this.timer.as_mut().poll(cx) {
                    Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                        io::ErrorKind::TimedOut,
                        match this.phase {
                            Phase::Head(_) => "the request's head took too long",
                            _ => "no request on a kept-alive connection",
                        },
                    ))),
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::connection_cap;

    #[test]
    fn the_cap_leaves_room_for_the_other_files() {
        // (configured, database connections, descriptor limit, cap)
        let cases = [
            (2048, 8, Some(20_000), 2048),
            (2048, 8, Some(1024), 936),
            (2048, 8, Some(256), 168),
            (2048, 16, Some(100), 16),
            (100, 8, Some(1024), 100),
            (2048, 8, None, 2048),
        ];
        for (configured, database, limit, cap) in cases {
            assert_eq!(
                connection_cap(configured, database, limit),
                cap,
                "{configured} {database} {limit:?}"
            );
        }
    }
}
