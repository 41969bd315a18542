"""The one error the importer raises, naming the legacy table and row at fault."""

from contextlib import contextmanager

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.management.base import CommandError


class LegacyDataError(CommandError):
    """The legacy database cannot be imported as it is; nothing was written."""

    @classmethod
    def for_row(cls, table, row_id, message):
        return cls(f"{table} row id={row_id}: {message}")


def referenced(rows, table, row, column, target_table):
    """The row of `rows` (by id) that `row`'s foreign key `column` points at, or a
    LegacyDataError naming the row when it points at nothing."""
    key = getattr(row, column)
    try:
        return rows[key]
    except KeyError:
        raise LegacyDataError.for_row(
            table, row.id, f"{column} {key!r} not found in {target_table}"
        ) from None


@contextmanager
def reported_as(table, row):
    """Turn a model ValidationError into a LegacyDataError naming the legacy row."""
    try:
        yield
    except ValidationError as error:
        raise LegacyDataError.for_row(table, row.id, describe(error, row)) from error


def describe(error, row):
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    problems = []
    for field_name, messages in error.message_dict.items():
        text = " ".join(messages)
        if field_name == NON_FIELD_ERRORS:
            problems.append(text)
        elif hasattr(row, field_name):
            problems.append(f"{field_name} {getattr(row, field_name)!r}: {text}")
        else:
            problems.append(f"{field_name}: {text}")
    return "; ".join(problems)
