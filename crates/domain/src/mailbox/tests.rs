use super::*;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

fn release_with_pdf() -> Vec<u8> {
    let pdf = data_encoding::BASE64.encode(PDF);
    format!(
        "Authentication-Results: mx.example; dmarc=pass header.from=prefettura.it\r\n\
         From: =?UTF-8?Q?Ufficio_stampa_Prefettura?= <Ufficio.Stampa@Prefettura.IT>\r\n\
         To: redazione@example.org\r\n\
         Subject: =?UTF-8?B?Q29tdW5pY2F0byBzdGFtcGE6IGFjY29nbGllbnphIGUgY2l0dGFkaW5hbnph?=\r\n\
         Date: Tue, 04 Mar 2025 10:15:00 +0100\r\n\
         Message-ID: <abc.123@prefettura.it>\r\n\
         Content-Language: it-IT\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"XX\"\r\n\
         \r\n\
         --XX\r\n\
         Content-Type: text/plain; charset=ISO-8859-1\r\n\
         Content-Transfer-Encoding: quoted-printable\r\n\
         \r\n\
         La Prefettura comunica che l'attivit=E0 riprende.\r\n\
         \r\n\
         \r\n\
         \r\n\
         Secondo paragrafo.\r\n\
         --XX\r\n\
         Content-Type: application/pdf\r\n\
         Content-Disposition: attachment; filename*=UTF-8''comunicato%20n.%201%20%C3%A8.pdf\r\n\
         Content-Transfer-Encoding: base64\r\n\
         \r\n\
         {pdf}\r\n\
         --XX--\r\n"
    )
    .into_bytes()
}

#[test]
fn a_release_with_a_pdf() {
    let mail = parse(&release_with_pdf()).expect("readable");
    let from = mail.from.as_ref().expect("from");
    assert_eq!(from.address, "ufficio.stampa@prefettura.it");
    assert_eq!(from.name.as_deref(), Some("Ufficio stampa Prefettura"));
    assert_eq!(from.domain(), Some("prefettura.it"));
    assert!(mail.single_sender);
    assert_eq!(
        mail.subject.as_deref(),
        Some("Comunicato stampa: accoglienza e cittadinanza")
    );
    assert_eq!(mail.date, Some(Timestamp(1_741_079_700)));
    assert_eq!(mail.message_id.as_deref(), Some("abc.123@prefettura.it"));
    assert_eq!(mail.language, Some(Lang::It));
    assert_eq!(
        mail.body,
        "La Prefettura comunica che l'attività riprende.\n\nSecondo paragrafo."
    );
    assert_eq!(mail.attachments.len(), 1);
    assert_eq!(mail.attachments[0].file_name, "comunicato n. 1 è.pdf");
    assert_eq!(mail.attachments[0].content_type, "application/pdf");
    assert_eq!(mail.attachments[0].bytes, PDF);
    assert!(!mail.incomplete);
    assert_eq!(mail.authentication_results.len(), 1);
    assert!(mail.authentication_results[0].contains("dmarc=pass"));
}

#[test]
fn html_only_keeps_text_and_drops_scripts() {
    let raw = b"From: a@b.it\r\nSubject: Html\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
        <html><head><script>steal()</script></head><body><p>Primo</p>\
        <script type=\"text/javascript\">document.location='http://evil'</script>\
        <div>Secondo &amp; ultimo</div><img src=x onerror=alert(1)></body></html>\r\n";
    let mail = parse(raw).expect("readable");
    assert_eq!(mail.body, "Primo\n\nSecondo & ultimo");
    assert!(mail.attachments.is_empty());
}

#[test]
fn plain_text_is_preferred_to_html() {
    let raw =
        b"From: a@b.it\r\nSubject: Alt\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n\
        --b\r\nContent-Type: text/plain\r\n\r\nVersione testo\r\n\
        --b\r\nContent-Type: text/html\r\n\r\n<p>Versione <b>html</b></p>\r\n--b--\r\n";
    let mail = parse(raw).expect("readable");
    assert_eq!(mail.body, "Versione testo");
}

#[test]
fn malformed_mime_keeps_what_can_be_read() {
    // The boundary is declared but the parts never close, and a base64
    // attachment is cut off.
    let raw = b"From: a@b.it\r\nSubject: Rotto\r\nContent-Type: multipart/mixed; boundary=\"nope\"\r\n\r\n\
        --nope\r\nContent-Type: text/plain\r\n\r\nTesto leggibile\r\n\
        --nope\r\nContent-Type: application/pdf; name=x.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n\
        JVBERi0xLjQK!!!@@@";
    let mail = parse(raw).expect("partly readable");
    assert!(mail.body.contains("Testo leggibile"), "{}", mail.body);
    assert!(mail.incomplete);
    assert_eq!(mail.subject.as_deref(), Some("Rotto"));
}

#[test]
fn multipart_without_its_boundary_is_incomplete() {
    let raw =
        b"From: a@b.it\r\nSubject: S\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n\
        solo testo, nessun confine\r\n";
    let mail = parse(raw).expect("readable");
    assert!(mail.incomplete);
    assert!(mail.body.contains("solo testo"), "{}", mail.body);
}

#[test]
fn nothing_readable() {
    assert!(parse(b"").is_none());
    assert!(parse(b"\r\n\r\n").is_none());
}

#[test]
fn every_truncation_and_garbage_is_survived() {
    let full = release_with_pdf();
    for end in 0..full.len() {
        let _ = parse(&full[..end]);
    }
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..300 {
        let mut junk = Vec::with_capacity(512);
        for _ in 0..512 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            junk.push(
                b"ab:\r\n-=?;\"<>\x00\xff Content-Type: multipart/x; boundary=q\r\n--q"
                    [(seed % 56) as usize],
            );
        }
        if let Some(mail) = parse(&junk) {
            assert!(!mail.body.contains('\u{0}'));
        }
    }
}

#[test]
fn many_attachments_are_capped_and_counted() {
    let mut raw = String::from(
        "From: a@b.it\r\nSubject: Tanti\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n\
         --m\r\nContent-Type: text/plain\r\n\r\ncorpo\r\n",
    );
    for i in 0..(MAX_ATTACHMENTS + 30) {
        raw.push_str(&format!(
            "--m\r\nContent-Type: text/plain; name=\"nota-{i}.txt\"\r\n\
             Content-Disposition: attachment\r\n\r\nnota {i}\r\n"
        ));
    }
    raw.push_str("--m--\r\n");
    let mail = parse(raw.as_bytes()).expect("readable");
    assert_eq!(mail.attachments.len(), MAX_ATTACHMENTS);
    assert_eq!(mail.attachments_left_out, 30);
    assert_eq!(mail.attachments[0].file_name, "nota-0.txt");
}

#[test]
fn sender_tricks() {
    // The display name looks like the trusted address; the address is not.
    let raw =
        b"From: \"ufficio.stampa@prefettura.it\" <finto@evil.example>\r\nSubject: x\r\n\r\nb\r\n";
    let mail = parse(raw).expect("readable");
    assert_eq!(
        mail.from.as_ref().map(|f| f.address.as_str()),
        Some("finto@evil.example")
    );
    // Two From headers, or two addresses: never a single sender.
    let raw = b"From: ufficio.stampa@prefettura.it\r\nFrom: finto@evil.example\r\nSubject: x\r\n\r\nb\r\n";
    assert!(!parse(raw).expect("readable").single_sender);
    let raw = b"From: ufficio.stampa@prefettura.it, finto@evil.example\r\nSubject: x\r\n\r\nb\r\n";
    assert!(!parse(raw).expect("readable").single_sender);
    // No From at all.
    let raw = b"Subject: anonimo\r\n\r\nb\r\n";
    let mail = parse(raw).expect("readable");
    assert!(mail.from.is_none());
    assert!(!mail.single_sender);
}

#[test]
fn attachment_names_are_made_safe() {
    let raw = b"From: a@b.it\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n\
        --m\r\nContent-Type: text/plain\r\n\r\ncorpo\r\n\
        --m\r\nContent-Type: application/pdf; name=\"../../etc/passwd.pdf\"\r\n\r\n%PDF-1.4\r\n\
        --m\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment\r\n\r\n%PDF-1.4\r\n\
        --m\r\nContent-Type: image/png; name=\"=?UTF-8?B?Zm90byDDqC5wbmc=?=\"\r\n\r\nx\r\n--m--\r\n";
    let mail = parse(raw).expect("readable");
    let names: Vec<&str> = mail
        .attachments
        .iter()
        .map(|a| a.file_name.as_str())
        .collect();
    assert_eq!(names, ["passwd.pdf", "allegato-2.pdf", "foto è.png"]);
}

#[test]
fn external_ids() {
    assert_eq!(external_id(Some("a@b"), b"X: y\r\n\r\nbody"), "a@b");
    let without = b"From: a@b.it\r\nSubject: x\r\n\r\ncorpo uno";
    let same_headers = b"From: a@b.it\r\nSubject: x\r\n\r\ncorpo due";
    let headers_only = b"From: a@b.it\r\nSubject: x\r\n\r\n";
    let id = external_id(None, without);
    assert!(id.starts_with("sha256:"));
    assert_eq!(id, external_id(None, same_headers));
    assert_eq!(id, external_id(None, headers_only));
    assert_ne!(id, external_id(None, b"From: c@d.it\r\n\r\n"));
    let long = "x".repeat(1000);
    assert!(external_id(Some(&long), without).starts_with("sha256:"));
}

#[test]
fn tidy_text_rules() {
    let cases: &[(&str, &str)] = &[
        ("a\r\nb", "a\nb"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("  a  \n", "  a"),
        ("\n\nx\u{0}y\u{7}\n", "xy"),
        ("a\rb", "a\nb"),
    ];
    for (input, expected) in cases {
        assert_eq!(tidy_text(input), *expected, "{input:?}");
    }
}
