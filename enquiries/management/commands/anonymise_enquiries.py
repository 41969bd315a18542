from django.core.management.base import BaseCommand

from enquiries.personal_data import anonymise_older_than


class Command(BaseCommand):
    help = "Anonymise enquiries older than ENQUIRY_RETENTION_DAYS (run daily)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Override ENQUIRY_RETENTION_DAYS.")

    def handle(self, *args, days=None, **options):
        count = anonymise_older_than(days)
        self.stdout.write(f"{count} enquiries anonymised.")
