"""Lettings as published pages under the lettings section, their addresses, and a
permanent redirect from each legacy letting URL."""

from django.core.management.base import CommandError
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect

from lettings.models import Address, LettingIndexPage, LettingPage

from .errors import LegacyDataError, referenced, reported_as
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
ADDRESS_FIELDS = ["number", "street", "city", "state", "zip_code", "country_iso_code"]
SNAPSHOT_FIELDS = ["pk", "legacy_id", "title"] + [
    f"address__{name}" for name in ADDRESS_FIELDS
]
UNIQUENESS_CHECKED = {"validate_unique": False, "validate_constraints": False}


class LettingImport:
    def __init__(self, data, summary, now, progress):
        self.schema = data.schema
        self.data = data
        self.summary = summary
        self.now = now
        self.progress = progress
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
        # Plain values, not pages: building 10,000 page objects to find them unchanged
        # was most of a second run.
        existing = {
            snapshot["legacy_id"]: snapshot
            for snapshot in fetch_in(
                LettingPage.objects.values(*SNAPSHOT_FIELDS),
                "legacy_id",
                [row.id for row in self.data.lettings],
            )
        }
        lettings = [
            self.import_letting(
                row,
                referenced(
                    address_rows,
                    self.schema.letting_table,
                    row,
                    "address_id",
                    self.schema.address_table,
                ),
                existing,
            )
            for row in self.data.lettings
        ]
        self.insert_new_lettings(index)
        self.progress.advance("publishing lettings", len(lettings))
        for letting in lettings:
            self.summary.record("lettings", letting.outcome, letting.label())
        import_redirects(self.summary, lettings)
        let_addresses = {row.address_id for row in self.data.lettings}
        for address_id in sorted(address_rows.keys() - let_addresses):
            self.summary.skip(
                "addresses", "addresses without a letting", f"id={address_id}"
            )
        return {Address: self.new_addresses, LettingPage: self.new_pages}

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

    def import_letting(self, row, address_row, existing):
        self.progress.advance("checking lettings")
        title = self.letting_title(row)
        snapshot = existing.get(row.id)
        if snapshot is None:
            page = self.new_letting(row, title, address_row)
            return ImportedLetting(row, CREATED, page=page)
        values = address_values(address_row)
        # The summary follows title and city (or is the editor's): unchanged with them.
        if title == snapshot["title"] and values == address_snapshot(snapshot):
            self.summary.record("addresses", UNCHANGED, f"id={address_row.id}")
            return ImportedLetting(row, UNCHANGED, pk=snapshot["pk"])
        page = LettingPage.objects.select_related("address").get(pk=snapshot["pk"])
        outcome = self.update_letting(page, row, title, address_row)
        return ImportedLetting(row, outcome, page=page)

    # New lettings: checked one by one, written in bulk

    def new_letting(self, row, title, address_row):
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


class ImportedLetting:
    """What became of one legacy letting: its page, or only its id if unchanged."""

    def __init__(self, row, outcome, page=None, pk=None):
        self.row, self.outcome, self.page, self._pk = row, outcome, page, pk

    @property
    def pk(self):
        return self.page.pk if self.page is not None else self._pk

    def label(self):
        if self.outcome == UNCHANGED:
            return f"id={self.row.id}"
        return f"id={self.row.id} {self.page.url}"


def address_snapshot(snapshot):
    return {name: snapshot[f"address__{name}"] for name in ADDRESS_FIELDS}


def import_redirects(summary, lettings):
    """A permanent redirect from each legacy URL, for every site, to its page."""
    paths = {
        letting.row.id: Redirect.normalise_path(f"/lettings/{letting.row.id}/")
        for letting in lettings
    }
    existing = {
        redirect.old_path: redirect
        for redirect in fetch_in(
            Redirect.objects.filter(site=None), "old_path", paths.values()
        )
    }
    new_redirects = []
    for letting in lettings:
        old_path = paths[letting.row.id]
        values = {
            "redirect_page_id": letting.pk,
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
