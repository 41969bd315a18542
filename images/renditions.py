"""Finding renditions without ever making one, and making them where that is allowed.

Visitors' requests only find (`existing_renditions`); the background tasks in
`images.tasks` make (`make_missing_renditions`), one rendition at a time so a worker holds
one decoded image in memory, never three as Wagtail's threaded `get_renditions` does.
"""

import logging
from io import BytesIO

from django.conf import settings
from django.core.files import File
from django.db.models import Prefetch
from django.dispatch import Signal
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.images import get_image_model

from .rendition_sets import RENDITION_SETS, declared_filters

logger = logging.getLogger(__name__)

# Sent with `image` once renditions were made for it: the pages that show it changed (a
# placeholder became a picture), for a page cache or a CDN to forget them.
renditions_ready = Signal()


def existing_renditions(image, rendition_set):
    """The renditions of `rendition_set` that `image` already has, keyed by spec, in the
    set's order. Prefetched renditions cost no query; otherwise one cache look-up and, for
    what the cache lacks, one query. Nothing is made."""
    filters = rendition_set.filters
    found = image.find_existing_renditions(*filters)
    Rendition = image.get_rendition_model()
    # As Wagtail's get_renditions does: the next request finds them in the cache.
    fresh = {
        Rendition.construct_cache_key(
            image, spec_filter.get_cache_key(image), spec_filter.spec
        ): rendition
        for spec_filter, rendition in found.items()
        if not getattr(rendition, "_from_cache", False)
    }
    if fresh:
        Rendition.cache_backend.set_many(fresh)
    return {f.spec: found[f] for f in filters if f in found}


def renditions_prefetch(lookup, *set_names):
    """A prefetch of the renditions at `lookup` ("listing_image__renditions") of the
    named sets only: an image has the renditions of every set (28), a list of cards
    shows those of one, and loading the rest cost a list 3 ms."""
    Rendition = get_image_model().get_rendition_model()
    specs = [f.spec for name in set_names for f in RENDITION_SETS[name].filters]
    return Prefetch(lookup, queryset=Rendition.objects.filter(filter_spec__in=specs))


def make_missing_renditions(image):
    """Make every declared rendition `image` lacks, from one read of its original.

    Returns how many were made. An image over the pixel cap (uploaded before the cap
    existed) is left alone: the templates show a placeholder for it.
    """
    if image.width * image.height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
        logger.warning("Image %s is over the pixel cap: no renditions made", image.pk)
        return 0
    # From the database, not the rendition cache: the cache may remember renditions
    # that are gone.
    existing = {(r.filter_spec, r.focal_point_key) for r in image.renditions.all()}
    missing = [
        spec_filter
        for spec_filter in declared_filters()
        if (spec_filter.spec, spec_filter.get_cache_key(image)) not in existing
    ]
    if not missing:
        return 0
    with image.open_file() as original_file:
        original = original_file.read()
    for spec_filter in missing:
        source = File(BytesIO(original), name=image.file.name)
        image.renditions.get_or_create(
            filter_spec=spec_filter.spec,
            focal_point_key=spec_filter.get_cache_key(image),
            defaults={
                "file": image.generate_rendition_file(spec_filter, source=source)
            },
        )
    return len(missing)


def make_renditions_of(images):
    """Make what each of `images` lacks; returns how many renditions were made."""
    made = 0
    for image in images:
        made_for_image = make_missing_renditions(image)
        if made_for_image:
            renditions_ready.send(sender=type(image), image=image)
        made += made_for_image
    return made


def image_ids_used_by(instance):
    """Primary keys of the images `instance` shows: its image fields, the images in its
    StreamField and rich text, and those of its child objects (a letting's gallery)."""
    Image = get_image_model()
    ids = set()
    for field in instance._meta.concrete_fields:
        value = field.value_from_object(instance)
        if value is None:
            continue
        if field.many_to_one and issubclass(field.related_model, Image):
            ids.add(value)
        elif hasattr(field, "extract_references"):
            ids.update(
                int(object_id)
                for model, object_id, _, _ in field.extract_references(value)
                if issubclass(model, Image)
            )
    if isinstance(instance, ClusterableModel):
        for relation in get_all_child_relations(instance):
            for child in getattr(instance, relation.get_accessor_name()).all():
                ids |= image_ids_used_by(child)
    return ids
