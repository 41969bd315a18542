"""Subject access and erasure requests: run by an operator with shell access (on Heroku,
`heroku run`), which only superusers have."""

import json

from django.core.management.base import BaseCommand, CommandError

from enquiries.personal_data import erase_for, export_for


class Command(BaseCommand):
    help = "Export (as JSON) or erase every enquiry made from one email address."

    def add_arguments(self, parser):
        parser.add_argument("email")
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--export", action="store_true")
        action.add_argument("--erase", action="store_true")

    def handle(self, *args, email, export, erase, **options):
        if "@" not in email:
            raise CommandError("Give the email address the requests came from.")
        if export:
            self.stdout.write(
                json.dumps(export_for(email), indent=2, ensure_ascii=False)
            )
        else:
            self.stdout.write(f"{erase_for(email)} enquiries erased.")
