"""`{% page_meta as meta %}` and `{% structured_data %}`, for templates/includes/meta.html."""

from django import template
from django.utils.html import format_html_join

from seo.meta import page_meta as build_page_meta
from seo.structured_data import breadcrumb_list, json_ld_script
from seo.urls import canonical_address

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context):
    return build_page_meta(context)


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's JSON-LD blocks: its breadcrumbs, then what the page itself declares
    (a page model's `structured_data(context)` returns a list of schema.org objects)."""
    page = context.get("page")
    if page is None or "request" not in context:
        return ""
    request = context["request"]
    breadcrumbs = breadcrumb_list(page, request)
    subject = context.get("profile")
    if subject:
        crumbs = breadcrumbs["itemListElement"]
        crumbs.append(
            {
                "@type": "ListItem",
                "position": len(crumbs) + 1,
                "name": subject.display_name,
                "item": canonical_address(request),
            }
        )
    own = getattr(page, "structured_data", None)
    blocks = [breadcrumbs] + (own(context) if own else [])
    return format_html_join("\n", "{}", ((json_ld_script(block),) for block in blocks))
