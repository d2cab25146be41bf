"""DELETE /api/conversations/<id>: end a conversation."""

from __future__ import annotations

from flask import Blueprint, Flask, Response, current_app

from web._errors import ApiError

conversations = Blueprint("conversations", __name__)


@conversations.delete("/api/conversations/<conversation_id>")
def end(conversation_id: str) -> Response:
    if not current_app.extensions["docqa"].end(conversation_id):
        raise ApiError(404, "not_found", "no such conversation (it may have expired)")
    return Response(status=204)


def init_app(app: Flask) -> None:
    app.register_blueprint(conversations)
