"""Creating, listing and revoking share links in the admin."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from editorial.models import ShareLink
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def create_url(revision_id):
    return reverse("editorial_share_links:add", args=[revision_id])


def test_marketing_shares_a_letting_draft(client, client_for, marketer, live_letting):
    admin = client_for(marketer)
    form = admin.get(create_url(live_letting.latest_revision_id))
    assert form.status_code == 200
    assert "Bay Cottage" in form.content.decode()
    response = admin.post(
        create_url(live_letting.latest_revision_id), {"valid_for_days": 2}, follow=True
    )
    link = ShareLink.objects.get()
    assert link.revision == live_letting.latest_revision
    assert link.created_by == marketer
    assert timedelta(days=2) - (link.expires_at - timezone.now()) < timedelta(minutes=1)
    assert link.token in response.content.decode()
    shared = client.get(link.get_absolute_url()).content.decode()
    assert "Edited summary, not yet published." in shared


def test_marketing_shares_a_profile_draft(client_for, marketer, draft_profile):
    admin = client_for(marketer)
    admin.post(create_url(draft_profile.latest_revision_id), {"valid_for_days": 7})
    assert ShareLink.objects.get().revision == draft_profile.latest_revision


def test_the_form_offers_the_default_length(
    settings, client_for, marketer, draft_profile
):
    settings.SHARE_LINK_DEFAULT_DAYS = 5
    html = client_for(marketer).get(create_url(draft_profile.latest_revision_id))
    assert 'value="5"' in html.content.decode()


@pytest.mark.parametrize("days", [0, 91, "soon"])
def test_a_length_out_of_range_is_refused(client_for, marketer, draft_profile, days):
    response = client_for(marketer).post(
        create_url(draft_profile.latest_revision_id), {"valid_for_days": days}
    )
    assert response.status_code == 200
    assert not ShareLink.objects.exists()


def test_only_lettings_and_profiles_can_be_shared(client_for, marketer, home_page):
    revision = home_page.save_revision()
    assert client_for(marketer).get(create_url(revision.pk)).status_code == 404


def test_without_the_right_no_link_is_made(client_for, draft_profile):
    client = client_for(UserFactory(username="visitor"))
    client.post(create_url(draft_profile.latest_revision_id), {"valid_for_days": 7})
    assert not ShareLink.objects.exists()


def test_the_listing_shows_each_link_with_its_address_and_status(
    client_for, marketer, draft_letting
):
    active = ShareLink.objects.create(revision=draft_letting.latest_revision)
    revoked = ShareLink.objects.create(revision=draft_letting.latest_revision)
    revoked.revoke()
    html = client_for(marketer).get(reverse("editorial_share_links:index")).content
    html = html.decode()
    assert f"http://testserver{active.get_absolute_url()}" in html
    assert "Active" in html and "Revoked" in html
    assert reverse("editorial_share_links:revoke", args=[active.pk]) in html
    assert reverse("editorial_share_links:revoke", args=[revoked.pk]) not in html


def test_revoking_a_link_closes_it(client, client_for, marketer, draft_letting):
    link = ShareLink.objects.create(revision=draft_letting.latest_revision)
    admin = client_for(marketer)
    url = reverse("editorial_share_links:revoke", args=[link.pk])
    assert "stop working" in admin.get(url).content.decode()
    admin.post(url)
    link.refresh_from_db()
    assert link.revoked_at is not None
    assert client.get(link.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_the_letting_editor_offers_share_draft(
    request, client_for, role, draft_letting
):
    client = client_for(request.getfixturevalue(role))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[draft_letting.pk]))
    assert create_url(draft_letting.latest_revision_id) in html.content.decode()


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_the_profile_editor_offers_share_draft(
    request, client_for, role, draft_profile
):
    client = client_for(request.getfixturevalue(role))
    url = reverse("wagtailsnippets_profiles_profile:edit", args=[draft_profile.pk])
    html = client.get(url).content.decode()
    assert create_url(draft_profile.latest_revision_id) in html


def test_the_home_page_editor_does_not(admin_client, home_page):
    home_page.save_revision()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    assert "Share draft" not in html.content.decode()
