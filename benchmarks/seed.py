"""Seed a benchmark database with N lettings in bulk: tens of seconds, not an hour.

Publishing 10,000 pages one by one through Wagtail (revision, tree insert, search and
reference index per page) takes most of an hour. Here the tree paths are computed
(treebeard's materialized path: the section's path plus one base-36 step per child), the
pages, lettings and addresses are inserted a batch at a time, and the search index is
built once at the end, in bulk, as `update_index` does; PostgreSQL then gets its
statistics and visibility map (VACUUM ANALYZE).
"""

import time
from datetime import timedelta
from io import BytesIO

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page

from images.renditions import make_renditions_of
from images.signals import renditions_postponed
from lettings.models import Address, LettingIndexPage, LettingPage

BATCH = 500
IMAGES = 6
CITIES = ["Irvine", "Anaheim", "Santa Ana", "Tustin", "Orange", "Brea", "Fullerton"]
# Titles of several lengths, as real ones are (title norms depend on the average length).
TITLES = [
    "Benchmark home {n}",
    "Sunny benchmark cottage {n} near the beach",
    "Quiet benchmark flat {n}",
    "Spacious family benchmark house {n} with garden and pool",
    "Benchmark studio {n} downtown",
]
# One letting published per minute, back from a fixed day: reproducible, newest last.
EPOCH = timezone.datetime(2026, 1, 1, tzinfo=timezone.get_current_timezone())


def seed(lettings):
    """Bring the database to `lettings` lettings (never fewer than it has)."""
    call_command("migrate", verbosity=0)
    existing = LettingPage.objects.count()
    if existing >= lettings:
        return
    started = time.perf_counter()
    with renditions_postponed(), transaction.atomic():
        images = image_pool()
        drawn = time.perf_counter()
        new_pages = insert_lettings(range(existing, lettings), images)
    inserted = time.perf_counter()
    # One bulk pass over the new lettings; title norms once, over the whole index.
    index_in_bulk(new_pages)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # VACUUM too: index-only scans need the visibility map it writes.
            cursor.execute("VACUUM ANALYZE")
    done = time.perf_counter()
    print(
        f"seeded {lettings - existing} lettings in {done - started:.1f} s (images "
        f"{drawn - started:.1f} s, rows {inserted - drawn:.1f} s, search index and "
        f"statistics {done - inserted:.1f} s)",
        flush=True,
    )


def image_pool():
    """A few small images drawn by Pillow, with their renditions, shared by the cards."""
    Image = get_image_model()
    images = list(Image.objects.filter(title__startswith="Benchmark image"))
    for number in range(len(images), IMAGES):
        canvas = PILImage.new("RGB", (640, 480), (40 + number * 15, 120, 200 - number))
        data = BytesIO()
        canvas.save(data, "JPEG")
        images.append(
            Image.objects.create(
                title=f"Benchmark image {number}",
                file=ImageFile(data, name=f"benchmark-{number}.jpg"),
            )
        )
    make_renditions_of(images)
    return images


def insert_lettings(numbers, images):
    """Insert the pages, their lettings and addresses for `numbers`; return the pages."""
    section = LettingIndexPage.objects.get()
    content_type = ContentType.objects.get_for_model(LettingPage)
    last_child = section.get_last_child()
    first_step = (
        Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
    ) + 1
    inserted = []
    for batch in batched(numbers, BATCH):
        addresses = Address.objects.bulk_create(address_for(n) for n in batch)
        lettings = [
            letting_for(n, section, content_type, first_step + i, address, images)
            for i, (n, address) in enumerate(zip(batch, addresses, strict=True))
        ]
        first_step += len(batch)
        # Page's own id comes back on each letting; its pk (page_ptr) is set from it.
        Page.objects.bulk_create(lettings)
        for letting in lettings:
            letting.page_ptr_id = letting.id
        # Django refuses bulk_create for multi-table inheritance: insert the lettings'
        # own columns with the queryset's insert, as bulk_create does for one table.
        own_fields = [
            field
            for field in LettingPage._meta.local_concrete_fields
            if field.name != "page_ptr"
        ] + [LettingPage._meta.get_field("page_ptr")]
        LettingPage.objects.all()._insert(lettings, fields=own_fields)
        inserted += lettings
    section.numchild += len(inserted)
    section.save(update_fields=["numchild"])
    return inserted


def batched(items, size):
    """`items` in lists of `size` (itertools.batched is Python 3.12's)."""
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def address_for(number):
    return Address(
        number=number % 9999 + 1,
        street=f"Benchmark Street {number}",
        city=CITIES[number % len(CITIES)],
        state="CA",
        zip_code=f"{92600 + number % 100:05d}",
    )


def letting_for(number, section, content_type, step, address, images):
    title = TITLES[number % len(TITLES)].format(n=number)
    slug = f"benchmark-home-{number}"
    published = EPOCH + timedelta(minutes=number)
    return LettingPage(
        title=title,
        draft_title=title,
        slug=slug,
        path=Page._get_path(section.path, section.depth + 1, step),
        depth=section.depth + 1,
        numchild=0,
        url_path=f"{section.url_path}{slug}/",
        content_type=content_type,
        locale_id=section.locale_id,
        live=True,
        first_published_at=published,
        last_published_at=published,
        address=address,
        summary="A home made for measuring.",
        listing_image=images[number % len(images)],
        monthly_rent=1500 + number % 4000,
        bedrooms=number % 5,
        bathrooms=1,
    )


def index_in_bulk(pages):
    """Add `pages` to the search index in a few statements, then refresh title norms."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    index = backend.get_index_for_model(LettingPage)
    for batch in batched([page.pk for page in pages], BATCH):
        lettings = LettingPage.objects.filter(pk__in=batch).select_related("address")
        index.add_items(LettingPage, list(lettings))
    refresh = getattr(index, "_refresh_title_norms", None)
    if refresh is not None:
        refresh(full=True)
