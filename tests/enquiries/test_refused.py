"""A letting that is not live takes no enquiries: a friendly page, never a 500."""

import pytest
from django.test import Client

from enquiries.models import Enquiry
from tests.factories import LettingPageFactory
from tests.site.public_surfaces import mentions, shown_strings

from .helpers import post_enquiry, thanks_url

pytestmark = pytest.mark.django_db


def unpublished():
    letting = LettingPageFactory()
    letting.unpublish()
    return letting


def expired():
    letting = LettingPageFactory()
    letting.unpublish(set_expired=True)
    return letting


@pytest.mark.parametrize("make_letting", [unpublished, expired])
def test_posting_to_a_letting_off_the_market_is_refused(make_letting):
    letting = make_letting()
    response = post_enquiry(Client(), letting)

    assert response.status_code == 410
    assert response.templates[0].name == "enquiries/enquiry_refused.html"
    assert not mentions(shown_strings(response), letting.title)
    assert not Enquiry.objects.exists()


def test_a_draft_never_published_is_refused_too():
    letting = LettingPageFactory(live=False)
    assert post_enquiry(Client(), letting).status_code == 410
    assert Client().get(thanks_url(letting)).status_code == 410
    assert Client().get(letting.url or f"/lettings/{letting.slug}/").status_code == 404
