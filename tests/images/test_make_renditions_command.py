"""`manage.py make_renditions` backfills what any image lacks, and only that."""

from io import StringIO

import pytest
import wagtail_factories
from django.core.management import call_command

from images.rendition_sets import declared_filters

pytestmark = pytest.mark.django_db


def run():
    out, err = StringIO(), StringIO()
    call_command("make_renditions", stdout=out, stderr=err)
    return out.getvalue().strip(), err.getvalue().strip()


def test_it_makes_what_is_missing_then_nothing():
    images = [wagtail_factories.ImageFactory() for _ in range(3)]
    jpegs = images[0].renditions.filter(filter_spec__startswith="format-jpeg")
    lost = jpegs.count()
    jpegs.delete()

    first, _ = run()
    second, _ = run()

    assert lost > 0
    assert first == f"Renditions: {lost} made for 3 images, 0 failed."
    assert second == "Renditions: 0 made for 3 images, 0 failed."
    for image in images:
        assert image.renditions.count() == len(declared_filters())


def test_an_image_whose_original_is_gone_is_reported_and_skipped(tasks_wait):
    lost, kept = wagtail_factories.ImageFactory(), wagtail_factories.ImageFactory()
    lost.file.storage.delete(lost.file.name)

    out, err = run()

    assert out == f"Renditions: {len(declared_filters())} made for 2 images, 1 failed."
    assert err.startswith(f"Image {lost.pk} ({lost.title}): ")
    assert kept.renditions.count() == len(declared_filters())
