"""schema.org JSON-LD: each letting a RealEstateListing, the list an ItemList, every
page its breadcrumbs; it parses as JSON and no value can close its <script>."""

import datetime
from decimal import Decimal

import pytest
import wagtail_factories

from lettings.models import LettingGalleryImage
from tests.factories import AddressFactory, LettingPageFactory
from tests.parsed_html import parsed
from tests.web.documents import json_ld_of_type, read_head

pytestmark = pytest.mark.django_db
HOST = "https://lettings.example.com"


def listing_of(client, letting):
    (listing,) = json_ld_of_type(
        read_head(client.get(letting.url)), "RealEstateListing"
    )
    return listing


def is_json_ld(script):
    return script.get("type") == "application/ld+json"


def test_a_letting_is_a_real_estate_listing_with_an_offer(client):
    letting = LettingPageFactory(
        title="Bay cottage",
        summary="Steps from the water.",
        address=AddressFactory(
            number=41, street="Bay Street", city="Newport Beach", zip_code="92660"
        ),
        property_type="cottage",
        monthly_rent=3450,
        bedrooms=2,
        bathrooms=Decimal("1.5"),
        floor_area_sqft=900,
        available_from=datetime.date(2027, 1, 15),
        pets_allowed=True,
    )
    listing = listing_of(client, letting)
    assert listing["@context"] == "https://schema.org"
    assert listing["name"] == "Bay cottage"
    assert listing["description"] == "Steps from the water."
    assert listing["url"] == f"{HOST}{letting.url}"
    assert listing["datePosted"] == letting.first_published_at.date().isoformat()
    offer = listing["offers"]
    assert offer["@type"] == "Offer"
    assert offer["availability"] == "https://schema.org/InStock"
    assert offer["availabilityStarts"] == "2027-01-15"
    assert (offer["price"], offer["priceCurrency"]) == (3450, "USD")
    price = offer["priceSpecification"]
    assert price["@type"] == "UnitPriceSpecification"
    assert (price["price"], price["priceCurrency"], price["unitCode"]) == (
        3450,
        "USD",
        "MON",
    )
    home = offer["itemOffered"]
    assert home["@type"] == "House"
    assert (home["numberOfBedrooms"], home["numberOfBathroomsTotal"]) == (2, 1.5)
    assert home["floorSize"]["value"] == 900
    assert home["petsAllowed"] is True
    assert home["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "41 Bay Street",
        "addressLocality": "Newport Beach",
        "addressRegion": "CA",
        "postalCode": "92660",
        "addressCountry": "USA",
    }


def test_rent_on_request_states_no_price(client):
    letting = LettingPageFactory(monthly_rent=None, bedrooms=None, bathrooms=None)
    offer = listing_of(client, letting)["offers"]
    assert "price" not in offer
    assert "priceSpecification" not in offer
    assert "numberOfBedrooms" not in offer["itemOffered"]


def test_the_listing_names_its_photos_and_gallery(client):
    main = wagtail_factories.ImageFactory()
    letting = LettingPageFactory(listing_image=main)
    pictures = [wagtail_factories.ImageFactory() for _ in range(2)]
    for picture in pictures:
        letting.gallery_images.add(LettingGalleryImage(image=picture))
    letting.save_revision().publish()
    expected = [HOST + main.renditions.get(filter_spec="format-jpeg|fill-1200x800").url]
    expected += [
        HOST + picture.renditions.get(filter_spec="format-jpeg|fill-800x600").url
        for picture in pictures
    ]
    assert listing_of(client, letting)["image"] == expected


def test_no_value_can_close_the_script_element(client):
    title = "</script><script>alert(1)</script> & more"
    letting = LettingPageFactory(title=title)
    scripts = parsed(client.get(letting.url)).find_all("script")
    json_ld = [script.get_text() for script in scripts if is_json_ld(script)]
    code = [script.get_text() for script in scripts if not is_json_ld(script)]
    assert not any("alert(1)" in text for text in code)
    assert any("\\u003C/script\\u003E" in text for text in json_ld)
    assert listing_of(client, letting)["name"] == title


def test_the_lettings_list_is_an_item_list_of_the_page_shown(client):
    lettings = [LettingPageFactory() for _ in range(13)]
    newest_first = lettings[::-1]
    (first,) = json_ld_of_type(read_head(client.get("/lettings/")), "ItemList")
    assert [item["url"] for item in first["itemListElement"]] == [
        f"{HOST}{letting.url}" for letting in newest_first[:12]
    ]
    assert [item["position"] for item in first["itemListElement"]] == list(range(1, 13))
    (second,) = json_ld_of_type(read_head(client.get("/lettings/?page=2")), "ItemList")
    assert [(item["position"], item["name"]) for item in second["itemListElement"]] == [
        (13, newest_first[12].title)
    ]


def test_breadcrumbs_follow_the_page_tree(client, home_page, letting_index):
    letting = LettingPageFactory(title="Sunny flat")
    (trail,) = json_ld_of_type(read_head(client.get(letting.url)), "BreadcrumbList")
    assert [
        (crumb["position"], crumb["name"], crumb["item"])
        for crumb in trail["itemListElement"]
    ] == [
        (1, home_page.title, f"{HOST}/"),
        (2, letting_index.title, f"{HOST}/lettings/"),
        (3, "Sunny flat", f"{HOST}{letting.url}"),
    ]
    (home_trail,) = json_ld_of_type(read_head(client.get("/")), "BreadcrumbList")
    assert [crumb["name"] for crumb in home_trail["itemListElement"]] == [
        home_page.title
    ]
