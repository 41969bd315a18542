"""`/lettings/feed/`: RSS 2.0 of the newest lettings visitors may see, each with its
photo and rent, every address on the configured public host."""

from email.utils import parsedate_to_datetime
from xml.etree import ElementTree

import pytest
import wagtail_factories

from tests.factories import AddressFactory, LettingPageFactory
from tests.web.documents import overdue_letting, unseen_lettings

pytestmark = pytest.mark.django_db
HOST = "https://lettings.example.com"
MEDIA = "{http://search.yahoo.com/mrss/}"


def feed_items(client):
    response = client.get("/lettings/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = ElementTree.fromstring(response.content)  # noqa: S314 (our own feed)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    return rss.find("channel"), rss.findall("channel/item")


def test_the_channel_points_at_the_public_lettings_section(client):
    channel, _ = feed_items(client)
    assert channel.findtext("link") == f"{HOST}/lettings/"
    assert channel.findtext("language") == "en-us"
    assert channel.findtext("title")


def test_each_item_has_its_address_rent_photo_and_date(client):
    image = wagtail_factories.ImageFactory(file__width=2000, file__height=1200)
    letting = LettingPageFactory(
        title="Bay cottage",
        monthly_rent=3450,
        listing_image=image,
        address=AddressFactory(city="Newport Beach"),
    )
    _, (item,) = feed_items(client)
    assert item.findtext("title") == "Bay cottage"
    assert item.findtext("link") == f"{HOST}{letting.url}"
    assert item.findtext("guid") == f"{HOST}{letting.url}"
    assert "$3,450/month" in item.findtext("description")
    assert "Newport Beach" in [c.text for c in item.findall("category")]
    assert parsedate_to_datetime(item.findtext("pubDate")) == (
        letting.first_published_at.replace(microsecond=0)
    )
    picture = item.find(f"{MEDIA}content")
    rendition = image.renditions.get(filter_spec="format-jpeg|fill-1200x630")
    assert picture.get("url") == HOST + rendition.url
    assert (picture.get("width"), picture.get("height")) == ("1200", "630")
    assert picture.get("medium") == "image"


def test_a_letting_without_rent_or_photo_says_so(client):
    LettingPageFactory(monthly_rent=None)
    _, (item,) = feed_items(client)
    assert "Rent on request" in item.findtext("description")
    assert item.find(f"{MEDIA}content") is None


def test_newest_first(client):
    titles = [LettingPageFactory().title for _ in range(3)]
    _, items = feed_items(client)
    assert [item.findtext("title") for item in items] == titles[::-1]


def test_drafts_private_and_expired_lettings_are_left_out(client):
    visible = LettingPageFactory(title="Open home")
    unseen_lettings()
    overdue_letting()
    _, items = feed_items(client)
    assert [item.findtext("title") for item in items] == [visible.title]
