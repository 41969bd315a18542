"""Addresses come over with the legacy site's rules, and zip codes get their zeros back."""

import pytest

from lettings.models import LettingPage

pytestmark = pytest.mark.django_db


def test_each_letting_gets_its_address(legacy_db, run_import):
    run_import(legacy_db)

    address = LettingPage.objects.get(legacy_id=1).address
    assert (
        address.number,
        address.street,
        address.city,
        address.state,
        address.zip_code,
        address.country_iso_code,
    ) == (7217, "Bedford Street", "Brunswick", "GA", "31525", "USA")


def test_a_zip_code_gets_back_its_leading_zero(legacy_db, run_import):
    run_import(legacy_db)

    assert LettingPage.objects.get(legacy_id=2).address.zip_code == "01040"
