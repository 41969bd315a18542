"""No inline script, style or event handler, so a strict Content Security Policy can be
switched on without breaking a page."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.factories import LettingPageFactory, ProfileFactory

# A <script> of JSON data (JSON-LD) is never run, so no CSP applies to it: only
# scripts without a file that a browser would execute count.
INLINE = [
    re.compile(
        r'<script(?![^>]*\b(?:src=|type="application/(?:ld\+)?json"))[^>]*>',
        re.IGNORECASE,
    ),
    re.compile(r"<style\b", re.IGNORECASE),
    re.compile(r"\sstyle=", re.IGNORECASE),
    re.compile(r"\son[a-z]+=", re.IGNORECASE),
    re.compile(r"javascript:", re.IGNORECASE),
]
TEMPLATES = sorted((Path(settings.BASE_DIR) / "templates").rglob("*.html"))


def inline_code(html):
    return [match.group(0) for pattern in INLINE for match in pattern.finditer(html)]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.name)
def test_templates_hold_no_inline_code(template):
    assert inline_code(template.read_text()) == []


@pytest.mark.django_db
def test_public_pages_render_no_inline_code(client, profile_index):
    letting = LettingPageFactory()
    profile = ProfileFactory()
    urls = ["/", "/lettings/", letting.url, "/profiles/", profile.get_url()]
    urls += ["/search/?q=home", "/lettings/no-such-page/"]
    for url in urls:
        assert inline_code(client.get(url).content.decode()) == [], url


def test_the_check_catches_inline_code():
    html = '<script>alert(1)</script><p style="x" onclick="y"><script src="a.js">'
    assert inline_code(html) == ["<script>", " style=", " onclick="]


def test_the_check_lets_json_data_through_but_not_other_types():
    html = '<script type="application/ld+json">{}</script><script type="module">'
    assert inline_code(html) == ['<script type="module">']
