"""One page of the lettings list, at the cost of the 12 cards it shows.

Sorting and counting the full joined rows (page, letting, address) for every visitor made
the list grow with the catalogue. Here only the ids are sorted, counted and sliced (the
newest-first order is served by the page table's index, migrations
0003_letting_listing_indexes and 0005_newest_index_matches_the_list_order), and only the
page's ids are loaded as cards. With no filter on, the count is not asked of the
database: it is the sum of the places' counts the filters remember (lettings/filters.py).
"""

from django.core.paginator import Paginator

LETTINGS_PER_PAGE = 12


def lettings_page(lettings, page_number, count=None):
    """The Paginator page `page_number` of `lettings` (filtered and sorted), its
    object_list the cards of that page. `count`, when known, saves counting them."""
    ids = lettings.values_list("pk", flat=True)
    paginator = Paginator(ids, LETTINGS_PER_PAGE)
    if count is not None:
        paginator.count = count
    page = paginator.get_page(page_number)
    page_ids = list(page.object_list)
    cards = lettings.model.objects.filter(pk__in=page_ids).as_cards()
    by_id = {card.pk: card for card in cards}
    page.object_list = [by_id[pk] for pk in page_ids if pk in by_id]
    return page
