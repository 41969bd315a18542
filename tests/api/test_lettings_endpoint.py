"""`/api/v2/lettings/`: each letting's facts, address and photo renditions made so far,
filters by city, bedrooms and rent, ordering, throttling, never the page cache, and a
query count that does not grow with the lettings."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from images.renditions import make_missing_renditions
from tests.api.documents import API, get_json, titles
from tests.factories import AddressFactory, LettingPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def homes(letting_index):
    return [
        LettingPageFactory(
            title="Irvine Studio",
            address=AddressFactory(city="Irvine"),
            monthly_rent=1800,
            bedrooms=0,
            property_type="studio",
        ),
        LettingPageFactory(
            title="Tustin House",
            address=AddressFactory(city="Tustin"),
            monthly_rent=3900,
            bedrooms=3,
        ),
        LettingPageFactory(
            title="Irvine Condo",
            address=AddressFactory(city="Irvine"),
            monthly_rent=2600,
            bedrooms=2,
            property_type="condo",
        ),
    ]


def test_a_letting_carries_its_facts_and_address(client, homes):
    studio = homes[0]
    (item,) = get_json(client, "lettings/", city="irvine", max_rent="2000")["items"]
    assert item["id"] == studio.pk
    assert item["address"] == {
        "number": studio.address.number,
        "street": studio.address.street,
        "city": "Irvine",
        "state": studio.address.state,
        "zip_code": studio.address.zip_code,
        "country_iso_code": "USA",
    }
    assert (item["monthly_rent"], item["bedrooms"], item["property_type"]) == (
        1800,
        0,
        "studio",
    )
    assert item["meta"]["detail_url"].endswith(f"/api/v2/lettings/{studio.pk}/")
    assert item["meta"]["html_url"].endswith(studio.url)
    assert {"bathrooms", "available_from", "let_agreed_on"} <= set(item)


def test_photos_show_only_renditions_already_made(client, letting_index, media_root):
    Image = get_image_model()
    made = wagtail_factories.ImageFactory(
        title="Made", file__width=1200, file__height=900
    )
    pending = wagtail_factories.ImageFactory(title="Pending")
    LettingPageFactory(title="With renditions", listing_image=made)
    LettingPageFactory(title="Still waiting", listing_image=pending)
    make_missing_renditions(made)
    # As before the background task has run for it (publishing ran it here at once).
    pending.renditions.all().delete()
    renditions_before = Image.get_rendition_model().objects.count()

    items = {item["title"]: item for item in get_json(client, "lettings/")["items"]}

    assert Image.get_rendition_model().objects.count() == renditions_before
    assert items["Still waiting"]["listing_image"]["renditions"] == []
    shown = items["With renditions"]["listing_image"]
    assert shown["title"] == "Made"
    specs = [rendition["spec"] for rendition in shown["renditions"]]
    assert specs == [
        "format-webp|fill-400x300",
        "format-webp|fill-800x600",
        "format-jpeg|fill-400x300",
        "format-jpeg|fill-800x600",
    ]
    assert shown["renditions"][0]["url"].startswith("http://testserver/")
    assert (shown["renditions"][0]["width"], shown["renditions"][0]["height"]) == (
        400,
        300,
    )
    images = get_json(client, "images/")["items"]
    assert {image["title"] for image in images} == {"Made", "Pending"}
    assert not any("download_url" in image["meta"] for image in images)


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"city": "IRVINE"}, ["Irvine Condo", "Irvine Studio"]),
        ({"bedrooms": "3"}, ["Tustin House"]),
        ({"min_rent": "2000", "max_rent": "3000"}, ["Irvine Condo"]),
        ({"order": "monthly_rent"}, ["Irvine Studio", "Irvine Condo", "Tustin House"]),
        ({"order": "-monthly_rent"}, ["Tustin House", "Irvine Condo", "Irvine Studio"]),
        # Newest first by default.
        ({}, ["Irvine Condo", "Tustin House", "Irvine Studio"]),
    ],
)
def test_filters_and_ordering(client, homes, params, expected):
    assert titles(client, "lettings/", **params) == expected


@pytest.mark.parametrize(
    "params",
    [
        {"min_rent": "cheap"},
        {"max_rent": "-1"},
        {"bedrooms": "two"},
        {"order": "owner"},
        {"search": "house"},
        {"limit": "many"},
        {"colour": "blue"},
    ],
)
def test_bad_values_are_clear_400s(client, homes, params):
    document = get_json(client, "lettings/", status=400, **params)
    assert set(document) == {"message"} and document["message"]


def test_throttled_per_client(client, homes, settings):
    settings.API_THROTTLE_RATE = "3/minute"
    statuses = [client.get(API + "lettings/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    other = client.get(API + "lettings/", REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 200


def test_never_from_the_page_cache_and_nothing_personal(client, homes, admin_client):
    answers = [client.get(API + "lettings/") for _ in range(3)]
    assert {answer["X-Page-Cache"] for answer in answers} == {"skip"}
    assert answers[-1]["Cache-Control"].startswith("private")
    assert not answers[-1].cookies
    # A signed-in editor is an anonymous caller here: the same answer, no drafts.
    LettingPageFactory(title="Editors' draft", live=False)
    assert admin_client.get(API + "lettings/").json() == answers[-1].json()


def queries_for(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(API + path).status_code == 200
    return len(queries)


def warmed_queries(client, path):
    """Queries of `path` once a first request warmed the caches (site root paths,
    content types) and, after new content, reloaded the memos of the site and sections
    (tests/pagecache/test_memos_follow_changes.py)."""
    queries_for(client, path)
    return queries_for(client, path)


def test_query_counts_do_not_grow_with_the_lettings(
    client, letting_index, profile_index, media_root, settings
):
    """Each list endpoint counted at two sizes of one catalogue, built once for all."""
    settings.API_THROTTLE_RATE = "1000/minute"
    from tests.factories import ProfileFactory

    def add(count):
        for _ in range(count):
            image = wagtail_factories.ImageFactory()
            make_missing_renditions(image)
            LettingPageFactory(listing_image=image)
            ProfileFactory(photo=image)

    paths = ["lettings/", "pages/", "images/", "profiles/"]
    add(2)
    few = {path: warmed_queries(client, path) for path in paths}
    add(6)
    assert {path: warmed_queries(client, path) for path in paths} == few
