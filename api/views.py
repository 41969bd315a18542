"""The endpoints of the read-only API: only what visitors may see, each list in a fixed
number of queries, and nothing about people but what their public profile shows."""

from django.db.models import Q
from rest_framework.renderers import JSONRenderer
from wagtail.api.conf import APIField
from wagtail.api.v2.filters import (
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
)
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Site

from lettings.filters import SORTS
from lettings.models import LettingGalleryImage, LettingPage
from profiles.models import Profile, ProfileIndexPage
from visibility.pages import listed_pages

from .fields import AddressSerializer, ExistingRenditionsField, ProfileAddressField
from .filters import LettingFilter

# Full-text search through the API is left out: the site's search page is the one place
# queries are counted and their words cleaned.
UNSUPPORTED_PARAMETERS = {"search", "search_operator", "site", "type"}


class PublicAPIMixin:
    """JSON only (the browsable HTML renderer would need inline scripts), no sign-in of
    any kind: every caller is an anonymous visitor."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = []


class VisiblePagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    """Pages of this site visitors may see in its lists, by the site's one rule."""

    filter_backends = [FieldsFilter, ChildOfFilter, DescendantOfFilter, OrderingFilter]
    known_query_parameters = (
        PagesAPIViewSet.known_query_parameters - UNSUPPORTED_PARAMETERS
    ) | {"type"}

    def get_base_queryset(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return listed_pages().none()
        return listed_pages().descendant_of(site.root_page, inclusive=True)


class LettingsAPIViewSet(VisiblePagesAPIViewSet):
    """Listed lettings with their facts, address and card photo, newest first."""

    name = "lettings"
    model = LettingPage
    filter_backends = [FieldsFilter, LettingFilter, OrderingFilter]
    known_query_parameters = (
        PagesAPIViewSet.known_query_parameters - UNSUPPORTED_PARAMETERS - {"child_of"}
    ) - {"descendant_of", "ancestor_of", "translation_of", "locale"}
    known_query_parameters |= LettingFilter.query_parameters
    body_fields = VisiblePagesAPIViewSet.body_fields + [
        "summary",
        APIField("address", serializer=AddressSerializer()),
        "monthly_rent",
        "deposit",
        "bedrooms",
        "bathrooms",
        "property_type",
        "available_from",
        "pets_allowed",
        "furnished",
        "let_agreed_on",
        APIField("listing_image", serializer=ExistingRenditionsField("card")),
    ]
    listing_default_fields = VisiblePagesAPIViewSet.listing_default_fields + [
        "address",
        "monthly_rent",
        "bedrooms",
        "bathrooms",
        "property_type",
        "available_from",
        "let_agreed_on",
        "listing_image",
    ]

    def get_queryset(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return LettingPage.objects.none()
        return (
            LettingPage.objects.listed()
            .descendant_of(site.root_page)
            .as_cards()
            .order_by(*SORTS["newest"][1])
        )


class ProfilesAPIViewSet(PublicAPIMixin, BaseAPIViewSet):
    """Public profiles: the name, favorite city, bio and photo their pages show. No
    email, no username, nothing else about the member."""

    name = "profiles"
    model = Profile
    filter_backends = [FieldsFilter, OrderingFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters - {
        "search",
        "search_operator",
    }
    body_fields = BaseAPIViewSet.body_fields + [
        "display_name",
        "favorite_city",
        "bio",
        APIField("photo", serializer=ExistingRenditionsField("avatar_large")),
    ]
    meta_fields = BaseAPIViewSet.meta_fields + [
        APIField("html_url", serializer=ProfileAddressField())
    ]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "display_name",
        "favorite_city",
        "html_url",
    ]

    def get_queryset(self):
        return Profile.objects.visible_to_visitors().as_cards().order_by("pk")

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["section"] = ProfileIndexPage.objects.visible_to_visitors().first()
        return context


class ShownImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    """The images visitors see in lists: listed lettings' photos and galleries, and
    public profiles' photos; each with the gallery renditions made so far. Never the
    original file, its tags or an image nothing public shows."""

    filter_backends = [FieldsFilter, OrderingFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters - {
        "search",
        "search_operator",
    }
    body_fields = BaseAPIViewSet.body_fields + [
        "title",
        "width",
        "height",
        APIField(
            "renditions", serializer=ExistingRenditionsField("gallery", source="*")
        ),
    ]
    meta_fields = BaseAPIViewSet.meta_fields
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "title",
        "renditions",
    ]
    nested_default_fields = BaseAPIViewSet.nested_default_fields + ["title"]

    def get_queryset(self):
        lettings = LettingPage.objects.listed()
        galleries = LettingGalleryImage.objects.filter(page__in=lettings)
        profiles = Profile.objects.visible_to_visitors()
        shown = (
            Q(pk__in=lettings.values("listing_image"))
            | Q(pk__in=galleries.values("image"))
            | Q(pk__in=profiles.values("photo"))
        )
        return super().get_queryset().filter(shown).prefetch_renditions()
