"""Five requests an hour from one address, three a day from one email address."""

import pytest
from django.test import Client

from enquiries import limits
from enquiries.models import Enquiry
from tests.factories import LettingPageFactory

from .helpers import post_enquiry

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_counts():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def test_one_address_is_limited_behind_the_router(settings):
    settings.FORWARDED_FOR_HOPS = 1
    letting = LettingPageFactory()
    allowed, _ = limits.PER_ADDRESS
    client = Client(HTTP_X_FORWARDED_FOR="198.51.100.7")
    for number in range(allowed):
        assert (
            post_enquiry(client, letting, email=f"p{number}@example.com").status_code
            == 303
        )

    refused = post_enquiry(client, letting, email="another@example.com")
    # A forged leftmost entry does not make a new address: the router's entry counts.
    forged = Client(HTTP_X_FORWARDED_FOR="203.0.113.1, 198.51.100.7")

    assert refused.status_code == 429
    assert post_enquiry(forged, letting, email="forged@example.com").status_code == 429
    other = Client(HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert post_enquiry(other, letting, email="other@example.com").status_code == 303
    assert Enquiry.objects.count() == allowed + 1


def test_one_email_is_limited_from_any_address(settings):
    settings.FORWARDED_FOR_HOPS = 1
    letting = LettingPageFactory()
    allowed, _ = limits.PER_EMAIL
    for number in range(allowed):
        client = Client(HTTP_X_FORWARDED_FOR=f"198.51.100.{number + 1}")
        assert post_enquiry(client, letting).status_code == 303

    client = Client(HTTP_X_FORWARDED_FOR="198.51.100.99")
    response = post_enquiry(client, letting, email="ROSA@example.com")

    assert response.status_code == 429
    assert response.templates[0].name == "enquiries/rate_limited.html"
    assert Enquiry.objects.count() == allowed


def test_the_cache_holds_no_email_address():
    from django.core.cache import cache

    post_enquiry(Client(), LettingPageFactory())
    keys = list(cache._cache.keys())
    assert keys and not any("rosa" in key for key in keys)
