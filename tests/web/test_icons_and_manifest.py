"""What browsers ask for by name at the site root, and the web manifest, served as
static files (WhiteNoise); every page links them."""

import json
from io import BytesIO

import pytest
from PIL import Image

from tests.web.documents import read_head


def served(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response, b"".join(response.streaming_content)


@pytest.mark.parametrize(
    "url, image_format, size",
    [
        ("/favicon.ico", "ICO", (48, 48)),
        ("/apple-touch-icon.png", "PNG", (180, 180)),
        ("/icon-192.png", "PNG", (192, 192)),
        ("/icon-512.png", "PNG", (512, 512)),
    ],
)
def test_icons_are_served_at_the_root(client, url, image_format, size):
    _, content = served(client, url)
    with Image.open(BytesIO(content)) as icon:
        assert (icon.format, icon.size) == (image_format, size)


def test_the_manifest_names_the_site_and_icons_that_exist(client):
    response, content = served(client, "/site.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(content)
    assert manifest["name"] == "Orange County Lettings"
    assert manifest["lang"] == "en-US"
    for icon in manifest["icons"]:
        served(client, icon["src"])


@pytest.mark.django_db
def test_every_page_links_them(client):
    links = read_head(client.get("/")).links
    assert "/favicon.ico" in links["icon"]
    assert links["apple-touch-icon"] == ["/apple-touch-icon.png"]
    assert links["manifest"] == ["/site.webmanifest"]
