"""The background tasks that make renditions, queued by `images.signals`."""

from django.apps import apps
from django_tasks import task
from wagtail.images import get_image_model

from .renditions import image_ids_used_by, make_renditions_of


@task()
def make_image_renditions_task(image_id):
    """Every declared rendition of one image (saved, or given a new focal point)."""
    return make_renditions_of(get_image_model().objects.filter(pk=image_id))


@task()
def make_renditions_for_object_task(app_label, model_name, pk):
    """Every declared rendition of each image a published page or profile shows."""
    model = apps.get_model(app_label, model_name)
    instance = model._default_manager.filter(pk=pk).first()
    if instance is None:
        return 0
    image_ids = image_ids_used_by(instance)
    return make_renditions_of(get_image_model().objects.filter(pk__in=image_ids))
