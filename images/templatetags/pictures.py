"""`{% picture_set image "card" %}`: an image as one of the declared rendition sets.

    {% load pictures %}
    {% picture_set letting.listing_image "card" loading="lazy" class="card__image" %}

Renders a <picture> (one <source> a format, widths in `srcset`) from the renditions that
already exist, and never makes one: a visitor's request never waits for Pillow. Until the
background task has made them, it shows the original if it is small enough to send as
it is, otherwise a placeholder of the right shape. Keyword arguments become attributes of
the <img>; `sizes` defaults to the set's. Load the image with
`prefetch_renditions()` in listings and the tag costs no query.

`{% rendition_url image "gallery_full" %}` is the address of one rendition of a set, for
a link to the picture at full size; it makes none either.
"""

from django import template
from django.forms.utils import flatatt
from django.utils.html import format_html
from wagtail.images.models import Picture

from images.rendition_sets import RENDITION_SETS
from images.renditions import existing_renditions

register = template.Library()

# An original up to this size may stand in for its renditions for a moment; a bigger
# one (a 10 MB photograph) would cost visitors more than an empty frame does.
ORIGINAL_STAND_IN_MAX_BYTES = 512 * 1024
PLACEHOLDER = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' "
    "viewBox='0 0 {width} {height}'%3E%3Crect width='100%25' height='100%25' "
    "fill='%23ece6df'/%3E%3C/svg%3E"
)


@register.simple_tag
def picture_set(image, set_name, **attrs):
    if not image:
        return ""
    rendition_set = rendition_set_named(set_name)
    attrs.setdefault("sizes", rendition_set.html_sizes)
    renditions = existing_renditions(image, rendition_set)
    if renditions:
        return Picture(renditions, attrs).__html__()
    return stand_in(image, rendition_set, attrs)


@register.simple_tag
def rendition_url(image, set_name):
    """The address of the largest rendition of a set that `image` already has, in the
    set's last format (the one every browser understands); the original's until the
    background task has made it. For a link to the image at full size."""
    rendition_set = rendition_set_named(set_name)
    renditions = existing_renditions(image, rendition_set)
    plain_format = f"format-{rendition_set.formats[-1]}|"
    for size in reversed(rendition_set.sizes):
        rendition = renditions.get(plain_format + size)
        if rendition is not None:
            return rendition.url
    return image.file.url


def rendition_set_named(set_name):
    try:
        return RENDITION_SETS[set_name]
    except KeyError:
        raise template.TemplateSyntaxError(
            f"No rendition set {set_name!r}: declare it in images/rendition_sets.py"
        ) from None


def stand_in(image, rendition_set, attrs):
    """The original or a placeholder, at the set's shape, with the image's alt text."""
    width, height = rendition_set.shape(image)
    if image.file_size and image.file_size <= ORIGINAL_STAND_IN_MAX_BYTES:
        src = image.file.url
    else:
        src = PLACEHOLDER.format(width=width, height=height)
    img_attrs = {"src": src, "width": width, "height": height, "alt": alt_text(image)}
    img_attrs.update((name, value) for name, value in attrs.items() if name != "sizes")
    return format_html("<picture><img{}></picture>", flatatt(img_attrs))


def alt_text(image):
    """What a rendition's `alt` would be: "" when an ImageBlock marks the image
    decorative, else the block's alt text, else the image's own."""
    if getattr(image, "decorative", False):
        return ""
    return getattr(image, "contextual_alt_text", None) or image.default_alt_text
