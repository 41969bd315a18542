"""Links that follow the page tree, so editors may rename or move any section."""

from django import template
from django.core.paginator import Paginator
from wagtail.models import Site

from visibility.pages import shown_sections
from visibility.sections import ancestors_of, current_sections

register = template.Library()


def site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The sections editors show in menus, the visitor's current one marked."""
    request = context.get("request")
    root = site_root(request) if request else None
    # In the tree's order, which editors set by moving pages.
    children = current_sections().children_of(root) if root else []
    sections = shown_sections([child for child in children if child.show_in_menus])
    return {
        "items": [
            {
                "page": section,
                "url": section.get_url(request),
                "current": request.path.startswith(section.get_url(request) or "//"),
            }
            for section in sections
        ]
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page, current=""):
    """The pages between the home page and `page`, then `current`: `page` itself when
    `current` is empty, or what `page` shows below it (a profile in its section)."""
    request = context["request"]
    trail = [ancestor for ancestor in ancestors_of(page) if ancestor.depth > 2]
    if current:
        trail.append(page)
    return {
        "trail": [(ancestor.title, ancestor.get_url(request)) for ancestor in trail],
        "current": current or page.title,
    }


@register.simple_tag(takes_context=True)
def section_url(context, page_type):
    """The address of the one section of `page_type` (such as "lettings.LettingIndexPage")
    visitors may see, or "" when there is none."""
    app_label, model_name = page_type.lower().split(".")
    shown = shown_sections(current_sections().of_type(app_label, model_name))
    return shown[0].get_url(context.get("request")) if shown else ""


@register.filter
def page_links(items):
    """The page numbers a pagination bar shows for `items` (a Paginator page): the
    first and the last, and two either side of the current one, with None where
    numbers are left out. Django works them out at the cost of the numbers shown: a
    template loop over every page cost 8 ms at 834 pages."""
    numbers = items.paginator.get_elided_page_range(
        items.number, on_each_side=2, on_ends=1
    )
    return [None if number == Paginator.ELLIPSIS else number for number in numbers]
