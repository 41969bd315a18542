"""One counter for what a run did to each kind of object: created, updated, unchanged
or skipped, with a label for each change and skip so that a report can list them."""

from collections import Counter

CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"
OUTCOMES = (CREATED, UPDATED, UNCHANGED, SKIPPED)


class Outcomes:
    def __init__(self, kinds=()):
        # Kinds named up front keep their order and show zeros when nothing happened.
        self.counts = {kind: Counter() for kind in kinds}
        self.changes = []
        # Why things were left out, in order: {"users without a profile": ["admin"]}.
        self.skipped = {}

    def add(self, kind, outcome, label=None):
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        self.counts.setdefault(kind, Counter())[outcome] += 1
        if outcome in (CREATED, UPDATED) and label is not None:
            self.changes.append((kind, outcome, label))

    def skip(self, kind, reason, label):
        self.add(kind, SKIPPED)
        self.skipped.setdefault(reason, []).append(label)

    def count(self, kind, outcome):
        return self.counts.get(kind, Counter())[outcome]

    def changed_anything(self):
        return any(
            counter[CREATED] or counter[UPDATED] for counter in self.counts.values()
        )
