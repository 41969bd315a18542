"""Existing rows fetched by many keys at once, in chunks SQLite accepts."""

# SQLite allows 999 bound parameters per statement unless built otherwise.
CHUNK = 900


def fetch_in(queryset, field, values):
    """The rows of `queryset` whose `field` is one of `values`: a query per CHUNK keys."""
    values = list(values)
    for start in range(0, len(values), CHUNK):
        yield from queryset.filter(**{f"{field}__in": values[start : start + CHUNK]})
