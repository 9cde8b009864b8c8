#!/usr/bin/env python3
"""Checks a DCAT-AP_IT catalogue against the DCAT-AP 2.1.1 SHACL shapes.

    python3 validate_dcat.py DATA_FILE FORMAT      (FORMAT: turtle | xml | json-ld)

Exit status: 0 when the catalogue conforms, 1 when it does not or does not
parse (the report is printed), 2 for a wrong command line or a missing
specifications folder.

What is checked, in one pySHACL run (advanced mode, no inference):

* the DCAT-AP 2.1.1 shapes: the core constraints, the class ranges and the
  controlled-vocabulary ("mdr") constraints;
* the NDC rule file of AgID (ndc-vocabulary-dataset-rules.shacl.ttl). Its
  SPARQL target only selects resources that are both a dcatapit:Dataset and
  a skos:ConceptScheme (controlled vocabularies published on schema.gov.it),
  so it never applies to a data catalogue. Its mandatory properties are
  therefore also applied to every dcatapit:Dataset, without ndc:keyConcept,
  which only vocabularies have.

The data graph is the catalogue plus background knowledge the mdr shapes
need: the EU data-theme, frequency and file-type tables from the specs
folder, and two short excerpts written below for the tables the folder does
not hold (EU languages, ADMS licence types): they state only which codes
belong to which table. Results about nodes that the catalogue does not
describe (for instance the frequency table's concept scheme, which has no
dct:title in the Publications Office files) are about that background, and
are listed but not counted.

No inference: the range shapes need rdf:type on every referenced node, and
the catalogue states those types itself. RDFS inference with the DCAT-AP_IT
ontology would not help, since the ontology makes dcatapit:Dataset a subclass
of https://www.w3.org/ns/dcat#Dataset rather than the real http:// class.

Violations fail the check; warnings and infos are printed and accepted.

The specifications folder is $AGORAL_SPECS_DIR, or the copy of the files
it needs beside this script (specs/, see specs/SOURCES.md).
"""

import os
import sys
from pathlib import Path

import pyshacl
import rdflib
from rdflib import BNode, Namespace, URIRef
from rdflib.namespace import RDF, SH, SKOS

FORMATS = {"turtle": "turtle", "xml": "xml", "json-ld": "json-ld"}
USAGE = "usage: python3 validate_dcat.py DATA_FILE turtle|xml|json-ld"

SHAPE_FILES = [
    "dcat-ap/2.1.1/dcat-ap_2.1.1_shacl_shapes.ttl",
    "dcat-ap/2.1.1/dcat-ap_2.1.1_shacl_range.ttl",
    "dcat-ap/2.1.1/dcat-ap_2.1.1_shacl_mdr-vocabularies.shape.ttl",
    "dcat-ap_it/ndc-vocabulary-dataset-rules.shacl.ttl",
]

VOCABULARY_FILES = [
    "vocabularies/eu/data-theme-skos.rdf",
    "vocabularies/eu/frequencies-skos.rdf",
    "vocabularies/eu/filetypes-skos.rdf",
]

DCATAPIT = Namespace("http://dati.gov.it/onto/dcatapit#")
NDC = Namespace("https://w3id.org/italia/onto/NDC/")
NDC_VOCABULARY_SHAPE = URIRef("https://localhost.example/VocabularyShape")
NDC_DATASET_SHAPE = URIRef("urn:agoral:validate-dcat:NdcRulesOnDatasets")

# Codes of the EU language authority table that the catalogue may use (the
# ones crates/domain/src/observatory/dcat/vocab.rs maps). The full table is
# over 4 MB and not in the specs folder.
EU_LANGUAGE_SCHEME = URIRef("http://publications.europa.eu/resource/authority/language")
EU_LANGUAGE_CODES = [
    "ITA", "ENG", "FRA", "ARA", "DEU", "SPA", "POR", "RON", "NLD", "POL", "ELL",
    "CES", "SLK", "SLV", "HRV", "HUN", "BUL", "EST", "FIN", "LAV", "LIT", "MLT",
    "GLE", "SWE", "DAN", "SQI", "UKR", "RUS", "TUR", "FAS", "ZHO", "HIN", "BEN",
    "URD", "TIR", "SOM", "PUS", "SRP", "MKD",
]

# The ADMS licence-type list (version 1.0, which the mdr shapes name).
ADMS_LICENCE_TYPE_SCHEME = URIRef("http://purl.org/adms/licencetype/1.0")
ADMS_LICENCE_TYPES = [
    "Attribution", "PublicDomain", "ViralEffect-ShareAlike", "ShareAlike-Compatible",
    "ShareAlike-NotCompatible", "NonCommercialUseOnly", "NoDerivativeWork",
    "RoyaltiesRequired", "ReservedNames-Endorsement-OfficialStatus", "NominalCost",
    "GrantBack", "JurisdictionWithinTheEU", "OtherRestrictiveClauses",
    "KnownPatentEncumbrance", "UnknownIPR",
]


def specs_dir() -> Path:
    configured = os.environ.get("AGORAL_SPECS_DIR")
    if configured:
        path = Path(configured)
    else:
        path = Path(__file__).resolve().parent / "specs"
    path = path.resolve()
    missing = [f for f in SHAPE_FILES + VOCABULARY_FILES if not (path / f).is_file()]
    if missing:
        print(f"validate_dcat: the specifications folder {path} lacks {', '.join(missing)}; "
              "set AGORAL_SPECS_DIR", file=sys.stderr)
        sys.exit(2)
    return path


def shapes_graph(specs: Path) -> rdflib.Graph:
    shapes = rdflib.Graph()
    for name in SHAPE_FILES:
        shapes.parse(specs / name, format="turtle")
    # The NDC rules again, aimed at the catalogue's datasets.
    shapes.add((NDC_DATASET_SHAPE, RDF.type, SH.NodeShape))
    shapes.add((NDC_DATASET_SHAPE, SH.targetClass, DCATAPIT.Dataset))
    for prop in shapes.objects(NDC_VOCABULARY_SHAPE, SH.property):
        if shapes.value(prop, SH.path) != NDC.keyConcept:
            shapes.add((NDC_DATASET_SHAPE, SH.property, prop))
    return shapes


def background(specs: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    for name in VOCABULARY_FILES:
        graph.parse(specs / name, format="xml")
    for code in EU_LANGUAGE_CODES:
        graph.add((URIRef(f"{EU_LANGUAGE_SCHEME}/{code}"), SKOS.inScheme, EU_LANGUAGE_SCHEME))
    for code in ADMS_LICENCE_TYPES:
        graph.add((URIRef(f"http://purl.org/adms/licencetype/{code}"), SKOS.inScheme,
                   ADMS_LICENCE_TYPE_SCHEME))
    return graph


def describe(report: rdflib.Graph, result) -> str:
    def value(predicate):
        found = report.value(result, predicate)
        if found is None:
            return None
        if isinstance(found, BNode):
            return "(blank node)"
        return found.n3(report.namespace_manager)

    severity = value(SH.resultSeverity) or "?"
    lines = [f"  {severity.split('#')[-1].rstrip('>')}: {value(SH.focusNode)}"]
    for label, predicate in [("path", SH.resultPath), ("value", SH.value),
                             ("constraint", SH.sourceConstraintComponent)]:
        shown = value(predicate)
        if shown is not None:
            lines.append(f"    {label}: {shown}")
    for message in report.objects(result, SH.resultMessage):
        lines.append(f"    message: {message}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[2] not in FORMATS:
        print(USAGE, file=sys.stderr)
        return 2
    data_file, syntax = Path(argv[1]), FORMATS[argv[2]]
    specs = specs_dir()

    catalogue = rdflib.Graph()
    try:
        catalogue.parse(data_file, format=syntax)
    except Exception as error:  # every parser error is a broken file
        print(f"validate_dcat: {data_file} does not parse as {argv[2]}: {error}", file=sys.stderr)
        return 1
    described = set(catalogue.subjects())

    data = rdflib.Graph()
    data += catalogue
    data += background(specs)

    _, report, _ = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(specs),
        inference="none",
        advanced=True,
        abort_on_first=False,
        meta_shacl=False,
    )

    judged = {"Violation": [], "Warning": [], "Info": []}
    background_results = []
    # Only the report's own results: the nested sh:detail results of a node
    # constraint carry the severity of the inner shape, not the outer one.
    top_level = [r for rep in report.subjects(RDF.type, SH.ValidationReport)
                 for r in report.objects(rep, SH.result)]
    for result in top_level:
        focus = report.value(result, SH.focusNode)
        text = describe(report, result)
        if focus not in described:
            background_results.append(text)
            continue
        severity = str(report.value(result, SH.resultSeverity)).split("#")[-1]
        judged.setdefault(severity, []).append(text)

    print(f"{data_file} ({argv[2]}): {len(catalogue)} triples; "
          f"pySHACL {pyshacl.__version__}, rdflib {rdflib.__version__}; specs {specs}")
    for severity in ("Violation", "Warning", "Info"):
        results = sorted(judged.get(severity, []))
        if results:
            print(f"{severity}s ({len(results)}):")
            print("\n".join(results))
    if background_results:
        print(f"Not counted: {len(background_results)} results about the background "
              "vocabularies, which the catalogue does not describe:")
        print("\n".join(sorted(background_results)))
    violations = len(judged.get("Violation", []))
    print("Conforms." if violations == 0 else f"Does not conform: {violations} violations.")
    return 0 if violations == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
