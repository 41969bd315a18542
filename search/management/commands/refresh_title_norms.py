"""`manage.py refresh_title_norms`: the search index's title norms, in one bulk update.

Run by Heroku Scheduler every 10 minutes and after bulk imports; a no-op on SQLite,
whose search backend has no norms."""

from django.core.management.base import BaseCommand
from wagtail.search.backends import get_search_backend


class Command(BaseCommand):
    help = "Refresh the search index's title norms (PostgreSQL) in one bulk update."

    def handle(self, *args, **options):
        backend = get_search_backend()
        if not hasattr(backend.index_class, "refresh_title_norms"):
            self.stdout.write("This search backend keeps no title norms.")
            return
        index = backend.index_class(backend)
        index.refresh_title_norms()
        self.stdout.write("Title norms refreshed.")
