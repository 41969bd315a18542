"""`python manage.py load_demo_content`: fill a freshly migrated site with demo lettings."""

from django.core.management.base import BaseCommand, CommandError

from home.demo.loader import MissingSiteSkeleton, load_demo_content


class Command(BaseCommand):
    help = (
        "Load about 30 Orange County lettings, a few member profiles and generated "
        "pictures, and fill in the home page. Creates only what is missing."
    )

    def handle(self, *args, **options):
        try:
            tally = load_demo_content()
        except MissingSiteSkeleton as error:
            raise CommandError(str(error)) from error
        for line in tally.lines():
            self.stdout.write(line)
        if tally.changed_anything():
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        else:
            self.stdout.write("The demo content was already loaded: nothing to do.")
