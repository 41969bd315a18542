"""Phone links dial in E.164 from anywhere, whatever way editors write the number."""

import pytest
from pytest_django.asserts import assertContains
from wagtail.models import Site

from lettings.models import EnquirySettings
from lettings.phone_numbers import e164
from tests.factories import LettingPageFactory
from tests.parsed_html import parsed


@pytest.mark.parametrize(
    "written, dialed",
    [
        ("(949) 555-0142", "+19495550142"),
        ("949.555.0142", "+19495550142"),
        ("1-949-555-0142", "+19495550142"),
        ("+1 949 555 0142", "+19495550142"),
        ("+44 20 7946 0958", "+442079460958"),
        ("555-0142", None),
        ("call us", None),
        ("", None),
    ],
)
def test_numbers_in_e164(written, dialed):
    assert e164(written) == dialed


@pytest.mark.django_db
def test_the_letting_page_links_the_number_in_e164(client):
    details = EnquirySettings.objects.create(
        site=Site.objects.get(is_default_site=True), phone="(949) 555-0142"
    )
    letting = LettingPageFactory()
    assertContains(
        client.get(letting.url),
        '<p>Call <a href="tel:+19495550142">(949) 555-0142</a></p>',
        html=True,
    )
    details.phone = "ask at the desk"
    details.save()
    response = client.get(letting.url)
    assertContains(response, "<p>Call ask at the desk</p>", html=True)
    assert parsed(response).select('a[href^="tel:"]') == []
