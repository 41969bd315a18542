from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def profile_url(context, section, profile):
    """`{% profile_url section profile %}`: the address of `profile` in `section`
    ("" in a preview made while no section is live)."""
    if section is None:
        return ""
    return section.profile_url(profile, context.get("request"))
