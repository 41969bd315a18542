"""An editor's bad image files are refused with a form error, never a 500, and never
decoded; a good one is kept as a clean copy. Through the admin's single and multiple
upload views, as a member of Editors."""

from functools import cache
from io import BytesIO

import pytest
from django.test import Client
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from tests.factories import GroupMemberFactory

from .image_files import HTML, SVG, picture_bytes, png_of_zeros, upload

pytestmark = pytest.mark.django_db
SINGLE, MULTIPLE = "/admin/images/add/", "/admin/images/multiple/add/"


@cache
def bad_files():
    png = picture_bytes(64, 48)
    return {
        "an 11,000 x 11,000 image bomb": (
            "bomb.png",
            png_of_zeros(11_000, 11_000),
            "file_too_many_pixels",
        ),
        "60 megapixels": (
            "big.png",
            png_of_zeros(7_746, 7_746),
            "file_too_many_pixels",
        ),
        # Refused for its pixels, not for its missing data: nothing was decoded.
        "a 60-megapixel header alone": (
            "header.png",
            png_of_zeros(7_746, 7_746, pixel_data=False),
            "file_too_many_pixels",
        ),
        "an SVG": ("drawing.svg", SVG, "invalid_image_extension"),
        "over the size cap": (
            "heavy.png",
            png + bytes(10 * 1024 * 1024),
            "file_too_large",
        ),
        "text named .png": (
            "notes.png",
            b"Not a picture at all\n" * 50,
            "invalid_image",
        ),
        "a truncated PNG": ("cut.png", png[: len(png) // 2], "invalid_image"),
        "a JPEG named .png": (
            "photo.png",
            picture_bytes(64, 48, "JPEG"),
            "invalid_image_known_format",
        ),
    }


@pytest.fixture
def editor_client(db):
    editor = GroupMemberFactory(group="Editors", username="eddie")
    client = Client()
    client.force_login(editor)
    return client


def add_one(client, name, content, title="A picture"):
    return client.post(SINGLE, {"title": title, "file": upload(name, content)})


def add_many(client, name, content, **fields):
    return client.post(
        MULTIPLE, {"title": name, "files[]": upload(name, content), **fields}
    )


def stored(image):
    with image.open_file() as f:
        return f.read()


@pytest.mark.parametrize("kind", list(bad_files()))
def test_the_single_upload_refuses_it_with_a_form_error(editor_client, kind):
    name, content, code = bad_files()[kind]

    response = add_one(editor_client, name, content)

    assert response.status_code == 200
    [error] = response.context["form"].errors.as_data()["file"]
    assert error.code == code
    assert get_image_model().objects.count() == 0


@pytest.mark.parametrize("kind", list(bad_files()))
def test_the_multiple_upload_refuses_it_with_an_error_message(editor_client, kind):
    name, content, _ = bad_files()[kind]

    response = add_many(editor_client, name, content)

    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False and answer["error_message"]
    assert get_image_model().objects.count() == 0
    assert UploadedFile.objects.count() == 0


@pytest.mark.parametrize("add", [add_one, add_many])
def test_html_appended_to_a_png_is_left_behind(editor_client, add):
    png = picture_bytes(64, 48)

    response = add(editor_client, "porch.png", png + HTML)

    assert response.status_code in (200, 302)
    image = get_image_model().objects.get()
    kept = stored(image)
    assert HTML not in kept and b"<script" not in kept
    assert kept.endswith(b"IEND\xaeB`\x82")
    assert (image.width, image.height) == (64, 48)
    assert image.file_size == len(kept)


def test_a_good_photo_is_kept_upright_without_its_exif(editor_client):
    exif = PillowImage.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned a quarter
    exif[0x010F] = "Nosy Camera Co."
    photo = BytesIO()
    PillowImage.new("RGB", (200, 100), "teal").save(photo, "JPEG", exif=exif)

    response = add_one(editor_client, "garden.jpg", photo.getvalue(), "Garden")

    assert response.status_code == 302
    image = get_image_model().objects.get(title="Garden")
    assert (image.width, image.height) == (100, 200)
    kept = PillowImage.open(BytesIO(stored(image)))
    assert kept.format == "JPEG" and not kept.getexif()


@pytest.mark.parametrize("image_format", ["PNG", "WEBP"])
def test_the_other_formats_we_serve_are_accepted(editor_client, image_format):
    name = f"view.{image_format.lower()}"

    response = add_many(editor_client, name, picture_bytes(80, 60, image_format))

    assert response.json()["success"] is True
    image = get_image_model().objects.get()
    assert PillowImage.open(BytesIO(stored(image))).format == image_format


def test_a_file_is_refused_rather_than_kept_unchecked_when_another_field_fails(
    editor_client,
):
    # Two collections, so the form asks for one; the editor sends one that is not there.
    Collection.get_first_root_node().add_child(name="Gardens")
    png = picture_bytes(64, 48)

    response = add_many(editor_client, "porch.png", png + HTML, collection=999_999)

    assert response.json()["success"] is False
    assert UploadedFile.objects.count() == 0
    assert get_image_model().objects.count() == 0


def test_the_form_tells_editors_the_limits(editor_client):
    response = editor_client.get(SINGLE)

    help_text = response.context["form"].fields["file"].help_text
    assert help_text.startswith("Supported formats: JPG, JPEG, PNG, WEBP.")
    assert help_text.endswith(" At most 40 megapixels.")
