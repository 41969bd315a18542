"""The next moment at which what visitors see changes by the clock alone.

A live page or snippet past its `expire_at` is hidden before the scheduler unpublishes
it, and a scheduled revision goes live at its time: no signal marks those moments, so a
cached page may not outlive the soonest of them. Read from Wagtail's own fields, on every
model with drafts, whatever the apps that define them, and from the fields a model names
in `scheduled_change_fields` (a letting leaving the lists when its grace days end).
"""

from functools import cache

from django.apps import apps
from django.db.models import Min, Q
from wagtail.models import DraftStateMixin, Revision


@cache
def scheduled_models():
    """Each model with Wagtail's draft state, once (pages through `Page` alone)."""
    drafted = [
        model for model in apps.get_models() if issubclass(model, DraftStateMixin)
    ]
    return [
        model
        for model in drafted
        if not any(issubclass(model, other) for other in drafted if other is not model)
    ]


@cache
def declared_change_fields():
    """(model, field) for each moment a model says changes what visitors see."""
    return [
        (model, field)
        for model in apps.get_models()
        for field in getattr(model, "scheduled_change_fields", ())
    ]


def next_scheduled_change(now):
    """The soonest `expire_at` of a live object or go-live time after `now`, or None."""
    moments = []
    for model in scheduled_models():
        soonest = model._default_manager.aggregate(
            expiry=Min("expire_at", filter=Q(live=True, expire_at__gt=now)),
            go_live=Min("go_live_at", filter=Q(go_live_at__gt=now)),
        )
        moments += soonest.values()
    for model, field in declared_change_fields():
        moments.append(
            model._default_manager.filter(**{f"{field}__gt": now}).aggregate(
                soonest=Min(field)
            )["soonest"]
        )
    moments.append(
        Revision.objects.filter(approved_go_live_at__gt=now).aggregate(
            go_live=Min("approved_go_live_at")
        )["go_live"]
    )
    return min((moment for moment in moments if moment is not None), default=None)
