from django.conf import settings


def site(request):
    """Expose the site name and the main navigation to every template."""
    return {"SITE_NAME": settings.SITE_NAME}
