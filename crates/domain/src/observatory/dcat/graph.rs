//! A small in-memory RDF graph, grouped by subject, that the three writers
//! share. Values are cleaned when they enter the graph (IRIs made valid,
//! text stripped of what XML cannot carry, language tags checked), so every
//! syntax writes exactly the same triples.

use std::collections::HashMap;

/// The namespaces the catalogue uses, with the prefixes every syntax
/// declares. Predicates and classes are always one of these plus a local name
/// that is a plain identifier, so they can be written as prefixed names.
pub(super) const PREFIXES: &[(&str, &str)] = &[
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dcatapit", "http://dati.gov.it/onto/dcatapit#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("vcard", "http://www.w3.org/2006/vcard/ns#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("cc", "http://creativecommons.org/ns#"),
];

/// A predicate, class or datatype: a prefix of [`PREFIXES`] and a local name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Name {
    pub prefix: &'static str,
    pub local: &'static str,
}

impl Name {
    pub const fn new(prefix: &'static str, local: &'static str) -> Name {
        Name { prefix, local }
    }

    /// `dct:title`.
    pub fn curie(self) -> String {
        format!("{}:{}", self.prefix, self.local)
    }

    /// The full IRI.
    pub fn iri(self) -> String {
        let namespace = PREFIXES
            .iter()
            .find(|(prefix, _)| *prefix == self.prefix)
            .map_or("", |(_, namespace)| namespace);
        format!("{namespace}{}", self.local)
    }
}

/// A node: an IRI or a blank node numbered within the graph.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Subject {
    Iri(String),
    Blank(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Object {
    Node(Subject),
    Literal(Literal),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Literal {
    pub text: String,
    pub tag: Tag,
}

/// What follows a literal's text: nothing (`xsd:string`), a language tag or
/// a datatype.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Tag {
    None,
    Lang(String),
    Datatype(Name),
}

impl Object {
    /// A link to an IRI, made valid.
    pub fn iri(value: &str) -> Object {
        Object::Node(Subject::Iri(iri(value)))
    }

    /// A plain string.
    pub fn text(value: &str) -> Object {
        Object::Literal(Literal {
            text: clean_text(value),
            tag: Tag::None,
        })
    }

    /// A string in a language; a tag that is not a well-formed language tag
    /// is dropped rather than written into a file that would not parse.
    pub fn lang_text(lang: &str, value: &str) -> Object {
        let tag = match lang_tag(lang) {
            Some(tag) => Tag::Lang(tag),
            None => Tag::None,
        };
        Object::Literal(Literal {
            text: clean_text(value),
            tag,
        })
    }

    /// A typed value whose lexical form the caller guarantees (dates, numbers).
    pub fn typed(lexical: String, datatype: Name) -> Object {
        Object::Literal(Literal {
            text: lexical,
            tag: Tag::Datatype(datatype),
        })
    }
}

/// Everything said about one subject: its classes and its other properties,
/// in the order they were added.
#[derive(Debug, Clone)]
pub(super) struct Node {
    pub subject: Subject,
    pub types: Vec<Name>,
    pub properties: Vec<(Name, Object)>,
}

/// The graph: nodes in a fixed order, each triple once.
#[derive(Debug, Default)]
pub(super) struct Graph {
    pub nodes: Vec<Node>,
    index: HashMap<Subject, usize>,
    blanks: usize,
}

impl Graph {
    fn node(&mut self, subject: &Subject) -> &mut Node {
        let position = match self.index.get(subject) {
            Some(&position) => position,
            None => {
                self.nodes.push(Node {
                    subject: subject.clone(),
                    types: Vec::new(),
                    properties: Vec::new(),
                });
                self.index.insert(subject.clone(), self.nodes.len() - 1);
                self.nodes.len() - 1
            }
        };
        &mut self.nodes[position]
    }

    /// A new blank node.
    pub fn blank(&mut self) -> Subject {
        let subject = Subject::Blank(self.blanks);
        self.blanks += 1;
        self.node(&subject);
        subject
    }

    pub fn add_type(&mut self, subject: &Subject, class: Name) {
        let node = self.node(subject);
        if !node.types.contains(&class) {
            node.types.push(class);
        }
    }

    pub fn add(&mut self, subject: &Subject, predicate: Name, object: Object) {
        // An empty text says nothing; optional fields arrive empty.
        if let Object::Literal(literal) = &object
            && literal.text.is_empty()
        {
            return;
        }
        let node = self.node(subject);
        if !node
            .properties
            .iter()
            .any(|(p, o)| *p == predicate && *o == object)
        {
            node.properties.push((predicate, object));
        }
    }

    /// Puts the nodes in reading order: the catalogue, its datasets, their
    /// distributions, then what they point at, each group in the order first
    /// met. Every property of a node is then written together.
    pub fn sort(&mut self, rank: impl Fn(&Node) -> u8) {
        self.nodes.sort_by_key(|node| rank(node));
        self.index = self
            .nodes
            .iter()
            .enumerate()
            .map(|(position, node)| (node.subject.clone(), position))
            .collect();
    }

    /// How many times each blank node is pointed at.
    pub fn blank_references(&self) -> HashMap<usize, usize> {
        let mut counts = HashMap::new();
        for node in &self.nodes {
            for (_, object) in &node.properties {
                if let Object::Node(Subject::Blank(id)) = object {
                    *counts.entry(*id).or_insert(0) += 1;
                }
            }
        }
        counts
    }

    pub fn get(&self, subject: &Subject) -> Option<&Node> {
        self.index
            .get(subject)
            .map(|&position| &self.nodes[position])
    }
}

/// Makes an IRI valid in all three syntaxes: surrounding space trimmed, and
/// every character that URIs do not allow literally (spaces, `<>"{}|\^` and
/// the backtick, controls, anything outside ASCII) percent-encoded as UTF-8;
/// a `%` that does not start an escape is itself encoded. Escapes already
/// present are kept, so cleaning twice changes nothing.
pub(super) fn iri(value: &str) -> String {
    let value = value.trim();
    let bytes = value.as_bytes();
    let mut out = String::with_capacity(value.len());
    for (i, &b) in bytes.iter().enumerate() {
        let keep = match b {
            b'%' => {
                bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                    && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
            }
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => true,
            b'-' | b'.' | b'_' | b'~' | b':' | b'/' | b'?' | b'#' | b'[' | b']' | b'@' | b'!'
            | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'=' => true,
            _ => false,
        };
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Removes the characters XML 1.0 cannot carry even escaped (controls other
/// than tab, line feed and carriage return; U+FFFE and U+FFFF). Turtle and
/// JSON could keep them, but then the RDF/XML file would say something else.
pub(super) fn clean_text(value: &str) -> String {
    value
        .chars()
        .filter(|&c| {
            !matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
        })
        .collect()
}

/// A language tag in lower case if it is well formed (`it`, `pt-br`,
/// `zh-hant`): letters, then subtags of letters and digits, each at most
/// eight long.
pub(super) fn lang_tag(value: &str) -> Option<String> {
    let value = value.trim().to_ascii_lowercase();
    let mut subtags = value.split('-');
    let first = subtags.next()?;
    let first_ok = (1..=8).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_lowercase());
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    (first_ok && rest_ok).then_some(value)
}
