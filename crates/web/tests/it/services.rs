//! The services directory's storage, on SQLite and PostgreSQL: a record
//! read back as written, duplicates refused without writing, filters,
//! verification, the change feed, and a backup round trip.

use agoral_db::services::{ServiceFilter, ServiceSave};
use agoral_domain::{
    lang::Lang,
    services::{
        record::{ServiceForm, ServiceInput, ServiceText, ServiceTextForm},
        taxonomy::{Category, TargetGroup},
    },
};
use agoral_web::cli::backup;

use crate::harness::TestApp;

/// A checked record: an example desk in Alessandria unless changed.
pub(crate) fn record(name: &str, change: impl FnOnce(&mut ServiceForm)) -> ServiceInput {
    let mut form = ServiceForm {
        categories: vec!["documenti".into(), "asilo".into()],
        target_groups: vec!["richiedenti-asilo".into()],
        languages: vec!["ar".into(), "it".into(), "ti".into()],
        channels: vec!["telefono".into(), "di-persona".into()],
        free: true,
        appointment_needed: true,
        phones: "0131 000000\n+39 348 0000000".into(),
        email: "sportello@example.org".into(),
        istat_code: "006003".into(),
        address: "Via di esempio 1".into(),
        lat: "44.9129".into(),
        lon: "8.6153".into(),
        hours: "lun 09:00-12:30\nmer 14:00-17:00\nven 22:00-02:00+1\n2026-12-25 chiuso".into(),
        texts: vec![
            ServiceTextForm {
                lang: None,
                text: ServiceText {
                    name: name.into(),
                    summary: "Aiuta con il permesso di soggiorno.".into(),
                    what_to_bring: "Passaporto".into(),
                    ..ServiceText::default()
                },
            },
            ServiceTextForm {
                lang: Some("ar".into()),
                text: ServiceText {
                    name: "مكتب المثال".into(),
                    summary: "يساعد في تصريح الإقامة.".into(),
                    ..ServiceText::default()
                },
            },
        ],
        ..ServiceForm::default()
    };
    change(&mut form);
    form.parse().expect("a valid record").0
}

pub(crate) fn saved(outcome: ServiceSave) -> agoral_domain::services::record::ServiceId {
    match outcome {
        ServiceSave::Saved(id) => id,
        other => panic!("not saved: {other:?}"),
    }
}

#[tokio::test]
async fn a_service_reads_back_as_written() {
    let app = TestApp::new().await;
    let db = app.db();
    let before = db.last_change_seq().await.expect("seq");
    let input = record("Sportello immigrazione di esempio", |_| {});
    let id = saved(db.create_service(&input, true).await.expect("create"));
    assert!(
        db.last_change_seq().await.expect("seq") > before,
        "a change row"
    );
    let service = db.service(id).await.expect("db").expect("found");
    assert!(service.is_example);
    assert!(service.verified_at.is_none());
    let r = &service.record;
    assert_eq!(r.categories, input.categories);
    assert_eq!(r.channels, input.channels);
    assert_eq!(r.target_groups, [TargetGroup::AsylumSeekers]);
    assert_eq!(r.languages, ["ar", "it", "ti"], "in the order given");
    assert_eq!(
        r.phones.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        ["+390131000000", "+393480000000"]
    );
    assert_eq!(r.point, input.point);
    assert_eq!(r.address.as_deref(), Some("Via di esempio 1"));
    assert_eq!(r.schedule, input.schedule, "hours round-trip");
    assert_eq!(r.texts.len(), 2);
    assert_eq!(service.text(Lang::Ar).name, "مكتب المثال");
    assert_eq!(
        service.text(Lang::Fr).name,
        "Sportello immigrazione di esempio",
        "Italian where not translated"
    );
    assert_eq!(
        r.email.as_ref().map(|e| e.as_str()),
        Some("sportello@example.org")
    );

    let editor = app
        .user(
            "redattrice@example.org",
            &[agoral_domain::accounts::Role::Editor],
        )
        .await;
    assert!(db.verify_service(id, editor.id.0).await.expect("verify"));
    let service = db.service(id).await.expect("db").expect("found");
    assert!(service.verified_at.is_some());
    assert_eq!(service.verified_by, Some(editor.id.0));
    assert!(
        db.service(agoral_domain::services::record::ServiceId(9999))
            .await
            .expect("db")
            .is_none()
    );
    app.stop().await;
}

#[tokio::test]
async fn duplicates_are_refused_and_nothing_is_written() {
    let app = TestApp::new().await;
    let db = app.db();
    let first = saved(
        db.create_service(&record("Sportello di esempio", |_| {}), true)
            .await
            .expect("create"),
    );
    // Same name in another case, same address and comune.
    let again = record("SPORTELLO DI ESEMPIO", |f| {
        f.address = "via di esempio 1".into()
    });
    assert_eq!(
        db.create_service(&again, true).await.expect("db"),
        ServiceSave::Duplicate(first)
    );
    assert_eq!(db.count_services().await.expect("count"), 1);
    // Another address is another service.
    let other = saved(
        db.create_service(
            &record("Sportello di esempio", |f| {
                f.address = "Piazza di esempio 2".into()
            }),
            true,
        )
        .await
        .expect("create"),
    );
    // An update that would make it a duplicate changes nothing.
    assert_eq!(
        db.update_service(other, &again).await.expect("db"),
        ServiceSave::Duplicate(first)
    );
    let kept = db.service(other).await.expect("db").expect("found");
    assert_eq!(kept.record.address.as_deref(), Some("Piazza di esempio 2"));
    // A real update replaces fields and lists.
    let changed = record("Sportello di esempio", |f| {
        f.address = "Piazza di esempio 2".into();
        f.languages = vec!["fr".into()];
        f.phones = "1522".into();
        f.categories = vec!["donne".into()];
    });
    assert_eq!(
        db.update_service(other, &changed).await.expect("db"),
        ServiceSave::Saved(other)
    );
    let kept = db.service(other).await.expect("db").expect("found");
    assert_eq!(kept.record.languages, ["fr"]);
    assert_eq!(kept.record.categories, [Category::Women]);
    assert_eq!(kept.record.phones[0].as_str(), "1522");
    assert_eq!(
        db.update_service(agoral_domain::services::record::ServiceId(9999), &changed)
            .await
            .expect("db"),
        ServiceSave::Missing
    );
    app.stop().await;
}

#[tokio::test]
async fn the_list_filters_by_every_criterion() {
    let app = TestApp::new().await;
    let db = app.db();
    saved(
        db.create_service(
            &record("Ambulatorio di esempio", |f| {
                f.categories = vec!["salute".into()];
                f.target_groups = vec!["tutti".into()];
                f.languages = vec!["fr".into()];
                f.appointment_needed = false;
                f.istat_code = "006039".into();
            }),
            true,
        )
        .await
        .expect("create"),
    );
    saved(
        db.create_service(
            &record("Corso di italiano di esempio", |f| {
                f.categories = vec!["italiano".into()];
                f.target_groups = vec!["donne".into()];
                f.free = false;
            }),
            true,
        )
        .await
        .expect("create"),
    );
    saved(
        db.create_service(
            &record("Casa rifugio di esempio", |f| {
                f.categories = vec!["donne".into()];
                f.sensitive = true;
                f.address.clear();
                f.lat.clear();
                f.lon.clear();
            }),
            true,
        )
        .await
        .expect("create"),
    );
    let names = |list: Vec<agoral_domain::services::record::Service>| {
        list.iter()
            .map(|s| s.text(Lang::It).name.clone())
            .collect::<Vec<_>>()
    };
    let all = db.services(&ServiceFilter::default()).await.expect("list");
    assert_eq!(
        names(all),
        [
            "Ambulatorio di esempio",
            "Casa rifugio di esempio",
            "Corso di italiano di esempio"
        ],
        "by name"
    );
    let by = |f: ServiceFilter| async move { names(db.services(&f).await.expect("list")) };
    assert_eq!(
        by(ServiceFilter {
            category: Some(Category::Health),
            ..ServiceFilter::default()
        })
        .await,
        ["Ambulatorio di esempio"]
    );
    assert_eq!(
        by(ServiceFilter {
            istat_code: Some("006039".into()),
            ..ServiceFilter::default()
        })
        .await,
        ["Ambulatorio di esempio"]
    );
    // A service for everyone is for women too.
    assert_eq!(
        by(ServiceFilter {
            target_group: Some(TargetGroup::Women),
            ..ServiceFilter::default()
        })
        .await,
        ["Ambulatorio di esempio", "Corso di italiano di esempio"]
    );
    assert_eq!(
        by(ServiceFilter {
            language: Some("ti".into()),
            ..ServiceFilter::default()
        })
        .await,
        ["Casa rifugio di esempio", "Corso di italiano di esempio"]
    );
    assert_eq!(
        by(ServiceFilter {
            free_only: true,
            without_appointment: true,
            ..ServiceFilter::default()
        })
        .await,
        ["Ambulatorio di esempio"]
    );
    // Hostile values find nothing and break nothing.
    assert!(
        by(ServiceFilter {
            language: Some("'; DROP TABLE services; --".into()),
            istat_code: Some("x".repeat(10_000)),
            ..ServiceFilter::default()
        })
        .await
        .is_empty()
    );
    assert_eq!(db.count_services().await.expect("count"), 3);
    // A page of ids, in the list's order, with the count of all matches.
    let (total, page) = db
        .service_page(&ServiceFilter::default(), 2, 1)
        .await
        .expect("page");
    assert_eq!(total, 3);
    let page = db.services_by_ids(&page).await.expect("services");
    assert_eq!(
        names(page),
        ["Casa rifugio di esempio", "Corso di italiano di esempio"]
    );
    let (total, page) = db
        .service_page(
            &ServiceFilter {
                category: Some(Category::Women),
                ..ServiceFilter::default()
            },
            30,
            0,
        )
        .await
        .expect("page");
    assert_eq!((total, page.len()), (1, 1));
    app.stop().await;
}

#[tokio::test]
async fn services_survive_a_backup_and_restore() {
    let source = TestApp::new().await;
    let id = saved(
        source
            .db()
            .create_service(&record("Sportello di esempio", |_| {}), true)
            .await
            .expect("create"),
    );
    let file = source.data_dir().join("servizi.tar.gz");
    backup::write_backup(source.db(), &source.state().media, &file, &mut |_, _, _| {})
        .await
        .expect("backup");
    let content = backup::read_backup(&file).expect("valid");
    let target = TestApp::new().await;
    backup::restore_into(target.db(), &target.state().media, content, false)
        .await
        .expect("restore");
    let original = source.db().service(id).await.expect("db").expect("found");
    let restored = target.db().service(id).await.expect("db").expect("found");
    assert_eq!(restored.record.point, original.record.point, "coordinates");
    assert_eq!(restored.record.schedule, original.record.schedule);
    assert_eq!(restored.record.texts, original.record.texts);
    assert_eq!(restored.record.languages, original.record.languages);
    // New services get new ids after the restored ones.
    saved(
        target
            .db()
            .create_service(&record("Altro sportello di esempio", |_| {}), true)
            .await
            .expect("ids continue"),
    );
    source.stop().await;
    target.stop().await;
}

#[tokio::test]
async fn the_public_list_filters_by_address_in_every_language() {
    let app = TestApp::new().await;
    let db = app.db();
    let always = "lun 00:00-24:00\nmar 00:00-24:00\nmer 00:00-24:00\ngio 00:00-24:00\n\
                  ven 00:00-24:00\nsab 00:00-24:00\ndom 00:00-24:00";
    let open = saved(
        db.create_service(
            &record("Sportello sempre aperto di esempio", |f| {
                f.hours = always.into();
                f.categories = vec!["salute".into()];
                f.appointment_needed = false;
            }),
            true,
        )
        .await
        .expect("create"),
    );
    saved(
        db.create_service(
            &record("Ufficio chiuso di esempio", |f| {
                // Only a date long past: closed from now on.
                f.hours = "2020-01-07 09:00-10:00".into();
                f.languages = vec!["fr".into()];
                f.texts.truncate(1);
            }),
            true,
        )
        .await
        .expect("create"),
    );
    let shelter = saved(
        db.create_service(
            &record("Casa rifugio di esempio", |f| {
                f.sensitive = true;
                f.address.clear();
                f.lat.clear();
                f.lon.clear();
                f.hours.clear();
            }),
            true,
        )
        .await
        .expect("create"),
    );
    let mut reader = app.client();

    let page = reader.get("/servizi").await;
    assert_eq!(page.status, reqwest::StatusCode::OK);
    assert!(page.body.contains("3 servizi"), "{}", page.body);
    assert!(page.body.contains("Ufficio chiuso di esempio"));
    assert!(page.body.contains("Orari non indicati"), "the shelter");

    let page = reader.get("/servizi?aperto=1").await;
    assert!(page.body.contains("Un servizio"));
    assert!(page.body.contains("Sportello sempre aperto di esempio"));
    assert!(page.body.contains("Aperto ora"));
    assert!(!page.body.contains("Ufficio chiuso di esempio"));
    // The filters stay chosen in the form, and the address can be shared.
    assert!(
        page.body
            .contains(r#"id="aperto" name="aperto" value="1" checked"#)
    );

    // In Arabic: a service that speaks Arabic and is open now.
    let page = reader
        .get("/ar/servizi?lingua=ar&aperto=1&senza-appuntamento=1")
        .await;
    assert!(page.body.contains("مكتب المثال"), "{}", page.body);
    assert!(page.body.contains(r#"lang="ar" dir="rtl""#));
    assert!(page.body.contains("خدمة واحدة"));
    assert!(page.body.contains("مفتوح الآن"));

    // The French-only office is shown in Italian, marked as such.
    let page = reader.get("/en/servizi?lingua=fr").await;
    assert!(page.body.contains("Ufficio chiuso di esempio"));
    assert!(
        page.body
            .contains(r#"<li class="agoral-service-card" lang="it" dir="ltr">"#)
    );

    // Unknown values are ignored with a notice: the list still answers.
    for query in [
        "categoria=magia",
        "comune=999999",
        "lingua=klingon",
        "destinatari=%3Cscript%3E",
        "categoria=&comune=&pagina=abc",
        "pagina=99999999999999999999",
    ] {
        let page = reader.get(&format!("/servizi?{query}")).await;
        assert_eq!(page.status, reqwest::StatusCode::OK, "{query}");
        assert!(page.body.contains("3 servizi"), "{query}");
        assert!(!page.body.contains("<script>"), "{query}");
        let notice = "Un filtro dell&#39;indirizzo non è valido";
        assert_eq!(
            page.body.contains(notice),
            !query.starts_with("categoria=&") && !query.starts_with("pagina"),
            "{query}"
        );
    }

    // A page past the end says so and leads back to the first.
    let page = reader.get("/servizi?pagina=5").await;
    assert!(page.body.contains("3 servizi"));
    assert!(page.body.contains("Questa pagina dell&#39;elenco è vuota"));
    assert!(!page.body.contains("Nessun servizio corrisponde"));

    // The service's page: every field given, open now, schema.org.
    let page = reader.get(&format!("/servizi/{}", open.0)).await;
    assert_eq!(page.status, reqwest::StatusCode::OK);
    assert!(page.body.contains(r#""@type":"GovernmentService""#));
    assert!(page.body.contains(r#""latitude":44.9129"#));
    assert!(page.body.contains("Via di esempio 1"));
    assert!(page.body.contains("Passaporto"), "what to bring");
    assert!(page.body.contains(r#"href="tel:+390131000000""#));
    assert!(page.body.contains("Aperto ora"));
    assert!(page.body.contains("Scheda di esempio"));
    assert!(page.body.contains("Informazioni non ancora verificate"));
    // A protected place: no address, no coordinates, anywhere.
    let page = reader.get(&format!("/servizi/{}", shelter.0)).await;
    assert_eq!(page.status, reqwest::StatusCode::OK);
    assert!(page.body.contains("L&#39;indirizzo non è pubblicato"));
    assert!(!page.body.contains("latitude"));
    assert!(!page.body.contains("streetAddress"));
    for missing in ["/servizi/abc", "/servizi/999999", "/ar/servizi/-1"] {
        assert_eq!(
            reader.get(missing).await.status,
            reqwest::StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn editors_add_and_edit_services_and_lose_nothing_typed() {
    use agoral_domain::accounts::Role;
    use reqwest::StatusCode;
    let app = TestApp::new().await;
    app.user("redattrice@example.org", &[Role::Editor]).await;
    app.user("autrice@example.org", &[Role::Author]).await;
    let mut author = app.login("autrice@example.org").await;
    assert_eq!(
        author.get("/admin/servizi").await.status,
        StatusCode::FORBIDDEN
    );
    let mut editor = app.login("redattrice@example.org").await;
    let page = editor.get("/admin/servizi/nuovo").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains(r#"name="name_ar""#),
        "a tab per language"
    );

    // Everything wrong at once: every problem is named, every value kept.
    let description = "Una descrizione lunga che non deve andare persa.";
    let bad = [
        ("name_it", "Sportello di prova"),
        ("description_it", description),
        ("name_ar", "مكتب التجربة"),
        ("category", "documenti"),
        ("category", "magia"),
        ("language", "ar"),
        ("language", "xx"),
        ("phones", "0131 CHIAMA"),
        ("istat_code", "006003"),
        ("address", "Via di prova 1"),
        ("sensitive", "1"),
        ("hours", "lun 12:00-09:00\nmar 09:00-12:00\nmar 11:00-13:00"),
    ];
    let response = editor.post_form("/admin/servizi/nuovo", &bad).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = &response.body;
    for expected in [
        "Una delle lingue indicate non è nell&#39;elenco",
        "Un numero di telefono contiene solo cifre",
        "Un luogo protetto (centro di accoglienza, casa rifugio) si pubblica senza indirizzo",
        "Riga 1: La fascia chiude prima di aprire",
        "Riga 3: Questa fascia si sovrappone",
        description,
        "مكتب التجربة",
        "0131 CHIAMA",
        "Via di prova 1",
    ] {
        assert!(body.contains(expected), "{expected}: {body}");
    }
    assert!(body.contains(r#"id="language-ar" name="language" value="ar" checked"#));
    assert_eq!(
        app.db().count_services().await.expect("count"),
        0,
        "nothing half-written"
    );

    // Hostile and oversized input: a clear page, nothing saved.
    let huge = "x".repeat(20_000);
    let response = editor
        .post_form(
            "/admin/servizi/nuovo",
            &[
                ("name_it", "<script>alert(1)</script>"),
                ("description_it", huge.as_str()),
                ("category", "salute"),
                ("istat_code", "006003"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!response.body.contains("<script>alert(1)</script>"));
    assert!(
        response.body.contains("&#60;script&#62;alert(1)"),
        "kept, escaped"
    );
    assert_eq!(app.db().count_services().await.expect("count"), 0);

    // Swapped coordinates: a warning first, saved once confirmed.
    let good = [
        ("name_it", "Sportello di prova"),
        ("summary_it", "Aiuta con i documenti."),
        ("name_ar", "مكتب التجربة"),
        ("category", "documenti"),
        ("language", "ar"),
        ("language", "it"),
        ("phones", "0131 000000"),
        ("istat_code", "006003"),
        ("address", "Via di prova 1"),
        ("lat", "8.6153"),
        ("lon", "44.9129"),
        ("hours", "lun 09:00-12:00"),
        ("free", "1"),
    ];
    let response = editor.post_form("/admin/servizi/nuovo", &good).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .body
            .contains("fuori dalla provincia di Alessandria")
    );
    assert_eq!(app.db().count_services().await.expect("count"), 0);
    let mut confirmed = good.to_vec();
    confirmed.push(("confirm_outside", "1"));
    let response = editor.post_form("/admin/servizi/nuovo", &confirmed).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let location = response.location().to_owned();
    assert!(location.ends_with("?fatto=salvato"), "{location}");

    // The same again is a duplicate: refused, with a link to the first.
    let response = editor.post_form("/admin/servizi/nuovo", &confirmed).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .body
            .contains("Esiste già un servizio con lo stesso nome")
    );
    assert_eq!(app.db().count_services().await.expect("count"), 1);

    // Edit: the form comes back filled; a change is saved and shown.
    let path = location.trim_end_matches("?fatto=salvato").to_owned();
    let page = editor.get(&location).await;
    assert!(page.body.contains("Modifiche salvate."));
    assert!(page.body.contains("lun 09:00-12:00"));
    assert!(page.body.contains("+390131000000"));
    let mut edited: Vec<(&str, &str)> = confirmed
        .iter()
        .map(|(k, v)| (*k, if *k == "hours" { "mer 14:00-17:00" } else { *v }))
        .collect();
    edited.push(("channel", "telefono"));
    let response = editor.post_form(&path, &edited).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let id: i64 = path
        .rsplit('/')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("id");
    let service = app
        .db()
        .service(agoral_domain::services::record::ServiceId(id))
        .await
        .expect("db")
        .expect("saved");
    assert_eq!(service.record.schedule.to_text().trim(), "mer 14:00-17:00");
    assert!(!service.is_example);
    assert!(service.verified_at.is_none());
    let response = editor.post_form(&format!("{path}/verifica"), &[]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let page = editor.get(&path).await;
    assert!(
        page.body.contains("Informazioni verificate il"),
        "{}",
        page.body
    );
    let public = app.client().get(&format!("/servizi/{id}")).await;
    assert!(public.body.contains("Informazioni verificate il"));
    assert!(public.body.contains("Al telefono"));
    assert_eq!(
        editor.get("/admin/servizi/999999").await.status,
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

/// Validates `value` against one of the HSDS schemas shipped with the
/// tests (`hsds/validate.py`, Python's jsonschema with format checks).
fn assert_valid_hsds(schema: &str, value: &serde_json::Value, what: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/hsds");
    let file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(file.path(), value.to_string()).expect("write");
    let output = std::process::Command::new("python3")
        .arg(dir.join("validate.py"))
        .arg(dir.join(schema))
        .arg(file.path())
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{what} is not valid HSDS ({schema}):\n{}{}\n{value:#}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test]
async fn the_hsds_api_passes_the_open_referral_schemas() {
    use reqwest::StatusCode;
    let app = TestApp::new().await;
    let db = app.db();
    let organisation = db
        .create_organisation(
            &agoral_domain::organisations::OrganisationInput::parse(
                "Associazione di esempio",
                "terzo_settore",
                "006003",
                "https://example.org",
                true,
            )
            .expect("valid"),
        )
        .await
        .expect("organisation");
    let desk = saved(
        db.create_service(
            &record("Sportello di esempio", |f| {
                f.organisation_id = Some(organisation.0);
                f.website = "https://example.org/sportello".into();
                f.texts[0].text.how_to_access = "Su appuntamento, per telefono.".into();
                f.texts[0].text.who_for = "Persone straniere residenti.".into();
                f.hours = "lun 09:00-12:30, 14:00-17:00\nven 22:00-02:00+1\n\
                           2030-12-25 chiuso\n2030-12-24 09:00-11:00"
                    .into();
                f.areas = vec!["006174".into(), "006001".into()];
                f.accessibility = vec!["ascensore".into(), "senza-gradini".into()];
                f.contact_name = "Maria Esempio".into();
                f.contact_title = "Mediatrice culturale".into();
            }),
            true,
        )
        .await
        .expect("create"),
    );
    let shelter = saved(
        db.create_service(
            &record("Casa rifugio di esempio", |f| {
                f.categories = vec!["donne".into()];
                f.sensitive = true;
                f.address.clear();
                f.lat.clear();
                f.lon.clear();
                f.free = false;
                f.texts[0].text.cost = "Un contributo secondo il reddito.".into();
                f.province_wide = true;
            }),
            true,
        )
        .await
        .expect("create"),
    );
    db.verify_service(
        desk,
        app.user("r@example.org", &[agoral_domain::accounts::Role::Editor])
            .await
            .id
            .0,
    )
    .await
    .expect("verify");
    let mut client = app.client();
    let get_json = |body: &str| -> serde_json::Value { serde_json::from_str(body).expect("JSON") };

    let page = client.get("/api/hsds/services").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.header("content-type").starts_with("application/json"));
    let list = get_json(&page.body);
    assert_eq!(list["total_items"], 2);
    assert_eq!(list["first_page"], true);
    let contents = list["contents"].as_array().expect("contents");
    for item in contents {
        assert_valid_hsds("service_list.json", item, "a listed service");
        let id = item["id"].as_str().expect("id");
        let detail = client.get(&format!("/api/hsds/services/{id}")).await;
        assert_eq!(detail.status, StatusCode::OK, "{id}");
        assert_valid_hsds(
            "service_with_definitions.json",
            &get_json(&detail.body),
            "a service",
        );
    }
    // Locations, the taxonomy and its terms, each as its HSDS definition.
    let locations = get_json(&client.get("/api/hsds/locations?per_page=1").await.body);
    assert_eq!(locations["total_items"], 2);
    assert_eq!(locations["total_pages"], 2);
    for path in [
        "/api/hsds/locations",
        "/api/hsds/locations?page=2&per_page=1",
    ] {
        for item in get_json(&client.get(path).await.body)["contents"]
            .as_array()
            .expect("contents")
        {
            assert_valid_hsds(
                "service_with_definitions.json#/definitions/location",
                item,
                "a location",
            );
        }
    }
    let location = client
        .get(&format!("/api/hsds/locations/{}", shelter.0))
        .await;
    assert_eq!(location.status, StatusCode::OK);
    let location = get_json(&location.body);
    assert!(location.get("addresses").is_none(), "a protected place");
    let taxonomies = get_json(&client.get("/api/hsds/taxonomies").await.body);
    let taxonomy = &taxonomies["contents"][0];
    assert_valid_hsds(
        "service_with_definitions.json#/definitions/taxonomy",
        taxonomy,
        "the taxonomy",
    );
    let id = taxonomy["id"].as_str().expect("id");
    assert_eq!(
        client
            .get(&format!("/api/hsds/taxonomies/{id}"))
            .await
            .status,
        StatusCode::OK
    );
    let terms = get_json(&client.get("/api/hsds/taxonomy_terms?lang=ar").await.body);
    assert_eq!(terms["total_items"], 15);
    for term in terms["contents"].as_array().expect("contents") {
        assert_valid_hsds(
            "service_with_definitions.json#/definitions/taxonomy_term",
            term,
            "a category",
        );
    }
    let first = terms["contents"][0]["id"].as_str().expect("id");
    let term = get_json(
        &client
            .get(&format!("/api/hsds/taxonomy_terms/{first}"))
            .await
            .body,
    );
    assert_eq!(term["code"], "documenti");
    for (path, status) in [
        (
            "/api/hsds/taxonomy_terms/0000000e-0000-4000-8000-000000000001",
            StatusCode::NOT_FOUND,
        ),
        ("/api/hsds/taxonomy_terms/99", StatusCode::NOT_FOUND),
        ("/api/hsds/taxonomies/2", StatusCode::NOT_FOUND),
        ("/api/hsds/locations/abc", StatusCode::NOT_FOUND),
        ("/api/hsds/locations?page=0", StatusCode::BAD_REQUEST),
    ] {
        assert_eq!(client.get(path).await.status, status, "{path}");
    }

    // The desk, in detail: organisation, hours, categories, languages.
    let detail = get_json(
        &client
            .get(&format!("/api/hsds/services/{}", desk.0))
            .await
            .body,
    );
    assert_eq!(detail["organization"]["name"], "Associazione di esempio");
    assert_eq!(detail["assured_date"].as_str().map(str::len), Some(10));
    let schedules = detail["schedules"].as_array().expect("schedules");
    assert_eq!(schedules.len(), 5, "three weekly ranges, two dates");
    assert_eq!(schedules[0]["byday"], "MO");
    assert_eq!(schedules[0]["opens_at"], "09:00");
    assert!(
        schedules
            .iter()
            .any(|s| s["valid_from"] == "2030-12-25" && s.get("opens_at").is_none())
    );
    assert_eq!(detail["languages"][0]["code"], "ar");
    assert_eq!(
        detail["attributes"][0]["taxonomy_term"]["code"],
        "documenti"
    );
    let location = &detail["service_at_locations"][0]["location"];
    assert_eq!(location["latitude"], 44.9129);
    assert_eq!(location["addresses"][0]["address_1"], "Via di esempio 1");
    // Where it serves (its comune first), its place's accessibility, whom
    // to ask for.
    let areas: Vec<&str> = detail["service_areas"]
        .as_array()
        .expect("areas")
        .iter()
        .filter_map(|a| a["name"].as_str())
        .collect();
    assert_eq!(areas, ["Alessandria", "Acqui Terme", "Tortona"]);
    assert_eq!(
        location["accessibility"][0]["description"],
        "Ingresso senza gradini"
    );
    assert_eq!(location["accessibility"][1]["description"], "Ascensore");
    assert_eq!(detail["contacts"][0]["name"], "Maria Esempio");
    assert_eq!(detail["contacts"][0]["title"], "Mediatrice culturale");
    // A protected place: no address, no coordinates.
    let hidden = get_json(
        &client
            .get(&format!("/api/hsds/services/{}", shelter.0))
            .await
            .body,
    );
    let location = &hidden["service_at_locations"][0]["location"];
    assert!(location.get("latitude").is_none() && location.get("addresses").is_none());
    assert_eq!(
        hidden["service_areas"][0]["name"],
        "Provincia di Alessandria"
    );
    assert_eq!(
        hidden["fees_description"],
        "Un contributo secondo il reddito."
    );
    // In Arabic where translated.
    let arabic = get_json(
        &client
            .get(&format!("/api/hsds/services/{}?lang=ar", desk.0))
            .await
            .body,
    );
    assert_eq!(arabic["name"], "مكتب المثال");

    // Filters and pages.
    let women = get_json(
        &client
            .get("/api/hsds/services?taxonomy_term_id=donne")
            .await
            .body,
    );
    assert_eq!(women["total_items"], 1);
    let term = hidden["attributes"][0]["taxonomy_term_id"]
        .as_str()
        .expect("term");
    let by_uuid = get_json(
        &client
            .get(&format!("/api/hsds/services?taxonomy_term_id={term}"))
            .await
            .body,
    );
    assert_eq!(by_uuid["total_items"], 1);
    let by_org = get_json(
        &client
            .get(&format!(
                "/api/hsds/services?organization_id={}",
                detail["organization_id"].as_str().expect("org")
            ))
            .await
            .body,
    );
    assert_eq!(by_org["total_items"], 1);
    let second = get_json(
        &client
            .get("/api/hsds/services?per_page=1&page=2")
            .await
            .body,
    );
    assert_eq!(second["size"], 1);
    assert_eq!(second["total_pages"], 2);
    assert_eq!(second["last_page"], true);
    let capped = get_json(&client.get("/api/hsds/services?per_page=100000").await.body);
    assert_eq!(capped["size"], 2);

    // Where each service is given.
    let places = get_json(&client.get("/api/hsds/service_at_locations").await.body);
    assert_eq!(places["total_items"], 2);
    for item in places["contents"].as_array().expect("contents") {
        assert_valid_hsds(
            "service_at_location_list.json",
            item,
            "a service at a location",
        );
        let id = item["id"].as_str().expect("id");
        let one = client
            .get(&format!("/api/hsds/service_at_locations/{id}"))
            .await;
        assert_eq!(one.status, StatusCode::OK, "{id}");
        assert_valid_hsds(
            "service_at_location_list.json",
            &get_json(&one.body),
            "a service at a location",
        );
    }
    let sheltered = get_json(
        &client
            .get(&format!("/api/hsds/service_at_locations/{}", shelter.0))
            .await
            .body,
    );
    assert_eq!(sheltered["service"]["name"], "Casa rifugio di esempio");
    assert!(sheltered["location"].get("latitude").is_none());
    assert!(sheltered["location"].get("addresses").is_none());

    // Organisations.
    let organisations = get_json(&client.get("/api/hsds/organizations").await.body);
    for item in organisations["contents"].as_array().expect("contents") {
        assert_valid_hsds("organization_list.json", item, "an organisation");
    }
    let one = client
        .get(&format!(
            "/api/hsds/organizations/{}",
            detail["organization_id"].as_str().expect("org")
        ))
        .await;
    assert_eq!(one.status, StatusCode::OK);

    // Bad input: a clear status, never a server error.
    for (path, status) in [
        ("/api/hsds/services?page=0", StatusCode::BAD_REQUEST),
        ("/api/hsds/services?per_page=abc", StatusCode::BAD_REQUEST),
        (
            "/api/hsds/services?taxonomy_term_id=magia",
            StatusCode::BAD_REQUEST,
        ),
        (
            "/api/hsds/services?organization_id=%27%3B--",
            StatusCode::BAD_REQUEST,
        ),
        ("/api/hsds/services/xyz", StatusCode::NOT_FOUND),
        (
            "/api/hsds/services/00000002-0000-4000-8000-000000000001",
            StatusCode::NOT_FOUND,
        ),
        ("/api/hsds/services/999999", StatusCode::NOT_FOUND),
        ("/api/hsds/organizations/0", StatusCode::NOT_FOUND),
        ("/api/hsds/service_at_locations/xyz", StatusCode::NOT_FOUND),
        (
            "/api/hsds/service_at_locations?page=-1",
            StatusCode::BAD_REQUEST,
        ),
    ] {
        assert_eq!(client.get(path).await.status, status, "{path}");
    }
    let root = get_json(&client.get("/api/hsds").await.body);
    assert_eq!(root["version"], "3.0.1");

    // The whole directory: CSV and HSDS JSON.
    let csv = client.get("/servizi.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    let lines: Vec<&str> = csv.body.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3, "a header and two services: {}", csv.body);
    assert!(lines[0].starts_with("id,nome,sommario,categorie"));
    let shelter_row = lines
        .iter()
        .find(|l| l.contains("Casa rifugio di esempio"))
        .expect("shelter row");
    assert!(!shelter_row.contains("Via di esempio"), "{shelter_row}");
    assert!(!shelter_row.contains("44.9129"), "{shelter_row}");
    let desk_row = lines
        .iter()
        .find(|l| l.contains("Sportello di esempio"))
        .expect("desk row");
    assert!(
        desk_row.contains("+390131000000; +393480000000"),
        "{desk_row}"
    );
    assert!(
        desk_row.contains("\"lun 09:00-12:30, 14:00-17:00; ven 22:00-02:00+1;"),
        "{desk_row}"
    );
    let all = get_json(&client.get("/servizi.json").await.body);
    let all = all.as_array().expect("an array");
    assert_eq!(all.len(), 2);
    for item in all {
        assert_valid_hsds("service_with_definitions.json", item, "an exported service");
    }
    app.stop().await;
}

#[tokio::test]
async fn the_openapi_document_covers_every_api_route() {
    use reqwest::StatusCode;
    let app = TestApp::new().await;
    let mut client = app.client();
    let page = client.get("/api/openapi.json").await;
    assert_eq!(page.status, StatusCode::OK);
    let document: serde_json::Value = serde_json::from_str(&page.body).expect("JSON");
    assert_eq!(document["openapi"], "3.1.0");
    assert!(
        document["servers"][0]["url"]
            .as_str()
            .is_some_and(|u| u.starts_with("http")),
        "the instance's address"
    );
    let paths = document["paths"].as_object().expect("paths");
    let (_, routes) = agoral_web::build_app(app.state().clone());
    let api: Vec<String> = routes
        .iter()
        .filter(|r| r.path.starts_with("/api/") || r.path == "/api")
        .map(|r| r.path.clone())
        .collect();
    assert!(api.len() >= 6, "{api:?}");
    for path in &api {
        assert!(
            paths.contains_key(path),
            "{path} is not in /api/openapi.json"
        );
    }
    // And nothing documented that does not answer.
    for path in paths.keys() {
        let concrete = path.replace("{id}", "1").replace("{slug}", "nessuno");
        let status = client.get(&concrete).await.status;
        assert!(
            status == StatusCode::OK || status == StatusCode::NOT_FOUND && concrete != *path,
            "{path}: {status}"
        );
        assert!(
            routes.iter().any(|r| &r.path == path),
            "{path} is documented but not routed"
        );
    }
    app.stop().await;
}

/// The fields the back-office form sends for [`record`]'s desk, with
/// `hours` and the Arabic summary as given.
pub(crate) fn desk_fields<'a>(
    name: &'a str,
    hours: &'a str,
    summary_ar: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name_it", name),
        ("summary_it", "Aiuta con il permesso di soggiorno."),
        ("name_ar", "مكتب المثال"),
        ("summary_ar", summary_ar),
        ("category", "documenti"),
        ("language", "ar"),
        ("language", "it"),
        ("phones", "0131 000000"),
        ("istat_code", "006003"),
        ("address", "Via di esempio 1"),
        ("lat", "44.9129"),
        ("lon", "8.6153"),
        ("hours", hours),
        ("free", "1"),
    ]
}

#[tokio::test]
async fn providers_update_their_own_services_through_the_editors() {
    use agoral_db::service_changes::ChangeDecision;
    use agoral_domain::{
        accounts::Role,
        organisations::OrganisationInput,
        services::{change::ChangeStatus, record::ServiceId},
    };
    use reqwest::StatusCode;
    let app = TestApp::new().await;
    let db = app.db();
    let organisation = |name: &str| {
        OrganisationInput::parse(name, "terzo_settore", "006003", "", true).expect("valid")
    };
    let ours = db
        .create_organisation(&organisation("Associazione nostra"))
        .await
        .expect("organisation");
    let theirs = db
        .create_organisation(&organisation("Associazione altrui"))
        .await
        .expect("organisation");
    let mine = saved(
        db.create_service(
            &record("Sportello nostro", |f| {
                f.organisation_id = Some(ours.0);
                f.hours = "lun 09:00-12:00".into();
            }),
            false,
        )
        .await
        .expect("save"),
    );
    let other = saved(
        db.create_service(
            &record("Sportello altrui", |f| f.organisation_id = Some(theirs.0)),
            false,
        )
        .await
        .expect("save"),
    );
    let provider = app.user("socia@example.org", &[Role::Contributor]).await;
    db.update_profile(provider.id, "Socia", Some(ours), Lang::It)
        .await
        .expect("profile");
    app.user("redattrice@example.org", &[Role::Editor]).await;
    app.user("sola@example.org", &[Role::Contributor]).await;

    // A contributor without an organisation is told why there is nothing.
    let mut alone = app.login("sola@example.org").await;
    let page = alone.get("/admin/servizi").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("non è collegato a nessuna organizzazione")
    );
    assert!(!page.body.contains("Sportello"));

    // Their own organisation's services only; another's is refused.
    let mut socia = app.login("socia@example.org").await;
    let page = socia.get("/admin/servizi").await;
    assert!(page.body.contains("Sportello nostro"));
    assert!(!page.body.contains("Sportello altrui"));
    assert!(page.body.contains("dopo il controllo della redazione"));
    let other_path = format!("/admin/servizi/{}", other.0);
    assert_eq!(socia.get(&other_path).await.status, StatusCode::FORBIDDEN);
    let fields = desk_fields("Sportello altrui preso", "lun 09:00-12:00", "");
    let response = socia.post_form(&other_path, &fields).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    let response = socia
        .post_form(&format!("{other_path}/verifica"), &[])
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    let untouched = db.service(other).await.expect("db").expect("service");
    assert_eq!(untouched.text(Lang::It).name, "Sportello altrui");
    assert!(untouched.verified_at.is_none());
    assert!(db.pending_service_changes().await.expect("db").is_empty());
    // The editors' queue is theirs alone.
    assert_eq!(
        socia.get("/admin/servizi/modifiche").await.status,
        StatusCode::FORBIDDEN
    );

    // Bad input from a provider: every problem named, nothing proposed.
    let path = format!("/admin/servizi/{}", mine.0);
    let bad: Vec<(&str, &str)> = desk_fields("Sportello nostro", "lun 12:00-09:00", "")
        .into_iter()
        .map(|(k, v)| {
            if k == "phones" {
                (k, "0131 CHIAMA")
            } else {
                (k, v)
            }
        })
        .collect();
    let response = socia.post_form(&path, &bad).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .body
            .contains("Riga 1: La fascia chiude prima di aprire")
    );
    assert!(response.body.contains("0131 CHIAMA"));
    assert!(db.pending_service_changes().await.expect("db").is_empty());

    // A change is proposed, not applied, even when it names another
    // organisation as the owner.
    let theirs_id = theirs.0.to_string();
    let mut change = desk_fields("Sportello nostro", "lun 09:00-13:00", "ساعات جديدة");
    change.push(("organisation_id", theirs_id.as_str()));
    let response = socia.post_form(&path, &change).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    assert_eq!(response.location(), "/admin/servizi?fatto=proposta");
    let record_now = db.service(mine).await.expect("db").expect("service");
    assert_eq!(
        record_now.record.schedule.to_text().trim(),
        "lun 09:00-12:00"
    );
    let pending = db.pending_service_changes().await.expect("db");
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].organisation_id, ours);
    assert_eq!(pending[0].form.organisation_id, Some(ours.0));
    // The provider goes on from their proposal; a second one replaces it.
    let page = socia.get(&path).await;
    assert!(page.body.contains("lun 09:00-13:00"), "{}", page.body);
    assert!(page.body.contains("Stai modificando la tua proposta"));
    let response = socia.post_form(&path, &change).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(db.pending_service_changes().await.expect("db").len(), 1);

    // The editor sees it field by field and must give a reason to reject.
    let mut editor = app.login("redattrice@example.org").await;
    let page = editor.get("/admin/servizi").await;
    assert!(
        page.body.contains("Modifiche da approvare: 1"),
        "{}",
        page.body
    );
    let change_path = format!("/admin/servizi/modifiche/{}", pending[0].id.0);
    let page = editor.get(&change_path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<del>lun 09:00-12:00"), "{}", page.body);
    assert!(page.body.contains("<ins>lun 09:00-13:00"));
    assert!(page.body.contains("ساعات جديدة"));
    assert!(
        !page.body.contains("Via di esempio 1</ins>"),
        "unchanged fields are not listed"
    );
    let response = editor
        .post_form(&format!("{change_path}/rifiuta"), &[("reason", "   ")])
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.body.contains("Campo obbligatorio."));
    let huge = "x".repeat(5_000);
    let response = editor
        .post_form(
            &format!("{change_path}/rifiuta"),
            &[("reason", huge.as_str())],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        db.service_change(pending[0].id)
            .await
            .expect("db")
            .expect("change")
            .status,
        ChangeStatus::Pending
    );
    let response = editor
        .post_form(
            &format!("{change_path}/rifiuta"),
            &[("reason", "L'orario del lunedì non è confermato dal Comune.")],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(
        response.location(),
        "/admin/servizi/modifiche?fatto=respinta"
    );
    // Deciding twice is refused without writing.
    let response = editor
        .post_form(&format!("{change_path}/approva"), &[])
        .await;
    assert_eq!(
        response.location(),
        "/admin/servizi/modifiche?fatto=gia-decisa"
    );
    let record_now = db.service(mine).await.expect("db").expect("service");
    assert_eq!(
        record_now.record.schedule.to_text().trim(),
        "lun 09:00-12:00"
    );
    app.run_jobs().await;
    let mails = app.mail_files();
    assert!(
        mails
            .iter()
            .any(|m| m.contains("socia@example.org") && m.contains("non è confermato dal Comune")),
        "{mails:?}"
    );
    let page = socia.get("/admin/servizi").await;
    assert!(page.body.contains("Respinta"));
    assert!(page.body.contains("non è confermato dal Comune"));

    // Proposed again and approved: applied, verified, the provider told.
    let response = socia.post_form(&path, &change).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let pending = db.pending_service_changes().await.expect("db");
    assert_eq!(pending.len(), 1);
    let response = editor
        .post_form(
            &format!("/admin/servizi/modifiche/{}/approva", pending[0].id.0),
            &[],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    assert_eq!(
        response.location(),
        "/admin/servizi/modifiche?fatto=approvata"
    );
    let record_now = db.service(mine).await.expect("db").expect("service");
    assert_eq!(
        record_now.record.schedule.to_text().trim(),
        "lun 09:00-13:00"
    );
    assert_eq!(record_now.record.organisation_id, Some(ours));
    assert_eq!(record_now.text(Lang::Ar).summary, "ساعات جديدة");
    assert!(record_now.verified_at.is_some());
    // The approval of a change no longer pending applies nothing.
    let again = db
        .approve_service_change(pending[0].id, &record_now.record, 1)
        .await
        .expect("db");
    assert_eq!(again, ChangeDecision::Gone);
    app.run_jobs().await;
    assert!(
        app.mail_files()
            .iter()
            .any(|m| m.contains("Modifica pubblicata: Sportello nostro"))
    );
    let public = app.client().get(&format!("/servizi/{}", mine.0)).await;
    assert!(public.body.contains("13:00"));

    // A trusted organisation's contributor publishes at once, and a new
    // service is theirs whatever the form says.
    let mut trusted = db.organisation(ours).await.expect("db").expect("org");
    trusted.trusted = true;
    db.update_organisation(
        ours,
        &OrganisationInput {
            name: trusted.name.clone(),
            kind: trusted.kind,
            istat_code: trusted.istat_code.clone(),
            website: None,
            network_member: true,
            is_example: false,
            trusted: true,
        },
    )
    .await
    .expect("trust");
    let direct = desk_fields("Sportello nostro", "lun 08:00-13:00", "ساعات جديدة");
    let response = socia.post_form(&path, &direct).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert!(response.location().ends_with("?fatto=salvato"));
    let record_now = db.service(mine).await.expect("db").expect("service");
    assert_eq!(
        record_now.record.schedule.to_text().trim(),
        "lun 08:00-13:00"
    );
    let mut new = desk_fields("Corso di italiano nostro", "mar 18:00-20:00", "");
    new.push(("organisation_id", theirs_id.as_str()));
    let response = socia.post_form("/admin/servizi/nuovo", &new).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let created: i64 = response
        .location()
        .trim_start_matches("/admin/servizi/")
        .trim_end_matches("?fatto=salvato")
        .parse()
        .expect("id");
    let created = db
        .service(ServiceId(created))
        .await
        .expect("db")
        .expect("new");
    assert_eq!(created.record.organisation_id, Some(ours));
    assert!(db.pending_service_changes().await.expect("db").is_empty());
    app.stop().await;
}

#[tokio::test]
async fn stale_services_are_marked_and_their_providers_asked_once() {
    use agoral_domain::{accounts::Role, organisations::OrganisationInput};
    use agoral_web::services::freshness;
    use reqwest::StatusCode;
    let app = TestApp::new().await;
    let db = app.db();
    let ours = db
        .create_organisation(
            &OrganisationInput::parse("Associazione nostra", "terzo_settore", "006003", "", true)
                .expect("valid"),
        )
        .await
        .expect("organisation");
    let old = saved(
        db.create_service(
            &record("Sportello dimenticato", |f| {
                f.organisation_id = Some(ours.0)
            }),
            false,
        )
        .await
        .expect("save"),
    );
    let fresh = saved(
        db.create_service(
            &record("Sportello curato", |f| f.organisation_id = Some(ours.0)),
            false,
        )
        .await
        .expect("save"),
    );
    let provider = app.user("socia@example.org", &[Role::Contributor]).await;
    db.update_profile(provider.id, "Socia", Some(ours), Lang::It)
        .await
        .expect("profile");
    // Confirmed 200 days ago, beyond the default 180.
    let long_ago = agoral_domain::time::Timestamp::now().0 - 200 * 86_400;
    sqlx::query("UPDATE services SET verified_at = $1, created_at = $1 WHERE id = $2")
        .bind(long_ago)
        .bind(old.0)
        .execute(db.pool())
        .await
        .expect("age");

    // Shown as possibly out of date, in the list and on its page.
    let page = app.client().get(&format!("/servizi/{}", old.0)).await;
    assert!(page.body.contains("non sono state confermate di recente"));
    let page = app.client().get(&format!("/servizi/{}", fresh.0)).await;
    assert!(!page.body.contains("non sono state confermate di recente"));
    let list = app.client().get("/servizi").await;
    assert_eq!(
        list.body.matches("Da verificare").count(),
        1,
        "{}",
        list.body
    );
    // The editors' desk lists the records to check on their own.
    app.user("redattrice@example.org", &[Role::Editor]).await;
    let mut editor = app.login("redattrice@example.org").await;
    let desk = editor.get("/admin/servizi?da-verificare=1").await;
    assert!(desk.body.contains("Sportello dimenticato"));
    assert!(!desk.body.contains("Sportello curato"));
    let desk = editor.get("/admin/servizi?da-verificare=x&pagina=-3").await;
    assert_eq!(desk.status, StatusCode::OK, "odd parameters are ignored");
    assert!(desk.body.contains("Sportello curato"));

    // Asked once per period, whatever the number of runs.
    assert_eq!(freshness::ask_providers(app.state()).await.expect("ask"), 1);
    assert_eq!(freshness::ask_providers(app.state()).await.expect("ask"), 0);
    app.run_jobs().await;
    let mails = app.mail_files();
    let mail = mails
        .iter()
        .find(|m| m.contains("Sportello dimenticato"))
        .expect("the provider is asked");
    assert!(!mails.iter().any(|m| m.contains("Sportello curato")));
    let link = mail
        .split_whitespace()
        .find(|w| w.contains("/servizi/conferma/"))
        .expect("a link");
    let path = &link[link.find("/servizi/conferma/").expect("path")..];

    // Opening the link changes nothing (mail scanners open links).
    let mut client = app.client();
    let page = client.get(path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Sportello dimenticato"));
    let still = db.service(old).await.expect("db").expect("service");
    assert_eq!(still.verified_at.map(|t| t.0), Some(long_ago));
    // A forged or malformed link: a clear page, nothing changed.
    for bad in [
        "/servizi/conferma/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "/servizi/conferma/%3Cscript%3E",
    ] {
        let response = client.post_form(bad, &[]).await;
        assert_eq!(response.status, StatusCode::GONE, "{bad}");
        assert!(response.body.contains("non è valido o è scaduto"));
    }
    let response = client.post_form(path, &[]).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    assert!(response.body.contains("risulta verificata oggi"));
    let confirmed = db.service(old).await.expect("db").expect("service");
    assert!(confirmed.verified_at.expect("verified").0 > long_ago);
    assert_eq!(confirmed.verified_by, Some(provider.id.0));
    // The link works once.
    let response = client.post_form(path, &[]).await;
    assert_eq!(response.status, StatusCode::GONE);
    // The page was cached while stale: the change feed empties the cache
    // within a poll.
    let mut fresh_again = false;
    for _ in 0..50 {
        let page = app.client().get(&format!("/servizi/{}", old.0)).await;
        if !page.body.contains("non sono state confermate di recente") {
            fresh_again = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(fresh_again, "the confirmed record is no longer marked");

    // The desk shows 50 services a page.
    for n in 0..50 {
        saved(
            db.create_service(&record(&format!("Sportello numero {n:02}"), |_| {}), false)
                .await
                .expect("save"),
        );
    }
    let first = editor.get("/admin/servizi").await;
    assert!(first.body.contains("52 servizi"), "{}", first.body);
    assert_eq!(
        first.body.matches("<tr>").count(),
        51,
        "a header and 50 rows"
    );
    assert!(first.body.contains("href=\"/admin/servizi?pagina=2\""));
    let second = editor.get("/admin/servizi?pagina=2").await;
    assert_eq!(second.body.matches("<tr>").count(), 3);
    app.stop().await;
}

#[tokio::test]
async fn the_map_shows_the_lists_services_and_never_a_protected_place() {
    use reqwest::StatusCode;
    let app = TestApp::new().await;
    let db = app.db();
    // Two desks at addresses in Alessandria, close enough to be grouped;
    // one in Acqui Terme without coordinates; a shelter in Casale.
    let a = saved(
        db.create_service(&record("Sportello uno", |_| {}), false)
            .await
            .expect("save"),
    );
    let b = saved(
        db.create_service(
            &record("Sportello due", |f| {
                f.address = "Via di esempio 2".into();
                f.lat = "44.9131".into();
                f.lon = "8.6156".into();
            }),
            false,
        )
        .await
        .expect("save"),
    );
    let acqui = saved(
        db.create_service(
            &record("Sportello <termale>", |f| {
                f.istat_code = "006001".into();
                f.lat.clear();
                f.lon.clear();
                f.languages = vec!["fr".into()];
            }),
            false,
        )
        .await
        .expect("save"),
    );
    let shelter = saved(
        db.create_service(
            &record("Casa rifugio", |f| {
                f.istat_code = "006039".into();
                f.address.clear();
                f.lat.clear();
                f.lon.clear();
                f.sensitive = true;
            }),
            false,
        )
        .await
        .expect("save"),
    );
    let svg_of = |body: &str| -> String {
        let start = body.find("<svg xmlns").expect("a map");
        let end = body[start..].find("</svg>").expect("its end") + start + 6;
        body[start..end].to_owned()
    };

    let page = app.client().get("/servizi/mappa").await;
    assert_eq!(page.status, StatusCode::OK);
    let svg = svg_of(&page.body);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let links: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("a"))
        .filter_map(|n| n.attribute("href"))
        .collect();
    // The two desks in Alessandria are one group, linked to their comune.
    assert!(links.contains(&"/servizi?comune=006003"), "{links:?}");
    assert!(svg.contains("Alessandria: 2 servizi"));
    assert!(links.contains(&format!("/servizi/{}", acqui.0).as_str()));
    assert!(svg.contains("Sportello &lt;termale&gt;"), "escaped");
    assert!(!svg.contains("Casa rifugio"));
    assert!(
        !links
            .iter()
            .any(|l| l.ends_with(&format!("/{}", shelter.0)))
    );
    assert!(
        page.body
            .contains("Un luogo protetto (centro di accoglienza, casa rifugio) non è mostrato")
    );
    // The list under the map: every service shown, by comune.
    for expected in [
        "Sportello uno",
        "Sportello due",
        "Acqui Terme",
        "indirizzo non sulla mappa",
    ] {
        assert!(page.body.contains(expected), "{expected}");
    }
    assert!(page.body.contains("Confini dei comuni: ISTAT, openpolis"));

    // The list's filters apply, and an unknown value is said, not an error.
    let page = app
        .client()
        .get("/servizi/mappa?lingua=fr&categoria=magia")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("è stato ignorato"), "{}", page.body);
    assert!(page.body.contains("Sportello &lt;termale&gt;"));
    assert!(!page.body.contains("Sportello uno"));
    let list = app.client().get("/servizi?lingua=fr").await;
    assert!(
        list.body.contains("href=\"/servizi/mappa?lingua=fr\""),
        "the list links to its map"
    );

    // In Arabic, with the same structure.
    let page = app.client().get("/ar/servizi/mappa").await;
    assert!(page.body.contains("خريطة الخدمات"));
    assert!(
        page.body
            .contains(&format!("href=\"/ar/servizi/{}\"", acqui.0))
    );

    // A service's page: its comune highlighted; a protected place without
    // a marker.
    let page = app.client().get(&format!("/servizi/{}", b.0)).await;
    let svg = svg_of(&page.body);
    roxmltree::Document::parse(&svg).expect("well-formed SVG");
    assert!(svg.contains("agoral-map-highlight"));
    assert!(svg.contains("<circle"));
    let page = app.client().get(&format!("/servizi/{}", shelter.0)).await;
    let svg = svg_of(&page.body);
    assert!(svg.contains("agoral-map-highlight"));
    assert!(!svg.contains("<circle"), "no marker for a protected place");
    let _ = a;
    app.stop().await;
}

#[tokio::test]
async fn dates_with_other_hours_say_why_in_the_readers_language() {
    let app = TestApp::new().await;
    let day = |n: i64| {
        agoral_domain::time::Timestamp::now()
            .plus_seconds(n * 86_400)
            .date_iso()
    };
    let hours = format!(
        "lun 09:00-12:00\n{} chiuso [festivita]\n{} 09:00-18:00 [campagna-rinnovi]\n{} chiuso [inventario-annuale]",
        day(10),
        day(11),
        day(12)
    );
    let id = saved(
        app.db()
            .create_service(
                &record("Sportello con eccezioni", |f| f.hours = hours),
                false,
            )
            .await
            .expect("save"),
    );
    let page = app.client().get(&format!("/servizi/{}", id.0)).await;
    for expected in [
        "Chiuso (festività)",
        "09:00-18:00 (apertura straordinaria per i rinnovi)",
        "(inventario annuale)",
    ] {
        assert!(page.body.contains(expected), "{expected}: {}", page.body);
    }
    let page = app.client().get(&format!("/ar/servizi/{}", id.0)).await;
    assert!(page.body.contains("عطلة رسمية"), "{}", page.body);
    app.stop().await;
}

#[tokio::test]
async fn a_point_in_another_comune_is_saved_only_once_confirmed() {
    use agoral_domain::accounts::Role;
    use reqwest::StatusCode;
    let app = TestApp::new().await;
    app.user("redattrice@example.org", &[Role::Editor]).await;
    let mut editor = app.login("redattrice@example.org").await;
    // In Alessandria by its comune, in Acqui Terme by its coordinates.
    let mut fields = desk_fields("Sportello spostato", "lun 09:00-12:00", "");
    for field in fields.iter_mut() {
        match field.0 {
            "lat" => field.1 = "44.676",
            "lon" => field.1 = "8.468",
            _ => {}
        }
    }
    let response = editor.post_form("/admin/servizi/nuovo", &fields).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .body
            .contains("è nel comune di Acqui Terme, non in quello del servizio (Alessandria)"),
        "{}",
        response.body
    );
    assert_eq!(app.db().count_services().await.expect("count"), 0);
    fields.push(("confirm_outside", "1"));
    let response = editor.post_form("/admin/servizi/nuovo", &fields).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    assert_eq!(app.db().count_services().await.expect("count"), 1);
    app.stop().await;
}

#[tokio::test]
async fn the_comuni_a_service_serves_find_it_and_unknown_comuni_are_refused() {
    use agoral_domain::accounts::Role;
    use reqwest::StatusCode;
    let app = TestApp::new().await;
    let db = app.db();
    let tortona = saved(
        db.create_service(
            &record("Sportello di zona", |f| {
                f.areas = vec!["006174".into()];
                f.accessibility = vec!["bagno-accessibile".into()];
                f.contact_name = "Luca Esempio".into();
            }),
            false,
        )
        .await
        .expect("save"),
    );
    saved(
        db.create_service(
            &record("Numero provinciale", |f| {
                f.province_wide = true;
                f.areas = vec!["006174".into()];
            }),
            false,
        )
        .await
        .expect("save"),
    );
    saved(
        db.create_service(&record("Sportello solo cittadino", |_| {}), false)
            .await
            .expect("save"),
    );
    let stored = db.services(&ServiceFilter::default()).await.expect("db");
    let provincial = stored
        .iter()
        .find(|s| s.record.province_wide)
        .expect("provincial");
    assert!(
        provincial.record.areas.is_empty(),
        "the whole province needs no list"
    );

    // Tortona finds the service based in Alessandria that serves it, and the
    // provincial one; not the one for Alessandria only.
    let list = app.client().get("/servizi?comune=006174").await;
    assert!(list.body.contains("Sportello di zona"));
    assert!(list.body.contains("Numero provinciale"));
    assert!(!list.body.contains("Sportello solo cittadino"));
    let page = app.client().get(&format!("/servizi/{}", tortona.0)).await;
    assert!(page.body.contains("Serve anche: Tortona"));
    assert!(page.body.contains("Bagno accessibile"));
    assert!(page.body.contains("Referente: Luca Esempio"));
    let csv = app.client().get("/servizi.csv").await;
    assert!(csv.body.contains("006003; 006174"), "{}", csv.body);
    assert!(csv.body.contains(",provincia,"));

    // Codes of the right shape that are no comune: a clear error, nothing saved.
    app.user("redattrice@example.org", &[Role::Editor]).await;
    let mut editor = app.login("redattrice@example.org").await;
    let before = db.count_services().await.expect("count");
    for (field, value) in [
        ("istat_code", "006999"),
        ("area", "001272"),
        ("area", "zzz"),
    ] {
        let mut fields = desk_fields("Sportello nuovo", "lun 09:00-12:00", "");
        match field {
            "istat_code" => {
                for f in fields.iter_mut().filter(|f| f.0 == "istat_code") {
                    f.1 = value;
                }
            }
            _ => fields.push((field, value)),
        }
        let response = editor.post_form("/admin/servizi/nuovo", &fields).await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}={value}"
        );
        assert!(
            response.body.contains("Scegli un comune della provincia."),
            "{field}={value}: {}",
            response.body
        );
    }
    assert_eq!(db.count_services().await.expect("count"), before);
    app.stop().await;
}

#[tokio::test]
async fn the_list_finds_services_by_their_words_in_any_language() {
    use reqwest::StatusCode;
    let app = TestApp::new().await;
    let db = app.db();
    let course = saved(
        db.create_service(
            &record("Corso di italiano per adulti", |f| {
                f.texts[0].text.summary =
                    "Lezioni all'università popolare, per le scuole serali.".into();
                f.texts[1].text.name = "دورة اللغة الإيطالية للأطفال".into();
            }),
            false,
        )
        .await
        .expect("save"),
    );
    saved(
        db.create_service(
            &record("Sportello casa", |f| {
                f.texts[1].text.name = "مكتب السكن".into();
            }),
            false,
        )
        .await
        .expect("save"),
    );
    // The words are written as the instance follows the change feed.
    let mut found = false;
    for _ in 0..50 {
        if app
            .client()
            .get("/servizi?q=universita")
            .await
            .body
            .contains("Corso di italiano")
        {
            found = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(found, "accents folded");
    for (query, expected) in [
        ("scuola serale", true),
        ("CORSI italiano", true),
        ("الاطفال", true),
        ("italiano casa", false),
        ("\"italiano", true),
        ("della", true),
    ] {
        let page = app
            .client()
            .get(&format!(
                "/servizi?q={}",
                form_urlencoded::byte_serialize(query.as_bytes()).collect::<String>()
            ))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        assert_eq!(page.body.contains("Corso di italiano"), expected, "{query}");
        if query != "della" {
            assert!(!page.body.contains("Sportello casa"), "{query}");
        }
    }
    // Hostile and oversized queries: the list, and a notice.
    let huge = "x".repeat(10_000);
    for query in [huge.as_str(), "a\u{1}b", "%_%", "' OR 1=1 --"] {
        let page = app
            .client()
            .get(&format!(
                "/servizi?q={}",
                form_urlencoded::byte_serialize(query.as_bytes()).collect::<String>()
            ))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        if query.len() > 200 || query.contains('\u{1}') {
            assert!(page.body.contains("è stato ignorato"));
            assert!(page.body.contains("Sportello casa"), "the whole list");
        }
    }
    // The map takes the same words.
    let map = app.client().get("/servizi/mappa?q=universita").await;
    assert!(map.body.contains(&format!("/servizi/{}", course.0)));
    assert!(!map.body.contains("Sportello casa"));
    // The site search names the matching services too, in the reader's
    // language, with a link to all of them.
    let search = app.client().get("/cerca?q=universita").await;
    assert!(
        search.body.contains("Servizi che corrispondono"),
        "{}",
        search.body
    );
    assert!(
        search
            .body
            .contains(&format!("href=\"/servizi/{}\"", course.0))
    );
    assert!(search.body.contains("href=\"/servizi?q=universita\""));
    let search = app
        .client()
        .get("/ar/cerca?q=%D8%A7%D9%84%D8%A7%D8%B7%D9%81%D8%A7%D9%84")
        .await;
    assert!(search.body.contains("خدمات مطابقة"));
    assert!(search.body.contains("دورة اللغة الإيطالية للأطفال"));
    let search = app.client().get("/cerca?q=zzzzzz").await;
    assert!(!search.body.contains("Servizi che corrispondono"));
    app.stop().await;
}
