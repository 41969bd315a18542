"""Lettings as published pages under the lettings section, their addresses, and a
permanent redirect from each legacy letting URL."""

from django.core.management.base import CommandError
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect

from lettings.models import Address, LettingIndexPage, LettingPage

from .errors import LegacyDataError, reported_as
from .lookups import fetch_in
from .outcomes import CREATED, UNCHANGED, UPDATED
from .publishing import add_pages_under
from .values import address_values, assign

TITLE_MAX_LENGTH = LettingPage._meta.get_field("title").max_length
SUMMARY_MAX_LENGTH = LettingPage._meta.get_field("summary").max_length
# Leaves room for the "-1", "-2"… appended to a taken slug.
SLUG_BASE_MAX_LENGTH = LettingPage._meta.get_field("slug").max_length - 10
# Set by the import itself (tree position, relations): checking a relation would cost a
# query per page, and the tree fields are only known once the batch is placed.
SET_BY_THE_IMPORT = [
    "path",
    "depth",
    "numchild",
    "url_path",
    "address",
    "listing_image",
    "owner",
    "locked_by",
    "locale",
    "content_type",
    "alias_of",
    "latest_revision",
    "live_revision",
]
UNIQUENESS_CHECKED = {"validate_unique": False, "validate_constraints": False}


class LettingImport:
    def __init__(self, data, summary, now):
        self.schema = data.schema
        self.data = data
        self.summary = summary
        self.now = now
        self.new_addresses = []
        self.new_pages = []

    def run(self):
        """Import lettings, addresses and redirects; returns the new objects to index."""
        index = LettingIndexPage.objects.first()
        if index is None:
            raise CommandError(
                "The site has no lettings section (LettingIndexPage): run migrate first."
            )
        self.slugs = SlugChooser(index)
        address_rows = {row.id: row for row in self.data.addresses}
        existing = {
            page.legacy_id: page
            for page in fetch_in(
                LettingPage.objects.select_related("address"),
                "legacy_id",
                [row.id for row in self.data.lettings],
            )
        }
        outcomes = []
        for row in self.data.lettings:
            address_row = self.address_of(row, address_rows)
            page = existing.get(row.id)
            if page is None:
                page, outcome = self.new_letting(row, address_row), CREATED
            else:
                outcome = self.update_letting(page, row, address_row)
            outcomes.append((row, page, outcome))
        self.insert_new_lettings(index)
        for row, page, outcome in outcomes:
            label = (
                f"id={row.id}" if outcome == UNCHANGED else f"id={row.id} {page.url}"
            )
            self.summary.record("lettings", outcome, label)
        import_redirects(self.summary, [(row, page) for row, page, _ in outcomes])
        let_addresses = {row.address_id for row in self.data.lettings}
        for address_id in sorted(address_rows.keys() - let_addresses):
            self.summary.skip(
                "addresses", "addresses without a letting", f"id={address_id}"
            )
        return {Address: self.new_addresses, LettingPage: self.new_pages}

    def address_of(self, row, address_rows):
        try:
            return address_rows[row.address_id]
        except KeyError:
            raise LegacyDataError.for_row(
                self.schema.letting_table,
                row.id,
                f"address_id {row.address_id!r} not found in {self.schema.address_table}",
            ) from None

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

    # New lettings: checked one by one, written in bulk

    def new_letting(self, row, address_row):
        title = self.letting_title(row)
        address = Address(**address_values(address_row))
        self.validate(address, self.schema.address_table, address_row)
        self.new_addresses.append(address)
        self.summary.record("addresses", CREATED, f"id={address_row.id}")
        page = LettingPage(
            title=title,
            slug=self.slugs.take(letting_slug_base(title, row.id)),
            address=address,
            summary=letting_summary(title, address),
            legacy_id=row.id,
        )
        # Fields only: Page.clean() would look up the sibling slugs, already checked.
        with reported_as(self.schema.letting_table, row):
            page.clean_fields(exclude=SET_BY_THE_IMPORT)
        self.new_pages.append(page)
        return page

    def validate(self, address, table, row):
        with reported_as(table, row):
            address.full_clean(**UNIQUENESS_CHECKED)

    def insert_new_lettings(self, index):
        Address.objects.bulk_create(self.new_addresses)
        for page in self.new_pages:
            # The address got its id after the page was built.
            page.address = page.address
        add_pages_under(index, self.new_pages, self.now)

    # Lettings imported before: saved and published only when something changed

    def update_letting(self, page, row, address_row):
        title = self.letting_title(row)
        # An editor's own summary is kept; the generated one follows title and city.
        summary_was_generated = page.summary == letting_summary(
            page.title, page.address
        )
        self.update_address(page.address, address_row)
        values = {"title": title}
        if summary_was_generated:
            values["summary"] = letting_summary(title, page.address)
        if not assign(page, values):
            return UNCHANGED
        with reported_as(self.schema.letting_table, row):
            page.save_revision().publish()
        return UPDATED

    def update_address(self, address, row):
        if not assign(address, address_values(row)):
            self.summary.record("addresses", UNCHANGED, f"id={row.id}")
            return
        self.validate(address, self.schema.address_table, row)
        address.save()
        self.summary.record("addresses", UPDATED, f"id={row.id}")


def import_redirects(summary, rows_and_pages):
    """A permanent redirect from each legacy URL, for every site, to its page."""
    paths = {
        row.id: Redirect.normalise_path(f"/lettings/{row.id}/")
        for row, _ in rows_and_pages
    }
    existing = {
        redirect.old_path: redirect
        for redirect in fetch_in(
            Redirect.objects.filter(site=None), "old_path", paths.values()
        )
    }
    new_redirects = []
    for row, page in rows_and_pages:
        old_path = paths[row.id]
        values = {
            "redirect_page_id": page.pk,
            "redirect_page_route_path": "",
            "redirect_link": "",
            "is_permanent": True,
        }
        redirect = existing.get(old_path)
        if redirect is None:
            new_redirects.append(Redirect(old_path=old_path, **values))
            outcome = CREATED
        elif assign(redirect, values):
            redirect.save()
            outcome = UPDATED
        else:
            outcome = UNCHANGED
        summary.record("redirects", outcome, old_path)
    Redirect.objects.bulk_create(new_redirects)


class SlugChooser:
    """Unique slugs among the section's children, as find_available_slug makes them,
    from the children's slugs read once."""

    def __init__(self, index):
        self.taken = set(index.get_children().values_list("slug", flat=True))

    def take(self, base):
        slug, number = base, 1
        while slug in self.taken:
            slug, number = f"{base}-{number}", number + 1
        self.taken.add(slug)
        return slug


def letting_slug_base(title, legacy_id):
    return slugify(title)[:SLUG_BASE_MAX_LENGTH].strip("-") or f"letting-{legacy_id}"


def letting_summary(title, address):
    """The legacy site had no summaries: say what and where."""
    summary = f"{title} in {address.city}, {address.state}."
    if len(summary) > SUMMARY_MAX_LENGTH:
        summary = f"A home in {address.city}, {address.state}."
    return summary
