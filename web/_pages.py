"""The chat page at / (templates and static files live beside this module)."""

from __future__ import annotations

from flask import Blueprint, Flask, current_app, render_template

from qa.config import BUNDLED_DOCUMENT
from web._api import document_names_served

pages = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
                  static_url_path="/static")


@pages.get("/")
def index() -> str:
    # The example questions about the bundled article, and its medical notice, only while it is served.
    return render_template("index.html", max_question_chars=current_app.config["DOCQA"].max_question_chars,
                           bundled=BUNDLED_DOCUMENT.name in document_names_served())


def init_app(app: Flask) -> None:
    app.register_blueprint(pages)
