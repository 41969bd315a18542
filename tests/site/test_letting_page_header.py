"""A letting page opens with what a renter decides by: title, rent, the facts and the
way to a viewing, in its header, before the photo and the description."""

import datetime

import pytest
import wagtail_factories

from tests.factories import AddressFactory, LettingPageFactory
from tests.site.letting_html import facts, parsed_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def cottage():
    return LettingPageFactory(
        title="Harbour View Cottage",
        address=AddressFactory(number=41, street="Bay Street", city="Newport Beach"),
        monthly_rent=3450,
        bedrooms=0,
        bathrooms=1.5,
        property_type="cottage",
        available_from=datetime.date(2099, 1, 15),
        pets_allowed=True,
    )


def test_the_header_holds_title_rent_facts_and_the_call_to_action(client, cottage):
    html = parsed_page(client, cottage.url)
    header = html.select_one("article.letting > header.letting__header")
    assert header.h1.get_text(strip=True) == "Harbour View Cottage"
    assert header.select_one(".letting__address").get_text(strip=True) == (
        "41 Bay Street, Newport Beach, CA 92618"
    )
    price = header.select_one(".letting__price")
    assert price.strong.get_text(strip=True) == "$3,450"
    assert price.get_text(" ", strip=True) == "$3,450 per month"
    assert facts(header) == {
        "Bedrooms": "Studio",
        "Bathrooms": "1.5",
        "Type": "Cottage",
        "Available": "From January 15, 2099",
        "Pets": "Pets welcome",
    }
    assert header.select_one("time")["datetime"] == "2099-01-15"


def test_the_call_to_action_leads_to_the_enquiry_form(client, cottage):
    html = parsed_page(client, cottage.url)
    call = html.select_one("header.letting__header a.letting__cta")
    assert call.get_text(strip=True) == "Request a viewing"
    target = html.find(id=call["href"].removeprefix("#"))
    assert call["href"].startswith("#")
    assert target.find("form")["action"] == f"{cottage.url}enquire/"


def test_the_header_comes_before_the_photo_and_the_description(client, cottage):
    cottage.listing_image = wagtail_factories.ImageFactory()
    cottage.save_revision().publish()
    html = parsed_page(client, cottage.url)
    article = html.select_one("article.letting")
    order = [
        child.name if child.name != "div" else child["class"][0]
        for child in article.find_all(["header", "picture", "div"], recursive=False)
    ]
    assert order == ["header", "picture", "letting__layout"]


def test_unknown_facts_read_on_request(client):
    letting = LettingPageFactory(
        monthly_rent=None, bedrooms=None, bathrooms=None, available_from=None
    )
    header = parsed_page(client, letting.url).select_one("header.letting__header")
    assert header.select_one(".letting__price").get_text(strip=True) == (
        "Rent on request"
    )
    key_facts = facts(header)
    assert key_facts["Bedrooms"] == "On request"
    assert key_facts["Available"] == "Now"
    assert "Bathrooms" not in key_facts
    assert "Pets" not in key_facts


def test_a_date_gone_by_reads_available_now(client):
    letting = LettingPageFactory(available_from=datetime.date(2020, 3, 1))
    header = parsed_page(client, letting.url).select_one("header.letting__header")
    assert facts(header)["Available"] == "Now"


def test_the_details_list_the_rest(client, cottage):
    cottage.deposit = 5000
    cottage.floor_area_sqft = 1240
    cottage.parking_spaces = 2
    cottage.save_revision().publish()
    details = parsed_page(client, cottage.url).select_one(".letting__details")
    assert facts(details) == {
        "Rent": "$3,450/month",
        "Deposit": "$5,000",
        "Floor area": "1,240 sq ft",
        "Parking": "2 spaces",
        "Pets": "Welcome",
        "Furnished": "No",
    }


def test_the_lightbox_script_loads_deferred_from_our_static_files(client, cottage):
    html = parsed_page(client, cottage.url)
    executable = [
        script
        for script in html.find_all("script")
        if script.get("type") != "application/ld+json"
    ]
    assert all(script.has_attr("src") for script in executable)
    lightbox = {script["src"]: script for script in executable}[
        "/static/js/lightbox.js"
    ]
    assert lightbox.has_attr("defer")
