"""Background work of the personal data service."""

from django_tasks import task

from privacy.models import DataExport


@task()
def data_export_build(*, export_id: str) -> str:
    """Prepare a member's archive (can take a while for an active member)."""
    from privacy.services import export_build

    export = (
        DataExport.objects.select_related("user")
        .filter(pk=export_id, status=DataExport.Status.PENDING)
        .first()
    )
    if export is None:
        return "gone"
    return export_build(export=export).status
