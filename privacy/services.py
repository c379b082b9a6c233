"""Personal data: the member's archive (right of access and portability) and
the retention rules."""

import json
import logging
import tempfile
import zipfile
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.services import notification_send
from notifications.verbs import Verb
from privacy.models import DataExport
from profiles.personal_data import personal_data_collect, personal_data_sources

logger = logging.getLogger("osmose.privacy")

# A member who asks twice in a row gets the archive being prepared.
PENDING_REUSE = timedelta(minutes=15)


def export_ttl() -> timedelta:
    return timedelta(hours=getattr(settings, "PRIVACY_EXPORT_TTL_HOURS", 72))


@transaction.atomic
def export_request(*, user) -> DataExport:
    """Ask for an archive; a task prepares it and notifies the member."""
    from privacy.tasks import data_export_build

    pending = DataExport.objects.filter(
        user=user,
        status=DataExport.Status.PENDING,
        created_at__gte=timezone.now() - PENDING_REUSE,
    ).first()
    if pending is not None:
        return pending
    export = DataExport.objects.create(user=user)
    export_id = str(export.pk)
    transaction.on_commit(lambda: data_export_build.enqueue(export_id=export_id))
    return export


def _readme(user, now) -> str:
    labels = "\n".join(
        f"- {source.key}: {source.label}" for source in personal_data_sources()
    )
    return _(
        "OSMOSE — your personal data\n\n"
        "Archive prepared on %(date)s for %(username)s.\n\n"
        "data.json holds everything the site stores about you, by section:\n"
        "%(labels)s\n\n"
        "The files folder holds your files (e.g. your profile photo).\n"
    ) % {
        "date": timezone.localtime(now).strftime("%d/%m/%Y %H:%M"),
        "username": user.get_username(),
        "labels": labels,
    }


def archive_write(*, user, target, now=None) -> None:
    """Write the member's data (data.json, files/, LISEZMOI.txt) as a ZIP."""
    now = now or timezone.now()
    collected = personal_data_collect(user=user)
    labels = {source.key: str(source.label) for source in personal_data_sources()}
    document = {
        "generated_at": now.isoformat(),
        "member": user.get_username(),
        "sections": {
            key: {"label": labels[key], "data": part.data}
            for key, part in collected.items()
        },
    }
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("LISEZMOI.txt", _readme(user, now))
        archive.writestr(
            "data.json", json.dumps(document, ensure_ascii=False, indent=2)
        )
        for key, part in collected.items():
            for name, stored in part.files.items():
                try:
                    with stored.open("rb") as handle:
                        archive.writestr(f"files/{key}/{name}", handle.read())
                except FileNotFoundError:
                    logger.warning("personal data file missing: %s", stored.name)


def export_build(*, export: DataExport) -> DataExport:
    """Prepare the archive of a pending request, then tell its member."""
    now = timezone.now()
    try:
        with tempfile.TemporaryFile() as spool:
            archive_write(user=export.user, target=spool, now=now)
            spool.seek(0)
            stamp = timezone.localtime(now).strftime("%Y%m%d-%H%M")
            export.archive.save(f"osmose-{stamp}.zip", File(spool), save=False)
            export.size = export.archive.size
    except Exception:
        logger.exception("personal data export failed", extra={"export_id": export.pk})
        export.status = DataExport.Status.FAILED
        export.save(update_fields=["status"])
        return export
    export.status = DataExport.Status.READY
    export.ready_at = now
    export.expires_at = now + export_ttl()
    export.save(update_fields=["archive", "size", "status", "ready_at", "expires_at"])
    notification_send(
        recipients=[export.user],
        actor=None,
        verb=Verb.DATA_EXPORT_READY,
        target=export,
        url=reverse("privacy:data"),
        title=_("Your personal data"),
    )
    return export


def _delete_archives_on_commit(names: list[str], storage) -> None:
    def delete():
        for name in names:
            storage.delete(name)

    transaction.on_commit(delete)


@transaction.atomic
def exports_prune(*, now=None) -> int:
    """Delete the archives past their expiry (and failed requests of a day)."""
    now = now or timezone.now()
    expired = DataExport.objects.filter(
        expires_at__lte=now
    ) | DataExport.objects.filter(
        status__in=[DataExport.Status.FAILED, DataExport.Status.PENDING],
        created_at__lte=now - timedelta(days=1),
    )
    expired = list(expired)
    names = [export.archive.name for export in expired if export.archive]
    if expired:
        _delete_archives_on_commit(names, DataExport._meta.get_field("archive").storage)
    DataExport.objects.filter(pk__in=[export.pk for export in expired]).delete()
    return len(expired)
