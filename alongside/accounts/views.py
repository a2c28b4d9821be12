"""Signing in and out, two-factor, profile and session keep-alive."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from alongside.accounts import twofactor
from alongside.accounts.forms import CodeForm, ConfirmDeviceForm, ProfileForm, SignInForm
from alongside.accounts.models import LoginThrottle, TOTPDevice, User

PENDING_USER = "pending_2fa_user"
PENDING_SECRET = "pending_totp_secret"
PENDING_MAX_AGE = 5 * 60


def _locked_minutes(throttle: LoginThrottle | None) -> int:
    if throttle and throttle.locked_until and throttle.locked_until > timezone.now():
        return max(1, int((throttle.locked_until - timezone.now()).total_seconds() // 60) + 1)
    return 0


def _record_failure(key: str) -> None:
    with transaction.atomic():
        # The row lock serialises concurrent failures, so a plain increment is safe.
        throttle, _ = LoginThrottle.objects.select_for_update().get_or_create(key=key)
        throttle.failures += 1
        throttle.last_failure_at = timezone.now()
        if throttle.failures >= settings.LOGIN_FAILURE_LIMIT:
            throttle.failures = 0
            throttle.locked_until = timezone.now() + settings.LOGIN_LOCKOUT
        throttle.save(update_fields=["failures", "last_failure_at", "locked_until"])


def _safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse(settings.LOGIN_REDIRECT_URL)


def _lockout_message(minutes: int) -> str:
    return (
        f"Sign-in for this account is paused for about {minutes} minute"
        f"{'s' if minutes != 1 else ''}, after several tries that didn't match. "
        "This keeps your account safe. You can wait, or reset your password to get back in now."
    )


@login_not_required
def sign_in(request):
    if request.user.is_authenticated:
        return redirect(_safe_next(request))
    form = SignInForm(request.POST or None)
    locked = 0
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        key = LoginThrottle.key_for(email)
        locked = _locked_minutes(LoginThrottle.objects.filter(key=key).first())
        if locked:
            form.add_error(None, _lockout_message(locked))
        else:
            user = authenticate(request, email=email, password=form.cleaned_data["password"])
            if user is None:
                _record_failure(key)
                locked = _locked_minutes(LoginThrottle.objects.filter(key=key).first())
                form.add_error(
                    None,
                    _lockout_message(locked)
                    if locked
                    else "That email and password don't match. Check them and try again.",
                )
            else:
                LoginThrottle.objects.filter(key=key).delete()
                if user.has_two_factor:
                    request.session[PENDING_USER] = user.pk
                    request.session["pending_2fa_at"] = time.time()
                    next_url = _safe_next(request)
                    return redirect(f"{reverse('login_code')}?next={next_url}")
                login(request, user)
                return redirect(_safe_next(request))
    signed_out = request.session.pop("expired_user", None) is not None and request.method == "GET"
    return render(
        request,
        "accounts/sign_in.html",
        {
            "form": form,
            "locked": locked,
            "next": request.GET.get("next", ""),
            "signed_out_idle": signed_out,
            "attempt_limit": settings.LOGIN_FAILURE_LIMIT,
        },
    )


@login_not_required
def sign_in_code(request):
    pk = request.session.get(PENDING_USER)
    started = request.session.get("pending_2fa_at", 0)
    user = User.objects.filter(pk=pk, is_active=True).first() if pk else None
    if user is None or time.time() - started > PENDING_MAX_AGE:
        request.session.pop(PENDING_USER, None)
        messages.info(request, "Please sign in again: that step timed out after 5 minutes.")
        return redirect("login")
    key = LoginThrottle.key_for(user.email)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"].strip()
        if locked := _locked_minutes(LoginThrottle.objects.filter(key=key).first()):
            request.session.pop(PENDING_USER, None)
            messages.error(request, _lockout_message(locked))
            return redirect("login")
        device = TOTPDevice.objects.filter(user=user, confirmed_at__isnull=False).first()
        ok = device is not None and twofactor.verify(device, code)
        used_recovery = False
        if not ok and twofactor.use_recovery_code(user, code):
            ok = used_recovery = True
        if ok:
            LoginThrottle.objects.filter(key=key).delete()
            del request.session[PENDING_USER]
            login(request, user, backend="alongside.accounts.backends.EmailBackend")
            if used_recovery:
                left = user.recovery_codes.filter(used_at__isnull=True).count()
                messages.warning(
                    request,
                    f"You signed in with a recovery code. {left} left. "
                    "You can make new ones on your account page.",
                )
            return redirect(_safe_next(request))
        _record_failure(key)
        form.add_error(
            "code", "That code didn't match. Codes change every 30 seconds; try the newest one."
        )
    return render(
        request, "accounts/sign_in_code.html", {"form": form, "next": request.GET.get("next", "")}
    )


@require_POST
@login_not_required
def sign_out(request):
    logout(request)
    messages.info(request, "You've signed out.")
    return redirect("login")


def two_factor_setup(request):
    """Enrol an authenticator app: show the QR code, confirm one code, show recovery codes."""
    secret = request.session.get(PENDING_SECRET)
    if not secret:
        secret = request.session[PENDING_SECRET] = twofactor.new_secret()
    form = ConfirmDeviceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        step = twofactor.matching_step(secret, form.cleaned_data["code"])
        if step is None:
            form.add_error(
                "code",
                "That code didn't match. Check your phone's clock, then try the newest code.",
            )
        else:
            with transaction.atomic():
                TOTPDevice.objects.filter(user=request.user).delete()
                TOTPDevice.objects.create(
                    user=request.user, secret=secret, confirmed_at=timezone.now(), last_step=step
                )
                codes = twofactor.new_recovery_codes(request.user)
            del request.session[PENDING_SECRET]
            return render(request, "accounts/recovery_codes.html", {"codes": codes})
    uri = twofactor.provisioning_uri(request.user, secret)
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "secret": secret,
            "qr": twofactor.qr_svg(uri),
            "has_device": request.user.has_two_factor,
        },
    )


@require_POST
def new_recovery_codes(request):
    if not request.user.has_two_factor:
        return redirect("two_factor_setup")
    codes = twofactor.new_recovery_codes(request.user)
    return render(request, "accounts/recovery_codes.html", {"codes": codes})


def account(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect("account")
    return render(
        request,
        "accounts/account.html",
        {
            "form": form,
            "has_two_factor": request.user.has_two_factor,
            "recovery_left": request.user.recovery_codes.filter(used_at__isnull=True).count(),
        },
    )


@require_POST
def keep_alive(request):
    """Count 'Stay signed in' as activity (the middleware already did)."""
    return JsonResponse({"seconds_left": int(request.user.idle_timeout.total_seconds())})


@login_not_required
def session_status(request):
    """Say how long until this session times out, without extending it."""
    if not request.user.is_authenticated:
        return JsonResponse({"signed_in": False, "seconds_left": 0})
    idle = request.user.idle_timeout.total_seconds()
    left = idle - (time.time() - request.session.get("last_seen", time.time()))
    return JsonResponse({"signed_in": True, "seconds_left": max(0, int(left))})


class PasswordResetConfirm(auth_views.PasswordResetConfirmView):
    """Reset a password, and lift any sign-in pause on the account: this is the way back."""

    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")

    def form_valid(self, form):
        LoginThrottle.objects.filter(key=LoginThrottle.key_for(form.user.email)).delete()
        return super().form_valid(form)


password_reset = login_not_required(
    auth_views.PasswordResetView.as_view(
        template_name="accounts/password_reset.html",
        email_template_name="accounts/email/password_reset.txt",
        subject_template_name="accounts/email/password_reset_subject.txt",
        success_url=reverse_lazy("password_reset_done"),
    )
)
password_reset_done = login_not_required(
    auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html")
)
password_reset_confirm = login_not_required(PasswordResetConfirm.as_view())
password_reset_complete = login_not_required(
    auth_views.PasswordResetCompleteView.as_view(
        template_name="accounts/password_reset_complete.html"
    )
)
