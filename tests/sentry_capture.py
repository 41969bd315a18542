"""Sentry without the network, shared by the tests of what reaches it (registered in
tests/conftest.py): the `sentry_transport` fixture starts Sentry with a transport that
keeps every event in memory; `serve_like_gunicorn` calls the WSGI application as
gunicorn does, so Sentry's WSGI middleware sees the request."""

import pytest
import sentry_sdk
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from sentry_sdk.transport import Transport

from oc_lettings_site.sentry import init_sentry

# Loopback, discard port: even a stray send could not leave the machine.
UNREACHABLE_DSN = "http://publickey@127.0.0.1:9/1"


class CapturingTransport(Transport):
    """Keeps every envelope in memory instead of sending it."""

    def __init__(self, options=None):
        super().__init__(options)
        self.envelopes = []

    def capture_envelope(self, envelope):
        self.envelopes.append(envelope)

    def events(self):
        return [
            item.payload.json
            for envelope in self.envelopes
            for item in envelope.items
            if item.type == "event"
        ]


@pytest.fixture
def sentry_transport():
    transport = CapturingTransport()
    init_sentry(
        UNREACHABLE_DSN,
        environment="staging",
        release="0123abcd",
        traces_sample_rate=0.0,
        transport=transport,
    )
    yield transport
    sentry_sdk.get_client().close()
    sentry_sdk.get_global_scope().set_client(None)


def serve_like_gunicorn(environ):
    """Call the WSGI application the way gunicorn does, so Sentry's WSGI middleware
    sees the request; like Django's test client, keep the test's database connection
    open across the request signals."""
    statuses = []
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        response = get_wsgi_application()(
            environ, lambda status, headers, exc_info=None: statuses.append(status)
        )
        response.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return statuses[0]
