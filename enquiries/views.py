"""The `enquire/` sub-routes of a letting page (registered on LettingPage by hooks)."""

import logging

from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from . import limits
from .forms import EnquiryForm
from .stamps import StampInvalid, StampTooYoung, check_stamp, new_stamp
from .tasks import enqueue_enquiry_emails

logger = logging.getLogger(__name__)

STAMP_EXPIRED = "This form was open for too long. Please check it and send it again."


def accepts_enquiries(letting):
    """Only a live letting, still on the market, takes enquiries: not one expired or
    let agreed past its days on the lists."""
    return letting.live and not letting.expired and letting.is_listed()


def enquire(request, letting):
    if not accepts_enquiries(letting):
        return refused(request)
    if request.method != "POST":
        return redirect(letting.url)
    form = EnquiryForm(request.POST)
    if form.is_robot():
        return ignored(letting, "honeypot")
    try:
        check_stamp(form.data.get("stamp"))
    except StampTooYoung:
        return ignored(letting, "filled too fast")
    except StampInvalid:
        form = with_fresh_stamp(form)
        form.add_error(None, STAMP_EXPIRED)
        return letting_page_with(request, letting, form)
    if not form.is_valid():
        return letting_page_with(request, letting, form)
    if limits.is_limited(request, form.cleaned_data["email"]):
        logger.info("Enquiry refused: rate limit reached (letting %s)", letting.pk)
        return TemplateResponse(
            request, "enquiries/rate_limited.html", {"letting": letting}, status=429
        )
    with transaction.atomic():
        enquiry = form.save(commit=False)
        enquiry.letting = letting
        enquiry.save()
        transaction.on_commit(lambda: enqueue_enquiry_emails(enquiry.pk))
    limits.count(request, enquiry.email)
    logger.info("Enquiry %s received (letting %s)", enquiry.pk, letting.pk)
    return thanks_redirect(letting)


def enquire_thanks(request, letting):
    if not accepts_enquiries(letting):
        return refused(request)
    return TemplateResponse(request, "enquiries/enquiry_thanks.html", {"page": letting})


def refused(request):
    # Says nothing about the letting: it may be a draft nobody outside may see.
    return TemplateResponse(request, "enquiries/enquiry_refused.html", {}, status=410)


def ignored(letting, reason):
    """A robot's post: it looks accepted, and nothing is kept."""
    logger.info("Enquiry discarded as spam: %s (letting %s)", reason, letting.pk)
    return thanks_redirect(letting)


def thanks_redirect(letting):
    # 303: the browser follows with a GET, so reloading the thank-you page posts nothing.
    response = redirect(letting.url + letting.reverse_subpage("enquire_thanks"))
    response.status_code = 303
    return response


def with_fresh_stamp(form):
    data = form.data.copy()
    data["stamp"] = new_stamp()
    return EnquiryForm(data)


def letting_page_with(request, letting, form):
    """The letting page again, the visitor's input kept and the errors by the fields."""
    context = letting.get_context(request)
    context["enquiry_form"] = form
    return TemplateResponse(request, letting.get_template(request), context, status=400)
