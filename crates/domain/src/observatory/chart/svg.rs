//! Writing the SVG text: escaping, coordinates and the mirror image for
//! right-to-left languages.
//!
//! Charts lay themselves out left to right; the writer flips every `x` for
//! Arabic. Text anchors keep their names because the root element carries
//! `direction="rtl"`, under which `start` is the right-hand end of a text:
//! exactly the mirror image of `start` left to right.

use std::fmt::Write;

/// Where a text's anchor is, in the chart's reading direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    const fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// An SVG document being written, `width` wide, mirrored when `rtl`.
pub(super) struct Svg {
    out: String,
    width: f64,
    rtl: bool,
}

impl Svg {
    pub(super) fn new(width: f64, rtl: bool, capacity: usize) -> Svg {
        Svg {
            out: String::with_capacity(capacity),
            width,
            rtl,
        }
    }

    pub(super) fn finish(self) -> String {
        self.out
    }

    /// Raw markup, written as is.
    pub(super) fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    /// Text content or an attribute value, escaped.
    pub(super) fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    /// A length or a `y`, with at most one decimal place.
    pub(super) fn num(&mut self, value: f64) {
        write_tenths(&mut self.out, value);
    }

    /// An `x` in layout coordinates, mirrored for right to left.
    pub(super) fn x(&mut self, x: f64) {
        let x = self.mirror(x);
        write_tenths(&mut self.out, x);
    }

    fn mirror(&self, x: f64) -> f64 {
        if self.rtl { self.width - x } else { x }
    }

    /// The left edge of a box from `x` to `x + w` in layout coordinates.
    fn left(&self, x: f64, w: f64) -> f64 {
        if self.rtl { self.width - x - w } else { x }
    }

    /// `<rect x y width height` with the rest of the attributes (written
    /// as is) and either `/>` or `>`, leaving the element open for a title.
    pub(super) fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, attrs: &str, open: bool) {
        let left = self.left(x, w);
        self.out.push_str("<rect x=\"");
        write_tenths(&mut self.out, left);
        self.out.push_str("\" y=\"");
        write_tenths(&mut self.out, y);
        self.out.push_str("\" width=\"");
        write_tenths(&mut self.out, w.max(0.0));
        self.out.push_str("\" height=\"");
        write_tenths(&mut self.out, h.max(0.0));
        self.out.push('"');
        self.out.push_str(attrs);
        self.out.push_str(if open { ">" } else { "/>" });
    }

    /// A straight line, with the rest of its attributes.
    pub(super) fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, attrs: &str) {
        self.out.push_str("<line x1=\"");
        self.x(x1);
        self.out.push_str("\" y1=\"");
        self.num(y1);
        self.out.push_str("\" x2=\"");
        self.x(x2);
        self.out.push_str("\" y2=\"");
        self.num(y2);
        self.out.push('"');
        self.out.push_str(attrs);
        self.out.push_str("/>");
    }

    /// A line of text; `attrs` (written as is) may set weight or opacity.
    pub(super) fn label(&mut self, x: f64, y: f64, anchor: Anchor, attrs: &str, text: &str) {
        self.out.push_str("<text x=\"");
        self.x(x);
        self.out.push_str("\" y=\"");
        self.num(y);
        self.out.push('"');
        if anchor != Anchor::Start {
            self.out.push_str(" text-anchor=\"");
            self.out.push_str(anchor.as_str());
            self.out.push('"');
        }
        self.out.push_str(attrs);
        self.out.push('>');
        escape_into(&mut self.out, text);
        self.out.push_str("</text>");
    }

    /// A tooltip of several lines, each escaped (so a line break within
    /// one becomes a space).
    pub(super) fn title_lines(&mut self, lines: &[String]) {
        self.out.push_str("<title>");
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                self.out.push('\n');
            }
            escape_into(&mut self.out, line);
        }
        self.out.push_str("</title>");
    }

    /// `<title>…</title>`, escaped.
    pub(super) fn title(&mut self, text: &str) {
        self.out.push_str("<title>");
        escape_into(&mut self.out, text);
        self.out.push_str("</title>");
    }
}

/// Escapes text for XML content and attribute values alike, and leaves
/// out the characters XML 1.0 does not allow (controls other than tab and
/// line breaks, which become spaces since a chart's texts are one line).
pub(super) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}

/// Writes a value rounded to tenths, without a trailing `.0` and never as
/// `-0`: the form of every coordinate, kept short because a long line
/// holds tens of thousands of them.
pub(super) fn write_tenths(out: &mut String, value: f64) {
    // Coordinates are clamped well inside i64 by the layout; a value that
    // is not finite never reaches here, and would become 0.
    #[allow(clippy::cast_possible_truncation)]
    let tenths = (value * 10.0).round() as i64;
    if tenths < 0 {
        out.push('-');
    }
    let magnitude = tenths.unsigned_abs();
    let _ = write!(out, "{}", magnitude / 10);
    let fraction = magnitude % 10;
    if fraction != 0 {
        out.push('.');
        // A single decimal digit.
        #[allow(clippy::cast_possible_truncation)]
        out.push(char::from(b'0' + fraction as u8));
    }
}

/// Cuts a text to at most `max` characters, ending it with an ellipsis
/// when it was longer.
pub(super) fn truncate(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let max = max.max(1);
    match text.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(text),
        Some(_) => {
            let cut = text
                .char_indices()
                .nth(max - 1)
                .map_or(text.len(), |(i, _)| i);
            std::borrow::Cow::Owned(format!("{}…", text[..cut].trim_end()))
        }
    }
}
