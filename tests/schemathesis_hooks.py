"""Schemathesis hooks for the document routes, loaded through `SCHEMATHESIS_HOOKS`."""

from __future__ import annotations

from urllib.parse import unquote

import schemathesis


@schemathesis.hook
def filter_case(context: schemathesis.HookContext, case: schemathesis.Case) -> bool:
    """Drop a positive case whose path reaches the server as a name the schema forbids.

    Schemathesis treats a generated name "%17" as already escaped, so the server is sent "\\x17".
    """
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return True
    return all(not isinstance(value := (case.path_parameters or {}).get(parameter.name), str)
               or parameter.is_valid(unquote(value))
               for parameter in case.operation.iter_parameters() if parameter.location == "path")
