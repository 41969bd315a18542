"""`python manage.py load_demo_content`: fill a freshly migrated site with demo lettings."""

from django.core.management.base import CommandError

from demo.development_only import DevelopmentOnlyCommand
from demo.loader import MissingSiteSkeleton, load_demo_content


def outcome_lines(outcomes):
    """One line a kind, in the order first met: "Lettings: 30 created"."""
    for kind, counts in outcomes.counts.items():
        yield f"{kind}: " + ", ".join(f"{n} {outcome}" for outcome, n in counts.items())


class Command(DevelopmentOnlyCommand):
    help = (
        "Load about 30 Orange County lettings, a few member profiles and generated "
        "pictures, and fill in the home page. Creates only what is missing. "
        "Development only: needs DEBUG on."
    )
    refusal = (
        "demo lettings, members and pictures must never reach a production database."
    )

    def handle(self, *args, **options):
        try:
            outcomes = load_demo_content()
        except MissingSiteSkeleton as error:
            raise CommandError(str(error)) from error
        for line in outcome_lines(outcomes):
            self.stdout.write(line)
        if outcomes.changed_anything():
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        else:
            self.stdout.write("The demo content was already loaded: nothing to do.")
