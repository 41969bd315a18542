"""Phone links dial in E.164 from anywhere, whatever way editors write the number."""

import pytest
from wagtail.models import Site

from lettings.models import EnquirySettings
from lettings.phone_numbers import e164
from tests.factories import LettingPageFactory


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
    html = client.get(letting.url).content.decode()
    assert '<a href="tel:+19495550142">(949) 555-0142</a>' in html
    details.phone = "ask at the desk"
    details.save()
    html = client.get(letting.url).content.decode()
    assert "Call ask at the desk" in html
    assert "tel:" not in html
