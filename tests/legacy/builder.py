"""Small legacy OC Lettings databases, built with sqlite3 the way the legacy site's
Django 4.0 migrations laid them out, in either of its two schemas."""

import sqlite3
from functools import cache

from django.contrib.auth.hashers import make_password

LEGACY_PASSWORD = "pw"

TABLE_PREFIXES = {
    "refactored": {"address": "lettings", "letting": "lettings", "profile": "profiles"},
    "original": {
        "address": "oc_lettings_site",
        "letting": "oc_lettings_site",
        "profile": "oc_lettings_site",
    },
}

USER_TABLE = """CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
 "password" varchar(128) NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL,
 "username" varchar(150) NOT NULL UNIQUE, "last_name" varchar(150) NOT NULL,
 "email" varchar(254) NOT NULL, "is_staff" bool NOT NULL, "is_active" bool NOT NULL,
 "date_joined" datetime NOT NULL, "first_name" varchar(150) NOT NULL)"""
ADDRESS_TABLE = """CREATE TABLE "{name}" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
 "number" integer unsigned NOT NULL CHECK ("number" >= 0), "street" varchar(64) NOT NULL,
 "city" varchar(64) NOT NULL, "state" varchar(2) NOT NULL,
 "zip_code" integer unsigned NOT NULL CHECK ("zip_code" >= 0),
 "country_iso_code" varchar(3) NOT NULL)"""
LETTING_TABLE = """CREATE TABLE "{name}" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
 "title" varchar(256) NOT NULL, "address_id" bigint NOT NULL UNIQUE)"""
PROFILE_TABLE = """CREATE TABLE "{name}" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
 "favorite_city" varchar(64) NOT NULL, "user_id" integer NOT NULL UNIQUE)"""


@cache
def legacy_password_hash():
    # PBKDF2 is slow on purpose: hash once for the whole suite.
    return make_password(LEGACY_PASSWORD, hasher="pbkdf2_sha256")


def legacy_user(id, username, **overrides):
    return {
        "id": id,
        "username": username,
        "password": legacy_password_hash(),
        "first_name": username.title(),
        "last_name": "Legacy",
        "email": f"{username.lower()}@example.com",
        "is_staff": False,
        "is_superuser": False,
        "is_active": True,
        "date_joined": "2020-06-14 09:44:05",
        "last_login": None,
        **overrides,
    }


def sample_rows():
    """A fresh, valid legacy data set: change a row to make it bad."""
    return {
        "users": [
            legacy_user(1, "admin", is_staff=True, is_superuser=True),
            legacy_user(2, "ada", first_name="Ada", last_name="Paul"),
            legacy_user(3, "bo", date_joined="2020-06-14 09:47:21.123456"),
        ],
        "addresses": [
            {
                "id": 1,
                "number": 7217,
                "street": "Bedford Street",
                "city": "Brunswick",
                "state": "GA",
                "zip_code": 31525,
                "country_iso_code": "USA",
            },
            {
                "id": 2,
                "number": 4,
                "street": "Military Street",
                "city": "Holyoke",
                "state": "MA",
                "zip_code": 1040,
                "country_iso_code": "USA",
            },
        ],
        "lettings": [
            {"id": 1, "title": "Joshua Tree Green Haus /w Hot Tub", "address_id": 1},
            {"id": 2, "title": "'Silo Studio' Cottage", "address_id": 2},
        ],
        "profiles": [
            {"id": 1, "favorite_city": "Budapest", "user_id": 2},
            {"id": 2, "favorite_city": "", "user_id": 3},
        ],
    }


CITIES = [("Brunswick", "GA"), ("Holyoke", "MA"), ("Irvine", "CA"), ("Salem", "OR")]
TITLES = ["Sea View Cottage", "Downtown Loft", "'Silo Studio' Cottage", "Quiet Flat"]


def generated_rows(count, first_id=1):
    """`count` lettings with their addresses and `count` members with profiles, plus
    the legacy superuser without one: a legacy database of any size. Rows of sets
    with different `first_id`s do not overlap."""
    ids = range(first_id, first_id + count)
    rows = {"users": [legacy_user(first_id, "admin", is_staff=True, is_superuser=True)]}
    rows["users"] += [legacy_user(n + 1, f"member{n}") for n in ids]
    rows["profiles"] = [
        {"id": n, "favorite_city": CITIES[n % len(CITIES)][0], "user_id": n + 1}
        for n in ids
    ]
    rows["addresses"] = [
        {
            "id": n,
            "number": n % 9999 + 1,
            "street": f"Legacy Street {n}",
            "city": CITIES[n % len(CITIES)][0],
            "state": CITIES[n % len(CITIES)][1],
            "zip_code": n % 100000,
            "country_iso_code": "USA",
        }
        for n in ids
    ]
    # Titles repeat, as they did: slugs must be made unique.
    rows["lettings"] = [
        {"id": n, "title": f"{TITLES[n % len(TITLES)]} {n // 7}", "address_id": n}
        for n in ids
    ]
    return rows


def build_legacy_database(path, rows=None, schema="refactored"):
    """Write a legacy database at `path` holding `rows` (default: sample_rows())."""
    rows = sample_rows() if rows is None else rows
    names = table_names(schema)
    with sqlite3.connect(path) as connection:
        connection.execute(USER_TABLE)
        connection.execute(ADDRESS_TABLE.format(name=names["address"]))
        connection.execute(LETTING_TABLE.format(name=names["letting"]))
        connection.execute(PROFILE_TABLE.format(name=names["profile"]))
        insert(connection, "auth_user", rows["users"])
        insert(connection, names["address"], rows["addresses"])
        insert(connection, names["letting"], rows["lettings"])
        insert(connection, names["profile"], rows["profiles"])
    connection.close()
    return path


def table_names(schema):
    return {kind: f"{prefix}_{kind}" for kind, prefix in TABLE_PREFIXES[schema].items()}


def insert(connection, table, rows):
    for row in rows:
        columns = ", ".join(f'"{column}"' for column in row)
        marks = ", ".join("?" for _ in row)
        connection.execute(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values())
        )
