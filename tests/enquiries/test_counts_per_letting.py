"""How many enquiries each letting has had: a column on "All lettings" and a panel in
the letting's editor, for people who may see counts; spam not counted; one query for
the whole listing."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from enquiries.models import Enquiry
from tests.factories import EnquiryFactory, LettingPageFactory

from .helpers import signed_in

pytestmark = pytest.mark.django_db

LISTING = "/admin/all_lettings/"


def counts_by_title(response):
    """{title: enquiries} from the listing, or None without the column."""
    table = BeautifulSoup(response.content, "html.parser").select_one("table.listing")
    headings = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    if "Enquiries" not in headings:
        return None
    title_at = next(at for at, text in enumerate(headings) if "Title" in text)
    count_at = headings.index("Enquiries")
    rows = [
        row.find_all(["td", "th"], recursive=False) for row in table.select("tbody tr")
    ]
    return {
        row[title_at]
        .select_one("a")
        .get_text(strip=True): int(row[count_at].get_text(strip=True))
        for row in rows
    }


def editor_panel(client, letting):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[letting.pk]))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return page.select_one("[data-enquiry-count]")


@pytest.mark.parametrize(
    "groups", [("Editors", "Marketing"), ("Editors", "Lettings team")]
)
def test_the_listing_counts_each_lettings_enquiries_without_spam(groups):
    bay = LettingPageFactory(title="Bay")
    LettingPageFactory(title="Quiet")
    EnquiryFactory.create_batch(2, letting=bay)
    EnquiryFactory(letting=bay, status=Enquiry.Status.SPAM)
    client, _ = signed_in(*groups)

    counts = counts_by_title(client.get(LISTING))

    assert counts["Bay"] == 2 and counts["Quiet"] == 0


def test_editors_alone_see_no_counts():
    EnquiryFactory(letting=LettingPageFactory(title="Bay"))
    client, _ = signed_in("Editors")
    response = client.get(LISTING)
    assert response.status_code == 200
    assert counts_by_title(response) is None
    assert editor_panel(client, LettingPageFactory()) is None


def listing_queries(client):
    client.get(LISTING)
    with CaptureQueriesContext(connection) as queries:
        client.get(LISTING)
    return len(queries)


def test_the_counts_cost_no_query_per_row():
    """The listing itself still spends queries per row (Wagtail's `specific()` drops its
    `select_related`); the column adds the same few queries at 2 rows as at 12."""
    with_counts, _ = signed_in("Editors", "Marketing")
    without, _ = signed_in("Editors")

    def column_cost():
        return listing_queries(with_counts) - listing_queries(without)

    for _ in range(2):
        EnquiryFactory(letting=LettingPageFactory())
    few = column_cost()
    for _ in range(10):
        EnquiryFactory.create_batch(2, letting=LettingPageFactory())
    assert column_cost() == few


def test_the_team_sees_the_count_in_the_editor_with_a_link_to_the_enquiries():
    letting = LettingPageFactory()
    EnquiryFactory.create_batch(3, letting=letting)
    EnquiryFactory(letting=letting, status=Enquiry.Status.SPAM)
    client, _ = signed_in("Editors", "Lettings team")

    count = editor_panel(client, letting)

    assert count["data-enquiry-count"] == "3"
    link = count.find_parent("a") or count.find("a")
    assert link["href"] == f"{reverse('enquiries:index')}?letting={letting.pk}"


def test_marketing_sees_the_count_in_the_editor_without_a_link():
    letting = LettingPageFactory()
    EnquiryFactory(letting=letting)
    client, _ = signed_in("Editors", "Marketing")

    count = editor_panel(client, letting)

    assert count["data-enquiry-count"] == "1"
    assert count.find_parent("a") is None and count.find("a") is None
