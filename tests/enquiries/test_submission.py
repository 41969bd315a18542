"""A visitor's request is kept and answered with a redirect to the thank-you page."""

import pytest
from django.test import Client
from pytest_django.asserts import assertContains

from enquiries.models import Enquiry
from tests.factories import LettingPageFactory

from .helpers import post_enquiry, thanks_url

pytestmark = pytest.mark.django_db


def test_a_valid_request_is_kept_and_redirected_to_thanks():
    letting = LettingPageFactory()
    response = post_enquiry(Client(enforce_csrf_checks=True), letting)

    assert response.status_code == 303
    assert response["Location"] == thanks_url(letting)
    enquiry = Enquiry.objects.get()
    assert (enquiry.letting_id, enquiry.name, enquiry.email) == (
        letting.pk,
        "Rosa Díaz",
        "rosa@example.com",
    )
    assert enquiry.status == Enquiry.Status.NEW


def test_the_thank_you_page_says_what_happens_next(client):
    letting = LettingPageFactory(title="Bay Cottage")
    response = client.get(thanks_url(letting))

    assert response.status_code == 200
    assert response.templates[0].name == "enquiries/enquiry_thanks.html"
    assertContains(response, '<meta name="robots" content="noindex">', html=True)
    # Reloading the thank-you page is a GET: it creates nothing.
    client.get(thanks_url(letting))
    assert not Enquiry.objects.exists()


def test_a_get_of_the_form_address_goes_back_to_the_letting(client):
    letting = LettingPageFactory()
    response = client.get(letting.url + "enquire/")
    assert response.status_code == 302
    assert response["Location"] == letting.url
