"""What an import did (or, in a dry run, would do), counted per kind of object."""

from collections import Counter
from dataclasses import dataclass, field

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
OUTCOMES = (CREATED, UPDATED, UNCHANGED)
SINGULAR = {
    "users": "user",
    "profiles": "profile",
    "addresses": "address",
    "lettings": "letting",
    "redirects": "redirect",
}


@dataclass
class ImportSummary:
    schema_name: str
    dry_run: bool = False
    counts: dict[str, Counter] = field(
        default_factory=lambda: {kind: Counter() for kind in SINGULAR}
    )
    changes: list[str] = field(default_factory=list)
    # What the import leaves out on purpose, e.g. "users without a profile": ["admin"].
    skipped: dict[str, list[str]] = field(default_factory=dict)

    def record(self, kind, outcome, label):
        self.counts[kind][outcome] += 1
        if outcome != UNCHANGED:
            self.changes.append(f"{outcome} {SINGULAR[kind]} {label}")

    def skip(self, what, label):
        self.skipped.setdefault(what, []).append(label)

    def report(self, with_changes=False):
        """The summary as text: optional list of changes, count table, skips."""
        lines = list(self.changes) if with_changes else []
        lines.append(f"Legacy schema: {self.schema_name}")
        lines.append(f"{'':<10}" + "".join(f"{o:>10}" for o in OUTCOMES))
        for kind, counter in self.counts.items():
            lines.append(f"{kind:<10}" + "".join(f"{counter[o]:>10}" for o in OUTCOMES))
        for what, labels in self.skipped.items():
            lines.append(f"Skipped {what}: {', '.join(labels)}")
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        return "\n".join(lines)
