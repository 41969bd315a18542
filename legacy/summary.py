"""What an import did (or, in a dry run, would do), as the command prints it."""

from .outcomes import CREATED, UNCHANGED, UPDATED, Outcomes

TABLE_OUTCOMES = (CREATED, UPDATED, UNCHANGED)
SINGULAR = {
    "users": "user",
    "profiles": "profile",
    "addresses": "address",
    "lettings": "letting",
    "redirects": "redirect",
}


class ImportSummary:
    """The report of one import; the counting itself is its `outcomes`."""

    def __init__(self, schema_name, dry_run=False):
        self.schema_name = schema_name
        self.dry_run = dry_run
        self.outcomes = Outcomes(SINGULAR)

    def record(self, kind, outcome, label):
        self.outcomes.add(kind, outcome, label)

    def skip(self, kind, reason, label):
        self.outcomes.skip(kind, reason, label)

    @property
    def changes(self):
        return [
            f"{outcome} {SINGULAR[kind]} {label}"
            for kind, outcome, label in self.outcomes.changes
        ]

    def report(self, with_changes=False):
        """The summary as text: optional list of changes, count table, skips."""
        lines = self.changes if with_changes else []
        lines.append(f"Legacy schema: {self.schema_name}")
        lines.append(f"{'':<10}" + "".join(f"{o:>10}" for o in TABLE_OUTCOMES))
        for kind in self.outcomes.counts:
            counts = "".join(
                f"{self.outcomes.count(kind, o):>10}" for o in TABLE_OUTCOMES
            )
            lines.append(f"{kind:<10}{counts}")
        for reason, labels in self.outcomes.skipped.items():
            lines.append(f"Skipped {reason}: {', '.join(labels)}")
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        return "\n".join(lines)
