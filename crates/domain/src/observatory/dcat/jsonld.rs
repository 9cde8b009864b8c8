//! JSON-LD: an `@context` that only declares prefixes and a flat `@graph`
//! of node objects. Every property value is an array of explicit value
//! objects (`@value` with `@language` or `@type`) or node references
//! (`@id`), so no term definition or type coercion decides what a value
//! means: expansion gives the same triples with any processor.

use serde_json::{Map, Value};

use super::graph::{Graph, Object, PREFIXES, Subject, Tag};

pub(super) fn write(g: &Graph) -> Value {
    let context: Map<String, Value> = PREFIXES
        .iter()
        .map(|(prefix, namespace)| ((*prefix).to_owned(), Value::from(*namespace)))
        .collect();
    let mut nodes = Vec::new();
    for node in &g.nodes {
        if node.types.is_empty() && node.properties.is_empty() {
            continue;
        }
        let mut object = Map::new();
        object.insert("@id".to_owned(), Value::from(id(&node.subject)));
        if !node.types.is_empty() {
            let types = node.types.iter().map(|class| Value::from(class.curie()));
            object.insert("@type".to_owned(), Value::Array(types.collect()));
        }
        for (predicate, value) in &node.properties {
            let values = object
                .entry(predicate.curie())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(values) = values {
                values.push(json_value(value));
            }
        }
        nodes.push(Value::Object(object));
    }
    let mut document = Map::new();
    document.insert("@context".to_owned(), Value::Object(context));
    document.insert("@graph".to_owned(), Value::Array(nodes));
    Value::Object(document)
}

fn id(node: &Subject) -> String {
    match node {
        Subject::Iri(iri) => iri.clone(),
        Subject::Blank(id) => format!("_:b{id}"),
    }
}

fn json_value(value: &Object) -> Value {
    let mut object = Map::new();
    match value {
        Object::Node(node) => {
            object.insert("@id".to_owned(), Value::from(id(node)));
        }
        Object::Literal(literal) => {
            object.insert("@value".to_owned(), Value::from(literal.text.as_str()));
            match &literal.tag {
                Tag::None => {}
                Tag::Lang(lang) => {
                    object.insert("@language".to_owned(), Value::from(lang.as_str()));
                }
                Tag::Datatype(datatype) => {
                    object.insert("@type".to_owned(), Value::from(datatype.curie()));
                }
            }
        }
    }
    Value::Object(object)
}
