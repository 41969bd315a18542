"""schema.org JSON-LD: data for search engines, in <script type="application/ld+json">.

A JSON-LD block is data, never run, so the strict Content Security Policy holds. Its
text is escaped as Django's `json_script` escapes: "<", ">" and "&" become \\u escapes,
so no value (a title holding "</script>") can end the element early.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from visibility.sections import ancestors_of

from .urls import page_address

SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    """`data` (a schema.org object) as a JSON-LD <script> element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(SCRIPT_SAFE)),  # noqa: S308 (escaped just above)
    )


def breadcrumb_list(page, request):
    """The page's place in the tree, from the home page down, as a BreadcrumbList."""
    trail = [ancestor for ancestor in ancestors_of(page) if ancestor.depth >= 2]
    trail.append(page)
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": page_address(crumb, request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }
