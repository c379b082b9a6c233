from django.urls import path

from membership import views

urlpatterns = [
    path("connexion/", views.LoginView.as_view(), name="login"),
    path(
        "connexion/proconnect/",
        views.ProConnectStartView.as_view(),
        name="proconnect_start",
    ),
    path(
        "connexion/proconnect/retour/",
        views.ProConnectCallbackView.as_view(),
        name="proconnect_callback",
    ),
    path(
        "connexion/demande-en-cours/",
        views.request_pending,
        name="membership_request_pending",
    ),
    path("deconnexion/", views.logout, name="logout"),
    # The back office's "Log out" too ends the ProConnect session: this route
    # comes before Wagtail's admin URLs (osmose_site/urls.py includes it first).
    path("admin/logout/", views.logout, name="admin_logout"),
    path("invitation/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
