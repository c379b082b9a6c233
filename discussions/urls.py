from django.urls import path

from discussions import views

app_name = "discussions"

urlpatterns = [
    path("nouveau/", views.thread_create_view, name="thread_create"),
    path("suggestions.json", views.suggestions_view, name="suggestions"),
    path("theme/<slug:slug>/", views.theme_view, name="theme"),
    path("fil/<slug:slug>/", views.thread_view, name="thread"),
    path("fil/<slug:slug>/repondre/", views.message_create_view, name="reply"),
    path("fil/<slug:slug>/suivre/", views.thread_follow_view, name="follow"),
    path("fil/<slug:slug>/gerer/", views.thread_manage_view, name="manage"),
    path("message/<int:pk>/", views.message_permalink_view, name="message"),
    path("message/<int:pk>/modifier/", views.message_edit_view, name="edit"),
    path("message/<int:pk>/supprimer/", views.message_delete_view, name="delete"),
    path("message/<int:pk>/signaler/", views.message_report_view, name="report"),
    path(
        "message/<int:pk>/masquer/",
        views.message_moderate_view,
        {"action": "hide"},
        name="hide",
    ),
    path(
        "message/<int:pk>/retablir/",
        views.message_moderate_view,
        {"action": "restore"},
        name="restore",
    ),
    path(
        "message/<int:pk>/classer/",
        views.message_reports_dismiss_view,
        name="dismiss_reports",
    ),
    path("message/<int:pk>/reponse/", views.message_answer_view, name="answer"),
    path("message/<int:pk>/promouvoir/", views.message_promote_view, name="promote"),
]
