from django import template

from ..forms import EnquiryForm

register = template.Library()


@register.inclusion_tag("enquiries/enquiry_form.html", takes_context=True)
def enquiry_form(context, letting):
    """The "Request a viewing" form; the bound one when the page is shown again."""
    return {
        "page": letting,
        "form": context.get("enquiry_form") or EnquiryForm(),
        "request": context.get("request"),
    }
