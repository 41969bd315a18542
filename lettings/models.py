"""Lettings: the homes we rent out, their addresses, and the section that lists them."""

from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
    RegexValidator,
)
from django.db import models
from django.db.models.functions import Upper
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import LettingBodyBlock
from .filters import LettingFilterForm
from .listing import lettings_page


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


class LettingIndexPage(Page):
    """The lettings section: every live letting, newest first, with filters."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["lettings.LettingPage"]
    # The legacy URLs /lettings/<id>/ point into one section.
    max_count = 1

    def listed_pages(self):
        """The lettings of this section a visitor may see, as pages: the lettings list
        sorts, counts and slices them in the page table alone (lettings/listing.py)."""
        return self.get_descendants().live().public().exact_type(LettingPage)

    def route(self, request, path_components):
        # A letting in one query, with the address and photograph its page shows:
        # Wagtail's route reads the child page, then its specific row, then each
        # relation as the template asks for it.
        if len(path_components) == 1:
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
        filter_form = LettingFilterForm(request.GET or None)
        context["filter_form"] = filter_form
        context["lettings_page"] = lettings_page(
            self.listed_pages(), LettingPage, filter_form, request.GET.get("page")
        )
        context["query_string"] = filter_form.query_string()
        return context


class LettingPage(Page):
    """One home to rent."""

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
    monthly_rent = models.PositiveIntegerField(
        "monthly rent (USD)", null=True, blank=True, validators=[MinValueValidator(1)]
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
        FieldPanel("body"),
        InlinePanel("gallery_images", label="Gallery image", heading="Gallery"),
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
    ]

    parent_page_types = ["lettings.LettingIndexPage"]
    subpage_types = []

    @classmethod
    def cards(cls, queryset):
        """`queryset` with what a letting card shows loaded in a fixed number of queries."""
        # The image joined to its letting, and all renditions of each image in one
        # query: the <picture> tag asks for several sizes and formats, and their spec
        # strings are the tag's business, not ours.
        return (
            queryset.select_related("address", "listing_image")
            .prefetch_related("listing_image__renditions")
            .defer_streamfields()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        images = get_image_model().objects.prefetch_renditions()
        context["gallery"] = self.gallery_images.prefetch_related(
            models.Prefetch("image", queryset=images)
        )
        return context

    preview_modes = [("", "Letting page"), ("card", "Card in the lettings list")]

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
    """How a renter arranges a viewing: shown on every letting page."""

    phone = models.CharField(max_length=32, blank=True)
    email = models.EmailField(blank=True)
    opening_hours = models.CharField(
        max_length=120, blank=True, help_text="For example: Monday to Saturday, 9am–6pm"
    )

    panels = [FieldPanel("phone"), FieldPanel("email"), FieldPanel("opening_hours")]

    class Meta:
        verbose_name = "enquiry details"
