"""Create (or refresh) the demo practice. Only in demo mode."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from alongside.accounts.models import User
from alongside.audit.models import AuditEvent
from alongside.coaching.models import CoachingRelationship, RelationshipChange, State, Therapist
from alongside.practices.actions import do_create_practice
from alongside.practices.models import Membership, Practice

DEMO_PASSWORD = "alongside-demo-2026"
SLUG = "riverside-demo"

STAFF = [
    # email, chosen name, pronouns, is_coach, is_admin
    ("coach@alongside.test", "Sam Rivera", "they/them", True, False),
    ("admin@alongside.test", "Alex Morgan", "she/her", False, True),
    ("coach2@alongside.test", "Robin Okafor", "he/him", True, False),
]
CLIENTS = [
    # email, chosen name, pronouns, coach, state, therapist, history
    (
        "client@alongside.test",
        "Jordan",
        "she/her",
        "coach@alongside.test",
        State.ACTIVE,
        Therapist.ALONGSIDE,
        [(State.JOINING, State.ACTIVE, "First session went well; goals next time.")],
    ),
    (
        "client2@alongside.test",
        "Priya",
        "they/them",
        "coach@alongside.test",
        State.PAUSED,
        Therapist.ALONGSIDE,
        [
            (State.JOINING, State.ACTIVE, ""),
            (
                State.ACTIVE,
                State.PAUSED,
                "Pausing while focusing on therapy for a few weeks; back when ready.",
            ),
        ],
    ),
    (
        "client3@alongside.test",
        "Lee",
        "he/him",
        "coach@alongside.test",
        State.JOINING,
        Therapist.UNKNOWN,
        [],
    ),
    (
        "client4@alongside.test",
        "Morgan",
        "",
        "coach2@alongside.test",
        State.ACTIVE,
        Therapist.NO,
        [(State.JOINING, State.ACTIVE, "")],
    ),
]


class Command(BaseCommand):
    help = "Create or refresh the demo practice and print its logins (demo mode only)."

    def handle(self, *args, **options):
        if not settings.DEMO_MODE:
            raise CommandError(
                "seed_demo runs only in demo mode (ALONGSIDE_DEMO=1, not in production)."
            )
        with transaction.atomic():
            practice = Practice.objects.filter(slug=SLUG).first() or do_create_practice(
                "Riverside Recovery Coaching (demo)", SLUG, region="us"
            )
            users = {}
            for email, name, pronouns, is_coach, is_admin in STAFF:
                user = self._user(email, name, pronouns)
                Membership.objects.update_or_create(
                    user=user,
                    defaults={"practice": practice, "is_coach": is_coach, "is_admin": is_admin},
                )
                users[email] = user
            for email, name, pronouns, coach_email, state, therapist, history in CLIENTS:
                client = self._user(email, name, pronouns)
                coach = users[coach_email]
                rel, created = CoachingRelationship.objects.get_or_create(
                    practice=practice,
                    invited_email=email,
                    defaults={
                        "coach": coach,
                        "client": client,
                        "state": state,
                        "therapist": therapist,
                    },
                )
                if created:
                    start = timezone.now() - timedelta(days=30)
                    steps = [
                        ("", State.INVITED, "", coach),
                        (State.INVITED, State.JOINING, "Accepted the invitation.", client),
                    ]
                    steps += [(a, b, why, coach) for a, b, why in history]
                    for i, (a, b, why, who) in enumerate(steps):
                        RelationshipChange.objects.create(
                            relationship=rel,
                            from_state=a,
                            to_state=b,
                            reason=why,
                            changed_by=who,
                            changed_at=start + timedelta(days=3 * i),
                        )
                    AuditEvent.objects.create(
                        actor=coach,
                        actor_name=coach.chosen_name,
                        actor_role="coach",
                        action="view",
                        what="coaching details",
                        client=client,
                        relationship=rel,
                        practice=practice,
                        ip="127.0.0.1",
                        at=start + timedelta(days=10),
                    )
            CoachingRelationship.objects.get_or_create(
                practice=practice,
                invited_email="invited@alongside.test",
                defaults={"coach": users["coach@alongside.test"], "invited_name": "Casey"},
            )
        self.stdout.write(self.style.SUCCESS("\nDemo practice ready at http://127.0.0.1:8000/"))
        self.stdout.write(f"Every demo account's password: {DEMO_PASSWORD}")
        self.stdout.write("  coach@alongside.test   coach (Sam)")
        self.stdout.write("  admin@alongside.test   practice admin (Alex)")
        self.stdout.write("  coach2@alongside.test  another coach (Robin)")
        self.stdout.write("  client@alongside.test  client, coaching active (Jordan)")
        self.stdout.write("  client2@alongside.test client, coaching paused (Priya)")
        self.stdout.write("  client3@alongside.test client, joining (Lee)")
        self.stdout.write(
            "Two-factor sign-in is skipped for demo accounts in demo mode; pages show a banner.\n"
        )

    def _user(self, email, name, pronouns):
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(email=email)
        user.chosen_name, user.pronouns, user.is_demo, user.is_active = name, pronouns, True, True
        user.set_password(DEMO_PASSWORD)
        user.save()
        return user
