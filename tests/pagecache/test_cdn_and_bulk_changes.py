"""A CDN in front is purged whole when content changes; bulk changes that send no
signal are made visible by one command."""

import http.server
import threading

import pytest
from django.core.management import call_command
from django.test import Client

from lettings.models import LettingPage
from tests.factories import LettingPageFactory

from .pages import MISS, cache_status, cached_page, text

pytestmark = pytest.mark.django_db


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    """A purging cache's endpoint (Varnish style): remembers what it was told."""

    purges = []

    def do_PURGE(self):
        self.purges.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purging_cdn(settings):
    PurgeRecorder.purges = []
    server = http.server.HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield PurgeRecorder.purges
    server.shutdown()
    server.server_close()


def test_a_committed_change_purges_the_whole_site(
    purging_cdn, letting_index, django_capture_on_commit_callbacks
):
    letting = LettingPageFactory()
    purging_cdn.clear()

    with django_capture_on_commit_callbacks(execute=True):
        letting.title = "Purged everywhere"
        letting.save_revision().publish()

    assert purging_cdn == [("localhost", "/*")]


def test_nothing_is_purged_before_the_commit(purging_cdn, letting_index):
    LettingPageFactory()

    assert purging_cdn == []


def test_the_command_makes_bulk_updates_visible(purging_cdn, letting_index):
    letting = LettingPageFactory(title="Before the bulk edit")
    visitor = Client()
    cached_page(visitor, letting.url)
    LettingPage.objects.filter(pk=letting.pk).update(title="After the bulk edit")

    call_command("invalidate_page_cache", verbosity=0)

    response = visitor.get(letting.url)
    assert cache_status(response) == MISS
    assert "After the bulk edit" in text(response)
    assert ("localhost", "/*") in purging_cdn
