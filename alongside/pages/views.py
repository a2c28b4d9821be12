"""Public pages, the home redirect and the health check."""

from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache

from alongside.practices.crisis import DEFAULT_RESOURCES, EMERGENCY_NOTE, SERVICES_NOTE
from alongside.practices.models import REGIONS, Practice
from alongside.safety import semantic


def home(request):
    user = request.user
    if user.is_coach:
        return redirect("coach_home")
    if user.is_practice_admin:
        return redirect("practice_home")
    if user.is_superuser:
        return redirect("admin:index")
    return redirect("my_coaching")


def _by_region(resources, first: str | None = None):
    """Group resources by region, the practice's own region first."""
    names = dict(REGIONS)
    grouped: dict[str, list] = {}
    for r in resources:
        grouped.setdefault(r.region, []).append(r)
    order = sorted(names, key=lambda code: code != first)
    return [(code, names[code], grouped[code]) for code in order if code in grouped]


@login_not_required
def help_page(request, slug: str | None = None):
    practice = None
    if slug:
        practice = get_object_or_404(Practice, slug=slug)
    elif request.user.is_authenticated:
        practice = _practice_of(request.user)
    resources = list(practice.crisis_resources.all()) if practice else []
    return render(
        request,
        "pages/help.html",
        {
            "practice": practice,
            "regions": _by_region(
                resources or DEFAULT_RESOURCES, practice.region if practice else None
            ),
            "emergency_note": EMERGENCY_NOTE,
            "services_note": SERVICES_NOTE,
        },
    )


def _practice_of(user):
    if user.membership:
        return user.membership.practice
    rel = user.coaching.select_related("practice").order_by("-created_at").first()
    return rel.practice if rel else None


@login_not_required
def coaching_and_therapy(request):
    return render(request, "pages/coaching_and_therapy.html")


@login_not_required
@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    # The crisis screen runs with or without its semantic layer; say which, so an
    # operator can see a missing build (`make semantic`) without reading logs.
    layers = "rules and semantic layer" if semantic.available() else "rules only"
    return HttpResponse(f"ok\ncrisis screen: {layers}\n", content_type="text/plain")
