from django.urls import re_path

from events import views

app_name = "events"

urlpatterns = [
    # Any token shape reaches the view, so wrong, malformed and missing tokens
    # all take the same path to the same 404.
    re_path(
        r"^ical/(?P<token>[A-Za-z0-9_-]{0,100})\.ics$",
        views.calendar_feed,
        name="feed",
    ),
]
