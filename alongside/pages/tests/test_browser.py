"""End to end in headless Chromium: sign-in for coach and client, accessibility, kept drafts."""

import re
import time

import pyotp
import pytest
from django.contrib.sessions.models import Session

from alongside.accounts.twofactor import new_recovery_codes
from alongside.conftest import PASSWORD, axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def eventually(check, seconds=5.0) -> bool:
    """Return True once check() is true, polling for up to `seconds`."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def advice_recorded(page, column: int) -> bool:
    """Return True once the coach's advice history counts a choice in column (1-based).

    Read through the server, not the database: with SQLite the live server shares the
    test's connection, and a query from this thread while the server is still storing
    the choice (it is sent with keepalive, after the page has moved on) can collide.
    """
    html = page.request.get("/advice/history/").text()
    cells = re.findall(r"<tr><th scope=\"row\">[^<]*</th>((?:<td>\d+</td>)+)</tr>", html)
    return any(int(re.findall(r"\d+", row)[column]) > 0 for row in cells)


def sign_in(page, email, code=None):
    page.goto("/account/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    if code is not None:
        page.get_by_label("Code").fill(code)
        page.get_by_role("button", name="Continue").click()


def test_it_signs_the_coach_in_with_two_factor(page, coach, rel):
    sign_in(page, coach.email, pyotp.TOTP(coach.totp_device.secret).now())
    page.wait_for_url("**/coach/")
    assert page.get_by_role("heading", name="Your clients").is_visible()
    page.get_by_role("link", name="Jordan").click()
    page.wait_for_url(f"**/coach/clients/{rel.pk}/")
    assert axe_violations(page) == []
    page.get_by_label("Change coaching to").select_option("paused")
    page.get_by_label(re.compile("^Why")).fill("Taking a month for therapy first")
    page.get_by_role("button", name="Save change").click()
    assert page.get_by_text("Coaching is now: paused.").is_visible()


def test_it_signs_a_client_in_and_shows_their_coaching(page, client_user, rel, coach):
    sign_in(page, client_user.email)
    page.wait_for_url("**/me/")
    assert page.get_by_role("heading", name="Hello, Jordan").is_visible()
    assert page.get_by_role("link", name="Get help now").first.is_visible()
    assert page.get_by_role("link", name="Quick exit").is_visible()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Who has seen my information").first.click()
    assert axe_violations(page) == []


def test_it_offers_a_skip_link_first_for_keyboard_users(page, db):
    page.goto("/help/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to main content"


@pytest.mark.parametrize("path", ["/help/", "/coaching-and-therapy/", "/account/login/"])
def test_it_has_no_accessibility_violations_on_public_pages(page, path, db):
    page.goto(path)
    assert axe_violations(page) == []


def test_it_keeps_a_coachs_writing_through_an_expired_session(page, coach, rel):
    codes = new_recovery_codes(coach)
    sign_in(page, coach.email, pyotp.TOTP(coach.totp_device.secret).now())
    page.goto(f"/coach/clients/{rel.pk}/")
    page.get_by_label("Change coaching to").select_option("paused")
    page.get_by_label(re.compile("^Why")).fill("Words I must not lose")
    # Thirty-one quiet minutes pass.
    for session in Session.objects.all():
        data = session.get_decoded()
        data["last_seen"] = time.time() - 31 * 60
        session.session_data = Session.objects.encode(data)
        session.save()
    page.get_by_role("button", name="Save change").click()
    page.wait_for_url("**/account/login/**")
    assert page.get_by_text("What you were writing is kept").is_visible()
    sign_in_after = page.get_by_label("Email")
    sign_in_after.fill(coach.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Code").fill(codes[0])
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(f"**/coach/clients/{rel.pk}/")
    assert page.get_by_label(re.compile("^Why")).input_value() == "Words I must not lose"
    assert page.get_by_label("Change coaching to").input_value() == "paused"
    rel.refresh_from_db()
    assert rel.state == "active"
    page.get_by_role("button", name="Save change").click()
    assert page.get_by_text("Coaching is now: paused.").is_visible()


def test_it_warns_before_signing_staff_out_and_lets_them_stay(page, coach, settings):
    from datetime import timedelta

    settings.STAFF_IDLE_TIMEOUT = timedelta(seconds=12)
    settings.IDLE_WARNING_BEFORE = timedelta(seconds=8)
    sign_in(page, coach.email, pyotp.TOTP(coach.totp_device.secret).now())
    page.wait_for_url("**/coach/")
    dialog = page.get_by_role("dialog", name="Still there?")
    dialog.wait_for(state="visible", timeout=15_000)
    dialog.get_by_role("button", name="Stay signed in").click()
    dialog.wait_for(state="hidden")
    # Staying counted as activity: the session is still good for a full spell.
    assert page.request.get("/account/session/").json()["seconds_left"] >= 10
    page.reload()
    assert page.get_by_role("heading", name="Your clients").is_visible()


def test_it_advises_a_coach_while_writing_a_note_and_applies_the_suggestion(page, coach, rel):
    sign_in(page, coach.email, pyotp.TOTP(coach.totp_device.secret).now())
    page.wait_for_url("**/coach/")
    page.goto(f"/coach/clients/{rel.pk}/notes/")
    note = page.get_by_label("Session note (private to you)")
    typed = "sounds like her PTSD is getting worse"
    note.press_sequentially(typed, delay=15)
    advice = page.get_by_role("region", name="Wording advice")
    advice.wait_for(state="visible")
    assert advice.locator("mark").first.inner_text().lower() in typed.lower()
    assert axe_violations(page) == []
    suggestion = advice.locator("q.suggestion").first.inner_text()
    with page.expect_response(lambda r: "/advice/event" in r.url) as recorded:
        advice.get_by_role("button", name="Use this wording").first.click()
    assert recorded.value.ok
    assert suggestion in note.input_value()
    assert "PTSD" not in note.input_value()
    # Let the re-check after applying finish first, so the save below is the only request
    # in flight and the page it lands on is the saved note's.
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Save note").click()
    page.wait_for_url("**/coach/notes/*/")
    assert page.get_by_text("Saved.").is_visible()
    assert advice_recorded(page, column=1)
    from alongside.notes.models import SessionNote

    saved = SessionNote.objects.get()
    assert suggestion in saved.body and "PTSD" not in saved.body
    assert coach.advice_events.filter(outcome="applied", kind="diagnosis").exists()


def test_it_lets_a_coach_keep_their_words_and_save(page, coach, rel):
    sign_in(page, coach.email, pyotp.TOTP(coach.totp_device.secret).now())
    page.wait_for_url("**/coach/")
    page.goto(f"/coach/clients/{rel.pk}/notes/")
    note = page.get_by_label("Session note (private to you)")
    note.fill("Honestly, sounds like BPD to me.")
    advice = page.get_by_role("region", name="Wording advice")
    advice.wait_for(state="visible")
    advice.get_by_role("button", name="Keep my words").first.click()
    page.get_by_label("Why keep them? (optional, only you see this)").fill(
        "Noting it to raise with her therapist, with consent"
    )
    page.get_by_role("button", name="Done").click()
    advice.wait_for(state="detached")
    page.get_by_role("button", name="Save note").click()
    page.wait_for_url("**/coach/notes/*/")
    from alongside.notes.models import SessionNote

    assert eventually(lambda: advice_recorded(page, column=2))
    assert SessionNote.objects.get().body == "Honestly, sounds like BPD to me."
    assert coach.advice_events.filter(outcome="kept").exists()
