from django import template

from lettings.phone_numbers import e164

register = template.Library()


@register.filter
def tel_href(phone):
    """`{{ phone|tel_href }}`: "tel:+19495550142", or "" for what is not a number."""
    number = e164(phone or "")
    return f"tel:{number}" if number else ""
