from django.urls import path

from comments import views

app_name = "comments"

urlpatterns = [
    path(
        "<int:content_type_id>/<int:object_id>/",
        views.comment_create_view,
        name="create",
    ),
    path("<int:pk>/", views.comment_permalink_view, name="permalink"),
    path("<int:pk>/modifier/", views.comment_edit_view, name="edit"),
    path("<int:pk>/supprimer/", views.comment_delete_view, name="delete"),
    path("<int:pk>/masquer/", views.comment_hide_view, name="hide"),
]
