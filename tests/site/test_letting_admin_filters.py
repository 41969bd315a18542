"""The admin's flat list of lettings offers the renters' filters (one FilterSet), beside
Wagtail's own page filters; its order comes from its column headings."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import AddressFactory, GroupMemberFactory, LettingPageFactory
from tests.signin import verified_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return verified_login(Client(), GroupMemberFactory(group="Editors"))


def listing(editor, **params):
    response = editor.get(reverse("all_lettings:index"), params)
    assert response.status_code == 200
    return response


def test_the_renters_filters_narrow_the_admin_listing(editor):
    LettingPageFactory(title="Pets flat", property_type="apartment", pets_allowed=True)
    LettingPageFactory(title="Plain house", property_type="house")
    LettingPageFactory(
        title="Draft in Brea", address=AddressFactory(city="Brea"), live=False
    )
    response = listing(editor, property_type="apartment", pets="on")
    titles = [page.title for page in response.context["pages"]]
    assert titles == ["Pets flat"]
    # Drafts are editors' business: their cities are on offer here.
    assert "Brea" in dict(response.context["filters"].form.fields["city"].choices)


def test_wagtail_filters_stay_and_the_sort_filter_does_not(editor):
    form = listing(editor).context["filters"].form
    assert {"city", "min_rent", "max_rent", "available_before"} <= set(form.fields)
    assert {"owner", "site"} <= set(form.fields)
    assert "sort" not in form.fields
