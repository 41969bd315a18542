"""Share links: one draft revision, read-only, for anyone who has the link, until it
expires or is revoked; everything else about a token is the site's 404 page."""

from datetime import timedelta

import pytest
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from editorial.models import ShareLink

pytestmark = pytest.mark.django_db

NOT_FOUND = "<h1>We couldn't find that page</h1>"
DRAFT_BANNER_TITLE = '<strong class="draft-banner__title">Unpublished draft</strong>'


def lead(summary):
    return f'<p class="lead">{summary}</p>'


def share(revision, **fields):
    return ShareLink.objects.create(revision=revision, **fields)


def test_a_shared_letting_draft_renders_like_its_page_with_the_banner(
    client, draft_letting
):
    response = client.get(share(draft_letting.latest_revision).get_absolute_url())
    assertContains(response, "<h1>Harbour View</h1>", html=True)
    assertContains(response, lead("Draft summary: sea views."), html=True)
    assertContains(response, DRAFT_BANNER_TITLE, html=True)
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Cache-Control"] == "private, no-store"


def test_a_shared_profile_draft_renders_its_public_page(client, draft_profile):
    response = client.get(share(draft_profile.latest_revision).get_absolute_url())
    assertContains(response, "<h1>Jo Doe</h1>", html=True)
    assertContains(
        response,
        '<div class="profile__bio"><p>Draft bio: loves surfing.</p></div>',
        html=True,
    )
    assertContains(response, DRAFT_BANNER_TITLE, html=True)
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Cache-Control"] == "private, no-store"


def test_the_live_page_keeps_the_published_text(client, live_letting):
    shared = client.get(share(live_letting.latest_revision).get_absolute_url())
    live = client.get(live_letting.url)
    assertContains(shared, lead("Edited summary, not yet published."), html=True)
    assertContains(live, lead("Published summary."), html=True)
    assertNotContains(live, "Edited summary")
    assertNotContains(live, "Unpublished draft")


def test_a_link_opens_only_its_own_revision(client, live_letting):
    published = live_letting.live_revision
    assert published != live_letting.latest_revision
    response = client.get(share(published).get_absolute_url())
    assertContains(response, lead("Published summary."), html=True)
    assertNotContains(response, "Edited summary")


def test_a_token_is_a_signed_random_key(draft_letting):
    one = share(draft_letting.latest_revision)
    two = share(draft_letting.latest_revision)
    assert one.token != two.token
    assert one.token.startswith(one.key + ":")
    assert len(one.key) >= 32


@pytest.mark.parametrize(
    "make_url",
    [
        pytest.param(lambda link: "/share/not-a-token/", id="unknown"),
        pytest.param(lambda link: f"/share/{link.key}:forged/", id="tampered"),
        pytest.param(lambda link: f"/share/{link.key}/", id="unsigned"),
        pytest.param(
            lambda link: link.get_absolute_url().replace(link.key[:4], "AAAA", 1),
            id="key-changed",
        ),
    ],
)
def test_a_bad_token_is_a_404_that_shows_nothing_of_the_draft(
    client, draft_letting, make_url
):
    response = client.get(make_url(share(draft_letting.latest_revision)))
    assertContains(response, NOT_FOUND, status_code=404, html=True)
    assertNotContains(response, "Harbour View", status_code=404)
    assertNotContains(response, "sea views", status_code=404)


def test_an_expired_link_is_a_404(client, draft_letting):
    link = share(
        draft_letting.latest_revision, expires_at=timezone.now() - timedelta(seconds=1)
    )
    response = client.get(link.get_absolute_url())
    assertContains(response, NOT_FOUND, status_code=404, html=True)
    assertNotContains(response, "sea views", status_code=404)


def test_a_revoked_link_is_a_404(client, draft_letting):
    link = share(draft_letting.latest_revision)
    link.revoke()
    response = client.get(link.get_absolute_url())
    assertContains(response, NOT_FOUND, status_code=404, html=True)
    assertNotContains(response, "sea views", status_code=404)


def test_a_link_to_a_deleted_letting_is_a_404(client, draft_letting):
    link = share(draft_letting.latest_revision)
    draft_letting.delete()
    assert client.get(link.get_absolute_url()).status_code == 404


def test_links_expire_after_the_default_days(settings, draft_letting):
    settings.SHARE_LINK_DEFAULT_DAYS = 3
    link = share(draft_letting.latest_revision)
    assert link.expires_at - link.created_at == pytest.approx(
        timedelta(days=3), abs=timedelta(seconds=5)
    )


def test_only_get_and_head_are_allowed(client, draft_letting):
    url = share(draft_letting.latest_revision).get_absolute_url()
    assert client.post(url).status_code == 405
    assert client.head(url).status_code == 200
