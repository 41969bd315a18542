"""The renditions our templates show, declared in one place.

Each set names a place where an image appears and holds every size and format that
place needs. The `{% picture_set %}` tag (`images/templatetags/pictures.py`) shows a
set from renditions that already exist; `images.renditions.make_missing_renditions`
makes every rendition of every set, in a background task, when an image is saved or a
page or profile that shows it is published. Add a set here and run
`manage.py make_renditions` to make it for the images already uploaded.
"""

from dataclasses import dataclass
from functools import cached_property

from wagtail.images.models import Filter

RESIZE_OPERATIONS = {"fill", "width", "max"}


@dataclass(frozen=True)
class RenditionSet:
    # Wagtail resize operations, smallest first ("fill-400x300", "width-640", "max-…").
    sizes: tuple[str, ...]
    # The <img sizes> attribute: how wide the picture shows at each viewport width.
    html_sizes: str
    # Best first; the last is the <img> every browser understands.
    formats: tuple[str, ...] = ("webp", "jpeg")

    def __post_init__(self):
        for size in self.sizes:
            if size.partition("-")[0] not in RESIZE_OPERATIONS:
                raise ValueError(f"{size!r}: a size is one of {RESIZE_OPERATIONS}")

    @cached_property
    def filters(self):
        """One Wagtail filter a size and format, spelt as `{% picture %}` spells them,
        so renditions made by either are shared. Made once: a filter parses its spec
        when first asked, and a list of cards asks for each set a dozen times."""
        return [
            Filter(spec=f"format-{image_format}|{size}")
            for image_format in self.formats
            for size in self.sizes
        ]

    def shape(self, image):
        """Width and height of the smallest size of `image`, worked out without
        opening the file: what a placeholder takes up while the renditions are made."""
        operation, _, value = self.sizes[0].partition("-")
        if operation == "fill":
            width, height = value.split("x")
            return int(width), int(height)
        if operation == "width":
            scale = int(value) / image.width
        else:
            width, height = value.split("x")
            scale = min(int(width) / image.width, int(height) / image.height, 1)
        return round(image.width * scale), round(image.height * scale)


RENDITION_SETS = {
    "card": RenditionSet(
        ("fill-400x300", "fill-800x600"), "(max-width: 40rem) 100vw, 24rem"
    ),
    "gallery": RenditionSet(
        ("fill-400x300", "fill-800x600"), "(max-width: 40rem) 100vw, 24rem"
    ),
    "letting_hero": RenditionSet(
        ("fill-800x533", "fill-1200x800"), "(max-width: 75rem) 100vw, 75rem"
    ),
    # The main photograph at the top of a letting: the hero's sizes and one for wide
    # screens of high density.
    "letting_photo": RenditionSet(
        ("fill-800x533", "fill-1200x800", "fill-1800x1200"),
        "(max-width: 75rem) calc(100vw - 2rem), 75rem",
    ),
    # What a gallery thumbnail opens, in the lightbox or, without JavaScript, on its own:
    # one JPEG, as large as the screen may want, never cropped.
    "gallery_full": RenditionSet(("max-1600x1200",), "100vw", formats=("jpeg",)),
    "body": RenditionSet(
        ("width-640", "width-1280"), "(max-width: 48rem) 100vw, 48rem"
    ),
    "home_hero": RenditionSet(("fill-800x400", "fill-1600x800"), "100vw"),
    # Link previews (Open Graph, Twitter cards): one size, JPEG, which every reader takes.
    "social": RenditionSet(("fill-1200x630",), "1200px", formats=("jpeg",)),
    "avatar": RenditionSet(("fill-96x96", "fill-192x192"), "96px"),
    "avatar_large": RenditionSet(("fill-200x200", "fill-400x400"), "200px"),
}


def declared_filters():
    """Every filter of every set, each once."""
    return list(
        dict.fromkeys(
            spec_filter
            for rendition_set in RENDITION_SETS.values()
            for spec_filter in rendition_set.filters
        )
    )
