"""The title, description, image and type a page shows in link previews.

Read from what the template shows: the page, or what a routable page serves (a
`profile`). The image is the 1200×630 rendition of the first image set among the
Promote tab's social image, the page's listing image and the subject's photo; until the
background task has made that rendition, or when there is none, the site's default.
"""

from dataclasses import dataclass

from django.conf import settings
from django.templatetags.static import static

from images.rendition_sets import RENDITION_SETS
from images.renditions import existing_renditions

from .urls import absolute, canonical_address

SOCIAL_SIZE = (1200, 630)


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    canonical: str
    og_type: str
    image: str
    image_alt: str
    locale: str = "en_US"
    site_name: str = settings.WAGTAIL_SITE_NAME
    image_width: int = SOCIAL_SIZE[0]
    image_height: int = SOCIAL_SIZE[1]


def page_meta(context):
    request = context["request"]
    page = context.get("page")
    subject = context.get("profile")
    image_url, image_alt = social_image(page, subject)
    return PageMeta(
        title=title_of(page, subject),
        description=description_of(page, subject),
        canonical=canonical_address(request),
        og_type="profile" if subject else "website",
        image=image_url,
        image_alt=image_alt,
    )


def title_of(page, subject):
    if subject:
        return subject.display_name
    if page:
        return page.seo_title or page.title
    return settings.WAGTAIL_SITE_NAME


def description_of(page, subject):
    if subject:
        return f"{subject.display_name}'s profile at {settings.WAGTAIL_SITE_NAME}."
    own = page and (page.search_description or getattr(page, "summary", ""))
    return own or settings.SOCIAL_DEFAULT_DESCRIPTION


def social_image(page, subject):
    """The preview image's absolute address and alt text."""
    # Lazily: each look-up past the first set one would cost a query for nothing.
    candidates = ((page, "social_image"), (page, "listing_image"), (subject, "photo"))
    image = next(
        filter(None, (getattr(owner, name, None) for owner, name in candidates)), None
    )
    if image:
        renditions = existing_renditions(image, RENDITION_SETS["social"])
        if renditions:
            rendition = next(iter(renditions.values()))
            return absolute(rendition.url), image.default_alt_text
    return absolute(static(settings.SOCIAL_DEFAULT_IMAGE)), settings.WAGTAIL_SITE_NAME
