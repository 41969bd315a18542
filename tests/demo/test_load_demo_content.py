"""`load_demo_content` fills a freshly migrated site with a believable Orange County demo."""

import re

from django.contrib.auth import get_user_model
from wagtail.images import get_image_model

from demo.catalogue import FEATURED_SLUGS, LETTINGS, MEMBERS
from home.models import HomePage
from legacy.outcomes import CREATED, UPDATED
from lettings.models import LettingIndexPage, LettingPage
from profiles.models import Profile, ProfileIndexPage

ORANGE_COUNTY_ZIP = re.compile(r"^9(0740|2[6-8]\d\d)$")


def test_it_publishes_about_thirty_lettings(demo):
    lettings = LettingPage.objects.all()
    assert 25 <= lettings.count() == len(LETTINGS) <= 35
    assert lettings.live().count() == lettings.count()
    assert all(letting.live_revision_id for letting in lettings)


def test_the_lettings_spread_across_orange_county_cities(demo):
    cities = set(LettingPage.objects.values_list("address__city", flat=True))
    assert {"Irvine", "Anaheim", "Santa Ana", "Laguna Beach", "San Clemente"} <= cities
    assert len(cities) >= 12


def test_addresses_are_californian_with_real_zip_codes(demo):
    for letting in LettingPage.objects.select_related("address"):
        address = letting.address
        address.full_clean()
        assert address.state == "CA"
        assert ORANGE_COUNTY_ZIP.match(address.zip_code), address


def test_every_letting_has_its_facts(demo):
    for letting in LettingPage.objects.all():
        assert letting.summary and len(letting.summary) <= 300
        assert letting.monthly_rent >= 1000
        assert letting.bathrooms >= 1
        assert letting.bedrooms is not None
        assert letting.floor_area_sqft > 0
        letting.full_clean()


def test_studios_have_no_bedroom(demo):
    studios = LettingPage.objects.filter(property_type="studio")
    assert studios.exists()
    assert set(studios.values_list("bedrooms", flat=True)) == {0}


def test_every_letting_has_pictures(demo):
    for letting in LettingPage.objects.all():
        assert letting.listing_image is not None
        assert 2 <= letting.gallery_images.count() <= 4


def test_every_body_uses_each_kind_of_block(demo):
    for letting in LettingPage.objects.all():
        kinds = [block.block_type for block in letting.body]
        assert {"heading", "paragraph", "image", "quote"} <= set(kinds)


def test_the_home_page_is_filled_in(demo):
    home = HomePage.objects.get()
    assert home.hero_heading
    assert "Orange County" in home.intro
    assert home.hero_image is not None
    assert home.live_revision_id is not None
    featured_slugs = [item.letting.slug for item in home.featured_lettings.all()]
    assert featured_slugs == FEATURED_SLUGS
    assert [letting.slug for letting in home.featured()] == FEATURED_SLUGS


def test_the_sections_get_an_intro(demo):
    assert LettingIndexPage.objects.get().intro
    assert ProfileIndexPage.objects.get().intro


def test_members_get_published_profiles(demo):
    profiles = Profile.objects.select_related("user", "photo")
    assert profiles.count() == len(MEMBERS)
    for profile in profiles:
        assert profile.live and profile.live_revision_id
        assert profile.bio and profile.favorite_city and profile.photo


def test_demo_members_cannot_log_in_or_reach_the_admin(demo):
    members = get_user_model().objects.filter(
        username__in=[m.username for m in MEMBERS]
    )
    assert members.count() == len(MEMBERS)
    for member in members:
        assert not member.has_usable_password()
        assert not member.is_staff and not member.is_superuser


def test_it_reports_what_it_created(demo):
    assert demo.count("Lettings", CREATED) == len(LETTINGS)
    assert demo.count("Profiles", CREATED) == len(MEMBERS)
    assert demo.count("Images", CREATED) == get_image_model().objects.count()
    assert demo.count("Home page", UPDATED) == 1
