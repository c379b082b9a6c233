"""The id of the request being served, for every log line and the error pages."""

import re
import uuid
from contextvars import ContextVar

_request_id: ContextVar[str] = ContextVar("request_id", default="")

# A proxy's id is kept only when it looks like one (no injection in the logs).
_INCOMING = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def request_id_new(incoming: str = "") -> str:
    if incoming and _INCOMING.match(incoming):
        return incoming
    return uuid.uuid4().hex[:16]


def request_id_set(value: str):
    return _request_id.set(value)


def request_id_reset(token) -> None:
    _request_id.reset(token)


def current_request_id() -> str:
    return _request_id.get()
