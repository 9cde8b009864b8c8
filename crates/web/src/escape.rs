//! The HTML escaper of every template (see `askama.toml`): the same
//! output as askama's own (`"&'<>` written as `&#34;` `&#38;` `&#39;`
//! `&#60;` `&#62;`), found sixteen bytes at a time. askama's reads one
//! byte after another, which on a story page (titles, summaries,
//! addresses, attributes: several kilobytes) cost a tenth of rendering it
//! without the page cache. A stretch of sixteen bytes is checked with
//! comparisons the compiler turns into a few vector instructions; only a
//! stretch with something to escape is then read byte by byte.
//!
//! The pages every reader sees (the frame, a story, a list's items) write
//! language codes, directions and names, and dates, with `|safe`: they
//! are made by this program from fixed letters and digits, and a test
//! below checks that they hold nothing to escape.

use std::fmt::{self, Write};

#[derive(Debug, Clone, Copy, Default)]
pub struct Html;

impl askama::filters::Escaper for Html {
    fn write_escaped_str<W: Write>(&self, mut dest: W, text: &str) -> fmt::Result {
        let bytes = text.as_bytes();
        let mut copied = 0;
        while let Some(found) = next_special(bytes, copied) {
            if copied < found {
                dest.write_str(&text[copied..found])?;
            }
            dest.write_str(escaped(bytes[found]))?;
            copied = found + 1;
        }
        if copied < text.len() {
            dest.write_str(&text[copied..])?;
        }
        Ok(())
    }

    fn write_escaped_char<W: Write>(&self, mut dest: W, c: char) -> fmt::Result {
        match u8::try_from(c) {
            Ok(byte) if is_special(byte) => dest.write_str(escaped(byte)),
            _ => dest.write_char(c),
        }
    }
}

/// `text` escaped as HTML, for a value that a reader then takes as HTML
/// once the template has escaped it again for XML: RSS 2.0 readers show a
/// `<title>` or `<description>` as HTML, so plain text must reach them as
/// `&#60;b&#62;` for a title `<b>` to be shown as written.
pub fn html_text(text: &str) -> String {
    use askama::filters::Escaper;
    let mut out = String::with_capacity(text.len());
    // Writing into a String cannot fail.
    let _ = Html.write_escaped_str(&mut out, text);
    out
}

#[inline(always)]
fn is_special(byte: u8) -> bool {
    (byte == b'"') | (byte == b'&') | (byte == b'\'') | (byte == b'<') | (byte == b'>')
}

fn escaped(byte: u8) -> &'static str {
    match byte {
        b'"' => "&#34;",
        b'&' => "&#38;",
        b'\'' => "&#39;",
        b'<' => "&#60;",
        _ => "&#62;",
    }
}

/// The first byte at or after `from` that must be escaped. These are
/// ASCII, so every position found is a character boundary.
fn next_special(bytes: &[u8], from: usize) -> Option<usize> {
    const STRETCH: usize = 16;
    let mut at = from;
    while let Some(stretch) = bytes.get(at..at + STRETCH) {
        // No early exit inside a stretch: that is what lets it be checked
        // as a whole.
        let any = stretch
            .iter()
            .fold(0u8, |any, &byte| any | u8::from(is_special(byte)));
        if any != 0 {
            break;
        }
        at += STRETCH;
    }
    let rest = bytes.get(at..)?;
    rest.iter()
        .position(|&byte| is_special(byte))
        .map(|i| at + i)
}

#[cfg(test)]
mod tests {
    use askama::filters::Escaper;

    use super::*;

    fn ours(text: &str) -> String {
        let mut out = String::new();
        Html.write_escaped_str(&mut out, text).expect("writes");
        out
    }

    fn askamas(text: &str) -> String {
        let mut out = String::new();
        askama::filters::Html
            .write_escaped_str(&mut out, text)
            .expect("writes");
        out
    }

    #[test]
    fn codes_names_and_dates_written_with_safe_hold_nothing_to_escape() {
        use agoral_domain::{lang::Lang, time::Timestamp};
        let plain = |text: &str| !text.bytes().any(is_special);
        for lang in Lang::ALL {
            for text in [lang.code(), lang.dir(), lang.native_name()] {
                assert!(plain(text), "{text}");
            }
        }
        for at in [0, 1_774_744_200, 1_790_000_000, 4_102_444_799, -86_400] {
            let at = Timestamp(at);
            for text in [
                at.date_iso(),
                at.date_short(),
                at.datetime_short(),
                at.rfc3339(),
            ] {
                assert!(plain(&text), "{text}");
            }
        }
    }

    #[test]
    fn escapes_as_askama_does() {
        let specials = ["\"", "&", "'", "<", ">"];
        let mut cases: Vec<String> = vec![
            String::new(),
            "<script>alert('x')</script>".into(),
            "Università & lavoro: \"corsi\" <gratuiti>".into(),
            "مدرسة <b>اللغة</b> & \"العمل\"".into(),
            "plain text with no specials at all, longer than a stretch".into(),
        ];
        // Every ASCII character, alone and inside text.
        for byte in 0u8..128 {
            let c = char::from(byte);
            cases.push(c.to_string());
            cases.push(format!("abc{c}défghijklmnopqrstuvwxyz{c}"));
        }
        // A special at every position around the stretch boundaries, with
        // multi-byte characters before it.
        for special in specials {
            for len in 0..40 {
                cases.push(format!(
                    "{}{special}",
                    "é".repeat(len / 2) + &"a".repeat(len % 2)
                ));
                cases.push(format!("{}{special}{}", "x".repeat(len), "y".repeat(len)));
                cases.push(special.repeat(len));
            }
        }
        for case in &cases {
            assert_eq!(ours(case), askamas(case), "escaping {case:?}");
        }
        for c in ['"', '&', '\'', '<', '>', 'a', 'é', 'ع', '😀'] {
            let mut out = String::new();
            Html.write_escaped_char(&mut out, c).expect("writes");
            let mut theirs = String::new();
            askama::filters::Html
                .write_escaped_char(&mut theirs, c)
                .expect("writes");
            assert_eq!(out, theirs);
        }
    }

    #[derive(askama::Template)]
    #[template(
        source = "<a title=\"{{ text }}\">{{ text }}</a>{{ safe|safe }}",
        ext = "html"
    )]
    struct Page<'a> {
        text: &'a str,
        safe: &'a str,
    }

    #[test]
    fn templates_use_it() {
        let page = Page {
            text: "\"><script>x</script>",
            safe: "<b>ok</b>",
        };
        assert_eq!(
            askama::Template::render(&page).expect("renders"),
            "<a title=\"&#34;&#62;&#60;script&#62;x&#60;/script&#62;\">\
             &#34;&#62;&#60;script&#62;x&#60;/script&#62;</a><b>ok</b>"
        );
    }
}
