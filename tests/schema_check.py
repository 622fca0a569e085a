#!/usr/bin/python3
"""Validates scenarios against teaser's JSON Schema with a real validator
(python3-jsonschema, draft 2020-12), as an editor would: tests/test_schema.c
runs it.

usage: schema_check.py SCHEMA [--accept FILE...] [--refuse FILE...]

Every --accept file must pass and every --refuse file must be refused; each
one that does otherwise is a line on standard error, and the exit status is 1.
The YAML is read as YAML 1.2's core schema reads it (as yaml-language-server
does, and as teaser does: true/false only, no dates, "yes" is text), not as
PyYAML's YAML 1.1 defaults would."""

import json
import re
import sys

import jsonschema
import yaml


class Core12Loader(yaml.SafeLoader):
    """SafeLoader with the implicit types of the YAML 1.2 core schema."""


Core12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    Core12Loader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(pattern), list(first))


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    return int(text, 16) if text.startswith("0x") else int(text, 10)


def construct_bool(loader, node):
    return loader.construct_scalar(node).lower() == "true"


Core12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
Core12Loader.add_constructor("tag:yaml.org,2002:bool", construct_bool)


def problems(validator, path):
    """What the schema says of the file: a list of lines, empty when it passes."""
    try:
        with open(path, "rb") as f:
            doc = yaml.load(f, Loader=Core12Loader)
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        return ["not YAML: %s" % str(e).splitlines()[0]]
    said = []
    for error in validator.iter_errors(doc):
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        said.append("%s: %s" % (where, error.message[:200]))
    return said


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    wrong, mode, seen = 0, None, 0
    for arg in argv[2:]:
        if arg in ("--accept", "--refuse"):
            mode = arg
            continue
        if mode is None:
            print("schema_check: say --accept or --refuse before %s" % arg, file=sys.stderr)
            return 2
        seen += 1
        said = problems(validator, arg)
        if mode == "--accept" and said:
            wrong += 1
            for line in said:
                print("%s: the schema refuses it: %s" % (arg, line), file=sys.stderr)
        elif mode == "--refuse" and not said:
            wrong += 1
            print("%s: the schema accepts it" % arg, file=sys.stderr)
    print("schema_check: %d files, %d not as expected" % (seen, wrong))
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
