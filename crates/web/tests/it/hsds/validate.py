"""Validates a JSON document against a JSON schema; prints every error.

Usage: python3 validate.py SCHEMA.json[#/definitions/NAME] DOCUMENT.json
With a fragment, the document is checked against that definition of the
schema (HSDS's compiled schemas carry every object among their
definitions). Exit status 0 when valid, 1 when not, 2 on bad usage.
"""
import json
import sys

import jsonschema


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, _, pointer = sys.argv[1].partition("#")
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    if pointer:
        schema = {"definitions": schema["definitions"], "$ref": "#" + pointer}
    with open(sys.argv[2], encoding="utf-8") as f:
        document = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors:
        print(f"{'/'.join(str(p) for p in error.path) or '(root)'}: {error.message}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
