"""Make every declared rendition that any image lacks: after a set is added or changed in
`images/rendition_sets.py`, or for images uploaded before renditions were made in the
background. Idempotent: a second run makes nothing."""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from images.renditions import make_renditions_of

BATCH = 200


class Command(BaseCommand):
    help = "Make every declared rendition that any image lacks."

    def handle(self, *args, **options):
        images = get_image_model().objects.order_by("pk")
        made = failed = 0
        for start in range(0, images.count(), BATCH):
            # Prefetched, the check for what exists costs two queries a batch.
            batch = images.prefetch_related("renditions")[start : start + BATCH]
            for image in batch:
                try:
                    made += make_renditions_of([image])
                except (OSError, ValueError) as error:
                    failed += 1
                    self.stderr.write(f"Image {image.pk} ({image.title}): {error}")
        self.stdout.write(
            f"Renditions: {made} made for {images.count()} images, {failed} failed."
        )
