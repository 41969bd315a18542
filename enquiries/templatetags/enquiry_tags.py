from django import template

from ..forms import EnquiryForm
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
