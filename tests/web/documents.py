"""Reading what a page tells machines: its <head> tags and its JSON-LD blocks."""

import json
from html.parser import HTMLParser


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
