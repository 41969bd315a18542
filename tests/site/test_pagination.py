"""The pagination bar: the first and last pages, two either side of the current one,
and an ellipsis for the rest, however many pages there are."""

import pytest
from django.core.paginator import Paginator

from home.templatetags.navigation_tags import page_links

TEN_THOUSAND_LETTINGS = Paginator(range(10_000), 12)


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        (1, [1, 2, 3, None, 834]),
        (4, [1, 2, 3, 4, 5, 6, None, 834]),
        (400, [1, None, 398, 399, 400, 401, 402, None, 834]),
        (834, [1, None, 832, 833, 834]),
    ],
)
def test_a_few_numbers_of_834_pages(number, shown):
    assert page_links(TEN_THOUSAND_LETTINGS.page(number)) == shown


def test_a_few_pages_are_all_shown():
    assert page_links(Paginator(range(60), 12).page(3)) == [1, 2, 3, 4, 5]
