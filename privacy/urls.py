from django.urls import path

from privacy import views

app_name = "privacy"
urlpatterns = [
    path("profil/donnees/", views.personal_data, name="data"),
    path("profil/donnees/export/", views.export_create, name="export"),
    path(
        "profil/donnees/export/<uuid:export_id>/",
        views.export_download,
        name="download",
    ),
]
