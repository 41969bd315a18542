"""What each role can and cannot reach in the admin, through the real views."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains

from tests.factories import LettingPageFactory, UserFactory
from tests.parsed_html import listing_row_links, parsed

pytestmark = pytest.mark.django_db

REFUSED = (302, 403)


def page_edit(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def profile_url(name, profile):
    return reverse(f"wagtailsnippets_profiles_profile:{name}", args=[profile.pk])


@pytest.mark.parametrize(
    "role, allowed", [("editor", True), ("moderator", True), ("marketer", False)]
)
def test_who_opens_the_letting_editor(
    request, client_for, draft_letting, role, allowed
):
    client = client_for(request.getfixturevalue(role))
    status = client.get(page_edit(draft_letting)).status_code
    assert (status == 200) is allowed
    assert status in ((200,) if allowed else REFUSED)


@pytest.mark.parametrize(
    "role, allowed", [("editor", True), ("moderator", True), ("marketer", False)]
)
def test_who_opens_the_profile_editor(
    request, client_for, draft_profile, role, allowed
):
    client = client_for(request.getfixturevalue(role))
    status = client.get(profile_url("edit", draft_profile)).status_code
    assert status in ((200,) if allowed else REFUSED)


@pytest.mark.parametrize(
    "role, allowed", [("editor", True), ("moderator", True), ("marketer", False)]
)
def test_who_opens_wagtails_revision_preview(
    request, client_for, draft_letting, role, allowed
):
    client = client_for(request.getfixturevalue(role))
    url = reverse(
        "wagtailadmin_pages:revisions_view",
        args=[draft_letting.pk, draft_letting.latest_revision_id],
    )
    assert client.get(url).status_code in ((200,) if allowed else REFUSED)


@pytest.mark.parametrize("role", ["editor", "moderator", "marketer"])
def test_every_role_reaches_the_admin_and_the_drafts(request, client_for, role):
    client = client_for(request.getfixturevalue(role))
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(reverse("editorial_drafts_lettings:index")).status_code == 200
    assert client.get(reverse("editorial_drafts_profiles:index")).status_code == 200
    assert client.get(reverse("editorial_share_links:index")).status_code == 200


def test_people_without_a_role_reach_none_of_it(client_for, draft_letting):
    client = client_for(UserFactory(username="nobody"))
    for url in (
        reverse("editorial_drafts_lettings:index"),
        reverse(
            "editorial_drafts_lettings:revision",
            args=[draft_letting.latest_revision_id],
        ),
        reverse("editorial_share_links:index"),
    ):
        assert client.get(url).status_code in REFUSED


def test_marketing_reads_a_letting_draft_through_the_review_view(
    client_for, marketer, live_letting
):
    client = client_for(marketer)
    listing = client.get(reverse("editorial_drafts_lettings:index"))
    draft_url = reverse(
        "editorial_drafts_lettings:revision", args=[live_letting.latest_revision_id]
    )
    assert draft_url in listing_row_links(listing)
    response = client.get(draft_url)
    assertContains(
        response, '<p class="lead">Edited summary, not yet published.</p>', html=True
    )
    assertContains(
        response,
        '<strong class="draft-banner__title">Unpublished draft</strong>',
        html=True,
    )


def test_marketing_reads_the_card_of_a_draft(client_for, marketer, draft_letting):
    url = reverse(
        "editorial_drafts_lettings:revision", args=[draft_letting.latest_revision_id]
    )
    html = parsed(client_for(marketer).get(url + "?mode=card"))
    titles = html.select("ul.cards article.card .card__title")
    assert [title.get_text(strip=True) for title in titles] == ["Harbour View"]


def test_an_unknown_preview_mode_is_a_404(client_for, marketer, draft_letting):
    url = reverse(
        "editorial_drafts_lettings:revision", args=[draft_letting.latest_revision_id]
    )
    assert client_for(marketer).get(url + "?mode=nope").status_code == 404


def test_marketing_cannot_publish_or_delete_a_letting(
    client_for, marketer, draft_letting
):
    client = client_for(marketer)
    client.post(page_edit(draft_letting), {"action-publish": "publish"})
    client.post(reverse("wagtailadmin_pages:delete", args=[draft_letting.pk]))
    draft_letting.refresh_from_db()
    assert not draft_letting.live


def test_an_editor_cannot_publish_a_profile(client_for, editor, draft_profile):
    client_for(editor).post(
        profile_url("edit", draft_profile),
        {"action-publish": "publish", "user": draft_profile.user_id},
    )
    draft_profile.refresh_from_db()
    assert not draft_profile.live


def test_an_editor_cannot_unpublish_a_letting(client_for, editor, letting_index):
    letting = LettingPageFactory()
    url = reverse("wagtailadmin_pages:unpublish", args=[letting.pk])
    assert client_for(editor).post(url).status_code in REFUSED
    letting.refresh_from_db()
    assert letting.live


def test_a_moderator_unpublishes_a_letting(client_for, moderator, letting_index):
    letting = LettingPageFactory()
    url = reverse("wagtailadmin_pages:unpublish", args=[letting.pk])
    client_for(moderator).post(url)
    letting.refresh_from_db()
    assert not letting.live
