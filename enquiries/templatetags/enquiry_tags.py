from django import template
from django.db import DatabaseError
from django.utils import timezone
from wagtail.models import Site

from pagecache.memo import remembered
from visibility.pages import is_published

from ..forms import EnquiryForm
from ..models import PrivacyNoticeSettings
from ..views import accepts_enquiries

register = template.Library()


@register.inclusion_tag("enquiries/enquiry_form.html", takes_context=True)
def enquiry_form(context, letting):
    """The "Request a viewing" form; the bound one when the page is shown again. Left
    out for a letting that takes no more enquiries (let agreed past its days)."""
    return {
        "accepting": accepts_enquiries(letting),
        "page": letting,
        "form": context.get("enquiry_form") or EnquiryForm(),
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def privacy_notice_url(context):
    """The address of the privacy notice editors chose, or "" when there is none to
    show: never chosen, or unpublished since. Every page's footer asks, so the setting
    is remembered until the content changes (pagecache.memo); whether the page is still
    published is judged at each request's time."""
    request = context.get("request")
    try:
        site = request and Site.find_for_request(request)
        if site is None:
            return ""
        notice = remembered(
            f"enquiries:privacy-notice:{site.pk}",
            lambda: PrivacyNoticeSettings.for_site(site).privacy_notice,
        )
    except DatabaseError:
        # The outage page extends base.html too: its footer must not need the database.
        return ""
    if notice is None or not is_published(notice, timezone.now()):
        return ""
    return notice.get_url(request) or ""
