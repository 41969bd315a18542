from django.core.management.base import BaseCommand

from pagecache.generation import replace


class Command(BaseCommand):
    help = (
        "Make every cached page stale on every worker (after bulk changes that send no "
        "signals, such as queryset updates)."
    )

    def handle(self, *args, **options):
        if not replace():
            self.stderr.write("The cache could not be reached; nothing was changed.")
            raise SystemExit(1)
        self.stdout.write("Every cached page is stale now.")
