"""The chat page at / (templates and static files live beside this module)."""

from __future__ import annotations

from flask import Blueprint, Flask, current_app, render_template

pages = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
                  static_url_path="/static")


@pages.get("/")
def index() -> str:
    return render_template("index.html", max_question_chars=current_app.config["DOCQA"].max_question_chars)


def init_app(app: Flask) -> None:
    app.register_blueprint(pages)
