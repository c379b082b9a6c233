from django.urls import path

from messaging import views

app_name = "messaging"

urlpatterns = [
    path("", views.conversation_list, name="list"),
    path("nouveau-groupe/", views.group_create, name="group_create"),
    path("avec/<str:username>/", views.conversation_start, name="start"),
    path("<int:pk>/", views.conversation_detail, name="detail"),
    path("<int:pk>/messages/", views.conversation_messages, name="messages"),
    path("<int:pk>/lu/", views.conversation_read, name="read"),
    path("<int:pk>/membres/", views.group_add_members, name="add_members"),
    path("<int:pk>/quitter/", views.group_leave, name="leave"),
    path("message/<int:pk>/signaler/", views.message_report, name="report"),
]
