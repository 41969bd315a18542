"""Reading a legacy OC Lettings SQLite database, read-only, into plain rows.

The legacy site existed in two schemas: the original one-app layout (tables
`oc_lettings_site_*`) and the refactored two-app layout (`lettings_*`, `profiles_*`).
Both have the same columns, so only the table names differ.
"""

import dataclasses
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from .errors import LegacyDataError


@dataclass(frozen=True)
class LegacySchema:
    name: str
    address_table: str
    letting_table: str
    profile_table: str
    user_table: str = "auth_user"

    @property
    def tables(self):
        return {
            self.address_table,
            self.letting_table,
            self.profile_table,
            self.user_table,
        }


SCHEMAS = [
    LegacySchema(
        "refactored", "lettings_address", "lettings_letting", "profiles_profile"
    ),
    LegacySchema(
        "original",
        "oc_lettings_site_address",
        "oc_lettings_site_letting",
        "oc_lettings_site_profile",
    ),
]


# SQLite does not enforce column types: the annotations say what the legacy site
# stored, and the importer checks every value before it writes anything.
@dataclass(frozen=True)
class LegacyUser:
    id: int
    username: str
    password: str
    first_name: str
    last_name: str
    email: str
    is_active: int
    date_joined: str


@dataclass(frozen=True)
class LegacyAddress:
    id: int
    number: int
    street: str
    city: str
    state: str
    zip_code: int
    country_iso_code: str


@dataclass(frozen=True)
class LegacyLetting:
    id: int
    title: str
    address_id: int


@dataclass(frozen=True)
class LegacyProfile:
    id: int
    favorite_city: str
    user_id: int


@dataclass(frozen=True)
class LegacyData:
    """Everything the importer needs from one legacy database, in id order."""

    schema: LegacySchema
    users: list[LegacyUser]
    addresses: list[LegacyAddress]
    lettings: list[LegacyLetting]
    profiles: list[LegacyProfile]


def read_legacy_database(path):
    """All rows of the legacy database at `path`; raises LegacyDataError if unreadable."""
    path = Path(path)
    if not path.is_file():
        raise LegacyDataError(f"{path}: no such file")
    with closing(_connect_read_only(path)) as connection:
        schema = detect_schema(connection, path)
        return LegacyData(
            schema=schema,
            users=list(iter_rows(connection, schema.user_table, LegacyUser)),
            addresses=list(iter_rows(connection, schema.address_table, LegacyAddress)),
            lettings=list(iter_rows(connection, schema.letting_table, LegacyLetting)),
            profiles=list(iter_rows(connection, schema.profile_table, LegacyProfile)),
        )


def _connect_read_only(path):
    # mode=ro: the legacy file is evidence, never to be changed, not even its journal.
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    return connection


def detect_schema(connection, path):
    """The schema whose tables all exist in `connection`."""
    try:
        found = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
    except sqlite3.DatabaseError as error:
        raise LegacyDataError(f"{path}: not a SQLite database ({error})") from error
    matches = [schema for schema in SCHEMAS if schema.tables <= found]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise LegacyDataError(
            f"{path}: both legacy schemas are present; keep only the tables of the one that holds the data"
        )
    raise LegacyDataError(f"{path}: unknown schema; {_expected_tables()}")


def _expected_tables():
    return "expected the tables " + " or ".join(
        ", ".join(sorted(schema.tables)) + f" ({schema.name})" for schema in SCHEMAS
    )


def iter_rows(connection, table, row_class):
    """Each row of `table` as a `row_class`, reading only the columns it declares."""
    # Unquoted on purpose: SQLite reads a quoted name that is no column as a string
    # literal, which would turn a missing column into rows full of its name.
    columns = ", ".join(field.name for field in dataclasses.fields(row_class))
    try:
        # Names from our own dataclasses and table list, never from the file's data.
        query = f'SELECT {columns} FROM "{table}" ORDER BY "id"'  # noqa: S608
        cursor = connection.execute(query)
        for row in cursor:
            yield row_class(**dict(row))
    except sqlite3.DatabaseError as error:
        raise LegacyDataError(f"{table}: {error}") from error
