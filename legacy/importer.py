"""Writing legacy rows into the Wagtail site, in one transaction.

Users (only those with a profile), their published profiles, the lettings as published
pages with their addresses, and a permanent redirect from each legacy letting URL.
Every object is matched to what an earlier run created, and saved only when a value
differs, so a second run changes nothing. Any bad row raises LegacyDataError, which
rolls the whole import back.
"""

from datetime import UTC

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect
from wagtail.coreutils import find_available_slug

from lettings.models import Address, LettingIndexPage, LettingPage
from profiles.models import Profile

from .errors import LegacyDataError, reported_as
from .outcomes import CREATED, UNCHANGED, UPDATED
from .summary import ImportSummary

TITLE_MAX_LENGTH = LettingPage._meta.get_field("title").max_length
SUMMARY_MAX_LENGTH = LettingPage._meta.get_field("summary").max_length
# Leaves room for the "-1", "-2"… that find_available_slug appends to a taken slug.
SLUG_BASE_MAX_LENGTH = LettingPage._meta.get_field("slug").max_length - 10


def import_legacy_data(data, dry_run=False):
    """Import `data` (a reader.LegacyData); a dry run rolls everything back."""
    with transaction.atomic():
        summary = LegacyImporter(data, dry_run).run()
        if dry_run:
            transaction.set_rollback(True)
    return summary


class LegacyImporter:
    def __init__(self, data, dry_run):
        self.data = data
        self.schema = data.schema
        self.summary = ImportSummary(data.schema.name, dry_run=dry_run)

    def run(self):
        users = self.import_users()
        for row in self.data.profiles:
            self.import_profile(row, self.user_of(row, users))
        self.import_lettings()
        return self.summary

    # Users and profiles

    def import_users(self):
        """The new user for each legacy user id that owns a profile."""
        owners = {row.user_id for row in self.data.profiles}
        users = {}
        for row in self.data.users:
            if row.id in owners:
                users[row.id] = self.import_user(row)
            else:
                # The legacy site's users exist to carry profiles; the one without
                # is the superuser `admin`, whose weak password must not come along.
                self.summary.skip("users", "users without a profile", row.username)
        return users

    def import_user(self, row):
        values = self.user_values(row)
        user = get_user_model().objects.filter(username=values["username"]).first()
        if user is None:
            user, outcome = get_user_model()(**values), CREATED
        else:
            self.refuse_staff_account(user, row)
            if user.last_login is not None:
                # The member has signed in to the new site: the password is theirs now.
                del values["password"]
            outcome = UPDATED if assign(user, values) else UNCHANGED
        if outcome != UNCHANGED:
            with reported_as(self.schema.user_table, row):
                user.full_clean()
            user.save()
        self.summary.record("users", outcome, user.username)
        return user

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

    def user_of(self, row, users):
        try:
            return users[row.user_id]
        except KeyError:
            raise LegacyDataError.for_row(
                self.schema.profile_table,
                row.id,
                f"user_id {row.user_id!r} not found in {self.schema.user_table}",
            ) from None

    def import_profile(self, row, user):
        profile = Profile.objects.filter(user=user).first()
        if profile is None:
            profile = Profile(user=user, favorite_city=row.favorite_city, live=False)
            outcome = CREATED
        elif assign(profile, {"favorite_city": row.favorite_city}):
            outcome = UPDATED
        else:
            outcome = UNCHANGED
        if outcome != UNCHANGED:
            with reported_as(self.schema.profile_table, row):
                profile.full_clean()
            profile.save()
            profile.save_revision().publish()
        self.summary.record("profiles", outcome, user.username)

    # Lettings, their addresses and their legacy URLs

    def import_lettings(self):
        index = LettingIndexPage.objects.first()
        if index is None:
            raise CommandError(
                "The site has no lettings section (LettingIndexPage): run migrate first."
            )
        addresses = {row.id: row for row in self.data.addresses}
        for row in self.data.lettings:
            page = self.import_letting(row, self.address_of(row, addresses), index)
            self.import_redirect(row, page)
        let_addresses = {row.address_id for row in self.data.lettings}
        for address_id in sorted(addresses.keys() - let_addresses):
            self.summary.skip(
                "addresses", "addresses without a letting", f"id={address_id}"
            )

    def address_of(self, row, addresses):
        try:
            return addresses[row.address_id]
        except KeyError:
            raise LegacyDataError.for_row(
                self.schema.letting_table,
                row.id,
                f"address_id {row.address_id!r} not found in {self.schema.address_table}",
            ) from None

    def import_letting(self, row, address_row, index):
        title = self.letting_title(row)
        page = (
            LettingPage.objects.filter(legacy_id=row.id)
            .select_related("address")
            .first()
        )
        if page is None:
            address = self.create_address(address_row)
            return self.create_letting_page(row, title, address, index)
        self.update_letting(page, row, title, address_row)
        return page

    def letting_title(self, row):
        title = ("" if row.title is None else str(row.title)).strip()
        if not title:
            raise LegacyDataError.for_row(
                self.schema.letting_table, row.id, "title is empty"
            )
        if len(title) > TITLE_MAX_LENGTH:
            raise LegacyDataError.for_row(
                self.schema.letting_table,
                row.id,
                f"title is {len(title)} characters long; at most {TITLE_MAX_LENGTH} fit",
            )
        return title

    def create_address(self, row):
        address = Address(**address_values(row))
        with reported_as(self.schema.address_table, row):
            address.full_clean()
        address.save()
        self.summary.record("addresses", CREATED, f"id={row.id}")
        return address

    def update_address(self, address, row):
        if not assign(address, address_values(row)):
            self.summary.record("addresses", UNCHANGED, f"id={row.id}")
            return
        with reported_as(self.schema.address_table, row):
            address.full_clean()
        address.save()
        self.summary.record("addresses", UPDATED, f"id={row.id}")

    def create_letting_page(self, row, title, address, index):
        page = LettingPage(
            title=title,
            slug=letting_slug(title, row.id, index),
            address=address,
            summary=letting_summary(title, address),
            legacy_id=row.id,
            live=False,
        )
        with reported_as(self.schema.letting_table, row):
            index.add_child(instance=page)
            page.save_revision().publish()
        self.summary.record("lettings", CREATED, f"id={row.id} {page.get_url()}")
        return page

    def update_letting(self, page, row, title, address_row):
        # An editor's own summary is kept; the generated one follows title and city.
        summary_was_generated = page.summary == letting_summary(
            page.title, page.address
        )
        self.update_address(page.address, address_row)
        values = {"title": title}
        if summary_was_generated:
            values["summary"] = letting_summary(title, page.address)
        if not assign(page, values):
            self.summary.record("lettings", UNCHANGED, f"id={row.id}")
            return
        with reported_as(self.schema.letting_table, row):
            page.save_revision().publish()
        self.summary.record("lettings", UPDATED, f"id={row.id} {page.get_url()}")

    def import_redirect(self, row, page):
        old_path = Redirect.normalise_path(f"/lettings/{row.id}/")
        values = {
            "redirect_page_id": page.pk,
            "redirect_page_route_path": "",
            "redirect_link": "",
            "is_permanent": True,
        }
        redirect = Redirect.objects.filter(old_path=old_path, site=None).first()
        if redirect is None:
            redirect, outcome = Redirect(old_path=old_path, **values), CREATED
        else:
            outcome = UPDATED if assign(redirect, values) else UNCHANGED
        if outcome != UNCHANGED:
            redirect.save()
        self.summary.record("redirects", outcome, old_path)


def assign(instance, values):
    """Set the `values` that differ on `instance`; True if any did."""
    changed = [
        name for name, value in values.items() if getattr(instance, name) != value
    ]
    for name in changed:
        setattr(instance, name, values[name])
    return bool(changed)


def address_values(row):
    return {
        "number": row.number,
        "street": row.street,
        "city": row.city,
        "state": row.state,
        "zip_code": zip_code_text(row.zip_code),
        "country_iso_code": row.country_iso_code,
    }


def zip_code_text(legacy_zip_code):
    """The legacy integer zip code as five digits: 1234 was 01234 before it was stored."""
    if isinstance(legacy_zip_code, int):
        return f"{legacy_zip_code:05d}"
    # Anything else goes to the model's validators, which name the problem.
    return legacy_zip_code


def letting_slug(title, legacy_id, index):
    base = slugify(title)[:SLUG_BASE_MAX_LENGTH].strip("-") or f"letting-{legacy_id}"
    return find_available_slug(index, base)


def letting_summary(title, address):
    """The legacy site had no summaries: say what and where."""
    summary = f"{title} in {address.city}, {address.state}."
    if len(summary) > SUMMARY_MAX_LENGTH:
        summary = f"A home in {address.city}, {address.state}."
    return summary
