"""The practice admin's pages: people, audit log, crisis resources."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render

from alongside.audit.log import record
from alongside.audit.models import AuditEvent
from alongside.coaching.access import relationship_for_admin
from alongside.coaching.models import CoachingRelationship
from alongside.practices.forms import CrisisResourceFormSet
from alongside.practices.models import Membership


def _practice_for_admin(request):
    """Return the signed-in admin's practice, or 404 for anyone else."""
    if not request.user.is_practice_admin:
        raise Http404
    return request.user.membership.practice


def practice_home(request):
    practice = _practice_for_admin(request)
    return render(
        request,
        "practices/home.html",
        {
            "practice": practice,
            "staff": Membership.objects.filter(practice=practice).select_related("user"),
            "relationships": CoachingRelationship.objects.filter(practice=practice)
            .select_related("coach", "client")
            .order_by("state", "-updated_at"),
        },
    )


def practice_client(request, pk: int):
    rel = relationship_for_admin(request, pk)
    record(request, "view", "coaching details (admin)", relationship=rel)
    return render(
        request,
        "practices/client.html",
        {"rel": rel, "changes": rel.changes.select_related("changed_by")[:50]},
    )


def audit_log(request):
    practice = _practice_for_admin(request)
    events = AuditEvent.objects.filter(practice=practice).select_related("client")
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "practices/audit_log.html", {"page": page})


def crisis_resources(request):
    practice = _practice_for_admin(request)
    formset = CrisisResourceFormSet(request.POST or None, instance=practice)
    if request.method == "POST" and formset.is_valid():
        formset.save()
        messages.success(request, "Saved. Your practice's help page now shows these.")
        return redirect("crisis_resources")
    return render(
        request, "practices/crisis_resources.html", {"formset": formset, "practice": practice}
    )
