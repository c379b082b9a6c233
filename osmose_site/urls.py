from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from osmose_site import views

# Sign-in and sign-out (/connexion/, /deconnexion/) with ProConnect and
# invitations live in the membership app.
auth_patterns = [
    path(
        "mot-de-passe/oubli/",
        auth_views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "mot-de-passe/oubli/envoye/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "mot-de-passe/nouveau/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "mot-de-passe/nouveau/termine/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(
        "mot-de-passe/changer/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "mot-de-passe/changer/termine/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
]

urlpatterns = [
    path("", include("membership.urls")),
    *auth_patterns,
    path("healthz", views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    # The library's document pages (/documents/<id>/) and access-checked files
    # (/fichiers/<id>/...), before Wagtail's document URLs and page catch-all.
    path("", include("documents.urls")),
    # Wagtail's own document files live under /fichiers/ so /documents/ stays the
    # library page.
    path("fichiers/", include(wagtaildocs_urls)),
    re_path(r"^media/(?P<path>.+)$", views.protected_media, name="protected_media"),
    path("recherche/", include("search.urls")),
    path("commentaires/", include("comments.urls")),
    # The calendar page's feed address has a ".ics" suffix Wagtail's page
    # routing does not accept, so it is a plain URL under the page's path.
    path("calendrier/", include("events.urls")),
    # Threads are plain models under the discussion spaces' page.
    path("echanges/", include("discussions.urls")),
    path("", include("mentions.urls")),
    path("", include("privacy.urls")),
    path("", include("profiles.urls")),
    path("notifications/", include("notifications.urls")),
    path("messages/", include("messaging.urls")),
    path("", include(wagtail_urls)),
]

# French error pages in the site's layout, free of database queries.
handler400 = "osmose_site.errors.bad_request"
handler403 = "osmose_site.errors.permission_denied"
handler404 = "osmose_site.errors.page_not_found"
handler500 = "osmose_site.errors.server_error"
