//! The page cache: public pages rendered once and kept in memory with
//! their gzip and brotli bodies, answered with `ETag`, `Last-Modified` and
//! 304s. It is exact, not timed: every change in the change feed (from
//! this instance or another) empties it (see `follow.rs`). People with a
//! session never go through it, so an editor always sees their own change.

use std::{
    collections::HashMap,
    io::Write,
    sync::{
        RwLock,
        atomic::{AtomicU64, Ordering},
    },
};

use axum::{
    body::{Body, Bytes},
    extract::{MatchedPath, Request},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use sha2::{Digest, Sha256};

use crate::state::AppState;

/// `Cache-Control` of a cached public page: browsers check with the server
/// each time (a cheap 304), shared caches such as a CDN may keep it a
/// minute and serve it a little longer while they fetch a fresh copy.
pub const PUBLIC_CACHE_CONTROL: &str = "public, max-age=0, s-maxage=60, stale-while-revalidate=30";

/// Pages sent to someone with a session are theirs only.
pub const PRIVATE_CACHE_CONTROL: &str = "private, no-store";

/// A page as kept: the identity body and its compressed forms, and the
/// headers every answer with it carries.
#[derive(Debug)]
pub struct CachedPage {
    /// Every header of an answer with the identity, gzip and brotli body:
    /// the handler's own, the security headers, the validators, the
    /// caching headers, the length and the encoding. Cloned for each
    /// answer, which costs a fraction of building them again.
    headers: [HeaderMap; 3],
    etag: HeaderValue,
    /// The route that rendered the page, for the metrics of its answers.
    route: Option<MatchedPath>,
    identity: Bytes,
    gzip: Bytes,
    brotli: Bytes,
}

impl CachedPage {
    fn size(&self) -> usize {
        self.identity.len() + self.gzip.len() + self.brotli.len()
    }
}

/// The cache of one instance.
#[derive(Debug)]
pub struct PageCache {
    pages: RwLock<HashMap<String, std::sync::Arc<CachedPage>>>,
    bytes: AtomicU64,
    max_bytes: u64,
    /// The change-feed position the cached pages reflect; a page rendered
    /// before a change but stored after it must not survive it.
    generation: AtomicU64,
    pub hits: AtomicU64,
    pub misses: AtomicU64,
}

impl PageCache {
    pub fn new(max_bytes: u64) -> PageCache {
        PageCache {
            pages: RwLock::new(HashMap::new()),
            bytes: AtomicU64::new(0),
            max_bytes,
            generation: AtomicU64::new(0),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    /// Empties the cache; pages being rendered now will not be kept.
    pub fn clear(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut pages) = self.pages.write() {
            pages.clear();
        }
        self.bytes.store(0, Ordering::SeqCst);
    }

    /// Moves on with every [`PageCache::clear`]: what was read from the
    /// database under one generation is exact until the next.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    pub fn len(&self) -> usize {
        self.pages.read().map(|p| p.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn get(&self, key: &str) -> Option<std::sync::Arc<CachedPage>> {
        self.pages.read().ok()?.get(key).cloned()
    }

    fn insert(&self, key: String, page: CachedPage, generation: u64) {
        let size = page.size() as u64;
        if size > self.max_bytes / 4 {
            return;
        }
        let Ok(mut pages) = self.pages.write() else {
            return;
        };
        // A change arrived while this page was rendered: it may be stale.
        if self.generation.load(Ordering::SeqCst) != generation {
            return;
        }
        if self.bytes.load(Ordering::SeqCst) + size > self.max_bytes {
            // Full: start again rather than track ages.
            pages.clear();
            self.bytes.store(0, Ordering::SeqCst);
        }
        self.bytes.fetch_add(size, Ordering::SeqCst);
        if let Some(old) = pages.insert(key, std::sync::Arc::new(page)) {
            self.bytes.fetch_sub(old.size() as u64, Ordering::SeqCst);
        }
    }
}

/// Addresses never cached: the back office, login, probes, files with
/// their own caching, and anything with a session.
fn cacheable_path(path: &str) -> bool {
    // A good practice's private status link, in any language: its token
    // must not be kept anywhere.
    if agoral_domain::lang::Lang::split_path(path)
        .1
        .starts_with("/buone-pratiche/stato/")
    {
        return false;
    }
    const PRIVATE: [&str; 12] = [
        "/admin",
        "/account",
        "/accedi",
        "/esci",
        "/password",
        "/invito",
        "/riprendi",
        "/healthz",
        "/readyz",
        "/metrics",
        "/static/",
        "/media/",
    ];
    !PRIVATE.iter().any(|p| path.starts_with(p))
}

fn has_session_cookie(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("agoral_session="))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// The best encoding the client accepts (no q-value parsing beyond `q=0`).
/// Read without allocating: it runs for every page from the cache.
fn preferred_encoding(headers: &HeaderMap) -> Encoding {
    let (mut brotli, mut gzip) = (false, false);
    let parts = headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','));
    for part in parts {
        let mut pieces = part.split(';');
        let name = pieces.next().unwrap_or_default().trim();
        let refused = pieces.any(|p| {
            let p = p.trim();
            p.get(..2).is_some_and(|q| q.eq_ignore_ascii_case("q="))
                && p[2..].trim().parse::<f32>().is_ok_and(|q| q == 0.0)
        });
        if refused {
            continue;
        }
        brotli |= name.eq_ignore_ascii_case("br");
        gzip |= name.eq_ignore_ascii_case("gzip");
    }
    if brotli {
        Encoding::Brotli
    } else if gzip {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

fn http_date(at: jiff::Timestamp) -> String {
    at.strftime("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

fn compress(identity: &[u8]) -> (Bytes, Bytes) {
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    let gzip = match gzip.write_all(identity).and_then(|_| gzip.finish()) {
        Ok(bytes) => Bytes::from(bytes),
        Err(_) => Bytes::new(),
    };
    let mut brotli = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut brotli, 4096, 6, 22);
        if writer.write_all(identity).is_err() {
            return (gzip, Bytes::new());
        }
    }
    (gzip, Bytes::from(brotli))
}

fn answer(page: &CachedPage, request_headers: &HeaderMap, head: bool) -> Response {
    let not_modified = request_headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|tag| tag.trim().as_bytes() == page.etag.as_bytes() || tag.trim() == "*")
        });
    if not_modified {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        let headers = response.headers_mut();
        *headers = page.headers[0].clone();
        headers.remove(header::CONTENT_TYPE);
        headers.remove(header::CONTENT_LENGTH);
        return response;
    }
    let (body, headers) = match preferred_encoding(request_headers) {
        Encoding::Brotli if !page.brotli.is_empty() => (&page.brotli, &page.headers[2]),
        Encoding::Brotli | Encoding::Gzip if !page.gzip.is_empty() => {
            (&page.gzip, &page.headers[1])
        }
        _ => (&page.identity, &page.headers[0]),
    };
    let mut response = if head {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from(body.clone()))
    };
    *response.headers_mut() = headers.clone();
    response
}

/// What [`serve_cached`] answered.
pub struct Served {
    pub response: Response,
    /// Whether the answer came from the cache (its headers are complete).
    pub from_cache: bool,
    /// The route of the page: for an answer from the cache, the one that
    /// rendered it (the request did not go through the router).
    pub route: Option<MatchedPath>,
}

impl Served {
    fn rendered(response: Response) -> Served {
        let route = response.extensions().get::<MatchedPath>().cloned();
        Served {
            response,
            from_cache: false,
            route,
        }
    }
}

/// The cache, in the edge layer (`middleware::edge`), before the router: a
/// page found here goes back without a route lookup or anything after it.
pub async fn serve_cached(state: &AppState, request: Request, next: Next) -> Served {
    let method = request.method().clone();
    let with_session = has_session_cookie(request.headers());
    let enabled = state.page_cache.max_bytes > 0;
    if !enabled
        || !(method == Method::GET || method == Method::HEAD)
        || !cacheable_path(request.uri().path())
    {
        return Served::rendered(next.run(request).await);
    }
    if with_session {
        let mut response = next.run(request).await;
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(PRIVATE_CACHE_CONTROL),
        );
        return Served::rendered(response);
    }
    let cache = &state.page_cache;
    let uri = request.uri();
    let found = cache.get(uri.path_and_query().map_or(uri.path(), |p| p.as_str()));
    if let Some(page) = found {
        cache.hits.fetch_add(1, Ordering::Relaxed);
        return Served {
            response: answer(&page, request.headers(), method == Method::HEAD),
            from_cache: true,
            route: page.route.clone(),
        };
    }
    let key = uri
        .path_and_query()
        .map_or(uri.path(), |p| p.as_str())
        .to_owned();
    cache.misses.fetch_add(1, Ordering::Relaxed);
    let generation = cache.generation.load(Ordering::SeqCst);
    let request_headers = request.headers().clone();
    // Rendered as for a GET, so that a HEAD fills the cache too.
    let (mut parts, body) = request.into_parts();
    parts.method = Method::GET;
    let response = next.run(Request::from_parts(parts, body)).await;
    let content_type = response.headers().get(header::CONTENT_TYPE).cloned();
    let storable = response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && content_type.as_ref().is_some_and(|t| {
            let t = t.to_str().unwrap_or_default();
            t.starts_with("text/html") || t.contains("xml") || t.starts_with("text/plain")
        });
    if !storable {
        return Served::rendered(if method == Method::HEAD {
            let (parts, _) = response.into_parts();
            Response::from_parts(parts, Body::empty())
        } else {
            response
        });
    }
    let (parts, body) = response.into_parts();
    let route = parts.extensions.get::<MatchedPath>().cloned();
    let Ok(identity) = axum::body::to_bytes(body, 16 * 1024 * 1024).await else {
        return Served::rendered(StatusCode::INTERNAL_SERVER_ERROR.into_response());
    };
    // A page with a form token is not shared: the token would expire.
    const TOKEN_FIELD: &[u8] = b"name=\"csrf_token\"";
    if memchr::memmem::find(&identity, TOKEN_FIELD).is_some() {
        let mut response = Response::from_parts(parts, Body::from(identity));
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        return Served::rendered(response);
    }
    let digest = Sha256::digest(&identity);
    let etag = format!("\"{}\"", data_encoding::HEXLOWER.encode(&digest[..12]));
    let etag = HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"\""));
    let (gzip, brotli) = {
        let identity = identity.clone();
        tokio::task::spawn_blocking(move || compress(&identity))
            .await
            .unwrap_or_default()
    };
    // The handler's headers, then the cache's own over them.
    let mut headers = HeaderMap::with_capacity(parts.headers.len() + 16);
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_LENGTH && name != header::CONTENT_ENCODING {
            headers.append(name.clone(), value.clone());
        }
    }
    headers.insert(header::ETAG, etag.clone());
    headers.insert(
        header::LAST_MODIFIED,
        HeaderValue::from_str(&http_date(jiff::Timestamp::now()))
            .unwrap_or(HeaderValue::from_static("")),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(PUBLIC_CACHE_CONTROL),
    );
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Encoding, Cookie"),
    );
    crate::middleware::security_headers(state, &mut headers);
    headers.insert("x-cache", HeaderValue::from_static("hit"));
    let with_body = |body: &Bytes, encoding: Option<&'static str>| {
        let mut headers = headers.clone();
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
        if let Some(encoding) = encoding {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        headers
    };
    let page = CachedPage {
        headers: [
            with_body(&identity, None),
            with_body(&gzip, Some("gzip")),
            with_body(&brotli, Some("br")),
        ],
        etag,
        route: route.clone(),
        identity,
        gzip,
        brotli,
    };
    let mut response = answer(&page, &request_headers, method == Method::HEAD);
    response
        .headers_mut()
        .insert("x-cache", HeaderValue::from_static("miss"));
    cache.insert(key, page, generation);
    Served {
        response,
        from_cache: false,
        route,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_and_paths() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("gzip, deflate, br"),
        );
        assert_eq!(preferred_encoding(&headers), Encoding::Brotli);
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("gzip;q=1.0, br;q=0"),
        );
        assert_eq!(preferred_encoding(&headers), Encoding::Gzip);
        assert_eq!(preferred_encoding(&HeaderMap::new()), Encoding::Identity);
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("BR ; q=0.0, GZIP;q=0.5"),
        );
        assert_eq!(preferred_encoding(&headers), Encoding::Gzip);
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("gzip; q=0, identity"),
        );
        assert_eq!(preferred_encoding(&headers), Encoding::Identity);
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("br;q=0.5"),
        );
        assert_eq!(preferred_encoding(&headers), Encoding::Brotli);
        assert!(cacheable_path("/articoli/x"));
        assert!(cacheable_path("/ar/"));
        assert!(!cacheable_path("/admin/articoli"));
        assert!(!cacheable_path("/media/2026/11/a.jpg"));
        assert!(cacheable_path("/buone-pratiche"));
        assert!(!cacheable_path("/buone-pratiche/stato/abc"));
        assert!(!cacheable_path("/ar/buone-pratiche/stato/abc"));
    }

    #[test]
    fn a_page_rendered_before_a_change_is_not_kept() {
        let cache = PageCache::new(1 << 20);
        let page = || CachedPage {
            headers: Default::default(),
            etag: HeaderValue::from_static("\"x\""),
            route: None,
            identity: Bytes::from_static(b"<p>x</p>"),
            gzip: Bytes::new(),
            brotli: Bytes::new(),
        };
        let before = cache.generation.load(Ordering::SeqCst);
        cache.clear();
        cache.insert("/a".into(), page(), before);
        assert!(cache.is_empty());
        let now = cache.generation.load(Ordering::SeqCst);
        cache.insert("/a".into(), page(), now);
        assert_eq!(cache.len(), 1);
        let (gzip, brotli) = compress(&vec![b'a'; 10_000]);
        assert!(gzip.len() < 200 && brotli.len() < 200);
    }
}
