"""Edits made through the admin, as editors make them, show on the next visitor's
request of the pages cached before."""

import pytest
from django.test import Client

from tests.factories import AddressFactory, LettingPageFactory, UserFactory
from tests.signin import verified_login

from .pages import cached_page, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_for_editing():
    superuser = UserFactory(username="root", is_superuser=True, is_staff=True)
    return verified_login(Client(), superuser)


def test_enquiry_details_edited_in_settings(admin_client_for_editing, home_page):
    letting = LettingPageFactory()
    visitor = Client()
    cached_page(visitor, letting.url)

    response = admin_client_for_editing.post(
        f"/admin/settings/lettings/enquirysettings/{home_page.get_site().pk}/",
        {"phone": "714 555 0100", "email": "viewings@example.com", "opening_hours": ""},
    )

    assert response.status_code == 302
    html = text(visitor.get(letting.url))
    assert "714 555 0100" in html and "viewings@example.com" in html


def test_address_edited_as_a_snippet(admin_client_for_editing, letting_index):
    address = AddressFactory(number=7, street="Harbor Way")
    letting = LettingPageFactory(address=address)
    visitor = Client()
    cached_page(visitor, letting.url)

    response = admin_client_for_editing.post(
        f"/admin/snippets/lettings/address/edit/{address.pk}/",
        {
            "number": 12,
            "street": "Lighthouse Lane",
            "city": "Irvine",
            "state": "CA",
            "zip_code": "92618",
            "country_iso_code": "USA",
        },
    )

    assert response.status_code == 302
    assert "12 Lighthouse Lane, Irvine" in text(visitor.get(letting.url))
