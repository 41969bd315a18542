"""The address sign-in throttling counts: the socket's, or exactly the configured number
of proxy hops from the right of X-Forwarded-For, never what the client wrote itself."""

import pytest
from django.test import RequestFactory

from accounts.client_address import client_address


def request(forwarded_for=None):
    headers = {"x-forwarded-for": forwarded_for} if forwarded_for else {}
    return RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", headers=headers)


@pytest.mark.parametrize(
    "hops,forwarded_for,expected",
    [
        (0, "203.0.113.9", "10.0.0.1"),
        (1, None, "10.0.0.1"),
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "192.0.2.66, 203.0.113.9", "203.0.113.9"),
        (2, "192.0.2.66, 203.0.113.9", "192.0.2.66"),
        (2, "203.0.113.9", "10.0.0.1"),
        (1, "192.0.2.66, not-an-address", "10.0.0.1"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_address(settings, hops, forwarded_for, expected):
    settings.FORWARDED_FOR_HOPS = hops

    assert client_address(request(forwarded_for)) == expected
