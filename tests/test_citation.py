"""LICENSE, CITATION.cff and the README's section on citing and reuse."""

from __future__ import annotations

import tomllib

import jsonschema
import yaml

from wlga_analysis import config

#: The top-level keys of the Citation File Format 1.2.0 and the rules of those this file uses
#: (from the CFF 1.2.0 schema: https://github.com/citation-file-format/citation-file-format).
CFF_KEYS = {"abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi",
            "identifiers", "keywords", "license", "license-url", "message",
            "preferred-citation", "references", "repository", "repository-artifact",
            "repository-code", "title", "type", "url", "version"}
CFF_SCHEMA = {
    "type": "object",
    "required": ["authors", "cff-version", "message", "title"],
    "propertyNames": {"enum": sorted(CFF_KEYS)},
    "properties": {
        "cff-version": {"const": "1.2.0"},
        "message": {"type": "string", "minLength": 1},
        "title": {"type": "string", "minLength": 1},
        "abstract": {"type": "string", "minLength": 1},
        "type": {"enum": ["dataset", "software"]},
        "version": {"type": ["string", "number"], "minLength": 1},
        "license": {"type": "string", "minLength": 1},
        "keywords": {"type": "array", "minItems": 1,
                     "items": {"type": "string", "minLength": 1}},
        "authors": {"type": "array", "minItems": 1, "uniqueItems": True, "items": {
            "anyOf": [{"type": "object", "required": ["name"],
                       "properties": {"name": {"type": "string", "minLength": 1}}},
                      {"type": "object", "anyOf": [{"required": ["family-names"]},
                                                   {"required": ["given-names"]}]}]}},
    },
}


def _project() -> dict:
    return tomllib.loads((config.PROJ_ROOT / "pyproject.toml").read_text())["project"]


def test_license_file_is_the_licence_pyproject_names():
    text = (config.PROJ_ROOT / "LICENSE").read_text(encoding="utf-8")
    assert _project()["license"] == "MIT"
    assert text.startswith("MIT License\n") and "Permission is hereby granted" in text


def test_citation_cff_is_valid_and_matches_the_package():
    cff = yaml.safe_load((config.PROJ_ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    jsonschema.validate(cff, CFF_SCHEMA)
    assert cff["version"] == _project()["version"]
    assert cff["license"] == _project()["license"]


def test_readme_says_how_to_cite_and_reuse():
    readme = (config.PROJ_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Citing and reuse", 1)[1].split("\n## ", 1)[0]
    for needed in ("CITATION.cff", "MIT", "Open Government Licence v3.0", "Crown copyright",
                   "terms of use", "What is not known"):
        assert needed in section, needed
