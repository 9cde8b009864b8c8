//! The test harness: a real server on an ephemeral port, on a fresh
//! database per test — a SQLite file, or a new PostgreSQL database when
//! `AGORAL_TEST_POSTGRES` holds an admin URL — and an HTTP client that
//! keeps the session cookie like a browser does.

use std::{
    path::PathBuf,
    sync::atomic::{AtomicU64, Ordering},
};

use agoral_db::{Db, sessions::NewSession};
use agoral_domain::{
    accounts::{Email, NewUser, Role, Roles, User, UserId},
    lang::Lang,
    time::Timestamp,
    tokens, totp,
};
use agoral_web::{
    AppState,
    config::Sources,
    server::{self, Options, Running},
};
use reqwest::{StatusCode, header};

pub const PASSWORD: &str = "una password lunga abbastanza";
/// TOTP secret given to test users who need a second factor.
pub const TOTP_SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Which database the suite runs on.
pub fn postgres_admin_url() -> Option<String> {
    std::env::var("AGORAL_TEST_POSTGRES")
        .ok()
        .filter(|v| !v.is_empty())
}

/// A fresh, empty database URL for one test.
pub async fn fresh_database_url(dir: &std::path::Path) -> String {
    match postgres_admin_url() {
        None => format!("sqlite://{}?mode=rwc", dir.join("agoral.db").display()),
        Some(admin) => {
            let name = format!(
                "agoral_t_{}_{}_{}",
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::Relaxed),
                data_encoding::HEXLOWER.encode(&rand::random::<[u8; 3]>())
            );
            let db = Db::connect(&admin, 1)
                .await
                .expect("connect to the test PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(db.pool())
                .await
                .expect("create test database");
            db.close().await;
            let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
            format!("{base}/{name}")
        }
    }
}

pub struct TestAppBuilder {
    demo: bool,
    settings: Vec<(&'static str, String)>,
    /// Another instance's database, for tests with two instances.
    database_url: Option<String>,
}

impl TestAppBuilder {
    pub fn demo(mut self) -> Self {
        self.demo = true;
        self
    }

    /// Shares the database of another test instance (its own data folder).
    pub fn same_database_as(mut self, other: &TestApp) -> Self {
        self.database_url = Some(other.database_url.clone());
        self
    }

    pub fn setting(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.settings.push((key, value.into()));
        self
    }

    pub async fn build(self) -> TestApp {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = match self.database_url {
            Some(url) => url,
            None => fresh_database_url(dir.path()).await,
        };
        let mut sources = Sources::default();
        sources.set("data_dir", dir.path().display().to_string(), "test");
        sources.set("database_url", url.clone(), "test");
        sources.set("listen", "127.0.0.1:0", "test");
        sources.set("database_max_connections", "4", "test");
        sources.set("log", "warn", "test");
        for (key, value) in self.settings {
            sources.set(key, value, "test");
        }
        let config = sources.build().expect("test configuration");
        let running = server::start(
            config,
            Options {
                demo: self.demo,
                no_worker: true,
            },
        )
        .await
        .expect("server starts");
        // A first start builds the search index in the background: tests
        // start from a complete one.
        for _ in 0..1000 {
            if running.state.search.is_complete() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        let base = format!("http://{}", running.address);
        TestApp {
            base,
            database_url: url,
            running: Some(running),
            dir,
        }
    }
}

pub struct TestApp {
    pub base: String,
    pub database_url: String,
    running: Option<Running>,
    pub dir: tempfile::TempDir,
}

impl TestApp {
    pub fn builder() -> TestAppBuilder {
        TestAppBuilder {
            demo: false,
            database_url: None,
            settings: Vec::new(),
        }
    }

    pub async fn new() -> TestApp {
        TestApp::builder().build().await
    }

    pub fn state(&self) -> &AppState {
        &self.running.as_ref().expect("running").state
    }

    pub fn db(&self) -> &Db {
        &self.state().db
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    /// A client with no cookie, like a first-time reader.
    pub fn client(&self) -> TestClient {
        TestClient::new(&self.base)
    }

    /// Creates a user with a password and these roles; users whose roles
    /// require a second factor get [`TOTP_SECRET`].
    pub async fn user(&self, email: &str, roles: &[Role]) -> User {
        let roles: Roles = roles.iter().copied().collect();
        let new = NewUser {
            email: Email::parse(email).expect("email"),
            display_name: email.split('@').next().unwrap_or("utente").to_owned(),
            organisation_id: None,
            roles,
            locale: Lang::It,
        };
        let hash = agoral_web::passwords::hash_blocking(PASSWORD).expect("hash");
        let id = self
            .db()
            .create_user(&new, Some(&hash))
            .await
            .expect("create user");
        let user = self.db().user(id).await.expect("db").expect("user");
        if user.requires_two_factor() {
            self.db()
                .enable_totp(id, TOTP_SECRET, 0, &[tokens::hash("aaaaa-bbbbb")])
                .await
                .expect("enable totp");
        }
        self.db().user(id).await.expect("db").expect("user")
    }

    /// A client holding a fresh, fully logged-in session of `user`,
    /// created directly in the database (fast, for authorisation tests).
    pub async fn session_for(&self, user: UserId) -> TestClient {
        let (cookie, hash) = tokens::generate();
        let (csrf, _) = tokens::generate();
        self.db()
            .create_session(&NewSession {
                id_hash: &hash,
                user_id: user,
                csrf_token: &csrf,
                mfa_verified: true,
                expires_at: Timestamp::now().plus_seconds(3600),
                address: None,
                user_agent: None,
            })
            .await
            .expect("session");
        let mut client = self.client();
        client.cookie = Some(cookie);
        client.csrf = Some(csrf);
        client
    }

    /// Logs in through the real forms, giving the TOTP code when needed.
    pub async fn login(&self, email: &str) -> TestClient {
        let mut client = self.client();
        let response = client
            .post_form(
                "/accedi",
                &[("email", email), ("password", PASSWORD), ("next", "/admin")],
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "login of {email}: {}",
            response.body
        );
        if response.location() == "/accedi/verifica" {
            let code = current_totp();
            let response = client
                .post_form("/accedi/verifica", &[("code", &code)])
                .await;
            assert_eq!(
                response.status,
                StatusCode::SEE_OTHER,
                "second factor: {}",
                response.body
            );
        }
        client
    }

    /// Runs the due background jobs now.
    pub async fn run_jobs(&self) -> usize {
        agoral_web::jobs::run_due(self.state(), "test")
            .await
            .expect("jobs")
    }

    /// The `.eml` files written by the file mailer, oldest first.
    pub fn mail_files(&self) -> Vec<String> {
        let dir = self.data_dir().join("mail");
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        names.sort();
        names
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .map(|p| decode_mail(&std::fs::read_to_string(p).expect("read mail")))
            .collect()
    }

    pub async fn stop(mut self) {
        if let Some(running) = self.running.take() {
            running.stop().await.expect("graceful stop");
        }
    }

    /// Stops the server and hands over the data folder, for restarts.
    pub async fn stop_keeping_data(mut self) -> tempfile::TempDir {
        if let Some(running) = self.running.take() {
            running.stop().await.expect("graceful stop");
        }
        self.dir
    }
}

/// The TOTP code for [`TOTP_SECRET`] now, avoiding the last seconds of a
/// step so that the server sees the same step.
pub fn current_totp() -> String {
    let mut now = Timestamp::now().0;
    if now % 30 >= 28 {
        std::thread::sleep(std::time::Duration::from_secs(3));
        now = Timestamp::now().0;
    }
    totp::code_for_step(TOTP_SECRET, totp::step_at(now)).expect("code")
}

/// An answer, read whole.
#[derive(Debug)]
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: header::HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect()
    }

    /// The anti-forgery token of the first form on the page.
    pub fn csrf(&self) -> String {
        field_value(&self.body, "csrf_token").expect("a form with csrf_token")
    }
}

/// The `value` of the input named `name` in an HTML page.
pub fn field_value(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(
        html[start..end]
            .replace("&#x2f;", "/")
            .replace("&#x3d;", "=")
            .replace("&#43;", "+"),
    )
}

/// The session cookie's names: over https, with the `__Host-` prefix.
pub const SESSION_COOKIES: [&str; 2] = ["agoral_session", "__Host-agoral_session"];

/// An HTTP client that keeps its cookies (the session's and the login
/// page's) and the page's anti-forgery token, and never follows redirects
/// by itself.
#[derive(Clone)]
pub struct TestClient {
    base: String,
    http: reqwest::Client,
    /// The session cookie's value.
    pub cookie: Option<String>,
    /// The name it came with (`agoral_session` over http).
    pub session_cookie_name: String,
    /// Every other cookie the server set, name and value.
    pub other_cookies: Vec<(String, String)>,
    pub csrf: Option<String>,
}

impl TestClient {
    pub fn new(base: &str) -> TestClient {
        TestClient {
            base: base.to_owned(),
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            cookie: None,
            session_cookie_name: SESSION_COOKIES[0].to_owned(),
            other_cookies: Vec::new(),
            csrf: None,
        }
    }

    fn remember(&mut self, response: &TestResponse) {
        // In order, as a browser does: a later cookie of the same name wins.
        for cookie in response.set_cookies() {
            let Some((name, rest)) = cookie.split_once('=') else {
                continue;
            };
            let value = rest.split(';').next().unwrap_or_default();
            if SESSION_COOKIES.contains(&name) {
                self.session_cookie_name = name.to_owned();
                self.cookie = (!value.is_empty()).then(|| value.to_owned());
                // A new session has a new anti-forgery token.
                self.csrf = None;
            } else {
                self.other_cookies.retain(|(n, _)| n != name);
                if !value.is_empty() {
                    self.other_cookies.push((name.to_owned(), value.to_owned()));
                }
            }
        }
        if let Some(token) = field_value(&response.body, "csrf_token") {
            self.csrf = Some(token);
        }
    }

    /// The `Cookie` header this client sends, if it holds any cookie.
    pub fn cookie_header(&self) -> Option<String> {
        let session = self
            .cookie
            .as_ref()
            .map(|value| format!("{}={value}", self.session_cookie_name));
        let all: Vec<String> = session
            .into_iter()
            .chain(self.other_cookies.iter().map(|(n, v)| format!("{n}={v}")))
            .collect();
        (!all.is_empty()).then(|| all.join("; "))
    }

    pub async fn send(&mut self, request: reqwest::RequestBuilder) -> TestResponse {
        let request = match self.cookie_header() {
            Some(cookies) => request.header(header::COOKIE, cookies),
            None => request,
        };
        let response = request.send().await.expect("request");
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.unwrap_or_default();
        let response = TestResponse {
            status,
            headers,
            body,
        };
        self.remember(&response);
        response
    }

    /// A request of any method to `path`, for what the helpers do not
    /// set (an `Origin`); [`TestClient::send`] adds the cookies.
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http.request(method, format!("{}{path}", self.base))
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        let request = self.http.get(format!("{}{path}", self.base));
        self.send(request).await
    }

    /// Posts a form with the current anti-forgery token, fetching one from
    /// the login page first when the client has none.
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        if self.csrf.is_none() {
            let page = self.get("/accedi").await;
            self.csrf = field_value(&page.body, "csrf_token");
        }
        let token = self.csrf.clone().unwrap_or_default();
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts exactly these fields.
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let request = self
            .http
            .post(format!("{}{path}", self.base))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body);
        self.send(request).await
    }

    /// Posts a multipart form (an upload) with the current anti-forgery
    /// token first, as a browser sends it.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> TestResponse {
        let files: Vec<_> = file
            .map(|(name, bytes)| ("file", name, "image/jpeg", bytes))
            .into_iter()
            .collect();
        self.send_multipart(path, "----agoral-test-boundary-7d93", fields, &files)
            .await
    }

    /// Posts a multipart form with several files: `(field, file name,
    /// bytes)`, the anti-forgery token first.
    pub async fn post_multipart_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> TestResponse {
        let files: Vec<_> = files
            .iter()
            .map(|&(field, name, bytes)| (field, name, "application/octet-stream", bytes))
            .collect();
        self.send_multipart(path, "----agoral-test-boundary-files-5a1", fields, &files)
            .await
    }

    /// Posts a multipart form with one file as a browser may send a large
    /// one: without a declared length (chunked), in pieces of 1 MiB.
    pub async fn post_multipart_chunked(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &[u8]),
    ) -> TestResponse {
        let boundary = "----agoral-test-boundary-chunked-3c8";
        let files = [("file", file.0, "text/csv", file.1)];
        let body = self.multipart_body(boundary, fields, &files);
        let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
            body.chunks(1024 * 1024).map(|c| Ok(c.to_vec())).collect();
        let request = self
            .http
            .post(format!("{}{path}", self.base))
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(reqwest::Body::wrap_stream(futures::stream::iter(chunks)));
        self.send(request).await
    }

    /// The body of both: the token, the fields, then each file `(field,
    /// file name, content type, bytes)`.
    async fn send_multipart(
        &mut self,
        path: &str,
        boundary: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &str, &[u8])],
    ) -> TestResponse {
        let body = self.multipart_body(boundary, fields, files);
        let request = self
            .http
            .post(format!("{}{path}", self.base))
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(body);
        self.send(request).await
    }

    fn multipart_body(
        &self,
        boundary: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &str, &[u8])],
    ) -> Vec<u8> {
        let token = self.csrf.clone().unwrap_or_default();
        let mut body = Vec::new();
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        for (name, value) in all {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .as_bytes(),
            );
        }
        for (field, file_name, content_type, bytes) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: {content_type}\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        body
    }

    /// The raw bytes of a response (an image).
    pub async fn get_bytes(&mut self, path: &str) -> (StatusCode, header::HeaderMap, Vec<u8>) {
        let request = self.http.get(format!("{}{path}", self.base));
        // With the session, for files only logged-in people may download.
        let request = match self.cookie_header() {
            Some(cookies) => request.header(header::COOKIE, cookies),
            None => request,
        };
        let response = request.send().await.expect("request");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await.expect("body").to_vec();
        (status, headers, bytes)
    }

    /// Posts a raw body as a form.
    pub async fn post_body(&mut self, path: &str, body: impl Into<reqwest::Body>) -> TestResponse {
        let request = self
            .http
            .post(format!("{}{path}", self.base))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body);
        self.send(request).await
    }
}

/// A message's headers and its body decoded from quoted-printable or
/// base64, as a mail reader shows it.
pub fn decode_mail(raw: &str) -> String {
    let (headers, body) = raw.split_once("\r\n\r\n").unwrap_or((raw, ""));
    let lower = headers.to_ascii_lowercase();
    let decoded = if lower.contains("content-transfer-encoding: base64") {
        let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        String::from_utf8_lossy(
            &data_encoding::BASE64
                .decode(compact.as_bytes())
                .expect("base64 body"),
        )
        .into_owned()
    } else if lower.contains("content-transfer-encoding: quoted-printable") {
        let joined = body.replace("=\r\n", "");
        let bytes = joined.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'='
                && let Some(b) = std::str::from_utf8(&bytes[i + 1..(i + 3).min(bytes.len())])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
            out.push(bytes[i]);
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    } else {
        body.to_owned()
    };
    format!("{headers}\r\n\r\n{decoded}")
}
