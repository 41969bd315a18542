"""Open Graph and Twitter card tags: what a shared link shows."""

from io import BytesIO

import pytest
import wagtail_factories
from PIL import Image

from tests.factories import LettingPageFactory, ProfileFactory
from tests.web.documents import one_meta, read_head

pytestmark = pytest.mark.django_db
HOST = "https://lettings.example.com"
SOCIAL_SPEC = "format-jpeg|fill-1200x630"
DEFAULT_IMAGE = f"{HOST}/static/img/social-default.png"


def preview_of(client, url):
    return read_head(client.get(url))


def social_rendition_url(image):
    return HOST + image.renditions.get(filter_spec=SOCIAL_SPEC).url


def test_a_letting_shows_its_promote_tab_title_and_description(client):
    letting = LettingPageFactory(
        title="Sunny flat", seo_title="Sunny flat in Irvine", search_description="Two"
    )
    head = preview_of(client, letting.url)
    assert one_meta(head, "og:title") == "Sunny flat in Irvine"
    assert one_meta(head, "twitter:title") == "Sunny flat in Irvine"
    assert one_meta(head, "og:description") == "Two"
    assert one_meta(head, "twitter:description") == "Two"
    assert one_meta(head, "og:url") == f"{HOST}{letting.url}"


def test_without_promote_tab_text_a_letting_shows_its_title_and_summary(client):
    letting = LettingPageFactory(title="Sunny flat", summary="Near the park.")
    head = preview_of(client, letting.url)
    assert one_meta(head, "og:title") == "Sunny flat"
    assert one_meta(head, "og:description") == "Near the park."


def test_every_page_says_its_type_locale_and_card(client, profile_index):
    profile = ProfileFactory()
    for url, og_type in [("/", "website"), ("/lettings/", "website")] + [
        (profile.get_url(), "profile")
    ]:
        head = preview_of(client, url)
        assert one_meta(head, "og:type") == og_type, url
        assert one_meta(head, "og:locale") == "en_US", url
        assert one_meta(head, "og:site_name") == "Orange County Lettings", url
        assert one_meta(head, "twitter:card") == "summary_large_image", url


def test_the_listing_image_is_shown_at_1200_by_630(client):
    image = wagtail_factories.ImageFactory(file__width=1260, file__height=700)
    letting = LettingPageFactory(listing_image=image)
    head = preview_of(client, letting.url)
    assert one_meta(head, "og:image") == social_rendition_url(image)
    assert one_meta(head, "twitter:image") == social_rendition_url(image)
    rendition = image.renditions.get(filter_spec=SOCIAL_SPEC)
    assert (rendition.width, rendition.height) == (1200, 630)
    assert one_meta(head, "og:image:width") == "1200"
    assert one_meta(head, "og:image:height") == "630"
    assert one_meta(head, "og:image:alt") == image.default_alt_text


def test_the_promote_tab_image_comes_before_the_listing_image(client):
    social = wagtail_factories.ImageFactory(title="Shared")
    letting = LettingPageFactory(
        listing_image=wagtail_factories.ImageFactory(), social_image=social
    )
    head = preview_of(client, letting.url)
    assert one_meta(head, "og:image") == social_rendition_url(social)


def test_a_page_without_images_shows_the_site_default(client, settings):
    head = preview_of(client, "/lettings/")
    assert one_meta(head, "og:image") == DEFAULT_IMAGE
    served = client.get("/static/" + settings.SOCIAL_DEFAULT_IMAGE)
    assert served.status_code == 200
    with Image.open(BytesIO(b"".join(served.streaming_content))) as default_image:
        assert default_image.size == (1200, 630)


def test_until_its_rendition_is_made_a_letting_shows_the_default(client, tasks_wait):
    letting = LettingPageFactory(listing_image=wagtail_factories.ImageFactory())
    assert one_meta(preview_of(client, letting.url), "og:image") == DEFAULT_IMAGE
