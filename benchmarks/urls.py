"""The site's URLs plus one trivial view: the ceiling pages are compared with."""

from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.urls import path

from osmose_site.urls import urlpatterns as site_urlpatterns

CEILING_PATH = "/__ceiling__/"


@login_not_required
def ceiling(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path(CEILING_PATH.strip("/") + "/", ceiling), *site_urlpatterns]
