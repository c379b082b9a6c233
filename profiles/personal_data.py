"""Registry of each service's personal data, and the member lifecycle built on it.

Every app that stores something about a member registers, from its
AppConfig.ready(), how to export it and how to erase it, so this module (and the
privacy app that assembles the archive) never imports a service:

    register_personal_data(
        key="comments",
        label=_("Comments"),
        order=30,
        export=comments_export,   # export(user) -> PersonalData
        erase=comments_erase,     # erase(user) -> None (anonymise or delete)
        deactivate=None,          # deactivate(user) -> None (revoke access)
    )

`deactivate_member` ends a member's access at once (login, sessions, every
registered token); `erase_member` also anonymises their contributions and
deletes what belongs to them alone, then deletes the account.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger("osmose.personal_data")


@dataclass
class PersonalData:
    """What one source holds about a member.

    `data` is JSON-serialisable; `files` maps a name inside the archive
    (e.g. "photo.jpg") to an open-able file (a FieldFile).
    """

    data: object
    files: dict = field(default_factory=dict)


@dataclass(frozen=True)
class PersonalDataSource:
    key: str
    label: str
    order: int
    export: Callable[..., PersonalData]
    erase: Callable[..., None] | None = None
    deactivate: Callable[..., None] | None = None


_sources: dict[str, PersonalDataSource] = {}


def register_personal_data(
    *,
    key: str,
    label: str,
    export: Callable[..., PersonalData],
    erase: Callable[..., None] | None = None,
    deactivate: Callable[..., None] | None = None,
    order: int = 100,
) -> None:
    """Add (or replace) a source of personal data."""
    _sources[key] = PersonalDataSource(
        key=key,
        label=label,
        order=order,
        export=export,
        erase=erase,
        deactivate=deactivate,
    )


def personal_data_sources() -> list[PersonalDataSource]:
    return sorted(_sources.values(), key=lambda source: (source.order, source.key))


def personal_data_collect(*, user) -> dict[str, PersonalData]:
    """Every source's data about `user`, by key, in the sources' order."""
    return {source.key: source.export(user) for source in personal_data_sources()}


FORMER_MEMBER_USERNAME = "ancien-membre"


def former_member():
    """The inactive account erased members' contributions are signed with.

    Conversations stay readable: a message keeps its place and reads as
    written by "Ancien membre", whoever wrote it.
    """
    User = get_user_model()
    account, created = User.objects.get_or_create(
        username=FORMER_MEMBER_USERNAME,
        defaults={"first_name": "Ancien membre", "is_active": False},
    )
    if created:
        account.set_unusable_password()
        account.save(update_fields=["password"])
    return account


def _session_engine_is_database() -> bool:
    return settings.SESSION_ENGINE in (
        "django.contrib.sessions.backends.db",
        "django.contrib.sessions.backends.cached_db",
    )


def sessions_end(*, user) -> int:
    """Delete the stored sessions of `user`; returns how many were ended.

    Other session engines cannot be listed: there an inactive member is still
    refused at their next request by the authentication backend.
    """
    if not _session_engine_is_database():
        return 0
    member_id = str(user.pk)
    ended = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get(SESSION_KEY)) == member_id:
            ended.append(session.session_key)
    if ended:
        from django.core.cache import cache

        Session.objects.filter(session_key__in=ended).delete()
        # cached_db keeps a copy in the cache.
        cache.delete_many([f"django.contrib.sessions.cached_db{key}" for key in ended])
    return len(ended)


@transaction.atomic
def deactivate_member(user, *, by=None) -> None:
    """End a member's access at once: login, open sessions, every token.

    Their contributions and data stay; an administrator may reactivate the
    account later (they then ask for a new calendar address).
    """
    user.is_active = False
    user.save(update_fields=["is_active"])
    for source in personal_data_sources():
        if source.deactivate is not None:
            source.deactivate(user)
    ended = sessions_end(user=user)
    logger.info(
        "member deactivated",
        extra={
            "member_id": user.pk,
            "by_id": getattr(by, "pk", None),
            "sessions_ended": ended,
        },
    )


@transaction.atomic
def erase_member(user, *, by=None) -> None:
    """Erase a member (right to erasure).

    Each source anonymises the member's contributions (shown as "Former
    member") or deletes what was theirs alone; then the account, its profile,
    tokens and notifications are deleted with it.
    """
    member_id = user.pk
    deactivate_member(user, by=by)
    for source in personal_data_sources():
        if source.erase is not None:
            source.erase(user)
    get_user_model().objects.filter(pk=member_id).delete()
    logger.info(
        "member erased",
        extra={"member_id": member_id, "by_id": getattr(by, "pk", None)},
    )
