"""The gallery: without JavaScript each thumbnail links to its photo at full size, a
rendition made in the background (never in the visitor's request)."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from images.rendition_sets import RENDITION_SETS
from tests.factories import LettingPageFactory
from tests.site.letting_html import parsed_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_in_tmp(media_root):
    return media_root


@pytest.fixture
def letting_with_gallery():
    letting = LettingPageFactory()
    for title, caption in [("Kitchen", "The kitchen"), ("Garden", ""), ("Pool", "")]:
        letting.gallery_images.create(
            image=wagtail_factories.ImageFactory(
                file__width=1800, file__height=1200, title=title
            ),
            caption=caption,
        )
    letting.save_revision().publish()
    return letting


def full_size(image):
    (spec_filter,) = RENDITION_SETS["gallery_full"].filters
    return image.renditions.get(filter_spec=spec_filter.spec)


def test_each_thumbnail_links_to_its_full_size_rendition(client, letting_with_gallery):
    html = parsed_page(client, letting_with_gallery.url)
    section = html.find(attrs={"data-lightbox": True})
    links = section.select("a.gallery__link")
    gallery = list(letting_with_gallery.gallery_images.all())
    assert [link["href"] for link in links] == [
        full_size(item.image).url for item in gallery
    ]
    first = full_size(gallery[0].image)
    assert (first.width, first.height) == (1600, 1066)
    assert all(link.find("img") for link in links)
    assert [link.get_text(" ", strip=True) for link in links] == [
        "Photo 1 of 3 at full size:",
        "Photo 2 of 3 at full size:",
        "Photo 3 of 3 at full size:",
    ]
    assert [img["alt"] for img in section.select("a.gallery__link img")] == [
        "Kitchen",
        "Garden",
        "Pool",
    ]
    assert [figure.figcaption for figure in section.select("figure")][1:] == [
        None,
        None,
    ]
    assert section.select_one("figcaption").get_text(strip=True) == "The kitchen"


def test_the_full_size_link_is_found_never_made(client, letting_with_gallery):
    client.get(letting_with_gallery.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(letting_with_gallery.url)
    assert not [q for q in queries if "INSERT" in q["sql"].upper()]


def test_before_the_rendition_exists_the_link_is_the_original(
    client, letting_with_gallery
):
    image = letting_with_gallery.gallery_images.first().image
    full_size(image).delete()
    image.renditions.model.cache_backend.clear()
    html = parsed_page(client, letting_with_gallery.url)
    assert html.select_one("a.gallery__link")["href"] == image.file.url
