"""Old links keep working: /lettings/<legacy id>/ moves permanently to the page."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from lettings.models import LettingPage
from tests.factories import LettingPageFactory

pytestmark = pytest.mark.django_db


def test_a_legacy_letting_url_answers_301_to_the_page(legacy_db, run_import, client):
    run_import(legacy_db)
    page = LettingPage.objects.get(legacy_id=2)

    response = client.get("/lettings/2/")

    assert response.status_code == 301
    assert response["Location"] == page.url == "/lettings/silo-studio-cottage/"
    assert client.get(response["Location"]).status_code == 200


def test_the_redirect_is_permanent_and_for_every_site(legacy_db, run_import):
    run_import(legacy_db)

    redirect = Redirect.objects.get(old_path="/lettings/1")
    assert redirect.is_permanent and redirect.site is None
    assert redirect.redirect_page_id == LettingPage.objects.get(legacy_id=1).pk


def test_an_existing_redirect_for_the_legacy_url_is_pointed_at_the_page(
    legacy_db, run_import
):
    elsewhere = LettingPageFactory()
    Redirect.add_redirect("/lettings/1/", elsewhere, is_permanent=False)

    output = run_import(legacy_db)

    redirect = Redirect.objects.get(old_path="/lettings/1")
    assert redirect.redirect_page_id == LettingPage.objects.get(legacy_id=1).pk
    assert redirect.is_permanent
    assert "redirects          1         1         0" in output
