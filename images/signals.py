"""When renditions are made: an image is saved, or something that shows images is
published. Both only queue a task; the worker does the work."""

import threading
from contextlib import contextmanager

from .tasks import make_image_renditions_task, make_renditions_for_object_task

# Saving only these changes what the renditions look like.
RENDITION_FIELDS = {
    "file",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
}

_postponed = threading.local()


@contextmanager
def renditions_postponed():
    """Queue no rendition work inside: for bulk loads (the demo content), whose images
    `manage.py make_renditions` can make later, and which the templates show meanwhile.
    """
    _postponed.active = True
    try:
        yield
    finally:
        _postponed.active = False


def queue_renditions_of_saved_image(
    sender, instance, raw=False, update_fields=None, **kwargs
):
    if raw or getattr(_postponed, "active", False):
        return
    if update_fields is not None and not RENDITION_FIELDS & update_fields:
        return
    make_image_renditions_task.enqueue(instance.pk)


def queue_renditions_of_published(sender, instance, **kwargs):
    if getattr(_postponed, "active", False):
        return
    make_renditions_for_object_task.enqueue(
        instance._meta.app_label, instance._meta.model_name, str(instance.pk)
    )
