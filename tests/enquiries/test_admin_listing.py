"""The lettings team's inbox: columns, filters, search, export and status history."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from wagtail.models import ModelLogEntry

from enquiries.models import Enquiry
from tests.factories import EnquiryFactory, LettingPageFactory

from .helpers import signed_in

pytestmark = pytest.mark.django_db

LISTING = "/admin/enquiries/"


@pytest.fixture
def team():
    client, _ = signed_in("Lettings team")
    return client


def listed_names(response):
    page = BeautifulSoup(response.content, "html.parser")
    return {
        cell.get_text(strip=True) for cell in page.select("tbody td:nth-of-type(2)")
    }


def test_the_listing_shows_each_enquiry(team):
    EnquiryFactory(name="Rosa Díaz")
    EnquiryFactory(name="Jake Peralta")
    response = team.get(LISTING)
    assert response.status_code == 200
    assert listed_names(response) == {"Rosa Díaz", "Jake Peralta"}


def test_filters_by_status_letting_city_and_date(team):
    bay = LettingPageFactory(title="Bay")
    EnquiryFactory(name="New one", letting=bay)
    EnquiryFactory(name="Contacted one", status=Enquiry.Status.CONTACTED)

    assert listed_names(team.get(LISTING, {"status": "contacted"})) == {"Contacted one"}
    assert listed_names(team.get(LISTING, {"letting": bay.pk})) == {"New one"}
    assert listed_names(team.get(LISTING, {"city": "irvine"})) == {
        "New one",
        "Contacted one",
    }
    assert listed_names(team.get(LISTING, {"created_at_from": "2999-01-01"})) == set()


def test_search_by_name_or_email(team):
    EnquiryFactory(name="Rosa Díaz", email="rosa@example.com")
    EnquiryFactory(name="Jake Peralta", email="jake@example.com")
    assert listed_names(team.get(LISTING, {"q": "jake@"})) == {"Jake Peralta"}
    assert listed_names(team.get(LISTING, {"q": "rosa"})) == {"Rosa Díaz"}


def test_csv_and_xlsx_export(team):
    EnquiryFactory(name="Rosa Díaz", email="rosa@example.com")
    response = team.get(LISTING, {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response).decode())))
    assert [(row["Name"], row["Email"]) for row in rows] == [
        ("Rosa Díaz", "rosa@example.com")
    ]
    xlsx = team.get(LISTING, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_a_status_change_is_logged_with_who_and_what(team):
    enquiry = EnquiryFactory()
    response = team.post(
        f"/admin/enquiries/edit/{enquiry.pk}/",
        {"status": "contacted", "assignee": "", "notes": "Called back"},
    )
    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert (enquiry.status, enquiry.notes) == ("contacted", "Called back")
    entry = ModelLogEntry.objects.get(action="enquiries.status_change")
    assert entry.data == {"from": "new", "to": "contacted"}
    assert entry.user.groups.filter(name="Lettings team").exists()
    history = team.get(f"/admin/enquiries/history-results/{enquiry.pk}/")
    assert entry.message == "Status changed from New to Contacted"
    history_text = BeautifulSoup(history.content, "html.parser").get_text(" ")
    assert "Status changed from New to Contacted" in " ".join(history_text.split())


def test_the_visitor_details_cannot_be_changed_in_the_admin(team):
    enquiry = EnquiryFactory(name="Rosa Díaz")
    team.post(
        f"/admin/enquiries/edit/{enquiry.pk}/",
        {"status": "new", "name": "Someone else", "notes": ""},
    )
    enquiry.refresh_from_db()
    assert enquiry.name == "Rosa Díaz"
