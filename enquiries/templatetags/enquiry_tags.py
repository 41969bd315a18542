from django import template
from django.utils import timezone

from visibility.pages import is_published

from ..forms import EnquiryForm
from ..models import PrivacyNoticeSettings

register = template.Library()


@register.inclusion_tag("enquiries/enquiry_form.html", takes_context=True)
def enquiry_form(context, letting):
    """The "Request a viewing" form; the bound one when the page is shown again."""
    return {
        "page": letting,
        "form": context.get("enquiry_form") or EnquiryForm(),
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def privacy_notice_url(context):
    """The address of the privacy notice editors chose, or "" when there is none to
    show: never chosen, or unpublished since. The setting is read once a request."""
    request = context.get("request")
    if request is None:
        return ""
    notice = PrivacyNoticeSettings.for_request(request).privacy_notice
    if notice is None or not is_published(notice, timezone.now()):
        return ""
    return notice.get_url(request) or ""
