"""Serving follows the site's visibility rule along the page's whole path."""

from django.http import Http404
from wagtail import hooks

from visibility.pages import is_published_along_path


@hooks.register("before_serve_page")
def hide_pages_unpublished_above_or_expired(page, request, serve_args, serve_kwargs):
    # Wagtail serves any live page it routes to: one past its `expire_at` until the
    # scheduler runs, and one under an unpublished section. A page may keep answering
    # some of its routes (a letting's enquiry refusal).
    answers_anyway = getattr(page, "answers_off_the_market", None)
    if answers_anyway and answers_anyway(serve_args):
        return
    if not is_published_along_path(page):
        raise Http404
