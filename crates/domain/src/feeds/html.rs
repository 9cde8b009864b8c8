//! Feed descriptions are HTML more often than not. The intake queue keeps
//! plain text (paragraphs separated by blank lines), so the markup is
//! turned into text here: tags removed, entities decoded, scripts and styles
//! dropped with their content, paragraphs and line breaks kept. This is a
//! reader for fragments, not a browser: it never builds a tree, so a huge
//! or badly nested description costs one pass over its characters.

/// Elements whose content is never text for a reader.
const DROPPED: &[&str] = &[
    "script", "style", "template", "head", "iframe", "object", "svg",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "main",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
    "tr",
    "figure",
    "figcaption",
    "hr",
    "address",
    "form",
    "fieldset",
    "details",
    "summary",
];

/// Elements that end a line but not a paragraph.
const LINES: &[&str] = &["br", "li", "dt", "dd", "td", "th", "caption"];

/// Plain text of an HTML fragment: paragraphs separated by one blank line,
/// lines within a paragraph by one line break, runs of spaces collapsed.
pub fn html_to_text(html: &str) -> String {
    let mut out = TextBuilder::default();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.text(&decode_entities(&rest[..at]));
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map(|end| &after[end + 3..]).unwrap_or("");
            continue;
        }
        let Some(tag) = Tag::read(rest) else {
            // A lone `<` (as in "a < b") is text.
            out.text("<");
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.length..];
        if !tag.closing && DROPPED.contains(&tag.name.as_str()) {
            rest = skip_past_closing(rest, &tag.name);
            continue;
        }
        if BLOCKS.contains(&tag.name.as_str()) {
            out.paragraph();
        } else if LINES.contains(&tag.name.as_str()) {
            if tag.name == "li" && !tag.closing {
                out.line();
                out.text("- ");
            } else if tag.name == "td" || tag.name == "th" {
                if tag.closing {
                    out.text(" ");
                }
            } else {
                out.line();
            }
        }
    }
    out.text(&decode_entities(rest));
    out.finish()
}

/// Text on one line: a title.
pub fn html_to_line(html: &str) -> String {
    html_to_text(html)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Collapses the whitespace of text that is not markup (an XML text node
/// of a plain-text field) while keeping its paragraphs.
pub fn plain_text(text: &str) -> String {
    let mut out = TextBuilder::default();
    for (i, paragraph) in text.split("\n\n").enumerate() {
        if i > 0 {
            out.paragraph();
        }
        out.text(paragraph);
    }
    out.finish()
}

/// A start or end tag at the beginning of the input.
struct Tag {
    name: String,
    closing: bool,
    /// Bytes up to and including the `>`.
    length: usize,
}

impl Tag {
    fn read(input: &str) -> Option<Tag> {
        let body = input.strip_prefix('<')?;
        let (closing, name_part) = match body.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, body),
        };
        let first = name_part.chars().next()?;
        if !(first.is_ascii_alphabetic() || (!closing && (first == '!' || first == '?'))) {
            return None;
        }
        let end = tag_end(input)?;
        let name: String = name_part
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
            .collect::<String>()
            .to_ascii_lowercase();
        Some(Tag {
            name,
            closing,
            length: end + 1,
        })
    }
}

/// The index of the `>` that ends the tag at the start of `input`,
/// skipping `>` inside quoted attribute values.
fn tag_end(input: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in input.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

/// What follows the `</name>` that closes a dropped element; everything when
/// it is never closed, so that an unclosed `<script>` hides all that follows
/// rather than showing its code.
fn skip_past_closing<'a>(input: &'a str, name: &str) -> &'a str {
    let closing = format!("</{name}");
    let lower = input.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(&closing) {
        let start = from + at;
        let after = start + closing.len();
        let next = lower[after..].chars().next();
        if next.is_none_or(|c| c == '>' || c.is_whitespace() || c == '/') {
            return match input[start..].find('>') {
                Some(end) => &input[start + end + 1..],
                None => "",
            };
        }
        from = after;
    }
    ""
}

/// Decodes `&name;`, `&#NNN;` and `&#xHHH;`. An unknown name stays as it
/// was written; a number that is no character becomes U+FFFD.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // The longest entity name is short: a `;` further away is not ours.
        let end = rest
            .char_indices()
            .skip(1)
            .take(33)
            .find(|(_, c)| *c == ';' || *c == '&' || c.is_whitespace())
            .filter(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| entity(&rest[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let value = match number.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.len() <= 8 => u32::from_str_radix(hex, 16).ok()?,
            Some(_) => return None,
            None if !number.is_empty() && number.len() <= 10 => number.parse().ok()?,
            None => return None,
        };
        return Some(match value {
            0 => '\u{FFFD}',
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        });
    }
    NAMED
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .map(|i| NAMED[i].1)
}

/// The named entities of HTML 4 that feeds use (Latin-1, typography,
/// Greek letters, arrows and the usual symbols), sorted by name.
const NAMED: &[(&str, char)] = &[
    ("AElig", 'Æ'),
    ("Aacute", 'Á'),
    ("Acirc", 'Â'),
    ("Agrave", 'À'),
    ("Alpha", 'Α'),
    ("Aring", 'Å'),
    ("Atilde", 'Ã'),
    ("Auml", 'Ä'),
    ("Beta", 'Β'),
    ("Ccedil", 'Ç'),
    ("Delta", 'Δ'),
    ("ETH", 'Ð'),
    ("Eacute", 'É'),
    ("Ecirc", 'Ê'),
    ("Egrave", 'È'),
    ("Euml", 'Ë'),
    ("Gamma", 'Γ'),
    ("Iacute", 'Í'),
    ("Icirc", 'Î'),
    ("Igrave", 'Ì'),
    ("Iuml", 'Ï'),
    ("Lambda", 'Λ'),
    ("Ntilde", 'Ñ'),
    ("OElig", 'Œ'),
    ("Oacute", 'Ó'),
    ("Ocirc", 'Ô'),
    ("Ograve", 'Ò'),
    ("Omega", 'Ω'),
    ("Oslash", 'Ø'),
    ("Otilde", 'Õ'),
    ("Ouml", 'Ö'),
    ("Pi", 'Π'),
    ("Scaron", 'Š'),
    ("Sigma", 'Σ'),
    ("THORN", 'Þ'),
    ("Uacute", 'Ú'),
    ("Ucirc", 'Û'),
    ("Ugrave", 'Ù'),
    ("Uuml", 'Ü'),
    ("Yacute", 'Ý'),
    ("Yuml", 'Ÿ'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("acute", '´'),
    ("aelig", 'æ'),
    ("agrave", 'à'),
    ("alpha", 'α'),
    ("amp", '&'),
    ("apos", '\''),
    ("aring", 'å'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("bdquo", '„'),
    ("beta", 'β'),
    ("brvbar", '¦'),
    ("bull", '•'),
    ("ccedil", 'ç'),
    ("cedil", '¸'),
    ("cent", '¢'),
    ("circ", 'ˆ'),
    ("copy", '©'),
    ("curren", '¤'),
    ("dagger", '†'),
    ("darr", '↓'),
    ("deg", '°'),
    ("delta", 'δ'),
    ("divide", '÷'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("egrave", 'è'),
    ("emsp", '\u{2003}'),
    ("ensp", '\u{2002}'),
    ("eth", 'ð'),
    ("euml", 'ë'),
    ("euro", '€'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("gamma", 'γ'),
    ("ge", '≥'),
    ("gt", '>'),
    ("harr", '↔'),
    ("hellip", '…'),
    ("iacute", 'í'),
    ("icirc", 'î'),
    ("iexcl", '¡'),
    ("igrave", 'ì'),
    ("infin", '∞'),
    ("iquest", '¿'),
    ("iuml", 'ï'),
    ("lambda", 'λ'),
    ("laquo", '«'),
    ("larr", '←'),
    ("ldquo", '“'),
    ("le", '≤'),
    ("lrm", '\u{200E}'),
    ("lsaquo", '‹'),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("macr", '¯'),
    ("mdash", '—'),
    ("micro", 'µ'),
    ("middot", '·'),
    ("minus", '−'),
    ("mu", 'μ'),
    ("nbsp", '\u{A0}'),
    ("ndash", '–'),
    ("ne", '≠'),
    ("not", '¬'),
    ("ntilde", 'ñ'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("oelig", 'œ'),
    ("ograve", 'ò'),
    ("omega", 'ω'),
    ("ordf", 'ª'),
    ("ordm", 'º'),
    ("oslash", 'ø'),
    ("otilde", 'õ'),
    ("ouml", 'ö'),
    ("para", '¶'),
    ("permil", '‰'),
    ("pi", 'π'),
    ("plusmn", '±'),
    ("pound", '£'),
    ("prime", '′'),
    ("quot", '"'),
    ("raquo", '»'),
    ("rarr", '→'),
    ("rdquo", '”'),
    ("reg", '®'),
    ("rlm", '\u{200F}'),
    ("rsaquo", '›'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("scaron", 'š'),
    ("sect", '§'),
    ("shy", '\u{AD}'),
    ("sigma", 'σ'),
    ("sup1", '¹'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("szlig", 'ß'),
    ("thinsp", '\u{2009}'),
    ("thorn", 'þ'),
    ("tilde", '˜'),
    ("times", '×'),
    ("trade", '™'),
    ("uacute", 'ú'),
    ("uarr", '↑'),
    ("ucirc", 'û'),
    ("ugrave", 'ù'),
    ("uml", '¨'),
    ("uuml", 'ü'),
    ("yacute", 'ý'),
    ("yen", '¥'),
    ("yuml", 'ÿ'),
    ("zwj", '\u{200D}'),
    ("zwnj", '\u{200C}'),
];

/// Collects text with HTML's whitespace rules: runs of whitespace are one
/// space, and breaks asked for by elements are kept (at most one blank line).
#[derive(Default)]
struct TextBuilder {
    out: String,
    /// A space is owed before the next word.
    space: bool,
    /// 0: none, 1: a line break, 2: a paragraph break owed before the next word.
    brk: u8,
}

impl TextBuilder {
    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() && c != '\u{A0}' {
                self.space = true;
                continue;
            }
            if c.is_control() {
                continue;
            }
            if !self.out.is_empty() {
                match self.brk {
                    2 => self.out.push_str("\n\n"),
                    1 => self.out.push('\n'),
                    _ if self.space => self.out.push(' '),
                    _ => {}
                }
            }
            self.brk = 0;
            self.space = false;
            self.out.push(if c == '\u{A0}' { ' ' } else { c });
        }
    }

    fn line(&mut self) {
        self.brk = self.brk.max(1);
    }

    fn paragraph(&mut self) {
        self.brk = 2;
    }

    fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_entities_are_sorted_for_the_search() {
        assert!(NAMED.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn markup_becomes_text() {
        let cases = [
            ("<p>Uno</p><p>Due</p>", "Uno\n\nDue"),
            ("riga<br>a capo<br/>fine", "riga\na capo\nfine"),
            (
                "<p>Prima</p><script>alert('x')</script><style>p{}</style><p>Dopo</p>",
                "Prima\n\nDopo",
            ),
            ("<SCRIPT type=\"x\">var a = '</p>';</SCRIPT>Testo", "Testo"),
            ("Testo<script>mai chiuso <p>nascosto", "Testo"),
            (
                "caff&egrave; &amp; d&#233;j&#xE0; &euro;5",
                "caffè & déjà €5",
            ),
            ("&lt;b&gt;non grassetto&lt;/b&gt;", "<b>non grassetto</b>"),
            ("a < b e c > d", "a < b e c > d"),
            ("&bogus; &#0; &#x110000; &", "&bogus; \u{FFFD} \u{FFFD} &"),
            ("  molti    spazi\n\n e righe  ", "molti spazi e righe"),
            ("<a href=\"x>y\" title='>'>link</a> dopo", "link dopo"),
            ("<!-- commento <p> -->visibile", "visibile"),
            ("<ul><li>uno</li><li>due</li></ul>", "- uno\n- due"),
            ("<h2>Titolo</h2>Corpo", "Titolo\n\nCorpo"),
            ("<div><p><br></p></div>Solo", "Solo"),
            ("non&nbsp;separare", "non separare"),
            ("<p>مرحبا بكم</p>", "مرحبا بكم"),
        ];
        for (html, expected) in cases {
            assert_eq!(html_to_text(html), expected, "{html}");
        }
        assert_eq!(
            html_to_line("Titolo <b>in</b>\n due righe"),
            "Titolo in due righe"
        );
    }

    #[test]
    fn plain_text_keeps_paragraphs() {
        assert_eq!(plain_text("  uno\n due \n\n\n tre "), "uno due\n\ntre");
    }
}
