"""Creating, listing and revoking share links in the admin."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from editorial.models import ShareLink
from tests.factories import UserFactory
from tests.parsed_html import parsed, texts

pytestmark = pytest.mark.django_db


def create_url(revision_id):
    return reverse("editorial_share_links:add", args=[revision_id])


def revoke_url(link):
    return reverse("editorial_share_links:revoke", args=[link.pk])


def links(response):
    return {link["href"] for link in parsed(response).select("a[href]")}


def rows_by_address(response):
    """The share links listing's rows, by the full address each one shows."""
    rows = parsed(response).select("table.listing tbody tr")
    return {texts(row.select("td.share-link-url"))[0]: row for row in rows}


def test_marketing_shares_a_letting_draft(client, client_for, marketer, live_letting):
    admin = client_for(marketer)
    form = admin.get(create_url(live_letting.latest_revision_id))
    assertContains(form, "<strong>Bay Cottage</strong>", html=True)
    response = admin.post(
        create_url(live_letting.latest_revision_id), {"valid_for_days": 2}, follow=True
    )
    link = ShareLink.objects.get()
    assert link.revision == live_letting.latest_revision
    assert link.created_by == marketer
    assert timedelta(days=2) - (link.expires_at - timezone.now()) < timedelta(minutes=1)
    assert f"http://testserver{link.get_absolute_url()}" in rows_by_address(response)
    assertContains(
        client.get(link.get_absolute_url()),
        '<p class="lead">Edited summary, not yet published.</p>',
        html=True,
    )


def test_marketing_shares_a_profile_draft(client_for, marketer, draft_profile):
    admin = client_for(marketer)
    admin.post(create_url(draft_profile.latest_revision_id), {"valid_for_days": 7})
    assert ShareLink.objects.get().revision == draft_profile.latest_revision


def test_the_form_offers_the_default_length(
    settings, client_for, marketer, draft_profile
):
    settings.SHARE_LINK_DEFAULT_DAYS = 5
    form = client_for(marketer).get(create_url(draft_profile.latest_revision_id))
    assert parsed(form).select_one("input[name=valid_for_days]")["value"] == "5"


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
    rows = rows_by_address(
        client_for(marketer).get(reverse("editorial_share_links:index"))
    )
    active_row = rows[f"http://testserver{active.get_absolute_url()}"]
    revoked_row = rows[f"http://testserver{revoked.get_absolute_url()}"]
    assert "Active" in texts([active_row])[0].split()
    assert "Revoked" in texts([revoked_row])[0].split()
    assert active_row.select_one(f'a[href="{revoke_url(active)}"]') is not None
    assert revoked_row.select("a[href*=revoke]") == []


def test_revoking_a_link_closes_it(client, client_for, marketer, draft_letting):
    link = ShareLink.objects.create(revision=draft_letting.latest_revision)
    admin = client_for(marketer)
    url = revoke_url(link)
    form = parsed(admin.get(url)).select_one(f'form[action="{url}"]')
    assert texts(form.select("button[type=submit]")) == ["Yes, revoke it"]
    admin.post(url)
    link.refresh_from_db()
    assert link.revoked_at is not None
    assert client.get(link.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_the_letting_editor_offers_share_draft(
    request, client_for, role, draft_letting
):
    client = client_for(request.getfixturevalue(role))
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[draft_letting.pk]))
    assert create_url(draft_letting.latest_revision_id) in links(editor)


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_the_profile_editor_offers_share_draft(
    request, client_for, role, draft_profile
):
    client = client_for(request.getfixturevalue(role))
    url = reverse("wagtailsnippets_profiles_profile:edit", args=[draft_profile.pk])
    assert create_url(draft_profile.latest_revision_id) in links(client.get(url))


def test_the_home_page_editor_does_not(admin_client, home_page):
    revision = home_page.save_revision()
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    assertNotContains(editor, "Share draft")
    assert create_url(revision.pk) not in links(editor)
