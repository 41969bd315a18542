"""`python manage.py ensure_local_admin`: a superuser to log in with on a developer's machine.

The password is known to anyone who reads this file, so the command refuses to run unless
DEBUG is on (DevelopmentOnlyCommand), and production does not even install the demo app.
"""

import os

from django.conf import settings
from django.contrib.auth import get_user_model

from demo.development_only import DevelopmentOnlyCommand

USERNAME = "admin"
# Local work only: the command refuses to run with DEBUG off.
DEFAULT_PASSWORD = "oc-lettings-local"  # noqa: S105


class Command(DevelopmentOnlyCommand):
    help = (
        "Create the local superuser 'admin' (password from LOCAL_ADMIN_PASSWORD, default "
        f"'{DEFAULT_PASSWORD}') if it does not exist. Development only: needs DEBUG on."
    )
    refusal = (
        "it creates an account with a well-known password, which must never exist in "
        "production."
    )

    def handle(self, *args, **options):
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        User = get_user_model()
        if User.objects.filter(username=USERNAME).exists():
            self.stdout.write(
                f"The user '{USERNAME}' already exists; its password was left unchanged. "
                f"Log in at {admin_url}"
            )
            return
        password = os.environ.get("LOCAL_ADMIN_PASSWORD") or DEFAULT_PASSWORD
        User.objects.create_superuser(USERNAME, f"{USERNAME}@localhost", password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created the local superuser. Log in at {admin_url} with username "
                f"'{USERNAME}' and password '{password}'."
            )
        )
