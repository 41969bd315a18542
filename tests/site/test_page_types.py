"""Each page type, through Wagtail's own assertions: where editors may create it, and
that it renders, edits and previews as the admin does it."""

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.models import HomePage, PrivacyNoticePage
from lettings.models import LettingIndexPage, LettingPage
from profiles.models import ProfileIndexPage
from tests.factories import LettingPageFactory, PrivacyNoticePageFactory
from tests.signin import authenticator


class SecondFactorClient(Client):
    """Signs in as Wagtail's assertions do (`force_login`), with the second factor the
    superuser they make must pass here. The backend they name is our first one, Axes's
    lockout check, which cannot load users: Django's own choice is kept."""

    def force_login(self, user, backend=None):
        super().force_login(user)
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = authenticator(user).persistent_id
        session.save()


class PageTypeTestCase(WagtailPageTestCase):
    client_class = SecondFactorClient

    def assertWorksInTheAdmin(self, page, post_data=None):
        self.assertPageIsRenderable(page)
        self.assertPageIsEditable(page, post_data=post_data)
        self.assertPageIsPreviewable(page, post_data=post_data)


def letting_form_data(letting):
    """What the edit form posts: Wagtail cannot read a StreamField's or an inline
    panel's fields back from the form's HTML."""
    return nested_form_data(
        {
            "title": letting.title,
            "slug": letting.slug,
            "address": letting.address_id,
            "summary": letting.summary,
            "property_type": letting.property_type,
            "monthly_rent": letting.monthly_rent,
            "bedrooms": letting.bedrooms,
            "bathrooms": letting.bathrooms,
            "parking_spaces": letting.parking_spaces,
            "body": streamfield([]),
            "gallery_images": inline_formset([]),
        }
    )


class HomePageTest(PageTypeTestCase):
    def test_sits_at_the_root_once_and_holds_the_sections_and_privacy_notice(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {LettingIndexPage, ProfileIndexPage, PrivacyNoticePage}
        )
        self.assertCanCreateAt(Page, HomePage)
        self.assertFalse(HomePage.can_create_at(Page.objects.get(depth=1)))

    def test_renders_edits_and_previews(self):
        self.assertWorksInTheAdmin(HomePage.objects.get())


class LettingIndexPageTest(PageTypeTestCase):
    def test_sits_under_the_home_page_once_and_holds_lettings(self):
        self.assertAllowedParentPageTypes(LettingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LettingIndexPage, {LettingPage})
        self.assertCanCreateAt(HomePage, LettingIndexPage)
        self.assertFalse(LettingIndexPage.can_create_at(HomePage.objects.get()))

    def test_renders_edits_and_previews(self):
        self.assertWorksInTheAdmin(LettingIndexPage.objects.get())


class LettingPageTest(PageTypeTestCase):
    def test_lives_only_under_the_lettings_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(LettingPage, {LettingIndexPage})
        self.assertAllowedSubpageTypes(LettingPage, set())
        self.assertCanCreateAt(LettingIndexPage, LettingPage)
        self.assertCanNotCreateAt(HomePage, LettingPage)
        self.assertCanNotCreateAt(ProfileIndexPage, LettingPage)
        self.assertTrue(LettingPage.can_create_at(LettingIndexPage.objects.get()))

    def test_renders_edits_and_previews(self):
        letting = LettingPageFactory(title="Harbour Loft")
        self.assertWorksInTheAdmin(letting, post_data=letting_form_data(letting))


class ProfileIndexPageTest(PageTypeTestCase):
    def test_sits_under_the_home_page_once_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ProfileIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProfileIndexPage, set())
        self.assertCanCreateAt(HomePage, ProfileIndexPage)
        self.assertFalse(ProfileIndexPage.can_create_at(HomePage.objects.get()))

    def test_renders_edits_and_previews(self):
        self.assertWorksInTheAdmin(ProfileIndexPage.objects.get())


class PrivacyNoticePageTest(PageTypeTestCase):
    def test_lives_only_under_the_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(PrivacyNoticePage, {HomePage})
        self.assertAllowedSubpageTypes(PrivacyNoticePage, set())
        self.assertCanCreateAt(HomePage, PrivacyNoticePage)
        self.assertCanNotCreateAt(LettingIndexPage, PrivacyNoticePage)

    def test_renders_edits_and_previews(self):
        notice = PrivacyNoticePageFactory()
        self.assertWorksInTheAdmin(
            notice,
            post_data=nested_form_data(
                {
                    "title": notice.title,
                    "slug": notice.slug,
                    "body": rich_text(notice.body),
                }
            ),
        )
