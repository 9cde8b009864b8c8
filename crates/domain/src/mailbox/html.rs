//! HTML mail bodies turned into plain text: the intake keeps no HTML at all.
//!
//! Mail HTML is written by every kind of editor and sometimes by attackers,
//! so this is a tolerant scanner rather than a parser: it never fails, it
//! drops what a reader would not see (scripts, styles, comments, the head,
//! embedded objects), turns block elements into paragraphs and line breaks
//! into lines, and decodes entities. Entities are decoded only in text, after
//! tags are gone, so `&lt;script&gt;` comes out as the words `<script>`,
//! harmless in plain text that is escaped wherever it is shown.

/// Elements whose whole content is dropped. Script and style content is raw
/// text in HTML: tags inside it are not tags, so their end is found by name.
const DROPPED: &[&str] = &[
    "script", "style", "template", "head", "title", "noscript", "iframe", "object", "svg", "math",
    "canvas", "audio", "video", "select", "textarea", "button",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "blockquote",
    "pre",
    "hr",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "address",
    "figure",
    "figcaption",
    "form",
    "fieldset",
    "center",
    "body",
    "html",
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    Space,
    Line,
    Paragraph,
}

/// Text being written, with the break owed before the next visible word.
struct Writer {
    out: String,
    pending: Break,
    in_pre: usize,
}

impl Writer {
    fn owe(&mut self, wanted: Break) {
        self.pending = self.pending.max(wanted);
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c == '\n' && self.in_pre > 0 {
                self.owe(Break::Line);
            } else if c.is_whitespace() {
                self.owe(Break::Space);
            } else if c.is_control() {
                // Control characters carry nothing a reader needs.
            } else {
                if !self.out.is_empty() {
                    match self.pending {
                        Break::None => {}
                        Break::Space => self.out.push(' '),
                        Break::Line => self.out.push('\n'),
                        Break::Paragraph => self.out.push_str("\n\n"),
                    }
                }
                self.pending = Break::None;
                self.out.push(c);
            }
        }
    }
}

/// The visible text of an HTML document, paragraphs separated by blank lines.
pub fn html_to_text(html: &str) -> String {
    let mut writer = Writer {
        out: String::with_capacity(html.len() / 2),
        pending: Break::None,
        in_pre: 0,
    };
    let bytes = html.as_bytes();
    let mut pos = 0;
    let mut text_start = 0;
    while pos < bytes.len() {
        if bytes[pos] != b'<' {
            pos += 1;
            continue;
        }
        // A `<` not followed by a tag-like character is text (`a < b`).
        let next = bytes.get(pos + 1).copied().unwrap_or(b' ');
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            pos += 1;
            continue;
        }
        writer.text(&decode(&html[text_start..pos]));
        if html[pos..].starts_with("<!--") {
            pos = find(html, pos + 4, "-->").map_or(bytes.len(), |end| end + 3);
        } else if next == b'!' || next == b'?' {
            // Doctype, CDATA, processing instruction: not content.
            pos = find(html, pos, ">").map_or(bytes.len(), |end| end + 1);
        } else {
            let (name, closing, end) = read_tag(html, pos);
            pos = end;
            if !closing && DROPPED.contains(&name.as_str()) {
                pos = skip_element(html, pos, &name);
            } else if name == "br" {
                writer.owe(Break::Line);
            } else if name == "pre" {
                writer.owe(Break::Paragraph);
                writer.in_pre = if closing {
                    writer.in_pre.saturating_sub(1)
                } else {
                    writer.in_pre + 1
                };
            } else if name == "li" && !closing {
                writer.owe(Break::Paragraph);
                writer.text("- ");
            } else if BLOCKS.contains(&name.as_str()) {
                writer.owe(Break::Paragraph);
            } else if name == "td" || name == "th" {
                writer.owe(Break::Space);
            }
        }
        text_start = pos;
    }
    writer.text(&decode(&html[text_start.min(bytes.len())..]));
    writer.out
}

/// Decodes character references; a lone `&` stays as it is.
fn decode(text: &str) -> std::borrow::Cow<'_, str> {
    html_escape::decode_html_entities(text)
}

/// Byte offset of `needle` at or after `from`, ASCII case-insensitive.
fn find(haystack: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = haystack.as_bytes();
    let needle = needle.as_bytes();
    if from > hay.len() || needle.is_empty() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

/// Reads the tag starting at `pos` (a `<`): its lower-cased name, whether it
/// closes an element, and the offset just after its `>`. Quoted attribute
/// values may hold `>`; an unterminated tag runs to the end of the input.
fn read_tag(html: &str, pos: usize) -> (String, bool, usize) {
    let bytes = html.as_bytes();
    let mut i = pos + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
        i += 1;
    }
    let name = html[name_start..i].to_ascii_lowercase();
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return (name, closing, i + 1),
            None => {}
        }
        i += 1;
    }
    (name, closing, bytes.len())
}

/// The offset just after `</name…>` from `pos`, or the end of the input
/// when the element is never closed (everything after it is dropped too:
/// an unclosed script hides nothing a reader was meant to see).
fn skip_element(html: &str, pos: usize, name: &str) -> usize {
    let closing = format!("</{name}");
    let mut from = pos;
    while let Some(at) = find(html, from, &closing) {
        let after = at + closing.len();
        // `</scripts>` does not close `<script>`.
        let boundary = html.as_bytes().get(after).copied().unwrap_or(b'>');
        if boundary == b'>' || boundary.is_ascii_whitespace() || boundary == b'/' {
            return find(html, after, ">").map_or(html.len(), |end| end + 1);
        }
        from = after;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::html_to_text;

    #[test]
    fn visible_text_only() {
        let cases: &[(&str, &str)] = &[
            ("<p>Uno</p><p>Due</p>", "Uno\n\nDue"),
            ("Riga<br>altra<br/>ancora", "Riga\naltra\nancora"),
            (
                "<html><head><title>T</title><style>p{color:red}</style></head>\
                 <body><p>Testo</p></body></html>",
                "Testo",
            ),
            (
                "<p>Prima</p><script>alert('x'); document.write('<p>finto</p>')</script><p>Dopo</p>",
                "Prima\n\nDopo",
            ),
            ("<SCRIPT type=x>evil()</SCRIPT >ok", "ok"),
            ("<script>var a = '</scripts>';</script>visibile", "visibile"),
            ("a<!-- <p>nascosto</p> -->b", "ab"),
            (
                "<p>Caff&egrave; &amp; t&#232; &#x1F600; &nbsp;fine</p>",
                "Caffè & tè 😀 fine",
            ),
            (
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "<script>alert(1)</script>",
            ),
            ("<a href=\"x>y\" title='a>b'>link</a> testo", "link testo"),
            ("<ul><li>uno</li><li>due</li></ul>", "- uno\n\n- due"),
            (
                "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
                "a b\n\nc",
            ),
            ("<pre>riga 1\nriga 2</pre>", "riga 1\nriga 2"),
            ("  molti    spazi\n\n e a capo  ", "molti spazi e a capo"),
            ("1 < 2 e 3 > 2", "1 < 2 e 3 > 2"),
            ("<!DOCTYPE html><p>x</p>", "x"),
            ("<p>non chiuso <script>tutto il resto", "non chiuso"),
            ("<p>tag aperto <b", "tag aperto"),
            ("", ""),
            ("<p>مرحبا بكم</p>", "مرحبا بكم"),
            (
                "<div onclick=\"evil()\">clic</div><iframe src=x>dentro</iframe>",
                "clic",
            ),
            ("ctrl\u{1}char", "ctrlchar"),
        ];
        for (html, expected) in cases {
            assert_eq!(html_to_text(html), *expected, "{html:?}");
        }
    }

    #[test]
    fn hostile_input_ends_and_keeps_no_markup() {
        let nested = "<div>".repeat(50_000) + "fondo" + &"</div>".repeat(50_000);
        assert_eq!(html_to_text(&nested), "fondo");
        let brackets = "<".repeat(100_000);
        assert_eq!(html_to_text(&brackets), brackets);
        let comments = "<!--".repeat(10_000);
        assert_eq!(html_to_text(&comments), "");
        let unterminated = "<a title=\"".to_owned() + &"x".repeat(100_000);
        assert_eq!(html_to_text(&unterminated), "");
    }
}
