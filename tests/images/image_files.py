"""Image files for the tests, made here: good ones by Pillow, bad ones by hand."""

import struct
import zlib
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage


def picture_bytes(width=640, height=480, image_format="PNG", colour=(200, 120, 40)):
    buffer = BytesIO()
    PillowImage.new("RGB", (width, height), colour).save(buffer, format=image_format)
    return buffer.getvalue()


def upload(name, content, content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def _chunk(kind, data):
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_of_zeros(width, height, pixel_data=True):
    """A valid greyscale PNG, all black: tiny on disk however many pixels it claims,
    which is what makes an image bomb. Without pixel data, only a header that claims
    them: anything that decodes it fails."""
    compressor = zlib.compressobj(9)
    row = bytes(width + 1)
    data = b""
    if pixel_data:
        data = b"".join(compressor.compress(row) for _ in range(height))
        data = _chunk(b"IDAT", data + compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + data + _chunk(b"IEND", b"")


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML = b"<html><body><script>alert(document.cookie)</script></body></html>"
