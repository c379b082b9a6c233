"""Registry of the entries of the header's tool bar, next to the bell.

A service registers, from its AppConfig.ready(), an entry of the header
(e.g. its unread count) so neither the base templates nor home import it:

    register_header_tool(
        key="messages",
        order=10,
        template="messaging/includes/header_tool.html",  # renders one <li>
        build=messages_header_context,  # (request) -> dict, or None to hide
    )

The header is on every page: `build` must cost at most one query.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class HeaderTool:
    key: str
    order: int
    template: str
    build: Callable[..., dict | None]


_tools: dict[str, HeaderTool] = {}


def register_header_tool(
    *, key: str, order: int, template: str, build: Callable[..., dict | None]
) -> None:
    """Add (or replace) an entry; build(request) returns its context or None."""
    _tools[key] = HeaderTool(key=key, order=order, template=template, build=build)


def registered_header_tools() -> list[HeaderTool]:
    return sorted(_tools.values(), key=lambda tool: tool.order)
