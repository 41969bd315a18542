"""One drafts listing per shareable model, each opening only its own model's drafts."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains

from tests.parsed_html import listing_row_links

pytestmark = pytest.mark.django_db


def revision_url(namespace, revision_id):
    return reverse(f"editorial_drafts_{namespace}:revision", args=[revision_id])


def test_the_profile_drafts_listing_links_each_draft_and_its_share_form(
    client_for, marketer, draft_profile
):
    response = client_for(marketer).get(reverse("editorial_drafts_profiles:index"))
    revision_id = draft_profile.latest_revision_id
    assert {
        revision_url("profiles", revision_id),
        reverse("editorial_share_links:add", args=[revision_id]),
    } <= listing_row_links(response)


def test_a_profile_draft_opens_through_its_own_listing(
    client_for, marketer, draft_profile
):
    url = revision_url("profiles", draft_profile.latest_revision_id)
    response = client_for(marketer).get(url)
    assertContains(
        response,
        '<div class="profile__bio"><p>Draft bio: loves surfing.</p></div>',
        html=True,
    )


@pytest.mark.parametrize(
    "namespace, other_fixture",
    [("profiles", "draft_letting"), ("lettings", "draft_profile")],
)
def test_a_listing_does_not_open_another_models_draft(
    request, client_for, marketer, namespace, other_fixture
):
    other = request.getfixturevalue(other_fixture)
    url = revision_url(namespace, other.latest_revision_id)
    assert client_for(marketer).get(url).status_code == 404
