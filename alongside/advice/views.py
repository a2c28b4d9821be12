"""The advice endpoints behind advice.js, and the coach's own advice history."""

from django.db.models import Count, Q
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from alongside.advice.advise import advice_for
from alongside.advice.forms import CheckForm, EventForm
from alongside.advice.models import KINDS, AdviceEvent
from alongside.coaching.access import require_coach


@require_POST
def check(request):
    """Return advice on a draft. The text is neither stored nor logged."""
    require_coach(request)
    form = CheckForm(request.POST)
    if not form.is_valid():
        return JsonResponse(
            {"error": "This text is too long to check (50,000 characters at most)."}, status=400
        )
    return JsonResponse({"findings": advice_for(request.user, form.cleaned_data["text"])})


@require_POST
def event(request):
    """Record that the coach used a suggestion or kept their words."""
    require_coach(request)
    form = EventForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": "That could not be recorded."}, status=400)
    data = form.cleaned_data
    AdviceEvent.objects.create(
        coach=request.user,
        kind=data["kind"],
        outcome=data["outcome"],
        where=data["where"],
        phrase_key=AdviceEvent.key_for(request.user.pk, data["kind"], data["phrase"]),
        reason=data["reason"] if data["outcome"] == AdviceEvent.Outcome.KEPT else "",
    )
    return JsonResponse({"ok": True})


def history(request):
    """Show the coach how often advice came up, by kind. Nobody else sees this."""
    require_coach(request)
    events = AdviceEvent.objects.filter(coach=request.user)
    counts = {
        row["kind"]: row
        for row in events.values("kind").annotate(
            total=Count("id"),
            applied=Count("id", filter=Q(outcome=AdviceEvent.Outcome.APPLIED)),
            kept=Count("id", filter=Q(outcome=AdviceEvent.Outcome.KEPT)),
            saved=Count("id", filter=Q(outcome=AdviceEvent.Outcome.SAVED)),
        )
    }
    rows = [(label, counts.get(kind)) for kind, label in KINDS]
    kept_reasons = events.filter(outcome=AdviceEvent.Outcome.KEPT).exclude(reason="")[:20]
    return render(
        request,
        "advice/history.html",
        {"rows": rows, "total": events.count(), "kept_reasons": kept_reasons},
    )
