"""Sign-in safety that applies to every request."""

import json
import secrets
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from alongside.accounts.models import KeptDraft

SESSION_STATUS_PATH = "/account/session/"


class IdleTimeoutMiddleware:
    """Sign people out after a quiet spell (30 minutes for staff)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            now = time.time()
            last = request.session.get("last_seen", now)
            if now - last > user.idle_timeout.total_seconds():
                user_pk = user.pk
                logout(request)
                # Remember whose session ended so only they get their draft back.
                request.session["expired_user"] = user_pk
            elif request.path != SESSION_STATUS_PATH:
                # Checking how long is left is not activity: it would keep a
                # forgotten tab signed in forever.
                request.session["last_seen"] = now
        return self.get_response(request)


class KeepDraftMiddleware:
    """Keep a form that arrives after the session ran out, and give it back after sign-in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(view_func, "login_required", True):
            return None
        if request.method == "POST" and not request.user.is_authenticated:
            return self._keep(request)
        if request.method == "GET" and request.user.is_authenticated:
            self._restore(request)
        return None

    def _keep(self, request):
        # Forms often post to an action URL (".../state/"); the person should land
        # back on the page the form was on, so keep the draft against that page.
        page = _same_origin_path(request) or request.path
        fields = {
            key: request.POST.getlist(key) for key in request.POST if key != "csrfmiddlewaretoken"
        }
        if fields:
            token = secrets.token_urlsafe(32)
            KeptDraft.objects.create(
                token=token,
                path=page[:500],
                user_id=request.session.get("expired_user"),
                data=json.dumps(fields),
            )
            request.session["kept_draft"] = token
            messages.info(
                request,
                "You were signed out after a quiet spell, to keep your information safe. "
                "What you were writing is kept: sign in and it will be back on the page.",
            )
        return redirect_to_login(page, reverse(settings.LOGIN_URL))

    def _restore(self, request):
        token = request.session.get("kept_draft")
        if not token:
            return
        draft = KeptDraft.objects.filter(token=token, path=request.path).first()
        if draft is None:
            return
        del request.session["kept_draft"]
        if draft.user_id is not None and draft.user_id != request.user.pk:
            # Someone else signed in on this device: never show them another
            # person's writing.
            return
        request.kept_draft = json.loads(draft.data)
        draft.delete()


def _same_origin_path(request) -> str | None:
    referer = request.META.get("HTTP_REFERER", "")
    if not referer or not url_has_allowed_host_and_scheme(
        referer, {request.get_host()}, request.is_secure()
    ):
        return None
    return urlsplit(referer).path or None


class TwoFactorRequiredMiddleware:
    """Send coaches and admins to set up two-factor sign-in before anything else."""

    ALLOWED_PREFIXES = ("/account/", "/help/", "/static/", "/coaching-and-therapy/", "/healthz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and user.requires_two_factor
            and not request.path.startswith(self.ALLOWED_PREFIXES)
            and not (settings.DEMO_MODE and user.is_demo)
            and not user.has_two_factor
        ):
            return redirect("two_factor_setup")
        return self.get_response(request)
