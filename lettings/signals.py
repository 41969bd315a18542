"""Keep lettings findable by their address when the address changes.

A letting's search index entry holds its address's words (the `RelatedFields` in
`LettingPage.search_fields`), but Wagtail reindexes an object only when that object itself
is saved: editing an address must reindex the lettings at it.
"""

from wagtail.search.tasks import insert_or_update_object_task


def reindex_lettings_at_address(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for letting_pk in instance.lettings.values_list("pk", flat=True):
        insert_or_update_object_task.enqueue("lettings", "lettingpage", str(letting_pk))
