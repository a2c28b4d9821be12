"""Shared test fixtures: named people in two practices."""

import os
import shutil

import pyotp
import pytest
from django.utils import timezone

from alongside.accounts.models import TOTPDevice, User
from alongside.coaching.models import CoachingRelationship, State
from alongside.practices.actions import do_create_practice
from alongside.practices.models import Membership

PASSWORD = "a long enough passphrase 42"
CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
)


def make_staff(email, practice, *, coach=True, admin=False, two_factor=True, name=None):
    user = User.objects.create_user(
        email, PASSWORD, chosen_name=name or email.split("@")[0].title()
    )
    Membership.objects.create(user=user, practice=practice, is_coach=coach, is_admin=admin)
    if two_factor:
        TOTPDevice.objects.create(
            user=user, secret=pyotp.random_base32(), confirmed_at=timezone.now()
        )
    return user


def make_client(email, coach, state=State.ACTIVE, name=None):
    user = User.objects.create_user(
        email, PASSWORD, chosen_name=name or email.split("@")[0].title()
    )
    rel = CoachingRelationship.objects.create(
        practice=coach.membership.practice,
        coach=coach,
        client=user,
        invited_email=email,
        state=state,
    )
    return user, rel


@pytest.fixture
def practice(db):
    return do_create_practice("Harbour Coaching", "harbour")


@pytest.fixture
def other_practice(db):
    return do_create_practice("Hillside Coaching", "hillside", region="uk")


@pytest.fixture
def coach(practice):
    return make_staff("coach@example.com", practice, name="Sam")


@pytest.fixture
def colleague(practice):
    """Another coach in the same practice."""
    return make_staff("colleague@example.com", practice, name="Robin")


@pytest.fixture
def other_coach(other_practice):
    """A coach in another practice."""
    return make_staff("other.coach@example.com", other_practice, name="Kit")


@pytest.fixture
def admin(practice):
    return make_staff("admin@example.com", practice, coach=False, admin=True, name="Alex")


@pytest.fixture
def other_admin(other_practice):
    return make_staff("other.admin@example.com", other_practice, coach=False, admin=True, name="Jo")


@pytest.fixture
def client_rel(coach):
    return make_client("client@example.com", coach, name="Jordan")


@pytest.fixture
def client_user(client_rel):
    return client_rel[0]


@pytest.fixture
def rel(client_rel):
    return client_rel[1]


@pytest.fixture
def other_client(colleague):
    """A client of another coach in the same practice."""
    return make_client("other.client@example.com", colleague, name="Morgan")[0]


def pytest_terminal_summary(terminalreporter):
    if CHROMIUM is None:
        terminalreporter.write_sep("!", "BROWSER TESTS SKIPPED", red=True, bold=True)
        terminalreporter.write_line(
            "Chromium is not installed, so the real-browser tests did not run.\n"
            "Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n"
            "then run `make test` again.",
            red=True,
        )


@pytest.fixture(autouse=True)
def fast_password_hashing(settings, request):
    """Use a fast hasher in tests; test_it_hashes_with_argon2 checks the real one."""
    if "argon2" not in request.node.name:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# --- Real-browser tests ---------------------------------------------------------

AXE_JS = os.path.join(
    os.path.dirname(os.path.dirname(__file__)), "node_modules", "axe-core", "axe.min.js"
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def chromium():
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed: apt-get install chromium (see the run's summary)")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # tests make around it are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(chromium, live_server):
    # bypass_csp lets the test inject axe-core; the pages' own CSP is tested separately.
    context = chromium.new_context(base_url=live_server.url, bypass_csp=True)
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def axe_violations(pg) -> list[str]:
    """Run axe-core (WCAG 2.x A and AA rules) on the page and return what it found."""
    with open(AXE_JS) as f:
        pg.evaluate(f.read())
    result = pg.evaluate(
        """async () => {
            const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
            const r = await axe.run(document, {runOnly: tags});
            return r.violations.map(
                v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')
            );
        }"""
    )
    return result
