"""A model's complaint is reported against the legacy column and its value."""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from legacy.errors import describe
from legacy.reader import LegacyLetting

ROW = LegacyLetting(id=4, title="Loft", address_id=1)


def test_a_field_of_the_legacy_row_is_named_with_its_value():
    error = ValidationError({"title": ["Too plain."]})

    assert describe(error, ROW) == "title 'Loft': Too plain."


def test_a_field_the_legacy_row_lacks_is_named_alone():
    error = ValidationError({"slug": ["Taken."], "summary": ["Too long."]})

    assert describe(error, ROW) == "slug: Taken.; summary: Too long."


def test_an_error_about_the_whole_object_is_its_message():
    error = ValidationError({NON_FIELD_ERRORS: ["Clashes with another letting."]})

    assert describe(error, ROW) == "Clashes with another letting."


def test_an_error_without_fields_is_its_message():
    assert describe(ValidationError("Not allowed."), ROW) == "Not allowed."
