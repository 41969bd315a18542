"""One page of the lettings list, at the cost of the 12 cards it shows.

Sorting and counting the full joined rows (page, letting, address) for every visitor made
the list grow with the catalogue. Here the sort, the count and the page's slice run on the
page table alone, in the order of its index (migration 0003_letting_listing_indexes):
an index-only scan, on any page number. Filters on the letting or its address narrow it
through a semi-join on their own indexed columns, and only the page's ids are loaded as
cards.
"""

from django.core.paginator import Paginator

LETTINGS_PER_PAGE = 12
# Newest first; the id breaks ties between pages published in the same instant (the bulk
# import publishes many at once). Both on the page table, as the index holds them.
NEWEST_FIRST = ("-first_published_at", "-id")


def lettings_page(listed_pages, letting_model, filter_form, page_number):
    """The Paginator page `page_number` of the lettings list, its object_list the cards.

    `listed_pages`: the Page queryset of the lettings a visitor may see, which stays in
    the page table; `filter_form`: the visitor's LettingFilterForm.
    """
    if filter_form.valid_filters():
        kept = filter_form.filter(letting_model.objects.all())
        listed_pages = listed_pages.filter(pk__in=kept.values("pk"))
    ids = listed_pages.order_by(*NEWEST_FIRST).values_list("pk", flat=True)
    page = Paginator(ids, LETTINGS_PER_PAGE).get_page(page_number)
    page_ids = list(page.object_list)
    cards = letting_model.cards(letting_model.objects.filter(pk__in=page_ids))
    by_id = {card.pk: card for card in cards}
    page.object_list = [by_id[pk] for pk in page_ids if pk in by_id]
    return page
