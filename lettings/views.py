"""`/lettings/feed/`, the feed's first address, kept answering wherever editors move
the lettings section: feed readers subscribed to it follow a permanent redirect."""

from django.http import Http404
from django.shortcuts import redirect

from .models import LettingIndexPage


def lettings_feed(request):
    index = LettingIndexPage.objects.visible_to_visitors().first()
    if index is None:
        raise Http404
    feed_path = index.url + index.reverse_subpage(LettingIndexPage.FEED_ROUTE)
    if feed_path == request.path:
        return index.feed(request)
    return redirect(feed_path, permanent=True)
