"""Reading what a page tells machines: its <head> tags and its JSON-LD blocks."""

import json
from datetime import timedelta
from html.parser import HTMLParser

from django.utils import timezone


class HeadReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta = {}
        self.links = {}
        self.json_ld = []
        self._in_json_ld = False
        self._text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs["name"]
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links.setdefault(attrs["rel"], []).append(attrs["href"])
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld, self._text = True, []

    def handle_data(self, data):
        if self._in_json_ld:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_json_ld:
            self.json_ld.append(json.loads("".join(self._text)))
            self._in_json_ld = False


def read_head(response):
    assert response.status_code == 200
    reader = HeadReader()
    reader.feed(response.content.decode())
    return reader


def one_meta(reader, key):
    (value,) = reader.meta[key]
    return value


def canonical(reader):
    (address,) = reader.links["canonical"]
    return address


def json_ld_of_type(reader, schema_type):
    return [block for block in reader.json_ld if block["@type"] == schema_type]


def unseen_lettings():
    """A draft, a private, an expired and a let agreed letting past its days on the
    lists: none may show in any public list."""
    from wagtail.models import PageViewRestriction

    from tests.factories import LettingPageFactory

    draft = LettingPageFactory(title="Draft home", live=False)
    private = LettingPageFactory(title="Private home")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    # As the scheduler leaves it at its expiry.
    expired = LettingPageFactory(title="Expired home")
    expired.expire_at = timezone.now() - timedelta(minutes=1)
    expired.live, expired.expired = False, True
    expired.save(update_fields=["expire_at", "live", "expired"])
    let_agreed = LettingPageFactory(
        title="Let agreed home",
        let_agreed_on=timezone.localdate() - timedelta(days=30),
        let_agreed_days=14,
    )
    return [draft, private, expired, let_agreed]


def overdue_letting():
    """A letting past its expiry that the scheduler has not unpublished yet."""
    from tests.factories import LettingPageFactory

    overdue = LettingPageFactory(title="Overdue home")
    overdue.expire_at = timezone.now() - timedelta(minutes=1)
    overdue.save(update_fields=["expire_at"])
    return overdue
