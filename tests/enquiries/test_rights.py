"""Who sees enquiries: the Lettings team works them; Marketing sees counts only;
Editors and Moderators see nothing unless also in the team."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import EnquiryFactory
from tests.site.admin_menu import main_menu
from tests.site.public_surfaces import mentions, shown_strings

from .helpers import signed_in

pytestmark = pytest.mark.django_db


def menu_addresses(entries):
    """Every address of the admin's main menu `entries`, its groups' included."""
    for _, target in entries:
        if isinstance(target, list):
            yield from menu_addresses(target)
        else:
            yield target


def menu_has_enquiries(client):
    return "/admin/enquiries/" in menu_addresses(main_menu(client))


def panel(client):
    page = BeautifulSoup(client.get("/admin/").content, "html.parser")
    return page.select_one("#enquiries-panel-heading")


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Marketing"])
def test_other_roles_cannot_open_enquiries(group):
    enquiry = EnquiryFactory()
    client, _ = signed_in(group)
    assert client.get("/admin/enquiries/").status_code == 302
    assert client.get(f"/admin/enquiries/edit/{enquiry.pk}/").status_code == 302
    assert not menu_has_enquiries(client)


def test_the_team_works_enquiries():
    enquiry = EnquiryFactory()
    client, _ = signed_in("Lettings team")
    assert client.get("/admin/enquiries/").status_code == 200
    assert client.get(f"/admin/enquiries/edit/{enquiry.pk}/").status_code == 200
    assert menu_has_enquiries(client)


def test_an_editor_also_in_the_team_works_them():
    client, _ = signed_in("Editors", "Lettings team")
    assert client.get("/admin/enquiries/").status_code == 200


@pytest.mark.parametrize("group", ["Lettings team", "Marketing"])
def test_the_dashboard_panel_shows_counts_without_details(group):
    EnquiryFactory(name="Rosa Díaz", email="rosa@example.com")
    client, _ = signed_in(group)
    shown = shown_strings(client.get("/admin/"))
    assert panel(client) is not None
    assert not mentions(shown, "Rosa") and not mentions(shown, "rosa@example.com")


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_see_no_panel(group):
    EnquiryFactory()
    client, _ = signed_in(group)
    assert panel(client) is None
