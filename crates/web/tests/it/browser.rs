//! End-to-end tests in a real browser: Debian's Chromium driven over the
//! W3C WebDriver protocol (chromedriver), with axe-core injected into every
//! page of the shell in all four languages, a login through the real forms
//! with two-factor, and the Arabic layout checked to be mirrored.

use std::{net::TcpListener, process::Stdio, sync::OnceLock, time::Duration};

use agoral_domain::accounts::Role;
use serde_json::{Value, json};
use tokio::process::{Child, Command};

use crate::harness::{PASSWORD, TestApp, current_totp};

const AXE: &str = include_str!("vendor/axe.min.js");
const ELEMENT: &str = "element-6066-11e4-a52f-4d55a8d9d24f";

/// One chromedriver per browser test; Chromium starts a fresh profile per
/// session.
struct Driver {
    _child: Child,
    base: String,
    http: reqwest::Client,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

fn chromedriver_path() -> &'static str {
    static PATH: OnceLock<String> = OnceLock::new();
    PATH.get_or_init(|| {
        ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
            .iter()
            .find(|p| std::path::Path::new(p).exists())
            .map(|p| (*p).to_owned())
            .expect("chromedriver (Debian package chromium-driver; scripts/test installs it)")
    })
}

impl Driver {
    async fn start() -> Driver {
        let port = free_port();
        let child = Command::new(chromedriver_path())
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start chromedriver");
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        for _ in 0..100 {
            if let Ok(response) = http.get(format!("{base}/status")).send().await
                && response.status().is_success()
            {
                return Driver {
                    _child: child,
                    base,
                    http,
                };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("chromedriver did not start");
    }

    async fn session(&self) -> Browser {
        let profile = tempfile::tempdir().expect("profile dir");
        let capabilities = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": "/usr/bin/chromium",
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run", "--window-size=1280,1000",
                        format!("--user-data-dir={}", profile.path().display()),
                    ]
                }
            }}
        });
        let response: Value = self
            .http
            .post(format!("{}/session", self.base))
            .json(&capabilities)
            .send()
            .await
            .expect("new session")
            .json()
            .await
            .expect("json");
        let id = response["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("session: {response}"))
            .to_owned();
        Browser {
            url: format!("{}/session/{id}", self.base),
            http: self.http.clone(),
            _profile: profile,
        }
    }
}

struct Browser {
    url: String,
    http: reqwest::Client,
    _profile: tempfile::TempDir,
}

impl Browser {
    async fn command(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let mut request = self.http.request(method, format!("{}{path}", self.url));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response: Value = request
            .send()
            .await
            .expect("webdriver")
            .json()
            .await
            .expect("json");
        if response["value"].get("error").is_some() {
            panic!("webdriver {path}: {}", response["value"]);
        }
        response["value"].clone()
    }

    async fn goto(&self, url: &str) {
        self.command(reqwest::Method::POST, "/url", Some(json!({ "url": url })))
            .await;
    }

    async fn current_url(&self) -> String {
        self.command(reqwest::Method::GET, "/url", None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Waits for the navigation a click started: the address matches and the
    /// new page has loaded. Not every driver waits for a form submission.
    async fn wait_for_url(&self, matches: impl Fn(&str) -> bool) -> String {
        for _ in 0..150 {
            let url = self.current_url().await;
            let ready = self.execute("return document.readyState").await == "complete";
            if matches(&url) && ready {
                return url;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the page did not arrive: {}", self.current_url().await);
    }

    /// Waits until the page's text contains `needle`; returns the text.
    async fn wait_for_text(&self, needle: &str) -> String {
        for _ in 0..150 {
            let text = self
                .execute("return document.readyState === 'complete' ? document.body.innerText : ''")
                .await;
            let text = text.as_str().unwrap_or_default().to_owned();
            if text.contains(needle) {
                return text;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{needle:?} never appeared");
    }

    async fn execute(&self, script: &str) -> Value {
        self.command(
            reqwest::Method::POST,
            "/execute/sync",
            Some(json!({ "script": script, "args": [] })),
        )
        .await
    }

    async fn find(&self, css: &str) -> String {
        let value = self
            .command(
                reqwest::Method::POST,
                "/element",
                Some(json!({ "using": "css selector", "value": css })),
            )
            .await;
        // The W3C element reference is the object's only value.
        value
            .get(ELEMENT)
            .or_else(|| value.as_object().and_then(|o| o.values().next()))
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("element {css}: {value}"))
            .to_owned()
    }

    async fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css).await;
        self.command(
            reqwest::Method::POST,
            &format!("/element/{element}/value"),
            Some(json!({ "text": text })),
        )
        .await;
    }

    async fn click(&self, css: &str) {
        let element = self.find(css).await;
        // In the middle of the window, at once: the theme's smooth scrolling
        // would still be moving when the click lands.
        self.execute(&format!(
            "document.querySelector({}).scrollIntoView({{ block: 'center', behavior: 'instant' }}); return true;",
            json!(css)
        ))
        .await;
        self.command(
            reqwest::Method::POST,
            &format!("/element/{element}/click"),
            Some(json!({})),
        )
        .await;
    }

    /// Clicks something that loads a new page, and waits until that page has
    /// loaded: the old document is marked first, so a button found on the
    /// page that is going away is never clicked by the next step.
    async fn click_to_load(&self, css: &str) {
        self.execute("window.agoralLeaving = true; return true;")
            .await;
        self.click(css).await;
        for _ in 0..150 {
            let arrived = self
                .execute(
                    "return window.agoralLeaving !== true && document.readyState === 'complete'",
                )
                .await;
            if arrived == Value::Bool(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "no new page after clicking {css}: {}",
            self.current_url().await
        );
    }

    /// Runs axe-core on the page; returns the WCAG 2.1 A/AA violations.
    async fn axe_violations(&self) -> Vec<Value> {
        self.execute(&format!("{AXE}\nreturn true;")).await;
        let script = "const done = arguments[arguments.length - 1];\
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })\
              .then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })))))\
              .catch(e => done(JSON.stringify([{ id: 'axe-error', help: String(e) }])));";
        let value = self
            .command(
                reqwest::Method::POST,
                "/execute/async",
                Some(json!({ "script": script, "args": [] })),
            )
            .await;
        serde_json::from_str(value.as_str().unwrap_or("[]")).expect("axe result")
    }

    async fn screenshot(&self, name: &str) {
        let value = self
            .command(reqwest::Method::GET, "/screenshot", None)
            .await;
        if let Some(data) = value.as_str()
            && let Ok(bytes) = data_encoding::BASE64.decode(data.as_bytes())
        {
            let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join(format!("{name}.png")), bytes);
        }
    }

    async fn quit(self) {
        let _ = self.http.delete(&self.url).send().await;
    }
}

/// An accepted good practice with a photo, and its sender's status token.
async fn add_good_practice(app: &TestApp) -> (agoral_domain::intake::IntakeId, String) {
    use agoral_domain::services::taxonomy::TargetGroup;
    let editor = app.user("redattrice@example.org", &[Role::Editor]).await;
    let (id, token) = crate::good_practices::received(
        app,
        "Esempio: doposcuola con mediatori",
        "006003",
        &[TargetGroup::Students, TargetGroup::UnaccompaniedMinors],
        true,
        "anna@example.org",
    )
    .await;
    assert!(
        app.db()
            .accept_good_practice(id, editor.id.0)
            .await
            .expect("db")
    );
    agoral_web::public::good_practices::practice_changed(app.state(), id).await;
    (id, token)
}

/// A published report linked to a demo dataset (the demo has none), so
/// that the reports' pages and a dataset page listing one are checked.
/// A feed on the first organisation, with a failed poll, so that its page
/// shows the feeds table with a status and its detail. The test server runs
/// no worker: the address is never fetched.
async fn add_feed(app: &TestApp) {
    use agoral_domain::feeds::{FeedStatus, PollRecord};
    let organisation = agoral_domain::organisations::OrganisationId(1);
    let id = app
        .db()
        .create_feed(
            organisation,
            "https://prefettura.example.it/rss.xml",
            60,
            false,
        )
        .await
        .expect("db")
        .expect("feed");
    let feed = app.db().feed(id).await.expect("db").expect("feed");
    app.db()
        .record_feed_poll(
            &feed,
            &PollRecord {
                status: FeedStatus::HttpError,
                detail: "HTTP 503".into(),
                checked_at: agoral_domain::time::Timestamp::now(),
                validators: None,
                received: 0,
            },
        )
        .await
        .expect("poll recorded");
}

async fn add_report(app: &TestApp) {
    use agoral_domain::{
        lang::Lang,
        observatory::report::{ReportFile, ReportInput, ReportText},
    };
    let dataset = app
        .db()
        .dataset_by_slug("permessi-di-soggiorno-2015-2024")
        .await
        .expect("db")
        .expect("demo dataset");
    let key = "rapporti/2025/03/prova.pdf";
    app.state()
        .media
        .put(key, b"%PDF-1.4\n".to_vec())
        .await
        .expect("store");
    let text = |title: &str, abstract_text: &str| ReportText {
        title: title.to_owned(),
        abstract_text: abstract_text.to_owned(),
    };
    let input = ReportInput {
        slug: "rapporto-di-prova".to_owned(),
        published: true,
        published_on: jiff::civil::date(2025, 3, 1),
        licence: "cc-by-4.0".to_owned(),
        authors: "Anna Rossi".to_owned(),
        texts: vec![
            (Lang::It, text("Rapporto di prova", "Una sintesi.")),
            (Lang::Ar, text("تقرير تجريبي", "ملخّص.")),
        ],
        datasets: vec![dataset.id],
    };
    let file = ReportFile {
        storage_key: key.to_owned(),
        file_name: "prova.pdf".to_owned(),
        byte_size: 9,
        page_count: Some(1),
        text: String::new(),
    };
    app.db()
        .create_report(&input, &file, None)
        .await
        .expect("report");
}

#[tokio::test]
async fn every_shell_page_passes_axe_in_four_languages() {
    let app = TestApp::builder().demo().build().await;
    add_report(&app).await;
    add_feed(&app).await;
    let driver = Driver::start().await;
    let browser = driver.session().await;
    let mut pages = Vec::new();
    for prefix in ["", "/en", "/fr", "/ar"] {
        for page in [
            "/",
            "/dichiarazione-di-accessibilita",
            "/privacy",
            "/note-legali",
            "/segnala-un-problema",
            "/pagina-inesistente",
        ] {
            let path = if page == "/" {
                format!("{prefix}/")
            } else {
                format!("{prefix}{page}")
            };
            pages.push(path);
        }
    }
    pages.extend(
        [
            "/accedi",
            "/password/dimenticata",
            "/password/reimposta/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "/segnala-un-problema?inviato=1",
            "/sezioni/scuola",
            "/ar/sezioni/cultura",
            "/comuni/006003",
            "/tag/lingua-italiana",
            "/en/tag/feste",
            "/articoli/esempio-un-corso-serale-di-italiano-in-biblioteca",
            "/ar/articoli/mthal-dwra-msayya-ltlm-aliytalya-fy-almktba",
            "/fr/articoli/esempio-una-guida-pratica-ai-documenti-in-parole-semplici",
            "/archivio",
            "/ar/archivio",
            "/cerca",
            "/cerca?q=corso+serale",
            "/cerca?q=nessunaparolacosi",
            "/ar/cerca?q=%D8%AF%D9%88%D8%B1%D8%A9",
            "/autori/amministrazione",
            "/ar/autori/amministrazione",
            "/servizi",
            "/ar/servizi",
            "/servizi?categoria=salute&lingua=ti&gratuito=1",
            "/servizi?categoria=magia",
            "/servizi/1",
            "/ar/servizi/3",
            "/en/servizi/4",
            "/servizi/mappa",
            "/ar/servizi/mappa?lingua=ar",
            "/osservatorio",
            "/ar/osservatorio",
            "/osservatorio/dati",
            "/osservatorio/dati/permessi-di-soggiorno-2015-2024",
            "/ar/osservatorio/dati/accoglienza-migranti-per-regione",
            "/osservatorio/grafici/permessi-per-tipo",
            "/ar/osservatorio/grafici/cittadinanze-piu-numerose-2023",
            "/en/osservatorio/grafici/popolazione-residente-per-comune",
            "/embed/grafici/accoglienza-in-piemonte",
            "/osservatorio/rapporti",
            "/ar/osservatorio/rapporti",
            "/osservatorio/rapporti/rapporto-di-prova",
            "/ar/osservatorio/rapporti/rapporto-di-prova",
        ]
        .map(String::from),
    );
    // Good practices: the list, the form, its thanks, a practice's page and
    // a sender's status page (a real one, and a link that matches nothing).
    let (practice, status_token) = add_good_practice(&app).await;
    pages.extend([
        "/buone-pratiche".to_owned(),
        "/ar/buone-pratiche?destinatari=studenti".to_owned(),
        "/buone-pratiche/segnala".to_owned(),
        "/ar/buone-pratiche/segnala".to_owned(),
        "/en/buone-pratiche/segnala?inviato=1".to_owned(),
        format!("/buone-pratiche/{}", practice.0),
        format!("/ar/buone-pratiche/{}", practice.0),
        format!("/buone-pratiche/stato/{status_token}"),
        format!("/ar/buone-pratiche/stato/{status_token}"),
        "/buone-pratiche/stato/inesistente".to_owned(),
    ]);
    // A member of the network with contacts, senders and items (demo).
    let network_member = app
        .db()
        .organisation_by_name("Associazione di esempio per l'accoglienza (esempio)")
        .await
        .expect("db")
        .expect("demo organisation")
        .id;
    pages.push(format!("/organizzazioni/{}", network_member.0));
    pages.push(format!("/ar/organizzazioni/{}", network_member.0));
    let (year, month) = agoral_domain::time::Timestamp::now().year_month();
    pages.push(format!("/archivio/{year:04}/{month:02}"));
    pages.push(format!("/ar/archivio/{year:04}/{month:02}"));
    let mut failures = Vec::new();
    let mut http = app.client();
    for path in &pages {
        // Each page is the real one, not an error page that happens to pass.
        let expected = if path.contains("inesistente") {
            404
        } else if path.starts_with("/password/reimposta/") {
            410
        } else {
            200
        };
        assert_eq!(http.get(path).await.status.as_u16(), expected, "{path}");
        browser.goto(&format!("{}{path}", app.base)).await;
        let violations = browser.axe_violations().await;
        if !violations.is_empty() {
            failures.push(format!(
                "{path}: {}",
                serde_json::to_string_pretty(&violations).unwrap_or_default()
            ));
        }
    }
    // The back office too, logged in as an administrator.
    let admin = app
        .user(
            "amministratore@example.org",
            &[Role::Administrator, Role::Editor],
        )
        .await;
    // The second-factor step is checked on the way in.
    start_login(&browser, &app, "amministratore@example.org").await;
    let violations = browser.axe_violations().await;
    if !violations.is_empty() {
        failures.push(format!(
            "/accedi/verifica: {}",
            serde_json::to_string_pretty(&violations).unwrap_or_default()
        ));
    }
    finish_login(&browser).await;
    for path in [
        "/admin",
        "/account",
        "/account/due-fattori",
        "/admin/utenti",
        "/admin/utenti/nuovo",
        "/admin/utenti/1",
        "/admin/organizzazioni",
        "/admin/organizzazioni/nuova",
        "/admin/organizzazioni/1",
        "/admin/pagine",
        "/admin/pagine/nuova",
        "/admin/pagine/privacy/ar",
        "/admin/registro",
        "/admin/segnalazioni",
        "/admin/backup",
        "/admin/articoli",
        "/admin/articoli/nuovo",
        "/admin/articoli/1",
        "/admin/articoli/1?lingua=ar",
        "/admin/articoli/1/revisioni?lingua=it",
        "/admin/articoli/1/elimina",
        "/admin/cerca?q=corso",
        "/admin/media",
        "/admin/media?per=articolo-1",
        "/admin/media/1",
        "/admin/sezioni",
        "/admin/sezioni/1",
        "/admin/tag",
        "/admin/tag/1",
        "/admin/servizi",
        "/admin/servizi/nuovo",
        "/admin/servizi/4",
        "/admin/servizi/modifiche",
        "/account/autore",
        "/admin/arrivi",
        "/admin/arrivi?stato=to_verify",
        "/admin/arrivi/1",
        "/admin/dati-personali",
        "/admin/dati-personali?email=referente%40accoglienza.example.org",
    ]
    .into_iter()
    .map(String::from)
    .chain([
        format!("/admin/organizzazioni/{}/rete", network_member.0),
        format!("/admin/organizzazioni/{}", network_member.0),
    ]) {
        let path = path.as_str();
        let mut client = app.session_for(admin.id).await;
        assert_eq!(client.get(path).await.status.as_u16(), 200, "{path}");
        browser.goto(&format!("{}{path}", app.base)).await;
        let violations = browser.axe_violations().await;
        if !violations.is_empty() {
            failures.push(format!(
                "{path}: {}",
                serde_json::to_string_pretty(&violations).unwrap_or_default()
            ));
        }
    }
    // A long job's progress page, reached through the real button.
    browser.goto(&format!("{}/admin/backup", app.base)).await;
    browser
        .click("form[action='/admin/backup'] button[type=submit]")
        .await;
    browser
        .wait_for_url(|url| url.contains("/admin/lavori/"))
        .await;
    let violations = browser.axe_violations().await;
    if !violations.is_empty() {
        failures.push(format!(
            "job page: {}",
            serde_json::to_string_pretty(&violations).unwrap_or_default()
        ));
    }
    // The checker itself works: an image without alternative text is caught.
    browser.execute("const img = document.createElement('img'); img.src = '/nothing.png'; document.querySelector('main').appendChild(img); return true;").await;
    let planted = browser.axe_violations().await;
    assert!(
        planted.iter().any(|v| v["id"] == "image-alt"),
        "axe must catch a planted violation: {planted:?}"
    );
    browser.quit().await;
    assert!(
        failures.is_empty(),
        "axe found WCAG 2.1 A/AA violations:\n{}",
        failures.join("\n")
    );
    app.stop().await;
}

async fn login(browser: &Browser, app: &TestApp, email: &str) {
    start_login(browser, app, email).await;
    finish_login(browser).await;
}

/// Logs in whether or not the person's roles ask for a second factor.
async fn login_any(browser: &Browser, app: &TestApp, email: &str) {
    browser.goto(&format!("{}/accedi", app.base)).await;
    browser.type_into("#email", email).await;
    browser.type_into("#password", PASSWORD).await;
    browser
        .click("form[action='/accedi'] button[type=submit]")
        .await;
    let url = browser
        .wait_for_url(|url| url.ends_with("/accedi/verifica") || url.ends_with("/admin"))
        .await;
    if url.ends_with("/accedi/verifica") {
        finish_login(browser).await;
    }
}

/// Password step: ends on the second-factor page.
async fn start_login(browser: &Browser, app: &TestApp, email: &str) {
    browser.goto(&format!("{}/accedi", app.base)).await;
    browser.type_into("#email", email).await;
    browser.type_into("#password", PASSWORD).await;
    browser
        .click("form[action='/accedi'] button[type=submit]")
        .await;
    browser
        .wait_for_url(|url| url.ends_with("/accedi/verifica"))
        .await;
}

/// Second-factor step: ends on the dashboard.
async fn finish_login(browser: &Browser) {
    browser.type_into("#code", &current_totp()).await;
    browser
        .click("form[action='/accedi/verifica'] button[type=submit]")
        .await;
    browser.wait_for_url(|url| url.ends_with("/admin")).await;
}

#[tokio::test]
async fn login_through_the_real_form_with_two_factor() {
    let app = TestApp::new().await;
    app.user("operatrice@example.org", &[Role::Operator]).await;
    let driver = Driver::start().await;
    let browser = driver.session().await;
    // A wrong password first: the message, and the address kept in the field.
    browser.goto(&format!("{}/accedi", app.base)).await;
    browser.type_into("#email", "operatrice@example.org").await;
    browser.type_into("#password", "password sbagliata").await;
    browser
        .click("form[action='/accedi'] button[type=submit]")
        .await;
    browser
        .wait_for_text("Email o password non corretti.")
        .await;
    let kept = browser
        .execute("return document.querySelector('#email').value")
        .await;
    assert_eq!(kept, "operatrice@example.org");
    login(&browser, &app, "operatrice@example.org").await;
    browser.wait_for_text("operatrice").await;
    // The session cookie is HttpOnly: scripts cannot read it.
    let cookies = browser.execute("return document.cookie").await;
    assert_eq!(cookies, "");
    browser.screenshot("admin-dashboard").await;
    browser.quit().await;
    app.stop().await;
}

/// A migrant looks, in Arabic and without JavaScript on the page, for a
/// service where Arabic is spoken that is open now.
#[tokio::test]
async fn an_arabic_speaker_finds_a_service_open_now_that_speaks_arabic() {
    use agoral_domain::services::record::{ServiceForm, ServiceText, ServiceTextForm};
    let app = TestApp::new().await;
    let always: String = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
        .map(|d| format!("{d} 00:00-24:00\n"))
        .concat();
    for (name, name_ar, languages, hours) in [
        (
            "Sportello aperto di esempio",
            "مكتب مفتوح (مثال)",
            vec!["it".to_owned(), "ar".to_owned()],
            always.clone(),
        ),
        (
            "Sportello chiuso di esempio",
            "مكتب مغلق (مثال)",
            vec!["ar".to_owned()],
            "2020-01-07 09:00-10:00".to_owned(),
        ),
        (
            "Sportello francofono di esempio",
            "مكتب فرنكوفوني (مثال)",
            vec!["fr".to_owned()],
            always.clone(),
        ),
    ] {
        let form = ServiceForm {
            categories: vec!["documenti".into()],
            languages,
            istat_code: "006003".into(),
            hours,
            texts: vec![
                ServiceTextForm {
                    lang: None,
                    text: ServiceText {
                        name: name.into(),
                        ..ServiceText::default()
                    },
                },
                ServiceTextForm {
                    lang: Some("ar".into()),
                    text: ServiceText {
                        name: name_ar.into(),
                        ..ServiceText::default()
                    },
                },
            ],
            ..ServiceForm::default()
        };
        let (input, _) = form.parse().expect("valid");
        app.db().create_service(&input, true).await.expect("create");
    }
    let driver = Driver::start().await;
    let browser = driver.session().await;
    browser.goto(&format!("{}/ar/servizi", app.base)).await;
    browser.click("#lingua option[value=ar]").await;
    // Bootstrap Italia draws the box on the label, which takes the click.
    browser.click("label[for=aperto]").await;
    browser
        .click("form.agoral-service-filters button[type=submit]")
        .await;
    let url = browser
        .wait_for_url(|u| u.contains("lingua=ar") && u.contains("aperto=1"))
        .await;
    assert!(url.contains("/ar/servizi?"), "{url}");
    let text = browser.wait_for_text("مكتب مفتوح (مثال)").await;
    assert!(!text.contains("مكتب مغلق"), "closed now: {text}");
    assert!(!text.contains("مكتب فرنكوفوني"), "no Arabic spoken: {text}");
    assert!(text.contains("مفتوح الآن"), "{text}");
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "{violations:?}");
    browser.screenshot("services-ar").await;
    browser.quit().await;
    app.stop().await;
}

/// A provider's contributor corrects their service's opening hours in the
/// back office; the change waits for the editors, and one of them approves
/// it from a field-by-field comparison; the public page shows the new hours.
#[tokio::test]
async fn a_provider_updates_a_service_and_an_editor_approves_the_change() {
    use agoral_domain::{
        organisations::OrganisationInput,
        services::record::{ServiceForm, ServiceText, ServiceTextForm},
    };
    let app = TestApp::new().await;
    let db = app.db();
    let organisation = db
        .create_organisation(
            &OrganisationInput::parse(
                "Associazione di esempio",
                "terzo_settore",
                "006003",
                "",
                true,
            )
            .expect("valid"),
        )
        .await
        .expect("organisation");
    let form = ServiceForm {
        organisation_id: Some(organisation.0),
        categories: vec!["italiano".into()],
        languages: vec!["it".into(), "ar".into()],
        istat_code: "006003".into(),
        hours: "lun 09:00-12:00".into(),
        texts: vec![ServiceTextForm {
            lang: None,
            text: ServiceText {
                name: "Corso di italiano di esempio".into(),
                ..ServiceText::default()
            },
        }],
        ..ServiceForm::default()
    };
    let (input, _) = form.parse().expect("valid");
    let service = match db.create_service(&input, true).await.expect("create") {
        agoral_db::services::ServiceSave::Saved(id) => id,
        other => panic!("{other:?}"),
    };
    let provider = app.user("socia@example.org", &[Role::Contributor]).await;
    db.update_profile(
        provider.id,
        "Socia",
        Some(organisation),
        agoral_domain::lang::Lang::It,
    )
    .await
    .expect("profile");
    app.user("redattrice@example.org", &[Role::Editor]).await;

    let driver = Driver::start().await;
    let browser = driver.session().await;
    login_any(&browser, &app, "socia@example.org").await;
    browser.goto(&format!("{}/admin/servizi", app.base)).await;
    browser
        .click(&format!("a[href='/admin/servizi/{}']", service.0))
        .await;
    browser.wait_for_text("Le modifiche che invii").await;
    browser
        .execute("document.querySelector('#hours').value = ''; return true;")
        .await;
    browser
        .type_into("#hours", "lun 09:00-12:00, 14:00-16:00\ngio 18:00-20:00")
        .await;
    browser
        .click("form.agoral-service-form button[type=submit]")
        .await;
    browser.wait_for_text("Modifica inviata").await;
    browser.wait_for_text("In attesa di approvazione").await;
    browser.quit().await;

    let browser = driver.session().await;
    login_any(&browser, &app, "redattrice@example.org").await;
    browser.goto(&format!("{}/admin/servizi", app.base)).await;
    browser.click("a[href='/admin/servizi/modifiche']").await;
    browser.wait_for_text("Corso di italiano di esempio").await;
    browser
        .click("table a[href^='/admin/servizi/modifiche/']")
        .await;
    let text = browser.wait_for_text("Che cosa cambia").await;
    assert!(text.contains("gio 18:00-20:00"), "{text}");
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "{violations:?}");
    browser.screenshot("service-change-diff").await;
    browser
        .click("form[action$='/approva'] button[type=submit]")
        .await;
    browser
        .wait_for_text("Modifica approvata e pubblicata.")
        .await;
    browser
        .goto(&format!("{}/servizi/{}", app.base, service.0))
        .await;
    browser.wait_for_text("18:00").await;
    browser.quit().await;
    app.stop().await;
}

#[tokio::test]
async fn arabic_layout_is_mirrored() {
    let app = TestApp::new().await;
    let driver = Driver::start().await;
    let browser = driver.session().await;
    let probe = "const logo = document.querySelector('.agoral-logo').getBoundingClientRect();\
        const title = document.querySelector('.it-brand-title').getBoundingClientRect();\
        const skip = document.querySelector('.agoral-figures li').getBoundingClientRect();\
        return { dir: getComputedStyle(document.documentElement).direction, logoLeft: logo.left, titleLeft: title.left, figureLeft: skip.left, width: document.documentElement.clientWidth };";
    browser.goto(&format!("{}/", app.base)).await;
    let italian = browser.execute(probe).await;
    browser.screenshot("home-it").await;
    browser.goto(&format!("{}/ar/", app.base)).await;
    let arabic = browser.execute(probe).await;
    browser.screenshot("home-ar").await;
    assert_eq!(italian["dir"], "ltr");
    assert_eq!(arabic["dir"], "rtl");
    let number = |v: &Value, k: &str| v[k].as_f64().unwrap_or_else(|| panic!("{k} in {v}"));
    assert!(
        number(&italian, "logoLeft") < number(&italian, "titleLeft"),
        "logo before the title in Italian: {italian}"
    );
    assert!(
        number(&arabic, "logoLeft") > number(&arabic, "titleLeft"),
        "logo after the title, on the right, in Arabic: {arabic}"
    );
    let width = number(&arabic, "width");
    assert!(
        number(&italian, "figureLeft") < width / 2.0 && number(&arabic, "figureLeft") > width / 2.0,
        "first figure on the start side: {italian} {arabic}"
    );
    browser.quit().await;
    app.stop().await;
}

#[tokio::test]
async fn an_author_writes_an_editor_schedules_and_the_story_appears_on_time() {
    let app = TestApp::new().await;
    app.user("autrice@example.org", &[Role::Author]).await;
    app.user("caporedattore@example.org", &[Role::Editor]).await;
    let driver = Driver::start().await;
    let browser = driver.session().await;

    // The author writes a story in the browser.
    login_any(&browser, &app, "autrice@example.org").await;
    browser
        .goto(&format!("{}/admin/articoli/nuovo", app.base))
        .await;
    browser
        .type_into("#title", "Una biblioteca aperta la sera")
        .await;
    browser
        .type_into("#standfirst", "Corsi di italiano e prestiti fino alle 22.")
        .await;
    browser
        .type_into("#body", "La biblioteca resta aperta tre sere a settimana.")
        .await;
    browser
        .click("form[action='/admin/articoli/nuovo'] button[type=submit]")
        .await;
    let editor_url = browser
        .wait_for_url(|url| url.contains("/admin/articoli/") && !url.contains("nuovo"))
        .await;
    let path = editor_url
        .trim_start_matches(&app.base)
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    let id: i64 = path
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("id");

    // Typing is kept: the toolbar, then the automatic draft on the server.
    browser.execute("const b = document.querySelector('#body'); b.focus(); b.setSelectionRange(b.value.length, b.value.length); return true;").await;
    browser.type_into("#body", " Anche d'estate.").await;
    browser.click(".agoral-toolbar button").await;
    browser.wait_for_text("Bozza salvata automaticamente").await;
    let draft = app
        .db()
        .autosave(id, agoral_domain::lang::Lang::It, {
            let user = app
                .db()
                .user_by_email(
                    &agoral_domain::accounts::Email::parse("autrice@example.org").expect("email"),
                )
                .await
                .expect("db")
                .expect("user");
            user.id.0
        })
        .await
        .expect("db")
        .expect("an automatic draft");
    assert!(
        draft.body_markdown.contains("Anche d'estate.****"),
        "{}",
        draft.body_markdown
    );
    // Leaving without saving: the next visit offers both copies back.
    browser
        .execute("window.onbeforeunload = null; return true;")
        .await;
    browser.goto(&format!("{}{path}", app.base)).await;
    browser.wait_for_text("salvato automaticamente il").await;
    browser.click(".alert-info button.btn-primary").await;
    let restored = browser
        .execute("return document.querySelector('#body').value")
        .await;
    assert!(
        restored
            .as_str()
            .unwrap_or_default()
            .contains("Anche d'estate.")
    );
    browser.screenshot("editor-autosave").await;
    browser.click("#editor-form button[value=salva]").await;
    browser.wait_for_text("Modifiche salvate").await;
    browser.click("button[value=submit]").await;
    browser.wait_for_text("In revisione").await;
    browser.click("form[action='/esci'] button").await;
    browser.wait_for_url(|url| url.contains("/accedi")).await;

    // The editor adds the Arabic version, approves and schedules.
    login_any(&browser, &app, "caporedattore@example.org").await;
    browser.goto(&format!("{}{path}?lingua=ar", app.base)).await;
    browser.type_into("#title", "مكتبة مفتوحة في المساء").await;
    browser
        .type_into(
            "#body",
            "تبقى المكتبة مفتوحة ثلاث أمسيات في الأسبوع (من 18 إلى 22).",
        )
        .await;
    browser.click("#editor-form button[value=salva]").await;
    browser.wait_for_text("Modifiche salvate").await;
    browser.goto(&format!("{}{path}", app.base)).await;
    browser.click("button[value=approve]").await;
    browser.wait_for_text("Approvato").await;
    let at = agoral_domain::time::Timestamp::now().plus_seconds(3600);
    let local = jiff::Timestamp::from_second(at.0)
        .expect("instant")
        .to_zoned(jiff::tz::TimeZone::get("Europe/Rome").expect("zone"))
        .strftime("%Y-%m-%dT%H:%M")
        .to_string();
    browser
        .execute(&format!(
            "document.querySelector('#quando').value = '{local}'; return true;"
        ))
        .await;
    browser.click("button[value=schedule]").await;
    browser.wait_for_text("Programmato").await;
    let public = format!("{}/articoli/una-biblioteca-aperta-la-sera", app.base);
    let mut reader = app.client();
    assert_eq!(
        reader
            .get("/articoli/una-biblioteca-aperta-la-sera")
            .await
            .status,
        reqwest::StatusCode::NOT_FOUND
    );
    // Its time comes: the job publishes it, with its translation, feed and sitemap entries.
    app.db().make_jobs_due().await.expect("due");
    assert!(app.run_jobs().await >= 1);
    browser.goto(&public).await;
    browser.wait_for_text("Una biblioteca aperta la sera").await;
    let arabic_slug = app
        .db()
        .article_translations(agoral_domain::articles::ArticleId(id))
        .await
        .expect("db")
        .into_iter()
        .find(|t| t.lang == agoral_domain::lang::Lang::Ar)
        .expect("the Arabic version")
        .slug;
    browser
        .goto(&format!("{}/ar/articoli/{arabic_slug}", app.base))
        .await;
    let arabic = browser
        .execute("return [document.documentElement.dir, document.querySelector('h1').innerText]")
        .await;
    assert_eq!(arabic[0], "rtl");
    assert_eq!(arabic[1], "مكتبة مفتوحة في المساء");
    assert!(browser.axe_violations().await.is_empty());
    let feed = reader.get("/feed.xml").await;
    assert!(feed.body.contains("Una biblioteca aperta la sera"));
    let arabic_feed = reader.get("/ar/feed.xml").await;
    assert!(arabic_feed.body.contains("مكتبة مفتوحة في المساء"));
    let sitemap = reader.get("/sitemap.xml").await;
    assert!(
        sitemap
            .body
            .contains("/articoli/una-biblioteca-aperta-la-sera")
    );
    assert!(
        sitemap
            .body
            .contains(&format!("/ar/articoli/{arabic_slug}"))
    );
    browser.quit().await;
    app.stop().await;
}

/// The Osservatorio's whole path in a real browser: an analyst describes a
/// dataset, uploads a messy CSV, corrects a column's type in the preview,
/// follows the import's progress bar, draws a map of it; an editor places
/// the map in a story, which readers see with the map and its table.
#[tokio::test]
async fn an_analyst_imports_a_csv_and_an_editor_embeds_its_map_in_a_story() {
    use agoral_domain::organisations::OrganisationInput;
    let app = TestApp::new().await;
    let publisher = app
        .db()
        .create_organisation(
            &OrganisationInput::parse("ISTAT", "altro", "006003", "", false).expect("valid"),
        )
        .await
        .expect("organisation");
    app.user("analista@example.org", &[Role::Analyst]).await;
    let editor = app.user("caporedattore@example.org", &[Role::Editor]).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("residenti.csv");
    // Latin-1, semicolons, a title line, decimal commas, a footer.
    let text = "Residenti stranieri per comune (Città)\n\ncodice;comune;residenti;quota\n006003;Alessandria;12.345;12,5\n006039;Casale Monferrato;3.210;n.d.\n006114;Novi Ligure;2.001;7,25\n\nFonte: elaborazione\n";
    std::fs::write(
        &file,
        text.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>(),
    )
    .expect("write");

    let driver = Driver::start().await;
    let browser = driver.session().await;
    login_any(&browser, &app, "analista@example.org").await;
    browser
        .goto(&format!("{}/admin/osservatorio", app.base))
        .await;
    browser
        .click("a[href='/admin/osservatorio/dati/nuovo']")
        .await;
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "dataset form: {violations:?}");
    browser
        .type_into("#title_it", "Residenti stranieri per comune")
        .await;
    browser
        .execute(&format!(
            "document.querySelector('#publisher_id').value = '{}'; return true;",
            publisher.0
        ))
        .await;
    browser.click("label[for='theme-SOCI']").await;
    browser.type_into("#contact_name", "Osservatorio").await;
    browser
        .type_into("#contact_email", "osservatorio@example.org")
        .await;
    browser.click("label[for='published']").await;
    browser
        .click("form[action='/admin/osservatorio/dati/nuovo'] button[type=submit]")
        .await;
    browser.wait_for_text("Carica una nuova versione").await;

    browser.type_into("#file", &file.to_string_lossy()).await;
    browser
        .click("form[enctype='multipart/form-data'] button[type=submit]")
        .await;
    let text = browser.wait_for_text("Anteprima dell'importazione").await;
    assert!(text.contains("Casale Monferrato"), "{text}");
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "{violations:?}");
    browser.screenshot("observatory-preview").await;
    // "quota" holds a missing marker and decimals: kept as a decimal.
    browser
        .execute("document.querySelector('#type_3').value = 'decimal'; return true;")
        .await;
    browser.click("button[value='importa']").await;
    browser
        .wait_for_url(|url| url.contains("/versioni/1"))
        .await;
    browser.find("#job-progress").await;
    app.run_jobs().await;
    // The page follows the job by itself.
    browser.wait_for_text("Importazione completata").await;
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "version page: {violations:?}");

    let dataset = app
        .db()
        .dataset_by_slug("residenti-stranieri-per-comune")
        .await
        .expect("db")
        .expect("dataset");
    browser
        .goto(&format!(
            "{}/admin/osservatorio/grafici/nuovo?dati={}",
            app.base, dataset.id.0
        ))
        .await;
    browser
        .execute("document.querySelector('#kind').value = 'map'; document.querySelector('#category').value = 'codice'; return true;")
        .await;
    browser.click("label[for='value-2']").await;
    browser
        .type_into("#title_it", "Residenti stranieri nei comuni")
        .await;
    browser.type_into("#slug", "residenti-nei-comuni").await;
    browser.click("label[for='published']").await;
    browser.click("button[value='anteprima']").await;
    browser.wait_for_text("3 categorie").await;
    let violations = browser.axe_violations().await;
    assert!(
        violations.is_empty(),
        "chart form with its preview: {violations:?}"
    );
    browser.click("button[value='salva']").await;
    browser.wait_for_text("Modifiche salvate").await;
    browser.quit().await;

    // The editor writes the story; it is published through the workflow.
    let browser = driver.session().await;
    login_any(&browser, &app, "caporedattore@example.org").await;
    browser
        .goto(&format!("{}/admin/articoli/nuovo", app.base))
        .await;
    browser
        .type_into("#title", "Dove vivono i residenti stranieri")
        .await;
    browser
        .type_into("#standfirst", "La mappa dei comuni.")
        .await;
    browser
        .type_into(
            "#body",
            "Ecco la mappa:\n\n[[grafico residenti-nei-comuni]]\n",
        )
        .await;
    browser
        .click("form[action='/admin/articoli/nuovo'] button[type=submit]")
        .await;
    let url = browser
        .wait_for_url(|url| url.contains("/admin/articoli/") && !url.contains("nuovo"))
        .await;
    let id: i64 = url
        .split('?')
        .next()
        .and_then(|p| p.rsplit('/').next())
        .and_then(|s| s.parse().ok())
        .expect("id");
    let mut http = app.session_for(editor.id).await;
    let step = format!("/admin/articoli/{id}/passaggio?lingua=it");
    for action in ["submit", "publish"] {
        http.get(&format!("/admin/articoli/{id}")).await;
        assert_eq!(
            http.post_form(&step, &[("azione", action)]).await.status,
            reqwest::StatusCode::SEE_OTHER
        );
    }
    browser
        .goto(&format!(
            "{}/articoli/dove-vivono-i-residenti-stranieri",
            app.base
        ))
        .await;
    let text = browser.wait_for_text("Ecco la mappa").await;
    assert!(text.contains("Residenti stranieri nei comuni"), "{text}");
    let comuni = browser
        .execute("return document.querySelectorAll('.agoral-story-chart svg path').length;")
        .await;
    assert!(comuni.as_i64().unwrap_or(0) >= 187, "{comuni}");
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "{violations:?}");
    browser.screenshot("observatory-story-map").await;
    browser.quit().await;
    app.stop().await;
}

/// An Arabic-speaking reader sends a good practice through the form: the
/// first, empty submit comes back with every field named (and is checked
/// by axe), then the filled form reaches the thanks page.
#[tokio::test]
async fn a_reader_reports_a_good_practice_through_the_form() {
    let app = TestApp::new().await;
    let driver = Driver::start().await;
    let browser = driver.session().await;
    browser
        .goto(&format!("{}/ar/buone-pratiche/segnala", app.base))
        .await;
    browser
        .click("form[enctype='multipart/form-data'] button[type=submit]")
        .await;
    browser.wait_for_text("هذا الحقل مطلوب.").await;
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "{violations:?}");
    browser.type_into("#title", "مطبخ مشترك في الحي").await;
    browser
        .type_into(
            "#description",
            "نطبخ معًا كل يوم سبت مع العائلات القادمة حديثًا ونتعلم الإيطالية.",
        )
        .await;
    browser.click("#comune option[value='006003']").await;
    browser.type_into("#runner", "جمعية مثال").await;
    // Bootstrap Italia draws the boxes on the labels, which take the click.
    browser.click("label[for=target-famiglie]").await;
    browser
        .type_into("#contact_email", "lettrice@example.org")
        .await;
    browser.click("label[for=privacy]").await;
    // The form shown again carries a new token: a person takes a few
    // seconds to fill it in, and so does this reader.
    tokio::time::sleep(Duration::from_millis(3200)).await;
    browser
        .click("form[enctype='multipart/form-data'] button[type=submit]")
        .await;
    let url = browser.wait_for_url(|u| u.contains("inviato=1")).await;
    assert!(
        url.contains("/ar/buone-pratiche/segnala?inviato=1"),
        "{url}"
    );
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "{violations:?}");
    let (items, _) = app
        .db()
        .intake_items(&agoral_db::intake::IntakeFilter::default(), 10, 0)
        .await
        .expect("db");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].title, "مطبخ مشترك في الحي");
    assert_eq!(items[0].lang, agoral_domain::lang::Lang::Ar);
    browser.quit().await;
    app.stop().await;
}

/// The status page hides its address from other sites, yet Chromium must
/// still send this site its own `Origin` with the withdraw form (with
/// `Referrer-Policy: no-referrer` it sends `Origin: null`, which is
/// refused as cross-site).
#[tokio::test]
async fn a_sender_withdraws_a_practice_from_the_status_page() {
    use agoral_domain::{intake::IntakeStatus, services::taxonomy::TargetGroup};
    let app = TestApp::new().await;
    let (id, token) = crate::good_practices::received(
        &app,
        "Esempio: doposcuola con mediatori",
        "006003",
        &[TargetGroup::Students],
        true,
        "anna@example.org",
    )
    .await;
    let driver = Driver::start().await;
    let browser = driver.session().await;
    browser
        .goto(&format!("{}/buone-pratiche/stato/{token}", app.base))
        .await;
    browser
        .wait_for_text("Esempio: doposcuola con mediatori")
        .await;
    browser.click("label[for=confirm]").await;
    browser.click("button.btn-outline-danger").await;
    browser.wait_for_text("è stata ritirata").await;
    let item = app.db().intake_item(id).await.expect("db").expect("item");
    assert_eq!(item.status, IntakeStatus::Withdrawn);
    browser.quit().await;
    app.stop().await;
}

#[tokio::test]
async fn a_partner_and_a_visitor_send_and_an_editor_publishes_each_with_its_source() {
    use agoral_domain::{organisations::OrganisationInput, services::taxonomy::TargetGroup};
    let app = TestApp::new().await;
    let questura = app
        .db()
        .create_organisation(&OrganisationInput {
            trusted: true,
            ..OrganisationInput::parse("Questura di Alessandria", "questura", "006003", "", true)
                .expect("valid")
        })
        .await
        .expect("organisation");
    let partner = app
        .user("stampa@questura.example.it", &[Role::Contributor])
        .await;
    app.db()
        .update_profile(
            partner.id,
            "Ufficio stampa",
            Some(questura),
            agoral_domain::lang::Lang::It,
        )
        .await
        .expect("profile");
    app.user("caporedattrice@example.org", &[Role::Editor])
        .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("orari-sportello.pdf");
    std::fs::write(&pdf, crate::intake::PDF).expect("write");

    let driver = Driver::start().await;
    let browser = driver.session().await;

    // A partner sends a press release with a file.
    login_any(&browser, &app, "stampa@questura.example.it").await;
    browser
        .goto(&format!("{}/admin/contributi/nuovo", app.base))
        .await;
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "partner form: {violations:?}");
    browser
        .type_into(
            "#title",
            "Permessi di soggiorno: sportello aperto il sabato",
        )
        .await;
    browser
        .type_into(
            "#body",
            "Dal 1° dicembre lo sportello immigrazione della Questura apre anche il sabato mattina.",
        )
        .await;
    browser
        .type_into("#attachments", &pdf.to_string_lossy())
        .await;
    browser
        .click("form[enctype='multipart/form-data'] button[type=submit]")
        .await;
    browser.wait_for_text("Inviato alla redazione").await;
    browser.find("a[href$='/allegati/1']").await;
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "partner's item: {violations:?}");

    // A visitor's good practice, with the private status link mailed.
    let (practice, token) = crate::good_practices::received(
        &app,
        "Cucina comune del quartiere Cristo",
        "006003",
        &[TargetGroup::Families],
        false,
        "lettrice@example.org",
    )
    .await;

    // The editor finds both in the queue.
    let editor = driver.session().await;
    login_any(&editor, &app, "caporedattrice@example.org").await;
    editor.goto(&format!("{}/admin/arrivi", app.base)).await;
    let queue = editor.wait_for_text("Permessi di soggiorno").await;
    assert!(
        queue.contains("Cucina comune del quartiere Cristo"),
        "{queue}"
    );
    let violations = editor.axe_violations().await;
    assert!(violations.is_empty(), "queue: {violations:?}");
    // The release goes out as the trusted source wrote it.
    let release = app
        .db()
        .intake_items(
            &agoral_db::intake::IntakeFilter {
                channel: Some(agoral_domain::intake::Channel::Partner),
                ..Default::default()
            },
            10,
            0,
        )
        .await
        .expect("db")
        .0
        .pop()
        .expect("the release");
    editor
        .click(&format!("a[href='/admin/arrivi/{}']", release.id.0))
        .await;
    editor.wait_for_text("Testo originale").await;
    let violations = editor.axe_violations().await;
    assert!(violations.is_empty(), "item: {violations:?}");
    editor
        .click_to_load("form[action$='/pubblica'] button[type=submit]")
        .await;
    editor
        .wait_for_url(|u| u.contains("/admin/articoli/"))
        .await;

    // The good practice: accepted as a record, and made into a story.
    editor
        .goto(&format!("{}/admin/arrivi/{}", app.base, practice.0))
        .await;
    editor
        .click_to_load("form[action$='/bozza'] button[type=submit]")
        .await;
    editor
        .wait_for_url(|u| u.contains("/admin/articoli/"))
        .await;
    for step in ["submit", "approve", "publish"] {
        editor
            .click_to_load(&format!("button[name=azione][value={step}]"))
            .await;
    }
    editor.find("button[name=azione][value=unpublish]").await;
    editor
        .goto(&format!("{}/admin/arrivi/{}", app.base, practice.0))
        .await;
    editor.wait_for_text("Pubblicato").await;

    // Both stories carry their source on the public site.
    let items = app
        .db()
        .intake_items(
            &agoral_db::intake::IntakeFilter {
                statuses: vec![agoral_domain::intake::IntakeStatus::Published],
                ..Default::default()
            },
            10,
            0,
        )
        .await
        .expect("db")
        .0;
    assert_eq!(items.len(), 2, "both published");
    for item in items {
        let article = agoral_domain::articles::ArticleId(item.article_id.expect("story"));
        let slug = app
            .db()
            .article_translations(article)
            .await
            .expect("texts")
            .pop()
            .expect("text")
            .slug;
        browser.goto(&format!("{}/articoli/{slug}", app.base)).await;
        let story = browser.wait_for_text("Fonte:").await;
        assert!(story.contains(&item.title), "{story}");
        let violations = browser.axe_violations().await;
        assert!(violations.is_empty(), "story: {violations:?}");
    }
    // The visitor follows the practice on the private link.
    browser
        .goto(&format!("{}/buone-pratiche/stato/{token}", app.base))
        .await;
    browser
        .wait_for_text("Cucina comune del quartiere Cristo")
        .await;
    editor.quit().await;
    browser.quit().await;
    app.stop().await;
}
