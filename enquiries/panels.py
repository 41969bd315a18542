"""The admin home's enquiries panel: counts and homes, never a visitor's details."""

from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.admin.ui.components import Component

from lettings.models import LettingPage

from .models import Enquiry

TOP_HOMES = 5
TOP_HOMES_DAYS = 30


def may_see_counts(user):
    return user.has_perm("enquiries.view_enquiry") or user.has_perm(
        "enquiries.view_enquiry_counts"
    )


class EnquiriesPanel(Component):
    name = "enquiries"
    order = 90
    template_name = "enquiries/enquiries_panel.html"

    def get_context_data(self, parent_context=None):
        today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        week_start = today - timedelta(days=today.weekday())
        received = Enquiry.objects.received()
        counts = received.filter(created_at__gte=week_start).aggregate(
            this_week=Count("pk"),
            today=Count("pk", filter=Q(created_at__gte=today)),
        )
        top = (
            received.filter(created_at__gte=today - timedelta(days=TOP_HOMES_DAYS))
            .values("letting")
            .annotate(enquiries=Count("pk"))
            .order_by("-enquiries", "letting")[:TOP_HOMES]
        )
        titles = dict(
            LettingPage.objects.filter(
                pk__in=[row["letting"] for row in top]
            ).values_list("pk", "title")
        )
        return {
            **counts,
            "top_homes": [
                (titles.get(row["letting"]), row["enquiries"]) for row in top
            ],
            "top_homes_days": TOP_HOMES_DAYS,
        }
