"""Keep profiles findable by their member's names when the member's account changes.

A profile's search index entry holds its user's username and names (the `RelatedFields`
in `Profile.search_fields`), but Wagtail reindexes an object only when that object itself
is saved: renaming a user must reindex the user's profile.
"""

from wagtail.search.tasks import insert_or_update_object_task

from .models import Profile

INDEXED_USER_FIELDS = {"username", "first_name", "last_name", "is_active"}


def reindex_profile_of_user(sender, instance, raw=False, update_fields=None, **kwargs):
    # A login saves only `last_login`: nothing the index holds.
    if raw or (update_fields is not None and not INDEXED_USER_FIELDS & update_fields):
        return
    profile_pks = Profile.objects.filter(user=instance).values_list("pk", flat=True)
    for pk in profile_pks:
        insert_or_update_object_task.enqueue("profiles", "profile", str(pk))
