from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_save


class ImagesConfig(AppConfig):
    name = "images"

    def ready(self):
        from PIL import Image as PillowImage
        from wagtail.images import get_image_model
        from wagtail.signals import page_published, published

        from .signals import (
            queue_renditions_of_published,
            queue_renditions_of_saved_image,
        )

        # Pillow warns above this many pixels and refuses twice as many: an image over
        # the upload cap (one from before the cap) is never decoded in full anywhere.
        PillowImage.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
        post_save.connect(
            queue_renditions_of_saved_image,
            sender=get_image_model(),
            dispatch_uid="queue_renditions_of_saved_image",
        )
        page_published.connect(
            queue_renditions_of_published, dispatch_uid="queue_renditions_of_page"
        )
        published.connect(
            queue_renditions_of_published, dispatch_uid="queue_renditions_of_snippet"
        )
