"""Every letting page tells a renter how to arrange a viewing, once editors say how."""

import pytest
from wagtail.models import Site

from lettings.models import EnquirySettings
from tests.factories import LettingPageFactory

pytestmark = pytest.mark.django_db


def test_letting_page_shows_the_enquiry_details(client):
    EnquirySettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        phone="(949) 555 0100",
        email="lettings@example.com",
        opening_hours="Monday to Saturday, 9am–6pm",
    )
    letting = LettingPageFactory(title="Bay & Dune Cottage")
    html = client.get(letting.url).content.decode()
    assert "Arrange a viewing" in html
    assert 'href="tel:+19495550100"' in html
    assert (
        "mailto:lettings@example.com?subject=Viewing%3A%20Bay%20%26%20Dune%20Cottage"
        in html
    )
    assert "Monday to Saturday, 9am–6pm" in html


def test_without_details_the_block_stays_out(client):
    letting = LettingPageFactory()
    assert "Arrange a viewing" not in client.get(letting.url).content.decode()
