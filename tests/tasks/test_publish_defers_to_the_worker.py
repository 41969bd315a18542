"""With production's task backend a publish only queues its work (search index,
reference index, renditions), and the worker command does it."""

import signal

import pytest
import wagtail_factories
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from wagtail.models import ReferenceIndex

from images.rendition_sets import declared_filters
from lettings.models import LettingPage
from tests.factories import LettingPageFactory

# The worker closes connections it finds outside autocommit, as a test transaction is.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def production_tasks(settings, media_root):
    settings.TASKS = DATABASE_BACKEND


@pytest.fixture
def worker():
    """Run `manage.py db_worker` until the queue is empty, keeping the test runner's own
    signal handlers (the worker installs its own for a graceful shutdown)."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def run_until_empty():
        try:
            call_command(
                "db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0
            )
        finally:
            for sig, handler in handlers.items():
                signal.signal(sig, handler)

    return run_until_empty


def found(word):
    return list(LettingPage.objects.live().search(word))


def test_a_publish_is_queued_then_done_by_the_worker(production_tasks, worker):
    image = wagtail_factories.ImageFactory()
    letting = LettingPageFactory(title="Draft", listing_image=image, live=False)
    worker()  # what saving the draft and the image queued
    letting.title = "Zanzibar loft"
    revision = letting.save_revision()

    revision.publish()

    queued = set(DBTaskResult.objects.ready().values_list("task_path", flat=True))
    assert queued >= {
        "modelsearch.tasks.insert_or_update_object_task",
        "wagtail.tasks.update_reference_index_task",
        "images.tasks.make_renditions_for_object_task",
    }
    image.renditions.all().delete()
    assert found("zanzibar") == []

    worker()

    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()
    assert found("zanzibar") == [letting.page_ptr.specific]
    references = ReferenceIndex.get_references_for_object(letting)
    assert references.filter(to_object_id=str(image.pk)).exists()
    assert image.renditions.count() == len(declared_filters())


def test_an_uploaded_image_gets_its_renditions_from_the_worker(
    production_tasks, worker
):
    image = wagtail_factories.ImageFactory()
    assert image.renditions.count() == 0

    worker()

    assert image.renditions.count() == len(declared_filters())
