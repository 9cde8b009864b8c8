//! The contributions network's intake: partner submissions with files, the
//! redazione's queue and its actions, the one receive path every channel
//! uses, embargoes, organisations' contacts and sender addresses.

use agoral_domain::{
    accounts::{Role, UserId},
    intake::{Channel, IntakeId, IntakeStatus, ItemKind, NewAttachment, NewItem, Sender},
    lang::Lang,
    organisations::{OrganisationId, OrganisationInput},
};
use agoral_web::intake::{Received, receive};
use reqwest::StatusCode;

use crate::harness::{TestApp, TestClient, field_value};

/// A one-page PDF that opens: catalog, page tree, an empty page and a
/// cross-reference table with the right offsets.
pub(crate) const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\
2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n\
3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n\
xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n\
trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n";
const PNG_HEADER: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";

pub(crate) async fn organisation(app: &TestApp, name: &str, trusted: bool) -> OrganisationId {
    let input = OrganisationInput {
        trusted,
        ..OrganisationInput::parse(name, "questura", "006003", "", true).expect("valid")
    };
    app.db()
        .create_organisation(&input)
        .await
        .expect("organisation")
}

pub(crate) async fn partner(app: &TestApp, email: &str, org: OrganisationId) -> TestClient {
    let user = app.user(email, &[Role::Contributor]).await;
    app.db()
        .update_profile(user.id, "Ufficio stampa", Some(org), Lang::It)
        .await
        .expect("profile");
    app.login(email).await
}

pub(crate) fn release_fields<'a>(title: &'a str, nonce: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("form_nonce", nonce),
        ("kind", "comunicato"),
        ("title", title),
        (
            "body",
            "La Questura comunica che dal 1° dicembre lo sportello per i permessi di soggiorno \
             apre anche il sabato mattina, dalle 9 alle 12.\n\nSi riceve su appuntamento.",
        ),
        ("lang", "it"),
        ("comuni", "006003"),
        ("embargo", ""),
        ("contact_name", "Ufficio stampa"),
        ("contact_email", "stampa@questura.example.it"),
        ("contact_phone", "+39 0131 310111"),
    ]
}

fn item_id_from(location: &str) -> i64 {
    location
        .trim_start_matches("/admin/contributi/")
        .split('?')
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("an item address: {location}"))
}

async fn count_items(app: &TestApp) -> i64 {
    let (_, total) = app
        .db()
        .intake_items(&Default::default(), 10, 0)
        .await
        .expect("items");
    total
}

async fn wait_for(app: &TestApp, path: &str, needle: &str) -> String {
    for _ in 0..50 {
        let page = app.client().get(path).await;
        if page.body.contains(needle) {
            return page.body;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{path} never showed {needle:?}");
}

#[tokio::test]
async fn a_partners_release_with_a_file_becomes_a_press_release_with_its_source() {
    let app = TestApp::new().await;
    let questura = organisation(&app, "Questura di Alessandria", true).await;
    let mut socia = partner(&app, "stampa@questura.example.it", questura).await;
    app.user("caporedattrice@example.org", &[Role::Editor])
        .await;

    let form = socia.get("/admin/contributi/nuovo").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.body.contains("Questura di Alessandria"));
    let nonce = field_value(&form.body, "form_nonce").expect("nonce");
    let fields = release_fields("Sportello permessi aperto il sabato", &nonce);
    let sent = socia
        .post_multipart_files(
            "/admin/contributi/nuovo",
            &fields,
            &[("attachments", "orari-sportello.pdf", PDF)],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let id = item_id_from(sent.location());
    // A double click sends the same form again: one item.
    let again = socia
        .post_multipart_files(
            "/admin/contributi/nuovo",
            &fields,
            &[("attachments", "orari-sportello.pdf", PDF)],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(item_id_from(again.location()), id);
    assert_eq!(count_items(&app).await, 1);

    let mine = socia.get(sent.location()).await;
    assert_eq!(
        mine.status,
        StatusCode::OK,
        "{} {:?}",
        sent.location(),
        mine.headers
    );
    assert!(
        mine.body.contains("Inviato alla redazione"),
        "{}",
        mine.body
    );
    assert!(mine.body.contains("orari-sportello.pdf"));
    // The sender edits it while the redazione has not taken it.
    let mut edited = release_fields("Sportello permessi aperto anche il sabato", "x");
    edited.retain(|(name, _)| *name != "form_nonce");
    let saved = socia
        .post_multipart_files(&format!("/admin/contributi/{id}"), &edited, &[])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // The redazione hears of it at once.
    app.run_jobs().await;
    let mails = app.mail_files();
    assert!(
        mails
            .iter()
            .any(|m| m.contains("caporedattrice@example.org")
                && m.contains("Comunicato stampa")
                && m.contains(&format!("/admin/arrivi/{id}"))),
        "{mails:?}"
    );

    let mut editor = app.login("caporedattrice@example.org").await;
    let queue = editor.get("/admin/arrivi").await;
    assert!(
        queue
            .body
            .contains("Sportello permessi aperto anche il sabato")
    );
    assert!(queue.body.contains("Account partner"));
    let detail = editor.get(&format!("/admin/arrivi/{id}")).await;
    assert!(detail.body.contains("stampa@questura.example.it"));
    assert!(detail.body.contains("Fonte affidabile"));
    let attachment = app
        .db()
        .intake_attachments(IntakeId(id))
        .await
        .expect("files")
        .pop()
        .expect("a file");
    let (status, headers, bytes) = editor
        .get_bytes(&format!("/admin/arrivi/{id}/allegati/{}", attachment.id))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, PDF);
    assert!(
        headers["content-disposition"]
            .to_str()
            .expect("ascii")
            .starts_with("attachment;")
    );
    // Another item's address does not open this file.
    let (status, ..) = editor
        .get_bytes(&format!(
            "/admin/arrivi/{}/allegati/{}",
            id + 1,
            attachment.id
        ))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // A trusted source's release goes out as it is, with its source.
    let published = editor
        .post_form(&format!("/admin/arrivi/{id}/pubblica"), &[])
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    assert!(published.location().starts_with("/admin/articoli/"));
    let item = app
        .db()
        .intake_item(IntakeId(id))
        .await
        .expect("db")
        .expect("item");
    assert_eq!(item.status, IntakeStatus::Published);
    let article = item.article_id.expect("a story");
    let slug = app
        .db()
        .article_translations(agoral_domain::articles::ArticleId(article))
        .await
        .expect("texts")
        .pop()
        .expect("a text")
        .slug;
    let story = wait_for(
        &app,
        &format!("/articoli/{slug}"),
        "Fonte: Questura di Alessandria",
    )
    .await;
    assert!(story.contains("comunicato del"), "{story}");
    assert!(story.contains("Sportello permessi aperto anche il sabato"));
    // The organisation's public page lists it.
    let page = app
        .client()
        .get(&format!("/organizzazioni/{}", questura.0))
        .await;
    assert!(
        page.body
            .contains("Sportello permessi aperto anche il sabato")
    );

    // Taken: the sender can no longer change it, and is told why.
    let late = socia
        .post_multipart_files(&format!("/admin/contributi/{id}"), &edited, &[])
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(late.body.contains("non si può più modificare"));
    // The sender heard of the publication.
    app.run_jobs().await;
    assert!(
        app.mail_files()
            .iter()
            .any(|m| m.contains("stampa@questura.example.it") && m.contains("Pubblicato"))
    );
}

#[tokio::test]
async fn a_bad_submission_names_every_problem_keeps_the_text_and_writes_nothing() {
    let app = TestApp::builder()
        .setting("max_attachment_bytes", "4096")
        .build()
        .await;
    let org = organisation(&app, "Prefettura di Alessandria", false).await;
    let mut socia = partner(&app, "ufficio@prefettura.example.it", org).await;
    socia.get("/admin/contributi/nuovo").await;

    let long_title = "T".repeat(10_000);
    let bad = vec![
        ("form_nonce", "n1"),
        ("kind", "comunicato"),
        ("title", long_title.as_str()),
        ("body", "<script>alert('x')</script> troppo corto"),
        ("lang", "de"),
        ("comuni", "999999"),
        ("embargo", "2020-01-01T10:00"),
        ("contact_email", "non-una-mail"),
        ("contact_phone", "chiamami"),
    ];
    let response = socia
        .post_multipart_files(
            "/admin/contributi/nuovo",
            &bad,
            &[
                ("attachments", "comunicato.pdf", PNG_HEADER),
                ("attachments", "programma.exe", b"MZ\x90\x00"),
                ("attachments", "grande.pdf", &[b'%'; 5000]),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = &response.body;
    for message in [
        "embargo è già passato",
        "Scegli un comune della provincia",
        "comunicato.pdf: il contenuto del file non corrisponde al nome",
        "programma.exe: tipo di file non ammesso",
        "grande.pdf: il file supera la dimensione massima",
        "sceglili di nuovo",
    ] {
        assert!(body.contains(message), "missing {message:?}");
    }
    // What was typed is kept, escaped.
    assert!(
        body.contains("&#60;script&#62;alert("),
        "the text is kept, escaped"
    );
    assert!(!body.contains("<script>alert("));
    assert_eq!(count_items(&app).await, 0);

    // Eleven files are too many, even if each is fine.
    let files: Vec<(&str, &str, &[u8])> = (0..11).map(|_| ("attachments", "a.pdf", PDF)).collect();
    let fields = release_fields("Undici allegati per un comunicato", "n2");
    let response = socia
        .post_multipart_files("/admin/contributi/nuovo", &fields, &files)
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.body.contains("al massimo 10 file"));
    assert_eq!(count_items(&app).await, 0);

    // Someone else's submission is not theirs to see.
    let mut other = partner(&app, "altro@prefettura.example.it", org).await;
    other.get("/admin/contributi/nuovo").await;
    let fine = other
        .post_multipart_files(
            "/admin/contributi/nuovo",
            &release_fields("Un comunicato dell'altro ufficio", "n3"),
            &[],
        )
        .await;
    assert_eq!(fine.status, StatusCode::SEE_OTHER, "{}", fine.body);
    let theirs = socia.get(fine.location()).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    // A contributor without an organisation is told why.
    app.user("solo@example.org", &[Role::Contributor]).await;
    let mut alone = app.login("solo@example.org").await;
    let page = alone.get("/admin/contributi/nuovo").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.body.contains("non è collegato a un"), "{}", page.body);
}

pub(crate) fn item(title: &str, org: Option<OrganisationId>) -> NewItem {
    NewItem {
        channel: Channel::Mail,
        kind: ItemKind::Comunicato,
        organisation_id: org,
        submitted_by: None,
        to_verify: org.is_none(),
        lang: Lang::It,
        title: title.to_owned(),
        body: "Testo del comunicato, abbastanza lungo per essere una notizia.".to_owned(),
        comuni: vec![],
        embargo_until: None,
        source_url: None,
        external_id: Some(format!("<{title}@example.it>")),
        source_date: None,
        sender: Sender {
            name: Some("Mario Rossi".into()),
            email: Some("mario.rossi@example.it".into()),
            phone: None,
        },
    }
}

#[tokio::test]
async fn every_channel_receives_once_and_keeps_what_it_can() {
    let app = TestApp::new().await;
    let org = organisation(&app, "ASL AL", true).await;
    let db = app.db();

    // Senders are matched by verified address, then by verified domain.
    db.add_organisation_sender(org, "asl.example.it", true, Some(1))
        .await
        .expect("sender")
        .expect("new");
    db.add_organisation_sender(org, "privato@gmail.example.com", false, None)
        .await
        .expect("sender")
        .expect("new");
    assert_eq!(
        db.organisation_for_sender("Ufficio.Stampa@ASL.example.it")
            .await
            .expect("db"),
        Some(org)
    );
    assert_eq!(
        db.organisation_for_sender("privato@gmail.example.com")
            .await
            .expect("db"),
        None,
        "an address that is not verified matches nothing"
    );
    assert_eq!(
        db.organisation_for_sender("not-an-address")
            .await
            .expect("db"),
        None
    );
    // The same domain cannot be registered twice.
    assert_eq!(
        db.add_organisation_sender(org, "asl.example.it", true, Some(1))
            .await
            .expect("db"),
        None
    );

    // Fifty files: twenty kept, the rest refused and noted; a file whose
    // content is not what its name says is refused too.
    let mut files: Vec<NewAttachment> = (0..50)
        .map(|n| NewAttachment {
            file_name: format!("allegato-{n:02}.pdf"),
            content_type: "application/pdf".into(),
            bytes: PDF.to_vec(),
        })
        .collect();
    files[0] = NewAttachment {
        file_name: "foto.pdf".into(),
        content_type: "application/pdf".into(),
        bytes: PNG_HEADER.to_vec(),
    };
    let mut long = item("Cinquanta allegati", Some(org));
    long.body = "parola ".repeat(40_000);
    let received = receive(app.state(), long.clone(), files)
        .await
        .expect("receive");
    let Received::Created { id, refused } = received else {
        panic!("created: {received:?}");
    };
    assert_eq!(refused.len(), 31, "{refused:?}");
    assert!(refused.iter().any(|r| r == "foto.pdf: mismatch"));
    assert_eq!(db.intake_attachments(id).await.expect("files").len(), 19);
    let stored = db.intake_item(id).await.expect("db").expect("item");
    assert_eq!(
        stored.body.chars().count(),
        agoral_domain::intake::MAX_BODY_CHARS
    );
    let notes = db.intake_notes(id).await.expect("notes");
    assert!(notes.iter().any(|n| n.event == "body_cut"));
    assert_eq!(
        notes
            .iter()
            .filter(|n| n.event == "attachment_refused")
            .count(),
        31
    );
    // The same message again (a restart, a second poll): nothing new.
    let again = receive(app.state(), long, vec![]).await.expect("receive");
    assert_eq!(again, Received::AlreadyHad(id));

    // Control characters and an empty title do not make an empty item.
    let mut odd = item("", None);
    odd.body = "Prima riga\u{0}\u{7} utile\n\nSeconda".into();
    let Received::Created { id: odd_id, .. } =
        receive(app.state(), odd, vec![]).await.expect("receive")
    else {
        panic!("created")
    };
    let odd = db.intake_item(odd_id).await.expect("db").expect("item");
    assert_eq!(odd.title, "Prima riga utile");
    assert_eq!(odd.status, IntakeStatus::ToVerify);

    // The "to verify" lane is not in the redazione's default view.
    app.user("redattore@example.org", &[Role::Editor]).await;
    let mut editor = app.login("redattore@example.org").await;
    let queue = editor.get("/admin/arrivi").await;
    assert!(queue.body.contains("Cinquanta allegati"));
    assert!(!queue.body.contains("Prima riga utile"));
    let lane = editor.get("/admin/arrivi?stato=to_verify").await;
    assert!(lane.body.contains("Prima riga utile"));

    // A Comune's mail is about its comune, and the comuni it names; the
    // comuni a sender chose are kept as they are.
    let comune = db
        .create_organisation(
            &OrganisationInput::parse("Comune di Ovada", "comune", "006121", "", true)
                .expect("valid"),
        )
        .await
        .expect("organisation");
    let mut named = item("Sportello comune con Molare", Some(comune));
    named.body = "Il servizio apre anche a Rocca Grimalda e nel Comune di Molare.".into();
    let Received::Created { id: named, .. } =
        receive(app.state(), named, vec![]).await.expect("receive")
    else {
        panic!("created")
    };
    let codes = |item: agoral_domain::intake::IntakeItem| -> Vec<String> {
        item.comuni.iter().map(|c| c.as_str().to_owned()).collect()
    };
    let named = db.intake_item(named).await.expect("db").expect("item");
    assert_eq!(codes(named), ["006095", "006121", "006147"]);
    let mut chosen = item("Scelti dal mittente: Valenza", Some(org));
    chosen.comuni = vec![agoral_domain::comuni::IstatCode::parse("006003").expect("code")];
    let Received::Created { id: chosen, .. } =
        receive(app.state(), chosen, vec![]).await.expect("receive")
    else {
        panic!("created")
    };
    let chosen = db.intake_item(chosen).await.expect("db").expect("item");
    assert_eq!(codes(chosen), ["006003"]);
    // Filters that make no sense are said, not an error page.
    let odd_filter = editor
        .get("/admin/arrivi?stato=boh&canale=piccione&dal=ieri")
        .await;
    assert_eq!(odd_filter.status, StatusCode::OK);
    assert!(odd_filter.body.contains("non sono validi"));
    let verified = editor
        .post_form(&format!("/admin/arrivi/{}/verifica", odd_id.0), &[])
        .await;
    assert_eq!(verified.status, StatusCode::SEE_OTHER);
    let queue = editor.get("/admin/arrivi").await;
    assert!(queue.body.contains("Prima riga utile"));
}

#[tokio::test]
async fn the_redazione_acts_once_and_senders_hear_why() {
    let app = TestApp::new().await;
    let org = organisation(&app, "Comune di Alessandria", false).await;
    let db = app.db();
    app.user("capo@example.org", &[Role::Editor]).await;
    let author = app.user("autore@example.org", &[Role::Author]).await;
    let mut capo = app.login("capo@example.org").await;
    let mut autore = app.login("autore@example.org").await;
    let Received::Created { id, .. } =
        receive(app.state(), item("Bando per mediatori", Some(org)), vec![])
            .await
            .expect("receive")
    else {
        panic!("created")
    };
    let Received::Created { id: twin, .. } = receive(
        app.state(),
        item("Bando per mediatori (bis)", Some(org)),
        vec![],
    )
    .await
    .expect("receive") else {
        panic!("created")
    };
    let path = |action: &str| format!("/admin/arrivi/{}/{action}", id.0);

    // Only a trusted source's release is published as it is.
    let refused = capo.post_form(&path("pubblica"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Solo i comunicati di una fonte affidabile")
    );
    // Authors do not reject or publish.
    let forbidden = autore
        .post_form(&path("rifiuta"), &[("reason", "no")])
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    // A rejection needs a reason.
    let empty = capo.post_form(&path("rifiuta"), &[("reason", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    // An item is not a duplicate of itself, nor of one that does not exist.
    let own = id.0.to_string();
    let selfdup = capo
        .post_form(&path("duplicato"), &[("of", own.as_str())])
        .await;
    assert_eq!(selfdup.status, StatusCode::UNPROCESSABLE_ENTITY);
    let nowhere = capo.post_form(&path("duplicato"), &[("of", "99999")]).await;
    assert_eq!(nowhere.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(nowhere.body.contains("numero di un altro elemento"));
    // Assigning to someone who is not of the redazione is refused.
    let odd = capo
        .post_form(&path("assegna"), &[("editor", "12345")])
        .await;
    assert_eq!(odd.status, StatusCode::BAD_REQUEST);
    let author_id = author.id.0.to_string();
    let assigned = capo
        .post_form(&path("assegna"), &[("editor", author_id.as_str())])
        .await;
    assert_eq!(assigned.status, StatusCode::SEE_OTHER);
    let note = autore
        .post_form(
            &path("nota"),
            &[("note", "Sentire l'ufficio stampa per le date.")],
        )
        .await;
    assert_eq!(note.status, StatusCode::SEE_OTHER);
    // The author makes a draft; the item stays taken until it is published.
    let draft = autore.post_form(&path("bozza"), &[]).await;
    assert_eq!(draft.status, StatusCode::SEE_OTHER, "{}", draft.body);
    let taken = db.intake_item(id).await.expect("db").expect("item");
    assert_eq!(taken.status, IntakeStatus::Taken);
    assert_eq!(taken.assigned_to, Some(author.id.0));
    // A second draft from the same item is refused: one story per item.
    let second = capo.post_form(&path("bozza"), &[]).await;
    assert_eq!(second.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(second.body.contains("qualcun altro ha già agito"));
    let history = capo.get(&format!("/admin/arrivi/{}", id.0)).await;
    for line in [
        "arrivato",
        "assegnato",
        "ufficio stampa per le date",
        "bozza di articolo creata",
    ] {
        assert!(history.body.contains(line), "history lacks {line:?}");
    }

    // The twin is marked as a duplicate, then cannot be rejected.
    let dup = capo
        .post_form(
            &format!("/admin/arrivi/{}/duplicato", twin.0),
            &[("of", format!("#{}", id.0).as_str())],
        )
        .await;
    assert_eq!(dup.status, StatusCode::SEE_OTHER, "{}", dup.body);
    let late = capo
        .post_form(
            &format!("/admin/arrivi/{}/rifiuta", twin.0),
            &[("reason", "Doppio invio")],
        )
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A rejection reaches the sender with its reason.
    let Received::Created { id: third, .. } =
        receive(app.state(), item("Festa di quartiere", Some(org)), vec![])
            .await
            .expect("receive")
    else {
        panic!("created")
    };
    let rejected = capo
        .post_form(
            &format!("/admin/arrivi/{}/rifiuta", third.0),
            &[("reason", "Non riguarda l'immigrazione.")],
        )
        .await;
    assert_eq!(rejected.status, StatusCode::SEE_OTHER);
    app.run_jobs().await;
    assert!(
        app.mail_files()
            .iter()
            .any(|m| m.contains("mario.rossi@example.it")
                && m.contains("Respinto")
                && m.contains("Non riguarda l'immigrazione."))
    );
    let audit = db
        .audit_events(100, 0)
        .await
        .expect("audit")
        .into_iter()
        .filter(|e| e.action == "intake.action")
        .count();
    assert!(audit >= 5, "each action is audited ({audit})");
    let _ = UserId(0);
}

#[tokio::test]
async fn nothing_made_from_a_release_goes_out_before_its_embargo() {
    let app = TestApp::new().await;
    let trusted = organisation(&app, "Prefettura", true).await;
    app.user("capo@example.org", &[Role::Editor]).await;
    let mut capo = app.login("capo@example.org").await;
    let in_a_week = agoral_domain::time::Timestamp::now().plus_seconds(7 * 24 * 3600);
    let mut embargoed = item("Dati sugli arrivi del 2026", Some(trusted));
    embargoed.embargo_until = Some(in_a_week);
    let Received::Created { id, .. } = receive(app.state(), embargoed.clone(), vec![])
        .await
        .expect("receive")
    else {
        panic!("created")
    };
    // Published verbatim: scheduled for the embargo, not out now.
    let out = capo
        .post_form(&format!("/admin/arrivi/{}/pubblica", id.0), &[])
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER, "{}", out.body);
    let article = app
        .db()
        .intake_item(id)
        .await
        .expect("db")
        .expect("item")
        .article_id
        .expect("story");
    let story = app
        .db()
        .article(agoral_domain::articles::ArticleId(article))
        .await
        .expect("db")
        .expect("story");
    assert_eq!(
        story.state,
        agoral_domain::articles::ArticleState::Scheduled
    );
    assert_eq!(story.scheduled_at, Some(in_a_week));

    // A draft from an embargoed release cannot be published by hand before.
    embargoed.external_id = Some("<altro@example.it>".into());
    embargoed.title = "Dati sugli arrivi, la bozza".into();
    let Received::Created { id: second, .. } = receive(app.state(), embargoed, vec![])
        .await
        .expect("receive")
    else {
        panic!("created")
    };
    let draft = capo
        .post_form(&format!("/admin/arrivi/{}/bozza", second.0), &[])
        .await;
    let editor_path = draft.location().split('?').next().expect("path").to_owned();
    for step in ["submit", "approve"] {
        let moved = capo
            .post_form(&format!("{editor_path}/passaggio"), &[("azione", step)])
            .await;
        assert_eq!(
            moved.status,
            StatusCode::SEE_OTHER,
            "{step}: {}",
            moved.body
        );
    }
    let publish = capo
        .post_form(
            &format!("{editor_path}/passaggio"),
            &[("azione", "publish")],
        )
        .await;
    assert_eq!(publish.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(publish.body.contains("sotto embargo"), "{}", publish.body);
    let early = capo
        .post_form(
            &format!("{editor_path}/passaggio"),
            &[("azione", "schedule"), ("quando", "2026-01-01T10:00")],
        )
        .await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    let on_time = in_a_week.plus_seconds(3600).rome_local_input();
    let scheduled = capo
        .post_form(
            &format!("{editor_path}/passaggio"),
            &[("azione", "schedule"), ("quando", on_time.as_str())],
        )
        .await;
    assert_eq!(
        scheduled.status,
        StatusCode::SEE_OTHER,
        "{}",
        scheduled.body
    );
}

#[tokio::test]
async fn administrators_keep_contacts_and_sender_addresses() {
    let app = TestApp::new().await;
    let org = organisation(&app, "CPIA Alessandria", false).await;
    app.user("admin@example.org", &[Role::Administrator]).await;
    let mut admin = app.login("admin@example.org").await;
    let base = format!("/admin/organizzazioni/{}/rete", org.0);
    let page = admin.get(&base).await;
    assert_eq!(page.status, StatusCode::OK);

    // Bad input: every problem named, what was typed kept.
    let bad = admin
        .post_form(
            &format!("{base}/contatto"),
            &[
                ("name", "M"),
                ("email", "m@"),
                ("phone", "abc"),
                ("role", "Segreteria"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("value=\"Segreteria\""));
    let none = admin
        .post_form(&format!("{base}/contatto"), &[("name", "Maria Bianchi")])
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(none.body.contains("o un telefono"), "{}", none.body);
    let ok = admin
        .post_form(
            &format!("{base}/contatto"),
            &[
                ("name", "Maria Bianchi"),
                ("role", "Segreteria didattica"),
                ("email", "Maria.Bianchi@cpia.example.it"),
                ("consent", "1"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let contacts = app.db().organisation_contacts(org).await.expect("contacts");
    assert_eq!(contacts.len(), 1);
    assert_eq!(
        contacts[0].email.as_deref(),
        Some("maria.bianchi@cpia.example.it")
    );

    let hostile = admin
        .post_form(&format!("{base}/mittente"), &[("sender", "<script>.it")])
        .await;
    assert_eq!(hostile.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!hostile.body.contains("<script>.it"));
    let domain = admin
        .post_form(
            &format!("{base}/mittente"),
            &[("sender", "@CPIA.example.it"), ("verified", "1")],
        )
        .await;
    assert_eq!(domain.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.db()
            .organisation_for_sender("segreteria@cpia.example.it")
            .await
            .expect("db"),
        Some(org)
    );
    let twice = admin
        .post_form(
            &format!("{base}/mittente"),
            &[("sender", "cpia.example.it")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice.body.contains("già registrato"));
    // Removing another organisation's contact is not possible from here.
    let other = organisation(&app, "Altro ente", false).await;
    let id = contacts[0].id.to_string();
    let wrong = admin
        .post_form(
            &format!("/admin/organizzazioni/{}/rete/contatto-elimina", other.0),
            &[("id", id.as_str())],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.db().organisation_contacts(org).await.expect("db").len(),
        1
    );

    // Only network members have a public page.
    let public = app
        .client()
        .get(&format!("/organizzazioni/{}", org.0))
        .await;
    assert_eq!(public.status, StatusCode::OK);
    let missing = app.client().get("/organizzazioni/99999").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let junk = app.client().get("/organizzazioni/abc").await;
    assert_eq!(junk.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_editor_may_choose_a_daily_digest_instead_of_a_mail_per_item() {
    let app = TestApp::new().await;
    let org = organisation(&app, "Regione Piemonte", true).await;
    let editor = app.user("digest@example.org", &[Role::Editor]).await;
    let mut client = app.login("digest@example.org").await;
    let account = client.get("/account").await;
    assert!(account.body.contains("Un riepilogo al giorno"));
    let bad = client
        .post_form("/account/arrivi", &[("intake_notify", "piccione")])
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let chosen = client
        .post_form("/account/arrivi", &[("intake_notify", "digest")])
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.db().intake_notify(editor.id.0).await.expect("db"),
        agoral_domain::intake::NotifyMode::Digest
    );
    receive(
        app.state(),
        item("Bando regionale per l'inclusione", Some(org)),
        vec![],
    )
    .await
    .expect("receive");
    app.run_jobs().await;
    assert!(
        !app.mail_files()
            .iter()
            .any(|m| m.contains("digest@example.org")),
        "no mail per item"
    );
    let sent = agoral_web::intake::notify::send_digests(app.state())
        .await
        .expect("digest");
    assert_eq!(sent, 1);
    app.run_jobs().await;
    let mails = app.mail_files();
    assert!(
        mails
            .iter()
            .any(|m| m.contains("digest@example.org")
                && m.contains("Bando regionale per l'inclusione")),
        "{mails:?}"
    );
    // Once a day: a second call sends nothing.
    let again = agoral_web::intake::notify::send_digests(app.state())
        .await
        .expect("digest");
    assert_eq!(again, 0);
}

#[tokio::test]
async fn a_partners_pdf_cut_short_is_refused_and_the_form_kept() {
    let app = TestApp::new().await;
    let org = organisation(&app, "Questura di Alessandria", true).await;
    let mut socia = partner(&app, "stampa@questura.example.it", org).await;
    let form = socia.get("/admin/contributi/nuovo").await;
    let nonce = field_value(&form.body, "form_nonce").expect("nonce");
    let title = "Sportello permessi aperto il sabato";
    let fields = release_fields(title, &nonce);
    let cut = &PDF[..PDF.len() / 2];
    let response = socia
        .post_multipart_files(
            "/admin/contributi/nuovo",
            &fields,
            &[("attachments", "orari-sportello.pdf", cut)],
        )
        .await;
    assert_eq!(
        response.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        response.body
    );
    assert!(
        response
            .body
            .contains("orari-sportello.pdf: il file sembra un PDF ma non si apre"),
        "{}",
        response.body
    );
    assert_eq!(field_value(&response.body, "title").as_deref(), Some(title));
    assert_eq!(count_items(&app).await, 0);
    // The whole file goes through.
    socia.get("/admin/contributi/nuovo").await;
    let sent = socia
        .post_multipart_files(
            "/admin/contributi/nuovo",
            &fields,
            &[("attachments", "orari-sportello.pdf", PDF)],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(count_items(&app).await, 1);
    app.stop().await;
}
