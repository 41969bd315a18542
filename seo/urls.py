"""Addresses as the public sees them: on the configured host, not the request's."""

from urllib.parse import urljoin, urlsplit, urlunsplit

from django.conf import settings


def on_public_host(address):
    public = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return urlunsplit(
        urlsplit(address)._replace(scheme=public.scheme, netloc=public.netloc)
    )


def page_address(page, request):
    """The public address of `page`, on the configured host."""
    return on_public_host(page.get_full_url(request))


def absolute(url):
    """`url` (a static or media file's) made absolute on the public host; an absolute
    one, such as a CDN's, is kept."""
    return urljoin(settings.WAGTAILADMIN_BASE_URL, url)


def canonical_address(request):
    """The address search engines should index for `request`: its path on the public
    host, without filters or sorting (they only reorder or narrow the same homes), but
    with the page number past the first (page 2 holds other homes than page 1)."""
    address = on_public_host(request.build_absolute_uri(request.path))
    page_number = request.GET.get("page", "")
    if page_number.isdigit() and int(page_number) > 1:
        address += f"?page={int(page_number)}"
    return address
