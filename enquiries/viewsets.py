"""The lettings team's inbox: every enquiry, listed, filtered, searched and exported."""

import django_filters
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from lettings.models import LettingPage

from .models import Enquiry

STATUS_CHANGE = "enquiries.status_change"


class EnquiryFilterSet(WagtailFilterSet):
    letting = django_filters.ModelChoiceFilter(
        queryset=LettingPage.objects.order_by("title")
    )
    city = django_filters.CharFilter(
        field_name="letting__address__city", lookup_expr="iexact", label="City"
    )
    created_at = django_filters.DateFromToRangeFilter(
        label="Received", widget=DateRangePickerWidget
    )

    class Meta:
        model = Enquiry
        fields = ["status", "letting", "city", "assignee", "created_at"]


class EnquiryIndexView(IndexView):
    """Enquiries come from visitors only: the team works them, never adds them."""

    def get_add_url(self):
        return None

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("letting", "assignee")


class EnquiryEditView(EditView):
    """Saving also records each status move in the history, from and to."""

    def save_instance(self):
        was = self.form.initial.get("status")
        instance = super().save_instance()
        if instance.status != was:
            log(
                instance=instance,
                action=STATUS_CHANGE,
                data={"from": was, "to": instance.status},
            )
        return instance


class EnquiryViewSet(ModelViewSet):
    model = Enquiry
    name = "enquiries"
    icon = "mail"
    menu_label = "Enquiries"
    menu_order = 150
    add_to_admin_menu = True
    edit_view_class = EnquiryEditView
    index_view_class = EnquiryIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["__str__", "name", "letting", "status", "assignee", "created_at"]
    filterset_class = EnquiryFilterSet
    # Searched in the database, never in the search index: no personal data goes there.
    search_fields = ["name", "email"]
    search_backend_name = None
    list_export = [
        "created_at",
        "letting",
        "name",
        "email",
        "phone",
        "preferred_times",
        "preferred_date_1",
        "preferred_date_2",
        "preferred_date_3",
        "message",
        "status",
        "assignee",
        "notes",
    ]
    export_filename = "enquiries"
