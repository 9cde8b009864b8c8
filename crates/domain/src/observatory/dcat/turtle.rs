//! Turtle: one block per subject, values of a predicate on one line, blank
//! nodes that are pointed at once written inline as `[ … ]`.

use std::collections::HashMap;
use std::fmt::Write;

use super::graph::{Graph, Literal, Node, Object, PREFIXES, Subject, Tag};

const INDENT: &str = "    ";
/// Blank nodes are inlined at most this deep; the catalogue nests two levels,
/// the limit only guards against a node that would contain itself.
const MAX_DEPTH: usize = 8;

pub(super) fn write(g: &Graph) -> String {
    let mut out = String::new();
    for (prefix, namespace) in PREFIXES {
        let _ = writeln!(out, "@prefix {prefix}: <{namespace}> .");
    }
    let references = g.blank_references();
    for node in &g.nodes {
        if let Subject::Blank(id) = node.subject
            && references.get(&id) == Some(&1)
        {
            // Written inline where it is pointed at.
            continue;
        }
        if node.types.is_empty() && node.properties.is_empty() {
            // A subject needs a predicate in Turtle, and a node with none
            // says nothing anyway.
            continue;
        }
        out.push('\n');
        out.push_str(&subject(&node.subject));
        out.push('\n');
        out.push_str(&body(g, node, 1, &references));
        out.push_str(" .\n");
    }
    out
}

fn body(g: &Graph, node: &Node, depth: usize, references: &HashMap<usize, usize>) -> String {
    let indent = INDENT.repeat(depth);
    let mut lines = Vec::new();
    if !node.types.is_empty() {
        let classes: Vec<String> = node.types.iter().map(|class| class.curie()).collect();
        lines.push(format!("{indent}a {}", classes.join(", ")));
    }
    let mut i = 0;
    while i < node.properties.len() {
        let predicate = node.properties[i].0;
        let mut values = Vec::new();
        while i < node.properties.len() && node.properties[i].0 == predicate {
            values.push(object(g, &node.properties[i].1, depth, references));
            i += 1;
        }
        lines.push(format!(
            "{indent}{} {}",
            predicate.curie(),
            values.join(", ")
        ));
    }
    lines.join(" ;\n")
}

fn object(g: &Graph, value: &Object, depth: usize, references: &HashMap<usize, usize>) -> String {
    match value {
        Object::Node(Subject::Blank(id)) if references.get(id) == Some(&1) && depth < MAX_DEPTH => {
            match g.get(&Subject::Blank(*id)) {
                Some(node) if !(node.types.is_empty() && node.properties.is_empty()) => format!(
                    "[\n{}\n{}]",
                    body(g, node, depth + 1, references),
                    INDENT.repeat(depth)
                ),
                _ => "[]".to_owned(),
            }
        }
        Object::Node(node) => subject(node),
        Object::Literal(literal) => literal_text(literal),
    }
}

fn subject(node: &Subject) -> String {
    match node {
        // IRIs were made valid when they entered the graph: nothing in them
        // needs escaping between angle brackets.
        Subject::Iri(iri) => format!("<{iri}>"),
        Subject::Blank(id) => format!("_:b{id}"),
    }
}

fn literal_text(literal: &Literal) -> String {
    let mut out = quote(&literal.text);
    match &literal.tag {
        Tag::None => {}
        Tag::Lang(lang) => {
            out.push('@');
            out.push_str(lang);
        }
        Tag::Datatype(datatype) => {
            out.push_str("^^");
            out.push_str(&datatype.curie());
        }
    }
    out
}

/// A string between double quotes with Turtle's escapes: quotes,
/// backslashes and line breaks always, other control characters as `\u`.
pub(super) fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{C}' => out.push_str("\\f"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
