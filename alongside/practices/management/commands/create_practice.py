"""Create a practice and its first admin, and print a link for them to set a password."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from alongside.accounts.models import User
from alongside.practices.actions import do_create_practice
from alongside.practices.models import REGIONS, Membership, Practice


class Command(BaseCommand):
    help = "Create a practice with its first admin (who can also coach, with --coach)."

    def add_arguments(self, parser):
        parser.add_argument("name")
        parser.add_argument("slug")
        parser.add_argument("admin_email")
        parser.add_argument("--admin-name", default="")
        parser.add_argument("--region", default="us", choices=[code for code, _ in REGIONS])
        parser.add_argument("--coach", action="store_true", help="the admin also coaches")

    def handle(self, name, slug, admin_email, admin_name, region, coach, **options):
        email = admin_email.strip().lower()
        try:
            validate_email(email)
        except Exception as e:
            raise CommandError(f"{admin_email!r} is not a valid email address.") from e
        if Practice.objects.filter(slug=slug).exists():
            raise CommandError(f"A practice with the slug {slug!r} already exists.")
        if User.objects.filter(email=email).exists():
            raise CommandError(f"{email} already has an account.")
        with transaction.atomic():
            practice = do_create_practice(name, slug, region=region)
            user = User.objects.create_user(
                email, None, chosen_name=admin_name or email.split("@")[0]
            )
            Membership.objects.create(user=user, practice=practice, is_admin=True, is_coach=coach)
        uid = urlsafe_base64_encode(force_bytes(user.pk))
        token = default_token_generator.make_token(user)
        link = settings.SITE_URL + reverse("password_reset_confirm", args=[uid, token])
        self.stdout.write(f"Created {practice.name}. {email} can set a password here:\n{link}")
