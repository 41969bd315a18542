"""Users (only those with a profile) and their published profiles."""

from datetime import UTC

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from profiles.models import Profile

from .errors import LegacyDataError, referenced, reported_as
from .lookups import fetch_in
from .outcomes import CREATED, UNCHANGED, UPDATED
from .publishing import add_snippets
from .values import assign

# Checked by the import itself, against what it holds in memory, not a query per row.
UNIQUENESS_CHECKED = {"validate_unique": False, "validate_constraints": False}
PROFILE_RELATIONS = ["user", "photo", "locked_by", "latest_revision", "live_revision"]


class MemberImport:
    def __init__(self, data, summary, now, progress):
        self.schema = data.schema
        self.data = data
        self.summary = summary
        self.now = now
        self.progress = progress
        self.new_profiles = []

    def run(self):
        """Import users and profiles; returns the new profiles, to be indexed."""
        users = self.import_users()
        self.import_profiles(users)
        return self.new_profiles

    # Users

    def import_users(self):
        """The new site's user for each legacy user id that owns a profile."""
        owners = {row.user_id for row in self.data.profiles}
        rows = []
        for row in self.data.users:
            self.progress.advance("checking users")
            if row.id in owners:
                rows.append(row)
            else:
                # The legacy site's users exist to carry profiles; the one without
                # is the superuser `admin`, whose weak password must not come along.
                self.summary.skip("users", "users without a profile", row.username)
        values = {row.id: self.user_values(row) for row in rows}
        User = get_user_model()
        existing = {
            user.username: user
            for user in fetch_in(
                User.objects.all(), "username", [v["username"] for v in values.values()]
            )
        }
        users, new_users, taken = {}, [], {}
        for row in rows:
            username = values[row.id]["username"]
            self.refuse_duplicate(row, username, taken)
            user = existing.get(username)
            if user is None:
                user = User(**values[row.id])
                self.validate_user(user, row)
                new_users.append(user)
                outcome = CREATED
            else:
                outcome = self.update_user(user, row, values[row.id])
            self.summary.record("users", outcome, user.username)
            users[row.id] = user
        User.objects.bulk_create(new_users)
        return users

    def update_user(self, user, row, values):
        self.refuse_staff_account(user, row)
        if user.last_login is not None:
            # The member has signed in to the new site: the password is theirs now.
            del values["password"]
        if not assign(user, values):
            return UNCHANGED
        self.validate_user(user, row)
        user.save()
        return UPDATED

    def validate_user(self, user, row):
        with reported_as(self.schema.user_table, row):
            user.full_clean(**UNIQUENESS_CHECKED)

    def refuse_duplicate(self, row, username, taken):
        if username in taken:
            raise LegacyDataError.for_row(
                self.schema.user_table,
                row.id,
                f"username {username!r} is also the username of row id={taken[username]}",
            )
        taken[username] = row.id

    def user_values(self, row):
        # Normalised as User.clean() would, so that a second run compares equal values.
        User = get_user_model()
        return {
            "username": User.normalize_username(row.username),
            "password": row.password,
            "first_name": row.first_name,
            "last_name": row.last_name,
            "email": User.objects.normalize_email(row.email),
            "is_active": bool(row.is_active),
            "date_joined": self.date_joined(row),
        }

    def date_joined(self, row):
        try:
            parsed = parse_datetime(row.date_joined or "")
        except (TypeError, ValueError):
            parsed = None
        if parsed is None:
            raise LegacyDataError.for_row(
                self.schema.user_table,
                row.id,
                f"date_joined {row.date_joined!r} is not a date and time",
            )
        # Django writes datetimes to SQLite as naive UTC when USE_TZ = True, the
        # project template's setting that the legacy Django site started from.
        return parsed if timezone.is_aware(parsed) else parsed.replace(tzinfo=UTC)

    def refuse_staff_account(self, user, row):
        if user.is_staff or user.is_superuser:
            raise LegacyDataError.for_row(
                self.schema.user_table,
                row.id,
                f"username {user.username!r} belongs to a staff account of the new site;"
                " the import never overwrites one",
            )

    # Profiles

    def import_profiles(self, users):
        existing = {
            profile.user_id: profile
            for profile in fetch_in(
                Profile.objects.all(),
                "user_id",
                [user.pk for user in users.values() if user.pk is not None],
            )
        }
        for row in self.data.profiles:
            user = referenced(
                users,
                self.schema.profile_table,
                row,
                "user_id",
                self.schema.user_table,
            )
            profile = existing.get(user.pk) if user.pk is not None else None
            if profile is None:
                outcome = self.new_profile(row, user)
            else:
                profile.user = user
                outcome = self.update_profile(profile, row)
            self.summary.record("profiles", outcome, user.username)
            self.progress.advance("checking profiles")
        add_snippets(self.new_profiles, self.now)
        self.progress.advance("publishing profiles", len(self.data.profiles))

    def new_profile(self, row, user):
        profile = Profile(user=user, favorite_city=row.favorite_city)
        self.validate_profile(profile, row)
        self.new_profiles.append(profile)
        return CREATED

    def update_profile(self, profile, row):
        if not assign(profile, {"favorite_city": row.favorite_city}):
            return UNCHANGED
        self.validate_profile(profile, row)
        profile.save()
        profile.save_revision().publish()
        return UPDATED

    def validate_profile(self, profile, row):
        with reported_as(self.schema.profile_table, row):
            profile.full_clean(exclude=PROFILE_RELATIONS, **UNIQUENESS_CHECKED)
