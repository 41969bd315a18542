"""Lettings: the homes we rent out, their addresses, and the section that lists them."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
    RegexValidator,
)
from django.db import models
from django.db.models.functions import Upper
from django.http import Http404
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail.url_routing import RouteResult

from images.renditions import renditions_prefetch
from seo.models import SocialImageMixin
from visibility.pages import VisiblePageManager
from visibility.sections import ViewRestrictionsFromSections

from . import structured_data as schema_org
from .blocks import LettingBodyBlock
from .feeds import LatestLettingsFeed
from .filters import SORTS, LettingFilterSet
from .listing import lettings_page
from .panels import EDITOR_PANEL_HOOK, HookedPanel
from .permissions import LettingPermissionTester
from .querysets import LettingPageQuerySet, is_listed


class Address(index.Indexed, models.Model):
    """A postal address in the United States, with the legacy site's rules."""

    number = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(9999)]
    )
    street = models.CharField(max_length=64)
    city = models.CharField(max_length=64)
    state = models.CharField(
        max_length=2,
        validators=[
            RegexValidator(r"^[A-Z]{2}\Z", "Use the two-letter state code, e.g. CA.")
        ],
    )
    zip_code = models.CharField(
        "ZIP code",
        max_length=5,
        validators=[RegexValidator(r"^[0-9]{5}\Z", "A ZIP code is five digits.")],
        help_text="Five digits; leading zeros are kept (e.g. 01234).",
    )
    country_iso_code = models.CharField(
        "country code",
        max_length=3,
        default="USA",
        validators=[
            RegexValidator(
                r"^[A-Z]{3}\Z", "Use the three-letter ISO country code, e.g. USA."
            )
        ],
    )

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("street")]),
        FieldRowPanel([FieldPanel("city"), FieldPanel("state")]),
        FieldRowPanel([FieldPanel("zip_code"), FieldPanel("country_iso_code")]),
    ]
    search_fields = [
        index.SearchField("street"),
        index.SearchField("city"),
        index.SearchField("zip_code"),
        index.AutocompleteField("street"),
        index.AutocompleteField("city"),
        index.FilterField("city"),
        index.FilterField("state"),
    ]

    class Meta:
        ordering = ["city", "street", "number"]
        verbose_name_plural = "addresses"
        # The lettings list's city filter (iexact: UPPER(city) = UPPER(%s) on PostgreSQL).
        indexes = [models.Index(Upper("city"), name="lettings_address_city_upper")]

    def __str__(self):
        return f"{self.number} {self.street}, {self.city}, {self.state} {self.zip_code}"


class LettingIndexPage(
    RoutablePageMixin, SocialImageMixin, ViewRestrictionsFromSections, Page
):
    """The lettings section: every live letting, newest first, with filters, and their
    feed at `feed/`."""

    FEED_ROUTE = "feed"

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["lettings.LettingPage"]
    # The legacy URLs /lettings/<id>/ point into one section.
    max_count = 1

    objects = VisiblePageManager()

    def lettings(self):
        """The lettings of this section visitors may see, newest first."""
        return (
            LettingPage.objects.descendant_of(self)
            .listed()
            .order_by(*SORTS["newest"][1])
        )

    @path("feed/", name=FEED_ROUTE)
    def feed(self, request):
        return LatestLettingsFeed()(request, index=self)

    def route(self, request, path_components):
        # A letting in one query, with the address and photograph its page shows:
        # Wagtail's route reads the child page, then its specific row, then each
        # relation as the template asks for it. The feed's route comes first, even if
        # a letting takes its slug.
        if len(path_components) == 1 and path_components != [self.FEED_ROUTE]:
            letting = (
                LettingPage.objects.child_of(self)
                .select_related("address", "listing_image")
                .filter(slug=path_components[0])
                .first()
            )
            if letting is not None:
                letting._cached_parent_obj = self
                return letting.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lettings_filter = LettingFilterSet(
            request.GET,
            queryset=self.lettings(),
            places_memo=f"lettings:places-in-section:{self.pk}",
        )
        context["lettings_filter"] = lettings_filter
        context["lettings_page"] = lettings_page(
            lettings_filter.qs,
            request.GET.get("page"),
            count=lettings_filter.known_count(),
        )
        return context

    def structured_data(self, context):
        shown = context["lettings_page"]
        request = context["request"]
        return [schema_org.item_list(shown.object_list, shown.start_index(), request)]


class LettingPage(
    RoutablePageMixin, SocialImageMixin, ViewRestrictionsFromSections, Page
):
    """One home to rent.

    Its `enquire/` sub-routes are served by whichever view another app registers under
    the hooks named below (the enquiries app does), so lettings imports none of it.
    """

    ENQUIRE_HOOK = "serve_letting_enquire"
    LET_AGREED_DAYS = 14
    ENQUIRE_THANKS_HOOK = "serve_letting_enquire_thanks"

    PROPERTY_TYPES = [
        ("house", "House"),
        ("apartment", "Apartment"),
        ("condo", "Condo"),
        ("townhouse", "Townhouse"),
        ("studio", "Studio"),
        ("cottage", "Cottage"),
    ]

    legacy_id = models.PositiveIntegerField(
        null=True, blank=True, unique=True, editable=False
    )
    address = models.ForeignKey(
        Address, on_delete=models.PROTECT, related_name="lettings"
    )
    summary = models.TextField(
        max_length=300, help_text="One or two sentences shown on the lettings list."
    )
    listing_image = models.ForeignKey(
        get_image_model(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The main photograph, shown on the lettings list and at the top.",
    )
    body = StreamField(LettingBodyBlock(), blank=True)
    property_type = models.CharField(
        max_length=16, choices=PROPERTY_TYPES, default="house"
    )
    # Rent, bedrooms and bathrooms may be unknown for lettings brought over from the
    # legacy site, which never recorded them; the page then says "on request".
    # Indexed for the rent filters and for similar lettings, read along it.
    monthly_rent = models.PositiveIntegerField(
        "monthly rent (USD)",
        null=True,
        blank=True,
        db_index=True,
        validators=[MinValueValidator(1)],
    )
    deposit = models.PositiveIntegerField("deposit (USD)", null=True, blank=True)
    bedrooms = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(20)],
        help_text="0 for a studio.",
    )
    bathrooms = models.DecimalField(
        max_digits=3,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(20)],
    )
    floor_area_sqft = models.PositiveIntegerField(
        "floor area (sq ft)", null=True, blank=True
    )
    available_from = models.DateField(null=True, blank=True)
    pets_allowed = models.BooleanField(default=False)
    furnished = models.BooleanField(default=False)
    parking_spaces = models.PositiveSmallIntegerField(default=0)
    enquiry_email = models.EmailField(
        "enquiry team address",
        blank=True,
        help_text="Enquiries about this home notify this address instead of the one "
        "in Contact details for viewings.",
    )
    let_agreed_on = models.DateField(
        null=True,
        blank=True,
        help_text=(
            "The day a renter agreed to take this home. It then shows a “Let agreed” "
            "ribbon, and leaves every list when the days below are over; its page "
            "still answers, for those who saved the link."
        ),
    )
    let_agreed_days = models.PositiveSmallIntegerField(
        "days listed as let agreed",
        default=LET_AGREED_DAYS,
        # Left empty, the default: forms made before the field existed still save.
        blank=True,
        validators=[MaxValueValidator(365)],
        help_text="0 takes it off the lists on the day it is let agreed.",
    )
    # When the let agreed days end, kept with the published row (set on save) so every
    # list, the search index and the page cache's schedule read one plain column.
    delisted_at = models.DateTimeField(null=True, blank=True, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("address"),
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("monthly_rent"), FieldPanel("deposit")]),
                FieldRowPanel(
                    [
                        FieldPanel("property_type"),
                        FieldPanel("bedrooms"),
                        FieldPanel("bathrooms"),
                    ]
                ),
                FieldRowPanel(
                    [FieldPanel("floor_area_sqft"), FieldPanel("parking_spaces")]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("available_from"),
                        FieldPanel("pets_allowed"),
                        FieldPanel("furnished"),
                    ]
                ),
            ],
            heading="Facts",
        ),
        FieldRowPanel(
            [FieldPanel("let_agreed_on"), FieldPanel("let_agreed_days")],
            heading="Let agreed",
        ),
        FieldPanel("body"),
        InlinePanel("gallery_images", label="Gallery image", heading="Gallery"),
        FieldPanel("enquiry_email"),
        HookedPanel(EDITOR_PANEL_HOOK, heading="Enquiries"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields(
            "address",
            [
                index.SearchField("street"),
                index.SearchField("city"),
                index.SearchField("state"),
                index.SearchField("zip_code"),
                index.AutocompleteField("street"),
                index.AutocompleteField("city"),
                # Site search narrows results by city and state through these.
                index.FilterField("city"),
                index.FilterField("state"),
            ],
        ),
        index.FilterField("monthly_rent"),
        index.FilterField("bedrooms"),
        index.FilterField("available_from"),
        index.FilterField("address"),
        # The renters' filters (lettings/filters.py) narrow search results too.
        index.FilterField("property_type"),
        index.FilterField("bathrooms"),
        index.FilterField("pets_allowed"),
        index.FilterField("furnished"),
        # Search applies the visibility rule, which hides expired lettings.
        index.FilterField("expire_at"),
        # Lists (search among them) leave out lettings let agreed past their days.
        index.FilterField("delisted_at"),
    ]

    parent_page_types = ["lettings.LettingIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(LettingPageQuerySet)()

    # The page cache may not outlive the moment a letting leaves the lists.
    scheduled_change_fields = ["delisted_at"]

    def permissions_for_user(self, user):
        return LettingPermissionTester(user, self)

    def clean(self):
        super().clean()
        if self.let_agreed_days is None:
            self.let_agreed_days = self.LET_AGREED_DAYS
        if self.let_agreed_on and self.let_agreed_on > timezone.localdate():
            raise ValidationError(
                {
                    "let_agreed_on": "Enter today or an earlier day: the day it was agreed."
                }
            )

    def save(self, *args, **kwargs):
        self.delisted_at = self.delisting_moment()
        return super().save(*args, **kwargs)

    def delisting_moment(self):
        """Midnight (site time) after the last day shown as let agreed, or None."""
        if self.let_agreed_on is None:
            return None
        last_day_after = self.let_agreed_on + datetime.timedelta(
            days=self.let_agreed_days
        )
        return timezone.make_aware(
            datetime.datetime.combine(last_day_after, datetime.time.min)
        )

    @property
    def is_let_agreed(self):
        return self.let_agreed_on is not None

    def is_listed(self):
        """Whether lists still show this letting, were it visible to visitors."""
        return is_listed(self, timezone.now())

    SIMILAR_LETTINGS_SHOWN = 3

    @property
    def is_available_now(self):
        return (
            self.available_from is None or self.available_from <= timezone.localdate()
        )

    def similar_lettings(self):
        """A few listed lettings in this one's city or price band."""
        if self.address_id is None:
            return []
        shown = LettingPage.objects.listed().as_cards()
        return shown.similar_to(self, self.SIMILAR_LETTINGS_SHOWN)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What the gallery shows of each image: its thumbnails and the full size.
        renditions = renditions_prefetch("image__renditions", "gallery", "gallery_full")
        context["gallery"] = self.gallery_images.select_related(
            "image"
        ).prefetch_related(renditions)
        context["similar_lettings"] = self.similar_lettings()
        return context

    @path("enquire/", name="enquire")
    def enquire(self, request):
        return self.serve_from_hook(request, self.ENQUIRE_HOOK)

    @path("enquire/thanks/", name="enquire_thanks")
    def enquire_thanks(self, request):
        return self.serve_from_hook(request, self.ENQUIRE_THANKS_HOOK)

    def serve_from_hook(self, request, hook_name):
        for view in hooks.get_hooks(hook_name):
            return view(request, self)
        raise Http404

    def answers_off_the_market(self, serve_args):
        """Whether the route being served is an enquire/ one: those answer a letting no
        longer shown with a friendly refusal, where its page is a 404."""
        view = serve_args[0] if serve_args else None
        return getattr(view, "__name__", None) in {"enquire", "enquire_thanks"}

    def route(self, request, path_components):
        # A visitor may post the form of a letting that has gone off the market since
        # they opened it: the enquire/ routes answer (with a friendly refusal), not 404.
        if not self.live and path_components[:1] == ["enquire"]:
            match = self.resolve_subpage("/" + "/".join(path_components) + "/")
            return RouteResult(self, args=(match.func, match.args, match.kwargs))
        return super().route(request, path_components)

    def structured_data(self, context):
        gallery = context.get("gallery", [])
        return [schema_org.real_estate_listing(self, gallery, context["request"])]

    preview_modes = [("", "Letting page"), ("card", "Card in the lettings list")]

    def serve_preview(self, request, mode_name):
        # RoutablePageMixin previews its index route without the mode: Page's keeps it.
        return Page.serve_preview(self, request, mode_name)

    def get_preview_template(self, request, mode_name):
        if mode_name == "card":
            return "lettings/letting_card_preview.html"
        return super().get_preview_template(request, mode_name)


class LettingGalleryImage(Orderable):
    page = ParentalKey(
        LettingPage, on_delete=models.CASCADE, related_name="gallery_images"
    )
    image = models.ForeignKey(
        get_image_model(), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(max_length=200, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


@register_setting(icon="mail")
class EnquirySettings(BaseSiteSetting):
    """How a renter arranges a viewing: shown on every letting page (in the admin
    as "Contact details for viewings")."""

    phone = models.CharField(max_length=32, blank=True)
    email = models.EmailField(blank=True)
    opening_hours = models.CharField(
        max_length=120, blank=True, help_text="For example: Monday to Saturday, 9am–6pm"
    )

    panels = [FieldPanel("phone"), FieldPanel("email"), FieldPanel("opening_hours")]

    class Meta:
        verbose_name = "contact details for viewings"
