"""Where each page type may live: the tree the editors can build."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from lettings.models import LettingIndexPage, LettingPage
from profiles.models import ProfileIndexPage


class PageTypeRulesTest(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {LettingIndexPage, ProfileIndexPage})

    def test_lettings_live_only_under_the_lettings_index(self):
        self.assertAllowedParentPageTypes(LettingPage, {LettingIndexPage})
        self.assertAllowedSubpageTypes(LettingPage, set())

    def test_sections_live_under_the_home_page(self):
        self.assertAllowedParentPageTypes(LettingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LettingIndexPage, {LettingPage})
        self.assertAllowedParentPageTypes(ProfileIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProfileIndexPage, set())

    def test_single_instance_pages_cannot_be_added_twice(self):
        home = HomePage.objects.get()
        self.assertFalse(HomePage.can_create_at(Page.objects.get(depth=1)))
        self.assertFalse(LettingIndexPage.can_create_at(home))
        self.assertFalse(ProfileIndexPage.can_create_at(home))
        self.assertTrue(LettingPage.can_create_at(LettingIndexPage.objects.get()))
        self.assertFalse(LettingPage.can_create_at(home))
