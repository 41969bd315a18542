"""The home page: the site root, which introduces the company and its featured homes."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from lettings.models import LettingPage
from seo.models import SocialImageMixin
from visibility.pages import shown_sections
from visibility.sections import ViewRestrictionsFromSections, current_sections


class HomePage(SocialImageMixin, ViewRestrictionsFromSections, Page):
    hero_heading = models.CharField(max_length=120)
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    hero_image = models.ForeignKey(
        get_image_model(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_heading"),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        InlinePanel(
            "featured_lettings",
            label="Featured letting",
            heading="Featured lettings",
            max_num=6,
        ),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "lettings.LettingIndexPage",
        "profiles.ProfileIndexPage",
        "home.PrivacyNoticePage",
    ]
    max_count = 1

    def featured(self):
        """The featured lettings visitors may see, in the editors' order."""
        featured_ids = self.featured_lettings.values_list("letting_id", flat=True)
        lettings = LettingPage.objects.filter(pk__in=featured_ids).listed().as_cards()
        by_id = {letting.pk: letting for letting in lettings}
        return [by_id[pk] for pk in featured_ids if pk in by_id]

    def route(self, request, path_components):
        # The section found among the remembered sections, then read in one query of
        # its own type: Wagtail's route asks for the child by slug, then for its
        # specific row. Asked by slug too, so a snapshot a bulk update outdated cannot
        # route anywhere Wagtail's would not.
        if path_components:
            section = self.section_by_slug(path_components[0])
            if section is not None:
                section._cached_parent_obj = self
                return section.route(request, path_components[1:])
        return super().route(request, path_components)

    def section_by_slug(self, slug):
        for child in current_sections().children_of(self):
            if child.slug == slug:
                model = child.specific_class or Page
                return model.objects.filter(pk=child.pk, slug=slug).first()
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.featured()
        # From the remembered sections: asking the page table for the home page's
        # children scanned every page, lettings included.
        context["sections"] = shown_sections(current_sections().children_of(self))
        return context


class HomePageFeaturedLetting(Orderable):
    page = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="featured_lettings"
    )
    letting = models.ForeignKey(
        "lettings.LettingPage", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("letting")]


class PrivacyNoticePage(Page):
    """What the site does with visitors' personal data, in the editors' words. The
    enquiry form and the footer link to the one chosen in the privacy notice setting."""

    body = RichTextField(
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"]
    )

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
