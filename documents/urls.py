from django.urls import path

from documents import views

app_name = "documents"
urlpatterns = [
    path("documents/<int:document_id>/", views.document_detail, name="detail"),
    path(
        "documents/<int:document_id>/afficher/",
        views.document_display,
        name="display",
    ),
    path(
        "fichiers/<int:document_id>/telecharger/",
        views.document_download,
        name="download",
    ),
    path(
        "fichiers/<int:document_id>/afficher/",
        views.document_inline,
        name="inline",
    ),
    path(
        "fichiers/<int:document_id>/apercu/",
        views.document_preview,
        {"variant": "preview"},
        name="preview",
    ),
    path(
        "fichiers/<int:document_id>/vignette/",
        views.document_preview,
        {"variant": "thumbnail"},
        name="thumbnail",
    ),
]
