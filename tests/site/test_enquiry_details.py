"""Every letting page tells a renter how to arrange a viewing, once editors say how."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains
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
    response = client.get(letting.url)
    assertContains(
        response, '<h2 id="enquiry-heading">Arrange a viewing</h2>', html=True
    )
    assertContains(
        response, '<p>Call <a href="tel:+19495550100">(949) 555 0100</a></p>', html=True
    )
    assertContains(
        response,
        '<p>Email <a href="mailto:lettings@example.com?subject=Viewing%3A%20Bay%20%26'
        '%20Dune%20Cottage">lettings@example.com</a></p>',
        html=True,
    )
    assertContains(
        response,
        '<p class="enquiry__hours">Monday to Saturday, 9am–6pm</p>',
        html=True,
    )


def test_without_details_the_block_stays_out(client):
    letting = LettingPageFactory()
    assertNotContains(client.get(letting.url), "Arrange a viewing")
