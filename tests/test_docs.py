"""The README stays true to the code: settings, routes and commands it names exist, and vice versa."""

from __future__ import annotations

import re
from dataclasses import fields

from qa import Answer, Citation, Settings
from qa.config import ROOT
from web._openapi import openapi_document

README = (ROOT / "README.md").read_text()


def test_every_setting_is_documented_and_every_documented_variable_exists() -> None:
    names = {f"DOCQA_{f.name.upper()}" for f in fields(Settings)}
    documented = set(re.findall(r"`(DOCQA_[A-Z_]+)`", README))
    assert names - documented == set(), "settings missing from the README"
    assert documented - names == set(), "README names variables that do not exist"


def test_every_api_route_is_in_the_readme() -> None:
    for path, operations in openapi_document()["paths"].items():
        if path == "/api/openapi.json":
            continue
        readme_path = re.sub(r"\{(\w+)\}", r"<\1>", path).replace("<conversation_id>", "<id>")
        for method in operations:
            assert f"{method.upper()} {readme_path}" in README, f"{method.upper()} {path}"


def test_quick_start_commands_exist_in_the_makefile() -> None:
    makefile = (ROOT / "Makefile").read_text()
    for target in ("run", "test", "install", "bench"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_the_folder_table_names_every_module_and_only_those() -> None:
    for package in ("index", "qa", "web"):
        row = next(line for line in README.splitlines() if line.startswith(f"| `{package}/` |"))
        named = set(re.findall(r"`(_[a-z_]+)`", row))
        modules = {p.stem for p in (ROOT / package).glob("_*.py") if p.stem != "__init__"}
        assert modules - named == set(), f"modules of {package}/ missing from the README's folder table"
        assert named - modules == set(), f"the README's {package}/ row names modules that do not exist"


DOCS = ("README.md", "index/README.md", "qa/README.md", "bench/FIGURES.md")


def _anchor(heading: str) -> str:
    """The fragment a Markdown renderer gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_relative_link_of_the_docs_reaches_a_file_and_heading() -> None:
    for name in DOCS:
        doc = ROOT / name
        for target, fragment in re.findall(r"\]\(([^)#:\s]*)(?:#([^)\s]+))?\)", doc.read_text()):
            linked = doc.parent / target if target else doc
            assert linked.is_file(), f"{name} links to {target}, which does not exist"
            if fragment:
                headings = re.findall(r"^#+ (.+)$", linked.read_text(), re.M)
                assert fragment in {_anchor(h) for h in headings}, f"{name} links to {target}#{fragment}"


def test_the_readme_links_each_stage_readme() -> None:
    for stage in ("index/README.md", "qa/README.md", "bench/FIGURES.md"):
        assert f"]({stage})" in README, stage


def test_every_module_and_name_the_docs_point_at_exists() -> None:
    for name in DOCS:
        for path, names in re.findall(r"`((?:index|qa|web|bench|tests)/[\w/]+\.py)(?:: ([\w.]+))?`",
                                      (ROOT / name).read_text()):
            assert (ROOT / path).is_file(), f"{name} names {path}, which does not exist"
            source = (ROOT / path).read_text()
            for part in filter(None, names.split(".")):  # "Tuning.derived_stem": the class, then its field
                defined = rf"^\s*(?:def|class) {part}\b|^\s*{part}\s*[:=]"
                assert re.search(defined, source, re.M), f"{name} names {path}: {names}, which is not defined there"


def test_the_readme_names_every_field_of_an_answer_and_of_a_citation() -> None:
    citation = re.search(r"A citation is `\{([^}]*)\}`", README)
    assert citation, "the README's citation fields"
    assert set(re.findall(r'"(\w+)"', citation[1])) == {f.name for f in fields(Citation)}
    ask = next(line for line in README.splitlines() if line.startswith("| `POST /api/ask` |"))
    returned = set(re.findall(r'"(\w+)"', ask.split("→")[1]))
    assert returned == {f.name for f in fields(Answer)} - {"sentences"} | {"conversation_id"}
