"""Coaching relationships, seen by the coach and by the client."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from alongside.accounts.forms import SetPasswordAndNameForm
from alongside.accounts.models import User
from alongside.audit.log import record
from alongside.audit.models import AuditEvent
from alongside.coaching import actions
from alongside.coaching.access import (
    relationship_for_client,
    relationship_for_coach,
    require_coach,
)
from alongside.coaching.forms import InviteForm, StateForm, TherapistForm
from alongside.coaching.models import OPEN_STATES, CoachingRelationship


def coach_home(request):
    require_coach(request)
    rels = CoachingRelationship.objects.filter(coach=request.user).select_related("client")
    return render(
        request,
        "coaching/coach_home.html",
        {
            "open": rels.filter(state__in=OPEN_STATES).order_by("state", "-updated_at"),
            "closed": rels.exclude(state__in=OPEN_STATES).order_by("-updated_at"),
        },
    )


def invite(request):
    require_coach(request)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            result = actions.do_invite_client(
                request, form.cleaned_data["email"], form.cleaned_data["name"]
            )
        except actions.ActionError as e:
            form.add_error(None, str(e))
        else:
            what = "A new link is on its way" if result.resent else "Invitation sent"
            messages.success(
                request,
                f"{what} to {result.relationship.invited_email}. The old link no longer works."
                if result.resent
                else f"{what} to {result.relationship.invited_email}. The link lasts 7 days.",
            )
            return redirect("coach_client", result.relationship.pk)
    return render(request, "coaching/invite.html", {"form": form})


def _client_page(request, rel, state_form=None, status=200):
    return render(
        request,
        "coaching/coach_client.html",
        {
            "rel": rel,
            "changes": rel.changes.select_related("changed_by")[:50],
            "state_form": state_form or StateForm(next_states=rel.next_states),
            "therapist_form": TherapistForm(initial={"therapist": rel.therapist}),
            "invitation": rel.invitations.order_by("-created_at").first(),
        },
        status=status,
    )


def coach_client(request, pk: int):
    rel = relationship_for_coach(request, pk)
    record(request, "view", "coaching details", relationship=rel)
    return _client_page(request, rel)


@require_POST
def change_state(request, pk: int):
    rel = relationship_for_coach(request, pk)
    form = StateForm(request.POST, next_states=rel.next_states)
    if not form.is_valid():
        return _client_page(request, rel, state_form=form, status=400)
    try:
        actions.do_change_state(
            request, rel, form.cleaned_data["to_state"], form.cleaned_data["reason"]
        )
    except actions.ActionError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, f"Coaching is now: {rel.get_state_display().lower()}.")
    return redirect("coach_client", rel.pk)


@require_POST
def set_therapist(request, pk: int):
    rel = relationship_for_coach(request, pk)
    form = TherapistForm(request.POST)
    if form.is_valid():
        actions.do_set_therapist(request, rel, form.cleaned_data["therapist"])
        messages.success(request, "Saved.")
    else:
        messages.error(request, "Please choose one of the options.")
    return redirect("coach_client", rel.pk)


@require_POST
def reinvite(request, pk: int):
    rel = relationship_for_coach(request, pk)
    try:
        actions.do_invite_client(request, rel.invited_email, rel.invited_name)
    except actions.ActionError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, f"A new link is on its way to {rel.invited_email}.")
    return redirect("coach_client", rel.pk)


# --- The client's side ----------------------------------------------------------


def my_coaching(request):
    rel = relationship_for_client(request)
    form = TherapistForm(request.POST or None, initial={"therapist": rel.therapist})
    if request.method == "POST" and form.is_valid():
        rel.therapist = form.cleaned_data["therapist"]
        rel.save(update_fields=["therapist"])
        messages.success(request, "Saved. Your coach will see this.")
        return redirect("my_coaching")
    return render(
        request,
        "coaching/my_coaching.html",
        {
            "rel": rel,
            "therapist_form": form,
            "changes": rel.changes.all()[:20],
            "shared_notes": rel.notes.filter(summary_shared=True).exclude(summary=""),
        },
    )


def who_has_seen(request):
    if not request.user.is_client:
        raise Http404
    events = (
        AuditEvent.objects.filter(client=request.user)
        .exclude(actor=request.user)
        .order_by("-at")[:200]
    )
    return render(request, "coaching/who_has_seen.html", {"events": events})


@login_not_required
def accept_invitation(request, token: str):
    invitation = actions.invitation_for_token(token)
    if invitation is None:
        return render(
            request, "coaching/invitation_problem.html", {"problem": "unknown"}, status=404
        )
    rel = invitation.relationship
    problem = None
    if invitation.used_at:
        problem = "used"
    elif invitation.replaced_at:
        problem = "replaced"
    elif invitation.is_expired:
        problem = "expired"
    if problem:
        return render(
            request,
            "coaching/invitation_problem.html",
            {"problem": problem, "rel": rel},
            status=410,
        )
    existing = request.user if request.user.is_authenticated else None
    if existing is None and rel.client_id is None:
        if User.objects.filter(email=rel.invited_email).exists():
            return render(request, "coaching/invitation_sign_in.html", {"rel": rel})
    form = (
        None
        if existing
        else SetPasswordAndNameForm(
            request.POST or None, email=rel.invited_email, initial={"chosen_name": rel.invited_name}
        )
    )
    if request.method == "POST" and (existing or form.is_valid()):
        try:
            if existing:
                user = actions.do_accept_invitation(invitation, user=existing)
            else:
                data = form.cleaned_data
                user = actions.do_accept_invitation(
                    invitation,
                    chosen_name=data["chosen_name"],
                    pronouns=data["pronouns"],
                    password=data["password"],
                )
        except actions.ActionError as e:
            return render(
                request,
                "coaching/invitation_problem.html",
                {"problem": "other", "message": str(e), "rel": rel},
                status=409,
            )
        if not existing:
            login(request, user, backend="alongside.accounts.backends.EmailBackend")
        messages.success(
            request, f"Welcome, {user.chosen_name}. You've joined {rel.practice.name}."
        )
        return redirect("my_coaching")
    return render(request, "coaching/accept_invitation.html", {"rel": rel, "form": form})
