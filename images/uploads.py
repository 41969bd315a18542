"""What an uploaded image file must be, and the clean copy of it that we keep.

Wagtail checks the extension, the format read from the file's first bytes and the size
in bytes (`WAGTAILIMAGES_*` in settings). We count the pixels from the header, before
anything is decoded (Wagtail decodes the whole image to count them, and crashes on one
so large that Pillow refuses it), and keep a copy re-encoded from the decoded pixels, so
that nothing appended to or hidden in the file survives.
"""

import warnings
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from PIL import ImageOps
from wagtail.images.fields import WagtailImageField

# How each format we accept is written back: close to the original, never bigger than
# it needs to be. EXIF (camera, GPS position) is not written: only the pixels and the
# colour profile survive.
SAVE_OPTIONS = {
    "JPEG": {"quality": 90},
    "PNG": {},
    "WEBP": {"quality": 90},
}


class CleanImageField(WagtailImageField):
    """Wagtail's image upload field, whose result is a re-encoded copy of the upload."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.help_text += f" At most {self.max_image_pixels / 1e6:g} megapixels."

    def check_image_pixel_size(self, f):
        # Wagtail asks Willow, which decodes the whole image (twice) to count its
        # pixels; Pillow reads the count from the header.
        try:
            with warnings.catch_warnings():
                # Over the cap but under twice it: refused below, without the warning.
                warnings.simplefilter("ignore", PillowImage.DecompressionBombWarning)
                header = PillowImage.open(f)
            pixels = header.width * header.height * getattr(header, "n_frames", 1)
        except PillowImage.DecompressionBombError:
            pixels = None  # more than twice the cap: Pillow will not even say how many
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error
        finally:
            f.seek(0)
        if pixels is None or pixels > self.max_image_pixels:
            raise ValidationError(
                "This image has too many pixels%(count)s: at most %(max)s megapixels.",
                code="file_too_many_pixels",
                params={
                    "count": f" ({pixels / 1e6:.0f} megapixels)" if pixels else "",
                    "max": f"{self.max_image_pixels / 1e6:g}",
                },
            )

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        return reencoded(upload)


def reencoded(upload):
    """A new file in `upload`'s format made from its decoded pixels alone, turned upright
    as its EXIF orientation says; a ValidationError if the pixels cannot be decoded."""
    try:
        with PillowImage.open(upload) as original:
            image_format = original.format
            colour_profile = original.info.get("icc_profile")
            transparency = original.info.get("transparency")
            picture = ImageOps.exif_transpose(original)
    except (OSError, SyntaxError, ValueError, PillowImage.DecompressionBombError) as e:
        raise ValidationError(
            "This image could not be read: the file is damaged or incomplete.",
            code="invalid_image",
        ) from e
    options = dict(SAVE_OPTIONS[image_format])
    if colour_profile:
        options["icc_profile"] = colour_profile
    if transparency is not None and image_format == "PNG":
        options["transparency"] = transparency
    clean = BytesIO()
    picture.save(clean, format=image_format, **options)
    return SimpleUploadedFile(upload.name, clean.getvalue(), upload.content_type)
