"""Registry of the home page's sections.

Each service registers, from its AppConfig.ready(), a function that returns the
context of its home section for a member, so the home page shows every service
without importing them.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class HomeSection:
    key: str
    order: int
    template: str
    build: Callable[..., dict | None]


_sections: dict[str, HomeSection] = {}


def register_home_section(
    *, key: str, order: int, template: str, build: Callable[..., dict | None]
) -> None:
    """Add (or replace) a section; build(user=..., home=...) returns its context."""
    _sections[key] = HomeSection(key=key, order=order, template=template, build=build)


def registered_sections() -> list[HomeSection]:
    return sorted(_sections.values(), key=lambda section: section.order)
