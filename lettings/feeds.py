"""`<lettings section>/feed/`: the newest lettings as RSS 2.0, with each home's photo
and rent. A route of the lettings section, so it follows the section when editors rename
it (lettings/views.py keeps the first address, `/lettings/feed/`, answering).

Addresses are on the configured public host (as in the sitemap), never the request's.
Each item's photo is a Media RSS `<media:content>`: RSS's own `<enclosure>` needs the
file's length in bytes, which would cost a storage look-up per letting.
"""

from dataclasses import dataclass

from django.contrib.humanize.templatetags.humanize import intcomma
from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Page

from images.rendition_sets import RENDITION_SETS
from images.renditions import existing_renditions
from seo.urls import absolute, on_public_host

FEED_SIZE = 20
MEDIA_RSS = "http://search.yahoo.com/mrss/"


@dataclass(frozen=True)
class FeedSource:
    index: Page
    request: HttpRequest


class MediaRssFeed(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("image"):
            handler.addQuickElement("media:content", "", item["image"])


class LatestLettingsFeed(Feed):
    feed_type = MediaRssFeed
    title = "Orange County Lettings: new homes to rent"
    description = "The homes most recently published at Orange County Lettings."
    language = "en-us"

    # One Feed object answers every request: the request and the section travel in the
    # feed's object, never on `self`.
    def get_object(self, request, index):
        return FeedSource(index, request)

    def link(self, source):
        return on_public_host(source.index.get_full_url(source.request))

    def feed_url(self, source):
        section = source.index.get_full_url(source.request)
        return on_public_host(section + source.index.reverse_subpage("feed"))

    def items(self, source):
        lettings = list(
            source.index.lettings()
            .as_cards("social")
            .order_by("-first_published_at", "-pk")[:FEED_SIZE]
        )
        for letting in lettings:
            letting.public_url = on_public_host(letting.get_full_url(source.request))
        return lettings

    def item_title(self, letting):
        return letting.title

    def item_description(self, letting):
        return f"{rent(letting)} · {letting.address} · {letting.summary}"

    def item_link(self, letting):
        return letting.public_url

    def item_guid(self, letting):
        return letting.public_url

    def item_pubdate(self, letting):
        return letting.first_published_at

    def item_updateddate(self, letting):
        return letting.last_published_at

    def item_categories(self, letting):
        return [letting.address.city, letting.get_property_type_display()]

    def item_extra_kwargs(self, letting):
        return {"image": social_picture(letting.listing_image)}


def rent(letting):
    if letting.monthly_rent:
        return f"${intcomma(letting.monthly_rent)}/month"
    return "Rent on request"


def social_picture(image):
    """`<media:content>` attributes for the 1200×630 rendition, once it is made."""
    if not image:
        return None
    renditions = existing_renditions(image, RENDITION_SETS["social"])
    if not renditions:
        return None
    rendition = next(iter(renditions.values()))
    return {
        "url": absolute(rendition.url),
        "medium": "image",
        "type": "image/jpeg",
        "width": str(rendition.width),
        "height": str(rendition.height),
    }
