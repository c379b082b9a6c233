from django.urls import path

from mentions import views

app_name = "mentions"
urlpatterns = [path("membres/mentions.json", views.candidates, name="candidates")]
