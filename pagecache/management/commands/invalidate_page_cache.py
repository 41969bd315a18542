from django.core.management.base import BaseCommand, CommandError

from pagecache.cdn import purge_site
from pagecache.generation import replace


class Command(BaseCommand):
    help = (
        "Make every cached page stale on every worker, and purge the CDN if there is "
        "one: after bulk changes that send no signals, such as queryset updates."
    )

    def handle(self, *args, **options):
        if not replace():
            raise CommandError("The cache could not be reached; nothing was changed.")
        purge_site()
        self.stdout.write("Every cached page is stale now.")
