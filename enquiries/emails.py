"""The two emails an enquiry sends: the visitor's acknowledgement, the team's notice.

Header injection: the recipients are validated email addresses; subjects are built from
the letting's title with every line break and control character taken out, and the
visitor's name never goes into a header.
"""

import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from lettings.models import EnquirySettings

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]+")


def header_safe(text):
    return CONTROL_CHARACTERS.sub(" ", text).strip()


def _site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _context(enquiry):
    letting = enquiry.letting
    site = letting.get_site()
    return {
        "enquiry": enquiry,
        "letting": letting,
        "letting_url": letting.get_full_url(),
        "details": EnquirySettings.for_site(site) if site else None,
        "admin_url": _site_url(reverse("enquiries:edit", args=[enquiry.pk])),
    }


def _message(template, subject, to, context, reply_to=None):
    message = EmailMultiAlternatives(
        subject=header_safe(subject),
        body=render_to_string(f"enquiries/email/{template}.txt", context),
        to=[to],
        reply_to=reply_to,
    )
    message.attach_alternative(
        render_to_string(f"enquiries/email/{template}.html", context), "text/html"
    )
    return message


def acknowledgement(enquiry):
    context = _context(enquiry)
    details = context["details"]
    reply_to = [details.email] if details and details.email else None
    subject = f"Your request to view {enquiry.letting.title}"
    return _message("acknowledgement", subject, enquiry.email, context, reply_to)


def team_address(enquiry, details):
    """The letting's own team address, else the one in the enquiry details, or ""."""
    return enquiry.letting.enquiry_email or (details.email if details else "")


def team_notification(enquiry):
    """The notice to the team's address, or None without one."""
    context = _context(enquiry)
    to = team_address(enquiry, context["details"])
    if not to:
        return None
    subject = f"New enquiry {enquiry.pk}: {enquiry.letting.title}"
    return _message("team_notification", subject, to, context, [enquiry.email])
