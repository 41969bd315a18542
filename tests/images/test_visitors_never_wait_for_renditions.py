"""`{% picture_set %}` shows the renditions that exist and never makes one: before the
task has run, a visitor gets the original (small ones) or a placeholder, at once."""

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.template import Context, Template, TemplateSyntaxError
from wagtail.images import get_image_model

from tests.factories import LettingPageFactory, ProfileFactory

pytestmark = pytest.mark.django_db


def small_image(**kwargs):
    """An image whose size on disk is known and small, as admin uploads are."""
    return wagtail_factories.ImageFactory(file_size=20_000, **kwargs)


def rendition_count():
    return get_image_model().get_rendition_model().objects.count()


def render(image, set_name="card", **attrs):
    attributes = " ".join(f'{name}="{value}"' for name, value in attrs.items())
    template = Template(
        "{% load pictures %}{% picture_set image set_name " + attributes + " %}"
    )
    html = template.render(Context({"image": image, "set_name": set_name}))
    return BeautifulSoup(html, "html.parser")


def test_a_letting_without_renditions_is_served_without_making_any(client, tasks_wait):
    image = small_image(title="Sunny porch")
    letting = LettingPageFactory(listing_image=image)
    letting.gallery_images.create(image=small_image())
    assert rendition_count() == 0

    response = client.get(letting.url)
    listing = client.get("/lettings/")

    assert response.status_code == listing.status_code == 200
    assert rendition_count() == 0
    hero = BeautifulSoup(response.content, "html.parser").select_one(
        "img.letting__image"
    )
    assert hero["src"] == image.file.url
    assert (hero["width"], hero["height"], hero["alt"]) == ("800", "533", "Sunny porch")
    card = BeautifulSoup(listing.content, "html.parser").select_one("img.card__image")
    assert card["src"] == image.file.url and card["loading"] == "lazy"


def test_a_profile_without_renditions_shows_its_photo_as_is(client, tasks_wait):
    profile = ProfileFactory(photo=small_image())

    response = client.get(f"/profiles/{profile.username}/")

    assert rendition_count() == 0
    avatar = BeautifulSoup(response.content, "html.parser").select_one("img.avatar")
    assert avatar["src"] == profile.photo.file.url and avatar["alt"] == ""


@pytest.mark.parametrize("file_size", [2 * 1024 * 1024, None])
def test_a_big_or_unmeasured_original_waits_behind_a_placeholder(file_size, tasks_wait):
    image = wagtail_factories.ImageFactory(
        file__width=1000, file__height=500, file_size=file_size
    )

    img = render(image, "body").select_one("picture > img")

    assert img["src"].startswith("data:image/svg+xml,")
    assert "viewBox='0 0 640 320'" in img["src"]
    assert (img["width"], img["height"]) == ("640", "320")


def test_with_its_renditions_it_is_a_picture_of_every_format_and_size():
    image = wagtail_factories.ImageFactory(title="Front door")

    picture = render(image, "card", loading="lazy", alt="").select_one("picture")

    [source] = picture.select("source")
    img = picture.select_one("img")
    assert source["type"] == "image/webp"
    assert source["sizes"] == "(max-width: 40rem) 100vw, 24rem"
    assert [url.split()[1] for url in source["srcset"].split(", ")] == ["100w", "100w"]
    assert ".format-webp.fill-400x300" in source["srcset"]
    assert ".format-jpeg.fill-400x300" in img["src"]
    assert ".format-jpeg.fill-800x600" in img["srcset"]
    assert (img["loading"], img["alt"]) == ("lazy", "")


def test_renditions_already_prefetched_cost_no_query(django_assert_num_queries):
    image = wagtail_factories.ImageFactory()
    [prefetched] = get_image_model().objects.prefetch_renditions().filter(pk=image.pk)

    with django_assert_num_queries(0):
        picture = render(prefetched, "avatar").select_one("picture")

    assert picture.select_one("source")["type"] == "image/webp"


def test_no_image_renders_nothing():
    assert str(render(None)) == ""


def test_an_undeclared_set_is_a_clear_error():
    image = wagtail_factories.ImageFactory()

    with pytest.raises(TemplateSyntaxError, match="No rendition set 'banner'"):
        render(image, "banner")
