//! RDF/XML in its plainest form: one `rdf:Description` per subject, classes
//! as `rdf:type`, blank nodes by `rdf:nodeID`. Harvesters built on different
//! RDF libraries all read this form the same way.

use std::fmt::Write;

use super::graph::{Graph, Object, PREFIXES, Subject, Tag};

pub(super) fn write(g: &Graph) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
    for (prefix, namespace) in PREFIXES {
        let _ = write!(out, "\n    xmlns:{prefix}=\"{}\"", attribute(namespace));
    }
    out.push_str(">\n");
    for node in &g.nodes {
        if node.types.is_empty() && node.properties.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "  <rdf:Description {}>",
            node_attribute("about", &node.subject)
        );
        for class in &node.types {
            let _ = writeln!(
                out,
                "    <rdf:type rdf:resource=\"{}\"/>",
                attribute(&class.iri())
            );
        }
        for (predicate, value) in &node.properties {
            let element = predicate.curie();
            match value {
                Object::Node(target) => {
                    let _ = writeln!(
                        out,
                        "    <{element} {}/>",
                        node_attribute("resource", target)
                    );
                }
                Object::Literal(literal) => {
                    let tag = match &literal.tag {
                        Tag::None => String::new(),
                        Tag::Lang(lang) => format!(" xml:lang=\"{}\"", attribute(lang)),
                        Tag::Datatype(datatype) => {
                            format!(" rdf:datatype=\"{}\"", attribute(&datatype.iri()))
                        }
                    };
                    let _ = writeln!(
                        out,
                        "    <{element}{tag}>{}</{element}>",
                        text(&literal.text)
                    );
                }
            }
        }
        out.push_str("  </rdf:Description>\n");
    }
    out.push_str("</rdf:RDF>\n");
    out
}

/// `rdf:about="…"` / `rdf:resource="…"` for an IRI, `rdf:nodeID="…"` for a
/// blank node.
fn node_attribute(iri_attribute: &str, node: &Subject) -> String {
    match node {
        Subject::Iri(iri) => format!("rdf:{iri_attribute}=\"{}\"", attribute(iri)),
        Subject::Blank(id) => format!("rdf:nodeID=\"b{id}\""),
    }
}

/// Element content: markup characters escaped, and carriage returns as a
/// character reference, since XML parsers turn a literal CR into a line feed.
pub(super) fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// Attribute values (in double quotes): markup characters escaped, and the
/// whitespace characters XML would normalise to spaces as references.
fn attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}
