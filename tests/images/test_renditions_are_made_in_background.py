"""Every declared rendition is made by a task: when an image is saved, when its focal
point or file changes, and when a page or profile that shows it is published."""

from io import StringIO

import pytest
import wagtail_factories
from django.core.management import call_command
from django.test import Client
from django.test.utils import override_settings
from django_tasks import default_task_backend
from wagtail.images import get_image_model
from wagtail.models import Collection

from images.rendition_sets import RENDITION_SETS, declared_filters
from images.renditions import renditions_ready
from images.signals import renditions_postponed
from images.tasks import make_image_renditions_task
from tests.factories import (
    GroupMemberFactory,
    LettingPageFactory,
    ProfileFactory,
)

from .image_files import picture_bytes, upload

pytestmark = pytest.mark.django_db
IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def specs_of(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


def every_declared_spec():
    return {spec_filter.spec for spec_filter in declared_filters()}


def waiting_image():
    """An image saved while tasks wait: it has no renditions yet."""
    return wagtail_factories.ImageFactory()


def test_saving_an_image_makes_every_declared_rendition():
    image = wagtail_factories.ImageFactory()

    assert specs_of(image) == every_declared_spec()
    assert "format-webp|fill-400x300" in specs_of(image)


def test_each_set_is_every_size_in_every_format():
    card = RENDITION_SETS["card"]

    assert [f.spec for f in card.filters] == [
        "format-webp|fill-400x300",
        "format-webp|fill-800x600",
        "format-jpeg|fill-400x300",
        "format-jpeg|fill-800x600",
    ]


def test_publishing_a_letting_makes_its_pictures_main_gallery_and_body(tasks_wait):
    main, in_gallery, in_body = waiting_image(), waiting_image(), waiting_image()
    letting = LettingPageFactory(
        listing_image=main,
        body=[("image", {"image": in_body, "caption": "The kitchen"})],
        live=False,
    )
    letting.gallery_images.create(image=in_gallery)
    letting.save_revision()
    assert not any(specs_of(image) for image in (main, in_gallery, in_body))

    with override_settings(TASKS=IMMEDIATE):
        letting.get_latest_revision().publish()

    for image in (main, in_gallery, in_body):
        assert specs_of(image) == every_declared_spec()


def test_publishing_a_profile_makes_its_photo(tasks_wait):
    photo = waiting_image()
    profile = ProfileFactory(photo=photo, live=False)

    with override_settings(TASKS=IMMEDIATE):
        profile.save_revision().publish()

    assert specs_of(photo) == every_declared_spec()


def test_a_new_focal_point_makes_new_crops():
    image = wagtail_factories.ImageFactory(file__width=400, file__height=300)
    crops = image.renditions.filter(filter_spec__contains="|fill-")
    crops_before = crops.count()

    image.focal_point_x, image.focal_point_y = 50, 50
    image.focal_point_width = image.focal_point_height = 40
    image.save(update_fields=["focal_point_x", "focal_point_y", "focal_point_width"])

    assert crops.count() == 2 * crops_before
    assert image.renditions.filter(filter_spec__contains="|width-").count() == 4


def test_a_save_that_changes_no_picture_queues_nothing(tasks_wait):
    image = wagtail_factories.ImageFactory()
    default_task_backend.clear()

    image.file_hash = "0" * 40
    image.save(update_fields=["file_hash"])

    queued = [result.task.func for result in default_task_backend.results]
    assert make_image_renditions_task.func not in queued


def test_replacing_the_file_in_the_admin_remakes_them_for_the_new_file():
    editor = GroupMemberFactory(group="Editors", username="eddie")
    client = Client()
    client.force_login(editor)
    image = wagtail_factories.ImageFactory(
        title="Porch", collection=Collection.get_first_root_node()
    )

    response = client.post(
        f"/admin/images/{image.pk}/",
        {"title": "Porch", "file": upload("porch.png", picture_bytes(500, 400))},
    )

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.width == 500
    assert specs_of(image) == every_declared_spec()
    assert all(r.file.name.startswith("images/porch") for r in image.renditions.all())


def test_an_image_over_the_pixel_cap_is_left_alone(settings, tasks_wait):
    image = waiting_image()
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = image.width * image.height - 1

    with override_settings(TASKS=IMMEDIATE):
        image.save()

    assert specs_of(image) == set()


def test_listeners_hear_which_image_got_new_renditions(tasks_wait):
    image = waiting_image()
    heard = []

    def listener(sender, image, **kwargs):
        heard.append(image.pk)

    renditions_ready.connect(listener)
    try:
        with override_settings(TASKS=IMMEDIATE):
            image.save()
            image.save()
    finally:
        renditions_ready.disconnect(listener)

    assert heard == [image.pk]


def test_an_image_deleted_before_its_task_runs_is_no_error(tasks_wait):
    image = waiting_image()
    image_id = image.pk
    image.delete()

    assert make_image_renditions_task.call(image_id) == 0
    assert get_image_model().objects.count() == 0


def test_a_bulk_load_can_postpone_them_for_the_backfill():
    with renditions_postponed():
        image = wagtail_factories.ImageFactory()
        LettingPageFactory(listing_image=image)

    assert specs_of(image) == set()
    call_command("make_renditions", stdout=StringIO())
    assert specs_of(image) == every_declared_spec()
