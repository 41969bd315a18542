"""The admin preview of a letting or profile is the live page itself: same template,
same context, byte for byte inside <main>; each has a second mode showing its card."""

import pytest
import wagtail_factories
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertInHTML

from lettings.models import LettingGalleryImage
from tests.factories import LettingPageFactory, ProfileFactory, UserFactory
from tests.parsed_html import parsed
from tests.site.public_surfaces import mentions, shown_strings

pytestmark = pytest.mark.django_db


def main_of(response):
    return str(parsed(response).select_one("main"))


def listed_card(response, selector):
    """The first card `selector` finds in a list page, as HTML."""
    return str(parsed(response).select_one(selector))


def test_a_letting_preview_is_its_live_page(
    admin_client, client, letting_index, time_machine
):
    # The enquiry form carries a signed render time: both renders in the same instant.
    time_machine.move_to(timezone.now(), tick=False)
    letting = LettingPageFactory(title="Dune House", summary="Steps from the sand.")
    revision = letting.save_revision()
    url = reverse("wagtailadmin_pages:revisions_view", args=[letting.pk, revision.pk])
    preview = admin_client.get(url)
    assert main_of(preview) == main_of(client.get(letting.url))
    assertInHTML('<p class="lead">Steps from the sand.</p>', main_of(preview))


def test_a_profile_preview_is_its_live_page(admin_client, client, profile_index):
    profile = ProfileFactory(
        user=UserFactory(username="ana", first_name="Ana", last_name="Ruiz"),
        bio="Sunsets.",
    )
    revision = profile.save_revision()
    url = reverse(
        "wagtailsnippets_profiles_profile:revisions_view",
        args=[profile.pk, revision.pk],
    )
    preview = admin_client.get(url)
    assert main_of(preview) == main_of(client.get("/profiles/ana/"))
    assertInHTML('<div class="profile__bio"><p>Sunsets.</p></div>', main_of(preview))


def test_each_has_a_card_mode():
    assert dict(LettingPageFactory._meta.model.preview_modes) == {
        "": "Letting page",
        "card": "Card in the lettings list",
    }
    assert "card" in dict(ProfileFactory._meta.model.preview_modes)


def test_the_letting_card_preview_shows_the_card_from_the_list(client, letting_index):
    letting = LettingPageFactory(title="Dune House")
    card = letting.make_preview_request(None, "card")
    listed = client.get(letting_index.url)
    assertContains(card, listed_card(listed, "article.card"), html=True)


def test_the_profile_card_preview_shows_the_card_from_the_list(client, profile_index):
    profile = ProfileFactory(user=UserFactory(username="ana"))
    card = profile.make_preview_request(None, "card")
    listed = client.get("/profiles/")
    assertContains(card, listed_card(listed, "article.profile-card"), html=True)


def test_a_preview_never_shows_the_draft_banner(admin_client, draft_letting):
    url = reverse(
        "wagtailadmin_pages:revisions_view",
        args=[draft_letting.pk, draft_letting.latest_revision_id],
    )
    assert not mentions(shown_strings(admin_client.get(url)), "Unpublished draft")


def test_a_draft_gallery_previews_before_it_is_saved_to_the_page(
    admin_client, media_root, draft_letting
):
    """Gallery images of a draft exist only inside its revision, not in the table."""
    image = wagtail_factories.ImageFactory()
    draft_letting.gallery_images.add(
        LettingGalleryImage(image=image, caption="Deck at dusk")
    )
    revision = draft_letting.save_revision()
    assert not LettingGalleryImage.objects.exists()
    url = reverse(
        "wagtailadmin_pages:revisions_view", args=[draft_letting.pk, revision.pk]
    )
    assertContains(
        admin_client.get(url), "<figcaption>Deck at dusk</figcaption>", html=True
    )
