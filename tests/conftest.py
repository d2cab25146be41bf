"""Shared fixtures: the real model once per session, a built index of the bundled document, apps and servers."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from index import Embedder, build_index, read_documents, shared_embedder
from qa import Assistant, Settings
from bench.support import start_server, stop_server
from qa.config import BUNDLED_DOCUMENT
from web import create_app

# The test modules' shared helpers: their asserts explain a failure as a test module's own do.
pytest.register_assert_rewrite("tests.contract", "tests.browsing")


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return shared_embedder()


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """An index of the bundled document, built once; tests copy it before changing anything."""
    index_dir = tmp_path_factory.mktemp("bundled-index")
    build_index(read_documents([BUNDLED_DOCUMENT]), index_dir, embedder)
    return index_dir


@pytest.fixture
def index_dir(bundled_index: Path, tmp_path: Path) -> Path:
    """A private copy of the bundled index for a test that may rebuild or damage it."""
    target = tmp_path / "index"
    shutil.copytree(bundled_index, target)
    return target


@pytest.fixture(scope="session")
def assistant(bundled_index: Path, embedder: Embedder) -> Assistant:
    return Assistant(Settings.from_env({"index_dir": bundled_index}), embedder)


@pytest.fixture
def app(bundled_index: Path, embedder: Embedder) -> Flask:
    """A fresh app (and conversation store) per test over the shared read-only index."""
    settings = {"index_dir": bundled_index, "reload_interval": 0}
    return create_app(settings, Assistant(Settings.from_env(settings), embedder))


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="session")
def server(bundled_index: Path) -> Iterator[str]:
    """One real `docqa serve` over the bundled index for the end-to-end tests."""
    process, url = start_server(bundled_index)
    yield url
    stop_server(process)
