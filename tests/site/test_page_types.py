"""Each page type, through Wagtail's own assertions: where editors may create it, that
each of its routes answers, and that it renders, edits and previews (in every preview
mode) as the admin does it. Profiles are snippets, not pages: the profiles section's
username route serves them."""

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
from tests.factories import (
    AddressFactory,
    LettingPageFactory,
    PrivacyNoticePageFactory,
    ProfileFactory,
    UserFactory,
)
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
        self.assertPageIsRoutable(page)
        self.assertPageIsRenderable(page)
        self.assertPageIsEditable(page, post_data=post_data)
        for mode, _label in page.preview_modes:
            self.assertPageIsPreviewable(page, mode=mode, post_data=post_data)


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


def new_letting_form_data():
    """What the add form posts for a letting of our own."""
    return letting_form_data(
        LettingPage(
            title="Canyon House",
            slug="canyon-house",
            address=AddressFactory(),
            summary="Quiet house in the canyon.",
            property_type="house",
            monthly_rent=3100,
            bedrooms=3,
            bathrooms=2,
            parking_spaces=1,
        )
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

    def test_its_enquiry_form_is_a_route_of_its_own(self):
        letting = LettingPageFactory(title="Harbour Loft")
        self.assertPageIsRoutable(letting, "enquire/")
        self.assertPageIsRoutable(letting, "enquire/thanks/")

    def test_an_editor_creates_one_through_the_add_form(self):
        self.client.force_login(self.create_superuser("chief"))
        self.assertCanCreate(
            LettingIndexPage.objects.get(), LettingPage, new_letting_form_data()
        )
        letting = LettingPage.objects.get(slug="canyon-house")
        self.assertTrue(letting.live)
        self.assertPageIsRenderable(letting)


class ProfileIndexPageTest(PageTypeTestCase):
    def test_sits_under_the_home_page_once_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ProfileIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProfileIndexPage, set())
        self.assertCanCreateAt(HomePage, ProfileIndexPage)
        self.assertFalse(ProfileIndexPage.can_create_at(HomePage.objects.get()))

    def test_renders_edits_and_previews(self):
        self.assertWorksInTheAdmin(ProfileIndexPage.objects.get())

    def test_serves_each_profile_at_its_username(self):
        ProfileFactory(user=UserFactory(username="jo.doe+1@coast"))
        profiles = ProfileIndexPage.objects.get()
        self.assertPageIsRoutable(profiles, "jo.doe+1@coast/")
        self.assertPageIsRenderable(profiles, "jo.doe+1@coast/")
        self.assertPageIsRenderable(profiles, "nobody/", accept_404=True)


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
