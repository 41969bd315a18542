"""How many enquiries each letting has had, for the people who may see counts: a
column on the "All lettings" listing and a panel in the letting's editor."""

from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column

from .models import Enquiry
from .panels import may_see_counts


class EnquiryCountColumn(Column):
    def annotate_queryset(self, queryset):
        # A subquery per row inside the listing's one query, not a query per row.
        per_letting = (
            Enquiry.objects.received()
            .filter(letting=OuterRef("pk"))
            .order_by()
            .values("letting")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return queryset.annotate(
            enquiry_count=Coalesce(
                Subquery(per_letting, output_field=IntegerField()), 0
            )
        )


class LettingEnquiriesPanel(Component):
    template_name = "enquiries/letting_enquiries_panel.html"

    def __init__(self, letting, user):
        self.letting = letting
        self.user = user

    def get_context_data(self, parent_context=None):
        return {
            "letting": self.letting,
            "enquiry_count": Enquiry.objects.received()
            .filter(letting=self.letting)
            .count(),
            "may_list": self.user.has_perm("enquiries.view_enquiry"),
        }


def count_column(request):
    if not may_see_counts(request.user):
        return None
    return EnquiryCountColumn("enquiry_count", label="Enquiries", width="10%")


def letting_panel(letting, request):
    if not may_see_counts(request.user):
        return None
    return LettingEnquiriesPanel(letting, request.user)
