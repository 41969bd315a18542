"""The demo's pictures are generated, modest in size, and titled so the title is good alt
text: it says what the picture shows and where."""

from wagtail.images import get_image_model

from demo.catalogue import LETTINGS
from lettings.models import LettingPage
from tests.parsed_html import parsed


def test_pictures_are_modest_jpegs(demo):
    for image in get_image_model().objects.all():
        assert image.file.name.endswith(".jpg")
        assert image.width <= 1600 and image.height <= 800
        assert 0 < image.file_size < 300_000
        assert image.file_hash


def test_titles_are_unique_sentences(demo):
    titles = list(get_image_model().objects.values_list("title", flat=True))
    assert len(set(titles)) == len(titles)
    for title in titles:
        assert 20 <= len(title) <= 255
        assert not title.lower().endswith((".jpg", ".jpeg", ".png"))
        assert "_" not in title


def test_a_listing_image_names_its_letting_and_describes_the_home(demo):
    letting = LettingPage.objects.get(slug=LETTINGS[0].slug)
    title = letting.listing_image.title
    assert title.startswith(f"{letting.title}: a ")
    assert "roof" in title and "sky" in title


def test_gallery_captions_match_the_rooms_pictured(demo):
    letting = LettingPage.objects.get(slug="goldenwest-family-home")
    gallery = letting.gallery_images.select_related("image")
    assert [item.caption for item in gallery] == [
        "Living room",
        "Kitchen",
        "Main bedroom",
        "Second bedroom",
    ]
    for item in gallery:
        assert item.image.title.startswith(f"{letting.title}, {item.caption.lower()}: ")


def test_the_alt_text_reaches_the_page(demo, client):
    letting = LettingPage.objects.get(slug=LETTINGS[0].slug)
    images = parsed(client.get(letting.url)).find_all("img")
    assert letting.listing_image.title in {image.get("alt") for image in images}
