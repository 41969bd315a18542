"""A second `load_demo_content` finds everything in place and creates nothing."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from home.models import HomePage, HomePageFeaturedLetting
from lettings.models import Address, LettingGalleryImage, LettingPage
from profiles.models import Profile

COUNTED_MODELS = [
    Page,
    Revision,
    get_image_model(),
    get_user_model(),
    Profile,
    Address,
    LettingGalleryImage,
    HomePageFeaturedLetting,
]


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


def test_a_second_run_creates_nothing(demo, debug):
    before = counts()
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    assert counts() == before
    assert "nothing to do" in output.getvalue()
    assert "Lettings: 30 unchanged" in output.getvalue()


def test_an_edited_home_page_is_left_alone(demo, debug):
    home = HomePage.objects.get()
    home.hero_image = None
    home.intro = "<p>Our own words.</p>"
    surf_city = LettingPage.objects.get(slug="surf-city-bungalow")
    home.featured_lettings = [HomePageFeaturedLetting(letting=surf_city)]
    home.save()
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    assert "Home page: 1 unchanged" in output.getvalue()
    home.refresh_from_db()
    assert home.intro == "<p>Our own words.</p>"
    assert [item.letting for item in home.featured_lettings.all()] == [surf_city]
