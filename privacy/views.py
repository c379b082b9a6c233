from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from privacy import selectors, services
from privacy.models import DataExport


def personal_data(request):
    """/profil/donnees/: what the site stores about me; download it all."""
    return render(
        request,
        "privacy/personal_data.html",
        {
            "exports": selectors.export_list_for_user(user=request.user),
            "sections": selectors.section_labels(),
            "policy_url": selectors.policy_page_url(),
            "now": timezone.now(),
        },
    )


@require_POST
def export_create(request):
    services.export_request(user=request.user)
    export = selectors.export_list_for_user(user=request.user)[0]
    if export.status == DataExport.Status.READY:
        messages.success(request, _("Your archive is ready: download it below."))
    else:
        messages.info(
            request,
            _(
                "Your archive is being prepared. You will get a notification "
                "when it is ready."
            ),
        )
    return redirect("privacy:data")


@require_safe
@never_cache
def export_download(request, export_id):
    """The archive, for its owner only, until it expires."""
    export = selectors.export_get_for_user(user=request.user, export_id=export_id)
    if not export.is_available():
        response = render(request, "privacy/export_expired.html", status=410)
        return response
    try:
        handle = export.archive.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    stamp = timezone.localtime(export.ready_at).strftime("%Y%m%d")
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"osmose-donnees-{request.user.get_username()}-{stamp}.zip",
        content_type="application/zip",
    )
