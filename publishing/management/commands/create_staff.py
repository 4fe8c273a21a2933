"""Create a staff account in one of the roles. There is no default account or password."""

import getpass
import secrets
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from publishing.roles import ROLE_KEYS


class Command(BaseCommand):
    help = (
        "Create a staff account in a role: editor (Secretariat editor), moderator "
        "(Coalition moderator) or viewer. The password is asked for, read from standard input "
        "with --password-stdin, or generated and shown once with --generate-password."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", required=True)
        parser.add_argument("--role", choices=sorted(ROLE_KEYS), required=True)
        source = parser.add_mutually_exclusive_group()
        source.add_argument("--password-stdin", action="store_true")
        source.add_argument("--generate-password", action="store_true")

    def handle(self, *args, username, email, role, password_stdin, generate_password, **options):
        user_model = get_user_model()
        if user_model.objects.filter(username=username).exists():
            raise CommandError(f"An account named {username!r} exists already.")
        if generate_password:
            password = secrets.token_urlsafe(18)
        elif password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                raise CommandError("The two passwords differ.")
        user = user_model(username=username, email=email, is_staff=True)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        with transaction.atomic():
            user.set_password(password)
            user.save()
            user.groups.add(Group.objects.get(name=ROLE_KEYS[role]))
        self.stdout.write(
            self.style.SUCCESS(f"Created {username} ({ROLE_KEYS[role]}). Sign in at /admin/.")
        )
        if generate_password:
            self.stdout.write(f"Password (shown once; ask them to change it): {password}")
