"""Each letting page carries the form; the page stays in the cache, the stamp is new
(tests/enquiries/test_fresh_stamps.py for each response's own stamp)."""

import time

import pytest
from django.core import signing
from django.test import Client

from enquiries.stamps import SALT
from tests.factories import LettingPageFactory
from tests.pagecache.pages import cached_page

from .helpers import enquire_url, form_of

pytestmark = pytest.mark.django_db


def test_the_form_posts_to_the_letting_enquire_route(client):
    letting = LettingPageFactory()
    form = form_of(client.get(letting.url))

    assert form["method"] == "post"
    assert form["action"] == enquire_url(letting)
    names = {field["name"] for field in form.select("input, textarea")}
    assert {"name", "email", "phone", "preferred_times", "message", "consent"} <= names
    for name in ("name", "email", "phone", "preferred_times", "message", "consent"):
        field_id = form.find(attrs={"name": name})["id"]
        assert form.find("label", attrs={"for": field_id}) is not None
    honeypot = form.find(attrs={"name": "website"})
    assert honeypot.find_parent(attrs={"hidden": True}) is not None


def test_the_page_stays_in_the_cache_with_a_valid_stamp():
    letting = LettingPageFactory()
    visitor = Client()
    cached_page(visitor, letting.url)

    first, second = visitor.get(letting.url), visitor.get(letting.url)

    assert first["X-Page-Cache"] == second["X-Page-Cache"] == "hit"
    stamps = [
        form_of(r).find(attrs={"name": "stamp"})["value"] for r in (first, second)
    ]
    for stamp in stamps:
        issued = signing.loads(stamp, salt=SALT)
        assert 0 <= time.time() - issued < 600
    assert first["ETag"] == second["ETag"]
    assert visitor.get(letting.url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
