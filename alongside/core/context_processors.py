from django.conf import settings


def alongside(request):
    """Add what every page's layout needs."""
    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    context = {
        "DEMO_MODE": settings.DEMO_MODE,
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        # Everyone but staff gets the quick exit, including people not yet signed in.
        "show_quick_exit": not (signed_in and (user.is_practice_staff or user.is_superuser)),
        "kept_draft": getattr(request, "kept_draft", None),
    }
    if signed_in:
        context["idle_seconds"] = int(user.idle_timeout.total_seconds())
        context["warn_seconds"] = int(settings.IDLE_WARNING_BEFORE.total_seconds())
    return context
