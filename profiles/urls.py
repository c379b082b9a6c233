from django.urls import path

from profiles import views

app_name = "profiles"
urlpatterns = [
    path("profil/", views.profile_edit, name="edit"),
    path("profil/rappel/masquer/", views.prompt_dismiss, name="prompt_dismiss"),
    path("membres/", views.member_list, name="list"),
    path("membres/<str:username>/", views.member_detail, name="detail"),
]
