"""A cached page: what is stored for a response, and the response made from it again."""

import hashlib
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from django.utils.http import http_date, parse_http_date_safe

# Refused in a response to store: it was made for one visitor, or forbids keeping it.
PERSONAL_DIRECTIVES = {"private", "no-store", "no-cache"}
# Headers the cache writes itself whenever it answers, never taken from a stored page.
OWN_HEADERS = {"cache-control", "content-length", "x-page-cache", "set-cookie"}
# Larger bodies are not worth a shared cache's memory.
MAX_BODY_BYTES = 1024 * 1024


def is_storable(request, response):
    """True for a complete, public 200 that nothing ties to one visitor."""
    cache_control = {
        directive.split("=")[0].strip().lower()
        for directive in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    vary = {
        header.strip().lower() for header in cc_delim_re.split(response.get("Vary", ""))
    }
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        # The page holds a CSRF token made from this visitor's cookie.
        and not request.META.get("CSRF_COOKIE_USED")
        and not cache_control & PERSONAL_DIRECTIVES
        # Vary: Cookie only says that a session changes the page, and no request with a
        # session is ever answered from the cache; any other Vary would need its own key.
        and vary <= {"", "cookie"}
        and 0 < len(response.content) <= MAX_BODY_BYTES
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """A page as stored: under which generation, until when, and the response itself."""

    generation: str
    fresh_until: float
    headers: tuple
    body: bytes
    etag: str
    last_modified: int

    @classmethod
    def of(cls, response, generation, fresh_until, now):
        body = response.content
        etag = response.get("ETag") or (
            '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'
        )
        last_modified = parse_http_date_safe(response.get("Last-Modified", "")) or int(
            now
        )
        headers = tuple(
            (name, value)
            for name, value in response.items()
            if name.lower() not in OWN_HEADERS | {"etag", "last-modified"}
        )
        return cls(generation, fresh_until, headers, body, etag, last_modified)

    @property
    def weak_etag(self):
        """The validator of a body rewritten from this entry: the same page in other
        bytes (RFC 9110, 8.8.1), which only If-None-Match's weak comparison matches."""
        return self.etag if self.etag.startswith("W/") else "W/" + self.etag

    def is_fresh(self, generation, now):
        return self.generation == generation and now < self.fresh_until

    def response(self, head=False):
        """The stored page as a new response; a HEAD gets the headers only."""
        response = HttpResponse(b"" if head else self.body)
        for name, value in self.headers:
            response[name] = value
        response["ETag"] = self.etag
        response["Last-Modified"] = http_date(self.last_modified)
        response["Content-Length"] = str(len(self.body))
        return response
