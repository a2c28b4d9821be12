from django.contrib import admin
from django.urls import include, path

from alongside.pages import views as pages

admin.site.site_header = "Alongside site administration"


def _operator_only(request) -> bool:
    # Django's admin is for the site operator; practice admins use Alongside's own pages.
    return request.user.is_active and request.user.is_superuser


admin.site.has_permission = _operator_only

urlpatterns = [
    path("", pages.home, name="home"),
    path("help/", pages.help_page, name="help"),
    path("help/<slug:slug>/", pages.help_page, name="practice_help"),
    path("coaching-and-therapy/", pages.coaching_and_therapy, name="coaching_and_therapy"),
    path("healthz", pages.healthz, name="healthz"),
    path("account/", include("alongside.accounts.urls")),
    path("practice/", include("alongside.practices.urls")),
    path("", include("alongside.coaching.urls")),
    path("", include("alongside.notes.urls")),
    path("advice/", include("alongside.advice.urls")),
    path("operator/", admin.site.urls),
]
