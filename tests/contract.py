"""What the OpenAPI document promises, as tests check it: a response's status and body, and schemathesis runs.

Test modules share this instead of importing each other.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import jsonschema

from web._openapi import openapi_document

SCHEMATHESIS = str(Path(sys.executable).parent / "schemathesis")
# `make test` runs a short budget; `DOCQA_SCHEMATHESIS_SECONDS=120` is the full run.
BUDGET = int(os.environ.get("DOCQA_SCHEMATHESIS_SECONDS", "40"))
# Keeps positive cases positive on the wire (tests/schemathesis_hooks.py says how they can stop being so).
HOOKS_ENV = {**os.environ, "SCHEMATHESIS_HOOKS": str(Path(__file__).with_name("schemathesis_hooks.py"))}


def as_json_schema(schema: Any) -> Any:
    """OpenAPI 3.0's `nullable: true` spelled as JSON Schema, which has no such keyword."""
    if isinstance(schema, list):
        return [as_json_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    plain = {k: as_json_schema(v) for k, v in schema.items() if k != "nullable"}
    return {"anyOf": [plain, {"type": "null"}]} if schema.get("nullable") else plain


def check(response: Any, path: str, method: str) -> dict:
    """Assert the response matches what the OpenAPI document promises for it; return its JSON."""
    spec = openapi_document()
    operation = spec["paths"][path][method]
    assert str(response.status_code) in operation["responses"], response.status_code
    declared = operation["responses"][str(response.status_code)]
    if "content" not in declared:
        assert response.data == b""
        return {}
    assert response.mimetype == "application/json"
    schema = as_json_schema({**declared["content"]["application/json"]["schema"], "components": spec["components"]})
    jsonschema.validate(response.json, schema)
    return response.json
