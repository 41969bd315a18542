"""What a page tells search engines and link previews, declared on the page's model."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model
from wagtail.models import Page


class SocialImageMixin(models.Model):
    """A Promote-tab image for link previews (Open Graph, Twitter cards).

    Pages without one fall back to their listing image, then the site's default.
    """

    social_image = models.ForeignKey(
        get_image_model(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when the page is shared; cropped to 1200×630. "
        "Leave empty to use the page's main photo.",
    )

    promote_panels = Page.promote_panels + [FieldPanel("social_image")]

    class Meta:
        abstract = True
