"""The lettings visitors may see, for the surfaces beyond the pages: feed and API.

One function, so every such surface shows the same homes; it becomes
`LettingPage.objects.visible_to_visitors()` once that queryset method exists.
"""

from django.utils import timezone


def visible_lettings():
    """Live, public lettings, less those whose expiry has passed but which the
    scheduler has not unpublished yet."""
    from .models import LettingPage

    return LettingPage.objects.live().public().exclude(expire_at__lte=timezone.now())
