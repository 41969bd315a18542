"""One counter tells what a run did to each kind: created, updated, unchanged, skipped."""

import pytest

from legacy.outcomes import CREATED, SKIPPED, UNCHANGED, UPDATED, Outcomes


def test_each_kind_counts_its_outcomes():
    outcomes = Outcomes(["users", "lettings"])
    outcomes.add("users", CREATED, "ada")
    outcomes.add("users", UNCHANGED, "bo")
    outcomes.add("lettings", UPDATED, "id=2")

    assert [outcomes.count("users", o) for o in (CREATED, UPDATED, UNCHANGED)] == [
        1,
        0,
        1,
    ]
    assert outcomes.count("lettings", UPDATED) == 1
    assert list(outcomes.counts) == ["users", "lettings"]


def test_changes_are_listed_in_order_and_unchanged_ones_are_not():
    outcomes = Outcomes()
    outcomes.add("users", CREATED, "ada")
    outcomes.add("users", UNCHANGED, "bo")
    outcomes.add("lettings", UPDATED, "id=2")

    assert outcomes.changes == [
        ("users", CREATED, "ada"),
        ("lettings", UPDATED, "id=2"),
    ]


def test_a_skip_is_counted_and_keeps_its_reason():
    outcomes = Outcomes(["users"])
    outcomes.skip("users", "users without a profile", "admin")

    assert outcomes.count("users", SKIPPED) == 1
    assert outcomes.skipped == {"users without a profile": ["admin"]}
    assert not outcomes.changed_anything()


def test_a_change_is_something_created_or_updated():
    outcomes = Outcomes(["users"])
    outcomes.add("users", UNCHANGED)
    assert not outcomes.changed_anything()

    outcomes.add("users", UPDATED)
    assert outcomes.changed_anything()


def test_an_unknown_outcome_is_refused():
    with pytest.raises(ValueError, match="unknown outcome 'deleted'"):
        Outcomes().add("users", "deleted")
