from django.contrib.auth.views import LoginView
from django.http import HttpResponse
from django.urls import include, path


def whoami(request):
    """Who the provider's session belongs to (to check a logout ended it)."""
    user = request.user
    return HttpResponse(user.get_username() if user.is_authenticated else "")


urlpatterns = [
    path("login/", LoginView.as_view(template_name="login.html"), name="login"),
    path("whoami/", whoami),
    path("o/", include("oauth2_provider.urls", namespace="oauth2_provider")),
]
